"""Benchmark: start-up of the command line and the desktop app (not part of the test run).

    .venv/bin/python bench/bench_startup.py [--repeat R] [--no-gui | --gui-only]
                                            [--before TREE] [--bytecode]

Builds a small fictional vault once (`vertrouwen init` + `demo --cases 25`) under
/tmp/vertrouwen-bench-startup/ and times, as wall time of a fresh process from start to exit:
- `vertrouwen --version`, `verify`, `export`, `advice` and `stats` (`python -m vertrouwen`),
  as ratios to two floors measured in the same run: `python -c pass` (the interpreter alone)
  and `python -c "import sqlite3"` (plus a database module);
- the desktop app until its first window is exposed (offscreen; the unlock screen), as a ratio
  to a bare `QWidget().show()` in a fresh process, with the same hook in both: wall time from
  spawning the process, and the CPU time the process used by then (all its threads);
- with `--before TREE`, also the app of another source tree (e.g. `git archive main | tar -x -C
  /tmp/main-tree`), run by this venv's Python from that folder, in the same rounds;
- with `--bytecode`, every process uses compiled bytecode from a cache folder of its own
  (`PYTHONPYCACHEPREFIX`, filled by the warm-up round), as an installed program does; without
  it, whatever the environment says (a machine with `PYTHONDONTWRITEBYTECODE=1` compiles every
  module of a source tree at every start).
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
    report = {"shown": time.monotonic(), "cpu": time.process_time(), "modules": sorted(sys.modules)}
    print(json.dumps(report), flush=True)
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


BYTECODE = FOLDER / "bytecode"


def _env(bytecode: bool = False) -> dict[str, str]:
    env = dict(
        os.environ,
        VERTROUWEN_TODAY=TODAY,
        VERTROUWEN_INSECURE_FAST_KDF="1",
        VERTROUWEN_TEST_HARNESS="1",
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(FOLDER / "config"),  # the app's QSettings: never the user's own
    )
    env.pop("VERTROUWEN_PASSPHRASE", None)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
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


def gui_once(
    mode: str, vault: Path, tree: Path = ROOT, bytecode: bool = False
) -> tuple[float, float, list[str]]:
    """Seconds from spawning the process to its first window shown, the CPU seconds it used by
    then, and its modules then. `tree`: the source tree whose app runs (its folder comes first
    on the path)."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", GUI_WRAPPER, mode, str(vault)],
        check=True, cwd=tree, env=_env(bytecode), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["shown"] - start, report["cpu"], report["modules"]


def ours(modules: list[str]) -> int:
    return sum(1 for m in modules if m.split(".")[0] in ("ui", "vertrouwen"))


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
    parser.add_argument("--gui-only", action="store_true", help="the desktop app only")
    parser.add_argument("--before", type=Path, help="another source tree's app, same rounds")
    parser.add_argument("--bytecode", action="store_true", help="with compiled bytecode")
    args = parser.parse_args()

    vault = build()
    runs = {} if args.gui_only else commands(vault)
    times: dict[str, list[float]] = {label: [] for label in runs}
    trees = {"bare": ROOT, "app": ROOT}
    if args.before:
        trees = {"bare": ROOT, "before": args.before.resolve(), "app": ROOT}
    gui_times: dict[str, list[float]] = {mode: [] for mode in trees}
    gui_cpu: dict[str, list[float]] = {mode: [] for mode in trees}
    gui_modules: dict[str, list[str]] = {}
    for round_ in range(args.repeat + 1):  # round 0 warms the page cache and is dropped
        for label, cmd in runs.items():
            took = run_once(cmd)
            if round_:
                times[label].append(took)
        if not args.no_gui:
            for mode, tree in trees.items():
                took, cpu, gui_modules[mode] = gui_once(
                    "bare" if mode == "bare" else "app", vault, tree, args.bytecode
                )
                if round_:
                    gui_times[mode].append(took)
                    gui_cpu[mode].append(cpu)

    print(f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    failures = []
    if runs:
        failures = cli_table(runs, times, args.repeat)
    if not args.no_gui:
        code = "compiled bytecode" if args.bytecode else "bytecode as the environment says"
        if os.environ.get("PYTHONDONTWRITEBYTECODE") and not args.bytecode:
            code = "no bytecode caches: every module compiled at every start"
        bare = statistics.median(gui_times["bare"])
        bare_cpu = statistics.median(gui_cpu["bare"])
        print(f"\nGUI start to first window shown (offscreen), {args.repeat} rounds, {code}\n")
        print(
            f"{'':28}{'wall ms':>8}{'best':>8}{'x bare':>8}{'CPU ms':>8}{'x bare':>8}"
            "  ours  heavy modules at first show"
        )
        labels = {
            "bare": "bare QWidget().show() (floor)",
            "before": f"before ({args.before})",
            "app": "vertrouwen gui",
        }
        for mode in trees:
            median = statistics.median(gui_times[mode])
            cpu = statistics.median(gui_cpu[mode])
            mods = gui_modules[mode]
            print(
                f"{labels[mode][:27]:28}{median * 1e3:>8.0f}{min(gui_times[mode]) * 1e3:>8.0f}"
                f"{median / bare:>8.2f}{cpu * 1e3:>8.0f}{cpu / bare_cpu:>8.2f}"
                f"{ours(mods):>6}  {heavy(mods)} ({len(mods)} modules)"
            )
    if failures:
        print("\nFAIL: " + "; ".join(failures))
        return 1
    if runs:
        print("\nverify and export load neither Qt, nor deduce, nor reportlab.")
    return 0


def cli_table(runs: dict[str, list[str]], times: dict[str, list[float]], repeat: int) -> list[str]:
    floor = statistics.median(times["python -c pass (floor)"])
    sqlite_floor = statistics.median(times["python -c 'import sqlite3'"])
    print(f"CLI start to exit, {repeat} rounds (ms; ratios of medians)\n")
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
    return failures


if __name__ == "__main__":
    sys.exit(main())
