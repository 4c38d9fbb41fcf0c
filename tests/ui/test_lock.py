"""Locking: Ctrl+L, idle time on a fake wall clock (sleep counts), the OS, and open dialogs."""

from __future__ import annotations

import pytest
import shiboken6

from tests.conftest import make_case
from tests.ui.conftest import TIMEOUT, unlock
from ui.core.worker import VaultLocked
from ui.features.settings.area import ChangePassphraseDialog
from ui.kit.area import Area
from ui.qt import QApplication, QDialog, QEvent, QKeyEvent, QPushButton, Qt, QTimer


def _assert_locked_and_clean(qtbot, h, areas: list[Area]) -> None:
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    assert h.window.shell is None
    assert not h.worker.is_unlocked
    assert all(area.cleared for area in areas), "every area dropped its data"
    code = getattr(h, "case_code", None)
    if code:  # no widget anywhere still shows the case code
        from ui.qt import QLabel, QLineEdit

        texts = [w.text() for w in QApplication.allWidgets() if isinstance(w, (QLabel, QLineEdit))]
        assert not [t for t in texts if code in t]
    assert not any(area.isVisible() for area in areas)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    errors: list[Exception] = []
    h.worker.submit(lambda ws: ws.cases.count(), lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT)
    assert isinstance(errors[0], VaultLocked), "the key is gone from the worker"


@pytest.fixture
def unlocked(qtbot, make_window, vault):
    ws = vault.open()
    ws.cases.add(make_case())
    ws.close()
    h = make_window(vault.path, real_areas=False)
    unlock(qtbot, h, vault.passphrase)
    cases = h.window.shell.show_area("cases")  # the stand-in lists codes via the worker
    qtbot.waitUntil(lambda: cases.codes.text() != "", timeout=TIMEOUT)
    h.case_code = cases.codes.text()
    return h


def test_ctrl_l_locks_and_leaves_no_case_data(qtbot, unlocked) -> None:
    h = unlocked
    areas = list(h.window.shell.areas.values())
    qtbot.keyClick(h.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked_and_clean(qtbot, h, areas)
    assert h.window.state_label.text() == "Kluis vergrendeld"


def test_idle_lock_uses_wall_clock_time(qtbot, unlocked) -> None:
    h = unlocked
    idle = h.window.idle
    qtbot.waitUntil(lambda: idle._timer.isActive(), timeout=TIMEOUT)
    assert idle.minutes == 5
    areas = list(h.window.shell.areas.values())
    h.clock.advance(4 * 60)
    idle.check()
    assert h.window.shell is not None
    assert "over 1 min" in h.window.remaining_label.text()
    # any key press counts as activity and restarts the count
    QApplication.sendEvent(
        h.window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    )
    h.clock.advance(4 * 60)
    idle.check()
    assert h.window.shell is not None
    # a laptop lid closed for an hour: the first tick after waking locks
    h.clock.advance(60 * 60)
    idle.check()
    _assert_locked_and_clean(qtbot, h, areas)
    assert "5 minuten zonder activiteit" in h.window.unlock_screen.lock_notice.text.text()


def test_idle_minutes_come_from_the_vault(qtbot, make_window, vault) -> None:
    ws = vault.open()
    ws.settings.set("idle_lock_minutes", 2)
    ws.close()
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    qtbot.waitUntil(lambda: h.window.idle.minutes == 2, timeout=TIMEOUT)
    h.clock.advance(2 * 60 + 1)
    h.window.idle.check()
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)


def test_lock_with_a_modal_dialog_open(qtbot, unlocked) -> None:
    h = unlocked
    areas = list(h.window.shell.areas.values())
    QTimer.singleShot(100, lambda: h.window.lock("idle"))
    answered = h.dialogs.confirm(
        "Dossier vernietigen?", "Weet je het zeker?"
    )  # blocks until locked
    assert answered is False
    _assert_locked_and_clean(qtbot, h, areas)


def test_lock_with_the_change_passphrase_dialog_open(qtbot, unlocked) -> None:
    h = unlocked
    settings = h.window.shell.show_area("settings")
    areas = list(h.window.shell.areas.values())
    seen: list[QDialog] = []

    def lock_when_open() -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePassphraseDialog)
        ]
        seen.extend(d for d in dialogs if d.isVisible())
        qtbot.keyClick(dialogs[0], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(150, lock_when_open)
    settings.change_passphrase()  # modal; Ctrl+L inside it locks and closes it
    assert seen, "the dialog was open when Ctrl+L was pressed"
    _assert_locked_and_clean(qtbot, h, areas)


def test_os_screen_lock_and_suspend_lock(qtbot, unlocked, vault) -> None:
    h = unlocked
    h.window.os_lock.screensaver_active(False)
    assert h.window.shell is not None
    h.window.os_lock.prepare_for_sleep(True)
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    assert "slaapstand" in h.window.unlock_screen.lock_notice.text.text()
    unlock(qtbot, h, vault.passphrase)
    h.window.os_lock.screensaver_active(True)
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    assert "scherm" in h.window.unlock_screen.lock_notice.text.text()


def test_results_of_jobs_from_before_a_lock_are_dropped(qtbot, unlocked) -> None:
    h = unlocked
    delivered: list[object] = []
    h.worker.submit(lambda ws: ws.cases.codes(), delivered.append, delivered.append)
    h.window.lock("manual")
    qtbot.waitUntil(lambda: not h.worker.is_busy, timeout=TIMEOUT)
    assert delivered == []


def test_a_result_for_a_widget_deleted_meanwhile_is_dropped(qtbot, unlocked) -> None:
    h = unlocked
    button = QPushButton()
    failed = QPushButton()
    h.worker.submit(lambda ws: "x", button.setText, failed.setText)
    shiboken6.delete(button)  # its screen closed before the result came
    h.worker.submit(lambda ws: 1 / 0, failed.setText, failed.setText)
    shiboken6.delete(failed)
    delivered: list[object] = []
    h.worker.submit(lambda ws: "after", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["after"], timeout=TIMEOUT)


_DBUS_SCRIPT = """
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from ui.qt import QApplication, QTimer
from ui.core.lock import OsLockMonitor

app = QApplication([])
monitor = OsLockMonitor()
monitor.start()
got = []
monitor.lock_requested.connect(got.append)
bus = QDBusConnection.sessionBus()
bus.registerService("org.gnome.ScreenSaver")  # play the desktop's screensaver


def emit(active):
    path, name = "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"
    msg = QDBusMessage.createSignal(path, name, "ActiveChanged")
    msg.setArguments([active])
    bus.send(msg)


QTimer.singleShot(200, lambda: emit(False))
QTimer.singleShot(400, lambda: emit(True))
QTimer.singleShot(1500, app.quit)
app.exec()
print(got)
"""


def test_a_real_dbus_screensaver_signal_locks(tmp_path) -> None:
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    if shutil.which("dbus-run-session") is None:
        pytest.skip("no D-Bus session daemon on this machine")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    out = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", _DBUS_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=60,
        check=False,
    )
    assert out.stdout.strip().splitlines()[-1] == "['screen_locked']", out.stderr
