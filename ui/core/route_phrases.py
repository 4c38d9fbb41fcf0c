"""The core's sentence frames around route content, in the UI language.

Advice and deadlines come from the core in Dutch (`vertrouwen.routes`): the same words are the
`advice` command's output and what the PDFs say. Inside them sits route content (step names,
reasons, conditions, sources and notes from the route TOML files): Dutch legal material that
stays Dutch in both languages, because it quotes Dutch rules. What the core wraps around that
content ("'X' heeft de klacht niet opgelost.", "Deze stap is niet verplicht.", "(te
controleren)", dates, units) is the program talking, so in English it is swapped here for the
English frame, keeping the Dutch content inside it. Text this module does not know passes
through unchanged: a new core sentence shows in Dutch, never garbled.

The English lives in the .ts like every other UI string (context "RoutePhrases"); the
patterns below must follow the core's wording (tests/ui/test_translations.py runs the core's
advice through them and looks for Dutch frames left over).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from ui.core.enum_labels import long_date, ui_language
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RoutePhrases"

_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
_DUTCH_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (\d{4})\b")

_UNITS = {
    "werkdagen": QT_TRANSLATE_NOOP("RoutePhrases", "werkdagen"),
    "dagen": QT_TRANSLATE_NOOP("RoutePhrases", "dagen"),
    "weken": QT_TRANSLATE_NOOP("RoutePhrases", "weken"),
    "maanden": QT_TRANSLATE_NOOP("RoutePhrases", "maanden"),
    "jaar": QT_TRANSLATE_NOOP("RoutePhrases", "jaar"),
}
_WEEKDAYS = {
    "ma": QT_TRANSLATE_NOOP("RoutePhrases", "ma"),
    "di": QT_TRANSLATE_NOOP("RoutePhrases", "di"),
    "wo": QT_TRANSLATE_NOOP("RoutePhrases", "wo"),
    "do": QT_TRANSLATE_NOOP("RoutePhrases", "do"),
    "vr": QT_TRANSLATE_NOOP("RoutePhrases", "vr"),
    "za": QT_TRANSLATE_NOOP("RoutePhrases", "za"),
    "zo": QT_TRANSLATE_NOOP("RoutePhrases", "zo"),
}
_OWNERS = {
    "cliënt": QT_TRANSLATE_NOOP("RoutePhrases", "cliënt"),
    "vertrouwenspersoon": QT_TRANSLATE_NOOP("RoutePhrases", "vertrouwenspersoon"),
    "organisatie": QT_TRANSLATE_NOOP("RoutePhrases", "organisatie"),
    "ander": QT_TRANSLATE_NOOP("RoutePhrases", "ander"),
}

# Sentences that carry a step name, a date or a number: (the core's pattern, the frame with
# {0}, {1}... for the groups). Anchored where the core puts them; first match per pattern.
_FRAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^De termijn voor '(.+?)' is op (.+?) verstreken zonder uitkomst\."),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "De termijn voor '{0}' is op {1} verstreken zonder uitkomst."
        ),
    ),
    (
        re.compile(
            r"^Loopt nu: '(.+?)' \(uitkomst uiterlijk (.+?)\)\. Lost dat de klacht niet op, "
            r"dan volgt:"
        ),
        QT_TRANSLATE_NOOP(
            "RoutePhrases",
            "Loopt nu: '{0}' (uitkomst uiterlijk {1}). Lost dat de klacht niet op, dan volgt:",
        ),
    ),
    (
        re.compile(r"^Loopt nu: '(.+?)'\. Lost dat de klacht niet op, dan volgt:"),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "Loopt nu: '{0}'. Lost dat de klacht niet op, dan volgt:"
        ),
    ),
    (
        re.compile(r"^'(.+?)' heeft de klacht niet opgelost\."),
        QT_TRANSLATE_NOOP("RoutePhrases", "'{0}' heeft de klacht niet opgelost."),
    ),
    (
        re.compile(r"^'(.+?)' heeft de klacht deels opgelost; als de cliënt verder wil:"),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "'{0}' heeft de klacht deels opgelost; als de cliënt verder wil:"
        ),
    ),
    (
        re.compile(r"^Na '(.+?)' is de cliënt doorverwezen\."),
        QT_TRANSLATE_NOOP("RoutePhrases", "Na '{0}' is de cliënt doorverwezen."),
    ),
    (
        re.compile(r"^'(.+?)' is afgerond zonder vastgelegde uitkomst\."),
        QT_TRANSLATE_NOOP("RoutePhrases", "'{0}' is afgerond zonder vastgelegde uitkomst."),
    ),
    (
        re.compile(
            r"^Stap '(.+?)' staat niet in de route '(.+?)'; het advies houdt er geen "
            r"rekening mee\."
        ),
        QT_TRANSLATE_NOOP(
            "RoutePhrases",
            "Stap '{0}' staat niet in de route '{1}'; het advies houdt er geen rekening mee.",
        ),
    ),
    (
        re.compile(r"^'(.+?)' komt meestal pas na (.+); die stap is niet vastgelegd\."),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "'{0}' komt meestal pas na {1}; die stap is niet vastgelegd."
        ),
    ),
    (
        re.compile(
            r"^Bij '(.+?)' is een verdaging van (\d+) weken vastgelegd, maar deze route "
            r"kent daar geen verdaging; de termijn is niet verschoven\."
        ),
        QT_TRANSLATE_NOOP(
            "RoutePhrases",
            "Bij '{0}' is een verdaging van {1} weken vastgelegd, maar deze route kent daar "
            "geen verdaging; de termijn is niet verschoven.",
        ),
    ),
    (
        re.compile(
            r"^Verdaging van (\d+) weken bij '(.+?)' is langer dan (.+) toestaat "
            r"\((.+?)\)\."
        ),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "Verdaging van {0} weken bij '{1}' is langer dan {2} toestaat ({3})."
        ),
    ),
    (
        re.compile(r"^Afspraak over tijd sinds (.+?) \((.+?)\): "),
        QT_TRANSLATE_NOOP("RoutePhrases", "Afspraak over tijd sinds {0} ({1}): "),
    ),
    (
        re.compile(r"^Route '(.+?)' is onbekend; de standaardroute '(.+?)' is gebruikt\."),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "Route '{0}' is onbekend; de standaardroute '{1}' is gebruikt."
        ),
    ),
    (
        re.compile(r"^Route '(.+?)' is onbekend; geen route\."),
        QT_TRANSLATE_NOOP("RoutePhrases", "Route '{0}' is onbekend; geen route."),
    ),
    (
        re.compile(r"^Er is geen standaardroute voor regime '(.+?)'\."),
        QT_TRANSLATE_NOOP("RoutePhrases", "Er is geen standaardroute voor regime '{0}'."),
    ),
    (
        re.compile(
            r"^De datum van de gedraging is niet vastgelegd; deze termijnen zijn daarom "
            r"niet berekend: (.+)\.$"
        ),
        QT_TRANSLATE_NOOP(
            "RoutePhrases",
            "De datum van de gedraging is niet vastgelegd; deze termijnen zijn daarom niet "
            "berekend: {0}.",
        ),
    ),
    (
        re.compile(r"De termijn eindigt daarom op (.+?), niet op de aangekondigde (.+?)\."),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "De termijn eindigt daarom op {0}, niet op de aangekondigde {1}."
        ),
    ),
    (
        re.compile(r"^'(.+?)' is begonnen op (.+?), na het einde van de termijn op (.+?): "),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "'{0}' is begonnen op {1}, na het einde van de termijn op {2}: "
        ),
    ),
    (
        re.compile(r"^Voorbij sinds (.+?): "),
        QT_TRANSLATE_NOOP("RoutePhrases", "Voorbij sinds {0}: "),
    ),
    (
        re.compile(r"Niet verplicht hiervoor: (.+?); de cliënt mag meteen deze stap zetten\."),
        QT_TRANSLATE_NOOP(
            "RoutePhrases", "Niet verplicht hiervoor: {0}; de cliënt mag meteen deze stap zetten."
        ),
    ),
    (
        re.compile(r"verschoven van (\w\w) (\d\d-\d\d) naar (\w\w) (\d\d-\d\d), Atw art\. 1 en 2"),
        QT_TRANSLATE_NOOP("RoutePhrases", "verschoven van {0} {1} naar {2} {3}, Atw art. 1 en 2"),
    ),
    (
        re.compile(r"verschoven van (\w\w) (\d\d-\d\d) naar (\w\w) (\d\d-\d\d), Atw art\. (\d)"),
        QT_TRANSLATE_NOOP("RoutePhrases", "verschoven van {0} {1} naar {2} {3}, Atw art. {4}"),
    ),
    (
        re.compile(
            r" Het advies volgt daarom de route '(.+?)'; zet het regime van dit dossier op Wmo\."
        ),
        QT_TRANSLATE_NOOP(
            "RoutePhrases",
            " Het advies volgt daarom de route '{0}'; zet het regime van dit dossier op Wmo.",
        ),
    ),
    (
        re.compile(r" Kies de route '(.+?)' of de eigen route van deze Veilig Thuis-organisatie\."),
        QT_TRANSLATE_NOOP(
            "RoutePhrases",
            " Kies de route '{0}' of de eigen route van deze Veilig Thuis-organisatie.",
        ),
    ),
    (
        re.compile(r"^Behandeld door (.+)\.$"),
        QT_TRANSLATE_NOOP("RoutePhrases", "Behandeld door {0}."),
    ),
    (
        re.compile(r"^Termijn verstreken op (.+?): "),
        QT_TRANSLATE_NOOP("RoutePhrases", "Termijn verstreken op {0}: "),
    ),
    (
        re.compile(r"^Termijn verloopt vandaag: "),
        QT_TRANSLATE_NOOP("RoutePhrases", "Termijn verloopt vandaag: "),
    ),
    (
        re.compile(r"^Termijn verloopt over 1 dag, op (.+?): "),
        QT_TRANSLATE_NOOP("RoutePhrases", "Termijn verloopt over 1 dag, op {0}: "),
    ),
    (
        re.compile(r"^Termijn verloopt over (\d+) dagen, op (.+?): "),
        QT_TRANSLATE_NOOP("RoutePhrases", "Termijn verloopt over {0} dagen, op {1}: "),
    ),
)

# Fixed phrases the core adds to route content, wherever they stand
_PHRASES = (
    QT_TRANSLATE_NOOP("RoutePhrases", "Naast de klachtroute:"),
    QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "Veilig Thuis valt voor klachten niet onder de Jeugdwet maar onder de Wmo 2015 en Awb "
        "hoofdstuk 9.",
    ),
    QT_TRANSLATE_NOOP(
        "RoutePhrases", " Kies een route of de eigen route van deze Veilig Thuis-organisatie."
    ),
    QT_TRANSLATE_NOOP("RoutePhrases", "Aan zet: de cliënt."),
    QT_TRANSLATE_NOOP("RoutePhrases", "Aan zet: de organisatie."),
    QT_TRANSLATE_NOOP("RoutePhrases", "Aan zet: de vertrouwenspersoon."),
    QT_TRANSLATE_NOOP("RoutePhrases", "Deze stap is niet verplicht."),
    QT_TRANSLATE_NOOP("RoutePhrases", "Voorwaarden:"),
    QT_TRANSLATE_NOOP(
        "RoutePhrases",
        "Gaat het om een besluit (beschikking) van de gemeente? Daartegen staat bezwaar open "
        "binnen zes weken na de bekendmaking (Awb art. 6:7), geen klacht.",
    ),
    QT_TRANSLATE_NOOP("RoutePhrases", "; gerekend vanaf het verstrijken van de beslistermijn"),
    QT_TRANSLATE_NOOP("RoutePhrases", "; verdaagd: "),
    QT_TRANSLATE_NOOP("RoutePhrases", "; langer met schriftelijke instemming: "),
    QT_TRANSLATE_NOOP("RoutePhrases", " (te controleren)"),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _date(match: re.Match[str]) -> str:
    day = date(int(match.group(3)), _MONTHS.index(match.group(2)) + 1, int(match.group(1)))
    return long_date(day)


def _word(table: dict[str, str]) -> Callable[[str], str]:
    return lambda word: _tr(table[word]) if word in table else word


def _group(text: str) -> str:
    """A captured piece: dates, units and owners in the UI language; route content as is."""
    text = _DUTCH_DATE.sub(_date, text)
    amount = re.fullmatch(r"(\d+) (" + "|".join(_UNITS) + ")", text)
    if amount:
        return f"{amount.group(1)} {_word(_UNITS)(amount.group(2))}"
    if text in _OWNERS:
        return _word(_OWNERS)(text)
    if text in _WEEKDAYS:
        return _word(_WEEKDAYS)(text)
    # "'A' of 'B'": the step names stay, the joining word follows the language
    return text.replace("' of '", "' " + _tr(QT_TRANSLATE_NOOP("RoutePhrases", "of")) + " '")


def core_text(text: str) -> str:
    """`text` from the core's advice or deadlines, its frames in the UI language."""
    if not text:
        return text
    language = ui_language()
    return text if language == "nl" else _english(text, language)


@lru_cache(maxsize=4096)  # Vandaag shows the same sources on thousands of rows
def _english(text: str, _language: str) -> str:
    for pattern, frame in _FRAMES:
        match = pattern.search(text)
        if match:
            english = _tr(frame).format(*(_group(g) for g in match.groups()))
            text = text[: match.start()] + english + text[match.end() :]
    for phrase in _PHRASES:
        if phrase in text:
            text = text.replace(phrase, _tr(phrase))
    return text
