"""Text copied inside the app (a note with Ctrl+C) leaves the clipboard after a while and at
lock; what another program copied is left alone."""

from __future__ import annotations

from tests.ui.conftest import TIMEOUT, unlock
from ui import clipboard
from ui.qt import QGuiApplication, Qt, QTextEdit


def active() -> bool:
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


def test_note_text_copied_in_the_app_is_cleared_at_lock(qtbot, make_window, vault) -> None:
    clipboard.watch_clipboard()
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(active)
    editor.setPlainText("Gesprek met moeder over het besluit")
    editor.selectAll()
    editor.copy()
    board = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.secret_clipboard().holds_secret, timeout=TIMEOUT)
    assert board.text() == "Gesprek met moeder over het besluit"
    h.window.lock("manual")
    qtbot.waitUntil(lambda: board.text() == "", timeout=TIMEOUT)


def test_copies_are_cleared_after_the_timeout(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(clipboard, "CLEAR_AFTER_SECONDS", 0)
    guard = clipboard.secret_clipboard()
    guard.watch()
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(
        lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    )
    board = QGuiApplication.clipboard()
    board.setText("notitietekst")
    qtbot.waitUntil(lambda: board.text() == "", timeout=TIMEOUT)
    assert not guard.holds_secret
