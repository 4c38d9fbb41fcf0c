"""Rapportage: the anonymous counts, as a municipality's policy officer reads them.

Filters (period, regime, organisation kind) run `stats_for` on the worker's reader thread (a
connection of its own, so opening a case never waits behind the counts); the screen
shows key figures against the same period a year earlier, new cases per month, and every
breakdown as a table with its bars beside it. Organisation names appear only at or above the
vault's threshold (`report_threshold`, changed here); no free text and no case codes appear
anywhere. The yearly PDF and a CSV are written on the worker thread, atomically and audited,
by the same core functions the `stats` command uses (see `ui/features/reports/export.py`).
"""

from __future__ import annotations

from datetime import date

from ui.core import theme
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.features.reports.data import (
    calendar_year,
    current_name,
    figure_captions,
    is_empty,
    key_figures,
    language,
    period_text,
    previous_name,
    previous_text,
    rows_for,
    sections,
    total_for,
    trend_of,
)
from ui.features.reports.export import ExportBar
from ui.features.reports.filters import ReportFilters
from ui.features.reports.org import OrganisationReportDialog
from ui.features.reports.outside import OutsideRecordsDialog
from ui.features.reports.threshold import ThresholdControl
from ui.features.reports.widgets import BarSection, KeyTile, PairGrid, TrendSection, tile_grid
from ui.kit.area import Area, EmptyState, area_header
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import label
from ui.qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from vertrouwen import clock
from vertrouwen.reports import Period, Stats, stats_for, threshold_of, years_with_cases
from vertrouwen.reports.service import export_registrations, set_threshold
from vertrouwen.workspace import Workspace

