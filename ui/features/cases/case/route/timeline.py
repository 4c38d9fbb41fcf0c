"""The case's route as a vertical timeline: what was done, where the case is, what is left.

One row per recorded step (in route order, a step recorded twice shows twice) and one per
route step not taken. Done steps show their dates and outcome, the current step is
highlighted, optional and alternative steps are marked, steps not taken are grey. Steps
recorded outside the route come last, under their own heading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import name_of
from ui.core.route_text import day_text, relative, step_title
from ui.kit.widgets import clear_layout, label
from ui.qt import (
    QColor,
    QFrame,
    QHBoxLayout,
    QPainter,
    QPen,
    QPointF,
    QSize,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vertrouwen.domain.model import Case, Step
from vertrouwen.routes import Route, RouteStep
from vertrouwen.routes.deadlines import SETTLED, decision_due, position_of
from vertrouwen.routes.terms import DEFAULT_CALENDAR, Calendar

DONE, RUNNING, SKIPPED, TODO, OUTSIDE = "done", "running", "skipped", "todo", "outside"


@dataclass(frozen=True)
class Row:
    """One line of the timeline; `index` is the record's place in `case.steps`."""

    step_id: str
    title: str
    state: str
    route_step: RouteStep | None = None
    record: Step | None = None
    index: int | None = None
    current: bool = False
    alternative: bool = False  # another step of its group was taken
    due: date | None = None  # a running step's decision date


def timeline_rows(
    route: Route | None, case: Case, calendar: Calendar = DEFAULT_CALENDAR
) -> list[Row]:
    """The rows for the steps of `case` on `route` (pure: tests read it without widgets).

    A route step meant for other kinds of organisation (the Nationale ombudsman after a
    private provider) is left out unless it was recorded."""
    steps = case.steps
    by_id: dict[str, list[int]] = {}
    for n, s in enumerate(steps):
        by_id.setdefault(s.step, []).append(n)
    rows: list[Row] = []
    if route is not None:
        pos = position_of(case, route)
        current_index = pos.index
        latest_current = by_id[route.steps[current_index].id][-1] if current_index >= 0 else None
        taken_groups = {s.group for s in route.steps if s.group and s.id in by_id}
        for i, rs in enumerate(route.steps):
            indexes = by_id.pop(rs.id, [])
            if not indexes and not rs.applies_to(case.organisation.kind):
                continue
            if not indexes:
                alternative = rs.group in taken_groups
                behind = i < current_index and not rs.parallel
                rows.append(
                    Row(
                        rs.id,
                        rs.name,
                        SKIPPED if alternative or behind else TODO,
                        rs,
                        alternative=alternative,
                    )
                )
                continue
            for n in indexes:
                rec = steps[n]
                due = decision_due(rs, rec, calendar) if rec.ended is None else None
                rows.append(
                    Row(
                        rs.id,
                        rs.name,
                        DONE if rec.ended is not None else RUNNING,
                        rs,
                        rec,
                        n,
                        current=n == latest_current,
                        due=due,
                    )
                )
    for sid, indexes in by_id.items():
        for n in indexes:
            rows.append(Row(sid, step_title(None, sid), OUTSIDE, None, steps[n], n))
    return rows


