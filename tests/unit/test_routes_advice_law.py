"""The advice checked against the law texts (issue 18): every date here was counted by hand
from the article named beside it; weekdays and holidays are in the comments."""

from __future__ import annotations

from datetime import date

from tests.unit.test_routes_advice import NOT_RESOLVED, check_contract, due, make, next_ids, step
from vertrouwen.domain.enums import OrganisationKind, Regime, StepOutcome, Topic
from vertrouwen.routes.advice import advise
from vertrouwen.routes.loader import builtin_routes
from vertrouwen.routes.terms import Calendar

D = date.fromisoformat


# -- a postponement beyond the law is not the deadline -----------------------------------------


def test_wkkgz_postponement_beyond_four_weeks_keeps_the_legal_deadline() -> None:
    # Wkkgz art. 17 lid 2: six weeks; lid 3: once, at most four weeks more.
    # Filed Mon 2 Mar 2026 + 6 + 4 weeks = Mon 11 May 2026 (a working day).
    # Announced: 6 weeks more = Mon 25 May 2026, tweede Pinksterdag -> Tue 26 May.
    case = make(
        Regime.WKKGZ,
        OrganisationKind.ZORGAANBIEDER,
        step("klachtenfunctionaris", "2026-03-02", ext=6),
    )
    advice = advise(case, D("2026-03-10"))
    check_contract(advice)
    assert due(advice, "oordeel") == "2026-05-11"
    (decision,) = [d for d in advice.deadlines if "oordeel" in d.what]
    assert decision.announced == D("2026-05-26")
    (warning,) = [w for w in advice.warnings if "Verdaging" in w]
    assert "eindigt daarom op 11 mei 2026, niet op de aangekondigde 26 mei 2026" in warning
    assert "geschilleninstantie" in warning  # what a late answer lets the client do
    assert warning.endswith("Aan zet: de organisatie.")
    # after 11 May the provider is late: straight to the geschilleninstantie (Wkkgz art. 18)
    late = advise(case, D("2026-05-12"))
    assert next_ids(late) == ["geschilleninstantie"]
    assert "11 mei 2026 verstreken" in late.next[0].reason
    assert "geschilleninstantie voorleggen (Wkkgz art. 18)" in late.next[0].reason


def test_awb_advisory_committee_ten_weeks_plus_at_most_four() -> None:
    # Awb 9:11 lid 1: ten weeks with a klachtadviescommissie (9:14); lid 2: at most four more.
    # Filed Mon 5 Jan 2026 + 10 weeks = Mon 16 Mar; + 4 weeks = Mon 13 Apr 2026 (tweede
    # Paasdag is Mon 6 Apr, not in the way). Announced 8 weeks: Mon 11 May 2026.
    case = make(
        Regime.WMO, OrganisationKind.GEMEENTE, step("klachtencommissie", "2026-01-05", ext=8)
    )
    advice = advise(case, D("2026-03-01"))
    check_contract(advice)
    assert due(advice, "klachtadviescommissie") == "2026-04-13"
    (warning,) = [w for w in advice.warnings if "Verdaging" in w]
    assert "niet op de aangekondigde 11 mei 2026" in warning
    assert "Awb art. 9:11 lid 3" in warning

    # an allowed postponement of four weeks: the same day, no warning
    case.steps[0].extension_weeks = 4
    allowed = advise(case, D("2026-03-01"))
    assert due(allowed, "klachtadviescommissie") == "2026-04-13"
    assert not [w for w in allowed.warnings if "Verdaging" in w]


# -- citations -----------------------------------------------------------------------------------


def test_the_notice_of_not_handling_is_awb_9_8_lid_3_in_both_ways_of_handling() -> None:
    # Awb 9:8 lid 3: the complainant is told in writing within four weeks after receipt.
    # Filed Mon 2 Mar 2026 + 4 weeks = Mon 30 Mar 2026.
    for step_id in ("klachtenfunctionaris", "klachtencommissie"):
        case = make(Regime.WMO, OrganisationKind.GEMEENTE, step(step_id, "2026-03-02"))
        advice = advise(case, D("2026-03-10"))
        (notice,) = [d for d in advice.deadlines if "niet behandelt" in d.what]
        assert notice.due == D("2026-03-30")
        assert notice.source == "Awb art. 9:8 lid 3"
    terms = [t for r in builtin_routes().values() for s in r.steps for t in s.terms]
    assert not [t for t in terms if "9:8 lid 2" in t.source]


