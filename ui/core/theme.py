"""The look: a calm, light palette (deep teal on soft grey-white), Inter, generous spacing.

Widgets opt into styles with object names and dynamic properties, e.g.
`button.setProperty("kind", "primary")`, `label.setProperty("role", "title")`, a frame named
"Card". Areas should use these rather than their own colours so the app stays consistent.

The colours are module constants read by the areas' style sheets, many at import time, so the
colour scheme (light, dark or high contrast) is chosen once at start-up by `configure()`, before
those modules are imported: it follows the system (dark mode via QStyleHints, high contrast where
the platform tells it), or VERTROUWEN_COLOR_SCHEME=light|dark|contrast. A change of the system
scheme while the app runs applies at the next start. Font sizes are in points scaled by `pt()`,
so a larger system text size enlarges the app.
"""

from __future__ import annotations

import os
import sys

from ui.qt import QApplication, QColor, QFont, QGuiApplication, QPalette, Qt, QWidget

SCHEME_ENV = "VERTROUWEN_COLOR_SCHEME"
SCHEMES = ("light", "dark", "contrast")

LIGHT: dict[str, str] = {
    "INK": "#1E2A32",
    "MUTED": "#5B6770",
    "FAINT": "#8A959C",
    "BACKGROUND": "#F3F5F6",
    "SURFACE": "#FFFFFF",
    "SIDEBAR": "#E9EEF0",
    "SIDEBAR_HOVER": "#DFE6E9",
    "BORDER": "#D9E0E4",
    "FIELD_BORDER": "#C5CED3",
    "FIELD_BORDER_HOVER": "#AEB9BF",
    "RULE": "#EEF1F2",
    "HOVER": "#F1F5F6",
    "PRESSED": "#E4EAED",
    "DISABLED_BG": "#EEF1F2",
    "TRACK": "#E3E8EB",
    "TINT": "#F6FAFB",
    "ALT_BASE": "#F7F9FA",
    "DESK": "#D3DADE",
    "MARK": "#FFE8A3",
    "PREVIOUS": "#AFC0CB",
    "PRIMARY": "#1F5F73",
    "PRIMARY_HOVER": "#184E5F",
    "PRIMARY_PRESSED": "#123D4A",
    "PRIMARY_SOFT": "#DCEAEE",
    "PRIMARY_DISABLED": "#9DB7C0",
    "ON_PRIMARY": "#FFFFFF",
    "DANGER": "#B3261E",
    "DANGER_SOFT": "#FBECEA",
    "DANGER_SOFT_HOVER": "#F8DCD8",
    "DANGER_BORDER": "#F1C4BF",
    "WARNING": "#9A5B00",
    "WARNING_SOFT": "#FFF4E0",
    "WARNING_BORDER": "#F0D9A8",
    "WARNING_INK": "#5C3B00",
    "SUCCESS": "#2E7D4F",
    "SUCCESS_SOFT": "#E6F4EC",
}

# Dark: the same names, light ink on deep blue-grey, a lighter teal for accents (dark ink on it).
DARK: dict[str, str] = {
    "INK": "#E6EDF0",
    "MUTED": "#AEBBC2",
    "FAINT": "#95A3AA",
    "BACKGROUND": "#161C20",
    "SURFACE": "#1F272C",
    "SIDEBAR": "#1A2226",
    "SIDEBAR_HOVER": "#263137",
    "BORDER": "#36434A",
    "FIELD_BORDER": "#4F5F67",
    "FIELD_BORDER_HOVER": "#66777F",
    "RULE": "#2A3439",
    "HOVER": "#283238",
    "PRESSED": "#313D44",
    "DISABLED_BG": "#242D32",
    "TRACK": "#313D44",
    "TINT": "#1B2C32",
    "ALT_BASE": "#232C31",
    "DESK": "#0F1417",
    "MARK": "#6E5A12",
    "PREVIOUS": "#5E707B",
    "PRIMARY": "#6CC3D9",
    "PRIMARY_HOVER": "#8AD1E3",
    "PRIMARY_PRESSED": "#A9DEEB",
    "PRIMARY_SOFT": "#1F3E48",
    "PRIMARY_DISABLED": "#3C5A63",
    "ON_PRIMARY": "#0E1A1F",
    "DANGER": "#FF8A80",
    "DANGER_SOFT": "#3A2123",
    "DANGER_SOFT_HOVER": "#4A292B",
    "DANGER_BORDER": "#6B3A38",
    "WARNING": "#F2B45A",
    "WARNING_SOFT": "#35291A",
    "WARNING_BORDER": "#6B5428",
    "WARNING_INK": "#F7D9A6",
    "SUCCESS": "#7CD3A0",
    "SUCCESS_SOFT": "#1C3326",
}

