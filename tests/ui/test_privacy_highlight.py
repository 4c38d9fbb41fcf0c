"""The note editor's personal-data highlighter, with real widgets and a real detector."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from ui.kit.privacy.highlight import PrivacyHighlighter
from ui.kit.privacy.loader import DetectorLoader
from vertrouwen.privacy import Detector, Finding, load_detector

LOAD_TIMEOUT = 180_000  # generous: the word lists load in a second, CI machines can be slow
TIMEOUT = 10_000


def _editor(
    qtbot: QtBot, cls: type[QPlainTextEdit] | type[QTextEdit] = QPlainTextEdit
) -> QPlainTextEdit:
    editor = cls()
    qtbot.addWidget(editor)
    editor.show()
    return editor  # type: ignore[return-value]


def _highlighted(editor: QPlainTextEdit) -> list[tuple[int, int]]:
    """(start, end) of every highlighted range, in document (UTF-16) positions."""
    ranges = []
    block = editor.document().begin()
    while block.isValid():
        for fmt in block.layout().formats():
            ranges.append((block.position() + fmt.start, block.position() + fmt.start + fmt.length))
        block = block.next()
    return ranges


def _menu_action(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        if action.text() == text:
            return action
        sub = action.menu()
        if isinstance(sub, QMenu):
            try:
                return _menu_action(sub, text)
            except LookupError:
                pass
    raise LookupError(text)


def _position_of(editor: QPlainTextEdit, needle: str) -> int:
    """The Qt cursor position of `needle` (UTF-16 units, as a click there would give)."""
    cursor = editor.document().find(needle)
    assert not cursor.isNull(), needle
    return cursor.selectionStart()


@pytest.mark.slow
def test_type_wait_for_highlights_replace_and_undo(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    highlighter = PrivacyHighlighter(editor, role_labels=["moeder", "gezinsvoogd A"], delay_ms=50)
    loader = DetectorLoader()
    loader.ready.connect(highlighter.set_detector)
    loader.start()

    qtbot.keyClicks(editor, "Gesprek met Sanne de Vries, bel haar op 06-12345678.")
    # typing is never held up by the loading tables
    assert editor.toPlainText() == "Gesprek met Sanne de Vries, bel haar op 06-12345678."

    qtbot.waitUntil(lambda: loader.detector is not None, timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(
        lambda: {f.kind for f in highlighter.findings()} >= {"name", "phone"}, timeout=TIMEOUT
    )
    found = {f.text: f.kind for f in highlighter.findings()}
    assert found == {"Sanne de Vries": "name", "06-12345678": "phone"}
    assert (12, 26) in _highlighted(editor)
    assert (40, 51) in _highlighted(editor)

    menu = QMenu()
    assert highlighter.populate_menu(menu, _position_of(editor, "06-12345678") + 3)
    _menu_action(menu, "Vervang door [TELEFOON]").trigger()
    assert editor.toPlainText() == "Gesprek met Sanne de Vries, bel haar op [TELEFOON]."

    menu = QMenu()
    assert highlighter.populate_menu(menu, _position_of(editor, "Sanne"))
    _menu_action(menu, "moeder").trigger()
    assert editor.toPlainText() == "Gesprek met moeder, bel haar op [TELEFOON]."
    qtbot.waitUntil(lambda: highlighter.findings() == [], timeout=TIMEOUT)

    editor.undo()  # one step undoes the whole replacement
    assert editor.toPlainText() == "Gesprek met Sanne de Vries, bel haar op [TELEFOON]."
    editor.undo()
    assert editor.toPlainText() == "Gesprek met Sanne de Vries, bel haar op 06-12345678."
    qtbot.waitUntil(lambda: len(highlighter.findings()) == 2, timeout=TIMEOUT)


@pytest.fixture
def patterns_only(qtbot: QtBot) -> Iterator[tuple[QPlainTextEdit, PrivacyHighlighter]]:
    editor = _editor(qtbot)
    yield editor, PrivacyHighlighter(editor, Detector(), delay_ms=20)


def _set_text_and_wait(
    qtbot: QtBot, editor: QPlainTextEdit, hl: PrivacyHighlighter, text: str
) -> None:
    with qtbot.waitSignal(hl.scanned, timeout=TIMEOUT):
        editor.setPlainText(text)


def test_emoji_before_a_finding_keeps_highlight_and_replacement_exact(
    qtbot: QtBot, patterns_only: tuple[QPlainTextEdit, PrivacyHighlighter]
) -> None:
    editor, hl = patterns_only
    _set_text_and_wait(qtbot, editor, hl, "😀👨‍👩‍👧 bel 06-12345678 🙂 of mail a@b.nl")
    text = editor.toPlainText()
    assert [(f.kind, f.text, text[f.start : f.end]) for f in hl.findings()] == [
        ("phone", "06-12345678", "06-12345678"),
        ("email", "a@b.nl", "a@b.nl"),
    ]
    start16 = _position_of(editor, "06-12345678")
    assert (start16, start16 + 11) in _highlighted(editor)
    phone = hl.findings()[0]
    assert hl.finding_at(start16 + 5) == phone
    assert hl.replace_finding(phone, "[TELEFOON]")
    assert editor.toPlainText() == "😀👨‍👩‍👧 bel [TELEFOON] 🙂 of mail a@b.nl"


def test_typing_before_a_finding_moves_its_highlight_until_the_rescan(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    hl = PrivacyHighlighter(editor, Detector(), delay_ms=60_000)  # no timed rescan here
    with qtbot.waitSignal(hl.scanned, timeout=TIMEOUT):
        editor.setPlainText("bel 06-12345678")
        hl.set_detector(Detector())  # scans at once
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Moeder: ")
    assert [(f.start, f.end, f.text) for f in hl.findings()] == [(12, 23, "06-12345678")]
    assert (12, 23) in _highlighted(editor)
    cursor.setPosition(14)  # an edit inside the number drops it until the next scan
    cursor.insertText("9")
    assert hl.findings() == []


def test_ignore_emits_the_text_and_clears_the_highlight(
    qtbot: QtBot, patterns_only: tuple[QPlainTextEdit, PrivacyHighlighter]
) -> None:
    editor, hl = patterns_only
    _set_text_and_wait(qtbot, editor, hl, "Bel 06-12345678 of 06 1234 5678.")
    assert len(hl.findings()) == 2
    menu = QMenu()
    hl.populate_menu(menu, _position_of(editor, "06-12345678"))
    with (
        qtbot.waitSignal(hl.ignoreRequested, timeout=TIMEOUT) as ignored,
        qtbot.waitSignal(hl.findingsChanged, timeout=TIMEOUT) as changed,
    ):
        _menu_action(menu, "Geen persoonsgegeven (voor dit dossier)").trigger()
    assert ignored.args == ["06-12345678"]
    assert changed.args == [0]  # the same number written differently is ignored too
    assert _highlighted(editor) == []
    with qtbot.waitSignal(hl.scanned, timeout=TIMEOUT):
        editor.appendPlainText("Nogmaals: 0612345678.")
    assert hl.findings() == []


def test_ignored_texts_of_the_case_are_not_highlighted(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    hl = PrivacyHighlighter(editor, Detector(), ignored={"a@b.nl"}, delay_ms=20)
    _set_text_and_wait(qtbot, editor, hl, "mail a@b.nl of c@d.nl")
    assert [f.text for f in hl.findings()] == ["c@d.nl"]


def test_menu_without_a_finding_is_left_alone_and_rich_text_editor_works(qtbot: QtBot) -> None:
    editor = _editor(qtbot, QTextEdit)
    hl = PrivacyHighlighter(editor, Detector(), delay_ms=20)  # type: ignore[arg-type]
    _set_text_and_wait(qtbot, editor, hl, "Moeder belde.\nNieuw adres: Kerkstraat 12a.")
    menu = editor.createStandardContextMenu()
    before = [a.text() for a in menu.actions()]
    assert not hl.populate_menu(menu, 2)
    assert [a.text() for a in menu.actions()] == before
    assert hl.populate_menu(menu, _position_of(editor, "Kerkstraat"))  # type: ignore[arg-type]
    texts = [a.text() for a in menu.actions()]
    assert texts[: len(texts) - len(before)][:4] == [
        "Persoonsgegeven: adres",
        "Vervang door rol…",
        "Vervang door [ADRES]",
        "Geen persoonsgegeven (voor dit dossier)",
    ]
    assert not _menu_action(menu, "Vervang door rol…").isEnabled()  # no role labels given


def test_pattern_findings_show_while_the_full_detector_loads(qtbot: QtBot) -> None:
    release = threading.Event()

    def slow_loader() -> Detector:
        release.wait(30)
        return load_detector()

    editor = _editor(qtbot)
    hl = PrivacyHighlighter(editor, delay_ms=20)
    loader = DetectorLoader(slow_loader)
    loader.ready.connect(hl.set_detector)
    loader.start()
    try:
        with qtbot.waitSignal(hl.scanned, timeout=TIMEOUT):
            qtbot.keyClicks(editor, "Jan Jansen belt 06-12345678")
        assert [f.kind for f in hl.findings()] == ["phone"]
    finally:
        release.set()
    qtbot.waitUntil(lambda: loader.detector is not None, timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: [f.kind for f in hl.findings()] == ["name", "phone"], timeout=TIMEOUT)
    assert hl.findings()[0] == Finding(0, 10, "name", "Jan Jansen")


def test_replacing_a_name_by_the_role_before_it_keeps_one_role(
    qtbot: QtBot, patterns_only: tuple[QPlainTextEdit, PrivacyHighlighter]
) -> None:
    """ "moeder Fatima" replaced by the role "moeder" reads "moeder", not "moeder moeder"."""
    editor, hl = patterns_only
    _set_text_and_wait(qtbot, editor, hl, "😀 Moeder Fatima belt. Oma Truus ook.")
    fatima = next(f for f in hl.findings() if f.text == "Fatima")
    assert hl.replace_finding(fatima, "moeder")
    assert editor.toPlainText() == "😀 Moeder belt. Oma Truus ook."
    _set_text_and_wait(qtbot, editor, hl, editor.toPlainText())
    truus = next(f for f in hl.findings() if f.text == "Truus")
    assert hl.replace_finding(truus, "[NAAM]")
    assert editor.toPlainText() == "😀 Moeder belt. Oma [NAAM] ook."
