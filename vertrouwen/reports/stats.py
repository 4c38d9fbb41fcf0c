"""Counting registrations over a period (see the package docstring for what each count means).

Pure computation on plain rows: no SQL, no Qt, no files. The CLI, the PDF report and the
Rapportage screen all call `compute_stats` with a period and optional filters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from vertrouwen.domain import Activity, Signal
from vertrouwen.domain.enums import (
    ActivityKind,
    AgeBand,
    CaseResult,
    ClientRole,
    FeedbackScore,
    Goal,
    OrganisationKind,
    QuestionType,
    Regime,
    StepId,
    Support,
    Topic,
    Verdict,
)
from vertrouwen.domain.registration import Registration

DEFAULT_THRESHOLD = 5
SETTING_THRESHOLD = "report_threshold"
OTHER_ORGANISATIONS = "other"  # key under which names below the threshold are summed
UNKNOWN_MUNICIPALITY = "unknown"  # key of the cases without a municipality


@dataclass(frozen=True)
class Period:
    """A span of days, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    def a_year_earlier(self) -> Period:
        return Period(_year_back(self.start), _year_back(self.end))

    def months(self) -> list[str]:
        """The calendar months ("YYYY-MM") that overlap the period, in order."""
        out: list[str] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def overlaps(self, opened: date, closed: date | None) -> bool:
        """Whether a case with these dates was open at any time in the period."""
        return opened <= self.end and (closed is None or closed >= self.start)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def _year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class Dimension:
    """One breakdown of the report: its key, its enumeration (for order and names), its title."""

    key: str
    enum: type[StrEnum] | None
    title: str  # Dutch, for the PDF and the screen
    per: str  # what one unit is, in Dutch ("zaken", "klachtonderdelen", ...)


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("by_organisation_kind", OrganisationKind, "Soort organisatie", "zaken"),
    Dimension("by_topic", Topic, "Onderwerp", "onderwerpen"),
    Dimension("by_client_role", ClientRole, "Cliënt", "zaken"),
    Dimension("by_result", CaseResult, "Resultaat (afgesloten zaken)", "afgesloten zaken"),
    Dimension("by_goal", Goal, "Wat de cliënt wilde bereiken", "doelen"),
    Dimension("by_support", Support, "Geboden ondersteuning", "vormen van steun"),
    Dimension("by_verdict", Verdict, "Uitspraak per klachtonderdeel", "klachtonderdelen"),
    Dimension("by_step_reached", StepId, "Verste stap in de klachtroute", "zaken"),
    Dimension("by_step_taken", StepId, "Genomen stappen in de klachtroute", "stappen"),
    Dimension("by_regime", Regime, "Wettelijk kader", "zaken"),
    Dimension("by_age_band", AgeBand, "Leeftijd van de cliënt", "zaken"),
    Dimension("by_organisation", None, "Organisatie", "zaken"),
    # issue 18: what the funder and the national organisation ask for
    Dimension("questions", QuestionType, "Soort vraag", "vragen"),
    Dimension("by_question_topic", Topic, "Onderwerp van de vraag", "vragen"),
    Dimension("by_signal_topic", Topic, "Onderwerp van het signaal", "signalen"),
    Dimension("activities", ActivityKind, "Activiteiten buiten zaken", "activiteiten"),
    Dimension("activity_minutes", ActivityKind, "Tijd voor activiteiten (minuten)", "minuten"),
    Dimension("by_municipality", None, "Gemeente van de cliënt", "zaken"),
    Dimension("by_feedback", FeedbackScore, "Rapportcijfer van de cliënt", "afgesloten zaken"),
)


@dataclass(frozen=True)
class MonthStats:
    """One calendar month of the trend series."""

    month: str  # "YYYY-MM"
    new_cases: int  # opened in the month (within the period)
    open_cases: int  # open at any time in the month (within the period)
    closed_cases: int  # closed in the month (within the period)
    contacts: int
    minutes: int


