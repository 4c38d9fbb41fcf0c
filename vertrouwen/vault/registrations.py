"""Reading the anonymous registrations: one row per case, kept when the case file is destroyed.

The rows are written by `CaseRepository.refresh_registration`; this module only reads them,
for the yearly report (`vertrouwen.reports`). A row holds no free text but the organisation's
name, which the report hides below a threshold.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from vertrouwen.domain.registration import Registration
from vertrouwen.vault.migrations import CASE_PIECES, CASE_WHATS

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
_OWN_WHATS = frozenset({"new_month", "closed_month", "activity", "signals"})


# Schema 10's sums for any period (`period_sums`), read by one statement of UNION ALL
# branches, a few per period, each with its own bound values (a join with a table of the
# periods' values read 2-5x slower). `d`: signed sets of registrations counted here (the days
# a half month is cut at, cases closed before they were opened), per period k; `x`: those rows;
# `pieces`: what each adds (migrations.CASE_PIECES).
_CASES_IN = ", ".join(f"'{what}'" for what in CASE_WHATS)
_DIRECT = """WITH d(id, k, sign) AS MATERIALIZED ({direct}),
x AS MATERIALIZED (SELECT r.*, d.k, d.sign FROM d JOIN registrations r ON r.id = d.id),
pieces(id, k, sign, regime, kind, what, key, n, m) AS ("""
_DIRECT_SUMS = """)
SELECT k, what, key, sum(sign * n), sum(sign * m) FROM pieces GROUP BY 1, 2, 3"""
# the year sums of the cases open from year b to year a (values a, b)
_SPAN = """
UNION ALL SELECT {k}, what, key, sum(n), sum(m) FROM report_tally
    WHERE y_from <= ? AND y_to >= ? AND what IN ({cases}){where} GROUP BY 2, 3"""
# the half-month sums of the cases opened or closed in a range of half months (side, first,
# last)
_MONTHS = """
UNION ALL SELECT {k}, what, key, {sign} * sum(n), {sign} * sum(m) FROM report_months
    WHERE side = ? AND what IN ({cases}) AND at BETWEEN ? AND ?{where} GROUP BY 2, 3"""
# the distinct client references with more than zero registrations over a period's terms
_CLIENTS = """
UNION ALL SELECT {k}, 'clients', NULL, count(*), 0 FROM (SELECT client FROM (
    SELECT client, n FROM report_clients WHERE y_from <= ? AND y_to >= ?{where}{months}
    UNION ALL SELECT client, sign FROM x WHERE k = {k} AND coalesce(client, '') <> '')
    GROUP BY client HAVING sum(n) > 0)"""
_CLIENT_MONTHS = """
    UNION ALL SELECT client, {sign} * n FROM report_month_clients
        WHERE side = ? AND at BETWEEN ? AND ?{where}"""
# the period's own months (label, side, what, first, last): cases opened or closed per month,
# contacts and minutes per month, signals (days) per topic
_OWN = """
UNION ALL SELECT {k}, ?, CASE side WHEN 's' THEN key WHEN 'a' THEN at ELSE substr(at, 1, 7) END,
    sum(n), sum(m)
    FROM report_months WHERE side = ? AND what = ? AND at BETWEEN ? AND ?{where} GROUP BY 3"""
# the cases opened or closed on a half month's cut days (label, first day, last day)
_OWN_DAYS = """
UNION ALL SELECT {k}, ?, substr({column}, 1, 7), {sign} * count(*), 0 FROM registrations
    WHERE {on_days}{where}"""
# the registrations opened ('o') or closed ('c') from day to day, as schema 10's half-month
# sums hold them (not the cases closed before they were opened)
_ON_DAYS = {
    "o": ("opened", "opened BETWEEN ? AND ? AND (closed IS NULL OR closed >= opened)"),
    "c": ("closed", "closed BETWEEN ? AND ? AND closed >= opened"),
}
# what a half month of sums costs to read against a day of registrations counted (at 100,000
# cases ~1.5 ms for ~1,500 sums, ~2.4 ms for ~60 registrations' ~1,500 pieces)
_HALF_COST, _DAY_COST = 3, 5

Term = tuple[int, int, str, str, str]  # (period, sign, side, first, last)


def _half(day: date) -> tuple[date, date, str]:
    """The half month `day` is in (days 1-15, or 16 to the month's end): first day, last day,
    and its name in schema 10's sums ("YYYY-MM-1", "YYYY-MM-2")."""
    if day.day <= 15:
        return day.replace(day=1), day.replace(day=15), f"{_month(day)}-1"
    end = date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)
    return day.replace(day=16), end, f"{_month(day)}-2"


