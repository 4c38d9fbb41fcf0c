"""The backup file: one self-verifying file that opens with the passphrase or the recovery key.

Layout (integers big-endian)::

    0        18 bytes  magic  b"VERTROUWEN-BACKUP\\n"
    18        4 bytes  H, the length of the header
    22        H bytes  header, UTF-8 JSON: {"format": "vertrouwen-backup", "version": 2,
                       "vault_id", "created" (UTC, ISO 8601), "schema_version", "program",
                       "database_bytes": D, "slots": the vault's key slot file (passphrase slot
                       only; the keychain slot belongs to one computer) or null}
    22+H      D bytes  the vault: a SQLCipher 4 database under the same raw data key, so the
                       recovery key opens it in any SQLCipher 4 client
    22+H+D   32 bytes  the MAC (tampering), keyed with HMAC-SHA256(data key, label):
                       version 2: HMAC-SHA256 of the SHA-256 of everything before it, label
                       "vertrouwen backup mac v2";
                       version 1: HMAC-SHA256 of everything before it, label
                       "vertrouwen backup mac v1"
    end-32   32 bytes  SHA-256 of everything before it: damage, checked without any key

Version 2 (issue 16, third round) hashes the bytes once: the SHA-256 that ends the file is the
same running hash, so the MAC costs one HMAC of 32 bytes instead of a second pass over the
vault (0.65 s of CPU for 870 MB). Forging it means finding a second set of bytes with the same
SHA-256, as forging a signature does. This program writes version 2 and reads both; a program
before it says a version 2 backup was "made by a newer version" and restores nothing.

Nothing in it is plaintext case data: the header holds ids, dates, sizes and the wrapped key.
Without this program: cut bytes 22+H .. 22+H+D out of the file and open them with SQLCipher 4
and `PRAGMA key = "x'<recovery key>'"`.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import dataclasses
import errno
import hashlib
import hmac
import json
import mmap
import os
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import sqlcipher3

from vertrouwen import __version__
from vertrouwen.errors import (
    DiskFullError,
    ErrorCode,
    StorageError,
    UnlockError,
    UsageError,
    VaultError,
)
from vertrouwen.fileio import (
    BACKUP_MAGIC,
    TempBeside,
    check_output,
    copy_bytes,
    describe_os_error,
    failpoint,
    replace_into,
    sweep_orphans,
)
from vertrouwen.vault import db, migrations, pages, snapshot
from vertrouwen.vault.audit import now_utc
from vertrouwen.vault.keys import SLOT_FORMAT, SLOT_VERSION, SlotFile

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace

MAGIC = BACKUP_MAGIC
FORMAT = "vertrouwen-backup"
VERSION = 2  # the newest this program reads, and the one it writes
DIGEST = 32
PREFIX = len(MAGIC) + 4
MAX_HEADER = 1 << 20  # a header is a few hundred bytes; a bigger one is damage
CHUNK = 1 << 20
MAC_LABELS = {1: b"vertrouwen backup mac v1", 2: b"vertrouwen backup mac v2"}


@dataclass(frozen=True)
class BackupHeader:
    """What a backup says about itself; readable without a key."""

    path: Path
    vault_id: str
    created: str
    schema_version: int
    program: str
    database_bytes: int
    slots: dict[str, Any] | None
    header_bytes: int
    version: int = VERSION

    @property
    def database_offset(self) -> int:
        return PREFIX + self.header_bytes

    @property
    def mac_offset(self) -> int:
        return self.database_offset + self.database_bytes

    @property
    def has_passphrase(self) -> bool:
        return bool(self.slots and isinstance(self.slots.get("passphrase"), dict))


def mac_key(data_key: bytes, version: int = VERSION) -> bytes:
    # a key of its own, so the MAC never reuses the data key for another purpose
    return hmac.new(data_key, MAC_LABELS[version], hashlib.sha256).digest()


def _mac_of_digest(data_key: bytes, digest: bytes) -> bytes:
    """Version 2's MAC, from the SHA-256 of everything before it."""
    return hmac.new(mac_key(data_key, 2), digest, hashlib.sha256).digest()


