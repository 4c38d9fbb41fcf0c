"""Windows and dialogs that fit the screen they are on (1366x768 laptops with a panel).

`fit_to_screen(widget)` shrinks a top-level widget to the screen's available geometry (what is
left after panels and docks) and moves it fully onto it. `Dialogs.exec` calls it for every
dialog, so no dialog can put its buttons below the screen edge; dialogs that want a generous
size ask for `screen_share()` of the screen instead of a fixed number of pixels.
"""

from __future__ import annotations

from ui.qt import QByteArray, QEvent, QGuiApplication, QObject, QRect, QSize, Qt, QTimer, QWidget

# Room left around a dialog so its frame and title bar stay on the screen too.
FRAME_MARGIN = 24


def available(widget: QWidget | None = None) -> QRect:
    """The available geometry of the screen `widget` is on (else the primary screen)."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (should not happen): a small laptop's size
        return QRect(0, 0, 1366, 768)
    return screen.availableGeometry()


def screen_share(widget: QWidget | None, width: int, height: int, share: float = 0.92) -> QSize:
    """`width` x `height`, or less where the screen is smaller: at most `share` of it."""
    room = available(widget)
    return QSize(min(width, int(room.width() * share)), min(height, int(room.height() * share)))


def fit_to_screen(widget: QWidget) -> None:
    """Shrink `widget` (a window) to its screen's available room and move it onto it."""
    room = available(widget).adjusted(0, 0, 0, -FRAME_MARGIN)
    widget.ensurePolished()
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    resized = widget.isVisible() or widget.testAttribute(Qt.WidgetAttribute.WA_Resized)
    size = widget.size() if resized else widget.sizeHint()
    width = min(size.width(), room.width())
    height = min(size.height(), room.height())
    if (width, height) != (size.width(), size.height()):
        widget.resize(width, height)
    if widget.isVisible():
        move_onto_screen(widget)
    else:  # Qt places a dialog (centred on its parent) when it is shown: correct it then
        widget.installEventFilter(_ON_SHOW)


def move_onto_screen(widget: QWidget) -> None:
    """Move a shown window so that its frame lies on its screen's available room."""
    room = available(widget)
    frame = widget.frameGeometry()
    x = max(min(frame.x(), room.right() - frame.width() + 1), room.left())
    y = max(min(frame.y(), room.bottom() - frame.height() + 1), room.top())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


class _OnShow(QObject):
    """Moves a window onto the screen right after it is first shown, then lets go."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, lambda: move_onto_screen(watched))
        return False


_ON_SHOW = _OnShow()


# Below this much room (a 1366x768 laptop, or 1920x1080 at 150%) the window starts maximised.
SMALL_SCREEN = QSize(1440, 860)


def place_window(window: QWidget, saved: QByteArray) -> None:
    """Give the main window its remembered size and place, else: maximised on a small
    screen, a comfortable size on a large one. A remembered place that is no longer on any
    screen (a monitor was unplugged) is moved back onto the screen."""
    if not saved.isEmpty() and window.restoreGeometry(saved):
        if not window.isMaximized():
            fit_to_screen(window)
        return
    room = available(window)
    if room.width() < SMALL_SCREEN.width() or room.height() < SMALL_SCREEN.height():
        window.resize(screen_share(window, 1220, 800, share=0.94))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(1220, 800)
