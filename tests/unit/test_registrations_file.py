"""Registration files and the organisation report: a year of cases split over two vaults counts
exactly as one vault holding all of them (in this process; `tests/acceptance` does it through
the CLI), a file merged twice counts once, and a damaged or changed file is refused."""

from __future__ import annotations

import json
import random
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, TemplateVault
from vertrouwen.commands.cases import import_into
from vertrouwen.errors import InputError
from vertrouwen.reports import Period
from vertrouwen.reports.output import to_csv, to_json_dict
from vertrouwen.reports.registrations_file import dump_registrations, load_registrations, merge
from vertrouwen.reports.service import (
    export_registrations,
    read_registration_files,
    stats_for,
    stats_from,
)
from vertrouwen.workspace import Workspace

YEAR = 2026
KINDS = ["ambulant", "gi", "veilig_thuis", "wijkteam", "jeugd_ggz", "pleegzorg"]
TOPICS = ["treatment", "communication", "decision", "access", "safety", "privacy"]
NAMES = ["Jeugdhulp Noord", "GI Regio", "Veilig Thuis West", "Wijkteam Oost", "Kleine Praktijk"]
TOWNS = ["Utrecht", "Zeist", "utrecht ", "Houten", ""]


def year_of_cases(seed: int = 7, count: int = 48) -> list[dict[str, Any]]:
    """Cases around YEAR: across the year boundaries, closed and open, with every count the
    report makes (notes in several months, questions, signals, marks, shared clients)."""
    rng = random.Random(seed)
    cases: list[dict[str, Any]] = []
    for i in range(count):
        opened = date(YEAR - 2, 6, 1) + timedelta(days=rng.randrange(0, 900))
        closed = opened + timedelta(days=rng.randrange(5, 400)) if rng.random() < 0.7 else None
        case: dict[str, Any] = {
            "code": f"VP-T-{i:04d}",
            "opened": opened.isoformat(),
            "closed": closed.isoformat() if closed else None,
            "result": rng.choice(["resolved", "partly_resolved", "formal_complaint", "withdrawn"])
            if closed
            else None,
            "client_role": rng.choice(["parent", "youth", "foster_parent"]),
            "organisation": {"name": rng.choice(NAMES), "kind": rng.choice(KINDS)},
            "regime": rng.choice(["jeugdwet", "wmo", "wkkgz"]),
            "topics": rng.sample(TOPICS, rng.randrange(0, 3)),
            "goals": rng.sample(["apology", "explanation", "be_heard"], rng.randrange(0, 2)),
            "notes": [
                {
                    "id": f"n{k}",
                    "date": (opened + timedelta(days=30 * k)).isoformat(),
                    "kind": "conversation",
                    "minutes": rng.randrange(10, 90),
                    "text": f"Gesprek {k} in zaak {i}.",
                }
                for k in range(rng.randrange(0, 4))
            ],
            "complaint_points": [{"summary": "punt", "verdict": "gegrond"}] if i % 7 == 0 else [],
            "steps": [{"step": "signaal"}, {"step": "klachtencommissie"}] if i % 5 == 0 else [],
            "unsafe_signal": i % 9 == 0,
            "support": ["information_advice"] if i % 2 else [],
            "municipality": rng.choice(TOWNS),
            "questions": [
                {
                    "type": rng.choice(["information_advice", "support_complaint", "mediation"]),
                    "topic": rng.choice([*TOPICS, None]),
                }
                for _ in range(rng.randrange(0, 3))
            ],
            "signals": [{"date": (opened + timedelta(days=3)).isoformat(), "topic": "safety"}]
            if i % 4 == 0
            else [],
        }
        if closed and i % 3 == 0:
            case["feedback"] = rng.randrange(4, 11)
        if i % 6 == 0:
            case["client"] = f"K-{i % 4}"  # a few clients with several cases
        cases.append(case)
    return cases


def outside_records() -> dict[str, Any]:
    return {
        "signals": [
            {"date": f"{YEAR}-02-03", "topic": "access", "municipality": "Zeist"},
            {"date": f"{YEAR - 1}-11-11", "organisation_kind": "wijkteam"},
        ],
        "activities": [
            {"date": f"{YEAR}-03-04", "kind": "information_session", "minutes": 90,
             "participants": 25, "municipality": "Utrecht"},
            {"date": f"{YEAR}-05-06", "kind": "group_visit", "minutes": 60, "participants": 8},
            {"date": f"{YEAR - 1}-09-09", "kind": "training", "minutes": 180},
            {"date": f"{YEAR - 3}-01-01", "kind": "training", "minutes": 30},
        ],
    }  # fmt: skip


