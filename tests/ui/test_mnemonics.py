"""Alt+letter reaches every button and labelled field: walks every area, every tab of the case
screen and every dialog and fails on a button or buddy label without a mnemonic, or on two
with the same letter in one scope (a dialog, or one page of a stack: a tab, an area)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.conftest import make_case
from tests.ui.conftest import unlock
from tests.ui.small_screen import every_dialog, every_screen
from ui.kit.accessible import _labelled, _pages, assign_mnemonics, mnemonic
from ui.qt import QApplication, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, Qt, QWidget


def problems(root: QWidget, where: str, taken: frozenset[str] = frozenset()) -> list[str]:
    """Duplicate letters in a scope, and controls without a mnemonic though a letter of their
    text was still free (a tab with 40 check boxes runs out of letters: that is allowed)."""
    found = []
    controls = _labelled(root)
    texts = [str(c.text()) for c in controls]  # type: ignore[attr-defined]
    letters = Counter(mnemonic(t) for t in texts if texts.count(t) == 1) - Counter({"": 99})
    used = set(taken) | set(letters)
    for text in texts:
        free = {c.lower() for c in text if c.isascii() and c.isalpha()} - used
        if texts.count(text) == 1 and "&" not in text and free:
            found.append(f"{where}: no mnemonic on {text!r}")
    found += [f"{where}: {letter!r} used {n} times" for letter, n in letters.items() if n > 1]
    found += [f"{where}: {letter!r} also around it" for letter in set(letters) & taken]
    for page in _pages(root):
        found += problems(page, f"{where}/{type(page).__name__}", frozenset(used))
    return found


def test_mnemonics_are_given_unique_and_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QWidget()
    row = QHBoxLayout(box)
    name = QLabel("Naam")
    field = QLineEdit()
    name.setBuddy(field)
    save, cancel, nearly = QPushButton("Opslaan"), QPushButton("&Annuleren"), QPushButton("Open")
    same = [QPushButton("Vastleggen"), QPushButton("Vastleggen")]
    for widget in (name, field, save, cancel, nearly, *same):
        row.addWidget(widget)
    qtbot.addWidget(box)
    assign_mnemonics(box)
    assert cancel.text() == "&Annuleren"  # an explicit one stays
    assert name.text() == "&Naam" and save.text() == "&Opslaan"
    assert nearly.text() == "O&pen"  # O is taken: the next free letter
    assert [b.text() for b in same] == ["Vastleggen", "Vastleggen"]  # one per row: none
    assert problems(box, "box") == []


def test_every_area_and_case_tab(qtbot, make_window, vault) -> None:  # type: ignore[no-untyped-def]
    ws = vault.open()
    case = make_case()
    ws.cases.add(case)
    ws.close()
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    found: list[str] = []
    for where in every_screen(qtbot, h, case.code):
        area = h.window.shell.stack.currentWidget()
        qtbot.keyPress(QApplication.focusWidget() or area, Qt.Key.Key_Alt)  # as Alt+letter does
        found += problems(area, where)
    assert "\n".join(sorted(set(found))) == ""


def test_every_dialog(qtbot, make_window, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    found = []
    for dialog in every_dialog(h, tmp_path):
        h.dialogs.prepare(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyPress(dialog, Qt.Key.Key_Alt)
        found += problems(dialog, type(dialog).__name__)
        dialog.reject()
        dialog.deleteLater()
    assert found == []
    assert QDialog is not None
