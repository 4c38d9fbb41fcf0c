"""Advice per regime, in the contract's JSON shape; dates hand-computed in the comments."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest

from vertrouwen.domain.enums import (
    CaseResult,
    ClientRole,
    OrganisationKind,
    Owner,
    Regime,
    StepOutcome,
    Topic,
)
from vertrouwen.domain.model import Action, Case, Organisation, Step
from vertrouwen.routes.advice import Advice, advise

D = date.fromisoformat
NOT_RESOLVED = StepOutcome.NOT_RESOLVED


def make(regime: Regime, kind: OrganisationKind, *steps: Step, **fields: Any) -> Case:
    case = Case(
        opened=D("2026-01-05"),
        client_role=ClientRole.PARENT,
        organisation=Organisation("Voorbeeldorganisatie", kind),
        regime=regime,
        code="VP-2026-0001",
        steps=list(steps),
    )
    for key, value in fields.items():
        setattr(case, key, value)
    return case


def step(
    sid: str, started: str | None, ended: str | None = None, outcome: Any = None, ext: int = 0
) -> Step:
    return Step(sid, D(started) if started else None, D(ended) if ended else None, outcome, ext)


def check_contract(advice: Advice) -> dict[str, Any]:
    """The exact shape of `vertrouwen advice --json`, and deadlines in date order."""
    data = json.loads(json.dumps(advice.to_json(), ensure_ascii=False))
    assert set(data) == {"next", "deadlines", "warnings"}
    for item in data["next"]:
        assert set(item) == {"step", "reason", "source"}
        assert all(isinstance(v, str) and v for v in item.values())
    for item in data["deadlines"]:
        assert set(item) == {"what", "date", "source"}
        assert all(isinstance(v, str) and v for v in item.values())
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["date"])
    dates = [d["date"] for d in data["deadlines"]]
    assert dates == sorted(dates)
    assert all(isinstance(w, str) and w for w in data["warnings"])
    return data


def next_ids(advice: Advice) -> list[str]:
    return [n.step for n in advice.next]


def due(advice: Advice, text: str) -> str:
    (found,) = [d for d in advice.deadlines if text in d.what]
    return found.due.isoformat()


# -- Jeugdwet ----------------------------------------------------------------------------------


def test_jeugdwet_new_case_may_skip_the_informal_steps() -> None:
    case = make(Regime.JEUGDWET, OrganisationKind.AMBULANT, incident_date=D("2026-02-10"))
    advice = advise(case, D("2026-03-02"))
    check_contract(advice)
    assert advice.route == "jeugdwet"
    assert next_ids(advice) == ["signaal", "leidinggevende", "bemiddeling", "klachtencommissie"]
    committee = advice.next[-1]
    assert "niet verplicht" in committee.reason and "meteen" in committee.reason
    assert "Deze stap is niet verplicht." in advice.next[0].reason
    # conduct 10 Feb 2026 + 1 year = 10 Feb 2027 (Kinderombudsman);
    # + 3 years = 10 Feb 2029 (SKJ tuchtklacht)
    assert due(advice, "Kinderombudsman") == "2027-02-10"
    assert due(advice, "Tuchtklacht") == "2029-02-10"
    assert advice.warnings == ()


def test_jeugdwet_after_failed_mediation_the_committee_is_next() -> None:
    case = make(
        Regime.JEUGDWET,
        OrganisationKind.AMBULANT,
        step("signaal", "2026-03-02", "2026-03-09", NOT_RESOLVED),
        step("bemiddeling", "2026-03-10", "2026-03-20", NOT_RESOLVED),
        incident_date=D("2026-02-10"),
    )
    advice = advise(case, D("2026-03-25"))
    check_contract(advice)
    assert next_ids(advice)[0] == "klachtencommissie"
    assert "niet opgelost" in advice.next[0].reason
    assert "tuchtrecht" in next_ids(advice)  # beside the route, the client is not satisfied
    tucht = advice.next[next_ids(advice).index("tuchtrecht")]
    assert tucht.reason.startswith("Naast de klachtroute:")
    assert "SKJ-register" in tucht.reason


def test_jeugdwet_after_the_verdict_ombudsman_within_a_year_and_provider_answer() -> None:
    case = make(
        Regime.JEUGDWET,
        OrganisationKind.GI,
        step("klachtencommissie", "2026-02-02", "2026-05-20", StepOutcome.PARTLY_RESOLVED),
        incident_date=D("2026-01-15"),
    )
    advice = advise(case, D("2026-06-01"))
    data = check_contract(advice)
    assert next_ids(advice)[:2] == ["ombudsman", "kinderombudsman"]
    assert "deels opgelost" in advice.next[0].reason
    # verdict Wed 20 May 2026 + 1 month = Sat 20 June; statutory (Jeugdwet), so the Atw
    # (art. 1) moves it to Mon 22 June: one deadline, saying where it moved from.
    # The source is [check] in DOMAIN.md: marked "te controleren" (once).
    (answer,) = [d for d in data["deadlines"] if "oordeel" in d["what"]]
    assert answer["date"] == "2026-06-22"
    assert answer["source"] == (
        "Jeugdwet art. 4.2.2 (te controleren); verschoven van za 20-06 naar ma 22-06, Atw art. 1"
    )
    # 20 May 2026 + 1 year = Thu 20 May 2027; a year-long term is not extended by the Atw
    assert due(advice, "Verzoek aan de ombudsman") == "2027-05-20"
    # 1 June -> 22 June is 21 days: within the default 31 days, so a warning
    assert any(
        "over 21 dagen" in w and "22 juni 2026" in w and w.endswith("Aan zet: de organisatie.")
        for w in advice.warnings
    )


def test_a_resolved_step_ends_the_advice_and_a_closed_case_gets_none() -> None:
    case = make(
        Regime.JEUGDWET,
        OrganisationKind.AMBULANT,
        step("signaal", "2026-03-02", "2026-03-09", StepOutcome.RESOLVED),
        incident_date=D("2026-02-10"),
    )
    advice = advise(case, D("2026-03-10"))
    check_contract(advice)
    assert advice.next == () and advice.deadlines == ()
    case.closed, case.result = D("2026-03-10"), CaseResult.RESOLVED
    case.actions = [Action("Nabellen", Owner.ADVISOR, D("2026-03-01"))]
    assert advise(case, D("2026-04-01")).to_json() == {"next": [], "deadlines": [], "warnings": []}


# -- Wmo / Awb chapter 9 -----------------------------------------------------------------------


def test_wmo_awb_9_8_one_year_after_the_conduct() -> None:
    case = make(
        Regime.WMO,
        OrganisationKind.WIJKTEAM,
        step("signaal", "2026-02-09", "2026-02-16", NOT_RESOLVED),
        incident_date=D("2025-03-10"),
    )
    advice = advise(case, D("2026-02-20"))
    data = check_contract(advice)
    assert advice.route == "wmo_awb"
    assert next_ids(advice) == [
        "leidinggevende",
        "bemiddeling",
        "klachtenfunctionaris",
        "klachtencommissie",
    ]
    # conduct Mon 10 Mar 2025 + 1 year = Tue 10 Mar 2026; the same term on both ways of
    # handling (with or without advisory committee) is listed once
    assert data["deadlines"] == [
        {
            "what": "Klacht indienen binnen een jaar na de gedraging "
            "(daarna hoeft de organisatie haar niet te behandelen)",
            "date": "2026-03-10",
            "source": "Awb art. 9:8 lid 1 sub b",
        }
    ]
    # 20 Feb -> 10 Mar 2026 is 18 days; the client must act
    assert any(
        w.startswith("Termijn verloopt over 18 dagen, op 10 maart 2026")
        and w.endswith("Aan zet: de cliënt.")
        for w in advice.warnings
    )


def test_wmo_awb_9_11_decision_term_with_postponement_then_ombudsman() -> None:
    running = step("klachtenfunctionaris", "2026-01-08", ext=4)
    case = make(Regime.WMO, OrganisationKind.GEMEENTE, running, incident_date=D("2025-11-03"))
    advice = advise(case, D("2026-03-01"))
    check_contract(advice)
    # the complaint is being handled and the term has not passed: what follows if it fails
    assert next_ids(advice) == ["ombudsman"]
    assert advice.next[0].reason.startswith("Loopt nu: ")
    # filed Thu 8 Jan 2026 + 6 weeks = Thu 19 Feb; postponed 4 weeks (9:11 lid 2) = Thu 19 Mar
    assert due(advice, "handelt de klacht af") == "2026-03-19"
    decision = next(d for d in advice.deadlines if "handelt de klacht af" in d.what)
    assert decision.source == "Awb art. 9:11 lid 1; verdaagd: Awb art. 9:11 lid 2"
    # 8 Jan + 4 weeks = Thu 5 Feb (Awb 9:8 lid 3, the notice that the complaint will not be
    # handled): passed 24 days ago without a notice, which is good news for the client, not
    # an alarm: it leaves the deadlines and is said as what it means.
    assert not [d for d in advice.deadlines if "niet behandelt" in d.what]
    (notice,) = [w for w in advice.warnings if "niet behandelt" in w]
    assert notice.startswith("Voorbij sinds 5 februari 2026:")
    assert "Awb art. 9:8 lid 3" in notice and "goed nieuws" in notice
    assert "verstreken" not in notice
    assert advice.good_news == (notice,)  # a screen shows it as good news, not as a warning

    # on 20 March the decision is overdue: the ombudsman is next (Awb 9:24: the year runs
    # from when handling should have ended, Thu 19 Mar 2026 -> Fri 19 Mar 2027)
    later = advise(case, D("2026-03-20"))
    check_contract(later)
    assert next_ids(later) == ["ombudsman"]
    assert "19 maart 2026 verstreken" in later.next[0].reason
    assert due(later, "ombudsman") == "2027-03-19"
    assert any(w.startswith("Termijn verstreken op 19 maart 2026") for w in later.warnings)


def test_wmo_awb_decision_term_ending_on_saturday_moves_to_monday() -> None:
    # filed Sat 7 Feb 2026 + 6 weeks (Awb 9:11 lid 1) = Sat 21 Mar; Atw art. 1 -> Mon 23 Mar
    # 2026. One deadline, one warning: the Saturday is named as the day it moved from.
    case = make(Regime.WMO, OrganisationKind.GEMEENTE, step("klachtenfunctionaris", "2026-02-07"))
    advice = advise(case, D("2026-03-01"))
    (decision,) = [d for d in advice.deadlines if "handelt de klacht af" in d.what]
    assert decision.due == D("2026-03-23") and decision.moved_from == D("2026-03-21")
    assert decision.source == (
        "Awb art. 9:11 lid 1; verschoven van za 21-03 naar ma 23-03, Atw art. 1"
    )
    assert decision.basis == "Awb art. 9:11 lid 1; Algemene termijnenwet art. 1"
    assert len([w for w in advice.warnings if "handelt de klacht af" in w]) == 1
    assert "weekend" not in " ".join(advice.warnings)


def test_wmo_awb_after_handling_the_ombudsman_within_a_year() -> None:
    case = make(
        Regime.WMO,
        OrganisationKind.GEMEENTE,
        step("klachtencommissie", "2026-01-12", "2026-04-15", NOT_RESOLVED),
        incident_date=D("2025-12-01"),
    )
    advice = advise(case, D("2026-04-20"))
    check_contract(advice)
    assert next_ids(advice) == ["ombudsman"]
    assert advice.next[0].source == "Awb art. 9:20"
    # handling ended Wed 15 Apr 2026 + 1 year = Thu 15 Apr 2027 (Awb 9:24)
    assert [(d.what[:30], d.due.isoformat()) for d in advice.deadlines] == [
        ("Verzoek aan de ombudsman indie", "2027-04-15")
    ]


def test_too_long_a_postponement_does_not_become_the_deadline() -> None:
    case = make(
        Regime.WMO, OrganisationKind.GEMEENTE, step("klachtenfunctionaris", "2026-01-08", ext=6)
    )
    advice = advise(case, D("2026-01-20"))
    check_contract(advice)
    # Awb 9:11 lid 1: 6 weeks; lid 2: postponement at most 4 weeks; lid 3: longer only with the
    # client's written consent. Thu 8 Jan 2026 + 6 + 4 weeks = Thu 19 Mar 2026 (a working
    # day): the legal deadline. The announced 6 weeks would give Thu 2 Apr: said apart.
    assert due(advice, "handelt de klacht af") == "2026-03-19"
    (warning,) = [w for w in advice.warnings if "Verdaging van 6 weken" in w]
    assert "eindigt daarom op 19 maart 2026, niet op de aangekondigde 2 april 2026" in warning
    assert "schriftelijke instemming" in warning and "ombudsman" in warning
    # on 20 March the organisation is late: the ombudsman, with the year from 19 March
    late = advise(case, D("2026-03-20"))
    assert next_ids(late) == ["ombudsman"]
    assert "19 maart 2026 verstreken" in late.next[0].reason
    assert "ombudsman wenden" in late.next[0].reason
    assert due(late, "ombudsman") == "2027-03-19"


def test_decision_topic_points_to_bezwaar() -> None:
    case = make(Regime.WMO, OrganisationKind.GEMEENTE, topics=[Topic.DECISION])
    assert any(
        "bezwaar" in w and "Awb art. 6:7" in w for w in advise(case, D("2026-02-01")).warnings
    )


# -- Wkkgz -------------------------------------------------------------------------------------


def test_wkkgz_six_weeks_plus_four_then_geschilleninstantie() -> None:
    filed = step("klachtenfunctionaris", "2026-03-02")
    case = make(Regime.WKKGZ, OrganisationKind.ZORGAANBIEDER, filed)
    advice = advise(case, D("2026-03-10"))
    check_contract(advice)
    assert advice.route == "wkkgz" and next_ids(advice) == ["geschilleninstantie"]
    assert advice.next[0].reason.startswith("Loopt nu: ")
    # Mon 2 Mar 2026 + 6 weeks = Mon 13 Apr (tweede Paasdag is 6 Apr, not in the way)
    assert due(advice, "oordeel") == "2026-04-13"
    # the Geschilleninstantie year already runs from the complaint: 2 Mar 2027
    assert due(advice, "Geschil") == "2027-03-02"

    filed.extension_weeks = 4  # extended once by 4 weeks: Mon 11 May 2026
    assert due(advise(case, D("2026-03-10")), "oordeel") == "2026-05-11"

    filed.ended, filed.outcome = D("2026-05-08"), NOT_RESOLVED
    after = advise(case, D("2026-05-12"))
    check_contract(after)
    assert next_ids(after) == ["geschilleninstantie"]
    assert "bindende uitspraak" in after.next[0].reason
    assert [d.due.isoformat() for d in after.deadlines] == ["2027-03-02"]


# -- Bewindvoering -----------------------------------------------------------------------------


def test_bewind_route_to_the_kantonrechter() -> None:
    case = make(Regime.BEWIND, OrganisationKind.BEWINDVOERDER)
    advice = advise(case, D("2026-02-01"))
    check_contract(advice)
    assert advice.route == "bewindvoering"
    assert next_ids(advice) == ["signaal", "klachtenfunctionaris"]
    assert advice.deadlines == ()

    case.steps = [step("klachtenfunctionaris", "2026-02-02", "2026-03-16", NOT_RESOLVED)]
    advice = advise(case, D("2026-03-20"))
    check_contract(advice)
    assert next_ids(advice) == ["klachtencommissie", "kantonrechter"]
    kanton = advice.next[1]
    assert "(te controleren)" in kanton.source  # the BW citation was not read from the law text


def test_steps_out_of_order_are_never_refused() -> None:
    case = make(
        Regime.BEWIND,
        OrganisationKind.BEWINDVOERDER,
        step("kantonrechter", "2026-02-02"),
        step("tuchtrecht", "2026-02-03"),
    )
    advice = advise(case, D("2026-02-10"))
    check_contract(advice)
    assert any("komt meestal pas na" in w for w in advice.warnings)
    assert any("Stap 'tuchtrecht' staat niet in de route" in w for w in advice.warnings)


# -- other routes and general warnings ---------------------------------------------------------


def test_organisation_route_counts_working_days_over_easter() -> None:
    case = make(
        Regime.JEUGDWET,
        OrganisationKind.AMBULANT,
        step("klachtencommissie", "2026-04-02"),
        route="voorbeeld_jeugdhulp_aanbieder",
    )
    advice = advise(case, D("2026-04-02"))
    check_contract(advice)
    # Thu 2 Apr 2026 + 2 working days: Fri 3 Goede Vrijdag, weekend, Mon 6 tweede Paasdag,
    # Tue 7 (1), Wed 8 (2)
    assert due(advice, "contact") == "2026-04-08"


def test_skj_appeal_six_weeks_after_the_verdict() -> None:
    case = make(
        Regime.JEUGDWET,
        OrganisationKind.GI,
        step("tuchtrecht", "2026-01-10", "2026-06-10", NOT_RESOLVED),
        route="skj_tuchtrecht",
    )
    advice = advise(case, D("2026-06-11"))
    check_contract(advice)
    assert next_ids(advice) == ["tuchtrecht_beroep"]
    # Wed 10 Jun 2026 + 6 weeks = Wed 22 Jul (a reglement term: no Atw)
    assert due(advice, "Beroep") == "2026-07-22"


def test_unknown_route_falls_back_to_the_default_with_a_warning() -> None:
    case = make(Regime.WKKGZ, OrganisationKind.ZORGAANBIEDER, route="bestaat_niet")
    advice = advise(case, D("2026-02-01"))
    assert advice.route == "wkkgz"
    assert "Route 'bestaat_niet' is onbekend" in advice.warnings[0]


def test_missing_conduct_date_is_said_once() -> None:
    case = make(Regime.WMO, OrganisationKind.GEMEENTE)
    advice = advise(case, D("2026-02-01"))
    check_contract(advice)
    (warning,) = [w for w in advice.warnings if "gedraging is niet vastgelegd" in w]
    assert "Awb art. 9:8 lid 1" in warning


def test_overdue_actions_are_warned_about_and_done_ones_not() -> None:
    case = make(
        Regime.JEUGDWET,
        OrganisationKind.AMBULANT,
        actions=[
            Action("Brief sturen", Owner.ADVISOR, D("2026-03-16")),
            Action("Verslag opvragen", Owner.CLIENT, D("2026-03-01"), done=True),
            Action("Later", Owner.ORGANISATION, D("2026-04-01")),
        ],
        incident_date=D("2026-02-10"),
    )
    warnings = advise(case, D("2026-03-20")).warnings
    assert warnings == (
        "Afspraak over tijd sinds 16 maart 2026 (vertrouwenspersoon): Brief sturen",
    )


@pytest.mark.parametrize("warn_days", [0, 31, 60])
def test_warn_days_sets_the_horizon(warn_days: int) -> None:
    # Mon 2 Mar 2026 + 6 weeks = Mon 13 Apr: 34 days after 10 Mar
    case = make(
        Regime.WKKGZ, OrganisationKind.ZORGAANBIEDER, step("klachtenfunctionaris", "2026-03-02")
    )
    warnings = advise(case, D("2026-03-10"), warn_days=warn_days).warnings
    assert any("over 34 dagen" in w for w in warnings) == (warn_days >= 34)


def test_clock_honours_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from vertrouwen import clock
    from vertrouwen.errors import UsageError

    monkeypatch.setenv("VERTROUWEN_TODAY", "2026-03-25")
    assert clock.today() == D("2026-03-25")
    monkeypatch.setenv("VERTROUWEN_TODAY", "25-03-2026")
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        clock.today()
    monkeypatch.setenv("VERTROUWEN_TODAY", "2026-02-30")
    with pytest.raises(UsageError):
        clock.today()
    monkeypatch.delenv("VERTROUWEN_TODAY")
    assert clock.today() == date.today()
