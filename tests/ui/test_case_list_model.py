"""The lazy case list model: Qt's model rules (qtmodeltester), rows fetched in blocks through
the worker, sorting and filtering in SQL, placeholders for rows not loaded yet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.ui.conftest import TIMEOUT
from ui.core.worker import VaultWorker
from ui.features.cases.model import (
    BLOCK,
    CASE_ID_ROLE,
    COLUMN_KEYS,
    FIRST_PAGE,
    PLACEHOLDER,
    CaseListModel,
)
from ui.qt import QModelIndex, Qt
from vertrouwen.demo import generate
from vertrouwen.domain import Regime
from vertrouwen.vault.db import transaction
from vertrouwen.vault.queries import CaseFilter

CASES = 320  # more than three blocks


@pytest.fixture
def filled(vault):  # type: ignore[no-untyped-def]
    ws = vault.open()
    with transaction(ws._conn):
        for case in generate(CASES, seed=7, today=date(2026, 6, 1)):
            ws.cases.insert_in_transaction(case)
    ws.close()
    return vault


@pytest.fixture
def worker(qtbot, filled) -> Iterator[VaultWorker]:  # type: ignore[no-untyped-def]
    worker = VaultWorker()
    opened: list[object] = []
    worker.unlock(filled.path, filled.passphrase, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    yield worker
    worker.shutdown()


def loaded(qtbot, model: CaseListModel, **reload: object) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.reloaded, timeout=TIMEOUT):
        model.reload(**reload)  # type: ignore[arg-type]


def ask_for_everything(model: CaseListModel) -> None:
    for row in range(model.rowCount()):
        model.index(row, 0).data()


def on_worker(qtbot, worker: VaultWorker, fn):  # type: ignore[no-untyped-def]
    box: list[object] = []
    worker.submit(fn, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    return box[0]


def test_model_passes_qtmodeltester(qtbot, qtmodeltester, worker) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel(worker)
    loaded(qtbot, model)
    assert model.rowCount() == CASES
    # The tester checks the model now (with placeholders) and every signal it sends later.
    qtmodeltester.check(model, force_py=True)
    ask_for_everything(model)
    qtbot.waitUntil(lambda: model.loaded_rows() == CASES, timeout=TIMEOUT)
    loaded(qtbot, model, sort_key="code", descending=False)
    loaded(qtbot, model, flt=CaseFilter(status="closed"))
    model.clear()


def test_empty_model_passes_qtmodeltester(qtmodeltester, worker) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(CaseListModel(worker), force_py=True)


def test_rows_arrive_in_blocks_with_placeholders_first(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel(worker)
    loaded(qtbot, model)
    far = BLOCK * 2 + 5
    assert model.index(far, 0).data() == PLACEHOLDER  # never waits on the vault
    assert model.index(far, 0).data(CASE_ID_ROLE) == model.ids[far]  # ids are there at once
    with qtbot.waitSignal(model.dataChanged, timeout=TIMEOUT) as changed:
        pass
    first, last = changed.args[0], changed.args[1]
    assert first.row() == BLOCK * 2 and last.row() == BLOCK * 3 - 1
    assert model.loaded_rows() == BLOCK  # only the block that was asked for
    code = model.index(far, COLUMN_KEYS.index("code")).data()
    assert code.startswith("VP-")
    rows = on_worker(qtbot, worker, lambda ws: ws.queries.case_rows([model.ids[far]]))
    assert code == rows[0].code


def test_header_sort_is_done_in_sql(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel(worker)
    loaded(qtbot, model)
    for key, order in (
        ("code", Qt.SortOrder.AscendingOrder),
        ("last_contact", Qt.SortOrder.DescendingOrder),
    ):
        with qtbot.waitSignal(model.reloaded, timeout=TIMEOUT):
            model.sort(COLUMN_KEYS.index(key), order)
        descending = order == Qt.SortOrder.DescendingOrder
        expected = on_worker(
            qtbot, worker, lambda ws, k=key, d=descending: ws.queries.case_ids(None, k, d)
        )
        assert model.ids == expected
    codes_model = CaseListModel(worker)
    loaded(qtbot, codes_model, sort_key="code", descending=False)
    ask_for_everything(codes_model)
    qtbot.waitUntil(lambda: codes_model.loaded_rows() == CASES, timeout=TIMEOUT)
    codes = [codes_model.index(r, 0).data() for r in range(CASES)]
    assert codes == sorted(codes)  # VP-YYYY-NNNN sorts as text within the demo's range


def test_filters_narrow_the_ids(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel(worker)
    loaded(qtbot, model)
    everything = set(model.ids)
    loaded(qtbot, model, flt=CaseFilter(status="open", regime=Regime.JEUGDWET))
    assert 0 < model.rowCount() < CASES
    assert set(model.ids) < everything
    ask_for_everything(model)
    qtbot.waitUntil(lambda: model.loaded_rows() == model.rowCount(), timeout=TIMEOUT)
    status = COLUMN_KEYS.index("closed")
    regime = COLUMN_KEYS.index("regime")
    for row in range(model.rowCount()):
        assert model.index(row, status).data() == "Open"
        assert model.index(row, regime).data() == "Jeugdwet"


def test_quick_filter_changes_send_one_query_at_a_time(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel(worker)
    model.reload(CaseFilter(status="open"))
    model.reload(CaseFilter(status="closed"))
    model.reload(CaseFilter(status="all"))  # only the last one counts
    qtbot.waitUntil(lambda: not model.is_loading, timeout=TIMEOUT)
    assert model.rowCount() == CASES


def test_refresh_and_clear(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel(worker)
    loaded(qtbot, model)
    model.index(0, 0).data()
    qtbot.waitUntil(lambda: model.cached_row(0) is not None, timeout=TIMEOUT)
    case_id = model.ids[0]

    def rename(ws):  # type: ignore[no-untyped-def]
        case = ws.cases.get_by_id(case_id)
        case.organisation.name = "Hernoemd Wijkteam"
        ws.cases.update(case)

    on_worker(qtbot, worker, rename)
    model.refresh([case_id])
    organisation = COLUMN_KEYS.index("organisation")
    qtbot.waitUntil(
        lambda: model.index(0, organisation).data() == "Hernoemd Wijkteam", timeout=TIMEOUT
    )
    model.clear()
    assert model.rowCount() == 0 and model.loaded_rows() == 0
    assert not model.index(0, 0).isValid()
    assert model.data(QModelIndex()) is None


def test_a_search_shows_its_first_page_before_the_whole_list(qtbot, qtmodeltester, worker) -> None:  # type: ignore[no-untyped-def]
    """Issue 16: a common word is in nearly every case; the first screenful comes first (from
    the walk), the rest and the count follow, and the rows of the first block are completed."""
    model = CaseListModel(worker)
    qtmodeltester.check(model, force_py=True)
    flt = CaseFilter(text="de")
    everything = on_worker(qtbot, worker, lambda ws: ws.queries.case_ids(flt))
    assert len(everything) > FIRST_PAGE + BLOCK  # the word is common here too
    sizes: list[tuple[int, bool]] = []
    model.modelReset.connect(lambda: sizes.append((model.rowCount(), model.is_loading)))
    # the view paints the first page at once: its block is asked for before the rest arrives
    model.modelReset.connect(lambda: model.index(FIRST_PAGE - 1, 0).data())
    model.rowsInserted.connect(lambda *_: sizes.append((model.rowCount(), model.is_loading)))
    loaded(qtbot, model, flt=flt)
    assert sizes == [(FIRST_PAGE, True), (len(everything), True)]
    assert model.ids == everything and not model.is_loading
    ask_for_everything(model)
    qtbot.waitUntil(lambda: model.loaded_rows() == len(everything), timeout=TIMEOUT)
    row = FIRST_PAGE + 3  # in the first block, which held only the first page before
    assert model.index(row, 0).data() == model.cached_row(row).code  # type: ignore[union-attr]
    # a rare word: its first page is the whole list, one job
    sizes.clear()
    rare = on_worker(qtbot, worker, lambda ws: ws.queries.case_ids(CaseFilter(text="mediation")))
    loaded(qtbot, model, flt=CaseFilter(text="mediation"))
    assert model.ids == rare and sizes == [(len(rare), True)]
    # typing on while the first page is on its way: only the last text's list arrives
    model.reload(flt=CaseFilter(text="ge"))
    loaded(qtbot, model, flt=CaseFilter(text="gesprek"))
    assert model.ids == on_worker(
        qtbot, worker, lambda ws: ws.queries.case_ids(CaseFilter(text="gesprek"))
    )
