"""The recovery key never lands on disk unless the user chooses so: it is printed from memory
(here through a PDF printer outside the folders searched), a file only comes after a warning
and a second one for a poor place, and printing it again later needs the passphrase."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pdf_helpers import fonts, have_poppler, poppler_text, pypdf_text
from tests.secret_scan import file_count, files_holding, holds_secret
from tests.ui.conftest import STRONG, TIMEOUT, Harness, unlock
from ui.app import memory_temp_folder
from ui.kit.dialogs import Dialogs
from ui.kit.sheet_print import new_printer, writes_a_file
from ui.qt import QAbstractPrintDialog, QApplication, QPrinterInfo, QTimer
from ui.shell.first_start import FirstStartWizard
from vertrouwen.vault.keys import format_recovery_key, parse_recovery_key
from vertrouwen.workspace import Workspace


@pytest.fixture
def new_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A home folder and a temp folder of our own, as the app's process sees them."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", None)  # Python caches the temp folder
    assert Path.home() == home and tempfile.gettempdir() == str(temp)
    return home, temp


@contextlib.contextmanager
def quits_cleanly(h: Harness) -> Iterator[None]:
    """A failed check must not leave the "quit without keeping the key?" question open (it
    would block pytest-qt's closing of the window)."""
    try:
        yield
    finally:
        if h.window.wizard is not None:
            h.window.wizard._key = None


def printed_text(path: Path) -> str:
    """What the PDF printer received, as text (both readers, so neither is trusted alone)."""
    data = path.read_bytes()
    text = pypdf_text(data)
    if have_poppler():
        assert poppler_text(path).replace(" ", "") == text.replace(" ", "")
    return text


def create_vault(qtbot: object, h: Harness) -> tuple[FirstStartWizard, bytes]:
    wizard = h.window.wizard
    assert wizard is not None
    wizard.passphrase.first.setText(STRONG)
    wizard.passphrase.second.setText(STRONG)
    wizard.create_button.click()
    qtbot.waitUntil(lambda: wizard.currentIndex() == 1, timeout=TIMEOUT)  # type: ignore[attr-defined]
    return wizard, parse_recovery_key(wizard.key_label.text())


def confirm_and_start(qtbot: object, h: Harness, wizard: FirstStartWizard) -> None:
    wizard.next_button.click()
    wizard.check_field.setText(wizard.key_label.text().split()[-1])
    wizard.kept_box.setChecked(True)
    wizard.check_button.click()
    wizard.finish_button.click()
    qtbot.waitUntil(lambda: wizard.currentIndex() == 4, timeout=TIMEOUT)  # type: ignore[attr-defined]
    h.dialogs.answer_next(True)  # go on without a backup folder (the last step asks)
    wizard.backup_step.skip_button.click()
    qtbot.waitUntil(lambda: h.window.shell is not None, timeout=TIMEOUT)  # type: ignore[attr-defined]


def test_a_first_start_prints_the_sheet_and_leaves_the_key_nowhere(
    qtbot, make_window, tmp_path: Path, new_user: tuple[Path, Path]
) -> None:
    home, temp = new_user
    vault = home / ".local" / "share" / "Vertrouwen" / "vault.db"
    h = make_window(vault)
    with quits_cleanly(h):
        wizard, key = create_vault(qtbot, h)
        assert wizard.print_button.property("kind") == "primary"  # printing is the default way
        assert wizard.print_button.hasFocus()

        printer = tmp_path / "printer" / "job.pdf"  # the OS print system, outside home and temp
        printer.parent.mkdir()
        h.dialogs.answer_next(printer)
        wizard.print_button.click()
        assert h.dialogs.asked == ["Noodkaart afdrukken"]
        assert wizard.sheet_printed == 1 and wizard.sheet_saved_to is None
        assert "printer" in wizard.kept_label.text()
        text = printed_text(printer)
        for group in format_recovery_key(key, grouped=True).split():
            assert group in text
        assert "Noodkaart" in text and str(vault).replace(" ", "") in text.replace(" ", "")
        assert holds_secret(printer, key), "the scan finds the key in what was printed"
        used = fonts(printer.read_bytes())
        assert used and all(used.values()) and any("DejaVuSansMono" in f for f in used), used

        confirm_and_start(qtbot, h, wizard)
        h.window.lock("manual")
        qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
        h.worker.shutdown()

        assert vault.exists()
        assert file_count(home) >= 2  # the vault and its key slot file at least
        assert files_holding(key, home, temp) == []


def test_saving_a_file_takes_a_warning_and_another_for_a_poor_place(
    qtbot, make_window, tmp_path: Path, new_user: tuple[Path, Path]
) -> None:
    home, temp = new_user
    vault = home / "Vertrouwen" / "vault.db"
    h = make_window(vault, language="en")
    with quits_cleanly(h):
        wizard, key = create_vault(qtbot, h)

        # declining the first warning writes nothing and asks nothing more
        h.dialogs.answer_next(False)
        wizard.save_button.click()
        assert h.dialogs.asked == ["Save the emergency sheet as a file?"]

        # a folder on the vault's disk, then one inside Dropbox: warned each time
        h.dialogs.answer_next(True, home / "Documents" / "sheet.pdf", False)
        dropbox = home / "Dropbox" / "safe"
        dropbox.mkdir(parents=True)
        h.dialogs.answer_next(dropbox / "sheet", True)
        (home / "Documents").mkdir()
        wizard.save_button.click()
        qtbot.waitUntil(lambda: wizard.sheet_saved_to is not None, timeout=TIMEOUT)
        assert h.dialogs.asked[1:] == [
            "Save the emergency sheet as a file?",
            "Save emergency sheet",
            "Not in this place?",
            "Save emergency sheet",
            "Not in this place?",
        ]
        saved = dropbox / "sheet.pdf"
        assert wizard.sheet_saved_to == saved
        assert "Print it and delete the file" in wizard.kept_label.text()
        assert not (home / "Documents" / "sheet.pdf").exists()
        text = pypdf_text(saved.read_bytes())
        assert "Emergency sheet" in text and format_recovery_key(key, grouped=True)[:8] in text
        # the user chose it, after two warnings: that is the one file that holds the key
        assert files_holding(key, home, temp) == [saved]


def test_printing_again_from_settings_asks_for_the_passphrase(
    qtbot, make_window, vault, tmp_path: Path
) -> None:
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    assert h.window.shell is not None
    h.window.shell.show_area("settings")
    settings = h.window.shell.areas["settings"]
    printer = tmp_path / "again.pdf"

    # a wrong passphrase: refused, no printer asked, nothing printed
    h.dialogs.answer_next("niet mijn wachtwoordzin", printer)
    settings.recovery.print_button.click()
    qtbot.waitUntil(lambda: settings.recovery.error.isVisible(), timeout=TIMEOUT)
    assert h.dialogs.asked == ["Noodkaart opnieuw afdrukken"]
    assert not printer.exists()
    assert "niets afgedrukt" in settings.recovery.error.text.text()
    h.dialogs._answers.clear()

    # the right one: the printer is asked, and the sheet holds this vault's key
    h.dialogs.answer_next(vault.passphrase, printer)
    settings.recovery.print_button.click()
    qtbot.waitUntil(lambda: printer.exists(), timeout=TIMEOUT)
    assert h.dialogs.asked[1:] == ["Noodkaart opnieuw afdrukken", "Noodkaart afdrukken"]
    text = printed_text(printer)
    for group in format_recovery_key(vault.recovery_key, grouped=True).split():
        assert group in text
    assert not settings.recovery.error.isVisible()

    events = h.run_on_worker(qtbot, lambda ws: [e.event for e in ws.audit.entries(limit=5)])
    assert "recovery_key_refused" in events and "recovery_key_shown" in events


def test_the_recovery_key_needs_the_current_passphrase(vault) -> None:
    ws = vault.open()
    try:
        from vertrouwen.errors import UnlockError

        with pytest.raises(UnlockError):
            ws.recovery_key("fout")
        assert ws.recovery_key(vault.passphrase) == vault.recovery_key
        ws.set_passphrase("een heel andere zin 2026")
        with pytest.raises(UnlockError):
            ws.recovery_key(vault.passphrase)
    finally:
        ws.close()
    Workspace.unlock(vault.path, "een heel andere zin 2026").close()


def test_the_print_dialog_offers_no_print_to_file(qtbot) -> None:
    option = QAbstractPrintDialog.PrintDialogOption
    dialog = Dialogs().print_dialog("Noodkaart afdrukken", new_printer("Vertrouwen"))
    assert not dialog.testOption(option.PrintToFile)
    assert not dialog.testOption(option.PrintPageRange)
    dialog.deleteLater()


def test_without_a_printer_the_user_is_told_and_nothing_is_printed(qtbot) -> None:
    if QPrinterInfo.availablePrinterNames():
        pytest.skip("this machine has a printer")
    dialogs = Dialogs()
    seen: list[str] = []

    def close_the_message() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, close_the_message)
            return
        seen.append(box.windowTitle())
        box.reject()

    QTimer.singleShot(50, close_the_message)
    printer = new_printer("Vertrouwen")
    assert not dialogs.choose_printer("Noodkaart afdrukken", printer)
    assert seen == ["Geen printer gevonden"]
    assert dialogs.asked == ["Noodkaart afdrukken", "Geen printer gevonden"]