# High contrast: white on black, yellow accents, every border visible.
CONTRAST: dict[str, str] = {
    "INK": "#FFFFFF",
    "MUTED": "#E8E8E8",
    "FAINT": "#D0D0D0",
    "BACKGROUND": "#000000",
    "SURFACE": "#000000",
    "SIDEBAR": "#000000",
    "SIDEBAR_HOVER": "#303030",
    "BORDER": "#FFFFFF",
    "FIELD_BORDER": "#FFFFFF",
    "FIELD_BORDER_HOVER": "#FFFF00",
    "RULE": "#8C8C8C",
    "HOVER": "#303030",
    "PRESSED": "#505050",
    "DISABLED_BG": "#000000",
    "TRACK": "#5A5A5A",
    "TINT": "#000000",
    "ALT_BASE": "#141414",
    "DESK": "#000000",
    "MARK": "#0037DA",
    "PREVIOUS": "#A0A0A0",
    "PRIMARY": "#FFFF00",
    "PRIMARY_HOVER": "#FFFF80",
    "PRIMARY_PRESSED": "#FFFFB0",
    "PRIMARY_SOFT": "#3A3A00",
    "PRIMARY_DISABLED": "#6E6E6E",
    "ON_PRIMARY": "#000000",
    "DANGER": "#FF7070",
    "DANGER_SOFT": "#000000",
    "DANGER_SOFT_HOVER": "#3A0000",
    "DANGER_BORDER": "#FF7070",
    "WARNING": "#FFD54A",
    "WARNING_SOFT": "#000000",
    "WARNING_BORDER": "#FFD54A",
    "WARNING_INK": "#FFD54A",
    "SUCCESS": "#7CFC7C",
    "SUCCESS_SOFT": "#000000",
}

PALETTES = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}
STRENGTH = {
    "light": ("#B3261E", "#C8511B", "#B88A00", "#3C8D5A", "#2E7D4F"),
    "dark": ("#FF8A80", "#FFA36B", "#F2C94C", "#8FD9A8", "#7CD3A0"),
    "contrast": ("#FF7070", "#FFA040", "#FFFF00", "#A0FFA0", "#7CFC7C"),
}

SCHEME = "light"
INK = MUTED = FAINT = BACKGROUND = SURFACE = SIDEBAR = SIDEBAR_HOVER = BORDER = ""
FIELD_BORDER = FIELD_BORDER_HOVER = RULE = HOVER = PRESSED = DISABLED_BG = TRACK = TINT = ""
ALT_BASE = DESK = MARK = PREVIOUS = ""
PRIMARY = PRIMARY_HOVER = PRIMARY_PRESSED = PRIMARY_SOFT = PRIMARY_DISABLED = ON_PRIMARY = ""
DANGER = DANGER_SOFT = DANGER_SOFT_HOVER = DANGER_BORDER = ""
WARNING = WARNING_SOFT = WARNING_BORDER = WARNING_INK = SUCCESS = SUCCESS_SOFT = ""
STRENGTH_COLOURS: tuple[str, ...] = ()

# The design was drawn at this system font size (points) per platform; a larger system text
# size scales every font up by the same factor, a smaller one leaves the design size.
_REFERENCE_PT = {"win32": 9.0, "darwin": 13.0}.get(sys.platform, 11.0)
FONT_SCALE = 1.0


def pt(px: float) -> float:
    """A design size in pixels (at 96 dpi) as points, scaled with the system text size."""
    return round(px * 0.75 * FONT_SCALE, 2)


