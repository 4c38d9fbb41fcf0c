"""Starting the desktop app: process hygiene, look, language, the worker and the window."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from vertrouwen.paths import VAULT_ENV, resolve_vault


def harden_process() -> None:
    """No core dumps (they would hold the key and decrypted notes) and no ptrace by others."""
    if os.name == "posix":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4: as KeePassXC does


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
    from ui import theme
    from ui.assets import app_icon, load_fonts
    from ui.clipboard import watch_clipboard
    from ui.dialogs import Dialogs
    from ui.i18n import Preferences, Translator
    from ui.qt import QApplication, QGuiApplication
    from ui.screen_fit import place_window
    from ui.single_instance import InstanceGuard
    from ui.window import AppWindow
    from ui.worker import VaultWorker

    QGuiApplication.setApplicationName("Vertrouwen")
    QGuiApplication.setApplicationDisplayName("Vertrouwen")
    QGuiApplication.setDesktopFileName("nl.vertrouwen.Vertrouwen")  # matches the .desktop file
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    watch_clipboard()
    theme.apply_theme(app, load_fonts())
    preferences = Preferences()
    translator = Translator(app)
    translator.install(preferences.language)
    vault_path = choose_vault(vault_option, preferences.vault_path)
    guard = InstanceGuard(vault_path)
    if not guard.acquire():
        print(
            f"Vertrouwen is already open for {vault_path}; that window was brought forward.",
            file=sys.stderr,
        )
        return 0
    worker = VaultWorker()
    window: AppWindow | None = None
    dialogs = Dialogs(lambda: window)
    window = AppWindow(worker, dialogs, preferences, translator, vault_path)
    place_window(window, preferences.geometry)  # remembered, else maximised on a laptop
    guard.activated.connect(window.bring_forward)
    window.show()
    try:
        return int(app.exec())
    finally:
        worker.shutdown()
        guard.release()
