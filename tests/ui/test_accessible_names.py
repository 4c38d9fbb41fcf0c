"""Every control a keyboard can reach has a name a screen reader can say: walks every area,
every tab of the case screen, the unlock and first-start screens and every dialog, and fails
on a focusable widget whose accessible name (as Qt's accessibility layer gives it: its own
name, its text, or the label it is the buddy of) is empty."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import make_case
from tests.ui.conftest import unlock
from tests.ui.small_screen import TODAY, every_dialog, every_screen
from ui.qt import QAccessible, QDialog, Qt, QWidget


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    """The focusable, visible controls under `top` without an accessible name."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is the control (a combo box's line edit, a spin box's)
        if not _name(widget):
            hint = widget.toolTip() or widget.objectName() or getattr(widget, "text", lambda: "")()
            missing.append(
                f"{type(widget).__name__} in {type(widget.parentWidget()).__name__} ({hint!r})"
            )
    return missing


def test_every_area_and_case_tab(qtbot, make_window, vault) -> None:  # type: ignore[no-untyped-def]
    ws = vault.open()
    case = make_case()
    ws.cases.add(case)
    ws.close()
    h = make_window(vault.path)
    missing = [f"unlock: {m}" for m in unnamed(h.window)]
    unlock(qtbot, h, vault.passphrase)
    for where in every_screen(qtbot, h, case.code):
        missing += [f"{where}: {m}" for m in unnamed(h.window)]
    assert sorted(set(missing)) == []


def test_first_start(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_window(tmp_path / "new" / "vault.db")
    assert h.window.wizard is not None
    assert unnamed(h.window) == [], "first start"


def test_every_dialog(qtbot, make_window, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    missing = []
    for dialog in every_dialog(h, tmp_path):
        h.dialogs.prepare(dialog)  # what Dialogs.exec does before it shows a dialog
        dialog.show()
        qtbot.waitExposed(dialog)
        missing += [f"{type(dialog).__name__}: {m}" for m in unnamed(dialog)]
        dialog.reject()
        dialog.deleteLater()
    assert missing == []
    assert TODAY.year == 2026 and QDialog is not None
