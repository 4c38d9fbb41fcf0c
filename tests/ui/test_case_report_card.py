"""The case's registration for the yearly report on the Overzicht tab (issue 18): a new case
starts with one question, questions and signals are added in a click, municipality and client
number save after typing, the mark is given at closing; undo takes a step back."""

from __future__ import annotations

from datetime import date

from tests.ui.test_cases_ui import (  # noqa: F401 - open_app is a fixture
    TIMEOUT,
    activate,
    add_case,
    open_app,
    open_case,
    saved_case,
)
from ui.features.cases.case.dialogs import CloseCaseDialog, NewCaseDialog
from ui.qt import QDate, Qt
from vertrouwen.domain import QuestionType, Topic


def test_new_case_starts_with_a_question(qtbot, open_app, vault) -> None:  # noqa: F811
    app = open_app()

    def answer(dialog: NewCaseDialog) -> int:
        dialog.organisation.setText("Wijkteam Noord")
        return NewCaseDialog.DialogCode.Accepted

    app.dialogs.answer_next(answer)
    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = app.area.case_view
    qtbot.waitUntil(lambda: view.ctx.case is not None, timeout=TIMEOUT)
    card = view.tabs[0].report
    assert card.questions.count() == 1
    assert card.questions.item(0).text() == "Informatie en advies"


def test_report_card_saves_and_undoes(qtbot, open_app, vault) -> None:  # noqa: F811
    case_id = add_case(vault, topics=[Topic.ACCESS], closed=None)
    app = open_app()
    open_case(qtbot, app, case_id)
    card = app.area.case_view.tabs[0].report
    # the question's topic follows the case's main topic
    assert card.question_topic.currentData() == "access"
    card.question_type.setCurrentIndex(card.question_type.findData("support_complaint"))
    card.add_question_button.click()
    qtbot.waitUntil(lambda: len(saved_case(vault, case_id)[0].questions) == 1, timeout=TIMEOUT)
    stored = saved_case(vault, case_id)[0].questions[0]
    assert (stored.type, stored.topic) == (QuestionType.SUPPORT_COMPLAINT, Topic.ACCESS)
    card.signal_date.setDate(QDate(2026, 3, 4))
    card.signal_topic.setCurrentIndex(card.signal_topic.findData("safety"))
    card.add_signal_button.click()
    qtbot.waitUntil(lambda: len(saved_case(vault, case_id)[0].signals) == 1, timeout=TIMEOUT)
    assert saved_case(vault, case_id)[0].signals[0].date == date(2026, 3, 4)
    qtbot.waitUntil(lambda: card.signals.count() == 1, timeout=TIMEOUT)
    assert card.signals.item(0).text() == "04-03-2026 · Veiligheid"
    card.municipality.setFocus()
    qtbot.keyClicks(card.municipality, "Zeist")
    card.client.setFocus()  # leaving the field saves
    qtbot.keyClicks(card.client, "K-0 007")  # a space cannot be typed: no full names here
    card.municipality.setFocus()
    qtbot.waitUntil(
        lambda: (
            (saved_case(vault, case_id)[0].municipality, saved_case(vault, case_id)[0].client)
            == ("Zeist", "K-0007")
        ),
        timeout=TIMEOUT,
    )
    # remove the signal, then undo brings it back
    qtbot.waitUntil(lambda: card.signals.count() == 1, timeout=TIMEOUT)
    card.signals.setCurrentRow(0)
    card.remove_signal_button.click()
    qtbot.waitUntil(lambda: not saved_case(vault, case_id)[0].signals, timeout=TIMEOUT)
    app.area.case_view.undo()
    qtbot.waitUntil(lambda: len(saved_case(vault, case_id)[0].signals) == 1, timeout=TIMEOUT)

    # closing asks the mark
    def close(dialog: CloseCaseDialog) -> int:
        dialog.feedback.setCurrentIndex(dialog.feedback.findData(8))
        return CloseCaseDialog.DialogCode.Accepted

    app.dialogs.answer_next(close)
    app.area.case_view.close_or_reopen()
    qtbot.waitUntil(lambda: saved_case(vault, case_id)[0].feedback == 8, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: card.feedback.currentData() == 8, timeout=TIMEOUT)