def font_scale(system_pt: float) -> float:
    """How much larger than the design the system text size asks for (1.0 to 2.5)."""
    if system_pt <= 0:
        return 1.0
    return min(max(system_pt / _REFERENCE_PT, 1.0), 2.5)


def _windows_high_contrast() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes
    from ctypes import wintypes

    class HighContrast(ctypes.Structure):
        _fields_ = [
            ("cbSize", wintypes.UINT),
            ("dwFlags", wintypes.DWORD),
            ("lpszDefaultScheme", wintypes.LPWSTR),
        ]

    info = HighContrast()
    info.cbSize = ctypes.sizeof(HighContrast)
    spi_gethighcontrast, hcf_highcontraston = 0x0042, 0x1
    ok = ctypes.windll.user32.SystemParametersInfoW(
        spi_gethighcontrast, info.cbSize, ctypes.byref(info), 0
    )
    return bool(ok) and bool(info.dwFlags & hcf_highcontraston)


def high_contrast(hints: object) -> bool:
    """Whether the platform asks for high contrast (Qt 6.10's accessibility hints, else the
    Windows setting)."""
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is not None and preference is not None:
        try:
            if accessibility().contrastPreference() == preference.HighContrast:
                return True
        except (AttributeError, RuntimeError):
            pass
    try:
        return _windows_high_contrast()
    except (OSError, AttributeError):
        return False


def scheme_from(hints: object) -> str:
    """The scheme the system asks for through Qt's style hints: high contrast, dark or light."""
    if high_contrast(hints):
        return "contrast"
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None and scheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def system_scheme(app: QGuiApplication) -> str:
    """The scheme to use: the override (VERTROUWEN_COLOR_SCHEME), else what the system says."""
    wanted = os.environ.get(SCHEME_ENV, "").strip().lower()
    if wanted in SCHEMES:
        return wanted
    return scheme_from(app.styleHints())


def configure(scheme: str, system_pt: float | None = None) -> None:
    """Bind the colour constants to a scheme (and the font scale to the system text size).
    Call before importing the modules whose style sheets read the constants."""
    global SCHEME, STRENGTH_COLOURS, FONT_SCALE
    if scheme not in PALETTES:
        raise ValueError(f"unknown colour scheme: {scheme}")
    SCHEME = scheme
    globals().update(PALETTES[scheme])
    STRENGTH_COLOURS = STRENGTH[scheme]
    if system_pt is not None:
        FONT_SCALE = font_scale(system_pt)


configure("light")


def configure_for(app: QGuiApplication) -> None:
    """At start-up, once the application exists: the system's scheme and text size."""
    configure(system_scheme(app), app.font().pointSizeF())


