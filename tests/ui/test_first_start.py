"""First start: a new user creates a working vault, keeps the recovery key, opts in or out."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.ui.conftest import STRONG, TIMEOUT
from vertrouwen.vault.keys import format_recovery_key, parse_recovery_key
from vertrouwen.workspace import Workspace


def test_first_start_creates_a_working_vault(
    qtbot, make_window, tmp_path: Path, memory_keyring
) -> None:
    vault = tmp_path / "nieuw" / "vault.db"
    h = make_window(vault)
    wizard = h.window.wizard
    assert wizard is not None and h.window.unlock_screen is None

    # weak passphrases are refused; mismatches too
    wizard.passphrase.first.setText("wachtwoord1")
    wizard.passphrase.second.setText("wachtwoord1")
    assert not wizard.create_button.isEnabled()
    assert "makkelijk te raden" in wizard.passphrase.meter.verdict.text()
    wizard.passphrase.first.setText(STRONG)
    assert not wizard.create_button.isEnabled()
    wizard.passphrase.second.setText(STRONG)
    assert wizard.create_button.isEnabled()
    wizard.create_button.click()
    assert wizard.create_busy.isVisible()
    qtbot.waitUntil(lambda: wizard.currentIndex() == 1, timeout=TIMEOUT)
    assert vault.exists()

    # the recovery key is shown once, in groups, and printed as a noodkaart (a PDF printer)
    shown = wizard.key_label.text().split()
    assert len(shown) == 8 and all(len(group) == 8 for group in shown)
    key = parse_recovery_key("".join(shown))
    printed = tmp_path / "printer.pdf"
    h.dialogs.answer_next(printed)
    wizard.print_button.click()
    assert wizard.sheet_printed == 1
    text = PdfReader(printed).pages[0].extract_text()
    assert format_recovery_key(key, grouped=True).split()[0] in text

    # quitting now asks first, because the key was not confirmed yet
    h.dialogs.answer_next(False)
    h.window.close()
    assert h.window.isVisible()
    assert h.dialogs.asked[-1] == "Herstelsleutel nog niet bewaard"

    # the check: the last group must match and the box must be ticked
    wizard._to_check()
    wizard.check_field.setText("00000000")
    wizard.kept_box.setChecked(True)
    assert not wizard.check_button.isEnabled()
    wizard.check_field.setText(shown[-1])
    assert wizard.check_button.isEnabled()
    wizard.check_button.click()
    assert wizard.currentIndex() == 3

    # opt in to the keychain, then the backup folder (a USB stick, say), then start
    wizard.keychain_box.setChecked(True)
    wizard.finish_button.click()
    qtbot.waitUntil(lambda: wizard.currentIndex() == 4, timeout=TIMEOUT)
    assert memory_keyring.store, "the data key went to the keychain"
    step = wizard.backup_step
    assert not step.start_button.isEnabled()  # a folder first (or skip)
    stick = tmp_path / "usb"
    stick.mkdir()
    h.dialogs.answer_next(stick)
    step.choose_button.click()
    assert step.same_disk.isVisibleTo(wizard)  # tmp_path is the vault's own disk: said so
    step.start_button.click()
    qtbot.waitUntil(lambda: h.window.shell is not None, timeout=TIMEOUT)
    assert [p.suffix for p in stick.iterdir()], "the first backup was made right away"
    qtbot.waitUntil(
        lambda: "Laatste back-up: vandaag" in h.window.care.label.text(), timeout=TIMEOUT
    )
    assert h.preferences.vault_path == vault

    h.window.lock("manual")
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    h.worker.shutdown()
    ws = Workspace.unlock(vault, STRONG)
    ws.close()
    ws2, reason = Workspace.unlock_with_keychain(vault)
    assert ws2 is not None, reason
    ws2.close()
    Workspace.unlock_with_key(vault, key).close()


def test_first_start_without_a_keychain_still_finishes(
    qtbot, make_window, tmp_path: Path, memory_keyring
) -> None:
    import keyring.errors

    memory_keyring.fail = keyring.errors.NoKeyringError()
    h = make_window(tmp_path / "vault.db")
    wizard = h.window.wizard
    wizard.passphrase.first.setText(STRONG)
    wizard.passphrase.second.setText(STRONG)
    wizard.create_vault()
    qtbot.waitUntil(lambda: wizard.currentIndex() == 1, timeout=TIMEOUT)
    last = wizard.key_label.text().split()[-1]
    wizard._to_check()
    wizard.check_field.setText(last)
    wizard.kept_box.setChecked(True)
    wizard.check_button.click()
    wizard.keychain_box.setChecked(True)
    wizard.finish_button.click()
    qtbot.waitUntil(lambda: wizard.keychain_error.isVisible(), timeout=TIMEOUT)
    assert "geen sleutelbos" in wizard.keychain_error.text.text()
    assert not wizard.keychain_box.isChecked()
    wizard.finish_button.click()
    qtbot.waitUntil(lambda: wizard.currentIndex() == 4, timeout=TIMEOUT)
    h.dialogs.answer_next(False)  # "go on without backups?" no: still on the step
    wizard.backup_step.skip_button.click()
    assert wizard.currentIndex() == 4 and h.dialogs.asked[-1] == "Zonder back-ups verder?"
    h.dialogs.answer_next(True)
    wizard.backup_step.skip_button.click()
    qtbot.waitUntil(lambda: h.window.shell is not None, timeout=TIMEOUT)
    # the status line keeps saying there are no backups
    qtbot.waitUntil(lambda: "Geen back-ups" in h.window.care.label.text(), timeout=TIMEOUT)
