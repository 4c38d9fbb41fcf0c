"""Names a screen reader can say for every control a keyboard can reach.

Most controls get their name where they are made (`setAccessibleName`), or from the label they
are the buddy of (QFormLayout rows do that by themselves). `name_controls(root)` fills in the
rest once a screen or dialog is complete: a control beside a label in its layout becomes that
label's buddy (so the label's mnemonic reaches it too, and Qt reads the label as its name); an
icon-only button is named by its tooltip; a line edit with only a placeholder by that; a
scrolling container by the screen it belongs to. tests/ui/test_accessible_names.py walks every
area and dialog and fails on a control that still has no name.
"""

from __future__ import annotations

import re
from typing import cast

from ui.qt import (
    QAbstractButton,
    QAbstractScrollArea,
    QAccessible,
    QApplication,
    QBoxLayout,
    QDialog,
    QFormLayout,
    QGridLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLayout,
    QLineEdit,
    QObject,
    QStackedWidget,
    Qt,
    QToolButton,
    QWidget,
    item_parts,
)


def key_text(keys: str | QKeySequence.StandardKey) -> str:
    """A shortcut as this platform writes it (NativeText: "Ctrl+L", or "⌘L" on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


_SHORTCUT = re.compile(r"\s*\((Ctrl|Alt|F\d|Shift)[^)]*\)\s*$")


def accessible_name(widget: QWidget) -> str:
    """The name Qt's accessibility layer gives `widget` (its own, its text, its label's)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _clean(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return _SHORTCUT.sub("", text).strip().rstrip(":").strip()


def _label_before(widget: QWidget) -> QLabel | None:
    """The label placed just before `widget` in its parent's layout (same grid row, the
    column to its left; or the item before it in a row or column), if any."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    found = _search(layout, widget) if layout is not None else None
    return found if isinstance(found, QLabel) and found.text().strip() else None


def _search(layout: QLayout, widget: QWidget) -> QWidget | None:
    index = layout.indexOf(widget)
    if index >= 0:
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            return label if isinstance(label, QWidget) else None
        if isinstance(layout, QGridLayout):
            # PySide6 types getItemPosition `-> object`; it is (row, column, rowSpan, columnSpan)
            position = cast(tuple[int, int, int, int], layout.getItemPosition(index))
            row, column, _rows, _columns = position
            return item_parts(layout.itemAtPosition(row, column - 1))[0] if column > 0 else None
        if isinstance(layout, QBoxLayout):
            for before in range(index - 1, -1, -1):
                found, _inner = item_parts(layout.itemAt(before))
                if found is not None:
                    return found
            return None
        return None
    for n in range(layout.count()):
        _found, inner = item_parts(layout.itemAt(n))
        if inner is not None and _contains(inner, widget):
            return _search(inner, widget)
    return None


def _contains(layout: QLayout, widget: QWidget) -> bool:
    if layout.indexOf(widget) >= 0:
        return True
    for n in range(layout.count()):
        _found, inner = item_parts(layout.itemAt(n))
        if inner is not None and _contains(inner, widget):
            return True
    return False


def _screen_name(widget: QWidget) -> str:
    """What a scrolling container belongs to: a case tab's title, else its window's title."""
    parent = widget.parentWidget()
    while parent is not None:
        title = getattr(parent, "title", None)
        if callable(title):
            try:
                text = title()
            except NotImplementedError:
                text = ""
            if isinstance(text, str) and text:
                return text
        parent = parent.parentWidget()
    return widget.window().windowTitle()


def name_controls(root: QWidget) -> None:
    """Give every focusable control under `root` that has no accessible name one."""
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        if widget.accessibleName() or accessible_name(widget):
            continue
        label = _label_before(widget)
        if label is not None:
            if label.buddy() is None:
                label.setBuddy(widget)  # its mnemonic (if any) now reaches the control
            widget.setAccessibleName(_clean(label.text()))
        elif widget.toolTip():
            widget.setAccessibleName(_clean(widget.toolTip().splitlines()[0]))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            widget.setAccessibleName(_clean(widget.placeholderText()))
        elif isinstance(widget, QAbstractScrollArea):
            widget.setAccessibleName(_screen_name(widget))


def mnemonic(text: str) -> str:
    """The letter after a single `&` in `text` (lower case), or "" when it has none."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def _labelled(root: QWidget) -> list[QAbstractButton | QLabel]:
    """The buttons and buddy labels a keyboard user reaches by Alt+letter, directly under
    `root` (not inside a stacked page below it: each page is a scope of its own)."""
    found: list[QAbstractButton | QLabel] = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        inside_page = False
        while parent is not None and parent is not root:
            if isinstance(parent, QStackedWidget):
                inside_page = True
                break
            parent = parent.parentWidget()
        if inside_page or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            if widget.text().strip():
                found.append(widget)
        elif (
            isinstance(widget, QLabel)
            and widget.buddy() is not None
            and widget.textFormat() != Qt.TextFormat.RichText
            and "<" not in widget.text()
        ):
            found.append(widget)
    return found


def _pages(root: QWidget) -> list[QWidget]:
    """The pages of the stacked widgets (tabs, area stacks) nearest below `root`."""
    pages: list[QWidget] = []
    for stack in root.findChildren(QStackedWidget):
        parent = stack.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, QStackedWidget):
            parent = parent.parentWidget()
        if parent is root:
            pages += [page for i in range(stack.count()) if (page := stack.widget(i)) is not None]
    return pages


def assign_mnemonics(root: QWidget, taken: frozenset[str] = frozenset()) -> None:
    """Give every button and buddy label under `root` that has no `&` mnemonic a free one:
    the first letter of a word not yet used in its window, else any free letter. Unique per
    scope: `root` itself, and each page of a stacked widget (a tab) with the letters around it.
    Buttons whose text repeats (one per row of a list) get none: Alt could not pick one."""
    controls = _labelled(root)
    texts = [str(control.text()) for control in controls]
    used = set(taken) | {mnemonic(text) for text in texts} - {""}
    for control, text in zip(controls, texts, strict=True):
        if mnemonic(text) or texts.count(text) > 1 or "&" in text:
            continue
        starts = [m.start() for m in re.finditer(r"\b[A-Za-z]", text)]
        others = [i for i, char in enumerate(text) if char.isascii() and char.isalpha()]
        for index in starts + others:
            letter = text[index].lower()
            if letter not in used:
                used.add(letter)
                control.setText(text[:index] + "&" + text[index:])
                break
    for page in _pages(root):
        assign_mnemonics(page, frozenset(used))


SCOPE_PROPERTY = "mnemonicScope"  # set on each area: its letters are its own


class MnemonicKeeper:
    """Pressing Alt (which starts every Alt+letter) gives the controls that appeared since the
    screen or dialog was shown (a consent's buttons once the case loaded, a tab's rows) their
    mnemonics too, in the scope of the focused control: its dialog or its area. `key_pressed`
    hears every key press of the app (from the window's idle watcher, the app's one event
    filter)."""

    def key_pressed(self, watched: QObject, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Alt:
            focus = QApplication.focusWidget()
            if focus is None and isinstance(watched, QWidget):
                focus = watched  # the key went to a window without a focused control
            widget = focus
            while widget is not None:
                if isinstance(widget, QDialog) or widget.property(SCOPE_PROPERTY):
                    assign_mnemonics(widget)
                    return
                widget = widget.parentWidget()
            window = focus.window() if focus is not None else QApplication.activeWindow()
            for area in window.findChildren(QWidget) if window is not None else []:
                if area.property(SCOPE_PROPERTY) and area.isVisible():  # focus in the sidebar
                    assign_mnemonics(area)
