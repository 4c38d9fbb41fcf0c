"""Consistent copies of the open vault and checks of a database file (for backup and restore).

The copy is the vault file's own bytes, read under SQLite's shared lock, so it is taken
consistently while the app keeps working and stays a standard SQLCipher 4 file that the
recovery key opens (see `copy_to`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from vertrouwen.errors import ErrorCode, VaultError
from vertrouwen.fileio import copy_bytes
from vertrouwen.vault import db, migrations

Connection = Any


def copy_to(conn: Connection, key: bytes, target: Path) -> None:
    """Copy the vault behind `conn` into `target` (an empty or absent file), same data key.

    The file's bytes are copied as they are while a read transaction holds SQLite's shared
    lock (`locked_file`): the pages are already encrypted with this very key, so nothing
    needs decrypting and encrypting again (the online backup API did that for every page, 15x
    slower than the copy itself). Another journal mode (a WAL holds pages outside the file)
    takes the backup API.
    """
    with locked_file(conn) as source:
        if source is None:
            _backup_api(conn, key, target)
            return
        try:
            with source.open("rb") as src, target.open("wb") as dst:
                copy_bytes(src.fileno(), dst.fileno(), os.fstat(src.fileno()).st_size)
        except OSError as exc:
            raise db.storage_or_damage(sqlcipher3.OperationalError(str(exc)), target) from exc


@contextlib.contextmanager
def locked_file(conn: Connection) -> Iterator[Path | None]:
    """The vault's file, unchanging for the block: a read transaction holds SQLite's shared
    lock, and in rollback-journal mode a writer (in any process) needs the exclusive lock, so
    none can change the file meanwhile. None (and no lock) when the file alone is not the
    database: a WAL holds pages outside it, an in-memory database has none.
    """
    if conn.in_transaction:  # its changes are not the vault's yet: a copy must wait for them
        raise VaultError(ErrorCode.BACKUP_MID_CHANGE)
    source = file_alone(conn)
    if source is None:
        yield None
        return
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the shared lock
    except sqlcipher3.DatabaseError as exc:
        with contextlib.suppress(sqlcipher3.DatabaseError):
            conn.execute("ROLLBACK")
        raise db.storage_or_damage(exc, source) from exc
    try:
        yield source
    finally:
        conn.execute("COMMIT")  # a read transaction: ends the lock, changes nothing


def file_alone(conn: Connection) -> Path | None:
    """The vault's file when it alone holds the database (a rollback journal), else None."""
    source = main_file(conn)
    mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    return source if mode in ("delete", "truncate", "persist") else None


def main_file(conn: Connection) -> Path | None:
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def _backup_api(conn: Connection, key: bytes, target: Path) -> None:
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


def check(
    conn: Connection, vault_id: str | None, *, full: bool = True, key: bytes | None = None
) -> list[str]:
    """Problems of a copied or restored database: cipher, pages, links, schema and identity.

    Unlike `db.verify`, an older schema is fine here (it is migrated when next unlocked);
    a newer one is a problem because this program could not open the result. Without `full`
    only every page's HMAC, the schema version and the vault id are checked: what a fresh
    copy of a vault can get wrong (a page not written as read, another file); the structure
    of tables and indexes is the source vault's, which `vertrouwen verify` checks in full.
    """
    problems: list[str] = []
    try:
        problems += db.page_problems(conn, full=full, key=key)
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
        return check(conn, vault_id, full=full, key=key)
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
