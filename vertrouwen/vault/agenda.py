"""Agenda queries over all cases, for the Vandaag screen and the calendar export.

Built for 100,000 cases: never one query per case. Open actions come straight from SQL (the
`actions_due` index on (done, due)): counted per date range, and only the first few of a range
materialised (`open_action_counts`, `open_actions(..., limit=)`). Deadlines need the route
rules, so this module hands out *light* cases (the fields and steps the deadline arithmetic
reads, none of the notes, points or consents), all at once or per range of case ids so the
caller can spread the work over short jobs; `vertrouwen.agenda` computes the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.domain import (
    Action,
    Case,
    ClientRole,
    Organisation,
    OrganisationKind,
    Owner,
    Regime,
    Step,
    StepOutcome,
)
from vertrouwen.errors import ErrorCode, UnknownCaseError
from vertrouwen.vault.db import transaction

Connection = Any
TermKey = tuple[str, str, str, date]  # a term on the agenda: case code, step, what, due date

# A case without steps and without a conduct date has no term to count from.
_OPEN_CASES = (
    "SELECT c.id, c.code, c.opened, c.client_role, c.organisation_name, c.organisation_kind,"
    " c.regime, c.route, c.incident_date FROM cases c WHERE c.closed IS NULL"
    " AND (c.incident_date IS NOT NULL OR EXISTS (SELECT 1 FROM steps s WHERE s.case_id = c.id))"
)
_OPEN_CASES_WITH_ACTIONS = (
    "SELECT c.id, c.code, c.opened, c.client_role, c.organisation_name, c.organisation_kind,"
    " c.regime, c.route, c.incident_date FROM cases c WHERE c.closed IS NULL"
    " AND (c.incident_date IS NOT NULL OR EXISTS (SELECT 1 FROM steps s WHERE s.case_id = c.id)"
    " OR EXISTS (SELECT 1 FROM actions a WHERE a.case_id = c.id AND a.done = 0"
    " AND a.due IS NOT NULL))"
)
_BY_ID = " ORDER BY c.id"
_OPEN_CASES_BETWEEN = (
    "SELECT c.id, c.code, c.opened, c.client_role, c.organisation_name, c.organisation_kind,"
    " c.regime, c.route, c.incident_date,"
    " s.step, s.started, s.ended, s.outcome, s.extension_weeks, s.id, s.extension_agreed"
    " FROM cases c LEFT JOIN steps s ON s.case_id = c.id"
    " WHERE c.closed IS NULL AND c.id BETWEEN ? AND ?"
    " AND (c.incident_date IS NOT NULL OR s.id IS NOT NULL)"
    " ORDER BY c.id, s.position, s.id"
)
_OPEN_ACTIONS = (
    "SELECT a.id, a.case_id, c.code, a.description, a.owner, a.due"
    " FROM actions a JOIN cases c ON c.id = a.case_id"
    " WHERE a.done = 0 AND a.due IS NOT NULL AND c.closed IS NULL"
)
_OUTCOMES = {o.value: o for o in StepOutcome}  # a dict lookup: 10x cheaper than StepOutcome(v)
_OWNERS = {o.value: o for o in Owner}


@dataclass(frozen=True)
class OpenAction:
    """An agreed action not yet done, with the code of its (open) case."""

    action_id: int
    case_id: int
    code: str
    description: str
    owner: Owner
    due: date


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def open_actions(
    conn: Connection,
    until: date | None = None,
    since: date | None = None,
    limit: int | None = None,
    owner: Owner | None = None,
) -> list[OpenAction]:
    """Open actions with a due date in open cases, by due date (then case code and the case's
    own order): only those due from `since` up to `until` (both included) when given, only
    those of `owner` when given, and only the first `limit`."""
    sql = _OPEN_ACTIONS
    params: list[Any] = []
    if owner is not None:
        sql += " AND a.owner = ?"
        params.append(owner.value)
    if since is not None:
        sql += " AND a.due >= ?"
        params.append(since.isoformat())
    if until is not None:
        sql += " AND a.due <= ?"
        params.append(until.isoformat())
    sql += " ORDER BY a.due, c.code, a.position, a.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        OpenAction(r[0], r[1], r[2], r[3], _OWNERS[r[4]], date.fromisoformat(r[5]))
        for r in conn.execute(sql, params)
    ]


def open_action_counts(
    conn: Connection,
    ranges: Sequence[tuple[date | None, date | None]],
    owner: Owner | None = None,
) -> list[int]:
    """How many open dated actions of open cases fall in each (since, until) range (both ends
    included, None = open), nothing materialised.

    One sequential pass over the actions and the cases, on purpose: through the `actions_due`
    index every open action costs a random read of its row and its case's (at 100,000 cases
    33,000 of each, five times slower than reading both tables straight through).
    """
    sums: list[str] = []
    params: list[Any] = []
    for since, until in ranges:
        tests = ["1"]
        if since is not None:
            tests.append("a.due >= ?")
            params.append(since.isoformat())
        if until is not None:
            tests.append("a.due <= ?")
            params.append(until.isoformat())
        sums.append(f"coalesce(sum({' AND '.join(tests)}), 0)")
    if not sums:
        return []
    sql = (
        f"SELECT {', '.join(sums)} FROM actions a NOT INDEXED"  # noqa: S608 - fixed tests, values bound
        " WHERE a.done = 0 AND a.due IS NOT NULL"
        " AND a.case_id IN (SELECT id FROM cases WHERE closed IS NULL)"
    )
    if owner is not None:
        sql += " AND a.owner = ?"
        params.append(owner.value)
    return [int(n) for n in conn.execute(sql, params).fetchone()]


def count_open_cases(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM cases WHERE closed IS NULL").fetchone()[0])


def last_case_id(conn: Connection) -> int:
    """The highest case id (0 in an empty vault): the end of a walk over id ranges."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM cases").fetchone()[0])


