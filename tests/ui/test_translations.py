"""English is complete: the .ts has an English text for every Dutch source, with the same
placeholders; the .qm the app loads is what lrelease makes of that .ts; and a walk through
every area and case tab in English finds no Dutch UI text (case data and route content aside).

After changing UI strings: `.venv/bin/python tools/update_translations.py`, fill in the English,
run it again. `VERTROUWEN_DUMP_TEXTS=1` prints every text the walk sees (to hunt for leaks).
"""

from __future__ import annotations

import ast
import html
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from enum import Enum
from pathlib import Path

import pytest

from tests.conftest import make_case
from tests.ui.conftest import TIMEOUT, unlock
from ui.core.i18n import Translator
from ui.core.route_phrases import FRAMES, said_text
from ui.core.route_problems import PROBLEM_FRAMES
from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QModelIndex,
    QPlainTextEdit,
    Qt,
    QTabBar,
    QTranslator,
    QWidget,
)
from vertrouwen.domain import (
    Case,
    CaseResult,
    ClientRole,
    ComplaintPoint,
    Note,
    NoteKind,
    Organisation,
    OrganisationKind,
    Regime,
    Step,
    StepOutcome,
    Topic,
)
from vertrouwen.routes import builtin_routes, wording
from vertrouwen.routes.advice import advise
from vertrouwen.routes.deadlines import deadline_warnings_said
from vertrouwen.routes.loader import validate_route_said
from vertrouwen.routes.wording import Problem, Say, dutch, say

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "vertrouwen_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent

# {0}, {name}, %1, %n, %L1: what str.format / QString::arg / plurals fill in
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%L?\d+|%n")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the plural forms
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    numerus: bool


def entries() -> list[Entry]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    texts,
                    translation.get("type", ""),
                    numerus,
                )
            )
    return found


def where(entry: Entry) -> str:
    return f"[{entry.context}] {entry.source!r}"


# -- the .ts and .qm files ------------------------------------------------------------------------
def test_every_entry_has_finished_english() -> None:
    all_entries = entries()
    assert len(all_entries) > 800  # the whole UI, not an empty file
    unfinished = [where(e) for e in all_entries if e.kind == "unfinished"]
    assert not unfinished, (
        "unfinished (run tools/update_translations.py, translate):\n" + "\n".join(unfinished)
    )
    stale = [where(e) for e in all_entries if e.kind in ("vanished", "obsolete")]
    assert not stale, "no longer in the code (lupdate -no-obsolete drops them):\n" + "\n".join(
        stale
    )
    empty = [where(e) for e in all_entries if not all(t.strip() for t in e.translations)]
    assert not empty, "empty translations:\n" + "\n".join(empty)