def _split(k: int, sign: int, side: str, a: date, b: date) -> tuple[list[Term], list[Term], int]:
    """The registrations opened (side 'o') or closed ('c') from day `a` to `b`, as signed
    terms: ranges of whole half months read from the sums, and the days of a half month the
    range cuts counted over the registrations (or the whole half less the days outside the
    range, when those are fewer); and what reading them costs (`_HALF_COST` a half month,
    `_DAY_COST` a day)."""
    halves: list[Term] = []
    days: list[Term] = []
    cost = 0
    day = a
    while day <= b:
        first, last, name = _half(day)
        lo, hi = day, min(b, last)
        inside = (hi - lo).days + 1
        outside = (last - first).days + 1 - inside
        if outside and inside <= outside:
            days.append((k, sign, side, lo.isoformat(), hi.isoformat()))
            cost += inside * _DAY_COST
        else:
            if halves and halves[-1][4] == _half(first - timedelta(days=1))[2]:
                halves[-1] = (*halves[-1][:4], name)  # the half after the last: one range
            else:
                halves.append((k, sign, side, name, name))
            for out in ((first, lo - timedelta(days=1)), (hi + timedelta(days=1), last)):
                if out[0] <= out[1]:
                    days.append((k, -sign, side, out[0].isoformat(), out[1].isoformat()))
            cost += _HALF_COST + outside * _DAY_COST
        day = last + timedelta(days=1)
    return halves, days, cost


def _plan(k: int, start: date, end: date) -> tuple[int, int, list[Term], list[Term]]:
    """How the cases open in period k are read: the year sums of the cases open from year `b`
    to year `a`, less the cases closed in the start's year before the start (or, b one year
    later, plus those closed from the start on), less the cases opened in the end's year after
    the end (or, a one year earlier, plus those opened up to it); whichever reads least. The
    second way of each side holds when the period spans years, or its other end is 1 January
    or 31 December. Returns a, b, and the half-month and day terms."""
    y_start, y_end = start.year, end.year
    january, december = date(y_start, 1, 1), date(y_end, 12, 31)
    none: tuple[list[Term], list[Term], int] = ([], [], 0)
    starts = [(y_start, none)]
    if start != january:
        starts = [(y_start, _split(k, -1, "c", january, start - timedelta(days=1)))]
        if y_start < y_end or end == december:
            starts.append((y_start + 1, _split(k, 1, "c", start, date(y_start, 12, 31))))
    ends = [(y_end, none)]
    if end != december:
        ends = [(y_end, _split(k, -1, "o", end + timedelta(days=1), december))]
        if y_start < y_end or start == january:
            ends.append((y_end - 1, _split(k, 1, "o", date(y_end, 1, 1), end)))
    b, (b_months, b_days, _) = min(starts, key=lambda option: option[1][2])
    a, (a_months, a_days, _) = min(ends, key=lambda option: option[1][2])
    return a, b, b_months + a_months, b_days + a_days


def _filters(regime: str | None, organisation_kind: str | None) -> tuple[str, list[str]]:
    """The report's two filters as SQL conditions (" AND column = ?"...) and their values."""
    where, values = "", []
    for column, value in (("regime", regime), ("organisation_kind", organisation_kind)):
        if value is not None:
            where += f" AND {column} = ?"
            values.append(value)
    return where, values


