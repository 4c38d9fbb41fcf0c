"""The shell: navigation, shortcuts, the Spoed panel, settings, language, process hygiene."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import keyring.errors

from tests.ui.conftest import STRONG, TIMEOUT, unlock
from ui.features.settings.area import ChangePassphraseDialog
from ui.qt import QSettings, Qt
from vertrouwen.workspace import Workspace


def test_shortcuts_switch_areas_and_open_spoed(qtbot, make_window, vault) -> None:
    h = make_window(vault.path, real_areas=False)
    # Spoed is reachable even before unlocking
    qtbot.keyClick(h.window, Qt.Key.Key_F1)
    assert h.window.spoed.isVisible()
    assert {"112", "0800-2000", "0800-0432", "113", "0800-8765432"} <= set(h.window.spoed.numbers)
    qtbot.keyClick(h.window, Qt.Key.Key_Escape)
    assert not h.window.spoed.isVisible()
    unlock(qtbot, h, vault.passphrase)
    shell = h.window.shell
    for key, area in (
        (Qt.Key.Key_2, "cases"),
        (Qt.Key.Key_3, "reports"),
        (Qt.Key.Key_4, "settings"),
        (Qt.Key.Key_1, "today"),
    ):
        qtbot.keyClick(h.window, key, Qt.KeyboardModifier.ControlModifier)
        assert shell.current_id == area
    qtbot.keyClick(h.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_id == "cases"
    qtbot.keyClick(h.window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(h.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_id == "cases"
    qtbot.keyClick(
        h.window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert h.window.spoed.isVisible()


def test_language_switch_at_run_time(qtbot, make_window, vault, tmp_path: Path) -> None:
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    settings = h.window.shell.show_area("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: h.window.shell.buttons["today"].text() == "Today", timeout=TIMEOUT)
    assert h.window.shell.current_id == "settings"
    assert h.window.spoed_button.text() == "Emergency?"
    assert h.window.lock_button.text() == "Lock"
    assert h.preferences.language == "en"
    h.window.lock("manual")
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    assert h.window.unlock_screen.unlock_button.text() == "Unlock"
    h.window.language_box.setCurrentIndex(h.window.language_box.findData("nl"))
    assert h.window.unlock_screen.unlock_button.text() == "Ontgrendelen"
    # QSettings holds the language and the vault path, nothing else
    stored = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert set(stored.allKeys()) <= {"language", "vault_path"}


def test_settings_idle_minutes_are_stored_in_the_vault(qtbot, make_window, vault) -> None:
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    settings = h.window.shell.show_area("settings")
    qtbot.waitUntil(lambda: settings.keychain_box.isEnabled(), timeout=TIMEOUT)
    settings.idle_minutes.setValue(12)
    qtbot.waitUntil(
        lambda: h.run_on_worker(qtbot, lambda ws: ws.settings.get("idle_lock_minutes")) == 12,
        timeout=TIMEOUT,
    )
    assert h.window.idle.minutes == 12
    assert str(vault.path) in [w.text() for w in settings.findChildren(type(h.window.state_label))]


def test_settings_keychain_on_off_and_unavailable(
    qtbot, make_window, vault, memory_keyring
) -> None:
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    settings = h.window.shell.show_area("settings")
    qtbot.waitUntil(lambda: settings.keychain_box.isEnabled(), timeout=TIMEOUT)

    memory_keyring.fail = keyring.errors.NoKeyringError()
    h.dialogs.answer_next(True)  # "yes, I understand the warning"
    settings.keychain_box.click()
    qtbot.waitUntil(lambda: settings.keychain_error.isVisible(), timeout=TIMEOUT)
    assert "geen sleutelbos" in settings.keychain_error.text.text()
    assert not settings.keychain_box.isChecked()

    memory_keyring.fail = None
    h.dialogs.answer_next(False)  # declining the warning changes nothing
    settings.keychain_box.click()
    assert not settings.keychain_box.isChecked() and not memory_keyring.store

    h.dialogs.answer_next(True)
    settings.keychain_box.click()
    qtbot.waitUntil(lambda: bool(memory_keyring.store), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: settings.keychain_box.isEnabled(), timeout=TIMEOUT)
    settings.keychain_box.click()
    qtbot.waitUntil(lambda: not memory_keyring.store, timeout=TIMEOUT)


def test_change_passphrase_checks_the_current_one(qtbot, make_window, vault) -> None:
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    dialog = ChangePassphraseDialog(h.worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("niet mijn wachtwoordzin")
    dialog.new.first.setText("kort")
    dialog.new.second.setText("kort")
    assert not dialog.ok_button.isEnabled()
    dialog.new.first.setText(STRONG)
    dialog.new.second.setText(STRONG)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert "huidige wachtwoordzin klopt niet" in dialog.error.text.text()
    dialog.current.setText(vault.passphrase)
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.ok_button.click()
    h.window.lock()
    h.worker.shutdown()
    Workspace.unlock(vault.path, STRONG).close()


def test_temp_store_is_memory(qtbot, make_window, vault) -> None:
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    assert (
        h.run_on_worker(qtbot, lambda ws: ws._conn.execute("PRAGMA temp_store").fetchone()[0]) == 2
    )


def test_app_start_turns_core_dumps_off() -> None:
    code = (
        "import resource; from ui.app import harden_process; harden_process();"
        "print(resource.getrlimit(resource.RLIMIT_CORE))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert out.stdout.strip() == "(0, 0)"


def test_vault_choice_remembers_only_the_path(tmp_path: Path, monkeypatch) -> None:
    from ui.app import choose_vault

    monkeypatch.delenv("VERTROUWEN_VAULT", raising=False)
    remembered = tmp_path / "v.db"
    remembered.write_bytes(b"x")
    assert choose_vault(None, remembered) == remembered
    assert choose_vault(str(tmp_path / "other.db"), remembered) == tmp_path / "other.db"
    monkeypatch.setenv("VERTROUWEN_VAULT", str(tmp_path / "env.db"))
    assert choose_vault(None, remembered) == tmp_path / "env.db"


def test_start_up_leaves_the_ui_thread_free_of_long_gil_waits(qtbot, make_window, vault) -> None:
    """Issue 16: the worker's Python work must not keep the UI thread waiting for the GIL
    (5 ms at every turn by default), and a full garbage collection set off by the worker must
    not walk start-up's objects (60-110 ms frozen UI each time): they are frozen once the first
    window is up, before any vault is open."""
    import gc
    import sys

    from ui.core.worker import GIL_SWITCH_SECONDS
    from ui.shell import window

    gc.unfreeze()  # as in a fresh process
    window._FROZEN.clear()
    h = make_window(vault.path)
    assert sys.getswitchinterval() <= GIL_SWITCH_SECONDS
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=TIMEOUT)
    assert not h.worker.is_unlocked


def test_an_unlock_during_the_background_imports_waits_without_freezing(
    qtbot, make_window, vault
) -> None:
    """Unlocked within a second of starting, the areas may still be loading (Preload): the
    shell comes once they are there, and the UI thread keeps turning meanwhile."""
    import threading

    from ui.shell.window import Preload

    h = make_window(vault.path)
    qtbot.waitUntil(lambda: h.window.preload is not None, timeout=TIMEOUT)
    gate = threading.Event()
    loading = Preload(())
    loading._thread = threading.Thread(target=gate.wait, daemon=True)  # a slow import
    loading.start()
    h.window.preload = loading
    unlock_without_waiting = h.window.unlock_screen
    unlock_without_waiting.passphrase.setText(vault.passphrase)
    unlock_without_waiting.unlock_button.click()
    qtbot.waitUntil(lambda: h.worker.is_unlocked, timeout=TIMEOUT)
    qtbot.wait(200)  # the event loop runs: nothing blocks on the import
    assert h.window.shell is None
    gate.set()
    qtbot.waitUntil(lambda: h.window.shell is not None, timeout=TIMEOUT)
    assert h.window.shell.current_id == "today"