def _chunks(fh: IO[bytes], length: int, chunk: int = CHUNK) -> Iterator[bytes]:
    left = length
    while left > 0:
        block = fh.read(min(chunk, left))
        if not block:
            raise VaultError(ErrorCode.BACKUP_TRUNCATED, path=getattr(fh, "name", "the backup"))
        left -= len(block)
        yield block


def is_backup_file(path: Path) -> bool:
    """Whether `path` starts like a backup (used before replacing an existing file)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


# -- writing ------------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupSource:
    """What a backup needs of an open vault, taken on the thread that owns the workspace (a
    moment's work), so the copy itself can run on a thread of its own with a connection of its
    own (`write`): the app's one vault worker stays free for the screens meanwhile."""

    path: Path
    key: bytes = dataclasses.field(repr=False)
    vault_id: str
    slots: dict[str, Any] | None

    @classmethod
    def of(cls, ws: Workspace) -> BackupSource:
        return cls(Path(ws.path).absolute(), ws.data_key(), ws.vault_id, _portable_slots(ws.slots))

    def write(self, out: Path, conn: Any = None) -> BackupHeader:
        """Write a verified backup to `out` (atomically, owner-only); returns its header.

        `conn` is an open connection to the vault to take the read lock with; without one a
        short-lived connection of this thread's own is opened (and closed again).
        """
        out = _checked_out(out, self.path)
        if conn is not None:
            return _write(self, out, conn)
        own = db.open_connection(self.path, self.key, migrate=False)
        try:
            return _write(self, out, own)
        finally:
            own.close()


def write_backup(ws: Workspace, out: Path) -> BackupHeader:
    """Write a verified backup of the open workspace to `out` (atomically, owner-only).

    An existing `out` is replaced only when it is itself a backup, never the vault itself.
    """
    header = BackupSource.of(ws).write(out)  # a connection of its own takes the read lock
    record_backup(ws, out)
    return dataclasses.replace(header, path=Path(out).expanduser().absolute())


def record_backup(ws: Workspace, out: Path) -> None:
    """The audit entry of a backup written (the rolling schedule reads when the last one was).

    The backup is written and verified: if another program holds the vault's write lock just
    now, the entry is skipped rather than failing a good backup (the rolling schedule then
    simply makes the next one a little early)."""
    with contextlib.suppress(StorageError):
        ws.record("backup_created", detail=Path(out).name)


def _checked_out(out: Path, vault: Path) -> Path:
    out = Path(out).expanduser().absolute()
    if not out.parent.is_dir():
        raise UsageError(ErrorCode.FOLDER_MISSING, folder=out.parent)
    check_output(out, vault, may_replace=MAGIC)
    if out.exists() and not is_backup_file(out):
        raise UsageError(ErrorCode.NOT_A_BACKUP_FILE, path=out)
    sweep_orphans(out.parent)  # copies a killed backup left behind
    return out


def _write(source: BackupSource, out: Path, conn: Any) -> BackupHeader:
    """Copy, check and seal. The vault file's bytes are copied under SQLite's read lock (a
    plain file copy in the kernel, so writers wait only that long), then read once: that read
    checks every page's HMAC (a page not written as read, or damage in the vault itself) while
    a second thread computes the container's SHA-256 from the same bytes; the MAC (of that
    SHA-256) and the SHA-256 are appended last. The full integrity and foreign-key check of
    the structure is `verify`'s (and restore's), not repeated here.

    On the vault's own disk the copy goes straight into the container and the read is its
    read-back. A folder on another disk (a USB stick can take a minute for a big vault, far
    longer than the app may wait to save a note) gets the copy staged beside the vault first;
    the one read then writes the container as it checks and hashes. A WAL vault is staged
    through SQLite's backup API.
    """
    fmt = pages.PageFormat.of(conn)
    with TempBeside(out) as tmp_out:
        same_disk = _same_disk(out, source.path)
        head = _copy_in(source, conn, tmp_out, fmt, out) if same_disk else None
        if head is None:
            head = _staged(source, conn, tmp_out, fmt, out, beside=source.path)
        if head is None:  # no room (or no right) to stage beside the vault
            head = _copy_in(source, conn, tmp_out, fmt, out)
        if head is None:  # a WAL vault, and no room beside it
            head = _staged(source, conn, tmp_out, fmt, out, beside=out, fallback=False)
        if head is None:  # the fallback above raises instead
            raise VaultError(ErrorCode.BACKUP_NOT_WRITTEN, detail="the vault could not be copied")
        if not head.sealed:
            try:
                _seal(tmp_out, head, source.key, fmt, out)
            finally:
                if head.copy is not None:
                    head.copy.join()  # the lock is given back, the files closed
        failpoint("backup:assembled")
        replace_into(tmp_out, out, may_replace=MAGIC)
    return head.header(out)


def _staged(
    source: BackupSource,
    conn: Any,
    tmp_out: Path,
    fmt: pages.PageFormat | None,
    out: Path,
    *,
    beside: Path,
    fallback: bool = True,
) -> _Head | None:
    """Copy the vault to a staging file beside `beside` (under the read lock, or through the
    backup API for a WAL vault), then write and seal the container from it. None when the
    staging file cannot be made or filled and `fallback` allows another way (nothing left);
    a container that cannot be written (a full stick) is an error, not tried again."""
    stage = contextlib.ExitStack()
    try:
        staged = stage.enter_context(TempBeside(beside))
        snapshot.copy_to(conn, source.key, staged)
    except StorageError:
        stage.close()
        if not fallback:
            raise
        return None
    with stage:
        if fmt is None:  # pages this program cannot check itself: SQLCipher does
            _refuse_problems(snapshot.check_file(staged, source.key, None, full=False))
        head = _head(source, staged.stat().st_size)
        _seal(tmp_out, head, source.key, fmt, out, staged)
        return dataclasses.replace(head, sealed=True)


def _same_disk(out: Path, vault: Path) -> bool:
    try:
        return os.stat(out.parent).st_dev == os.stat(vault).st_dev
    except OSError:
        return False


@dataclass(frozen=True)
class _Head:
    """The container's first bytes as written, and what they say."""

    raw: bytes  # magic, length, header JSON
    fields: dict[str, Any]
    sealed: bool = False  # the digests are written too
    copy: _Copy | None = None  # still copying the vault's bytes in after the head

    @property
    def database_bytes(self) -> int:
        return int(self.fields["database_bytes"])

    def header(self, path: Path) -> BackupHeader:
        f = self.fields
        return BackupHeader(
            path,
            f["vault_id"],
            f["created"],
            int(f["schema_version"]),
            f["program"],
            self.database_bytes,
            f["slots"],
            len(self.raw) - PREFIX,
            int(f["version"]),
        )


def _head(source: BackupSource, database_bytes: int) -> _Head:
    fields = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": source.vault_id,
        "created": now_utc(),
        "schema_version": migrations.SCHEMA_VERSION,
        "program": __version__,
        "database_bytes": database_bytes,
        "slots": source.slots,
    }
    head = json.dumps(fields, sort_keys=True).encode("utf-8")
    return _Head(MAGIC + struct.pack(">I", len(head)) + head, fields)