def document(cases: list[dict[str, Any]], **outside: Any) -> bytes:
    return json.dumps(
        {"format": "vertrouwen-case", "version": 1, "cases": cases, **outside}
    ).encode()


def new_vault(template: TemplateVault, path: Path) -> Workspace:
    shutil.copy2(template.path, path)
    shutil.copy2(template.path.with_name("vault.db.keys"), path.with_name(path.name + ".keys"))
    return Workspace.unlock(path, PASSPHRASE)


@pytest.fixture
def split(tmp_path: Path, template_vault: TemplateVault) -> tuple[Workspace, Path, Path]:
    """One vault with every case; two vaults with half each; their registration files."""
    cases = year_of_cases()
    outside = outside_records()
    whole = new_vault(template_vault, tmp_path / "all.db")
    import_into(whole, document(cases, **outside), "all.json")
    first, second = cases[::2], cases[1::2]
    files = []
    for name, part, extra in (
        ("a", first, {"activities": outside["activities"][:2]}),
        ("b", second, {"signals": outside["signals"], "activities": outside["activities"][2:]}),
    ):
        ws = new_vault(template_vault, tmp_path / f"{name}.db")
        import_into(ws, document(part, **extra), f"{name}.json")
        out = tmp_path / f"{name}-{YEAR}.json"
        export_registrations(ws, YEAR, out)
        files.append(out)
        ws.close()
    yield whole, files[0], files[1]
    whole.close()


def test_two_vaults_count_as_one(split: tuple[Workspace, Path, Path]) -> None:
    whole, a, b = split
    one = stats_for(whole, Period.year(YEAR))
    merged = stats_from(read_registration_files([a, b], YEAR), Period.year(YEAR))
    assert to_json_dict(merged, YEAR) == to_json_dict(one, YEAR)
    assert to_csv(merged) == to_csv(one)
    # the data really exercises the new counts, and names that only the merge shows
    data = to_json_dict(one, YEAR)
    assert data["cases"] > 20 and data["clients"] < data["cases"]
    assert data["questions"] and data["signals"] >= 2 and data["by_feedback"]
    assert data["activities"] == {"information_session": 1, "group_visit": 1}
    assert data["previous_year"]["activities"] == {"training": 1}
    assert set(data["by_municipality"]) == {"Utrecht", "Zeist", "Houten", "unknown"}
    assert any(n != "other" for n in data["by_organisation"])


def test_a_destroyed_case_is_in_the_file(tmp_path: Path, template_vault: TemplateVault) -> None:
    ws = new_vault(template_vault, tmp_path / "v.db")
    import_into(ws, document(year_of_cases()[:10]), "x.json")
    before = stats_for(ws, Period.year(YEAR))
    ws.retention.destroy(ws.cases.codes()[0])
    export_registrations(ws, YEAR, tmp_path / "r.json")
    after = stats_from(read_registration_files([tmp_path / "r.json"], YEAR), Period.year(YEAR))
    assert after.cases == before.cases and after.clients == before.clients
    ws.close()


def test_a_file_merged_twice_counts_once(split: tuple[Workspace, Path, Path]) -> None:
    _, a, b = split
    once = stats_from(read_registration_files([a, b], YEAR), Period.year(YEAR))
    twice = stats_from(read_registration_files([a, b, a, b], YEAR), Period.year(YEAR))
    assert to_json_dict(twice, YEAR) == to_json_dict(once, YEAR)
    alone = stats_from(read_registration_files([a], YEAR), Period.year(YEAR))
    assert alone.cases < once.cases


def test_the_file_holds_no_code_text_or_client_reference(
    split: tuple[Workspace, Path, Path],
) -> None:
    _, a, b = split
    raw = a.read_text(encoding="utf-8") + b.read_text(encoding="utf-8")
    assert "VP-" not in raw and "Gesprek" not in raw and "punt" not in raw
    assert '"K-' not in raw  # the client reference only as a digest
    records = json.loads(a.read_text(encoding="utf-8"))["cases"]
    assert all(len(r["id"]) == 32 for r in records)
    assert {r["client"] for r in records} - {None}  # some digests are there


