"""The anonymous registration: written with every case change, read back for reports, kept
when the case file is destroyed, and migrated from schema 1 (without the month breakdown)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import make_case
from vertrouwen.domain import Note, NoteKind, Topic
from vertrouwen.vault import db, migrations
from vertrouwen.vault.keys import new_data_key
from vertrouwen.vault.registrations import RegistrationRepository
from vertrouwen.workspace import Workspace


def test_registration_follows_the_case(workspace: Workspace) -> None:
    case = make_case(topics=[Topic.ACCESS, Topic.TREATMENT])
    case.notes.append(Note("n3", date(2026, 4, 1), NoteKind.EMAIL, None, "Mail."))
    workspace.cases.add(case)
    (reg,) = workspace.registrations.all()
    assert reg.case_id == case.id
    assert reg.opened == date(2026, 3, 2)
    assert reg.topics == ("access", "treatment")
    assert reg.organisation_kind == "ambulant"
    assert (reg.contacts, reg.minutes) == (3, 60)
    assert reg.activity == {"2026-03": (2, 60), "2026-04": (1, 0)}


def test_registration_outlives_the_case(workspace: Workspace) -> None:
    code = workspace.cases.add(make_case())
    with db.transaction(workspace._conn):
        workspace._conn.execute("DELETE FROM cases WHERE code = ?", (code,))
    (reg,) = workspace.registrations.all()
    assert reg.case_id is None
    assert reg.topics == ("communication", "treatment")
    assert workspace.registrations.count_detached() == 1


def test_overlapping_selects_cases_open_in_the_period(workspace: Workspace) -> None:
    workspace.cases.add(make_case(opened=date(2024, 11, 1), closed=date(2025, 1, 1)))
    workspace.cases.add(make_case(opened=date(2024, 11, 1), closed=date(2024, 12, 31)))
    workspace.cases.add(make_case(opened=date(2025, 12, 31)))
    workspace.cases.add(make_case(opened=date(2026, 1, 1)))
    got = workspace.registrations.overlapping(date(2025, 1, 1), date(2025, 12, 31))
    assert [(r.opened, r.closed) for r in got] == [
        (date(2024, 11, 1), date(2025, 1, 1)),
        (date(2025, 12, 31), None),
    ]


def test_schema_1_vault_gets_month_breakdown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = tmp_path / "v1.db", new_data_key()
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:1])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1)
    db.create_vault(path, key)
    conn = db.open_connection(path, key)
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO cases(id, code, opened, client_role, organisation_name,"
            " organisation_kind, regime, updated_at) VALUES"
            " (1, 'VP-2025-0001', '2025-01-05', 'parent', 'X', 'gi', 'jeugdwet', 'now')"
        )
        conn.executemany(
            "INSERT INTO notes(case_id, note_id, date, kind, minutes) VALUES (1,?,?,?,?)",
            [("a", "2025-01-05", "phone", 10), ("b", "2025-01-20", "phone", None)],
        )
        conn.execute(
            "INSERT INTO registrations(case_id, opened, client_role, organisation_kind,"
            " organisation_name, regime, contacts, minutes) VALUES"
            " (1, '2025-01-05', 'parent', 'gi', 'X', 'jeugdwet', 2, 10),"
            " (NULL, '2024-02-01', 'youth', 'gi', 'Y', 'jeugdwet', 4, 90)"
        )
    conn.close()
    monkeypatch.undo()
    conn = db.open_connection(path, key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    kept, destroyed = RegistrationRepository(conn).all()[::-1]
    assert kept.activity == {"2025-01": (2, 10)}
    assert destroyed.activity == {}
    assert (destroyed.contacts, destroyed.minutes) == (4, 90)
    conn.close()


def test_schema_2_vault_gets_record_ids_and_the_new_report_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: every registration gets a random record id (distinct), empty questions and
    signals; a case gets its report columns; destroyed rows keep counting."""
    path, key = tmp_path / "v2.db", new_data_key()
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:2])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    db.create_vault(path, key)
    conn = db.open_connection(path, key)
    with db.transaction(conn):
        conn.execute(
            "INSERT INTO cases(id, code, opened, client_role, organisation_name,"
            " organisation_kind, regime, updated_at) VALUES"
            " (1, 'VP-2025-0001', '2025-01-05', 'parent', 'X', 'gi', 'jeugdwet', 'now')"
        )
        conn.execute(
            "INSERT INTO registrations(case_id, opened, client_role, organisation_kind,"
            " organisation_name, regime) VALUES"
            " (1, '2025-01-05', 'parent', 'gi', 'X', 'jeugdwet'),"
            " (NULL, '2024-02-01', 'youth', 'gi', 'Y', 'jeugdwet')"
        )
    conn.close()
    monkeypatch.undo()
    conn = db.open_connection(path, key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    rows = RegistrationRepository(conn).all()
    assert len({r.uid for r in rows}) == 2 and all(len(r.uid) == 32 for r in rows)
    assert all(r.questions == () and r.signals == () and r.client is None for r in rows)
    assert rows[0].client_id != rows[1].client_id
    from vertrouwen.vault.audit import AuditLog
    from vertrouwen.vault.cases import CaseRepository

    case = CaseRepository(conn, AuditLog(conn)).get_by_id(1)
    assert (case.client, case.municipality, case.feedback, case.questions) == ("", "", None, [])
    conn.close()
