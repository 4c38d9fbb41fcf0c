"""Restoring a backup to a vault path: everything is verified before anything is placed.

Order: the target must be free → checksum (damage) → unlock (passphrase slot or recovery key)
→ MAC (tampering) while the database is copied to a staging file beside the target → SQLCipher
page HMACs, integrity, foreign keys, schema, vault id → an audit entry in the copy → the key
slot file, then the copy, are put in place without clobbering (`vault.placing`: a killed
restore is finished or undone by the next run). Any failure removes the staging file: the
target and its folder are left exactly as they were.
"""

from __future__ import annotations

import contextlib
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
from vertrouwen.errors import ErrorCode, StorageError, UsageError, VaultError
from vertrouwen.fileio import sweep_orphans
from vertrouwen.ownership import replace
from vertrouwen.vault import db, placing, snapshot
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.keys import slot_path


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    header: BackupHeader
    has_passphrase: bool  # False: the restored vault opens with the recovery key only
    replaced: Path | None  # where a replaced vault was moved to (replace=True only)
    notices: list[str]  # what was found and fixed first (a killed restore finished or undone)


def check_target_free(to: Path) -> None:
    """Refuse a target that exists (or whose key slot file exists): restore never overwrites."""
    for path in (to, slot_path(to)):
        if path.exists() or path.is_symlink():
            raise VaultError(ErrorCode.RESTORE_TARGET_EXISTS, path=path)
    if not to.parent.is_dir():
        raise UsageError(ErrorCode.FOLDER_MISSING, folder=to.parent)


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
    notices = [n for n in [placing.settle(to)] if n]
    sweep_orphans(to.parent)
    if not replace:
        check_target_free(to)
    elif not to.parent.is_dir():
        raise UsageError(ErrorCode.FOLDER_MISSING, folder=to.parent)
    header = inspect_backup(Path(source))
    key = unlock_backup(header, passphrase=passphrase, recovery_key=recovery_key)
    replaced: Path | None = None
    with placing.Placement(to) as placement:
        verify_mac(header, key, copy_database_to=placement.staged)
        _check_and_stamp(placement.staged, key, header)
        slots = slot_file_of(header)
        if replace:
            replaced = _move_aside(to)
        try:
            placement.commit(slots)
        except BaseException:
            if replaced is not None and not placement.committed:
                _move_back(replaced, to)
            raise
    return RestoreResult(to, header, header.has_passphrase, replaced, notices)


def _check_and_stamp(tmp: Path, key: bytes, header: BackupHeader) -> None:
    conn = db.open_connection(tmp, key, migrate=False)
    try:
        problems = snapshot.check(conn, header.vault_id, key=key)
        if problems:
            raise VaultError(ErrorCode.BACKUP_FAILS_CHECK, path=header.path, detail=problems[0])
        with db.transaction(conn):
            AuditLog(conn).record("vault_restored", None, f"backup of {header.created}")
    finally:
        conn.close()


def _move_aside(to: Path) -> Path | None:
    if not to.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = to.with_name(f"{to.name}.replaced-{stamp}")
    try:
        replace(to, aside)
        keys = slot_path(to)
        if keys.exists():
            replace(keys, slot_path(aside))
    except OSError as exc:
        raise StorageError(f"cannot move the old vault aside: {exc.strerror}") from exc
    return aside


def _move_back(aside: Path, to: Path) -> None:
    with contextlib.suppress(OSError):
        replace(aside, to)
        if slot_path(aside).exists():
            replace(slot_path(aside), slot_path(to))
