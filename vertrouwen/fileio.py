"""Atomic, owner-only file writes: a temp file in the same folder, fsync, then replace."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from vertrouwen.errors import StorageError


def _describe(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
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
        raise StorageError(f"{path} is not a regular file; give the path of a file to write")
    return target


def write_atomic(path: Path | str, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    target = regular_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise StorageError(_describe(exc, target)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            os.chmod(tmp, 0o600)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(_describe(exc, target)) from exc
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


def temp_path_beside(target: Path) -> Path:
    """A fresh, owner-only, empty temp file in the same folder as `target` (for later replace)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise StorageError(_describe(exc, target)) from exc
    os.close(fd)
    os.chmod(tmp, 0o600)
    return Path(tmp)


def replace_into(tmp: Path, target: Path) -> None:
    """Move a finished temp file into place durably; remove it on failure."""
    if target.exists() and not target.is_symlink() and not target.is_file():
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(f"{target} is not a regular file; give the path of a file to write")
    try:
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(_describe(exc, target)) from exc
