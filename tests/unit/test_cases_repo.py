"""The case repository round-trips every part of a case through a real SQLCipher file."""

from __future__ import annotations

from tests.conftest import VaultFiles, make_case
from vertrouwen.workspace import Workspace


def test_add_and_get_round_trip(workspace: Workspace) -> None:
    case = make_case()
    code = workspace.cases.add(case)
    assert code == "VP-2026-0001"
    loaded = workspace.cases.get(code)
    loaded.id = case.id
    assert loaded == case


def test_codes_increase_per_year(workspace: Workspace) -> None:
    first = workspace.cases.add(make_case())
    second = workspace.cases.add(make_case())
    assert (first, second) == ("VP-2026-0001", "VP-2026-0002")


def test_case_survives_reopen(vault: VaultFiles) -> None:
    ws = vault.open()
    code = ws.cases.add(make_case())
    ws.close()
    ws = vault.open()
    assert ws.cases.get(code).notes[0].text == "Eerste gesprek met moeder."
    ws.close()


def test_update_replaces_parts_and_keeps_registration(workspace: Workspace) -> None:
    code = workspace.cases.add(make_case())
    case = workspace.cases.get(code)
    case.notes = case.notes[:1]
    workspace.cases.update(case)
    assert [n.id for n in workspace.cases.get(code).notes] == ["n1"]
    rows = workspace._conn.execute("SELECT contacts, minutes FROM registrations").fetchall()
    assert rows == [(1, 45)]
    assert [e.event for e in workspace.audit.entries(code)] == ["case_updated", "case_created"]


def test_notes_keep_their_given_order(workspace: Workspace) -> None:
    case = make_case()
    case.notes.reverse()  # newest first, as some files list them
    code = workspace.cases.add(case)
    assert [n.id for n in workspace.cases.get(code).notes] == ["n2", "n1"]
