"""The program's words around route content in advice and deadlines, as codes and arguments.

from vertrouwen.clock import dutch_date
Advice, deadline warnings and sources are built as `Said` (a `Say` code with its arguments)
and `Words` (pieces one after another); route content inside them (step names, reasons,
sources, notes from the route TOML files) is a plain `str` and stays as written. Each side
words them in its own language with `render`: the core in Dutch from `DUTCH` (`dutch`, the
text of the `advice` command, its JSON and the PDFs), the app in the UI language through Qt
Linguist (`ui/route_phrases.py`, the same Dutch as source text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vertrouwen.clock import dutch_date

WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


class Say(StrEnum):
    """A sentence frame (or a word) of the program's; {0}, {1}... are its arguments."""

    # where the case stands, before the next steps
    TERM_PASSED_NO_OUTCOME = "term_passed_no_outcome"
    RUNNING_DUE = "running_due"
    RUNNING = "running"
    NOT_RESOLVED = "not_resolved"
    PARTLY_RESOLVED = "partly_resolved"
    REFERRED = "referred"
    ENDED_NO_OUTCOME = "ended_no_outcome"
    BESIDE_ROUTE = "beside_route"
    # about a next step
    NOT_REQUIRED_BEFORE = "not_required_before"
    OPTIONAL = "optional"
    CONDITIONS = "conditions"
    HANDLED_BY = "handled_by"
    # warnings
    UNKNOWN_STEP = "unknown_step"
    USUALLY_AFTER = "usually_after"
    EXTENSION_NOT_IN_ROUTE = "extension_not_in_route"
    EXTENSION_TOO_LONG = "extension_too_long"
    ANNOUNCED = "announced"
    LATE_START = "late_start"
    ACTION_OVERDUE = "action_overdue"
    DECISION_HINT = "decision_hint"
    EXPIRED = "expired"
    VT_REGIME = "vt_regime"
    CHOOSE_ROUTE = "choose_route"
    CHOOSE_A_ROUTE = "choose_a_route"
    FOLLOWS_ROUTE = "follows_route"
    UNKNOWN_ROUTE_DEFAULT = "unknown_route_default"
    UNKNOWN_ROUTE_NONE = "unknown_route_none"
    NO_DEFAULT_ROUTE = "no_default_route"
    CONDUCT_DATE_MISSING = "conduct_date_missing"
    TERM_PASSED = "term_passed"
    TERM_TODAY = "term_today"
    TERM_TOMORROW = "term_tomorrow"
    TERM_IN_DAYS = "term_in_days"
    # who acts
    CLIENT_ACTS = "client_acts"
    ORGANISATION_ACTS = "organisation_acts"
    ADVISOR_ACTS = "advisor_acts"
    # sources and what a term is about
    UNVERIFIED = "unverified"
    EXTENDED = "extended"
    CONSENTED = "consented"
    SHIFTED = "shifted"
    ATW_1 = "atw_1"
    ATW_2 = "atw_2"
    ATW_1_2 = "atw_1_2"
    FROM_DECISION_TERM = "from_decision_term"
    # words
    OR = "or"
    AMOUNT = "amount"
    DAYS = "days"
    WORKING_DAYS = "working_days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"
    OWNER_CLIENT = "owner_client"
    OWNER_ADVISOR = "owner_advisor"
    OWNER_ORGANISATION = "owner_organisation"
    OWNER_OTHER = "owner_other"