# -- warnings where the advice was silent --------------------------------------------------------


def test_complaint_filed_more_than_a_year_after_the_conduct_is_warned_also_once_running() -> None:
    # Awb 9:8 lid 1 sub b: conduct Sat 10 Jan 2025 + 1 year = Sat 10 Jan 2026 (a year-long
    # term: the Atw does not move it, art. 4). Filed Mon 2 Feb 2026: too late.
    case = make(
        Regime.WMO,
        OrganisationKind.GEMEENTE,
        step("klachtenfunctionaris", "2026-02-02"),
        incident_date=D("2025-01-10"),
    )
    advice = advise(case, D("2026-02-10"))
    check_contract(advice)
    (warning,) = [w for w in advice.warnings if "na het einde van de termijn" in w]
    assert "begonnen op 2 februari 2026" in warning and "10 januari 2026" in warning
    assert "Awb art. 9:8 lid 1 sub b" in warning and "9:8 lid 3" in warning

    case.steps[0].started = D("2026-01-09")  # within the year: nothing to say
    assert not [w for w in advise(case, D("2026-02-10")).warnings if "einde van de" in w]


def test_veilig_thuis_under_the_jeugdwet_follows_the_awb_route_with_a_warning() -> None:
    # Veilig Thuis falls under the Wmo 2015 and Awb chapter 9. A written complaint via the
    # committee filed Mon 2 Feb 2026: Awb 9:11 lid 1, ten weeks = Mon 13 Apr 2026.
    case = make(
        Regime.JEUGDWET,
        OrganisationKind.VEILIG_THUIS,
        step("klachtencommissie", "2026-02-02"),
        incident_date=D("2026-01-20"),
    )
    advice = advise(case, D("2026-02-10"))
    check_contract(advice)
    assert advice.route == "wmo_awb"
    assert due(advice, "klachtadviescommissie") == "2026-04-13"
    (warning,) = [w for w in advice.warnings if w.startswith("Veilig Thuis valt")]
    assert "Awb hoofdstuk 9" in warning and "Wmo" in warning

    # its usual mediation step is part of that route too: no "not in the route" noise
    case.steps.insert(0, step("bemiddeling", "2026-01-20", "2026-01-27", NOT_RESOLVED))
    assert not [w for w in advise(case, D("2026-02-10")).warnings if "staat niet" in w]

    # the Jeugdwet route chosen by hand: kept (it is advice), with the warning
    case.route = "jeugdwet"
    chosen = advise(case, D("2026-02-10"))
    assert chosen.route == "jeugdwet"
    assert any(w.startswith("Veilig Thuis valt") for w in chosen.warnings)


def test_no_bezwaar_hint_for_veilig_thuis() -> None:
    # Veilig Thuis issues no beschikkingen: Awb 6:7 bezwaar does not apply to it
    vt = make(Regime.WMO, OrganisationKind.VEILIG_THUIS, topics=[Topic.DECISION])
    assert not [w for w in advise(vt, D("2026-02-01")).warnings if "bezwaar" in w]
    gemeente = make(Regime.WMO, OrganisationKind.GEMEENTE, topics=[Topic.DECISION])
    assert [w for w in advise(gemeente, D("2026-02-01")).warnings if "Awb art. 6:7" in w]


def test_wkkgz_geschil_year_runs_from_the_first_report_to_the_provider() -> None:
    # Reported to the zorgverlener Mon 12 Jan 2026, formal complaint Mon 2 Mar 2026: the safe
    # day is one year after the first report, Tue 12 Jan 2027 (not Tue 2 Mar 2027).
    case = make(
        Regime.WKKGZ,
        OrganisationKind.ZORGAANBIEDER,
        step("signaal", "2026-01-12", "2026-01-20", NOT_RESOLVED),
        step("klachtenfunctionaris", "2026-03-02"),
    )
    advice = advise(case, D("2026-03-10"))
    check_contract(advice)
    assert due(advice, "Geschil") == "2027-01-12"


