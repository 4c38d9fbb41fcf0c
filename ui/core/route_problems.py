"""Problems with a route file (`vertrouwen.routes.schema`, `loader`, own routes) in the UI
language, for the route editor.

The core gives them as `Problem` codes with arguments (`vertrouwen.routes.wording`) and words
them in Dutch for the command line; the frames here are the same Dutch (a test compares them)
with the English in the .ts (context "RouteProblems"). The route's own keys, ids and values
are arguments and stay as written.
"""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from vertrouwen.routes.wording import Problem

CONTEXT = "RouteProblems"

PROBLEM_FRAMES: dict[Problem, str] = {
    Problem.AT: QT_TRANSLATE_NOOP("RouteProblems", "{0}: {1}"),
    Problem.OWN_ROUTE: QT_TRANSLATE_NOOP("RouteProblems", "eigen route"),
    Problem.OWN_ROUTE_ID: QT_TRANSLATE_NOOP("RouteProblems", "eigen route '{0}'"),
    Problem.STEP_ID: QT_TRANSLATE_NOOP("RouteProblems", "stap '{0}'"),
    Problem.STEP_NUMBER: QT_TRANSLATE_NOOP("RouteProblems", "stap {0}"),
    Problem.TERM_ID: QT_TRANSLATE_NOOP("RouteProblems", "{0}, termijn '{1}'"),
    Problem.TERM_NUMBER: QT_TRANSLATE_NOOP("RouteProblems", "{0}, termijn {1}"),
    Problem.EXTENSION: QT_TRANSLATE_NOOP("RouteProblems", "{0}, extension"),
    Problem.UNKNOWN_KEY_HINT: QT_TRANSLATE_NOOP(
        "RouteProblems", "onbekende sleutel '{0}' (bedoelt u '{1}'?); toegestaan: {2}"
    ),
    Problem.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "RouteProblems", "onbekende sleutel '{0}'; toegestaan: {1}"
    ),
    Problem.SOURCE_MISSING: QT_TRANSLATE_NOOP(
        "RouteProblems",
        "bron ontbreekt (sleutel 'source'): elke termijn noemt de regel waar hij uit komt, "
        'bv. source = "Awb art. 9:11 lid 1"',
    ),
    Problem.KEY_MISSING: QT_TRANSLATE_NOOP("RouteProblems", "sleutel '{0}' ontbreekt"),
    Problem.MUST_BE: QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet {1} zijn, niet {2}"),
    Problem.TYPE_TEXT: QT_TRANSLATE_NOOP("RouteProblems", "tekst"),
    Problem.TYPE_BOOL: QT_TRANSLATE_NOOP("RouteProblems", "true of false"),
    Problem.TYPE_INT: QT_TRANSLATE_NOOP("RouteProblems", "een geheel getal"),
    Problem.TYPE_LIST: QT_TRANSLATE_NOOP("RouteProblems", "een lijst"),
    Problem.EMPTY: QT_TRANSLATE_NOOP("RouteProblems", "'{0}' is leeg"),
    Problem.AT_LEAST_ONE: QT_TRANSLATE_NOOP(
        "RouteProblems", "'{0}' moet minstens 1 zijn, niet {1}"
    ),
    Problem.LIST_OF_TEXT: QT_TRANSLATE_NOOP("RouteProblems", "'{0}' moet een lijst met tekst zijn"),
    Problem.UNKNOWN_VALUE: QT_TRANSLATE_NOOP(
        "RouteProblems", "onbekende waarde '{0}' bij '{1}'; kies uit: {2}"
    ),
    Problem.UNKNOWN_ANCHOR: QT_TRANSLATE_NOOP(
        "RouteProblems", "onbekend beginpunt '{0}' bij '{1}'; kies uit: {2}"
    ),
    Problem.UNKNOWN_UNIT: QT_TRANSLATE_NOOP(
        "RouteProblems", "onbekende eenheid '{0}' bij '{1}'; kies uit: {2}"
    ),
    Problem.BAD_ID: QT_TRANSLATE_NOOP(
        "RouteProblems",
        "{0} = '{1}' is geen geldige id: gebruik kleine letters, cijfers en _, "
        "beginnend met een letter",
    ),
    Problem.TABLES: QT_TRANSLATE_NOOP(
        "RouteProblems", "'{0}' moet een lijst van tabellen zijn ([[{0}]])"
    ),
    Problem.FORMAT_NEWER: QT_TRANSLATE_NOOP(
        "RouteProblems", "format = {0} is nieuwer dan dit programma kent ({1})"
    ),
    Problem.FORMAT_WRONG: QT_TRANSLATE_NOOP("RouteProblems", "format moet {0} zijn, niet {1}"),
    Problem.UNKNOWN_REGIME: QT_TRANSLATE_NOOP(
        "RouteProblems", "onbekend regime '{0}' bij 'default_for'; kies uit: {1}"
    ),
    Problem.ORGANISATION_NOT_DEFAULT: QT_TRANSLATE_NOOP(
        "RouteProblems",
        "een route van één organisatie (kind = 'organisation') is geen standaardroute",
    ),
    Problem.STEPS_MISSING: QT_TRANSLATE_NOOP(
        "RouteProblems", "sleutel 'steps' ontbreekt: een route heeft minstens één [[steps]]"
    ),
    Problem.NO_STEPS: QT_TRANSLATE_NOOP("RouteProblems", "de route heeft geen stappen ([[steps]])"),
    Problem.TERM_ID_TWICE: QT_TRANSLATE_NOOP(
        "RouteProblems", "termijn-id '{0}' komt twee keer voor"
    ),
    Problem.UNKNOWN_KIND: QT_TRANSLATE_NOOP(
        "RouteProblems", "onbekende organisatiesoort '{0}' bij 'kinds'; kies uit: {1}"
    ),
    Problem.OF_WITH_CONDUCT: QT_TRANSLATE_NOOP(
        "RouteProblems", "'of' past niet bij from = 'conduct' (de gedraging hoort bij geen stap)"
    ),
    Problem.EXTENSION_TABLE: QT_TRANSLATE_NOOP(
        "RouteProblems", "'extension' moet een tabel zijn: extension = {{ amount = 4, ... }}"
    ),
    Problem.EARLIEST_WITHOUT_OF: QT_TRANSLATE_NOOP(
        "RouteProblems", "'earliest' past alleen bij een termijn met 'of' (andere stappen)"
    ),
    Problem.EXTENSION_ANCHOR: QT_TRANSLATE_NOOP(
        "RouteProblems",
        "een verlenging (extension) kan alleen bij een termijn met from = 'step_start'",
    ),
    Problem.STEP_ID_TWICE: QT_TRANSLATE_NOOP(
        "RouteProblems", "stap-id '{0}' komt meer dan één keer voor"
    ),
    Problem.REQUIRES_UNKNOWN: QT_TRANSLATE_NOOP(
        "RouteProblems", "'requires' noemt onbekende stap '{0}'"
    ),
    Problem.OF_OWN_STEP: QT_TRANSLATE_NOOP(
        "RouteProblems", "'of' noemt de eigen stap; laat 'of' dan weg"
    ),
    Problem.OF_UNKNOWN: QT_TRANSLATE_NOOP(
        "RouteProblems",
        "'of' noemt onbekende stap '{0}' (niet in deze route en geen standaardstap)",
    ),
    Problem.NOT_TOML: QT_TRANSLATE_NOOP("RouteProblems", "geen geldige TOML: {0}"),
    Problem.ROUTE_ID_TAKEN: QT_TRANSLATE_NOOP(
        "RouteProblems",
        "er is al een eigen route met id '{0}'; kies een ander id of open die route om haar "
        "te bewerken",
    ),
    Problem.ROUTE_ID_ALSO_IN: QT_TRANSLATE_NOOP("RouteProblems", "route-id '{0}' staat ook in {1}"),
    Problem.REGIME_DEFAULT_TWICE: QT_TRANSLATE_NOOP(
        "RouteProblems", "regime '{0}' is de standaardroute van meer dan één route: {1}"
    ),
    Problem.NO_ROUTES_FOLDER: QT_TRANSLATE_NOOP("RouteProblems", "map met routes bestaat niet"),
    Problem.FILE_UNREADABLE: QT_TRANSLATE_NOOP("RouteProblems", "kan het bestand niet lezen: {0}"),
}


def problem_frame(code: Problem) -> str:
    """The frame of `code` in the UI language."""
    return QCoreApplication.translate(CONTEXT, PROBLEM_FRAMES[code])
