"""The agenda over all cases: open actions from SQL, deadlines from light cases, grouping."""

from __future__ import annotations

from datetime import date, timedelta

from tests.conftest import make_case
from vertrouwen.agenda import When, collect, when
from vertrouwen.domain import Action, Case, Owner, Regime, Step, StepOutcome
from vertrouwen.export.ics import cases_to_ics
from vertrouwen.routes import builtin_routes
from vertrouwen.workspace import Workspace

TODAY = date(2026, 3, 25)


def _store(ws: Workspace, *cases: Case) -> list[str]:
    return [ws.cases.add(case) for case in cases]


def _wmo_running() -> Case:
    # Written complaint filed 2026-03-02: the municipality decides within 6 weeks (Awb 9:11),
    # so by 2026-04-13; the 4-week notice (Awb 9:8 lid 3) ended 2026-03-30.
    case = make_case(regime=Regime.WMO, incident_date=date(2025, 12, 1))
    case.steps = [Step("klachtenfunctionaris", date(2026, 3, 2))]
    case.actions = [
        Action("Verslag opvragen", Owner.ADVISOR, date(2026, 3, 20)),  # overdue
        Action("Hoorzitting voorbereiden", Owner.CLIENT, date(2026, 4, 2)),  # in 8 days
        Action("Later nog eens bellen", Owner.ADVISOR, date(2026, 5, 30)),  # past the horizon
        Action("Al gedaan", Owner.ADVISOR, date(2026, 3, 1), done=True),
        Action("Zonder datum", Owner.CLIENT),
    ]
    return case


def test_open_actions_come_with_their_case_code_in_date_order(workspace: Workspace) -> None:
    wmo_code, closed_code = _store(
        workspace,
        _wmo_running(),
        make_case(closed=date(2026, 3, 1), actions=[Action("Dicht", due=date(2026, 3, 20))]),
    )
    found = workspace.agenda.open_actions(TODAY + timedelta(days=14))
    assert [(a.code, a.description, a.due) for a in found] == [
        (wmo_code, "Verslag opvragen", date(2026, 3, 20)),
        (wmo_code, "Hoorzitting voorbereiden", date(2026, 4, 2)),
    ]
    assert found[0].owner is Owner.ADVISOR
    assert closed_code not in {a.code for a in workspace.agenda.open_actions()}
    assert len(workspace.agenda.open_actions()) == 3  # no horizon: every dated open action


def test_light_cases_hold_what_deadlines_need(workspace: Workspace) -> None:
    wmo_code, _bare, action_code = _store(
        workspace,
        _wmo_running(),
        make_case(steps=[], incident_date=None, actions=[]),
        make_case(steps=[], incident_date=None, actions=[Action("Bellen", due=TODAY)]),
    )
    light = {c.code: c for c in workspace.agenda.open_cases()}
    assert set(light) == {wmo_code}  # no steps and no conduct date: no term to count from
    case = light[wmo_code]
    assert case.steps == workspace.cases.get(wmo_code).steps
    assert case.incident_date == date(2025, 12, 1) and case.notes == [] and case.actions == []
    with_actions = {c.code: c for c in workspace.agenda.open_cases(with_actions=True)}
    assert set(with_actions) == {wmo_code, action_code}
    assert [a.description for a in with_actions[wmo_code].actions] == [
        "Verslag opvragen",
        "Hoorzitting voorbereiden",
        "Later nog eens bellen",
    ]


def test_collect_lists_actions_and_deadlines_in_date_order(workspace: Workspace) -> None:
    (code,) = _store(workspace, _wmo_running())
    items = collect(workspace, TODAY, builtin_routes())
    assert all(i.code == code for i in items)
    assert [(i.kind, i.due) for i in items] == [
        ("action", date(2026, 3, 20)),
        ("deadline", date(2026, 3, 30)),
        ("action", date(2026, 4, 2)),
        ("deadline", date(2026, 4, 13)),
    ]
    decision = items[-1]
    assert decision.source.startswith("Awb art. 9:11 lid 1") and decision.who == "organisation"
    assert [i.when(TODAY) for i in items] == [When.OVERDUE, When.WEEK, When.LATER, When.LATER]


def test_an_overdue_decision_stays_while_old_filing_terms_drop_out(workspace: Workspace) -> None:
    # Filed 2025-10-01: the decision was due 2025-11-12, months ago, and is still owed.
    case = make_case(regime=Regime.WMO, incident_date=date(2025, 9, 1), actions=[])
    case.steps = [Step("klachtenfunctionaris", date(2025, 10, 1))]
    settled = make_case(regime=Regime.WMO, incident_date=date(2024, 1, 1), actions=[])
    settled.steps = [Step("signaal", date(2024, 2, 1), date(2024, 2, 8), StepOutcome.RESOLVED)]
    code, _ = _store(workspace, case, settled)
    items = collect(workspace, TODAY, builtin_routes())
    assert [(i.code, i.due, i.step) for i in items] == [
        (code, date(2025, 11, 12), "klachtenfunctionaris")
    ]


def test_when_groups() -> None:
    assert when(TODAY - timedelta(days=1), TODAY) is When.OVERDUE
    assert when(TODAY, TODAY) is When.TODAY
    assert when(TODAY + timedelta(days=7), TODAY) is When.WEEK
    assert when(TODAY + timedelta(days=8), TODAY) is When.LATER


def test_light_cases_make_the_same_calendar_as_whole_cases(workspace: Workspace) -> None:
    codes = _store(workspace, _wmo_running(), make_case(incident_date=date(2026, 2, 10)))
    whole = [workspace.cases.get(code) for code in codes]
    light = workspace.agenda.open_cases(with_actions=True)
    stamp = None

    def events(cases: list[Case]) -> list[bytes]:
        data = cases_to_ics(cases, TODAY, stamp=stamp)
        return sorted(line for line in data.splitlines() if not line.startswith(b"DTSTAMP"))

    assert events(light) == events(whole)
