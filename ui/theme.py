"""The look: a calm, light palette (deep teal on soft grey-white), Inter, generous spacing.

Widgets opt into styles with object names and dynamic properties, e.g.
`button.setProperty("kind", "primary")`, `label.setProperty("role", "title")`, a frame named
"Card". Areas should use these rather than their own colours so the app stays consistent.
"""

from __future__ import annotations

from ui.qt import QApplication, QColor, QFont, QPalette

INK = "#1E2A32"
MUTED = "#5B6770"
FAINT = "#8A959C"
BACKGROUND = "#F3F5F6"
SURFACE = "#FFFFFF"
SIDEBAR = "#E9EEF0"
BORDER = "#D9E0E4"
PRIMARY = "#1F5F73"
PRIMARY_HOVER = "#184E5F"
PRIMARY_PRESSED = "#123D4A"
PRIMARY_SOFT = "#DCEAEE"
DANGER = "#B3261E"
DANGER_SOFT = "#FBECEA"
WARNING = "#9A5B00"
WARNING_SOFT = "#FFF4E0"
SUCCESS = "#2E7D4F"
SUCCESS_SOFT = "#E6F4EC"
STRENGTH_COLOURS = ("#B3261E", "#C8511B", "#B88A00", "#3C8D5A", "#2E7D4F")

