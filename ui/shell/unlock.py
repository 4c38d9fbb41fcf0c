"""The unlock screen: passphrase, the keychain ("my computer login") when enabled, and the
"forgot passphrase" flow with the recovery key. All key work runs on the vault worker; the
screen shows a moving bar meanwhile and never freezes."""

from __future__ import annotations

from pathlib import Path

from ui.core import theme
from ui.core.assets import app_icon, icon
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.kit.accessible import name_controls
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import BusyLine, NewPassphraseForm, Notice, PassphraseEdit, frame, label
from ui.qt import (
    QFont,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSize,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vertrouwen.errors import ErrorCode, UnlockError


def centred(card: QWidget, width: int = 460) -> QWidget:
    """A full-screen page with `card` in the middle."""
    page = QWidget()
    page.setObjectName("Screen")
    outer = QVBoxLayout(page)
    outer.setContentsMargins(24, 24, 24, 24)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    card.setFixedWidth(width)
    row.addWidget(card)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page


def brand_row(title: str) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(12)
    glyph = QLabel()
    glyph.setPixmap(app_icon().pixmap(44, 44))
    layout.addWidget(glyph)
    layout.addWidget(label(title, "title"), 1)
    return box


class UnlockScreen(QStackedWidget):
    """Emits `unlocked` once the worker holds an open vault. With `probe`, it asks at once
    whether the vault has a keychain slot; the window's first one asks after its first paint
    (`probe_keychain`), since reading the slot file loads the vault's code."""

    unlocked = Signal()
    restore_requested = Signal()  # "Back-up terugzetten…" (ui/features/safekeeping, via the window)

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        vault_path: Path,
        notice: str = "",
        parent: QWidget | None = None,
        probe: bool = True,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.vault_path = vault_path
        self.failed_attempts = 0
        self.addWidget(centred(self._build_unlock(notice)))  # the recovery page: when asked
        if probe:
            self.probe_keychain()

    # -- the passphrase page -------------------------------------------------------------------
    def _build_unlock(self, notice: str) -> QWidget:
        card, layout = frame("Card", (36, 32, 36, 28))
        layout.addWidget(brand_row(self.tr("Kluis ontgrendelen")))
        layout.addWidget(
            label(self.tr("Typ je wachtwoordzin om je dossiers te openen."), "muted", wrap=True)
        )
        self.lock_notice = Notice(notice)
        self.lock_notice.setVisible(bool(notice))
        layout.addWidget(self.lock_notice)
        layout.addSpacing(4)
        layout.addWidget(label(self.tr("Wachtwoordzin")))
        self.passphrase = PassphraseEdit()
        self.passphrase.returnPressed.connect(self.unlock)
        layout.addWidget(self.passphrase)
        self.error = Notice(kind="ErrorBox")
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen"))
        self.unlock_button.setProperty("kind", "primary")
        self.unlock_button.setMinimumHeight(42)
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(self.unlock_button)
        self.keychain_button = QPushButton(
            icon("key", theme.PRIMARY), self.tr("Ontgrendelen met mijn computerlogin")
        )
        self.keychain_button.setIconSize(QSize(18, 18))
        self.keychain_button.setMinimumHeight(40)
        self.keychain_button.clicked.connect(self.unlock_with_keychain)
        self.keychain_button.hide()
        layout.addWidget(self.keychain_button)
        forgot_row = QHBoxLayout()
        self.forgot_button = QPushButton(self.tr("Wachtwoordzin vergeten?"))
        self.forgot_button.setProperty("kind", "link")
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.clicked.connect(self.show_recovery)
        forgot_row.addWidget(self.forgot_button)
        forgot_row.addStretch(1)
        self.restore_button = QPushButton(self.tr("Back-up terugzetten\u2026"))
        self.restore_button.setProperty("kind", "link")
        self.restore_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore_button.clicked.connect(self.restore_requested.emit)
        forgot_row.addWidget(self.restore_button)
        layout.addLayout(forgot_row)
        where = label(self.tr("Kluis: {0}").format(self.vault_path), "faint", wrap=True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.setFocusProxy(self.passphrase)
        return card

    def probe_keychain(self) -> None:
        """Show the keychain button when this vault has a keychain slot (read off the UI thread)."""
        path = self.vault_path

        def has_slot() -> bool:
            from vertrouwen.workspace import SlotFile  # the vault's code: not for the first paint

            return SlotFile.load(path).keychain_account is not None

        self.worker.run(has_slot, self.keychain_button.setVisible, lambda _exc: None)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        recovering = self.count() > 1  # the recovery page was built
        widgets: list[QWidget] = [
            self.passphrase,
            self.unlock_button,
            self.keychain_button,
            self.forgot_button,
        ]
        if recovering:
            widgets += [self.recovery_key, self.new_passphrase, self.recover_button]
            widgets.append(self.back_button)
        for widget in widgets:
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(text)
            if recovering:
                self.recovery_busy.start(text)
        else:
            self.busy.stop()
            if recovering:
                self.recovery_busy.stop()
                self._update_recover_button()

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Typ eerst je wachtwoordzin."))
            return
        self.error.hide()
        self._set_busy(True, self.tr("Kluis openen\u2026 de sleutel wordt afgeleid."))
        self.worker.unlock(
            self.vault_path,
            passphrase,
            on_done=self._opened,
            on_error=self._failed,
            failed_attempts=self.failed_attempts,
        )

    def unlock_with_keychain(self) -> None:
        self.error.hide()
        self._set_busy(True, self.tr("Sleutel ophalen uit je computerlogin\u2026"))
        self.worker.unlock_with_keychain(self.vault_path, self._opened, self._failed)

    def _opened(self, _result: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, UnlockError) and exc.code == ErrorCode.WRONG_PASSPHRASE:
            self.failed_attempts += 1
        self._show_error(describe(exc, "unlock"))
        self.passphrase.set_error(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.set_text(text)
        self.error.show()

    # -- the recovery page ---------------------------------------------------------------------
    def _build_recovery(self) -> QWidget:
        card, layout = frame("Card", (36, 32, 36, 28))
        layout.addWidget(brand_row(self.tr("Wachtwoordzin vergeten")))
        layout.addWidget(
            label(
                self.tr(
                    "Met de herstelsleutel van je noodkaart open je de kluis en kies je een "
                    "nieuwe wachtwoordzin. Je dossiers blijven zoals ze zijn."
                ),
                "muted",
                wrap=True,
            )
        )
        layout.addSpacing(4)
        layout.addWidget(label(self.tr("Herstelsleutel (64 tekens, spaties mogen)")))
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("a1b2c3d4 e5f6a7b8 \u2026")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.recovery_key.setFont(mono)
        self.recovery_key.setMinimumHeight(40)
        layout.addWidget(self.recovery_key)
        layout.addSpacing(6)
        self.new_passphrase = NewPassphraseForm()
        self.new_passphrase.first_label.setText(self.tr("Nieuwe wachtwoordzin"))
        self.new_passphrase.changed.connect(self._update_recover_button)
        self.new_passphrase.submitted.connect(self.recover)
        self.recovery_key.textChanged.connect(self._update_recover_button)
        layout.addWidget(self.new_passphrase)
        self.recovery_error = Notice(kind="ErrorBox")
        self.recovery_error.hide()
        layout.addWidget(self.recovery_error)
        self.recovery_busy = BusyLine()
        layout.addWidget(self.recovery_busy)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Terug"))
        self.back_button.setMinimumHeight(42)
        self.back_button.clicked.connect(self.show_unlock)
        self.recover_button = QPushButton(self.tr("Nieuwe wachtwoordzin instellen"))
        self.recover_button.setProperty("kind", "primary")
        self.recover_button.setMinimumHeight(42)
        self.recover_button.setEnabled(False)
        self.recover_button.clicked.connect(self.recover)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout.addLayout(buttons)
        return card

    def show_recovery(self) -> None:
        if self.count() == 1:  # built on first use: the first window comes sooner without it
            self.addWidget(centred(self._build_recovery(), width=520))
            name_controls(self)
        self.setCurrentIndex(1)
        self.recovery_key.setFocus()

    def show_unlock(self) -> None:
        self.setCurrentIndex(0)
        self.passphrase.setFocus()

    def _update_recover_button(self) -> None:
        self.recover_button.setEnabled(
            bool(self.recovery_key.text().strip()) and self.new_passphrase.valid
        )

    def recover(self) -> None:
        from vertrouwen.workspace import parse_recovery_key  # the vault's code: when used

        try:
            key = parse_recovery_key(self.recovery_key.text())
        except UnlockError as exc:
            self.recovery_error.set_text(describe(exc, "recovery"))
            return
        if not self.new_passphrase.valid:
            return
        self.recovery_error.hide()
        self._set_busy(True, self.tr("Kluis openen en nieuwe wachtwoordzin vastleggen\u2026"))
        self.worker.unlock_with_recovery_key(
            self.vault_path,
            key,
            self.new_passphrase.passphrase,
            on_done=self._recovered,
            on_error=self._recovery_failed,
            failed_attempts=self.failed_attempts,
        )

    def _recovered(self, _result: object) -> None:
        self._set_busy(False)
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self.unlocked.emit()

    def _recovery_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.recovery_error.set_text(describe(exc, "recovery"))
