"""Anonymous counts against hand counts on a small, hand-built set of cases.

The set (stats for 2025 unless said otherwise):
  A  2024-11-10 .. 2025-01-15 resolved     gi            youth   treatment, communication
  B  2025-03-01 .. open                    veilig_thuis  parent  decision
  C  2025-12-31 .. 2026-01-10 withdrawn    veilig_thuis  parent  decision, treatment
  D  2024-05-01 .. 2024-12-31 resolved     gi            youth   access          (2024 only)
  E  2026-01-01 .. open                    gi            youth   access          (2026 only)
  F  2025-06-01 .. 2025-09-01 formal       gi            carer   treatment (twice), safety
  G  2025-04-01 .. 2025-05-01 resolved     wijkteam      guardian privacy   (file destroyed)
  H  2025-02-01 .. open, result set        wijkteam      parent  other      (no result: open)
  I  2025-07-01 .. 2025-08-01 no result    gi            youth   treatment  (no result given)
Organisation names: A, C, F, I and H are "Jeugdzorg Noord" in various spellings (5 cases in
2025); B and G have names of their own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_case
from vertrouwen.domain import (
    CaseResult,
    ClientRole,
    ComplaintPoint,
    Note,
    NoteKind,
    Organisation,
    OrganisationKind,
    Regime,
    Step,
    Topic,
    Verdict,
)
from vertrouwen.domain.enums import AgeBand, StepId
from vertrouwen.domain.labels import LABELS, choices, label, label_for
from vertrouwen.domain.registration import Registration
from vertrouwen.reports import OTHER_ORGANISATIONS, Period, compute_stats, threshold_from_setting
from vertrouwen.reports.output import CSV_HEADER, to_csv, to_json_dict
from vertrouwen.vault.db import transaction
from vertrouwen.workspace import Workspace

K = OrganisationKind
NOORD = "Jeugdzorg Noord"


def _case(opened: date, closed: date | None, result: CaseResult | None, **kw: object) -> object:
    base: dict[str, object] = {
        "opened": opened,
        "closed": closed,
        "result": result,
        "notes": [],
        "complaint_points": [],
        "steps": [],
        "goals": [],
        "consents": [],
    }
    base.update(kw)
    return make_case(**base)


def _org(name: str, kind: OrganisationKind) -> Organisation:
    return Organisation(name, kind)


@pytest.fixture
def hand_set(workspace: Workspace) -> Workspace:
    add = workspace.cases.add
    add(
        _case(
            date(2024, 11, 10),
            date(2025, 1, 15),
            CaseResult.RESOLVED,
            client_role=ClientRole.YOUTH,
            organisation=_org(NOORD, K.GI),
            topics=[Topic.TREATMENT, Topic.COMMUNICATION],
            notes=[
                Note("a1", date(2024, 11, 10), NoteKind.CONVERSATION, 60, "x"),
                Note("a2", date(2025, 1, 10), NoteKind.PHONE, 20, "y"),
            ],
            steps=[Step("signaal"), Step("leidinggevende")],
        )
    )
    add(
        _case(
            date(2025, 3, 1),
            None,
            None,
            organisation=_org("Veilig Thuis Regio", K.VEILIG_THUIS),
            regime=Regime.WMO,
            topics=[Topic.DECISION],
            unsafe_signal=True,
            age_band=AgeBand.AGE_24_PLUS,
        )
    )
    add(
        _case(
            date(2025, 12, 31),
            date(2026, 1, 10),
            CaseResult.WITHDRAWN,
            organisation=_org("jeugdzorg  noord", K.VEILIG_THUIS),
            regime=Regime.WMO,
            topics=[Topic.DECISION, Topic.TREATMENT],
        )
    )
    add(
        _case(
            date(2024, 5, 1),
            date(2024, 12, 31),
            CaseResult.RESOLVED,
            client_role=ClientRole.YOUTH,
            organisation=_org(NOORD, K.GI),
            topics=[Topic.ACCESS],
        )
    )
    add(
        _case(
            date(2026, 1, 1),
            None,
            None,
            client_role=ClientRole.YOUTH,
            organisation=_org(NOORD, K.GI),
            topics=[Topic.ACCESS],
        )
    )
    add(
        _case(
            date(2025, 6, 1),
            date(2025, 9, 1),
            CaseResult.FORMAL_COMPLAINT,
            client_role=ClientRole.CARER,
            organisation=_org(NOORD, K.GI),
            topics=[Topic.TREATMENT, Topic.TREATMENT, Topic.SAFETY],
            complaint_points=[
                ComplaintPoint("p1", verdict=Verdict.GEGROND),
                ComplaintPoint("p2", verdict=Verdict.ONGEGROND),
                ComplaintPoint("p3", verdict=Verdict.GEGROND),
                ComplaintPoint("p4"),
            ],
            steps=[Step("signaal"), Step("klachtencommissie")],
            notes=[Note("f1", date(2025, 6, 1), NoteKind.HEARING, 90, "z")],
        )
    )
    g = add(
        _case(
            date(2025, 4, 1),
            date(2025, 5, 1),
            CaseResult.RESOLVED,
            client_role=ClientRole.GUARDIAN,
            organisation=_org("Wijkteam Oost", K.WIJKTEAM),
            topics=[Topic.PRIVACY],
            notes=[Note("g1", date(2025, 4, 2), NoteKind.PHONE, 30, "w")],
        )
    )
    add(
        _case(
            date(2025, 2, 1),
            None,
            CaseResult.RESOLVED,  # inconsistent on purpose: an open case has no result yet
            organisation=_org("JEUGDZORG NOORD", K.WIJKTEAM),
            topics=[Topic.OTHER],
        )
    )
    add(
        _case(
            date(2025, 7, 1),
            date(2025, 8, 1),
            None,
            client_role=ClientRole.YOUTH,
            organisation=_org(NOORD, K.GI),
            topics=[Topic.TREATMENT],
        )
    )
    # destroy G's case file: its registration stays, detached
    with transaction(workspace._conn):
        workspace._conn.execute("DELETE FROM cases WHERE code = ?", (g,))
    assert not workspace.cases.exists(g)
    return workspace


def _stats(ws: Workspace, year: int = 2025, **kw: object):  # type: ignore[no-untyped-def]
    return compute_stats(ws.registrations.all(), Period.year(year), **kw)  # type: ignore[arg-type]


def test_hand_counts_2025(hand_set: Workspace) -> None:
    s = _stats(hand_set)
    # A, B, C, F, G, H, I
    assert s.cases == 7
    assert s.by_organisation_kind == {"wijkteam": 2, "gi": 3, "veilig_thuis": 2}
    assert s.by_client_role == {"youth": 2, "parent": 3, "guardian": 1, "carer": 1}
    # F lists treatment twice but counts once
    assert s.by_topic == {
        "treatment": 4,
        "communication": 1,
        "decision": 2,
        "privacy": 1,
        "safety": 1,
        "other": 1,
    }
    # closed (now) with a result: A, C (closed 2026), F, G; not H (open), not I (no result)
    assert s.by_result == {"resolved": 2, "withdrawn": 1, "formal_complaint": 1}
    assert s.by_verdict == {"gegrond": 2, "ongegrond": 1}
    assert s.by_step_reached == {"leidinggevende": 1, "klachtencommissie": 1}
    assert s.by_step_taken == {"signaal": 2, "leidinggevende": 1, "klachtencommissie": 1}
    assert s.by_regime == {"jeugdwet": 5, "wmo": 2}
    assert s.by_age_band == {"24+": 1, "unknown": 6}
    assert s.unsafe_signals == 1
    assert (s.new_cases, s.closed_cases, s.open_at_end) == (6, 4, 3)
    # contacts in 2025 only: A's January call, F's hearing, G's call (destroyed, still counted)
    assert (s.contacts, s.minutes) == (3, 140)


def test_keys_hold_only_counts_above_zero_in_enum_order(hand_set: Workspace) -> None:
    s = _stats(hand_set)
    assert list(s.by_topic) == [
        "treatment",
        "communication",
        "decision",
        "privacy",
        "safety",
        "other",
    ]
    assert all(v > 0 for d in (s.by_topic, s.by_goal, s.by_support) for v in d.values())
    table = dict(s.table("by_topic"))
    assert list(table) == [t.value for t in Topic]
    assert table["access"] == 0


def test_previous_year_beside(hand_set: Workspace) -> None:
    s = _stats(hand_set)
    p = s.previous
    assert p is not None and p.period == Period.year(2024)
    # A (open into 2025) and D
    assert p.cases == 2
    assert p.by_topic == {"treatment": 1, "communication": 1, "access": 1}
    # A closed in 2025 but counts under 2024's results too: it is closed, and a 2024 case
    assert p.by_result == {"resolved": 2}
    assert (p.new_cases, p.closed_cases, p.open_at_end) == (2, 1, 1)
    assert (p.contacts, p.minutes) == (1, 60)
    assert p.previous is None


def test_next_year_and_boundaries(hand_set: Workspace) -> None:
    s = _stats(hand_set, 2026)
    # B, C (closed 10 Jan 2026), E, H are open at some time in 2026
    assert s.cases == 4
    assert s.by_result == {"withdrawn": 1}


def test_destroyed_case_keeps_counting(hand_set: Workspace) -> None:
    assert hand_set.registrations.count_detached() == 1
    s = _stats(hand_set)
    assert s.by_client_role["guardian"] == 1
    assert s.by_topic["privacy"] == 1


def test_organisation_names_below_threshold_are_other(hand_set: Workspace) -> None:
    s = _stats(hand_set)
    # A, C, F, H, I share the name in four spellings: 5 cases, shown in the usual spelling
    assert s.by_organisation == {NOORD: 5, OTHER_ORGANISATIONS: 2}
    assert _stats(hand_set, threshold=6).by_organisation == {OTHER_ORGANISATIONS: 7}
    one = _stats(hand_set, threshold=1).by_organisation
    assert one == {NOORD: 5, "Veilig Thuis Regio": 1, "Wijkteam Oost": 1}
    # the previous year applies the threshold on its own: 2 cases, so no names
    assert s.previous is not None
    assert s.previous.by_organisation == {OTHER_ORGANISATIONS: 2}


def test_threshold_setting(workspace: Workspace) -> None:
    assert threshold_from_setting(None) == 5
    assert threshold_from_setting(3) == 3
    for bad in (0, -1, "7", 2.5, True):
        assert threshold_from_setting(bad) == 5


def test_filters_by_regime_and_kind(hand_set: Workspace) -> None:
    s = _stats(hand_set, regime="wmo")
    assert (s.cases, s.regime) == (2, "wmo")
    assert s.by_organisation_kind == {"veilig_thuis": 2}
    k = _stats(hand_set, organisation_kind="gi")
    assert k.cases == 3
    assert k.previous is not None and k.previous.cases == 2
    assert k.previous.organisation_kind == "gi"


def test_monthly_trend(hand_set: Workspace) -> None:
    s = _stats(hand_set)
    months = {m.month: m for m in s.monthly}
    assert list(months) == [f"2025-{i:02d}" for i in range(1, 13)]
    assert sum(m.new_cases for m in s.monthly) == s.new_cases
    assert months["2025-12"].new_cases == 1
    assert months["2025-01"].open_cases == 1  # A
    assert months["2025-01"].closed_cases == 1
    assert months["2025-06"].contacts == 1 and months["2025-06"].minutes == 90
    assert months["2025-08"].open_cases == 4  # B, F, H, I


def test_any_period() -> None:
    rows = [
        Registration(date(2025, 1, 31), "youth", "gi", "X", "jeugdwet", closed=date(2025, 2, 1)),
        Registration(date(2025, 2, 15), "youth", "gi", "X", "jeugdwet"),
    ]
    q1 = Period(date(2025, 2, 1), date(2025, 3, 31))
    s = compute_stats(rows, q1)
    assert s.cases == 2 and s.new_cases == 1 and s.closed_cases == 1
    assert [m.month for m in s.monthly] == ["2025-02", "2025-03"]
    assert Period(date(2024, 2, 29), date(2024, 3, 1)).a_year_earlier() == Period(
        date(2023, 2, 28), date(2023, 3, 1)
    )
    with pytest.raises(ValueError):
        Period(date(2025, 2, 1), date(2025, 1, 1))


def test_totals_only_rows_spread_over_the_first_month() -> None:
    # a case destroyed before schema 2 registered contacts only as totals
    old = Registration(date(2024, 12, 20), "youth", "gi", "X", "jeugdwet", contacts=4, minutes=120)
    assert compute_stats([old], Period.year(2024)).contacts == 4
    assert compute_stats([old], Period.year(2025)).contacts == 0


def test_empty_vault(workspace: Workspace) -> None:
    s = _stats(workspace)
    assert s.cases == 0 and s.by_topic == {} and s.by_organisation == {}
    assert to_json_dict(s, 2025)["by_result"] == {}


def test_json_shape(hand_set: Workspace) -> None:
    out = to_json_dict(_stats(hand_set), 2025)
    for key in ("cases", "by_organisation_kind", "by_topic", "by_client_role", "by_result"):
        assert key in out and key in out["previous_year"]
    assert out["year"] == 2025 and out["previous_year"]["year"] == 2024
    assert out["period"] == {"start": "2025-01-01", "end": "2025-12-31"}
    assert len(out["monthly"]) == 12


def test_csv_long_format(hand_set: Workspace) -> None:
    lines = to_csv(_stats(hand_set)).splitlines()
    assert tuple(lines[0].split(",")) == CSV_HEADER
    assert "total,cases,7,2,Zaken (liepen in de periode)" in lines
    assert "by_topic,treatment,4,1,Bejegening" in lines
    assert "by_topic,access,0,1,Toegang / wachttijd" in lines  # only last year had it
    assert not any(line.startswith("by_topic,restraint,") for line in lines)
    # the name is below the threshold in 2024: its 2024 cell stays empty, not 0
    assert f"by_organisation,{NOORD},5,,{NOORD}" in lines
    assert "by_organisation,other,2,2,Overige organisaties" in lines


def test_every_enum_has_dutch_and_english_labels() -> None:
    for enum, names in LABELS.items():
        assert list(names) == [m.value for m in enum], enum
        for member in enum:
            assert label(member) and label(member, "en")
    assert label(Topic.ACCESS) == "Toegang / wachttijd"
    assert label(Verdict.NIET_ONTVANKELIJK, "en") == "Inadmissible"
    assert label_for(StepId, "eigen_stap") == "eigen_stap"
    assert choices(CaseResult)[-1] == ("formal_complaint", "Formele klacht ingediend")


def test_route_own_steps_get_names() -> None:
    from vertrouwen.reports.output import display_name

    assert display_name(StepId, "klachtencommissie") == "Klachtencommissie"
    assert display_name(StepId, "generalist") == "Generalist van de gemeente"
    assert display_name(StepId, "eigen_stap") == "Eigen stap"


def test_service_for_a_screen(hand_set: Workspace) -> None:
    from vertrouwen.reports.service import stats_for, threshold_of, years_with_cases

    assert threshold_of(hand_set) == 5
    hand_set.settings.set("report_threshold", 2)
    s = stats_for(hand_set, Period.year(2025), regime="jeugdwet")
    assert s.threshold == 2 and s.cases == 5
    assert years_with_cases(hand_set, date(2026, 3, 1)) == [2026, 2025, 2024]
    assert years_with_cases(hand_set, date(2030, 1, 1))[0] == 2030


def test_years_of_an_empty_vault(workspace: Workspace) -> None:
    from vertrouwen.reports.service import years_with_cases

    assert years_with_cases(workspace, date(2026, 3, 1)) == [2026]
