"""Vandaag: what needs attention over all cases, and the way into each case.

The agenda (overdue and coming actions, deadlines running out within a month) is grouped as
Verlopen / Vandaag / Deze week / Later. It is the first screen after unlocking and must stay
quick at 100,000 cases, so it is gathered on the worker in short jobs (`vertrouwen.agenda`):
the case counts; each group's action count and first rows (SQL); then the deadlines in batches
of case ids of about 50 ms each, every batch submitted when the previous one is back, so a
job of another screen (the Dossiers list's first rows) waits for one batch at most. The list
shows each group's first rows and a "toon meer" row; the model holds only those.

The first time after an unlock the rows come as they are found: the actions as soon as their
query is back, the deadlines of each stretch of cases after it (the list is refreshed at most
every `PARTIAL_EVERY` seconds, keeping the selected row and the scroll position), while
"Agenda bijwerken… n%" says the list is not complete yet. At 264,000 cases the deadlines take
many seconds; the actions show within one. A later refresh replaces the list in one go.

A click on a row emits `open_case_requested(code)`; the window shows that case in Dossiers.
The calendar export writes the same deadlines and actions as an .ics file.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, TypeVar

from ui.core import theme
from ui.core.assets import icon
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.features.today.agenda import AgendaView
from ui.features.today.calendar_export import export_to_calendar
from ui.kit.accessible import key_text
from ui.kit.area import Area, EmptyState
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import frame, label
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLocale,
    QMenu,
    QPoint,
    QPushButton,
    QSize,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
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
    hide_term,
    set_action_done,
    show_term,
)
from vertrouwen.domain import Owner
from vertrouwen.routes.model import Route
from vertrouwen.workspace import Workspace

R = TypeVar("R")
Job = Callable[[Workspace], object]  # runs on the worker with the open Workspace
Step = tuple[Callable[[Workspace], Any], Callable[[Any], None]]  # a job and what takes its result

SIDE_WIDTH = 300
MORE_ROWS = 100  # rows a click on "toon meer" adds to a group
SNOOZE_DAYS = 7
PARTIAL_EVERY = 0.5  # seconds between refreshes of a list still being gathered


class TodayArea(Area):
    """The start screen after unlocking."""

    area_id = "today"
    icon_name = "today"
    # a case code and the row's item ("action:<id>" / "term:<step>"); window.py shows it
    open_case_requested = Signal(str, str)

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, dialogs, parent)
        self.book: AgendaBook | None = None  # the agenda shown, once complete (plain data)
        self.partial: AgendaBook | None = None  # the first one, shown while it is gathered
        self._partial_at = 0.0  # when the partial agenda was last shown (monotonic seconds)
        self._keep_row: int | None = None  # the row to select again after an act
        self._job = 0
        self._shown = dict.fromkeys(When, FIRST_ROWS)  # rows shown per group
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(18)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(2)
        self.greeting = label(self._greeting(), "title")  # again at each activate: the shell
        heading.addWidget(self.greeting)  # is built while the unlock screen shows
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
        agenda, agenda_layout = frame("Panel", (22, 18, 22, 12))
        agenda_layout.setSpacing(4)
        agenda_head = QHBoxLayout()
        agenda_head.addWidget(label(self.tr("Vraagt aandacht"), "section"), 1)
        self.loading = label(self.tr("Agenda bijwerken\u2026"), "faint")
        self.loading.hide()
        agenda_head.addWidget(self.loading)
        agenda_layout.addLayout(agenda_head)
        self.summary = label("", "muted", wrap=True)
        agenda_layout.addWidget(self.summary)
        agenda_layout.addLayout(self._build_tools())
        self.stack = QStackedWidget()
        self.agenda = AgendaView()
        self.agenda.setAccessibleName(self.tr("Vraagt aandacht"))
        self.agenda.open_case.connect(self.open_case_requested)
        self.agenda.show_more.connect(lambda group: self.show_more(When(group)))
        self.agenda.tick_requested.connect(self.tick_off)
        self.agenda.selectionModel().currentChanged.connect(lambda *_a: self._enable_tools())
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda.customContextMenuRequested.connect(self._row_menu)
        self._enable_tools()
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
        self.stack.setCurrentWidget(self.waiting)  # until the first agenda is in
        agenda_layout.addWidget(self.stack, 1)
        agenda_layout.addWidget(
            label(
                self.tr(
                    "Afspraken tot twee weken vooruit, termijnen tot een maand vooruit. "
                    "Klik op een regel om het dossier te openen; spatie vinkt een afspraak af."
                ),
                "faint",
                wrap=True,
            )
        )
        body.addWidget(agenda, 1)
        self._body = body  # the side column comes in build_later()
        layout.addLayout(body, 1)

    def build_later(self) -> list[Callable[[], None]]:
        """The cards beside the agenda, in a turn of their own: the whole area in one took
        20-30 ms of the UI thread (issue 16)."""
        return [lambda: self._body.addLayout(self._side_column())]

    def _build_tools(self) -> QHBoxLayout:
        """Who must act (a filter), and what to do with the selected row: tick an action
        off, snooze or dismiss a term; the last of those can be undone."""
        row = QHBoxLayout()
        row.setSpacing(8)
        who_label = QLabel(self.tr("&Wie moet handelen:"))
        self.who = QComboBox()
        for text, value in (
            (self.tr("Iedereen"), ""),
            (self.tr("Ik"), Owner.ADVISOR.value),
            (self.tr("Cliënt"), Owner.CLIENT.value),
            (self.tr("Organisatie"), Owner.ORGANISATION.value),
            (self.tr("Anderen"), Owner.OTHER.value),
        ):
            self.who.addItem(text, value)
        self.who.setMaxVisibleItems(self.who.count())  # five choices: no scrolling
        who_label.setBuddy(self.who)
        self.who.setAccessibleName(self.tr("Wie moet handelen"))
        self.who.currentIndexChanged.connect(lambda _i: self._who_changed())
        row.addWidget(who_label)
        row.addWidget(self.who)
        row.addStretch(1)
        self.undo_note = label("", "faint")
        self.undo_button = QPushButton(self.tr("&Ongedaan maken"))
        self.undo_button.setProperty("kind", "ghost")
        self.undo_button.clicked.connect(self.undo_last)
        self.tick_button = QPushButton(icon("check", theme.PRIMARY), self.tr("Af&vinken"))
        self.tick_button.setToolTip(self.tr("De gekozen afspraak is gedaan (spatie)"))
        self.tick_button.clicked.connect(self.tick_off)
        self.snooze_button = QPushButton(self.tr("Week &uitstellen"))
        self.snooze_button.setToolTip(
            self.tr("De gekozen termijn een week niet tonen; daarna komt hij terug")
        )
        self.snooze_button.clicked.connect(lambda: self.hide_term(SNOOZE_DAYS))
        self.dismiss_button = QPushButton(self.tr("&Afgehandeld"))
        self.dismiss_button.setToolTip(
            self.tr(
                "De gekozen termijn heb je gezien en afgehandeld: niet meer tonen. Hij komt "
                "terug als de termijn opnieuw gaat lopen."
            )
        )
        self.dismiss_button.clicked.connect(lambda: self.hide_term(None))
        for widget in (
            self.undo_note,
            self.undo_button,
            self.tick_button,
            self.snooze_button,
            self.dismiss_button,
        ):
            row.addWidget(widget)
        self._undo: tuple[str, Job] | None = None
        self._show_undo()
        return row

    def _side_column(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.setSpacing(16)
        cases_card, cases_card_layout = frame("Panel", (20, 16, 20, 16))
        cases_card.setFixedWidth(SIDE_WIDTH)
        cases_card_layout.setSpacing(4)
        cases_card_layout.addWidget(label(self.tr("Open dossiers"), "section"))
        self.case_count = QLabel("\u2014")
        self.case_count.setStyleSheet(
            f"font-size: {theme.pt(34)}pt; font-weight: 600; color: {theme.PRIMARY};"
        )
        cases_card_layout.addWidget(self.case_count)
        self.case_total = label("", "faint")
        cases_card_layout.addWidget(self.case_total)
        side.addWidget(cases_card)

        keys_card, keys_card_layout = frame("Panel", (20, 16, 20, 16))
        keys_card.setFixedWidth(SIDE_WIDTH)
        keys_card_layout.addWidget(label(self.tr("Sneltoetsen"), "section"))
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
                f" border-radius: 5px; padding: 1px 7px; font-size: {theme.pt(12)}pt;"
                " font-weight: 600;"
            )
            grid.addWidget(key_label, row, 0)
            grid.addWidget(label(what, "muted", wrap=True), row, 1)
        grid.setColumnStretch(1, 1)
        keys_card_layout.addLayout(grid)
        side.addWidget(keys_card)

        safe_card, safe_card_layout = frame("Panel", (20, 16, 20, 16))
        safe_card.setFixedWidth(SIDE_WIDTH)
        safe_row = QHBoxLayout()
        shield = QLabel()
        shield.setPixmap(icon("shield", theme.SUCCESS).pixmap(24, 24))
        safe_row.addWidget(shield)
        safe_row.addWidget(label(self.tr("Versleuteld op deze computer"), "subtitle", wrap=True), 1)
        safe_card_layout.addLayout(safe_row)
        safe_card_layout.addWidget(
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

    @classmethod
    def caption(cls) -> str:
        return QCoreApplication.translate("TodayArea", "Vandaag")

    # -- loading ---------------------------------------------------------------------------
    @property
    def items(self) -> list[AgendaItem]:
        """The agenda rows shown, in order."""
        return self.agenda.items()

    def activate(self) -> None:
        """Gather the agenda anew on the worker (cases may have changed since). What is shown
        stays until the new agenda is complete, then it is replaced in one go."""
        self._job += 1
        self.greeting.setText(self._greeting())
        today = clock.today()
        text = QLocale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy")
        self.date_line.setText(text[:1].upper() + text[1:])
        self.loading.setText(self.tr("Agenda bijwerken\u2026"))
        self.loading.show()
        if self.book is None:
            self.stack.setCurrentWidget(self.waiting)  # not "nothing to do" before we know
        shown = dict(self._shown)
        who = str(self.who.currentData() or "")
        book = AgendaBook(today, who=who)
        self.partial = book if self.book is None else None  # shown while it is gathered
        # One short job after another, each submitted when the previous one is back: another
        # screen's job (the Dossiers list's first rows) waits for one step at most. The
        # actions first: they are the first rows to show.
        self._then(
            (
                lambda ws: (ws.user_routes.all_routes(), action_counts(ws, today, who=who)),
                lambda got: self._counted(book, shown, *got),
            ),
        )

    def _then(self, *steps: Step) -> None:
        """Run (job, callback) pairs in turn on the worker for the current request; a newer
        request or a lock ends the chain."""
        if not steps:
            return
        job = self._job
        (fn, callback), rest = steps[0], steps[1:]

        def done(result: Any) -> None:
            if job == self._job:
                callback(result)
                self._then(*rest)

        def failed(exc: Exception) -> None:
            if job == self._job:
                self._failed(exc)

        self.worker.submit(fn, done, failed)

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
        today, who = book.today, book.who
        self._then(
            (
                lambda ws: action_groups(ws, today, shown, counts=counts, who=who),
                lambda groups: self._actions_found(book, groups),
            ),
            (
                lambda ws: (ws.agenda.count_open_cases(), ws.cases.count()),
                lambda counts: self._show_counts(*counts),
            ),
            (
                lambda ws: deadline_batch(ws, today, routes, 0),
                lambda batch: self._batch_done(book, routes, batch),
            ),
        )

    def _actions_found(self, book: AgendaBook, groups: dict[When, ActionGroup]) -> None:
        book.actions.update(groups)
        if book is self.partial:  # the first agenda since the unlock: its first rows now
            self._show_partial(book)

    def _show_partial(self, book: AgendaBook) -> None:
        self._partial_at = time.monotonic()
        self._show(book)

    def _batch_done(
        self, book: AgendaBook, routes: Mapping[str, Route], batch: DeadlineBatch
    ) -> None:
        book.add_deadlines(batch.items)
        if batch.next_id is not None:
            done = 100 * batch.next_id // max(batch.last_id, 1)
            self.loading.setText(self.tr("Agenda bijwerken\u2026 {0}%").format(done))
            due = time.monotonic() - self._partial_at >= PARTIAL_EVERY
            if book is self.partial and batch.items and due:
                self._show_partial(book)
            today, start_id = book.today, batch.next_id
            self._then(
                (
                    lambda ws: deadline_batch(ws, today, routes, start_id),
                    lambda more: self._batch_done(book, routes, more),
                )
            )
            return
        self.loading.hide()
        self.book = book
        self.partial = None
        self._show(book)

    def _show(self, book: AgendaBook | None = None) -> None:
        book = book or self.book
        if book is None:
            return
        keep = self.agenda.current_item() if self._keep_row is None else None
        scrolled = self.agenda.verticalScrollBar().value()
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
        if keep is not None:  # rows came in above or below it: the same row stays selected
            found = next(
                (r for r in range(self.agenda.model_.rowCount())
                 if self.agenda.model_.item_at(r) == keep),
                None,
            )  # fmt: skip
            if found is not None:
                self.agenda.setCurrentIndex(self.agenda.model_.index(found))
            self.agenda.verticalScrollBar().setValue(scrolled)
        if self._keep_row is not None:  # after ticking off: carry on at the same place
            row = min(self._keep_row, self.agenda.model_.rowCount() - 1)
            self._keep_row = None
            while row > 0 and self.agenda.model_.item_at(row) is None:
                row -= 1
            if row >= 0:
                self.agenda.setCurrentIndex(self.agenda.model_.index(row))
        self._enable_tools()

    def show_more(self, group: When) -> None:
        """Show `MORE_ROWS` more rows of `group` (fetching its next actions when needed)."""
        book = self.book or self.partial
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
            if book is self.book or book is self.partial:  # not replaced meanwhile
                book.actions[group] = ActionGroup(count, first)
                self._grow(book, group, wanted)

        who = book.who
        self._then((lambda ws: first_actions(ws, today, group, wanted, who=who), fetched))

    def _grow(self, book: AgendaBook, group: When, wanted: int) -> None:
        first_new = self.agenda.model_.grow(book, group, wanted)
        if first_new >= 0:  # the keyboard carries on at the first row that came in
            self.agenda.setCurrentIndex(self.agenda.model_.index(first_new))

    def _failed(self, exc: Exception) -> None:
        self.loading.hide()
        self.summary.setText(
            self.tr("De agenda kon niet worden bijgewerkt: {0}").format(describe(exc, "today"))
        )

    def export_calendar(self) -> None:
        export_to_calendar(self.worker, self.dialogs, self)

    # -- acting on a row ---------------------------------------------------------------------
    def _enable_tools(self) -> None:
        item = self.agenda.current_item()
        self.tick_button.setEnabled(item is not None and item.kind == "action")
        for button in (self.snooze_button, self.dismiss_button):
            button.setEnabled(item is not None and item.kind == "deadline")

    def _row_menu(self, at: QPoint) -> None:
        index = self.agenda.indexAt(at)
        if not index.isValid() or self.agenda.model_.item_at(index.row()) is None:
            return
        self.agenda.setCurrentIndex(index)
        menu = QMenu(self)
        for button in (self.tick_button, self.snooze_button, self.dismiss_button):
            if button.isEnabled():
                menu.addAction(button.text().replace("&", ""), button.click)
        menu.exec(self.agenda.viewport().mapToGlobal(at))

    def _who_changed(self) -> None:
        self._shown = dict.fromkeys(When, FIRST_ROWS)
        self.activate()

    def tick_off(self) -> None:
        """The selected action is done: stored in its case (undoable here and in the case)."""
        item = self.agenda.current_item()
        if item is None or item.kind != "action" or item.action_id is None:
            return
        code, action_id = item.code, item.action_id
        self._act(
            lambda ws: set_action_done(ws, code, action_id, True),
            self.tr("Afspraak van {0} afgevinkt.").format(code),
            lambda new_id: lambda ws: set_action_done(ws, code, new_id, False),
        )

    def hide_term(self, days: int | None) -> None:
        """Snooze the selected term for `days`, or (None) mark it dealt with."""
        item = self.agenda.current_item()
        if item is None or item.kind != "deadline":
            return
        until = clock.today() + timedelta(days=days) if days else None
        note = (
            self.tr("Termijn van {0} een week uitgesteld.").format(item.code)
            if days
            else self.tr("Termijn van {0} afgehandeld.").format(item.code)
        )
        self._act(
            lambda ws: hide_term(ws, item, until), note, lambda _r: lambda ws: show_term(ws, item)
        )

    def undo_last(self) -> None:
        if self._undo is None:
            return
        _note, undo = self._undo
        self._undo = None
        self._show_undo()
        self.worker.submit(undo, lambda _r: self.activate(), self._failed)

    def _act(self, job: Callable[[Workspace], R], note: str, undo_of: Callable[[R], Job]) -> None:
        """Run `job` on the worker, then offer `undo_of(its result)` and reload the agenda."""
        row = self.agenda.currentIndex().row()

        def done(result: R) -> None:
            self._undo = (note, undo_of(result))
            self._show_undo()
            self._keep_row = row
            self.activate()

        self.worker.submit(job, done, self._failed)

    def _show_undo(self) -> None:
        self.undo_note.setText(self._undo[0] if self._undo else "")
        self.undo_note.setVisible(self._undo is not None)
        self.undo_button.setVisible(self._undo is not None)

    def clear(self) -> None:
        self._undo = None
        self._show_undo()
        self._job += 1
        self.book = None
        self.partial = None
        self._shown = dict.fromkeys(When, FIRST_ROWS)
        self.agenda.clear()
        self.summary.setText("")
        self.loading.hide()
        self.case_count.setText("\u2014")
        self.case_total.setText("")
        self.stack.setCurrentWidget(self.empty)
        super().clear()
