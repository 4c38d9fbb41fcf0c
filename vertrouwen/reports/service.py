"""The one call a screen or command needs: the counts of a period in an unlocked vault."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from vertrouwen.reports.stats import SETTING_THRESHOLD, Period, Stats, compute_stats
from vertrouwen.reports.stats import threshold_from_setting as _threshold

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace


def threshold_of(ws: Workspace) -> int:
    """The vault's `report_threshold` setting (default 5)."""
    return _threshold(ws.settings.get(SETTING_THRESHOLD))


def stats_for(
    ws: Workspace,
    period: Period,
    regime: str | None = None,
    organisation_kind: str | None = None,
) -> Stats:
    """Counts for `period` (and a year earlier) with the vault's threshold and any filters."""
    return compute_stats(
        ws.registrations.all(), period, threshold_of(ws), regime, organisation_kind
    )


def years_with_cases(ws: Workspace, today: date) -> list[int]:
    """Every year in which a registered case was open, newest first (for a year picker)."""
    span = ws.registrations.span()
    if span is None:
        return [today.year]
    first, last = span
    return list(range(max(last.year, today.year), first.year - 1, -1))
