"""Where a file holding a secret (the noodkaart as PDF) would land, and why that may be unwise.

The app prints the noodkaart from memory; saving it as a file is a deliberate choice behind a
warning. Before writing, the UI asks `place_risks(target, vault)`: a file on the same disk as
the vault is stolen with the laptop, and a file in a synced folder goes to the cloud before
anyone deletes it. `removable_folders()` finds mounted USB sticks to suggest instead.
"""

from __future__ import annotations

import contextlib
import os
import string
import sys
from dataclasses import dataclass
from pathlib import Path

# Folder names the desktop sync clients use (Windows, macOS, Linux), matched per path part,
# case-insensitively. OneDrive for Business adds " - <organisation>", macOS's File Provider
# names them "OneDrive-<account>" (under ~/Library/CloudStorage), iCloud Drive lives in
# ~/Library/Mobile Documents/com~apple~CloudDocs.
_SYNCED_PREFIXES = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "mijn drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}
# Windows names the OneDrive roots in the environment (also when the folder was renamed).
_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


@dataclass(frozen=True)
class PlaceRisks:
    """Why a folder is a poor place for the noodkaart; both empty/False means no objection."""

    same_disk: bool = False
    synced_by: str = ""  # the sync service's name

    def __bool__(self) -> bool:
        return self.same_disk or bool(self.synced_by)


def _existing(path: Path) -> Path:
    """The nearest folder of `path` that exists (a file dialog may name a file to be made)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def _device(path: Path) -> int | None:
    try:
        return os.stat(_existing(path)).st_dev
    except OSError:
        return None


def synced_service(folder: Path) -> str:
    """The sync service whose folder holds `folder` ('' when none is recognised)."""
    resolved = folder.resolve() if folder.exists() else folder.absolute()
    for candidate in {folder.absolute(), resolved}:
        for part in candidate.parts:
            lower = part.lower()
            for prefix, name in _SYNCED_PREFIXES.items():
                if lower == prefix or lower.startswith((f"{prefix} ", f"{prefix}-")):
                    return name
        for variable in _ONEDRIVE_VARIABLES:
            root = os.environ.get(variable)
            if root and candidate.is_relative_to(Path(root)):
                return "OneDrive"
    return ""


def place_risks(target: Path, vault_path: Path) -> PlaceRisks:
    """What is wrong with writing a secret to `target` (a file path) on this computer."""
    folder = target.parent
    here, vault = _device(folder), _device(vault_path.parent)
    same_disk = here is not None and here == vault
    return PlaceRisks(same_disk=same_disk, synced_by=synced_service(folder))


def removable_folders() -> list[Path]:
    """Mounted USB sticks and other removable volumes, best guess per platform."""
    if sys.platform == "win32":
        return _windows_removable_drives()
    roots: list[Path] = []
    user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
    if sys.platform == "darwin":
        roots.append(Path("/Volumes"))
    else:
        roots += [Path("/media") / user, Path("/run/media") / user, Path("/media")]
    system = _device(Path("/"))
    found: list[Path] = []
    for root in roots:
        with contextlib.suppress(OSError):
            for entry in sorted(root.iterdir()):
                if entry.is_dir() and os.path.ismount(entry) and _device(entry) != system:
                    found.append(entry)
    return list(dict.fromkeys(found))


def _windows_removable_drives() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    removable = 2  # DRIVE_REMOVABLE
    drives = []
    bitmask = kernel32.GetLogicalDrives()
    for index, letter in enumerate(string.ascii_uppercase):
        if bitmask & (1 << index):
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(root) == removable:
                drives.append(Path(root))
    return drives