def open_cases(
    conn: Connection, with_actions: bool = False, ids: tuple[int, int] | None = None
) -> list[Case]:
    """Light copies of the open cases that can have deadlines (or, `with_actions`, dated open
    actions): case fields, steps and, when asked, the open dated actions. No notes, points,
    consents, topics, goals or support: use `CaseRepository.get` for a whole case.

    `ids` = (first, last) keeps to the cases with an id in that range (both included), in id
    order: a caller walks a big vault in short steps (not with `with_actions`).
    """
    if ids is not None:
        return _cases_between(conn, ids)
    cases: dict[int, Case] = {}
    for r in conn.execute((_OPEN_CASES_WITH_ACTIONS if with_actions else _OPEN_CASES) + _BY_ID):
        cases[r[0]] = _case(r)
    for case_id, step in _steps(conn, cases):
        cases[case_id].steps.append(step)
    if with_actions:
        for action in open_actions(conn):
            case = cases.get(action.case_id)
            if case is not None:
                case.actions.append(
                    Action(action.description, action.owner, action.due, False, action.action_id)
                )
    return list(cases.values())


def _cases_between(conn: Connection, ids: tuple[int, int]) -> list[Case]:
    # One query for a range: the case rows in rowid order with their steps beside them, so
    # steps of closed cases (most of a big vault) are never read.
    cases: dict[int, Case] = {}
    for r in conn.execute(_OPEN_CASES_BETWEEN, ids):
        case = cases.get(r[0])
        if case is None:
            case = cases[r[0]] = _case(r)
        if r[14] is not None:
            case.steps.append(_step(r[8:]))
    return list(cases.values())


def _case(r: tuple[Any, ...]) -> Case:
    return Case(
        id=r[0],
        code=r[1],
        opened=date.fromisoformat(r[2]),
        client_role=ClientRole(r[3]),
        organisation=Organisation(r[4], OrganisationKind(r[5])),
        regime=Regime(r[6]),
        route=r[7],
        incident_date=_d(r[8]),
    )


