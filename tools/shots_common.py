"""The set-up the screenshot scripts in tools/ share (imported by them, not run on its own).

Making a throwaway demo vault through the real CLI, starting the app with the real window
(theme, fonts, language, a worker and the dialog seam), unlocking it, waiting without
blocking Qt, and saving grabs as PNGs into the output folder (printing each path).

Qt and the ui package are imported inside the functions: the scripts set environment
variables (fast KDF, VERTROUWEN_TODAY) before anything of the app is loaded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
PASSPHRASE = "blauwe fiets onder de brug"  # noqa: S105 - a throwaway demo vault


def parser_with(size: str | None = None) -> argparse.ArgumentParser:
    """OUT_DIR and --lang (and --size with this default) that every script takes."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="nl")
    if size is not None:
        parser.add_argument("--size", default=size)
    return parser


def prepare(args: argparse.Namespace) -> None:
    """Make the output folder; a demo vault needs no slow key derivation."""
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("VERTROUWEN_INSECURE_FAST_KDF", "1")
    os.environ.setdefault("VERTROUWEN_TEST_HARNESS", "1")


def run_cli(vault: Path, secret: Path, *command: str) -> None:
    """`vertrouwen --vault V --passphrase-file S COMMAND...`, quietly, failing loudly."""
    base = [sys.executable, "-m", "vertrouwen", "--vault", str(vault), "--passphrase-file"]
    subprocess.run([*base, str(secret), *command], check=True, capture_output=True, cwd=ROOT)


def make_vault(folder: Path, cases: int = 0, nested: bool = False) -> Path:
    """A new vault with PASSPHRASE (and `cases` demo cases) in `folder`.

    nested puts it in folder/Vertrouwen/, the default place's shape, for screens that show
    the path.
    """
    vault = folder / "Vertrouwen" / "vault.db" if nested else folder / "vault.db"
    vault.parent.mkdir(parents=True, exist_ok=True)
    secret = folder / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    run_cli(vault, secret, "init")
    if cases:
        run_cli(vault, secret, "demo", "--cases", str(cases))
    return vault


def given_or_new_vault(
    args: argparse.Namespace, folder: Path, nested: bool = False
) -> tuple[Path, str]:
    """--vault with --passphrase-file when given, else a new demo vault with args.cases."""
    if args.vault:
        return args.vault, args.passphrase_file.read_text(encoding="utf-8").strip()
    return make_vault(folder, args.cases, nested), PASSPHRASE


class Shots:
    """The app with its real window on `vault`, and the ways to wait and to photograph it.

    shot_ms is how long shot() lets the window paint first, settled_ms how long wait_for()
    lets it settle after its condition holds, wait_ms how long wait_for() waits at most; the
    scripts were tuned with slightly different values.
    """

    def __init__(
        self,
        out: Path,
        vault: Path,
        prefs: Path,
        lang: str,
        size: str = "1280x820",
        *,
        at_origin: bool = False,
        shot_ms: int = 300,
        settled_ms: int = 300,
        wait_ms: int = 30000,
    ) -> None:
        from ui.core import theme
        from ui.qt import QApplication

        self.app = QApplication(sys.argv[:1])
        # As in ui.app: the scheme (VERTROUWEN_COLOR_SCHEME) before the style sheets are read.
        theme.configure_for(self.app)
        from ui.core.assets import app_icon, load_fonts
        from ui.core.i18n import Preferences, Translator
        from ui.core.worker import VaultWorker
        from ui.kit.dialogs import Dialogs
        from ui.shell.window import AppWindow

        self.out = out
        self.shot_ms = shot_ms
        self.settled_ms = settled_ms
        self.wait_ms = wait_ms
        self.app.setWindowIcon(app_icon())
        theme.apply_theme(self.app, load_fonts())
        self.prefs = Preferences(prefs)
        self.translator = Translator(self.app)
        self.translator.install(lang)
        self.worker = VaultWorker()
        self.dialogs = Dialogs()
        self.window = AppWindow(
            self.worker, self.dialogs, self.prefs, self.translator, vault, watch_os=False
        )
        self.width, self.height = (int(n) for n in size.split("x"))
        self.window.resize(self.width, self.height)
        if at_origin:  # for grabs of the screen, which start at its corner
            self.window.move(0, 0)
        self.window.show()

    def settle(self, ms: int = 300) -> None:
        """Let Qt run for ms (painting, queued signals, the worker's replies)."""
        from ui.qt import QTimer

        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(ms)
        while timer.isActive():
            self.app.processEvents()

    def wait_for(self, condition: Callable[[], object], timeout_ms: int | None = None) -> None:
        waited = 0
        limit = self.wait_ms if timeout_ms is None else timeout_ms
        while not condition() and waited < limit:
            self.settle(50)
            waited += 50
        self.settle(self.settled_ms)

    def save(self, widget: Any, name: str) -> Path:
        """Grab the widget now (no waiting) into OUT/name.png."""
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    def shot(self, name: str, widget: Any = None) -> Path:
        """Let it paint, then grab the widget (the window by default)."""
        self.settle(self.shot_ms)
        return self.save(widget or self.window, name)

    def photo_answer(
        self,
        name: str,
        result: object = 0,
        prepare: Callable[[Any], object] | None = None,
        settle_ms: int = 300,
    ) -> Callable[[Any], object]:
        """A pre-answer for the dialog seam (Dialogs.answer_next): prepare the dialog, show
        it, photograph it as name.png, hide it and answer result."""

        def answer(dialog: Any) -> object:
            if prepare is not None:
                prepare(dialog)
            dialog.show()
            self.settle(settle_ms)
            self.save(dialog, name)
            dialog.hide()
            return result

        return answer

    def unlock(self, passphrase: str) -> Any:
        """Unlock on the unlock screen and wait for the shell; returns the shell."""
        screen = self.window.unlock_screen
        assert screen is not None
        screen.passphrase.setText(passphrase)
        screen.unlock()
        self.wait_for(lambda: self.window.shell is not None)
        return self.window.shell

    def worker_result(self, fn: Callable[[Any], object]) -> Any:
        """Run fn(workspace) on the worker and wait for its answer."""
        box: dict[str, object] = {}
        self.worker.submit(fn, lambda r: box.setdefault("r", r), lambda e: box.setdefault("e", e))
        self.wait_for(lambda: bool(box), timeout_ms=self.wait_ms)
        if "e" in box:
            raise box["e"]  # type: ignore[misc]
        return box["r"]

    def close(self) -> None:
        self.window.close()
        self.worker.shutdown()
