"""Benchmark: start-up of the command line and the desktop app (not part of the test run).

    .venv/bin/python bench/bench_startup.py [--repeat R] [--no-gui]

Builds a small fictional vault once (`vertrouwen init` + `demo --cases 25`) under
/tmp/vertrouwen-bench-startup/ and times, as wall time of a fresh process from start to exit:
- `vertrouwen --version`, `verify`, `export`, `advice` and `stats` (`python -m vertrouwen`),
  as ratios to two floors measured in the same run: `python -c pass` (the interpreter alone)
  and `python -c "import sqlite3"` (plus a database module);
- the desktop app until its first window is exposed (offscreen; the unlock screen), as a ratio
  to a bare `QWidget().show()` in a fresh process, with the same hook in both.
All runs go round-robin, R rounds after one warm-up round, so a busy machine slows every row
alike; the table shows the median and the best. The vault's key slot uses the fast test KDF,
so the numbers are start-up, not the deliberate ~0.5-1 s of Argon2id a real passphrase costs.

It also lists the heavy modules each command has loaded when it ends (the GUI: when its window
first shows) and fails (exit 1) when `verify` or `export` load Qt, deduce or reportlab.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path("/tmp/vertrouwen-bench-startup")
PASSPHRASE = "bench passphrase for fictional cases"
TODAY = "2026-06-15"
CODE = "VP-2025-0001"  # a case `demo` always makes (it spreads cases over four years)

HEAVY = (
    "PySide6", "shiboken6", "deduce", "docdeid", "reportlab", "PIL", "numpy", "jsonschema",
    "holidays", "icalendar", "phonenumbers", "stdnum", "keyring", "pypdf", "tomllib",
)  # fmt: skip
FORBIDDEN = {
    "verify": ("PySide6", "deduce", "reportlab"),
    "export": ("PySide6", "deduce", "reportlab"),
}

# Runs the real `cli.main` and prints the names of the loaded modules as JSON on stdout.
MODULES_WRAPPER = """
import contextlib, io, json, sys
from vertrouwen.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

# A fresh process that shows either a bare QWidget or the real app (`vertrouwen gui`), and at
# the first expose of a top-level window prints CLOCK_MONOTONIC (shared by all processes, so the
# parent subtracts its own start time) and the loaded modules, then leaves at once. Both modes
# import the same PySide6 modules for the hook (the app imports the rest itself).
GUI_WRAPPER = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

def done():
    print(json.dumps({"shown": time.monotonic(), "modules": sorted(sys.modules)}), flush=True)
    os._exit(0)

class FirstExpose(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            QTimer.singleShot(0, done)  # after the expose is handled: the window is painted
        return False

app = QApplication(sys.argv[:1])
hook = FirstExpose()
app.installEventFilter(hook)
if sys.argv[1] == "bare":
    window = QWidget()
    window.resize(960, 640)
    window.show()
    app.exec()
else:
    from vertrouwen.cli import main
    main(["gui", "--vault", sys.argv[2]])
"""


def _env() -> dict[str, str]:
    env = dict(
        os.environ,
        VERTROUWEN_TODAY=TODAY,
        VERTROUWEN_INSECURE_FAST_KDF="1",
        VERTROUWEN_TEST_HARNESS="1",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(FOLDER / "config"),  # the app's QSettings: never the user's own
    )
    env.pop("VERTROUWEN_PASSPHRASE", None)
    return env


def build() -> Path:
    """The small demo vault, built when missing."""
    vault = FOLDER / "vault.db"
    secret = FOLDER / "passphrase.txt"
    if vault.exists():
        return vault
    FOLDER.mkdir(parents=True, exist_ok=True)
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    base = [sys.executable, "-m", "vertrouwen", "--vault", str(vault), "--passphrase-file"]
    for args in (["init"], ["demo", "--cases", "25"]):
        subprocess.run(
            [*base, str(secret), *args], check=True, cwd=ROOT, env=_env(), capture_output=True
        )
    return vault


def commands(vault: Path) -> dict[str, list[str]]:
    """Label -> the arguments after `python`."""
    vault_args = ["--vault", str(vault), "--passphrase-file", str(FOLDER / "passphrase.txt")]
    cli = ["-m", "vertrouwen"]
    return {
        "python -c pass (floor)": ["-c", "pass"],
        "python -c 'import sqlite3'": ["-c", "import sqlite3"],
        "--version": [*cli, "--version"],
        "verify": [*cli, "verify", *vault_args],
        "export": [*cli, "export", CODE, "--out", str(FOLDER / "export.json"), *vault_args],
        "advice": [*cli, "advice", CODE, *vault_args],
        "stats": [*cli, "stats", "--year", "2025", *vault_args],
    }


def run_once(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *args],
        check=True, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def gui_once(mode: str, vault: Path) -> tuple[float, list[str]]:
    """Seconds from spawning the process to its first window shown, and its modules then."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", GUI_WRAPPER, mode, str(vault)],
        check=True, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["shown"] - start, report["modules"]


