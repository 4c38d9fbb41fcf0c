"""The agenda list of the Vandaag screen: groups (Verlopen, Vandaag, Deze week, Later) of
actions and deadlines, two lines per row, a click or Enter opens the case.

A `QListView` over `AgendaModel` (only the rows shown: a group shows its first rows and a
"toon meer" row that adds more), painted by one delegate: no widget per row, icons drawn
once as pixmaps, texts made when a row is first painted. Columns are fixed offsets inside
the row (date, code, text), as a table would place them.
"""

from __future__ import annotations

from functools import cache

from ui.core import theme
from ui.core.assets import pixmap
from ui.core.route_text import SCROLLBARS
from ui.features.today.model import (
    COUNT_ROLE,
    GROUP_ROLE,
    KIND_ROLE,
    LATE_ROLE,
    SHOWN_ROLE,
    TEXTS_ROLE,
    AgendaModel,
    RowTexts,
    more_text,
    shown_text,
)
from ui.qt import (
    QAbstractItemView,
    QColor,
    QFont,
    QKeyEvent,
    QListView,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QPixmap,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
    Signal,
)
from vertrouwen.agenda import AgendaItem, When

AnyIndex = QModelIndex | QPersistentModelIndex

WHEN_WIDTH = 132  # the date column
CODE_WIDTH = 132  # the case code column: room for VP-2026-12345 in bold
ITEM_HEIGHT = 48
HEAD_HEIGHT = 48  # the heading's line, and air between it and its first row
MORE_HEIGHT = 40
ICON = 16
HOVER = theme.HOVER
RULE = theme.RULE


@cache
def _icon(name: str, colour: str, ratio: float) -> QPixmap:
    """An icon rendered once per colour and screen scale (an SVG render costs ~0.2 ms)."""
    image = pixmap(name, colour, round(ICON * ratio))
    image.setDevicePixelRatio(ratio)
    return image