def test_bw_1_264_lid_3_two_weeks_for_the_kinderrechter_after_a_written_instruction() -> None:
    gi = make(Regime.JEUGDWET, OrganisationKind.GI, incident_date=D("2026-04-01"))
    advice = advise(gi, D("2026-04-10"))
    (hint,) = [n for n in advice.next if n.step == "aanwijzing"]
    assert "binnen twee weken" in hint.reason and hint.source == "BW art. 1:264 lid 3"
    # BW 1:264 lid 3: aanwijzing Tue 21 Apr 2026 + 2 weeks = Tue 5 May 2026, Bevrijdingsdag
    # (Atw art. 3) -> Wed 6 May 2026 (Atw art. 1)
    gi.steps = [step("aanwijzing", "2026-04-21")]
    advice = advise(gi, D("2026-04-22"))
    check_contract(advice)
    (term,) = [d for d in advice.deadlines if "kinderrechter" in d.what]
    assert term.due == D("2026-05-06")
    assert term.source == "BW art. 1:264 lid 3; verschoven van di 05-05 naar wo 06-05, Atw art. 1"
    assert any("kinderrechter" in w and "Aan zet: de cliënt." in w for w in advice.warnings)
    # not for other organisations
    other = make(Regime.JEUGDWET, OrganisationKind.AMBULANT, incident_date=D("2026-04-01"))
    assert "aanwijzing" not in next_ids(advise(other, D("2026-04-10")))


# -- not overstated ------------------------------------------------------------------------------


def test_geschilleninstantie_names_its_exceptions() -> None:
    case = make(
        Regime.WKKGZ,
        OrganisationKind.ZORGAANBIEDER,
        step("klachtenfunctionaris", "2026-03-02", "2026-04-01", NOT_RESOLVED),
    )
    (geschil,) = advise(case, D("2026-04-02")).next
    assert "in redelijkheid niet gevraagd" in geschil.reason
    assert "niet binnen de termijn" in geschil.reason
    assert geschil.source == "Wkkgz art. 18"


def test_no_nationale_ombudsman_after_a_complaint_about_a_private_provider() -> None:
    # The Nationale ombudsman handles bestuursorganen (Awb 9:17 ff.): a GI, Veilig Thuis, the
    # gemeente; not a private jeugdhulpaanbieder.
    verdict = step("klachtencommissie", "2026-02-02", "2026-05-20", StepOutcome.NOT_RESOLVED)
    private = make(
        Regime.JEUGDWET, OrganisationKind.AMBULANT, verdict, incident_date=D("2026-01-15")
    )
    advice = advise(private, D("2026-06-01"))
    assert "ombudsman" not in next_ids(advice) and "kinderombudsman" in next_ids(advice)
    assert not [d for d in advice.deadlines if "Verzoek aan de ombudsman" in d.what]
    example = make(
        Regime.JEUGDWET,
        OrganisationKind.AMBULANT,
        verdict,
        route="voorbeeld_jeugdhulp_aanbieder",
    )
    assert "ombudsman" not in next_ids(advise(example, D("2026-06-01")))
    gi = make(Regime.JEUGDWET, OrganisationKind.GI, verdict, incident_date=D("2026-01-15"))
    assert "ombudsman" in next_ids(advise(gi, D("2026-06-01")))


def test_bewind_route_does_not_say_both_go_straight_and_first_the_regulation() -> None:
    case = make(
        Regime.BEWIND,
        OrganisationKind.BEWINDVOERDER,
        step("klachtenfunctionaris", "2026-02-02", "2026-03-16", NOT_RESOLVED),
    )
    advice = advise(case, D("2026-03-20"))
    kanton = advice.next[next_ids(advice).index("kantonrechter")]
    assert "De stappen hiervoor zijn niet verplicht" not in kanton.reason
    assert "Niet verplicht hiervoor: 'Klachtencommissie van de brancheorganisatie'" in kanton.reason


def test_skj_reglement_professioneel_toezicht_appeal_from_sending() -> None:
    # Reglement professioneel toezicht SKJ (since 1 Nov 2022): appeal within six weeks from the
    # day the decision was sent. Sent Wed 10 Jun 2026 + 6 weeks = Wed 22 Jul 2026 (no Atw:
    # not a law).
    case = make(
        Regime.JEUGDWET,
        OrganisationKind.GI,
        step("tuchtrecht", "2026-01-10", "2026-06-10", NOT_RESOLVED),
        route="skj_tuchtrecht",
    )
    advice = advise(case, D("2026-06-11"))
    (appeal,) = advice.deadlines
    assert appeal.due == D("2026-07-22")
    assert "verzending" in appeal.what and "Reglement professioneel toezicht" in appeal.source
    texts = str(
        [(s.source, [t.source for t in s.terms]) for s in builtin_routes()["jeugdwet"].steps]
    )
    assert "Tuchtreglement" not in texts


