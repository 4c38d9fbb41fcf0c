"""Opening, creating and checking the SQLCipher file; transactions.

The vault is keyed with the raw 32-byte data key (`x'<64 hex>'`), so any standard SQLCipher 4
client opens it with the recovery key. Every write runs in `transaction()`, which rolls back
on any exception.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from vertrouwen.errors import DiskFullError, ErrorCode, StorageError, UnlockError, VaultError
from vertrouwen.ownership import owner_only
from vertrouwen.vault import migrations

Connection = Any  # sqlcipher3.Connection has no type stubs
SQLITE_HEADER = b"SQLite format 3\x00"


def _keyed(path: Path, key: bytes) -> Connection:
    if len(key) != 32:
        # a wrong-length hex string is silently taken as a passphrase by SQLCipher
        raise UnlockError("a data key must be exactly 32 bytes (64 hex digits)")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher logs HMAC failures to stderr by default; we report damage in our own words.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


# The page cache of an open vault (decrypted pages, in this process only). SQLCipher's default
# of 2,000 pages (8 MiB) holds too little of a career's full-text index and notes_case_of:
# every search then decrypts the same pages again (at 1,000,000 notes a search for a common
# word took 3-8x longer than with this cache). A maximum, allocated only as pages are read.
SESSION_CACHE_MIB = 128


def _apply_session_pragmas(conn: Connection) -> None:
    conn.execute(f"PRAGMA cache_size = {-1024 * SESSION_CACHE_MIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")


def open_connection(path: Path, key: bytes, *, migrate: bool = True) -> Connection:
    """Open an existing vault with its data key; refuse newer or damaged vaults untouched."""
    if not path.exists():
        raise VaultError(ErrorCode.VAULT_MISSING, path=path)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise VaultError(ErrorCode.VAULT_UNREADABLE, path=path, reason=exc.strerror) from exc
    if head == SQLITE_HEADER:
        raise VaultError(ErrorCode.VAULT_PLAIN_SQLITE, path=path)
    if len(head) < 16:
        raise VaultError(ErrorCode.VAULT_NOT_A_VAULT, path=path)
    conn = _keyed(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultError(ErrorCode.VAULT_DAMAGED, path=path) from exc
    if version > migrations.SCHEMA_VERSION:
        conn.close()
        raise VaultError(ErrorCode.VAULT_NEWER, path=path, version=version)
    _apply_session_pragmas(conn)
    if migrate and version < migrations.SCHEMA_VERSION:
        try:
            migrations.migrate(conn)
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise storage_or_damage(exc, path) from exc
    return conn


def create_vault(path: Path, key: bytes) -> str:
    """Make an empty vault in `path`, which is absent or an empty file (`placing.Placement`
    stages one there and puts it in place with its key slot file); returns its vault id."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            if os.fstat(fd).st_size != 0:
                raise VaultError(ErrorCode.FILE_EXISTS, path=path)
        finally:
            os.close(fd)
        owner_only(path)  # Windows: an access list for this user only (mode 0o600 is ignored)
    except OSError as exc:
        raise StorageError(f"cannot create {path}: {exc.strerror}") from exc
    vault_id = str(uuid.uuid4())
    try:
        conn = _keyed(path, key)
        _apply_session_pragmas(conn)
        migrations.migrate(conn)
        with transaction(conn):
            conn.execute("INSERT INTO meta(key, value) VALUES ('vault_id', ?)", (vault_id,))
        conn.close()
    except sqlcipher3.DatabaseError as exc:
        raise storage_or_damage(exc, path) from exc
    return vault_id


def vault_id_of(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    if row is None:
        raise VaultError("the vault has no id; it is damaged")
    return str(row[0])


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolling back on any exception.

    The error that made the transaction fail is the one reported: when SQLite has already
    rolled back by itself (a full disk does that), the explicit ROLLBACK fails too, and that
    second error must not hide the first.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:  # busy: another program is writing
        raise storage_or_damage(exc, None) from exc
    try:
        yield conn
    except BaseException as exc:
        with contextlib.suppress(sqlcipher3.DatabaseError):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.OperationalError | sqlcipher3.DatabaseError) and not (
            isinstance(exc, sqlcipher3.IntegrityError | sqlcipher3.ProgrammingError)
        ):
            raise storage_or_damage(exc, None) from exc
        raise
    try:
        conn.execute("COMMIT")
    except sqlcipher3.DatabaseError as exc:
        with contextlib.suppress(sqlcipher3.DatabaseError):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        raise storage_or_damage(exc, None) from exc


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlcipher3.DatabaseError)


# SQLite's primary result codes (the low byte of the extended code)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26
_SQLITE_IOERR_READ, _SQLITE_IOERR_SHORT_READ = 266, 522  # a page that cannot be read back


