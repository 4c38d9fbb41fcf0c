"""Backups of the vault: the self-verifying backup file, restore, and rolling backups.

See `container` for the file format. A backup opens with the passphrase the vault had when it
was made, or with the recovery key; restore verifies everything before it writes anything.
"""

from vertrouwen.backup.container import (
    BackupHeader,
    BackupSource,
    inspect_backup,
    record_backup,
    unlock_backup,
    verify_mac,
    write_backup,
)
from vertrouwen.backup.restore import RestoreResult, check_target_free, restore_backup
from vertrouwen.backup.rolling import (
    RollingPlan,
    backup_due,
    backups_in,
    last_backup_at,
    plan_due_backup,
    plan_rolling,
    rolling_backup,
    run_due_backup,
    write_planned,
)

__all__ = [
    "BackupHeader",
    "BackupSource",
    "RestoreResult",
    "RollingPlan",
    "backup_due",
    "backups_in",
    "check_target_free",
    "inspect_backup",
    "last_backup_at",
    "plan_due_backup",
    "plan_rolling",
    "record_backup",
    "restore_backup",
    "rolling_backup",
    "run_due_backup",
    "unlock_backup",
    "verify_mac",
    "write_backup",
    "write_planned",
]
