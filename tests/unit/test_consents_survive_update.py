"""`cases.update` leaves consents alone: they change only through the audited consent repository.

The case screen saves whole snapshots of a case (every edit, every undo). A snapshot taken
before a consent was recorded or withdrawn must not delete that consent or revive it.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import make_case
from vertrouwen.domain import Consent, ConsentScope
from vertrouwen.workspace import Workspace


def test_an_older_snapshot_keeps_newer_consents(workspace: Workspace) -> None:
    code = workspace.cases.add(make_case(consents=[]))
    old = workspace.cases.get(code)  # taken before any consent (an undo step holds this)
    kept = workspace.consents.add(code, Consent(date(2026, 3, 5), "Commissie", "klacht"))
    withdrawn = workspace.consents.add(
        code, Consent(date(2026, 3, 5), "Ombudsman", "klacht", ConsentScope("all"))
    )
    workspace.consents.withdraw(withdrawn, date(2026, 3, 6))
    old.notes[0].text = "Gewijzigd."
    workspace.cases.update(old)
    stored = workspace.cases.get(code)
    assert stored.notes[0].text == "Gewijzigd."
    assert [(k.id, k.withdrawn) for k in stored.consents] == [
        (kept, None),
        (withdrawn, date(2026, 3, 6)),
    ]


def test_consents_in_the_snapshot_are_not_written(workspace: Workspace) -> None:
    code = workspace.cases.add(make_case())  # one consent, given with the case
    case = workspace.cases.get(code)
    [consent] = case.consents
    case.consents[0].withdrawn = date(2026, 3, 6)  # not the way to withdraw
    case.consents.append(Consent(date(2026, 3, 7), "Sneaky", "no audit"))
    workspace.cases.update(case)
    assert [(k.id, k.withdrawn) for k in workspace.cases.get(code).consents] == [(consent.id, None)]
