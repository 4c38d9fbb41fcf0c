"""The crash dialog and its report (no case content), the About dialog and the manual."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.ui.conftest import TIMEOUT, unlock
from ui.core.crash import KEEP_REPORTS, REPORT_PREFIX, CrashHandler, _frame_place
from ui.core.crash_dialog import CrashDialog
from ui.core.i18n import Translator
from ui.core.worker import VaultWorker
from ui.kit.accessible import key_text
from ui.kit.help import AboutDialog, manual_html
from ui.qt import QApplication, QGuiApplication, QKeySequence, QPushButton, Qt
from vertrouwen.errors import StorageError

# what a note could say; none of it may reach a report
MARKER = "Jansen woont Dorpsstraat 12 Zwolle"


def _note_failure(note_text: str) -> None:
    local_copy = note_text.upper()  # a local holding case text: must not be in the report
    try:
        {}[note_text]
    except KeyError as exc:
        raise ValueError(f"cannot place {local_copy}") from exc


def _reports(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{REPORT_PREFIX}*.txt"))


@pytest.fixture
def handler(tmp_path: Path):
    made = CrashHandler(lambda: tmp_path / "data")
    made.install()
    yield made
    made.uninstall()
    if made.dialog is not None:
        made.dialog.close()


def _assert_clean(report: str, tmp_path: Path) -> None:
    for piece in (MARKER, MARKER.upper(), "Jansen", "JANSEN", "Dorpsstraat", "Zwolle"):
        assert piece not in report
    assert str(tmp_path) not in report  # no folder that could name the user or a client


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_writes_a_clean_report(
    qtbot, handler: CrashHandler, tmp_path: Path
) -> None:
    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: _note_failure(MARKER))
    button.click()  # Qt calls the slot; the exception reaches sys.excepthook

    qtbot.waitUntil(
        lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=TIMEOUT
    )
    dialog = handler.dialog
    assert isinstance(dialog, CrashDialog)
    assert dialog.windowTitle() == "Er ging iets mis"
    assert "Je kluis is veilig" in dialog.explanation.text()
    assert "geen dossiergegevens" in dialog.explanation.text()
    [path] = _reports(tmp_path / "data")
    assert str(path) in dialog.explanation.text()
    assert path.stat().st_mode & 0o077 == 0  # owner-only
    report = path.read_text(encoding="utf-8")
    assert dialog.text.toPlainText() == report
    assert "exception: builtins.ValueError" in report
    assert "while handling / caused by: builtins.KeyError" in report
    assert "tests/ui/test_help_crash.py:" in report and "in _note_failure" in report
    assert "Vertrouwen 0.1.0" in report and "Python 3." in report and "Qt 6." in report
    _assert_clean(report, tmp_path)

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    QGuiApplication.clipboard().clear()


@pytest.mark.qt_no_exception_capture
def test_the_dialog_speaks_english(qtbot, handler: CrashHandler, tmp_path: Path) -> None:
    translator = Translator(QApplication.instance())
    translator.install("en")
    try:
        button = QPushButton("go")
        qtbot.addWidget(button)
        button.clicked.connect(lambda: _note_failure(MARKER))
        button.click()
        qtbot.waitUntil(lambda: handler.dialog is not None, timeout=TIMEOUT)
        assert handler.dialog.windowTitle() == "Something went wrong"
        assert "Your vault is safe" in handler.dialog.explanation.text()
        assert handler.dialog.copy_button.text() == "Copy report"
    finally:
        translator.install("nl")


def test_an_exception_in_another_thread_reaches_the_ui_thread(
    qtbot, handler: CrashHandler, tmp_path: Path
) -> None:
    thread = threading.Thread(target=_note_failure, args=(MARKER,), name="exporter")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None, timeout=TIMEOUT)
    [path] = _reports(tmp_path / "data")
    report = path.read_text(encoding="utf-8")
    assert "thread: exporter" in report and "builtins.ValueError" in report
    _assert_clean(report, tmp_path)


def test_unexpected_worker_errors_are_reported_and_expected_ones_not(
    qtbot, handler: CrashHandler, tmp_path: Path
) -> None:
    worker = VaultWorker()
    worker.unexpected.connect(handler.report_exception)
    errors: list[Exception] = []
    try:

        def disk_full() -> None:
            raise StorageError(f"cannot write {MARKER}")

        worker.run(disk_full, on_error=errors.append)
        qtbot.waitUntil(lambda: len(errors) == 1, timeout=TIMEOUT)
        assert handler.dialog is None and not _reports(tmp_path / "data")

        worker.run(lambda: _note_failure(MARKER), on_error=errors.append)
        qtbot.waitUntil(lambda: len(errors) == 2, timeout=TIMEOUT)  # the screen still hears
        qtbot.waitUntil(lambda: handler.dialog is not None, timeout=TIMEOUT)
        [path] = _reports(tmp_path / "data")
        report = path.read_text(encoding="utf-8")
        assert "builtins.ValueError" in report and "in _note_failure" in report
        _assert_clean(report, tmp_path)
    finally:
        worker.shutdown()


def test_only_the_newest_reports_are_kept(qtbot, handler: CrashHandler, tmp_path: Path) -> None:
    for _ in range(KEEP_REPORTS + 3):
        try:
            _note_failure(MARKER)
        except ValueError as exc:
            handler.report_exception(exc)
    assert len(_reports(tmp_path / "data")) == KEEP_REPORTS


def test_frame_places_never_show_the_folders_above_the_code() -> None:
    lib = "/home/jansen/.local/lib/python3.11/site-packages/deduce/tokenizer.py"
    assert _frame_place(lib) == "deduce/tokenizer.py"
    bundle = "C:/Users/Jansen/AppData/Local/Programs/Vertrouwen/_internal/ui/shell/window.py"
    assert _frame_place(bundle) == "ui/shell/window.py"
    assert _frame_place("/home/jansen/clients/Pietersen/script.py") == "<other>/script.py"
    assert _frame_place("ui/shell/window.py") == "ui/shell/window.py"  # PyInstaller's archive names


# -- About and the manual -------------------------------------------------------------------
def test_about_shows_version_licences_and_where_the_data_lives(qtbot, make_window, vault) -> None:
    harness = make_window(vault.path)
    seen: dict[str, object] = {}

    def look(dialog: AboutDialog) -> int:
        seen["title"] = dialog.title.text()
        seen["places"] = dict(dialog.places)
        seen["licence"] = dialog.licence_view.toPlainText()
        seen["notices"] = dialog.notices_view.toPlainText()
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        return 0

    harness.dialogs.answer_next(look)
    harness.window.show_about()  # locked: the backup folder is inside the vault
    assert seen["title"] == "Vertrouwen 0.1.0"
    places = seen["places"]
    assert places["vault"] == str(vault.path)
    assert places["keys"] == f"{vault.path}.keys"
    assert places["backups"] == "te zien als de kluis open is"
    assert places["reports"] == str(vault.path.parent)
    assert places["settings"] == harness.preferences.file_name
    assert str(seen["licence"]).startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "PySide6" in str(seen["notices"]) and "SQLCipher" in str(seen["notices"])
    assert seen["tabs"] == ["Over", "Licentie (EUPL-1.2)", "Software van derden"]

    unlock(qtbot, harness, vault.passphrase)
    folder = vault.path.parent / "backups"
    harness.run_on_worker(qtbot, lambda ws: ws.settings.set("backup_folder", str(folder)))
    seen.clear()
    harness.dialogs.answer_next(look)
    harness.window.show_about()
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    assert seen["places"]["backups"] == str(folder)


def test_shift_f1_opens_the_manual_and_f1_stays_spoed(qtbot, make_window, vault) -> None:
    harness = make_window(vault.path)
    window = harness.window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.spoed.isVisible() and window.manual is None
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(
        lambda: window.manual is not None and window.manual.isVisible(), timeout=TIMEOUT
    )
    text = window.manual.browser.toPlainText()
    assert text.startswith("Handleiding Vertrouwen")
    assert "herstelsleutel" in text
    window.set_language("en")  # the manual closes; it reopens in English
    qtbot.waitUntil(lambda: window.manual is None, timeout=TIMEOUT)
    window.show_manual()
    assert window.manual.browser.toPlainText().startswith("Vertrouwen manual")
    assert window.manual.windowTitle() == "Manual \u2014 Vertrouwen"
    window.manual.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_manual_names_shortcuts_as_this_platform_writes_them(language: str) -> None:
    text = manual_html(language)
    assert "{key:" not in text
    assert key_text("Ctrl+L") in text and key_text("Shift+F1") in text
    assert key_text("Ctrl+L") == QKeySequence("Ctrl+L").toString(
        QKeySequence.SequenceFormat.NativeText
    )


def test_window_tooltips_use_native_shortcut_names(qtbot, make_window, vault) -> None:
    harness = make_window(vault.path)
    assert harness.window.lock_button.toolTip() == f"Kluis vergrendelen ({key_text('Ctrl+L')})"
    assert harness.window.spoed_button.toolTip() == f"Crisisnummers tonen ({key_text('F1')})"
