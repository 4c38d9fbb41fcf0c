"""Each command loads only what it needs (DESIGN.md: no Qt and no detector tables for commands
that do not use them; `verify` and `export` start in well under a second).

Every check runs the real `cli.main` in a fresh interpreter and then reads `sys.modules`, so
an import added anywhere on a command's path (the workspace, a repository, a helper) shows up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import VaultFiles, make_case

ROOT = Path(__file__).resolve().parents[2]

# Runs the command, swallowing its output, then prints every loaded module's name as JSON.
WRAPPER = """
import contextlib, io, json, sys
from vertrouwen.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

NEVER = ("PySide6", "shiboken6", "deduce", "docdeid", "reportlab", "numpy")  # no CLI command here
NO_VAULT = ("sqlcipher3", "argon2", "cryptography", "vertrouwen.workspace")
NO_PRIVACY = ("phonenumbers", "stdnum")
NO_DEADLINES = ("holidays",)
NO_ROUTES = ("vertrouwen.routes.loader", "tomllib")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("VERTROUWEN_PASSPHRASE", None)
    env.pop("VERTROUWEN_VAULT", None)
    return env


def _loaded(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args],
        capture_output=True, text=True, cwd=ROOT, env=_env(), check=True, timeout=120,
    )  # fmt: skip
    report = json.loads(done.stdout)
    assert report["code"] in (0, None), f"{args[0]} exited {report['code']}: {done.stderr}"
    modules: list[str] = report["modules"]
    return modules


def _present(modules: list[str], names: tuple[str, ...]) -> list[str]:
    """Which of `names` (packages or modules) were loaded."""
    return sorted({n for n in names for m in modules if m == n or m.startswith(n + ".")})


@pytest.fixture
def vault_args(vault: VaultFiles, tmp_path: Path) -> tuple[list[str], str]:
    """The global options for the test vault, and the code of the one case in it."""
    ws = vault.open()
    try:
        code = ws.cases.add(make_case())
    finally:
        ws.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(vault.passphrase + "\n", encoding="utf-8")
    return ["--vault", str(vault.path), "--passphrase-file", str(secret)], code


def test_version_opens_no_vault() -> None:
    modules = _loaded("--version")
    assert _present(modules, NEVER + NO_VAULT + NO_PRIVACY + NO_DEADLINES + NO_ROUTES) == []


@pytest.mark.parametrize("command", ["verify", "export"])
def test_verify_and_export_load_only_the_vault(
    command: str, vault_args: tuple[list[str], str], tmp_path: Path
) -> None:
    options, code = vault_args
    args = (
        ["verify"] if command == "verify" else ["export", code, "--out", str(tmp_path / "c.json")]
    )
    modules = _loaded(*args, *options)
    assert "vertrouwen.workspace" in modules  # the check ran the command, not just the parser
    assert _present(modules, NEVER + NO_PRIVACY + NO_DEADLINES + NO_ROUTES) == []


def test_stats_needs_no_reportlab_without_pdf(vault_args: tuple[list[str], str]) -> None:
    options, _code = vault_args
    modules = _loaded("stats", "--year", "2026", *options)
    assert "vertrouwen.reports.service" in modules
    assert _present(modules, NEVER + NO_PRIVACY + NO_DEADLINES) == []


def test_advice_needs_no_guard(vault_args: tuple[list[str], str]) -> None:
    options, code = vault_args
    modules = _loaded("advice", code, *options)
    assert "vertrouwen.routes.advice" in modules  # holidays too, once a term counts workdays
    assert _present(modules, NEVER + NO_PRIVACY) == []


def test_desktop_app_modules_leave_the_guard_and_calendar_for_later() -> None:
    # What `vertrouwen gui` imports before its first window: the number validators load with the
    # first scan (on a pool thread), the holiday tables with the first deadline, deduce and
    # reportlab when asked for.
    code = "import json, sys, ui.app, ui.shell.window\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, cwd=ROOT, env=_env(), check=True, timeout=120,
    )  # fmt: skip
    modules = json.loads(done.stdout)
    assert "PySide6" in modules
    late = ("deduce", "docdeid", "reportlab", "numpy", *NO_PRIVACY, *NO_DEADLINES)
    assert _present(modules, late) == []
    # Issue 16: what the unlock screen does not show loads after the first window (a thread
    # of its own imports the areas and the vault while the passphrase is typed): the vault's
    # Workspace, the areas, the first-start wizard, the PDF viewer and printing.
    after_first_window = (
        "vertrouwen.workspace",
        "ui.shell.compose",
        "ui.shell.first_start",
        "ui.features.cases",
        "ui.features.reports",
        "ui.features.routes",
        "ui.features.settings",
        "ui.features.today",
        "PySide6.QtPdf",
        "PySide6.QtPdfWidgets",
        "PySide6.QtPrintSupport",
        "pypdf",
    )
    assert _present(modules, after_first_window) == []


# Starts the real app (`vertrouwen gui`, offscreen) and reports the modules loaded, on any
# thread, when its first window is exposed, and again once the imports that follow it are done.
FIRST_WINDOW = """
import json, sys
from PySide6.QtGui import QWindow
from ui.qt import QApplication, QEvent, QObject, QTimer

app = QApplication(sys.argv[:1])
seen = {}

def settled():
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "AppWindow")
    if window.preload is None or window.preload.running:
        QTimer.singleShot(20, settled)
        return
    seen["after"] = sorted(sys.modules)
    print(json.dumps(seen), flush=True)
    window.close()

class FirstExpose(QObject):
    def eventFilter(self, obj, event):
        if "first" not in seen and event.type() == QEvent.Type.Expose and isinstance(obj, QWindow):
            seen["first"] = sorted(sys.modules)
            QTimer.singleShot(0, settled)
        return False

hook = FirstExpose()
app.installEventFilter(hook)
from vertrouwen.cli import main
main(["gui", "--vault", sys.argv[1]])
"""


def test_the_unlock_screen_shows_before_the_vault_backup_and_guard_code_load(
    vault: VaultFiles, tmp_path: Path
) -> None:
    """Issue 16: the first window (the unlock screen) loads neither the vault's code (the
    keychain-slot check waits for the first paint), nor the backup code, nor the privacy
    guard's module, nor Qt's network and D-Bus modules (the single-instance server and the
    screen-lock signals start after it); the background imports load them right after."""
    env = _env() | {"XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(vault.path)],
        capture_output=True, text=True, cwd=ROOT, env=env, check=True, timeout=120,
    )  # fmt: skip
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    not_yet = (
        "vertrouwen.workspace",
        "vertrouwen.vault",
        "vertrouwen.backup",
        "vertrouwen.privacy",
        "ui.kit.privacy.highlight",
        "ui.kit.help",
        "ui.core.crash_dialog",
        "ui.shell.areas",
        "PySide6.QtNetwork",
        "PySide6.QtDBus",
    )
    assert _present(seen["first"], not_yet) == []
    assert "ui.shell.unlock" in seen["first"]
    later = ("ui.kit.help", "ui.shell.areas", "vertrouwen.backup", "vertrouwen.workspace")
    assert _present(seen["after"], later) == list(later)
