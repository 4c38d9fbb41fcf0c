"""The case's route tab: the timeline of steps, the advice beside it, and the agreed actions.

Every change goes through `ctx.apply` (saved at once, undoable). The advice is computed on the
worker thread together with the route pool (built-in routes with the user's own laid over
them): the first `advise` of a process loads the holiday tables (~140 ms), later ones take
~0.3 ms, and the pool needs the vault anyway. A newer request makes older answers stale.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from ui.core import theme
from ui.core.assets import icon
from ui.core.route_text import SCROLLBARS, route_of
from ui.features.cases.case.base import CaseContext, CaseTab, Reveal
from ui.features.cases.case.route.actions import ActionsList
from ui.features.cases.case.route.advice import WARN_DAYS, AdvicePanel
from ui.features.cases.case.route.dialogs import ActionDialog, StepDialog
from ui.features.cases.case.route.timeline import RouteTimeline
from ui.kit.widgets import frame, label
from ui.qt import (
    QAction,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QResizeEvent,
    QScrollArea,
    QSize,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from vertrouwen import clock
from vertrouwen.domain.model import Action, Case, Step
from vertrouwen.routes import Route
from vertrouwen.routes.advice import Advice, advise
from vertrouwen.routes.terms import Calendar
from vertrouwen.workspace import Workspace

T = TypeVar("T")


def _find(items: list[T], index: int, shown: T) -> int | None:
    """Where the item the user acted on is now (the list may have changed meanwhile)."""
    if 0 <= index < len(items) and items[index] == shown:
        return index
    return next((n for n, item in enumerate(items) if item == shown), None)


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class RouteTab(CaseTab):
    """Route, timeline, advice and actions of the case in `ctx`."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case: Case | None = None
        self.pool: dict[str, Route] = {}
        self.advice: Advice | None = None
        self._target = ""  # an item from Vandaag to show once the advice is in
        self._job = 0
        # One scroll area; the advice sits beside the timeline when there is room, below it
        # when the case screen is narrow (the list beside it, a small laptop).
        content = QWidget()
        self.grid = QGridLayout(content)
        self.grid.setContentsMargins(0, 0, 6, 0)
        self.grid.setSpacing(16)
        self.scroll_area = scroll = _scroll(content)
        scroll.setStyleSheet(SCROLLBARS)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)

        route_panel, route_panel_layout = frame("Panel", (20, 16, 20, 16))
        self.route_panel = route_panel
        route_panel_layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Klachtroute"), "section"), 1)
        self.route_button = QPushButton(self.tr("Andere route"))
        self.route_button.setProperty("kind", "ghost")
        self.route_menu = QMenu(self.route_button)
        self.route_button.setMenu(self.route_menu)
        self.manage_button = QPushButton(self.tr("Routes beheren\u2026"))
        self.manage_button.setProperty("kind", "ghost")
        self.manage_button.clicked.connect(self.manage_routes)
        self.manage_button.setVisible(ctx.services is not None)
        head.addWidget(self.route_button)
        head.addWidget(self.manage_button)
        route_panel_layout.addLayout(head)
        self.route_name = label("", "subtitle", wrap=True)
        self.route_note = label("", "faint", wrap=True)
        route_panel_layout.addWidget(self.route_name)
        route_panel_layout.addWidget(self.route_note)
        route_panel_layout.addSpacing(8)
        self.timeline = RouteTimeline()
        route_panel_layout.addWidget(self.timeline)
        self.record_button = QPushButton(icon("plus", theme.PRIMARY), self.tr("Stap vastleggen"))
        self.record_button.setIconSize(QSize(16, 16))
        self.record_button.setToolTip(
            self.tr("Een stap vastleggen, ook een die niet geadviseerd is")
        )
        self.record_button.clicked.connect(lambda: self.open_step_dialog())
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        route_panel_layout.addLayout(buttons)

        actions_panel, actions_panel_layout = frame("Panel", (20, 16, 20, 16))
        self.actions_panel = actions_panel
        actions_panel_layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Afspraken"), "section"), 1)
        self.add_action_button = QPushButton(icon("plus", theme.PRIMARY), self.tr("Afspraak"))
        self.add_action_button.setIconSize(QSize(16, 16))
        self.add_action_button.setToolTip(self.tr("Afspraak toevoegen: wie doet wat, wanneer"))
        self.add_action_button.clicked.connect(lambda: self.open_action_dialog())
        head.addWidget(self.add_action_button)
        actions_panel_layout.addLayout(head)
        self.action_list = ActionsList()
        actions_panel_layout.addWidget(self.action_list)

        advice_panel, advice_panel_layout = frame("Panel", (18, 16, 18, 16))
        advice_panel_layout.addWidget(label(self.tr("Advies"), "subtitle"))
        self.advice_panel = AdvicePanel()
        advice_panel_layout.addWidget(self.advice_panel)
        self.advice_column = QWidget()
        holder_layout = QVBoxLayout(self.advice_column)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(advice_panel)
        holder_layout.addStretch(1)
        self.wide: bool | None = None
        self._arrange(wide=True)

        self.timeline.record_requested.connect(self.open_step_dialog)
        self.timeline.edit_requested.connect(self.open_step_dialog_for)
        self.timeline.remove_requested.connect(self.remove_step)
        self.advice_panel.record_requested.connect(self.open_step_dialog)
        self.action_list.done_toggled.connect(self.set_action_done)
        self.action_list.edit_requested.connect(self.open_action_dialog_for)
        self.action_list.remove_requested.connect(self.remove_action)

    def title(self) -> str:
        return self.tr("Route en afspraken")

    reveals = frozenset({"route_item", "action"})

    def reveal(self, target: Reveal) -> None:
        if target.kind == "route_item":
            self.reveal_route_item(target.ref)
        elif target.ref.isdigit():
            self.reveal_part(int(target.ref))

    def reveal_route_item(self, target: str) -> None:
        """Show what a Vandaag row was about: "action:<id>" scrolls to that action and puts
        the focus on its tick box; "term:<step>" scrolls to the advice's running terms."""
        self._target = target  # shown again once the advice is in (that redraws the lists)
        self._show_target(target)

    def _show_target(self, target: str) -> None:
        kind, _, value = target.partition(":")
        case = self.ctx.case
        shown: QWidget = self.advice_column if kind == "term" else self.actions_panel
        box = None
        if kind == "action" and case is not None:
            at = next((n for n, a in enumerate(case.actions) if str(a.id) == value), None)
            if at is not None and at < len(self.action_list.checkboxes):
                shown = box = self.action_list.checkboxes[at]

        def show() -> None:  # once the new rows are shown and laid out
            if self.case is None or (box is not None and box not in self.action_list.checkboxes):
                return  # locked, or drawn anew meanwhile (that call shows it)
            self.scroll_area.ensureWidgetVisible(shown, 0, 120)
            if box is not None:
                box.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, show)

    WIDE = 880  # below this the advice goes under the timeline

    def _arrange(self, wide: bool) -> None:
        """Wide: timeline and actions on the left, advice on the right. Narrow: one column,
        the advice between the timeline and the actions (it matters more than the list)."""
        if wide == self.wide:
            return
        self.wide = wide
        for widget in (self.route_panel, self.actions_panel, self.advice_column):
            self.grid.removeWidget(widget)
        # No alignment flags: with one, the layout gives a widget its plain size hint and
        # wrapped labels lose their last lines; an empty stretching row keeps things up.
        if wide:
            self.grid.addWidget(self.route_panel, 0, 0)
            self.grid.addWidget(self.actions_panel, 1, 0)
            self.grid.addWidget(self.advice_column, 0, 1, 3, 1)
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(1, 2)
        else:
            self.grid.addWidget(self.route_panel, 0, 0)
            self.grid.addWidget(self.advice_column, 1, 0)
            self.grid.addWidget(self.actions_panel, 2, 0)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 0)
        for row in range(4):
            self.grid.setRowStretch(row, 1 if row == 3 else 0)
        self.advice_column.setMinimumWidth(330 if wide else 0)
        self.advice_column.setMaximumWidth(430 if wide else 16777215)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= self.WIDE)

    # -- showing ---------------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        self.case = case
        self._render()
        self.refresh()

    def refresh(self) -> None:
        """Ask the worker for the route pool and the advice for the case as shown."""
        if self.case is None:
            return
        self._job += 1
        job = self._job
        # Actions are left out: the list below shows late actions itself.
        case = dataclasses.replace(copy.deepcopy(self.case), actions=[])
        today = clock.today()

        def work(ws: Workspace) -> tuple[dict[str, Route], Advice, Calendar]:
            from vertrouwen.routes.bridge_days import calendar_for

            routes = ws.user_routes.all_routes()
            calendar = calendar_for(ws.settings)  # with the bridge days (Atw art. 3 lid 3)
            return routes, advise(case, today, routes, WARN_DAYS, calendar), calendar

        self.ctx.worker.submit(work, lambda result: self._advised(job, today, result))

    def _advised(
        self, job: int, today: date, result: tuple[dict[str, Route], Advice, Calendar]
    ) -> None:
        if job != self._job or self.case is None:
            return  # a newer request is on its way, or the vault locked
        pool, advice, calendar = result
        changed = pool != self.pool or calendar is not self.timeline.calendar
        self.timeline.calendar = calendar
        self.pool = pool
        self.advice = advice
        if changed:
            self._render()
        running = any(s.started is not None and s.ended is None for s in self.case.steps)
        self.advice_panel.show_advice(advice, today, not self.case.is_open, running)
        self.timeline.set_advised({n.step for n in advice.next})
        if self._target:  # from Vandaag: now that everything is drawn for good
            target, self._target = self._target, ""
            self._show_target(target)

    def _render(self) -> None:
        case = self.case
        if case is None:
            return
        today = clock.today()
        route = route_of(case, self.pool) if self.pool else None
        if route is not None:
            self.route_name.setText(route.name)
            chosen = case.route == route.id
            own = route.origin.startswith("eigen route")
            note = (
                self.tr("Gekozen voor dit dossier")
                if chosen
                else self.tr("Standaardroute voor dit soort klacht")
            )
            if own:
                note += self.tr(" \u00b7 eigen route")
            self.route_note.setText(note)
        elif self.pool:
            self.route_name.setText(self.tr("Geen route"))
            self.route_note.setText(self.tr("Kies een route, of leg stappen vast zonder route."))
        self.timeline.show_case(route, case, today)
        self.action_list.show_actions(case.actions, today)
        self._fill_route_menu(route)

    def _fill_route_menu(self, route: Route | None) -> None:
        self.route_menu.clear()
        case = self.case
        if case is None or not self.pool:
            return
        default = route_of(dataclasses.replace(case, route=None), self.pool)
        name = default.name if default is not None else self.tr("geen")
        standard = QAction(self.tr("Standaardroute ({0})").format(name), self.route_menu)
        standard.setCheckable(True)
        standard.setChecked(not case.route)
        standard.triggered.connect(lambda: self.choose_route(None))
        self.route_menu.addAction(standard)
        self.route_menu.addSeparator()
        for r in sorted(self.pool.values(), key=lambda r: (r.kind.value != "statutory", r.name)):
            action = QAction(r.name, self.route_menu)
            action.setCheckable(True)
            action.setChecked(case.route == r.id)
            action.triggered.connect(lambda _c=False, rid=r.id: self.choose_route(rid))
            self.route_menu.addAction(action)

    def clear(self) -> None:
        self._job += 1  # answers still on their way are for a screen that is gone
        self.case = None
        self.advice = None
        self._target = ""
        self.pool = {}
        self.route_name.setText("")
        self.route_note.setText("")
        self.route_menu.clear()
        self.timeline.clear()
        self.action_list.clear()
        self.advice_panel.clear()

    # -- editing (all through ctx.apply: saved at once, undoable) ---------------------------
    def _apply(self, description: str, mutate: Callable[[Case], None]) -> None:
        self.ctx.apply(description, mutate)

    def choose_route(self, route_id: str | None) -> None:
        def mutate(case: Case) -> None:
            case.route = route_id

        self._apply(self.tr("Route gewijzigd"), mutate)

    def record_step(self, step: Step) -> None:
        self._apply(
            self.tr("Stap vastgelegd: {0}").format(step.step), lambda c: c.steps.append(step)
        )

    def update_step(self, index: int, shown: Step, new: Step) -> None:
        def mutate(case: Case) -> None:
            at = _find(case.steps, index, shown)
            if at is not None:
                case.steps[at] = new

        self._apply(self.tr("Stap gewijzigd: {0}").format(new.step), mutate)

    def remove_step(self, index: int) -> None:
        if self.case is None or not 0 <= index < len(self.case.steps):
            return
        shown = self.case.steps[index]

        def mutate(case: Case) -> None:
            at = _find(case.steps, index, shown)
            if at is not None:
                del case.steps[at]

        self._apply(self.tr("Stap verwijderd: {0}").format(shown.step), mutate)

    def add_action(self, action: Action) -> None:
        self._apply(self.tr("Afspraak toegevoegd"), lambda c: c.actions.append(action))

    def update_action(
        self, index: int, shown: Action, new: Action, description: str | None = None
    ) -> None:
        def mutate(case: Case) -> None:
            at = _find(case.actions, index, shown)
            if at is not None:
                case.actions[at] = new

        self._apply(description or self.tr("Afspraak gewijzigd"), mutate)

    def set_action_done(self, index: int, shown: Action, done: bool) -> None:
        text = self.tr("Afspraak gedaan") if done else self.tr("Afspraak weer open")
        self.update_action(index, shown, dataclasses.replace(shown, done=done), text)

    def remove_action(self, index: int, shown: Action) -> None:
        def mutate(case: Case) -> None:
            at = _find(case.actions, index, shown)
            if at is not None:
                del case.actions[at]

        self._apply(self.tr("Afspraak verwijderd"), mutate)

    # -- dialogs ---------------------------------------------------------------------------
    def _route(self) -> Route | None:
        return route_of(self.case, self.pool) if self.case is not None and self.pool else None

    def open_step_dialog(self, preset: str | None = None) -> None:
        if self.case is None:
            return
        dialog = StepDialog(self._route(), clock.today(), preset=preset or None, parent=self)
        if self.ctx.dialogs.exec(dialog) == QDialog.DialogCode.Accepted:
            self.record_step(dialog.step())

    def open_step_dialog_for(self, index: int) -> None:
        if self.case is None or not 0 <= index < len(self.case.steps):
            return
        shown = self.case.steps[index]
        dialog = StepDialog(self._route(), clock.today(), record=shown, parent=self)
        if self.ctx.dialogs.exec(dialog) == QDialog.DialogCode.Accepted:
            self.update_step(index, shown, dialog.step(shown))

    def _guard(self) -> dict[str, Any]:
        """The case screen's personal-data detector and "not personal data" list, if any."""
        return {
            "detector": getattr(self.ctx, "detector", None),
            "ignored": set(getattr(self.ctx, "ignored", set())),
            "role_labels": list(getattr(self.ctx, "role_labels", [])),
        }

    def open_action_dialog(self) -> None:
        if self.case is None:
            return
        dialog = ActionDialog(clock.today(), parent=self, **self._guard())
        if self.ctx.dialogs.exec(dialog) == QDialog.DialogCode.Accepted:
            self.add_action(dialog.action())

    def open_action_dialog_for(self, index: int, shown: Action) -> None:
        dialog = ActionDialog(clock.today(), shown, parent=self, **self._guard())
        if self.ctx.dialogs.exec(dialog) == QDialog.DialogCode.Accepted:
            self.update_action(index, shown, dialog.action())

    def reveal_part(self, number: int) -> None:
        """Open action `number` (1-based) for editing: the guard found something in it."""
        case = self.case
        if case is None or not 1 <= number <= len(case.actions):
            return
        self.open_action_dialog_for(number - 1, case.actions[number - 1])

    def manage_routes(self) -> None:
        """The route editor (ui/features/routes/, through the shell's `CaseServices`)."""
        if self.ctx.services is not None:
            self.ctx.services.manage_routes(self)
            self.refresh()  # own routes may have changed
