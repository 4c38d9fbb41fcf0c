"""Core errors reach the screen from their code, in Dutch and in English, never as the core's
(English, command-line) sentence; ui/ never turns an exception into text itself.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from tests.ui.test_translations import DUTCH, PROPER_NAMES, TS, dutch_in, entries
from ui.core.i18n import Translator
from ui.core.messages import IN_PLACE, SAME_AS, TEXTS, describe, general_code
from ui.core.route_phrases import FRAMES
from ui.core.route_problems import PROBLEM_FRAMES
from ui.core.worker import KeychainUnavailable, VaultLocked
from ui.qt import QCoreApplication
from vertrouwen.errors import (
    ENGLISH,
    DocumentRefused,
    ErrorCode,
    InputError,
    StorageError,
    UnlockError,
    VaultError,
    VertrouwenError,
)
from vertrouwen.routes.wording import Problem, Say

ROOT = Path(__file__).resolve().parents[2]
# the arguments a code's raise sites pass beyond those its English sentence names
EXTRA_ARGS = {
    ErrorCode.FILE_CONTENT: {"source", "key"},
    ErrorCode.REGISTRATIONS_CHANGED: {"source", "key"},
}


def classes(cls: type[VertrouwenError]) -> list[type[VertrouwenError]]:
    return [cls, *(c for sub in cls.__subclasses__() for c in classes(sub))]


# each class's code for when the core raises it with a sentence only (no arguments)
GENERAL = {cls.code: cls for cls in reversed(classes(VertrouwenError))}


def names(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def sample(code: ErrorCode) -> VertrouwenError:
    """An error with `code`, every argument filled with a recognisable value."""
    args: dict[str, object] = {
        name: f"/tmp/map/arg_{name}.bin" if name == "path" else f"arg_{name}"
        for name in names(ENGLISH.get(code, "")) | EXTRA_ARGS.get(code, set())
    }
    if code in ENGLISH:
        return VertrouwenError(code, **args)
    if code == ErrorCode.DOCUMENT_REFUSED:
        return DocumentRefused("raw core words", "too_big", "x.pdf")
    return GENERAL[code]("raw core words")


def shown(code: ErrorCode) -> str:
    return TEXTS[SAME_AS.get(code, code)]


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    translator = Translator(QCoreApplication.instance())  # type: ignore[arg-type]
    translator.install("en")
    yield
    translator.install("nl")


def test_every_code_has_a_sentence_for_the_command_line_or_is_a_class_default() -> None:
    for code in ErrorCode:
        assert code in ENGLISH or code in GENERAL, code
    assert VaultLocked.code in ENGLISH and KeychainUnavailable.code == ErrorCode.KEYCHAIN_FAILED


def test_every_code_has_a_dutch_and_an_english_sentence_on_screen() -> None:
    finished = {(e.context, e.source) for e in entries() if not e.kind and all(e.translations)}
    sources = [*TEXTS.values(), *IN_PLACE.values()]
    for code in ErrorCode:
        assert SAME_AS.get(code, code) in TEXTS, f"{code} has no sentence in ui/messages.py"
    for source in sources:
        assert ("Messages", source) in finished, f"no English for {source!r} in {TS.name}"


def test_every_advice_and_route_problem_code_has_a_dutch_and_an_english_frame() -> None:
    finished = {(e.context, e.source) for e in entries() if not e.kind and all(e.translations)}
    for code in Say:
        assert ("RoutePhrases", FRAMES[code]) in finished, code
    for problem in Problem:
        assert ("RouteProblems", PROBLEM_FRAMES[problem]) in finished, problem


def test_a_sentence_names_only_arguments_the_core_gives() -> None:
    for code in ErrorCode:
        given = names(ENGLISH.get(code, "")) | EXTRA_ARGS.get(code, set())
        assert names(shown(code)) <= given, code
        if code == ErrorCode.WRONG_PASSPHRASE:
            assert not names(IN_PLACE[("unlock", code)])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_each_code_renders_without_the_cores_words(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    translator = Translator(QCoreApplication.instance())  # type: ignore[arg-type]
    translator.install(language)
    try:
        for code in ErrorCode:
            exc = sample(code)
            text = describe(exc, "safekeeping")
            assert text and str(exc) not in text, (code, text)
            assert not re.search(r"\{\w*\}", text), (code, text)  # every argument filled
            assert "/tmp/map" not in text, (code, text)  # a file's name, not its folder
            if language == "en":
                leaks = dutch_in([(code.value, text)], list(PROPER_NAMES))
                assert not leaks, leaks
            else:
                assert DUTCH.search(text), (code, text)
    finally:
        translator.install("nl")


def test_the_same_code_reads_per_place(qapp) -> None:  # type: ignore[no-untyped-def]
    exc = UnlockError(ErrorCode.WRONG_PASSPHRASE)
    assert describe(exc, "unlock") != describe(exc, "change")
    assert "hoofdletters" in describe(exc, "unlock")


def test_an_error_raised_with_a_sentence_shows_its_class_sentence(qapp) -> None:  # type: ignore[no-untyped-def]
    exc = InputError("something the core said in English: note text 'Jan'")
    assert exc.code == ErrorCode.INPUT_INVALID
    text = describe(exc, "case")
    assert "Jan" not in text and "English" not in text
    assert text == QCoreApplication.translate("Messages", TEXTS[ErrorCode.INPUT_INVALID])


def test_a_code_missing_from_the_table_falls_back_to_its_class_not_raw_text(
    qapp,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(TEXTS, ErrorCode.BACKUP_CHANGED)
    exc = VaultError(ErrorCode.BACKUP_CHANGED, path="/x/backup.vtbak")
    assert general_code(exc) == ErrorCode.VAULT_FAILED
    text = describe(exc, "safekeeping")
    assert str(exc) not in text and "MAC" not in text
    assert text == QCoreApplication.translate("Messages", TEXTS[ErrorCode.VAULT_FAILED])


def test_a_sentence_whose_argument_is_missing_falls_back_too(qapp) -> None:  # type: ignore[no-untyped-def]
    exc = InputError(ErrorCode.CASE_EXISTS, code="K-1")
    exc.params.clear()
    assert describe(exc, "case") == QCoreApplication.translate(
        "Messages", TEXTS[ErrorCode.INPUT_INVALID]
    )


def test_a_storage_error_from_the_system_is_said_by_its_errno(qapp) -> None:  # type: ignore[no-untyped-def]
    exc = StorageError("cannot write /x: Permission denied")
    exc.__cause__ = PermissionError(13, "Permission denied")
    text = describe(exc, "save")
    assert "Permission" not in text and "toestemming" in text


def test_the_command_line_keeps_its_sentences() -> None:
    """The CLI text is the code's English with its arguments, as before codes existed."""
    assert str(UnlockError(ErrorCode.WRONG_PASSPHRASE)) == "wrong passphrase; nothing was changed"
    assert str(UnlockError(ErrorCode.RECOVERY_KEY_LENGTH, count=12)) == (
        "the recovery key must be 64 hexadecimal digits; this one has 12"
    )
    exc = VaultError(ErrorCode.VAULT_MISSING, path=Path("/a/b.vault"))
    assert str(exc) == "no vault at /a/b.vault; create one with `vertrouwen init`"
    assert exc.exit_code == 4 and exc.params == {"path": Path("/a/b.vault")}


