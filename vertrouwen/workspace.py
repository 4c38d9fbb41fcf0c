"""The facade: an unlocked vault and its repositories. The UI and the CLI call only this.

Like Anki's `Collection`: open it with a passphrase, the recovery key or the keychain, use
`cases`, `audit` and `settings`, then `close()` (which drops the key and the connection).

The connection and the data key stay inside: nothing outside `vertrouwen.vault` runs SQL or
opens a transaction. A change that spans repositories, or an audit entry that must commit
together with a file, goes through `write()` or `record()`. The values the repositories take
and return (a case filter, a search hit, a destroy report, the key formats) are imported from
here: only this facade and a few services that work on the vault file itself (backup and
restore, `init`) import `vertrouwen.vault` (an import-linter contract in pyproject.toml).
"""

from __future__ import annotations

import contextlib
import hmac
import os
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.errors import ErrorCode, StorageError, UnlockError, VaultError, VertrouwenError
from vertrouwen.ownership import make_private_folder
from vertrouwen.vault import db, keychain, placing, snapshot
from vertrouwen.vault.agenda import Agenda, OpenAction, TermKey
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.bulk import bulk_writes
from vertrouwen.vault.cases import CODE_RE as CASE_CODE_RE
from vertrouwen.vault.cases import CaseRepository
from vertrouwen.vault.consents import METHODS as CONSENT_METHODS
from vertrouwen.vault.consents import ConsentRepository
from vertrouwen.vault.db import storage_or_damage
from vertrouwen.vault.documents import DocumentRepository
from vertrouwen.vault.keys import (
    KdfParams,
    SlotFile,
    format_recovery_key,
    new_data_key,
    new_slot_file,
    parse_recovery_key,
    slot_path,
)
from vertrouwen.vault.outside import OutsideRecords
from vertrouwen.vault.queries import CaseFilter, CaseQueries, CaseRow, SearchHit, split_marks
from vertrouwen.vault.registrations import RegistrationRepository
from vertrouwen.vault.retention import DestroyReport, DueCase, Retention
from vertrouwen.vault.settings import Settings
from vertrouwen.vault.user_routes import ORIGIN as USER_ROUTE_ORIGIN
from vertrouwen.vault.user_routes import UserRoutes, check_said, check_text

__all__ = [  # the facade, and the values its repositories take and return
    "CASE_CODE_RE",
    "CONSENT_METHODS",
    "USER_ROUTE_ORIGIN",
    "CaseFilter",
    "CaseRow",
    "DestroyReport",
    "DueCase",
    "KdfParams",
    "OpenAction",
    "SearchHit",
    "SlotFile",
    "TermKey",
    "Workspace",
    "check_said",
    "check_text",
    "format_recovery_key",
    "open_workspace",
    "parse_recovery_key",
    "slot_path",
    "split_marks",
    "storage_or_damage",
]

T = TypeVar("T")


