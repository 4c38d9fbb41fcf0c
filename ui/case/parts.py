"""Building blocks the case tabs share: section cards, enum checkbox grids, a typing debouncer.

`Debounce` is how typed text becomes an undoable, saved edit: the tab calls `touch()` on every
keystroke and the edit is applied ~700 ms after typing stops, on focus-out, and whenever the
case context asks (`flush_requested`: before undo, another case, or a lock).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from ui import theme
from ui.enum_labels import names
from ui.qt import (
    QCheckBox,
    QEvent,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QObject,
    QPoint,
    QRect,
    QResizeEvent,
    QSize,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import label

SAVE_DELAY_MS = 700

_CHIP = f"border-radius: 11px; padding: 2px 10px; font-size: {theme.pt(12)}pt; font-weight: 600;"
CHIP_STYLES = {
    "open": f"background: {theme.SUCCESS_SOFT}; color: {theme.SUCCESS}; {_CHIP}",
    "closed": f"background: {theme.SIDEBAR}; color: {theme.MUTED}; {_CHIP}",
    "warning": f"background: {theme.WARNING_SOFT}; color: {theme.WARNING}; {_CHIP}",
    "ok": f"background: {theme.SUCCESS_SOFT}; color: {theme.SUCCESS}; {_CHIP}",
    "danger": f"background: {theme.DANGER_SOFT}; color: {theme.DANGER}; {_CHIP}",
    "quiet": f"background: {theme.HOVER}; color: {theme.MUTED}; {_CHIP}",
}


TAB_STYLE = (
    "QTabWidget::pane { border: none; }"
    f"QTabBar {{ border-bottom: 1px solid {theme.BORDER}; }}"
    "QTabBar::tab { background: transparent; border: none; border-bottom: 2px solid transparent;"
    f" padding: 8px 10px 9px 10px; margin-right: 2px; color: {theme.MUTED}; font-weight: 600; }}"
    f"QTabBar::tab:hover {{ color: {theme.INK}; }}"
    f"QTabBar::tab:selected {{ color: {theme.PRIMARY}; border-bottom: 2px solid {theme.PRIMARY}; }}"
)


def chip(kind: str = "quiet") -> QLabel:
    widget = QLabel()
    widget.setStyleSheet(CHIP_STYLES[kind])
    return widget


def set_chip(widget: QLabel, text: str, kind: str) -> None:
    widget.setText(text)
    widget.setStyleSheet(CHIP_STYLES[kind])
    widget.setVisible(bool(text))


def card(title: str, hint: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A white panel with a small uppercase title (and a muted hint) for one group of fields."""
    box = QFrame()
    box.setObjectName("Panel")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(20, 16, 20, 18)
    layout.setSpacing(10)
    layout.addWidget(label(title, "section"))
    if hint:
        layout.addWidget(label(hint, "faint", wrap=True))
    return box, layout


def field_label(text: str) -> QLabel:
    widget = QLabel(text)
    widget.setProperty("role", "muted")
    return widget


class CheckGrid(QWidget):
    """Checkboxes for the members of an enum, in its display order; `changed(list)` on a click."""

    changed = Signal(object)  # a list of members (Signal(list) would turn them into str)

    def __init__(self, enum: type[StrEnum], columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self._enum = enum
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.boxes: dict[str, QCheckBox] = {}
        for slug, name in names(enum):
            box = QCheckBox(name)
            box.toggled.connect(lambda _on: self.changed.emit(self.values()))
            self.boxes[slug] = box
        self._most = columns  # fewer columns when the case screen is narrow (a small laptop)
        self._columns = 0
        self._arrange(columns)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes.values():
            self._grid.removeWidget(box)
        for n, box in enumerate(self.boxes.values()):
            self._grid.addWidget(box, n // columns, n % columns)
        for column in range(self._most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _widest(self) -> int:
        return max((b.sizeHint().width() for b in self.boxes.values()), default=0)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widest(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        spacing = self._grid.horizontalSpacing()
        fits = (event.size().width() + spacing) // max(1, self._widest() + spacing)
        self._arrange(max(1, min(self._most, fits)))

    def values(self) -> list[StrEnum]:
        return [self._enum(slug) for slug, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: Iterable[StrEnum]) -> None:
        chosen = {v.value for v in values}
        for slug, box in self.boxes.items():
            if box.isChecked() != (slug in chosen):
                box.blockSignals(True)
                box.setChecked(slug in chosen)
                box.blockSignals(False)


def merge_order(old: list[StrEnum], new: list[StrEnum]) -> list[StrEnum]:
    """`new` as a list that keeps the user's earlier order and appends fresh picks at the end
    (the first topic is the main one in reports)."""
    kept = [v for v in old if v in new]
    return kept + [v for v in new if v not in kept]


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        left, top = rect.x() + margins.left(), rect.y() + margins.top()
        right = rect.right() - margins.right()
        x, y, line = left, top, 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > right and line > 0:
                x, y, line = left, y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class Debounce(QObject):
    """Calls `commit()` once typing pauses, on focus-out of the watched widgets, or on flush."""

    def __init__(self, commit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def touch(self) -> None:
        """Something was typed: save after the pause."""
        self.pending = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self.pending:
            self.pending = False
            self._commit()

    def cancel(self) -> None:
        """Forget what is pending (the vault locked, or the thing edited is gone)."""
        self._timer.stop()
        self.pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
