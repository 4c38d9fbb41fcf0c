"""What the Rapportage screen shows, derived from `Stats`: periods, table rows, key figures.

No widgets here: the area and the tests share these helpers, so a number on screen and a
number in a test come from the same place. Counts, and which rows a table lists in what order
with which shares and totals, come from the core (`vertrouwen.reports.rows`, which the PDF
uses too); this module only chooses labels (Dutch or English, after the UI language) and
formats numbers in the UI's locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ui.core.enum_labels import ui_language
from ui.qt import QCoreApplication, QDate, QLocale
from vertrouwen.domain.labels import Language, label_for
from vertrouwen.reports import DIMENSIONS, OTHER_ORGANISATIONS, Period, Stats
from vertrouwen.reports import rows as core
from vertrouwen.reports.output import display_name
from vertrouwen.reports.stats import UNKNOWN_MUNICIPALITY


def language() -> Language:
    """The UI language, "nl" or "en" (the translator sets the default locale)."""
    return ui_language()


# -- periods ---------------------------------------------------------------------------------
def preset_period(key: str, today: date) -> Period:
    """A quick choice ("this_year", "last_year", "last_12") or "year:YYYY" as a period."""
    if key == "this_year":
        return Period(date(today.year, 1, 1), today)
    if key == "last_year":
        return Period.year(today.year - 1)
    if key == "last_12":
        # the current month and the eleven before it: twelve points on the trend line
        month = today.month - 11
        year = today.year + (month - 1) // 12
        return Period(date(year, (month - 1) % 12 + 1, 1), today)
    if key.startswith("year:"):
        return Period.year(int(key[5:]))
    raise ValueError(f"unknown period choice {key!r}")


def calendar_year(period: Period) -> int | None:
    """The year when the period is exactly one calendar year (what the yearly PDF covers)."""
    if period == Period.year(period.start.year):
        return period.start.year
    return None


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date, short: bool = False) -> str:
    return QLocale().toString(qdate(day), "d MMM yyyy" if short else "d MMMM yyyy")


def period_text(period: Period) -> str:
    """ "1 januari 2025 t/m 31 december 2025", or "2025" for a calendar year."""
    year = calendar_year(period)
    if year is not None:
        return str(year)
    return QCoreApplication.translate("Reports", "{0} t/m {1}").format(
        day_text(period.start), day_text(period.end)
    )


def previous_name(stats: Stats) -> str:
    """A short name for the comparison period: "2024", or "jaar eerder"."""
    year = calendar_year(stats.period)
    return (
        str(year - 1) if year is not None else QCoreApplication.translate("Reports", "Jaar eerder")
    )


def current_name(stats: Stats) -> str:
    year = calendar_year(stats.period)
    return str(year) if year is not None else QCoreApplication.translate("Reports", "Periode")


def trend_row_names(stats: Stats) -> tuple[str, str]:
    """Names of the two lines of new cases under the trend chart."""
    year = calendar_year(stats.period)
    if year is not None:
        return QCoreApplication.translate("Reports", "Nieuwe zaken {0}").format(
            year
        ), QCoreApplication.translate("Reports", "Nieuwe zaken {0}").format(year - 1)
    return QCoreApplication.translate("Reports", "Nieuw in de periode"), QCoreApplication.translate(
        "Reports", "Nieuw een jaar eerder"
    )


def previous_text(stats: Stats) -> str:
    """The comparison period in words, for the line under the filters."""
    year = calendar_year(stats.period)
    if year is not None:
        return str(year - 1)
    before = stats.period.a_year_earlier()
    return QCoreApplication.translate("Reports", "{0} t/m {1}").format(
        day_text(before.start, True), day_text(before.end, True)
    )


def month_label(month: str, with_year: bool) -> str:
    """ "mrt" (or "mrt 25" when the series spans more than one calendar year)."""
    name = QLocale().standaloneMonthName(int(month[5:]), QLocale.FormatType.ShortFormat)
    name = name.rstrip(".")
    return f"{name} {month[2:4]}" if with_year else name


# -- numbers ---------------------------------------------------------------------------------
def number(n: int) -> str:
    """Grouped digits in the UI language: 1.234 (nl) or 1,234 (en)."""
    return QLocale().toString(int(n))


def hours(minutes: int) -> str:
    value = minutes / 60
    return QLocale().toString(value, "f", 0 if value >= 100 else 1)


def change(now: int, was: int | None) -> str:
    """ "+12 (+8%)", "−3", "gelijk" or "" without a comparison (the core's small-numbers rule:
    no percentage when the year before counted fewer than ten)."""
    moved = core.change_of(now, was)
    if moved is None:
        return ""
    if moved.diff == 0:
        return QCoreApplication.translate("Reports", "gelijk")
    percent = f" ({moved.sign}{moved.percent}%)" if moved.percent is not None else ""
    return f"{moved.sign}{number(abs(moved.diff))}{percent}"


# -- key figures -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    """One tile at the top of the screen."""

    key: str
    caption: str
    value: str
    previous: str  # "" without a comparison
    change: str


def figure_captions() -> dict[str, str]:
    """The key figures in the order shown, with their captions."""
    return {
        "cases": QCoreApplication.translate("Reports", "Zaken"),
        "new_cases": QCoreApplication.translate("Reports", "Nieuw"),
        "closed_cases": QCoreApplication.translate("Reports", "Afgesloten"),
        "contacts": QCoreApplication.translate("Reports", "Contacten"),
        "hours": QCoreApplication.translate("Reports", "Uren"),
        "unsafe_signals": QCoreApplication.translate("Reports", "Signalen van onveiligheid"),
        "clients": QCoreApplication.translate("Reports", "Cliënten"),
        "signals": QCoreApplication.translate("Reports", "Doorgegeven signalen"),
        "activities": QCoreApplication.translate("Reports", "Activiteiten"),
    }


def key_figures(stats: Stats) -> list[Figure]:
    prev = stats.previous
    out: list[Figure] = []
    for key, caption in figure_captions().items():
        if key == "hours":
            now, was = round(stats.minutes / 60), round(prev.minutes / 60) if prev else None
            shown = hours(stats.minutes)
            before = hours(prev.minutes) if prev else ""
        elif key == "activities":
            now = sum(stats.activities.values())
            was = sum(prev.activities.values()) if prev else None
            shown, before = number(now), number(was) if was is not None else ""
        else:
            now, was = getattr(stats, key), getattr(prev, key) if prev else None
            shown = number(now)
            before = number(was) if was is not None else ""
        out.append(Figure(key, caption, shown, before, change(now, was)))
    return out


# -- tables ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class TableRow:
    """One line of a breakdown: a category with its count, share and the year before."""

    slug: str
    label: str
    count: int
    share: str
    previous: int | None  # None: no comparison, or a name below the threshold that year
    total: bool = False


def _enum(key: str) -> type[StrEnum] | None:
    return next(d.enum for d in DIMENSIONS if d.key == key)


def category_label(key: str, slug: str, lang: Language, threshold: int = 0) -> str:
    if key == "by_organisation":
        if slug == OTHER_ORGANISATIONS:
            return QCoreApplication.translate(
                "Reports", "Overige organisaties (elk minder dan {0} zaken)"
            ).format(threshold)
        return slug
    if key == "by_municipality":
        if slug == UNKNOWN_MUNICIPALITY:
            return QCoreApplication.translate("Reports", "Onbekend")
        return slug
    if key == "by_feedback":
        return QCoreApplication.translate("Reports", "Cijfer {0}").format(slug)
    enum = _enum(key)
    if enum is None:
        return slug
    if lang != "nl":
        name = label_for(enum, slug, "en")
        if name != slug:
            return name
    # Dutch names, and a route's own step ids by their route name
    return display_name(enum, slug)


def rows_for(stats: Stats, key: str, lang: Language) -> list[TableRow]:
    """Every category of a breakdown (zeros included), in the core's reading order."""
    return [
        TableRow(r.slug, category_label(key, r.slug, lang, stats.threshold), r.count, r.share,
                 r.previous)
        for r in core.rows_for(stats, key, zeros=True)
    ]  # fmt: skip


