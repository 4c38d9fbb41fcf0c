"""The complaint letter names the organisation's kind as a sentence would, not as a label."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_case
from tests.pdf_helpers import pypdf_text
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
