"""Files written outside the vault: atomic, owner-only, never over the vault's own files.

- `write_atomic`: a temp file in the same folder, fsync, then replace.
- `TempBeside`: a temp file for bigger jobs (backup, restore) that is locked while in use, so
  `sweep_orphans` can tell a temp file a killed run left behind (a full encrypted copy of the
  vault, or a half-written export) from one another process is writing right now.
- `refuse_precious` / `check_output`: no write ever replaces the vault, its key slot file, its
  journal, a backup or a handover package, also through a link or a second name (hard link).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from pathlib import Path
from types import TracebackType

from vertrouwen.errors import ErrorCode, ProtectedFileError, StorageError
from vertrouwen.ownership import owner_only, replace

try:  # POSIX; on Windows an open file cannot be deleted, which protects it just as well
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".vertrouwen-tmp"
# ours: ".<target name>.<8 random>.vertrouwen-tmp", and ".tmp" from versions before it
_TEMP_RE = re.compile(r"^\..+\.[a-z0-9_]{8}(\.vertrouwen-tmp|\.tmp)$")
_SQLITE_SIDECARS = ("-journal", "-wal", "-shm")

# The largest interchange file or handover package read (`import`, `receive`; README): a
# career's worth of cases is far less, and refusing before parsing keeps /dev/zero or a wrong
# file from filling the memory.
MAX_INPUT_BYTES = 256 * 1024 * 1024

BACKUP_MAGIC = b"VERTROUWEN-BACKUP\n"
HANDOVER_MAGIC = b"VERTROUWEN-HANDOVER\n"
SLOT_HEAD = b'{\n  "format": "vertrouwen-keys"'  # how every key slot file starts
SLOT_SIGNATURE = b'"format": "vertrouwen-keys"'
_PRECIOUS_MAGICS = {BACKUP_MAGIC: "a Vertrouwen backup", HANDOVER_MAGIC: "a handover package"}


FAILPOINT_ENV = "VERTROUWEN_FAILPOINT"


def failpoint(name: str) -> None:
    """Crash tests stop a command here: `VERTROUWEN_FAILPOINT=<name>` kills the process (or,
    as `<name>:int`, interrupts it as Ctrl+C does). Only in a test run (pytest or a harness
    that sets VERTROUWEN_TEST_HARNESS); a no-op otherwise."""
    wanted = os.environ.get(FAILPOINT_ENV, "")
    if wanted.removesuffix(":int") != name:
        return
    harness = "PYTEST_CURRENT_TEST" in os.environ or "PYTEST_VERSION" in os.environ
    if not harness and os.environ.get("VERTROUWEN_TEST_HARNESS") != "1":
        return
    import signal

    os.kill(os.getpid(), signal.SIGINT if wanted.endswith(":int") else signal.SIGKILL)
    time.sleep(5)  # the signal lands here


def describe_os_error(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"the disk is full; nothing was written to {path}"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"cannot write to {path.parent} (read-only or no permission); nothing was written"
    return f"cannot write {path}: {exc.strerror or exc}; nothing was written"


def regular_target(path: Path | str) -> Path:
    """The file a write should land in: a link is followed (never replaced by a file), and
    anything that exists but is not a regular file (a folder, a device such as /dev/stdout)
    is refused, so an atomic replace never swaps out something that is not ours."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    if target.exists() and not target.is_file():
        raise StorageError(ErrorCode.OUTPUT_NOT_REGULAR, path=path)
    return target


# -- what may never be replaced -----------------------------------------------------------------
def _head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def _is_slot_file(path: Path) -> bool:
    return SLOT_SIGNATURE in _head(path, 256)


def precious_kind(path: Path) -> str | None:
    """What `path` is, when it is a file of a vault that no export may replace; else None.

    A vault is known by its key slot file beside it (`<vault>.keys`); its journal by the vault.
    """
    target = Path(os.path.realpath(path))
    if not target.is_file():
        return None
    if _is_slot_file(Path(f"{target}.keys")):
        return "a vault"
    for sidecar in _SQLITE_SIDECARS:
        if target.name.endswith(sidecar):
            base = target.with_name(target.name[: -len(sidecar)])
            if _is_slot_file(Path(f"{base}.keys")):
                return "a vault's journal"
    if _is_slot_file(target):
        return "a vault's key slot file"
    head = _head(target, 32)
    for magic, kind in _PRECIOUS_MAGICS.items():
        if head.startswith(magic):
            return kind
    return None


