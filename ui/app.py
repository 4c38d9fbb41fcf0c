"""Starting the desktop app: process hygiene, look, language, the worker and the window."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vertrouwen.paths import VAULT_ENV, resolve_vault

# Windows: SetErrorMode flags (no "program stopped working" box, whose report would carry a
# memory dump) and the per-user exclusion from Windows Error Reporting
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def keep_out_of_windows_error_reporting(
    load: Callable[[str], Any] | None = None, exe: str | None = None
) -> list[str]:
    """Windows: no crash dump of this process goes to Windows Error Reporting (it would hold
    the data key and decrypted notes). Returns what was switched off (tests fake `load`)."""
    if load is None:
        import ctypes

        # typeshed has WinDLL on Windows only (the ignore is unused there)
        load = ctypes.WinDLL  # type: ignore[attr-defined,unused-ignore]
    done: list[str] = []
    with contextlib.suppress(OSError, AttributeError):
        kernel32 = load("kernel32")
        kernel32.SetErrorMode(
            kernel32.GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
        )
        done.append("SetErrorMode")
    with contextlib.suppress(OSError, AttributeError):
        wer = load("wer")
        # per user (fAllUsers=FALSE), so no administrator rights are needed; S_OK is 0
        if wer.WerAddExcludedApplication(exe or sys.executable, False) == 0:
            done.append("WerAddExcludedApplication")
    return done


def harden_process() -> None:
    """No core dumps (they would hold the key and decrypted notes) and no ptrace by others."""
    if sys.platform == "win32":
        keep_out_of_windows_error_reporting()
    if os.name == "posix":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4: as KeePassXC does
    memory = memory_temp_folder()
    if memory is not None:
        os.environ["TMPDIR"] = str(memory)


def memory_temp_folder(environ: dict[str, str] | None = None) -> Path | None:
    """The per-user runtime folder when it lives in memory (tmpfs) and is private, else None.

    Qt's CUPS print engine writes every print job, a printed noodkaart included, to a file in
    TMPDIR before handing it to the print system (and deletes it after). Pointing TMPDIR at
    this folder keeps that file in RAM, so the key never reaches the disk, not even deleted.
    """
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if not runtime or not sys.platform.startswith("linux"):
        return None
    folder = Path(runtime)
    try:
        info = folder.stat()
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    if not folder.is_dir() or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    best, kind = "", ""
    for line in mounts:
        parts = line.split()
        if (
            len(parts) >= 3
            and folder.resolve().is_relative_to(parts[1])
            and len(parts[1]) > len(best)
        ):
            best, kind = parts[1], parts[2]
    return folder if kind in ("tmpfs", "ramfs") else None


def choose_vault(option: str | None, remembered: Path | None) -> Path:
    """The option, else the environment, else the vault used last time (if it exists), else the
    default location."""
    if option or os.environ.get(VAULT_ENV):
        return resolve_vault(option)
    if remembered is not None and remembered.exists():
        return remembered
    return resolve_vault(None)


def run_app(vault_option: str | None) -> int:
    """Run the desktop app until its window closes; returns the exit status."""
    harden_process()
    from ui.core import theme
    from ui.qt import QApplication, QGuiApplication

    QGuiApplication.setApplicationName("Vertrouwen")
    QGuiApplication.setApplicationDisplayName("Vertrouwen")
    QGuiApplication.setDesktopFileName("nl.vertrouwen.Vertrouwen")  # matches the .desktop file
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # never a bare QCoreApplication: we made it, or a test
    # The colours and font scale are read by style sheets at import time: decide them first.
    theme.configure_for(app)
    from ui.core.assets import app_icon, load_fonts
    from ui.core.clipboard import watch_clipboard
    from ui.core.collector import UiThreadCollector
    from ui.core.crash import CrashHandler
    from ui.core.i18n import Preferences, Translator
    from ui.core.single_instance import InstanceGuard
    from ui.core.worker import VaultWorker
    from ui.kit.dialogs import Dialogs
    from ui.kit.screen_fit import place_window
    from ui.shell.window import AppWindow

    app.setWindowIcon(app_icon())
    watch_clipboard()
    theme.apply_theme(app, load_fonts())
    preferences = Preferences()
    translator = Translator(app)
    translator.install(preferences.language)
    vault_path = choose_vault(vault_option, preferences.vault_path)
    guard = InstanceGuard(vault_path)
    if not guard.acquire(listen=False):
        print(
            f"Vertrouwen is already open for {vault_path}; that window was brought forward.",
            file=sys.stderr,
        )
        return 0
    UiThreadCollector(app)  # before any other thread: garbage is collected on this one only
    worker = VaultWorker()
    window: AppWindow | None = None
    dialogs = Dialogs(lambda: window)
    # from here on an exception nothing caught shows a dialog and leaves a report beside the
    # vault (a windowed Windows program has no stderr to print it to)
    crash = CrashHandler(lambda: vault_path.parent, lambda: window, parent=app)
    crash.install()
    worker.unexpected.connect(crash.report_exception)
    window = AppWindow(worker, dialogs, preferences, translator, vault_path)
    place_window(window, preferences.geometry)  # remembered, else maximised on a laptop
    guard.activated.connect(window.bring_forward)
    window.started.connect(guard.listen)  # later starts are heard from the first paint on
    window.show()
    try:
        return int(app.exec())
    finally:
        worker.shutdown()
        guard.release()
        crash.uninstall()
