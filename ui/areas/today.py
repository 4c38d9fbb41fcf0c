"""Vandaag: what needs attention over all cases, and the way into each case.

The agenda (overdue and coming actions, deadlines running out within a month) is gathered on
the worker by `vertrouwen.agenda.collect` (~0.3 s at 10,000 cases, never on the UI thread) and
grouped as Verlopen / Vandaag / Deze week / Later. A click on a row emits
`open_case_requested(code)`; the window shows that case in Dossiers. The calendar export
writes the same deadlines and actions as an .ics file.
"""

from __future__ import annotations

from datetime import date, datetime

from ui import theme
from ui.areas.base import Area, EmptyState
from ui.areas.today_agenda import AgendaView
from ui.assets import icon
from ui.calendar_export import export_to_calendar
from ui.dialogs import Dialogs
from ui.qt import (
    QDate,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPushButton,
    QSize,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import frame, label
from ui.worker import VaultWorker
from vertrouwen import clock
from vertrouwen.agenda import AgendaItem, When, collect
from vertrouwen.vault.queries import CaseFilter
from vertrouwen.workspace import Workspace

SIDE_WIDTH = 300


class TodayArea(Area):
    """The start screen after unlocking."""

    area_id = "today"
    icon_name = "today"
    open_case_requested = Signal(str)  # a case code; window.py shows it in Dossiers

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, dialogs, parent)
        self.items: list[AgendaItem] = []
        self._job = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(18)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(label(self._greeting(), "title"))
        self.date_line = label("", "muted")
        heading.addWidget(self.date_line)
        top.addLayout(heading, 1)
        self.export_button = QPushButton(
            icon("calendar", theme.PRIMARY), self.tr("Exporteer naar agenda (.ics)")
        )
        self.export_button.setIconSize(QSize(16, 16))
        self.export_button.setToolTip(
            self.tr("Termijnen en afspraken van je open dossiers als agendabestand opslaan")
        )
        self.export_button.clicked.connect(self.export_calendar)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        agenda = frame("Panel", (22, 18, 22, 12))
        agenda.layout().setSpacing(4)
        agenda_head = QHBoxLayout()
        agenda_head.addWidget(label(self.tr("Vraagt aandacht"), "section"), 1)
        self.loading = label(self.tr("Agenda bijwerken\u2026"), "faint")
        self.loading.hide()
        agenda_head.addWidget(self.loading)
        agenda.layout().addLayout(agenda_head)
        self.summary = label("", "muted", wrap=True)
        agenda.layout().addWidget(self.summary)
        self.stack = QStackedWidget()
        self.agenda = AgendaView()
        self.agenda.open_case.connect(self.open_case_requested)
        self.empty = EmptyState(
            "check",
            self.tr("Niets dat om aandacht vraagt"),
            self.tr(
                "Hier verschijnen termijnen die binnen een maand verlopen en afspraken die "
                "binnen twee weken klaar moeten zijn, van al je open dossiers."
            ),
        )
        self.stack.addWidget(self.agenda)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        agenda.layout().addWidget(self.stack, 1)
        agenda.layout().addWidget(
            label(
                self.tr(
                    "Afspraken tot twee weken vooruit, termijnen tot een maand vooruit. "
                    "Klik op een regel om het dossier te openen."
                ),
                "faint",
                wrap=True,
            )
        )
        body.addWidget(agenda, 1)
        body.addLayout(self._side_column())
        layout.addLayout(body, 1)

    def _side_column(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.setSpacing(16)
        cases_card = frame("Panel", (20, 16, 20, 16))
        cases_card.setFixedWidth(SIDE_WIDTH)
        cases_card.layout().setSpacing(4)
        cases_card.layout().addWidget(label(self.tr("Open dossiers"), "section"))
        self.case_count = QLabel("\u2014")
        self.case_count.setStyleSheet(f"font-size: 34px; font-weight: 600; color: {theme.PRIMARY};")
        cases_card.layout().addWidget(self.case_count)
        self.case_total = label("", "faint")
        cases_card.layout().addWidget(self.case_total)
        side.addWidget(cases_card)

        keys_card = frame("Panel", (20, 16, 20, 16))
        keys_card.setFixedWidth(SIDE_WIDTH)
        keys_card.layout().addWidget(label(self.tr("Sneltoetsen"), "section"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        shortcuts = [
            ("Ctrl+N", self.tr("Nieuw dossier")),
            ("Ctrl+F", self.tr("Zoeken in dossiers")),
            ("Ctrl+1\u20134", self.tr("Wisselen tussen de onderdelen")),
            ("Ctrl+L", self.tr("Kluis vergrendelen")),
            ("F1", self.tr("Spoed: crisisnummers")),
        ]
        for row, (keys, what) in enumerate(shortcuts):
            key_label = QLabel(keys)
            key_label.setStyleSheet(
                f"background: {theme.BACKGROUND}; border: 1px solid {theme.BORDER};"
                " border-radius: 5px; padding: 1px 7px; font-size: 12px; font-weight: 600;"
            )
            grid.addWidget(key_label, row, 0)
            grid.addWidget(label(what, "muted", wrap=True), row, 1)
        grid.setColumnStretch(1, 1)
        keys_card.layout().addLayout(grid)
        side.addWidget(keys_card)

        safe_card = frame("Panel", (20, 16, 20, 16))
        safe_card.setFixedWidth(SIDE_WIDTH)
        row = QHBoxLayout()
        shield = QLabel()
        shield.setPixmap(icon("shield", theme.SUCCESS).pixmap(24, 24))
        row.addWidget(shield)
        row.addWidget(label(self.tr("Versleuteld op deze computer"), "subtitle", wrap=True), 1)
        safe_card.layout().addLayout(row)
        safe_card.layout().addWidget(
            label(
                self.tr(
                    "Er gaat niets naar internet. Bij afwezigheid gaat de kluis vanzelf op slot."
                ),
                "muted",
                wrap=True,
            )
        )
        side.addWidget(safe_card)
        side.addStretch(1)
        return side

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 12:
            return self.tr("Goedemorgen")
        if hour < 18:
            return self.tr("Goedemiddag")
        return self.tr("Goedenavond")

    def title(self) -> str:
        return self.tr("Vandaag")

    # -- loading ---------------------------------------------------------------------------
    def activate(self) -> None:
        """Gather the agenda anew on the worker (cases may have changed since)."""
        self._job += 1
        job = self._job
        today = clock.today()
        text = QLocale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy")
        self.date_line.setText(text[:1].upper() + text[1:])
        self.loading.show()

        def work(ws: Workspace) -> tuple[list[AgendaItem], int, int]:
            items = collect(ws, today, ws.user_routes.all_routes())
            open_cases = len(ws.queries.case_ids(CaseFilter(status="open")))
            return items, open_cases, ws.cases.count()

        self.worker.submit(work, lambda result: self._show(job, today, result), self._failed)

    def _show(self, job: int, today: date, result: tuple[list[AgendaItem], int, int]) -> None:
        if job != self._job:  # a newer request, or the vault locked meanwhile
            return
        self.loading.hide()
        self.items, open_cases, total = result
        self.case_count.setText(str(open_cases))
        self.case_total.setText(self.tr("van de {0} dossiers in je kluis").format(total))
        counts = {group: 0 for group in When}
        for item in self.items:
            counts[item.when(today)] += 1
        parts = []
        if counts[When.OVERDUE]:
            parts.append(self.tr("{0} verlopen").format(counts[When.OVERDUE]))
        if counts[When.TODAY]:
            parts.append(self.tr("{0} vandaag").format(counts[When.TODAY]))
        if counts[When.WEEK]:
            parts.append(self.tr("{0} deze week").format(counts[When.WEEK]))
        if counts[When.LATER]:
            parts.append(self.tr("{0} later").format(counts[When.LATER]))
        self.summary.setText(" \u00b7 ".join(parts))
        self.agenda.show_items(self.items, today)
        self.stack.setCurrentWidget(self.agenda if self.items else self.empty)

    def _failed(self, exc: Exception) -> None:
        self.loading.hide()
        self.summary.setText(self.tr("De agenda kon niet worden bijgewerkt: {0}").format(exc))

    def export_calendar(self) -> None:
        export_to_calendar(self.worker, self.dialogs, self)

    def clear(self) -> None:
        self._job += 1
        self.items = []
        self.agenda.clear()
        self.summary.setText("")
        self.case_count.setText("\u2014")
        self.case_total.setText("")
        self.stack.setCurrentWidget(self.empty)
        super().clear()
