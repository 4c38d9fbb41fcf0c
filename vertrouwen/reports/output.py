"""The yearly counts as JSON (the contract's `stats --format json`) and as tidy CSV.

JSON: the contract's keys (`cases`, `by_organisation_kind`, `by_topic`, `by_client_role`,
`by_result`) at the top level beside the other counts, and `previous_year` with the same
keys for the year before. Mappings list only counts above zero.

CSV: one row per count, `dimension,slug,count,previous_count,label`, the label in Dutch.
Rows where both years are zero are left out, as in the JSON. An organisation name shown in
one year but below the threshold in the other has an empty cell for that other year: its
cases are in that year's "other" row, and printing them would reveal a small count.
"""

from __future__ import annotations

import csv
import functools
import io
from enum import StrEnum
from typing import Any

from vertrouwen.domain.enums import StepId
from vertrouwen.domain.labels import label_for
from vertrouwen.reports.stats import (
    DIMENSIONS,
    OTHER_ORGANISATIONS,
    UNKNOWN_MUNICIPALITY,
    MonthStats,
    Stats,
)

TOTALS: tuple[tuple[str, str], ...] = (
    ("cases", "Zaken (liepen in de periode)"),
    ("new_cases", "Nieuwe zaken"),
    ("closed_cases", "Afgesloten in de periode"),
    ("open_at_end", "Lopend aan het eind van de periode"),
    ("contacts", "Contactmomenten"),
    ("minutes", "Bestede tijd (minuten)"),
    ("unsafe_signals", "Zaken met een signaal van onveiligheid"),
    ("clients", "Cliënten (met een zaak in de periode)"),
    ("signals", "Signalen (vastgelegd in de periode)"),
    ("activity_participants", "Deelnemers aan activiteiten buiten zaken"),
    ("feedback_average", "Gemiddeld rapportcijfer van cliënten"),
)
CSV_HEADER = ("dimension", "slug", "count", "previous_count", "label")


def _one(stats: Stats) -> dict[str, Any]:
    out: dict[str, Any] = {
        "period": {"start": stats.period.start.isoformat(), "end": stats.period.end.isoformat()},
        "cases": stats.cases,
    }
    for d in DIMENSIONS:
        out[d.key] = dict(stats.counts(d.key))
    for key, _ in TOTALS[1:]:
        out[key] = getattr(stats, key)
    out["monthly"] = [_month(m) for m in stats.monthly]
    return out


def _month(m: MonthStats) -> dict[str, Any]:
    return {
        "month": m.month,
        "new_cases": m.new_cases,
        "open_cases": m.open_cases,
        "closed_cases": m.closed_cases,
        "contacts": m.contacts,
        "minutes": m.minutes,
    }


def to_json_dict(stats: Stats, year: int | None = None) -> dict[str, Any]:
    """The JSON object for `stats --format json`."""
    head: dict[str, Any] = {"year": year} if year is not None else {}
    head["threshold"] = stats.threshold
    if stats.regime:
        head["regime"] = stats.regime
    if stats.organisation_kind:
        head["organisation_kind"] = stats.organisation_kind
    out = {**head, **_one(stats)}
    if stats.previous is not None:
        previous = _one(stats.previous)
        if year is not None:
            previous = {"year": year - 1, **previous}
        out["previous_year"] = previous
    return out


@functools.cache
def _route_step_names() -> dict[str, str]:
    """Names of the routes' own step ids (e.g. "generalist"), from the shipped route files."""
    from vertrouwen.routes import RouteError, builtin_routes

    try:
        routes = builtin_routes()
    except (RouteError, OSError):
        return {}
    names: dict[str, str] = {}
    for route in routes.values():
        for step in route.steps:
            names.setdefault(step.id, step.name)
    return names


def display_name(enum: type[StrEnum] | None, slug: str) -> str:
    """The Dutch name of a slug; a route's own step by its route name, else tidied up."""
    if enum is None:
        return slug
    name = label_for(enum, slug)
    if name != slug:
        return name
    if enum is StepId and slug in _route_step_names():
        return _route_step_names()[slug]
    return slug.replace("_", " ").capitalize()


def _label(key: str, slug: str) -> str:
    if key == "by_organisation":
        return "Overige organisaties" if slug == OTHER_ORGANISATIONS else slug
    if key == "by_municipality":
        return "Onbekend" if slug == UNKNOWN_MUNICIPALITY else slug
    return display_name(next(d.enum for d in DIMENSIONS if d.key == key), slug)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def csv_rows(stats: Stats) -> list[tuple[str, str, str, str, str]]:
    """The CSV body: totals, then every dimension, then new cases per month."""
    prev = stats.previous
    rows: list[tuple[str, str, str, str, str]] = []
    for key, text in TOTALS:
        before = _cell(getattr(prev, key)) if prev else ""
        rows.append(("total", key, _cell(getattr(stats, key)), before, text))
    for d in DIMENSIONS:
        now = stats.counts(d.key)
        was = prev.counts(d.key) if prev else {}
        slugs = [s for s, _ in stats.table(d.key)] if d.enum else list(now)
        slugs += [s for s in was if s not in slugs]
        for slug in slugs:
            if not now.get(slug) and not was.get(slug):
                continue
            if d.key == "by_organisation":
                # a name below the threshold in one year stays blank there (see module doc)
                count, before = str(now.get(slug, "")), str(was.get(slug, "")) if prev else ""
            else:
                count, before = str(now.get(slug, 0)), str(was.get(slug, 0)) if prev else ""
            rows.append((d.key, slug, count, before, _label(d.key, slug)))
    earlier = {m.month[5:]: m for m in prev.monthly} if prev else {}
    for m in stats.monthly:
        p = earlier.get(m.month[5:])
        rows.append(
            ("new_cases_by_month", m.month, str(m.new_cases), str(p.new_cases) if p else "", "")
        )
    return rows


def to_csv(stats: Stats) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(stats))
    return buffer.getvalue()