def total_for(stats: Stats, key: str) -> TableRow | None:
    """The bold last line: all cases for one-per-case breakdowns, the sum for summed ones."""
    found = core.total_for(stats, key)
    if found is None:
        return None
    kind, count, before = found
    name = (
        QCoreApplication.translate("Reports", "Totaal zaken")
        if kind == "cases"
        else QCoreApplication.translate("Reports", "Totaal")
    )
    return TableRow("", name, count, "", before, True)


@dataclass(frozen=True)
class Trend:
    """New cases per month, this period against the same months a year earlier."""

    row_names: tuple[str, str]
    labels: list[str]
    current: list[int]
    previous: list[int] | None
    contacts: list[int]


def trend_of(stats: Stats) -> Trend:
    months = [m.month for m in stats.monthly]
    spans_years = len({m[:4] for m in months}) > 1
    previous = None
    if stats.previous is not None:
        earlier = [m.new_cases for m in stats.previous.monthly]
        # a year back the period has the same months (29 February aside): pair by position
        previous = (earlier + [0] * len(months))[: len(months)]
    return Trend(
        trend_row_names(stats),
        [month_label(m, spans_years) for m in months],
        [m.new_cases for m in stats.monthly],
        previous,
        [m.contacts for m in stats.monthly],
    )


