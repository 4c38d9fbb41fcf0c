"""Owner-only files and folders, and a replace that waits for a moment, on every platform.

- `owner_only(path)`: POSIX `chmod 600` (files) / `700` (folders). On Windows `chmod` only
  toggles the read-only flag, so there the file or folder gets an access list that gives its
  user, and nobody else, full control, with inheritance from the parent cut (`icacls
  /inheritance:r /grant:r *<SID>:F`; folders pass it on to what is made in them later). The
  user is named by SID (from `whoami /user`), so domain accounts and names with spaces work.
- `make_private_folder(folder)`: creates a folder (and its parents) owner-only; a folder that
  already exists is left as it is.
- `replace(src, dst)`: `os.replace`, but on Windows a target that another program holds open
  for a moment (a virus scanner, the search indexer, a backup tool) makes it fail with
  PermissionError; it is tried again a few times before giving up.

Both take the platform and the ways to run a command or sleep as arguments, so the Windows
paths are tested on any machine with those faked.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]
REPLACE_ATTEMPTS = 8  # on Windows; about 2 s in all with the growing pauses below


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up from the app
    return subprocess.run(
        list(command), capture_output=True, text=True, check=False, creationflags=flags
    )


@functools.cache
def _user_sid(run: Runner = _run) -> str | None:
    """The current user's SID (`S-1-5-21-...`), or None when Windows does not say."""
    try:
        done = run(["whoami", "/user", "/fo", "csv", "/nh"])
    except OSError:
        return None
    if done.returncode != 0:
        return None
    fields = [field.strip().strip('"') for field in done.stdout.strip().split(",")]
    sid = fields[-1] if fields else ""
    return sid if sid.startswith("S-1-") else None


def owner_only(
    path: Path | str,
    *,
    platform: str | None = None,
    run: Runner = _run,
) -> bool:
    """Make `path` readable and writable by its owner only; True when that was done."""
    target = Path(path)
    if (platform or sys.platform) != "win32":
        try:
            os.chmod(target, 0o700 if target.is_dir() else 0o600)
        except OSError:
            return False
        return True
    sid = _user_sid(run)
    if sid is None:
        return False
    grant = f"*{sid}:(OI)(CI)F" if target.is_dir() else f"*{sid}:F"
    try:
        done = run(["icacls", str(target), "/inheritance:r", "/grant:r", grant, "/q"])
    except OSError:
        return False
    return done.returncode == 0


def make_private_folder(folder: Path) -> None:
    """`mkdir -p` that makes a folder it creates owner-only (never one that was there: the
    user's Documents must keep its own access list). OSError when it cannot be made."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    owner_only(folder)


def replace(
    src: Path | str,
    dst: Path | str,
    *,
    platform: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
    attempts: int = REPLACE_ATTEMPTS,
) -> None:
    """`os.replace(src, dst)`; on Windows retried while the target is held open elsewhere."""
    tries = attempts if (platform or sys.platform) == "win32" else 1
    for attempt in range(1, tries + 1):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == tries:
                raise
            sleep(0.05 * attempt)
