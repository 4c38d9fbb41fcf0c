"""Vandaag at 2,000 cases: tick an action off, snooze or dismiss a term (and undo it), filter on
who must act, and a deadline row opens its case on the route tab."""

from __future__ import annotations

from tests.ui.conftest import TIMEOUT
from tests.ui.test_today_ui import _today
from ui.features.cases.case.route.tab import RouteTab
from ui.qt import Qt
from vertrouwen.agenda import When


def _select(qtbot, area, kind: str):  # type: ignore[no-untyped-def]
    for row in range(area.agenda.model_.rowCount()):
        item = area.agenda.model_.item_at(row)
        if item is not None and item.kind == kind:
            area.agenda.setCurrentIndex(area.agenda.model_.index(row))
            return item
    raise AssertionError(f"no {kind} row")


def _reloaded(qtbot, area, check) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not area.loading.isVisible() and check(), timeout=TIMEOUT)


def test_tick_off_an_action_from_vandaag_and_undo(qtbot, make_window, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    h, area, (late_code, _running) = _today(qtbot, make_window, vault, monkeypatch)
    item = _select(qtbot, area, "action")
    assert area.tick_button.isEnabled() and not area.dismiss_button.isEnabled()
    qtbot.keyClick(area.agenda, Qt.Key.Key_Space)  # the keyboard way; the button does the same
    _reloaded(qtbot, area, lambda: item.text not in [r[2] for r in area.agenda.rows()])
    case = h.run_on_worker(qtbot, lambda ws: ws.cases.get(late_code))
    assert [a.done for a in case.actions] == [True]  # stored in the case
    assert area.undo_button.isVisible() and late_code in area.undo_note.text()
    area.undo_button.click()
    _reloaded(qtbot, area, lambda: item.text in [r[2] for r in area.agenda.rows()])
    case = h.run_on_worker(qtbot, lambda ws: ws.cases.get(late_code))
    assert [a.done for a in case.actions] == [False]
    assert not area.undo_button.isVisible()


def test_snooze_and_dismiss_a_term_and_undo(qtbot, make_window, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _h, area, (_late, running_code) = _today(qtbot, make_window, vault, monkeypatch)
    terms = [r for r in area.agenda.rows() if r[1] == running_code]
    assert terms
    item = _select(qtbot, area, "deadline")
    assert area.snooze_button.isEnabled() and not area.tick_button.isEnabled()
    area.dismiss_button.click()
    _reloaded(
        qtbot,
        area,
        lambda: len([r for r in area.agenda.rows() if r[1] == running_code]) == len(terms) - 1,
    )
    area.undo_button.click()
    _reloaded(
        qtbot,
        area,
        lambda: len([r for r in area.agenda.rows() if r[1] == running_code]) == len(terms),
    )
    item = _select(qtbot, area, "deadline")
    area.snooze_button.click()
    _reloaded(
        qtbot,
        area,
        lambda: len([r for r in area.agenda.rows() if r[1] == running_code]) == len(terms) - 1,
    )
    assert "uitgesteld" in area.undo_note.text()
    # stored in the vault: a new Vandaag (after a lock, or tomorrow) still leaves it out
    area.activate()
    _reloaded(
        qtbot,
        area,
        lambda: (item.when(area.book.today).value, item.code, item.text) not in area.agenda.rows(),
    )


def test_filter_on_who_must_act(qtbot, make_window, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _h, area, (late_code, running_code) = _today(qtbot, make_window, vault, monkeypatch)
    assert area.who.maxVisibleItems() >= area.who.count()  # the drop-down never scrolls
    area.who.setCurrentIndex(area.who.findData("organisation"))  # the terms only
    _reloaded(
        qtbot,
        area,
        lambda: bool(area.agenda.rows()) and all(r[1] == running_code for r in area.agenda.rows()),
    )
    area.who.setCurrentIndex(area.who.findData("advisor"))  # my own action only
    _reloaded(qtbot, area, lambda: [r[1] for r in area.agenda.rows()] == [late_code])
    area.who.setCurrentIndex(area.who.findData("client"))
    _reloaded(qtbot, area, lambda: area.stack.currentWidget() is area.empty)


def test_a_term_row_opens_the_case_on_the_route_tab(qtbot, make_window, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    h, area, (_late, running_code) = _today(qtbot, make_window, vault, monkeypatch)
    item = _select(qtbot, area, "deadline")
    qtbot.keyClick(area.agenda, Qt.Key.Key_Return)
    view = h.window.shell.area("cases").case_view
    qtbot.waitUntil(
        lambda: view.ctx.case is not None and view.ctx.case.code == item.code, timeout=TIMEOUT
    )
    route = next(t for t in view.tabs if isinstance(t, RouteTab))
    qtbot.waitUntil(lambda: view.tab_widget.currentWidget() is route, timeout=TIMEOUT)
    assert item.code == running_code and When(item.when(area.book.today).value)