def _qss() -> str:
    return f"""

QWidget {{ color: {INK}; }}
QMainWindow, #Screen {{ background: {BACKGROUND}; }}
QToolTip {{ background: {INK}; color: {SURFACE}; border: none; padding: 6px 8px; }}

#Header {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
#Brand {{ font-size: {pt(16)}pt; font-weight: 600; color: {PRIMARY}; }}
#Sidebar {{ background: {SIDEBAR}; border-right: 1px solid {BORDER}; }}
#Sidebar QPushButton {{
    text-align: left; padding: 10px 14px; border: none; border-radius: 8px;
    background: transparent; color: {INK}; font-size: {pt(14)}pt;
}}
#Sidebar QPushButton:hover {{ background: {SIDEBAR_HOVER}; }}
#Sidebar QPushButton:checked {{ background: {PRIMARY_SOFT}; color: {PRIMARY}; font-weight: 600; }}
#SidebarHint {{ color: {FAINT}; font-size: {pt(11)}pt; }}

#Card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 14px; }}
#Panel {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
#KeyBox {{ background: {TINT}; border: 1.5px dashed {PRIMARY}; border-radius: 10px; }}
#KeyText {{ font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; font-size: {pt(18)}pt;
            font-weight: 600; color: {INK}; }}
#Notice {{ background: {WARNING_SOFT}; border: 1px solid {WARNING_BORDER}; border-radius: 8px; }}
#Notice QLabel {{ color: {WARNING_INK}; }}
#ErrorBox {{ background: {DANGER_SOFT}; border: 1px solid {DANGER_BORDER}; border-radius: 8px; }}
#ErrorBox QLabel {{ color: {DANGER}; }}

QLabel[role="title"] {{ font-size: {pt(22)}pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: {pt(16)}pt; font-weight: 600; }}
QLabel[role="section"] {{ font-size: {pt(12)}pt; font-weight: 600; color: {MUTED};
                          text-transform: uppercase; letter-spacing: 0.5px; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="faint"] {{ color: {FAINT}; font-size: {pt(12)}pt; }}
QLabel[role="step"] {{ color: {PRIMARY}; font-weight: 600; font-size: {pt(12)}pt; }}
QLabel[role="error"] {{ color: {DANGER}; }}
QLabel[role="ok"] {{ color: {SUCCESS}; }}
QLabel[role="empty-title"] {{ font-size: {pt(17)}pt; font-weight: 600; color: {INK}; }}
QLabel a {{ color: {PRIMARY}; }}

QLineEdit, QSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QDateEdit {{
    background: {SURFACE}; border: 1px solid {FIELD_BORDER}; border-radius: 8px;
    padding: 8px 10px; selection-background-color: {PRIMARY_SOFT}; selection-color: {INK};
}}
QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {PRIMARY}; padding: 7px 9px;
}}
QLineEdit:disabled {{ background: {DISABLED_BG}; color: {FAINT}; }}
QComboBox {{ padding-right: 30px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 28px;
                        border: none; }}
QComboBox::down-arrow {{ image: url("{{chevron_down}}"); width: 14px; height: 14px; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; border: 1px solid {BORDER};
                               selection-background-color: {PRIMARY_SOFT}; selection-color: {INK};
                               padding: 4px; outline: none; }}
QSpinBox {{ padding-right: 28px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: 24px; border: none;
    border-left: 1px solid {BORDER}; background: {ALT_BASE};
}}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 8px;
                       border-bottom: 1px solid {BORDER}; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 8px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {PRIMARY_SOFT}; }}
QSpinBox::up-arrow {{ image: url("{{chevron_up}}"); width: 12px; height: 12px; }}
QSpinBox::down-arrow {{ image: url("{{chevron_down}}"); width: 12px; height: 12px; }}
QLineEdit[state="error"] {{ border: 2px solid {DANGER}; padding: 7px 9px; }}

QPushButton {{
    background: {SURFACE}; border: 1px solid {FIELD_BORDER}; border-radius: 8px;
    padding: 8px 16px; font-weight: 500;
}}
QPushButton:hover {{ background: {HOVER}; border-color: {FIELD_BORDER_HOVER}; }}
QPushButton:pressed {{ background: {PRESSED}; }}
QPushButton:disabled {{ color: {FAINT}; background: {DISABLED_BG}; border-color: {BORDER}; }}
QPushButton:focus {{ outline: none; border: 2px solid {PRIMARY}; padding: 7px 15px; }}
QPushButton[kind="primary"] {{ background: {PRIMARY}; color: {ON_PRIMARY};
                              border: 1px solid {PRIMARY}; }}
QPushButton[kind="primary"]:hover {{ background: {PRIMARY_HOVER}; }}
QPushButton[kind="primary"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[kind="primary"]:focus {{ border: 2px solid {PRIMARY_PRESSED}; }}
QPushButton[kind="primary"]:disabled {{ background: {PRIMARY_DISABLED};
                                       border-color: {PRIMARY_DISABLED}; color: {ON_PRIMARY}; }}
QPushButton[kind="link"] {{ background: transparent; border: none; color: {PRIMARY};
                            padding: 4px 2px; text-decoration: underline; }}
QPushButton[kind="link"]:hover {{ color: {PRIMARY_HOVER}; }}
QPushButton[kind="spoed"] {{ background: {DANGER_SOFT}; color: {DANGER};
                             border: 1px solid {DANGER_BORDER}; font-weight: 600;
                             padding: 7px 14px; }}
QPushButton[kind="spoed"]:hover {{ background: {DANGER_SOFT_HOVER}; }}
QPushButton[kind="spoed"]:checked {{ background: {DANGER}; color: {ON_PRIMARY}; }}
QPushButton[kind="ghost"] {{ background: transparent; border: 1px solid transparent; }}
QPushButton[kind="ghost"]:hover {{ background: {HOVER}; border-color: {BORDER}; }}
QToolButton {{ border: none; background: transparent; padding: 4px; border-radius: 6px; }}
QToolButton:hover {{ background: {HOVER}; }}

QCheckBox {{ spacing: 10px; }}
QCheckBox::indicator {{ width: 18px; height: 18px; }}
QProgressBar {{ background: {TRACK}; border: none; border-radius: 3px; max-height: 6px; }}
QProgressBar::chunk {{ background: {PRIMARY}; border-radius: 3px; }}

#Spoed {{ background: {SURFACE}; border-left: 1px solid {BORDER}; }}
#SpoedNumber {{ font-size: {pt(20)}pt; font-weight: 700; color: {DANGER}; }}
#SpoedRow {{ border-bottom: 1px solid {RULE}; }}

QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
/* The date fields' calendar pop-up: month and year white on the teal bar, readable days. */
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {PRIMARY}; }}
QCalendarWidget QToolButton {{ color: {ON_PRIMARY}; background: transparent; font-weight: 600;
                               padding: 4px 8px; border-radius: 6px; }}
QCalendarWidget QToolButton:hover {{ background: {PRIMARY_HOVER}; }}
QCalendarWidget QToolButton::menu-indicator {{ image: none; width: 0; }}
QCalendarWidget QSpinBox {{ background: {SURFACE}; color: {INK}; border: none;
                            selection-background-color: {PRIMARY_SOFT};
                            selection-color: {INK}; }}
QCalendarWidget QMenu {{ background: {SURFACE}; color: {INK}; }}
QCalendarWidget QAbstractItemView:enabled {{ background: {SURFACE}; color: {INK};
                                             selection-background-color: {PRIMARY};
                                             selection-color: {ON_PRIMARY}; }}
QCalendarWidget QAbstractItemView:disabled {{ color: {FAINT}; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
""" + (_DARK_SCROLLBARS % PALETTES[SCHEME] if SCHEME != "light" else "")