DUTCH: dict[Say, str] = {
    Say.TERM_PASSED_NO_OUTCOME: "De termijn voor '{0}' is op {1} verstreken zonder uitkomst.",
    Say.RUNNING_DUE: (
        "Loopt nu: '{0}' (uitkomst uiterlijk {1}). Lost dat de klacht niet op, dan volgt:"
    ),
    Say.RUNNING: "Loopt nu: '{0}'. Lost dat de klacht niet op, dan volgt:",
    Say.NOT_RESOLVED: "'{0}' heeft de klacht niet opgelost.",
    Say.PARTLY_RESOLVED: "'{0}' heeft de klacht deels opgelost; als de cliënt verder wil:",
    Say.REFERRED: "Na '{0}' is de cliënt doorverwezen.",
    Say.ENDED_NO_OUTCOME: "'{0}' is afgerond zonder vastgelegde uitkomst.",
    Say.BESIDE_ROUTE: "Naast de klachtroute:",
    Say.NOT_REQUIRED_BEFORE: (
        "Niet verplicht hiervoor: {0}; de cliënt mag meteen deze stap zetten."
    ),
    Say.OPTIONAL: "Deze stap is niet verplicht.",
    Say.CONDITIONS: "Voorwaarden: {0}.",
    Say.HANDLED_BY: "Behandeld door {0}.",
    Say.UNKNOWN_STEP: (
        "Stap '{0}' staat niet in de route '{1}'; het advies houdt er geen rekening mee."
    ),
    Say.USUALLY_AFTER: "'{0}' komt meestal pas na {1}; die stap is niet vastgelegd.",
    Say.EXTENSION_NOT_IN_ROUTE: (
        "Bij '{0}' is een verdaging van {1} weken vastgelegd, maar deze route kent daar "
        "geen verdaging; de termijn is niet verschoven."
    ),
    Say.EXTENSION_TOO_LONG: "Verdaging van {0} weken bij '{1}' is langer dan {2} toestaat ({3}).",
    Say.ANNOUNCED: "De termijn eindigt daarom op {0}, niet op de aangekondigde {1}.",
    Say.LATE_START: "'{0}' is begonnen op {1}, na het einde van de termijn op {2}: {3} ({4}).",
    Say.ACTION_OVERDUE: "Afspraak over tijd sinds {0} ({1}): {2}",
    Say.DECISION_HINT: (
        "Gaat het om een besluit (beschikking) van de gemeente? Daartegen staat bezwaar "
        "open binnen zes weken na de bekendmaking (Awb art. 6:7), geen klacht."
    ),
    Say.EXPIRED: "Voorbij sinds {0}: {1} ({2}).",
    Say.VT_REGIME: (
        "Veilig Thuis valt voor klachten niet onder de Jeugdwet maar onder de Wmo 2015 en "
        "Awb hoofdstuk 9."
    ),
    Say.CHOOSE_ROUTE: "Kies de route '{0}' of de eigen route van deze Veilig Thuis-organisatie.",
    Say.CHOOSE_A_ROUTE: "Kies een route of de eigen route van deze Veilig Thuis-organisatie.",
    Say.FOLLOWS_ROUTE: (
        "Het advies volgt daarom de route '{0}'; zet het regime van dit dossier op Wmo."
    ),
    Say.UNKNOWN_ROUTE_DEFAULT: "Route '{0}' is onbekend; de standaardroute '{1}' is gebruikt.",
    Say.UNKNOWN_ROUTE_NONE: "Route '{0}' is onbekend; geen route.",
    Say.NO_DEFAULT_ROUTE: "Er is geen standaardroute voor regime '{0}'.",
    Say.CONDUCT_DATE_MISSING: (
        "De datum van de gedraging is niet vastgelegd; deze termijnen zijn daarom niet "
        "berekend: {0}."
    ),
    Say.TERM_PASSED: "Termijn verstreken op {0}: {1} ({2}).",
    Say.TERM_TODAY: "Termijn verloopt vandaag: {0} ({1}).",
    Say.TERM_TOMORROW: "Termijn verloopt over 1 dag, op {0}: {1} ({2}).",
    Say.TERM_IN_DAYS: "Termijn verloopt over {0} dagen, op {1}: {2} ({3}).",
    Say.CLIENT_ACTS: "Aan zet: de cliënt.",
    Say.ORGANISATION_ACTS: "Aan zet: de organisatie.",
    Say.ADVISOR_ACTS: "Aan zet: de vertrouwenspersoon.",
    Say.UNVERIFIED: "{0} (te controleren)",
    Say.EXTENDED: "{0}; verdaagd: {1}",
    Say.CONSENTED: "{0}; langer met schriftelijke instemming: {1}",
    Say.SHIFTED: "{0}; {1}",
    Say.ATW_1: "verschoven van {0} naar {1}, Atw art. 1",
    Say.ATW_2: "verschoven van {0} naar {1}, Atw art. 2",
    Say.ATW_1_2: "verschoven van {0} naar {1}, Atw art. 1 en 2",
    Say.FROM_DECISION_TERM: "{0}; gerekend vanaf het verstrijken van de beslistermijn",
    Say.OR: "of",
    Say.AMOUNT: "{0} {1}",
    Say.DAYS: "dagen",
    Say.WORKING_DAYS: "werkdagen",
    Say.WEEKS: "weken",
    Say.MONTHS: "maanden",
    Say.YEARS: "jaar",
    Say.OWNER_CLIENT: "cliënt",
    Say.OWNER_ADVISOR: "vertrouwenspersoon",
    Say.OWNER_ORGANISATION: "organisatie",
    Say.OWNER_OTHER: "ander",
}