WIDE = ("by_organisation_kind", "by_topic")
# two by two on a wide window, in reading pairs: who, what they wanted and got, how it ended
PAIRED = (
    "by_client_role",
    "by_age_band",
    "by_goal",
    "by_support",
    "by_step_reached",
    "by_result",
    "by_regime",
    "by_verdict",
    "questions",
    "by_question_topic",
    "by_municipality",
    "by_feedback",
    "by_signal_topic",
    "activities",
)
_SCROLLBAR_QSS = f"""
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {theme.FIELD_BORDER}; border-radius: 4px;
                              min-height: 40px; margin: 0 2px; }}
QScrollBar::handle:vertical:hover {{ background: {theme.FIELD_BORDER_HOVER}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


class ReportsArea(Area):
    """Anonymous counts per period, with filters, charts, tables and the yearly PDF."""

    area_id = "reports"
    icon_name = "reports"

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, dialogs, parent)
        self.stats: Stats | None = None
        self.has_cases = False
        self._request = 0  # only the newest count reaches the screen
        self._loaded = False
        self._busy_timer = QTimer(self, singleShot=True, interval=250)
        self._busy_timer.timeout.connect(lambda: self.busy_label.setVisible(True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 0)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(
            area_header(
                self.tr("Rapportage"),
                self.tr("Anonieme tellingen: geen namen, geen dossiercodes, geen notities."),
            ),
            1,
        )
        self.exports = ExportBar(
            worker, dialogs, lambda: (self.period(), *self.filter_bar.filters())
        )
        top.addWidget(self.exports)
        layout.addLayout(top)
        self.filter_bar: ReportFilters = ReportFilters()
        self.filter_bar.changed.connect(self.refresh)
        layout.addWidget(self.filter_bar)
        layout.addLayout(self._organisation_row())

        status = QHBoxLayout()
        self.scope_label = label("", "muted", wrap=True)
        self.busy_label: QLabel = label(self.tr("Bezig met tellen…"), "faint")
        status.addWidget(self.scope_label, 1)
        self.busy_label.hide()
        status.addWidget(self.busy_label)
        layout.addLayout(status)

        self.pages = QStackedWidget()
        self.empty = EmptyState("reports", "", "")
        self.pages.addWidget(self._content())
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        self._show_empty(first=True)

    @classmethod
    def caption(cls) -> str:
        return QCoreApplication.translate("ReportsArea", "Rapportage")

    def _organisation_row(self) -> QHBoxLayout:
        """Work outside cases, and the report over several advisors' vaults."""
        row = QHBoxLayout()
        row.setSpacing(8)
        self.outside_button = QPushButton(self.tr("Activiteiten en signalen…"))
        self.registrations_button = QPushButton(self.tr("Registraties exporteren…"))
        self.registrations_button.setToolTip(
            self.tr(
                "Je anonieme registraties van het jaar, voor een rapportage over de hele "
                "organisatie: geen dossiercodes, geen tekst, geen cliëntgegevens."
            )
        )
        self.organisation_button = QPushButton(self.tr("Organisatierapportage…"))
        self.outside_button.clicked.connect(self.edit_outside)
        self.registrations_button.clicked.connect(self.export_registrations)
        self.organisation_button.clicked.connect(self.organisation_report)
        for button in (self.outside_button, self.registrations_button, self.organisation_button):
            button.setProperty("kind", "link")
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _report_year(self) -> int:
        period = self.period()
        return calendar_year(period) or period.end.year

    def edit_outside(self) -> None:
        """Activities and signals outside cases (counted again when the dialog closes)."""
        dialog = OutsideRecordsDialog(self.worker, self.dialogs, self.filter_bar.today, self)
        self.dialogs.exec(dialog)
        if dialog.changed:
            self.refresh()

    def export_registrations(self) -> None:
        """This vault's registrations of the chosen year, for an organisation report."""
        year = self._report_year()
        suggested = self.exports._suggested(self.tr("Registraties {0}.json").format(year))
        target = self.dialogs.save_file(
            self.tr("Registraties opslaan"), suggested, self.tr("Registratiebestanden (*.json)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".json":
            target = target.with_suffix(".json")

        def job(ws: Workspace) -> int:
            return export_registrations(ws, year, target)

        self.worker.submit(
            job,
            lambda count: self.dialogs.inform(
                self.tr("Registraties opgeslagen"),
                self.tr(
                    "{0} zaken van {1} staan in {2}. Stuur dit bestand naar wie de "
                    "organisatierapportage maakt."
                ).format(count, year, target.name),
            ),
            self._failed,
        )

    def organisation_report(self) -> None:
        folder = self.exports._suggested("x").parent
        self.dialogs.exec(OrganisationReportDialog(self.dialogs, self._report_year(), folder, self))

    def _content(self) -> QScrollArea:
        texts = {s.key: s for s in sections()}
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 2, 12, 28)
        column.setSpacing(16)
        self.tiles = {key: KeyTile(caption) for key, caption in figure_captions().items()}
        column.addLayout(tile_grid(list(self.tiles.values())))
        self.trend = TrendSection(
            self.tr("Nieuwe zaken per maand"),
            self.tr(
                "Het aantal zaken dat in elke maand begon, naast dezelfde maand een jaar eerder; "
                "in de tabel ook de contactmomenten."
            ),
        )
        column.addWidget(self.trend)
        # names of organisations are long: their section gets a wider first column
        self.sections = {
            key: BarSection(key, t.title, t.note, t.column, 420 if key == "by_organisation" else 0)
            for key, t in texts.items()
        }
        for key in WIDE:
            column.addWidget(self.sections[key])
        column.addWidget(PairGrid([self.sections[key] for key in PAIRED]))
        self._organisation_note = texts["by_organisation"].note
        self.threshold = ThresholdControl()
        self.threshold.changed.connect(self._threshold_changed)
        self.sections["by_organisation"].extra.addWidget(self.threshold)
        column.addWidget(self.sections["by_organisation"])
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.verticalScrollBar().setStyleSheet(_SCROLLBAR_QSS)
        scroll.setWidget(body)
        self.scroller = scroll
        return scroll

    # -- loading -------------------------------------------------------------------------------
    def activate(self) -> None:
        self.cleared = False
        try:
            today = clock.today()
        except Exception:  # a malformed VERTROUWEN_TODAY: the calendar will do here
            today = date.today()
        self.filter_bar.today = today
        self.worker.submit(
            lambda ws: (
                years_with_cases(ws, today),
                threshold_of(ws),
                ws.registrations.span() is not None,
            ),
            self._loaded_years,
            self._failed,
        )

    def _loaded_years(self, result: tuple[list[int], int, bool]) -> None:
        years, threshold, has_cases = result
        self.has_cases = has_cases
        self.filter_bar.set_years(years)
        self.threshold.set_value(threshold)
        if self._loaded:
            self.refresh()  # back on this screen: cases may have changed meanwhile
            return
        self._loaded = True
        # the yearly report is written early in the year; later on, this year so far matters
        self.filter_bar.choose("last_year" if self.filter_bar.today.month <= 3 else "this_year")

    def choose_period(self, key: str) -> None:
        """Pick a period choice ("this_year", "last_year", "last_12", "year:YYYY")."""
        self.filter_bar.choose(key)

    def period(self) -> Period:
        return self.filter_bar.period()

    def refresh(self) -> None:
        """Count again with the current filters (on the worker thread)."""
        self.filter_bar.stop()
        self._request += 1
        request = self._request
        period, (regime, kind) = self.period(), self.filter_bar.filters()
        self._busy_timer.start()
        # on the reader thread: counting a career's registrations takes seconds, and the
        # worker stays free for opening a case meanwhile
        self.worker.submit_aside(
            lambda ws: stats_for(ws, period, regime, kind),
            lambda stats: self._show(request, stats),
            self._failed,
        )

    # -- showing -------------------------------------------------------------------------------
    def _show(self, request: int, stats: Stats) -> None:
        if request != self._request or self.cleared:
            return  # a newer count is on its way, or the vault locked
        self._busy_timer.stop()
        self.busy_label.hide()
        self.stats = stats
        self.exports.update_state()
        self.scope_label.setText(self._scope(stats))
        if is_empty(stats):
            self._show_empty()
            return
        self.pages.setCurrentIndex(0)
        names = (current_name(stats), previous_name(stats))
        year = calendar_year(stats.period)
        for figure in key_figures(stats):
            if not figure.previous:
                was = ""
            elif year is not None:
                was = self.tr("{0} in {1}").format(figure.previous, year - 1)
            else:
                was = self.tr("{0} een jaar eerder").format(figure.previous)
            self.tiles[figure.key].show_figure(figure.value, figure.change, was)
        self.trend.show_trend(trend_of(stats), names)
        lang = language()
        for key, section in self.sections.items():
            section.show_rows(rows_for(stats, key, lang), total_for(stats, key), names)
        self.sections["by_organisation"].note.setText(
            self._organisation_note.format(stats.threshold)
        )

    def _scope(self, stats: Stats) -> str:
        parts = [
            period_text(stats.period),
            self.tr("vergeleken met {0}").format(previous_text(stats)),
        ]
        regime, kind = self.filter_bar.filters()
        if regime:
            parts.append(self.tr("alleen {0}").format(self.filter_bar.regime_box.currentText()))
        if kind:
            parts.append(self.tr("alleen {0}").format(self.filter_bar.kind_box.currentText()))
        return " \u00b7 ".join(parts)

    def _show_empty(self, first: bool = False) -> None:
        if first or not self.has_cases:
            self.empty.title.setText(self.tr("Nog niets om te tellen"))
            self.empty.text.setText(
                self.tr(
                    "Zodra je dossiers registreert, zie je hier per periode de vragen en klachten "
                    "per soort organisatie en onderwerp, zonder namen of dossiercodes."
                )
            )
        else:
            self.empty.title.setText(self.tr("Geen zaken in deze periode"))
            self.empty.text.setText(
                self.tr(
                    "In deze periode en een jaar eerder liep geen enkele zaak die bij de filters "
                    "past. Kies een andere periode, of zet de filters op ‘alle’."
                )
            )
        self.pages.setCurrentWidget(self.empty)

    def _failed(self, exc: Exception) -> None:
        self._busy_timer.stop()
        self.busy_label.hide()
        if not self.cleared:
            self.dialogs.warn(self.tr("Tellen lukte niet"), describe(exc, "reports"))

    def _threshold_changed(self, value: int) -> None:
        self.worker.submit(
            lambda ws: set_threshold(ws, value), lambda _none: self.refresh(), self._failed
        )

    # -- locking -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Drop every count, name and year from the screen (the vault locked)."""
        super().clear()
        self._request += 1
        self.filter_bar.stop()
        self._busy_timer.stop()
        self.stats = None
        self.has_cases = False
        self.exports.clear()
        for tile in self.tiles.values():
            tile.clear()
        self.trend.clear()
        for section in self.sections.values():
            section.clear()
        self.scope_label.setText("")
        self.busy_label.hide()
        self.filter_bar.set_years([])
        self._show_empty(first=True)
