"""The words of the yearly report: summary sentences, key figures and how to read the counts.

Everything is derived from `Stats`, so the words always match the numbers. Dutch, plain
language (B1): the reader is a municipality's policy officer, not a statistician.
"""

from __future__ import annotations

from datetime import date

from vertrouwen.domain.enums import OrganisationKind, Regime, Topic
from vertrouwen.domain.labels import label_for
from vertrouwen.export.pdfkit import dutch_date
from vertrouwen.reports.stats import Stats

SMALL = 10  # changes from fewer cases than this are given in cases, without a percentage
NOTHING = "Geen zaken in deze categorie."
NO_CASES = (
    "In {year} en het jaar ervoor zijn geen zaken geregistreerd; daarom volgen hier geen "
    "tabellen per soort organisatie, onderwerp of resultaat."
)
TREND = (
    "Het aantal zaken dat in elke maand van {year} begon, naast dezelfde maand een jaar "
    "eerder. In de tabel ook het aantal contactmomenten per maand."
)
ORGANISATIONS = (
    "Een organisatie wordt alleen bij naam genoemd als ten minste {n} zaken in {year} over "
    "haar gingen; de andere zijn samengevoegd, zodat geen cliënt herkenbaar is. Een streepje "
    "betekent: het jaar ervoor minder dan {n} zaken, daar geteld bij de overige."
)
SECTION_NOTES: dict[str, str] = {
    "by_organisation_kind": "Per zaak de soort organisatie waarover de cliënt ontevreden was.",
    "by_topic": (
        "Een zaak kan over meer onderwerpen gaan en telt dan bij elk onderwerp; het aandeel is "
        "het deel van alle zaken waarin het onderwerp speelde."
    ),
    "by_goal": "Een cliënt kan meer doelen hebben; het aandeel is het deel van alle zaken.",
    "by_support": (
        "Een zaak kan meer vormen van steun krijgen; het aandeel is het deel van alle zaken."
    ),
    "by_step_reached": (
        "Per zaak de laatste stap die zij in de klachtroute bereikte. Zaken zonder stap "
        "(bijvoorbeeld alleen informatie en advies) staan er niet in."
    ),
    "by_result": (
        "Alleen zaken die zijn afgesloten, naar de stand van nu; het aandeel is het deel van "
        "die afgesloten zaken."
    ),
    "by_verdict": "Per klachtonderdeel: één klacht kan uit meer onderdelen bestaan.",
}


def number(n: int | float) -> str:
    """Dutch digit grouping: 1.234."""
    return f"{round(n):,}".replace(",", ".")


