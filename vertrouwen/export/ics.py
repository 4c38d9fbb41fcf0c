"""Calendar (.ics) export of the open actions and running deadlines of one or many cases.

Uses the `icalendar` package so the output is valid RFC 5545 that every calendar app reads.
Only all-day events. A summary holds the case code and the route's own wording, never note
text. Action descriptions are the advisor's free text and calendars are often synced to a
cloud service, so they stay out unless `include_action_text` is asked for. UIDs are stable per
case and term, so importing a newer export updates events instead of duplicating them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar

from vertrouwen.domain.enums import Owner
from vertrouwen.domain.model import Case
from vertrouwen.fileio import write_atomic
from vertrouwen.routes.advice import advise
from vertrouwen.routes.model import Route
from vertrouwen.routes.terms import DEFAULT_CALENDAR, Calendar

_OWNERS = {
    Owner.CLIENT: "cliënt",
    Owner.ADVISOR: "vertrouwenspersoon",
    Owner.ORGANISATION: "organisatie",
    Owner.OTHER: "ander",
}


def _uid(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"{digest}@vertrouwen"


def _event(uid: str, day: date, summary: str, description: str, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)  # a date, not a datetime: an all-day event
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT")  # a deadline does not make the advisor busy all day
    return event


def cases_to_ics(
    cases: Iterable[Case],
    today: date,
    *,
    routes: dict[str, Route] | None = None,
    include_action_text: bool = False,
    stamp: datetime | None = None,
    calendar: Calendar = DEFAULT_CALENDAR,
) -> bytes:
    """An .ics calendar with each open case's running deadlines and open actions with a date.

    Closed cases are left out. `stamp` (DTSTAMP) defaults to now; tests fix it. `calendar`
    holds the vault's bridge days (see `vertrouwen.routes.bridge_days`).
    """
    when = stamp or datetime.now(UTC)
    ics = icalendar.Calendar()
    ics.add("prodid", "-//Vertrouwen//vertrouwen//NL")
    ics.add("version", "2.0")
    ics.add("calscale", "GREGORIAN")
    ics.add("x-wr-calname", "Vertrouwen: termijnen en afspraken")
    for case in cases:
        if not case.is_open:
            continue
        for d in advise(case, today, routes, calendar=calendar).deadlines:
            ics.add_component(
                _event(
                    _uid(case.code, "termijn", d.step, d.term),
                    d.due,
                    f"{case.code}: {d.what}",
                    f"Bron: {d.source}",
                    when,
                )
            )
        for number, action in enumerate(case.actions):
            if action.done or action.due is None:
                continue
            summary = f"{case.code}: afspraak ({_OWNERS[action.owner]})"
            if include_action_text:
                summary = f"{summary}: {action.description}"
            key = str(action.id) if action.id is not None else f"#{number}"
            ics.add_component(
                _event(_uid(case.code, "afspraak", key), action.due, summary, "", when)
            )
    data: bytes = ics.to_ical()
    return data


def write_ics(
    path: Path | str,
    cases: Iterable[Case],
    today: date,
    *,
    routes: dict[str, Route] | None = None,
    include_action_text: bool = False,
) -> None:
    """Write `cases_to_ics(...)` to `path` atomically (owner-only, never half-written)."""
    data = cases_to_ics(cases, today, routes=routes, include_action_text=include_action_text)
    write_atomic(path, data)
