"""Vandaag in the real window: the agenda over all cases, a click opens the case, the .ics
export (no action descriptions unless asked), and locking clears it all."""

from __future__ import annotations

import stat
import threading
from datetime import date
from pathlib import Path

import icalendar

from tests.conftest import make_case
from tests.ui.conftest import TIMEOUT, unlock
from ui.features.cases.case.route.tab import RouteTab
from ui.features.today import area as today_module
from ui.features.today.area import TodayArea
from ui.features.today.calendar_export import export_to_calendar
from ui.qt import QApplication, QDialog, QLabel, Qt, QTimer
from vertrouwen.domain import Action, Owner, Regime, Step

TODAY = "2026-03-25"


def _fill(vault) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    ws = vault.open()
    try:
        # An overdue action in one case; a running decision term (Awb 9:11, 13 April) in another.
        late = make_case(actions=[Action("Verslag opvragen", Owner.ADVISOR, date(2026, 3, 20))])
        late.steps = []
        running = make_case(regime=Regime.WMO, incident_date=date(2025, 12, 1), actions=[])
        running.steps = [Step("klachtenfunctionaris", date(2026, 3, 2))]
        closed = make_case(
            closed=date(2026, 3, 1), actions=[Action("Dicht", due=date(2026, 3, 20))]
        )
        late_code, running_code = ws.cases.add(late), ws.cases.add(running)
        ws.cases.add(closed)
        return late_code, running_code
    finally:
        ws.close()


