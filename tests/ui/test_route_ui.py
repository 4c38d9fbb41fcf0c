"""The route tab (timeline, advice, actions) and the route editor, on a real vault and worker.

The clock is fixed with VERTROUWEN_TODAY; every edit is checked by reopening the vault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from tests.conftest import VaultFiles, make_case
from tests.ui.conftest import TIMEOUT
from ui.core.i18n import Translator
from ui.core.worker import VaultWorker
from ui.features.cases.case.base import CaseContext
from ui.features.cases.case.route.tab import RouteTab
from ui.features.cases.case.route.timeline import DONE, RUNNING, SKIPPED, TODO
from ui.features.routes.editor import RouteEditorDialog
from ui.kit.dialogs import Dialogs
from ui.qt import QApplication, QDialog, QLabel, QTimer
from vertrouwen.domain import Action, Owner, Regime, Step, StepOutcome
from vertrouwen.routes.text_places import locate

TODAY = "2026-03-25"


@dataclass
class Tab:
    tab: RouteTab
    ctx: CaseContext
    worker: VaultWorker
    dialogs: Dialogs
    code: str
    vault: VaultFiles

    def stored(self):  # type: ignore[no-untyped-def]
        ws = self.vault.open()
        try:
            return ws.cases.get(self.code)
        finally:
            ws.close()

    def texts(self) -> str:
        QApplication.processEvents()  # widgets added to a shown layout appear on the next turn
        return "\n".join(w.text() for w in self.tab.findChildren(QLabel) if w.isVisibleTo(self.tab))


def _wmo_case():  # type: ignore[no-untyped-def]
    # Written complaint filed 2 March 2026: the municipality decides within 6 weeks (Awb 9:11
    # lid 1), by 13 April 2026.
    case = make_case(regime=Regime.WMO, incident_date=date(2025, 12, 1))
    case.steps = [
        Step("signaal", date(2026, 2, 2), date(2026, 2, 9), StepOutcome.NOT_RESOLVED),
        Step("klachtenfunctionaris", date(2026, 3, 2)),
    ]
    case.actions = [
        Action("Verslag opvragen", Owner.ADVISOR, date(2026, 3, 20)),
        Action("Hoorzitting voorbereiden", Owner.CLIENT, date(2026, 4, 2)),
    ]
    return case


@pytest.fixture
def open_tab(qtbot, vault, monkeypatch) -> Iterator[Callable[..., Tab]]:
    monkeypatch.setenv("VERTROUWEN_TODAY", TODAY)
    Translator(QApplication.instance()).install("nl")  # Dutch dates, as the app starts
    workers: list[VaultWorker] = []

    def build(case=None) -> Tab:  # type: ignore[no-untyped-def]
        ws = vault.open()
        code = ws.cases.add(case or _wmo_case())
        ws.close()
        worker = VaultWorker()
        workers.append(worker)
        dialogs = Dialogs()
        worker.unlock(vault.path, vault.passphrase)
        qtbot.waitUntil(lambda: worker.is_unlocked, timeout=TIMEOUT)
        ctx = CaseContext(worker, dialogs)
        tab = RouteTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1100, 900)
        tab.show()
        box: dict[str, object] = {}
        worker.submit(lambda ws: ws.cases.get(code), lambda c: box.setdefault("case", c))
        qtbot.waitUntil(lambda: "case" in box, timeout=TIMEOUT)
        ctx.load(box["case"])  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: tab.advice is not None, timeout=TIMEOUT)
        return Tab(tab, ctx, worker, dialogs, code, vault)

    yield build
    for worker in workers:
        worker.shutdown()


def _saved(qtbot, t: Tab, check: Callable[[object], bool]) -> None:
    qtbot.waitUntil(lambda: not t.worker.is_busy and check(t.ctx.case), timeout=TIMEOUT)


def test_timeline_and_advice_for_a_wmo_case(open_tab) -> None:
    t = open_tab()
    rows = {(r.step_id, r.state, r.current) for r in t.tab.timeline.rows}
    assert ("signaal", DONE, False) in rows
    assert ("leidinggevende", SKIPPED, False) in rows  # behind the current step, not taken
    assert ("klachtenfunctionaris", RUNNING, True) in rows  # the current step
    assert ("klachtencommissie", SKIPPED, False) in rows  # the alternative not chosen
    assert ("ombudsman", TODO, False) in rows
    shown = t.texts()
    assert "Wmo 2015 / gemeente" in shown
    assert "13 april 2026" in shown  # the decision term, Awb 9:11 lid 1
    assert "Bron: Awb art. 9:11 lid 1" in shown
    assert "beslissing uiterlijk 13 april 2026 (over 19 dagen)" in shown
    assert "niet verplicht" in shown and "huidige stap" in shown
    # the late action shows in the list (warning colour), not again among the warnings
    assert "Verslag opvragen" in shown
    assert not any("Afspraak over tijd" in w for w in t.tab.advice_panel.advice.warnings)


def test_unverified_terms_say_te_controleren(open_tab) -> None:
    case = make_case(regime=Regime.JEUGDWET, incident_date=date(2026, 1, 10))
    case.steps = [
        Step("klachtencommissie", date(2026, 1, 20), date(2026, 3, 20), StepOutcome.NOT_RESOLVED)
    ]
    t = open_tab(case)
    assert "(te controleren)" in t.texts()


def test_recording_a_step_saves_it_and_undo_removes_it(qtbot, open_tab) -> None:
    t = open_tab()
    # The advice is advice: a step outside the route is recorded all the same.
    t.tab.record_step(Step("kinderombudsman", date(2026, 3, 24)))
    _saved(qtbot, t, lambda c: c is not None and c.steps[-1].step == "kinderombudsman")
    assert [s.step for s in t.stored().steps][-1] == "kinderombudsman"
    assert "Buiten deze route vastgelegd" in t.texts()
    t.ctx.undo_stack.undo()
    _saved(qtbot, t, lambda c: c is not None and len(c.steps) == 2)
    assert [s.step for s in t.stored().steps] == ["signaal", "klachtenfunctionaris"]


def test_edit_and_remove_a_step(qtbot, open_tab) -> None:
    t = open_tab()
    shown = t.ctx.case.steps[1]
    ended = Step("klachtenfunctionaris", date(2026, 3, 2), date(2026, 3, 23), StepOutcome.RESOLVED)
    t.tab.update_step(1, shown, ended)
    _saved(qtbot, t, lambda c: c.steps[1].ended is not None)
    assert t.stored().steps[1].outcome is StepOutcome.RESOLVED
    t.tab.remove_step(0)
    _saved(qtbot, t, lambda c: len(c.steps) == 1)
    assert [s.step for s in t.stored().steps] == ["klachtenfunctionaris"]


def test_the_step_dialog_records_what_the_advisor_picks(qtbot, open_tab) -> None:
    t = open_tab()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.which.setCurrentIndex(dialog.which.findData("ombudsman"))  # type: ignore[attr-defined]
        dialog.accept()

    QTimer.singleShot(0, answer)
    t.tab.record_button.click()
    _saved(qtbot, t, lambda c: c.steps[-1].step == "ombudsman")
    stored = t.stored().steps[-1]
    assert stored.step == "ombudsman" and stored.started == date(2026, 3, 25)


def test_an_actions_done_checkbox_saves(qtbot, open_tab) -> None:
    t = open_tab()
    t.tab.action_list.checkboxes[0].click()
    _saved(qtbot, t, lambda c: c.actions[0].done)
    assert [a.done for a in t.stored().actions] == [True, False]
    t.tab.add_action(Action("Brief nalezen", Owner.ADVISOR, date(2026, 3, 27)))
    _saved(qtbot, t, lambda c: len(c.actions) == 3)
    assert t.stored().actions[2].description == "Brief nalezen"
    t.ctx.undo_stack.undo()
    t.ctx.undo_stack.undo()
    _saved(qtbot, t, lambda c: len(c.actions) == 2 and not c.actions[0].done)
    assert [a.done for a in t.stored().actions] == [False, False]


def test_changing_the_route_saves_it(qtbot, open_tab) -> None:
    t = open_tab()
    t.tab.choose_route("voorbeeld_veilig_thuis")
    _saved(qtbot, t, lambda c: c.route == "voorbeeld_veilig_thuis")
    assert t.stored().route == "voorbeeld_veilig_thuis"
    qtbot.waitUntil(lambda: "Veilig Thuis Regio" in t.tab.route_name.text(), timeout=TIMEOUT)
    names = [a.text() for a in t.tab.route_menu.actions() if a.isChecked()]
    assert names and "Veilig Thuis Regio" in names[0]


def test_clear_drops_all_case_data(open_tab) -> None:
    t = open_tab()
    t.tab.clear()
    t.ctx.clear()
    assert t.tab.case is None and t.tab.advice is None and t.tab.timeline.rows == []
    QApplication.processEvents()
    shown = t.texts()
    for secret in ("Verslag opvragen", "13 april 2026", "Wmo 2015", t.code):
        assert secret not in shown


def test_the_route_editor_refuses_invalid_toml_and_saves_valid(qtbot, open_tab) -> None:
    t = open_tab()
    editor = RouteEditorDialog(t.worker, t.dialogs)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: bool(editor.builtin), timeout=TIMEOUT)
    editor.new_route()
    assert editor.problems == [] and editor.save_button.isEnabled()
    valid = editor.editor.toPlainText()
    editor.editor.setPlainText(valid.replace('unit = "weeks"', 'unit = "weken"'))
    problems = editor.check_now()
    assert (
        len(problems) == 1 and "'weken'" in problems[0] and "termijn 'beslistermijn'" in problems[0]
    )
    line = valid.splitlines().index(next(ln for ln in valid.splitlines() if "unit =" in ln)) + 1
    assert editor.problem_list.item(0).text().startswith(f"Regel {line}:")
    assert not editor.save_button.isEnabled()
    editor.save()  # refused: nothing reaches the vault
    editor.editor.setPlainText("id = \n")
    assert "geen geldige TOML" in editor.check_now()[0]
    editor.editor.setPlainText(valid)
    assert editor.check_now() == [] and editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: "mijn_route" in editor.stored, timeout=TIMEOUT)
    ws = t.vault.open()
    try:
        assert ws.user_routes.texts() == {"mijn_route": valid}
    finally:
        ws.close()
    # The tab's route menu offers the new route after the pool is read again
    t.tab.refresh()
    qtbot.waitUntil(lambda: "mijn_route" in t.tab.pool, timeout=TIMEOUT)
    editor.saved_text = editor.editor.toPlainText()
    editor.close()


def test_copying_a_builtin_route_opens_an_editable_copy(qtbot, open_tab) -> None:
    t = open_tab()
    editor = RouteEditorDialog(t.worker, t.dialogs)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: bool(editor.builtin), timeout=TIMEOUT)
    editor.select("builtin", "wmo_awb")
    assert editor.editor.isReadOnly() and editor.copy_button.isVisibleTo(editor)
    editor.copy_builtin()
    text = editor.editor.toPlainText()
    assert 'id = "wmo_awb_eigen"' in text and "(eigen versie)" in text
    assert not editor.editor.isReadOnly() and editor.check_now() == []
    editor.saved_text = text
    editor.close()


def test_locate_points_at_step_term_and_key() -> None:
    text = 'format = 1\nid = "x"\n\n[[steps]]\nid = "a"\nname = "A"\n\n  [[steps.terms]]\n'
    text += '  id = "t"\n  unit = "weken"\n'
    problem = "eigen route: stap 'a', termijn 't': onbekende eenheid 'weken' bij 'unit'; kies"
    assert locate(text, problem) == 10
    assert locate(text, "eigen route: stap 'a': sleutel 'handler' ontbreekt") == 5
    assert locate(text, "x: geen geldige TOML: Invalid value (at line 3, column 7)") == 3


def test_the_action_form_points_out_personal_data(qtbot) -> None:
    from ui.features.cases.case.route.dialogs import ActionDialog
    from vertrouwen.privacy import Detector

    dialog = ActionDialog(date(2026, 3, 25), detector=Detector())
    qtbot.addWidget(dialog)
    dialog.description.setText("Moeder terugbellen op 06-12345678")
    dialog._scan()
    assert not dialog.privacy.isHidden() and "06-12345678" in dialog.privacy.text.text()
    dialog.description.setText("Moeder terugbellen")
    dialog._scan()
    assert dialog.privacy.isHidden()
    assert dialog.action().description == "Moeder terugbellen"  # a hint, never a refusal


def test_a_postponement_beyond_the_law_shows_the_legal_day_and_the_announced_one(open_tab) -> None:
    # Awb 9:11: filed Mon 2 Feb 2026 + 6 weeks + at most 4 = Mon 13 Apr 2026 (tweede Paasdag
    # is 6 Apr); the announced 6 + 8 weeks would give Mon 11 May 2026.
    case = make_case(regime=Regime.WMO, incident_date=date(2026, 1, 10))
    case.steps = [Step("klachtenfunctionaris", date(2026, 2, 2), extension_weeks=8)]
    t = open_tab(case)
    shown = t.texts()
    assert "13 april 2026" in shown
    assert "De organisatie kondigde 11 mei 2026 aan" in shown
    assert "niet op de aangekondigde 11 mei 2026" in shown
    # Mon 2 Feb + 4 weeks = Mon 2 Mar 2026 passed without a notice (Awb 9:8 lid 3): good news
    assert "Voorbij sinds 2 maart 2026" in shown


def test_the_step_dialog_records_the_clients_written_consent_to_a_longer_postponement() -> None:
    from ui.features.cases.case.route.dialogs import StepDialog
    from vertrouwen.routes import builtin_routes

    routes = builtin_routes()
    dialog = StepDialog(routes["wmo_awb"], date(2026, 3, 25), preset="klachtenfunctionaris")
    assert not dialog.agreed.isHidden()  # the Awb allows it (art. 9:11 lid 3)
    dialog.extension.setValue(8)
    dialog.agreed.setChecked(True)
    made = dialog.step()
    assert (made.extension_weeks, made.extension_agreed) == (8, True)
    # the Wkkgz has no such rule: the box is not offered, and nothing is recorded
    care = StepDialog(routes["wkkgz"], date(2026, 3, 25), preset="klachtenfunctionaris")
    care.agreed.setChecked(True)
    assert care.agreed.isHidden() and not care.step().extension_agreed