# -- ui/ turns no exception into text and parses no core sentence ------------------------------
EXCEPTION_AS_TEXT = re.compile(
    r"\bstr\((?:exc|e|err|error|failure)\)|\.format\((?:exc|e|err|error)\)"
    r"|\{(?:exc|e|err|error)(?:!s)?\}|\b(?:exc|err|error)\.args\b"
)


def ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def test_ui_never_shows_an_exception_as_text() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in ui_sources()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if EXCEPTION_AS_TEXT.search(line)
    ]
    assert not found, "\n".join(found)


# Every module of ui/ that uses a regular expression, and what it reads: never a sentence of
# the core's (those arrive as codes). A new one must say here what it parses.
REGEX_READS = {
    "ui/kit/accessible.py": "mnemonics and shortcut suffixes in the UI's own texts",
    "ui/core/crash.py": "file names in a traceback",
    "ui/kit/help.py": "{key:...} markers in the manual",
    "ui/features/safekeeping/backups.py": "the time stamp in a backup's file name",
    "ui/kit/sheet_print.py": "printer names",
}
# the modules that word what the core says: from codes only
RENDERERS = (
    "ui/core/messages.py",
    "ui/features/safekeeping/messages.py",
    "ui/core/route_phrases.py",
    "ui/core/route_problems.py",
    "ui/features/cases/case/documents/intake.py",
)
USES_REGEX = re.compile(r"^\s*(?:import re\b|from re import)", re.MULTILINE)


def test_ui_parses_no_core_sentence() -> None:
    using = {
        str(path.relative_to(ROOT))
        for path in ui_sources()
        if USES_REGEX.search(path.read_text(encoding="utf-8"))
    }
    assert using == set(REGEX_READS), "say in REGEX_READS what the new regex reads"
    for name in RENDERERS:
        source = (ROOT / name).read_text(encoding="utf-8")
        assert not USES_REGEX.search(source), name
        # no matching of message text: `"..." in text`, `.startswith(`, `.endswith(`
        assert not re.search(r"\"[^\"]*\" in (?:text|message|str)\b", source), name
        assert ".startswith(" not in source and ".endswith(" not in source, name