def _today(qtbot, make_window, vault, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VERTROUWEN_TODAY", TODAY)
    codes = _fill(vault)
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    area = h.window.shell.area("today")
    assert isinstance(area, TodayArea)
    qtbot.waitUntil(lambda: area.book is not None, timeout=TIMEOUT)  # the agenda is complete
    return h, area, codes


def test_vandaag_lists_an_overdue_action_and_a_running_deadline(
    qtbot, make_window, vault, monkeypatch
) -> None:
    _h, area, (late_code, running_code) = _today(qtbot, make_window, vault, monkeypatch)
    rows = area.agenda.rows()
    assert ("overdue", late_code, "Verslag opvragen") in rows
    deadlines = [r for r in rows if r[1] == running_code]
    assert (
        "later",
        running_code,
        "De organisatie handelt de klacht af (oordeel schriftelijk en gemotiveerd)",
    ) in deadlines
    assert all(code in (late_code, running_code) for _g, code, _t in rows)  # closed case left out
    assert "1 verlopen" in area.summary.text()
    assert area.stack.currentWidget() is area.agenda


def test_clicking_a_row_opens_the_case(qtbot, make_window, vault, monkeypatch) -> None:
    h, area, (late_code, _running) = _today(qtbot, make_window, vault, monkeypatch)
    index = area.agenda.index_of(late_code)
    assert index.isValid()
    rect = area.agenda.visualRect(index)
    action_id = area.agenda.model_.item_at(index.row()).action_id
    with qtbot.waitSignal(area.open_case_requested, timeout=TIMEOUT) as signal:
        qtbot.mouseClick(area.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [late_code, f"action:{action_id}"]
    assert h.window.shell.current_id == "cases"  # window.open_case shows Dossiers
    # ... on the route tab, with the focus on that action's tick box
    view = h.window.shell.area("cases").case_view
    route = next(t for t in view.tabs if isinstance(t, RouteTab))
    qtbot.waitUntil(lambda: view.tab_widget.currentWidget() is route, timeout=TIMEOUT)
    h.window.activateWindow()  # offscreen, replacing the screen drops the activation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is h.window, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: route.action_list.checkboxes[0].hasFocus(), timeout=TIMEOUT)
    # Enter on a selected row does the same
    h.window.shell.show_area("today")
    area.agenda.setCurrentIndex(index)
    with qtbot.waitSignal(area.open_case_requested, timeout=TIMEOUT) as signal:
        qtbot.keyClick(area.agenda, Qt.Key.Key_Return)
    assert signal.args == [late_code, f"action:{action_id}"]


def _accept_export_dialog(include_text: bool) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        assert not dialog.include_text.isChecked()  # type: ignore[attr-defined]  # off by default
        dialog.include_text.setChecked(include_text)  # type: ignore[attr-defined]
        dialog.accept()

    QTimer.singleShot(0, answer)


def _events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_ics_export_leaves_action_text_out_by_default(
    qtbot, make_window, vault, monkeypatch, tmp_path
) -> None:
    h, area, (late_code, running_code) = _today(qtbot, make_window, vault, monkeypatch)
    target = tmp_path / "agenda"  # the extension is added
    h.dialogs.answer_next(target, True)  # the save dialog, then the "saved" message
    _accept_export_dialog(include_text=False)
    area.export_button.click()
    written = tmp_path / "agenda.ics"
    qtbot.waitUntil(lambda: "Agenda opgeslagen" in h.dialogs.asked, timeout=TIMEOUT)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    events = _events(written)
    summaries = [str(e["SUMMARY"]) for e in events]
    assert f"{late_code}: afspraak (vertrouwenspersoon)" in summaries
    assert any(
        s.startswith(f"{running_code}: De organisatie handelt de klacht af") for s in summaries
    )
    assert b"Verslag opvragen" not in written.read_bytes()
    ws = vault.open()
    try:
        (entry,) = [e for e in ws.audit.entries() if e.event == "calendar_exported"]
    finally:
        ws.close()
    assert entry.detail.endswith("action_text=no") and entry.case_code is None


def test_ics_export_with_descriptions_when_ticked(
    qtbot, make_window, vault, monkeypatch, tmp_path
) -> None:
    h, area, (late_code, _running) = _today(qtbot, make_window, vault, monkeypatch)
    target = tmp_path / "met.ics"
    h.dialogs.answer_next(target, True)
    _accept_export_dialog(include_text=True)
    area.export_calendar()
    qtbot.waitUntil(lambda: "Agenda opgeslagen" in h.dialogs.asked, timeout=TIMEOUT)
    summaries = [str(e["SUMMARY"]) for e in _events(target)]
    assert f"{late_code}: afspraak (vertrouwenspersoon): Verslag opvragen" in summaries


def test_cancelling_the_save_dialog_writes_nothing(qtbot, make_window, vault, monkeypatch) -> None:
    h, area, _codes = _today(qtbot, make_window, vault, monkeypatch)
    h.dialogs.answer_next(None)
    export_to_calendar(h.worker, h.dialogs, area, include_text=False)
    assert h.dialogs.asked == ["Agendabestand opslaan"]


def test_locking_clears_the_agenda(qtbot, make_window, vault, monkeypatch) -> None:
    h, area, (late_code, _running) = _today(qtbot, make_window, vault, monkeypatch)
    area.clear()
    assert area.items == [] and area.agenda.rows() == [] and area.cleared
    labels = " ".join(w.text() for w in area.findChildren(QLabel))
    assert late_code not in labels and "Verslag opvragen" not in labels
    h.window.lock("manual")
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)


def test_first_rows_show_before_the_deadlines_are_all_gathered(
    qtbot, make_window, vault, monkeypatch
) -> None:
    """After an unlock the actions show as soon as their query is back; the deadlines follow
    (at 264,000 cases they take many seconds), and the row the user selected meanwhile stays
    selected when they come in."""
    monkeypatch.setenv("VERTROUWEN_TODAY", TODAY)
    late_code, running_code = _fill(vault)
    gate = threading.Event()
    gathered = today_module.deadline_batch

    def held_back(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert gate.wait(TIMEOUT / 1000)  # on the worker thread: the deadlines wait for the test
        return gathered(*args, **kwargs)

    monkeypatch.setattr(today_module, "deadline_batch", held_back)
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    area = h.window.shell.area("today")
    assert isinstance(area, TodayArea)
    qtbot.waitUntil(lambda: bool(area.items), timeout=TIMEOUT)
    assert area.book is None and area.loading.isVisible()  # not complete, and it says so
    assert area.agenda.rows() == [("overdue", late_code, "Verslag opvragen")]
    assert area.stack.currentWidget() is area.agenda
    area.agenda.setCurrentIndex(area.agenda.index_of(late_code))
    gate.set()
    qtbot.waitUntil(lambda: area.book is not None, timeout=TIMEOUT)
    assert running_code in [code for _g, code, _t in area.agenda.rows()]
    assert area.agenda.current_item() is not None
    assert area.agenda.current_item().code == late_code  # type: ignore[union-attr]
    assert not area.loading.isVisible()
