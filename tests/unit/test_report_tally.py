"""Issue 16: the report's counts come from sums kept per year (schema 9's `report_tally` and
`report_clients`) and per month (schema 10's `report_months` and `report_month_clients`), kept
by triggers on `registrations`, and give exactly what counting every registration gives, for
calendar years and any other period (whole months, cut months, across years, leap days,
future-dated registrations), before and after cases change."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_case
from vertrouwen import clock
from vertrouwen.demo import generate
from vertrouwen.domain import Note, NoteKind, Organisation, Signal, Topic
from vertrouwen.domain.enums import CaseResult, OrganisationKind, Regime
from vertrouwen.reports.service import stats_for, tally_from, threshold_of
from vertrouwen.reports.stats import Period, Stats, compute_stats, finish
from vertrouwen.vault import db, migrations
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.cases import CaseRepository
from vertrouwen.vault.keys import new_data_key
from vertrouwen.vault.registrations import RegistrationRepository
from vertrouwen.workspace import Workspace

YEARS = (2021, 2023, 2024, 2025, 2026, 2027)
PERIODS = (
    Period(date(2025, 3, 1), date(2025, 8, 31)),  # whole months
    Period(date(2025, 3, 15), date(2025, 10, 20)),  # an own period: months cut at both ends
    Period(date(2025, 6, 10), date(2025, 6, 20)),  # within one month, across its halves
    Period(date(2025, 4, 3), date(2025, 4, 28)),  # a month less a few days at both ends
    Period(date(2025, 1, 16), date(2025, 11, 15)),  # on the half months' edges
    Period(date(2024, 12, 6), date(2025, 12, 5)),  # the last 12 months, across a year's end
    Period(date(2023, 11, 15), date(2026, 2, 10)),  # across several years
    Period(date(2024, 2, 29), date(2024, 9, 30)),  # from a leap day
    Period(date(2023, 3, 1), date(2024, 2, 29)),  # to a leap day (a year earlier: 28 February)
    Period(date(2026, 1, 1), date(2026, 8, 10)),  # this year up to a day, later dates in it
    Period(date(2026, 5, 17), date(2026, 12, 31)),  # up to the year's end, future-dated data
)
FILTERS = ((None, None), ("jeugdwet", None), (None, "gi"), ("wmo", "wmo_aanbieder"))


@pytest.fixture
def many(workspace: Workspace) -> Workspace:
    with db.transaction(workspace._conn):
        for case in generate(400, seed=16, today=date(2026, 6, 1)):
            workspace.cases.insert_in_transaction(case)
    # closed in 2023, yet a phone call in 2025 and a signal dated 2025: both count in 2025
    late = make_case(
        opened=date(2023, 2, 1),
        closed=date(2023, 3, 1),
        result=CaseResult.RESOLVED,
        notes=[Note("n1", date(2025, 5, 6), NoteKind.PHONE, 25, "Nagebeld.")],
        signals=[Signal(date=date(2025, 7, 1), topic=Topic.PRIVACY)],
        client="klant 7",
        topics=[Topic.PRIVACY, Topic.PRIVACY],
    )
    workspace.cases.add(late)
    # opened and closed on the same day: counted under that half month by opening and closing
    workspace.cases.add(
        make_case(
            opened=date(2025, 5, 20),
            closed=date(2025, 5, 20),
            result=CaseResult.REFERRED,
            client="klant 9",
            notes=[],
            steps=[],
            consents=[],
        )
    )
    return workspace


def _everything(
    ws: Workspace,
    period: Period,
    regime: str | None,
    kind: str | None,
    loaded: tuple[list[Any], list[Any], list[Any]] | None = None,
) -> Stats:
    """The exact count: every registration in Python (what the report always meant).
    `loaded`: the registrations, signals and activities when the caller read them already."""
    rows, signals, activities = loaded or (
        ws.registrations.all(),
        ws.outside.signals(),
        ws.outside.activities(),
    )
    return compute_stats(
        rows, period, threshold_of(ws), regime, kind, signals=signals, activities=activities
    )


def _agree(ws: Workspace, fast: Stats, exact: Stats, where: object) -> None:
    """The kept sums, counting in Python and counting over the registrations in SQL agree,
    for the period and the year earlier it is compared with."""
    period, regime, kind = fast.period, fast.regime, fast.organisation_kind
    assert fast == exact, where
    assert fast.previous == exact.previous, where
    counted = stats_for(ws, period, regime, kind, kept=False)
    assert fast == counted, where
    assert fast.previous == counted.previous, where


def _same(ws: Workspace) -> None:
    """Every year, period and filter: the sums give what both exact paths give, the comparison
    period too."""
    rows, signals, activities = (
        ws.registrations.all(),
        ws.outside.signals(),
        ws.outside.activities(),
    )
    for period in [*(Period.year(y) for y in YEARS), *PERIODS]:
        for regime, kind in FILTERS:
            fast = stats_for(ws, period, regime, kind)
            exact = _everything(ws, period, regime, kind, (rows, signals, activities))
            _agree(ws, fast, exact, (period, regime, kind))
    _tally_is_rebuilt(ws._conn)


def _tally_is_rebuilt(conn: Any) -> None:
    """What the triggers kept equals the sums built afresh from every registration (as the
    migration builds them), with no row left at zero."""
    kept = conn.execute("SELECT * FROM report_tally ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
    fresh = conn.execute(
        "SELECT y_from, y_to, regime, kind, what, key, sum(n), sum(m) FROM registration_tally"
        " GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0 OR sum(m) <> 0 ORDER BY 1, 2, 3, 4, 5, 6"
    ).fetchall()
    assert kept == fresh
    clients = conn.execute("SELECT * FROM report_clients ORDER BY 1, 2, 3, 4, 5").fetchall()
    assert (
        clients
        == conn.execute(
            "SELECT y_from, y_to, regime, kind, client, count(*) FROM registration_clients"
            " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
        ).fetchall()
    )
    months = conn.execute("SELECT * FROM report_months ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
    assert (
        months
        == conn.execute(
            "SELECT side, at, regime, kind, what, key, sum(n), sum(m) FROM registration_months"
            " GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0 OR sum(m) <> 0 ORDER BY 1, 2, 3, 4, 5, 6"
        ).fetchall()
    )
    assert (
        conn.execute("SELECT * FROM report_month_clients ORDER BY 1, 2, 3, 4, 5").fetchall()
        == conn.execute(
            "SELECT side, at, regime, kind, client, count(*) FROM registration_month_clients"
            " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
        ).fetchall()
    )


def test_a_calendar_year_is_read_from_the_tally(many: Workspace) -> None:
    sent: list[str] = []
    many._conn.set_trace_callback(sent.append)
    try:
        stats = stats_for(many, Period.year(2025), "jeugdwet")
    finally:
        many._conn.set_trace_callback(None)
    assert stats.cases > 0 and stats.previous is not None and stats.previous.cases > 0
    assert any("JOIN report_tally t" in s for s in sent)
    assert not any("FROM registrations" in s for s in sent)


def _read(ws: Workspace, period: Period, regime: str | None = None) -> tuple[Stats, list[str]]:
    sent: list[str] = []
    ws._conn.set_trace_callback(sent.append)
    try:
        return stats_for(ws, period, regime), sent
    finally:
        ws._conn.set_trace_callback(None)


def test_any_period_is_read_from_the_sums(many: Workspace) -> None:
    """No period is counted over every registration: the sums, and a cut month's days."""
    for period in PERIODS:
        stats, sent = _read(many, period, "jeugdwet")
        assert stats == _everything(many, period, "jeugdwet", None), period
        assert any("FROM report_months" in s for s in sent), period
        assert not any("WITH per(" in s for s in sent), period  # `period_counts`
        # the registrations counted here are those opened or closed on the cut days only
        direct = [s for s in sent if "d(id, k, sign) AS MATERIALIZED" in s]
        assert len(direct) == 1 and "FROM registrations WHERE closed < opened" not in direct[0]


