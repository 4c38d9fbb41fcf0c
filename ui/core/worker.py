"""The vault worker: one thread owns the Workspace; the UI never waits on disk or key derivation.

Usage from any area (on the UI thread):

    worker.submit(lambda ws: ws.cases.codes(), on_done=self._show_codes, on_error=self._failed)

`fn` runs on the worker thread with the open Workspace; `on_done(result)` / `on_error(exc)`
run later on the UI thread. Jobs run one at a time in submission order. When the vault locks,
results of jobs submitted before the lock are dropped (never delivered), so no case data
reaches a screen that was just cleared.

After each job the worker asks the Workspace what it changed (`ws.take_changes()`, a
`vertrouwen.changes.Changes`) and, right after the job's own callback, emits `changed` with it:
the one path by which every screen learns of a change, whoever made it (`Area.vault_changed`).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ui.core.crash import is_expected
from ui.qt import QObject, QThread, Signal, Slot, alive
from vertrouwen.changes import NOTHING, Changes
from vertrouwen.errors import ErrorCode, VertrouwenError
from vertrouwen.ownership import make_private_folder

if TYPE_CHECKING:  # imported by the jobs that open a vault: not needed for the first window
    from vertrouwen.workspace import Workspace

T = TypeVar("T")
# How long a thread may hold the GIL while another waits for it. Python's default, 5 ms, lets
# the worker's Python code (the agenda's deadlines, a report) keep the UI thread waiting up to
# 5 ms at every turn it takes back the GIL, and building a screen takes hundreds of turns: the
# UI froze for 200-400 ms at an unlock while the worker ran (issue 16).
GIL_SWITCH_SECONDS = 0.0005
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[Exception], None]


def _workspace() -> type[Workspace]:
    from vertrouwen.workspace import Workspace

    return Workspace


class VaultLocked(VertrouwenError):
    """A job needed the vault, but it is locked."""

    exit_code = 3
    code = ErrorCode.VAULT_LOCKED


@dataclass
class _Job:
    job_id: int
    generation: int
    fn: Callable[[Workspace | None], Any]


class _Executor(QObject):
    """Lives on the worker thread; the only object that touches the Workspace."""

    finished = Signal(int, object, object, object)  # job id, result, exception, Changes

    def __init__(self) -> None:
        super().__init__()
        self.workspace: Workspace | None = None

    @Slot(object)
    def execute(self, job: _Job) -> None:
        result: object = None
        error: Exception | None = None
        try:
            result = job.fn(self.workspace)
        except Exception as exc:  # delivered to on_error on the UI thread
            error = exc
        ws = self.workspace
        # what the job changed in the vault (a failed job may have changed a part, too)
        changes = ws.take_changes() if ws is not None and ws.is_open else NOTHING
        self.finished.emit(job.job_id, result, error, changes)


def _opened(_ws: Workspace) -> None:
    """Nothing more to do once the vault is open."""


class VaultWorker(QObject):
    """The UI's handle on the vault thread. Create one per app; call `shutdown()` at quit."""

    unlocked = Signal()  # the vault is open (after create/unlock*)
    about_to_lock = Signal()  # last call: jobs submitted now still run before the vault closes
    locked = Signal(str)  # the vault was locked; the argument is the reason ("manual", "idle", ...)
    busy_changed = Signal(bool)  # a job is running (for busy indicators)
    # what a job changed in the vault (vertrouwen.changes.Changes), right after its own
    # callbacks ran: every screen updates from this one answer (Area.vault_changed)
    changed = Signal(object)
    # a job raised something no screen words for the user (a bug, not a vault or disk error):
    # the app's CrashHandler writes a report and shows its dialog (on_error still runs)
    unexpected = Signal(object)

    _post = Signal(object)
    _post_aside = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_SECONDS))
        self._thread = QThread()
        self._thread.setObjectName("vault-worker")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._post.connect(self._executor.execute)
        self._executor.finished.connect(self._deliver)
        self._thread.finished.connect(self._executor.deleteLater)
        self._thread.start()
        # the reader: long reads on a connection of its own (see submit_aside)
        self._aside_thread = QThread()
        self._aside_thread.setObjectName("vault-reader")
        self._aside = _Executor()
        self._aside.moveToThread(self._aside_thread)
        self._post_aside.connect(self._aside.execute)
        self._aside.finished.connect(self._deliver)
        self._aside_thread.finished.connect(self._aside.deleteLater)
        self._aside_thread.start()
        self._aside_waiting: list[_Job] = []  # until the reader is open
        self._aside_opening = False
        self._reader_made: Workspace | None = None  # by the worker; maybe never adopted
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[int, DoneCallback | None, ErrorCallback | None]] = {}
        self._generation = 0  # bumped on every lock: older results are stale
        self._unlocked = False
        self.vault_path: Path | None = None

    # -- state ---------------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self._unlocked

    @property
    def is_busy(self) -> bool:
        return bool(self._pending)

    # -- jobs ----------------------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[[Workspace], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Run `fn(workspace)` on the worker thread; callbacks run on the UI thread."""

        def with_workspace(ws: Workspace | None) -> T:
            if ws is None or not ws.is_open:
                raise VaultLocked(ErrorCode.VAULT_LOCKED)
            return fn(ws)

        self._enqueue(with_workspace, on_done, on_error)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Run `fn()` (no vault needed, e.g. reading the key slot file) on the worker thread."""
        self._enqueue(lambda _ws: fn(), on_done, on_error)

    def submit_aside(
        self,
        fn: Callable[[Workspace], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Run `fn(reader)` on a second thread, with a Workspace on a connection of its own
        (`Workspace.reader`, opened by the worker on first use after each unlock): a long read
        such as the yearly counts never makes the worker's jobs (opening a case) wait behind
        it. Only for reading. Results after a lock are dropped, as with `submit`."""

        def with_reader(reader: Workspace | None) -> T:
            if reader is None or not reader.is_open:
                raise VaultLocked("de kluis is vergrendeld")
            return fn(reader)

        job = self._register(with_reader, on_done, on_error)
        if self._aside.workspace is not None:
            self._post_aside.emit(job)
            return
        self._aside_waiting.append(job)
        if self._aside_opening:
            return
        self._aside_opening = True
        generation = self._generation

        def opened(reader: Workspace) -> None:
            self._aside_opening = False
            if generation != self._generation:  # locked meanwhile
                reader.close()
                return
            self._aside.workspace = reader
            waiting, self._aside_waiting = self._aside_waiting, []
            for queued in waiting:
                self._post_aside.emit(queued)

        def failed(exc: Exception) -> None:
            self._aside_opening = False
            waiting, self._aside_waiting = self._aside_waiting, []
            for queued in waiting:
                self._deliver(queued.job_id, None, exc, NOTHING)

        def open_reader(ws: Workspace) -> Workspace:
            self._reader_made = ws.reader()
            return self._reader_made

        self.submit(open_reader, opened, failed)

    def _register(
        self,
        fn: Callable[[Workspace | None], Any],
        on_done: Callable[[Any], None] | None,
        on_error: ErrorCallback | None,
    ) -> _Job:
        job = _Job(next(self._ids), self._generation, fn)
        was_busy = self.is_busy
        self._pending[job.job_id] = (job.generation, on_done, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    def _enqueue(
        self,
        fn: Callable[[Workspace | None], Any],
        on_done: Callable[[Any], None] | None,
        on_error: ErrorCallback | None,
    ) -> None:
        self._post.emit(self._register(fn, on_done, on_error))

    @Slot(int, object, object, object)
    def _deliver(self, job_id: int, result: object, error: object, changes: Changes) -> None:
        generation, on_done, on_error = self._pending.pop(job_id, (None, None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if isinstance(error, BaseException) and not is_expected(error):
            self.unexpected.emit(error)
        if generation != self._generation:
            return  # submitted before a lock: the screen it was for is gone
        # a method of a widget Qt has deleted meanwhile (its screen closed, e.g. by a restore
        # that locks and reopens the vault): nothing left to show the result on
        if error is not None:
            if on_error is not None and alive(getattr(on_error, "__self__", None)):
                on_error(error if isinstance(error, Exception) else Exception(type(error).__name__))
        elif on_done is not None and alive(getattr(on_done, "__self__", None)):
            on_done(result)
        if changes:
            self.changed.emit(changes)

    # -- opening and locking -------------------------------------------------------------------
    def _open_with(
        self,
        opener: Callable[[], Workspace],
        on_done: Callable[[T], None] | None,
        on_error: ErrorCallback | None,
        then: Callable[[Workspace], T],
    ) -> None:
        """Open with `opener`, then run `then` on the new Workspace; `on_done` gets its result."""

        def job(_current: Workspace | None) -> T:
            if self._executor.workspace is not None:
                self._executor.workspace.close()
            ws = opener()
            self._executor.workspace = ws
            return then(ws)

        def done(result: T) -> None:
            self._unlocked = True
            self.unlocked.emit()
            if on_done is not None:
                on_done(result)

        self._enqueue(job, done, on_error)

    def create(
        self,
        path: Path,
        passphrase: str,
        on_done: Callable[[bytes], None],
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Create a vault (calibrating the key derivation); `on_done` gets the recovery key."""
        self.vault_path = path
        holder: dict[str, bytes] = {}

        def opener() -> Workspace:
            make_private_folder(path.parent)
            ws, key = _workspace().create(path, passphrase)
            holder["key"] = key
            return ws

        self._open_with(opener, on_done, on_error, then=lambda ws: holder.pop("key"))

    def unlock(
        self,
        path: Path,
        passphrase: str,
        on_done: Callable[[None], None] | None = None,
        on_error: ErrorCallback | None = None,
        failed_attempts: int = 0,
    ) -> None:
        """Unlock with the passphrase (UnlockError on a wrong one, via `on_error`)."""
        self.vault_path = path
        self._open_with(
            lambda: _workspace().unlock(path, passphrase, failed_attempts),
            on_done,
            on_error,
            then=_opened,
        )

    def unlock_with_recovery_key(
        self,
        path: Path,
        key: bytes,
        new_passphrase: str,
        on_done: Callable[[None], None] | None = None,
        on_error: ErrorCallback | None = None,
        failed_attempts: int = 0,
    ) -> None:
        """Open with the recovery key and set a new passphrase in the same job."""
        self.vault_path = path
        self._open_with(
            lambda: _workspace().unlock_with_key(path, key, failed_attempts),
            on_done,
            on_error,
            then=lambda ws: ws.set_passphrase(new_passphrase),
        )

    def unlock_with_keychain(
        self,
        path: Path,
        on_done: Callable[[None], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Open with the OS keychain; on failure `on_error` gets a KeychainUnavailable."""
        self.vault_path = path

        def opener() -> Workspace:
            ws, reason = _workspace().unlock_with_keychain(path)
            if ws is None:
                raise KeychainUnavailable(reason or ErrorCode.KEYCHAIN_FAILED)
            return ws

        self._open_with(opener, on_done, on_error, then=_opened)

    def lock(self, reason: str = "manual") -> None:
        """Lock now: drop pending results, close the Workspace (the key) on the worker thread.

        `locked` is emitted at once, on the UI thread, so screens clear before anything else.
        `about_to_lock` comes first: an editor saves what was typed a moment ago.
        """
        if self._unlocked:
            self.about_to_lock.emit()
        self._generation += 1
        was_unlocked = self._unlocked
        self._unlocked = False

        def close(_ws: Workspace | None) -> None:
            if self._executor.workspace is not None:
                self._executor.workspace.close()
                self._executor.workspace = None
            made, self._reader_made = self._reader_made, None
            if made is not None and made is not self._aside.workspace:
                made.close()  # opened just before the lock, never handed to the reader thread

        def close_reader(_ws: Workspace | None) -> None:
            if self._aside.workspace is not None:
                self._aside.workspace.close()
                self._aside.workspace = None

        for queued in self._aside_waiting:  # never run: their results would be dropped anyway
            self._pending.pop(queued.job_id, None)
        self._aside_waiting = []
        self._aside_opening = False
        self._post_aside.emit(self._register(close_reader, None, None))
        self._enqueue(close, None, None)
        if was_unlocked:
            self.locked.emit(reason)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Lock and stop the thread (at quit)."""
        if not self._thread.isRunning():
            return
        self.lock("quit")
        self._thread.quit()
        self._aside_thread.quit()
        self._thread.wait(timeout_ms)
        self._aside_thread.wait(timeout_ms)


class KeychainUnavailable(VertrouwenError):
    """The keychain gave no key; its code says why (`ErrorCode.KEYCHAIN_*`)."""

    exit_code = 3
    code = ErrorCode.KEYCHAIN_FAILED
