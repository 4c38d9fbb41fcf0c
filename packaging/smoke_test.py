#!/usr/bin/env python3
"""Smoke test of a built bundle: `python3 packaging/smoke_test.py dist/Vertrouwen`.

Runs the bundled program the way a user or IT would, with nothing of the project on the path
and HOME pointing at a scratch folder (so no real vault, keychain or settings are touched):
`--version`, `scan` on a sample text (the privacy guard's word lists must be in the bundle and
deduce's code must not; the first scan must be quick and write nothing), `init` and `verify`
on a temporary vault, and the GUI started offscreen for a few seconds (and on a virtual X
server too, where Xvfb is installed).
Prints the bundle's size, its largest parts and the start-up times.
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
SAMPLE_KINDS = {"phone", "email", "bsn", "iban"}  # found without the word lists; they add names
# one case in the interchange format (shared/CONTRACT.md), with consent for a PDF
CASE = {
    "format": "vertrouwen-case",
    "version": 1,
    "cases": [
        {
            "opened": "2026-03-02",
            "client_role": "parent",
            "organisation": {"name": "Jeugdhulp Regio", "kind": "ambulant"},
            "regime": "jeugdwet",
            "topics": ["communication"],
            "goals": ["explanation"],
            "notes": [
                {
                    "id": "n1",
                    "date": "2026-03-02",
                    "kind": "conversation",
                    "minutes": 45,
                    "text": "Eerste gesprek. De ouder voelt zich niet gehoord.",
                }
            ],
            "complaint_points": [
                {"summary": "Geen reactie op vragen", "desired_outcome": "Uitleg", "verdict": None}
            ],
            "steps": [{"step": "signaal", "started": "2026-03-02", "ended": None, "outcome": None}],
            "consents": [
                {
                    "given": "2026-03-05",
                    "recipient": "Klachtencommissie",
                    "purpose": "formele klacht",
                    "scope": {"notes": "all", "complaint_points": True, "steps": True},
                    "withdrawn": None,
                }
            ],
        }
    ],
}
GUI_SECONDS = 8.0
FIRST_SCAN_LIMIT = 10.0  # a fresh scan process answers in about a second (bench/README.md)
# the name lists the privacy guard reads from deduce's package (vertrouwen/privacy/lexicon.py)
FIRST_NAMES = "deduce/data/lookup/src/names/lst_first_name/items.txt"


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
        if entry.is_dir() and entry.name == "PySide6":
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
    if next(s.bundle.rglob(FIRST_NAMES), None) is None:
        s.fail("scan", "the privacy guard's name lists are not in the bundle")
        return
    code = next(s.bundle.rglob("deduce/__init__.py*"), None) or next(s.bundle.rglob("numpy"), None)
    if code is not None:
        s.fail("scan", f"deduce's code or what only it needs is bundled: {code}")
    before = {p: p.lstat().st_mtime for p in s.bundle.rglob("*")}
    result, first = s.run("scan (first, loads the word lists)", "scan", str(sample), "--json")
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
        s.fail("scan", "no name found: the name lists did not load")
    if first > FIRST_SCAN_LIMIT:
        s.fail("scan", f"first scan took {first:.1f} s (limit {FIRST_SCAN_LIMIT:.0f} s)")
    after = {p: p.lstat().st_mtime for p in s.bundle.rglob("*")}
    if after != before:
        s.fail("scan", "the bundle folder was written to")
    _, again = s.run("scan (second, stdin)", "scan", "-", "--json", stdin=SAMPLE)
    print(f"  first scan {first:.2f} s, second {again:.2f} s")


def check_vault(s: Smoke, vault: Path) -> None:
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


def check_workflow(s: Smoke, vault: Path) -> None:
    """import, advice, export, pdf and stats: routes, holidays, the JSON Schema, fonts and
    PDF encryption as bundled."""
    opts = ["--vault", str(vault), "--passphrase-file", str(s.scratch / "wachtwoordzin.txt")]
    case = s.scratch / "zaak.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    result, _ = s.run("import", "import", str(case), *opts)
    code = result.stdout.strip().splitlines()[0] if result.returncode == 0 else ""
    if not re.fullmatch(r"VP-\d{4}-\d{4}", code):
        s.fail("import", f"no case code on stdout: {result.stdout[:80]!r}")
        return
    result, _ = s.run("advice", "advice", code, "--json", *opts)
    if result.returncode == 0 and not {"next", "deadlines"} <= json.loads(result.stdout).keys():
        s.fail("advice", "no next steps or deadlines in the JSON")
    out = s.scratch / "export.json"
    result, _ = s.run("export", "export", code, "--out", str(out), *opts)
    if (
        result.returncode == 0
        and json.loads(out.read_text(encoding="utf-8"))["cases"][0]["code"] != code
    ):
        s.fail("export", "the exported case has another code")
    pdf = s.scratch / "samenvatting.pdf"
    result, _ = s.run("pdf", "pdf", code, "--kind", "anonymous", "--out", str(pdf), *opts)
    if result.returncode == 0 and not pdf.read_bytes().startswith(b"%PDF"):
        s.fail("pdf", "the output is not a PDF")
    result, _ = s.run("stats", "stats", "--year", "2026", "--format", "json", *opts)
    if result.returncode == 0 and json.loads(result.stdout).get("cases") != 1:
        s.fail("stats", "expected 1 case in 2026")


def check_gui(s: Smoke, vault: Path, platform: str = "offscreen", **extra_env: str) -> None:
    # On Windows the console twin (vertrouwen-cli.exe) runs the same GUI and, unlike the
    # windowed Vertrouwen.exe, has a stderr for the probe's line.
    gui = s.exe
    env = dict(s.env, QT_QPA_PLATFORM=platform, VERTROUWEN_STARTUP_PROBE="1", **extra_env)
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
    label = f"GUI ({platform}) for {GUI_SECONDS:.0f} s"
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


def check_gui_x11(s: Smoke, vault: Path) -> None:
    """The GUI on a real (virtual) X server, as on a Linux desktop: Qt's xcb plugin and the X
    libraries in the bundle. Skipped where Xvfb is not installed."""
    xvfb = shutil.which("Xvfb")
    if not sys.platform.startswith("linux") or xvfb is None:
        print("  GUI (xcb): skipped (needs Linux and Xvfb: apt install xvfb)")
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            print("  GUI (xcb): skipped (Xvfb did not start)")
            return
        check_gui(s, vault, "xcb", DISPLAY=f":{display}")
    finally:
        server.terminate()
        server.wait(timeout=10)


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
        broken = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
        if broken:
            s.fail("bundle", f"{len(broken)} broken links, e.g. {broken[0].relative_to(bundle)}")
        vault = scratch / "kluis" / "vault.db"
        steps = [
            ("--version", lambda: check_version(s, args.expect_version)),
            ("scan", lambda: check_scan(s)),
            ("init/verify", lambda: check_vault(s, vault)),
            ("import/advice/export/pdf/stats", lambda: check_workflow(s, vault)),
            ("GUI", lambda: check_gui(s, vault)),
            ("GUI (xcb)", lambda: check_gui_x11(s, vault)),
        ]
        for label, step in steps:
            try:
                step()
            except Exception as exc:  # a step that cannot even run is a failure, not a crash
                s.fail(label, f"{type(exc).__name__}: {exc}")
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