def _from_sums(
    got: dict[str, dict[Any, list[int]]],
    apart: dict[str, list[tuple[Any, int, int]]],
    start: date,
    end: date,
) -> dict[str, list[tuple[Any, int, int]]]:
    """`period_counts`' rows for a period from `period_sums`' sums (`got`, with the cases closed
    before they were opened among the case pieces) and `period_counts`' rows for those cases
    (`apart`), of which only what depends on the period's days is taken."""

    def total(what: str) -> int:
        return sum(n for n, _ in got.get(what, {}).values())

    def apart_total(what: str) -> int:
        return sum(n for _, n, _ in apart.get(what, []))

    cases = total("cases") - apart_total("cases")  # those opened by the day they closed
    new, closed = total("new_month"), total("closed_month")
    got["new"] = {None: [new, 0]}
    got["closed"] = {None: [closed, 0]}
    got["open_at_end"] = {None: [cases - closed, 0]}
    got["open_from"] = {key: list(v) for key, v in got.get("new_month", {}).items()}
    got["open_from"].setdefault(_month(start), [0, 0])[0] += cases - new
    got["open_until"] = {key: list(v) for key, v in got.get("closed_month", {}).items()}
    got["open_until"].setdefault(_month(end), [0, 0])[0] += cases - closed
    for what in ("new", "closed", "open_at_end", "new_month", "closed_month"):
        for key, n, _ in apart.get(what, []):
            got.setdefault(what, {}).setdefault(key, [0, 0])[0] += n
    for what in ("open_from", "open_until"):
        for key, n, _ in apart.get(what, []):
            got[what].setdefault(key, [0, 0])[0] += n
    out = {
        what: [
            (key, n, m)
            for key, (n, m) in sorted(counts.items(), key=lambda kv: str(kv[0]))
            if n or m
        ]
        for what, counts in got.items()
    }
    anonymous = out.pop("anon", [])  # a registration without a client reference
    out.setdefault("clients", []).extend(anonymous)  # is a client of its own
    return out


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
        inverted: bool = False,
    ) -> list[dict[str, list[tuple[Any, int, int]]]]:
        """Raw counts per period, counted by SQLite in one statement: for each period a mapping
        of what is counted to (key, n, m) rows (see `_PERIOD_COUNTS`). The registrations the
        periods can use are read once (as `counted_in` selects them, optionally of one regime
        or organisation kind, and with `inverted` only those closed before they were opened)
        into a temporary in-memory table; every count is a GROUP BY over it, so no JSON list
        is parsed in Python and no row becomes an object."""
        first = min(s for s, _ in periods)
        last = max(e for _, e in periods)
        years = [f"{y:04d}-" for y in range(first.year, last.year + 1)]
        # a cheap test first (is any of the years in the text at all?), json_each only then
        act_years = " OR ".join("instr(activity, ?)" for _ in years)
        sig_years = " OR ".join("instr(signals, ?)" for _ in years)
        where, chosen = _filters(regime, organisation_kind)
        if inverted:
            where += " AND closed < opened"
        per = " UNION ALL ".join("SELECT ?, ?, ?, ?, ?" for _ in periods)
        sql = _PERIOD_COUNTS.format(
            per=per, where=where, act_years=act_years, sig_years=sig_years, client=_CLIENT
        )
        params: list[Any] = []
        for k, (start, end) in enumerate(periods):
            params += [k, start.isoformat(), end.isoformat(), _month(start), _month(end)]
        params += chosen
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

    def period_sums(
        self,
        periods: list[tuple[date, date]],
        regime: str | None = None,
        organisation_kind: str | None = None,
    ) -> list[dict[str, list[tuple[Any, int, int]]]]:
        """What `period_counts` gives for any periods, read from the sums schemas 9 and 10 keep
        (`migrations.V9`, `V10`). A period's cases are the year sums of a span of years, plus
        or less the half-month sums of the cases opened or closed between that span
        and the period, plus or less the registrations opened or closed on the days a half month is
        cut at, counted here (`_plan`). Every count but distinct clients is a sum; distinct
        clients are the client references with more than zero registrations over the same
        signed terms. The counts that depend on the period's days follow from the cases opened
        and closed in it per month (the half-month sums and the cut days): a case opened or closed
        in the period is one of its cases; open at the end are its cases less those closed in
        it; a case opened before the start is open from the start's month, one not closed in
        the period until the end's month. Cases closed before they were opened (no screen
        writes one) are taken out of the year sums and counted apart (`period_counts`)."""
        where, chosen = _filters(regime, organisation_kind)
        sums_where = where.replace("organisation_kind", "kind")
        inverted_sql = f"SELECT 1 FROM registrations WHERE closed < opened{where} LIMIT 1"  # noqa: S608
        inverted = self._conn.execute(inverted_sql, chosen).fetchone() is not None
        direct: list[str] = []  # the registrations counted here: (id, k, sign)
        direct_params: list[Any] = []
        sql: list[str] = []
        params: list[Any] = []

        def add(template: str, values: list[Any], **fields: Any) -> None:
            fields.setdefault("where", sums_where)
            sql.append(template.format(cases=_CASES_IN, **fields))
            params.extend([*values, *chosen])

        for k, (start, end) in enumerate(periods):
            a, b, months, days = _plan(k, start, end)
            add(_SPAN, [a, b], k=k)
            for _, sign, side, lo, hi in months:
                add(_MONTHS, [side, lo, hi], k=k, sign=sign)
            for _, sign, side, lo, hi in days:
                on_days = _ON_DAYS[side][1]
                direct.append(f"SELECT id, {k}, {sign} FROM registrations WHERE {on_days}{where}")  # noqa: S608
                direct_params += [lo, hi, *chosen]
            if inverted:  # out of the year sums; those open in the period counted here
                direct.append(
                    f"SELECT id, {k}, -1 FROM registrations WHERE closed < opened"  # noqa: S608
                    " AND substr(opened, 1, 4) = substr(closed, 1, 4)"
                    f" AND CAST(substr(opened, 1, 4) AS INTEGER) BETWEEN ? AND ?{where}"
                )
                direct_params += [b, a, *chosen]
                direct.append(
                    f"SELECT id, {k}, 1 FROM registrations WHERE closed < opened"  # noqa: S608
                    f" AND opened <= ? AND closed >= ?{where}"
                )
                direct_params += [end.isoformat(), start.isoformat(), *chosen]
            by_month = "".join(
                _CLIENT_MONTHS.format(sign=sign, where=sums_where) for _, sign, *_ in months
            )
            sql.append(_CLIENTS.format(k=k, where=sums_where, months=by_month))
            params.extend([a, b, *chosen])
            for _, _, side, lo, hi in months:
                params.extend([side, lo, hi, *chosen])
            # the period's own months and days: opened, closed, contacts, signals
            for side, label in (("o", "new_month"), ("c", "closed_month")):
                whole, cut, _ = _split(k, 1, side, start, end)
                for *_, lo, hi in whole:  # added: `_split` with sign 1
                    add(_OWN, [label, side, "cases", lo, hi], k=k)
                for _, sign, _, lo, hi in cut:
                    column, on_days = _ON_DAYS[side]
                    add(
                        _OWN_DAYS,
                        [label, lo, hi],
                        k=k,
                        sign=sign,
                        column=column,
                        on_days=on_days,
                        where=where,
                    )
            add(_OWN, ["activity", "a", "activity", _month(start), _month(end)], k=k)
            add(_OWN, ["signals", "s", "signals", start.isoformat(), end.isoformat()], k=k)
        head = _DIRECT.format(direct=" UNION ALL ".join(direct) or "SELECT 0, 0, 0 WHERE 0")
        pieces = CASE_PIECES.format(cols="r.k, r.sign", src="x", cond="1")
        statement = head + pieces + _DIRECT_SUMS + "".join(sql)
        got: list[dict[str, dict[Any, list[int]]]] = [{} for _ in periods]
        for k, what, key, n, m in self._conn.execute(statement, [*direct_params, *params]):
            if key is None and what in _OWN_WHATS:  # cut days on which nothing happened
                continue
            slot = got[k].setdefault(what, {}).setdefault(None if what in _SCALARS else key, [0, 0])
            slot[0] += int(n)
            slot[1] += int(m)
        apart = (
            self.period_counts(periods, regime, organisation_kind, inverted=True)
            if inverted
            else [{} for _ in periods]
        )
        return [
            _from_sums(mine, theirs, start, end)
            for mine, theirs, (start, end) in zip(got, apart, periods, strict=True)
        ]

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