def _copy_in(
    source: BackupSource, conn: Any, tmp_out: Path, fmt: pages.PageFormat | None, out: Path
) -> _Head | None:
    """Start copying the vault's bytes into `tmp_out` (which becomes `out`, the name errors
    give) after the container's head, under the read lock, on a thread of its own (`_Copy`);
    the head, with the running copy, or None when the vault's file alone is not the database
    (WAL): nothing written then."""
    stack = contextlib.ExitStack()
    vault_file = stack.enter_context(snapshot.locked_file(conn))
    if vault_file is None:
        stack.close()
        return None
    try:
        if fmt is None:  # pages this program cannot check itself: SQLCipher checks them
            _refuse_problems(db.page_problems(conn, full=False))
        src = stack.enter_context(vault_file.open("rb"))
        dst = stack.enter_context(tmp_out.open("wb"))
        size = os.fstat(src.fileno()).st_size  # fixed while the read lock is held
        head = _head(source, size)
        dst.write(head.raw)
        dst.flush()
    except OSError as exc:
        stack.close()
        raise _os_error(exc, out) from exc
    except BaseException:
        stack.close()
        raise
    return dataclasses.replace(head, copy=_Copy(src.fileno(), dst.fileno(), size, stack, out))


class _Copy:
    """The copy of the vault's bytes into the container, on a thread of its own, step by step;
    when the last byte is copied the thread closes the files and gives the read lock back
    (`stack`). `_seal` reads each block as soon as it is there, so the checking and hashing
    overlap the copy while the lock is held only as long as the copy itself."""

    STEP = 32 * 1024 * 1024

    def __init__(
        self, src: int, dst: int, size: int, stack: contextlib.ExitStack, path: Path
    ) -> None:
        self._src, self._dst, self._size, self._stack, self._path = src, dst, size, stack, path
        self._done = 0
        self._finished = False
        self._error: BaseException | None = None
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="vertrouwen-backup-copy")
        self._thread.start()

    def _run(self) -> None:
        try:
            left = self._size
            while left > 0:
                step = min(self.STEP, left)
                copy_bytes(self._src, self._dst, step)
                left -= step
                with self._changed:
                    self._done += step
                    self._changed.notify_all()
        except BaseException as exc:  # handed to the reading thread
            self._error = exc
        finally:
            try:
                self._stack.close()  # the files, then COMMIT: the read lock is given back
            except BaseException as exc:
                self._error = self._error or exc
            with self._changed:
                self._finished = True
                self._changed.notify_all()

    def wait_for(self, offset: int) -> None:
        """Until the first `offset` bytes of the vault are in the container."""
        with self._changed:
            while self._done < offset and not self._finished:
                self._changed.wait()
        self._raise()
        if self._done < offset:
            raise VaultError(ErrorCode.BACKUP_NOT_WRITTEN, detail="the vault file ended early")

    def join(self) -> None:
        """Until the thread is done (its errors reach the reader through `wait_for`)."""
        self._thread.join()

    def _raise(self) -> None:
        exc = self._error
        if isinstance(exc, OSError):
            raise _os_error(exc, self._path) from exc
        if isinstance(exc, sqlcipher3.DatabaseError):
            raise db.storage_or_damage(exc, None) from exc
        if exc is not None:
            raise exc