# -- noise -----------------------------------------------------------------------------------------


def test_no_lead_before_every_step_and_no_double_hedge() -> None:
    for regime, kind in [
        (Regime.JEUGDWET, OrganisationKind.GI),
        (Regime.WMO, OrganisationKind.GEMEENTE),
        (Regime.BEWIND, OrganisationKind.BEWINDVOERDER),
    ]:
        case = make(regime, kind, incident_date=D("2026-01-10"))
        advice = advise(case, D("2026-02-01"))
        assert all("Nog geen stap vastgelegd" not in n.reason for n in advice.next)
        case.steps = [step("klachtencommissie", "2026-02-02", "2026-05-20", NOT_RESOLVED)]
        later = advise(case, D("2026-06-01"))
        every = [*later.warnings, *(d.source for d in later.deadlines)]
        every += [n.source for n in later.next] + [n.reason for n in later.next]
        assert all(text.count("te controleren") <= 1 for text in every)


def test_client_year_terms_warn_three_months_ahead_organisation_terms_a_month() -> None:
    # Kinderombudsman: conduct Fri 1 May 2025 + 1 year = Fri 1 May 2026; on Sun 1 Mar 2026
    # that is 61 days away: a client's year-long term warns about three months (92 days) ahead.
    case = make(Regime.JEUGDWET, OrganisationKind.AMBULANT, incident_date=D("2025-05-01"))
    advice = advise(case, D("2026-03-01"))
    assert any(
        "over 61 dagen" in w and "Kinderombudsman" in w and w.endswith("Aan zet: de cliënt.")
        for w in advice.warnings
    )
    assert not [w for w in advise(case, D("2026-01-20")).warnings if "Kinderombudsman" in w]


def test_a_bridge_day_moves_a_statutory_term() -> None:
    # Awb 9:11 lid 1: filed Thu 8 Jan 2026 + 6 weeks = Thu 19 Feb 2026. Were 19 Feb declared
    # equal to a holiday (Atw art. 3 lid 3), the term ends Fri 20 Feb (Atw art. 1).
    case = make(Regime.WMO, OrganisationKind.GEMEENTE, step("klachtenfunctionaris", "2026-01-08"))
    assert due(advise(case, D("2026-01-20")), "handelt de klacht af") == "2026-02-19"
    bridged = advise(case, D("2026-01-20"), calendar=Calendar(extra=[D("2026-02-19")]))
    (decision,) = [d for d in bridged.deadlines if "handelt de klacht af" in d.what]
    assert decision.due == D("2026-02-20")
    assert decision.source.endswith("verschoven van do 19-02 naar vr 20-02, Atw art. 1")


def test_a_longer_postponement_the_client_agreed_to_in_writing_is_the_deadline() -> None:
    # Awb 9:11 lid 3: further postponement only with the complainant's written consent. Filed
    # Thu 8 Jan 2026 + 6 + 6 weeks (agreed) = Thu 2 Apr 2026: lawful, no warning.
    running = step("klachtenfunctionaris", "2026-01-08", ext=6)
    running.extension_agreed = True
    case = make(Regime.WMO, OrganisationKind.GEMEENTE, running)
    advice = advise(case, D("2026-01-20"))
    check_contract(advice)
    (decision,) = [d for d in advice.deadlines if "handelt de klacht af" in d.what]
    assert decision.due == D("2026-04-02") and decision.announced is None
    assert decision.source == (
        "Awb art. 9:11 lid 1; verdaagd: Awb art. 9:11 lid 2; "
        "langer met schriftelijke instemming: Awb art. 9:11 lid 3"
    )
    assert not [w for w in advice.warnings if "Verdaging" in w]
    # the Wkkgz has no such rule: Mon 2 Mar 2026 + 6 + 4 weeks = Mon 11 May 2026 still
    wkkgz = step("klachtenfunctionaris", "2026-03-02", ext=6)
    wkkgz.extension_agreed = True
    care = make(Regime.WKKGZ, OrganisationKind.ZORGAANBIEDER, wkkgz)
    assert due(advise(care, D("2026-03-10")), "oordeel") == "2026-05-11"
