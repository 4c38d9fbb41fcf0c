"""Restoring a backup to a vault path: everything is verified before anything is placed.

Order: the target must be free → checksum (damage) → unlock (passphrase slot or recovery key)
→ MAC (tampering) while the database is copied to a temp file beside the target → SQLCipher
page HMACs, integrity, foreign keys, schema, vault id → an audit entry in the copy → the copy
is moved into place without clobbering, then its key slot file is written. Any failure removes
the temp file: the target and its folder are left exactly as they were.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vertrouwen.backup.container import (
    BackupHeader,
    inspect_backup,
    slot_file_of,
    unlock_backup,
    verify_mac,
)
from vertrouwen.errors import StorageError, UsageError, VaultError
from vertrouwen.fileio import fsync_dir, temp_path_beside
from vertrouwen.vault import db, snapshot
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.keys import slot_path


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    header: BackupHeader
    has_passphrase: bool  # False: the restored vault opens with the recovery key only
    replaced: Path | None  # where a replaced vault was moved to (replace=True only)


def check_target_free(to: Path) -> None:
    """Refuse a target that exists (or whose key slot file exists): restore never overwrites."""
    for path in (to, slot_path(to)):
        if path.exists() or path.is_symlink():
            raise VaultError(f"{path} already exists; restore to a new path (nothing was changed)")
    if not to.parent.is_dir():
        raise UsageError(f"the folder {to.parent} does not exist; create it first")


def restore_backup(
    source: Path,
    to: Path,
    *,
    passphrase: str | None = None,
    recovery_key: bytes | None = None,
    replace: bool = False,
) -> RestoreResult:
    """Restore `source` to the vault path `to`, verified first.

    `replace=True` (for the app's "restore over my vault", never the CLI) moves an existing
    vault and its key slot file aside to `<name>.replaced-<time>` instead of refusing; nothing
    is deleted. The caller must have closed any workspace on `to`.
    """
    to = Path(to).expanduser().absolute()
    if not replace:
        check_target_free(to)
    elif not to.parent.is_dir():
        raise UsageError(f"the folder {to.parent} does not exist; create it first")
    header = inspect_backup(Path(source))
    key = unlock_backup(header, passphrase=passphrase, recovery_key=recovery_key)
    tmp = temp_path_beside(to)
    replaced: Path | None = None
    placed = False
    try:
        verify_mac(header, key, copy_database_to=tmp)
        _check_and_stamp(tmp, key, header)
        if replace:
            replaced = _move_aside(to)
        _place_new(tmp, to)
        placed = True
        slots = slot_file_of(header)
        if slots is not None:
            slots.save(to)
    except BaseException:
        _remove(tmp)
        if placed:
            _remove(to)  # a vault without its slot file would look half-restored
        if replaced is not None:
            _move_back(replaced, to)
        raise
    return RestoreResult(to, header, header.has_passphrase, replaced)


def _check_and_stamp(tmp: Path, key: bytes, header: BackupHeader) -> None:
    conn = db.open_connection(tmp, key, migrate=False)
    try:
        problems = snapshot.check(conn, header.vault_id)
        if problems:
            raise VaultError(
                f"the backup {header.path} does not pass its check ({problems[0]}); "
                "nothing was restored"
            )
        with db.transaction(conn):
            AuditLog(conn).record("vault_restored", None, f"backup of {header.created}")
    finally:
        conn.close()


def _place_new(tmp: Path, to: Path) -> None:
    """Move `tmp` to `to` only if `to` does not exist (a hard link fails rather than clobbers)."""
    try:
        os.link(tmp, to)
    except FileExistsError as exc:
        raise VaultError(f"{to} appeared meanwhile; nothing was restored") from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV):
            raise StorageError(f"cannot write {to}: {exc.strerror}; nothing was restored") from exc
        if to.exists():  # a file system without hard links (FAT on a USB stick)
            raise VaultError(f"{to} appeared meanwhile; nothing was restored") from exc
        try:
            os.replace(tmp, to)
        except OSError as exc2:
            raise StorageError(
                f"cannot write {to}: {exc2.strerror}; nothing was restored"
            ) from exc2
    else:
        _remove(tmp)
    fsync_dir(to.parent)


def _move_aside(to: Path) -> Path | None:
    if not to.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = to.with_name(f"{to.name}.replaced-{stamp}")
    try:
        os.replace(to, aside)
        keys = slot_path(to)
        if keys.exists():
            os.replace(keys, slot_path(aside))
    except OSError as exc:
        raise StorageError(f"cannot move the old vault aside: {exc.strerror}") from exc
    return aside


def _move_back(aside: Path, to: Path) -> None:
    with contextlib.suppress(OSError):
        os.replace(aside, to)
        if slot_path(aside).exists():
            os.replace(slot_path(aside), slot_path(to))


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