def test_random_periods_equal_counting(many: Workspace) -> None:
    """Sixty periods of random days from 2022 to 2027 (plus a year earlier each): the sums give
    what counting the registrations gives, without a filter and with one."""
    rng = random.Random(16)
    first = date(2022, 1, 1).toordinal()
    for n in range(60):
        start = date.fromordinal(first + rng.randrange(6 * 365))
        end = min(
            start + timedelta(days=rng.choice((0, 3, 20, 45, 200, 400, 900))), date(2027, 12, 31)
        )
        regime, kind = FILTERS[n % len(FILTERS)]
        period = Period(start, end)
        fast = stats_for(many, period, regime, kind)
        counted = stats_for(many, period, regime, kind, kept=False)
        assert fast == counted, (period, regime, kind)
        assert fast.previous == counted.previous, (period, regime, kind)


def test_a_year_up_to_any_day_is_read_from_the_sums(many: Workspace) -> None:
    """1 January to a day of the same year, with cases opened, closed and signals dated after
    that day (which the year's sums hold): exactly what counting gives."""
    for end in (date(2025, 1, 1), date(2025, 6, 30), date(2025, 11, 14), date(2026, 3, 31)):
        period = Period(date(end.year, 1, 1), end)
        for regime, kind in FILTERS:
            fast = stats_for(many, period, regime, kind)
            exact = _everything(many, period, regime, kind)
            where = (end, regime, kind)
            assert fast == exact, where
            assert fast.previous == exact.previous, where
            assert fast == stats_for(many, period, regime, kind, kept=False), where


