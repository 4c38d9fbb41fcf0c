"""Agenda queries over all cases, for the Vandaag screen and the calendar export.

Built for 10,000+ cases: a handful of queries in total, never one per case. Open actions come
straight from SQL (the `actions_due` index on (done, due)); deadlines need the route rules, so
this module hands out *light* cases (the fields and steps the deadline arithmetic reads, none
of the notes, points or consents) and `vertrouwen.routes.agenda` computes the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

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

Connection = Any

# A case without steps and without a conduct date has no term to count from.
_OPEN_CASES = (
    "SELECT c.id, c.code, c.opened, c.client_role, c.organisation_name, c.organisation_kind,"
    " c.regime, c.route, c.incident_date FROM cases c WHERE c.closed IS NULL"
    " AND (c.incident_date IS NOT NULL OR EXISTS (SELECT 1 FROM steps s WHERE s.case_id = c.id))"
    " ORDER BY c.id"
)
_OPEN_CASES_WITH_ACTIONS = (
    "SELECT c.id, c.code, c.opened, c.client_role, c.organisation_name, c.organisation_kind,"
    " c.regime, c.route, c.incident_date FROM cases c WHERE c.closed IS NULL"
    " AND (c.incident_date IS NOT NULL OR EXISTS (SELECT 1 FROM steps s WHERE s.case_id = c.id)"
    " OR EXISTS (SELECT 1 FROM actions a WHERE a.case_id = c.id AND a.done = 0"
    " AND a.due IS NOT NULL)) ORDER BY c.id"
)


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


def open_actions(conn: Connection, until: date | None = None) -> list[OpenAction]:
    """Open actions with a due date (up to `until` when given) in open cases, by due date."""
    sql = (
        "SELECT a.id, a.case_id, c.code, a.description, a.owner, a.due"
        " FROM actions a JOIN cases c ON c.id = a.case_id"
        " WHERE a.done = 0 AND a.due IS NOT NULL AND c.closed IS NULL"
    )
    params: list[Any] = []
    if until is not None:
        sql += " AND a.due <= ?"
        params.append(until.isoformat())
    sql += " ORDER BY a.due, c.code, a.position, a.id"
    return [
        OpenAction(r[0], r[1], r[2], r[3], Owner(r[4]), date.fromisoformat(r[5]))
        for r in conn.execute(sql, params)
    ]


def open_cases(conn: Connection, with_actions: bool = False) -> list[Case]:
    """Light copies of the open cases that can have deadlines (or, `with_actions`, dated open
    actions): case fields, steps and, when asked, the open dated actions. No notes, points,
    consents, topics, goals or support: use `CaseRepository.get` for a whole case.
    """
    sql = _OPEN_CASES_WITH_ACTIONS if with_actions else _OPEN_CASES
    cases: dict[int, Case] = {}
    for r in conn.execute(sql):
        cases[r[0]] = Case(
            id=r[0],
            code=r[1],
            opened=date.fromisoformat(r[2]),
            client_role=ClientRole(r[3]),
            organisation=Organisation(r[4], OrganisationKind(r[5])),
            regime=Regime(r[6]),
            route=r[7],
            incident_date=_d(r[8]),
        )
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


def _steps(conn: Connection, cases: dict[int, Case]) -> Iterable[tuple[int, Step]]:
    # One pass over the steps of all open cases: cheaper than thousands of bound ids, and
    # every open case with steps is wanted anyway.
    for r in conn.execute(
        "SELECT s.case_id, s.step, s.started, s.ended, s.outcome, s.extension_weeks, s.id"
        " FROM steps s JOIN cases c ON c.id = s.case_id WHERE c.closed IS NULL"
        " ORDER BY s.case_id, s.position, s.id"
    ):
        if r[0] in cases:
            yield r[0], _step(r)


def _step(r: tuple[Any, ...]) -> Step:
    return Step(
        step=r[1],
        started=_d(r[2]),
        ended=_d(r[3]),
        outcome=StepOutcome(r[4]) if r[4] else None,
        extension_weeks=int(r[5]),
        id=r[6],
    )


class Agenda:
    """The queries above bound to one vault's connection (`Workspace.agenda`)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def open_actions(self, until: date | None = None) -> list[OpenAction]:
        return open_actions(self._conn, until)

    def open_cases(self, with_actions: bool = False) -> list[Case]:
        return open_cases(self._conn, with_actions)
