"""Small things a working day trips over: "1 minuut", and a double-click in a minutes field
followed by typing gives what was typed."""

from __future__ import annotations

from tests.ui.conftest import TIMEOUT
from tests.ui.test_lock import unlocked  # noqa: F401  (a fixture)
from ui.kit.widgets import select_whole_number
from ui.qt import QSpinBox, Qt


def test_idle_lock_after_one_minute_says_minuut(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    h = unlocked
    idle = h.window.idle
    qtbot.waitUntil(lambda: idle._timer.isActive(), timeout=TIMEOUT)
    idle.set_minutes(1)
    h.clock.advance(61)
    idle.check()
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    text = h.window.unlock_screen.lock_notice.text.text()
    assert "na 1 minuut zonder activiteit" in text and "minuten" not in text


def test_double_click_and_type_replaces_the_number(qtbot) -> None:  # type: ignore[no-untyped-def]
    spin = QSpinBox()
    spin.setRange(1, 240)
    spin.setSuffix(" min")
    spin.setValue(5)
    select_whole_number(spin)
    qtbot.addWidget(spin)
    spin.show()
    qtbot.waitExposed(spin)
    edit = spin.lineEdit()
    at = edit.cursorRect().center()
    at.setX(edit.width() - 8)  # on the suffix, where Qt's own double-click did nothing useful
    qtbot.mouseDClick(edit, Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: edit.selectedText() == "5", timeout=TIMEOUT)
    qtbot.keyClicks(edit, "15")
    assert spin.text() == "15 min"
    spin.interpretText()
    assert spin.value() == 15


def test_the_pdf_password_dialog_does_not_grow_when_ticked(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ui.features.cases.case.consent.dialogs import ExportDialog
    from vertrouwen.domain import Consent

    consent = Consent(date(2026, 3, 5), "Klachtencommissie", "formele klacht")
    consent.id = 1
    dialog = ExportDialog("summary", [consent])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = (dialog.size(), dialog.password.mapTo(dialog, dialog.password.rect().topLeft()))
    assert not dialog.password.isEnabled()
    dialog.protect.setChecked(True)
    qtbot.wait(50)
    after = (dialog.size(), dialog.password.mapTo(dialog, dialog.password.rect().topLeft()))
    assert after == before  # nothing moved under the mouse
    assert dialog.password.isEnabled() and dialog.password.hasFocus()


def test_qts_own_file_dialog_speaks_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.core.i18n import Translator
    from ui.qt import QApplication, QFileDialog, QLabel, QPushButton

    translator = Translator(QApplication.instance())  # type: ignore[arg-type]
    translator.install("nl")
    try:
        dialog = QFileDialog(None, "PDF opslaan", "/tmp")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        texts += [w.text() for w in dialog.findChildren(QPushButton)]
        assert "&Zoeken in:" in texts and "Bestands&type:" in texts
        assert "Bestands&naam:" in texts  # Qt's own Dutch still answers the rest
        assert not [t for t in texts if "Look in" in t or "Files of" in t or t == "Cancel"]
    finally:
        for installed in translator._installed:
            QApplication.removeTranslator(installed)


def test_a_long_check_box_text_wraps_and_a_click_on_it_ticks(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.kit.widgets import wrapping_check
    from ui.qt import QLabel

    text = "Ik heb mijn noodkaart afgedrukt of opgeschreven en veilig opgeborgen."
    row, box = wrapping_check(text)
    qtbot.addWidget(row)
    row.resize(300, 80)  # narrower than the text: it wraps instead of being cut off
    row.show()
    qtbot.waitExposed(row)
    words = row.findChild(QLabel)
    assert words.wordWrap() and words.height() > words.fontMetrics().height() * 1.5
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert box.isChecked() and box.accessibleName() == text
