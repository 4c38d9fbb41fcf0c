"""The case list model: holds only ids, fetches the rows it is asked to show (Anki's browser).

`reload(filter, sort)` asks the worker for the ordered ids (one cheap query, even at 100,000
cases). `data()` never touches the vault: a row that is not cached yet shows a placeholder and
its block of rows is requested from the worker; when the rows arrive, `dataChanged` repaints
them. Requests made while painting are gathered and sent as one job on the next turn of the
event loop, so a fast scroll costs a handful of small queries, never a wait on the UI thread.
Sorting happens in SQL (`queries.case_ids`), so clicking a header is one query too.
With a search text, the first FIRST_PAGE ids come first (a common word is in nearly every
case: finding them all takes far longer than finding the first screenful) and the rest, with
the count, follow as a second job on the worker's reader thread, so the worker stays free for
opening a case meanwhile; until then the model is still `is_loading`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import name_of, short_date
from ui.core.worker import VaultWorker
from ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from vertrouwen.workspace import CaseFilter, CaseRow, Workspace

BLOCK = 100  # rows per fetch: a screenful or two; a block costs ~2-5 ms at 100,000 cases
FIRST_PAGE = 60  # ids asked for first while searching: a screenful (the rest follow)
MAX_CACHED_BLOCKS = 200  # keep at most ~20,000 rows in memory; older blocks are dropped
CASE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PLACEHOLDER = "\u2026"

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # the sort key in queries.SORT_KEYS
    title: str  # Dutch; translated when shown


COLUMNS: tuple[Column, ...] = (
    Column("code", "Code"),
    Column("opened", "Geopend"),
    Column("role", "Cliënt"),
    Column("organisation", "Organisatie"),
    Column("kind", "Soort organisatie"),
    Column("regime", "Regeling"),
    Column("last_contact", "Laatste contact"),
    Column("closed", "Status"),
)
COLUMN_KEYS = [c.key for c in COLUMNS]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


# lupdate only sees literal strings in translate calls: list the texts `_tr` gets once for it.
_TITLES_FOR_LUPDATE = (
    QCoreApplication.translate("CaseListModel", "Code"),
    QCoreApplication.translate("CaseListModel", "Geopend"),
    QCoreApplication.translate("CaseListModel", "Cliënt"),
    QCoreApplication.translate("CaseListModel", "Organisatie"),
    QCoreApplication.translate("CaseListModel", "Soort organisatie"),
    QCoreApplication.translate("CaseListModel", "Regeling"),
    QCoreApplication.translate("CaseListModel", "Laatste contact"),
    QCoreApplication.translate("CaseListModel", "Status"),
    QCoreApplication.translate("CaseListModel", "Open"),
    QCoreApplication.translate("CaseListModel", "Gesloten"),
    QCoreApplication.translate("CaseListModel", "Gesloten op {0}"),
    QCoreApplication.translate("CaseListModel", "Signaal van een onveilige situatie"),
)


class CaseListModel(QAbstractTableModel):
    """Lazy table of cases. Signals: `loading(bool)`, `reloaded(count)` after every reload."""

    loading = Signal(bool)
    reloaded = Signal(int)

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._ids: list[int] = []
        self._partial = False  # _ids holds only the first page; the rest is on its way
        self._blocks: OrderedDict[int, dict[int, CaseRow]] = OrderedDict()  # block -> id -> row
        self._wanted: set[int] = set()  # blocks asked for by data(), not yet sent
        self._pending: set[int] = set()  # blocks sent to the worker
        self._generation = 0  # bumped on reload/clear: results of older jobs are dropped
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._send_wanted)
        self.filter = CaseFilter()
        self.sort_key = "opened"
        self.descending = True
        self.is_loading = False
        self._in_flight = False  # a case_ids query is running on the worker
        self._again = False  # and another was asked for since
        self.fetches = 0  # jobs sent (tests and the benchmark read it)
        # Made once: a new brush or icon per painted cell would cost more than the cell.
        self._faint = QBrush(QColor(theme.FAINT))
        self._muted = QBrush(QColor(theme.MUTED))
        self._open = QBrush(QColor(theme.SUCCESS))
        self._alert = icon("alert", theme.DANGER)

    # -- the list ------------------------------------------------------------------------------
    def reload(
        self,
        flt: CaseFilter | None = None,
        sort_key: str | None = None,
        descending: bool | None = None,
    ) -> None:
        """Fetch the ids for a (new) filter or sort order; rows follow as they are shown."""
        if flt is not None:
            self.filter = flt
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        self._generation += 1
        self._set_loading(True)
        if self._in_flight:
            self._again = True  # sent when the running query answers: the queue stays short
            return
        self._send_reload()

    def _send_reload(self) -> None:
        generation = self._generation
        flt_now, key, desc = self.filter, self.sort_key, self.descending
        limit = FIRST_PAGE if flt_now.text is not None else None
        self._in_flight, self._again = True, False

        def job(ws: Workspace) -> list[int] | None:
            if generation != self._generation:
                return None  # asked for again before this started: its answer is dropped
            return ws.queries.case_ids(flt_now, key, desc, limit)

        self._worker.submit(
            job, lambda ids: self._ids_loaded(generation, ids, limit), self._reload_failed
        )

    def _send_rest(self) -> None:
        """The whole list after a search's first page, with its count: on the worker's reader
        thread (`submit_aside`), so opening a case or the next search does not wait for it
        (0.4-2 s for a common word at 264,000 cases). Typing further, another sort or a lock
        makes it stale: SQLite stops it then (`case_ids_unless`) and its answer is dropped."""
        generation = self._generation
        flt_now, key, desc = self.filter, self.sort_key, self.descending

        def stale() -> bool:  # asked on the reader thread; an int compare, no Qt
            return generation != self._generation

        def job(reader: Workspace) -> list[int] | None:
            if stale():
                return None
            return reader.queries.case_ids_unless(stale, flt_now, key, desc)

        self._worker.submit_aside(
            job,
            lambda ids: self._rest_loaded(generation, ids),
            lambda exc: self._rest_failed(generation, exc),
        )

    def _reload_failed(self, _exc: Exception) -> None:
        self._in_flight = False
        if self._again:
            self._send_reload()
            return
        self._set_loading(False)

    def _ids_loaded(self, generation: int, ids: list[int] | None, limit: int | None) -> None:
        self._in_flight = False
        if self._again:
            self._send_reload()
            return
        if generation != self._generation or ids is None:
            return  # cleared (locked) meanwhile
        self.beginResetModel()
        self._ids = ids
        self._partial = limit is not None and len(ids) >= limit
        self._drop_cache()
        self.endResetModel()
        if self._partial:
            self._send_rest()  # the rest and the count; still loading
            return
        self._set_loading(False)
        self.reloaded.emit(len(ids))

    def _rest_loaded(self, generation: int, ids: list[int] | None) -> None:
        if generation != self._generation or ids is None or not self._partial:
            return  # stale: another search, sort or a lock came since
        self._partial = False
        shown = len(self._ids)
        if ids[:shown] == self._ids:
            # the rest of the list after its first page: add it, keep what is shown
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
                if shown % BLOCK and shown // BLOCK in self._blocks:
                    self._wanted.add(shown // BLOCK)  # its block holds only the first rows
                    self._flush.start()
        else:  # a case was changed between the two reads: show the whole list afresh
            self.beginResetModel()
            self._ids = ids
            self._drop_cache()
            self.endResetModel()
        self._set_loading(False)
        self.reloaded.emit(len(ids))

    def _rest_failed(self, generation: int, _exc: Exception) -> None:
        if generation == self._generation:
            self._partial = False  # the first page stays; its count is what is shown
            self._set_loading(False)
            self.reloaded.emit(len(self._ids))

    def refresh(self, case_ids: Sequence[int]) -> None:
        """Re-read the rows of these cases (after an edit); their place in the list stays."""
        wanted = set(case_ids)
        rows = [row for row, cid in enumerate(self._ids) if cid in wanted]
        for row in rows:
            block = self._blocks.get(row // BLOCK)
            if block is not None:
                block.pop(self._ids[row], None)
            self._wanted.add(row // BLOCK)
        if rows:
            self._flush.start()

    def refresh_codes(self, codes: Iterable[str]) -> None:
        """Re-read the rows of these cases where they are loaded (the rest load fresh anyway)."""
        wanted = set(codes)
        self.refresh(
            [
                row.id
                for block in self._blocks.values()
                for row in block.values()
                if row.code in wanted
            ]
        )

    def clear(self) -> None:
        """The vault locked: forget every id and row."""
        self._generation += 1
        self._again = self._in_flight = False
        self._flush.stop()
        self.beginResetModel()
        self._ids = []
        self._partial = False
        self._drop_cache()
        self.endResetModel()
        self.filter = CaseFilter()
        self._set_loading(False)

    def _drop_cache(self) -> None:
        self._blocks.clear()
        self._wanted.clear()
        self._pending.clear()

    def _set_loading(self, value: bool) -> None:
        if value != self.is_loading:
            self.is_loading = value
            self.loading.emit(value)

    # -- looking things up ---------------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> CaseRow | None:
        if not 0 <= row < len(self._ids):
            return None
        block = self._blocks.get(row // BLOCK)
        return None if block is None else block.get(self._ids[row])

    def loaded_rows(self) -> int:
        return sum(len(b) for b in self._blocks.values())

    # -- fetching ------------------------------------------------------------------------------
    def _want(self, row: int) -> None:
        block = row // BLOCK
        if block in self._pending or block in self._wanted or block in self._blocks:
            return  # asked for already (or loaded, with a case deleted since: nothing to get)
        self._wanted.add(block)
        self._flush.start()

    def _send_wanted(self) -> None:
        blocks = sorted(self._wanted - self._pending)
        self._wanted.clear()
        if not blocks:
            return
        self._pending.update(blocks)
        generation = self._generation
        ids = [cid for b in blocks for cid in self._ids[b * BLOCK : (b + 1) * BLOCK]]
        self.fetches += 1

        def job(ws: Workspace) -> list[CaseRow]:
            return ws.queries.case_rows(ids)

        asked = set(ids)
        self._worker.submit(job, lambda rows: self._rows_loaded(generation, blocks, rows, asked))

    def _rows_loaded(
        self, generation: int, blocks: list[int], rows: list[CaseRow], asked: set[int]
    ) -> None:
        if generation != self._generation:
            return
        by_id = {r.id: r for r in rows}
        for b in blocks:
            self._pending.discard(b)
            ids = self._ids[b * BLOCK : (b + 1) * BLOCK]
            cached = self._blocks.setdefault(b, {})
            cached.update({cid: by_id[cid] for cid in ids if cid in by_id})
            if any(cid not in asked for cid in ids):
                # the rest of a search's list arrived while this block (of its first page)
                # was on its way: ask again for the rows it did not hold then
                self._wanted.add(b)
                self._flush.start()
            self._blocks.move_to_end(b)
            first, last = b * BLOCK, min(len(self._ids), (b + 1) * BLOCK) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1), [])
        while len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section].title)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        return self._cell(index.row(), index.column()).get(role)

    def multiData(self, index: AnyIndex, span: QModelRoleDataSpan | QModelRoleData) -> None:
        # The view asks a cell for ~9 roles to paint it. One Python call per cell instead of
        # one per role: while the worker thread runs Python, each call into Python waits for
        # the GIL, and painting a screenful would wait ~1,000 times.
        values = (
            self._cell(index.row(), index.column())
            if index.isValid() and index.row() < len(self._ids)
            else {}
        )
        # Qt passes a span of QModelRoleData; PySide6 iterates it, its stubs do not say so
        for slot in span:  # type: ignore[union-attr]
            value = values.get(slot.role())
            if value is None:
                slot.clearData()
            else:
                slot.setData(value)

    def _cell(self, row_number: int, column: int) -> dict[int, object]:
        """Every role of one cell (roles without a value are left out)."""
        display = int(Qt.ItemDataRole.DisplayRole)
        foreground = int(Qt.ItemDataRole.ForegroundRole)
        row = self.cached_row(row_number)
        if row is None:
            self._want(row_number)
            text = PLACEHOLDER if column == 0 else ""
            return {CASE_ID_ROLE: self._ids[row_number], display: text, foreground: self._faint}
        key = COLUMNS[column].key
        cell: dict[int, object] = {CASE_ID_ROLE: row.id, display: self._text(row, key)}
        tooltip = self._tooltip(row, key)
        if tooltip:
            cell[int(Qt.ItemDataRole.ToolTipRole)] = tooltip
        if key == "code" and row.unsafe_signal:
            cell[int(Qt.ItemDataRole.DecorationRole)] = self._alert
        if key == "closed" and row.closed is None:
            cell[foreground] = self._open
        elif key in ("opened", "last_contact", "kind", "regime"):
            cell[foreground] = self._muted
        return cell

    def _text(self, row: CaseRow, key: str) -> str:
        if key == "code":
            return row.code
        if key == "opened":
            return short_date(row.opened)
        if key == "role":
            return name_of(row.client_role)
        if key == "organisation":
            return row.organisation_name
        if key == "kind":
            return name_of(row.organisation_kind)
        if key == "regime":
            return name_of(row.regime)
        if key == "last_contact":
            return short_date(row.last_contact, "\u2014")
        return _tr("Open") if row.closed is None else _tr("Gesloten")

    def _tooltip(self, row: CaseRow, key: str) -> str | None:
        if key == "code" and row.unsafe_signal:
            return _tr("Signaal van een onveilige situatie")
        if key == "closed" and row.closed is not None:
            result = f" \u00b7 {name_of(row.result)}" if row.result is not None else ""
            return _tr("Gesloten op {0}").format(short_date(row.closed)) + result
        if key == "organisation":  # the full name (the column may cut it) and the topics
            topics = ", ".join(name_of(t) for t in row.topics)
            return f"{row.organisation_name}\n{topics}" if topics else row.organisation_name
        if key == "kind":
            return name_of(row.organisation_kind)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: sort in SQL. Equal sort again (Qt re-applies it) costs nothing."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.sort_key and descending == self.descending and self._ids:
            return
        self.reload(sort_key=key, descending=descending)
