"""Replacing a finding by a role or placeholder, once or everywhere in a case."""

from __future__ import annotations

from tests.conftest import make_case
from vertrouwen.domain import ComplaintPoint, Note
from vertrouwen.privacy import replace_all, replacement_span, whole_word_positions


def test_a_role_before_the_name_is_not_written_twice() -> None:
    text = "Gesprek met moeder Fatima vandaag."
    start = text.index("Fatima")
    assert replacement_span(text, start, start + 6, "moeder") == (12, start + 6, "moeder")
    assert replacement_span(text, start, start + 6, "[NAAM]") == (start, start + 6, "[NAAM]")


def test_a_capital_at_the_role_is_kept_and_longer_labels_merge_too() -> None:
    assert replace_all("Moeder Fatima zegt het.", "Fatima", "moeder") == "Moeder zegt het."
    assert (
        replace_all("gezinsvoogd Smit belde; Smit zei", "Smit", "gezinsvoogd A")
        == "gezinsvoogd A belde; gezinsvoogd A zei"
    )


def test_replace_all_takes_whole_words_only() -> None:
    text = "Fatima en Fatimas zoon; Fatima."
    assert whole_word_positions(text, "Fatima") == [0, 24]
    assert replace_all(text, "Fatima", "[NAAM]") == "[NAAM] en Fatimas zoon; [NAAM]."


def test_a_case_lists_and_rewrites_its_free_texts_but_keeps_consents() -> None:
    from datetime import date

    from vertrouwen.domain import NoteKind

    case = make_case(
        notes=[Note("n1", date(2026, 3, 2), NoteKind.PHONE, 5, "moeder Fatima belde")],
        complaint_points=[ComplaintPoint("Fatima niet gehoord", "excuses aan Fatima")],
    )
    case.consents[0].purpose = "klacht van Fatima"
    parts = [(p, field) for p, _ref, field, _t in case.free_texts()]
    assert parts == [
        ("note", "text"),
        ("complaint_point", "summary"),
        ("complaint_point", "desired_outcome"),
        ("action", "description"),
        ("consent", "purpose"),
    ]
    changed = case.rewrite_texts(lambda t: replace_all(t, "Fatima", "moeder"))
    assert changed == 3
    assert case.notes[0].text == "moeder belde"
    assert case.complaint_points[0].summary == "moeder niet gehoord"
    assert case.complaint_points[0].desired_outcome == "excuses aan moeder"
    assert case.consents[0].purpose == "klacht van Fatima"
