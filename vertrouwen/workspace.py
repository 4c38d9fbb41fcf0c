"""The facade: an unlocked vault and its repositories. The UI and the CLI call only this.

Like Anki's `Collection`: open it with a passphrase, the recovery key or the keychain, use
`cases`, `audit` and `settings`, then `close()` (which drops the key and the connection).
"""

from __future__ import annotations

import contextlib
import hmac
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from vertrouwen.errors import ErrorCode, StorageError, UnlockError, VaultError, VertrouwenError
from vertrouwen.ownership import make_private_folder
from vertrouwen.vault import db, keychain, placing
from vertrouwen.vault.agenda import Agenda
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.cases import CaseRepository
from vertrouwen.vault.consents import ConsentRepository
from vertrouwen.vault.documents import DocumentRepository
from vertrouwen.vault.keys import (
    KdfParams,
    SlotFile,
    new_data_key,
    new_slot_file,
    slot_path,
)
from vertrouwen.vault.outside import OutsideRecords
from vertrouwen.vault.queries import CaseQueries
from vertrouwen.vault.registrations import RegistrationRepository
from vertrouwen.vault.retention import Retention
from vertrouwen.vault.settings import Settings
from vertrouwen.vault.user_routes import UserRoutes


class Workspace:
    """An unlocked vault. Not thread-safe: one thread owns it (the UI uses a worker)."""

    def __init__(self, path: Path, conn: Any, slots: SlotFile | None, key: bytes) -> None:
        self.path = path
        self._key = key  # kept only while unlocked, for slot changes; dropped by close()
        self.conn = conn
        self.slots = slots
        self.audit = AuditLog(conn)
        self.cases = CaseRepository(conn, self.audit)
        self.consents = ConsentRepository(conn, self.audit)
        self.documents = DocumentRepository(conn, self.audit)  # letters, decisions, photos
        self.settings = Settings(conn)
        self.registrations = RegistrationRepository(conn)  # anonymous counts for reports
        self.outside = OutsideRecords(conn, self.audit)  # signals and activities outside cases
        self.queries = CaseQueries(conn)  # the case list: filtered ids, rows, search
        self.retention = Retention(conn, self.audit, self.cases, self.settings)  # destroy, review
        self.agenda = Agenda(conn)  # open actions and light cases over all cases (Vandaag)
        self.user_routes = UserRoutes(conn, self.audit)  # own routes, laid over the built-in ones
        self._pending_unlock: tuple[str, int] | None = None  # see record_unlock()
        # what opening found and fixed (a half-placed restore finished, ...), for the user
        self.notices: list[str] = []

    # -- creating and unlocking -----------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        kdf: KdfParams | None = None,
        *,
        before_commit: Callable[[bytes], None] | None = None,
    ) -> tuple[Workspace, bytes]:
        """Create a vault and its passphrase slot; returns the workspace and the recovery key.

        All or nothing: the vault is built under a staging name and put in place together with
        its key slot file (`vault.placing`). `before_commit(key)` runs just before that, so a
        command can show the recovery key before the vault exists: a run stopped after it
        leaves a key that opens nothing, never a vault whose key was never shown.
        """
        path = Path(path)
        if path.is_symlink() and not path.exists():
            raise VaultError(ErrorCode.VAULT_LINK_BROKEN, path=path, target=os.readlink(path))
        if path.exists():
            raise VaultError(ErrorCode.VAULT_EXISTS, path=path)
        if slot_path(path).exists():
            raise VaultError(ErrorCode.SLOT_WITHOUT_VAULT, path=slot_path(path))
        try:
            make_private_folder(path.parent)
        except OSError as exc:
            raise StorageError(f"cannot create the folder {path.parent}: {exc.strerror}") from exc
        key = new_data_key()
        with placing.Placement(path) as placement:
            staged = placement.staged
            vault_id = db.create_vault(staged, key)
            slots = new_slot_file(key, vault_id)
            slots.set_passphrase(key, passphrase, kdf)
            conn = db.open_connection(staged, key)
            try:
                with db.transaction(conn):
                    AuditLog(conn).record("vault_created")
            finally:
                conn.close()
            if before_commit is not None:
                before_commit(key)
            placement.commit(slots)
        return cls(path, db.open_connection(path, key), slots, key), key

    @classmethod
    def unlock(
        cls, path: Path, passphrase: str, failed_attempts: int = 0, *, record: bool = True
    ) -> Workspace:
        """Open with the passphrase; UnlockError (changing nothing) when it is wrong.

        With `record=False` the unlock (and the failed attempts) is audited only when the
        caller calls `record_unlock()`: a CLI command that fails leaves the vault file as it was.
        """
        notices = _settle(path)
        slots = SlotFile.load(path)
        key = slots.unwrap_with_passphrase(passphrase)
        ws = cls._opened(path, key, slots, "unlocked_passphrase", failed_attempts, record)
        ws.notices[:0] = notices
        return ws

    @classmethod
    def unlock_with_key(
        cls, path: Path, key: bytes, failed_attempts: int = 0, *, record: bool = True
    ) -> Workspace:
        """Open with the recovery key; works even when the slot file is missing or damaged."""
        notices = _settle(path)
        slots: SlotFile | None
        try:
            slots = SlotFile.load(path)
        except VaultError:
            slots = None
        if slots is not None and not slots.matches(key):
            raise UnlockError(ErrorCode.RECOVERY_KEY_WRONG_VAULT)
        try:
            conn = db.open_connection(path, key)
        except VaultError as exc:
            if slots is None:
                raise UnlockError(ErrorCode.RECOVERY_KEY_DOES_NOT_OPEN) from exc
            raise
        ws = cls(path, conn, slots, key)
        ws.notices[:0] = notices
        ws._tidy()
        ws._pending_unlock = ("unlocked_recovery_key", failed_attempts)
        if record:
            ws.record_unlock()
        return ws

    @classmethod
    def unlock_with_keychain(cls, path: Path) -> tuple[Workspace | None, ErrorCode | None]:
        """Open with the keychain slot; (None, reason) whenever the passphrase is needed."""
        _settle(path)
        slots = SlotFile.load(path)
        got = keychain.fetch(slots)
        if got.key is None:
            return None, got.reason or ErrorCode.KEYCHAIN_FAILED
        return cls._opened(path, got.key, slots, "unlocked_keychain", 0, True), None

    @classmethod
    def _opened(
        cls, path: Path, key: bytes, slots: SlotFile, event: str, failed: int, record: bool
    ) -> Workspace:
        ws = cls(path, db.open_connection(path, key), slots, key)
        if db.vault_id_of(ws.conn) != slots.vault_id:
            ws.close()
            raise VaultError(ErrorCode.SLOT_OTHER_VAULT)
        ws._tidy()
        ws._pending_unlock = (event, failed)
        if record:
            ws.record_unlock()
        return ws

    def _tidy(self) -> None:
        """Remove temp copies that killed backups, restores or exports left beside the vault
        and in the backup folder: each may hold a destroyed case that must not outlive it."""
        from vertrouwen.fileio import sweep_orphans

        removed = sweep_orphans(self.path.parent)
        folder = self.settings.get("backup_folder")  # as `backup.rolling` reads it
        if isinstance(folder, str) and folder:
            removed += sweep_orphans(Path(folder).expanduser())
        if removed:
            self.notices.append(f"removed {removed} temporary file(s) that a stopped run left")

    def record_unlock(self) -> None:
        """Write the audit entries of the unlock (failed tries first), once."""
        if self._pending_unlock is not None:
            event, failed_attempts = self._pending_unlock
            self._pending_unlock = None
            self._after_unlock(event, failed_attempts)

    def _after_unlock(self, event: str, failed_attempts: int) -> None:
        try:
            with db.transaction(self.conn):
                for _ in range(failed_attempts):
                    self.audit.record("unlock_failed")
                self.audit.record(event)
        except Exception as exc:
            self.close()
            if db.is_database_error(exc):
                raise db.storage_or_damage(exc, self.path) from exc
            raise

    # -- keys -----------------------------------------------------------------------------
    def set_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Write a new passphrase slot (atomically); the vault itself is not re-encrypted.

        Also repairs a missing or damaged slot file (the recovery path).
        """
        key = self._key
        vault_id = db.vault_id_of(self.conn)
        slots = self.slots if self.slots and self.slots.vault_id == vault_id else None
        if slots is None or not slots.matches(key):
            slots = new_slot_file(key, vault_id)
        slots.set_passphrase(key, new_passphrase, kdf)
        slots.save(self.path)
        self.slots = slots
        with db.transaction(self.conn):
            self.audit.record("passphrase_changed")

    def recovery_key(self, passphrase: str) -> bytes:
        """The recovery key again (for a new noodkaart), only for the current passphrase.

        The key is known while the vault is open, but whoever finds the laptop unlocked must
        not walk away with it: a wrong passphrase raises UnlockError and is audited.
        """
        if self.slots is None or self.slots.passphrase_slot is None:
            raise UnlockError(ErrorCode.NO_PASSPHRASE_YET)
        try:
            key = self.slots.unwrap_with_passphrase(passphrase)
        except UnlockError:
            with db.transaction(self.conn):
                self.audit.record("recovery_key_refused")
            raise
        if not hmac.compare_digest(key, self._key):
            raise VaultError(ErrorCode.SLOT_WRONG_VAULT)
        with db.transaction(self.conn):
            self.audit.record("recovery_key_shown")
        return key

    def enable_keychain(self) -> ErrorCode | None:
        """Opt in to keychain unlock; returns why it did not work, or None."""
        if self.slots is None:
            return ErrorCode.KEYCHAIN_NO_SLOT_FILE
        error = keychain.store(self.slots, self._key)
        if not error:
            self.slots.save(self.path)
            with db.transaction(self.conn):
                self.audit.record("keychain_enabled")
        return error

    def disable_keychain(self) -> None:
        if self.slots is None:
            return
        keychain.forget(self.slots)
        self.slots.save(self.path)
        with db.transaction(self.conn):
            self.audit.record("keychain_disabled")

    # -- checks and closing ---------------------------------------------------------------
    def verify(self) -> list[str]:
        return db.verify(self.conn)

    @property
    def is_open(self) -> bool:
        return bool(self._key)

    def close(self) -> None:
        """Drop the key and the connection (SQLCipher wipes its own copy on close)."""
        self._key = b""
        with contextlib.suppress(Exception):
            self.conn.close()


def _settle(path: Path) -> list[str]:
    """Finish or undo a half-placed init or restore at `path`; then the vault must exist."""
    notice = placing.settle(path)
    if not path.exists():
        raise VaultError(ErrorCode.VAULT_MISSING, path=path)
    return [notice] if notice else []


@contextlib.contextmanager
def open_workspace(args: Any) -> Iterator[Workspace]:
    """For CLI commands: unlock the vault named by `args` with its passphrase, close after.

    On a terminal a wrong passphrase may be typed again (three tries); the failed tries are
    recorded in the audit log once the vault opens.
    """
    from vertrouwen import secrets_input
    from vertrouwen.paths import resolve_vault

    path = resolve_vault(getattr(args, "vault", None))
    placing_notice = placing.settle(path)
    if placing_notice:
        print(f"note: {placing_notice}", file=sys.stderr)
    if not path.exists():
        raise VaultError(ErrorCode.VAULT_MISSING, path=path)
    if path.is_dir():
        raise VaultError(ErrorCode.VAULT_IS_FOLDER, path=path)
    file_option = getattr(args, "passphrase_file", None)
    interactive = (
        not file_option
        and not os.environ.get(secrets_input.PASSPHRASE_ENV)
        and secrets_input.can_prompt()
    )
    failures = 0
    while True:
        try:
            passphrase = secrets_input.passphrase(file_option)
            ws = Workspace.unlock(path, passphrase, failures, record=False)
            break
        except UnlockError:
            failures += 1
            if not interactive or failures >= 3:
                raise
            print("Wrong passphrase, try again.", file=sys.stderr)
    for notice in ws.notices:
        print(f"note: {notice}", file=sys.stderr)
    with contextlib.closing(ws):
        try:
            yield ws
        except BaseException:
            # The contract: a failed command leaves the vault as it was, so its unlock is not
            # recorded; wrong passphrases typed before it are (the design audits those).
            if failures:
                with contextlib.suppress(Exception):
                    ws.record_unlock()
            raise
        try:
            ws.record_unlock()
        except VertrouwenError as exc:
            # The command's own work is done and committed; failing now would only make the
            # user run it again (an import twice). Busy or read-only vaults end up here.
            print(f"warning: the unlock was not recorded in the audit log ({exc})", file=sys.stderr)