@dataclass(frozen=True)
class Stats:
    """Every count of one period; `previous` holds the same period a year earlier.

    The `by_*` mappings hold slug (or organisation name) -> count, counts above zero only,
    in the enumeration's order; `table(key)` adds the zeros.
    """

    period: Period
    threshold: int
    regime: str | None
    organisation_kind: str | None
    cases: int
    new_cases: int
    closed_cases: int
    open_at_end: int
    contacts: int
    minutes: int
    unsafe_signals: int
    by_organisation_kind: dict[str, int]
    by_topic: dict[str, int]
    by_client_role: dict[str, int]
    by_result: dict[str, int]
    by_goal: dict[str, int]
    by_support: dict[str, int]
    by_verdict: dict[str, int]
    by_step_reached: dict[str, int]
    by_step_taken: dict[str, int]
    by_regime: dict[str, int]
    by_age_band: dict[str, int]
    by_organisation: dict[str, int]
    questions: dict[str, int]
    by_question_topic: dict[str, int]
    by_signal_topic: dict[str, int]
    activities: dict[str, int]
    activity_minutes: dict[str, int]
    by_municipality: dict[str, int]
    by_feedback: dict[str, int]
    monthly: tuple[MonthStats, ...]
    clients: int = 0  # distinct clients with a case open in the period
    signals: int = 0  # signals dated in the period, in cases and outside them
    activity_participants: int = 0
    feedback_average: float | None = None  # of the marks in by_feedback, one decimal
    previous: Stats | None = field(default=None, compare=False)

    def counts(self, key: str) -> dict[str, int]:
        """The mapping of one dimension by its key (see DIMENSIONS)."""
        if key not in _KEYS:
            raise KeyError(key)
        value: dict[str, int] = getattr(self, key)
        return value

    def table(self, key: str) -> list[tuple[str, int]]:
        """(slug, count) for every slug of the dimension's enumeration, zeros included, in
        the enumeration's order; slugs outside it (a route's own steps) follow."""
        counts = self.counts(key)
        enum = _KEYS[key].enum
        if enum is None:
            return list(counts.items())
        slugs = [m.value for m in enum]
        extra = sorted(s for s in counts if s not in slugs)
        return [(s, counts.get(s, 0)) for s in [*slugs, *extra]]


_KEYS = {d.key: d for d in DIMENSIONS}
# the breakdowns a tally counts per slug (the others are built from their own counts)
RAW_KEYS = (
    "by_organisation_kind",
    "by_topic",
    "by_client_role",
    "by_result",
    "by_goal",
    "by_support",
    "by_verdict",
    "by_step_reached",
    "by_step_taken",
    "by_regime",
    "by_age_band",
)
_RAW = tuple(d for d in DIMENSIONS if d.key in RAW_KEYS)


