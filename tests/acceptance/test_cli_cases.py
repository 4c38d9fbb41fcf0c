"""`vertrouwen import`, `export` and `demo` from outside, as the installed program runs."""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, Cli, TemplateVault, VaultFiles
from tests.unit.test_interchange import EMOJI, LONG_NOTE, RTL

FULL_CASE: dict[str, Any] = {
    "code": None,
    "opened": "2026-03-02",
    "closed": "2026-05-20",
    "result": "partly_resolved",
    "client_role": "foster_parent",
    "organisation": {"name": "Pleegzorg Samen Verder", "kind": "pleegzorg"},
    "regime": "jeugdwet",
    "route": "jeugdwet",
    "topics": ["communication", "information"],
    "goals": ["explanation", "be_heard"],
    "notes": [
        {"id": "n1", "date": "2026-03-02", "kind": "conversation", "minutes": 60,
         "text": "Eerste gesprek met pleegmoeder over het contact met de pleegzorgbegeleider."},
        {"id": "n2", "date": "2026-03-09", "kind": "email", "minutes": None, "text": EMOJI},
        {"id": "n3", "date": "2026-03-10", "kind": "chat", "minutes": 5, "text": RTL},
        {"id": "n4", "date": "2026-03-11", "kind": "other", "minutes": 0, "text": LONG_NOTE},
    ],
    "actions": [
        {"description": "Brief sturen", "owner": "client", "due": "2026-03-16", "done": True},
        {"description": "Terugbellen", "owner": "advisor", "due": None, "done": False},
    ],
    "complaint_points": [
        {"summary": "Niet geïnformeerd", "desired_outcome": "Uitleg", "verdict": "gegrond"},
    ],
    "steps": [
        {"step": "signaal", "started": "2026-03-02", "ended": "2026-03-09",
         "outcome": "not_resolved"},
        {"step": "klachtencommissie", "started": "2026-03-12", "ended": "2026-05-15",
         "outcome": "partly_resolved", "extension_weeks": 4},
    ],
    "consents": [
        {"given": "2026-03-05", "recipient": "Klachtencommissie", "purpose": "formele klacht",
         "scope": {"notes": ["n1", "n3"], "complaint_points": True, "steps": True,
                   "actions": False},
         "withdrawn": None, "method": "signed"},
    ],
    "age_band": "24+",
    "incident_date": "2026-02-01",
    "unsafe_signal": True,
    "support": ["wording"],
}  # fmt: skip


def document(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "vertrouwen-case", "version": 1, "cases": list(cases)}


def write(path: Path, content: Any) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def case_count(vault: VaultFiles) -> int:
    ws = vault.open()
    try:
        return ws.cases.count()
    finally:
        ws.close()


def test_import_prints_codes_and_export_gives_the_input_back(cli: Cli, tmp_path: Path) -> None:
    second = {**FULL_CASE, "code": "VP-2025-0100", "opened": "2025-11-30", "route": None}
    source = write(tmp_path / "in.json", document(FULL_CASE, second))
    result = cli("import", str(source))
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["VP-2026-0001", "VP-2025-0100"]
    for code, case in zip(["VP-2026-0001", "VP-2025-0100"], [FULL_CASE, second], strict=True):
        out = tmp_path / f"{code}.json"
        exported = cli("export", code, "--out", str(out))
        assert exported.code == 0, exported.err
        assert exported.out == ""
        assert json.loads(out.read_text(encoding="utf-8")) == document({**case, "code": code})
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        assert "\\u" not in out.read_text(encoding="utf-8")  # UTF-8, not escapes


def test_exported_file_imports_into_another_vault_with_its_code(
    cli: Cli, tmp_path: Path, template_vault: TemplateVault
) -> None:
    cli("import", str(write(tmp_path / "in.json", document(FULL_CASE))))
    out = tmp_path / "out.json"
    assert cli("export", "VP-2026-0001", "--out", str(out)).code == 0
    again = cli("import", str(out))  # the same vault: the code is taken, a new one is given
    assert again.code == 0 and again.out.split() == ["VP-2026-0002"]
    assert "VP-2026-0001 already exists" in again.err
    other_dir = tmp_path / "colleague"
    other_dir.mkdir()
    for name in ("vault.db", "vault.db.keys"):
        shutil.copy2(template_vault.path.with_name(name), other_dir / name)
    colleague = Cli(VaultFiles(other_dir / "vault.db", PASSPHRASE, b""), other_dir)
    back = colleague("import", str(out))
    assert back.code == 0 and back.out.split() == ["VP-2026-0001"]
    out2 = other_dir / "out.json"
    assert colleague("export", "VP-2026-0001", "--out", str(out2)).code == 0
    assert out2.read_bytes() == out.read_bytes()


def test_minimal_case_comes_back_with_nulls_and_empty_lists(cli: Cli, tmp_path: Path) -> None:
    minimal = {
        "opened": "2026-01-05",
        "client_role": "youth",
        "organisation": {"name": "Wijkteam Noord", "kind": "wijkteam"},
        "regime": "wmo",
    }
    assert cli("import", str(write(tmp_path / "min.json", document(minimal)))).code == 0
    out = tmp_path / "out.json"
    assert cli("export", "VP-2026-0001", "--out", str(out)).code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == document(
        {
            "code": "VP-2026-0001",
            **minimal,
            "closed": None,
            "result": None,
            "route": None,
            "topics": [],
            "goals": [],
            "notes": [],
            "actions": [],
            "complaint_points": [],
            "steps": [],
            "consents": [],
        }
    )


