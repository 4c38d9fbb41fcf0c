"""The core's route-file problems (`vertrouwen.routes.schema`, `loader`, `vault.user_routes`)
in the UI language, for the route editor.

The core words them in Dutch (the same text the CLI prints). They quote the route's own keys,
ids and values, which stay as written; the words around them are the program talking, so in
English they are swapped here. A problem this table does not know passes through unchanged.
Same approach as `ui.core.route_phrases`; the English lives in the .ts (context "RouteProblems").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ui.core.enum_labels import ui_language
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RouteProblems"
_Q = r"'([^']*)'"  # a quoted key, id or value: kept as written

# (the core's wording, the frame with {0}, {1}... for the groups); applied in order, each once
_FRAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), frame)
    for pattern, frame in (
        (
            r"onbekende sleutel " + _Q + r" \(bedoelt u " + _Q + r"\?\); toegestaan: ",
            QT_TRANSLATE_NOOP(
                "RouteProblems", "onbekende sleutel '{0}' (bedoelt u '{1}'?); toegestaan: "
            ),
        ),
        (
            r"onbekende sleutel " + _Q + r"; toegestaan: ",
            QT_TRANSLATE_NOOP("RouteProblems", "onbekende sleutel '{0}'; toegestaan: "),
        ),
        (
            r"bron ontbreekt \(sleutel 'source'\): elke termijn noemt de regel waar hij uit komt"
            r", bv\. ",
            QT_TRANSLATE_NOOP(
                "RouteProblems",
                "bron ontbreekt (sleutel 'source'): elke termijn noemt de regel waar hij uit "
                "komt, bv. ",
            ),
        ),
        (
            r"sleutel 'steps' ontbreekt: een route heeft minstens één \[\[steps\]\]",
            QT_TRANSLATE_NOOP(
                "RouteProblems", "sleutel 'steps' ontbreekt: een route heeft minstens één [[steps]]"
            ),
        ),
        (
            r"sleutel " + _Q + r" ontbreekt",
            QT_TRANSLATE_NOOP("RouteProblems", "sleutel '{0}' ontbreekt"),
        ),
        (
            _Q + r" moet tekst zijn, niet ",
            QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet tekst zijn, niet "),
        ),
        (
            _Q + r" moet true of false zijn, niet ",
            QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet true of false zijn, niet "),
        ),
        (
            _Q + r" moet een geheel getal zijn, niet ",
            QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet een geheel getal zijn, niet "),
        ),
        (
            _Q + r" moet een lijst zijn, niet ",
            QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet een lijst zijn, niet "),
        ),
        (
            _Q + r" moet minstens 1 zijn, niet ",
            QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet minstens 1 zijn, niet "),
        ),
        (
            _Q + r" moet een lijst met tekst zijn",
            QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet een lijst met tekst zijn"),
        ),
        (
            _Q + r" moet een lijst van tabellen zijn",
            QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet een lijst van tabellen zijn"),
        ),
        (_Q + r" is leeg", QT_TRANSLATE_NOOP("RouteProblems", "'{0}' is leeg")),
        (
            r"onbekende waarde " + _Q + r" bij " + _Q + r"; kies uit: ",
            QT_TRANSLATE_NOOP("RouteProblems", "onbekende waarde '{0}' bij '{1}'; kies uit: "),
        ),
        (
            r"onbekend beginpunt " + _Q + r" bij " + _Q + r"; kies uit: ",
            QT_TRANSLATE_NOOP("RouteProblems", "onbekend beginpunt '{0}' bij '{1}'; kies uit: "),
        ),
        (
            r"onbekende eenheid " + _Q + r" bij " + _Q + r"; kies uit: ",
            QT_TRANSLATE_NOOP("RouteProblems", "onbekende eenheid '{0}' bij '{1}'; kies uit: "),
        ),
        (
            r"onbekend regime " + _Q + r" bij 'default_for'; kies uit: ",
            QT_TRANSLATE_NOOP(
                "RouteProblems", "onbekend regime '{0}' bij 'default_for'; kies uit: "
            ),
        ),
        (
            r"is geen geldige id: gebruik kleine letters, cijfers en _, beginnend met een letter",
            QT_TRANSLATE_NOOP(
                "RouteProblems",
                "is geen geldige id: gebruik kleine letters, cijfers en _, "
                "beginnend met een letter",
            ),
        ),
        (
            r"format = (\S+) is nieuwer dan dit programma kent \((\S+)\)",
            QT_TRANSLATE_NOOP(
                "RouteProblems", "format = {0} is nieuwer dan dit programma kent ({1})"
            ),
        ),
        (
            r"format moet (\S+) zijn, niet ",
            QT_TRANSLATE_NOOP("RouteProblems", "format moet {0} zijn, niet "),
        ),
        (
            r"een route van één organisatie \(kind = 'organisation'\) is geen standaardroute",
            QT_TRANSLATE_NOOP(
                "RouteProblems",
                "een route van één organisatie (kind = 'organisation') is geen standaardroute",
            ),
        ),
        (
            r"de route heeft geen stappen \(\[\[steps\]\]\)",
            QT_TRANSLATE_NOOP("RouteProblems", "de route heeft geen stappen ([[steps]])"),
        ),
        (
            r"termijn-id " + _Q + r" komt twee keer voor",
            QT_TRANSLATE_NOOP("RouteProblems", "termijn-id '{0}' komt twee keer voor"),
        ),
        (
            r"'of' past niet bij from = 'conduct' \(de gedraging hoort bij geen stap\)",
            QT_TRANSLATE_NOOP(
                "RouteProblems",
                "'of' past niet bij from = 'conduct' (de gedraging hoort bij geen stap)",
            ),
        ),
        (
            r"'extension' moet een tabel zijn: ",
            QT_TRANSLATE_NOOP("RouteProblems", "'extension' moet een tabel zijn: "),
        ),
        (
            r"een verlenging \(extension\) kan alleen bij een termijn met from = 'step_start'",
            QT_TRANSLATE_NOOP(
                "RouteProblems",
                "een verlenging (extension) kan alleen bij een termijn met from = 'step_start'",
            ),
        ),
        (
            r"stap-id " + _Q + r" komt meer dan één keer voor",
            QT_TRANSLATE_NOOP("RouteProblems", "stap-id '{0}' komt meer dan één keer voor"),
        ),
        (
            r"'requires' noemt onbekende stap " + _Q,
            QT_TRANSLATE_NOOP("RouteProblems", "'requires' noemt onbekende stap '{0}'"),
        ),
        (
            r"'of' noemt de eigen stap; laat 'of' dan weg",
            QT_TRANSLATE_NOOP("RouteProblems", "'of' noemt de eigen stap; laat 'of' dan weg"),
        ),
        (
            r"'of' noemt onbekende stap " + _Q + r" \(niet in deze route en geen standaardstap\)",
            QT_TRANSLATE_NOOP(
                "RouteProblems",
                "'of' noemt onbekende stap '{0}' (niet in deze route en geen standaardstap)",
            ),
        ),
        (r"geen geldige TOML: ", QT_TRANSLATE_NOOP("RouteProblems", "geen geldige TOML: ")),
        (
            r"er is al een eigen route met id " + _Q + r"; kies een ander id of open die route "
            r"om haar te bewerken",
            QT_TRANSLATE_NOOP(
                "RouteProblems",
                "er is al een eigen route met id '{0}'; kies een ander id of open die route om "
                "haar te bewerken",
            ),
        ),
        (
            r"route-id " + _Q + r" staat ook in ",
            QT_TRANSLATE_NOOP("RouteProblems", "route-id '{0}' staat ook in "),
        ),
        (
            r"regime " + _Q + r" is de standaardroute van meer dan één route: ",
            QT_TRANSLATE_NOOP(
                "RouteProblems", "regime '{0}' is de standaardroute van meer dan één route: "
            ),
        ),
        # where the problem is: "stap 'x', termijn 'y', extension: ..."
        (r"(?<![\w-])stap " + _Q, QT_TRANSLATE_NOOP("RouteProblems", "stap '{0}'")),
        (r"(?<![\w-])stap (\d+)", QT_TRANSLATE_NOOP("RouteProblems", "stap {0}")),
        (r", termijn " + _Q, QT_TRANSLATE_NOOP("RouteProblems", ", termijn '{0}'")),
        (r", termijn (\d+)", QT_TRANSLATE_NOOP("RouteProblems", ", termijn {0}")),
        (r"\beigen route\b", QT_TRANSLATE_NOOP("RouteProblems", "eigen route")),
    )
)


def problem_text(problem: str) -> str:
    """One route problem from the core, its words in the UI language."""
    return problem if ui_language() == "nl" else _english(problem)


@lru_cache(maxsize=512)
def _english(text: str) -> str:
    for pattern, frame in _FRAMES:
        match = pattern.search(text)
        if match:
            english = QCoreApplication.translate(CONTEXT, frame).format(*match.groups())
            text = text[: match.start()] + english + text[match.end() :]
    return text
