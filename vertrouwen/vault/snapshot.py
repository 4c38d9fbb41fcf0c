"""Consistent copies of the open vault and checks of a database file (for backup and restore).

The copy uses SQLite's online backup API into a target keyed with the same raw data key, so
it is taken consistently while the app keeps working (the API holds a read lock for the one
step it copies in) and stays a standard SQLCipher 4 file that the recovery key opens.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from vertrouwen.errors import VaultError
from vertrouwen.vault import db, migrations

Connection = Any


def copy_to(conn: Connection, key: bytes, target: Path) -> None:
    """Copy the vault behind `conn` into `target` (an empty or absent file), same data key."""
    out = db._keyed(target, key)  # the same raw-key keying as the vault itself
    try:
        # pages=-1: one step, so a writer in another process cannot slip in between pages
        conn.backup(out, pages=-1)
    except sqlcipher3.DatabaseError as exc:
        raise db.storage_or_damage(exc, target) from exc
    finally:
        out.close()
    with contextlib.suppress(OSError):  # a journal left by an interrupted copy; never data
        target.with_name(target.name + "-journal").unlink()


def check(conn: Connection, vault_id: str | None, *, full: bool = True) -> list[str]:
    """Problems of a copied or restored database: cipher, pages, links, schema and identity.

    Unlike `db.verify`, an older schema is fine here (it is migrated when next unlocked);
    a newer one is a problem because this program could not open the result. Without `full`
    only every page's HMAC, the schema version and the vault id are checked: what a fresh
    copy of a vault can get wrong (a page not written as read, another file); the structure
    of tables and indexes is the source vault's, which `vertrouwen verify` checks in full.
    """
    problems: list[str] = []
    try:
        problems += db.page_problems(conn, full=full)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > migrations.SCHEMA_VERSION or version < 1:
            problems.append(
                f"schema: version {version}, this program reads 1 to {migrations.SCHEMA_VERSION}"
            )
        if vault_id is not None and db.vault_id_of(conn) != vault_id:
            problems.append("identity: the database belongs to another vault")
    except (sqlcipher3.DatabaseError, VaultError) as exc:
        problems.append(f"unreadable: {exc}")
    return problems


def check_file(path: Path, key: bytes, vault_id: str | None, *, full: bool = True) -> list[str]:
    """Open `path` with `key` (changing nothing) and return its problems."""
    try:
        conn = db.open_connection(path, key, migrate=False)
    except VaultError as exc:
        return [f"unreadable: {exc}"]
    try:
        return check(conn, vault_id, full=full)
    finally:
        conn.close()


def last_event_at(conn: Connection, event: str) -> datetime | None:
    """When the audit log last recorded `event` (e.g. the last backup), as an aware datetime."""
    row = conn.execute("SELECT max(at) FROM audit WHERE event = ?", (event,)).fetchone()
    if row is None or row[0] is None:
        return None
    try:
        return datetime.fromisoformat(row[0])
    except ValueError:
        return None
