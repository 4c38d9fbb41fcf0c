"""What asks for attention over all cases: open actions and running deadlines, by date.

The Vandaag screen shows this list. Actions come from one SQL query; deadlines from the route
rules (`advise`) over light copies of the open cases that can have any (see
`vertrouwen.vault.agenda`). No Qt; the UI only groups and draws.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vertrouwen.domain import Case
from vertrouwen.fileio import write_atomic
from vertrouwen.routes.advice import advise
from vertrouwen.routes.model import Anchor, Route
from vertrouwen.vault.agenda import OpenAction
from vertrouwen.vault.db import transaction

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace

ACTION_DAYS = 14  # actions due within two weeks are shown
WARN_DAYS = 31  # deadlines within a month (the advice's own warning window)
# A term that ran out long ago is history, not news; the case's own advice keeps showing it.
OVERDUE_DAYS = 31


class When(StrEnum):
    """The groups of the Vandaag screen, in the order shown."""

    OVERDUE = "overdue"  # Verlopen
    TODAY = "today"  # Vandaag
    WEEK = "week"  # Deze week: the next seven days
    LATER = "later"  # Later


@dataclass(frozen=True)
class AgendaItem:
    """One line of the agenda: an open action or a running deadline of one case."""

    kind: Literal["action", "deadline"]
    due: date
    code: str
    text: str  # the action's description, or what the deadline is about
    who: str  # Owner value for an action, Party value for a deadline
    source: str = ""  # the rule a deadline comes from ("(te controleren)" when unverified)
    action_id: int | None = None
    step: str = ""  # the route step a deadline belongs to

    def when(self, today: date) -> When:
        return when(self.due, today)


def when(due: date, today: date) -> When:
    """The group a date falls in, seen from `today`."""
    if due < today:
        return When.OVERDUE
    if due == today:
        return When.TODAY
    if due <= today + timedelta(days=7):
        return When.WEEK
    return When.LATER


def action_items(actions: Iterable[OpenAction]) -> list[AgendaItem]:
    return [
        AgendaItem("action", a.due, a.code, a.description, a.owner.value, action_id=a.action_id)
        for a in actions
    ]


def deadline_items(
    cases: Iterable[Case],
    today: date,
    routes: Mapping[str, Route],
    warn_days: int = WARN_DAYS,
    overdue_days: int = OVERDUE_DAYS,
) -> list[AgendaItem]:
    """Deadlines of `cases` ending within `warn_days` or ended at most `overdue_days` ago, and
    every decision the organisation still owes on a running step, however late."""
    pool = dict(routes)
    first = today - timedelta(days=overdue_days)
    last = today + timedelta(days=warn_days)
    out: list[AgendaItem] = []
    for case in cases:
        advice = advise(case, today, pool, warn_days)
        route = pool.get(advice.route or "")
        for d in advice.deadlines:
            if d.due > last or (d.due < first and not _owed_decision(route, d.step, d.term)):
                continue
            out.append(
                AgendaItem(
                    "deadline", d.due, case.code, d.what, d.party.value, d.source, step=d.step
                )
            )
    return out


def _owed_decision(route: Route | None, step_id: str, term_id: str) -> bool:
    """A running step's decision term: the organisation is late, the advisor can chase it."""
    step = route.step(step_id) if route is not None else None
    term = next((t for t in step.terms if t.id == term_id), None) if step else None
    return term is not None and term.ends_step and term.anchor is Anchor.STEP_START


def collect(
    ws: Workspace,
    today: date,
    routes: Mapping[str, Route],
    action_days: int = ACTION_DAYS,
    warn_days: int = WARN_DAYS,
) -> list[AgendaItem]:
    """The whole agenda for `today`: overdue and coming actions, deadlines in the window.

    Sorted by date, deadlines before actions on the same day, then by case code.
    """
    items = action_items(ws.agenda.open_actions(today + timedelta(days=action_days)))
    items += deadline_items(ws.agenda.open_cases(), today, routes, warn_days)
    items.sort(key=lambda i: (i.due, i.kind != "deadline", i.code, i.text))
    return items


def export_calendar(
    ws: Workspace, path: Path, today: date, include_action_text: bool = False
) -> int:
    """Write the open cases' running deadlines and dated open actions to `path` as .ics
    (atomic, owner-only), audited in the same transaction; returns the number of events.

    Action descriptions stay out unless asked for: calendars are often synced to a cloud.
    """
    from vertrouwen.export.ics import cases_to_ics  # icalendar only when exporting

    cases = ws.agenda.open_cases(with_actions=True)
    data = cases_to_ics(
        cases, today, routes=ws.user_routes.all_routes(), include_action_text=include_action_text
    )
    events = data.count(b"BEGIN:VEVENT")
    with transaction(ws.conn):
        write_atomic(path, data)
        detail = f"events={events}; action_text={'yes' if include_action_text else 'no'}"
        ws.audit.record("calendar_exported", None, detail)
    return events