def _refuse_problems(problems: list[str]) -> None:
    if problems:
        raise VaultError(ErrorCode.BACKUP_COPY_FAILED_CHECK, detail=problems[0])


def _os_error(exc: OSError, path: Path) -> StorageError:
    text = describe_os_error(exc, path)
    return DiskFullError(text) if exc.errno in _FULL else StorageError(text)


_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _seal(
    tmp_out: Path,
    head: _Head,
    key: bytes,
    fmt: pages.PageFormat | None,
    out: Path,
    staged: Path | None = None,
) -> None:
    """Read the database bytes once, from the unsealed container as the copy puts them there
    (`head.copy`; the head must be what was written) or from `staged` (then written into the
    container as they are read; `out` is the name errors give): every page must pass its
    HMAC, and the same bytes feed the container's SHA-256 (in a second thread: hashlib gives
    the GIL up on large blocks). Then append the MAC and the SHA-256 (version 2: one running
    hash gives both) and sync.

    The blocks are mapped (`_Mapped`), not read: the kernel already copied them once, and a
    read would copy them again (0.15-0.2 s of CPU for 870 MB)."""
    digest = hashlib.sha256()
    size = head.database_bytes
    copy = head.copy
    try:
        with contextlib.ExitStack() as files:
            writer: IO[bytes] | None = None
            if staged is None:
                reader = files.enter_context(tmp_out.open("rb", buffering=0))
                fd, start = reader.fileno(), len(head.raw)
                if _read_exact(reader, start) != head.raw:
                    raise VaultError(
                        ErrorCode.BACKUP_NOT_WRITTEN,
                        detail="the backup file was not written as sent",
                    )
            else:
                fd = files.enter_context(staged.open("rb", buffering=0)).fileno()
                start = 0
                writer = files.enter_context(tmp_out.open("wb"))
                writer.write(head.raw)
            digest.update(head.raw)
            checker: pages.PageChecker | None = None
            step = _whole_pages(fmt)
            got = 0
            with concurrent.futures.ThreadPoolExecutor(1, "vertrouwen-backup-hash") as hasher:
                pending: collections.deque[tuple[concurrent.futures.Future[None], _Mapped]]
                pending = collections.deque()
                while got < size:
                    want = min(step, size - got)
                    if copy is not None:
                        copy.wait_for(got + want)
                    block = _Mapped(fd, start + got, want)
                    got += want
                    pending.append((hasher.submit(digest.update, block.view), block))
                    if writer is not None:
                        writer.write(block.view)
                    if fmt is not None:
                        if checker is None:
                            salt = block.view[: pages.SALT_BYTES].tobytes()
                            checker = pages.PageChecker(fmt, key, salt)
                        checker.feed(block.view)
                    while len(pending) > 2:  # a few blocks ahead at most
                        _done(*pending.popleft())
                while pending:
                    _done(*pending.popleft())
            if copy is not None:
                copy.join()
            if os.fstat(fd).st_size != start + size:
                raise VaultError(
                    ErrorCode.BACKUP_NOT_WRITTEN, detail="the backup file is longer than written"
                )
            if checker is not None:
                _refuse_problems([f"cipher: {p}" for p in checker.problems(size)])
            sealed = _mac_of_digest(key, digest.copy().digest())
            digest.update(sealed)
            if writer is None:
                writer = files.enter_context(tmp_out.open("ab"))
            writer.write(sealed + digest.digest())
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as exc:
        raise _os_error(exc, out) from exc


