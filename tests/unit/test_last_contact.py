"""Schema 6 (issue 16): the case's last contact is a column kept by triggers on notes, filled
by the migration, and the case list's sort and text filter read indexes instead of every note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import make_case
from vertrouwen.domain import Note, NoteKind
from vertrouwen.vault import db, migrations, queries
from vertrouwen.vault.keys import new_data_key
from vertrouwen.vault.queries import CaseFilter
from vertrouwen.workspace import Workspace


def _last(ws: Workspace, code: str) -> str | None:
    row = ws._conn.execute("SELECT last_contact FROM cases WHERE code = ?", (code,)).fetchone()
    return None if row[0] is None else str(row[0])


def test_last_contact_follows_every_change_of_notes(workspace: Workspace) -> None:
    code = workspace.cases.add(make_case())
    assert _last(workspace, code) == "2026-03-09"
    case = workspace.cases.get(code)
    case.notes.append(Note("n3", date(2026, 5, 1), NoteKind.EMAIL, None, "Mail."))
    workspace.cases.update(case)
    assert _last(workspace, code) == "2026-05-01"
    case.notes = [n for n in case.notes if n.id != "n3"]
    workspace.cases.update(case)
    assert _last(workspace, code) == "2026-03-09"
    with db.transaction(workspace._conn):
        workspace._conn.execute("UPDATE notes SET date = '2026-04-02' WHERE note_id = 'n1'")
    assert _last(workspace, code) == "2026-04-02"
    other = workspace.cases.add(make_case(notes=[]))
    assert _last(workspace, other) is None
    with db.transaction(workspace._conn):
        workspace._conn.execute(
            "UPDATE notes SET case_id = (SELECT id FROM cases WHERE code = ?) WHERE note_id = 'n2'",
            (other,),
        )
    assert (_last(workspace, code), _last(workspace, other)) == ("2026-04-02", "2026-03-09")
    with db.transaction(workspace._conn):
        workspace._conn.execute("DELETE FROM notes")
    assert (_last(workspace, code), _last(workspace, other)) == (None, None)
    # what the list shows is the same column
    (row,) = workspace.queries.case_rows([workspace.cases.id_of(code)])
    assert row.last_contact is None


def test_cases_without_notes_sort_last_both_ways(workspace: Workspace) -> None:
    silent = workspace.cases.add(make_case(notes=[]))
    early = workspace.cases.add(make_case())
    late = workspace.cases.add(
        make_case(notes=[Note("n1", date(2026, 6, 1), NoteKind.PHONE, 5, "Bel.")])
    )
    order = {workspace.cases.id_of(c): c for c in (silent, early, late)}
    up = [order[i] for i in workspace.queries.case_ids(sort_key="last_contact", descending=False)]
    down = [order[i] for i in workspace.queries.case_ids(sort_key="last_contact")]
    assert up == [early, late, silent]
    assert down == [late, early, silent]


def test_schema_5_vault_gets_last_contact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, key = tmp_path / "v5.db", new_data_key()
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:5])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 5)
    db.create_vault(path, key)
    conn = db.open_connection(path, key)
    with db.transaction(conn):
        for number in (1, 2):
            conn.execute(
                "INSERT INTO cases(id, code, opened, client_role, organisation_name,"
                " organisation_kind, regime, updated_at) VALUES"
                f" ({number}, 'VP-2025-000{number}', '2025-01-05', 'parent', 'X', 'gi',"
                " 'jeugdwet', 'now')"
            )
        conn.execute(
            "INSERT INTO notes(case_id, note_id, date, kind, text) VALUES"
            " (1, 'n1', '2025-01-05', 'phone', 'a'), (1, 'n2', '2025-03-01', 'phone', 'b')"
        )
    conn.close()
    monkeypatch.undo()
    conn = db.open_connection(path, key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    got = conn.execute("SELECT id, last_contact FROM cases ORDER BY id").fetchall()
    assert got == [(1, "2025-03-01"), (2, None)]
    conn.close()


def _plan_of(ws: Workspace, run: object) -> str:
    """The plan of the case list's statement that `run()` sends (values inlined by the trace)."""
    sent: list[str] = []
    ws._conn.set_trace_callback(sent.append)
    try:
        run()  # type: ignore[operator]
    finally:
        ws._conn.set_trace_callback(None)
    (sql,) = [s for s in sent if s.startswith("SELECT c.id FROM cases c")]
    return " ".join(str(r[-1]) for r in ws._conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_sort_and_text_filter_read_indexes(workspace: Workspace) -> None:
    workspace.cases.add(make_case())
    sort_plan = _plan_of(workspace, lambda: workspace.queries.case_ids(sort_key="last_contact"))
    assert "cases_last_contact" in sort_plan and "TEMP B-TREE" not in sort_plan
    text_plan = _plan_of(
        workspace, lambda: queries.case_ids(workspace._conn, CaseFilter(text="gesprek"))
    )
    assert "notes_case_of" in text_plan
    assert workspace.queries.case_ids(CaseFilter(text="gesprek")) == [1]


def test_an_open_vault_keeps_a_large_page_cache(workspace: Workspace) -> None:
    """At a million notes the full-text index must stay decrypted in memory between searches."""
    size = workspace._conn.execute("PRAGMA cache_size").fetchone()[0]
    assert size == -1024 * db.SESSION_CACHE_MIB and db.SESSION_CACHE_MIB >= 64
