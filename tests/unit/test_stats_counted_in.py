"""Issue 16: the yearly counts read only the registrations a period can use, and give exactly
what counting over every registration gives (a contact or signal after closing included)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_case
from vertrouwen.demo import generate
from vertrouwen.domain import Note, NoteKind, Signal, Topic
from vertrouwen.reports.service import stats_for, threshold_of
from vertrouwen.reports.stats import Period, compute_stats
from vertrouwen.vault.db import transaction
from vertrouwen.workspace import Workspace


@pytest.fixture
def many(workspace: Workspace) -> Workspace:
    with transaction(workspace._conn):
        for case in generate(400, seed=11, today=date(2026, 6, 1)):
            workspace.cases.insert_in_transaction(case)
    # closed in 2023, yet a phone call in 2025 and a signal dated 2025: both count in 2025
    late = make_case(
        opened=date(2023, 2, 1),
        closed=date(2023, 3, 1),
        notes=[Note("n1", date(2025, 5, 6), NoteKind.PHONE, 25, "Nagebeld.")],
        signals=[Signal(date=date(2025, 7, 1), topic=Topic.PRIVACY)],
    )
    workspace.cases.add(late)
    return workspace


@pytest.mark.parametrize(
    "period",
    [
        Period.year(2025),
        Period.year(2023),
        Period.year(2019),  # nothing at all
        Period(date(2024, 2, 29), date(2025, 3, 15)),
        Period(date(2026, 5, 31), date(2026, 6, 1)),
    ],
)
@pytest.mark.parametrize(("regime", "kind"), [(None, None), ("jeugdwet", None), (None, "gi")])
def test_same_counts_as_over_every_registration(
    many: Workspace, period: Period, regime: str | None, kind: str | None
) -> None:
    everything = compute_stats(
        many.registrations.all(),
        period,
        threshold_of(many),
        regime,
        kind,
        signals=many.outside.signals(),
        activities=many.outside.activities(),
    )
    assert stats_for(many, period, regime, kind) == everything


def test_counted_in_leaves_other_years_out(many: Workspace) -> None:
    every = many.registrations.all()
    used = many.registrations.counted_in(date(2025, 1, 1), date(2025, 12, 31))
    assert 0 < len(used) < len(every)
    late = [r for r in used if r.closed == date(2023, 3, 1) and r.opened == date(2023, 2, 1)]
    assert late, "a contact after closing keeps its case in the count"
    assert many.registrations.counted_in(date(2010, 1, 1), date(2010, 12, 31)) == []