def test_print_jobs_spool_in_memory_when_the_runtime_folder_is_ram(tmp_path: Path) -> None:
    """Qt's CUPS engine writes a print job to TMPDIR first: on Linux the app points TMPDIR at
    the private, RAM-backed runtime folder."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or not os.access(shm, os.W_OK):
        pytest.skip("no /dev/shm here")
    runtime = Path(tempfile.mkdtemp(dir=shm))
    try:
        runtime.chmod(0o700)
        assert memory_temp_folder({"XDG_RUNTIME_DIR": str(runtime)}) == runtime
        runtime.chmod(0o755)  # readable by others: not private
        assert memory_temp_folder({"XDG_RUNTIME_DIR": str(runtime)}) is None
    finally:
        runtime.rmdir()
    assert memory_temp_folder({"XDG_RUNTIME_DIR": str(tmp_path / "missing")}) is None
    assert memory_temp_folder({}) is None


@pytest.mark.parametrize(
    ("name", "file"),
    [
        ("Microsoft Print to PDF", True),
        ("Microsoft XPS Document Writer", True),
        ("OneNote (Desktop)", True),
        ("PDF", True),  # CUPS-PDF
        ("HP_LaserJet_M404", False),
        ("Brother HL-L2350DW series", False),
    ],
)
def test_printers_that_write_a_file_are_recognised(name: str, file: bool) -> None:
    assert writes_a_file(name) == file
