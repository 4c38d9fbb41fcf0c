"""Handover packages: round trip into another vault, useless without the passphrase."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from pathlib import Path

import pytest

from tests.conftest import TemplateVault, VaultFiles, make_case
from vertrouwen.errors import InputError, UnknownCaseError, UnlockError, UsageError
from vertrouwen.export.handover import (
    DIGEST,
    MAGIC,
    PREFIX,
    new_passphrase,
    normalize_passphrase,
    open_package,
    read_handover,
    receive_handover,
    seal,
    write_handover,
)
from vertrouwen.vault.keys import KdfParams, slot_path
from vertrouwen.workspace import Workspace

MARKER = "Overdrachtsmarker Pimpelmees"
FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


@pytest.fixture
def second_vault(tmp_path: Path, template_vault: TemplateVault) -> VaultFiles:
    """The colleague's vault (a copy of the template in its own folder)."""
    folder = tmp_path / "colleague"
    folder.mkdir()
    path = folder / "vault.db"
    shutil.copy2(template_vault.path, path)
    shutil.copy2(slot_path(template_vault.path), slot_path(path))
    return VaultFiles(path, "kitchen table hearing 2026", template_vault.recovery_key)


def _package(workspace: Workspace, tmp_path: Path, n: int = 2) -> tuple[list[str], Path, str]:
    codes = []
    for _ in range(n):
        case = make_case()
        case.notes[0].text = f"{MARKER}: moeder vertelt over de gezinsvoogd."
        codes.append(workspace.cases.add(case))
    out = tmp_path / "overdracht.vtho"
    return codes, out, write_handover(workspace, codes, out, params=FAST)


def _comparable(ws: Workspace, code: str):
    case = ws.cases.get(code)
    case.id = None
    case.code = ""
    for part in (*case.actions, *case.complaint_points, *case.steps, *case.consents):
        part.id = None
    return case


def test_round_trip_into_another_vault(workspace: Workspace, second_vault, tmp_path) -> None:
    codes, out, passphrase = _package(workspace, tmp_path)
    data = out.read_bytes()
    assert MARKER.encode() not in data and b"Pimpelmees" not in data
    assert b"vertrouwen-case" not in data and b"VP-2026" not in data
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    colleague = second_vault.open()
    try:
        received = receive_handover(colleague, out, passphrase)
        assert [r.old_code for r in received] == codes
        assert [r.new_code for r in received] == codes  # free codes are kept
        for code in codes:
            assert _comparable(colleague, code) == _comparable(workspace, code)
        assert colleague.audit.entries()[0].event == "handover_received"
        assert [e.event for e in colleague.audit.entries(codes[0])] == ["case_received"]
    finally:
        colleague.close()
    assert workspace.audit.entries(codes[0])[0].event == "case_handed_over"


def test_code_conflicts_get_new_codes(workspace: Workspace, second_vault, tmp_path) -> None:
    codes, out, passphrase = _package(workspace, tmp_path)
    colleague = second_vault.open()
    try:
        existing = colleague.cases.add(make_case())  # VP-2026-0001, as codes[0]
        assert existing == codes[0]
        received = receive_handover(colleague, out, passphrase)
        assert received[0].renamed and received[0].old_code == codes[0]
        assert not received[1].renamed and received[1].new_code == codes[1]
        assert received[0].new_code not in (codes[0], codes[1])
        assert colleague.cases.count() == 3
        assert "new codes: " in colleague.audit.entries()[0].detail
        assert _comparable(colleague, received[0].new_code) == _comparable(workspace, codes[0])
    finally:
        colleague.close()


def test_wrong_passphrase(workspace: Workspace, tmp_path: Path) -> None:
    _, out, passphrase = _package(workspace, tmp_path)
    other = new_passphrase()
    assert other != passphrase
    with pytest.raises(UnlockError, match="wrong handover passphrase"):
        read_handover(out, other)
    with pytest.raises(UnlockError, match="25 letters"):
        read_handover(out, "kitchen table hearing 2026")


