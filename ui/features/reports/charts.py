"""The Rapportage charts, drawn with QPainter (QtCharts is not bundled with the app).

`BarChart` draws one pair of bars per table row (this period on top, the period before in a
quiet grey-blue below), at the same pitch as the table beside it, so the eye moves along a
row from the name and the numbers to the bars. `TrendChart` draws new cases per month as two
lines. Both show the exact numbers in a tooltip; the tables hold them too.
"""

from __future__ import annotations

import math
from html import escape

from ui.core import theme
from ui.features.reports.data import number
from ui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPointF,
    QRectF,
    QSizePolicy,
    Qt,
    QToolTip,
    QWidget,
)

CURRENT = QColor(theme.PRIMARY)
PREVIOUS = QColor(theme.PREVIOUS)
GRID = QColor(theme.TRACK)
AXIS = QColor(theme.FAINT)


def nice_max(value: float, ticks: int = 4) -> tuple[float, float]:
    """An axis maximum and step that read well (1, 2 or 5 times a power of ten); at least 4,
    so one or two cases do not fill the chart as if they were many."""
    value = max(value, 4)
    raw = value / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0)
    return step * math.ceil(value / step), step


def _small_font(widget: QWidget, pixels: int = 11) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(theme.pt(pixels))
    return font


def _legend(
    painter: QPainter, x: float, y: float, items: list[tuple[QColor, str]], font: QFont
) -> None:
    painter.setFont(font)
    metrics = QFontMetrics(font)
    for colour, text in items:
        if not text:
            continue
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(x, y - 9, 10, 10), 2, 2)
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(QPointF(x + 15, y), text)
        x += 15 + metrics.horizontalAdvance(text) + 16


