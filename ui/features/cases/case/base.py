"""What a case tab is, and the context it edits the case through.

Every edit goes through `CaseContext.apply(description, mutate)`: the container copies the
current case, lets `mutate` change the copy, saves it at once on the worker thread
(`ws.cases.update`, one transaction, audited; an edit of one note writes only that note with
`ws.cases.update_note`) and pushes an undo step holding the before and
after snapshots. Undo/redo save the snapshot back the same way. No Save button anywhere.
Tabs never touch the Workspace directly for case data; for other things they use
`ctx.worker.submit(...)` like any area.

Beside the case itself the context holds the case's role labels and its "not personal data"
list (both stored outside the Case dataclass, both undoable through `set_role_labels` and
`ignore_text`) and the privacy detector the note editors use.

Tabs that save typing after a pause connect `flush_requested` and apply what is pending at
once: it fires before undo/redo, before another case is loaded and before the vault locks.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.kit.dialogs import Dialogs
from ui.qt import (
    QAbstractScrollArea,
    QObject,
    QScrollBar,
    QUndoCommand,
    QUndoStack,
    QWidget,
    Signal,
)
from vertrouwen.domain import Case, Consent
from vertrouwen.privacy import Detector
from vertrouwen.workspace import Workspace


@dataclass(frozen=True)
class Reveal:
    """A part of the open case to show: `kind` is one of `REVEAL_KINDS`, `ref` its id (a note
    or document id, "action:<id>"/"term:<step>" for a route item, a complaint point's or
    action's number), `detail` the search text to mark or the field to go to."""

    kind: str
    ref: str
    detail: str = ""


REVEAL_KINDS = ("note", "document", "route_item", "complaint_point", "action")


@dataclass(frozen=True)
class CaseServices:
    """What the case screen does through other features, handed in by the shell (features do
    not import each other): hand the case over to a colleague, destroy it at the client's
    request (`done(code)` once it is gone), manage own complaint routes."""

    hand_over: Callable[[str, QWidget], None]
    destroy: Callable[[str, Callable[[str], None]], None]
    manage_routes: Callable[[QWidget], None]


class CaseContext(QObject):
    """The case being shown, its undo stack, and the one way to change it."""

    case_changed = Signal(object)  # the saved Case (a fresh copy) after every edit/undo/redo
    save_failed = Signal(str)  # a readable reason; the view shows it and reloads
    extras_changed = Signal()  # role_labels or ignored changed (and were saved)
    detector_changed = Signal(object)  # a better Detector arrived (the lexicon loaded)
    reveal_requested = Signal(object)  # a Reveal: a tab asks the view to show another tab's part
    flush_requested = Signal()  # tabs: apply pending (debounced) edits now

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        parent: QObject | None = None,
        detector: Detector | None = None,
        services: CaseServices | None = None,
    ):
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.services = services  # None only where a tab is tried on its own (tests)
        self.undo_stack = QUndoStack(self)
        self.case: Case | None = None
        self.role_labels: list[str] = []  # the case's own labels ("moeder", "gezinsvoogd A")
        self.ignored: set[str] = set()  # texts marked "not personal data" for this case
        # Pattern detectors only until the app's loader hands over the full one.
        self.detector: Detector = detector if detector is not None else Detector()
        self._save_seq = 0  # only the newest save's answer may become the current case
        self._unsynced = False  # a whole-case save is on its way and its answer not yet taken

    # -- the case --------------------------------------------------------------------------
    def consents_saved(self, case_id: int | None, consents: list[Consent]) -> None:
        """The vault's list of consents after one was recorded or withdrawn (consents are saved
        on their own, not through `apply`): into the case, and every tab hears of it."""
        if self.case is None or self.case.id != case_id:
            return  # another case (or none) is shown now; it was loaded with its own list
        self.case.consents = consents
        self.case_changed.emit(copy.deepcopy(self.case))

    def load(
        self, case: Case, role_labels: Iterable[str] = (), ignored: Iterable[str] = ()
    ) -> None:
        """Show a freshly loaded case; a new case starts a new undo history."""
        self.flush_requested.emit()  # typing in the previous case is saved first
        self._save_seq += 1  # answers for the previous case must not come back as this one
        self._unsynced = False
        self.case = case
        self.role_labels = list(role_labels)
        self.ignored = set(ignored)
        self.undo_stack.clear()
        self.extras_changed.emit()
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
        """Store `case` as the current state (used by the undo steps).

        An edit of one note (typing, its date, an undo of either) writes only that note
        (`ws.cases.update_note`); anything else replaces the case (`ws.cases.update`).
        """
        note = case.edited_note(self.case) if self.case is not None else None
        self.case = copy.deepcopy(case)
        stored = copy.deepcopy(case)
        self._save_seq += 1
        seq = self._save_seq
        # The vault numbers actions, points and steps anew on a whole-case save: until such a
        # save's answer is taken, a note save reads the case back too.
        read_back = note is None or self._unsynced
        self._unsynced = self._unsynced or note is None

        def job(ws: Workspace) -> Case:
            if note is None:
                ws.cases.update(stored, detail=detail)
            else:
                ws.cases.update_note(stored.id or 0, note)
            return ws.cases.get_by_id(stored.id or 0) if read_back else stored

        self.worker.submit(job, lambda saved: self._saved(seq, saved, read_back), self._failed)

    def flush(self) -> None:
        """Ask the tabs to apply their pending edits now."""
        self.flush_requested.emit()

    def undo(self) -> None:
        self.flush()  # what was typed a moment ago is the step undone first
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    def clear(self) -> None:
        """The vault locked: forget the case and its history."""
        self._save_seq += 1
        self._unsynced = False
        self.case = None
        self.role_labels = []
        self.ignored = set()
        self.undo_stack.clear()

    def _saved(self, seq: int, case: Case, read_back: bool = True) -> None:
        # An older save's answer would show a state that a newer edit already replaced (and,
        # worse, the next edit would start from it); only the newest is taken.
        if seq != self._save_seq or self.case is None or self.case.id != case.id:
            return
        self._unsynced = self._unsynced and not read_back
        self.case = case
        self.case_changed.emit(copy.deepcopy(case))

    def _failed(self, exc: Exception) -> None:
        self.save_failed.emit(describe(exc, "save"))

    # -- role labels and the privacy guard's "not personal data" list ----------------------
    def set_role_labels(self, labels: Iterable[str], description: str = "") -> None:
        """Replace the case's role labels (saved at once, undoable)."""
        new = [label.strip() for label in labels if label.strip()]
        new = list(dict.fromkeys(new))
        if self.case is None or new == self.role_labels:
            return
        text = description or self.tr("Rollen aanpassen")
        self.undo_stack.push(_Extras(self, text, self.role_labels, new, self.ignored, self.ignored))

    def ignore_text(self, text: str) -> None:
        """Mark `text` as not personal data for this case (saved at once, undoable)."""
        if self.case is None or not text.strip() or text in self.ignored:
            return
        after = self.ignored | {text}
        self.undo_stack.push(
            _Extras(
                self,
                self.tr("Geen persoonsgegeven: markering"),
                self.role_labels,
                self.role_labels,
                self.ignored,
                after,
            )
        )

    def set_detector(self, detector: Detector) -> None:
        self.detector = detector
        self.detector_changed.emit(detector)

    def _store_extras(self, labels: list[str], ignored: set[str]) -> None:
        if self.case is None or self.case.id is None:
            return
        case_id = self.case.id
        added = ignored - self.ignored
        removed = self.ignored - ignored
        labels_changed = labels != self.role_labels
        self.role_labels, self.ignored = list(labels), set(ignored)
        labels_now = list(labels)

        def job(ws: Workspace) -> None:
            if labels_changed:
                ws.cases.set_role_labels(case_id, labels_now)
            for text in added:
                ws.cases.ignore_text(case_id, text)
            for text in removed:
                ws.cases.unignore_text(case_id, text)

        self.worker.submit(job, None, self._failed)
        self.extras_changed.emit()


