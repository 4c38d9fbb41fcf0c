"""Refresh the translation files after changing UI strings (Dutch is the source language).

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over ui/ (keeping existing translations, marking new strings unfinished),
then pyside6-lrelease to compile the .qm the app loads. Translate the unfinished strings in
Qt Linguist (`pyside6-linguist resources/translations/vertrouwen_en.ts`) and run this again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "translations" / "vertrouwen_en.ts"


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)]
    lupdate += ["-source-language", "nl_NL", "-target-language", "en_GB"]
    subprocess.run(lupdate, cwd=ROOT, check=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
        cwd=ROOT,
        check=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
