"""Where the files in `resources/` are: the source tree, or the PyInstaller bundle.

Routes, the JSON Schema, translations, fonts and icons ship in `resources/` at the repository
root. In a bundle built from `packaging/vertrouwen.spec` they are copied to `resources/` inside
the bundle's data folder, which PyInstaller names in `sys._MEIPASS` (`_internal/` beside the
program; `Contents/Frameworks` in a macOS .app). Every lookup goes through `resource_path`, so
the same code works from a clone and from an installed app.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The `resources/` folder in use."""
    bundled = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside `resources/`: `resource_path("routes", "jeugdwet.toml")`."""
    return resource_root().joinpath(*parts)


def legal_path(name: str) -> Path:
    """`LICENSE` or `THIRD-PARTY-NOTICES`: at the repository root, or in a bundle beside the
    code (the spec puts them in the bundle's data folder, `sys._MEIPASS`)."""
    bundled = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if bundled:
        return Path(bundled) / name
    return Path(__file__).resolve().parent.parent / name