class _Marker(QWidget):
    """The dot and the line of one row, painted so rows join into one line."""

    def __init__(self, state: str, current: bool, first: bool, last: bool) -> None:
        super().__init__()
        self.state, self.current, self.first, self.last = state, current, first, last
        self.setFixedWidth(30)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, y = self.width() / 2, 19.0
        line = QPen(QColor(theme.BORDER), 2)
        p.setPen(line)
        if not self.first:
            p.drawLine(QPointF(x, 0), QPointF(x, y))
        if not self.last:
            p.drawLine(QPointF(x, y), QPointF(x, self.height()))
        if self.state == DONE:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.PRIMARY))
            p.drawEllipse(QPointF(x, y), 8, 8)
            tick = QPen(QColor(theme.ON_PRIMARY), 2)
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(tick)
            p.drawPolyline(
                [QPointF(x - 3.5, y), QPointF(x - 1, y + 2.5), QPointF(x + 3.5, y - 2.5)]
            )
        elif self.state == RUNNING:
            p.setPen(QPen(QColor(theme.PRIMARY), 3))
            p.setBrush(QColor(theme.PRIMARY_SOFT))
            p.drawEllipse(QPointF(x, y), 8, 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.PRIMARY))
            p.drawEllipse(QPointF(x, y), 3, 3)
        elif self.state == OUTSIDE:
            p.setPen(QPen(QColor(theme.WARNING), 2))
            p.setBrush(QColor(theme.WARNING_SOFT))
            p.drawEllipse(QPointF(x, y), 7, 7)
        else:
            pen = QPen(QColor(theme.FIELD_BORDER_HOVER if self.state == TODO else theme.BORDER), 2)
            if self.state == SKIPPED:
                pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(QColor(theme.SURFACE))
            p.drawEllipse(QPointF(x, y), 6, 6)
        p.end()


def _pill(text: str, fg: str, bg: str) -> QWidget:
    pill = label(text)
    pill.setStyleSheet(
        f"color: {fg}; background: {bg}; border-radius: 9px; padding: 1px 8px;"
        f" font-size: {theme.pt(11)}pt; font-weight: 600;"
    )
    return pill


