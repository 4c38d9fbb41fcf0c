"""The core behind the Rapportage screen's buttons: threshold setting and audited exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_case
from vertrouwen.errors import StorageError, UsageError
from vertrouwen.reports import Period, stats_for, threshold_of
from vertrouwen.reports.service import export_csv, export_year_report, set_threshold


def _events(ws) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.event, e.detail) for e in ws.audit.entries()]


def test_threshold_is_stored_and_audited(workspace) -> None:
    assert threshold_of(workspace) == 5
    set_threshold(workspace, 3)
    assert threshold_of(workspace) == 3
    assert ("report_threshold_changed", "drempel 3") in _events(workspace)
    for wrong in (0, 101, True, "4"):
        with pytest.raises(UsageError):
            set_threshold(workspace, wrong)  # type: ignore[arg-type]
    assert threshold_of(workspace) == 3


def test_exports_are_audited_without_the_path(workspace, tmp_path: Path) -> None:
    workspace.cases.add(make_case())
    stats = stats_for(workspace, Period.year(2026), "jeugdwet")
    export_year_report(workspace, stats, 2026, tmp_path / "rapport.pdf")
    export_csv(workspace, stats, tmp_path / "tellingen.csv")
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "tellingen.csv").read_text("utf-8").startswith("dimension,slug,count")
    events = _events(workspace)
    assert ("report_exported", "jaarrapportage 2026 (jeugdwet)") in events
    assert ("report_exported", "telling 2026-01-01 t/m 2026-12-31 csv (jeugdwet)") in events
    assert not any(str(tmp_path) in detail for _, detail in events)


def test_a_failed_write_leaves_no_audit_entry(workspace, tmp_path: Path) -> None:
    stats = stats_for(workspace, Period.year(2026))
    with pytest.raises(StorageError):
        export_year_report(workspace, stats, 2026, tmp_path / "missing" / "rapport.pdf")
    assert not [e for e in _events(workspace) if e[0] == "report_exported"]
