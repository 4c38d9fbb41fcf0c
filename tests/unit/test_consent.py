"""The consent gate (Disclosure) and the consent repository (give, withdraw, audit)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_case
from tests.pdf_helpers import RECIPIENT, marker_case
from vertrouwen.domain import Consent, ConsentScope
from vertrouwen.errors import InputError, RefusedError, UnknownCaseError
from vertrouwen.export.consent import disclose
from vertrouwen.workspace import Workspace

DAY = date(2026, 4, 1)


def _texts(d: object) -> str:
    return repr(d)


# -- the gate -------------------------------------------------------------------------------
def test_only_active_consents_count() -> None:
    d = disclose(marker_case(code="VP-2026-0001"), DAY)
    assert [n.id for n in d.notes] == ["n1"]
    assert [p.summary for p in d.complaint_points] == ["Niet teruggebeld MARKERPOINTSUMMARY"]
    assert d.steps == () and d.actions == ()
    assert d.recipients == (RECIPIENT,)
    assert d.purposes == ("formele klacht",)
    text = _texts(d)
    for word in ("MARKERNOTEBRAVO", "MARKERSTEPHIDDEN", "MARKERACTIONHIDDEN", "MARKERWITHDRAWNTO"):
        assert word not in text


def test_union_of_active_consents() -> None:
    case = marker_case(code="VP-2026-0001")
    case.consents.append(
        Consent(date(2026, 3, 20), "Intervisie", "intervisie", ConsentScope(["n3"], steps=True))
    )
    d = disclose(case, DAY)
    assert [n.id for n in d.notes] == ["n1", "n3"]
    assert [s.step for s in d.steps] == ["signaal", "MARKERSTEPHIDDEN"]
    assert d.complaint_points and not d.actions
    assert d.recipients == (RECIPIENT, "Intervisie")


def test_all_notes() -> None:
    case = make_case(code="VP-2026-0001")
    case.consents = [Consent(date(2026, 3, 5), "X", "y", ConsentScope("all"))]
    d = disclose(case, DAY)
    assert [n.id for n in d.notes] == ["n1", "n2"]
    assert not d.points_covered and d.complaint_points == ()


def test_withdrawal_day_and_given_day() -> None:
    case = make_case(code="VP-2026-0001")
    assert disclose(case, date(2026, 3, 5)).notes  # the day it was given
    with pytest.raises(RefusedError):
        disclose(case, date(2026, 3, 4))  # before it was given
    case.consents[0].withdrawn = date(2026, 3, 20)
    for day in (date(2026, 3, 19), date(2026, 3, 20)):  # a withdrawal ends it, whatever its date
        with pytest.raises(RefusedError) as err:
            disclose(case, day)
        assert err.value.exit_code == 5


def test_no_consent_is_refused() -> None:
    with pytest.raises(RefusedError, match="no active consent"):
        disclose(make_case(code="VP-2026-0001", consents=[]), DAY)


def test_disclosure_is_a_copy_and_as_case_holds_only_disclosed_parts() -> None:
    case = marker_case(code="VP-2026-0001", incident_date=date(2026, 1, 1))
    d = disclose(case, DAY)
    case.notes[0].text = "changed"
    case.complaint_points[0].summary = "changed"
    assert d.notes[0].text == "Gesprek: MARKERNOTEALPHA."
    as_case = d.as_case()
    assert as_case.opened == DAY and as_case.incident_date is None
    assert [n.id for n in as_case.notes] == ["n1"]
    assert as_case.steps == [] and as_case.actions == [] and as_case.consents == []


# -- the repository -------------------------------------------------------------------------
def _stored(ws: Workspace) -> str:
    return ws.cases.add(make_case(consents=[]))


def test_add_and_withdraw_are_audited(workspace: Workspace) -> None:
    code = _stored(workspace)
    consent = Consent(
        date(2026, 3, 5), " Ombudsman ", "klacht", ConsentScope(["n1"]), method="spoken"
    )
    cid = workspace.consents.add(code, consent)
    assert consent.id == cid
    [stored] = workspace.cases.get(code).consents
    assert stored.recipient == "Ombudsman" and stored.method == "spoken"
    assert stored.scope.notes == ["n1"] and stored.withdrawn is None
    workspace.consents.withdraw(cid, date(2026, 3, 10))
    assert workspace.consents.get(cid)[1].withdrawn == date(2026, 3, 10)
    events = [(e.event, e.detail) for e in workspace.audit.entries(code)]
    assert events[0] == ("consent_withdrawn", f"consent {cid} withdrawn 2026-03-10")
    assert events[1][0] == "consent_given" and "notes=n1" in events[1][1]
    assert "Eerste gesprek" not in events[1][1]  # never note text


def test_withdrawal_is_final(workspace: Workspace) -> None:
    code = _stored(workspace)
    cid = workspace.consents.add(code, Consent(date(2026, 3, 5), "X", "y"))
    workspace.consents.withdraw(cid, date(2026, 3, 6))
    before = len(workspace.audit.entries())
    with pytest.raises(RefusedError, match="already withdrawn"):
        workspace.consents.withdraw(cid, date(2026, 3, 7))
    assert workspace.consents.get(cid)[1].withdrawn == date(2026, 3, 6)
    assert len(workspace.audit.entries()) == before  # the refused change left no trace


@pytest.mark.parametrize(
    ("consent", "message"),
    [
        (Consent(date(2026, 3, 5), "", "y"), "recipient"),
        (Consent(date(2026, 3, 5), "X", "  "), "purpose"),
        (Consent(date(2026, 3, 5), "X", "y", ConsentScope(["n9"])), "no note 'n9'"),
        (Consent(date(2026, 3, 5), "X", "y", method="telepathy"), "method"),
        (Consent(date(2026, 3, 5), "X", "y", withdrawn=date(2026, 3, 6)), "withdrawn"),
    ],
)
def test_add_refuses_bad_consents(workspace: Workspace, consent: Consent, message: str) -> None:
    code = _stored(workspace)
    with pytest.raises(InputError, match=message):
        workspace.consents.add(code, consent)
    assert workspace.consents.for_case(code) == []
    assert [e.event for e in workspace.audit.entries(code)] == ["case_created"]


def test_withdraw_checks(workspace: Workspace) -> None:
    code = _stored(workspace)
    cid = workspace.consents.add(code, Consent(date(2026, 3, 5), "X", "y"))
    with pytest.raises(InputError, match="before"):
        workspace.consents.withdraw(cid, date(2026, 3, 4))
    with pytest.raises(InputError, match="no consent"):
        workspace.consents.withdraw(cid + 100, date(2026, 3, 6))
    with pytest.raises(UnknownCaseError, match="no case"):
        workspace.consents.add("VP-1999-0001", Consent(date(2026, 3, 5), "X", "y"))


def test_withdrawn_consent_stops_disclosure(workspace: Workspace) -> None:
    code = _stored(workspace)
    cid = workspace.consents.add(code, Consent(date(2026, 3, 5), "X", "y", ConsentScope("all")))
    assert disclose(workspace.cases.get(code), DAY).notes
    workspace.consents.withdraw(cid, DAY)
    with pytest.raises(RefusedError):
        disclose(workspace.cases.get(code), DAY)
