"""Crash trials: kill commands at random moments and check that nothing is lost or half-made.

    .venv/bin/python bench/crash_trials.py [--trials 120] [--seed 1]

Each trial copies a small vault, starts one command (init, restore, backup, import, passwd,
destroy, export, handover), kills it with SIGKILL after a random fraction of the time that
command takes, then runs the next command a user would run and checks the invariants:

- the vault verifies and holds either the old or the new content (import, destroy: all or
  nothing); exactly one of the old and new passphrase opens it (passwd);
- a vault being made (init, restore) is either absent or complete and opens, after the next
  run, which also says what it found;
- an output file (backup, export, handover) is absent or complete and valid;
- no temp file, staging file or plaintext copy is left once the next run is done.

Prints one line per failure and a summary `trials: N, failures: M`; exit 1 on any failure.
Not part of the test run (it takes minutes); tests/acceptance/test_nothing_lost.py kills the
same commands at chosen points instead.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASS = "crash trials long passphrase"
NEW_PASS = "the new passphrase after a change"
ENV = dict(
    os.environ,
    VERTROUWEN_INSECURE_FAST_KDF="1",
    VERTROUWEN_TEST_HARNESS="1",
    VERTROUWEN_TODAY="2026-06-15",
)
ENV.pop("VERTROUWEN_PASSPHRASE", None)
TEMP_MARKS = (".vertrouwen-tmp", ".placing", ".tmp")


def cli(*args: str, folder: Path, passfile: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--passphrase-file", str(passfile or folder / "pass.txt")]
    return subprocess.run(
        [sys.executable, "-m", "vertrouwen", *args, *extra],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def start(*args: str, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "vertrouwen", *args, "--passphrase-file", str(folder / "pass.txt")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )


def temps(folder: Path) -> list[str]:
    return [
        p.name for p in folder.rglob("*") if p.name.startswith(".") and p.name.endswith(TEMP_MARKS)
    ]


def count_cases(vault: Path, folder: Path, passfile: Path | None = None) -> int | None:
    result = cli("verify", "--vault", str(vault), folder=folder, passfile=passfile)
    if result.returncode != 0:
        return None
    return int(result.stdout.split("; ")[-1].split()[0])


class Template:
    """A vault with a few cases, a backup of it and an import file, made once."""

    def __init__(self, base: Path) -> None:
        self.base = base
        (base / "pass.txt").write_text(PASS + "\n", encoding="utf-8")
        (base / "new.txt").write_text(NEW_PASS + "\n", encoding="utf-8")
        vault = base / "vault.db"
        out = cli("init", "--vault", str(vault), folder=base)
        assert out.returncode == 0, out.stderr
        assert cli("demo", "--cases", "30", "--vault", str(vault), folder=base).returncode == 0
        assert cli("backup", "--out", str(base / "b.vbak"), "--vault", str(vault), folder=base)
        export = cli(
            "export",
            "VP-2026-0001",
            "--out",
            str(base / "one.json"),
            "--vault",
            str(vault),
            folder=base,
        )
        assert export.returncode == 0, export.stderr
        doc = json.loads((base / "one.json").read_text(encoding="utf-8"))
        case = doc["cases"][0]
        case.pop("code", None)
        doc["cases"] = [case] * 40
        (base / "many.json").write_text(json.dumps(doc), encoding="utf-8")

    def copy_to(self, folder: Path) -> Path:
        for name in ("vault.db", "vault.db.keys", "pass.txt", "new.txt", "b.vbak", "many.json"):
            shutil.copy2(self.base / name, folder / name)
        return folder / "vault.db"


def command_args(command: str, folder: Path, vault: Path) -> list[str]:
    """The command line of one trial, on the copies in `folder`."""
    return {
        "init": ["init", "--vault", str(folder / "new" / "v.db")],
        "restore": ["restore", str(folder / "b.vbak"), "--to", str(folder / "r.db")],
        "backup": ["backup", "--out", str(folder / "out.vbak"), "--vault", str(vault)],
        "import": ["import", str(folder / "many.json"), "--vault", str(vault)],
        "passwd": [
            "passwd",
            "--new-passphrase-file",
            str(folder / "new.txt"),
            "--vault",
            str(vault),
        ],
        "destroy": ["destroy", "VP-2026-0002", "--yes", "--vault", str(vault)],
        "export": [
            "export",
            "VP-2026-0003",
            "--out",
            str(folder / "x.json"),
            "--vault",
            str(vault),
        ],
        "handover": [
            "handover",
            "VP-2026-0004",
            "--out",
            str(folder / "h.pkg"),
            "--vault",
            str(vault),
        ],
    }[command]


def trial(command: str, folder: Path, template: Template, fraction: float, typical: float) -> str:
    vault = template.copy_to(folder)
    proc = start(*command_args(command, folder, vault), folder=folder)
    time.sleep(typical * fraction)
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate()
    return check(command, folder, vault, proc.returncode == 0, out)


def check(command: str, folder: Path, vault: Path, finished: bool, out: str) -> str:
    """'' when all holds, else what failed."""
    if command == "init":
        target = folder / "new" / "v.db"
        again = cli("verify", "--vault", str(target), folder=folder)
        if target.exists():
            if again.returncode != 0:
                return f"init: a vault exists but does not verify: {again.stderr.strip()}"
            if "recovery key: " not in out:
                return "init: a vault exists whose recovery key was never shown"
        elif (folder / "new").exists() and temps(folder / "new"):
            return f"init: left {temps(folder / 'new')} after the next run"
        return ""
    if command == "restore":
        target = folder / "r.db"
        again = cli("restore", str(folder / "b.vbak"), "--to", str(target), folder=folder)
        if again.returncode not in (0, 4):
            return f"restore again: exit {again.returncode}: {again.stderr.strip()}"
        if count_cases(target, folder) != 30:
            return "restore: the restored vault is not whole"
        if temps(folder):
            return f"restore: left {temps(folder)}"
        return ""
    before = 30
    if command == "passwd":
        old = count_cases(vault, folder)
        new = count_cases(vault, folder, folder / "new.txt")
        if (old is None) == (new is None):
            return f"passwd: old opens={old is not None}, new opens={new is not None}"
        return ""
    cases = count_cases(vault, folder)
    if cases is None:
        return f"{command}: the vault does not verify after the kill"
    allowed = {
        "import": {before, before + 40},
        "destroy": {before, before - 1},
    }.get(command, {before})
    if cases not in allowed:
        return f"{command}: {cases} cases, expected one of {sorted(allowed)}"
    if command == "backup":
        out_file = folder / "out.vbak"
        if out_file.exists():
            from vertrouwen.backup.container import inspect_backup

            try:
                inspect_backup(out_file)
            except Exception as exc:
                return f"backup: a half-made backup is in place ({exc})"
        again = cli(
            "backup", "--out", str(folder / "out2.vbak"), "--vault", str(vault), folder=folder
        )
        if again.returncode != 0:
            return f"backup again: {again.stderr.strip()}"
    if command in ("export", "handover"):
        out_file = folder / ("x.json" if command == "export" else "h.pkg")
        if out_file.exists():
            data = out_file.read_bytes()
            if command == "export":
                try:
                    json.loads(data)
                except ValueError:
                    return "export: a half-written file is in place"
            else:
                from vertrouwen.export.handover import check_package

                try:
                    check_package(data, "h.pkg")
                except Exception:
                    return "handover: a half-written package is in place"
    left = temps(folder)
    if left:
        return f"{command}: left {left} after the next run"
    return ""


def typical_seconds(command: str, template: Template) -> float:
    """How long the command takes when it runs to the end (kill times are fractions of it)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault = template.copy_to(folder)
        started = time.perf_counter()
        result = cli(*command_args(command, folder, vault), folder=folder)
        assert result.returncode == 0, (command, result.stderr)
        return time.perf_counter() - started


COMMANDS = ("init", "restore", "backup", "import", "passwd", "destroy", "export", "handover")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=120)
    parser.add_argument("--seed", type=int, default=1)
    opts = parser.parse_args()
    rng = random.Random(opts.seed)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        template = Template(Path(tmp))
        typical = {c: typical_seconds(c, template) for c in COMMANDS}
        print("typical seconds:", {c: round(t, 2) for c, t in typical.items()})
        for n in range(opts.trials):
            command = COMMANDS[n % len(COMMANDS)]
            fraction = rng.uniform(0.05, 1.1)
            with tempfile.TemporaryDirectory() as run_tmp:
                problem = trial(command, Path(run_tmp), template, fraction, typical[command])
            if problem:
                failures += 1
                print(f"FAIL trial {n} ({command} killed at {fraction:.2f}): {problem}")
    print(f"trials: {opts.trials}, failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
