"""A note edit writes that note: `CaseRepository.update_note` and the rule for new note ids."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from tests.conftest import make_case
from vertrouwen.domain import Case, Note, NoteKind, Question, QuestionType, Signal, Support, Topic
from vertrouwen.errors import InputError
from vertrouwen.workspace import Workspace

# tables with a rowid: a whole-case save deletes and re-inserts them, giving new rowids
CHILD_TABLES = ("notes", "actions", "complaint_points", "steps", "consents")
# tables keyed by (case, position) without a rowid: compared by content
KEYED_TABLES = ("case_topics", "case_goals", "case_support", "case_questions", "case_signals")


def _rows(ws: Workspace, case_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every child row of the case with its rowid, table by table."""
    conn = ws._conn
    rows = {
        table: conn.execute(
            f"SELECT rowid, * FROM {table} WHERE case_id = ? ORDER BY rowid",
            (case_id,),
        ).fetchall()
        for table in CHILD_TABLES
    }
    for table in KEYED_TABLES:
        sql = f"SELECT * FROM {table} WHERE case_id = ? ORDER BY position"
        rows[table] = conn.execute(sql, (case_id,)).fetchall()
        assert rows[table], table  # the case fills every part
    return rows


def _full_case(ws: Workspace) -> Case:
    case = make_case(
        questions=[Question(QuestionType.FORMAL_COMPLAINT, Topic.TREATMENT)],
        signals=[Signal(date(2026, 3, 3), Topic.COMMUNICATION)],
        support=[Support.LISTENING],
    )
    case.notes += [Note(f"n{k}", date(2026, 3, 10), NoteKind.EMAIL, 5, f"n {k}") for k in (3, 4)]
    return ws.cases.get(ws.cases.add(case))


def test_note_save_touches_only_that_note(workspace: Workspace) -> None:
    case = _full_case(workspace)
    assert case.id is not None
    before = _rows(workspace, case.id)
    edited = dataclasses.replace(case.notes[1], text="Gebeld met de gezinsvoogd, teruggebeld.")
    workspace.cases.update_note(case.id, edited)
    after = _rows(workspace, case.id)
    for table in (*CHILD_TABLES, *KEYED_TABLES):
        if table != "notes":
            assert after[table] == before[table], table
    # the same note rows (rowids unchanged), only the edited one's text differs
    assert [r[0] for r in after["notes"]] == [r[0] for r in before["notes"]]
    changed = [(b, a) for b, a in zip(before["notes"], after["notes"], strict=True) if a != b]
    assert len(changed) == 1 and changed[0][1][-1] == edited.text
    expected = dataclasses.replace(case, notes=list(case.notes))
    expected.notes[1] = edited
    assert workspace.cases.get_by_id(case.id) == expected


def test_note_save_keeps_search_last_contact_registration_and_audit(
    workspace: Workspace,
) -> None:
    case = _full_case(workspace)
    assert case.id is not None
    conn = workspace._conn
    workspace.cases.update_note(case.id, dataclasses.replace(case.notes[0], text="kaasschaaf"))
    hits = conn.execute(
        "SELECT n.note_id FROM notes_fts f JOIN notes n ON n.id = f.rowid"
        " WHERE notes_fts MATCH 'kaasschaaf'"
    ).fetchall()
    assert hits == [("n1",)]
    assert not conn.execute("SELECT 1 FROM notes_fts WHERE notes_fts MATCH 'Eerste'").fetchall()
    entry = workspace.audit.entries(case.code)[0]
    assert (entry.event, entry.detail) == ("note_updated", "note n1")
    assert "kaasschaaf" not in " ".join(e.detail for e in workspace.audit.entries())

    # a later date moves the last contact and the registration's months; minutes count too
    later = dataclasses.replace(case.notes[0], date=date(2026, 4, 20), minutes=60)
    workspace.cases.update_note(case.id, later)
    last = conn.execute("SELECT last_contact FROM cases WHERE id = ?", (case.id,)).fetchone()
    assert last == ("2026-04-20",)
    contacts, minutes, activity = conn.execute(
        "SELECT contacts, minutes, activity FROM registrations WHERE case_id = ?", (case.id,)
    ).fetchone()
    assert (contacts, minutes) == (4, 60 + 15 + 5 + 5)
    assert '"2026-04": [1, 60]' in activity


def test_note_save_of_an_unknown_note_changes_nothing(workspace: Workspace) -> None:
    case = _full_case(workspace)
    assert case.id is not None
    before = _rows(workspace, case.id)
    entries = len(workspace.audit.entries())
    with pytest.raises(InputError, match="no note 'n9'"):
        workspace.cases.update_note(case.id, Note("n9", date(2026, 3, 2)))
    assert _rows(workspace, case.id) == before
    assert len(workspace.audit.entries()) == entries


def test_edited_note_is_found_only_when_one_note_is_all_that_changed() -> None:
    before = make_case(id=7)
    one = dataclasses.replace(before, notes=[dataclasses.replace(n) for n in before.notes])
    one.notes[1].text = "anders"
    assert one.edited_note(before) == one.notes[1]
    meta = dataclasses.replace(before, notes=[dataclasses.replace(n) for n in before.notes])
    meta.notes[0].minutes = 50
    assert meta.edited_note(before) == meta.notes[0]
    two = dataclasses.replace(one, notes=[dataclasses.replace(n) for n in one.notes])
    two.notes[0].text = "ook anders"
    assert two.edited_note(before) is None
    elsewhere = dataclasses.replace(one, municipality="Utrecht")
    assert elsewhere.edited_note(before) is None
    added = dataclasses.replace(before, notes=[*before.notes, Note("n3", date(2026, 3, 20))])
    assert added.edited_note(before) is None
    renamed = dataclasses.replace(before, notes=[before.notes[0], Note("n9", date(2026, 3, 9))])
    assert renamed.edited_note(before) is None
    assert before.edited_note(before) is None  # nothing changed
    unstored = dataclasses.replace(one, id=None)
    assert unstored.edited_note(dataclasses.replace(before, id=None)) is None


def test_next_note_id_is_one_past_the_highest() -> None:
    case = make_case()
    assert case.next_note_id() == "n3"
    case.notes.append(Note("n10", date(2026, 3, 20)))
    assert case.next_note_id() == "n11"
    case.notes = [Note("import-1", date(2026, 3, 20)), Note("n1", date(2026, 3, 20))]
    assert case.next_note_id() == "n2"
    assert make_case(notes=[]).next_note_id() == "n1"