def threshold_from_setting(value: Any) -> int:
    """The `report_threshold` setting as a usable number (at least 1; default when unset)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return DEFAULT_THRESHOLD
    return value


@dataclass
class Tally:
    """The raw counts of one period, before ordering, naming and thresholds: what one pass
    over registration rows gives (`tally_rows`), or SQL per period in the vault
    (`reports.service.stats_for`). `finish` turns it into Stats."""

    cases: int = 0
    new_cases: int = 0
    closed_cases: int = 0
    open_at_end: int = 0
    unsafe_signals: int = 0
    clients: int = 0
    per: dict[str, Counter[str]] = field(default_factory=dict)  # RAW_KEYS -> slug counts
    organisations: Counter[str] = field(default_factory=Counter)  # name -> cases
    municipalities: Counter[str] = field(default_factory=Counter)
    questions: Counter[str] = field(default_factory=Counter)
    question_topics: Counter[str] = field(default_factory=Counter)
    signals: int = 0  # signals of registrations dated in the period
    signal_topics: Counter[str] = field(default_factory=Counter)
    feedback: Counter[int] = field(default_factory=Counter)  # mark -> closed cases
    by_month: dict[str, tuple[int, int]] = field(default_factory=dict)  # contacts, minutes
    new_by_month: Counter[str] = field(default_factory=Counter)  # "YYYY-MM" -> cases
    closed_by_month: Counter[str] = field(default_factory=Counter)
    open_from: Counter[str] = field(default_factory=Counter)  # month a case starts being open
    open_until: Counter[str] = field(default_factory=Counter)  # last month it is open


def compute_stats(
    rows: Iterable[Registration],
    period: Period,
    threshold: int = DEFAULT_THRESHOLD,
    regime: str | None = None,
    organisation_kind: str | None = None,
    *,
    signals: Iterable[Signal] = (),
    activities: Iterable[Activity] = (),
    with_previous: bool = True,
) -> Stats:
    """All counts for `period` (and a year earlier), optionally for one regime or kind.

    `signals` and `activities` are the records outside cases. With a regime filter neither
    counts (they have no regime); with an organisation kind filter only signals of that kind.
    """
    chosen = [
        r
        for r in rows
        if (regime is None or r.regime == regime)
        and (organisation_kind is None or r.organisation_kind == organisation_kind)
    ]
    earlier = period.a_year_earlier()
    return finish(
        tally_rows(chosen, period),
        tally_rows(chosen, earlier) if with_previous else None,
        period,
        threshold,
        regime,
        organisation_kind,
        signals=signals,
        activities=activities,
    )


def finish(
    tally: Tally,
    previous: Tally | None,
    period: Period,
    threshold: int = DEFAULT_THRESHOLD,
    regime: str | None = None,
    organisation_kind: str | None = None,
    *,
    signals: Iterable[Signal] = (),
    activities: Iterable[Activity] = (),
) -> Stats:
    """Stats of `period` from its tally (and the tally of a year earlier, when given), with the
    records outside cases (filtered here as `compute_stats` says) and the threshold."""
    if threshold < 1:
        raise ValueError("the threshold must be at least 1")
    free_signals = [
        g
        for g in signals
        if regime is None
        and (organisation_kind is None or _slug(g.organisation_kind) == organisation_kind)
    ]
    free_activities = [a for a in activities if regime is None and organisation_kind is None]
    months = period.months()
    by_month = tally.by_month
    earlier = (
        finish(
            previous,
            None,
            period.a_year_earlier(),
            threshold,
            regime,
            organisation_kind,
            signals=free_signals,
            activities=free_activities,
        )
        if previous is not None
        else None
    )
    counts: dict[str, Any] = {
        d.key: _ordered(tally.per.get(d.key, Counter()), d.enum) for d in _RAW
    }
    counts["by_organisation"] = _named(
        tally.organisations, OTHER_ORGANISATIONS, lambda total: total >= threshold
    )
    return Stats(
        period=period,
        threshold=threshold,
        regime=regime,
        organisation_kind=organisation_kind,
        cases=tally.cases,
        new_cases=tally.new_cases,
        closed_cases=tally.closed_cases,
        open_at_end=tally.open_at_end,
        contacts=sum(by_month.get(m, (0, 0))[0] for m in months),
        minutes=sum(by_month.get(m, (0, 0))[1] for m in months),
        unsafe_signals=tally.unsafe_signals,
        **counts,
        **_report_counts(tally, free_signals, free_activities, period),
        monthly=_monthly(months, tally),
        previous=earlier,
    )


def tally_rows(chosen: list[Registration], period: Period) -> Tally:
    """The tally of `period` over registration rows (already filtered)."""
    rows = [r for r in chosen if period.overlaps(r.opened, r.closed)]
    per: dict[str, Counter[str]] = {
        "by_organisation_kind": _per_case(rows, lambda r: r.organisation_kind),
        # a case counts once per topic it has, even if a topic was registered twice
        "by_topic": _per_item(rows, lambda r: r.topics, once=True),
        "by_client_role": _per_case(rows, lambda r: r.client_role),
        "by_result": _per_case(rows, lambda r: r.result if r.closed is not None else None),
        "by_goal": _per_item(rows, lambda r: r.goals, once=True),
        "by_support": _per_item(rows, lambda r: r.support, once=True),
        # every complaint point is judged on its own, so each verdict counts
        "by_verdict": _per_item(rows, lambda r: r.verdicts, once=False),
        "by_step_reached": _per_case(rows, lambda r: r.steps[-1] if r.steps else None),
        "by_step_taken": _per_item(rows, lambda r: r.steps, once=True),
        "by_regime": _per_case(rows, lambda r: r.regime),
        "by_age_band": _per_case(rows, lambda r: r.age_band or AgeBand.UNKNOWN.value),
    }
    dated = [topic for r in chosen for day, topic in r.signals if day in period]
    tally = Tally(
        cases=len(rows),
        new_cases=sum(r.opened in period for r in rows),
        closed_cases=sum(r.closed in period for r in rows),
        open_at_end=sum(r.closed is None or r.closed > period.end for r in rows),
        unsafe_signals=sum(r.unsafe_signal for r in rows),
        clients=len({r.client_id for r in rows}),
        per=per,
        organisations=Counter(r.organisation_name for r in rows),
        municipalities=Counter(r.municipality for r in rows),
        questions=Counter(q for r in rows for q, _ in r.questions),
        question_topics=Counter(t for r in rows for _, t in r.questions if t),
        signals=len(dated),
        signal_topics=Counter(t for t in dated if t),
        feedback=Counter(
            r.feedback for r in rows if r.closed is not None and r.feedback is not None
        ),
        by_month=_activity(chosen),
    )
    for r in rows:
        if r.opened in period:
            tally.new_by_month[_month(r.opened)] += 1
        if r.closed is not None and r.closed in period:
            tally.closed_by_month[_month(r.closed)] += 1
        tally.open_from[_month(max(r.opened, period.start))] += 1
        tally.open_until[_month(min(r.closed or period.end, period.end))] += 1
    return tally


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _slug(member: StrEnum | None) -> str | None:
    return member.value if member is not None else None


def _report_counts(
    tally: Tally, signals: list[Signal], activities: list[Activity], period: Period
) -> dict[str, Any]:
    """The issue-18 counts: clients, questions, signals, activities, municipality, marks."""
    free = [_slug(g.topic) for g in signals if g.date in period]
    done = [a for a in activities if a.date in period]
    kinds: Counter[str] = Counter(a.kind.value for a in done)
    minutes: Counter[str] = Counter()
    for a in done:
        minutes[a.kind.value] += a.minutes
    marks = tally.feedback
    given = sum(marks.values())
    return {
        "clients": tally.clients,
        "questions": _ordered(tally.questions, QuestionType),
        "by_question_topic": _ordered(tally.question_topics, Topic),
        "signals": tally.signals + len(free),
        "by_signal_topic": _ordered(tally.signal_topics + Counter(t for t in free if t), Topic),
        "activities": _ordered(kinds, ActivityKind),
        "activity_minutes": _ordered(minutes, ActivityKind),
        "activity_participants": sum(a.participants or 0 for a in done),
        "by_municipality": _named(tally.municipalities, UNKNOWN_MUNICIPALITY, lambda _t: True),
        "by_feedback": _ordered(Counter({str(m): n for m, n in marks.items()}), FeedbackScore),
        "feedback_average": (
            round(sum(m * n for m, n in marks.items()) / given, 1) if given else None
        ),
    }


def _ordered(counter: Counter[str], enum: type[StrEnum] | None) -> dict[str, int]:
    """Non-zero counts in the enumeration's order (unknown slugs after, alphabetically)."""
    order = [m.value for m in enum] if enum else []
    known = [s for s in order if counter.get(s)]
    extra = sorted(s for s in counter if s not in order and counter[s])
    return {s: counter[s] for s in [*known, *extra]}