class Workspace:
    """An unlocked vault. Not thread-safe: one thread owns it (the UI uses a worker)."""

    def __init__(self, path: Path, conn: Any, slots: SlotFile | None, key: bytes) -> None:
        self.path = path
        self._key = key  # kept only while unlocked, for slot changes; dropped by close()
        self._conn = conn  # only the repositories below use it
        self.slots = slots
        self.audit = AuditLog(conn)
        # what the mutations below changed since the UI last asked (`take_changes`)
        self._changes = log = ChangeLog()
        self.cases = CaseRepository(conn, self.audit, log)
        self.consents = ConsentRepository(conn, self.audit, log)
        self.documents = DocumentRepository(conn, self.audit, log)  # letters, decisions, photos
        self.settings = Settings(conn, log)
        self.registrations = RegistrationRepository(conn)  # anonymous counts for reports
        self.outside = OutsideRecords(conn, self.audit, log)  # signals and activities outside cases
        self.queries = CaseQueries(conn)  # the case list: filtered ids, rows, search
        # destroying cases, and the retention review
        self.retention = Retention(conn, self.audit, self.cases, self.settings, log)
        self.agenda = Agenda(conn, log)  # open actions and light cases over all cases (Vandaag)
        self.user_routes = UserRoutes(conn, self.audit, log)  # own routes, over the built-in ones
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
        if ws.vault_id != slots.vault_id:
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
            with db.transaction(self._conn):
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
        vault_id = self.vault_id
        slots = self.slots if self.slots and self.slots.vault_id == vault_id else None
        if slots is None or not slots.matches(key):
            slots = new_slot_file(key, vault_id)
        slots.set_passphrase(key, new_passphrase, kdf)
        slots.save(self.path)
        self.slots = slots
        with db.transaction(self._conn):
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
            with db.transaction(self._conn):
                self.audit.record("recovery_key_refused")
            raise
        if not hmac.compare_digest(key, self._key):
            raise VaultError(ErrorCode.SLOT_WRONG_VAULT)
        with db.transaction(self._conn):
            self.audit.record("recovery_key_shown")
        return key

    def enable_keychain(self) -> ErrorCode | None:
        """Opt in to keychain unlock; returns why it did not work, or None."""
        if self.slots is None:
            return ErrorCode.KEYCHAIN_NO_SLOT_FILE
        error = keychain.store(self.slots, self._key)
        if not error:
            self.slots.save(self.path)
            with db.transaction(self._conn):
                self.audit.record("keychain_enabled")
        return error

    def disable_keychain(self) -> None:
        if self.slots is None:
            return
        keychain.forget(self.slots)
        self.slots.save(self.path)
        with db.transaction(self._conn):
            self.audit.record("keychain_disabled")

    # -- writes that span repositories, files beside the vault ------------------------------
    def write(self, work: Callable[[], T], *, bulk: bool = False) -> T:
        """Run `work` in one transaction: all of it commits, or none of it (any exception
        rolls it back and is raised). `work` uses the repositories' `*_in_transaction`
        methods, `settings.put` and `audit.record`. `bulk`: many rows at once (imports), with
        a larger page cache for the block. Returns what `work` returns; what it changed is
        in `take_changes()`."""
        with contextlib.ExitStack() as stack:
            if bulk:
                stack.enter_context(bulk_writes(self._conn))
            stack.enter_context(db.transaction(self._conn))
            return work()

    def record(
        self,
        event: str,
        *case_codes: str,
        detail: str = "",
        together: Callable[[], object] | None = None,
    ) -> Changes:
        """Write an audit entry (one per case code, or one without a case), in one
        transaction with `together`: a file written or a setting changed commits with its
        entry, and a failed write leaves no entry behind. Returns what changed: the cases
        named (their history), and what `together` changed in the vault."""

        def work() -> None:
            for code in case_codes or (None,):
                self.audit.record(event, code, detail)
            if together is not None:
                together()

        with self._changes.during() as changed:
            self.write(work)
        return changed() | self._changes.note(Changes.of_cases(case_codes))

    def take_changes(self) -> Changes:
        """Everything the workspace's mutations changed since the last call (see `changes`):
        the worker asks after each job, so one handler can update every screen."""
        return self._changes.take()

    @property
    def vault_id(self) -> str:
        return db.vault_id_of(self._conn)

    def data_key(self) -> bytes:
        """The data key, for a backup only: its MAC and the key of its copy (`backup`).

        VaultError once the vault is locked (`close()` drops the key)."""
        if not self._key:
            raise VaultError(ErrorCode.VAULT_LOCKED)
        return self._key

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the vault file into `target`, under the same key."""
        snapshot.copy_to(self._conn, self.data_key(), target)

    def last_event_at(self, event: str) -> datetime | None:
        """When the audit log last recorded `event` (the last backup, ...)."""
        return snapshot.last_event_at(self._conn, event)

    # -- checks and closing ---------------------------------------------------------------
    def verify(self) -> list[str]:
        return db.verify(self._conn, self._key)

    @property
    def is_open(self) -> bool:
        return bool(self._key)

    def reader(self) -> Workspace:
        """A second Workspace on a connection of its own, for reading on another thread while
        this one works (the app's yearly counts beside its vault worker). Close it when done;
        it must not write (its page cache would not see this one's writes until its next
        read transaction, which SQLite handles, but two writers would wait on each other)."""
        if not self.is_open:
            raise VaultError("the vault is locked; unlock it first")
        return Workspace(
            self.path, db.open_connection(self.path, self._key, migrate=False), None, self._key
        )

    def close(self) -> None:
        """Drop the key and the connection (SQLCipher wipes its own copy on close)."""
        self._key = b""
        with contextlib.suppress(Exception):
            self._conn.close()


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
        print(f"notice: {placing_notice}", file=sys.stderr)
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
        print(f"notice: {notice}", file=sys.stderr)
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