class Problem(StrEnum):
    """A problem with a route file (`routes.schema`, `routes.loader`, own routes), and the
    places it points at; {0}, {1}... are its arguments (keys, ids and values as written)."""

    AT = "at"
    OWN_ROUTE = "own_route"
    OWN_ROUTE_ID = "own_route_id"
    STEP_ID = "step_id"
    STEP_NUMBER = "step_number"
    TERM_ID = "term_id"
    TERM_NUMBER = "term_number"
    EXTENSION = "extension"
    UNKNOWN_KEY_HINT = "unknown_key_hint"
    UNKNOWN_KEY = "unknown_key"
    SOURCE_MISSING = "source_missing"
    KEY_MISSING = "key_missing"
    MUST_BE = "must_be"
    TYPE_TEXT = "type_text"
    TYPE_BOOL = "type_bool"
    TYPE_INT = "type_int"
    TYPE_LIST = "type_list"
    EMPTY = "empty"
    AT_LEAST_ONE = "at_least_one"
    LIST_OF_TEXT = "list_of_text"
    UNKNOWN_VALUE = "unknown_value"
    UNKNOWN_ANCHOR = "unknown_anchor"
    UNKNOWN_UNIT = "unknown_unit"
    BAD_ID = "bad_id"
    TABLES = "tables"
    FORMAT_NEWER = "format_newer"
    FORMAT_WRONG = "format_wrong"
    UNKNOWN_REGIME = "unknown_regime"
    ORGANISATION_NOT_DEFAULT = "organisation_not_default"
    STEPS_MISSING = "steps_missing"
    NO_STEPS = "no_steps"
    TERM_ID_TWICE = "term_id_twice"
    UNKNOWN_KIND = "unknown_kind"
    OF_WITH_CONDUCT = "of_with_conduct"
    EXTENSION_TABLE = "extension_table"
    EARLIEST_WITHOUT_OF = "earliest_without_of"
    EXTENSION_ANCHOR = "extension_anchor"
    STEP_ID_TWICE = "step_id_twice"
    REQUIRES_UNKNOWN = "requires_unknown"
    OF_OWN_STEP = "of_own_step"
    OF_UNKNOWN = "of_unknown"
    NOT_TOML = "not_toml"
    ROUTE_ID_TAKEN = "route_id_taken"
    ROUTE_ID_ALSO_IN = "route_id_also_in"
    REGIME_DEFAULT_TWICE = "regime_default_twice"
    NO_ROUTES_FOLDER = "no_routes_folder"
    FILE_UNREADABLE = "file_unreadable"


