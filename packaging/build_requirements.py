#!/usr/bin/env python3
"""What a build environment installs, from pyproject.toml: `python packaging/build_requirements.py`.

Prints the app's run-time dependencies plus the `packaging` extra (PyInstaller), one per line,
for `pip install -r`. The app's own code is taken from the clone by the spec, so the project
itself is not installed (no second, possibly stale copy to pick up). With `--version` it prints
`version=<the project's version>` instead (the CI workflow's step output).
Standard library only, so it runs with any Python 3.11+.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def project() -> dict[str, object]:
    meta: dict[str, object] = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return meta


def requirements() -> list[str]:
    meta = project()
    deps = list(meta["dependencies"])  # type: ignore[call-overload]
    extras: dict[str, list[str]] = meta.get("optional-dependencies", {})  # type: ignore[assignment]
    return deps + list(extras["packaging"])


def main(argv: list[str]) -> int:
    if argv == ["--version"]:
        print(f"version={project()['version']}")
    elif not argv:
        print("\n".join(requirements()))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
