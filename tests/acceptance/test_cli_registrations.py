"""`vertrouwen registrations` and `stats --from`, run as the installed program: a year of cases
split over two vaults counts, from their two registration files and without any vault, exactly
as `stats` on one vault holding all of them (JSON and CSV alike)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import Cli, TemplateVault, VaultFiles
from tests.unit.test_registrations_file import YEAR, document, outside_records, year_of_cases


def _vault(template: TemplateVault, path: Path) -> VaultFiles:
    shutil.copy2(template.path, path)
    shutil.copy2(template.path.with_name("vault.db.keys"), path.with_name(path.name + ".keys"))
    return VaultFiles(path, "kitchen table hearing 2026", template.recovery_key)


@pytest.fixture
def files(tmp_path: Path, template_vault: TemplateVault) -> dict[str, object]:
    cases, outside = year_of_cases(seed=11), outside_records()
    parts = {
        "all": (cases, outside),
        "a": (cases[::2], {"activities": outside["activities"][:1]}),
        "b": (
            cases[1::2],
            {"signals": outside["signals"], "activities": outside["activities"][1:]},
        ),
    }
    clis = {}
    for name, (chosen, extra) in parts.items():
        folder = tmp_path / name
        folder.mkdir()
        cli = Cli(_vault(template_vault, folder / "vault.db"), folder)
        source = folder / "cases.json"
        source.write_bytes(document(chosen, **extra))
        result = cli("import", str(source))
        assert result.code == 0, result.err
        clis[name] = cli
    out = {}
    for name in ("a", "b"):
        target = tmp_path / f"{name}-registraties.json"
        result = clis[name]("registrations", "--year", str(YEAR), "--out", str(target))
        assert result.code == 0, result.err
        out[name] = target
    return {"cli": clis["all"], "a": out["a"], "b": out["b"], "tmp": tmp_path}


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_from_two_files_equals_one_vault(files: dict[str, object], fmt: str) -> None:
    cli = files["cli"]
    assert isinstance(cli, Cli)
    one = cli("stats", "--year", str(YEAR), "--format", fmt)
    assert one.code == 0, one.err
    merged = cli(
        "stats", "--year", str(YEAR), "--format", fmt, "--from", str(files["a"]), str(files["b"]),
        with_vault=False,
    )  # fmt: skip
    assert merged.code == 0, merged.err
    assert merged.out == one.out
    twice = cli(
        "stats", "--year", str(YEAR), "--format", fmt, "--from", str(files["a"]), str(files["b"]),
        str(files["a"]), with_vault=False,
    )  # fmt: skip
    assert twice.out == one.out
    repeated = cli(
        "stats", "--from", str(files["a"]), "--year", str(YEAR), "--format", fmt,
        "--from", str(files["b"]), with_vault=False,
    )  # fmt: skip
    assert repeated.out == one.out
    if fmt == "json":
        data = json.loads(one.out)
        for key in ("clients", "questions", "signals", "activities", "by_municipality"):
            assert data[key], key


def test_a_changed_file_exits_6_naming_it(files: dict[str, object]) -> None:
    cli, a = files["cli"], files["a"]
    assert isinstance(cli, Cli) and isinstance(a, Path)
    a.write_text(a.read_text(encoding="utf-8").replace('"wmo"', '"wkkgz"', 1), encoding="utf-8")
    result = cli("stats", "--year", str(YEAR), "--from", str(a), str(files["b"]), with_vault=False)
    assert result.code == 6
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and str(a) in lines[0] and "checksum" in lines[0], result.err


def test_garbage_and_wrong_year_exit_6(files: dict[str, object]) -> None:
    cli, tmp = files["cli"], files["tmp"]
    assert isinstance(cli, Cli) and isinstance(tmp, Path)
    junk = tmp / "junk.json"
    junk.write_text("{not json", encoding="utf-8")
    result = cli("stats", "--year", str(YEAR), "--from", str(junk), with_vault=False)
    assert result.code == 6 and str(junk) in result.err and len(result.err.splitlines()) == 1
    result = cli("stats", "--year", str(YEAR + 1), "--from", str(files["a"]), with_vault=False)
    assert result.code == 6 and f"not {YEAR + 1}" in result.err


def test_pdf_from_files(files: dict[str, object]) -> None:
    from pypdf import PdfReader

    cli, tmp = files["cli"], files["tmp"]
    assert isinstance(cli, Cli) and isinstance(tmp, Path)
    out = tmp / "organisatie.pdf"
    result = cli(
        "stats", "--year", str(YEAR), "--pdf", str(out), "--from", str(files["a"]),
        str(files["b"]), with_vault=False,
    )  # fmt: skip
    assert result.code == 0, result.err
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(out).pages).split())
    assert "samengevoegd uit 2 registratiebestanden" in text
    assert "bij de vertrouwenspersonen kwamen" in text  # several advisors' work


def test_writes_refuse_the_vault_and_its_key_file(files: dict[str, object]) -> None:
    cli = files["cli"]
    assert isinstance(cli, Cli)
    vault = cli.vault.path
    keys = vault.with_name(vault.name + ".keys")
    before = (vault.read_bytes(), keys.read_bytes())
    for target in (vault, keys):
        result = cli("registrations", "--year", str(YEAR), "--out", str(target))
        assert result.code == 2 and "vault itself or its key file" in result.err
        result = cli("stats", "--year", str(YEAR), "--pdf", str(target))
        assert result.code == 2 and "vault itself or its key file" in result.err
    assert (vault.read_bytes(), keys.read_bytes()) == before


def test_a_failed_count_leaves_the_pdf_as_it_was(files: dict[str, object]) -> None:
    cli, tmp = files["cli"], files["tmp"]
    assert isinstance(cli, Cli) and isinstance(tmp, Path)
    out = tmp / "bestaand.pdf"
    out.write_bytes(b"old")
    missing = tmp / "missing.json"
    result = cli(
        "stats", "--year", str(YEAR), "--pdf", str(out), "--from", str(missing), with_vault=False
    )
    assert result.code == 6 and out.read_bytes() == b"old"
