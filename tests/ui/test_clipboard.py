"""Text copied inside the app (a note with Ctrl+C) leaves the clipboard after a while and at
lock; what another program copied is left alone."""

from __future__ import annotations

from tests.ui.conftest import TIMEOUT, unlock
from ui.core import clipboard
from ui.qt import QGuiApplication, Qt, QTextEdit


def active() -> bool:
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


def focused() -> bool:
    """A window of ours has the focus: what the clipboard guard counts as a copy made here."""
    return active() and QGuiApplication.focusWindow() is not None


def test_note_text_copied_in_the_app_is_cleared_at_lock(qtbot, make_window, vault) -> None:
    clipboard.watch_clipboard()
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(focused)
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
    qtbot.waitUntil(focused)
    board = QGuiApplication.clipboard()
    board.setText("notitietekst")
    qtbot.waitUntil(lambda: board.text() == "", timeout=TIMEOUT)
    assert not guard.holds_secret


def test_copies_are_marked_private_for_clipboard_history_and_managers(qtbot) -> None:
    """KeePassXC's marks: Klipper's hint here (Linux); the Windows and macOS formats below."""
    guard = clipboard.secret_clipboard()
    guard.copy("1234 5678 9abc")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "1234 5678 9abc"
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    guard.clear()


def test_the_private_formats_of_each_platform() -> None:
    win = clipboard.private_copy("geheim", platform="win32")
    zero_dword = b"\x00\x00\x00\x00"
    name = 'application/x-qt-windows-mime;value="{0}"'
    assert bytes(win.data(name.format("CanIncludeInClipboardHistory"))) == zero_dword
    assert bytes(win.data(name.format("CanUploadToCloudClipboard"))) == zero_dword
    assert win.hasFormat(name.format("ExcludeClipboardContentFromMonitorProcessing"))
    assert bytes(win.data("ExcludeClipboardContentFromMonitorProcessing")) == b"1"
    assert win.text() == "geheim"
    mac = clipboard.private_copy("geheim", platform="darwin")
    assert mac.hasFormat("application/x-nspasteboard-concealed-type")
    assert clipboard.is_marked(mac, "darwin") and not clipboard.is_marked(mac, "win32")
    assert clipboard.private_formats("freebsd14") == clipboard.private_formats("linux")


def test_a_widgets_own_copy_is_marked_too(qtbot) -> None:
    clipboard.watch_clipboard()
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(focused)
    editor.setHtml("<b>Gesprek</b> met moeder")
    editor.selectAll()
    editor.copy()  # Qt's own copy: rich text and plain text, no marks
    board = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.is_marked(board.mimeData()), timeout=TIMEOUT)
    mime = board.mimeData()
    assert mime.text() == "Gesprek met moeder"
    assert mime.hasHtml() and "Gesprek" in mime.html()  # the rich text is kept
    clipboard.clear_clipboard()
    assert board.text() == ""


def test_a_copy_after_our_last_window_closed_is_not_ours(qtbot) -> None:
    """Qt may leave the application "active" after its last window went (the offscreen
    platform sends no focus change then): what is copied now comes from another program and
    is left alone. (Shell changes that closed windows in another order broke a later test
    through this; tests/ui/test_retention_ui.py::test_secret_clipboard_clears_itself.)"""
    clipboard.watch_clipboard()
    editor = QTextEdit()
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(focused)
    editor.close()
    editor.deleteLater()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is None)
    assert active()  # the stale state this guards against
    clipboard.copy_secret("geheim")
    board = QGuiApplication.clipboard()
    board.setText("door de gebruiker gekopieerd")
    clipboard.secret_clipboard().clear()
    assert board.text() == "door de gebruiker gekopieerd"
