"""The main window on a small screen starts maximised, and remembers its size and place
(QSettings holds the geometry, nothing about cases)."""

from __future__ import annotations

from ui.kit.screen_fit import SMALL_SCREEN, available, place_window
from ui.qt import QByteArray


def test_without_a_remembered_place_a_small_screen_gets_a_maximised_window(
    qtbot, make_window, vault
) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    h.window.hide()
    place_window(h.window, QByteArray())
    room = available(h.window)
    small = room.width() < SMALL_SCREEN.width() or room.height() < SMALL_SCREEN.height()
    assert h.window.isMaximized() == small  # the test screen is 800x800: small
    assert small