def is_empty(stats: Stats) -> bool:
    """Nothing to show: no case in the period and none a year earlier."""
    return stats.cases == 0 and (stats.previous is None or stats.previous.cases == 0)


@dataclass(frozen=True)
class SectionText:
    key: str
    title: str
    note: str
    column: str


def sections() -> list[SectionText]:
    """The breakdowns in the order a policy officer reads them, with their words."""
    return [
        SectionText(
            "by_organisation_kind",
            QCoreApplication.translate("Reports", "Over welke organisaties ging het?"),
            QCoreApplication.translate(
                "Reports", "Per zaak de soort organisatie waarover de cliënt ontevreden was."
            ),
            QCoreApplication.translate("Reports", "Soort organisatie"),
        ),
        SectionText(
            "by_topic",
            QCoreApplication.translate("Reports", "Waarover ging het?"),
            QCoreApplication.translate(
                "Reports",
                "Een zaak kan over meer onderwerpen gaan en telt dan bij elk onderwerp; het "
                "aandeel is het deel van alle zaken waarin het onderwerp speelde.",
            ),
            QCoreApplication.translate("Reports", "Onderwerp"),
        ),
        SectionText(
            "by_client_role",
            QCoreApplication.translate("Reports", "Wie vroeg om steun?"),
            QCoreApplication.translate("Reports", "Per zaak de rol van de cliënt."),
            QCoreApplication.translate("Reports", "Cliënt"),
        ),
        SectionText(
            "by_age_band",
            QCoreApplication.translate("Reports", "Leeftijd van de cliënt"),
            QCoreApplication.translate(
                "Reports", "In leeftijdsgroepen; een geboortedatum wordt nooit vastgelegd."
            ),
            QCoreApplication.translate("Reports", "Leeftijd"),
        ),
        SectionText(
            "by_goal",
            QCoreApplication.translate("Reports", "Wat wilde de cliënt bereiken?"),
            QCoreApplication.translate(
                "Reports", "Een cliënt kan meer doelen hebben; elk telt één keer."
            ),
            QCoreApplication.translate("Reports", "Doel"),
        ),
        SectionText(
            "by_support",
            QCoreApplication.translate("Reports", "Welke steun gaf de vertrouwenspersoon?"),
            QCoreApplication.translate(
                "Reports", "Een zaak kan meer vormen van steun krijgen; elke telt één keer."
            ),
            QCoreApplication.translate("Reports", "Steun"),
        ),
        SectionText(
            "by_step_reached",
            QCoreApplication.translate("Reports", "Hoe ver kwam de klachtroute?"),
            QCoreApplication.translate(
                "Reports",
                "Per zaak de laatste stap die zij bereikte; zaken zonder stap tellen niet mee.",
            ),
            QCoreApplication.translate("Reports", "Verste stap"),
        ),
        SectionText(
            "by_result",
            QCoreApplication.translate("Reports", "Hoe liep het af?"),
            QCoreApplication.translate(
                "Reports", "Alleen afgesloten zaken, naar de stand van vandaag."
            ),
            QCoreApplication.translate("Reports", "Resultaat"),
        ),
        SectionText(
            "by_regime",
            QCoreApplication.translate("Reports", "Onder welke wet viel de hulp?"),
            QCoreApplication.translate(
                "Reports", "Per zaak het wettelijk kader van de klachtregeling."
            ),
            QCoreApplication.translate("Reports", "Wettelijk kader"),
        ),
        SectionText(
            "by_verdict",
            QCoreApplication.translate("Reports", "Uitspraken van klachtencommissies"),
            QCoreApplication.translate(
                "Reports", "Per klachtonderdeel: één klacht kan uit meer onderdelen bestaan."
            ),
            QCoreApplication.translate("Reports", "Uitspraak"),
        ),
        SectionText(
            "questions",
            QCoreApplication.translate("Reports", "Met welke vragen kwamen cliënten?"),
            QCoreApplication.translate(
                "Reports", "Een zaak kan meer vragen bevatten, elk met een eigen soort."
            ),
            QCoreApplication.translate("Reports", "Soort vraag"),
        ),
        SectionText(
            "by_question_topic",
            QCoreApplication.translate("Reports", "Waarover gingen de vragen?"),
            QCoreApplication.translate("Reports", "Per vraag het onderwerp, als dat bekend is."),
            QCoreApplication.translate("Reports", "Onderwerp"),
        ),
        SectionText(
            "by_municipality",
            QCoreApplication.translate("Reports", "Uit welke gemeente kwam de cliënt?"),
            QCoreApplication.translate(
                "Reports", "Per zaak de gemeente of regio van de cliënt, wat de financier vraagt."
            ),
            QCoreApplication.translate("Reports", "Gemeente"),
        ),
        SectionText(
            "by_feedback",
            QCoreApplication.translate("Reports", "Welk rapportcijfer gaf de cliënt?"),
            QCoreApplication.translate(
                "Reports", "Bij afgesloten zaken waarin de cliënt een cijfer gaf (1 tot 10)."
            ),
            QCoreApplication.translate("Reports", "Cijfer"),
        ),
        SectionText(
            "by_signal_topic",
            QCoreApplication.translate("Reports", "Doorgegeven signalen"),
            QCoreApplication.translate(
                "Reports", "Signalen in de periode, in zaken en daarbuiten, naar onderwerp."
            ),
            QCoreApplication.translate("Reports", "Onderwerp"),
        ),
        SectionText(
            "activities",
            QCoreApplication.translate("Reports", "Activiteiten buiten zaken"),
            QCoreApplication.translate(
                "Reports", "Voorlichting, groepsbezoeken, trainingen en overleg in de periode."
            ),
            QCoreApplication.translate("Reports", "Activiteit"),
        ),
        SectionText(
            "by_organisation",
            QCoreApplication.translate("Reports", "Organisaties bij naam"),
            QCoreApplication.translate(
                "Reports",
                "Alleen organisaties waarover ten minste {0} zaken in de periode gingen; de "
                "andere zijn samengevoegd, zodat geen cliënt herkenbaar is. Een streepje: een "
                "jaar eerder minder dan {0} zaken, daar geteld bij de overige.",
            ),
            QCoreApplication.translate("Reports", "Organisatie"),
        ),
    ]
