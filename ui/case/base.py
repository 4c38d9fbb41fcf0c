"""What a case tab is, and the context it edits the case through.

Every edit goes through `CaseContext.apply(description, mutate)`: the container copies the
current case, lets `mutate` change the copy, saves it at once on the worker thread
(`ws.cases.update`, one transaction, audited) and pushes an undo step holding the before and
after snapshots. Undo/redo save the snapshot back the same way. No Save button anywhere.
Tabs never touch the Workspace directly for case data; for other things they use
`ctx.worker.submit(...)` like any area.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from ui.dialogs import Dialogs
from ui.qt import QObject, QUndoCommand, QUndoStack, QWidget, Signal
from ui.worker import VaultWorker
from vertrouwen.domain import Case
from vertrouwen.workspace import Workspace


class CaseContext(QObject):
    """The case being shown, its undo stack, and the one way to change it."""

    case_changed = Signal(object)  # the saved Case (a fresh copy) after every edit/undo/redo
    save_failed = Signal(str)  # a readable reason; the view shows it and reloads

    def __init__(self, worker: VaultWorker, dialogs: Dialogs, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.undo_stack = QUndoStack(self)
        self.case: Case | None = None

    def load(self, case: Case) -> None:
        """Show a freshly loaded case; a new case starts a new undo history."""
        self.case = case
        self.undo_stack.clear()
        self.case_changed.emit(copy.deepcopy(case))

    def apply(self, description: str, mutate: Callable[[Case], None]) -> None:
        """Change the case with `mutate`, save it now, and make the change undoable."""
        if self.case is None:
            return
        before = copy.deepcopy(self.case)
        after = copy.deepcopy(self.case)
        mutate(after)
        if after == before:
            return
        self.undo_stack.push(_Snapshot(self, description, before, after))

    def save(self, case: Case, detail: str = "") -> None:
        """Store `case` as the current state (used by the undo steps)."""
        self.case = copy.deepcopy(case)
        stored = copy.deepcopy(case)

        def job(ws: Workspace) -> Case:
            ws.cases.update(stored, detail=detail)
            return ws.cases.get_by_id(stored.id or 0)

        self.worker.submit(job, self._saved, self._failed)

    def clear(self) -> None:
        """The vault locked: forget the case and its history."""
        self.case = None
        self.undo_stack.clear()

    def _saved(self, case: Case) -> None:
        self.case = case
        self.case_changed.emit(copy.deepcopy(case))

    def _failed(self, exc: Exception) -> None:
        self.save_failed.emit(str(exc))


class _Snapshot(QUndoCommand):
    def __init__(self, ctx: CaseContext, text: str, before: Case, after: Case) -> None:
        super().__init__(text)
        self._ctx, self._before, self._after = ctx, before, after

    def redo(self) -> None:
        self._ctx.save(self._after, self.text())

    def undo(self) -> None:
        self._ctx.save(self._before, f"undo: {self.text()}")


class CaseTab(QWidget):
    """One tab of the case screen. Subclasses implement `title`, `show_case` and `clear`."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.case_changed.connect(self.show_case)

    def title(self) -> str:
        raise NotImplementedError

    def show_case(self, case: Case) -> None:
        """Fill the widgets from `case` (a copy; mutate only through `ctx.apply`)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Drop every piece of case data the tab shows (the vault locked)."""
        raise NotImplementedError
