"""Building blocks the case tabs share: section cards, enum checkbox grids, a typing debouncer.

`Debounce` is how typed text becomes an undoable, saved edit: the tab calls `touch()` on every
keystroke and the edit is applied ~700 ms after typing stops, on focus-out, and whenever the
case context asks (`flush_requested`: before undo, another case, or a lock).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from ui.core import theme
from ui.core.enum_labels import names
from ui.kit.widgets import label
from ui.qt import (
    QCheckBox,
    QChildEvent,
    QEvent,
    QFrame,
    QGridLayout,
    QLabel,
    QObject,
    QPlainTextEdit,
    QPoint,
    QRect,
    QResizeEvent,
    QSize,
    QSizePolicy,
    Qt,
    QTextEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

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


class FlowBox(QWidget):
    """Widgets left to right, wrapping to a new line when the width runs out.

    A plain widget that places its children itself. It used to be a Python `QLayout` subclass;
    Qt deletes such a layout's items in C++ (when a child widget goes) while PySide keeps their
    Python wrappers, and a stale wrapper came back later for a new widget at the same address
    (a crash after a language switch). Here there are no layout items at all."""

    def __init__(self, spacing: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._gap = spacing
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        hidden = widget.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ) and widget.testAttribute(Qt.WidgetAttribute.WA_WState_Hidden)
        widget.setParent(self)
        self._widgets.append(widget)
        if not hidden:  # as a layout does: shown unless hidden on purpose
            widget.show()
        self._changed()

    def count(self) -> int:
        return len(self._widgets)

    def take_all(self) -> list[QWidget]:
        """Remove every widget (the caller hides and deletes them)."""
        taken, self._widgets = self._widgets, []
        self._changed()
        return taken

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(width, move=False)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        shown = [w.sizeHint() for w in self._widgets if not w.isHidden()]
        width = sum(h.width() for h in shown) + self._gap * max(0, len(shown) - 1)
        width += margins.left() + margins.right()
        return QSize(width, self._place(max(width, self.width()), move=False))

    def minimumSizeHint(self) -> QSize:
        size = QSize(0, 0)
        for widget in self._widgets:
            if not widget.isHidden():
                size = size.expandedTo(widget.minimumSizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size().width(), move=True)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QChildEvent) and event.type() == QEvent.Type.ChildRemoved:
            child = event.child()
            self._widgets = [w for w in self._widgets if w is not child]
            self._changed()
        elif event.type() == QEvent.Type.LayoutRequest:  # a child's size hint changed, or shown
            self._changed()
        return super().event(event)

    def _changed(self) -> None:
        self.updateGeometry()
        self._place(self.width(), move=True)

    def _place(self, width: int, move: bool) -> int:
        margins = self.contentsMargins()
        left, top = margins.left(), margins.top()
        right = width - margins.right()
        x, y, line = left, top, 0
        for widget in self._widgets:
            if widget.isHidden():
                continue
            hint = widget.sizeHint().expandedTo(widget.minimumSize())
            if x + hint.width() > right and line > 0:
                x, y, line = left, y + line + self._gap, 0
            if move:
                widget.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line + margins.bottom()


class TextEdits(QObject):
    """`edited` when a text edit's text really changes.

    A QTextEdit's or QPlainTextEdit's `textChanged` also fires when a syntax highlighter
    colours the text anew (the privacy guard does after every scan), which is no edit: taken
    for typing, it made a tab hold back the case's next reload and save the stale text over
    it, so an undo right after a replacement was undone again. `sync()` after setting the
    text with the widget's signals blocked.
    """

    edited = Signal()

    def __init__(self, edit: QTextEdit | QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._last = edit.toPlainText()
        edit.textChanged.connect(self._changed)

    def sync(self) -> None:
        self._last = self._edit.toPlainText()

    def _changed(self) -> None:
        text = self._edit.toPlainText()
        if text != self._last:
            self._last = text
            self.edited.emit()


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
