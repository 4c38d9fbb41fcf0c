"""When to lock: after idle time (wall-clock, so sleep counts) and when the OS locks or sleeps.

`IdleWatcher` watches user input through the application's one event filter (every event of
the app, painting and layout included, passes through it; it hands key presses on to the
mnemonics, which had a filter of their own: `on_key_press`) and compares wall-clock time
(`time.time()`, injectable for tests): a laptop that slept for an hour wakes up locked,
because the first timer tick after waking sees the gap. `OsLockMonitor` turns the platform's
"screen locked" and "going to sleep" notifications into one `lock_requested` signal.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from typing import Any, ClassVar

from ui.qt import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QEvent,
    QInputEvent,
    QInputMethodEvent,
    QKeyEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
    dbus_module,
)

Clock = Callable[[], float]
IDLE_SETTING = "idle_lock_minutes"  # in the vault's settings (Instellingen sets it)
DEFAULT_IDLE_MINUTES = 5

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once the user has done nothing for `minutes` of wall-clock time."""

    idle = Signal()
    remaining_changed = Signal(int)  # whole minutes left, for the status line

    def __init__(
        self,
        minutes: int,
        clock: Clock = time.time,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = minutes
        self._last = clock()
        self._last_reported = -1
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)
        # Called with every key press of the app (watched object, event). One filter instead
        # of one per purpose: each is a call into Python for every event of the app, and two
        # made building and painting a screen 1.5-2x dearer for the UI thread (issue 16).
        self.on_key_press: list[Callable[[QObject, QKeyEvent], None]] = []

    @property
    def minutes(self) -> int:
        return self._minutes

    def set_minutes(self, minutes: int) -> None:
        """0 turns the idle lock off."""
        self._minutes = max(0, minutes)
        self.check()

    def start(self) -> None:
        self.touch()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def touch(self) -> None:
        """Count as user activity now."""
        self._last = self._clock()

    def remaining_seconds(self) -> float:
        return self._minutes * 60 - (self._clock() - self._last)

    @Slot()
    def check(self) -> None:
        if not self._timer.isActive() or self._minutes <= 0:
            return
        left = self.remaining_seconds()
        if left <= 0:
            self.stop()
            self.idle.emit()
            return
        minutes = int(-(-left // 60))  # round up: "over 5 min" until the last second
        if minutes != self._last_reported:
            self._last_reported = minutes
            self.remaining_changed.emit(minutes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A C-level type check first: most events (paint, layout, polish) are no input, and
        # asking their type() makes a Python enum each time.
        if isinstance(event, (QInputEvent, QInputMethodEvent)) and event.type() in _ACTIVITY:
            self._last = self._clock()
            if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                for listener in self.on_key_press:
                    listener(watched, event)
        return False


class OsLockMonitor(QObject):
    """One signal for "the OS locked the screen or is about to sleep", where the OS tells.

    - Linux (and other D-Bus desktops): logind `PrepareForSleep(true)` on the system bus,
      logind's session `Lock` signal, and `ActiveChanged(true)` from the freedesktop, GNOME,
      KDE, Cinnamon and MATE screensavers on the session bus.
    - Windows: `WindowsSessionFilter` below (WTS session-lock and power-suspend messages).
    - macOS: `MacSessionWatcher` below (NSWorkspace sleep / screens-asleep / session switch,
      and the distributed `com.apple.screenIsLocked`), through PyObjC when it is installed
      (a dependency on macOS); without it nothing breaks and the wall-clock idle lock still
      covers sleep: the first tick after waking locks.
    """

    lock_requested = Signal(str)  # "screen_locked" or "suspend"

    _SCREENSAVERS = (
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
        ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []  # what is being listened to (for Settings and tests)
        self._native_filter: QAbstractNativeEventFilter | None = None
        self._mac: MacSessionWatcher | None = None

    def start(self, window_id: int | None = None) -> None:
        if sys.platform.startswith("win"):
            self._start_windows(window_id)
        elif sys.platform == "darwin":
            self._start_macos()
        else:
            self._start_dbus()

    # -- the slots D-Bus calls (public so tests can drive them) ---------------------------
    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("suspend")

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen_locked")

    @Slot()
    def session_lock(self) -> None:
        self.lock_requested.emit("screen_locked")

    # -- platforms ---------------------------------------------------------------------------
    def _start_dbus(self) -> None:
        qtdbus = dbus_module()
        if qtdbus is None:
            return
        # dbus_module() is typed object: QtDBus is not in every PySide6 wheel (Windows, macOS)
        bus_type = qtdbus.QDBusConnection  # type: ignore[attr-defined]
        # Connect to every known source even when it is not running yet (a screensaver may
        # start later); `sources` names only those that are there now, for Settings to show.
        system = bus_type.systemBus()
        if system.isConnected():
            logind = self._present(system, "org.freedesktop.login1")
            for path, interface, name, slot in (
                (
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager",
                    "PrepareForSleep",
                    "prepare_for_sleep(bool)",
                ),
                (
                    "/org/freedesktop/login1/session/auto",
                    "org.freedesktop.login1.Session",
                    "Lock",
                    "session_lock()",
                ),
            ):
                connected = system.connect(
                    "org.freedesktop.login1", path, interface, name, self, SLOT(slot)
                )
                if connected and logind:
                    self.sources.append(f"login1.{name}")
        session = bus_type.sessionBus()
        if not session.isConnected():
            return
        for service, path in self._SCREENSAVERS:
            connected = session.connect(
                service, path, service, "ActiveChanged", self, SLOT("screensaver_active(bool)")
            )
            if connected and self._present(session, service) and service not in self.sources:
                self.sources.append(service)

    @staticmethod
    def _present(bus: object, service: str) -> bool:
        interface = bus.interface()  # type: ignore[attr-defined]  # a QDBusConnection, as above
        if interface is None:
            return False
        reply = interface.isServiceRegistered(service)
        return bool(reply.value()) if reply.isValid() else False

    def _start_windows(self, window_id: int | None, load: Loader | None = None) -> None:
        if window_id is None:
            return
        from ui.qt import QCoreApplication

        self._native_filter = WindowsSessionFilter(window_id, self.lock_requested.emit, load)
        app = QCoreApplication.instance()
        if app is not None and self._native_filter.registered:
            app.installNativeEventFilter(self._native_filter)
            self.sources.append("WTSRegisterSessionNotification")

    def _start_macos(self, modules: MacModules | None = None) -> None:
        self._mac = MacSessionWatcher(self.lock_requested.emit, modules)
        self.sources.extend(self._mac.sources)

    def stop(self) -> None:
        """Stop listening (the window is going away)."""
        from ui.qt import QCoreApplication

        if isinstance(self._native_filter, WindowsSessionFilter):
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._native_filter)
            self._native_filter.unregister()
        self._native_filter = None
        if self._mac is not None:
            self._mac.stop()
            self._mac = None


Loader = Callable[[str], Any]  # ctypes.WinDLL, or a fake in tests


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Windows: lock on WM_WTSSESSION_CHANGE/WTS_SESSION_LOCK and WM_POWERBROADCAST/suspend.

    Registers the main window for session notifications (WTSRegisterSessionNotification,
    NOTIFY_FOR_THIS_SESSION) and reads the MSG Qt hands to native event filters; `unregister`
    undoes the registration. Unit-tested with wtsapi32 faked and real MSG structures; not yet
    run on a Windows desktop (packaging/README.md).
    """

    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7
    WM_POWERBROADCAST = 0x0218
    PBT_APMSUSPEND = 0x4
    NOTIFY_FOR_THIS_SESSION = 0

    def __init__(
        self, window_id: int, on_lock: Callable[[str], None], load: Loader | None = None
    ) -> None:
        super().__init__()
        self._on_lock = on_lock
        self._window_id = window_id
        self._wtsapi: Any = None
        self.registered = False
        try:
            if load is None:
                import ctypes

                # typeshed has WinDLL on Windows only (the ignore is unused there)
                load = ctypes.WinDLL  # type: ignore[attr-defined,unused-ignore]
            self._wtsapi = load("wtsapi32")
            self.registered = bool(
                self._wtsapi.WTSRegisterSessionNotification(window_id, self.NOTIFY_FOR_THIS_SESSION)
            )
        except (OSError, AttributeError):
            self.registered = False

    def unregister(self) -> None:
        if self.registered and self._wtsapi is not None:
            with contextlib.suppress(OSError, AttributeError):
                self._wtsapi.WTSUnRegisterSessionNotification(self._window_id)
        self.registered = False

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        # QByteArray has the buffer protocol; PySide6's stub does not say so
        kind = bytes(event_type)  # type: ignore[arg-type]
        if kind not in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            return False, 0
        import ctypes
        import ctypes.wintypes

        msg = ctypes.wintypes.MSG.from_address(int(message))
        if msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam == self.WTS_SESSION_LOCK:
            self._on_lock("screen_locked")
        elif msg.message == self.WM_POWERBROADCAST and msg.wParam == self.PBT_APMSUSPEND:
            self._on_lock("suspend")
        return False, 0


MacModules = tuple[Any, Any]  # (AppKit, Foundation) from PyObjC, or fakes in tests


class MacSessionWatcher:
    """macOS: lock when the Mac sleeps, its screens sleep, the user switches away (fast user
    switching) or the screen locks. Uses PyObjC's AppKit and Foundation when importable;
    otherwise `sources` stays empty and nothing else happens.

    The blocks run on the main queue (Qt's event loop on macOS is the Cocoa run loop), where
    emitting the lock signal is safe. Unit-tested with fake notification centres; not yet run
    on a Mac (packaging/README.md).
    """

    WORKSPACE: ClassVar[dict[str, str]] = {
        "NSWorkspaceWillSleepNotification": "suspend",
        "NSWorkspaceScreensDidSleepNotification": "screen_locked",
        "NSWorkspaceSessionDidResignActiveNotification": "screen_locked",
    }
    DISTRIBUTED: ClassVar[dict[str, str]] = {"com.apple.screenIsLocked": "screen_locked"}

    def __init__(self, on_lock: Callable[[str], None], modules: MacModules | None = None) -> None:
        self.sources: list[str] = []
        self._observers: list[tuple[Any, Any]] = []
        if modules is None:
            try:
                # PyObjC, on macOS only and without stubs
                import AppKit  # type: ignore[import-not-found]
                import Foundation  # type: ignore[import-not-found]
            except ImportError:
                return
            modules = (AppKit, Foundation)
        appkit, foundation = modules
        try:
            workspace = appkit.NSWorkspace.sharedWorkspace().notificationCenter()
            distributed = foundation.NSDistributedNotificationCenter.defaultCenter()
            main = foundation.NSOperationQueue.mainQueue()
        except AttributeError:
            return
        for center, names in ((workspace, self.WORKSPACE), (distributed, self.DISTRIBUTED)):
            for name, reason in names.items():
                token = center.addObserverForName_object_queue_usingBlock_(
                    name, None, main, lambda _note, reason=reason: on_lock(reason)
                )
                self._observers.append((center, token))
                self.sources.append(name)

    def stop(self) -> None:
        for center, token in self._observers:
            with contextlib.suppress(Exception):
                center.removeObserver_(token)
        self._observers.clear()
