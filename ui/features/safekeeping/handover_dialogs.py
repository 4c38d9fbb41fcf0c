"""The handover dialogs: choosing cases, and showing the one-time passphrase once."""

from __future__ import annotations

from pathlib import Path

from ui.core import theme
from ui.core.assets import icon
from ui.core.clipboard import CLEAR_AFTER_SECONDS, copy_secret
from ui.core.enum_labels import short_date
from ui.core.worker import VaultWorker
from ui.kit.dialogs import Dialogs
from ui.kit.emergency_sheet import print_handover_passphrase
from ui.kit.widgets import Notice, frame, label
from ui.qt import (
    QDialog,
    QFont,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.workspace import CaseRow, Workspace

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_STYLE = (
    f"QListWidget {{ background: {theme.SURFACE}; border: 1px solid {theme.FIELD_BORDER}; "
    "border-radius: 8px; padding: 4px; outline: none; }"
    "QListWidget::item { padding: 6px 6px; border-radius: 6px; }"
    f"QListWidget::item:hover {{ background: {theme.HOVER}; }}"
    f"QListWidget::item:selected {{ background: {theme.PRIMARY_SOFT}; color: {theme.INK}; }}"
)


def _all_rows(ws: Workspace) -> list[CaseRow]:
    return ws.queries.case_rows(ws.queries.case_ids())


class ChooseCasesDialog(QDialog):
    """Tick the cases to hand over (newest first, with a filter on code and organisation)."""

    def __init__(
        self, worker: VaultWorker, chosen: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.chosen: list[str] = list(chosen or [])
        self.setWindowTitle(self.tr("Dossiers overdragen"))
        self.setModal(True)
        self.resize(600, 580)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Welke dossiers draag je over?"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Je collega krijgt de dossiers compleet, met notities, afspraken, "
                    "klachtonderdelen en toestemmingen. Draag alleen over waar de cli\u00ebnt mee "
                    "heeft ingestemd."
                ),
                "muted",
                wrap=True,
            )
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek op code of organisatie"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list, 1)
        self.count = label("", "muted")
        layout.addWidget(self.count)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(icon("send", theme.ON_PRIMARY), self.tr("Pakket maken\u2026"))
        self.ok_button.setIconSize(QSize(16, 16))
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.clicked.connect(self.accept)
        row.addWidget(cancel)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self._update()
        worker.submit(_all_rows, self._loaded)

    def _loaded(self, rows: list[CaseRow]) -> None:
        self.list.blockSignals(True)
        for case in rows:
            state = (
                self.tr("open")
                if case.closed is None
                else self.tr("gesloten {0}").format(short_date(case.closed))
            )
            item = QListWidgetItem(f"{case.code}   \u2014   {case.organisation_name} ({state})")
            item.setData(CODE_ROLE, case.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = case.code in self.chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _item_changed(self, item: QListWidgetItem) -> None:
        code = str(item.data(CODE_ROLE))
        if item.checkState() == Qt.CheckState.Checked and code not in self.chosen:
            self.chosen.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self.chosen:
            self.chosen.remove(code)
        self._update()

    def _update(self) -> None:
        n = len(self.chosen)
        self.count.setText(
            self.tr("Nog niets gekozen")
            if n == 0
            else self.tr("1 dossier gekozen")
            if n == 1
            else self.tr("{0} dossiers gekozen").format(n)
        )
        self.ok_button.setEnabled(n > 0)

    def clear_list(self) -> None:
        self.list.clear()
        self.chosen.clear()


class PassphraseDialog(QDialog):
    """Shows the package's one-time passphrase, once, with a copy button and a warning."""

    def __init__(
        self,
        passphrase: str,
        package: Path,
        count: int,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs or Dialogs(lambda: self)
        self.package = package
        self.count = count
        self.setWindowTitle(self.tr("Wachtwoord voor je collega"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self._passphrase = passphrase
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Wachtwoord voor je collega"), "subtitle"))
        made = (
            self.tr("Het pakket {0} is gemaakt (1 dossier).").format(package.name)
            if count == 1
            else self.tr("Het pakket {0} is gemaakt ({1} dossiers).").format(package.name, count)
        )
        layout.addWidget(
            label(
                made + " " + self.tr("Je collega opent het met dit eenmalige wachtwoord:"),
                "muted",
                wrap=True,
            )
        )
        box, box_layout = frame("KeyBox", (18, 14, 14, 14))
        row = QHBoxLayout()
        row.setSpacing(12)
        self.key_label = QLabel(passphrase)
        self.key_label.setObjectName("KeyText")
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.key_label, 1)
        self.copy_button = QPushButton(icon("copy", theme.PRIMARY), self.tr("Kopi\u00ebren"))
        self.copy_button.setIconSize(QSize(16, 16))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        self.print_button = QPushButton(icon("printer", theme.PRIMARY), self.tr("Afdrukken\u2026"))
        self.print_button.setIconSize(QSize(16, 16))
        self.print_button.clicked.connect(self.print_passphrase)
        row.addWidget(self.print_button)
        box_layout.addLayout(row)
        layout.addWidget(box)
        self.copied = label("", "faint", wrap=True)
        self.copied.hide()
        layout.addWidget(self.copied)
        layout.addWidget(
            Notice(
                self.tr(
                    "Stuur dit wachtwoord niet met het bestand mee. Geef het via een ander "
                    "kanaal door, telefonisch, persoonlijk of afgedrukt op papier. Het wordt "
                    "alleen nu getoond; Vertrouwen bewaart het nergens, ook niet in een bestand."
                )
            )
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        done = QPushButton(self.tr("Klaar"))
        done.setProperty("kind", "primary")
        done.clicked.connect(self.accept)
        buttons.addWidget(done)
        layout.addLayout(buttons)

    def copy(self) -> None:
        copy_secret(self._passphrase)
        self.copied.setText(
            self.tr("Gekopieerd. Het klembord wordt over {0} seconden gewist.").format(
                CLEAR_AFTER_SECONDS
            )
        )
        self.copied.show()

    def print_passphrase(self) -> None:
        """Print the passphrase on a sheet of its own, from memory (no file is written)."""
        if self._passphrase and print_handover_passphrase(
            self.dialogs, self._passphrase, self.package, self.count
        ):
            self.copied.setText(self.tr("Naar de printer gestuurd. Haal het papier meteen op."))
            self.copied.show()

    def forget(self) -> None:
        self._passphrase = ""
        self.key_label.clear()
