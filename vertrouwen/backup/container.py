"""The backup file: one self-verifying file that opens with the passphrase or the recovery key.

Layout (integers big-endian)::

    0        18 bytes  magic  b"VERTROUWEN-BACKUP\\n"
    18        4 bytes  H, the length of the header
    22        H bytes  header, UTF-8 JSON: {"format": "vertrouwen-backup", "version": 1,
                       "vault_id", "created" (UTC, ISO 8601), "schema_version", "program",
                       "database_bytes": D, "slots": the vault's key slot file (passphrase slot
                       only; the keychain slot belongs to one computer) or null}
    22+H      D bytes  the vault: a SQLCipher 4 database under the same raw data key, so the
                       recovery key opens it in any SQLCipher 4 client
    22+H+D   32 bytes  HMAC-SHA256 of everything before it, keyed with
                       HMAC-SHA256(data key, "vertrouwen backup mac v1"): tampering
    end-32   32 bytes  SHA-256 of everything before it: damage, checked without any key

Nothing in it is plaintext case data: the header holds ids, dates, sizes and the wrapped key.
Without this program: cut bytes 22+H .. 22+H+D out of the file and open them with SQLCipher 4
and `PRAGMA key = "x'<recovery key>'"`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from vertrouwen import __version__
from vertrouwen.errors import ErrorCode, StorageError, UnlockError, UsageError, VaultError
from vertrouwen.fileio import (
    BACKUP_MAGIC,
    TempBeside,
    check_output,
    failpoint,
    replace_into,
    sweep_orphans,
)
from vertrouwen.vault import migrations, snapshot
from vertrouwen.vault.audit import now_utc
from vertrouwen.vault.keys import SLOT_FORMAT, SLOT_VERSION, SlotFile

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace

MAGIC = BACKUP_MAGIC
FORMAT = "vertrouwen-backup"
VERSION = 1
DIGEST = 32
PREFIX = len(MAGIC) + 4
MAX_HEADER = 1 << 20  # a header is a few hundred bytes; a bigger one is damage
CHUNK = 1 << 20
MAC_LABEL = b"vertrouwen backup mac v1"


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

    @property
    def database_offset(self) -> int:
        return PREFIX + self.header_bytes

    @property
    def mac_offset(self) -> int:
        return self.database_offset + self.database_bytes

    @property
    def has_passphrase(self) -> bool:
        return bool(self.slots and isinstance(self.slots.get("passphrase"), dict))


def mac_key(data_key: bytes) -> bytes:
    # a key of its own, so the MAC never reuses the data key for another purpose
    return hmac.new(data_key, MAC_LABEL, hashlib.sha256).digest()


def _chunks(fh: IO[bytes], length: int) -> Iterator[bytes]:
    left = length
    while left > 0:
        block = fh.read(min(CHUNK, left))
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
def write_backup(ws: Workspace, out: Path) -> BackupHeader:
    """Write a verified backup of the open workspace to `out` (atomically, owner-only).

    An existing `out` is replaced only when it is itself a backup, never the vault itself.
    """
    key = ws.data_key()  # for the MAC and the copy's check
    out = Path(out).expanduser().absolute()
    if not out.parent.is_dir():
        raise UsageError(ErrorCode.FOLDER_MISSING, folder=out.parent)
    check_output(out, Path(ws.path).absolute(), may_replace=MAGIC)
    if out.exists() and not is_backup_file(out):
        raise UsageError(ErrorCode.NOT_A_BACKUP_FILE, path=out)
    sweep_orphans(out.parent)  # copies a killed backup left behind
    vault_id = ws.vault_id
    with TempBeside(out) as tmp_db, TempBeside(out) as tmp_out:
        ws.copy_to(tmp_db)
        # the copy's pages, schema and identity; the full structure check is `verify`'s
        problems = snapshot.check_file(tmp_db, key, vault_id, full=False)
        if problems:
            raise VaultError(ErrorCode.BACKUP_COPY_FAILED_CHECK, detail=problems[0])
        header = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": vault_id,
            "created": now_utc(),
            "schema_version": migrations.SCHEMA_VERSION,
            "program": __version__,
            "database_bytes": tmp_db.stat().st_size,
            "slots": _portable_slots(ws.slots),
        }
        _assemble(tmp_out, header, tmp_db, key)
        written = inspect_backup(tmp_out)  # read back what reached the disk
        verify_mac(written, key)
        failpoint("backup:assembled")
        replace_into(tmp_out, out, may_replace=MAGIC)
    # The backup is written and verified; if another program holds the vault's write lock
    # just now, its audit entry is skipped rather than failing a good backup (the rolling
    # schedule then simply makes the next one a little early).
    with contextlib.suppress(StorageError):
        ws.record("backup_created", detail=out.name)
    return dataclasses.replace(written, path=out)


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


def _assemble(tmp_out: Path, header: dict[str, Any], database: Path, key: bytes) -> None:
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    mac = hmac.new(mac_key(key), digestmod=hashlib.sha256)
    digest = hashlib.sha256()

    with tmp_out.open("wb") as fh:

        def put(block: bytes, *, authenticated: bool = True) -> None:
            if authenticated:
                mac.update(block)
            digest.update(block)
            fh.write(block)

        put(MAGIC)
        put(struct.pack(">I", len(head)))
        put(head)
        with database.open("rb") as src:
            for block in _chunks(src, int(header["database_bytes"])):
                put(block)
        put(mac.digest(), authenticated=False)
        fh.write(digest.digest())
        fh.flush()
        os.fsync(fh.fileno())


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
    if fields[2] > migrations.SCHEMA_VERSION:
        raise VaultError(ErrorCode.BACKUP_NEWER_SCHEMA, path=path, version=fields[2])
    return BackupHeader(path, *fields, slots, length)


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
    """Check the HMAC (VaultError when it differs); optionally copy the database out meanwhile."""
    mac = hmac.new(mac_key(key), digestmod=hashlib.sha256)
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
    if not hmac.compare_digest(mac.digest(), stored):
        raise VaultError(ErrorCode.BACKUP_CHANGED, path=header.path)