# Fusion draws its scroll bars in light bevels; in the dark sets, flat bars in the theme's colours.
_DARK_SCROLLBARS = """
QScrollBar:vertical { background: transparent; width: 10px; margin: 2px 1px; }
QScrollBar:horizontal { background: transparent; height: 10px; margin: 1px 2px; }
QScrollBar::handle { background: %(FIELD_BORDER)s; border-radius: 4px; }
QScrollBar::handle:vertical { min-height: 32px; }
QScrollBar::handle:horizontal { min-width: 32px; }
QScrollBar::handle:hover { background: %(FIELD_BORDER_HOVER)s; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


def apply_theme(app: QApplication, font_family: str | None) -> None:
    """Fusion as a neutral base (same on every OS), our palette and stylesheet on top."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(ALT_BASE))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(PRIMARY))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(ON_PRIMARY))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(FAINT))
    palette.setColor(QPalette.ColorRole.Link, QColor(PRIMARY))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(INK))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(SURFACE))
    if SCHEME != "light":  # Fusion's bevels and scroll bars (light keeps Qt's own shades)
        palette.setColor(QPalette.ColorRole.Light, QColor(SURFACE))
        palette.setColor(QPalette.ColorRole.Midlight, QColor(HOVER))
        palette.setColor(QPalette.ColorRole.Mid, QColor(BORDER))
        palette.setColor(QPalette.ColorRole.Dark, QColor(FIELD_BORDER))
        palette.setColor(QPalette.ColorRole.Shadow, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.BrightText, QColor(INK))
    app.setPalette(palette)
    font = QFont(font_family) if font_family else app.font()
    font.setPointSizeF(pt(14))
    app.setFont(font)
    from ui.core.assets import resource_path

    arrows = {
        name: resource_path("icons", f"{name}.svg").as_posix()
        for name in ("chevron-down", "chevron-up")
    }
    app.setStyleSheet(
        _qss()
        .replace("{chevron_down}", arrows["chevron-down"])
        .replace("{chevron_up}", arrows["chevron-up"])
    )


def restyle(widget: QWidget) -> None:
    """Re-apply the stylesheet after changing a dynamic property used in it."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
