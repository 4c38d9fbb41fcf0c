"""Demo data: varied, every slug represented, consistent, and free of personal data."""

from __future__ import annotations

import re
from datetime import date

import pytest

from vertrouwen.commands.cases import CodeAllocator
from vertrouwen.demo import EXTRA_ROUTES, generate
from vertrouwen.domain import (
    AgeBand,
    Case,
    CaseResult,
    ClientRole,
    Goal,
    NoteKind,
    OrganisationKind,
    Owner,
    Regime,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)
from vertrouwen.export.interchange import CONSENT_METHODS, dump_interchange, parse_interchange
from vertrouwen.vault.db import transaction
from vertrouwen.workspace import Workspace

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return list(generate(60, seed=7, today=TODAY))


def test_every_slug_appears(cases: list[Case]) -> None:
    def seen(values: object) -> set[object]:
        return set(values)  # type: ignore[call-overload]

    assert seen(c.organisation.kind for c in cases) == set(OrganisationKind)
    assert seen(c.regime for c in cases) == set(Regime)
    assert seen(c.client_role for c in cases) == set(ClientRole)
    assert seen(t for c in cases for t in c.topics) == set(Topic)
    assert seen(g for c in cases for g in c.goals) == set(Goal)
    assert seen(s for c in cases for s in c.support) == set(Support)
    assert seen(c.age_band for c in cases) == set(AgeBand)
    assert seen(c.result for c in cases if c.closed) == set(CaseResult)
    assert seen(n.kind for c in cases for n in c.notes) == set(NoteKind)
    assert seen(a.owner for c in cases for a in c.actions) == set(Owner)
    assert seen(p.verdict for c in cases for p in c.complaint_points) - {None} == set(Verdict)
    assert seen(s.outcome for c in cases for s in c.steps) - {None} == set(StepOutcome)
    assert seen(k.method for c in cases for k in c.consents) == set(CONSENT_METHODS)
    routes = {route for route, _ in EXTRA_ROUTES.values()}
    assert routes <= seen(c.route for c in cases)
    assert None in seen(c.route for c in cases)  # the regime's default route


def test_cases_vary(cases: list[Case]) -> None:
    assert any(c.closed for c in cases) and any(c.closed is None for c in cases)
    assert any(c.consents for c in cases) and any(c.actions for c in cases)
    assert any(k.scope.notes == "all" for c in cases for k in c.consents)
    assert any(
        isinstance(k.scope.notes, list) and len(k.scope.notes) < len(c.notes)
        for c in cases
        for k in c.consents
    )  # partial scope
    assert len({n.text for c in cases for n in c.notes}) > 100


def test_dates_are_consistent(cases: list[Case]) -> None:
    for case in cases:
        end = case.closed or TODAY
        assert case.opened <= end <= TODAY
        assert all(case.opened <= n.date <= end for n in case.notes)
        assert (case.result is None) == (case.closed is None)
        for step in case.steps:
            assert step.started is not None and case.opened <= step.started <= end
            assert step.ended is None or step.started <= step.ended <= end
        for consent in case.consents:
            assert consent.withdrawn is None or consent.given < consent.withdrawn


def test_actions_fall_around_today(cases: list[Case]) -> None:
    dues = [a.due for c in cases for a in c.actions if a.due]
    assert any(d < TODAY for d in dues) and any(d >= TODAY for d in dues)
    assert all(abs((d - TODAY).days) <= 30 for d in dues)


def test_same_seed_same_cases() -> None:
    assert list(generate(5, 3, TODAY)) == list(generate(5, 3, TODAY))
    assert list(generate(5, 3, TODAY)) != list(generate(5, 4, TODAY))


def test_no_personal_data_in_texts(cases: list[Case]) -> None:
    texts = [n.text for c in cases for n in c.notes]
    texts += [p.summary + " " + p.desired_outcome for c in cases for p in c.complaint_points]
    texts += [a.description for c in cases for a in c.actions]
    texts += [k.recipient + " " + k.purpose for c in cases for k in c.consents]
    texts += [c.organisation.name for c in cases]
    for text in texts:
        assert not re.search(r"\d", text), text  # no phone, BSN, date, house number, postcode
        assert "@" not in text and "http" not in text, text
        assert "{" not in text, text  # every placeholder filled in


def test_steps_belong_to_their_route(cases: list[Case]) -> None:
    from vertrouwen.routes import builtin_routes, default_route

    routes = builtin_routes()
    for case in cases:
        route = routes[case.route] if case.route else default_route(case.regime, routes)
        assert route is not None, case.regime
        ids = [s.id for s in route.steps]
        for step in case.steps:
            assert step.step in ids, (route.id, step.step)


def test_demo_cases_survive_the_interchange(cases: list[Case]) -> None:
    assert parse_interchange(dump_interchange(cases), "demo.json") == cases


def test_demo_cases_are_stored(workspace: Workspace) -> None:
    allocator = CodeAllocator(workspace)
    with transaction(workspace._conn):
        for case in generate(30, 1, TODAY):
            case.code = allocator.code_for(case)
            workspace.cases.insert_in_transaction(case, event="demo_created")
    assert workspace.cases.count() == 30
    assert workspace.registrations.count() == 30
    assert len(set(workspace.cases.codes())) == 30
