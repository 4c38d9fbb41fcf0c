#!/usr/bin/env python3
"""Smoke test of a built bundle: `python3 packaging/smoke_test.py dist/Vertrouwen`.

Runs the bundled program the way a user or IT would, with nothing of the project on the path
and HOME pointing at a scratch folder (so no real vault, keychain or settings are touched):
`--version`, `scan` on a sample text (timing the first scan: the prebuilt detector tables must
load, not be rebuilt), `init` and `verify` on a temporary vault, and the GUI started offscreen
for a few seconds. Prints the bundle's size, its largest parts and the start-up times.
Uses the standard library only. Exit status 0 when every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SAMPLE = (
    "Gesprek met moeder over de klacht. Zij belde vanaf 06-12345678 en mailde "
    "j.devries@example.nl. Jan de Vries woont aan de Kerkstraat 12 in Utrecht. "
    "BSN 111222333, rekening NL91ABNA0417164300.\n"
)
SAMPLE_KINDS = {"phone", "email", "bsn", "iban"}  # found without names; deduce adds name/address
GUI_SECONDS = 8.0
FIRST_SCAN_LIMIT = 45.0  # loading the tables takes seconds; building them takes minutes


class Smoke:
    def __init__(self, bundle: Path, scratch: Path) -> None:
        exe = bundle / ("vertrouwen-cli.exe" if os.name == "nt" else "vertrouwen")
        self.exe = exe
        self.bundle = bundle
        self.scratch = scratch
        self.failures: list[str] = []
        self.env = self._env(scratch)

    @staticmethod
    def _env(scratch: Path) -> dict[str, str]:
        drop = {
            "VIRTUAL_ENV",
            "PYTHONPATH",
            "PYTHONHOME",
            "VERTROUWEN_VAULT",
            "VERTROUWEN_PASSPHRASE",
            "VERTROUWEN_INSECURE_FAST_KDF",
            "VERTROUWEN_TODAY",
        }
        env = {k: v for k, v in os.environ.items() if k not in drop}
        home = scratch / "home"
        home.mkdir()
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            LANG="nl_NL.UTF-8",
        )
        return env

    def run(
        self, label: str, *args: str, stdin: str | None = None, timeout: float = 180
    ) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.perf_counter()
        result = subprocess.run(
            [str(self.exe), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.scratch,
            timeout=timeout,
        )
        elapsed = time.perf_counter() - started
        status = "ok" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
        print(f"  {label}: {status} in {elapsed:.2f} s")
        if result.returncode != 0:
            self.failures.append(label)
            for line in (result.stderr.strip().splitlines() or ["(no output on stderr)"])[-8:]:
                print(f"    | {line}")
        return result, elapsed

    def fail(self, label: str, why: str) -> None:
        self.failures.append(label)
        print(f"  {label}: FAILED: {why}")


def sizes(bundle: Path) -> None:
    def du(path: Path) -> int:
        if path.is_file() or path.is_symlink():
            return path.lstat().st_size
        return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())

    total = du(bundle)
    count = sum(1 for p in bundle.rglob("*") if p.is_file())
    print(f"bundle: {bundle} — {total / 2**20:.1f} MiB in {count} files")
    inner = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    # the biggest items one level down, and inside the big packages one level more
    items: list[tuple[int, str]] = []
    for entry in inner.iterdir():
        if entry.is_dir() and entry.name in {"PySide6", "deduce"}:
            items += [(du(p), str(p.relative_to(inner))) for p in entry.iterdir()]
            if entry.name == "PySide6":
                qt_lib = entry / "Qt" / "lib"
                if qt_lib.is_dir():
                    items = [i for i in items if i[1] != str(Path("PySide6/Qt"))]
                    items += [(du(p), str(p.relative_to(inner))) for p in qt_lib.iterdir()]
                    items += [
                        (du(p), str(p.relative_to(inner)))
                        for p in (entry / "Qt").iterdir()
                        if p.name != "lib"
                    ]
        else:
            items.append((du(entry), str(entry.relative_to(inner))))
    print("largest items:")
    for size, name in sorted(items, reverse=True)[:10]:
        print(f"  {size / 2**20:7.1f} MiB  {name}")


def check_version(s: Smoke, expect: str | None) -> None:
    times = []
    for i in range(3):
        result, elapsed = s.run(f"--version (run {i + 1})", "--version")
        times.append(elapsed)
        if result.returncode == 0 and i == 0:
            print(f"    -> {result.stdout.strip()}")
            if expect and result.stdout.strip() != f"vertrouwen {expect}":
                s.fail("--version", f"expected 'vertrouwen {expect}'")
    print(f"  start-up (--version): first {times[0]:.2f} s, then {min(times[1:]):.2f} s")


def check_scan(s: Smoke) -> None:
    sample = s.scratch / "notitie.txt"
    sample.write_text(SAMPLE, encoding="utf-8")
    cache = next(s.bundle.rglob("deduce/data/lookup/cache/lookup_structs.pickle"), None)
    if cache is None:
        s.fail("scan", "the prebuilt detector tables are not in the bundle")
        return
    before = {p: p.stat().st_mtime for p in s.bundle.rglob("*")}
    result, first = s.run("scan (first, loads the tables)", "scan", str(sample), "--json")
    if result.returncode != 0:
        return
    try:
        findings = json.loads(result.stdout)
    except json.JSONDecodeError:
        s.fail("scan", f"stdout is not JSON: {result.stdout[:200]!r}")
        return
    kinds = sorted({f["kind"] for f in findings})
    print(f"    -> {len(findings)} findings, kinds: {', '.join(kinds)}")
    if not set(kinds) >= SAMPLE_KINDS:
        s.fail("scan", f"expected at least {sorted(SAMPLE_KINDS)}")
    if "name" not in kinds:
        s.fail("scan", "no name found: the detector tables did not load")
    if first > FIRST_SCAN_LIMIT:
        s.fail("scan", f"first scan took {first:.0f} s: the tables were rebuilt, not loaded")
    after = {p: p.stat().st_mtime for p in s.bundle.rglob("*")}
    if after != before:
        s.fail("scan", "the bundle folder was written to (the tables were rebuilt)")
    _, again = s.run("scan (second, stdin)", "scan", "-", "--json", stdin=SAMPLE)
    print(f"  first scan {first:.2f} s (tables loaded, not rebuilt), second {again:.2f} s")


def check_vault(s: Smoke) -> Path:
    vault = s.scratch / "kluis" / "vault.db"
    vault.parent.mkdir()
    secret = s.scratch / "wachtwoordzin.txt"
    secret.write_text("correct paard batterij nietje rivier\n", encoding="utf-8")
    opts = ["--vault", str(vault), "--passphrase-file", str(secret)]
    result, _ = s.run("init", "init", *opts)
    if result.returncode == 0:
        if not re.search(r"^recovery key: [0-9a-fA-F -]{64,}$", result.stdout, re.MULTILINE):
            s.fail("init", "no 'recovery key: <KEY>' line on stdout")
        elif not vault.exists():
            s.fail("init", f"no vault at {vault}")
    result, _ = s.run("verify", "verify", *opts)
    if result.returncode == 0:
        print(f"    -> {result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ''}")
    wrong = s.scratch / "fout.txt"
    wrong.write_text("niet de goede\n", encoding="utf-8")
    result = subprocess.run(
        [str(s.exe), "verify", "--vault", str(vault), "--passphrase-file", str(wrong)],
        capture_output=True,
        text=True,
        env=s.env,
        timeout=120,
    )
    ok = result.returncode == 3
    verdict = "ok (exit 3)" if ok else f"FAILED (exit {result.returncode})"
    print(f"  verify, wrong passphrase: {verdict}")
    if not ok:
        s.failures.append("verify with a wrong passphrase")
    return vault


def check_gui(s: Smoke, vault: Path) -> None:
    gui = s.bundle / ("Vertrouwen.exe" if os.name == "nt" else "vertrouwen")
    env = dict(s.env, QT_QPA_PLATFORM="offscreen", VERTROUWEN_STARTUP_PROBE="1")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(gui), "--vault", str(vault)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=s.scratch,
    )
    lines: list[str] = []
    shown: list[float] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("vertrouwen-probe:") and not shown:
                shown.append(time.perf_counter() - started)
                print(f"    -> {line.strip()}")
            else:
                lines.append(line.rstrip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        code = proc.wait(timeout=GUI_SECONDS)
    except subprocess.TimeoutExpired:
        code = None
    if code is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    reader.join(timeout=5)
    problems = [ln for ln in lines if re.search(r"Traceback|Error|error:|Cannot|Could not", ln)]
    label = f"GUI offscreen for {GUI_SECONDS:.0f} s"
    if code is not None:
        s.fail(
            label,
            f"the app ended by itself after {time.perf_counter() - started:.1f} s with exit {code}",
        )
        if any("No module named 'ui.app'" in ln for ln in lines):
            print("    | ui/app.py (the desktop app's entry point) is not in this build yet")
    elif problems:
        s.fail(label, "errors on stderr")
    elif not shown:
        s.fail(label, "no window was painted")
    else:
        print(f"  {label}: ok, still running; first window painted {shown[0]:.2f} s after start")
    for line in (problems or (lines if code is not None else []))[-12:]:
        print(f"    | {line}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle, e.g. dist/Vertrouwen")
    parser.add_argument("--expect-version", help="the version --version must print")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    sizes(bundle)
    scratch = Path(tempfile.mkdtemp(prefix="vertrouwen-smoke-"))
    try:
        s = Smoke(bundle, scratch)
        if not s.exe.exists():
            print(f"smoke: no program at {s.exe}")
            return 1
        print("steps:")
        check_version(s, args.expect_version)
        check_scan(s)
        vault = check_vault(s)
        check_gui(s, vault)
    finally:
        if args.keep:
            print(f"scratch folder kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    if s.failures:
        print(f"smoke test FAILED: {', '.join(s.failures)}")
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
