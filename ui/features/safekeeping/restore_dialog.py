"""The restore dialog: what the backup is, how to open it, and where it goes.

It only asks; `restore.RestoreFlow` checks the answer on the worker and shows the dialog again
(with the reason) when the passphrase or recovery key does not open the backup.
"""

from __future__ import annotations

from pathlib import Path

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import local_time
from ui.features.safekeeping.parts import size_text
from ui.kit.widgets import Notice, PassphraseEdit, frame, label
from ui.qt import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.backup import BackupHeader
from vertrouwen.workspace import parse_recovery_key

NEW_VAULT, REPLACE = "new", "replace"


class RestoreDialog(QDialog):
    """Asks the secret (backup passphrase or recovery key) and the destination."""

    def __init__(
        self,
        header: BackupHeader,
        vault_path: Path,
        parent: QWidget | None = None,
        can_replace: bool = True,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.header = header
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.setModal(True)
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Back-up terugzetten"), "subtitle"))
        layout.addWidget(self._about(header))

        layout.addSpacing(4)
        layout.addWidget(label(self.tr("Openen met"), "section"))
        self.use_passphrase = QRadioButton(
            self.tr("De wachtwoordzin van toen de back-up werd gemaakt")
        )
        self.use_key = QRadioButton(self.tr("De herstelsleutel (van je noodkaart)"))
        secret_group = QButtonGroup(self)
        for radio in (self.use_passphrase, self.use_key):
            secret_group.addButton(radio)
            layout.addWidget(radio)
        self.secret = PassphraseEdit()
        layout.addWidget(self.secret)
        if header.has_passphrase:
            self.use_passphrase.setChecked(True)
        else:
            self.use_passphrase.setEnabled(False)
            self.use_key.setChecked(True)
            layout.addWidget(
                label(
                    self.tr(
                        "Deze back-up heeft geen wachtwoordzin; hij opent alleen met de "
                        "herstelsleutel."
                    ),
                    "faint",
                    wrap=True,
                )
            )
        secret_group.buttonToggled.connect(lambda *_a: self._secret_kind_changed())

        layout.addSpacing(6)
        layout.addWidget(label(self.tr("Terugzetten"), "section"))
        self.to_new = QRadioButton(
            self.tr("Als nieuwe kluis, op een plek die je kiest (aanbevolen)")
        )
        self.to_new.setChecked(True)
        layout.addWidget(self.to_new)
        layout.addWidget(self._hint(self.tr("Je huidige kluis blijft zoals hij is.")))
        self.to_replace = QRadioButton(self.tr("In plaats van mijn huidige kluis"))
        layout.addWidget(self.to_replace)
        replace_hint = self._hint(
            (
                self.tr(
                    "De kluis die niet opent, wordt opzij gezet als {0}.replaced-\u2026 (niet "
                    "gewist)."
                )
                if locked
                else self.tr(
                    "Je huidige kluis gaat op slot en wordt opzij gezet als {0}.replaced-\u2026 "
                    "(niet gewist). Wat je na de back-up hebt vastgelegd, staat niet in de "
                    "teruggezette kluis."
                )
            ).format(vault_path.name)
        )
        layout.addWidget(replace_hint)
        self.to_replace.setVisible(can_replace)
        replace_hint.setVisible(can_replace)
        if locked and can_replace:  # the vault will not open: replacing it is the usual wish
            self.to_replace.setChecked(True)
        destination = QButtonGroup(self)
        destination.addButton(self.to_new)
        destination.addButton(self.to_replace)

        self.error = Notice(kind="ErrorBox")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addSpacing(4)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Controleren en verder"))
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._accept_if_filled)
        row.addWidget(cancel)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self.secret.returnPressed.connect(self._accept_if_filled)
        self._secret_kind_changed()

    def _about(self, header: BackupHeader) -> QWidget:
        box, box_layout = frame("BackupAbout", (16, 12, 16, 12))
        box.setStyleSheet(
            f"#BackupAbout {{ background: {theme.TINT}; border: 1px solid {theme.BORDER}; "
            "border-radius: 10px; }"
        )
        box_layout.setSpacing(4)
        top = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(icon("check-circle", theme.SUCCESS).pixmap(18, 18))
        top.addWidget(glyph)
        top.addWidget(
            label(self.tr("Back-up van {0}").format(local_time(header.created)), "subtitle"), 1
        )
        box_layout.addLayout(top)
        box_layout.addWidget(
            label(
                self.tr("{0} \u00b7 gemaakt met Vertrouwen {1} \u00b7 niet beschadigd").format(
                    size_text(header.database_bytes), header.program or "?"
                ),
                "muted",
                wrap=True,
            )
        )
        name = label(str(header.path), "faint", wrap=True)
        box_layout.addWidget(name)
        return box

    @staticmethod
    def _hint(text: str) -> QLabel:
        hint = label(text, "faint", wrap=True)
        hint.setContentsMargins(28, 0, 0, 4)
        return hint

    def _secret_kind_changed(self) -> None:
        key = self.use_key.isChecked()
        self.secret.setPlaceholderText(
            self.tr("64 tekens, in groepen van 8") if key else self.tr("Wachtwoordzin")
        )
        self.secret.setFocus()

    def _accept_if_filled(self) -> None:
        if not self.secret.text().strip():
            self.show_error(
                self.tr("Typ eerst de herstelsleutel.")
                if self.use_key.isChecked()
                else self.tr("Typ eerst de wachtwoordzin van de back-up.")
            )
            return
        self.accept()

    # -- answers -----------------------------------------------------------------------------
    def fill(self, secret: str, recovery_key: bool = False, replace: bool = False) -> None:
        """Answer the dialog in one call (tests and the screenshot tool)."""
        (self.use_key if recovery_key else self.use_passphrase).setChecked(True)
        (self.to_replace if replace else self.to_new).setChecked(True)
        self.secret.setText(secret)

    def secrets(self) -> tuple[str | None, bytes | None]:
        """(passphrase, None) or (None, recovery key); UnlockError for a malformed key."""
        text = self.secret.text()
        if self.use_key.isChecked():
            return None, parse_recovery_key(text)
        return text, None

    @property
    def destination(self) -> str:
        return REPLACE if self.to_replace.isChecked() else NEW_VAULT

    def show_error(self, text: str) -> None:
        self.error.set_text(text)
        self.error.show()
        self.secret.set_error(True)
        self.secret.selectAll()
        self.secret.setFocus()

    def forget(self) -> None:
        self.secret.clear()
