"""The export steps the CLI and the desktop app share: narrowed consent gate, target, save."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import make_case
from vertrouwen.domain import Case, Consent, ConsentScope
from vertrouwen.errors import RefusedError, StorageError, UsageError
from vertrouwen.export.pdf_save import build_export, check_target, disclose_for, save_export
from vertrouwen.vault.keys import slot_path
from vertrouwen.workspace import Workspace

DAY = date(2026, 4, 1)


def _two_consents() -> Case:
    case = make_case(
        code="VP-2026-0001",
        consents=[
            Consent(date(2026, 3, 5), "Commissie", "klacht", ConsentScope(["n1"]), id=1),
            Consent(
                date(2026, 3, 6), "Ombudsman", "verzoek", ConsentScope(["n2"], steps=True), id=2
            ),
            Consent(date(2026, 3, 3), "Oud", "x", ConsentScope("all"), date(2026, 3, 4), id=3),
        ],
    )
    return case


def test_disclose_for_narrows_to_the_chosen_consents() -> None:
    case = _two_consents()
    both = disclose_for(case, DAY)
    assert both.recipients == ("Commissie", "Ombudsman") and len(both.notes) == 2
    one = disclose_for(case, DAY, [2])
    assert one.recipients == ("Ombudsman",) and [n.id for n in one.notes] == ["n2"]
    assert one.steps and not one.complaint_points
    with pytest.raises(RefusedError):  # a withdrawn consent cannot be chosen back in
        disclose_for(case, DAY, [3])


def test_check_target_refuses_the_vault_and_folders(workspace: Workspace, tmp_path: Path) -> None:
    for bad in (workspace.path, slot_path(workspace.path), tmp_path):
        with pytest.raises(UsageError):
            check_target(bad, workspace.path)
    check_target(tmp_path / "klacht.pdf", workspace.path)


def test_save_export_writes_and_audits_together(workspace: Workspace, tmp_path: Path) -> None:
    code = workspace.cases.add(make_case())
    disclosure = disclose_for(workspace.cases.get(code), DAY)
    out = tmp_path / "klacht.pdf"
    save_export(
        workspace, out, b"%PDF-1.4 test", kind="complaint", disclosure=disclosure, password=True
    )
    assert out.read_bytes() == b"%PDF-1.4 test"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    entry = workspace.audit.entries(code)[0]
    assert entry.event == "export_pdf"
    assert "kind=complaint" in entry.detail and "password=yes" in entry.detail
    before = len(workspace.audit.entries())
    with pytest.raises(StorageError):  # no folder: nothing written, nothing audited
        save_export(
            workspace, tmp_path / "nope" / "x.pdf", b"x", kind="anonymous",
            disclosure=disclosure, password=False,
        )  # fmt: skip
    assert len(workspace.audit.entries()) == before


def test_build_export_makes_both_kinds_or_names_what_blocks(workspace: Workspace) -> None:
    from tests.pdf_helpers import pypdf_text
    from vertrouwen.export.identity import Identity
    from vertrouwen.privacy import Detector

    case = workspace.cases.get(workspace.cases.add(make_case()))
    disclosure = disclose_for(case, DAY)
    identity = Identity("Anna de Vries", "Dorpsstraat 1, 1234 AB Ergens")
    letter = build_export(workspace, case, disclosure, "complaint", identity=identity)
    assert "Anna de Vries" in pypdf_text(letter.data) and not letter.findings
    with pytest.raises(ValueError, match="identity"):
        build_export(workspace, case, disclosure, "complaint")
    asked: list[str] = []

    def scanner() -> Detector:
        asked.append("guard")
        return Detector()

    clean = build_export(workspace, case, disclosure, "anonymous", scanner=scanner)
    assert asked == ["guard"] and clean.data.startswith(b"%PDF") and not clean.findings
    assert "Anna" not in pypdf_text(clean.data)
    case.notes[0].text = "Gesprek met moeder, bel haar op 06-12345678."
    workspace.cases.update(case)
    case = workspace.cases.get(case.code)
    blocked = build_export(workspace, case, disclose_for(case, DAY), "anonymous", scanner=scanner)
    assert blocked.data == b"" and [f.part for f in blocked.findings] == ["note"]
    assert len(workspace.audit.entries(case.code)) == 2  # nothing exported, nothing audited
