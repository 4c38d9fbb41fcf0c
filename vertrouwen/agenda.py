"""What asks for attention over all cases: open actions and running deadlines, by date.

The Vandaag screen shows this list, grouped (`When`). It must stay quick at 100,000 cases, so
nothing here materialises more than the screen shows:
- actions come from SQL: a count per group (`action_counts`) and the first few rows of each
  (`action_groups`, `first_actions`);
- deadlines need the route rules over light copies of the open cases that can have any (see
  `vertrouwen.vault.agenda`), computed in batches of case ids that each stop after a short time
  budget (`deadline_batch`), so jobs of other screens never wait long behind them;
- `AgendaBook` gathers both and hands out the first n rows of a group in order.
`collect` still gives the whole list in one go (tests, small vaults). No Qt.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vertrouwen.domain import Case, Owner, Regime
from vertrouwen.errors import ErrorCode, InputError
from vertrouwen.fileio import write_atomic
from vertrouwen.routes.deadlines import position_of, running_deadlines
from vertrouwen.routes.loader import default_route
from vertrouwen.routes.model import Anchor, Route
from vertrouwen.routes.terms import Calendar
from vertrouwen.routes.wording import Text
from vertrouwen.workspace import OpenAction, TermKey

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace

ACTION_DAYS = 14  # actions due within two weeks are shown
WARN_DAYS = 31  # deadlines within a month (the advice's own warning window)
# A term that ran out long ago is history, not news; the case's own advice keeps showing it.
OVERDUE_DAYS = 31
FIRST_ROWS = 50  # rows of a group fetched and shown at first; the screen asks for more
BATCH_SECONDS = 0.05  # a deadline batch stops after about this long (others' jobs wait this)
BATCH_IDS = 250  # case ids per query inside a batch (a cold range of 500 could overrun)


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
    # a deadline's text and source as codes with arguments (`vertrouwen.routes.wording`)
    text_said: Text = ""
    source_said: Text = ""

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


def order(item: AgendaItem) -> tuple[date, bool, str]:
    """The agenda's order: by date, deadlines before actions, then by case code. Sorts are
    stable, so actions of one case keep the case's own order and deadlines their text order."""
    return item.due, item.kind != "deadline", item.code


class _Workdays(Calendar):
    """A calendar with its answers remembered: the Atw arithmetic asks about the same few
    hundred days for tens of thousands of terms."""

    def __init__(self, extra: Iterable[date] = ()) -> None:
        super().__init__(extra)
        self._known: dict[date, bool] = {}

    def is_working_day(self, day: date) -> bool:
        known = self._known.get(day)
        if known is None:
            known = self._known[day] = super().is_working_day(day)
        return known


_WORKDAYS = _Workdays()
_BRIDGED: dict[tuple[date, ...], _Workdays] = {}


def workdays(ws: Workspace) -> Calendar:
    """The vault's calendar (its bridge days, Atw art. 3 lid 3), answers remembered."""
    from vertrouwen.routes.bridge_days import bridge_days

    key = tuple(bridge_days(ws.settings))
    if not key:
        return _WORKDAYS
    if key not in _BRIDGED:
        _BRIDGED[key] = _Workdays(key)
    return _BRIDGED[key]


