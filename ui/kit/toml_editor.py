"""A plain-text editor for route TOML: line numbers in a gutter, problem lines tinted.

The route editor's problems say "Regel 12: …"; the numbers beside the text make that line easy
to find, and `mark_lines` tints every line a problem points at.
"""

from __future__ import annotations

from ui.core import theme
from ui.qt import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPlainTextEdit,
    QRect,
    QResizeEvent,
    QSize,
    QTextEdit,
    QTextFormat,
    QWidget,
)


class _Gutter(QWidget):
    def __init__(self, editor: TomlEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class TomlEditor(QPlainTextEdit):
    """Monospaced, no wrapping, numbered lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(theme.pt(13))
        self.setFont(mono)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 2)
        self._gutter = _Gutter(self)
        self._marked: set[int] = set()
        self.blockCountChanged.connect(lambda _n: self._update_margin())
        self.updateRequest.connect(self._scrolled)
        self._update_margin()

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 16 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scrolled(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), QColor(theme.BACKGROUND))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = round(self.blockBoundingRect(block).height())
        painter.setFont(self.font())
        while block.isValid() and top <= event.rect().bottom():
            number = block.blockNumber() + 1
            if block.isVisible():
                marked = number in self._marked
                painter.setPen(QColor(theme.DANGER if marked else theme.FAINT))
                painter.drawText(
                    0, top, self._gutter.width() - 8, height, 0x0002 | 0x0080, str(number)
                )  # AlignRight | AlignVCenter
            block = block.next()
            top += height
        painter.end()

    def mark_lines(self, lines: set[int]) -> None:
        """Tint these 1-based lines (the ones problems point at)."""
        self._marked = set(lines)
        selections = []
        for line in sorted(lines):
            block = self.document().findBlockByLineNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(theme.DANGER_SOFT))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = self.textCursor()
            selection.cursor.setPosition(block.position())
            selections.append(selection)
        self.setExtraSelections(selections)
        self._gutter.update()
