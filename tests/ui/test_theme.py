"""The colour scheme follows the system (dark, high contrast) or the override, the dark and
high-contrast sets are readable (WCAG AA), and font sizes follow the system text size."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.core import theme
from ui.qt import QApplication, Qt

ROOT = Path(__file__).resolve().parents[2]


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# Text colour on the backgrounds it is drawn on in the style sheets.
TEXT_ON = [
    (text, ground)
    for text in ("INK", "MUTED", "FAINT", "PRIMARY", "DANGER", "WARNING", "SUCCESS")
    for ground in ("BACKGROUND", "SURFACE", "SIDEBAR", "HOVER", "ALT_BASE")
] + [
    ("ON_PRIMARY", "PRIMARY"),
    ("ON_PRIMARY", "PRIMARY_HOVER"),
    ("ON_PRIMARY", "DANGER"),
    ("INK", "PRIMARY_SOFT"),
    ("PRIMARY", "PRIMARY_SOFT"),
    ("DANGER", "DANGER_SOFT"),
    ("WARNING", "WARNING_SOFT"),
    ("WARNING_INK", "WARNING_SOFT"),
    ("SUCCESS", "SUCCESS_SOFT"),
    ("MUTED", "SUCCESS_SOFT"),
    ("INK", "MARK"),
    ("SURFACE", "INK"),  # tool tips
]


def test_a_light_palette_is_the_default() -> None:
    assert theme.SCHEME == "light"
    assert theme.LIGHT["INK"] == theme.INK


@pytest.mark.parametrize("scheme", ["dark", "contrast"])
def test_dark_and_high_contrast_text_meets_wcag_aa(scheme: str) -> None:
    palette = theme.PALETTES[scheme]
    assert palette.keys() == theme.LIGHT.keys()
    too_low = {
        f"{text} on {ground}": round(contrast(palette[text], palette[ground]), 2)
        for text, ground in TEXT_ON
        if contrast(palette[text], palette[ground]) < 4.5
    }
    assert not too_low
    # The password strength bars stand out from their empty track (non-text: 3:1).
    assert all(contrast(c, palette["SURFACE"]) >= 3 for c in theme.STRENGTH[scheme])


@pytest.fixture
def scheme_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.delenv(theme.SCHEME_ENV, raising=False)
    yield monkeypatch


class FakeHints:
    """What the OS tells Qt (the one part faked: the offscreen platform has no colour scheme)."""

    def __init__(self, scheme: Qt.ColorScheme, high_contrast: bool = False) -> None:
        self.scheme = scheme
        self.contrast = (
            Qt.ContrastPreference.HighContrast
            if high_contrast
            else Qt.ContrastPreference.NoPreference
        )

    def colorScheme(self) -> Qt.ColorScheme:
        return self.scheme

    def accessibility(self) -> FakeHints:
        return self

    def contrastPreference(self) -> Qt.ContrastPreference:
        return self.contrast


def test_the_scheme_follows_the_style_hints() -> None:
    assert theme.scheme_from(FakeHints(Qt.ColorScheme.Dark)) == "dark"
    assert theme.scheme_from(FakeHints(Qt.ColorScheme.Light)) == "light"
    assert theme.scheme_from(FakeHints(Qt.ColorScheme.Unknown)) == "light"
    assert theme.scheme_from(FakeHints(Qt.ColorScheme.Light, high_contrast=True)) == "contrast"
    assert theme.scheme_from(FakeHints(Qt.ColorScheme.Dark, high_contrast=True)) == "contrast"


def test_the_override_wins_over_the_system(
    qapp: QApplication, scheme_env: pytest.MonkeyPatch
) -> None:
    assert theme.system_scheme(qapp) == theme.scheme_from(qapp.styleHints())
    for wanted in ("dark", "light", "contrast"):
        scheme_env.setenv(theme.SCHEME_ENV, f" {wanted.upper()} ")
        assert theme.system_scheme(qapp) == wanted
    scheme_env.setenv(theme.SCHEME_ENV, "purple")  # not a scheme: the system decides
    assert theme.system_scheme(qapp) == theme.scheme_from(qapp.styleHints())


def test_font_sizes_follow_the_system_text_size() -> None:
    reference = theme._REFERENCE_PT
    try:
        theme.configure("light", reference)
        assert theme.pt(14) == 10.5  # the design's 14 px at 96 dpi
        theme.configure("light", reference * 1.5)
        assert theme.pt(14) == pytest.approx(15.75)
        assert "font-size: 24.75pt" in theme._qss()  # the title's 22 px, scaled
        theme.configure("light", reference * 0.8)  # smaller than the design: the design size
        assert theme.pt(14) == 10.5
    finally:
        theme.configure("light", reference)


def test_no_colour_or_pixel_font_size_outside_the_theme() -> None:
    """Every colour comes from the theme (so the dark set reaches it), every font size is in
    points through theme.pt (so it follows the system text size)."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"#[0-9A-Fa-f]{6}\b|font-size: *\d+px|setPixelSize\(", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert not offenders


STARTUP = """
import json, sys
from ui.core import theme
from ui.qt import QApplication, QFont
app = QApplication(sys.argv[:1])
font = QFont(app.font())
font.setPointSizeF(theme._REFERENCE_PT * 1.5)  # the system's text size, enlarged
app.setFont(font)
theme.configure_for(app)  # as run_app does, before the areas are imported
from ui.core.assets import load_fonts
from ui.kit.parts import CHIP_STYLES
from ui.kit.widgets import label
theme.apply_theme(app, load_fonts())
title = label("Dossiers", "title")
title.ensurePolished()
print(json.dumps({
    "scheme": theme.SCHEME,
    "chip": CHIP_STYLES["closed"],
    "window": app.palette().window().color().name().upper(),
    "qss": app.styleSheet(),
    "app_pt": app.font().pointSizeF(),
    "title_pt": title.font().pointSizeF(),
}))
"""


def run_startup(scheme: str) -> dict[str, object]:
    env = {**os.environ, theme.SCHEME_ENV: scheme, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", STARTUP],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_start_up_in_dark_colours_every_style_sheet_and_scales_the_fonts() -> None:
    dark = run_startup("dark")
    assert dark["scheme"] == "dark"
    assert dark["window"] == theme.DARK["BACKGROUND"]
    assert theme.DARK["SIDEBAR"] in str(dark["chip"])  # read at import time, after configure
    assert theme.DARK["INK"] in str(dark["qss"]) and theme.LIGHT["INK"] not in str(dark["qss"])
    assert dark["app_pt"] == pytest.approx(10.5 * 1.5)
    assert dark["title_pt"] == pytest.approx(16.5 * 1.5)
    light = run_startup("light")
    assert light["window"] == theme.LIGHT["BACKGROUND"]
    assert theme.LIGHT["SIDEBAR"] in str(light["chip"])
