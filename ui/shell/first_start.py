"""First start: create the vault in four calm steps.

1. welcome and a passphrase (twice, with strength feedback; weak ones are refused);
2. the recovery key, shown once, to print as a noodkaart straight from memory (or, after a
   warning, to save as a PDF, best on a USB stick);
3. a check that it was kept (type its last group, tick the box);
4. opt-in "unlock with my computer login", with a plain warning for shared accounts.
The vault is created (on the worker) when step 1 is done, so key derivation never blocks.
"""

from __future__ import annotations

from pathlib import Path

from ui.core import theme
from ui.core.assets import icon
from ui.core.messages import describe, shared_account_warning
from ui.core.worker import VaultWorker
from ui.kit.dialogs import Dialogs
from ui.kit.emergency_sheet import print_noodkaart, save_noodkaart, saved_text
from ui.kit.widgets import BusyLine, NewPassphraseForm, Notice, frame, label, wrapping_check
from ui.qt import (
    QCheckBox,
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
from ui.shell.first_start_backup import BackupStep
from ui.shell.unlock import brand_row, centred
from vertrouwen.errors import ErrorCode, VertrouwenError
from vertrouwen.workspace import format_recovery_key

STEPS = 5


class FirstStartWizard(QStackedWidget):
    """Emits `finished` when the vault exists, is open, and its recovery key was kept."""

    finished = Signal()

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        vault_path: Path,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.vault_path = vault_path
        self.language = language
        self._key: bytes | None = None  # held only until the wizard ends
        self.sheet_saved_to: Path | None = None  # only when the user chose to save a file
        self.sheet_printed = 0
        for page in (
            self._passphrase_page(),
            self._key_page(),
            self._check_page(),
            self._keychain_page(),
            self._backup_page(),
        ):
            self.addWidget(centred(page, width=560))
        self.setFocusProxy(self.passphrase.first)

    @property
    def key_unconfirmed(self) -> bool:
        """The vault exists but the user has not yet confirmed keeping the recovery key."""
        return self._key is not None and self.currentIndex() in (1, 2)

    def _card(self, step: int, title: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
        card, layout = frame("Card", (40, 32, 40, 30))
        layout.addWidget(label(self.tr("Stap {0} van {1}").format(step, STEPS), "step"))
        layout.addWidget(brand_row(title))
        layout.addWidget(label(intro, "muted", wrap=True))
        layout.addSpacing(6)
        return card, layout

    # -- 1. passphrase -------------------------------------------------------------------------
    def _passphrase_page(self) -> QWidget:
        card, layout = self._card(
            1,
            self.tr("Welkom bij Vertrouwen"),
            self.tr(
                "Vertrouwen bewaart je dossiers versleuteld in een kluis op deze computer. "
                "Er gaat niets naar internet. De kluis gaat alleen open met je wachtwoordzin, "
                "of met een herstelsleutel die je zo meteen krijgt."
            ),
        )
        self.passphrase = NewPassphraseForm()
        self.passphrase.first_label.setText(self.tr("Kies een wachtwoordzin"))
        self.passphrase.changed.connect(self._update_create_button)
        self.passphrase.submitted.connect(self.create_vault)
        layout.addWidget(self.passphrase)
        self.create_error = Notice(kind="ErrorBox")
        self.create_error.hide()
        layout.addWidget(self.create_error)
        self.create_busy = BusyLine()
        layout.addWidget(self.create_busy)
        where = label(self.tr("De kluis komt in {0}").format(self.vault_path), "faint", wrap=True)
        layout.addWidget(where)
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = QPushButton(self.tr("Kluis aanmaken"))
        self.create_button.setProperty("kind", "primary")
        self.create_button.setEnabled(False)
        self.create_button.setMinimumHeight(42)
        self.create_button.clicked.connect(self.create_vault)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        return card

    def _update_create_button(self) -> None:
        self.create_button.setEnabled(self.passphrase.valid)

    def create_vault(self) -> None:
        if not self.passphrase.valid:
            return
        self.create_error.hide()
        self.create_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.create_busy.start(
            self.tr("Kluis aanmaken\u2026 de sleutel wordt afgestemd op deze computer.")
        )
        self.worker.create(
            self.vault_path, self.passphrase.passphrase, self._created, self._create_failed
        )

    def _created(self, key: bytes) -> None:
        self.create_busy.stop()
        self.passphrase.clear()
        self._key = key
        groups = format_recovery_key(key, grouped=True).split()
        self.key_label.setText(" ".join(groups[:4]) + "\n" + " ".join(groups[4:]))
        self.setCurrentIndex(1)
        self.print_button.setFocus()

    def _create_failed(self, exc: Exception) -> None:
        self.create_busy.stop()
        self.passphrase.setEnabled(True)
        self._update_create_button()
        self.create_error.set_text(describe(exc, "create"))

    # -- 2. the recovery key -------------------------------------------------------------------
    def _key_page(self) -> QWidget:
        card, layout = self._card(
            2,
            self.tr("Je herstelsleutel"),
            self.tr(
                "Ben je je wachtwoordzin kwijt, dan opent alleen deze sleutel je kluis nog. "
                "Je ziet hem maar \u00e9\u00e9n keer. Druk hem af als noodkaart, of schrijf "
                "hem over op papier."
            ),
        )
        box, box_layout = frame("KeyBox", (20, 16, 20, 16))
        self.key_label = QLabel()
        self.key_label.setObjectName("KeyText")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.key_label)
        layout.addWidget(box)
        row = QHBoxLayout()
        self.print_button = QPushButton(
            icon("printer", theme.ON_PRIMARY), self.tr("Noodkaart afdrukken\u2026")
        )
        self.print_button.setProperty("kind", "primary")
        self.print_button.setIconSize(QSize(18, 18))
        self.print_button.setMinimumHeight(42)
        self.print_button.clicked.connect(self.print_sheet)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Opslaan als PDF\u2026"))
        self.save_button.setProperty("kind", "link")
        self.save_button.clicked.connect(self.save_sheet)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.kept_label = label("", "ok", wrap=True)
        self.kept_label.hide()
        layout.addWidget(self.kept_label)
        layout.addWidget(
            Notice(
                self.tr(
                    "Wie deze sleutel heeft, kan al je dossiers lezen. Berg het papier veilig op, "
                    "niet in je laptoptas. Vertrouwen zet de sleutel nergens in een bestand."
                )
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        self.next_button = QPushButton(self.tr("Ik heb hem bewaard"))
        self.next_button.setMinimumHeight(42)
        self.next_button.clicked.connect(self._to_check)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        return card

    def print_sheet(self) -> None:
        """Print the noodkaart straight from memory (the default way to keep the key)."""
        if self._key is None:
            return
        if print_noodkaart(self.dialogs, self._key, self.vault_path, self.language):
            self.sheet_printed += 1
            self._kept(self.tr("De noodkaart is naar de printer gestuurd. Haal hem meteen op."))

    def save_sheet(self) -> None:
        """Save the noodkaart as a PDF: only after the warning (and a second one for a poor
        place)."""
        if self._key is None:
            return
        save_noodkaart(
            self.worker,
            self.dialogs,
            self._key,
            self.vault_path,
            self.language,
            self._sheet_saved,
        )

    def _sheet_saved(self, target: Path) -> None:
        self.sheet_saved_to = target
        self._kept(saved_text(target, self.vault_path))

    def _kept(self, text: str) -> None:
        self.kept_label.setText(text)
        self.kept_label.show()
        # Once the sheet is out, going on is the next thing to do.
        self.print_button.setProperty("kind", "")
        self.print_button.setIcon(icon("printer", theme.PRIMARY))
        self.next_button.setProperty("kind", "primary")
        theme.restyle(self.print_button)
        theme.restyle(self.next_button)
        self.next_button.setFocus()

    def _to_check(self) -> None:
        self.setCurrentIndex(2)
        self.check_field.setFocus()

    # -- 3. the check --------------------------------------------------------------------------
    def _check_page(self) -> QWidget:
        card, layout = self._card(
            3,
            self.tr("Heb je hem bewaard?"),
            self.tr(
                "Een korte controle, zodat je straks niet buitengesloten raakt. Typ de laatste "
                "groep van 8 tekens van je herstelsleutel over, van je noodkaart."
            ),
        )
        self.check_field = QLineEdit()
        self.check_field.setMaxLength(12)
        self.check_field.setPlaceholderText(self.tr("laatste 8 tekens"))
        self.check_field.setMinimumHeight(40)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.check_field.setFont(mono)
        self.check_field.setFixedWidth(200)
        self.check_field.textChanged.connect(self._update_check)
        layout.addWidget(self.check_field)
        self.check_status = label("", "faint")
        layout.addWidget(self.check_status)
        kept_row, self.kept_box = wrapping_check(  # wraps: no text cut off at the card's edge
            self.tr("Ik heb de sleutel op papier en veilig opgeborgen.")
        )
        self.kept_box.toggled.connect(self._update_check)
        layout.addWidget(kept_row)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Sleutel nog eens zien"))
        back.setMinimumHeight(42)
        back.clicked.connect(lambda: self.setCurrentIndex(1))
        row.addWidget(back)
        row.addStretch(1)
        self.check_button = QPushButton(self.tr("Volgende"))
        self.check_button.setProperty("kind", "primary")
        self.check_button.setMinimumHeight(42)
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self._to_keychain)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        return card

    def _check_matches(self) -> bool:
        if self._key is None:
            return False
        last = format_recovery_key(self._key)[-8:]
        return self.check_field.text().replace(" ", "").lower() == last

    def _update_check(self) -> None:
        typed = self.check_field.text().replace(" ", "")
        matches = self._check_matches()
        if len(typed) >= 8:
            self.check_status.setProperty("role", "ok" if matches else "error")
            self.check_status.setText(
                self.tr("Klopt.")
                if matches
                else self.tr("Dat is niet de laatste groep; kijk nog eens.")
            )
        else:
            self.check_status.setText("")
        theme.restyle(self.check_status)
        self.check_button.setEnabled(matches and self.kept_box.isChecked())

    def _to_keychain(self) -> None:
        if self._check_matches() and self.kept_box.isChecked():
            self.setCurrentIndex(3)

    # -- 4. keychain ---------------------------------------------------------------------------
    def _keychain_page(self) -> QWidget:
        card, layout = self._card(
            4,
            self.tr("Ontgrendelen met je computerlogin?"),
            self.tr(
                "Als je wilt, bewaart Vertrouwen de sleutel ook in de sleutelbos van je "
                "computer. Dan open je de kluis met \u00e9\u00e9n klik, zonder wachtwoordzin "
                "te typen."
            ),
        )
        self.keychain_box = QCheckBox(self.tr("Ja, laat mij ontgrendelen met mijn computerlogin"))
        layout.addWidget(self.keychain_box)
        layout.addWidget(Notice(shared_account_warning()))
        layout.addWidget(
            label(
                self.tr("Je kunt dit later altijd aan- of uitzetten bij Instellingen."),
                "faint",
                wrap=True,
            )
        )
        self.keychain_error = Notice(kind="ErrorBox")
        self.keychain_error.hide()
        layout.addWidget(self.keychain_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.finish_button = QPushButton(self.tr("Volgende"))
        self.finish_button.setProperty("kind", "primary")
        self.finish_button.setMinimumHeight(42)
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        return card

    def finish(self) -> None:
        if not self.keychain_box.isChecked() or self.keychain_error.isVisible():
            self._to_backups()
            return
        self.finish_button.setEnabled(False)
        self.worker.submit(
            lambda ws: ws.enable_keychain(), self._keychain_result, self._keychain_failed
        )

    def _keychain_result(self, error: ErrorCode | None) -> None:
        self.finish_button.setEnabled(True)
        if not error:
            self._to_backups()
            return
        from ui.core.messages import keychain_reason

        self.keychain_box.setChecked(False)
        self.keychain_error.set_text(
            keychain_reason(error)
            + " "
            + self.tr(
                "De kluis opent voorlopig met je wachtwoordzin; klik op \u2018Volgende\u2019."
            )
        )

    def _keychain_failed(self, exc: Exception) -> None:
        code = exc.code if isinstance(exc, VertrouwenError) else None
        self._keychain_result(code or ErrorCode.KEYCHAIN_FAILED)

    # -- 5. backups (ui/shell/first_start_backup.py) -----------------------------------------------
    def _backup_page(self) -> QWidget:
        card, layout = self._card(
            5,
            self.tr("Waar komen je back-ups?"),
            self.tr(
                "Een back-up beschermt je dossiers als deze computer kapotgaat of kwijtraakt. "
                "Kies een USB-stick of een andere schijf: een back-up op dezelfde schijf gaat "
                "samen met je laptop verloren. Back-ups zijn versleuteld, net als de kluis."
            ),
        )
        self.backup_step = BackupStep(self.worker, self.dialogs, self.vault_path, layout, card)
        self.backup_step.done.connect(self._done)
        return card

    def _to_backups(self) -> None:
        self.setCurrentIndex(4)
        self.backup_step.choose_button.setFocus()

    def _done(self) -> None:
        self._key = None
        self.key_label.clear()
        self.check_field.clear()
        self.finished.emit()