class _Mapped:
    """`length` bytes of the file `fd` from `offset`, mapped read-only (populated at once
    where the system can: the pages are in its cache), or read where the file system cannot
    map; `view` until `close`. The file is this backup's own locked temp file."""

    def __init__(self, fd: int, offset: int, length: int) -> None:
        if os.fstat(fd).st_size < offset + length:  # a map past the end would crash on use
            raise VaultError(ErrorCode.BACKUP_NOT_WRITTEN, detail="the backup copy is truncated")
        skip = offset % mmap.ALLOCATIONGRANULARITY
        self._map: mmap.mmap | None = None
        try:
            if os.name == "nt":
                self._map = mmap.mmap(
                    fd, skip + length, access=mmap.ACCESS_READ, offset=offset - skip
                )
            else:
                flags = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)
                self._map = mmap.mmap(
                    fd, skip + length, flags, mmap.PROT_READ, offset=offset - skip
                )
            self.view = memoryview(self._map)[skip:]
        except (OSError, ValueError):
            os.lseek(fd, offset, os.SEEK_SET)
            with open(fd, "rb", buffering=0, closefd=False) as fh:
                data = _read_exact(fh, length)
            if len(data) != length:
                raise VaultError(
                    ErrorCode.BACKUP_NOT_WRITTEN, detail="the backup copy is truncated"
                ) from None
            self.view = memoryview(data)

    def close(self) -> None:
        self.view.release()
        if self._map is not None:
            self._map.close()


def _done(future: concurrent.futures.Future[None], block: _Mapped) -> None:
    future.result()
    block.close()


def _read_exact(fh: Any, n: int) -> bytes:
    """`n` bytes (fewer only at the end of the file), also from an unbuffered file."""
    parts = []
    while n > 0:
        part = fh.read(n)
        if not part:
            break
        parts.append(part)
        n -= len(part)
    return b"".join(parts)


def _whole_pages(fmt: pages.PageFormat | None) -> int:
    page = fmt.page_size if fmt is not None else 1
    return max(page, SEAL_CHUNK - SEAL_CHUNK % page)


SEAL_CHUNK = 8 * 1024 * 1024


def _portable_slots(slots: SlotFile | None) -> dict[str, Any] | None:
    if slots is None or slots.passphrase_slot is None:
        return None  # opened with the recovery key and no slot file: the key restores it
    return {
        "format": SLOT_FORMAT,
        "version": SLOT_VERSION,
        "vault_id": slots.vault_id,
        "check": slots.check,
        "passphrase": slots.passphrase_slot,
        "keychain": None,
    }


# -- reading ------------------------------------------------------------------------------
def _damaged(path: Path, why: str) -> VaultError:
    return VaultError(ErrorCode.BACKUP_DAMAGED, path=path, detail=why)