_QSS = f"""
QWidget {{ color: {INK}; }}
QMainWindow, #Screen {{ background: {BACKGROUND}; }}
QToolTip {{ background: {INK}; color: white; border: none; padding: 6px 8px; }}

#Header {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
#Brand {{ font-size: 16px; font-weight: 600; color: {PRIMARY}; }}
#Sidebar {{ background: {SIDEBAR}; border-right: 1px solid {BORDER}; }}
#Sidebar QPushButton {{
    text-align: left; padding: 10px 14px; border: none; border-radius: 8px;
    background: transparent; color: {INK}; font-size: 14px;
}}
#Sidebar QPushButton:hover {{ background: #DFE6E9; }}
#Sidebar QPushButton:checked {{ background: {PRIMARY_SOFT}; color: {PRIMARY}; font-weight: 600; }}
#SidebarHint {{ color: {FAINT}; font-size: 11px; }}

#Card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 14px; }}
#Panel {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
#KeyBox {{ background: #F6FAFB; border: 1.5px dashed {PRIMARY}; border-radius: 10px; }}
#KeyText {{ font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; font-size: 18px;
            font-weight: 600; color: {INK}; }}
#Notice {{ background: {WARNING_SOFT}; border: 1px solid #F0D9A8; border-radius: 8px; }}
#Notice QLabel {{ color: #5C3B00; }}
#ErrorBox {{ background: {DANGER_SOFT}; border: 1px solid #F1C4BF; border-radius: 8px; }}
#ErrorBox QLabel {{ color: {DANGER}; }}

QLabel[role="title"] {{ font-size: 22px; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 16px; font-weight: 600; }}
QLabel[role="section"] {{ font-size: 12px; font-weight: 600; color: {MUTED};
                          text-transform: uppercase; letter-spacing: 0.5px; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="faint"] {{ color: {FAINT}; font-size: 12px; }}
QLabel[role="step"] {{ color: {PRIMARY}; font-weight: 600; font-size: 12px; }}
QLabel[role="error"] {{ color: {DANGER}; }}
QLabel[role="ok"] {{ color: {SUCCESS}; }}
QLabel[role="empty-title"] {{ font-size: 17px; font-weight: 600; color: {INK}; }}
QLabel a {{ color: {PRIMARY}; }}

QLineEdit, QSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QDateEdit {{
    background: {SURFACE}; border: 1px solid #C5CED3; border-radius: 8px;
    padding: 8px 10px; selection-background-color: {PRIMARY_SOFT}; selection-color: {INK};
}}
QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {PRIMARY}; padding: 7px 9px;
}}
QLineEdit:disabled {{ background: #EEF1F2; color: {FAINT}; }}
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
    border-left: 1px solid {BORDER}; background: #F6F8F9;
}}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 8px;
                       border-bottom: 1px solid {BORDER}; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 8px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {PRIMARY_SOFT}; }}
QSpinBox::up-arrow {{ image: url("{{chevron_up}}"); width: 12px; height: 12px; }}
QSpinBox::down-arrow {{ image: url("{{chevron_down}}"); width: 12px; height: 12px; }}
QLineEdit[state="error"] {{ border: 2px solid {DANGER}; padding: 7px 9px; }}

QPushButton {{
    background: {SURFACE}; border: 1px solid #C5CED3; border-radius: 8px;
    padding: 8px 16px; font-weight: 500;
}}
QPushButton:hover {{ background: #F1F5F6; border-color: #AEB9BF; }}
QPushButton:pressed {{ background: #E4EAED; }}
QPushButton:disabled {{ color: {FAINT}; background: #F1F3F4; border-color: {BORDER}; }}
QPushButton:focus {{ outline: none; border: 2px solid {PRIMARY}; padding: 7px 15px; }}
QPushButton[kind="primary"] {{ background: {PRIMARY}; color: white; border: 1px solid {PRIMARY}; }}
QPushButton[kind="primary"]:hover {{ background: {PRIMARY_HOVER}; }}
QPushButton[kind="primary"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[kind="primary"]:focus {{ border: 2px solid {PRIMARY_PRESSED}; }}
QPushButton[kind="primary"]:disabled {{ background: #9DB7C0; border-color: #9DB7C0; color: white; }}
QPushButton[kind="link"] {{ background: transparent; border: none; color: {PRIMARY};
                            padding: 4px 2px; text-decoration: underline; }}
QPushButton[kind="link"]:hover {{ color: {PRIMARY_HOVER}; }}
QPushButton[kind="spoed"] {{ background: {DANGER_SOFT}; color: {DANGER}; border: 1px solid #EFC1BC;
                             font-weight: 600; padding: 7px 14px; }}
QPushButton[kind="spoed"]:hover {{ background: #F8DCD8; }}
QPushButton[kind="spoed"]:checked {{ background: {DANGER}; color: white; }}
QPushButton[kind="ghost"] {{ background: transparent; border: 1px solid transparent; }}
QPushButton[kind="ghost"]:hover {{ background: #EEF2F4; border-color: {BORDER}; }}
QToolButton {{ border: none; background: transparent; padding: 4px; border-radius: 6px; }}
QToolButton:hover {{ background: #EEF2F4; }}

QCheckBox {{ spacing: 10px; }}
QCheckBox::indicator {{ width: 18px; height: 18px; }}
QProgressBar {{ background: #E3E8EB; border: none; border-radius: 3px; max-height: 6px; }}
QProgressBar::chunk {{ background: {PRIMARY}; border-radius: 3px; }}

#Spoed {{ background: {SURFACE}; border-left: 1px solid {BORDER}; }}
#SpoedNumber {{ font-size: 20px; font-weight: 700; color: {DANGER}; }}
#SpoedRow {{ border-bottom: 1px solid #EEF1F2; }}

QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
/* The date fields' calendar pop-up: month and year white on the teal bar, readable days. */
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {PRIMARY}; }}
QCalendarWidget QToolButton {{ color: white; background: transparent; font-weight: 600;
                               padding: 4px 8px; border-radius: 6px; }}
QCalendarWidget QToolButton:hover {{ background: {PRIMARY_HOVER}; }}
QCalendarWidget QToolButton::menu-indicator {{ image: none; width: 0; }}
QCalendarWidget QSpinBox {{ background: {SURFACE}; color: {INK}; border: none;
                            selection-background-color: {PRIMARY_SOFT};
                            selection-color: {INK}; }}
QCalendarWidget QMenu {{ background: {SURFACE}; color: {INK}; }}
QCalendarWidget QAbstractItemView:enabled {{ background: {SURFACE}; color: {INK};
                                             selection-background-color: {PRIMARY};
                                             selection-color: white; }}
QCalendarWidget QAbstractItemView:disabled {{ color: {FAINT}; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


def apply_theme(app: QApplication, font_family: str | None) -> None:
    """Fusion as a neutral base (same on every OS), our palette and stylesheet on top."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F7F9FA"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(PRIMARY))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(FAINT))
    palette.setColor(QPalette.ColorRole.Link, QColor(PRIMARY))
    app.setPalette(palette)
    font = QFont(font_family) if font_family else app.font()
    font.setPixelSize(14)
    app.setFont(font)
    from ui.assets import resource_path

    arrows = {
        name: resource_path("icons", f"{name}.svg").as_posix()
        for name in ("chevron-down", "chevron-up")
    }
    app.setStyleSheet(
        _QSS.replace("{chevron_down}", arrows["chevron-down"]).replace(
            "{chevron_up}", arrows["chevron-up"]
        )
    )


def restyle(widget: object) -> None:
    """Re-apply the stylesheet after changing a dynamic property used in it."""
    style = widget.style()  # type: ignore[attr-defined]
    style.unpolish(widget)
    style.polish(widget)