def test_a_changed_file_is_refused_naming_it(split: tuple[Workspace, Path, Path]) -> None:
    _, a, _ = split
    doc = json.loads(a.read_text(encoding="utf-8"))
    doc["cases"][0]["regime"] = "wmo" if doc["cases"][0]["regime"] != "wmo" else "jeugdwet"
    a.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{a}: sha256: the contents do not match"):
        read_registration_files([a], YEAR)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("format"), "not a Vertrouwen registrations file"),
        (lambda d: d["cases"][0].update(secret="x"), 'unknown key "secret"'),
        (lambda d: d["cases"][0].update(regime="law"), 'unknown value "law"'),
        (lambda d: d["cases"][0].update(opened="2026-02-30"), "not a date that exists"),
        (lambda d: d["cases"][0].update(id="VP-2026-0001"), "is not a record id"),
        (lambda d: d.update(year=YEAR - 1), f"holds the registrations of {YEAR - 1}"),
    ],
)
def test_malformed_files_are_refused(
    split: tuple[Workspace, Path, Path], change: Any, message: str
) -> None:
    """Checked after the checksum is made right again: the reader checks every record too."""
    from vertrouwen.reports.registrations_file import _digest

    _, a, _ = split
    doc = json.loads(a.read_text(encoding="utf-8"))
    change(doc)
    doc.pop("sha256")
    doc["sha256"] = _digest(doc)
    a.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        read_registration_files([a], YEAR)
    assert str(caught.value).startswith(str(a)) and "\n" not in str(caught.value)


def test_cut_off_and_missing_files(tmp_path: Path, split: tuple[Workspace, Path, Path]) -> None:
    _, a, _ = split
    a.write_bytes(a.read_bytes()[:200])
    with pytest.raises(InputError, match=rf"^{a}: not valid JSON"):
        read_registration_files([a], YEAR)
    with pytest.raises(InputError, match="no such file"):
        read_registration_files([tmp_path / "nope.json"], YEAR)


def test_a_record_with_other_contents_in_two_files_is_refused(
    split: tuple[Workspace, Path, Path], tmp_path: Path
) -> None:
    _, a, _ = split
    found = load_registrations(a.read_bytes(), str(a))
    first = found.cases[0]
    changed = [
        type(first)(**{**first.__dict__, "regime": "other", "feedback": 1}),
        *found.cases[1:],
    ]
    other = tmp_path / "newer.json"
    other.write_bytes(
        dump_registrations(changed, found.signals, found.activities, YEAR, 5, date(2027, 1, 5))
    )
    with pytest.raises(InputError, match="with other contents"):
        merge([found, load_registrations(other.read_bytes(), str(other))], YEAR)


def test_the_highest_threshold_of_the_files_counts(
    tmp_path: Path, template_vault: TemplateVault
) -> None:
    cases = [
        {**c, "organisation": {"name": "Samen Zes", "kind": "gi"}} for c in year_of_cases()[:12]
    ]
    files = []
    for name, threshold in (("a", 1), ("b", 100)):
        ws = new_vault(template_vault, tmp_path / f"{name}.db")
        ws.settings.set("report_threshold", threshold)
        import_into(ws, document(cases[:6] if name == "a" else cases[6:]), "x.json")
        export_registrations(ws, YEAR, tmp_path / f"{name}.json")
        ws.close()
        files.append(tmp_path / f"{name}.json")
    merged = stats_from(read_registration_files(files, YEAR), Period.year(YEAR))
    assert merged.threshold == 100
    assert list(merged.by_organisation) == ["other"]


def test_a_record_keeps_its_id_when_the_case_changes(
    tmp_path: Path, template_vault: TemplateVault
) -> None:
    ws = new_vault(template_vault, tmp_path / "v.db")
    (code,) = import_into(ws, document(year_of_cases()[:1]), "x.json")
    before = ws.registrations.all()[0].uid
    case = ws.cases.get(code)
    case.municipality = "Houten"
    ws.cases.update(case)
    after = ws.registrations.all()
    assert [r.uid for r in after] == [before] and after[0].municipality == "Houten"
    ws.close()
