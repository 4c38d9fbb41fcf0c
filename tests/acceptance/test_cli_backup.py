"""`backup`, `restore`, `destroy`, `handover` and `receive` from outside, as installed."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, Cli, TemplateVault, VaultFiles, make_case
from tests.security.sqlcipher4_reader import all_text, decrypt_file, open_vault
from vertrouwen.backup.container import inspect_backup
from vertrouwen.domain import Note, NoteKind
from vertrouwen.vault.keys import slot_path
from vertrouwen.workspace import Workspace

MARKER = "Vertrouwelijk Zwaluwstaartje"


def _fill(vault: VaultFiles, n: int = 3) -> list[str]:
    ws = vault.open()
    try:
        codes = []
        for i in range(n):
            case = make_case()
            case.notes.append(Note(f"x{i}", case.opened, NoteKind.HOME_VISIT, 60, f"{MARKER} {i}"))
            codes.append(ws.cases.add(case))
        return codes
    finally:
        ws.close()


def _snapshot(path: Path, passphrase: str) -> dict:
    ws = Workspace.unlock(path, passphrase)
    try:
        out = {}
        for code in ws.cases.codes():
            case = ws.cases.get(code)
            case.id = None
            out[code] = case
        return out
    finally:
        ws.close()


def _backup(cli: Cli, tmp_path: Path) -> Path:
    out = tmp_path / "backup" / "vault.vbak"
    out.parent.mkdir(exist_ok=True)
    result = cli("backup", "--out", str(out))
    assert result.code == 0, result.err
    return out


def test_backup_restore_round_trip(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    _fill(vault)
    out = _backup(cli, tmp_path)
    data = out.read_bytes()
    assert MARKER.encode() not in data and b"Zwaluwstaartje" not in data
    assert b"SQLite format 3" not in data
    to = tmp_path / "restored" / "vault.db"
    to.parent.mkdir()
    result = cli("restore", str(out), "--to", str(to))
    assert result.code == 0, result.err
    assert _snapshot(to, vault.passphrase) == _snapshot(vault.path, vault.passphrase)
    verify = cli("verify", "--vault", str(to), with_vault=False, env=_env(vault))
    assert verify.code == 0, verify.err


def _env(vault: VaultFiles) -> dict[str, str]:
    return {"VERTROUWEN_PASSPHRASE": vault.passphrase}


def test_restore_with_recovery_key_file(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    _fill(vault, 1)
    out = _backup(cli, tmp_path)
    key_file = tmp_path / "key.txt"
    key_file.write_text(vault.recovery_key.hex(), encoding="utf-8")
    to = tmp_path / "r.db"
    result = cli(
        "restore", str(out), "--to", str(to), "--recovery-key-file", str(key_file),
        with_vault=False,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert len(_snapshot(to, vault.passphrase)) == 1


@pytest.mark.parametrize("where", ["start", "header", "middle", "end"])
def test_flipped_byte_refused_nothing_written(
    cli: Cli, vault: VaultFiles, tmp_path: Path, where: str
) -> None:
    _fill(vault, 1)
    out = _backup(cli, tmp_path)
    data = bytearray(out.read_bytes())
    header = inspect_backup(out)
    offset = {
        "start": 0,
        "header": header.database_offset - 10,
        "middle": header.database_offset + header.database_bytes // 2,
        "end": len(data) - 1,
    }[where]
    data[offset] ^= 0x80
    out.write_bytes(bytes(data))
    target_dir = tmp_path / "target"
    target_dir.mkdir()
    to = target_dir / "vault.db"
    result = cli("restore", str(out), "--to", str(to))
    assert result.code == 4, result.err
    assert "damaged" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert list(target_dir.iterdir()) == []


def test_restore_refuses_existing_target(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    out = _backup(cli, tmp_path)
    before = vault.path.read_bytes(), slot_path(vault.path).read_bytes()
    result = cli("restore", str(out), "--to", str(vault.path))
    assert result.code == 4
    assert "already exists" in result.err
    assert (vault.path.read_bytes(), slot_path(vault.path).read_bytes()) == before


def test_restore_wrong_passphrase(cli: Cli, vault: VaultFiles, tmp_path: Path) -> None:
    out = _backup(cli, tmp_path)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it at all\n")
    to = tmp_path / "r.db"
    result = cli(
        "restore", str(out), "--to", str(to), "--passphrase-file", str(wrong), with_vault=False
    )
    assert result.code == 3
    assert not to.exists() and not slot_path(to).exists()


def test_backup_refuses_overwriting_other_file(cli: Cli, tmp_path: Path) -> None:
    doc = tmp_path / "document.odt"
    doc.write_bytes(b"precious")
    result = cli("backup", "--out", str(doc))
    assert result.code == 2
    assert doc.read_bytes() == b"precious"


# -- destroy ------------------------------------------------------------------------------
def test_destroy_without_yes_off_terminal_refuses(cli: Cli, vault: VaultFiles) -> None:
    codes = _fill(vault, 1)
    before = vault.path.read_bytes()
    result = cli("destroy", codes[0], stdin="")
    assert result.code == 2
    assert "--yes" in result.err
    assert vault.path.read_bytes() == before


def test_destroy_yes_leaves_no_trace(cli: Cli, vault: VaultFiles) -> None:
    codes = _fill(vault, 2)
    result = cli("destroy", codes[0], "--yes")
    assert result.code == 0, result.err
    assert MARKER not in result.out + result.err
    conn = open_vault(vault.path, vault.recovery_key)
    text = all_text(conn)
    assert f"{MARKER} 0" not in text and f"{MARKER} 1" in text
    plain = decrypt_file(vault.path, vault.recovery_key)
    assert f"{MARKER} 0".encode() not in plain
    assert conn.execute("SELECT count(*) FROM registrations").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    stats = cli("stats", "--year", "2026", "--format", "json")
    assert stats.code == 0, stats.err  # the yearly counts still include the destroyed case
    assert json.loads(stats.out)["cases"] == 2


def test_destroy_unknown_code(cli: Cli) -> None:
    result = cli("destroy", "VP-2026-0404", "--yes")
    assert result.code == 2
    assert "no case" in result.err


def _run_on_terminal(cli: Cli, args: list[str], typed: str) -> tuple[int, str]:
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("VERTROUWEN_PASSPHRASE",)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "vertrouwen", *args, "--vault", str(cli.vault.path),
         "--passphrase-file", str(cli.passphrase_file)],
        stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env,
    )  # fmt: skip
    os.close(slave)
    os.write(master, typed.encode())
    _, err = proc.communicate(timeout=120)
    os.close(master)
    return proc.returncode, err.decode()


def test_destroy_asks_for_the_code_on_a_terminal(cli: Cli, vault: VaultFiles) -> None:
    codes = _fill(vault, 2)
    code, err = _run_on_terminal(cli, ["destroy", codes[0]], "VP-wrong\n")
    assert code == 2 and "Type the case code to confirm" in err
    assert len(_snapshot(vault.path, vault.passphrase)) == 2
    code, err = _run_on_terminal(cli, ["destroy", codes[0]], codes[0] + "\n")
    assert code == 0, err
    assert list(_snapshot(vault.path, vault.passphrase)) == [codes[1]]


# -- handover and receive -----------------------------------------------------------------
@pytest.fixture
def colleague(tmp_path: Path, template_vault: TemplateVault) -> VaultFiles:
    folder = tmp_path / "colleague"
    folder.mkdir()
    path = folder / "vault.db"
    shutil.copy2(template_vault.path, path)
    shutil.copy2(slot_path(template_vault.path), slot_path(path))
    return VaultFiles(path, "kitchen table hearing 2026", template_vault.recovery_key)


def test_handover_and_receive(cli: Cli, vault: VaultFiles, colleague: VaultFiles, tmp_path):
    codes = _fill(vault, 2)
    ws = colleague.open()
    ws.cases.add(make_case())  # takes codes[0] in the colleague's vault
    ws.close()
    package = tmp_path / "overdracht.vtho"
    result = cli("handover", *codes, "--out", str(package))
    assert result.code == 0, result.err
    match = re.fullmatch(r"handover passphrase: ([0-9A-Z]{5}(-[0-9A-Z]{5}){4})\n", result.out)
    assert match, result.out
    assert MARKER.encode() not in package.read_bytes()
    pass_file = tmp_path / "handover.txt"
    pass_file.write_text(match.group(1) + "\n")
    received = cli(
        "receive", str(package), "--handover-passphrase-file", str(pass_file),
        "--vault", str(colleague.path), "--passphrase-file", str(cli.passphrase_file),
        with_vault=False,
    )  # fmt: skip
    assert received.code == 0, received.err
    new_codes = received.out.split()
    assert len(new_codes) == 2 and new_codes[1] == codes[1] and new_codes[0] != codes[0]
    assert f"{codes[0]} already exists" in received.err
    mine, theirs = (
        _snapshot(vault.path, vault.passphrase),
        _snapshot(colleague.path, colleague.passphrase),
    )
    assert theirs[codes[1]] == mine[codes[1]]


def test_receive_wrong_passphrase_and_tampered(
    cli: Cli, vault: VaultFiles, colleague: VaultFiles, tmp_path: Path
) -> None:
    codes = _fill(vault, 1)
    package = tmp_path / "p.vtho"
    result = cli("handover", codes[0], "--out", str(package))
    passphrase = result.out.split(": ", 1)[1].strip()
    good, wrong = tmp_path / "good.txt", tmp_path / "wrong.txt"
    good.write_text(passphrase)
    wrong.write_text("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    common = ["--vault", str(colleague.path), "--passphrase-file", str(cli.passphrase_file)]
    before = colleague.path.read_bytes()
    r = cli("receive", str(package), "--handover-passphrase-file", str(wrong), *common,
            with_vault=False)  # fmt: skip
    assert r.code == 3, r.err
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x10
    package.write_bytes(bytes(data))
    r = cli("receive", str(package), "--handover-passphrase-file", str(good), *common,
            with_vault=False)  # fmt: skip
    assert r.code == 6, r.err
    assert colleague.path.read_bytes() == before


def test_receive_needs_passphrase_off_terminal(cli: Cli, vault: VaultFiles, tmp_path) -> None:
    codes = _fill(vault, 1)
    package = tmp_path / "p.vtho"
    assert cli("handover", codes[0], "--out", str(package)).code == 0
    r = cli("receive", str(package), stdin="")
    assert r.code == 2 and "--handover-passphrase-file" in r.err
    assert len(_snapshot(vault.path, vault.passphrase)) == 1


def test_receive_not_a_package(cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "p.vtho"
    junk.write_bytes(b"whatever")
    r = cli("receive", str(junk), stdin="")
    assert r.code == 6 and "not a handover package" in r.err
