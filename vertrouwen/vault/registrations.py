"""Reading the anonymous registrations: one row per case, kept when the case file is destroyed.

The rows are written by `CaseRepository.refresh_registration`; this module only reads them,
for the yearly report (`vertrouwen.reports`). A row holds no free text but the organisation's
name, which the report hides below a threshold.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from vertrouwen.domain.registration import Registration

Connection = Any

_COLUMNS = (
    "id, case_id, opened, closed, result, client_role, age_band, organisation_kind,"
    " organisation_name, regime, topics, goals, support, verdicts, steps, contacts, minutes,"
    " unsafe_signal, activity, uid, client, municipality, questions, signals, feedback"
)


def _tuple(text: str | None) -> tuple[str, ...]:
    if not text or text == "[]":  # most lists are empty: skip the parser
        return ()
    return tuple(str(v) for v in json.loads(text))


def _activity(text: str | None) -> dict[str, tuple[int, int]]:
    if not text or text == "{}":
        return {}
    raw = json.loads(text)
    return {str(month): (int(v[0]), int(v[1])) for month, v in raw.items()}


def _list(text: str | None) -> list[Any]:
    return [] if not text or text == "[]" else list(json.loads(text))


def _from_row(r: tuple[Any, ...]) -> Registration:
    return Registration(
        id=r[0],
        case_id=r[1],
        opened=date.fromisoformat(r[2]),
        closed=date.fromisoformat(r[3]) if r[3] else None,
        result=r[4] or None,
        client_role=r[5],
        age_band=r[6] or None,
        organisation_kind=r[7],
        organisation_name=r[8],
        regime=r[9],
        topics=_tuple(r[10]),
        goals=_tuple(r[11]),
        support=_tuple(r[12]),
        verdicts=_tuple(r[13]),
        steps=_tuple(r[14]),
        contacts=int(r[15]),
        minutes=int(r[16]),
        unsafe_signal=bool(r[17]),
        activity=_activity(r[18]),
        uid=r[19] or "",
        client=r[20] or None,
        municipality=r[21] or "",
        questions=tuple((str(q[0]), q[1]) for q in _list(r[22])),
        signals=tuple((date.fromisoformat(g[0]), g[1]) for g in _list(r[23])),
        feedback=r[24],
    )


class RegistrationRepository:
    """Read-only access to the `registrations` table."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def all(self) -> list[Registration]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM registrations ORDER BY opened, id")  # noqa: S608
        return [_from_row(r) for r in rows]

    def overlapping(self, start: date, end: date) -> list[Registration]:
        """Registrations of cases open at any time from `start` to `end` (both included)."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM registrations"  # noqa: S608 - fixed column list
            " WHERE opened <= ? AND (closed IS NULL OR closed >= ?) ORDER BY opened, id",
            (end.isoformat(), start.isoformat()),
        )
        return [_from_row(r) for r in rows]

    def counted_in(self, start: date, end: date) -> list[Registration]:
        """Every registration a count from `start` to `end` can use: cases open then, and cases
        with contacts or signals dated then (a contact after closing still counts in its month).
        The rest of the vault's years are neither read nor parsed."""
        months = (start.isoformat()[:7], end.isoformat()[:7])
        days = (start.isoformat(), end.isoformat())
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM registrations"  # noqa: S608 - fixed column list
            " WHERE (opened <= ? AND (closed IS NULL OR closed >= ?))"
            " OR (activity <> '{}' AND EXISTS (SELECT 1 FROM json_each(activity)"
            " WHERE key BETWEEN ? AND ?))"
            " OR (signals <> '[]' AND EXISTS (SELECT 1 FROM json_each(signals)"
            " WHERE json_extract(value, '$[0]') BETWEEN ? AND ?))"
            " ORDER BY opened, id",
            (days[1], days[0], *months, *days),
        )
        return [_from_row(r) for r in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM registrations").fetchone()[0])

    def span(self) -> tuple[date, date] | None:
        """The first opening date and the last opening or closing date; None when empty."""
        row = self._conn.execute(
            "SELECT min(opened), max(max(opened, coalesce(closed, opened))) FROM registrations"
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return date.fromisoformat(row[0]), date.fromisoformat(row[1])

    def count_detached(self) -> int:
        """Registrations whose case file was destroyed (kept for the yearly report)."""
        row = self._conn.execute("SELECT count(*) FROM registrations WHERE case_id IS NULL")
        return int(row.fetchone()[0])
