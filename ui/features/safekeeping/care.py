"""Backup work that belongs to the window rather than to a screen, because it outlives the shell.

- Automatic backups: when the vault opens, the worker only plans one (`plan_due_backup`, a
  moment) and a thread of its own writes it with its own connection (`write_in_background`),
  so a backup of a big vault never keeps the worker from opening a case; the worker then
  records it in the audit log. Just before the vault closes (lock and quit; `about_to_lock`
  jobs still run before it closes) `run_due_backup(ws)` runs on the worker itself. Nothing
  waits for either; the outcome shows in the status line. A failed backup never touches the
  vault (the core writes a temp file beside the target and places it only when verified).
- Restoring a backup over the open vault: lock first (the vault must be closed), restore on the
  worker (the old vault is moved aside, never deleted), then reopen with the restored vault.
- Opening another vault, e.g. one just restored to a new path.
"""

from __future__ import annotations

import contextlib
import threading
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ui.core import theme
from ui.core.worker import VaultWorker
from ui.features.safekeeping.messages import explain, when_text
from ui.kit.dialogs import Dialogs
from ui.qt import QCoreApplication, QLabel, QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from vertrouwen.backup import RestoreResult, RollingPlan
    from vertrouwen.workspace import Workspace

# The backup code is imported by the jobs that use it, on the worker or a backup thread: the
# window owns this object from its first paint, which needs none of it (issue 16). The window's
# background imports load it meanwhile (ui/shell/window.py, PRELOAD).


def _plan_due(ws: Workspace) -> RollingPlan | None:
    from vertrouwen.backup import plan_due_backup

    return plan_due_backup(ws)


def last_known(ws: Workspace) -> tuple[bool, datetime | None]:
    """Whether a backup folder is set, and when the last backup was made (on the worker)."""
    from vertrouwen.backup.rolling import configured_folder, last_backup_at

    return configured_folder(ws) is not None, last_backup_at(ws)


SUCCESS_SHOWN_MS = 20_000


class CareHost(Protocol):
    """What VaultCare needs of the window that owns it (ui/shell/window.py)."""

    vault_path: Path

    @property
    def dialogs(self) -> Dialogs: ...

    @property
    def in_first_start(self) -> bool: ...

    @property
    def is_open(self) -> bool: ...

    def lock(self, reason: str = "manual") -> None: ...

    def show_unlock(self, notice: str = "") -> None: ...

    def unlock_with(self, passphrase: str) -> None: ...


