"""The agenda list of the Vandaag screen: groups (Verlopen, Vandaag, Deze week, Later) of
actions and deadlines, two lines per row, a click opens the case.

A model with one item per row (hundreds at most for a real advisor, a few thousand in a
10,000-case demo vault) and a delegate that draws the second line in the faint style.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from ui import theme
from ui.assets import icon
from ui.case.route_text import SCROLLBARS, owner_name, party_name, relative, short_day
from ui.qt import (
    QAbstractItemView,
    QColor,
    QCoreApplication,
    QFont,
    QIcon,
    QKeyEvent,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStandardItem,
    QStandardItemModel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTreeView,
    QWidget,
    Signal,
)
from ui.route_phrases import core_text
from vertrouwen.agenda import AgendaItem, When

CODE_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the case code (rows only, not groups)
SUB_ROLE = CODE_ROLE + 1  # the faint second line
GROUP_ROLE = CODE_ROLE + 2  # the When of a group heading
LATE_ROLE = CODE_ROLE + 3  # a row past its date

AnyIndex = QModelIndex | QPersistentModelIndex


@cache
def _icon(name: str, colour: str) -> QIcon:
    """Icons drawn once, not once per row (an SVG render costs ~0.2 ms; 10,000 demo cases
    make 2,600 rows)."""
    return icon(name, colour)


def group_title(group: When) -> str:
    return {
        When.OVERDUE: QCoreApplication.translate("TodayAgenda", "Verlopen"),
        When.TODAY: QCoreApplication.translate("TodayAgenda", "Vandaag"),
        When.WEEK: QCoreApplication.translate("TodayAgenda", "Deze week"),
        When.LATER: QCoreApplication.translate("TodayAgenda", "Later"),
    }[group]


def build_model(items: list[AgendaItem], today: date, model: QStandardItemModel) -> None:
    """Fill `model` with the groups that have rows, in the order of `When`."""
    model.clear()
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("TodayAgenda", "Wanneer"),
            QCoreApplication.translate("TodayAgenda", "Dossier"),
            QCoreApplication.translate("TodayAgenda", "Wat"),
        ]
    )
    groups: dict[When, list[AgendaItem]] = {}
    for item in items:
        groups.setdefault(item.when(today), []).append(item)
    for group in When:
        rows = groups.get(group, [])
        if not rows:
            continue
        head = QStandardItem(f"{group_title(group)}  \u00b7  {len(rows)}")
        head.setData(group.value, GROUP_ROLE)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for row in rows:
            head.appendRow(_row(row, today))
        model.appendRow([head, _blank(), _blank()])


def _blank() -> QStandardItem:
    item = QStandardItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def _row(item: AgendaItem, today: date) -> list[QStandardItem]:
    late = item.due < today
    when = QStandardItem(short_day(item.due, today))
    when.setData(relative(item.due, today, late=True), SUB_ROLE)
    code = QStandardItem(item.code)
    # a deadline's text and source carry the core's frames (see ui.route_phrases)
    what = QStandardItem(core_text(item.text) if item.kind == "deadline" else item.text)
    if item.kind == "deadline":
        what.setIcon(_icon("clock", theme.WARNING if late else theme.MUTED))
        who = QCoreApplication.translate("TodayAgenda", "{0} moet handelen").format(
            party_name(item.who)
        )
        sub = " \u00b7 ".join(
            [QCoreApplication.translate("TodayAgenda", "Termijn"), who, core_text(item.source)]
        )
        tip = QCoreApplication.translate("TodayAgenda", "Termijn: {0}\nBron: {1}").format(
            core_text(item.text), core_text(item.source)
        )
    else:
        what.setIcon(_icon("check-square", theme.WARNING if late else theme.MUTED))
        sub = " \u00b7 ".join(
            [QCoreApplication.translate("TodayAgenda", "Afspraak"), owner_name(item.who)]
        )
        tip = QCoreApplication.translate("TodayAgenda", "Afspraak ({0}): {1}").format(
            owner_name(item.who), item.text
        )
    what.setData(sub, SUB_ROLE)
    cells = [when, code, what]
    for cell in cells:
        cell.setData(item.code, CODE_ROLE)
        cell.setData(late, LATE_ROLE)
        cell.setToolTip(
            tip
            + "\n"
            + QCoreApplication.translate("TodayAgenda", "Klik om dossier {0} te openen").format(
                item.code
            )
        )
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return cells


class _Delegate(QStyledItemDelegate):
    """Two lines per row (text and faint detail); group headings as small capitals."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        if index.data(GROUP_ROLE) is not None:
            return QSize(base.width(), 40)
        return QSize(base.width(), 48)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        rect = QRect(option.rect)
        group = index.data(GROUP_ROLE)
        if group is not None:
            self._paint_group(painter, rect, str(index.data()), group == When.OVERDUE.value)
            painter.restore()
            return
        if not index.parent().isValid():  # the blank cells beside a group heading
            painter.restore()
            return
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or hovered:
            painter.fillRect(rect, QColor(theme.PRIMARY_SOFT if selected else "#F2F6F7"))
        late = bool(index.data(LATE_ROLE))
        column = index.column()
        x = rect.left() + 8
        icon_value = index.data(Qt.ItemDataRole.DecorationRole)
        if icon_value is not None:
            icon_value.paint(painter, QRect(x, rect.top() + 8, 16, 16))
            x += 24
        text_rect = QRect(x, rect.top() + 6, rect.right() - x - 8, 20)
        font = QFont(option.font)
        main_colour = theme.INK
        if column == 0 and late:
            main_colour = theme.WARNING
            font.setWeight(QFont.Weight.DemiBold)
        if column == 1:
            main_colour = theme.PRIMARY
            font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(main_colour))
        metrics = painter.fontMetrics()
        text = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), text)
        sub = index.data(SUB_ROLE)
        if sub:
            small = QFont(option.font)
            small.setPixelSize(12)
            painter.setFont(small)
            painter.setPen(QColor(theme.WARNING if late and column == 0 else theme.FAINT))
            sub_rect = QRect(x, rect.top() + 25, text_rect.width(), 18)
            sub_text = painter.fontMetrics().elidedText(
                str(sub), Qt.TextElideMode.ElideRight, sub_rect.width()
            )
            painter.drawText(sub_rect, int(Qt.AlignmentFlag.AlignVCenter), sub_text)
        painter.setPen(QColor("#EEF1F2"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_group(self, painter: QPainter, rect: QRect, text: str, late: bool) -> None:
        font = QFont(painter.font())
        font.setPixelSize(12)
        font.setWeight(QFont.Weight.DemiBold)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.5)
        painter.setFont(font)
        painter.setPen(QColor(theme.WARNING if late else theme.MUTED))
        painter.drawText(
            QRect(rect.left() + 8, rect.top() + 14, rect.width() - 16, 22),
            int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )


class AgendaView(QTreeView):
    """The grouped list; `open_case(code)` on a click or Enter on a row."""

    open_case = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(_Delegate(self))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "QTreeView { border: none; background: transparent; outline: none; }" + SCROLLBARS
        )
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._open)

    def show_items(self, items: list[AgendaItem], today: date) -> None:
        build_model(items, today, self.model_)
        for row in range(self.model_.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 132)
        self.setColumnWidth(1, 124)

    def clear(self) -> None:
        self.model_.clear()

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, code, text) of every row, in order (for tests and screen readers)."""
        out = []
        for g in range(self.model_.rowCount()):
            head = self.model_.item(g)
            for r in range(head.rowCount()):
                out.append(
                    (str(head.data(GROUP_ROLE)), head.child(r, 1).text(), head.child(r, 2).text())
                )
        return out

    def index_of(self, code: str) -> QModelIndex:
        """The first row of case `code` (tests click it)."""
        for g in range(self.model_.rowCount()):
            head = self.model_.item(g)
            for r in range(head.rowCount()):
                if head.child(r, 1).text() == code:
                    return head.child(r, 2).index()
        return QModelIndex()

    def _open(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self.open_case.emit(str(code))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)
