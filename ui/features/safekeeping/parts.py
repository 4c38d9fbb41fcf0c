"""Small pieces the safekeeping pages share: a titled panel, an outcome line, list rows."""

from __future__ import annotations

from ui.core import theme
from ui.core.assets import icon
from ui.kit.widgets import frame, label
from ui.qt import (
    QFontMetrics,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPushButton,
    QResizeEvent,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)

ROW_STYLE = f"QFrame#ListRow {{ border: none; border-bottom: 1px solid {theme.TRACK}; }}"
MONO = (
    f"font-family: 'DejaVu Sans Mono', 'Consolas', 'Menlo', monospace; font-size: {theme.pt(13)}pt;"
)


def panel(title: str, text: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A white panel with a title and an optional explanation, as on the other settings."""
    box, layout = frame("Panel", (22, 18, 22, 18))
    layout.setSpacing(10)
    layout.addWidget(label(title, "subtitle"))
    if text:
        layout.addWidget(label(text, "muted", wrap=True))
    return box, layout


def button(text: str, icon_name: str = "", primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    if icon_name:
        widget.setIcon(icon(icon_name, theme.ON_PRIMARY if primary else theme.PRIMARY))
        widget.setIconSize(QSize(17, 17))
    if primary:
        widget.setProperty("kind", "primary")
    return widget


def size_text(size: int) -> str:
    """A file size as "2,4 MB" in the UI's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class Outcome(QWidget):
    """An icon and a wrapped sentence: how the last action went (green) or why it did not (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(10)
        self.glyph = QLabel()
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = label("", wrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.glyph)
        row.addWidget(self.text, 1)
        self.hide()

    def show_ok(self, text: str) -> None:
        self._show("check-circle", theme.SUCCESS, text)

    def show_error(self, text: str) -> None:
        self._show("alert", theme.DANGER, text)

    def _show(self, icon_name: str, colour: str, text: str) -> None:
        self.glyph.setPixmap(icon(icon_name, colour).pixmap(20, 20))
        self.text.setText(text)
        self.text.setStyleSheet(f"color: {colour};")
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()


def list_row(*cells: QWidget, stretch: int = 0) -> QFrame:
    """One row of a short list: cells side by side, a hairline under it."""
    row = QFrame()
    row.setObjectName("ListRow")
    row.setStyleSheet(ROW_STYLE)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(2, 7, 2, 7)
    layout.setSpacing(14)
    for index, cell in enumerate(cells):
        layout.addWidget(cell, 1 if index == stretch else 0)
    return row


class PathLabel(QLabel):
    """A file path in monospace, shortened in the middle to fit (the whole path as tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setStyleSheet(MONO)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_path(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))
