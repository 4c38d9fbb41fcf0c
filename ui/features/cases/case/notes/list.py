"""The list of notes beside the editor: newest first, each with date, kind, minutes and the
start of its text, drawn by a small delegate so it reads like a mail list."""

from __future__ import annotations

from collections.abc import Sequence

from ui.core import theme
from ui.core.enum_labels import name_of, short_date
from ui.qt import (
    QAbstractItemView,
    QColor,
    QCoreApplication,
    QFont,
    QListWidget,
    QListWidgetItem,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)
from vertrouwen.domain import Note

ID_ROLE = int(Qt.ItemDataRole.UserRole)
TITLE_ROLE = ID_ROLE + 1
META_ROLE = ID_ROLE + 2
PREVIEW_ROLE = ID_ROLE + 3
PREVIEW_CHARS = 120


def minutes_text(minutes: int) -> str:
    """45 min, 1 u 15 min, 3 u."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("NotesTab", "{0} min").format(rest)
    if not rest:
        return QCoreApplication.translate("NotesTab", "{0} u").format(hours)
    return QCoreApplication.translate("NotesTab", "{0} u {1} min").format(hours, rest)


def newest_first(notes: Sequence[Note]) -> list[Note]:
    """By date, newest first; notes of one day in reverse order of writing."""
    order = {id(n): i for i, n in enumerate(notes)}
    return sorted(notes, key=lambda n: (n.date, order[id(n)]), reverse=True)


def preview(text: str) -> str:
    first = " ".join(text[: PREVIEW_CHARS * 2].split())
    return first[:PREVIEW_CHARS]


class _NoteDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), 64)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor(theme.PRIMARY_SOFT))
            painter.fillRect(
                QRect(rect.left(), rect.top(), 3, rect.height()), QColor(theme.PRIMARY)
            )
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(theme.HOVER))
        painter.setPen(QColor(theme.BORDER))
        painter.drawLine(rect.left() + 12, rect.bottom(), rect.right() - 12, rect.bottom())
        inner = rect.adjusted(14, 9, -12, -9)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(base)
        painter.setPen(QColor(theme.MUTED))
        meta = str(index.data(META_ROLE) or "")
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, meta)
        room = inner.width() - painter.fontMetrics().horizontalAdvance(meta) - 10
        painter.setFont(bold)
        painter.setPen(QColor(theme.PRIMARY if selected else theme.INK))
        title = painter.fontMetrics().elidedText(
            str(index.data(TITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, room
        )
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        small = QFont(base)
        small.setPointSizeF(max(theme.pt(11), base.pointSizeF() - theme.pt(1)))
        painter.setFont(small)
        painter.setPen(QColor(theme.FAINT if not index.data(PREVIEW_ROLE) else theme.MUTED))
        text = str(index.data(PREVIEW_ROLE) or QCoreApplication.translate("NotesTab", "(leeg)"))
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, elided)
        painter.restore()


class NoteList(QListWidget):
    """Notes as rows; `show_notes` keeps the rows (and selection) when nothing shown changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_NoteDelegate(self))
        self.setMouseTracking(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            f"QListWidget {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};"
            " border-radius: 10px; outline: none; padding: 2px 0; }"
        )
        self._shown: list[tuple[str, str, str, str]] = []

    def show_notes(self, notes: Sequence[Note]) -> list[str]:
        """Show `notes` newest first; returns their ids in that order."""
        rows = [
            (
                n.id,
                f"{short_date(n.date)} \u00b7 {name_of(n.kind)}",
                minutes_text(n.minutes) if n.minutes else "",
                preview(n.text),
            )
            for n in newest_first(notes)
        ]
        if rows != self._shown:
            current = self.current_id()
            self.blockSignals(True)
            try:
                if [r[0] for r in rows] == [r[0] for r in self._shown]:
                    for row, values in enumerate(rows):
                        self._fill(self.item(row), values)
                else:
                    self.clear()
                    for values in rows:
                        item = QListWidgetItem()
                        self._fill(item, values)
                        self.addItem(item)
                self._shown = rows
                self.select(current)
            finally:
                self.blockSignals(False)
        return [r[0] for r in rows]

    @staticmethod
    def _fill(item: QListWidgetItem, values: tuple[str, str, str, str]) -> None:
        note_id, title, meta, text = values
        item.setData(ID_ROLE, note_id)
        item.setData(TITLE_ROLE, title)
        item.setData(META_ROLE, meta)
        item.setData(PREVIEW_ROLE, text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title} {meta}")

    def current_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def select(self, note_id: str | None) -> None:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == note_id:
                if self.currentRow() != row:
                    self.setCurrentRow(row)
                return

    def clear_notes(self) -> None:
        self.blockSignals(True)
        self.clear()
        self._shown = []
        self.blockSignals(False)