class VaultCare(QObject):
    """Owned by the window. `backup_made` after each automatic backup (screens refresh)."""

    backup_made = Signal()
    _last_known = Signal(bool, object)  # a folder is set; when the last backup was made
    # emitted on the worker thread; the slot lives on the UI thread, so Qt queues it
    _reported = Signal(object, object)  # Path | None, Exception | None
    # emitted on a backup thread: ticket, Path | None, Exception | None
    _written = Signal(object, object, object)

    def __init__(self, window: CareHost, worker: VaultWorker, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.worker = worker
        self.label = QLabel()  # the window puts it in its status line
        self.last_error = ""  # why the last automatic backup failed ("" after a good one)
        self.label.hide()
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(SUCCESS_SHOWN_MS)
        self._reported.connect(self._show_report)
        self._written.connect(self._on_written)
        self._writing: dict[object, tuple[Callable[[Path], None], Callable[[Exception], None]]] = {}
        self._last_known.connect(self._show_last)
        self._fade.timeout.connect(self._show_last_again)
        self._last: tuple[bool, datetime | None] | None = None
        worker.unlocked.connect(self.run_due)
        self.after_areas()

    def after_areas(self) -> None:
        """(Re)connect to `about_to_lock` last, after the areas built on each unlock: slots run
        in connection order, so an editor's last-keystroke save is queued before the backup."""
        with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
            warnings.simplefilter("ignore", RuntimeWarning)  # "not connected" the first time
            self.worker.about_to_lock.disconnect(self.run_due_at_lock)
        self.worker.about_to_lock.connect(self.run_due_at_lock)
        if self.worker.is_unlocked:
            self.refresh_last()  # a new shell (first start, a language switch): say it again

    # -- automatic backups -------------------------------------------------------------------
    @Slot()
    def run_due(self) -> None:
        """A rolling backup if one is due (settings in the vault), on a thread of its own."""
        report = self._reported

        def done(made: Path | None) -> None:
            if made is None:  # none due: say when the last one was
                self.refresh_last()
            else:
                report.emit(made, None)

        self.write_in_background(_plan_due, done, lambda exc: report.emit(None, exc))

    @Slot()
    def run_due_at_lock(self) -> None:
        """A rolling backup if one is due, on the worker before the vault closes (nothing waits
        for a case then); none while a backup of this session is still being written."""
        if self._writing:
            return
        report, last = self._reported, self._last_known

        def job(ws: Workspace) -> None:
            from vertrouwen.backup import run_due_backup

            try:
                made = run_due_backup(ws)
            except Exception as exc:  # shown in the status line; the vault is untouched
                report.emit(None, exc)
                return
            if made is not None:
                report.emit(made, None)
            last.emit(*last_known(ws))

        # Results of jobs submitted just before a lock are dropped by the worker, so the job
        # reports through a signal of its own instead of on_done.
        self.worker.submit(job)

    @property
    def writing(self) -> bool:
        """A backup is being written on its own thread just now."""
        return bool(self._writing)

    def write_in_background(
        self,
        plan: Callable[[Workspace], RollingPlan | None],
        on_done: Callable[[Path | None], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Plan a backup on the worker (`plan(ws)`, a moment; None: nothing to do), write it on a
        thread of its own with its own connection, then record it on the worker; `on_done(path)`
        after that (on the UI thread). The worker runs other jobs while the file is written."""
        written = self._written

        def write(ticket: object, planned: RollingPlan) -> None:  # on the backup thread
            from vertrouwen.backup import write_planned

            try:
                made = write_planned(planned)
            except Exception as exc:  # reported on the UI thread
                outcome: tuple[Path | None, Exception | None] = (None, exc)
            else:
                outcome = (made, None)
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                written.emit(ticket, *outcome)

        def start(planned: RollingPlan | None) -> None:
            if planned is None:
                on_done(None)
                return
            ticket = object()
            self._writing[ticket] = (on_done, on_error)
            threading.Thread(target=write, args=(ticket, planned), name="vertrouwen-backup").start()

        self.worker.submit(plan, start, on_error)

    @Slot(object, object, object)
    def _on_written(self, ticket: object, made: Path | None, error: Exception | None) -> None:
        on_done, on_error = self._writing.pop(ticket)
        if error is not None or made is None:
            on_error(error or RuntimeError("no backup was written"))
            return
        last = self._last_known

        def record(ws: Workspace) -> None:
            from vertrouwen.backup import record_backup

            record_backup(ws, made)
            last.emit(*last_known(ws))

        self.worker.submit(record, lambda _r: on_done(made), lambda _exc: on_done(made))

    @Slot(object, object)
    def _show_report(self, made: Path | None, error: Exception | None) -> None:
        self._fade.stop()
        if error is not None:
            self.last_error = explain(error)
            self.label.setText(
                QCoreApplication.translate(
                    "VaultCare", "Automatische back-up mislukt \u2014 je kluis is in orde"
                )
            )
            self.label.setToolTip(self.last_error)
            self.label.setStyleSheet(f"color: {theme.DANGER};")
        elif made is not None:
            self.last_error = ""
            stamp = datetime.now().strftime("%H:%M")
            self.label.setText(
                QCoreApplication.translate(
                    "VaultCare", "Automatische back-up gemaakt om {0}"
                ).format(stamp)
            )
            self.label.setToolTip(str(made))
            self.label.setStyleSheet(f"color: {theme.SUCCESS};")
            self._fade.start()
            self.backup_made.emit()
        self.label.show()

    # -- when the last backup was made (the status line, between reports) -------------------
    def refresh_last(self) -> None:
        """Read again when the last backup was made (a folder was chosen, a backup made)."""
        last = self._last_known
        self.worker.submit(lambda ws: last.emit(*last_known(ws)))

    @Slot(bool, object)
    def _show_last(self, folder_set: bool, when: datetime | None) -> None:
        self._last = (folder_set, when)
        if not self._fade.isActive() and not self.last_error:
            self._show_last_again()

    def _show_last_again(self) -> None:
        # not during first start: its last step asks for the folder
        if self._last is None or not self.worker.is_unlocked or self.window.in_first_start:
            self.label.hide()
            return
        folder_set, when = self._last
        if not folder_set:
            self.label.setText(
                QCoreApplication.translate(
                    "VaultCare", "Geen back-ups: kies een map bij Instellingen"
                )
            )
            self.label.setStyleSheet(f"color: {theme.WARNING};")
        elif when is None:
            self.label.setText(QCoreApplication.translate("VaultCare", "Nog geen back-up gemaakt"))
            self.label.setStyleSheet(f"color: {theme.WARNING};")
        else:
            self.label.setText(
                QCoreApplication.translate("VaultCare", "Laatste back-up: {0}").format(
                    when_text(when)
                )
            )
            self.label.setStyleSheet("")
        self.label.setToolTip("")
        self.label.show()

    # -- restoring over the open vault -------------------------------------------------------
    def restore_over(
        self, source: Path, passphrase: str | None = None, recovery_key: bytes | None = None
    ) -> None:
        """Lock, restore `source` over the vault (the old one moved aside), then reopen."""
        window = self.window
        path = window.vault_path
        window.lock("restore")
        window.show_unlock(
            QCoreApplication.translate("VaultCare", "De back-up wordt teruggezet\u2026")
        )

        def job() -> RestoreResult:
            from vertrouwen.backup import restore_backup

            return restore_backup(
                source, path, passphrase=passphrase, recovery_key=recovery_key, replace=True
            )

        def done(result: RestoreResult) -> None:
            from ui.core.enum_labels import local_time  # loaded with the areas (PRELOAD)

            notice = QCoreApplication.translate(
                "VaultCare", "De back-up van {0} is teruggezet."
            ).format(local_time(result.header.created))
            if result.replaced is not None:
                notice += " " + QCoreApplication.translate(
                    "VaultCare", "Je vorige kluis staat ernaast als {0}."
                ).format(result.replaced.name)
            if not result.has_passphrase:
                notice += " " + QCoreApplication.translate(
                    "VaultCare",
                    "Open hem met je herstelsleutel via \u2018Wachtwoordzin vergeten?\u2019.",
                )
            elif passphrase is None:
                notice += " " + QCoreApplication.translate(
                    "VaultCare", "Open hem met de wachtwoordzin van toen de back-up werd gemaakt."
                )
            self.reopen(notice, passphrase if result.has_passphrase else None)

        def failed(exc: Exception) -> None:
            self.reopen(
                QCoreApplication.translate(
                    "VaultCare", "Terugzetten lukte niet: {0} Je kluis is niet veranderd."
                ).format(explain(exc))
            )

        self.worker.run(job, done, failed)

    def reopen(self, notice: str, passphrase: str | None = None) -> None:
        """The unlock screen for the vault; unlocks at once when the passphrase is known."""
        window = self.window
        if window.is_open:
            return  # opened meanwhile (the user typed a passphrase while the restore ran)
        window.show_unlock(notice)
        if passphrase:
            window.unlock_with(passphrase)

    def restore_while_locked(self) -> None:
        """From the unlock screen, when the vault will not open (damaged, or its passphrase
        lost with the recovery key): pick a backup, check it, put it in place, open it."""
        from ui.features.safekeeping.restore import RestoreFlow  # it uses this module

        if self.worker.is_unlocked:
            return
        flow = RestoreFlow(
            self.worker, self.window.dialogs, self.window.vault_path, self, self, locked=True
        )
        flow.start()

    # -- another vault -----------------------------------------------------------------------
    def open_vault(self, path: Path) -> None:
        """Lock and show the unlock screen for the vault at `path` (remembered once opened)."""
        window = self.window
        window.lock("switch")
        window.vault_path = Path(path)
        window.show_unlock(
            QCoreApplication.translate("VaultCare", "Open de kluis {0}.").format(Path(path).name)
        )
