"""Issue 16: a backup checks its fresh copy cheaply (every page's HMAC, schema, vault id) and
leaves the full structure and foreign-key check to `verify` and restore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_case
from vertrouwen.backup.container import write_backup
from vertrouwen.errors import VaultError
from vertrouwen.vault import db, snapshot
from vertrouwen.workspace import Workspace


def test_backup_checks_pages_and_identity_but_not_structure(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.cases.add(make_case())
    sent: list[str] = []
    original = db.open_connection

    def traced(*args: Any, **kwargs: Any) -> Any:
        conn = original(*args, **kwargs)
        conn.set_trace_callback(sent.append)
        return conn

    monkeypatch.setattr(snapshot.db, "open_connection", traced)
    write_backup(workspace, tmp_path / "b.vbak")
    assert "PRAGMA cipher_integrity_check" in sent
    assert not any("integrity_check" in s and "cipher" not in s for s in sent)
    assert not any("foreign_key_check" in s for s in sent)
    assert any("vault_id" in s for s in sent)


def test_cheap_check_still_finds_a_damaged_page(workspace: Workspace, tmp_path: Path) -> None:
    for _ in range(30):
        workspace.cases.add(make_case(notes=[]))
    key = workspace.data_key()
    copy = tmp_path / "copy.db"
    snapshot.copy_to(workspace._conn, key, copy)
    vault_id = db.vault_id_of(workspace._conn)
    assert snapshot.check_file(copy, key, vault_id, full=False) == []
    assert snapshot.check_file(copy, key, "another vault", full=False) == [
        "identity: the database belongs to another vault"
    ]
    data = bytearray(copy.read_bytes())
    data[4096 * 3 + 100] ^= 0xFF  # one byte inside the fourth page
    copy.write_bytes(bytes(data))
    problems = snapshot.check_file(copy, key, vault_id, full=False)
    assert problems and problems[0].startswith("cipher:")


def test_copy_is_the_vault_file_itself_taken_under_the_read_lock(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Issue 16: the pages are already encrypted with the right key, so the copy is the file's
    own bytes (no decrypting and encrypting again), taken while no writer can change them."""
    workspace.cases.add(make_case())
    key = workspace.data_key()
    copy = tmp_path / "copy.db"
    snapshot.copy_to(workspace._conn, key, copy)
    assert copy.read_bytes() == Path(workspace.path).read_bytes()
    assert not workspace._conn.in_transaction  # the read lock is given back
    assert snapshot.check_file(copy, key, db.vault_id_of(workspace._conn)) == []


def test_copy_of_a_wal_vault_takes_the_backup_api(workspace: Workspace, tmp_path: Path) -> None:
    """In WAL mode pages live outside the file until a checkpoint: the file alone would lose
    them, so the copy goes through SQLite's backup API."""
    workspace._conn.execute("PRAGMA journal_mode = WAL")
    code = workspace.cases.add(make_case())
    key = workspace.data_key()
    copy = tmp_path / "copy.db"
    snapshot.copy_to(workspace._conn, key, copy)
    conn = db.open_connection(copy, key, migrate=False)
    try:
        assert conn.execute("SELECT code FROM cases").fetchall() == [(code,)]
    finally:
        conn.close()
    with db.transaction(workspace._conn), pytest.raises(VaultError, match="middle of a change"):
        snapshot.copy_to(workspace._conn, key, tmp_path / "other.db")
