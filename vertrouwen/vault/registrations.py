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


def _month(day: date) -> str:
    return day.isoformat()[:7]


# One statement for every count of the yearly report's periods (issue 16: at 100,000 cases
# parsing every row's six JSON lists in Python took seconds). `per`: the periods as
# (k, start, end, first month, last month); `w`: the registrations they can use, read once
# (`counted_in`'s rule); `p`: a row per period a case was open in. Each branch gives
# (what, k, key, n, m); `reports.service` turns them into a `Tally`.
# one client per reference; a registration without one is a client of its own
_CLIENT = (
    "CASE WHEN coalesce(client, '') <> '' THEN 'c:' || client"
    " ELSE 'r:' || coalesce(nullif(uid, ''), id) END"
)
# a registration opened or closed, or with a signal dated, from one day to another (each test
# takes the two days; `dated_within` asks them one by one, the opening date by its index)
_DATED = (
    "opened BETWEEN ? AND ? OR closed BETWEEN ? AND ?"
    " OR signals <> '[]' AND EXISTS (SELECT 1 FROM json_each(signals)"
    " WHERE json_extract(value, '$[0]') BETWEEN ? AND ?)"
)
_PERIOD_COUNTS = """
WITH per(k, s, e, ms, me) AS ({per}),
w AS MATERIALIZED (
    SELECT id, opened, closed, result, client_role, age_band, organisation_kind,
        organisation_name, regime, topics, goals, support, verdicts, steps, contacts, minutes,
        unsafe_signal, activity, uid, client, municipality, questions, signals, feedback
    FROM registrations
    WHERE 1 {where} AND (
        (opened <= ? AND (closed IS NULL OR closed >= ?))
        OR (activity <> '{{}}' AND ({act_years}) AND EXISTS (
            SELECT 1 FROM json_each(activity) WHERE key BETWEEN ? AND ?))
        OR (signals <> '[]' AND ({sig_years}) AND EXISTS (
            SELECT 1 FROM json_each(signals) WHERE json_extract(value, '$[0]') BETWEEN ? AND ?))
    )
),
p AS MATERIALIZED (
    SELECT per.k, per.s, per.e, w.id, w.opened, w.closed, w.result, w.client_role,
        w.age_band, w.organisation_kind, w.organisation_name, w.regime, w.unsafe_signal,
        w.uid, w.client, w.municipality, w.feedback,
        CASE WHEN w.topics || w.goals || w.support || w.steps || w.verdicts <> '[][][][][]'
        THEN json_array(json(w.topics), json(w.goals), json(w.support), json(w.steps),
            json(w.verdicts)) END AS lists,
        nullif(w.questions, '[]') AS questions,
        nullif(w.steps, '[]') AS steps
    FROM w JOIN per ON w.opened <= per.e AND (w.closed IS NULL OR w.closed >= per.s)
)
SELECT 'scalars', k, json_array(count(*), sum(opened >= s), sum(closed <= e),
    sum(closed IS NULL OR closed > e), sum(unsafe_signal <> 0),
    count(DISTINCT {client})), 0, 0
    FROM p GROUP BY k
UNION ALL SELECT 'by_organisation_kind', k, organisation_kind, count(*), 0 FROM p GROUP BY 2, 3
UNION ALL SELECT 'by_client_role', k, client_role, count(*), 0 FROM p GROUP BY 2, 3
UNION ALL SELECT 'by_result', k, result, count(*), 0 FROM p
    WHERE closed IS NOT NULL AND coalesce(result, '') <> '' GROUP BY 2, 3
UNION ALL SELECT 'by_regime', k, regime, count(*), 0 FROM p GROUP BY 2, 3
UNION ALL SELECT 'by_age_band', k, nullif(age_band, ''), count(*), 0 FROM p GROUP BY 2, 3
UNION ALL SELECT 'by_step_reached', k, json_extract(steps, '$[#-1]'), count(*), 0 FROM p
    WHERE steps IS NOT NULL GROUP BY 2, 3
UNION ALL SELECT 'list' || l.key, k, j.value, count(DISTINCT p.id), count(*)
    FROM p, json_each(p.lists) l, json_each(l.value) j WHERE p.lists IS NOT NULL
    GROUP BY 1, 2, 3
UNION ALL SELECT 'questions', k, j.value, count(*), 0 FROM p, json_each(p.questions) j
    WHERE p.questions IS NOT NULL GROUP BY 2, 3
UNION ALL SELECT 'organisation', k, organisation_name, count(*), 0 FROM p GROUP BY 2, 3
UNION ALL SELECT 'municipality', k, coalesce(municipality, ''), count(*), 0 FROM p
    GROUP BY 2, 3
UNION ALL SELECT 'feedback', k, feedback, count(*), 0 FROM p
    WHERE closed IS NOT NULL AND feedback IS NOT NULL GROUP BY 2, 3
UNION ALL SELECT 'new_month', k, substr(opened, 1, 7), count(*), 0 FROM p
    WHERE opened >= s GROUP BY 2, 3
UNION ALL SELECT 'closed_month', k, substr(closed, 1, 7), count(*), 0 FROM p
    WHERE closed <= e GROUP BY 2, 3
UNION ALL SELECT 'open_from', k, substr(max(opened, s), 1, 7), count(*), 0 FROM p GROUP BY 2, 3
UNION ALL SELECT 'open_until', k, substr(min(coalesce(closed, e), e), 1, 7), count(*), 0
    FROM p GROUP BY 2, 3
UNION ALL SELECT 'activity', per.k, j.key, sum(json_extract(j.value, '$[0]')),
    sum(json_extract(j.value, '$[1]'))
    FROM w, json_each(w.activity) j JOIN per ON j.key BETWEEN per.ms AND per.me
    WHERE w.activity <> '{{}}' GROUP BY 2, 3
UNION ALL SELECT 'activity', per.k, substr(w.opened, 1, 7), sum(w.contacts), sum(w.minutes)
    FROM w JOIN per ON substr(w.opened, 1, 7) BETWEEN per.ms AND per.me
    WHERE w.activity = '{{}}' AND (w.contacts <> 0 OR w.minutes <> 0) GROUP BY 2, 3
UNION ALL SELECT 'signals', per.k, json_extract(j.value, '$[1]'), count(*), 0
    FROM w, json_each(w.signals) j
    JOIN per ON json_extract(j.value, '$[0]') BETWEEN per.s AND per.e
    WHERE w.signals <> '[]' GROUP BY 2, 3
"""

