"""Instellingen reaches the route editor (own complaint routes)."""

from __future__ import annotations

from tests.ui.conftest import unlock
from ui.qt import QPushButton
from ui.route_editor import RouteEditorDialog


def test_settings_open_the_route_editor(qtbot, make_window, vault) -> None:
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    settings = h.window.shell.show_area("settings")
    seen: list[object] = []

    def fill(dialog: object) -> int:
        seen.append(dialog)
        return 0

    h.dialogs.answer_next(fill)
    (button,) = [
        b for b in settings.findChildren(QPushButton) if b.text() == "Klachtroutes beheren…"
    ]
    button.click()
    assert len(seen) == 1 and isinstance(seen[0], RouteEditorDialog)
