"""Issue 2 from outside: recovery key, independent opening, no plaintext, wrong keys."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, Cli, VaultFiles, make_case
from tests.security.sqlcipher4_reader import PageError, all_text, decrypt_file, open_vault
from vertrouwen.vault.keys import slot_path

MARKER = "ZEBRAMARKER4711"


def digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes() if p.exists() else b"<absent>")
    return h.hexdigest()


def init_vault(cli: Cli, tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "new" / "vault.db"
    result = cli(
        "init",
        "--vault",
        str(path),
        "--passphrase-file",
        str(cli.passphrase_file),
        with_vault=False,
    )
    assert result.code == 0, result.err
    match = re.search(r"^recovery key: ([0-9a-f]{64})$", result.out, re.MULTILINE)
    assert match, result.out
    assert result.out.count(match.group(1)) == 1
    return path, match.group(1)


def test_init_prints_key_that_opens_vault_in_independent_client(cli: Cli, tmp_path: Path) -> None:
    path, key_hex = init_vault(cli, tmp_path)
    conn = open_vault(path, bytes.fromhex(key_hex))
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(slot_path(path).stat().st_mode & 0o777) == "0o600"


def test_init_refuses_existing_vault(cli: Cli, vault: VaultFiles) -> None:
    before = digest(vault.path, slot_path(vault.path))
    result = cli("init")
    assert result.code == 4
    assert "already exists" in result.err
    assert digest(vault.path, slot_path(vault.path)) == before


def test_no_plaintext_in_any_file_the_vault_writes(vault: VaultFiles) -> None:
    ws = vault.open()
    case = make_case()
    case.notes[0].text = f"Gesprek {MARKER} met moeder"
    ws.cases.add(case)
    ws.close()
    files = [p for p in vault.path.parent.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"vault.db", "vault.db.keys"}
    for p in files:
        raw = p.read_bytes()
        assert MARKER.encode() not in raw
        assert b"moeder" not in raw
        assert b"Jeugdhulp Voorbeeld" not in raw
    assert MARKER in all_text(open_vault(vault.path, vault.recovery_key))


def test_wrong_passphrase_exit_3_and_nothing_written(cli: Cli, vault: VaultFiles) -> None:
    before = digest(vault.path, slot_path(vault.path))
    cli.passphrase_file.write_text("not the passphrase\n")
    result = cli("verify")
    assert result.code == 3
    assert result.err.strip().count("\n") == 0 and "wrong passphrase" in result.err
    assert "Traceback" not in result.err
    assert digest(vault.path, slot_path(vault.path)) == before


def test_passphrase_from_environment(cli: Cli, vault: VaultFiles) -> None:
    result = cli(
        "verify",
        "--vault",
        str(vault.path),
        with_vault=False,
        env={"VERTROUWEN_PASSPHRASE": vault.passphrase},
    )
    assert result.code == 0, result.err


def test_passwd_then_old_passphrase_stops_working(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    new = tmp_path / "new.txt"
    new.write_text("een heel nieuwe wachtwoordzin\n")
    assert cli("passwd", "--new-passphrase-file", str(new)).code == 0
    assert cli("verify").code == 3
    cli.passphrase_file.write_text("een heel nieuwe wachtwoordzin\n")
    assert cli("verify").code == 0
    # the data key did not change: the recovery key still opens the vault
    decrypt_file(vault.path, vault.recovery_key)


def test_recover_sets_new_passphrase(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    key_file = tmp_path / "key.txt"
    grouped = "-".join(vault.recovery_key.hex()[i : i + 8] for i in range(0, 64, 8))
    key_file.write_text(grouped.upper() + "\n")
    new = tmp_path / "new.txt"
    new.write_text("vergeten maar hersteld\n")
    result = cli("recover", "--recovery-key-file", str(key_file), "--new-passphrase-file", str(new))
    assert result.code == 0, result.err
    assert cli("verify").code == 3
    cli.passphrase_file.write_text("vergeten maar hersteld\n")
    assert cli("verify").code == 0


@pytest.mark.parametrize(
    ("text", "why"),
    [("abc", "has 3"), ("g" * 64, "only the digits"), ("ab" * 31, "has 62"), ("ab" * 33, "has 66")],
)
def test_malformed_recovery_key_exit_3_changes_nothing(
    cli: Cli, vault: VaultFiles, tmp_path: Path, text: str, why: str
) -> None:
    before = digest(vault.path, slot_path(vault.path))
    key_file = tmp_path / "key.txt"
    key_file.write_text(text)
    new = tmp_path / "new.txt"
    new.write_text("wat dan ook maar\n")
    result = cli("recover", "--recovery-key-file", str(key_file), "--new-passphrase-file", str(new))
    assert result.code == 3
    assert why in result.err
    assert digest(vault.path, slot_path(vault.path)) == before


def test_wrong_recovery_key_exit_3(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    before = digest(vault.path, slot_path(vault.path))
    key_file = tmp_path / "key.txt"
    key_file.write_text("00" * 32)
    new = tmp_path / "new.txt"
    new.write_text("wat dan ook maar\n")
    result = cli("recover", "--recovery-key-file", str(key_file), "--new-passphrase-file", str(new))
    assert result.code == 3
    assert digest(vault.path, slot_path(vault.path)) == before


@pytest.mark.parametrize("offset", [0, 20, 4096 + 100, -200])
def test_verify_detects_a_flipped_byte(cli: Cli, vault: VaultFiles, offset: int) -> None:
    ws = vault.open()
    ws.cases.add(make_case())
    ws.close()
    assert cli("verify").code == 0
    data = bytearray(vault.path.read_bytes())
    data[offset] ^= 0x01
    vault.path.write_bytes(bytes(data))
    result = cli("verify")
    assert result.code == 4, (result.code, result.err)
    assert "Traceback" not in result.err


def test_flipped_byte_is_detected_by_independent_reader_too(vault: VaultFiles) -> None:
    data = bytearray(vault.path.read_bytes())
    data[5000] ^= 0x80
    vault.path.write_bytes(bytes(data))
    with pytest.raises(PageError):
        decrypt_file(vault.path, vault.recovery_key)


def test_import_vertrouwen_never_imports_qt() -> None:
    code = (
        "import sys, vertrouwen, vertrouwen.cli, vertrouwen.workspace, vertrouwen.commands.keys\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'deduce'))]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.strip()
    assert out == ""