class _Snapshot(QUndoCommand):
    def __init__(self, ctx: CaseContext, text: str, before: Case, after: Case) -> None:
        super().__init__(text)
        self._ctx, self._before, self._after = ctx, before, after

    def redo(self) -> None:
        self._ctx.save(self._after, self.text())

    def undo(self) -> None:
        self._ctx.save(self._before, f"undo: {self.text()}")


class _Extras(QUndoCommand):
    """An undo step for the role labels and the ignore list (they live beside the case)."""

    def __init__(
        self,
        ctx: CaseContext,
        text: str,
        labels_before: list[str],
        labels_after: list[str],
        ignored_before: set[str],
        ignored_after: set[str],
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._before = (list(labels_before), set(ignored_before))
        self._after = (list(labels_after), set(ignored_after))

    def redo(self) -> None:
        self._ctx._store_extras(*self._after)

    def undo(self) -> None:
        self._ctx._store_extras(*self._before)


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

    # -- showing a part of the case (search hits, Vandaag, the export's findings) ----------
    reveals: frozenset[str] = frozenset()  # the Reveal kinds this tab shows

    def reveal(self, target: Reveal) -> None:
        """Show `target` (its kind is in `reveals`); the view has made this tab current."""

    # -- where the user was (kept over a lock: positions and ids, never content) -----------
    def place(self) -> dict[str, object]:
        """Where the user is in this tab: the scroll positions of its scrolling parts."""
        return {"scroll": [bar.value() for bar in self._scroll_bars()]}

    def restore_place(self, place: dict[str, object]) -> None:
        """Go back to `place()` once the case is shown again (after the layout has run)."""
        values = place.get("scroll")
        if isinstance(values, list):
            for bar, value in zip(self._scroll_bars(), values, strict=False):
                bar.setValue(int(value))

    def _scroll_bars(self) -> list[QScrollBar]:
        return [
            area.verticalScrollBar()
            for area in self.findChildren(QAbstractScrollArea)
            if area.window() is self.window()  # not the popups of its combo boxes
        ]
