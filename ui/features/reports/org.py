"""Organisatierapportage: one report over the registration files of several advisors.

Each advisor writes their year's registrations ("Registraties exporteren…" here, or
`vertrouwen registrations`); whoever makes the organisation's report picks those files here,
sees the merged counts (the same core functions as `stats --from`: a record in two files counts
once, a changed file is refused naming it) and saves the PDF. No vault is read for this: the
files hold no case codes, no text and no client identity.
"""

from __future__ import annotations

from pathlib import Path

from ui.core.enum_labels import ui_language
from ui.core.messages import describe
from ui.features.reports.data import (
    current_name,
    figure_captions,
    key_figures,
    previous_name,
    rows_for,
    sections,
    total_for,
)
from ui.features.reports.widgets import BarSection, KeyTile, tile_grid
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import label
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.errors import VertrouwenError
from vertrouwen.reports import Period, Stats
from vertrouwen.reports.service import read_registration_files, stats_from

# what the merged view shows; the PDF holds every breakdown
SHOWN = ("by_organisation_kind", "questions", "by_municipality", "activities", "by_organisation")


class OrganisationReportDialog(QDialog):
    """Pick registration files, see the merged counts of a year, save the PDF."""

    def __init__(
        self, dialogs: Dialogs, year: int, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.folder = folder
        self.files: list[Path] = []
        self.stats: Stats | None = None
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Organisatierapportage"))
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Organisatierapportage"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Voeg de registratiebestanden van de vertrouwenspersonen toe. Ze bevatten "
                    "geen dossiercodes, geen tekst en geen cliëntgegevens; een registratie die "
                    "in twee bestanden staat, telt één keer."
                ),
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Bestand toevoegen…"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.year = QSpinBox()
        self.year.setRange(1900, 2100)
        self.year.setValue(year)
        self.year.setPrefix(self.tr("Jaar "))
        self.year.setAccessibleName(self.tr("Jaar"))
        for widget in (self.add_button, self.remove_button, self.year):
            side.addWidget(widget)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        self.status = label("", "muted", wrap=True)
        layout.addWidget(self.status)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        self.tiles = {key: KeyTile(caption) for key, caption in figure_captions().items()}
        column.addLayout(tile_grid(list(self.tiles.values())))
        texts = {s.key: s for s in sections()}
        self.sections = {
            key: BarSection(key, texts[key].title, texts[key].note, texts[key].column)
            for key in SHOWN
        }
        for section in self.sections.values():
            column.addWidget(section)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)

        buttons = QDialogButtonBox()
        self.pdf_button = buttons.addButton(
            self.tr("Als PDF opslaan…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.setProperty("kind", "primary")
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_file)
        self.remove_button.clicked.connect(self._remove)
        self.year.valueChanged.connect(lambda _v: self.recount())
        self.pdf_button.clicked.connect(self.save_pdf)
        self.recount()

    # -- files -----------------------------------------------------------------------------
    def add_file(self) -> None:
        path = self.dialogs.open_file(
            self.tr("Registratiebestand kiezen"),
            self.folder,
            self.tr("Registratiebestanden (*.json)"),
        )
        if path is None:
            return
        self.folder = path.parent
        self.files.append(path)
        self.list.addItem(str(path))
        self.recount()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self.list.takeItem(row)
            self.recount()

    # -- counting ------------------------------------------------------------------------------
    def recount(self) -> None:
        """Merge the chosen files for the chosen year (small files: read here, at once)."""
        self.stats = None
        year = self.year.value()
        if not self.files:
            self._show_none(self.tr("Nog geen bestanden gekozen."))
            return
        try:
            found = read_registration_files(self.files, year)
        except VertrouwenError as exc:
            self._show_none(describe(exc, "reports"))
            self.status.setProperty("role", "error")
            self.status.style().polish(self.status)
            return
        self.stats = stats_from(found, Period.year(year))
        self.status.setProperty("role", "muted")
        self.status.style().polish(self.status)
        self.status.setText(
            self.tr("{0} bestand(en), {1} zaken in {2}, drempel {3}.").format(
                len(found.sources), self.stats.cases, year, self.stats.threshold
            )
        )
        self.scroll_area.setVisible(True)
        self.pdf_button.setEnabled(True)
        names = (current_name(self.stats), previous_name(self.stats))
        for figure in key_figures(self.stats):
            before = self.tr("{0} in {1}").format(figure.previous, year - 1)
            self.tiles[figure.key].show_figure(figure.value, figure.change, before)
        lang = ui_language()
        for key, section in self.sections.items():
            section.show_rows(rows_for(self.stats, key, lang), total_for(self.stats, key), names)

    def _show_none(self, why: str) -> None:
        self.status.setText(why)
        self.scroll_area.setVisible(False)
        self.pdf_button.setEnabled(False)

    # -- the PDF -------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self.stats is None:
            return
        year = self.year.value()
        target = self.dialogs.save_file(
            self.tr("Organisatierapportage opslaan"),
            self.folder / self.tr("Organisatierapportage {0}.pdf").format(year),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if any(target.resolve() == f.resolve() for f in self.files):
            self.dialogs.warn(
                self.tr("Niet opgeslagen"),
                self.tr("Kies een andere naam: dit is een van de registratiebestanden."),
            )
            return
        from vertrouwen.export.pdfkit import write_pdf
        from vertrouwen.reports.pdf import render_year_report

        try:
            write_pdf(target, render_year_report(self.stats, year, sources=len(self.files)))
        except (VertrouwenError, OSError) as exc:
            self.dialogs.warn(self.tr("Niet opgeslagen"), describe(exc, "export"))
            return
        self.saved = target
        self.status.setText(self.tr("Opgeslagen als {0}").format(target.name))
