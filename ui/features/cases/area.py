"""Dossiers: the case list (filters, sorting, full-text search) beside the open case.

The list is a lazy model of ids (`ui/features/cases/model.py`); the open case is a `CaseView`.
With no case open the list takes the whole width; opening one narrows the list to a few columns, and
Ctrl+W (or the close button) widens it again. Keys: Ctrl+F search, Down from the search
field into the hits or the list, Enter opens, Ctrl+N a new case (asked in a dialog).
"""

from __future__ import annotations

from ui.core import theme
from ui.core.assets import icon
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.features.cases.case.base import CaseServices
from ui.features.cases.case.dialogs import NewCaseDialog
from ui.features.cases.case.view import CaseView
from ui.features.cases.model import CASE_ID_ROLE, CaseListModel
from ui.features.cases.search import FilterBar, SearchField, SearchResults
from ui.features.cases.table import CaseTable, empty_state
from ui.kit.area import Area
from ui.kit.dialogs import Dialogs
from ui.kit.privacy.loader import DetectorLoader
from ui.kit.widgets import label
from ui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QLocale,
    QModelIndex,
    QPushButton,
    QSize,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Slot,
)
from vertrouwen import clock
from vertrouwen.changes import Changes
from vertrouwen.privacy import Detector
from vertrouwen.reports import years_with_cases
from vertrouwen.workspace import SearchHit, Workspace

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 50
MIN_SEARCH = 2  # one letter matches nearly every case: a second of work for nothing useful
LIST_WIDTH_WITH_CASE = 330


