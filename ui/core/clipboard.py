"""Copying secrets to the clipboard: cleared after a short time, at lock and at quit.

    copy_secret(passphrase)            # cleared after 60 s, and when the app quits
    watch_clipboard()                  # anything the app itself copies (note text with
                                       # Ctrl+C, table cells) is treated the same way

Other programs (and clipboard managers) can read the clipboard, so a secret stays there only
as long as it takes to paste it. The clipboard is cleared only while it still holds what we
put there: something the user copied since is left alone.

Every copy made in the app is also marked private the way password managers (KeePassXC) do,
so clipboard history and sync leave it out: on Windows the formats that keep it out of the
Win+V history and the cloud clipboard (`CanIncludeInClipboardHistory` and
`CanUploadToCloudClipboard` as a zero DWORD, `ExcludeClipboardContentFromMonitorProcessing`);
on Linux KDE Klipper's `x-kde-passwordManagerHint: secret`; on macOS the nspasteboard.org
`ConcealedType` that clipboard managers honour.
"""

from __future__ import annotations

import sys

from ui.qt import QApplication, QGuiApplication, QMimeData, QObject, Qt, QTimer

CLEAR_AFTER_SECONDS = 60

_NO = b"\x00\x00\x00\x00"  # a DWORD 0
_WIN_MIME = 'application/x-qt-windows-mime;value="{0}"'  # Qt: a named Windows clipboard format
PRIVATE_FORMATS: dict[str, dict[str, bytes]] = {
    "win32": {
        _WIN_MIME.format("ExcludeClipboardContentFromMonitorProcessing"): b"1",
        "ExcludeClipboardContentFromMonitorProcessing": b"1",  # what some Qt apps check
        _WIN_MIME.format("CanIncludeInClipboardHistory"): _NO,
        _WIN_MIME.format("CanUploadToCloudClipboard"): _NO,
    },
    "darwin": {"application/x-nspasteboard-concealed-type": b"secret"},
    "linux": {"x-kde-passwordManagerHint": b"secret"},
}


def private_formats(platform: str | None = None) -> dict[str, bytes]:
    """The clipboard formats that mark a copy private on `platform` (sys.platform by default;
    other Unix desktops use KDE's hint)."""
    name = platform or sys.platform
    return PRIVATE_FORMATS.get(name, PRIVATE_FORMATS["linux"])


def is_marked(mime: QMimeData | None, platform: str | None = None) -> bool:
    return mime is not None and all(mime.hasFormat(f) for f in private_formats(platform))


def private_copy(
    text: str, source: QMimeData | None = None, platform: str | None = None
) -> QMimeData:
    """Mime data with `text` (and the other formats of `source`, e.g. rich text) marked private."""
    mime = QMimeData()
    if source is not None:
        for fmt in source.formats():
            mime.setData(fmt, source.data(fmt))
    mime.setText(text)
    for fmt, value in private_formats(platform).items():
        mime.setData(fmt, value)
    return mime


class SecretClipboard(QObject):
    """Puts secrets on the clipboard and takes them off again. One per application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._secret: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear)
        self._watching = False

    def watch(self) -> None:
        """Treat every copy made inside the app (note text, table cells) as a secret too."""
        if not self._watching:
            QGuiApplication.clipboard().dataChanged.connect(self._copied_here)
            self._watching = True

    def _copied_here(self) -> None:
        board = QGuiApplication.clipboard()
        # ownsClipboard() is only reliable on some platforms; a change while our window has
        # the focus is a copy made in the app all the same. The application state alone does
        # not say that: when the last window goes without a focus change (Qt's offscreen
        # platform never sends one) it stays "active" with no window of ours open.
        active = (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
            and QGuiApplication.focusWindow() is not None
        )
        if not (board.ownsClipboard() or active):
            return  # copied in another program: not ours to clear
        text = board.text(board.Mode.Clipboard)
        mime = board.mimeData(board.Mode.Clipboard)
        if text and not is_marked(mime):  # a widget's own copy (Ctrl+C): mark it private
            board.setMimeData(private_copy(text, mime), board.Mode.Clipboard)
        if text and text != self._secret:
            self._secret = text
            self._timer.start(CLEAR_AFTER_SECONDS * 1000)

    @property
    def holds_secret(self) -> bool:
        return self._secret is not None

    def copy(self, text: str, seconds: int = CLEAR_AFTER_SECONDS) -> None:
        """Put `text` on the clipboard (and the X11 selection); clear it after `seconds`."""
        board = QGuiApplication.clipboard()
        self._secret = text  # before setting it: the change must not count as a new copy
        board.setMimeData(private_copy(text), board.Mode.Clipboard)
        if board.supportsSelection():  # X11 middle-click paste
            board.setMimeData(private_copy(text), board.Mode.Selection)
        self._timer.start(seconds * 1000)

    def clear(self) -> None:
        """Take our secret off the clipboard now (if it is still there)."""
        self._timer.stop()
        if self._secret is None:
            return
        board = QGuiApplication.clipboard()
        modes = [board.Mode.Clipboard]
        if board.supportsSelection():
            modes.append(board.Mode.Selection)
        for mode in modes:
            if board.text(mode) == self._secret:
                board.clear(mode)
        self._secret = None


def secret_clipboard() -> SecretClipboard:
    """The application's SecretClipboard (made on first use, owned by the QApplication, so it
    lives until quit and clears the clipboard then)."""
    app = QApplication.instance()
    found = app.findChild(SecretClipboard) if app is not None else None
    if isinstance(found, SecretClipboard):
        return found
    return SecretClipboard(app)


def watch_clipboard() -> None:
    """From now on, copies made in the app are cleared after a while, at lock and at quit."""
    secret_clipboard().watch()


def clear_clipboard() -> None:
    """Take what the app copied off the clipboard now (the vault locked)."""
    secret_clipboard().clear()


def copy_secret(text: str, seconds: int = CLEAR_AFTER_SECONDS) -> None:
    """Copy a secret; it is cleared after `seconds` and when the application quits."""
    secret_clipboard().copy(text, seconds)
