"""Automatic rolling backups into a folder of the user's choice, keeping the last N.

Settings (in the vault): `backup_folder` (a path; unset means no automatic backups),
`backup_keep` (how many to keep, default 10), `backup_every_days` (default 1; 0 turns the
automatic backups off). The app plans one on unlock (`plan_due_backup`, on its vault worker)
and writes it on a thread of its own (`write_planned`), so the worker stays free for the
screens; at lock and quit it runs `run_due_backup(ws)` on the worker before the vault closes.
The last backup time comes from the audit log, so it needs no settings write of its own.

Files are named `vertrouwen-<first 8 of the vault id>-<YYYYMMDD-HHMMSS>.vbak` (local time);
pruning only ever touches this vault's files of that pattern in that folder.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vertrouwen.backup.container import BackupSource, record_backup
from vertrouwen.errors import ErrorCode, StorageError, UsageError
from vertrouwen.ownership import make_private_folder

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace

DEFAULT_KEEP = 10
DEFAULT_EVERY_DAYS = 1
SUFFIX = ".vbak"


def _prefix(ws: Workspace) -> str:
    return f"vertrouwen-{ws.vault_id[:8]}-"


def _pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(re.escape(prefix) + r"(\d{8}-\d{6})(?:-(\d+))?" + re.escape(SUFFIX) + "$")


def _int_setting(ws: Workspace, key: str, default: int, minimum: int) -> int:
    value = ws.settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        return default
    return value


def configured_folder(ws: Workspace) -> Path | None:
    value = ws.settings.get("backup_folder")
    return Path(value).expanduser() if isinstance(value, str) and value else None


def last_backup_at(ws: Workspace) -> datetime | None:
    """When this vault last wrote a backup (any kind), from its audit log."""
    return ws.last_event_at("backup_created")


def backups_in(ws: Workspace, folder: Path) -> list[Path]:
    """This vault's rolling backups in `folder`, oldest first."""
    return _backups_with(_prefix(ws), folder)


def _backups_with(prefix: str, folder: Path) -> list[Path]:
    pattern = _pattern(prefix)
    found: list[tuple[str, int, Path]] = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            m = pattern.match(entry.name)
            if m and entry.is_file():
                found.append((m.group(1), int(m.group(2) or 0), entry))
    return [path for _, _, path in sorted(found)]


@dataclass(frozen=True)
class RollingPlan:
    """A rolling backup decided on the thread that owns the workspace (`plan_rolling`), to be
    written by `write_planned` on any thread, with a connection of its own: the app's vault
    worker stays free meanwhile. The plan holds the data key until it is dropped."""

    source: BackupSource
    folder: Path
    keep: int
    prefix: str
    now: datetime | None


def plan_rolling(
    ws: Workspace,
    folder: Path | None = None,
    keep: int | None = None,
    now: datetime | None = None,
) -> RollingPlan:
    """Where and how many: the folder and `keep` given or from the settings (UsageError when
    there is no folder or keep is below one)."""
    folder = Path(folder).expanduser() if folder is not None else configured_folder(ws)
    if folder is None:
        raise UsageError(ErrorCode.NO_BACKUP_FOLDER)
    keep = keep if keep is not None else _int_setting(ws, "backup_keep", DEFAULT_KEEP, 1)
    if keep < 1:
        raise UsageError("keep at least one backup")
    return RollingPlan(BackupSource.of(ws), folder, keep, _prefix(ws), now)


def plan_due_backup(ws: Workspace, now: datetime | None = None) -> RollingPlan | None:
    """A plan when a rolling backup is due (see `backup_due`), else None."""
    return plan_rolling(ws, now=now) if backup_due(ws, now) else None


def write_planned(plan: RollingPlan, conn: Any = None) -> Path:
    """Write the planned backup into its folder and delete this vault's oldest beyond `keep`
    (only after the new one is written and verified); returns the new file. The caller records
    it in the vault (`record_backup`) on the thread that owns the workspace."""
    folder = plan.folder
    try:
        make_private_folder(folder)
    except OSError as exc:
        raise StorageError(f"cannot create the backup folder {folder}: {exc.strerror}") from exc
    stamp = (plan.now or datetime.now(UTC)).astimezone().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{plan.prefix}{stamp}{SUFFIX}"
    n = 0
    while target.exists():  # two backups within one second
        n += 1
        target = folder / f"{plan.prefix}{stamp}-{n}{SUFFIX}"
    plan.source.write(target, conn)
    for old in _backups_with(plan.prefix, folder)[: -plan.keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def rolling_backup(
    ws: Workspace,
    folder: Path | None = None,
    keep: int | None = None,
    now: datetime | None = None,
) -> Path:
    """Write a new timestamped backup into `folder` and delete this vault's oldest beyond `keep`.

    Defaults come from the vault settings. Old backups are pruned only after the new one is
    written and verified. All on this thread (the copy takes the read lock on a connection of
    its own).
    """
    target = write_planned(plan_rolling(ws, folder, keep, now))
    record_backup(ws, target)
    return target


def backup_due(ws: Workspace, now: datetime | None = None) -> bool:
    """Whether automatic backups are on and the last one is `backup_every_days` days old."""
    if configured_folder(ws) is None:
        return False
    every = _int_setting(ws, "backup_every_days", DEFAULT_EVERY_DAYS, 0)
    if every == 0:
        return False
    last = last_backup_at(ws)
    if last is None:
        return True
    # calendar days in local time: "daily" means the first unlock of each new day
    today = (now or datetime.now(UTC)).astimezone().date()
    return (today - last.astimezone().date()).days >= every


def run_due_backup(ws: Workspace, now: datetime | None = None) -> Path | None:
    """The app's hook: a rolling backup when one is due; the new file, or None."""
    if not backup_due(ws, now):
        return None
    return rolling_backup(ws, now=now)
