"""The words of the yearly report: summary sentences, key figures and how to read the counts.

Everything is derived from `Stats`, so the words always match the numbers. Dutch, plain
language (B1): the reader is a municipality's policy officer, not a statistician.
"""

from __future__ import annotations

from datetime import date

from vertrouwen.clock import dutch_date
from vertrouwen.domain.enums import OrganisationKind, QuestionType, Regime, Topic
from vertrouwen.domain.labels import label_for
from vertrouwen.reports.rows import SMALL, change_of, percent, share_text
from vertrouwen.reports.stats import Stats

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
    "by_feedback": (
        "Het rapportcijfer (1 tot 10) dat cliënten bij afsluiting gaven, bij de afgesloten "
        "zaken waarin het is gevraagd."
    ),
    "questions": (
        "Een zaak kan meer vragen bevatten, elk met een eigen soort; het aandeel is het deel "
        "van alle vragen."
    ),
    "by_question_topic": "Per vraag het onderwerp, als dat is vastgelegd.",
    "by_municipality": (
        "Per zaak de gemeente (of regio) van de cliënt. Een gemeente is geen persoon; daarom "
        "staat elke gemeente er, ook met weinig zaken."
    ),
    "by_signal_topic": (
        "Signalen die de vertrouwenspersoon in {year} doorgaf aan een organisatie of de "
        "gemeente, in zaken en daarbuiten, naar onderwerp (als dat is vastgelegd)."
    ),
    "activities": (
        "Werk buiten zaken in {year}: voorlichting, groepsbezoeken, trainingen en overleg."
    ),
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
    """ "+12 (+8%)", "−3" (no percentage when the year before counted fewer than SMALL)."""
    moved = change_of(now, was)
    if moved is None:
        return ""
    if moved.diff == 0:
        return "gelijk"
    pct = f" ({moved.sign}{moved.percent}%)" if moved.percent is not None else ""
    return f"{moved.sign}{number(abs(moved.diff))}{pct}"


def _with_share(part: int, whole: int) -> str:
    """ ", 34%" after a count, or nothing when the base is too small for a percentage."""
    share = share_text(part, whole)
    return f", {share}" if share else ""


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


def _advisors(sources: int) -> str:
    """Who did the work: one advisor, or several (an organisation report over their files)."""
    return "de vertrouwenspersonen" if sources > 1 else "de vertrouwenspersoon"


def intro(stats: Stats, year: int, sources: int = 0) -> str:
    text = (
        f"Deze rapportage laat zien waarmee cliënten in {year} bij {_advisors(sources)} "
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


def _paren_share(part: int, whole: int) -> str:
    share = share_text(part, whole)
    return f" ({share})" if share else ""


def _of_which_in(stats: Stats, closed: int, year: int) -> str:
    """Results count cases closed by now; say how many of them closed within the year."""
    if stats.closed_cases == closed:
        return ""
    return f" ({number(stats.closed_cases)} daarvan nog in {year})"


def summary(stats: Stats, year: int, sources: int = 0) -> list[str]:
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
            pct = percent(abs(diff), prev.cases)
            if pct is not None:
                amount = f"is {pct}%"
            else:  # a percentage of fewer than SMALL cases overstates (see "Kleine aantallen")
                verb = "is" if abs(diff) == 1 else "zijn"
                amount = f"{verb} {plural(abs(diff), 'zaak', 'zaken')}"
            first += f" Dat {amount} {more} dan in {year - 1} ({number(prev.cases)})."
    lines = [first]
    kinds = _top(stats.by_organisation_kind, OrganisationKind, 2)
    if kinds:
        (name, n), *rest = kinds
        line = f"De meeste zaken gingen over ‘{name}’ ({number(n)}{_with_share(n, stats.cases)})"
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
            f"afgesloten{_of_which_in(stats, closed, year)}; bij {number(solved)} daarvan"
            f"{_paren_share(solved, closed)} is de onvrede opgelost of deels opgelost"
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
            f"{number(upheld)} daarvan{_paren_share(upheld, points)} "
            f"{'werd' if upheld == 1 else 'werden'} geheel of gedeeltelijk gegrond verklaard."
        )
    if stats.unsafe_signals:
        lines.append(
            f"Bij {plural(stats.unsafe_signals, 'zaak', 'zaken')} was er een signaal van een "
            "onveilige situatie."
        )
    lines += _report_lines(stats, year, sources)
    if stats.contacts:
        lines.append(
            f"In {year} {'hadden' if sources > 1 else 'had'} {_advisors(sources)} "
            f"{plural(stats.contacts, 'contactmoment', 'contactmomenten')}, "
            f"samen {hours(stats.minutes)} uur."
        )
    return lines


