"""`ui.qt`, the one door to Qt, resolves each name when first asked for (issue 16): PySide6
builds a class's Python type with all its enums on first access, and resolving all ~140 names
at import took longer than a bare window's whole start."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import ui.qt
from tests.conftest import ROOT

QT_MODULE = Path(ui.qt.__file__)
OWN = ["PYSIDE6_VERSION", "QT_TRANSLATE_NOOP", "dbus_module", "delete_item", "item_parts"]


def _type_checking_names() -> set[str]:
    """The names `ui/qt.py` imports for mypy and the import contracts."""
    tree = ast.parse(QT_MODULE.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for item in node.body:
                assert isinstance(item, ast.ImportFrom) and item.module
                assert item.module.startswith("PySide6.")
                names.update(alias.asname or alias.name for alias in item.names)
    return names


def test_the_names_mypy_sees_are_the_names_that_resolve() -> None:
    assert _type_checking_names() == set(ui.qt.__all__) - set(OWN)  # OWN: defined in ui/qt.py
    assert len(ui.qt.__all__) == len(set(ui.qt.__all__))


@pytest.mark.parametrize("name", sorted(_type_checking_names()))
def test_every_name_resolves_to_its_qt_object(name: str) -> None:
    value = getattr(ui.qt, name)
    assert value is not None
    assert getattr(value, "__module__", "PySide6").startswith(("PySide6", "shiboken6"))
    assert vars(ui.qt)[name] is value  # kept: the next lookup is a plain global


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        ui.qt.QNoSuchWidget  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError):
        from ui.qt import QNoSuchWidget  # type: ignore[attr-defined]  # noqa: F401


def test_importing_it_resolves_nothing_and_loads_only_what_is_asked_for() -> None:
    code = (
        "import json, sys, ui.qt\n"
        "before = [n for n in ui.qt.__all__ if n in vars(ui.qt)]\n"
        "from ui.qt import QLabel, QPushButton\n"
        "after = [n for n in ui.qt.__all__ if n in vars(ui.qt)]\n"
        "print(json.dumps({'before': before, 'after': after, 'modules': sorted(sys.modules)}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    report = json.loads(done.stdout)
    assert sorted(report["before"]) == OWN
    assert sorted(report["after"]) == sorted([*OWN, "QLabel", "QPushButton"])
    later = ("PySide6.QtNetwork", "PySide6.QtSvg", "PySide6.QtPdf", "PySide6.QtPrintSupport")
    assert [m for m in later if m in report["modules"]] == []


def _item_wrappers() -> list[object]:
    import shiboken6

    kinds = ("QWidgetItem", "QSpacerItem")
    return [w for w in shiboken6.getAllValidWrappers() if type(w).__name__ in kinds]


def test_a_layout_item_read_leaves_no_wrapper_behind(qtbot) -> None:
    """PySide keeps an `itemAt` item's wrapper as long as its layout, and does not hear when Qt
    deletes the item: a widget made later at its address came back as that QWidgetItem (a
    fresh-clone CI run failed on it in the mnemonics walk). `item_parts` lets the wrapper go."""
    from ui.qt import QHBoxLayout, QLabel, QVBoxLayout, QWidget, item_parts

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    first, inner = QLabel("een"), QHBoxLayout()
    layout.addWidget(first)
    layout.addLayout(inner)
    layout.addStretch(1)
    before = len(_item_wrappers())
    parts = [item_parts(layout.itemAt(n)) for n in range(layout.count())]
    assert parts == [(first, None), (None, inner), (None, None)]
    assert len(_item_wrappers()) == before
    assert item_parts(layout.itemAt(1))[1] is inner  # a nested layout stays a live wrapper
    assert item_parts(None) == (None, None)


def test_the_ui_reads_layout_items_only_through_item_parts() -> None:
    import re

    bare = re.compile(r"(?<!item_parts\()\b\w+(?:\.\w+)*\.itemAt(?:Position)?\(")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bare.search(line)
    ]
    assert found == []
