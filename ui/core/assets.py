"""Finding the files in `resources/` (from the source tree or a PyInstaller bundle), icons
tinted to the theme, and the bundled UI font."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from ui.qt import QByteArray, QFontDatabase, QIcon, QPainter, QPixmap, QSize, QSvgRenderer, Qt

_SVG_RENDER_SIZE = 48


def resource_root() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


@cache
def _svg_text(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, color: str | None = None, size: int = _SVG_RENDER_SIZE) -> QPixmap:
    """An icon from resources/icons as a pixmap, its strokes in `color` (default: the ink)."""
    if color is None:
        from ui.core import theme

        color = theme.INK
    data = _svg_text(name).replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    target = QPixmap(QSize(size, size))
    target.fill(Qt.GlobalColor.transparent)
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return target


def icon(name: str, color: str | None = None, active_color: str | None = None) -> QIcon:
    """An icon in `color`; with `active_color`, another tint for checked/selected states."""
    result = QIcon(pixmap(name, color))
    if active_color:
        active = pixmap(name, active_color)
        result.addPixmap(active, QIcon.Mode.Selected, QIcon.State.Off)
        result.addPixmap(active, QIcon.Mode.Normal, QIcon.State.On)
        result.addPixmap(active, QIcon.Mode.Active, QIcon.State.On)
    return result


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "vertrouwen.svg")))


def load_fonts() -> str | None:
    """Register the bundled Inter font; its family name, or None (then Qt's default is used)."""
    family = None
    for file in sorted(resource_path("fonts").glob("Inter-*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(file))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family