def test_import_from_stdin(cli: Cli) -> None:
    result = cli("import", "-", stdin=json.dumps(document(FULL_CASE)))
    assert result.code == 0 and result.out.split() == ["VP-2026-0001"]


def test_import_and_export_are_audited(cli: Cli, tmp_path: Path, vault: VaultFiles) -> None:
    cli("import", str(write(tmp_path / "in.json", document(FULL_CASE))))
    cli("export", "VP-2026-0001", "--out", str(tmp_path / "out.json"))
    ws = vault.open()
    events = [e.event for e in ws.audit.entries("VP-2026-0001")]
    ws.close()
    assert events == ["case_exported", "case_imported"]


BAD_FILES = [
    pytest.param(b'{"format": "vertrouwen-case", "version": 1, "cases": [{"op', "JSON", id="cut"),
    pytest.param(document(), None, id="not-bad"),  # control: an empty list imports nothing
    pytest.param({**document(), "version": 2}, "version", id="version"),
    pytest.param({**document(), "format": "x"}, "format", id="format"),
    pytest.param(document({**FULL_CASE, "topic": []}), '"topic"', id="unknown-key"),
    pytest.param(document({**FULL_CASE, "regime": "jeugd"}), "regime", id="unknown-slug"),
    pytest.param(document({**FULL_CASE, "closed": "2026-02-30"}), "closed", id="no-such-date"),
    pytest.param(
        document({**FULL_CASE, "notes": FULL_CASE["notes"] + FULL_CASE["notes"][:1]}),
        "notes[4].id",
        id="duplicate-note",
    ),
]


@pytest.mark.parametrize(("content", "key"), BAD_FILES)
def test_bad_file_is_exit_6_with_one_line_and_changes_nothing(
    cli: Cli, tmp_path: Path, vault: VaultFiles, content: Any, key: str | None
) -> None:
    good = write(tmp_path / "good.json", document({**FULL_CASE, "code": "VP-2026-0500"}))
    assert cli("import", str(good)).code == 0
    before = digest(vault.path)
    source = write(tmp_path / "kapot.json", content)
    result = cli("import", str(source))
    if key is None:
        assert result.code == 0 and result.out == ""
        return
    assert result.code == 6, result.err
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "kapot.json" in lines[0] and key in lines[0] and "Traceback" not in result.err
    if isinstance(content, dict) and content.get("cases"):
        assert "case #1" in lines[0]
    assert digest(vault.path) == before  # checked before the vault is even opened
    assert case_count(vault) == 1


def test_existing_code_is_imported_under_a_new_code(
    cli: Cli, tmp_path: Path, vault: VaultFiles
) -> None:
    # "Export, then import, gives back the same case (its code included, unless that code
    # already exists in the vault)": an export imported again into the same vault is a copy.
    cli("import", str(write(tmp_path / "a.json", document({**FULL_CASE, "code": "VP-2026-0007"}))))
    exported = tmp_path / "VP-2026-0007.json"
    assert cli("export", "VP-2026-0007", "--out", str(exported)).code == 0
    result = cli("import", str(exported))
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["VP-2026-0008"]
    assert "VP-2026-0007 already exists" in result.err and "VP-2026-0008" in result.err
    again = tmp_path / "VP-2026-0008.json"
    assert cli("export", "VP-2026-0008", "--out", str(again)).code == 0
    assert json.loads(again.read_text("utf-8")) == document({**FULL_CASE, "code": "VP-2026-0008"})
    assert case_count(vault) == 2


def test_missing_import_file_is_exit_6(cli: Cli, tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "nergens.json"))
    assert result.code == 6 and "nergens.json" in result.err


def test_unknown_code_is_a_usage_error_and_leaves_out_untouched(cli: Cli, tmp_path: Path) -> None:
    out = write(tmp_path / "bestaand.json", b"old content")
    result = cli("export", "VP-2026-0404", "--out", str(out))
    assert result.code == 2 and "VP-2026-0404" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert out.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".bestaand")] == []


def test_export_into_a_missing_folder_fails_cleanly(cli: Cli, tmp_path: Path) -> None:
    cli("import", str(write(tmp_path / "in.json", document(FULL_CASE))))
    result = cli("export", "VP-2026-0001", "--out", str(tmp_path / "geen" / "map.json"))
    assert result.code == 1 and "nothing was written" in result.err
    assert not (tmp_path / "geen").exists()


def test_export_refuses_to_overwrite_the_vault(cli: Cli, tmp_path: Path, vault: VaultFiles) -> None:
    cli("import", str(write(tmp_path / "in.json", document(FULL_CASE))))
    before = digest(vault.path)
    result = cli("export", "VP-2026-0001", "--out", str(vault.path))
    assert result.code == 2 and digest(vault.path) == before


def test_demo_fills_a_new_vault(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    result = cli("demo", "--cases", "40", env={"VERTROUWEN_TODAY": "2026-06-15"})
    assert result.code == 0, result.err
    assert case_count(vault) == 40
    assert cli("demo", "--cases", "5").code == 0  # a demo vault takes more
    assert case_count(vault) == 45
    out = tmp_path / "demo.json"
    assert cli("export", "VP-2026-0001", "--out", str(out)).code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["cases"][0]["code"] == "VP-2026-0001"


def test_demo_refuses_a_vault_with_real_cases(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    cli("import", str(write(tmp_path / "in.json", document(FULL_CASE))))
    result = cli("demo", "--cases", "3")
    assert result.code == 2 and "new vault" in result.err
    assert case_count(vault) == 1


@pytest.mark.parametrize("count", ["0", "-5"])
def test_demo_count_must_be_positive(cli: Cli, count: str) -> None:
    assert cli("demo", "--cases", count).code == 2
