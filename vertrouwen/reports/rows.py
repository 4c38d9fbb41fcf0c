"""The rows of the report's tables, once for the PDF and the Rapportage screen: which
categories a breakdown lists, in what order, what a share is a share of, the total line, and
when a percentage is given at all.

The rule on small numbers (shown in the PDF's "Kleine aantallen"): a percentage, of a change
or of a share, is given only when what it is a percentage of is at least `SMALL`. One case out
of two is "1", not "50%"; one more than three is "+1", not "+33%".

Labels are not chosen here: the PDF names slugs in Dutch, the screen in the UI language.
"""

from __future__ import annotations

from dataclasses import dataclass

from vertrouwen.reports.stats import (
    OTHER_ORGANISATIONS,
    UNKNOWN_MUNICIPALITY,
    Stats,
)

SMALL = 10
# categories with an order of their own keep it; the others go by size, "other" last
NATURAL_ORDER = frozenset(
    {"by_age_band", "by_step_reached", "by_result", "by_verdict", "by_feedback"}
)
# one per case: the total line is the number of cases
PER_CASE = frozenset(
    {"by_organisation_kind", "by_client_role", "by_age_band", "by_regime", "by_municipality"}
)
# summed over their own units (closed cases, complaint points, questions, activities)
SUMMED = frozenset({"by_result", "by_verdict", "questions", "activities", "by_feedback"})
# names, not slugs: listed as counted (by size), with the rest summed under a key of its own
NAMED = {"by_organisation": OTHER_ORGANISATIONS, "by_municipality": UNKNOWN_MUNICIPALITY}


def percent(part: int, whole: int) -> int | None:
    """`part` as a whole percentage of `whole`; None when `whole` is below SMALL."""
    if whole < SMALL:
        return None
    return round(100 * part / whole)


def share_text(part: int, whole: int) -> str:
    """ "34%", or "" when the base is too small for a percentage."""
    value = percent(part, whole)
    return "" if value is None else f"{value}%"


@dataclass(frozen=True)
class Change:
    """How a count moved against the year before: the difference, and its percentage when
    the year before counted at least SMALL."""

    diff: int
    percent: int | None

    @property
    def sign(self) -> str:
        return "+" if self.diff > 0 else "\u2212" if self.diff < 0 else ""


def change_of(now: int, was: int | None) -> Change | None:
    if was is None:
        return None
    return Change(now - was, percent(abs(now - was), was) if now != was else None)


def base_of(stats: Stats, key: str) -> int:
    """What a share is a share of: the sum for summed breakdowns, all questions for their
    topics, all signals for theirs, else the cases."""
    if key in SUMMED:
        return sum(stats.counts(key).values())
    if key == "by_question_topic":
        return sum(stats.questions.values())
    if key == "by_signal_topic":
        return stats.signals
    return stats.cases


@dataclass(frozen=True)
class ReportRow:
    """One line of a breakdown: a category (slug or name) with its count, share and the year
    before (None without a comparison, or for a name below the threshold that year)."""

    slug: str
    count: int
    share: str
    previous: int | None


def rows_for(stats: Stats, key: str, *, zeros: bool) -> list[ReportRow]:
    """The lines of a breakdown in reading order; `zeros` keeps categories at zero both years."""
    prev = stats.previous
    now = stats.counts(key)
    before = prev.counts(key) if prev is not None else {}
    if key in NAMED:
        rest = NAMED[key]
        slugs = [s for s in now if s != rest]
        if key == "by_municipality":
            slugs += [s for s in before if s not in slugs and s != rest]
        if rest in now or rest in before:
            slugs.append(rest)
        # a name below the threshold in the other year stays blank there: its cases are in
        # that year's "other" row, and a small count beside the name could point to a client
        blank = key == "by_organisation"
        return [
            ReportRow(
                s,
                now.get(s, 0),
                share_text(now.get(s, 0), stats.cases),
                (before.get(s) if blank else before.get(s, 0)) if prev is not None else None,
            )
            for s in slugs
        ]
    slugs = [s for s, _ in stats.table(key)]
    slugs += [s for s in before if s not in slugs]
    if not zeros:
        slugs = [s for s in slugs if now.get(s) or before.get(s)]
    if key not in NATURAL_ORDER:
        order = {s: i for i, s in enumerate(slugs)}
        slugs.sort(key=lambda s: (s == "other", -now.get(s, 0), -before.get(s, 0), order[s]))
    whole = base_of(stats, key)
    return [
        ReportRow(
            s,
            now.get(s, 0),
            share_text(now.get(s, 0), whole),
            before.get(s, 0) if prev is not None else None,
        )
        for s in slugs
    ]


def total_for(stats: Stats, key: str) -> tuple[str, int, int | None] | None:
    """The bold last line as ("cases" or "sum", count, the year before), or None."""
    prev = stats.previous
    if key in PER_CASE or key == "by_organisation":
        return "cases", stats.cases, prev.cases if prev is not None else None
    if key in SUMMED:
        before = sum(prev.counts(key).values()) if prev is not None else None
        return "sum", sum(stats.counts(key).values()), before
    return None
