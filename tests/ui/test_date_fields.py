"""Typing dates: 16-11-2026 in "Nieuw dossier" gives 16-11-2026 (no maximum refuses the
keystrokes on the way; a date after today is refused at the end), and a click in the middle
of the field picks the part under the mouse, so typing replaces it."""

from __future__ import annotations

from datetime import date

from ui.features.cases.case.dialogs import NewCaseDialog
from ui.qt import QDate, QPoint, Qt

TODAY = date(2026, 12, 5)


def _dialog(qtbot):  # type: ignore[no-untyped-def]
    dialog = NewCaseDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.organisation.setText("Jeugdhulp De Brug")
    return dialog


def _click_at(qtbot, edit, share: float) -> None:  # type: ignore[no-untyped-def]
    line = edit.lineEdit()
    qtbot.mouseClick(
        line, Qt.MouseButton.LeftButton, pos=QPoint(int(line.width() * share), line.height() // 2)
    )
    qtbot.wait(20)


def test_typing_a_whole_date_gives_that_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    edit = dialog.opened
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, "16-11-2026")
    assert edit.date() == QDate(2026, 11, 16)
    assert dialog.ok.isEnabled() and not dialog.future.isVisible()
    assert dialog.case().opened == date(2026, 11, 16)


def test_a_date_after_today_is_refused_at_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    edit = dialog.opened
    edit.setFocus()
    edit.setSelectedSection(edit.Section.YearSection)
    qtbot.keyClicks(edit, "2027")
    assert edit.date() == QDate(2027, 12, 5)
    assert not dialog.ok.isEnabled() and dialog.future.isVisible()


def test_a_click_mid_field_then_typing_replaces_that_part(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    edit = dialog.opened  # "05-12-2026": the month is in the middle
    line = edit.lineEdit()
    inside_month = line.textMargins().left() + line.fontMetrics().horizontalAdvance("05-1") + 1
    _click_at(qtbot, edit, inside_month / line.width())
    qtbot.waitUntil(lambda: edit.currentSection() == edit.Section.MonthSection, timeout=2000)
    qtbot.waitUntil(lambda: edit.lineEdit().selectedText() == "12", timeout=2000)
    qtbot.keyClicks(edit, "03")
    assert edit.date() == QDate(2026, 3, 5)
