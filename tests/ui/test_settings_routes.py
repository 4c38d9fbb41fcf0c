"""Instellingen reaches the route editor (own complaint routes)."""

from __future__ import annotations

from tests.ui.conftest import unlock
from ui.features.routes.editor import RouteEditorDialog
from ui.qt import QPushButton


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
        b
        for b in settings.findChildren(QPushButton)
        if b.text().replace("&", "") == "Klachtroutes beheren…"
    ]
    button.click()
    assert len(seen) == 1 and isinstance(seen[0], RouteEditorDialog)


def test_bridge_days_are_entered_in_settings(qtbot, make_window, vault) -> None:
    from datetime import date

    from ui.features.routes.section import BridgeDaysDialog
    from ui.qt import QDate, QDialog
    from vertrouwen.routes import bridge_days

    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    settings = h.window.shell.show_area("settings")
    qtbot.waitUntil(lambda: "Geen brugdagen" in settings.routes.shown.text(), timeout=5000)

    def fill(dialog: object) -> int:
        assert isinstance(dialog, BridgeDaysDialog)
        dialog.date.setDate(QDate(2026, 5, 15))
        dialog.add_button.click()
        dialog.date.setDate(QDate(2026, 5, 15))  # twice is once
        dialog.add_button.click()
        assert dialog.list.count() == 1
        return QDialog.DialogCode.Accepted.value

    h.dialogs.answer_next(fill)
    settings.routes.bridge_button.click()
    qtbot.waitUntil(lambda: "15 mei 2026" in settings.routes.shown.text(), timeout=5000)
    stored = h.run_on_worker(qtbot, lambda ws: bridge_days.bridge_days(ws.settings))
    assert stored == [date(2026, 5, 15)]
