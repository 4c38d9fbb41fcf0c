"""Keychain unlock is only switched on when the keychain really keeps the key: a keychain that
accepts and forgets (no real backend) leaves the box unticked, says why, and the next unlock
still works with the passphrase."""

from __future__ import annotations

import keyring

from tests.conftest import MemoryKeyring
from tests.ui.conftest import TIMEOUT, unlock


class _Forgetful(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        return None  # accepted, not kept


def test_a_forgetful_keychain_is_unticked_with_the_reason(qtbot, make_window, vault) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    settings = h.window.shell.show_area("settings")
    qtbot.waitUntil(lambda: settings.keychain_box.isEnabled(), timeout=TIMEOUT)
    previous = keyring.get_keyring()
    keyring.set_keyring(_Forgetful())
    try:
        h.dialogs.answer_next(True)  # "yes, I understand the warning"
        settings.keychain_box.click()
        qtbot.waitUntil(lambda: settings.keychain_error.isVisible(), timeout=TIMEOUT)
    finally:
        keyring.set_keyring(previous)
    assert not settings.keychain_box.isChecked()
    assert "bewaarde de sleutel niet" in settings.keychain_error.text.text()
    h.window.lock("manual")
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    unlock(qtbot, h, vault.passphrase)  # the passphrase still opens it; nothing half on
    on = h.run_on_worker(qtbot, lambda ws: ws.slots.keychain_account)
    assert on is None
