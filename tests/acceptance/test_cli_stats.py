"""`vertrouwen stats`, run as the installed program: cases come in with `vertrouwen import`,
counts are checked against a hand count done the way an outside checker would (a Counter over
the interchange file), and the PDF is read back, never trusted."""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.conftest import Cli

YEAR = 2025
BIG = "Jeugdhulp Voorbeeldstad"  # 6 cases in 2025: shown by name
SMALL = "Kleine Praktijk Zonnebloem"  # 1 case: never named


def _case(opened: str, closed: str | None, result: str | None, **kw: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "opened": opened,
        "closed": closed,
        "result": result,
        "client_role": kw.pop("role", "parent"),
        "organisation": {"name": kw.pop("name", BIG), "kind": kw.pop("kind", "ambulant")},
        "regime": kw.pop("regime", "jeugdwet"),
        "topics": kw.pop("topics", ["treatment"]),
    }
    case.update(kw)
    return case


CASES = [
    _case("2024-10-01", "2025-01-20", "resolved", topics=["treatment", "communication"]),
    _case("2024-03-01", "2024-12-31", "resolved", role="youth", topics=["access"]),
    _case("2025-02-03", None, None, kind="veilig_thuis", regime="wmo", topics=["decision"]),
    _case(
        "2025-04-10",
        "2025-11-30",
        "formal_complaint",
        role="foster_parent",
        kind="gi",
        topics=["reporting", "decision", "communication"],
        complaint_points=[
            {"summary": "a", "verdict": "gegrond"},
            {"summary": "b", "verdict": "gedeeltelijk_gegrond"},
        ],
        steps=[{"step": "signaal"}, {"step": "klachtencommissie"}],
        notes=[{"id": "n1", "date": "2025-04-10", "kind": "conversation", "minutes": 50}],
    ),
    _case("2025-05-05", "2025-06-01", "partly_resolved", topics=["access", "other"]),
    _case("2025-12-31", "2026-02-01", "withdrawn", role="guardian", kind="pleegzorg"),
    _case("2026-01-02", None, None, role="youth", topics=["safety"]),
    _case("2025-08-08", "2025-08-30", "referred", name=SMALL, kind="jeugd_ggz", topics=[]),
    _case("2025-09-09", None, None, kind="wijkteam", topics=["privacy", "treatment"]),
]


def _open_in(case: dict[str, Any], year: int) -> bool:
    opened = date.fromisoformat(case["opened"])
    closed = date.fromisoformat(case["closed"]) if case["closed"] else None
    return opened <= date(year, 12, 31) and (closed is None or closed >= date(year, 1, 1))


def hand_count(cases: list[dict[str, Any]], year: int) -> dict[str, Any]:
    """What a person with the file and the contract would count."""
    chosen = [c for c in cases if _open_in(c, year)]
    return {
        "cases": len(chosen),
        "by_organisation_kind": dict(Counter(c["organisation"]["kind"] for c in chosen)),
        "by_topic": dict(Counter(t for c in chosen for t in set(c["topics"]))),
        "by_client_role": dict(Counter(c["client_role"] for c in chosen)),
        "by_result": dict(Counter(c["result"] for c in chosen if c["closed"])),
    }


@pytest.fixture
def imported(cli: Cli, tmp_path: Path) -> list[str]:
    source = tmp_path / "cases.json"
    payload = {"format": "vertrouwen-case", "version": 1, "cases": CASES}
    source.write_text(json.dumps(payload), encoding="utf-8")
    result = cli("import", str(source))
    assert result.code == 0, result.err
    codes = result.out.split()
    assert len(codes) == len(CASES)
    return codes


def _stats(cli: Cli, *extra: str, year: int = YEAR) -> dict[str, Any]:
    result = cli("stats", "--year", str(year), "--format", "json", *extra)
    assert result.code == 0, result.err
    data: dict[str, Any] = json.loads(result.out)
    return data


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_json_matches_hand_count(cli: Cli, imported: list[str], year: int) -> None:
    data = _stats(cli, year=year)
    for key, expected in hand_count(CASES, year).items():
        assert data[key] == expected, key
    assert data["year"] == year
    assert data["previous_year"]["year"] == year - 1
    assert data["previous_year"]["cases"] == hand_count(CASES, year - 1)["cases"]


def test_json_extra_counts(cli: Cli, imported: list[str]) -> None:
    data = _stats(cli)
    assert data["by_verdict"] == {"gegrond": 1, "gedeeltelijk_gegrond": 1}
    assert data["by_step_reached"] == {"klachtencommissie": 1}
    assert (data["contacts"], data["minutes"]) == (1, 50)
    assert data["by_organisation"] == {BIG: 6, "other": 1}
    assert len(data["monthly"]) == 12
    assert data["threshold"] == 5