def test_same_counts_as_every_registration_as_cases_change(many: Workspace) -> None:
    ws = many
    _same(ws)
    assert ws._conn.execute("SELECT count(*) FROM report_tally").fetchone()[0] > 0

    # a new case, open, with a client shared with an existing case and a multi-year span
    added = make_case(
        opened=date(2024, 11, 3),
        client="klant 7",
        regime=Regime.WMO,
        organisation=Organisation("Zorg aan Huis", OrganisationKind.WMO_AANBIEDER),
        signals=[Signal(date=date(2026, 1, 5), topic=None)],
    )
    code = ws.cases.add(added)
    _same(ws)

    # edited: another regime, organisation kind, topics, a note in another year
    case = ws.cases.get(code)
    case.regime = Regime.JEUGDWET
    case.organisation = Organisation("Gezinsvoogdij Noord", OrganisationKind.GI)
    case.topics = [Topic.PRIVACY, Topic.COMMUNICATION]
    case.notes.append(Note("n9", date(2026, 2, 1), NoteKind.PHONE, 30, "Nagebeld."))
    ws.cases.update(case)
    _same(ws)

    # only the topics, then only a question: each a change of one counted column
    case = ws.cases.get(code)
    case.topics = [Topic.TREATMENT]
    ws.cases.update(case)
    _same(ws)

    # a note's date moved to another year (the note editor's own save)
    note = dataclasses.replace(case.notes[-1], date=date(2027, 1, 4), minutes=45)
    ws.cases.update_note(case.id or 0, note)
    _same(ws)

    # closed in 2025, then reopened, then closed in the year it was opened
    for closed in (date(2025, 3, 9), None, date(2024, 12, 31)):
        case = ws.cases.get(code)
        case.closed = closed
        case.result = CaseResult.PARTLY_RESOLVED if closed else None
        case.feedback = 8 if closed else None
        ws.cases.update(case)
        _same(ws)

    # destroyed: the registration stays, its one-off organisation name goes from the tally too
    ws.retention.destroy(code)
    _same(ws)
    names = ws._conn.execute("SELECT key FROM report_tally WHERE what = 'organisation'").fetchall()
    assert ("Gezinsvoogdij Noord",) not in names

    # future-dated: opened after the generator's today, closed and with a signal later still;
    # then moved to a leap day and across a year's end, then removed outright
    later = make_case(
        opened=date(2026, 9, 1),
        closed=date(2026, 11, 30),
        result=CaseResult.RESOLVED,
        client="klant 7",
        signals=[Signal(date=date(2026, 12, 20), topic=Topic.SAFETY)],
    )
    later_code = ws.cases.add(later)
    _same(ws)
    case = ws.cases.get(later_code)
    case.opened, case.closed = date(2024, 2, 29), date(2025, 1, 3)
    ws.cases.update(case)
    _same(ws)
    with db.transaction(ws._conn):
        ws._conn.execute("DELETE FROM registrations WHERE case_id = ?", (case.id,))
    _same(ws)

    # an open case of the generator closed; a closed one reopened
    open_code = next(c for c in ws.cases.codes() if ws.cases.get(c).closed is None)
    case = ws.cases.get(open_code)
    case.closed, case.result = date(2026, 5, 20), CaseResult.REFERRED
    ws.cases.update(case)
    closed_code = next(c for c in ws.cases.codes() if ws.cases.get(c).closed is not None)
    case = ws.cases.get(closed_code)
    case.closed, case.result = None, None
    ws.cases.update(case)
    _same(ws)

    # rows no screen writes: lists with repeats, a step taken twice, no age band, a closed
    # case without a result, totals without months (destroyed before schema 2), a signal
    # without a topic, closed before it was opened
    with db.transaction(ws._conn):
        ws._conn.executemany(
            "INSERT INTO registrations(opened, closed, result, client_role, age_band,"
            " organisation_kind, organisation_name, regime, topics, goals, support, verdicts,"
            " steps, contacts, minutes, unsafe_signal, activity, uid, client, municipality,"
            " questions, signals, feedback) VALUES"
            " (?, ?, ?, 'parent', ?, 'gi', ?, 'jeugdwet', ?, ?, '[]', ?, ?, ?, ?, 1, ?, ?, ?,"
            " '', ?, ?, ?)",
            [
                ("2024-05-01", "2025-02-03", "", None, "GI Oost",
                 '["privacy","privacy","treatment"]', '["apology","apology"]',
                 '["gegrond","gegrond"]', '["signaal","bemiddeling","signaal"]', 4, 90, "{}",
                 "u1", None, '[["information_advice",null],["information_advice",null]]',
                 '[["2025-01-02",null],["2024-12-31","privacy"]]', 6),
                ("2025-09-01", "2025-03-01", "resolved", "18_23", "GI Oost", "[]", "[]", "[]",
                 "[]", 0, 0, '{"2025-09": [2, 30]}', "u2", "klant 7", "[]", "[]", None),
                ("2025-02-01", "2024-11-20", "resolved", "18_23", "GI West", '["privacy"]', "[]",
                 "[]", "[]", 0, 0, "{}", "u3", "klant 8", "[]", '[["2025-01-02",null]]', 7),
            ],
        )  # fmt: skip
    _same(ws)

    # a registration removed outright (no screen does; the triggers take it away all the same)
    with db.transaction(ws._conn):
        ws._conn.execute("DELETE FROM registrations WHERE client IS NOT NULL AND closed IS NULL")
        ws._conn.execute(
            "DELETE FROM registrations WHERE id IN (SELECT id FROM registrations LIMIT 40)"
        )
    _same(ws)