def _steps(conn: Connection, cases: dict[int, Case]) -> Iterable[tuple[int, Step]]:
    # One pass over the steps of all open cases: cheaper than thousands of bound ids, and
    # every open case with steps is wanted anyway.
    for r in conn.execute(
        "SELECT s.case_id, s.step, s.started, s.ended, s.outcome, s.extension_weeks, s.id,"
        " s.extension_agreed FROM steps s JOIN cases c ON c.id = s.case_id"
        " WHERE c.closed IS NULL"
        " ORDER BY s.case_id, s.position, s.id"
    ):
        if r[0] in cases:
            yield r[0], _step(r)


def _step(r: tuple[Any, ...]) -> Step:
    """A step from (anything, step, started, ended, outcome, extension_weeks, id, agreed)."""
    return Step(
        step=r[1],
        started=_d(r[2]),
        ended=_d(r[3]),
        outcome=_OUTCOMES[r[4]] if r[4] else None,
        extension_weeks=int(r[5]),
        id=r[6],
        extension_agreed=bool(r[7]),
    )


class Agenda:
    """The queries above bound to one vault's connection (`Workspace.agenda`)."""

    def __init__(self, conn: Connection, changes: ChangeLog | None = None) -> None:
        self._conn = conn
        self._changes = changes if changes is not None else ChangeLog()

    def open_actions(
        self,
        until: date | None = None,
        since: date | None = None,
        limit: int | None = None,
        owner: Owner | None = None,
    ) -> list[OpenAction]:
        return open_actions(self._conn, until, since, limit, owner)

    def open_action_counts(
        self, ranges: Sequence[tuple[date | None, date | None]], owner: Owner | None = None
    ) -> list[int]:
        return open_action_counts(self._conn, ranges, owner)

    # -- terms dealt with on Vandaag (schema 6) -------------------------------------------
    def hidden_terms(self, today: date) -> set[TermKey]:
        """The terms (code, step, what, due) hidden from the agenda on `today`: dismissed,
        or snoozed until a later day."""
        rows = self._conn.execute(
            "SELECT c.code, m.step, m.what, m.due FROM agenda_marks m"
            " JOIN cases c ON c.id = m.case_id WHERE m.until IS NULL OR m.until > ?",
            (today.isoformat(),),
        )
        return {(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows}

    def mark_term(self, key: TermKey, until: date | None) -> Changes:
        """Hide a term: for good (`until` None) or until that day. One transaction."""
        code, step, what, due = key
        with transaction(self._conn):
            found = self._conn.execute("SELECT id FROM cases WHERE code = ?", (code,)).fetchone()
            if found is None:
                raise UnknownCaseError(ErrorCode.NO_SUCH_CASE, code=code)
            self._conn.execute(
                "INSERT OR REPLACE INTO agenda_marks(case_id, step, what, due, until)"
                " VALUES (?, ?, ?, ?, ?)",
                (found[0], step, what, due.isoformat(), until.isoformat() if until else None),
            )
        return self._changes.note(Changes.of_cases([code], agenda=True))

    def unmark_term(self, key: TermKey) -> Changes:
        """Show a hidden term again (the undo of `mark_term`). One transaction."""
        code, step, what, due = key
        with transaction(self._conn):
            self._conn.execute(
                "DELETE FROM agenda_marks WHERE step = ? AND what = ? AND due = ?"
                " AND case_id = (SELECT id FROM cases WHERE code = ?)",
                (step, what, due.isoformat(), code),
            )
        return self._changes.note(Changes.of_cases([code], agenda=True))

    def open_cases(
        self, with_actions: bool = False, ids: tuple[int, int] | None = None
    ) -> list[Case]:
        return open_cases(self._conn, with_actions, ids)

    def count_open_cases(self) -> int:
        return count_open_cases(self._conn)

    def last_case_id(self) -> int:
        return last_case_id(self._conn)
