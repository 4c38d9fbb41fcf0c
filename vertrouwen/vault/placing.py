"""Putting a new vault and its key slot file in place as a pair: all or nothing.

A new vault (from `init` or `restore`) is built in full under `.<name>.placing` beside its
final path, its key slot file in a temp file. The commit point is the slot file's link to
`<name>.keys`; the vault's link to `<name>` follows. A run killed before the commit leaves only
`.<name>.placing`, which the next run removes; killed after it, the next run finishes the move
(`settle`). The staged file is locked while its run lives, so a running `init` or `restore` is
never mistaken for a dead one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from vertrouwen.errors import ErrorCode, StorageError, VaultError
from vertrouwen.fileio import (
    TempBeside,
    describe_os_error,
    failpoint,
    fsync_dir,
    in_use,
    link_into_place,
    sweep_orphans,
    unlink_with_sidecars,
)
from vertrouwen.vault.keys import SlotFile, slot_path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: an open file cannot be deleted there
    fcntl = None  # type: ignore[assignment]


def placing_path(vault: Path) -> Path:
    return vault.with_name(f".{vault.name}.placing")


def settle(vault: Path) -> str | None:
    """Finish or undo a placement at `vault` that a killed run left; a sentence saying what was
    found and done, or None when there was nothing to do."""
    staged = placing_path(vault)
    if not staged.exists() or in_use(staged):
        return None
    sweep_orphans(vault.parent)  # the slot file's temp copy, when the run died beside it
    if vault.exists():
        placed = False
        with contextlib.suppress(OSError):
            placed = os.path.samefile(staged, vault)
        unlink_with_sidecars(staged)
        if placed:
            return None  # only the staging name was left over
        return f"removed {staged.name}, an unfinished copy a killed run left; nothing else changed"
    if slot_path(vault).exists():
        try:
            link_into_place(staged, vault)
        except OSError as exc:
            raise StorageError(
                f"an interrupted restore or init of {vault} could not be finished: "
                f"{describe_os_error(exc, vault)}"
            ) from exc
        return (
            f"finished placing {vault}, which an interrupted restore or init had left half-placed"
        )
    unlink_with_sidecars(staged)
    return (
        f"removed {staged.name}, an unfinished vault a killed restore or init left; "
        "nothing else was changed"
    )


class Placement:
    """`with Placement(vault) as p:` build the new vault at `p.staged`, then `p.commit(slots)`.

    Leaving the block without a commit removes everything it made.
    """

    def __init__(self, vault: Path) -> None:
        self.vault = vault
        self.staged = placing_path(vault)
        notice = settle(vault)
        self.notice = notice
        try:
            self._fd = os.open(self.staged, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
        except FileExistsError as exc:
            raise VaultError(ErrorCode.PLACING_BUSY, path=vault) from exc
        except OSError as exc:
            raise StorageError(describe_os_error(exc, vault)) from exc
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.committed = False
        self.placed = False

    def __enter__(self) -> Placement:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.placed or not self.committed:
            # done (the vault has its own name now), or nothing worth keeping
            unlink_with_sidecars(self.staged)
        # committed but not placed: the staged vault stays for `settle` to finish
        os.close(self._fd)

    def commit(self, slots: SlotFile | None) -> None:
        """Link the slot file (the commit point), then the vault, into place."""
        keys = slot_path(self.vault)
        failpoint("placing:staged")
        with open(self.staged, "rb+") as fh:
            os.fsync(fh.fileno())
        placed_slots = False
        try:
            if slots is not None:
                with TempBeside(keys) as tmp:
                    tmp.write_bytes(slots.to_bytes())
                    with open(tmp, "rb+") as fh:
                        os.fsync(fh.fileno())
                    link_into_place(tmp, keys)
                    placed_slots = True
            self.committed = True
            failpoint("placing:committed")
            link_into_place(self.staged, self.vault)
            self.placed = True
        except FileExistsError as exc:
            self.committed = False
            if placed_slots:
                with contextlib.suppress(OSError):
                    keys.unlink()
            raise VaultError(ErrorCode.PLACE_APPEARED, path=exc.filename or self.vault) from exc
        except OSError as exc:
            if not placed_slots:
                self.committed = False
                raise StorageError(describe_os_error(exc, self.vault)) from exc
            # committed: the next run finishes the move (settle)
            raise StorageError(
                f"{describe_os_error(exc, self.vault)}; the next start finishes placing it"
            ) from exc
        fsync_dir(self.vault.parent)
