"""Backups of the vault: the self-verifying backup file, restore, and rolling backups.

See `container` for the file format. A backup opens with the passphrase the vault had when it
was made, or with the recovery key; restore verifies everything before it writes anything.
"""

from vertrouwen.backup.container import (
    BackupHeader,
    inspect_backup,
    unlock_backup,
    verify_mac,
    write_backup,
)
from vertrouwen.backup.restore import RestoreResult, check_target_free, restore_backup
from vertrouwen.backup.rolling import (
    backup_due,
    backups_in,
    last_backup_at,
    rolling_backup,
    run_due_backup,
)

__all__ = [
    "BackupHeader",
    "RestoreResult",
    "backup_due",
    "backups_in",
    "check_target_free",
    "inspect_backup",
    "last_backup_at",
    "restore_backup",
    "rolling_backup",
    "run_due_backup",
    "unlock_backup",
    "verify_mac",
    "write_backup",
]