def test_destroyed_case_still_counts(cli: Cli, imported: list[str]) -> None:
    before = _stats(cli)
    code = imported[3]  # the formal complaint
    result = cli("destroy", code, "--yes")
    assert result.code == 0, result.err
    assert _stats(cli) == before


def test_threshold_comes_from_the_vault_settings(cli: Cli, imported: list[str]) -> None:
    ws = cli.vault.open()
    ws.settings.set("report_threshold", 1)
    ws.close()
    names = _stats(cli)["by_organisation"]
    assert names[SMALL] == 1 and "other" not in names


def test_csv_long_format(cli: Cli, imported: list[str]) -> None:
    result = cli("stats", "--year", str(YEAR), "--format", "csv")
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert list(rows[0]) == ["dimension", "slug", "count", "previous_count", "label"]
    index = {(r["dimension"], r["slug"]): r for r in rows}
    assert index[("total", "cases")]["count"] == str(hand_count(CASES, YEAR)["cases"])
    assert index[("total", "cases")]["previous_count"] == str(hand_count(CASES, 2024)["cases"])
    topic = index[("by_topic", "communication")]
    assert (topic["count"], topic["previous_count"], topic["label"]) == (
        "2",
        "1",
        "Communicatie / bereikbaarheid",
    )
    assert ("by_organisation", SMALL) not in index


def _fonts(reader: PdfReader) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font on every page."""
    out = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            out.append((str(font["/BaseFont"]), embedded))
    return out


def test_pdf_report(cli: Cli, imported: list[str], tmp_path: Path) -> None:
    out = tmp_path / "jaarrapportage.pdf"
    result = cli("stats", "--year", str(YEAR), "--format", "json", "--pdf", str(out))
    assert result.code == 0, result.err
    assert json.loads(result.out)["cases"] == hand_count(CASES, YEAR)["cases"]
    assert os.stat(out).st_mode & 0o777 == 0o600
    reader = PdfReader(out)
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    flat = " ".join(text.split())
    assert f"Jaarrapportage vertrouwenswerk {YEAR}" in flat
    for label in ("Ambulante jeugdhulp", "Veilig Thuis", "Bejegening", "Formele klacht ingediend"):
        assert label in flat
    assert f"In {YEAR} liepen 7 zaken" in flat
    assert "pagina 1 van" in flat
    assert BIG in flat
    assert SMALL not in flat  # one case: its name would point at the client
    assert "Overige organisaties" in flat
    fonts = _fonts(reader)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert reader.metadata is not None
    assert reader.metadata.title == f"Jaarrapportage vertrouwenswerk {YEAR}"


def test_pdf_for_an_empty_year(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    result = cli("stats", "--year", "1999", "--pdf", str(out))
    assert result.code == 0, result.err
    assert json.loads(result.out)["cases"] == 0
    assert "geen enkele zaak" in " ".join((PdfReader(out).pages[0].extract_text() or "").split())


@pytest.mark.parametrize("year", ["1899", "2101", "-5"])
def test_bad_year_is_a_usage_error(cli: Cli, year: str) -> None:
    result = cli("stats", f"--year={year}", "--format", "json")
    assert result.code == 2
    assert "--year" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert result.out == ""


def test_non_numeric_year_and_bad_format(cli: Cli) -> None:
    assert cli("stats", "--year", "twee", "--format", "json").code == 2
    assert cli("stats", "--year", "2025", "--format", "xml").code == 2


def test_pdf_into_a_missing_folder_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "nope" / "r.pdf"
    result = cli("stats", "--year", "2025", "--pdf", str(out))
    assert result.code == 2
    assert not out.parent.exists()


def test_failed_pdf_write_leaves_the_old_file(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    old = folder / "r.pdf"
    old.write_bytes(b"old report")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running with privileges that ignore folder permissions")
        result = cli("stats", "--year", "2025", "--pdf", str(old))
        assert result.code == 1
        assert old.read_bytes() == b"old report"
        assert result.out == ""
    finally:
        folder.chmod(0o700)


def test_pdf_onto_a_folder_fails_cleanly(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    target.mkdir()
    result = cli("stats", "--year", "2025", "--pdf", str(target))
    assert result.code == 1
    assert result.out == "" and "Traceback" not in result.err
    assert target.is_dir() and not any(target.iterdir())
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
