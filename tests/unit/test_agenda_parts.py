"""The agenda in parts, as Vandaag gathers it at 100,000 cases: action counts and the first
rows per group from SQL, deadlines in batches of case ids, and the book that merges them. Each
part must give exactly what the one-go `collect` gives."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from tests.conftest import make_case
from vertrouwen import agenda
from vertrouwen.agenda import (
    ActionGroup,
    AgendaBook,
    AgendaItem,
    When,
    action_counts,
    action_groups,
    collect,
    deadline_batch,
    deadline_items,
    first_actions,
    order,
)
from vertrouwen.demo import generate
from vertrouwen.domain import Action, Case, Owner, Regime, Step
from vertrouwen.routes import builtin_routes
from vertrouwen.routes.advice import advise
from vertrouwen.workspace import Workspace

TODAY = date(2026, 3, 25)


def _busy_case(n: int) -> Case:
    """A case with actions in every group, and (every other one) a running decision term."""
    days = [-40, -3, -1, 0, 0, 2, 7, 8, 13, 14, 15, 40]
    case = make_case(regime=Regime.WMO, incident_date=date(2025, 12, 1))
    case.actions = [
        Action(f"Afspraak {n}.{i}", Owner.ADVISOR, TODAY + timedelta(days=d))
        for i, d in enumerate(days)
    ]
    case.actions.append(Action("Al gedaan", Owner.CLIENT, TODAY, done=True))
    case.steps = [Step("klachtenfunctionaris", TODAY - timedelta(days=20 + n))] if n % 2 else []
    return case


@pytest.fixture
def busy(workspace: Workspace) -> Workspace:
    for n in range(12):
        workspace.cases.add(_busy_case(n))
    workspace.cases.add(make_case(closed=date(2026, 3, 1), actions=_busy_case(0).actions))
    return workspace


def test_deadlines_are_the_advice_deadlines_in_the_window() -> None:
    routes = builtin_routes()
    cases = list(generate(1500, 7, TODAY))
    for n, case in enumerate(cases):
        case.code = f"VP-2026-{n:04d}"
    expected = []
    for case in cases:
        advice = advise(case, TODAY, routes)
        route = routes.get(advice.route or "")
        for d in advice.deadlines:
            late = d.due < TODAY - timedelta(days=agenda.OVERDUE_DAYS)
            if d.due > TODAY + timedelta(days=d.warns_within(agenda.WARN_DAYS)):
                continue
            if late and not agenda._owed_decision(route, d.step, d.term):
                continue
            expected.append((case.code, d.due, d.what, d.source, d.party.value, d.step))
    got = [
        (i.code, i.due, i.text, i.source, i.who, i.step)
        for i in deadline_items(cases, TODAY, routes)
    ]
    assert got == expected and len(got) > 40


def test_action_groups_count_everything_and_hold_only_the_first(busy: Workspace) -> None:
    whole = [i for i in collect(busy, TODAY, builtin_routes()) if i.kind == "action"]
    groups = action_groups(busy, TODAY, limit=5)
    for group in When:
        rows = [i for i in whole if i.when(TODAY) is group]
        assert groups[group].count == len(rows)
        assert list(groups[group].first) == rows[:5]
    assert groups[When.OVERDUE].count == 36 and groups[When.TODAY].count == 24
    assert groups[When.LATER].count == 36  # 8, 13 and 14 days ahead; 15 and 40 are too far
    assert action_counts(busy, TODAY) == {g: groups[g].count for g in When}
    more = first_actions(busy, TODAY, When.OVERDUE, 30)
    assert list(more) == [i for i in whole if i.when(TODAY) is When.OVERDUE][:30]
    assert first_actions(busy, TODAY, When.OVERDUE, 0) == ()


def test_deadline_batches_walk_every_case_once(
    busy: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    routes = builtin_routes()
    whole = deadline_items(busy.agenda.open_cases(), TODAY, routes)
    assert whole
    monkeypatch.setattr(agenda, "BATCH_IDS", 3)
    found, start, batches = [], 0, 0
    while start is not None:
        batch = deadline_batch(busy, TODAY, routes, start, budget=0)
        found += batch.items
        start, batches = batch.next_id, batches + 1
        assert batches < 20
    assert batches == 5  # ids 1..13 in threes, one range per batch with no time to spare
    assert found == whole
    assert deadline_batch(busy, TODAY, routes).next_id is None  # the whole budget suffices


def test_the_book_gives_the_first_rows_in_collect_order(busy: Workspace) -> None:
    routes = builtin_routes()
    whole = collect(busy, TODAY, routes)
    book = AgendaBook(TODAY)
    book.actions = action_groups(busy, TODAY, limit=4)
    book.add_deadlines(deadline_batch(busy, TODAY, routes).items)
    assert book.total == len(whole)
    for group in When:
        rows = [i for i in whole if i.when(TODAY) is group]
        assert book.count(group) == len(rows)
        assert book.has_first(group, 4) and book.first(group, 4) == rows[:4]
    later = [i for i in whole if i.when(TODAY) is When.LATER]
    assert any(i.kind == "deadline" for i in later) and any(i.kind == "action" for i in later)
    assert not book.has_first(When.LATER, 20)
    partial = book.first(When.LATER, 20)  # only as far as the 4 actions held reach
    assert 4 <= len(partial) < 20 and partial == later[: len(partial)]
    held = book.actions[When.LATER]
    book.actions[When.LATER] = ActionGroup(held.count, first_actions(busy, TODAY, When.LATER, 20))
    assert book.has_first(When.LATER, 20) and book.first(When.LATER, 20) == later[:20]
    assert whole == sorted(whole, key=order)


def test_light_cases_by_id_range(busy: Workspace) -> None:
    every = busy.agenda.open_cases()
    assert [c.id for c in busy.agenda.open_cases(ids=(2, 5))] == [
        c.id for c in every if c.id is not None and 2 <= c.id <= 5
    ]
    assert busy.agenda.open_cases(ids=(900, 1000)) == []
    assert busy.agenda.last_case_id() == 13 and busy.agenda.count_open_cases() == 12


def test_an_empty_vault_has_an_empty_agenda(workspace: Workspace) -> None:
    groups = action_groups(workspace, TODAY)
    assert all(g.count == 0 and g.first == () for g in groups.values())
    batch = deadline_batch(workspace, TODAY, builtin_routes())
    assert batch.items == () and batch.next_id is None and batch.last_id == 0


def test_the_book_keeps_deadlines_in_order_batch_after_batch() -> None:
    """Issue 16: the screen asks for the first rows after each batch of deadlines; the book
    sorts what arrived since under one string key, which must give the order a stable sort by
    (date, code, text) gives: equal ones in the order they came, every group on its own."""
    rng = random.Random(16)
    texts = ["Reactie", "Besluit", "Uitspraak", "Reactie"]
    came: list[AgendaItem] = []
    book = AgendaBook(TODAY)
    for batch in range(12):
        items = [
            AgendaItem(
                "deadline",
                TODAY + timedelta(days=rng.randrange(-40, 60)),
                f"VP-{rng.choice([2024, 2025])}-{rng.randrange(1, 40):04d}",
                rng.choice(texts),
                "organisation",
                source=f"batch {batch}, item {n}",  # tells equal rows apart
            )
            for n in range(rng.randrange(0, 90))
        ]
        came += items
        book.add_deadlines(items)
        for group in When:
            expected = sorted(
                (i for i in came if i.when(TODAY) is group), key=lambda i: (i.due, i.code, i.text)
            )
            assert book.count(group) == len(expected)
            assert book.first(group, 10**6) == expected
            assert book.first(group, 7) == expected[:7]
