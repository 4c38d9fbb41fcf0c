"""The table that shows the case list model: fixed row height (so 100,000 rows cost nothing to
measure), sorting by header click, and a narrow mode beside an open case."""

from __future__ import annotations

from collections.abc import Callable

from ui.core import theme
from ui.features.cases.model import COLUMN_KEYS, CaseListModel
from ui.kit.area import EmptyState
from ui.qt import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QPushButton,
    QResizeEvent,
    Qt,
    QTableView,
    QWidget,
)

ROW_HEIGHT = 38
NARROW_COLUMNS = {"code", "organisation"}
WIDTHS = {"code": 150, "opened": 110, "role": 106, "kind": 176, "regime": 110,
          "last_contact": 124, "closed": 92}  # fmt: skip
# A laptop's 1366 pixels: the other columns a little tighter, so Organisatie keeps ~260 px.
COMPACT = {"code": 150, "opened": 108, "role": 96, "kind": 150, "regime": 96,
           "last_contact": 122, "closed": 86}  # fmt: skip
COMPACT_BELOW = 1150  # the table's width under which the compact widths are used
STYLE = (
    f"QTableView {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};"
    " border-radius: 10px; outline: none; }"
    f"QTableView::item {{ padding: 0 10px; border-bottom: 1px solid {theme.RULE}; }}"
    f"QTableView::item:selected {{ background: {theme.PRIMARY_SOFT}; color: {theme.INK}; }}"
    f"QHeaderView::section {{ background: {theme.SURFACE}; color: {theme.MUTED};"
    f" border: none; border-bottom: 1px solid {theme.BORDER}; padding: 8px 10px;"
    f" font-weight: 600; font-size: {theme.pt(12)}pt; }}"
)


class CaseTable(QTableView):
    """A QTableView set up for the lazy case list."""

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compact = False  # tighter columns on a laptop's width
        self._narrow = False  # beside an open case: code and organisation only
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        rows.hide()
        # Fixed heights: the view never asks 100,000 rows for their size hint.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for n, key in enumerate(COLUMN_KEYS):
            if key == "organisation":
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(n, WIDTHS[key])
        self.setStyleSheet(STYLE)

    def start_sorting(self) -> None:
        """Newest first; from now on a header click sorts (in SQL, through the model)."""
        self.horizontalHeader().setSortIndicator(
            COLUMN_KEYS.index("opened"), Qt.SortOrder.DescendingOrder
        )
        self.setSortingEnabled(True)

    def select_quietly(self, row: int) -> None:
        """Select a row without announcing it (the case shown is already that one)."""
        selection = self.selectionModel()
        selection.blockSignals(True)
        self.selectRow(row)
        selection.blockSignals(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_BELOW
        if compact != self._compact and not self._narrow:
            self._compact = compact
            self._set_widths()

    def _set_widths(self) -> None:
        widths = COMPACT if self._compact else WIDTHS
        header = self.horizontalHeader()
        for n, key in enumerate(COLUMN_KEYS):
            if key != "organisation":
                header.resizeSection(n, widths[key])

    def narrow(self, on: bool) -> None:
        """Beside an open case only the code and the organisation are shown; the code column
        then takes just the room a code (with its warning icon) needs, so the organisation
        stays readable in the narrow list of a small screen."""
        code = COLUMN_KEYS.index("code")
        for n, key in enumerate(COLUMN_KEYS):
            self.setColumnHidden(n, on and key not in NARROW_COLUMNS)
        width = self.fontMetrics().horizontalAdvance("VP-0000-0000") + 20 + 30  # icon, padding
        self._narrow = on
        if on:
            self.horizontalHeader().resizeSection(code, min(width, WIDTHS["code"]))
        else:
            self._set_widths()


def empty_state(
    icon_name: str, title: str, text: str, button: QPushButton, action: Callable[[], None]
) -> EmptyState:
    """Why the list is empty, with the one button that helps (a plus icon makes it primary)."""
    state = EmptyState(icon_name, title, text)
    if not button.icon().isNull():
        button.setProperty("kind", "primary")
    button.clicked.connect(action)
    layout = state.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(4, button, 0, Qt.AlignmentFlag.AlignCenter)  # under the text
    return state
