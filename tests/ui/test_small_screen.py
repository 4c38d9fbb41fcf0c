"""The windows and dialogs on the screens of ordinary laptops: tests/ui/small_screen.py run
in a Qt of its own on a 1366x768 screen, and on 1920x1080 at 125% and 150% scaling."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("screen", "scale"),
    [
        ("screen_1366x768.json", "1"),
        ("screen_1920x1080.json", "1.25"),
        ("screen_1920x1080.json", "1.5"),
    ],
)
def test_everything_fits_a_small_screen(screen: str, scale: str) -> None:
    config = ROOT / "tests" / "data" / screen
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=scale,
        PYTHONPATH=str(ROOT),
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
         str(ROOT / "tests" / "ui" / "small_screen.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout
