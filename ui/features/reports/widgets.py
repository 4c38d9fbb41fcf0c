"""Building blocks of the Rapportage screen: key-figure tiles, and the sections that put a
table and its chart side by side."""

from __future__ import annotations

from ui.core import theme
from ui.features.reports.charts import CURRENT, PREVIOUS, BarChart, TrendChart
from ui.features.reports.data import TableRow, Trend, number
from ui.features.reports.table import (
    COMPACT_LABEL,
    COMPACT_NUMBER,
    HEADER_HEIGHT,
    NUMBER_WIDTH,
    ROW_HEIGHT,
    WIDE_LABEL,
    NumbersTable,
)
from ui.kit.widgets import label
from ui.qt import (
    QCoreApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPoint,
    QResizeEvent,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)


class KeyTile(QFrame):
    """One key figure: a big number, what it counts, and the change against a year earlier."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(1)
        self.value = QLabel("\u2014")
        self.value.setStyleSheet(
            f"font-size: {theme.pt(28)}pt; font-weight: 600; color: {theme.PRIMARY};"
        )
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = label(caption, wrap=True)
        self.caption.setStyleSheet("font-weight: 600;")
        self.change = label("", "muted")
        self.change.setStyleSheet(f"font-size: {theme.pt(12)}pt; font-weight: 600;")
        self.before = label("", "faint", wrap=True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)  # the changes line up at the bottom, also under a long caption
        layout.addSpacing(6)
        layout.addWidget(self.change)
        layout.addWidget(self.before)
        # equal widths whatever the text: the grid shares the row out evenly
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)

    def show_figure(self, value: str, change: str, before: str) -> None:
        self.value.setText(value)
        self.change.setText(change or " ")
        self.before.setText(before or " ")

    def clear(self) -> None:
        self.show_figure("\u2014", "", "")


def _row_cells(row: TableRow, with_previous: bool) -> list[str]:
    cells = [row.label, number(row.count), row.share]
    if with_previous:
        # None beside a name: below the threshold that year, counted under "other"
        cells.append("\u2013" if row.previous is None else number(row.previous))
    return cells


class BarSection(QFrame):
    """A titled panel: a table of one breakdown with its bar chart beside it."""

    def __init__(
        self,
        key: str,
        title: str,
        note: str,
        column_title: str,
        label_width: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.label_width = label_width or WIDE_LABEL
        self.column_title = column_title
        self.setObjectName("Panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        self.title = label(title, "subtitle")
        layout.addWidget(self.title)
        self.note = label(note, "muted", wrap=True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        layout.addSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.table = NumbersTable(
            [column_title, "", QCoreApplication.translate("Reports", "Aandeel"), ""],
            self.label_width,
        )
        self.chart = BarChart()
        self.chart.set_pitch(HEADER_HEIGHT, ROW_HEIGHT)
        self.chart.setAccessibleName(
            QCoreApplication.translate("Reports", "Staafdiagram: {0}").format(title)
        )
        self.chart.setAccessibleDescription(
            QCoreApplication.translate("Reports", "De cijfers staan in de tabel ernaast.")
        )
        self.table.setAccessibleName(title)
        row.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.chart, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.extra = QVBoxLayout()  # room for a control under the table (the threshold)
        layout.addLayout(self.extra)
        layout.addStretch(1)

    def set_compact(self, compact: bool) -> None:
        """Narrow (two side by side) or wide."""
        if compact:
            self.table.set_widths(COMPACT_LABEL, COMPACT_NUMBER)
        else:
            self.table.set_widths(self.label_width, NUMBER_WIDTH)
        self.chart.legend = not compact
        self.chart.update()

    def show_rows(
        self, rows: list[TableRow], total: TableRow | None, names: tuple[str, str]
    ) -> None:
        with_previous = any(r.previous is not None for r in rows) or (
            total is not None and total.previous is not None
        )
        self.table.set_headers(
            [
                self.column_title,
                names[0],
                QCoreApplication.translate("Reports", "Aandeel"),
                names[1],
            ],
            {1: CURRENT.name(), 3: PREVIOUS.name()},
        )
        self.table.setColumnHidden(3, not with_previous)
        cells = [_row_cells(r, True) for r in rows]
        if total is not None:
            cells.append(_row_cells(total, True))
        self.table.set_rows(cells, total_last=total is not None)
        self.chart.set_data([(r.label, r.count, r.previous) for r in rows], names)

    def clear(self) -> None:
        self.table.clear_rows()
        self.chart.clear()


class TrendSection(QFrame):
    """New cases per month: the line chart above a table with the months as columns, each
    point of the chart straight above its month."""

    LABEL_WIDTH = 190
    TOTAL_WIDTH = 76

    def __init__(self, title: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        layout.addWidget(label(title, "subtitle"))
        layout.addWidget(label(note, "muted", wrap=True))
        self.chart = TrendChart()
        self.chart.setFixedHeight(240)
        self.chart.setAccessibleName(
            QCoreApplication.translate("Reports", "Lijndiagram: {0}").format(title)
        )
        self.chart.setAccessibleDescription(
            QCoreApplication.translate("Reports", "De cijfers staan in de tabel eronder.")
        )
        self.table = NumbersTable([""], self.LABEL_WIDTH)
        self.table.centre_numbers = True
        self.table.setMinimumWidth(0)
        self.table.setMaximumWidth(16_777_215)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._align())
        layout.addWidget(self.chart)
        layout.addWidget(self.table)

    def show_trend(self, trend: Trend, names: tuple[str, str]) -> None:
        months = len(trend.labels)
        self.table.set_headers(["", *trend.labels, QCoreApplication.translate("Reports", "Totaal")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, self.LABEL_WIDTH)
        for column in range(1, months + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(months + 1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(months + 1, self.TOTAL_WIDTH)

        def line(name: str, values: list[int]) -> list[str]:
            return [name, *(number(v) for v in values), number(sum(values))]

        rows = [line(trend.row_names[0], trend.current)]
        swatches = {0: CURRENT.name()}
        if trend.previous is not None:
            rows.append(line(trend.row_names[1], trend.previous))
            swatches[1] = PREVIOUS.name()
        rows.append(line(QCoreApplication.translate("Reports", "Contactmomenten"), trend.contacts))
        self.table.set_rows(rows, swatches=swatches)
        self.chart.set_data(trend.labels, trend.current, trend.previous, names)
        QTimer.singleShot(0, self._align)

    def _align(self) -> None:
        """Put each month's point above the middle of its column."""
        count = len(self.chart.current)
        if not count or self.table.data_model.columnCount() < count + 2:
            return
        xs = []
        for column in range(1, count + 1):
            middle = self.table.columnViewportPosition(column) + self.table.columnWidth(column) / 2
            point = self.table.viewport().mapTo(self, QPoint(int(middle), 0))
            xs.append(float(self.chart.mapFrom(self, point).x()))
        self.chart.set_positions(xs, self.table.columnWidth(1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._align)

    def clear(self) -> None:
        self.chart.clear()
        self.table.clear_rows()
        self.table.set_headers([""])


TILES_PER_ROW = 5  # nine key figures in two rows: each stays readable on a 1366 screen


def tile_grid(tiles: list[KeyTile]) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(12)
    for index, tile in enumerate(tiles):
        grid.addWidget(tile, index // TILES_PER_ROW, index % TILES_PER_ROW)
    for column in range(min(len(tiles), TILES_PER_ROW)):
        grid.setColumnStretch(column, 1)
    return grid


class PairGrid(QWidget):
    """Sections two by two where there is room, else one under another (full width)."""

    def __init__(
        self, sections: list[BarSection], pair_width: int = 1240, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sections = sections
        self.pair_width = pair_width
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.paired: bool | None = None
        self._place(False)

    def _place(self, paired: bool) -> None:
        if paired == self.paired:
            return
        self.paired = paired
        for section in self.sections:
            self.grid.removeWidget(section)
        for index, section in enumerate(self.sections):
            section.set_compact(paired)
            row, column = (index // 2, index % 2) if paired else (index, 0)
            self.grid.addWidget(section, row, column)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if paired else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(self.width() >= self.pair_width)
        super().resizeEvent(event)
