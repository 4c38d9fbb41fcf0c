"""Windows and macOS hooks with the platform calls faked: the WTS session lock, Windows Error
Reporting, and the macOS sleep / screen-lock notifications."""

from __future__ import annotations

import ctypes
import ctypes.wintypes
from typing import Any

from ui.app import (
    SEM_FAILCRITICALERRORS,
    SEM_NOGPFAULTERRORBOX,
    keep_out_of_windows_error_reporting,
)
from ui.core.lock import MacSessionWatcher, OsLockMonitor, WindowsSessionFilter

WINDOW = 0x00A1_0B2C


class FakeDll:
    """A ctypes library whose functions record their calls and return a set value."""

    def __init__(self, **results: int) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._results = results

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in self._results:
            raise AttributeError(name)

        def call(*args: Any) -> int:
            self.calls.append((name, args))
            return self._results[name]

        return call


def loader(**dlls: FakeDll) -> Any:
    def load(name: str) -> FakeDll:
        if name not in dlls:
            raise OSError(f"cannot load {name}")
        return dlls[name]

    return load


def message(msg: int, wparam: int) -> tuple[ctypes.wintypes.MSG, int]:
    """A real MSG structure as Windows hands it to Qt, and its address."""
    native = ctypes.wintypes.MSG()
    native.hWnd = WINDOW
    native.message = msg
    native.wParam = wparam
    return native, ctypes.addressof(native)


def test_wts_registration_and_the_messages_that_lock() -> None:
    wtsapi = FakeDll(WTSRegisterSessionNotification=1, WTSUnRegisterSessionNotification=1)
    reasons: list[str] = []
    hook = WindowsSessionFilter(WINDOW, reasons.append, loader(wtsapi32=wtsapi))
    assert hook.registered
    assert wtsapi.calls == [("WTSRegisterSessionNotification", (WINDOW, 0))]

    kind = WindowsSessionFilter
    for msg, wparam in (
        (kind.WM_WTSSESSION_CHANGE, kind.WTS_SESSION_LOCK),
        (kind.WM_POWERBROADCAST, kind.PBT_APMSUSPEND),
        (kind.WM_WTSSESSION_CHANGE, 0x8),  # WTS_SESSION_UNLOCK: nothing to do
        (kind.WM_POWERBROADCAST, 0x12),  # PBT_APMRESUMEAUTOMATIC
        (0x0100, 0),  # WM_KEYDOWN
    ):
        _native, address = message(msg, wparam)
        assert hook.nativeEventFilter(b"windows_generic_MSG", address) == (False, 0)
    assert reasons == ["screen_locked", "suspend"]
    _native, address = message(kind.WM_WTSSESSION_CHANGE, kind.WTS_SESSION_LOCK)
    hook.nativeEventFilter(b"xcb_generic_event_t", address)  # another platform's event
    assert reasons == ["screen_locked", "suspend"]

    hook.unregister()
    assert wtsapi.calls[-1] == ("WTSUnRegisterSessionNotification", (WINDOW,))
    assert not hook.registered


def test_without_wtsapi_nothing_is_registered() -> None:
    hook = WindowsSessionFilter(WINDOW, lambda _r: None, loader())
    assert not hook.registered
    refused = FakeDll(WTSRegisterSessionNotification=0)
    assert not WindowsSessionFilter(WINDOW, lambda _r: None, loader(wtsapi32=refused)).registered


def test_the_monitor_installs_and_removes_the_windows_filter(qtbot) -> None:
    wtsapi = FakeDll(WTSRegisterSessionNotification=1, WTSUnRegisterSessionNotification=1)
    monitor = OsLockMonitor()
    reasons: list[str] = []
    monitor.lock_requested.connect(reasons.append)
    monitor._start_windows(WINDOW, loader(wtsapi32=wtsapi))
    assert monitor.sources == ["WTSRegisterSessionNotification"]
    _native, address = message(WindowsSessionFilter.WM_WTSSESSION_CHANGE, 0x7)
    monitor._native_filter.nativeEventFilter(b"windows_dispatcher_MSG", address)
    assert reasons == ["screen_locked"]
    monitor.stop()
    assert wtsapi.calls[-1][0] == "WTSUnRegisterSessionNotification"


def test_windows_error_reporting_is_switched_off() -> None:
    kernel32 = FakeDll(GetErrorMode=0x8000, SetErrorMode=0x8000)
    wer = FakeDll(WerAddExcludedApplication=0)
    done = keep_out_of_windows_error_reporting(
        loader(kernel32=kernel32, wer=wer), exe="C:\\Programs\\Vertrouwen\\Vertrouwen.exe"
    )
    assert done == ["SetErrorMode", "WerAddExcludedApplication"]
    wanted = 0x8000 | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
    assert ("SetErrorMode", (wanted,)) in kernel32.calls
    assert wer.calls == [
        ("WerAddExcludedApplication", ("C:\\Programs\\Vertrouwen\\Vertrouwen.exe", False))
    ]
    # an older Windows without wer.dll: the error mode is still set, nothing fails
    assert keep_out_of_windows_error_reporting(loader(kernel32=kernel32)) == ["SetErrorMode"]


class FakeCenter:
    def __init__(self) -> None:
        self.blocks: dict[str, Any] = {}
        self.removed: list[object] = []

    def addObserverForName_object_queue_usingBlock_(
        self, name: str, obj: object, queue: object, block: Any
    ) -> str:
        assert obj is None and queue == "main queue"
        self.blocks[name] = block
        return f"token:{name}"

    def removeObserver_(self, token: object) -> None:
        self.removed.append(token)


class FakeAppKit:
    def __init__(self, center: FakeCenter) -> None:
        workspace = type("W", (), {"notificationCenter": lambda _self: center})()
        self.NSWorkspace = type("NSW", (), {"sharedWorkspace": staticmethod(lambda: workspace)})


class FakeFoundation:
    def __init__(self, center: FakeCenter) -> None:
        self.NSDistributedNotificationCenter = type(
            "D", (), {"defaultCenter": staticmethod(lambda: center)}
        )
        self.NSOperationQueue = type("Q", (), {"mainQueue": staticmethod(lambda: "main queue")})


def test_macos_sleep_and_screen_lock_notifications_lock(qtbot) -> None:
    workspace, distributed = FakeCenter(), FakeCenter()
    monitor = OsLockMonitor()
    reasons: list[str] = []
    monitor.lock_requested.connect(reasons.append)
    monitor._start_macos((FakeAppKit(workspace), FakeFoundation(distributed)))
    assert set(monitor.sources) == {
        "NSWorkspaceWillSleepNotification",
        "NSWorkspaceScreensDidSleepNotification",
        "NSWorkspaceSessionDidResignActiveNotification",
        "com.apple.screenIsLocked",
    }
    workspace.blocks["NSWorkspaceWillSleepNotification"](object())
    distributed.blocks["com.apple.screenIsLocked"](object())
    workspace.blocks["NSWorkspaceSessionDidResignActiveNotification"](object())
    assert reasons == ["suspend", "screen_locked", "screen_locked"]
    monitor.stop()
    assert len(workspace.removed) == 3 and distributed.removed == ["token:com.apple.screenIsLocked"]


def test_without_pyobjc_nothing_breaks(qtbot) -> None:
    watcher = MacSessionWatcher(lambda _r: None)  # PyObjC is not installed here
    assert watcher.sources == []
    watcher.stop()
