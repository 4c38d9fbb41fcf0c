"""Restoring a backup from the app: checked before it replaces anything.

    pick a file -> inspect (structure and checksum, no key) -> ask the backup's passphrase or
    the recovery key and the destination -> unlock and check the MAC (tampering) -> restore to
    a new path, or confirm and restore over the open vault (`VaultCare.restore_over`: lock,
    move the old vault aside, reopen)

A damaged or changed backup is refused with a clear message at the first check it fails; the
core's `restore_backup` checks everything again before it places a file, and writes nothing
when a check fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ui.core.enum_labels import local_time
from ui.core.worker import VaultWorker
from ui.features.safekeeping.care import VaultCare
from ui.features.safekeeping.messages import explain
from ui.features.safekeeping.restore_dialog import REPLACE, RestoreDialog
from ui.kit.dialogs import Dialogs
from ui.qt import QDialog, QObject, QWidget, Signal
from vertrouwen.backup import BackupHeader, RestoreResult, inspect_backup, restore_backup
from vertrouwen.backup.container import unlock_backup, verify_mac
from vertrouwen.errors import UnlockError

BACKUP_FILTER = "*.vbak"


@dataclass
class _Answer:
    header: BackupHeader
    passphrase: str | None
    recovery_key: bytes | None
    destination: str


class RestoreFlow(QObject):
    """Drives one restore at a time. `busy(text)` while the worker checks ("" when done);
    `refused(text)` and `restored(path)` for the page and for tests."""

    busy = Signal(str)
    refused = Signal(str)
    restored = Signal(object)  # the new vault's Path

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        vault_path: Path,
        care: VaultCare | None,
        parent: QObject | None = None,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.vault_path = vault_path
        self.care = care
        # From the unlock screen (a vault that will not open): no open vault to wait for.
        self.locked = locked
        self._dialog: RestoreDialog | None = None

    def start(self, source: Path | None = None) -> None:
        """Restore `source`, or a backup file the user picks."""
        if source is None:
            source = self.dialogs.open_file(
                self.tr("Back-up kiezen om terug te zetten"),
                self.vault_path.parent,
                self.tr("Back-ups van Vertrouwen ({0});;Alle bestanden (*)").format(BACKUP_FILTER),
            )
            if source is None:
                return
        chosen = Path(source)
        self.busy.emit(self.tr("Back-up controleren\u2026"))
        self.worker.run(lambda: inspect_backup(chosen), self._ask, self._refuse)

    def _refuse(self, exc: Exception) -> None:
        self.busy.emit("")
        text = explain(exc)
        self.refused.emit(text)
        self.dialogs.warn(self.tr("Back-up geweigerd"), text)
        self._forget()

    # -- asking ------------------------------------------------------------------------------
    def _ask(self, header: BackupHeader, error: str = "") -> None:
        self.busy.emit("")
        if self._dialog is None or self._dialog.header is not header:
            parent = self.parent()
            self._forget()
            owner = parent if isinstance(parent, QWidget) else None
            self._dialog = RestoreDialog(
                header, self.vault_path, owner, self.care is not None, self.locked
            )
        dialog = self._dialog
        if error:
            dialog.show_error(error)
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted or not self._still_wanted():
            self._forget()
            return
        try:
            passphrase, key = dialog.secrets()
        except UnlockError as exc:
            self._ask(header, explain(exc))
            return
        answer = _Answer(header, passphrase, key, dialog.destination)
        self.busy.emit(self.tr("Back-up openen en controleren\u2026"))

        def check() -> None:
            data_key = unlock_backup(header, passphrase=passphrase, recovery_key=key)
            verify_mac(header, data_key)  # tampering: refused before anything is chosen

        self.worker.run(check, lambda _none: self._checked(answer), self._check_failed(header))

    def _check_failed(self, header: BackupHeader) -> Callable[[Exception], None]:
        def failed(exc: Exception) -> None:
            if isinstance(exc, UnlockError):
                self._ask(header, explain(exc))  # the wrong secret: ask again
            else:
                self._refuse(exc)

        return failed

    # -- restoring ---------------------------------------------------------------------------
    def _checked(self, answer: _Answer) -> None:
        self.busy.emit("")
        self._forget()
        if not self._still_wanted():
            return
        if answer.destination == REPLACE:
            self._replace(answer)
        else:
            self._to_new_path(answer)

    def _to_new_path(self, answer: _Answer) -> None:
        stamp = local_time(answer.header.created)[:10].replace("-", "")
        suggested = self.vault_path.with_name(f"kluis-teruggezet-{stamp}.db")
        target = self.dialogs.save_file(
            self.tr("Teruggezette kluis opslaan als"),
            suggested,
            self.tr("Kluis van Vertrouwen (*.db)"),
        )
        if target is None or not self._still_wanted():
            return
        to = Path(target)
        self.busy.emit(self.tr("Back-up terugzetten\u2026"))
        self.worker.run(
            lambda: restore_backup(
                answer.header.path,
                to,
                passphrase=answer.passphrase,
                recovery_key=answer.recovery_key,
            ),
            self._restored,
            self._refuse,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.busy.emit("")
        self.restored.emit(result.path)
        text = self.tr(
            "De back-up van {0} staat nu als kluis in {1}. Je huidige kluis is niet veranderd."
        ).format(local_time(result.header.created), result.path)
        if not result.has_passphrase:
            text += " " + self.tr("Hij opent met je herstelsleutel.")
        choice = self.dialogs.ask(
            self.tr("Back-up teruggezet"),
            text + "\n\n" + self.tr("Wil je de teruggezette kluis nu openen?"),
            [self.tr("Nu openen"), self.tr("Later")],
            default=1,
        )
        if choice == 0 and self.care is not None and self._still_wanted():
            self.care.open_vault(result.path)

    def _replace(self, answer: _Answer) -> None:
        if self.care is None:
            return
        first = (
            self.tr(
                "Vertrouwen zet je kluis opzij als {0}.replaced-\u2026 en zet de back-up van {1} "
                "op zijn plaats. Er wordt niets gewist."
            )
            if self.locked
            else self.tr(
                "Vertrouwen vergrendelt je kluis, zet hem opzij als {0}.replaced-\u2026 en zet "
                "de back-up van {1} op zijn plaats. Er wordt niets gewist."
            )
        )
        confirmed = self.dialogs.confirm(
            self.tr("Huidige kluis vervangen?"),
            first.format(self.vault_path.name, local_time(answer.header.created))
            + "\n\n"
            + self.tr(
                "Wat je na {0} hebt vastgelegd, staat niet in de teruggezette kluis. "
                "Ontgrendelen met je computerlogin zet je daarna zo nodig opnieuw aan."
            ).format(local_time(answer.header.created)),
            ok=self.tr("Vergrendelen en terugzetten"),
            destructive=True,
        )
        if confirmed and self._still_wanted():
            self.care.restore_over(answer.header.path, answer.passphrase, answer.recovery_key)

    def _still_wanted(self) -> bool:
        """After a dialog: a lock meanwhile ends a flow started in Instellingen."""
        return self.locked or self.worker.is_unlocked

    def _forget(self) -> None:
        if self._dialog is not None:
            self._dialog.forget()
            self._dialog.deleteLater()
            self._dialog = None