DUTCH_PROBLEMS: dict[Problem, str] = {
    Problem.AT: "{0}: {1}",
    Problem.OWN_ROUTE: "eigen route",
    Problem.OWN_ROUTE_ID: "eigen route '{0}'",
    Problem.STEP_ID: "stap '{0}'",
    Problem.STEP_NUMBER: "stap {0}",
    Problem.TERM_ID: "{0}, termijn '{1}'",
    Problem.TERM_NUMBER: "{0}, termijn {1}",
    Problem.EXTENSION: "{0}, extension",
    Problem.UNKNOWN_KEY_HINT: "onbekende sleutel '{0}' (bedoelt u '{1}'?); toegestaan: {2}",
    Problem.UNKNOWN_KEY: "onbekende sleutel '{0}'; toegestaan: {1}",
    Problem.SOURCE_MISSING: (
        "bron ontbreekt (sleutel 'source'): elke termijn noemt de regel waar hij uit komt, "
        'bv. source = "Awb art. 9:11 lid 1"'
    ),
    Problem.KEY_MISSING: "sleutel '{0}' ontbreekt",
    Problem.MUST_BE: "'{0}' moet {1} zijn, niet {2}",
    Problem.TYPE_TEXT: "tekst",
    Problem.TYPE_BOOL: "true of false",
    Problem.TYPE_INT: "een geheel getal",
    Problem.TYPE_LIST: "een lijst",
    Problem.EMPTY: "'{0}' is leeg",
    Problem.AT_LEAST_ONE: "'{0}' moet minstens 1 zijn, niet {1}",
    Problem.LIST_OF_TEXT: "'{0}' moet een lijst met tekst zijn",
    Problem.UNKNOWN_VALUE: "onbekende waarde '{0}' bij '{1}'; kies uit: {2}",
    Problem.UNKNOWN_ANCHOR: "onbekend beginpunt '{0}' bij '{1}'; kies uit: {2}",
    Problem.UNKNOWN_UNIT: "onbekende eenheid '{0}' bij '{1}'; kies uit: {2}",
    Problem.BAD_ID: (
        "{0} = '{1}' is geen geldige id: gebruik kleine letters, cijfers en _, "
        "beginnend met een letter"
    ),
    Problem.TABLES: "'{0}' moet een lijst van tabellen zijn ([[{0}]])",
    Problem.FORMAT_NEWER: "format = {0} is nieuwer dan dit programma kent ({1})",
    Problem.FORMAT_WRONG: "format moet {0} zijn, niet {1}",
    Problem.UNKNOWN_REGIME: "onbekend regime '{0}' bij 'default_for'; kies uit: {1}",
    Problem.ORGANISATION_NOT_DEFAULT: (
        "een route van één organisatie (kind = 'organisation') is geen standaardroute"
    ),
    Problem.STEPS_MISSING: "sleutel 'steps' ontbreekt: een route heeft minstens één [[steps]]",
    Problem.NO_STEPS: "de route heeft geen stappen ([[steps]])",
    Problem.TERM_ID_TWICE: "termijn-id '{0}' komt twee keer voor",
    Problem.UNKNOWN_KIND: "onbekende organisatiesoort '{0}' bij 'kinds'; kies uit: {1}",
    Problem.OF_WITH_CONDUCT: (
        "'of' past niet bij from = 'conduct' (de gedraging hoort bij geen stap)"
    ),
    Problem.EXTENSION_TABLE: "'extension' moet een tabel zijn: extension = {{ amount = 4, ... }}",
    Problem.EARLIEST_WITHOUT_OF: "'earliest' past alleen bij een termijn met 'of' (andere stappen)",
    Problem.EXTENSION_ANCHOR: (
        "een verlenging (extension) kan alleen bij een termijn met from = 'step_start'"
    ),
    Problem.STEP_ID_TWICE: "stap-id '{0}' komt meer dan één keer voor",
    Problem.REQUIRES_UNKNOWN: "'requires' noemt onbekende stap '{0}'",
    Problem.OF_OWN_STEP: "'of' noemt de eigen stap; laat 'of' dan weg",
    Problem.OF_UNKNOWN: (
        "'of' noemt onbekende stap '{0}' (niet in deze route en geen standaardstap)"
    ),
    Problem.NOT_TOML: "geen geldige TOML: {0}",
    Problem.ROUTE_ID_TAKEN: (
        "er is al een eigen route met id '{0}'; kies een ander id of open die route om haar "
        "te bewerken"
    ),
    Problem.ROUTE_ID_ALSO_IN: "route-id '{0}' staat ook in {1}",
    Problem.REGIME_DEFAULT_TWICE: "regime '{0}' is de standaardroute van meer dan één route: {1}",
    Problem.NO_ROUTES_FOLDER: "map met routes bestaat niet",
    Problem.FILE_UNREADABLE: "kan het bestand niet lezen: {0}",
}


@dataclass(frozen=True)
class Day:
    """A date argument: long ("3 maart 2026") or short with its weekday ("za 28-02")."""

    day: date
    short: bool = False


@dataclass(frozen=True)
class Said:
    """A frame with its arguments, in order ({0}, {1}...)."""

    code: Say | Problem
    args: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Words:
    """Pieces said one after another, with `sep` between them (a `Say` word such as "of"
    is said with spaces around it); `quoted` puts each piece in single quotes."""

    parts: tuple[Text, ...]
    sep: str | Say = " "
    quoted: bool = False


Text = Said | Words | Day | int | str  # a str is route content (or a value), kept as written


def say(code: Say | Problem, *args: Text) -> Said:
    return Said(code, args)


def words(*parts: Text | None, sep: str | Say = " ", quoted: bool = False) -> Words:
    """Pieces joined by `sep`; empty ones (None, "") are left out."""
    return Words(tuple(p for p in parts if p is not None and p != ""), sep, quoted)


def render(text: Text, frame: Callable[[Say | Problem], str], day: Callable[[Day], str]) -> str:
    """`text` worded with `frame` (a frame's text per code) and `day` (a date's text)."""
    if isinstance(text, str):
        return text
    if isinstance(text, int):
        return str(text)
    if isinstance(text, Day):
        return day(text)
    if isinstance(text, Words):
        sep = f" {frame(text.sep)} " if isinstance(text.sep, Say) else text.sep
        shown = (render(p, frame, day) for p in text.parts)
        return sep.join(f"'{p}'" if text.quoted else p for p in shown if p)
    return frame(text.code).format(*(render(a, frame, day) for a in text.args))


def _nl_day(day: Day) -> str:
    if day.short:
        return f"{WEEKDAYS[day.day.weekday()]} {day.day:%d-%m}"
    return dutch_date(day.day)


def dutch(text: Text) -> str:
    """`text` in the core's Dutch (the command line, its JSON and the PDFs)."""
    return render(text, _dutch_frame, _nl_day)


def _dutch_frame(code: Say | Problem) -> str:
    return DUTCH[code] if isinstance(code, Say) else DUTCH_PROBLEMS[code]