def plural(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


def hours(minutes: int) -> str:
    """Minutes as hours with a decimal comma: 90 -> "1,5"."""
    value = round(minutes / 60, 1)
    return number(value) if value == int(value) else f"{value:.1f}".replace(".", ",")


def change(now: int, was: int | None) -> str:
    if was is None:
        return ""
    diff = now - was
    if diff == 0:
        return "gelijk"
    sign = "+" if diff > 0 else "−"
    # below SMALL a percentage overstates (one case more than three is "+33%")
    percent = f" ({sign}{round(abs(diff) * 100 / was)}%)" if was >= SMALL else ""
    return f"{sign}{number(abs(diff))}{percent}"


def _filters(stats: Stats) -> str:
    parts = []
    if stats.regime:
        parts.append(f"alleen {label_for(Regime, stats.regime)}")
    if stats.organisation_kind:
        parts.append(f"alleen {label_for(OrganisationKind, stats.organisation_kind)}")
    return " · ".join(parts)


def subtitle(stats: Stats, made: date, sources: int = 0) -> str:
    p = stats.period
    parts = [
        f"Periode {dutch_date(p.start)} t/m {dutch_date(p.end)}",
        f"samengevoegd uit {plural(sources, 'registratiebestand', 'registratiebestanden')}"
        if sources
        else "",
        _filters(stats),
        f"opgesteld op {dutch_date(made)}",
    ]
    return " · ".join(x for x in parts if x)


def intro(stats: Stats, year: int) -> str:
    text = (
        f"Deze rapportage laat zien waarmee cliënten in {year} bij de vertrouwenspersoon "
        "kwamen: over welke organisaties, waarover zij ontevreden waren, welke steun zij "
        "kregen en hoe hun zaak afliep. De cijfers komen uit de anonieme registratie van elke "
        "zaak: er staan geen namen, geen persoonsgegevens en geen beschrijvingen van zaken in. "
        f"Ter vergelijking staat naast elk cijfer het jaar {year - 1}. Achterin staat hoe er "
        "is geteld."
    )
    if _filters(stats):
        text += f" Deze versie is beperkt tot een deel van de zaken ({_filters(stats)})."
    return text


def _top(counts: dict[str, int], enum: type, n: int) -> list[tuple[str, int]]:
    ranked = sorted(
        ((s, c) for s, c in counts.items() if s != "other"), key=lambda sc: (-sc[1], sc[0])
    )
    return [(label_for(enum, s), c) for s, c in ranked[:n]]


def _pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _of_which_in(stats: Stats, closed: int, year: int) -> str:
    """Results count cases closed by now; say how many of them closed within the year."""
    if stats.closed_cases == closed:
        return ""
    return f" ({number(stats.closed_cases)} daarvan nog in {year})"


def summary(stats: Stats, year: int) -> list[str]:
    """A few sentences with what stands out, each checkable against the tables."""
    prev = stats.previous
    if stats.cases == 0:
        return [f"In {year} is geen enkele zaak geregistreerd."]
    carried = stats.cases - stats.new_cases
    first = (
        f"In {year} liepen {plural(stats.cases, 'zaak', 'zaken')}: "
        f"{number(stats.new_cases)} nieuw en {number(carried)} doorgelopen uit eerdere jaren."
    )
    if prev is not None and prev.cases:
        diff = stats.cases - prev.cases
        if diff == 0:
            first += f" Dat zijn er evenveel als in {year - 1}."
        else:
            more = "meer" if diff > 0 else "minder"
            first += (
                f" Dat is {_pct(abs(diff), prev.cases)}% {more} dan in {year - 1} "
                f"({number(prev.cases)})."
            )
    lines = [first]
    kinds = _top(stats.by_organisation_kind, OrganisationKind, 2)
    if kinds:
        (name, n), *rest = kinds
        line = f"De meeste zaken gingen over ‘{name}’ ({number(n)}, {_pct(n, stats.cases)}%)"
        if rest:
            line += f", gevolgd door ‘{rest[0][0]}’ ({number(rest[0][1])})"
        lines.append(line + ".")
    topics = _top(stats.by_topic, Topic, 3)
    if topics:
        named = [f"‘{name}’ ({number(n)})" for name, n in topics]
        joined = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " en " + named[-1]
        lines.append(f"Onderwerpen die het vaakst speelden: {joined}.")
    results = stats.by_result
    closed = sum(results.values())
    if closed:
        solved = results.get("resolved", 0) + results.get("partly_resolved", 0)
        line = (
            f"Van deze zaken {'is' if closed == 1 else 'zijn'} er inmiddels {number(closed)} "
            f"afgesloten{_of_which_in(stats, closed, year)}; bij {number(solved)} daarvan "
            f"({_pct(solved, closed)}%) is de onvrede opgelost of deels opgelost"
        )
        formal = results.get("formal_complaint", 0)
        if formal:
            line += f", en {number(formal)} keer is een formele klacht ingediend"
        lines.append(line + ".")
    verdicts = stats.by_verdict
    points = sum(verdicts.values())
    if points:
        upheld = verdicts.get("gegrond", 0) + verdicts.get("gedeeltelijk_gegrond", 0)
        lines.append(
            "Klachtencommissies oordeelden over "
            f"{plural(points, 'klachtonderdeel', 'klachtonderdelen')}; "
            f"{number(upheld)} daarvan ({_pct(upheld, points)}%) werden geheel of gedeeltelijk "
            "gegrond verklaard."
        )
    if stats.unsafe_signals:
        lines.append(
            f"Bij {plural(stats.unsafe_signals, 'zaak', 'zaken')} was er een signaal van een "
            "onveilige situatie."
        )
    if stats.contacts:
        lines.append(
            f"De vertrouwenspersoon had in {year} "
            f"{plural(stats.contacts, 'contactmoment', 'contactmomenten')}, "
            f"samen {hours(stats.minutes)} uur."
        )
    return lines


def key_figures(stats: Stats) -> list[tuple[str, str, str, str]]:
    """(what, this period, the period before, change) for the key figures table."""
    prev = stats.previous
    end = dutch_date(stats.period.end)
    rows: list[tuple[str, int, int | None]] = [
        ("Zaken (liepen in het jaar)", stats.cases, prev.cases if prev else None),
        ("Nieuwe zaken", stats.new_cases, prev.new_cases if prev else None),
        ("Afgesloten in het jaar", stats.closed_cases, prev.closed_cases if prev else None),
        (f"Nog lopend op {end}", stats.open_at_end, prev.open_at_end if prev else None),
        ("Contactmomenten", stats.contacts, prev.contacts if prev else None),
        ("Signalen van onveiligheid", stats.unsafe_signals, prev.unsafe_signals if prev else None),
    ]
    out = [
        (name, number(now), number(was) if was is not None else "–", change(now, was))
        for name, now, was in rows
    ]
    was_minutes = prev.minutes if prev else None
    out.insert(
        5,
        (
            "Bestede tijd (uren)",
            hours(stats.minutes),
            hours(was_minutes) if was_minutes is not None else "–",
            change(
                round(stats.minutes / 60),
                round(was_minutes / 60) if was_minutes is not None else None,
            ),
        ),
    )
    return out


def how_to_read(stats: Stats, year: int) -> list[tuple[str, str]]:
    n = stats.threshold
    return [
        (
            "Wat telt als zaak",
            f"Een zaak telt mee als zij in {year} op enig moment liep: begonnen uiterlijk op "
            f"31 december {year} en niet afgesloten vóór 1 januari {year}. Een zaak die over de "
            "jaargrens loopt, telt daardoor in beide jaren mee. ‘Nieuwe zaken’ zijn in "
            f"{year} begonnen; ‘afgesloten zaken’ zijn in {year} afgesloten.",
        ),
        (
            "Meer antwoorden per zaak",
            "Een zaak kan over meer onderwerpen gaan, meer doelen hebben en meer vormen van "
            "steun krijgen. Zij telt dan bij elk daarvan één keer, zodat die tabellen samen "
            "meer opleveren dan het aantal zaken. Het aandeel is steeds het deel van alle zaken.",
        ),
        (
            "Resultaat en uitspraken",
            "Het resultaat telt alleen bij zaken die zijn afgesloten, naar de stand op de dag "
            f"dat deze rapportage is opgesteld: ook een zaak uit {year} die later is afgesloten, "
            "telt mee. Een uitspraak van een klachtencommissie telt per klachtonderdeel.",
        ),
        (
            "Contactmomenten en tijd",
            f"Geteld in de maanden van {year}: van een zaak die over de jaargrens loopt, telt "
            f"alleen het contact dat in {year} plaatsvond.",
        ),
        (
            "Privacy",
            "De cijfers zijn anoniem: alleen aantallen per vaste categorie, zonder namen, "
            "geboortedata, adressen of beschrijvingen. Een organisatie wordt alleen bij naam "
            f"genoemd als ten minste {n} zaken over haar gingen; kleinere aantallen zijn "
            "samengevoegd onder ‘Overige organisaties’, zodat geen cliënt herkenbaar is. Deze "
            "drempel is in te stellen. Wordt een dossier na afsluiting vernietigd, dan blijft "
            "de anonieme registratie bestaan en telt de zaak gewoon mee.",
        ),
        (
            "Kleine aantallen",
            "Bij kleine aantallen geeft een verschil van een paar zaken al een groot "
            "percentage. Daarom staat bij een verandering alleen een percentage als het jaar "
            f"ervoor ten minste {SMALL} telde. Vergelijk vooral de aantallen, en trek geen "
            "conclusies uit één jaar.",
        ),
    ]
