"""`vertrouwen gui` (and plain `vertrouwen`): the desktop app."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable

from vertrouwen.errors import VertrouwenError


def run(args: argparse.Namespace) -> int:
    if _no_display():
        # Qt would abort the process (status 134, a core dump) with several lines of its own
        raise VertrouwenError(
            "no graphical display to show the desktop app on; start it in a desktop session, "
            "or use the commands (vertrouwen --help)"
        )
    # Imported by name so the core's type check stays within vertrouwen/ (ui/ is Qt code).
    run_app: Callable[..., int] = importlib.import_module("ui.app").run_app
    return run_app(vault_option=args.vault)


def _no_display() -> bool:
    """True on a Linux/BSD machine without X11 or Wayland, unless Qt is told to draw elsewhere."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
