"""Vandaag: what needs attention over all cases, and the way into each case.

The agenda (overdue and coming actions, deadlines running out within a month) is grouped as
Verlopen / Vandaag / Deze week / Later. It is the first screen after unlocking and must stay
quick at 100,000 cases, so it is gathered on the worker in short jobs (`vertrouwen.agenda`):
the case counts; each group's action count and first rows (SQL); then the deadlines in batches
of case ids of about 50 ms each, every batch submitted when the previous one is back, so a
job of another screen (the Dossiers list's first rows) waits for one batch at most. The list
shows each group's first rows and a "toon meer" row; the model holds only those.

A click on a row emits `open_case_requested(code)`; the window shows that case in Dossiers.
The calendar export writes the same deadlines and actions as an .ics file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from ui import theme
from ui.areas.base import Area, EmptyState
from ui.areas.today_agenda import AgendaView
from ui.assets import icon
from ui.calendar_export import export_to_calendar
from ui.dialogs import Dialogs
from ui.help import key_text
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
from vertrouwen.agenda import (
    FIRST_ROWS,
    ActionGroup,
    AgendaBook,
    AgendaItem,
    DeadlineBatch,
    When,
    action_counts,
    action_groups,
    deadline_batch,
    first_actions,
)
from vertrouwen.routes.model import Route

SIDE_WIDTH = 300
MORE_ROWS = 100  # rows a click on "toon meer" adds to a group


class TodayArea(Area):
    """The start screen after unlocking."""

    area_id = "today"
    icon_name = "today"
    open_case_requested = Signal(str)  # a case code; window.py shows it in Dossiers

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, dialogs, parent)
        self.book: AgendaBook | None = None  # the agenda shown (plain data)
        self._job = 0
        self._shown = dict.fromkeys(When, FIRST_ROWS)  # rows shown per group
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
        self.agenda.show_more.connect(lambda group: self.show_more(When(group)))
        self.empty = EmptyState(
            "check",
            self.tr("Niets dat om aandacht vraagt"),
            self.tr(
                "Hier verschijnen termijnen die binnen een maand verlopen en afspraken die "
                "binnen twee weken klaar moeten zijn, van al je open dossiers."
            ),
        )
        self.waiting = QWidget()  # the first load at 100,000 cases takes a moment
        self.stack.addWidget(self.agenda)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.waiting)
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
            (key_text("Ctrl+N"), self.tr("Nieuw dossier")),
            (key_text("Ctrl+F"), self.tr("Zoeken in dossiers")),
            (key_text("Ctrl+1") + "\u20134", self.tr("Wisselen tussen de onderdelen")),
            (key_text("Ctrl+L"), self.tr("Kluis vergrendelen")),
            (key_text("F1"), self.tr("Spoed: crisisnummers")),
            (key_text("Shift+F1"), self.tr("Handleiding")),
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
    @property
    def items(self) -> list[AgendaItem]:
        """The agenda rows shown, in order."""
        return self.agenda.items()

    def activate(self) -> None:
        """Gather the agenda anew on the worker (cases may have changed since). What is shown
        stays until the new agenda is complete, then it is replaced in one go."""
        self._job += 1
        today = clock.today()
        text = QLocale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy")
        self.date_line.setText(text[:1].upper() + text[1:])
        self.loading.setText(self.tr("Agenda bijwerken\u2026"))
        self.loading.show()
        if self.book is None:
            self.stack.setCurrentWidget(self.waiting)  # not "nothing to do" before we know
        shown = dict(self._shown)
        book = AgendaBook(today)
        # One short job after another, each submitted when the previous one is back: another
        # screen's job (the Dossiers list's first rows) waits for one step at most.
        self._then(
            lambda ws: (ws.agenda.count_open_cases(), ws.cases.count()),
            lambda counts: self._show_counts(*counts),
            lambda ws: (ws.user_routes.all_routes(), action_counts(ws, today)),
            lambda got: self._counted(book, shown, *got),
        )

    def _then(self, *steps: Callable[[Any], Any]) -> None:
        """Run (job, callback) pairs in turn on the worker for the current request; a newer
        request or a lock ends the chain."""
        if not steps:
            return
        job = self._job
        fn, callback, rest = steps[0], steps[1], steps[2:]

        def done(result: Any) -> None:
            if job == self._job:
                callback(result)
                self._then(*rest)

        self.worker.submit(fn, done, lambda exc: job == self._job and self._failed(exc))

    def _show_counts(self, open_cases: int, total: int) -> None:
        locale = QLocale()
        self.case_count.setText(locale.toString(open_cases))
        self.case_total.setText(
            self.tr("van de {0} dossiers in je kluis").format(locale.toString(total))
        )

    def _counted(
        self,
        book: AgendaBook,
        shown: dict[When, int],
        routes: Mapping[str, Route],
        counts: dict[When, int],
    ) -> None:
        today = book.today
        self._then(
            lambda ws: action_groups(ws, today, shown, counts=counts),
            lambda groups: self._batch(book, routes, groups, 0),
        )

    def _batch(
        self,
        book: AgendaBook,
        routes: Mapping[str, Route],
        groups: dict[When, ActionGroup],
        start_id: int,
    ) -> None:
        book.actions.update(groups)
        today = book.today
        self._then(
            lambda ws: deadline_batch(ws, today, routes, start_id),
            lambda batch: self._batch_done(book, routes, batch),
        )

    def _batch_done(
        self, book: AgendaBook, routes: Mapping[str, Route], batch: DeadlineBatch
    ) -> None:
        book.add_deadlines(batch.items)
        if batch.next_id is not None:
            done = 100 * batch.next_id // max(batch.last_id, 1)
            self.loading.setText(self.tr("Agenda bijwerken\u2026 {0}%").format(done))
            self._batch(book, routes, {}, batch.next_id)
            return
        self.loading.hide()
        self.book = book
        self._show()

    def _show(self) -> None:
        book = self.book
        if book is None:
            return
        locale = QLocale()
        counts = {group: book.count(group) for group in When}
        parts = []
        if counts[When.OVERDUE]:
            parts.append(self.tr("{0} verlopen").format(locale.toString(counts[When.OVERDUE])))
        if counts[When.TODAY]:
            parts.append(self.tr("{0} vandaag").format(locale.toString(counts[When.TODAY])))
        if counts[When.WEEK]:
            parts.append(self.tr("{0} deze week").format(locale.toString(counts[When.WEEK])))
        if counts[When.LATER]:
            parts.append(self.tr("{0} later").format(locale.toString(counts[When.LATER])))
        self.summary.setText(" \u00b7 ".join(parts))
        self.agenda.model_.show_book(book, self._shown)
        self.stack.setCurrentWidget(self.agenda if book.total else self.empty)

    def show_more(self, group: When) -> None:
        """Show `MORE_ROWS` more rows of `group` (fetching its next actions when needed)."""
        book = self.book
        if book is None:
            return
        self._shown[group] += MORE_ROWS
        wanted = self._shown[group]
        if book.has_first(group, wanted):
            self._grow(book, group, wanted)
            return
        today = book.today
        count = book.actions[group].count

        def fetched(first: tuple[AgendaItem, ...]) -> None:
            if book is self.book:  # not replaced by a newer agenda meanwhile
                book.actions[group] = ActionGroup(count, first)
                self._grow(book, group, wanted)

        self._then(lambda ws: first_actions(ws, today, group, wanted), fetched)

    def _grow(self, book: AgendaBook, group: When, wanted: int) -> None:
        first_new = self.agenda.model_.grow(book, group, wanted)
        if first_new >= 0:  # the keyboard carries on at the first row that came in
            self.agenda.setCurrentIndex(self.agenda.model_.index(first_new))

    def _failed(self, exc: Exception) -> None:
        self.loading.hide()
        self.summary.setText(self.tr("De agenda kon niet worden bijgewerkt: {0}").format(exc))

    def export_calendar(self) -> None:
        export_to_calendar(self.worker, self.dialogs, self)

    def clear(self) -> None:
        self._job += 1
        self.book = None
        self._shown = dict.fromkeys(When, FIRST_ROWS)
        self.agenda.clear()
        self.summary.setText("")
        self.loading.hide()
        self.case_count.setText("\u2014")
        self.case_total.setText("")
        self.stack.setCurrentWidget(self.empty)
        super().clear()