def test_a_failed_write_leaves_the_tally_as_it_was(many: Workspace) -> None:
    before = many._conn.execute("SELECT * FROM report_tally ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
    case = many.cases.get(many.cases.codes()[3])
    case.topics = [Topic.PRIVACY]
    case.closed = date(2026, 1, 1)

    def fail(*_args: object) -> None:
        raise RuntimeError("disk full")

    many.cases._audit.record = fail  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        many.cases.update(case)
    after = many._conn.execute("SELECT * FROM report_tally ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
    assert after == before


@pytest.mark.parametrize("version", [8, 9])
def test_an_older_vault_gets_its_sums(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: int
) -> None:
    """A vault of schema 8 (no sums) or 9 (yearly sums) migrated: the sums equal the views,
    the yearly and any other period's counts equal counting."""
    path, key = tmp_path / "old.db", new_data_key()
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:version])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", version)
    db.create_vault(path, key)
    conn = db.open_connection(path, key)
    repo = CaseRepository(conn, AuditLog(conn))
    with db.transaction(conn):
        for case in generate(150, seed=9, today=date(2026, 6, 15)):
            repo.insert_in_transaction(case)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert ("report_tally" in tables) == (version == 9) and "report_months" not in tables
    before = RegistrationRepository(conn).all()
    conn.close()
    monkeypatch.undo()

    conn = db.open_connection(path, key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 10
    regs = RegistrationRepository(conn)
    assert regs.all() == before
    _tally_is_rebuilt(conn)
    for year in (2024, 2025, 2026):
        for regime, kind in FILTERS:
            period = Period.year(year)
            counted = regs.period_counts(
                [(period.start, period.end), (date(year - 1, 1, 1), date(year - 1, 12, 31))],
                regime,
                kind,
            )
            read = regs.year_counts([year, year - 1], regime, kind)
            for mine, theirs, y in zip(read, counted, (year, year - 1), strict=True):
                kept = finish(tally_from(mine), None, Period.year(y), 5, regime, kind)
                exact = compute_stats(before, Period.year(y), 5, regime, kind, with_previous=False)
                assert kept == exact, (y, regime, kind)
                assert kept == finish(tally_from(theirs), None, Period.year(y), 5, regime, kind)
    for start, end in (
        (date(2025, 3, 15), date(2025, 10, 20)),
        (date(2024, 12, 6), date(2025, 12, 5)),
    ):
        for regime, kind in FILTERS:
            (summed,) = regs.period_sums([(start, end)], regime, kind)
            (counted,) = regs.period_counts([(start, end)], regime, kind)
            period = Period(start, end)
            assert finish(tally_from(summed), None, period, 5, regime, kind) == finish(
                tally_from(counted), None, period, 5, regime, kind
            ), (start, regime, kind)
    # and the triggers are in place: a new case counts at once
    repo = CaseRepository(conn, AuditLog(conn))
    repo.add(make_case(opened=date(2025, 4, 1)))
    _tally_is_rebuilt(conn)
    conn.close()


# -- "this year up to today": the year's sums when nothing in the year is dated after today --

TODAYS = ("2026-01-01", "2026-05-31", "2026-06-01", "2026-06-17", "2026-09-30", "2026-12-05")


def _up_to_today(ws: Workspace, regime: str | None, kind: str | None) -> Stats:
    """The year-to-date counts as the Rapportage asks for them (`clock.today()`), checked
    against both exact paths, and read from the sums (no registration counted over the year)."""
    today = clock.today()
    period = Period(date(today.year, 1, 1), today)
    fast, sent = _read(ws, period, regime) if kind is None else (None, [])
    if fast is None:
        fast = stats_for(ws, period, regime, kind)
    exact = _everything(ws, period, regime, kind)
    where = (today, regime, kind)
    _agree(ws, fast, exact, where)
    assert [m.month for m in fast.monthly] == period.months(), where
    if sent:
        assert any("FROM report_months" in s for s in sent), where
        assert not any("WITH per(" in s for s in sent), where
    return fast


def test_this_year_up_to_today_is_read_from_the_sums(
    many: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the generator's cases are opened and closed up to 1 June 2026 (its today), but an open
    # case's signal can be dated up to two months after its opening: future-dated data
    last = many._conn.execute(
        "SELECT max(max(opened, coalesce(closed, opened),"
        " coalesce((SELECT max(json_extract(value, '$[0]')) FROM json_each(signals)), '')))"
        " FROM registrations"
    ).fetchone()[0]
    assert "2026-06-01" < last < "2026-09-30"
    for today in TODAYS:
        monkeypatch.setenv(clock.TODAY_ENV, today)
        for regime, kind in FILTERS:
            stats = _up_to_today(many, regime, kind)
            if today == "2026-06-17" and regime is None and kind is None:
                # months after today are left out; the cases open at the end are open in today's
                # month, beside those closed in it
                june = stats.monthly[-1]
                assert len(stats.monthly) == 6 and june.month == "2026-06"
                assert june.open_cases == stats.open_at_end + june.closed_cases
                assert stats.open_at_end > 0


def test_future_dated_registrations_are_counted(
    many: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case opened, closed or with a signal after today (in the same year): the sums hold
    it, the period up to today does not, on both paths; then destroyed and removed."""
    monkeypatch.setenv(clock.TODAY_ENV, "2026-08-10")
    for regime, kind in FILTERS:
        _up_to_today(many, regime, kind)
    client = Organisation("Jeugdzorg Later", OrganisationKind.AMBULANT)
    dated = {
        "opened": make_case(opened=date(2026, 9, 1), notes=[], steps=[], consents=[]),
        "closed": make_case(
            opened=date(2026, 2, 1),
            closed=date(2026, 8, 11),
            result=CaseResult.RESOLVED,
            notes=[Note("n1", date(2026, 2, 1), NoteKind.PHONE, 20, "Gebeld.")],
            steps=[],
            consents=[],
        ),
        "signal": make_case(
            opened=date(2026, 3, 1),
            notes=[],
            steps=[],
            consents=[],
            signals=[Signal(date=date(2026, 12, 31), topic=Topic.SAFETY)],
        ),
    }
    for case in dated.values():
        case.organisation = client  # ambulant, jeugdwet: not in the wmo or gi filters
        code = many.cases.add(case)
        for regime, kind in FILTERS:
            _up_to_today(many, regime, kind)
        many.retention.destroy(code)  # the registration stays, so does its date
        _up_to_today(many, None, None)
        with db.transaction(many._conn):
            # the newest registration: no screen removes one, the triggers take it away
            many._conn.execute(
                "DELETE FROM registrations WHERE id = (SELECT max(id) FROM registrations)"
            )
        _up_to_today(many, None, None)
        _tally_is_rebuilt(many._conn)
    # a contact after today is kept per month: today's month is counted whole on both paths,
    # later months are outside the period on both
    late = make_case(
        opened=date(2026, 4, 1),
        notes=[
            Note("n1", date(2026, 8, 30), NoteKind.PHONE, 15, "Gebeld."),
            Note("n2", date(2026, 11, 2), NoteKind.PHONE, 40, "Nagebeld."),
        ],
        steps=[],
        consents=[],
    )
    many.cases.add(late)
    for regime, kind in FILTERS:
        _up_to_today(many, regime, kind)
    # the last 12 months up to a day (the Rapportage's other choice), across the year's end
    period = Period(date(2025, 8, 11), date(2026, 8, 10))
    for regime, kind in FILTERS:
        fast = stats_for(many, period, regime, kind)
        assert fast == _everything(many, period, regime, kind), (regime, kind)
        assert fast.previous == _everything(many, period, regime, kind).previous
    # a day at the end of a year: the day after is 31 December
    monkeypatch.setenv(clock.TODAY_ENV, "2026-12-30")
    _up_to_today(many, None, None)
    # a leap day: a year earlier ends on 28 February
    monkeypatch.setenv(clock.TODAY_ENV, "2024-02-29")
    _up_to_today(many, None, None)