def storage_or_damage(exc: Exception, path: Path | None) -> Exception:
    """The user's error for a failed SQLite call, by its result code: only a page that fails
    its check is damage; a full disk, a file-size limit or a failing write is not (telling the
    user to restore a backup then would throw away their newest work)."""
    where = f" ({path})" if path else ""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == _SQLITE_FULL or "full" in text:
        return DiskFullError(f"the disk is full{where}; nothing was changed")
    reading = code in (_SQLITE_IOERR_READ, _SQLITE_IOERR_SHORT_READ)
    if (primary == _SQLITE_IOERR and not reading) or (code is None and "disk i/o error" in text):
        return DiskFullError(
            f"the vault{where} could not be written (the disk is full, a file-size limit was "
            "reached, or the drive is failing or gone); nothing was changed"
        )
    if primary in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text or "read-only" in text:
        return StorageError(f"the vault{where} is read-only; nothing was changed")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return StorageError(f"the vault{where} is in use by another program; try again")
    if primary == _SQLITE_CANTOPEN:
        return StorageError(f"the vault{where} cannot be opened for writing; nothing was changed")
    return VaultError(f"the vault{where} is damaged: {exc}")


# The page cache while checking: integrity_check looks every row up in each of its table's
# indexes, in another order than the table's; with less cache than the file those lookups
# decrypt the same pages again and again (on an 863 MB vault the check took 9.3 s of CPU with
# 256 or 512 MiB and 6.9 s with the whole file cached; the foreign-key check after it 1.8 s
# and 0.4 s). So the check may cache the whole file, up to a limit; the cache is a maximum,
# taken as pages are read and given back after the check.
CHECK_CACHE_MIB = 256
CHECK_CACHE_MAX_MIB = 1024


def check_cache_mib(conn: Connection) -> int:
    """The page cache for a full check: the file's size, at least CHECK_CACHE_MIB and at most
    CHECK_CACHE_MAX_MIB."""
    pages, size = (
        int(conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in ("page_count", "page_size")
    )
    wanted = pages * size // (1024 * 1024) + 16
    return max(CHECK_CACHE_MIB, min(CHECK_CACHE_MAX_MIB, wanted))


def page_problems(conn: Connection, *, full: bool = True, key: bytes | None = None) -> list[str]:
    """Problems of the file's pages: every page's HMAC and, when `full`, SQLite's integrity
    check of every table and index and the foreign keys. Raises sqlcipher3.DatabaseError when
    unreadable.

    With the data `key` and a vault that is its file alone (not WAL), the full check runs on a
    fresh connection of its own (`_checked_afresh`): every page SQLite's integrity check reads
    comes from the file and is authenticated by SQLCipher as it is decrypted, so only the pages
    no table reaches (the free list) need their HMACs checked besides, in Python (`vault.pages`);
    without `full` the Python check covers every page. Otherwise SQLCipher's own
    `cipher_integrity_check` reads the whole file first.
    """
    from vertrouwen.vault import pages, snapshot

    fmt = pages.PageFormat.of(conn) if key is not None and not conn.in_transaction else None
    path = snapshot.file_alone(conn) if fmt is not None else None
    if key is None or fmt is None or path is None:
        return _cipher_problems(conn) + (_structure_problems(conn) if full else [])
    if full:
        return _checked_afresh(path, fmt, key)
    with snapshot.locked_file(conn):
        return [f"cipher: {p}" for p in pages.check_file(path, fmt, key)]


def _checked_afresh(path: Path, fmt: Any, key: bytes) -> list[str]:
    """The full check on a connection of its own, under one read lock: a cold page cache, so
    SQLCipher authenticates every page the integrity check reads (a long-open connection could
    answer from pages it read before the file was damaged); its cache is given back on close.
    When anything is wrong, every page's HMAC is checked to name the damaged ones (SQLite
    stops trusting the file after the first bad page and reports everything after it)."""
    from vertrouwen.vault import pages

    own = _keyed(path, key)
    try:
        _apply_session_pragmas(own)
        cipher: list[str] = []
        try:
            own.execute("BEGIN")
            own.execute("SELECT count(*) FROM sqlite_master").fetchone()
            structure = _structure_problems(own)
            free, walk = pages.free_pages(path, fmt, key)
            cipher = pages.check_pages(path, fmt, key, free) + walk
        except sqlcipher3.DatabaseError as exc:
            structure = [f"unreadable: {exc}"]
        if structure or cipher:
            named = pages.check_file(path, fmt, key)
            cipher = named + [c for c in cipher if c not in named]
        return [f"cipher: {p}" for p in cipher] + structure
    finally:
        with contextlib.suppress(sqlcipher3.DatabaseError):
            if own.in_transaction:
                own.execute("COMMIT")  # a read transaction: ends the lock, changes nothing
        own.close()


def _cipher_problems(conn: Connection) -> list[str]:
    return [f"cipher: {row}" for (row,) in conn.execute("PRAGMA cipher_integrity_check")]


def _structure_problems(conn: Connection) -> list[str]:
    from vertrouwen.vault.bulk import bulk_writes

    problems: list[str] = []
    with bulk_writes(conn, check_cache_mib(conn)):
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"integrity: {r}" for r in rows)
        for row in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: table {row[0]} row {row[1]} -> {row[2]}")
    return problems


def verify(conn: Connection, key: bytes | None = None) -> list[str]:
    """Cipher (HMAC per page), page and schema integrity and foreign keys; returns problems.
    With the data `key` the HMACs are checked beside the structure (see `page_problems`)."""
    problems: list[str] = []
    try:
        problems += page_problems(conn, key=key)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != migrations.SCHEMA_VERSION:
            problems.append(f"schema: version {version}, expected {migrations.SCHEMA_VERSION}")
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"unreadable: {exc}")
    return problems
