"""Unlocking: passphrase, wrong passphrase, recovery key, keychain; the UI never freezes."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring.errors

from tests.ui.conftest import STRONG, TIMEOUT, unlock
from ui.qt import QTimer
from vertrouwen.vault.keys import KdfParams, format_recovery_key
from vertrouwen.workspace import Workspace


def test_unlock_with_the_passphrase_opens_the_shell(qtbot, make_window, vault) -> None:
    h = make_window(vault.path)
    assert h.window.unlock_screen is not None and h.window.wizard is None
    unlock(qtbot, h, vault.passphrase)
    assert h.window.shell is not None and h.window.shell.current_id == "today"
    assert h.window.state_label.text().startswith("Kluis open")
    assert h.worker.is_unlocked


def test_wrong_passphrase_says_so_and_changes_nothing(qtbot, make_window, vault) -> None:
    before = vault.path.read_bytes()
    h = make_window(vault.path)
    screen = h.window.unlock_screen
    screen.passphrase.setText("dit is niet de goede")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=TIMEOUT)
    assert "wachtwoordzin klopt niet" in screen.error.text.text()
    assert h.window.shell is None and not h.worker.is_unlocked
    assert vault.path.read_bytes() == before
    unlock(qtbot, h, vault.passphrase)
    events = h.run_on_worker(qtbot, lambda ws: [e.event for e in ws.audit.entries()])
    assert "unlock_failed" in events  # the failed try is audited once the vault opens


def test_forgot_passphrase_recovers_with_the_recovery_key(qtbot, make_window, vault) -> None:
    h = make_window(vault.path)
    screen = h.window.unlock_screen
    screen.forgot_button.click()
    assert screen.currentIndex() == 1
    screen.recovery_key.setText(format_recovery_key(bytes(32), grouped=True))
    screen.new_passphrase.first.setText(STRONG)
    screen.new_passphrase.second.setText(STRONG)
    screen.recover_button.click()
    qtbot.waitUntil(lambda: screen.recovery_error.isVisible(), timeout=TIMEOUT)
    assert "hoort niet bij deze kluis" in screen.recovery_error.text.text()

    screen.recovery_key.setText("1234")
    screen.recover_button.click()
    assert "64 tekens" in screen.recovery_error.text.text()

    screen.recovery_key.setText(format_recovery_key(vault.recovery_key, grouped=True))
    screen.recover_button.click()
    qtbot.waitUntil(lambda: h.window.shell is not None, timeout=TIMEOUT)
    h.window.lock()
    h.worker.shutdown()
    Workspace.unlock(vault.path, STRONG).close()


def test_keychain_button_unlocks_and_falls_back_clearly(
    qtbot, make_window, vault, memory_keyring
) -> None:
    ws = vault.open()
    assert ws.enable_keychain() is None
    ws.close()
    h = make_window(vault.path)
    screen = h.window.unlock_screen
    qtbot.waitUntil(lambda: screen.keychain_button.isVisible(), timeout=TIMEOUT)
    memory_keyring.fail = keyring.errors.KeyringLocked()
    screen.keychain_button.click()
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=TIMEOUT)
    assert "vergrendeld" in screen.error.text.text()
    assert h.window.shell is None
    memory_keyring.fail = None
    screen.keychain_button.click()
    qtbot.waitUntil(lambda: h.window.shell is not None, timeout=TIMEOUT)


def test_keychain_button_hidden_when_not_enabled(qtbot, make_window, vault) -> None:
    h = make_window(vault.path)
    qtbot.wait(100)
    assert not h.window.unlock_screen.keychain_button.isVisible()


def test_event_loop_keeps_running_during_key_derivation(qtbot, make_window, tmp_path: Path) -> None:
    # A vault with a deliberately slow KDF (the fast test KDF would finish before any tick).
    path = tmp_path / "slow.db"
    ws, _key = Workspace.create(
        path, STRONG, kdf=KdfParams(time_cost=4, memory_kib=64 * 1024, parallelism=1)
    )
    ws.close()
    h = make_window(path)
    screen = h.window.unlock_screen
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    screen.passphrase.setText(STRONG)
    screen.unlock_button.click()
    assert screen.busy.isVisible() and not screen.passphrase.isEnabled()
    qtbot.waitUntil(lambda: h.window.shell is not None, timeout=TIMEOUT)
    timer.stop()
    assert len(ticks) >= 5, "the UI thread was blocked while the key was derived"


def test_missing_key_file_points_to_the_recovery_key(
    qtbot, make_window, vault, tmp_path: Path
) -> None:
    copy = tmp_path / "copy" / "vault.db"
    copy.parent.mkdir()
    shutil.copy2(vault.path, copy)  # no .keys file beside it
    h = make_window(copy)
    unlock_screen = h.window.unlock_screen
    unlock_screen.passphrase.setText(vault.passphrase)
    unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: unlock_screen.error.isVisible(), timeout=TIMEOUT)
    assert "herstelsleutel" in unlock_screen.error.text.text()