def modules_of(args: list[str]) -> list[str]:
    """The modules a command has loaded when it ends (its real `cli.main`, in a fresh process)."""
    cli_args = args[2:] if args[:2] == ["-m", "vertrouwen"] else None
    if cli_args is None:
        return []
    done = subprocess.run(
        [sys.executable, "-c", MODULES_WRAPPER, *cli_args],
        check=True, cwd=ROOT, env=_env(), capture_output=True, text=True,
    )  # fmt: skip
    report = json.loads(done.stdout)
    if report["code"] not in (0, None):
        raise SystemExit(f"{' '.join(cli_args)} exited {report['code']} in the module check")
    modules: list[str] = report["modules"]
    return modules


def heavy(modules: list[str]) -> str:
    present = {m.split(".")[0] for m in modules}
    return " ".join(h for h in HEAVY if h in present) or "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()

    vault = build()
    runs = commands(vault)
    times: dict[str, list[float]] = {label: [] for label in runs}
    gui_times: dict[str, list[float]] = {"bare": [], "app": []}
    gui_modules: dict[str, list[str]] = {}
    for round_ in range(args.repeat + 1):  # round 0 warms the page cache and is dropped
        for label, cmd in runs.items():
            took = run_once(cmd)
            if round_:
                times[label].append(took)
        if not args.no_gui:
            for mode in gui_times:
                took, gui_modules[mode] = gui_once(mode, vault)
                if round_:
                    gui_times[mode].append(took)

    floor = statistics.median(times["python -c pass (floor)"])
    sqlite_floor = statistics.median(times["python -c 'import sqlite3'"])
    print(f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"CLI start to exit, {args.repeat} rounds (ms; ratios of medians)\n")
    print(f"{'command':28}{'median':>8}{'best':>8}{'x pass':>8}{'x sqlite3':>10}  heavy modules")
    failures = []
    for label, cmd in runs.items():
        median = statistics.median(times[label])
        modules = modules_of(cmd)
        loaded = {m.split(".")[0] for m in modules}
        bad = [m for m in FORBIDDEN.get(label, ()) if m in loaded]
        failures += [f"{label} imports {m}" for m in bad]
        shown = f"{heavy(modules)} ({len(modules)} modules)" if modules else ""
        print(
            f"{label:28}{median * 1e3:>8.0f}{min(times[label]) * 1e3:>8.0f}"
            f"{median / floor:>8.2f}{median / sqlite_floor:>10.2f}  {shown}"
        )
    if not args.no_gui:
        bare = statistics.median(gui_times["bare"])
        print(f"\nGUI start to first window shown (offscreen), {args.repeat} rounds\n")
        print(f"{'':28}{'median':>8}{'best':>8}{'x bare':>8}  heavy modules at first show")
        for mode, label in (("bare", "bare QWidget().show() (floor)"), ("app", "vertrouwen gui")):
            median = statistics.median(gui_times[mode])
            mods = gui_modules[mode]
            print(
                f"{label:28}{median * 1e3:>8.0f}{min(gui_times[mode]) * 1e3:>8.0f}"
                f"{median / bare:>8.2f}  {heavy(mods)} ({len(mods)} modules)"
            )
    if failures:
        print("\nFAIL: " + "; ".join(failures))
        return 1
    print("\nverify and export load neither Qt, nor deduce, nor reportlab.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
