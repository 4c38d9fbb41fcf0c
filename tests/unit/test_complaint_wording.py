"""The complaint letter names the organisation's kind as a sentence would, not as a label."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_case
from tests.pdf_helpers import pypdf_text, squash
from vertrouwen.domain import Organisation, OrganisationKind
from vertrouwen.export.complaint_pdf import build_complaint
from vertrouwen.export.consent import disclose
from vertrouwen.export.identity import Identity


@pytest.mark.parametrize(
    ("organisation", "expected", "absent"),
    [
        (
            Organisation("Jeugdbescherming West", OrganisationKind.GI),
            "(gecertificeerde instelling)",
            "(gi)",
        ),
        (Organisation("Stichting De Linde", OrganisationKind.JEUGD_GGZ), "(jeugd-GGZ)", "ggz)"),
        (
            Organisation("Veilig Thuis Utrecht", OrganisationKind.VEILIG_THUIS),
            "Utrecht.",
            "(Veilig",
        ),
        (Organisation("Zorg BV", OrganisationKind.ZORGAANBIEDER), "(zorgaanbieder)", "(wkkgz)"),
    ],
)
def test_kind_in_the_first_sentence(organisation: Organisation, expected: str, absent: str) -> None:
    case = make_case(code="VP-2026-0001", organisation=organisation)
    data = build_complaint(
        disclose(case, date(2026, 4, 1)), Identity("A", "B"), compute_deadlines=False
    )
    first = pypdf_text(data).split("Hierbij dien ik een klacht in over ", 1)[1][:120]
    assert expected in first and absent not in first


def test_the_letter_cites_the_rule_without_internal_hedges() -> None:
    # A GI case after the committee's verdict (Wed 20 May 2026): the provider's answer under
    # Jeugdwet art. 4.2.2 is not read from the law text ("te controleren" in the advice) and
    # stays out of the letter; the ombudsman year (Awb 9:24, 20 May 2027) is cited bare.
    # A Veilig Thuis complaint (Awb 9:11 lid 1, filed Sat 7 Feb 2026 + 6 weeks = Sat 21 Mar,
    # Atw art. 1 -> Mon 23 Mar) names the Atw as a rule, not as a shift note.
    from vertrouwen.domain import Regime, Step, StepOutcome
    from vertrouwen.export.complaint_pdf import applicable_deadlines

    gi = make_case(
        code="VP-2026-0001",
        organisation=Organisation("Jeugdbescherming West", OrganisationKind.GI),
        steps=[
            Step(
                "klachtencommissie",
                date(2026, 2, 2),
                date(2026, 5, 20),
                StepOutcome.PARTLY_RESOLVED,
            )
        ],
    )
    lines = applicable_deadlines(disclose(gi, date(2026, 6, 1)))
    assert lines is not None
    assert [(line.due, line.source) for line in lines] == [(date(2027, 5, 20), "Awb art. 9:24")]
    vt = make_case(
        code="VP-2026-0002",
        organisation=Organisation("Veilig Thuis Regio", OrganisationKind.VEILIG_THUIS),
        regime=Regime.WMO,
        steps=[Step("klachtenfunctionaris", date(2026, 2, 7))],
    )
    data = build_complaint(disclose(vt, date(2026, 3, 10)), Identity("A", "B"))
    text = pypdf_text(data)
    assert "23 maart 2026" in text and "Algemene termijnenwet art. 1" in text
    for hedge in ("te controleren", "als Awb", "verschoven van"):
        assert hedge not in text


def test_a_veilig_thuis_letter_never_says_jeugdwet() -> None:
    # Veilig Thuis falls under the Wmo 2015 (and Awb chapter 9), even when the case was
    # entered under the Jeugdwet regime.
    from vertrouwen.domain import Regime

    case = make_case(
        code="VP-2026-0003",
        organisation=Organisation("Veilig Thuis Regio", OrganisationKind.VEILIG_THUIS),
        regime=Regime.JEUGDWET,
    )
    text = pypdf_text(
        build_complaint(
            disclose(case, date(2026, 4, 1)), Identity("A", "B"), compute_deadlines=False
        )
    )
    assert "Jeugdwet" not in text and "Wet maatschappelijke ondersteuning 2015" in squash(text)