def _report_lines(stats: Stats, year: int, sources: int) -> list[str]:
    """Clients, questions, signals, activities and marks, in a sentence each."""
    lines = []
    if stats.clients and stats.clients != stats.cases:
        lines.append(
            f"De zaken kwamen van {plural(stats.clients, 'cliënt', 'cliënten')}: sommige "
            "cliënten hadden meer dan één zaak."
        )
    asked = sum(stats.questions.values())
    if asked:
        top = max(stats.questions.items(), key=lambda kv: kv[1])
        name = label_for(QuestionType, top[0])
        lines.append(
            f"Cliënten kwamen met {plural(asked, 'vraag', 'vragen')}; het vaakst "
            f"‘{name}’ ({number(top[1])}{_with_share(top[1], asked)})."
        )
    if stats.signals:
        lines.append(
            f"In {year} {'gaven' if sources > 1 else 'gaf'} {_advisors(sources)} "
            f"{plural(stats.signals, 'signaal', 'signalen')} door aan organisaties of de gemeente."
        )
    done = sum(stats.activities.values())
    if done:
        minutes = sum(stats.activity_minutes.values())
        line = (
            f"Buiten zaken waren er {plural(done, 'activiteit', 'activiteiten')} "
            f"(voorlichting, groepsbezoeken, trainingen), samen {hours(minutes)} uur"
        )
        if stats.activity_participants:
            line += f" en {plural(stats.activity_participants, 'deelnemer', 'deelnemers')}"
        lines.append(line + ".")
    marks = sum(stats.by_feedback.values())
    if marks and stats.feedback_average is not None:
        average = f"{stats.feedback_average:.1f}".replace(".", ",")
        lines.append(
            f"{plural(marks, 'cliënt', 'cliënten')} {'gaf' if marks == 1 else 'gaven'} bij "
            f"afsluiting een rapportcijfer: gemiddeld een {average}."
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
        ("Cliënten", stats.clients, prev.clients if prev else None),
        ("Doorgegeven signalen", stats.signals, prev.signals if prev else None),
        (
            "Activiteiten buiten zaken",
            sum(stats.activities.values()),
            sum(prev.activities.values()) if prev else None,
        ),
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


def how_to_read(stats: Stats, year: int, sources: int = 0) -> list[tuple[str, str]]:
    n = stats.threshold
    merged = (
        [
            (
                "Samengevoegd uit meer kluizen",
                f"Deze rapportage telt de anonieme registraties van {number(sources)} "
                "bestanden, elk van de kluis van één vertrouwenspersoon. Geen dossier heeft "
                "daarvoor een laptop verlaten: een registratiebestand bevat geen dossiercodes, "
                "geen tekst en geen cliëntgegevens. Een registratie die in twee bestanden "
                "staat, telt één keer.",
            )
        ]
        if sources
        else []
    )
    return [
        *merged,
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
            "Cliënten, vragen, signalen en activiteiten",
            "Eén cliënt kan meer zaken hebben; ‘cliënten’ telt elke cliënt met een zaak in "
            f"{year} één keer. Een zaak kan meer vragen bevatten, elk met een eigen soort en "
            "onderwerp. Signalen (in zaken en daarbuiten) en activiteiten buiten zaken tellen "
            "in het jaar waarin ze plaatsvonden. Het rapportcijfer telt bij afgesloten zaken "
            "waarin de cliënt een cijfer gaf.",
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
            "percentage. Daarom staat er alleen een percentage als het om ten minste "
            f"{SMALL} gaat: bij een verandering als het jaar ervoor ten minste {SMALL} telde, "
            f"bij een aandeel als het geheel ten minste {SMALL} telt. Vergelijk vooral de "
            "aantallen, en trek geen conclusies uit één jaar.",
        ),
    ]
