"""The core's advice and deadlines in the UI language, worded from their codes.

Advice, deadline warnings and sources come from the core as codes with arguments
(`vertrouwen.routes.wording`: `Said`, `Words`); the core words them in Dutch for the
`advice` command and the PDFs, this module in the UI language. The Dutch of each frame here is
the core's own (a test compares them), the English lives in the .ts (context "RoutePhrases").
Route content inside the frames (step names, reasons, conditions, sources and notes from the
route TOML files) is Dutch legal material and stays Dutch in both languages.
"""

from __future__ import annotations

from ui.core.enum_labels import long_date
from ui.core.route_problems import problem_frame
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from vertrouwen.routes.wording import Day, Problem, Say, Text, render

CONTEXT = "RoutePhrases"

FRAMES: dict[Say, str] = {
    Say.TERM_PASSED_NO_OUTCOME: QT_TRANSLATE_NOOP(
        "RoutePhrases", "De termijn voor '{0}' is op {1} verstreken zonder uitkomst."
    ),
    Say.RUNNING_DUE: QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "Loopt nu: '{0}' (uitkomst uiterlijk {1}). Lost dat de klacht niet op, dan volgt:",
    ),
    Say.RUNNING: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Loopt nu: '{0}'. Lost dat de klacht niet op, dan volgt:"
    ),
    Say.NOT_RESOLVED: QT_TRANSLATE_NOOP("RoutePhrases", "'{0}' heeft de klacht niet opgelost."),
    Say.PARTLY_RESOLVED: QT_TRANSLATE_NOOP(
        "RoutePhrases", "'{0}' heeft de klacht deels opgelost; als de cliënt verder wil:"
    ),
    Say.REFERRED: QT_TRANSLATE_NOOP("RoutePhrases", "Na '{0}' is de cliënt doorverwezen."),
    Say.ENDED_NO_OUTCOME: QT_TRANSLATE_NOOP(
        "RoutePhrases", "'{0}' is afgerond zonder vastgelegde uitkomst."
    ),
    Say.BESIDE_ROUTE: QT_TRANSLATE_NOOP("RoutePhrases", "Naast de klachtroute:"),
    Say.NOT_REQUIRED_BEFORE: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Niet verplicht hiervoor: {0}; de cliënt mag meteen deze stap zetten."
    ),
    Say.OPTIONAL: QT_TRANSLATE_NOOP("RoutePhrases", "Deze stap is niet verplicht."),
    Say.CONDITIONS: QT_TRANSLATE_NOOP("RoutePhrases", "Voorwaarden: {0}."),
    Say.HANDLED_BY: QT_TRANSLATE_NOOP("RoutePhrases", "Behandeld door {0}."),
    Say.UNKNOWN_STEP: QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "Stap '{0}' staat niet in de route '{1}'; het advies houdt er geen rekening mee.",
    ),
    Say.USUALLY_AFTER: QT_TRANSLATE_NOOP(
        "RoutePhrases", "'{0}' komt meestal pas na {1}; die stap is niet vastgelegd."
    ),
    Say.EXTENSION_NOT_IN_ROUTE: QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "Bij '{0}' is een verdaging van {1} weken vastgelegd, maar deze route kent daar "
        "geen verdaging; de termijn is niet verschoven.",
    ),
    Say.EXTENSION_TOO_LONG: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Verdaging van {0} weken bij '{1}' is langer dan {2} toestaat ({3})."
    ),
    Say.ANNOUNCED: QT_TRANSLATE_NOOP(
        "RoutePhrases", "De termijn eindigt daarom op {0}, niet op de aangekondigde {1}."
    ),
    Say.LATE_START: QT_TRANSLATE_NOOP(
        "RoutePhrases", "'{0}' is begonnen op {1}, na het einde van de termijn op {2}: {3} ({4})."
    ),
    Say.ACTION_OVERDUE: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Afspraak over tijd sinds {0} ({1}): {2}"
    ),
    Say.DECISION_HINT: QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "Gaat het om een besluit (beschikking) van de gemeente? Daartegen staat bezwaar open "
        "binnen zes weken na de bekendmaking (Awb art. 6:7), geen klacht.",
    ),
    Say.EXPIRED: QT_TRANSLATE_NOOP("RoutePhrases", "Voorbij sinds {0}: {1} ({2})."),
    Say.VT_REGIME: QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "Veilig Thuis valt voor klachten niet onder de Jeugdwet maar onder de Wmo 2015 en Awb "
        "hoofdstuk 9.",
    ),
    Say.CHOOSE_ROUTE: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Kies de route '{0}' of de eigen route van deze Veilig Thuis-organisatie."
    ),
    Say.CHOOSE_A_ROUTE: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Kies een route of de eigen route van deze Veilig Thuis-organisatie."
    ),
    Say.FOLLOWS_ROUTE: QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "Het advies volgt daarom de route '{0}'; zet het regime van dit dossier op Wmo.",
    ),
    Say.UNKNOWN_ROUTE_DEFAULT: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Route '{0}' is onbekend; de standaardroute '{1}' is gebruikt."
    ),
    Say.UNKNOWN_ROUTE_NONE: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Route '{0}' is onbekend; geen route."
    ),
    Say.NO_DEFAULT_ROUTE: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Er is geen standaardroute voor regime '{0}'."
    ),
    Say.CONDUCT_DATE_MISSING: QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "De datum van de gedraging is niet vastgelegd; deze termijnen zijn daarom niet "
        "berekend: {0}.",
    ),
    Say.TERM_PASSED: QT_TRANSLATE_NOOP("RoutePhrases", "Termijn verstreken op {0}: {1} ({2})."),
    Say.TERM_TODAY: QT_TRANSLATE_NOOP("RoutePhrases", "Termijn verloopt vandaag: {0} ({1})."),
    Say.TERM_TOMORROW: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Termijn verloopt over 1 dag, op {0}: {1} ({2})."
    ),
    Say.TERM_IN_DAYS: QT_TRANSLATE_NOOP(
        "RoutePhrases", "Termijn verloopt over {0} dagen, op {1}: {2} ({3})."
    ),
    Say.CLIENT_ACTS: QT_TRANSLATE_NOOP("RoutePhrases", "Aan zet: de cliënt."),
    Say.ORGANISATION_ACTS: QT_TRANSLATE_NOOP("RoutePhrases", "Aan zet: de organisatie."),
    Say.ADVISOR_ACTS: QT_TRANSLATE_NOOP("RoutePhrases", "Aan zet: de vertrouwenspersoon."),
    Say.UNVERIFIED: QT_TRANSLATE_NOOP("RoutePhrases", "{0} (te controleren)"),
    Say.EXTENDED: QT_TRANSLATE_NOOP("RoutePhrases", "{0}; verdaagd: {1}"),
    Say.CONSENTED: QT_TRANSLATE_NOOP(
        "RoutePhrases", "{0}; langer met schriftelijke instemming: {1}"
    ),
    Say.SHIFTED: QT_TRANSLATE_NOOP("RoutePhrases", "{0}; {1}"),
    Say.ATW_1: QT_TRANSLATE_NOOP("RoutePhrases", "verschoven van {0} naar {1}, Atw art. 1"),
    Say.ATW_2: QT_TRANSLATE_NOOP("RoutePhrases", "verschoven van {0} naar {1}, Atw art. 2"),
    Say.ATW_1_2: QT_TRANSLATE_NOOP("RoutePhrases", "verschoven van {0} naar {1}, Atw art. 1 en 2"),
    Say.FROM_DECISION_TERM: QT_TRANSLATE_NOOP(
        "RoutePhrases", "{0}; gerekend vanaf het verstrijken van de beslistermijn"
    ),
    Say.OR: QT_TRANSLATE_NOOP("RoutePhrases", "of"),
    Say.AMOUNT: QT_TRANSLATE_NOOP("RoutePhrases", "{0} {1}"),
    Say.DAYS: QT_TRANSLATE_NOOP("RoutePhrases", "dagen"),
    Say.WORKING_DAYS: QT_TRANSLATE_NOOP("RoutePhrases", "werkdagen"),
    Say.WEEKS: QT_TRANSLATE_NOOP("RoutePhrases", "weken"),
    Say.MONTHS: QT_TRANSLATE_NOOP("RoutePhrases", "maanden"),
    Say.YEARS: QT_TRANSLATE_NOOP("RoutePhrases", "jaar"),
    Say.OWNER_CLIENT: QT_TRANSLATE_NOOP("RoutePhrases", "cliënt"),
    Say.OWNER_ADVISOR: QT_TRANSLATE_NOOP("RoutePhrases", "vertrouwenspersoon"),
    Say.OWNER_ORGANISATION: QT_TRANSLATE_NOOP("RoutePhrases", "organisatie"),
    Say.OWNER_OTHER: QT_TRANSLATE_NOOP("RoutePhrases", "ander"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("RoutePhrases", "ma"),
    QT_TRANSLATE_NOOP("RoutePhrases", "di"),
    QT_TRANSLATE_NOOP("RoutePhrases", "wo"),
    QT_TRANSLATE_NOOP("RoutePhrases", "do"),
    QT_TRANSLATE_NOOP("RoutePhrases", "vr"),
    QT_TRANSLATE_NOOP("RoutePhrases", "za"),
    QT_TRANSLATE_NOOP("RoutePhrases", "zo"),
)


def _frame(code: Say | Problem) -> str:
    if isinstance(code, Problem):  # a route file's problem (the route editor)
        return problem_frame(code)
    return QCoreApplication.translate(CONTEXT, FRAMES[code])


def _day(day: Day) -> str:
    if day.short:
        weekday = QCoreApplication.translate(CONTEXT, _WEEKDAYS[day.day.weekday()])
        return f"{weekday} {day.day:%d-%m}"
    return long_date(day.day)


def said_text(text: Text) -> str:
    """`text` from the core's advice, deadlines or route-file problems, in the UI language."""
    return render(text, _frame, _day)