def test_passphrase_typing_is_forgiving(workspace: Workspace, tmp_path: Path) -> None:
    _, out, passphrase = _package(workspace, tmp_path, n=1)
    sloppy = passphrase.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert len(read_handover(out, sloppy)) == 1


def test_passphrase_shape() -> None:
    p = new_passphrase()
    groups = p.split("-")
    assert len(groups) == 5 and all(len(g) == 5 for g in groups)
    assert normalize_passphrase(p) == p.replace("-", "")
    assert len({new_passphrase() for _ in range(50)}) == 50


@pytest.mark.parametrize("where", ["magic", "header", "salt", "ciphertext", "tag", "checksum"])
def test_damaged_package_is_refused(tmp_path: Path, where: str) -> None:
    passphrase = new_passphrase()
    data = bytearray(
        seal(b'{"format": "vertrouwen-case", "version": 1, "cases": []}', passphrase, FAST)
    )
    (length,) = struct.unpack(">I", data[len(MAGIC) : PREFIX])
    offsets = {
        "magic": 2,
        "header": PREFIX + 3,
        "salt": PREFIX + data[PREFIX:].index(b'"salt"') + 10,
        "ciphertext": PREFIX + length + 3,
        "tag": len(data) - DIGEST - 2,
        "checksum": len(data) - 1,
    }
    data[offsets[where]] ^= 0x04
    with pytest.raises(InputError):
        open_package(bytes(data), passphrase, "pkg")


def test_tampered_with_recomputed_checksum(tmp_path: Path) -> None:
    passphrase = new_passphrase()
    data = bytearray(seal(b"payload that matters", passphrase, FAST))
    data[len(data) - DIGEST - 5] ^= 0x01  # in the ciphertext/tag
    body = bytes(data[:-DIGEST])
    forged = body + hashlib.sha256(body).digest()
    with pytest.raises(InputError, match="changed after it was made"):
        open_package(forged, passphrase, "pkg")


def test_header_reveals_nothing_about_cases(workspace: Workspace, tmp_path: Path) -> None:
    _, out, _ = _package(workspace, tmp_path)
    data = out.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : PREFIX])
    header = json.loads(data[PREFIX : PREFIX + length])
    assert set(header) == {"format", "version", "kdf", "cipher", "check"}


def test_receive_is_all_or_nothing(workspace: Workspace, second_vault, tmp_path, monkeypatch):
    _, out, passphrase = _package(workspace, tmp_path, n=3)
    colleague = second_vault.open()
    try:
        calls = {"n": 0}
        original = colleague.cases.insert_in_transaction

        def failing(case, **kw):
            calls["n"] += 1
            if calls["n"] == 3:
                raise InputError("simulated failure on the third case")
            return original(case, **kw)

        monkeypatch.setattr(colleague.cases, "insert_in_transaction", failing)
        with pytest.raises(InputError):
            receive_handover(colleague, out, passphrase)
        assert colleague.cases.count() == 0
        assert all(e.event != "handover_received" for e in colleague.audit.entries())
    finally:
        colleague.close()


def test_handover_refuses_unknown_code_and_foreign_file(workspace: Workspace, tmp_path: Path):
    with pytest.raises(UnknownCaseError):
        write_handover(workspace, ["VP-2026-4242"], tmp_path / "x.vtho", params=FAST)
    assert not (tmp_path / "x.vtho").exists()
    with pytest.raises(UsageError):
        write_handover(workspace, [], tmp_path / "x.vtho", params=FAST)
    code = workspace.cases.add(make_case())
    letter = tmp_path / "letter.txt"
    letter.write_text("mine")
    with pytest.raises(UsageError):
        write_handover(workspace, [code], letter, params=FAST)
    assert letter.read_text() == "mine"
