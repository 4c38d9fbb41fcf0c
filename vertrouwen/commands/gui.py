"""`vertrouwen gui` (and plain `vertrouwen`): the desktop app."""

from __future__ import annotations

import argparse
import importlib
import os
import re
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
    try:
        run_app: Callable[..., int] = importlib.import_module("ui.app").run_app
        importlib.import_module(
            "ui.shell.window"
        )  # loads Qt's widgets and the system's libGL/libEGL
    except ImportError as exc:
        raise VertrouwenError(missing_library_message(str(exc))) from exc
    return run_app(vault_option=args.vault)


# Libraries Qt loads from the system, and the packages that bring them: (Debian/Ubuntu/Mint,
# Fedora, openSUSE, Arch). The commands need none of them.
SYSTEM_LIBRARIES = {
    "libGL.so.1": ("libgl1", "mesa-libGL", "Mesa-libGL1", "libglvnd"),
    "libEGL.so.1": ("libegl1", "mesa-libEGL", "Mesa-libEGL1", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libOpenGL0", "libglvnd"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx", "libGLX0", "libglvnd"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon0", "libxkbcommon"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "libdbus-1-3", "dbus"),
}
_GRAPHICS = ("libGL.so.1", "libEGL.so.1", "libOpenGL.so.0", "libGLX.so.0")


def missing_library_message(error: str) -> str:
    """What to install when Qt cannot load a system library (`error` is the ImportError's
    text, e.g. "libEGL.so.1: cannot open shared object file: No such file or directory")."""
    found = re.search(r"(lib[\w.+-]+\.so(?:\.\d+)*)", error)
    library = found.group(1) if found else ""
    if library in SYSTEM_LIBRARIES:
        wanted = (
            [library, *(lib for lib in _GRAPHICS if lib != library)]
            if library in _GRAPHICS
            else [library]
        )
        debian = " ".join(dict.fromkeys(SYSTEM_LIBRARIES[lib][0] for lib in wanted))
        fedora = " ".join(dict.fromkeys(SYSTEM_LIBRARIES[lib][1] for lib in wanted))
        suse = " ".join(dict.fromkeys(SYSTEM_LIBRARIES[lib][2] for lib in wanted))
        arch = " ".join(dict.fromkeys(SYSTEM_LIBRARIES[lib][3] for lib in wanted))
        return (
            f"the desktop app needs {library} from the system, which is not installed; "
            f"install it (Debian/Ubuntu/Mint: sudo apt install {debian}; Fedora: sudo dnf "
            f"install {fedora}; openSUSE: sudo zypper install {suse}; Arch: sudo pacman -S "
            f"{arch}) and start it again (the commands work without it: vertrouwen --help)"
        )
    what = library or "a library"
    return (
        f"the desktop app cannot start: {what} could not be loaded ({error.strip()[:120]}); "
        "the commands work without it (vertrouwen --help)"
    )


def _no_display() -> bool:
    """True on a Linux/BSD machine without X11 or Wayland, unless Qt is told to draw elsewhere."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