class _Delegate(QStyledItemDelegate):
    """Headings as small capitals, items on two lines in three columns, "toon meer" as a link."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        kind = index.data(KIND_ROLE)
        height = ITEM_HEIGHT if kind == "item" else HEAD_HEIGHT if kind == "head" else MORE_HEIGHT
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        kind = index.data(KIND_ROLE)
        rect = QRect(option.rect)
        if kind == "head":
            self._paint_head(painter, rect, str(index.data()), index)
        else:
            hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            if selected or hovered:
                painter.fillRect(rect, QColor(theme.PRIMARY_SOFT if selected else HOVER))
            ratio = option.widget.devicePixelRatioF() if option.widget else 1.0
            if kind == "item":
                self._paint_item(painter, rect, option.font, index, ratio)
            else:
                self._paint_more(painter, rect, option.font, index, ratio)
        painter.restore()

    def _paint_head(self, painter: QPainter, rect: QRect, text: str, index: AnyIndex) -> None:
        font = QFont(painter.font())
        font.setPointSizeF(theme.pt(12))
        font.setWeight(QFont.Weight.DemiBold)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.5)
        painter.setFont(font)
        late = index.data(GROUP_ROLE) == When.OVERDUE.value
        painter.setPen(QColor(theme.WARNING if late else theme.MUTED))
        painter.drawText(
            QRect(rect.left() + 8, rect.top() + 14, rect.width() - 16, 22),
            int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )

    def _paint_item(
        self, painter: QPainter, rect: QRect, base: QFont, index: AnyIndex, ratio: float
    ) -> None:
        texts: RowTexts = index.data(TEXTS_ROLE)
        late = bool(index.data(LATE_ROLE))
        small = QFont(base)
        small.setPointSizeF(theme.pt(12))
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        left = rect.left()
        # the date: red-brown and bold when late, how far off beneath it
        when_colour = theme.WARNING if late else theme.INK
        self._two_lines(
            painter,
            QRect(left + 8, rect.top(), WHEN_WIDTH - 16, rect.height()),
            (texts.day, bold if late else base, when_colour),
            (texts.day_detail, small, theme.WARNING if late else theme.FAINT),
        )
        self._two_lines(
            painter,
            QRect(left + WHEN_WIDTH + 8, rect.top(), CODE_WIDTH - 12, rect.height()),
            (texts.code, bold, theme.PRIMARY),
            None,
        )
        x = left + WHEN_WIDTH + CODE_WIDTH + 8
        name = "clock" if texts.deadline else "check-square"
        item_icon = _icon(name, theme.WARNING if late else theme.MUTED, ratio)
        painter.drawPixmap(QRect(x, rect.top() + 8, ICON, ICON), item_icon)
        x += ICON + 8
        self._two_lines(
            painter,
            QRect(x, rect.top(), rect.right() - x - 8, rect.height()),
            (texts.text, base, theme.INK),
            (texts.detail, small, theme.FAINT),
        )
        painter.setPen(QColor(RULE))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_more(
        self, painter: QPainter, rect: QRect, base: QFont, index: AnyIndex, ratio: float
    ) -> None:
        x = rect.left() + 8
        middle = rect.top() + (rect.height() - ICON) // 2
        painter.drawPixmap(
            QRect(x, middle, ICON, ICON), _icon("chevron-down", theme.PRIMARY, ratio)
        )
        x += ICON + 8
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(QColor(theme.PRIMARY))
        label = more_text()
        painter.drawText(QRect(x, rect.top(), rect.width(), rect.height()), _LEFT_MIDDLE, label)
        x += painter.fontMetrics().horizontalAdvance(label) + 12
        small = QFont(base)
        small.setPointSizeF(theme.pt(12))
        painter.setFont(small)
        painter.setPen(QColor(theme.FAINT))
        detail = shown_text(int(index.data(SHOWN_ROLE)), int(index.data(COUNT_ROLE)))
        painter.drawText(
            QRect(x, rect.top(), rect.right() - x, rect.height()), _LEFT_MIDDLE, detail
        )
        painter.setPen(QColor(RULE))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    @staticmethod
    def _two_lines(
        painter: QPainter,
        rect: QRect,
        main: tuple[str, QFont, str],
        sub: tuple[str, QFont, str] | None,
    ) -> None:
        """A main line (and a smaller one under it), each cut off with an ellipsis."""
        for (text, font, colour), top, height in (
            (main, rect.top() + 6, 20),
            *([(sub, rect.top() + 25, 18)] if sub else []),
        ):
            painter.setFont(font)
            painter.setPen(QColor(colour))
            line = QRect(rect.left(), top, rect.width(), height)
            shown = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, line.width()
            )
            painter.drawText(line, int(Qt.AlignmentFlag.AlignVCenter), shown)


_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class AgendaView(QListView):
    """The grouped list; `open_case(code)` on a click or Enter on a row, `show_more(group)`
    on a click or Enter on a "toon meer" row."""

    open_case = Signal(str, str)  # the case code, and the row's item ("action:<id>", "term:<step>")
    show_more = Signal(str)  # a When value
    tick_requested = Signal()  # Space on an action row: tick it off

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = AgendaModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(_Delegate(self))
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "QListView { border: none; background: transparent; outline: none; }" + SCROLLBARS
        )
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._activate)

    def clear(self) -> None:
        self.model_.clear()

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, code, text) of every agenda row shown, in order (for tests)."""
        return [(i.when(self.model_.today).value, i.code, i.text) for i in self.model_.items()]

    def index_of(self, code: str) -> QModelIndex:
        """The first row of case `code` (tests click it)."""
        for row in range(self.model_.rowCount()):
            item = self.model_.item_at(row)
            if item is not None and item.code == code:
                return self.model_.index(row)
        return QModelIndex()

    def more_index(self, group: When) -> QModelIndex:
        """The "toon meer" row of `group`, if it has one."""
        for row in range(self.model_.rowCount()):
            index = self.model_.index(row)
            if index.data(KIND_ROLE) == "more" and index.data(GROUP_ROLE) == group.value:
                return index
        return QModelIndex()

    def items(self) -> list[AgendaItem]:
        return self.model_.items()

    def current_item(self) -> AgendaItem | None:
        """The agenda row with the keyboard focus (selected), if it is an item."""
        index = self.currentIndex()
        return self.model_.item_at(index.row()) if index.isValid() else None

    def _activate(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        item = self.model_.item_at(index.row())
        if kind == "item" and item is not None:
            self.open_case.emit(item.code, route_target(item))
        elif kind == "more":
            self.show_more.emit(str(index.data(GROUP_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Space and self.current_item() is not None:
            self.tick_requested.emit()
            return
        super().keyPressEvent(event)


def route_target(item: AgendaItem) -> str:
    """Where on the case's route tab a row's item is: its action, or the step's terms."""
    if item.kind == "action" and item.action_id is not None:
        return f"action:{item.action_id}"
    return f"term:{item.step}"
