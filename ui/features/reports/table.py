"""The number tables of the Rapportage screen: read-only, every row visible (the page scrolls,
not the table), cells selectable and copyable as tab-separated text for a spreadsheet."""

from __future__ import annotations

from ui.core import theme
from ui.qt import (
    QAbstractItemView,
    QColor,
    QCoreApplication,
    QFrame,
    QGuiApplication,
    QHeaderView,
    QKeyEvent,
    QKeySequence,
    QMenu,
    QPixmap,
    QPoint,
    QSizePolicy,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTableView,
    QWidget,
)

HEADER_HEIGHT = 32
ROW_HEIGHT = 28
NUMBER_WIDTH = 68
WIDE_LABEL = 300
COMPACT_LABEL, COMPACT_NUMBER = 216, 66
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter

_TABLE_QSS = f"""
QTableView {{ background: {theme.SURFACE}; border: none; outline: none;
              selection-background-color: {theme.PRIMARY_SOFT}; selection-color: {theme.INK}; }}
QTableView::item {{ border-bottom: 1px solid {theme.RULE}; padding: 0 8px; }}
QTableView::item:selected {{ background: {theme.PRIMARY_SOFT}; color: {theme.INK}; }}
QHeaderView::section {{ background: {theme.SURFACE}; color: {theme.MUTED}; border: none;
                        border-bottom: 1px solid {theme.FIELD_BORDER}; padding: 0 8px;
                        font-weight: 600; font-size: {theme.pt(12)}pt; }}
"""


def swatch(colour: str, size: int = 10) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return pixmap


class NumbersTable(QTableView):
    """A small, read-only table of counts: every row visible (the page scrolls, not the
    table), cells selectable, Ctrl+C copies the selection as tab-separated text."""

    def __init__(
        self,
        headers: list[str],
        label_width: int,
        number_width: int = NUMBER_WIDTH,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReportTable")
        self.centre_numbers = False
        self.setStyleSheet(_TABLE_QSS)
        self.data_model = QStandardItemModel(0, len(headers), self)
        self.setModel(self.data_model)
        self.set_headers(headers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setFixedHeight(HEADER_HEIGHT)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.set_widths(label_width, number_width)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._fit()

    def set_widths(self, label_width: int, number_width: int) -> None:
        self._number_width = number_width
        self.setColumnWidth(0, label_width)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Number columns as wide as asked, or wider where a title with a colour square (the
        chart's key) needs it: "Periode" and "Jaar eerder" are never cut off."""
        header = self.horizontalHeader()
        columns = self.data_model.columnCount()
        total = self.columnWidth(0)
        for column in range(1, columns):
            width = max(
                getattr(self, "_number_width", NUMBER_WIDTH), header.sectionSizeHint(column)
            )
            self.setColumnWidth(column, width)
            total += width
        self.setFixedWidth(total)

    def set_headers(self, headers: list[str], swatches: dict[int, str] | None = None) -> None:
        """Column titles; `swatches` puts a colour square before a title (the chart's key)."""
        self.data_model.setColumnCount(len(headers))
        self.data_model.setHorizontalHeaderLabels(headers)
        for column, colour in (swatches or {}).items():
            self.data_model.setHeaderData(
                column, Qt.Orientation.Horizontal, swatch(colour), Qt.ItemDataRole.DecorationRole
            )
        for column in range(1, len(headers)):
            self.data_model.setHeaderData(
                column,
                Qt.Orientation.Horizontal,
                CENTRE if self.centre_numbers else RIGHT,
                Qt.ItemDataRole.TextAlignmentRole,
            )
        self.data_model.setHeaderData(
            0, Qt.Orientation.Horizontal, LEFT, Qt.ItemDataRole.TextAlignmentRole
        )
        if swatches:  # a keyed title may need more room than a number
            self._fit_columns()

    def set_rows(
        self,
        rows: list[list[str]],
        total_last: bool = False,
        swatches: dict[int, str] | None = None,
    ) -> None:
        """Replace the rows; `swatches` puts a colour square before a row's name."""
        self.data_model.setRowCount(0)
        numbers = CENTRE if self.centre_numbers else RIGHT
        for index, cells in enumerate(rows):
            bold = total_last and index == len(rows) - 1
            items = []
            for column, text in enumerate(cells):
                item = QStandardItem(text)
                item.setEditable(False)
                item.setTextAlignment(LEFT if column == 0 else numbers)
                if column == 0:
                    item.setToolTip(text)
                    if swatches and index in swatches:
                        item.setData(swatch(swatches[index]), Qt.ItemDataRole.DecorationRole)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(QGuiApplication.palette().alternateBase())
                items.append(item)
            self.data_model.appendRow(items)
        self._fit()

    def clear_rows(self) -> None:
        self.data_model.setRowCount(0)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(HEADER_HEIGHT + self.data_model.rowCount() * ROW_HEIGHT + 2)

    def texts(self) -> list[list[str]]:
        """Every cell as shown (tests and copying read this)."""
        model = self.data_model
        return [
            [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]

    def _as_tsv(self, rows: list[list[str]]) -> str:
        return "\n".join("\t".join(row) for row in rows) + "\n"

    def copy_selection(self) -> None:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return self.copy_all()
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data() or ""))
        QGuiApplication.clipboard().setText(self._as_tsv(list(rows.values())))

    def copy_all(self) -> None:
        model = self.data_model
        header = [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount())
        ]
        QGuiApplication.clipboard().setText(self._as_tsv([header, *self.texts()]))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("Reports", "Kopiëren"), self.copy_selection)
        menu.addAction(QCoreApplication.translate("Reports", "Hele tabel kopiëren"), self.copy_all)
        menu.exec(self.viewport().mapToGlobal(pos))
