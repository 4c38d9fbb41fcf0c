"""The history of what of a case was shared, read back from the audit log."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_pdf_save import DAY, _two_consents
from vertrouwen.export.history import export_history
from vertrouwen.export.pdf_save import disclose_for, save_export
from vertrouwen.workspace import Workspace


def test_exports_come_back_newest_first_with_recipients(
    workspace: Workspace, tmp_path: Path
) -> None:
    case = _two_consents()
    case.code = None  # type: ignore[assignment]
    code = workspace.cases.add(case)
    stored = workspace.cases.get(code)
    assert export_history(workspace, code) == []
    save_export(
        workspace,
        tmp_path / "a.pdf",
        b"%PDF-1.4 a",
        kind="complaint",
        disclosure=disclose_for(stored, DAY, [stored.consents[0].id]),  # type: ignore[list-item]
        password=True,
    )
    save_export(
        workspace,
        tmp_path / "b.pdf",
        b"%PDF-1.4 b",
        kind="anonymous",
        disclosure=disclose_for(stored, DAY),
        password=False,
    )
    history = export_history(workspace, code)
    assert [(r.kind, r.password) for r in history] == [("anonymous", False), ("complaint", True)]
    assert history[1].recipients == ("Commissie",)
    assert set(history[0].recipients) == {"Commissie", "Ombudsman"}
    assert all(r.at for r in history)
    assert export_history(workspace, "VP-0000-0000") == []