# the lists of `p.lists`, in order, and whether a case counts once per value
_LISTS = (
    ("by_topic", True),
    ("by_goal", True),
    ("by_support", True),
    ("by_step_taken", True),
    ("by_verdict", False),
)


# schema 9's tally: the counts whose key is a month ("MM" there, "YYYY-MM" here), and the
# counts without a key
_MONTHLY = frozenset({"new_month", "closed_month", "open_from", "open_until", "activity"})
_SCALARS = frozenset({"cases", "new", "closed", "open_at_end", "unsafe", "anon"})


def _filters(regime: str | None, organisation_kind: str | None) -> tuple[str, list[str]]:
    """The report's two filters as SQL conditions (" AND column = ?"...) and their values."""
    where, values = "", []
    for column, value in (("regime", regime), ("organisation_kind", organisation_kind)):
        if value is not None:
            where += f" AND {column} = ?"
            values.append(value)
    return where, values


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

    def period_counts(
        self,
        periods: list[tuple[date, date]],
        regime: str | None = None,
        organisation_kind: str | None = None,
        *,
        dated: tuple[date, date] | None = None,
    ) -> list[dict[str, list[tuple[Any, int, int]]]]:
        """Raw counts per period, counted by SQLite in one statement: for each period a mapping
        of what is counted to (key, n, m) rows (see `_PERIOD_COUNTS`). The registrations the
        periods can use are read once (as `counted_in` selects them, optionally of one regime
        or organisation kind, and with `dated` only those `dated_within` those days) into a
        temporary in-memory table; every count is a GROUP BY over it, so no JSON list is
        parsed in Python and no row becomes an object."""
        first = min(s for s, _ in periods)
        last = max(e for _, e in periods)
        years = [f"{y:04d}-" for y in range(first.year, last.year + 1)]
        # a cheap test first (is any of the years in the text at all?), json_each only then
        act_years = " OR ".join("instr(activity, ?)" for _ in years)
        sig_years = " OR ".join("instr(signals, ?)" for _ in years)
        where, chosen = _filters(regime, organisation_kind)
        if dated is not None:
            where += f" AND ({_DATED})"
        per = " UNION ALL ".join("SELECT ?, ?, ?, ?, ?" for _ in periods)
        sql = _PERIOD_COUNTS.format(
            per=per, where=where, act_years=act_years, sig_years=sig_years, client=_CLIENT
        )
        params: list[Any] = []
        for k, (start, end) in enumerate(periods):
            params += [k, start.isoformat(), end.isoformat(), _month(start), _month(end)]
        params += chosen
        if dated is not None:
            params += [day.isoformat() for _ in range(3) for day in dated]
        params += [last.isoformat(), first.isoformat()]
        params += [f'"{y}' for y in years] + [_month(first), _month(last)]
        params += [f'["{y}' for y in years] + [first.isoformat(), last.isoformat()]
        out: list[dict[str, list[tuple[Any, int, int]]]] = [{} for _ in periods]
        for what, k, key, n, m in self._conn.execute(sql, params):
            if what == "scalars":
                names = ("cases", "new", "closed", "open_at_end", "unsafe", "clients")
                for name, value in zip(names, json.loads(key), strict=True):
                    out[k][name] = [(None, int(value or 0), 0)]
                continue
            if what.startswith("list"):
                what, once = _LISTS[int(what[4:])]
                n = n if once else m
            out[k].setdefault(what, []).append((key, int(n or 0), int(m or 0)))
        return out

    def year_counts(
        self,
        years: list[int],
        regime: str | None = None,
        organisation_kind: str | None = None,
    ) -> list[dict[str, list[tuple[Any, int, int]]]]:
        """What `period_counts` gives for whole calendar years, read from the sums schema 9
        keeps up to date (`report_tally`, `report_clients`; see migrations.V9): one GROUP BY
        over a few thousand rows per year instead of every registration of the year."""
        where = "".join(
            f" AND t.{column} = ?"
            for column, value in (("regime", regime), ("kind", organisation_kind))
            if value is not None
        )
        params: list[Any] = [json.dumps(years)]
        params += [v for v in (regime, organisation_kind) if v is not None]
        index = {year: k for k, year in enumerate(years)}
        out: list[dict[str, list[tuple[Any, int, int]]]] = [{} for _ in years]
        sums = self._conn.execute(
            "SELECT y.value, t.what, t.key, sum(t.n), sum(t.m)"  # noqa: S608 - fixed filters
            " FROM json_each(?) y JOIN report_tally t ON t.y_from <= y.value"
            f" AND t.y_to >= y.value{where}"
            " GROUP BY 1, 2, 3 HAVING sum(t.n) <> 0 OR sum(t.m) <> 0",
            params,
        )
        for year, what, key, n, m in sums:
            if what in _MONTHLY:
                key = f"{year:04d}-{key}"
            elif what in _SCALARS:
                key = None
            out[index[year]].setdefault(what, []).append((key, int(n), int(m)))
        clients = self._conn.execute(
            "SELECT y.value, count(DISTINCT t.client)"  # noqa: S608 - fixed filters
            " FROM json_each(?) y JOIN report_clients t ON t.y_from <= y.value"
            f" AND t.y_to >= y.value{where} GROUP BY 1",
            params,
        )
        for year, distinct in clients:
            out[index[year]]["clients"] = [(None, int(distinct), 0)]
        for counts in out:
            anonymous = counts.pop("anon", [])  # a registration without a client reference
            counts.setdefault("clients", []).extend(anonymous)  # is a client of its own
        return out

    def dated_within(
        self,
        start: date,
        end: date,
        regime: str | None = None,
        organisation_kind: str | None = None,
    ) -> bool:
        """Whether a registration (of the regime or organisation kind, when given) was opened
        or closed, or holds a signal dated, from `start` to `end` (both included). Contacts
        are not asked: they are kept per month. The opening date is read from its index first
        (a future-dated case is found at once); the other two read every registration once."""
        days = (start.isoformat(), end.isoformat())
        where, chosen = _filters(regime, organisation_kind)
        for test in _DATED.split(" OR "):
            sql = f"SELECT 1 FROM registrations WHERE ({test}){where} LIMIT 1"  # noqa: S608
            if self._conn.execute(sql, (*days, *chosen)).fetchone() is not None:
                return True
        return False

    def clients_in(
        self,
        start: date,
        end: date,
        regime: str | None = None,
        organisation_kind: str | None = None,
    ) -> int:
        """Distinct clients of the cases open from `start` to `end`, as `period_counts` counts
        them (a registration without a client reference is a client of its own)."""
        where, chosen = _filters(regime, organisation_kind)
        # one pass over the table: the cases open in a year are a large share of it, and reading
        # them through the opening date's index costs a lookup each (140 against 80 ms at
        # 100,000 cases, 49,000 of them open in 2025)
        row = self._conn.execute(
            f"SELECT count(DISTINCT {_CLIENT}) FROM registrations NOT INDEXED"  # noqa: S608
            f" WHERE opened <= ? AND (closed IS NULL OR closed >= ?){where}",
            (end.isoformat(), start.isoformat(), *chosen),
        ).fetchone()
        return int(row[0])

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
