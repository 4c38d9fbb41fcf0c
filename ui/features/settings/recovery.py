"""Instellingen > Algemeen > Herstelsleutel: print the noodkaart again (or, after the warning,
save it), but only after the passphrase was typed again.

The key is known while the vault is open, yet whoever finds the laptop unlocked must not walk
off with it: the worker checks the passphrase against the key slot first (`recovery_key`,
audited either way), and the key lives on the UI side only while the sheet is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ui.core import theme
from ui.core.assets import icon
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.kit.dialogs import Dialogs
from ui.kit.emergency_sheet import print_noodkaart, save_noodkaart, saved_text
from ui.kit.widgets import BusyLine, Notice, frame, label
from ui.qt import QFrame, QHBoxLayout, QPushButton, QSize, QVBoxLayout
from vertrouwen.errors import UnlockError


class RecoverySection(QFrame):
    """The panel with "Noodkaart afdrukken…" and "Opslaan als PDF…"."""

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, vault_path: Path, language: str
    ) -> None:
        super().__init__()
        self.worker = worker
        self.dialogs = dialogs
        self.vault_path = vault_path
        self.language = language
        box, layout = frame("Panel", (22, 18, 22, 18))
        self.setObjectName("RecoverySection")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Herstelsleutel"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Noodkaart kwijt? Druk hem opnieuw af. Je typt eerst je wachtwoordzin, "
                    "zodat niemand anders die even achter je laptop zit de sleutel meeneemt. "
                    "Je herstelsleutel blijft dezelfde."
                ),
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        self.print_button = QPushButton(
            icon("printer", theme.PRIMARY), self.tr("Noodkaart afdrukken\u2026")
        )
        self.print_button.setIconSize(QSize(18, 18))
        self.print_button.clicked.connect(lambda: self._ask(self._print))
        row.addWidget(self.print_button)
        self.save_button = QPushButton(self.tr("Opslaan als PDF\u2026"))
        self.save_button.setProperty("kind", "link")
        self.save_button.clicked.connect(lambda: self._ask(self._save))
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        self.error = Notice(kind="ErrorBox")
        self.error.hide()
        layout.addWidget(self.error)
        self.done = label("", "ok", wrap=True)
        self.done.hide()
        layout.addWidget(self.done)

    def _ask(self, then: Callable[[bytes], None]) -> None:
        self.error.hide()
        self.done.hide()
        passphrase = self.dialogs.get_text(
            self.tr("Noodkaart opnieuw afdrukken"),
            self.tr("Typ je wachtwoordzin om je herstelsleutel op te halen:"),
            secret=True,
            ok=self.tr("Verder"),
        )
        if not passphrase or not self.worker.is_unlocked:
            return
        self._set_busy(True)

        def done(key: bytes) -> None:
            self._set_busy(False)
            then(key)

        self.worker.submit(lambda ws: ws.recovery_key(passphrase), done, self._refused)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.print_button, self.save_button):
            button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Wachtwoordzin controleren\u2026"))
        else:
            self.busy.stop()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, UnlockError):
            self.error.set_text(
                self.tr("Deze wachtwoordzin klopt niet. Er is niets afgedrukt of opgeslagen.")
            )
        else:
            self.error.set_text(describe(exc))

    def _print(self, key: bytes) -> None:
        if print_noodkaart(self.dialogs, key, self.vault_path, self.language):
            self._show_done(self.tr("De noodkaart is naar de printer gestuurd."))

    def _save(self, key: bytes) -> None:
        save_noodkaart(
            self.worker,
            self.dialogs,
            key,
            self.vault_path,
            self.language,
            lambda target: self._show_done(saved_text(target, self.vault_path)),
        )

    def _show_done(self, text: str) -> None:
        self.done.setText(text)
        self.done.show()

    def clear(self) -> None:
        self.error.hide()
        self.done.hide()
        self._set_busy(False)