def deadline_items(
    cases: Iterable[Case],
    today: date,
    routes: Mapping[str, Route],
    warn_days: int = WARN_DAYS,
    overdue_days: int = OVERDUE_DAYS,
    calendar: Calendar | None = None,
) -> list[AgendaItem]:
    """Deadlines of `cases` ending within `warn_days` (or the deadline's own longer lead, as a
    client's year-long term has) or ended at most `overdue_days` ago, and every decision the
    organisation still owes on a running step, however late. A passed term whose passing is
    good news (`Deadline.expired`) is no agenda item, as it is no advice deadline.

    The deadlines are `advise()`'s (same route choice, same `running_deadlines`) without the
    rest of the advice (next steps, warnings), which the agenda does not show: at 100,000
    cases that halves the time. tests/unit/test_agenda.py holds the two to the same answer.
    """
    pool = dict(routes)
    first = today - timedelta(days=overdue_days)
    defaults: dict[Regime, Route | None] = {}
    out: list[AgendaItem] = []
    for case in cases:
        route = pool.get(case.route) if case.route else None
        if route is None:  # as advise() chooses: the case's own route, else its regime's
            if case.regime not in defaults:
                defaults[case.regime] = default_route(case.regime, pool)
            route = defaults[case.regime]
        if route is None or not case.is_open:
            continue
        found, _missing = running_deadlines(
            case, position_of(case, route), today, warn_days, calendar or _WORKDAYS
        )
        for d in found:
            if d.expired and d.due < today:
                continue
            if (d.due - today).days > d.warns_within(warn_days):
                continue
            if d.due < first and not _owed_decision(route, d.step, d.term):
                continue
            out.append(
                AgendaItem(
                    "deadline",
                    d.due,
                    case.code,
                    d.what,
                    d.party.value,
                    d.source,
                    step=d.step,
                    text_said=d.said_what,
                    source_said=d.said_source,
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
    """The whole agenda for `today` in one go: overdue and coming actions, deadlines in the
    window, in `order`. (Vandaag gathers it in parts: `action_groups`, `deadline_batch`.)"""
    items = action_items(ws.agenda.open_actions(today + timedelta(days=action_days)))
    found = deadline_items(ws.agenda.open_cases(), today, routes, warn_days, calendar=workdays(ws))
    hidden = ws.agenda.hidden_terms(today)
    found = [i for i in found if term_key(i) not in hidden]
    items += sorted(found, key=lambda i: (i.due, i.code, i.text))
    items.sort(key=order)
    return items


# -- in parts, for a screen -------------------------------------------------------------------
def group_dates(
    group: When, today: date, action_days: int = ACTION_DAYS
) -> tuple[date | None, date]:
    """The due dates (first, last; None = no limit) of the actions in `group`."""
    if group is When.OVERDUE:
        return None, today - timedelta(days=1)
    if group is When.TODAY:
        return today, today
    if group is When.WEEK:
        return today + timedelta(days=1), today + timedelta(days=7)
    return today + timedelta(days=8), today + timedelta(days=action_days)


@dataclass(frozen=True)
class ActionGroup:
    """How many open actions a group holds, and the first `limit` of them in order."""

    count: int
    first: tuple[AgendaItem, ...] = ()


def action_counts(
    ws: Workspace, today: date, action_days: int = ACTION_DAYS, who: str = ""
) -> dict[When, int]:
    """How many open actions each group holds (one pass over the actions, none materialised);
    only those of owner `who` (an `Owner` value) when given."""
    spans = [group_dates(g, today, action_days) for g in When]
    return dict(zip(When, ws.agenda.open_action_counts(spans, _owner(who)), strict=True))


def first_actions(
    ws: Workspace,
    today: date,
    group: When,
    limit: int,
    action_days: int = ACTION_DAYS,
    who: str = "",
) -> tuple[AgendaItem, ...]:
    """The first `limit` open actions of `group` (of owner `who` when given), in `order`."""
    since, until = group_dates(group, today, action_days)
    if not limit:
        return ()
    return tuple(action_items(ws.agenda.open_actions(until, since, limit, _owner(who))))


def action_groups(
    ws: Workspace,
    today: date,
    limit: Mapping[When, int] | int = FIRST_ROWS,
    action_days: int = ACTION_DAYS,
    counts: Mapping[When, int] | None = None,
    who: str = "",
) -> dict[When, ActionGroup]:
    """Every group's action count (`counts` when already known) and its first `limit`."""
    counts = counts if counts is not None else action_counts(ws, today, action_days, who)
    out: dict[When, ActionGroup] = {}
    for group in When:
        wanted = min(counts[group], limit if isinstance(limit, int) else limit[group])
        out[group] = ActionGroup(
            counts[group], first_actions(ws, today, group, wanted, action_days, who)
        )
    return out


def _owner(who: str) -> Owner | None:
    """The `Owner` a who-filter asks for; None for everyone (or a party no action has)."""
    return Owner(who) if who in {o.value for o in Owner} else None


def term_key(item: AgendaItem) -> TermKey:
    """What identifies a deadline row when it is snoozed or dismissed (see `hide_term`)."""
    return item.code, item.step, item.text, item.due


def hide_term(ws: Workspace, item: AgendaItem, until: date | None) -> None:
    """Take a deadline off the agenda: for good (`until` None: the advisor has dealt with it)
    or until a day (snoozed). It shows again when the term gets another due date."""
    if item.kind != "deadline":
        raise ValueError("only a deadline is hidden; an action is ticked off")
    ws.agenda.mark_term(term_key(item), until)


def show_term(ws: Workspace, item: AgendaItem) -> None:
    """Undo `hide_term`."""
    ws.agenda.unmark_term(term_key(item))


def set_action_done(ws: Workspace, code: str, action_id: int, done: bool) -> int:
    """Tick an action of case `code` off (or on again, the undo) from Vandaag: the same
    change as the tick box on the case's route tab, saved with the case. Returns the action's
    id after the save (a saved case stores its actions anew)."""
    case = ws.cases.get(code)
    action = next((a for a in case.actions if a.id == action_id), None)
    if action is None:
        raise InputError(ErrorCode.ACTION_GONE, code=code, action=action_id)
    action.done = done
    ws.cases.update(case)
    return int(action.id or 0)


@dataclass(frozen=True)
class DeadlineBatch:
    """The deadlines of the open cases with ids from a batch's start up to `next_id` (not
    included); `next_id` is None when every case was seen. `last_id` is the vault's highest."""

    items: tuple[AgendaItem, ...]
    next_id: int | None
    last_id: int


def deadline_batch(
    ws: Workspace,
    today: date,
    routes: Mapping[str, Route],
    start_id: int = 0,
    budget: float = BATCH_SECONDS,
    warn_days: int = WARN_DAYS,
) -> DeadlineBatch:
    """Deadlines of the open cases from id `start_id` on, until about `budget` seconds passed.

    Call again from `next_id` until it is None. Short jobs on the one worker thread: a screen
    that asks for something meanwhile waits for one batch, not for the whole vault.
    """
    pool = dict(routes)
    last_id = ws.agenda.last_case_id()
    began = time.perf_counter()
    found: list[AgendaItem] = []
    first = max(start_id, 0)
    calendar = workdays(ws)
    hidden = ws.agenda.hidden_terms(today)  # snoozed and dismissed terms (a small table)
    while first <= last_id:
        ids = (first, first + BATCH_IDS - 1)
        cases = ws.agenda.open_cases(ids=ids)
        batch = deadline_items(cases, today, pool, warn_days, calendar=calendar)
        found += [i for i in batch if term_key(i) not in hidden]
        first += BATCH_IDS
        if time.perf_counter() - began >= budget:
            break
    return DeadlineBatch(tuple(found), first if first <= last_id else None, last_id)


@dataclass
class AgendaBook:
    """The agenda as a screen gathers it: per group the action count and the first actions
    (from SQL), and every deadline (from the batches). Plain data, no Qt."""

    today: date
    who: str = ""  # only deadlines of this party (actions are asked of SQL with the same who)
    actions: dict[When, ActionGroup] = field(default_factory=dict)
    # Per group, each deadline under one string that sorts as (due, code, text) and then by
    # arrival (as a stable sort by that key would), and the deadline under that string.
    # Sorting strings compares in C, and neither strings nor the one dict add objects for the
    # garbage collector to walk (a tuple per deadline would). The screen asks for the first
    # rows after batches of a big vault's deadlines (tens of thousands): a sort by a Python
    # key function took 50-100 ms of the UI thread each time.
    _keys: dict[When, list[str]] = field(default_factory=dict)
    _deadlines: dict[When, dict[str, AgendaItem]] = field(default_factory=dict)
    _unsorted: set[When] = field(default_factory=set)
    _arrived: int = 0

    def add_deadlines(self, items: Iterable[AgendaItem]) -> None:
        for item in items:
            if self.who and item.who != self.who:
                continue
            group = item.when(self.today)
            key = (
                f"{item.due.toordinal():08d}\x00{item.code}\x00{item.text}\x00{self._arrived:010d}"
            )
            self._arrived += 1
            self._keys.setdefault(group, []).append(key)
            self._deadlines.setdefault(group, {})[key] = item
            self._unsorted.add(group)

    def count(self, group: When) -> int:
        """Actions and deadlines in `group`."""
        held = self.actions.get(group)
        return (held.count if held else 0) + len(self._deadlines.get(group, ()))

    @property
    def total(self) -> int:
        return sum(self.count(g) for g in When)

    def has_first(self, group: When, n: int) -> bool:
        """Whether the first `n` rows of `group` are here (else fetch more actions)."""
        held = self.actions.get(group, ActionGroup(0))
        return len(held.first) >= min(n, held.count)

    def first(self, group: When, n: int) -> list[AgendaItem]:
        """The first `n` rows of `group`, in `order`; fewer when the actions held do not reach
        that far (a deadline after the last action held may have unheld actions before it)."""
        keys, deadlines = self._keys.get(group, []), self._deadlines.get(group, {})
        if group in self._unsorted:  # the sorted rows so far and the new ones: two runs
            keys.sort()
            self._unsorted.discard(group)
        held = self.actions.get(group, ActionGroup(0))
        partial = len(held.first) < held.count
        out: list[AgendaItem] = []
        actions = 0
        sorted_items = (deadlines[key] for key in keys)
        for item in heapq.merge(held.first, sorted_items, key=order):
            if len(out) >= n or (partial and actions == len(held.first)):
                break
            actions += item.kind == "action"
            out.append(item)
        return out


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
        cases,
        today,
        routes=ws.user_routes.all_routes(),
        include_action_text=include_action_text,
        calendar=workdays(ws),
    )
    events = data.count(b"BEGIN:VEVENT")
    detail = f"events={events}; action_text={'yes' if include_action_text else 'no'}"
    ws.record("calendar_exported", detail=detail, together=lambda: write_atomic(path, data))
    return events