def _per_case(rows: list[Registration], pick: Callable[[Registration], str | None]) -> Counter[str]:
    return Counter(v for r in rows if (v := pick(r)) is not None)


def _per_item(
    rows: list[Registration], pick: Callable[[Registration], Iterable[str]], *, once: bool
) -> Counter[str]:
    counter: Counter[str] = Counter()
    for r in rows:
        items = list(pick(r))
        counter.update(list(dict.fromkeys(items)) if once else items)
    return counter


def _named(names: Counter[str], rest: str, keep: Callable[[int], bool]) -> dict[str, int]:
    """Counts per name (`names`: name -> count), most first, with the names `keep` refuses
    summed under `rest` (last).

    Names are grouped ignoring case and spacing ("Veilig Thuis  regio" = "veilig thuis
    regio"), shown in their most used spelling; an empty name, or one that is `rest` itself,
    always goes to `rest`.
    """
    groups: dict[str, Counter[str]] = {}
    for raw, count in names.items():
        name = " ".join(raw.split())
        groups.setdefault(name.casefold(), Counter())[name] += count
    shown: dict[str, int] = {}
    hidden = 0
    for key in sorted(groups):
        spellings = groups[key]
        total = sum(spellings.values())
        if key and key != rest and keep(total):
            shown[min(spellings, key=lambda s: (-spellings[s], s))] = total
        else:
            hidden += total
    result = dict(sorted(shown.items(), key=lambda kv: (-kv[1], kv[0].casefold())))
    if hidden:
        result[rest] = hidden
    return result


def _activity(rows: list[Registration]) -> dict[str, tuple[int, int]]:
    """Contacts and minutes per month over all chosen rows (a contact after closing counts)."""
    months: dict[str, list[int]] = {}
    for r in rows:
        # rows of cases destroyed before schema 2 have only totals: put them in the first month
        activity = r.activity or (
            {r.opened.isoformat()[:7]: (r.contacts, r.minutes)} if r.contacts or r.minutes else {}
        )
        for month, (contacts, minutes) in activity.items():
            slot = months.setdefault(month, [0, 0])
            slot[0] += contacts
            slot[1] += minutes
    return {m: (v[0], v[1]) for m, v in months.items()}


def _monthly(months: list[str], tally: Tally) -> tuple[MonthStats, ...]:
    """Per month of the period (clipped to it): cases new, open at any time and closed."""
    index = {m: n for n, m in enumerate(months)}
    open_delta = [0] * (len(months) + 1)  # +1 where a case starts being open, -1 after it ends
    for month, n in tally.open_from.items():
        open_delta[index[month]] += n
    for month, n in tally.open_until.items():
        open_delta[index[month] + 1] -= n
    out, running = [], 0
    for n, month in enumerate(months):
        running += open_delta[n]
        contacts, minutes = tally.by_month.get(month, (0, 0))
        out.append(
            MonthStats(
                month,
                tally.new_by_month[month],
                running,
                tally.closed_by_month[month],
                contacts,
                minutes,
            )
        )
    return tuple(out)
