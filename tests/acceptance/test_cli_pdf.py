"""`vertrouwen pdf` from outside, as an installed program runs: consent, identity, guard."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import Cli, VaultFiles, make_case
from tests.pdf_helpers import (
    CONSENTED,
    IDENTITY,
    RECIPIENT,
    WITHHELD,
    encryption,
    fonts,
    have_poppler,
    marker_case,
    metadata_text,
    poppler_text,
    pypdf_text,
)
from tests.security.sqlcipher4_reader import all_text, decrypt_file, open_vault

TODAY = {"VERTROUWEN_TODAY": "2026-04-01"}


def _add(vault: VaultFiles, case: object) -> str:
    ws = vault.open()
    try:
        return ws.cases.add(case)  # type: ignore[arg-type]
    finally:
        ws.close()


def _identity_file(tmp_path: Path, data: object = None) -> Path:
    path = tmp_path / "identiteit.json"
    path.write_text(json.dumps(IDENTITY if data is None else data), encoding="utf-8")
    return path


def _complaint(cli: Cli, code: str, out: Path, identity: Path, *extra: str) -> object:
    return cli(
        "pdf", code, "--kind", "complaint", "--out", str(out), "--identity-file", str(identity),
        *extra, env=TODAY,
    )  # fmt: skip


def _vault_text(vault: VaultFiles) -> str:
    """Everything readable in the vault, through an independent reader and through SQLCipher."""
    import sqlcipher3

    conn = open_vault(vault.path, vault.recovery_key)
    chunks = [all_text(conn), decrypt_file(vault.path, vault.recovery_key).decode("latin-1")]
    conn.close()
    raw = sqlcipher3.connect(str(vault.path))
    raw.execute(f"PRAGMA key = \"x'{vault.recovery_key.hex()}'\"")
    tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in raw.execute(f'SELECT * FROM "{table}"'):
            chunks += [str(v) for v in row if v is not None]
    chunks += [" ".join(map(str, row)) for row in raw.execute("SELECT * FROM audit")]
    raw.close()
    return "\n".join(chunks)


def test_complaint_pdf_end_to_end(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    code = _add(vault, marker_case())
    out = tmp_path / "out" / "klacht.pdf"
    out.parent.mkdir()
    result = _complaint(cli, code, out, _identity_file(tmp_path))
    assert result.code == 0, result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == ["klacht.pdf"]  # no temp left
    data = out.read_bytes()
    text = pypdf_text(data)
    assert all(word in text for word in CONSENTED)
    assert not any(word in text for word in WITHHELD)
    assert all(value in text for value in IDENTITY.values())
    assert all(fonts(data).values())
    meta = metadata_text(data)
    assert not any(value in meta for value in IDENTITY.values())
    if have_poppler():
        ptext = poppler_text(out)
        assert all(word in ptext for word in CONSENTED)
        assert not any(word in ptext for word in WITHHELD)
        assert IDENTITY["name"] in ptext
    # the identity went into the PDF and nowhere else
    for channel in (result.out, result.err):
        assert not any(value in channel for value in IDENTITY.values())
    stored = _vault_text(vault)
    assert "MARKERNOTEALPHA" in stored  # the reader does see the vault's content ...
    for value in IDENTITY.values():
        assert value not in stored  # ... and no trace of the identity
    ws = vault.open()
    entry = next(e for e in ws.audit.entries(code) if e.event == "export_pdf")
    ws.close()
    assert "kind=complaint" in entry.detail and RECIPIENT in entry.detail
    assert "password=no" in entry.detail


def test_password_gives_aes_256(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    code = _add(vault, marker_case())
    password = tmp_path / "pdf-wachtwoord.txt"
    password.write_text("lange zin als wachtwoord\n", encoding="utf-8")
    out = tmp_path / "klacht.pdf"
    result = _complaint(cli, code, out, _identity_file(tmp_path), "--password-file", str(password))
    assert result.code == 0, result.err
    data = out.read_bytes()
    assert encryption(data) == {"V": 5, "R": 6, "CFM": "/AESV3"}
    assert "MARKERNOTEALPHA" in pypdf_text(data, "lange zin als wachtwoord")
    if have_poppler():
        assert IDENTITY["name"] in poppler_text(out, "lange zin als wachtwoord")
    assert "lange zin" not in _vault_text(vault)


def test_no_active_consent_exits_5_and_writes_nothing(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    code = _add(vault, make_case(consents=[]))
    out = tmp_path / "klacht.pdf"
    result = _complaint(cli, code, out, _identity_file(tmp_path))
    assert result.code == 5 and "consent" in result.err
    assert not out.exists()
    result = cli("pdf", code, "--kind", "anonymous", "--out", str(out), env=TODAY)
    assert result.code == 5 and not out.exists()


def test_withdrawn_consent_exits_5_and_keeps_an_existing_file(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    code = _add(vault, make_case())
    out = tmp_path / "klacht.pdf"
    identity = _identity_file(tmp_path)
    assert _complaint(cli, code, out, identity).code == 0
    before = out.read_bytes()
    ws = vault.open()
    [consent] = ws.cases.get(code).consents
    assert consent.id is not None
    ws.consents.withdraw(consent.id, date(2026, 3, 20))
    ws.close()
    result = _complaint(cli, code, out, identity)
    assert result.code == 5, result.err
    assert out.read_bytes() == before  # untouched
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    # before the consent was given, too
    other = _add(vault, make_case())
    result = cli(
        "pdf", other, "--kind", "complaint", "--out", str(tmp_path / "x.pdf"),
        "--identity-file", str(identity), env={"VERTROUWEN_TODAY": "2026-03-04"},
    )  # fmt: skip
    assert result.code == 5 and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("identity", "code"),
    [
        (None, 2),  # no --identity-file at all
        ("{broken", 6),
        ({"name": "Alleen Naam"}, 6),
        ({"name": "A", "address": "B", "telefoons": ["06", "07"]}, 6),
    ],
)
def test_identity_file_problems(
    cli: Cli, vault: VaultFiles, tmp_path: Path, identity: object, code: int
) -> None:
    case_code = _add(vault, make_case())
    out = tmp_path / "klacht.pdf"
    args = ["pdf", case_code, "--kind", "complaint", "--out", str(out)]
    if identity is not None:
        path = tmp_path / "id.json"
        path.write_text(identity if isinstance(identity, str) else json.dumps(identity))
        args += ["--identity-file", str(path)]
    result = cli(*args, env=TODAY)
    assert result.code == code, result.err
    assert not out.exists()
    assert "123456782" not in result.err and "Alleen Naam" not in result.err
    assert len(result.err.strip().splitlines()) == 1  # one clear line, no traceback


def test_usage_errors(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    code = _add(vault, make_case())
    identity = _identity_file(tmp_path)
    result = cli(
        "pdf", code, "--kind", "anonymous", "--out", str(tmp_path / "a.pdf"),
        "--identity-file", str(identity), env=TODAY,
    )  # fmt: skip
    assert result.code == 2 and "anonymous" in result.err
    before = vault.path.read_bytes()
    result = _complaint(cli, code, vault.path, identity)
    assert result.code == 2 and vault.path.read_bytes() == before
    result = _complaint(cli, code, tmp_path / "missing-folder" / "k.pdf", identity)
    assert result.code == 1 and "nothing was written" in result.err


@pytest.mark.slow
def test_anonymous_summary_and_the_guard(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    case = marker_case()
    case.notes[0].text = "Moeder belde vanaf 06-12345678 over MARKERNOTEALPHA."
    code = _add(vault, case)
    out = tmp_path / "samenvatting.pdf"
    args = ("pdf", code, "--kind", "anonymous", "--out", str(out))
    refused = cli(*args, env=TODAY)
    assert refused.code == 5, refused.err
    assert "n1" in refused.err and "phone" in refused.err and "12345678" not in refused.err
    assert not out.exists()
    ws = vault.open()
    stored = ws.cases.get(code)
    assert stored.id is not None
    ws.cases.ignore_text(stored.id, "06-12345678")
    ws.close()
    result = cli(*args, env=TODAY)
    assert result.code == 0, result.err
    data = out.read_bytes()
    text = pypdf_text(data)
    assert all(word in text for word in CONSENTED)
    assert not any(word in text for word in WITHHELD)
    assert "Jeugdhulp Voorbeeld" not in text
    assert all(fonts(data).values())