class BarChart(QWidget):
    """Horizontal bar pairs aligned with the rows of a table beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = True  # off when narrow: the table's column titles carry the colours
        self.header_height = 32
        self.row_height = 28
        self.rows: list[tuple[str, int, int | None]] = []  # (label, this period, before)
        self.names = ("", "")
        self.setMouseTracking(True)
        self.setMinimumWidth(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_pitch(self, header_height: int, row_height: int) -> None:
        self.header_height, self.row_height = header_height, row_height

    def set_data(self, rows: list[tuple[str, int, int | None]], names: tuple[str, str]) -> None:
        self.rows, self.names = list(rows), names
        # the rows, then one more row's height for the axis numbers (beside a total line)
        self.setFixedHeight(self.header_height + (len(self.rows) + 1) * self.row_height)
        self.update()

    def clear(self) -> None:
        self.rows = []
        self.names = ("", "")
        self.update()

    def _plot(self) -> QRectF:
        top = float(self.header_height)
        left, right = 10.0, 18.0
        width = max(30.0, self.width() - left - right)
        return QRectF(left, top, width, len(self.rows) * self.row_height)

    def paintEvent(self, _event: object) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = _small_font(self)
        has_previous = any(p is not None for _, _, p in self.rows)
        legend = [(CURRENT, self.names[0])]
        if has_previous:
            legend.append((PREVIOUS, self.names[1]))
        if self.legend:
            _legend(painter, 14, self.header_height - 11, legend, small)

        plot = self._plot()
        biggest = max(max(c, p or 0) for _, c, p in self.rows)
        top, step = nice_max(biggest)
        scale = plot.width() / top
        painter.setFont(small)
        metrics = QFontMetrics(small)
        value = 0.0
        while value <= top + 1e-9:
            x = plot.left() + value * scale
            painter.setPen(QPen(GRID if value else AXIS, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            text = number(round(value))
            painter.setPen(AXIS)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + 16), text)
            value += step

        pitch = float(self.row_height)
        thick, thin = round(pitch * 0.36), round(pitch * 0.22)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, (_name, count, before) in enumerate(self.rows):
            y = plot.top() + index * pitch + (pitch - thick - thin - 2) / 2
            if count:
                painter.setBrush(CURRENT)
                painter.drawRoundedRect(QRectF(plot.left(), y, count * scale, thick), 2, 2)
            if before:
                painter.setBrush(PREVIOUS)
                painter.drawRoundedRect(
                    QRectF(plot.left(), y + thick + 2, before * scale, thin), 1.5, 1.5
                )
        painter.end()

    def row_at(self, y: float) -> int | None:
        plot = self._plot()
        if not self.rows or y < plot.top() or y >= plot.bottom():
            return None
        return int((y - plot.top()) // self.row_height)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        index = self.row_at(pos.y())
        if index is None:
            QToolTip.hideText()
            return
        name, count, before = self.rows[index]
        text = f"<b>{escape(name)}</b><br>{self.names[0]}: {number(count)}"
        if before is not None:
            text += f"<br>{self.names[1]}: {number(before)}"
        QToolTip.showText(event.globalPosition().toPoint(), text, self)


class TrendChart(QWidget):
    """New cases per month: this period as a strong line, a year earlier as a quiet one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.current: list[int] = []
        self.previous: list[int] | None = None
        self.names = ("", "")
        self.positions: list[float] = []  # x of each month, set to line up with a table
        self.column_width = 0.0
        self.setMouseTracking(True)
        self.setMinimumSize(320, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        labels: list[str],
        current: list[int],
        previous: list[int] | None,
        names: tuple[str, str],
    ) -> None:
        self.labels, self.current, self.previous, self.names = labels, current, previous, names
        self.update()

    def set_positions(self, xs: list[float], column_width: float) -> None:
        if xs != self.positions:
            self.positions, self.column_width = xs, column_width
            self.update()

    def clear(self) -> None:
        self.labels, self.current, self.previous = [], [], None
        self.names = ("", "")
        self.positions = []
        self.update()

    def _aligned(self) -> bool:
        return len(self.positions) == len(self.current) > 0

    def _plot(self) -> QRectF:
        if self._aligned():
            # from the first month's column to the last one's; the month names are the
            # table's column titles right under the chart
            left = self.positions[0] - self.column_width / 2
            right = self.positions[-1] + self.column_width / 2
            return QRectF(left, 34, right - left, max(60.0, self.height() - 34 - 10))
        return QRectF(40, 34, max(60.0, self.width() - 56.0), max(60.0, self.height() - 34 - 30))

    def _x(self, plot: QRectF, index: int) -> float:
        if self._aligned():
            return self.positions[index]
        n = len(self.current)
        if n <= 1:
            return plot.center().x()
        return plot.left() + plot.width() * index / (n - 1)

    def paintEvent(self, _event: object) -> None:
        if not self.current:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = _small_font(self)
        metrics = QFontMetrics(small)
        legend = [(CURRENT, self.names[0])]
        if self.previous is not None:
            legend.append((PREVIOUS, self.names[1]))
        plot = self._plot()
        _legend(painter, plot.left(), 14, legend, small)
        series = [self.current] + ([self.previous] if self.previous is not None else [])
        top, step = nice_max(max(max(s) for s in series))
        painter.setFont(small)
        value = 0.0
        while value <= top + 1e-9:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(AXIS if value == 0 else GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            text = number(round(value))
            painter.setPen(AXIS)
            painter.drawText(
                QPointF(plot.left() - 8 - metrics.horizontalAdvance(text), y + 4), text
            )
            value += step

        if not self._aligned():
            self._month_names(painter, plot, metrics)

        def points(values: list[int]) -> list[QPointF]:
            return [
                QPointF(self._x(plot, i), plot.bottom() - plot.height() * v / top)
                for i, v in enumerate(values)
            ]

        if self.previous is not None:
            self._line(painter, points(self.previous), PREVIOUS, 2.0, 2.6, plot, fill=False)
        self._line(painter, points(self.current), CURRENT, 2.6, 3.4, plot, fill=True)
        painter.end()

    def _month_names(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        """Month names under the axis, thinned out when they would touch."""
        widest = max(metrics.horizontalAdvance(t) for t in self.labels) + 8
        room = plot.width() / max(1, len(self.labels) - 1)
        every = max(1, math.ceil(widest / room)) if len(self.labels) > 1 else 1
        painter.setPen(AXIS)
        for index, text in enumerate(self.labels):
            if index % every:
                continue
            x = self._x(plot, index)
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(text) / 2, plot.bottom() + 18), text
            )

    @staticmethod
    def _line(
        painter: QPainter,
        pts: list[QPointF],
        colour: QColor,
        width: float,
        dot: float,
        plot: QRectF,
        fill: bool,
    ) -> None:
        if not pts:
            return
        path = QPainterPath(pts[0])
        for p in pts[1:]:
            path.lineTo(p)
        if fill and len(pts) > 1:
            area = QPainterPath(path)
            area.lineTo(QPointF(pts[-1].x(), plot.bottom()))
            area.lineTo(QPointF(pts[0].x(), plot.bottom()))
            area.closeSubpath()
            shade = QColor(colour)
            shade.setAlpha(22)
            painter.fillPath(area, shade)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.setPen(QPen(QColor(theme.SURFACE), 1.2))
        painter.setBrush(colour)
        for p in pts:
            painter.drawEllipse(p, dot, dot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.current:
            return
        pos = event.position()
        n = len(self.current)
        xs = [self._x(self._plot(), i) for i in range(n)]
        index = min(range(n), key=lambda i: abs(xs[i] - pos.x()))
        text = f"<b>{self.labels[index]}</b><br>{self.names[0]}: {self.current[index]}"
        if self.previous is not None:
            text += f"<br>{self.names[1]}: {self.previous[index]}"
        QToolTip.showText(event.globalPosition().toPoint(), text, self)
