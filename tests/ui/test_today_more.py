"""Vandaag holds only what it shows: each group's first rows and a "Toon meer" row that adds
more (fetching the next actions from the vault when needed), in the order of the whole agenda.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import make_case
from tests.ui.conftest import TIMEOUT, unlock
from ui.features.today import area as today_module
from ui.features.today.agenda import AgendaView
from ui.features.today.area import TodayArea
from ui.features.today.model import COUNT_ROLE, KIND_ROLE, SHOWN_ROLE
from ui.qt import QLocale, QModelIndex, Qt
from vertrouwen.agenda import ActionGroup, AgendaBook, AgendaItem, When, collect
from vertrouwen.domain import Action, Owner, Regime, Step
from vertrouwen.routes import builtin_routes

TODAY = date(2026, 3, 25)


def _item(kind: str, days: int, n: int) -> AgendaItem:
    return AgendaItem(
        kind, TODAY + timedelta(days=days), f"VP-2026-{n:05d}", f"Regel {n}", "advisor"
    )  # type: ignore[arg-type]


def _big_book() -> AgendaBook:
    """What a 100,000-case vault gives: thousands per group, of which only the first are held."""
    book = AgendaBook(TODAY)
    book.actions = {
        When.OVERDUE: ActionGroup(6753, tuple(_item("action", -400 + n, n) for n in range(50))),
        When.TODAY: ActionGroup(874, tuple(_item("action", 0, n) for n in range(50))),
        When.WEEK: ActionGroup(0),
        When.LATER: ActionGroup(3, tuple(_item("action", 9, n) for n in range(3))),
    }
    book.add_deadlines(_item("deadline", -800 + n % 700, 100_000 + n) for n in range(3000))
    book.add_deadlines(_item("deadline", 3, 200_000 + n) for n in range(20))
    return book


def test_the_model_holds_no_more_rows_than_shown(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = AgendaView()
    qtbot.addWidget(view)
    book = _big_book()
    view.model_.show_book(book, dict.fromkeys(When, 50))
    model = view.model_
    kinds = [model.index(r).data(KIND_ROLE) for r in range(model.rowCount())]
    # Verlopen: heading, 50 rows, toon meer; Vandaag: the same; Deze week: heading and its 20
    # deadlines; Later: heading and its 3 actions. Nothing of the other 9,000 rows.
    assert model.rowCount() == 52 + 52 + 21 + 4
    assert kinds.count("more") == 2 and kinds.count("head") == 4
    more = view.more_index(When.OVERDUE)
    assert more.data(SHOWN_ROLE) == 50 and more.data(COUNT_ROLE) == 9753
    assert f"50 van {QLocale().toString(9753)} getoond" in more.data()
    assert not view.more_index(When.WEEK).isValid()
    qtmodeltester.check(model)


def test_growing_a_group_inserts_rows_above_its_toon_meer(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = AgendaView()
    qtbot.addWidget(view)
    book = _big_book()
    view.model_.show_book(book, dict.fromkeys(When, 50))
    before = view.model_.rowCount()
    assert view.model_.grow(book, When.LATER, 150) == -1  # no "toon meer" there: nothing
    assert view.model_.rowCount() == before
    book.actions[When.OVERDUE] = ActionGroup(
        6753, tuple(_item("action", -400 + n, n) for n in range(150))
    )
    with (
        qtbot.waitSignal(view.model_.rowsInserted, timeout=1000),
        qtbot.assertNotEmitted(view.model_.modelReset),  # the view keeps its place
    ):
        first_new = view.model_.grow(book, When.OVERDUE, 150)
    assert view.model_.rowCount() == before + 100
    assert view.model_.index(first_new - 1).data(KIND_ROLE) == "item"
    assert view.more_index(When.OVERDUE).data(SHOWN_ROLE) == 150
    overdue = [i for i in view.items() if i.when(TODAY) is When.OVERDUE]
    assert overdue == book.first(When.OVERDUE, 150)


def _fill(vault) -> None:  # type: ignore[no-untyped-def]
    ws = vault.open()
    try:
        late = make_case(
            actions=[
                Action(f"Afspraak {n}", Owner.ADVISOR, date(2026, 3, 1) + timedelta(days=n))
                for n in range(9)
            ]
        )
        late.steps = []
        running = make_case(regime=Regime.WMO, incident_date=date(2025, 9, 1), actions=[])
        running.steps = [Step("klachtenfunctionaris", date(2025, 10, 1))]  # decision owed
        ws.cases.add(late)
        ws.cases.add(running)
    finally:
        ws.close()


@pytest.fixture
def small_groups(qtbot, make_window, vault, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VERTROUWEN_TODAY", TODAY.isoformat())
    monkeypatch.setattr(today_module, "FIRST_ROWS", 3)
    monkeypatch.setattr(today_module, "MORE_ROWS", 4)
    _fill(vault)
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    area = h.window.shell.area("today")
    assert isinstance(area, TodayArea)
    qtbot.waitUntil(lambda: area.book is not None, timeout=TIMEOUT)  # the agenda is complete
    ws = vault.open()
    try:
        whole = collect(ws, TODAY, builtin_routes())
    finally:
        ws.close()
    return h, area, [i for i in whole if i.when(TODAY) is When.OVERDUE]


def test_toon_meer_adds_rows_in_order_until_the_group_is_whole(qtbot, small_groups) -> None:  # type: ignore[no-untyped-def]
    _h, area, overdue = small_groups
    assert len(overdue) == 10  # nine actions and the owed decision
    shown = [i for i in area.items if i.when(TODAY) is When.OVERDUE]
    assert shown == overdue[:3]
    assert "10 verlopen" in area.summary.text()
    view = area.agenda
    more = view.more_index(When.OVERDUE)
    rect = view.visualRect(more)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len([i for i in area.items if i.when(TODAY) is When.OVERDUE]) == 7)
    assert [i for i in area.items if i.when(TODAY) is When.OVERDUE] == overdue[:7]
    current = view.currentIndex()
    assert current.data(KIND_ROLE) == "item" and view.model_.item_at(current.row()) == overdue[3]
    # Enter on "Toon meer" does the same; the last step shows the rest and the row goes
    view.setCurrentIndex(view.more_index(When.OVERDUE))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.more_index(When.OVERDUE).isValid())
    assert [i for i in area.items if i.when(TODAY) is When.OVERDUE] == overdue
    rows = view.model_.rowCount()
    assert rows == len(area.items) + sum(1 for g in When if area.book and area.book.count(g))


def test_a_new_visit_keeps_the_groups_opened_and_the_keyboard_skips_headings(
    qtbot, small_groups
) -> None:  # type: ignore[no-untyped-def]
    h, area, overdue = small_groups
    view = area.agenda
    view.setCurrentIndex(view.more_index(When.OVERDUE))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len([i for i in area.items if i.when(TODAY) is When.OVERDUE]) == 7)
    h.window.shell.show_area("cases")
    old_book = area.book
    h.window.shell.show_area("today")
    qtbot.waitUntil(lambda: area.book is not old_book and area.loading.isHidden())
    assert [i for i in area.items if i.when(TODAY) is When.OVERDUE] == overdue[:7]
    # the heading above a group's first row is no stop for the keyboard
    view.setFocus()
    first = view.model_.index(1)
    assert view.model_.item_at(1) == overdue[0]
    view.setCurrentIndex(first)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex() == first
    area.clear()
    assert view.model_.rowCount() == 0 and area.book is None
    assert view.more_index(When.OVERDUE) == QModelIndex()
