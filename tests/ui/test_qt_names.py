"""No widget of ours hides a Qt method under an attribute or a signal of the same name.

`self.actions = QWidget()` on a widget, or `move = Signal(...)` on its class, replaces Qt's
`actions()` or `move()` for every caller: Qt's own code, ours and the tests then get a widget or
a signal where they expect a method (the `self.done` crash was one). mypy --strict over ui/
reports it too; this walks every area, case tab and dialog as they are built at run time.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from PySide6.QtCore import SignalInstance

from tests.conftest import make_case
from tests.ui.conftest import unlock
from tests.ui.small_screen import every_dialog, every_screen
from ui.qt import QObject, QWidget, Signal

OURS = ("ui.", "tests.")
KEPT = {"__module__", "__doc__", "__dict__", "__weakref__", "staticMetaObject"}


def _qt_names(cls: type) -> set[str]:
    return {
        name for base in cls.__mro__ if base.__module__.startswith("PySide6") for name in dir(base)
    }


def shadowed(root: QObject) -> list[str]:
    """`Class.name` for each attribute of `root` or its children, or signal or plain value on
    one of our classes, that has the name of something its Qt base class has."""
    found = []
    for obj in [root, *root.findChildren(QObject)]:
        cls = type(obj)
        if not cls.__module__.startswith(OURS):
            continue
        qt = _qt_names(cls)
        # PySide keeps the instances of Qt's own signals in the object's __dict__: not ours
        found += [
            f"{cls.__name__}.{name}"
            for name, value in vars(obj).items()
            if name in qt and not isinstance(value, SignalInstance)
        ]
        for own in cls.__mro__:
            if own.__module__.startswith(OURS):
                found += [
                    f"{own.__name__}.{name}"
                    for name, value in vars(own).items()
                    if name in qt and name not in KEPT and not inspect.isfunction(value)
                ]
    return sorted(set(found))


def test_the_check_sees_a_shadowing_attribute(qtbot) -> None:  # type: ignore[no-untyped-def]
    class Bar(QWidget):
        move_requested = Signal(int)
        resized = Signal()

    class Hiding(QWidget):
        move = Signal(int)

    bar = Bar()
    bar.tools = QWidget(bar)  # type: ignore[attr-defined]
    qtbot.addWidget(bar)
    assert shadowed(bar) == []
    bar.actions = QWidget(bar)  # type: ignore[method-assign,assignment]
    Hiding(bar)
    assert shadowed(bar) == ["Bar.actions", "Hiding.move"]


def test_every_area_case_tab_and_dialog(qtbot, make_window, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = vault.open()
    case = make_case()
    ws.cases.add(case)
    ws.close()
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    found = shadowed(h.window)
    for _where in every_screen(qtbot, h, case.code):
        found += shadowed(h.window)
    for dialog in every_dialog(h, tmp_path):
        found += shadowed(dialog)
        dialog.deleteLater()
    assert sorted(set(found)) == []