class RouteTimeline(QWidget):
    """The rows; asks the tab to record, edit or remove through its signals."""

    record_requested = Signal(str)  # a route step id
    edit_requested = Signal(int)  # index in case.steps
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.rows: list[Row] = []
        self.advised: set[str] = set()
        self._today = date.today()
        self._closed = False
        self.calendar: Calendar = DEFAULT_CALENDAR  # the vault's, with its bridge days

    def show_case(self, route: Route | None, case: Case, today: date) -> None:
        self._today = today
        self._closed = not case.is_open
        self.rows = timeline_rows(route, case, self.calendar)
        self._rebuild()

    def set_advised(self, step_ids: set[str]) -> None:
        if step_ids != self.advised:
            self.advised = step_ids
            self._rebuild()

    def clear(self) -> None:
        self.rows = []
        self.advised = set()
        self._rebuild()

    def _rebuild(self) -> None:
        clear_layout(self._layout)
        main = [r for r in self.rows if r.state != OUTSIDE]
        outside = [r for r in self.rows if r.state == OUTSIDE]
        for n, row in enumerate(main):
            self._layout.addWidget(self._row_widget(row, n == 0, n == len(main) - 1))
        if outside:
            heading = label(self.tr("Buiten deze route vastgelegd"), "section")
            heading.setContentsMargins(0, 14, 0, 4)
            self._layout.addWidget(heading)
            for n, row in enumerate(outside):
                self._layout.addWidget(self._row_widget(row, n == 0, n == len(outside) - 1))

    def _row_widget(self, row: Row, first: bool, last: bool) -> QWidget:
        box = QFrame()
        box.setObjectName("TimelineRow")
        if row.current:
            box.setStyleSheet(
                f"#TimelineRow {{ background: {theme.PRIMARY_SOFT}; border-radius: 10px; }}"
            )
        line = QHBoxLayout(box)
        line.setContentsMargins(6, 0, 8, 0)
        line.setSpacing(10)
        line.addWidget(_Marker(row.state, row.current, first, last))
        text = QVBoxLayout()
        text.setContentsMargins(0, 9, 0, 11)
        text.setSpacing(3)
        head = QHBoxLayout()
        head.setSpacing(8)
        title = label(row.title, wrap=True)
        grey = row.state in (SKIPPED, TODO)
        colour = theme.FAINT if row.state == SKIPPED else (theme.MUTED if grey else theme.INK)
        weight = 600 if row.current or row.state in (DONE, RUNNING) else 400
        title.setStyleSheet(f"color: {colour}; font-weight: {weight}; font-size: {theme.pt(14)}pt;")
        head.addWidget(title, 1)
        for pill in self._pills(row):
            head.addWidget(pill, 0, Qt.AlignmentFlag.AlignTop)
        text.addLayout(head)
        detail = self._detail(row)
        if detail:
            text.addWidget(label(detail, "muted" if not grey else "faint", wrap=True))
        if row.route_step is not None:
            box.setToolTip(
                self.tr("Wie: {0}\nRol van de vertrouwenspersoon: {1}\nBron: {2}").format(
                    row.route_step.handler, row.route_step.advisor, row.route_step.source
                )
            )
        line.addLayout(text, 1)
        line.addLayout(self._buttons(row))
        return box

    def _pills(self, row: Row) -> list[QWidget]:
        pills: list[QWidget] = []
        if row.current:
            pills.append(_pill(self.tr("huidige stap"), theme.PRIMARY, theme.SURFACE))
        if row.record is None and row.step_id in self.advised and not self._closed:
            pills.append(_pill(self.tr("advies"), theme.PRIMARY, theme.PRIMARY_SOFT))
        rs = row.route_step
        if rs is not None and rs.parallel:
            pills.append(_pill(self.tr("naast de route"), theme.MUTED, theme.SIDEBAR))
        elif rs is not None and rs.optional:
            pills.append(_pill(self.tr("niet verplicht"), theme.MUTED, theme.SIDEBAR))
        if row.alternative and row.record is None:
            pills.append(_pill(self.tr("niet gekozen"), theme.FAINT, theme.BACKGROUND))
        return pills

    def _detail(self, row: Row) -> str:
        rec = row.record
        if rec is None:
            return self.tr("Overgeslagen") if row.state == SKIPPED and not row.alternative else ""
        parts: list[str] = []
        if rec.started and rec.ended:
            parts.append(f"{day_text(rec.started)} \u2013 {day_text(rec.ended)}")
        elif rec.ended:
            parts.append(self.tr("Afgerond op {0}").format(day_text(rec.ended)))
        elif rec.started:
            parts.append(self.tr("Gestart op {0}, loopt nog").format(day_text(rec.started)))
        else:
            parts.append(self.tr("Zonder datum vastgelegd"))
        if rec.outcome is not None:
            parts.append(name_of(rec.outcome))
        elif rec.ended is not None:
            parts.append(self.tr("uitkomst niet vastgelegd"))
        if rec.extension_weeks:
            parts.append(self.tr("verdaagd met {0} weken").format(rec.extension_weeks))
            if rec.extension_agreed:
                parts.append(self.tr("met schriftelijke instemming van de cliënt"))
        if row.due is not None:
            parts.append(
                self.tr("beslissing uiterlijk {0} ({1})").format(
                    day_text(row.due), relative(row.due, self._today, late=True)
                )
            )
        if rec.outcome in SETTLED:
            parts.append(self.tr("de klacht is hiermee afgesloten"))
        return " \u00b7 ".join(parts)

    def _buttons(self, row: Row) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        buttons.setContentsMargins(0, 6, 0, 0)
        if row.index is not None:
            index = row.index
            edit = self._tool("edit", self.tr("Stap wijzigen"))
            edit.clicked.connect(lambda: self.edit_requested.emit(index))
            remove = self._tool("trash", self.tr("Stap verwijderen (ongedaan maken kan)"))
            remove.clicked.connect(lambda: self.remove_requested.emit(index))
            buttons.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
            buttons.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        else:
            step_id = row.step_id
            record = self._tool("plus", self.tr("Deze stap vastleggen"))
            record.setText(self.tr("Vastleggen"))
            record.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            record.setStyleSheet(f"color: {theme.PRIMARY}; font-weight: 500;")
            record.clicked.connect(lambda: self.record_requested.emit(step_id))
            buttons.addWidget(record, 0, Qt.AlignmentFlag.AlignTop)
        return buttons

    def _tool(self, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name, theme.MUTED))
        button.setIconSize(QSize(16, 16))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button