def refuse_precious(path: Path | str, *, may_replace: bytes | None = None) -> None:
    """ProtectedFileError (a usage error) when writing `path` would replace a vault file, a
    backup or a package.

    `may_replace` is the magic of the one kind this write may replace (a new backup over an
    older backup).
    """
    kind = precious_kind(Path(path))
    if kind is None:
        return
    if may_replace is not None and _head(Path(path), len(may_replace)) == may_replace:
        return
    raise ProtectedFileError(
        f"{path} is {kind}; it was not overwritten (choose another file name; nothing was written)"
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output(
    out: Path | str, vault: Path | None = None, *, may_replace: bytes | None = None
) -> Path:
    """Check an output path before any work: refuse the vault's own files (by any name), a
    folder, a missing folder and other precious files. Returns the path as given."""
    out = Path(out).expanduser()
    if vault is not None:
        own = [vault, Path(f"{vault}.keys"), *(Path(f"{vault}{s}") for s in _SQLITE_SIDECARS)]
        resolved = Path(os.path.realpath(out))
        if any(resolved == Path(os.path.realpath(p)) or _same_file(out, p) for p in own):
            raise ProtectedFileError(
                f"{out} is the vault itself or its key file; choose another file name"
                " (nothing was written)"
            )
    if out.is_dir():
        raise StorageError(ErrorCode.OUTPUT_IS_FOLDER, path=out)
    if not out.parent.is_dir():
        raise StorageError(ErrorCode.OUTPUT_FOLDER_MISSING, path=out, folder=out.parent)
    refuse_precious(out, may_replace=may_replace)
    return out


# -- temp files -----------------------------------------------------------------------------------
def _lock(fd: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _mkstemp(target: Path) -> tuple[int, Path]:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise StorageError(describe_os_error(exc, target)) from exc
    _lock(fd)
    owner_only(tmp)
    return fd, Path(tmp)


def unlink_with_sidecars(path: Path) -> None:
    """Remove a file and the journal files SQLite may have left beside it."""
    for leftover in (path, *(Path(f"{path}{s}") for s in _SQLITE_SIDECARS)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def copy_bytes(src: int, dst: int, size: int) -> None:
    """`size` bytes from file descriptor `src` to `dst`, at their current offsets; in the
    kernel (copy_file_range) where the system can, else through an 8 MiB buffer."""
    left = size
    while left > 0:
        try:
            done = os.copy_file_range(src, dst, min(left, 1 << 30))
        except (AttributeError, OSError) as exc:
            if isinstance(exc, OSError) and exc.errno not in _NO_COPY_RANGE:
                raise
            break
        if done == 0:
            raise OSError(errno.EIO, "the file ended early")
        left -= done
    while left > 0:  # another system, or a file system without copy_file_range
        block = os.read(src, min(left, 8 * 1024 * 1024))
        if not block:
            raise OSError(errno.EIO, "the file ended early")
        view = memoryview(block)
        while view:
            view = view[os.write(dst, view) :]
        left -= len(block)


_NO_COPY_RANGE = (errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL, errno.EPERM)


class TempBeside:
    """A fresh, owner-only, empty temp file beside `target`, locked until the block ends and
    then removed (unless it was moved into place). Use as `with TempBeside(out) as tmp:`."""

    def __init__(self, target: Path) -> None:
        self._fd, self.path = _mkstemp(Path(target))

    def __enter__(self) -> Path:
        return self.path

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._fd >= 0:
            unlink_with_sidecars(self.path)
            os.close(self._fd)  # releases the lock
            self._fd = -1


def sweep_orphans(folder: Path | None) -> int:
    """Remove temp files that killed runs left in `folder` (never one still in use); returns
    how many. Each may be a full encrypted copy of the vault, or a half-written export."""
    if folder is None:
        return 0
    removed = 0
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return 0
    for entry in entries:
        if not _TEMP_RE.match(entry.name) or not entry.is_file() or entry.is_symlink():
            continue
        if not in_use(entry):  # another process may be writing it right now
            unlink_with_sidecars(entry)
            removed += 1
    return removed


def in_use(path: Path) -> bool:
    """Whether a running process holds this temp file's lock (POSIX; False elsewhere, where an
    open file cannot be deleted anyway)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return True  # gone or not ours to touch
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


# -- writing ---------------------------------------------------------------------------------
def write_atomic(path: Path | str, data: bytes, *, may_replace: bytes | None = None) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    target = regular_target(path)
    refuse_precious(target, may_replace=may_replace)
    fd, tmp = _mkstemp(target)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(describe_os_error(exc, target)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (a no-op where directories cannot be opened, e.g. Windows)."""
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def replace_into(tmp: Path, target: Path, *, may_replace: bytes | None = None) -> None:
    """Move a finished temp file into place durably; remove it on failure."""
    try:
        target = regular_target(target)
        refuse_precious(target, may_replace=may_replace)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    try:
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(describe_os_error(exc, target)) from exc


def link_into_place(tmp: Path, target: Path) -> None:
    """Move `tmp` to `target` only if `target` does not exist: a hard link fails rather than
    clobbers (FileExistsError); on file systems without hard links (FAT on a USB stick) an
    existence check and a rename."""
    try:
        os.link(tmp, target)
        failpoint("link:linked")
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV):
            raise
        if target.exists() or target.is_symlink():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from exc
        replace(tmp, target)
    else:
        os.unlink(tmp)
    fsync_dir(target.parent)