def test_placeholders_survive_translation() -> None:
    wrong = []
    for entry in entries():
        wanted = Counter(PLACEHOLDER.findall(entry.source))
        for text in entry.translations:
            got = Counter(PLACEHOLDER.findall(text))
            # a plural form may leave out %n ("one case"), never add or lose anything else
            if entry.numerus:
                got.pop("%n", None)
                wanted_here = Counter({k: v for k, v in wanted.items() if k != "%n"})
            else:
                wanted_here = wanted
            if got != wanted_here:
                wrong.append(f"{where(entry)} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_accelerators_and_ellipses_survive_translation() -> None:
    wrong = []
    for entry in entries():
        for text in entry.translations:
            has_key = re.search(r"&[^&\s]", entry.source) is not None
            if has_key != (re.search(r"&[^&\s]", text) is not None):
                wrong.append(f"{where(entry)} -> {text!r} (keyboard accelerator)")
            if entry.source.endswith("…") != text.endswith("…"):
                wrong.append(f"{where(entry)} -> {text!r} (… says a dialog follows)")
    assert not wrong, "\n".join(wrong)


def test_qm_is_lrelease_of_the_ts(tmp_path: Path) -> None:
    """The committed .qm is exactly what lrelease makes of the committed .ts (not stale)."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/update_translations.py and commit"


def test_qm_translates_every_entry() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    missing = []
    for entry in entries():
        n = 2 if entry.numerus else -1
        got = translator.translate(entry.context, entry.source, None, n)
        wanted = entry.translations[-1] if entry.numerus else entry.translations[0]
        if got != wanted:
            missing.append(f"{where(entry)}: {got!r} != {wanted!r}")
    assert not missing, "\n".join(missing)


def translate_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions like `def _tr(text): return QCoreApplication.translate("Ctx", text)`."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param
            ):
                found[node.name] = str(call.args[0].value)
    return found


def test_texts_passed_through_translate_wrappers_are_in_the_ts() -> None:
    """lupdate sees only literal tr()/translate() calls: a literal handed to a wrapper
    function must still be listed (QT_TRANSLATE_NOOP or a literal call), or it stays Dutch."""
    known = {(e.context, e.source) for e in entries()}
    missing = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = translate_wrappers(tree)
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in wrappers
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
                and (wrappers[call.func.id], call.args[0].value) not in known
            ):
                where = f"{path.relative_to(ROOT)}:{call.lineno}"
                missing.append(f"{where} {call.func.id}({call.args[0].value!r})")
    assert not missing, "write QCoreApplication.translate(context, literal):\n" + "\n".join(missing)


# -- the running app in English -----------------------------------------------------------------
# Words only Dutch text uses, short function words included (they catch whole sentences).
# Left out on purpose: words English shares ("is", "in", "over", "door", "was", "open").
DUTCH_WORDS = """
de het een en van voor met je niet geen naar wordt worden zijn nog ook maar bij uit dat
deze dit wat wie hoe kan moet op te om als aan er mag heeft hebt jouw
dossier dossiers notitie notities toestemming toestemmingen afspraak afspraken opslaan
vergrendel vergrendelen vergrendeld instellingen vandaag gisteren morgen zoeken zoek
nieuw nieuwe gesloten openen sluiten annuleren verwijderen toevoegen bewaren kiezen
kluis wachtwoordzin herstelsleutel noodkaart klacht klachten klachtonderdeel
klachtonderdelen overzicht rapportage organisatie regeling geopend cliënt naam
telefoonnummer persoonsgegeven persoonsgegevens stap stappen termijn termijnen dagen
weken maanden jaar bewaartermijn terugzetten overdracht overdragen controle algemeen
taal gesprek telefoon overig anders ouder jeugdige bejegening excuses uitleg meer acties
laden geladen actief lijsten vastleggen vastgelegd bron uitkomst advies volgende
januari februari maart mei juni juli augustus oktober
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
"""
DUTCH = re.compile(r"\b(" + "|".join(DUTCH_WORDS.split()) + r")\b", re.IGNORECASE)
# Names that stay Dutch in English too (organisations, helplines), and the privacy guard's
# placeholders ([TELEFOON]): once chosen they are note content, the same in both languages.
PROPER_NAMES = (
    "De Kindertelefoon",
    "Veilig Thuis",
    "Vertrouwen",
    "Jeugdhulp De Brug",  # the example organisation name in the new-case dialog
    "Taal / Language",  # the language box says it in both, on purpose
)
PLACEHOLDER_TOKEN = re.compile(r"\[[A-Z-]+\]")
IDENTIFIER = re.compile(r"[a-z0-9_.]*")
ROUTE_ID = re.compile(r"\bid: [a-z0-9_]+")  # the route editor names each route's id


def strings_in(value: object, found: set[str]) -> set[str]:
    """Every text inside `value` (dataclasses, sequences, dicts), enumeration slugs aside."""
    if isinstance(value, Enum):
        return found
    if isinstance(value, str):
        if not IDENTIFIER.fullmatch(value.strip()):  # ids and file names would hide too much
            found.add(value.strip())
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            strings_in(getattr(value, field.name), found)
    elif isinstance(value, dict):
        for item in value.values():
            strings_in(item, found)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            strings_in(item, found)
    return found


def column_count(model: object) -> int:
    try:
        return int(model.columnCount(QModelIndex()))  # type: ignore[attr-defined]
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for every text the user sees in `root` (shown or about to be)."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts: list[str] = [widget.toolTip(), widget.windowTitle() if widget is root else ""]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = column_count(model) if widget.orientation() == Qt.Orientation.Horizontal else 0
            texts += [
                str(model.headerData(i, widget.orientation(), Qt.ItemDataRole.DisplayRole) or "")
                for i in range(count)
            ]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(column_count(model)):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            texts.append(value)
        for text in texts:
            plain = html.unescape(re.sub(r"<[^>]+>", " ", text or "")).strip()
            if plain:
                found.append((type(widget).__name__, plain))
    for menu in root.findChildren(QMenu):  # the case's "more" menu and its like
        found += [("QAction", a.text()) for a in menu.actions() if a.text()]
    return found


def dutch_in(texts: list[tuple[str, str]], content: list[str]) -> list[str]:
    """Texts with Dutch words once case data and route content (allowed) are taken out."""
    leaks = []
    for kind, text in dict.fromkeys(texts):
        rest = text
        for allowed in content:
            if allowed in rest:
                rest = rest.replace(allowed, " ")
        rest = ROUTE_ID.sub(" ", PLACEHOLDER_TOKEN.sub(" ", rest))
        match = DUTCH.search(rest)
        if match:
            leaks.append(f"{kind}: {text!r} ({match.group(0)!r} in {rest.strip()!r})")
    return leaks


def seeded_cases() -> list[Case]:
    cases = [
        make_case(
            organisation=Organisation("Jeugdhulp Zonnebloem", OrganisationKind.JEUGD_GGZ),
            notes=[Note("n1", date(2026, 3, 2), NoteKind.PHONE, 20, "Bel 06-12345678 terug.")],
            incident_date=date(2026, 2, 20),
        ),
        make_case(client_role=ClientRole.YOUTH, regime=Regime.WKKGZ, route="wkkgz"),
        make_case(topics=[Topic.DECISION], regime=Regime.WMO, route=None, steps=[]),
        make_case(closed=date(2026, 3, 10), result=CaseResult.RESOLVED),
    ]
    for case in cases:  # the default point wants "Excuses", which is also a Dutch goal name
        case.complaint_points = [ComplaintPoint("Not called back", "A call")]
    return cases


@pytest.fixture
def english_app(qtbot, make_window, vault, monkeypatch):  # type: ignore[no-untyped-def]
    """The real window on a vault with a few cases, switched to English in Settings."""
    monkeypatch.setenv("VERTROUWEN_TODAY", "2026-03-18")
    cases = seeded_cases()
    ws = vault.open()
    try:
        for case in cases:
            ws.cases.add(case)
        routes = ws.user_routes.all_routes()
    finally:
        ws.close()
    content = strings_in(cases, set()) | strings_in(routes, set()) | set(PROPER_NAMES)
    h = make_window(vault.path)
    h.window.resize(1400, 900)
    unlock(qtbot, h, vault.passphrase)
    # switched the way a user does it: Settings > Language, at run time
    settings = h.window.shell.show_area("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: h.window.shell.buttons["today"].text() == "Today", timeout=TIMEOUT)
    return h, sorted(content, key=len, reverse=True)


def test_english_ui_shows_no_dutch(qtbot, english_app) -> None:  # type: ignore[no-untyped-def]
    h, content = english_app
    shell = h.window.shell
    seen: dict[str, list[tuple[str, str]]] = {}

    def settle() -> None:
        qtbot.wait(200)
        qtbot.waitUntil(lambda: not h.worker.is_busy, timeout=TIMEOUT)
        qtbot.wait(100)

    def look(name: str) -> None:
        settle()
        seen[name] = texts_of(h.window)

    def peek(name: str, trigger: Callable[[], object], *more: object) -> None:
        """Run `trigger`; the dialog it opens is read, then cancelled."""

        def read(dialog: QDialog) -> int:
            settle()
            seen[f"dialog {name}"] = texts_of(dialog)
            return QDialog.DialogCode.Rejected

        h.dialogs.answer_next(read, *more)
        trigger()
        settle()
        assert f"dialog {name}" in seen, f"{name}: no dialog came"

    for area_id in ("today", "cases", "reports"):
        shell.show_area(area_id)
        look(area_id)
    peek("calendar export", shell.area("today").export_calendar)
    cases = shell.show_area("cases")
    qtbot.waitUntil(lambda: not cases.model.is_loading, timeout=TIMEOUT)
    peek("new case", cases.new_case)
    for code in h.run_on_worker(qtbot, lambda ws: ws.cases.codes()):
        cases.open_case(code)
        view = cases.case_view
        qtbot.waitUntil(lambda c=code, v=view: v.ctx.case is not None and v.ctx.case.code == c)
        for index in range(view.tab_widget.count()):
            view.tab_widget.setCurrentIndex(index)
            look(f"{code} {view.tab_widget.tabText(index)}")
        if view.ctx.case.is_open:
            peek(f"{code} close", view.close_or_reopen)
    tabs = {type(t).__name__: t for t in cases.case_view.tabs}
    cases.open_case(h.run_on_worker(qtbot, lambda ws: ws.cases.codes())[0])
    settle()
    peek("step", tabs["RouteTab"].open_step_dialog)
    peek("action", tabs["RouteTab"].open_action_dialog)
    peek("routes", tabs["RouteTab"].manage_routes)
    peek("consent", tabs["ConsentTab"].record)
    peek("export", lambda: tabs["ConsentTab"].export.start("complaint"))
    settings = shell.show_area("settings")
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        look(f"settings {settings.tabs.tabText(index)}")
    peek("passphrase", settings.change_passphrase)
    peek("handover", settings.handover.choose_and_hand_over)
    h.window.spoed_button.setChecked(True)
    look("spoed")
    h.window.spoed_button.setChecked(False)
    h.window.lock("manual")
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    look("unlock")
    seen["questions asked"] = [("title", t) for t in h.dialogs.asked]

    if os.environ.get("VERTROUWEN_DUMP_TEXTS"):
        for name, texts in seen.items():
            print(f"\n== {name}")
            for kind, text in dict.fromkeys(texts):
                print(f"  {kind}: {text!r}")
    leaks = {name: dutch_in(texts, content) for name, texts in seen.items()}
    leaks = {name: found for name, found in leaks.items() if found}
    assert not leaks, "\n".join(f"{n}:\n  " + "\n  ".join(f) for n, f in leaks.items())


def test_core_advice_frames_are_english_around_dutch_route_content(qapp) -> None:  # type: ignore[no-untyped-def]
    """Advice and deadlines come from the core as codes; the UI words them in English around
    the Dutch route content."""
    routes = builtin_routes()
    content = sorted(strings_in(routes, set()), key=len, reverse=True)
    today = date(2026, 3, 18)
    step = make_case().steps[0]
    variants = [
        make_case(steps=[]),
        make_case(incident_date=date(2026, 2, 1)),
        *(
            make_case(steps=[Step(step.step, step.started, step.ended, outcome)])
            for outcome in StepOutcome
        ),
        make_case(steps=[Step("klachtencommissie", date(2026, 1, 5))]),
        make_case(steps=[Step("klachtencommissie", date(2026, 1, 5), extension_weeks=20)]),
        make_case(steps=[Step("eigen_stap", date(2026, 3, 1))], route="wkkgz"),
        make_case(route="bestaat_niet"),
        make_case(topics=[Topic.DECISION], regime=Regime.WMO),
        make_case(regime=Regime.OTHER, route=None),
        # issue 18: the sentences of the advice a lawyer would sign
        make_case(  # Veilig Thuis under the Jeugdwet: the Awb route, said why
            organisation=Organisation("VT", OrganisationKind.VEILIG_THUIS),
            steps=[Step("klachtencommissie", date(2026, 2, 7), extension_weeks=8)],
        ),
        make_case(organisation=Organisation("VT", OrganisationKind.VEILIG_THUIS), route="jeugdwet"),
        make_case(  # filed late (Awb 9:8 lid 1 sub b), the 9:8 lid 3 notice passed, Atw shift
            regime=Regime.WMO,
            organisation=Organisation("Gemeente", OrganisationKind.GEMEENTE),
            incident_date=date(2024, 12, 1),
            steps=[Step("klachtenfunctionaris", date(2026, 2, 7))],
        ),
        make_case(  # a written instruction of a GI (BW 1:264 lid 3)
            organisation=Organisation("GI", OrganisationKind.GI),
            steps=[Step("aanwijzing", date(2026, 3, 10))],
        ),
        make_case(  # the Wkkgz provider is late
            regime=Regime.WKKGZ,
            steps=[Step("klachtenfunctionaris", date(2026, 1, 5), extension_weeks=6)],
        ),
        make_case(  # bewind: optional committee named before the kantonrechter
            regime=Regime.BEWIND,
            steps=[
                Step(
                    "klachtenfunctionaris",
                    date(2026, 2, 2),
                    date(2026, 3, 2),
                    StepOutcome.NOT_RESOLVED,
                )
            ],
        ),
    ]
    texts: list[tuple[str, str]] = []
    translator = Translator(QCoreApplication.instance())  # type: ignore[arg-type]
    translator.install("en")
    try:
        for case in variants:
            advice = advise(case, today, routes)
            for part in (
                *(n.reason_said for n in advice.next),
                *(n.source_said for n in advice.next),
                *(d.said_what for d in advice.deadlines),
                *(d.said_source for d in advice.deadlines),
                *advice.said,
                *deadline_warnings_said(list(advice.deadlines), today, 31),
            ):
                texts.append(("advice", said_text(part)))
    finally:
        translator.install("nl")
    assert len(texts) > 20
    leaks = dutch_in(texts, [*content, *strings_in(variants, set())])
    assert not leaks, "\n".join(leaks)
    # in Dutch the screen says what the core says (the advice command, the PDFs)
    for case in variants:
        advice = advise(case, today, routes)
        assert [said_text(w) for w in advice.said] == list(advice.warnings)
        assert [said_text(n.reason_said) for n in advice.next] == [n.reason for n in advice.next]
        assert [said_text(d.said_source) for d in advice.deadlines] == [
            d.source for d in advice.deadlines
        ]
    assert said_text(say(Say.OPTIONAL)) == dutch(say(Say.OPTIONAL))


def test_every_advice_frame_has_the_cores_dutch() -> None:
    """One frame per code on each side: the UI's Dutch source is the core's sentence."""
    assert set(FRAMES) == set(Say) == set(wording.DUTCH)
    for code in Say:
        assert FRAMES[code] == wording.DUTCH[code], code


BROKEN_ROUTE = """format = 2
id = "Mijn Route"
name = ""
kind = "organisation"
default_for = ["wmo", "xx"]
colour = "rood"
[[steps]]
id = "a"
name = "Stap A"
handler = "x"
advisor = "y"
optional = "ja"
requires = ["b"]
  [[steps.terms]]
  id = "t"
  what = "iets"
  amount = 0
  unit = "weken"
  from = "conduct"
  of = ["a"]
  extension = 4
[[steps]]
id = "a"
name = "Stap B"
handler = "x"
advisor = "y"
"""


def test_route_problems_are_english_around_the_quoted_route_text(qapp) -> None:  # type: ignore[no-untyped-def]
    """The route editor shows the core's problems with a route file in the UI language."""
    problems = [*validate_route_said(BROKEN_ROUTE, say(Problem.OWN_ROUTE))]
    problems.append(validate_route_said("id = \n")[0])
    assert len(problems) > 10
    translator = Translator(QCoreApplication.instance())  # type: ignore[arg-type]
    translator.install("en")
    try:
        shown = [said_text(p) for p in problems]
    finally:
        translator.install("nl")
    # quoted keys, ids and values stay as the route file has them
    unquoted = [("problem", re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)) for text in shown]
    leaks = dutch_in(unquoted, [])
    assert not leaks, "\n".join(leaks)
    assert [said_text(p) for p in problems] == [dutch(p) for p in problems]  # the core's Dutch


def test_every_route_problem_frame_has_the_cores_dutch() -> None:
    assert set(PROBLEM_FRAMES) == set(Problem) == set(wording.DUTCH_PROBLEMS)
    for code in Problem:
        assert PROBLEM_FRAMES[code] == wording.DUTCH_PROBLEMS[code], code