def inspect_backup(path: Path) -> BackupHeader:
    """Read and check a backup without a key: structure and SHA-256. VaultError when damaged."""
    path = Path(path)
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except FileNotFoundError as exc:
        raise VaultError(ErrorCode.BACKUP_MISSING, path=path) from exc
    except OSError as exc:
        raise VaultError(ErrorCode.BACKUP_UNREADABLE, path=path, reason=exc.strerror) from exc
    with fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise _damaged(path, "it does not start as a Vertrouwen backup")
        prefix = fh.read(4)
        if len(prefix) != 4:
            raise _damaged(path, "truncated")
        (length,) = struct.unpack(">I", prefix)
        if length > MAX_HEADER or PREFIX + length + 2 * DIGEST > size:
            raise _damaged(path, "header size")
        digest = hashlib.sha256()
        fh.seek(0)
        for block in _chunks(fh, size - DIGEST):
            digest.update(block)
        if not hmac.compare_digest(digest.digest(), fh.read(DIGEST)):
            raise _damaged(path, "checksum mismatch")
        fh.seek(PREFIX)
        raw = fh.read(length)
    header = _parse_header(path, raw, length)
    if header.mac_offset + 2 * DIGEST != size:
        raise _damaged(path, "size mismatch")
    return header


def _parse_header(path: Path, raw: bytes, length: int) -> BackupHeader:
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("format")
        version = data.get("version")
        fields = (
            data["vault_id"],
            data["created"],
            int(data["schema_version"]),
            str(data.get("program", "")),
            int(data["database_bytes"]),
        )
        slots = data.get("slots")
        if not isinstance(fields[0], str) or not isinstance(fields[1], str):
            raise ValueError("ids")
        if slots is not None and not isinstance(slots, dict):
            raise ValueError("slots")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise _damaged(path, "unreadable header") from exc
    if not isinstance(version, int) or version > VERSION:
        raise VaultError(ErrorCode.BACKUP_NEWER_FORMAT, path=path, version=version)
    if version < 1:
        raise _damaged(path, "unreadable header")
    if fields[2] > migrations.SCHEMA_VERSION:
        raise VaultError(ErrorCode.BACKUP_NEWER_SCHEMA, path=path, version=fields[2])
    return BackupHeader(path, *fields, slots, length, version)


def unlock_backup(
    header: BackupHeader, *, passphrase: str | None = None, recovery_key: bytes | None = None
) -> bytes:
    """The data key of a backup, from its passphrase slot or the recovery key."""
    slots = slot_file_of(header)
    if recovery_key is not None:
        if slots is not None and not slots.matches(recovery_key):
            raise UnlockError(ErrorCode.BACKUP_WRONG_RECOVERY_KEY)
        return recovery_key
    if passphrase is None:
        raise UsageError("restoring needs the backup's passphrase or the recovery key")
    if slots is None or slots.passphrase_slot is None:
        raise UnlockError(ErrorCode.BACKUP_NO_PASSPHRASE_SLOT)
    try:
        return slots.unwrap_with_passphrase(passphrase)
    except UnlockError as exc:
        raise UnlockError(ErrorCode.BACKUP_WRONG_PASSPHRASE) from exc


def slot_file_of(header: BackupHeader) -> SlotFile | None:
    """The backup's key slots (as the restored vault's slot file gets them), or None."""
    s = header.slots
    if s is None:
        return None
    vault_id, check, slot = s.get("vault_id"), s.get("check"), s.get("passphrase")
    if vault_id != header.vault_id or not isinstance(check, str):
        raise _damaged(header.path, "key slot")
    return SlotFile(vault_id, check, slot if isinstance(slot, dict) else None)


def verify_mac(header: BackupHeader, key: bytes, copy_database_to: Path | None = None) -> None:
    """Check the MAC (VaultError when it differs); optionally copy the database out meanwhile."""
    mac: Any = hashlib.sha256()  # version 2: the MAC is taken of this digest
    if header.version == 1:
        mac = hmac.new(mac_key(key, 1), digestmod=hashlib.sha256)
    with header.path.open("rb") as fh:
        for block in _chunks(fh, header.database_offset):
            mac.update(block)
        sink = copy_database_to.open("wb") if copy_database_to is not None else None
        try:
            for block in _chunks(fh, header.database_bytes):
                mac.update(block)
                if sink is not None:
                    sink.write(block)
            if sink is not None:
                sink.flush()
                os.fsync(sink.fileno())
        finally:
            if sink is not None:
                sink.close()
        stored = fh.read(DIGEST)
    expected = mac.digest() if header.version == 1 else _mac_of_digest(key, mac.digest())
    if not hmac.compare_digest(expected, stored):
        raise VaultError(ErrorCode.BACKUP_CHANGED, path=header.path)