class CasesArea(Area):
    """The Dossiers area. The shell calls `new_case()` for Ctrl+N and `focus_search()` for
    Ctrl+F."""

    area_id = "cases"
    icon_name = "cases"

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        services: CaseServices,
        parent: QWidget | None = None,
        detectors: DetectorLoader | None = None,
    ) -> None:
        super().__init__(worker, dialogs, parent)
        self.total: int | None = None
        self._search_text = ""
        self._search_busy = False
        self._search_again = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(12)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(label(self.tr("Dossiers"), "title"))
        self.count_label = label("", "muted")
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.new_button = QPushButton(icon("plus", theme.ON_PRIMARY), self.tr("Nieuw dossier"))
        self.new_button.setProperty("kind", "primary")
        self.new_button.setIconSize(QSize(16, 16))
        self.new_button.setToolTip(self.tr("Nieuw dossier (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(14)
        layout.addWidget(self.splitter, 1)
        self.splitter.addWidget(self._build_list_pane())
        self.case_view = CaseView(
            worker, dialogs, services, detectors.detector if detectors else None
        )
        self.case_view.hide()
        self.case_view.close_requested.connect(self.close_case)
        self.case_view.list_toggled.connect(self.toggle_list)
        self.case_view.case_destroyed.connect(self._destroyed_here)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        if detectors is not None and detectors.detector is None:
            detectors.ready.connect(self._detector_ready)
        worker.about_to_lock.connect(self.case_view.ctx.flush)  # last keystrokes are saved

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._follow = QTimer(self)  # arrow keys in the list switch the open case, once they rest
        self._follow.setSingleShot(True)
        self._follow.setInterval(180)
        self._follow.timeout.connect(self._open_current)

    # -- building ----------------------------------------------------------------------------
    def _build_list_pane(self) -> QWidget:
        pane = QWidget()
        pane.setMinimumWidth(280)
        self.list_pane = pane
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.search = SearchField()
        self.search.setAccessibleName(self.tr("Zoeken in dossiers"))
        self.search.textChanged.connect(self._search_typed)
        self.search.leave.connect(self._leave_search)
        self.filter_button = QPushButton(icon("filter", theme.INK), self.tr("Filters"))
        self.filter_button.setCheckable(True)
        self.filter_button.setChecked(True)
        self.filter_button.setIconSize(QSize(16, 16))
        self.filter_button.toggled.connect(lambda on: self.filters.setVisible(on))
        row.addWidget(self.search, 1)
        row.addWidget(self.filter_button)
        column.addLayout(row)
        self.filters: FilterBar = FilterBar()
        self.filters.changed.connect(self._filters_changed)
        column.addWidget(self.filters)

        self.list_split = QSplitter(Qt.Orientation.Vertical)
        self.list_split.setChildrenCollapsible(False)
        self.results = SearchResults()
        self.results.chosen.connect(self._hit_chosen)
        self.results.back.connect(self.search.setFocus)
        self.results.hide()
        self.list_split.addWidget(self.results)

        self.stack = QStackedWidget()
        self.model: CaseListModel = CaseListModel(self.worker, self)
        self.model.reloaded.connect(self._reloaded)
        self.model.loading.connect(lambda _busy: self._show_count())
        self.table = CaseTable(self.model)
        self.table.setAccessibleName(self.tr("Dossierlijst"))
        self.table.clicked.connect(lambda index: self._open_index(index))
        self.table.activated.connect(lambda index: self._open_index(index, focus=True))
        self.table.start_sorting()  # asks the model to sort: the first load
        self.table.selectionModel().currentRowChanged.connect(self._current_moved)
        self.stack.addWidget(self.table)
        self.no_cases = empty_state(
            "cases",
            self.tr("Nog geen dossiers"),
            self.tr("Maak je eerste dossier met Ctrl+N. Het krijgt een code, nooit een naam."),
            QPushButton(icon("plus", theme.ON_PRIMARY), self.tr("Nieuw dossier")),
            self.new_case,
        )
        self.no_matches = empty_state(
            "search",
            self.tr("Geen dossiers gevonden"),
            self.tr("Geen dossier past bij deze filters of zoekwoorden."),
            QPushButton(self.tr("Filters en zoekwoorden wissen")),
            self.reset_filters,
        )
        self.stack.addWidget(self.no_cases)
        self.stack.addWidget(self.no_matches)
        self.list_split.addWidget(self.stack)
        self.list_split.setStretchFactor(1, 1)
        column.addWidget(self.list_split, 1)
        return pane

    @classmethod
    def caption(cls) -> str:
        return QCoreApplication.translate("CasesArea", "Dossiers")

    # -- loading -----------------------------------------------------------------------------
    def activate(self) -> None:
        self.cleared = False
        self.case_view.refresh_if_stale()  # another screen changed (or destroyed) the open case
        self.worker.submit(
            lambda ws: (ws.cases.count(), years_with_cases(ws, clock.today())), self._counted
        )

    def _counted(self, answer: tuple[int, list[int]]) -> None:
        self.total, years = answer
        self.filters.set_years(years)
        self._show_count()
        self._show_page()

    def _show_page(self) -> None:
        """The table, or why it is empty: no cases at all, or none that match."""
        if self.model.rowCount() or self.model.is_loading:
            self.stack.setCurrentWidget(self.table)
        elif self.total == 0 and not self.filters.is_filtered and not self._search_text:
            self.stack.setCurrentWidget(self.no_cases)
        elif self.total is not None:
            self.stack.setCurrentWidget(self.no_matches)

    def _reloaded(self, _count: int) -> None:
        self._show_count()
        self._show_page()
        case_id = self.case_view.case_id
        row = self.model.row_of(case_id) if case_id is not None else None
        if row is not None:
            self.table.select_quietly(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        locale = QLocale()
        if self.model.is_loading:
            text = self.tr("laden\u2026")
        elif self.total is None:
            text = ""
        elif self.filters.is_filtered or self._search_text:
            text = self.tr("{0} van {1}").format(
                locale.toString(shown), locale.toString(self.total)
            )
        elif self.total == 1:
            text = self.tr("1 dossier")
        else:
            text = self.tr("{0} dossiers").format(locale.toString(self.total))
        self.count_label.setText(text)
        active = sum(combo.currentIndex() > 0 for combo in self.filters.widgets)
        self.filter_button.setText(self.tr("Filters") + (f" \u00b7 {active}" if active else ""))

    def _filters_changed(self) -> None:
        self.model.reload(self.filters.case_filter(self._search_filter_text()))
        self._show_count()

    def reset_filters(self) -> None:
        self.search.clear()
        self.filters.clear_filters()

    # -- search ------------------------------------------------------------------------------
    def _search_filter_text(self) -> str | None:
        return self._search_text if len(self._search_text) >= MIN_SEARCH else None

    def _search_typed(self, text: str) -> None:
        self._search_text = text.strip()
        self._search_timer.start()

    def _run_search(self) -> None:
        text = self._search_filter_text()
        self.model.reload(self.filters.case_filter(text))
        if text and not self.results.isVisible():
            half = max(200, self.list_split.height() // 2)
            self.list_split.setSizes([half, max(200, self.list_split.height() - half)])
        self.results.setVisible(bool(text))
        if not text:
            self.results.clear()
            return
        if self._search_busy:
            self._search_again = True
            return
        self._search_busy, self._search_again = True, False
        self.worker.submit(
            lambda ws: ws.queries.search(text, SEARCH_LIMIT),
            lambda hits: self._found(text, hits),
            lambda _exc: self._found(text, []),
        )

    def _found(self, text: str, hits: list[SearchHit]) -> None:
        self._search_busy = False
        if self._search_again or text != self._search_filter_text():
            self._search_again = False
            self._run_search()
            return
        self.results.show_hits(hits, SEARCH_LIMIT)

    def _hit_chosen(self, hit: SearchHit) -> None:
        self.open_case(hit.case_id, hit.note_id, self._search_text, hit.document_id)

    # -- opening and closing a case ----------------------------------------------------------
    def _open_index(self, index: QModelIndex, focus: bool = False) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_case(int(case_id))
            if focus:
                self.case_view.tab_widget.setFocus()

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.case_view.isVisible() and current.isValid():
            self._follow.start()

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def vault_changed(self, changes: Changes) -> None:
        """Whoever changed the vault: a case added or destroyed reloads the list (it holds ids
        and fetches rows on demand) and its count; a changed case's row is read again; the open
        case is closed at once when it was destroyed, and read again when the area comes back
        if another screen changed it while this area was hidden."""
        if changes.case_list:
            self.model.reload()
            self.worker.submit(
                lambda ws: (ws.cases.count(), years_with_cases(ws, clock.today())), self._counted
            )
        elif changes.cases:
            self.model.refresh_codes(changes.cases)
        case = self.case_view.ctx.case
        if case is not None and case.code in changes.destroyed:
            self.close_case()  # gone for good: nothing of it stays on screen or in memory
        elif case is not None and case.code in changes.cases and not self.isVisible():
            self.case_view.stale = True

    def _destroyed_here(self, _code: str) -> None:
        self.close_case()  # the list and the count follow from vault_changed

    def open_case(
        self,
        case: int | str,
        note_id: str | None = None,
        search: str = "",
        document_id: str | None = None,
        route_item: str | None = None,
    ) -> None:
        """Show a case (by id, or by code) beside the list; from a search hit, with the note
        that matched; from Vandaag, with the action or term (`route_item`) on its tab."""
        if isinstance(case, str):
            code = case
            self.worker.submit(
                lambda ws: ws.cases.id_of(code),
                lambda i: self.open_case(int(i), route_item=route_item),
            )
            return
        case_id = case
        self._set_case_mode(True)
        self.case_view.open_case(case_id, note_id, search, document_id, route_item)
        row = self.model.row_of(case_id)
        if row is not None and self.table.currentIndex().row() != row:
            self.table.select_quietly(row)

    @Slot()
    def close_case(self) -> None:
        self.case_view.ctx.flush()
        self.case_view.clear()
        self._set_case_mode(False)
        self.table.setFocus()

    def _set_case_mode(self, on: bool) -> None:
        if on == self.case_view.isVisible():
            return
        self.case_view.setVisible(on)
        self.table.narrow(on)
        self.filter_button.setChecked(not on)
        self.filters.arrange(2 if on else 6)
        if on:
            self.list_pane.show()
            room = self.splitter.width()  # a small laptop: a narrower list, a wider case
            list_width = max(self.list_pane.minimumWidth(), min(LIST_WIDTH_WITH_CASE, room // 3))
            self.splitter.setSizes([list_width, max(600, room - list_width)])
        else:
            self.list_pane.show()

    def toggle_list(self) -> None:
        """Hide the list beside an open case (more room to write), or show it again."""
        if self.case_view.isVisible():
            self.list_pane.setVisible(not self.list_pane.isVisible())

    # -- where the user was (kept over a lock) -----------------------------------------------
    def place(self) -> dict[str, object]:
        """The open case (id, tab, note, scroll positions), whether the list beside it was
        hidden, and how far the list was scrolled. Never the search words: they are content."""
        return {
            "case": self.case_view.place() if self.case_view.isVisible() else {},
            "list_hidden": not self.list_pane.isVisible(),
            "list_scroll": self.table.verticalScrollBar().value(),
        }

    def restore_place(self, place: dict[str, object]) -> None:
        case = place.get("case")
        if isinstance(case, dict) and case:
            self._set_case_mode(True)
            if self.case_view.return_to(case):
                self.list_pane.setVisible(not place.get("list_hidden"))
            else:
                self._set_case_mode(False)
        scroll = place.get("list_scroll")
        if isinstance(scroll, int) and scroll:
            # the list fills in pages as it loads: scroll once the first page is there
            def scroll_back(_count: int = 0) -> None:
                self.table.verticalScrollBar().setValue(scroll)
                self.model.reloaded.disconnect(scroll_back)

            if self.model.is_loading or not self.model.rowCount():
                self.model.reloaded.connect(scroll_back)
            else:
                self.table.verticalScrollBar().setValue(scroll)

    def _detector_ready(self, detector: Detector) -> None:
        self.case_view.set_detector(detector)

    # -- keys --------------------------------------------------------------------------------
    def _leave_search(self, open_first: bool) -> None:
        """Down (or Enter) in the search field: into the hits, else into the list."""
        if self.results.isVisible() and self.results.list.count():
            self.results.list.setFocus()
            self.results.list.setCurrentRow(0)
            if open_first:
                self.results.chosen.emit(self.results.hits[0])
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    @Slot()
    def new_case(self) -> None:
        """Ctrl+N: ask the essentials, store the case, open it."""
        if not self.worker.is_unlocked:
            return
        dialog = NewCaseDialog(clock.today(), self)
        if self.dialogs.exec(dialog) != NewCaseDialog.DialogCode.Accepted:
            return
        case = dialog.case()

        def job(ws: Workspace) -> int:
            ws.cases.add(case)
            return int(case.id or 0)

        self.worker.submit(job, self._created, self._create_failed)

    def _created(self, case_id: int) -> None:
        self.open_case(case_id)  # the list and the count follow from vault_changed

    def _create_failed(self, exc: Exception) -> None:
        self.dialogs.warn(self.tr("Dossier niet aangemaakt"), describe(exc, "case"))

    @Slot()
    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus()
        self.search.selectAll()

    def clear(self) -> None:
        """The vault locked: the list, the open case and the search forget everything."""
        self._search_timer.stop()
        self._follow.stop()
        self.case_view.clear()
        self.case_view.hide()
        self.model.clear()
        self.results.clear()
        self.results.hide()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._search_text = ""
        self.filters.set_years([])
        self.total = None
        self.count_label.clear()
        super().clear()
