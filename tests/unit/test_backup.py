"""Backups: the file format, restore verified before writing, rolling backups, the verify result."""

from __future__ import annotations

import json
import os
import struct
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import VaultFiles, make_case
from tests.security.sqlcipher4_reader import open_vault
from vertrouwen.backup import (
    backup_due,
    backups_in,
    inspect_backup,
    last_backup_at,
    plan_rolling,
    record_backup,
    restore_backup,
    rolling_backup,
    run_due_backup,
    write_backup,
    write_planned,
)
from vertrouwen.backup.container import DIGEST, MAGIC, PREFIX
from vertrouwen.domain import Note, NoteKind
from vertrouwen.errors import UnlockError, UsageError, VaultError
from vertrouwen.health import check_vault
from vertrouwen.vault import db, snapshot
from vertrouwen.vault.keys import slot_path
from vertrouwen.workspace import Workspace

MARKER = "Kwetsbaarheidsmarker Qx7Zorblat"


def _filled(vault: VaultFiles, n: int = 2) -> list[str]:
    ws = vault.open()
    try:
        codes = []
        for i in range(n):
            case = make_case()
            case.notes.append(Note(f"m{i}", case.opened, NoteKind.OTHER, 5, f"{MARKER} {i}"))
            codes.append(ws.cases.add(case))
        return codes
    finally:
        ws.close()


@pytest.fixture
def backup_file(vault: VaultFiles, tmp_path: Path) -> Path:
    _filled(vault)
    out = tmp_path / "backups" / "vault.vbak"
    out.parent.mkdir()
    ws = vault.open()
    try:
        write_backup(ws, out)
    finally:
        ws.close()
    return out


def _cases(path: Path, passphrase: str | None = None, key: bytes | None = None) -> dict:
    ws = Workspace.unlock(path, passphrase) if passphrase else Workspace.unlock_with_key(path, key)
    try:
        result = {}
        for code in ws.cases.codes():
            case = ws.cases.get(code)
            case.id = None  # row ids are the database's, not the case's
            result[code] = case
        return result
    finally:
        ws.close()


def test_restore_to_new_path_gives_equal_cases(vault: VaultFiles, backup_file: Path, tmp_path):
    to = tmp_path / "restored" / "vault.db"
    to.parent.mkdir()
    result = restore_backup(backup_file, to, passphrase=vault.passphrase)
    assert result.has_passphrase
    original = _cases(vault.path, vault.passphrase)
    assert len(original) == 2
    assert _cases(to, vault.passphrase) == original
    assert _cases(to, key=vault.recovery_key) == original
    for path in (to, slot_path(to)):
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    ws = Workspace.unlock(to, vault.passphrase)
    try:
        assert ws.verify() == []
        assert any(e.event == "vault_restored" for e in ws.audit.entries())
    finally:
        ws.close()
    assert sorted(p.name for p in to.parent.iterdir()) == ["vault.db", "vault.db.keys"]


def test_backup_contains_no_plaintext(backup_file: Path) -> None:
    data = backup_file.read_bytes()
    for needle in (MARKER, "Qx7Zorblat", "qx7zorblat", "Eerste gesprek", "Jeugdhulp Voorbeeld"):
        assert needle.encode() not in data
    assert b"SQLite format 3" not in data
    assert oct(backup_file.stat().st_mode & 0o777) == "0o600"


def test_backup_database_opens_with_recovery_key_in_independent_reader(
    vault: VaultFiles, backup_file: Path, tmp_path: Path
) -> None:
    header = inspect_backup(backup_file)
    data = backup_file.read_bytes()
    db_bytes = data[header.database_offset : header.mac_offset]
    cut = tmp_path / "cut.db"
    cut.write_bytes(db_bytes)
    conn = open_vault(cut, vault.recovery_key)
    texts = [r[0] for r in conn.execute("SELECT text FROM notes")]
    assert any(MARKER in t for t in texts)


def test_header_is_documented_layout(vault: VaultFiles, backup_file: Path) -> None:
    """The module docstring's layout, version 2: the MAC is HMAC-SHA256 of the SHA-256 of
    everything before it, keyed from the data key (the recovery key), then the SHA-256."""
    import hashlib
    import hmac

    data = backup_file.read_bytes()
    assert data.startswith(MAGIC)
    (length,) = struct.unpack(">I", data[len(MAGIC) : PREFIX])
    header = json.loads(data[PREFIX : PREFIX + length])
    assert header["format"] == "vertrouwen-backup"
    assert header["version"] == 2
    assert header["slots"]["keychain"] is None
    assert len(data) == PREFIX + length + header["database_bytes"] + 2 * DIGEST
    before, mac, checksum = data[: -2 * DIGEST], data[-2 * DIGEST : -DIGEST], data[-DIGEST:]
    mac_key = hmac.new(vault.recovery_key, b"vertrouwen backup mac v2", hashlib.sha256).digest()
    assert mac == hmac.new(mac_key, hashlib.sha256(before).digest(), hashlib.sha256).digest()
    assert checksum == hashlib.sha256(before + mac).digest()


def _by_the_documented_layout(
    ws: Workspace, out: Path, tamper: bool = False, version: int = 1
) -> None:
    """A backup assembled from the module docstring's layout alone: version 1 as a program
    before issue 16's third round wrote it (copy first, then header, database, HMAC of all of
    it, SHA-256), version 2 with the HMAC of the SHA-256."""
    import hashlib
    import hmac

    key = ws.data_key()
    copy = out.with_name("copy.db")
    snapshot.copy_to(ws._conn, key, copy)
    database = bytearray(copy.read_bytes())
    copy.unlink()
    header = {
        "format": "vertrouwen-backup",
        "version": version,
        "vault_id": db.vault_id_of(ws._conn),
        "created": "2026-11-30T10:00:00Z",
        "schema_version": 1,
        "program": "0.9",
        "database_bytes": len(database),
        "slots": None,
    }
    head = json.dumps(header, sort_keys=True).encode()
    if tamper:
        database[4096 * 2 + 100] ^= 0x01  # a page damaged before the MAC was computed
    body = MAGIC + struct.pack(">I", len(head)) + head + bytes(database)
    mac_key = hmac.new(key, f"vertrouwen backup mac v{version}".encode(), hashlib.sha256).digest()
    signed = body if version == 1 else hashlib.sha256(body).digest()
    body += hmac.new(mac_key, signed, hashlib.sha256).digest()
    out.write_bytes(body + hashlib.sha256(body).digest())


@pytest.mark.parametrize("version", [1, 2])
def test_a_backup_in_the_documented_layout_restores_and_a_bad_page_in_it_is_refused(
    workspace: Workspace, tmp_path: Path, version: int
) -> None:
    """Old backups (version 1, before issue 16's third round) and ones written by other tools
    following the layout still restore; one whose page is damaged under a valid MAC is
    refused by restore's page check (exit 4)."""
    code = workspace.cases.add(make_case())
    key = workspace.data_key()
    good, bad = tmp_path / "old.vbak", tmp_path / "bad.vbak"
    _by_the_documented_layout(workspace, good, version=version)
    _by_the_documented_layout(workspace, bad, tamper=True, version=version)
    assert inspect_backup(good).version == version
    restore_backup(good, tmp_path / "r.vault", recovery_key=key)
    again = Workspace.unlock_with_key(tmp_path / "r.vault", key)
    try:
        assert again.cases.codes() == [code]
        assert again.verify() == []
    finally:
        again.close()
    with pytest.raises(VaultError, match=r"does not pass its check \(cipher: HMAC") as caught:
        restore_backup(bad, tmp_path / "r2.vault", recovery_key=key)
    assert caught.value.exit_code == 4
    assert not (tmp_path / "r2.vault").exists()


@pytest.mark.parametrize("version", [1, 2])
def test_a_changed_mac_or_byte_under_a_recomputed_checksum_is_refused_in_both_versions(
    workspace: Workspace, tmp_path: Path, version: int
) -> None:
    """Tampering (the SHA-256 at the end recomputed) is caught by the MAC of either version,
    whether the MAC itself or a byte of the database was changed; nothing is restored."""
    import hashlib

    workspace.cases.add(make_case())
    good = tmp_path / "good.vbak"
    _by_the_documented_layout(workspace, good, version=version)
    header = inspect_backup(good)
    for offset in (header.mac_offset + 3, header.database_offset + 4096 + 100):
        data = bytearray(good.read_bytes())
        data[offset] ^= 0x01
        body = bytes(data[:-DIGEST])
        bad = tmp_path / "bad.vbak"
        bad.write_bytes(body + hashlib.sha256(body).digest())
        with pytest.raises(VaultError, match="changed after it was made"):
            restore_backup(bad, tmp_path / "r.vault", recovery_key=workspace.data_key())
        assert not (tmp_path / "r.vault").exists()


def test_a_program_that_reads_version_1_only_refuses_a_version_2_backup_cleanly(
    backup_file: Path, vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a program before issue 16's third round does with today's backups: its checksum
    passes (the same SHA-256 at the end), its header check says "made by a newer version"
    (exit 4), and nothing is restored."""
    from vertrouwen.backup import container

    monkeypatch.setattr(container, "VERSION", 1)
    to = tmp_path / "r.vault"
    with pytest.raises(VaultError, match=r"newer version of Vertrouwen \(format 2\)") as caught:
        restore_backup(backup_file, to, passphrase=vault.passphrase)
    assert caught.value.exit_code == 4
    assert not to.exists()


@pytest.mark.parametrize("where", ["magic", "length", "header", "slot", "middle", "mac", "end"])
def test_flipped_byte_is_refused_and_nothing_written(
    vault: VaultFiles, backup_file: Path, tmp_path: Path, where: str
) -> None:
    data = bytearray(backup_file.read_bytes())
    header = inspect_backup(backup_file)
    offsets = {
        "magic": 3,
        "length": len(MAGIC) + 3,
        "header": PREFIX + 5,
        "slot": PREFIX + data[PREFIX:].index(b"wrapped_key") + 20,
        "middle": header.database_offset + header.database_bytes // 2,
        "mac": header.mac_offset + 7,
        "end": len(data) - 1,
    }
    data[offsets[where]] ^= 0x01
    bad = tmp_path / "bad.vbak"
    bad.write_bytes(bytes(data))
    to = tmp_path / "out" / "vault.db"
    to.parent.mkdir()
    with pytest.raises(VaultError):
        restore_backup(bad, to, passphrase=vault.passphrase)
    assert list(to.parent.iterdir()) == []


def test_tampered_with_recomputed_checksum_is_refused_by_mac(
    vault: VaultFiles, backup_file: Path, tmp_path: Path
) -> None:
    import hashlib

    data = bytearray(backup_file.read_bytes())
    header = inspect_backup(backup_file)
    data[header.database_offset + 5000] ^= 0xFF
    body = bytes(data[:-DIGEST])
    bad = tmp_path / "bad.vbak"
    bad.write_bytes(body + hashlib.sha256(body).digest())
    to = tmp_path / "out" / "vault.db"
    to.parent.mkdir()
    with pytest.raises(VaultError, match="changed after it was made"):
        restore_backup(bad, to, passphrase=vault.passphrase)
    assert list(to.parent.iterdir()) == []


def test_truncated_backup_is_refused(vault: VaultFiles, backup_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "short.vbak"
    for size in (0, 10, PREFIX + 2, len(backup_file.read_bytes()) - 1):
        bad.write_bytes(backup_file.read_bytes()[:size])
        with pytest.raises(VaultError):
            restore_backup(bad, tmp_path / "v.db", passphrase=vault.passphrase)
        assert not (tmp_path / "v.db").exists()


def test_restore_refuses_existing_target(vault: VaultFiles, backup_file: Path) -> None:
    before = vault.path.read_bytes()
    with pytest.raises(VaultError, match="already exists"):
        restore_backup(backup_file, vault.path, passphrase=vault.passphrase)
    assert vault.path.read_bytes() == before


def test_restore_refuses_orphan_slot_file(vault: VaultFiles, backup_file: Path, tmp_path) -> None:
    to = tmp_path / "x.db"
    slot_path(to).write_text("{}")
    with pytest.raises(VaultError, match="already exists"):
        restore_backup(backup_file, to, passphrase=vault.passphrase)
    assert not to.exists()


def test_wrong_passphrase_and_wrong_key(vault: VaultFiles, backup_file: Path, tmp_path) -> None:
    to = tmp_path / "new.db"
    with pytest.raises(UnlockError):
        restore_backup(backup_file, to, passphrase="not the passphrase")
    with pytest.raises(UnlockError):
        restore_backup(backup_file, to, recovery_key=bytes(32))
    assert not to.exists()


def test_restore_with_recovery_key(vault: VaultFiles, backup_file: Path, tmp_path: Path) -> None:
    to = tmp_path / "new.db"
    restore_backup(backup_file, to, recovery_key=vault.recovery_key)
    assert _cases(to, vault.passphrase) == _cases(vault.path, vault.passphrase)


def test_backup_without_passphrase_slot_needs_recovery_key(vault: VaultFiles, tmp_path) -> None:
    slot_path(vault.path).unlink()  # lost slot file: unlocked with the recovery key only
    ws = Workspace.unlock_with_key(vault.path, vault.recovery_key)
    out = tmp_path / "b.vbak"
    try:
        write_backup(ws, out)
    finally:
        ws.close()
    assert not inspect_backup(out).has_passphrase
    to = tmp_path / "new.db"
    with pytest.raises(UnlockError, match="no passphrase slot"):
        restore_backup(out, to, passphrase=vault.passphrase)
    result = restore_backup(out, to, recovery_key=vault.recovery_key)
    assert not result.has_passphrase and not slot_path(to).exists()
    Workspace.unlock_with_key(to, vault.recovery_key).close()


def test_restore_into_missing_folder_is_refused(backup_file: Path, vault, tmp_path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        restore_backup(backup_file, tmp_path / "nope" / "v.db", passphrase=vault.passphrase)
    assert not (tmp_path / "nope").exists()


def test_old_passphrase_opens_old_backup(vault: VaultFiles, backup_file: Path, tmp_path) -> None:
    ws = vault.open()
    ws.set_passphrase("a brand new passphrase here")
    ws.close()
    to = tmp_path / "new.db"
    restore_backup(backup_file, to, passphrase=vault.passphrase)
    assert Workspace.unlock(to, vault.passphrase).cases.count() == 2


def test_replace_moves_old_vault_aside(vault: VaultFiles, backup_file: Path) -> None:
    ws = vault.open()
    ws.cases.add(make_case())
    ws.close()
    result = restore_backup(backup_file, vault.path, passphrase=vault.passphrase, replace=True)
    assert result.replaced is not None and result.replaced.exists()
    assert slot_path(result.replaced).exists()
    assert Workspace.unlock(vault.path, vault.passphrase).cases.count() == 2
    assert Workspace.unlock(result.replaced, vault.passphrase).cases.count() == 3


def test_backup_refuses_to_overwrite_vault_or_other_files(
    workspace: Workspace, vault: VaultFiles, tmp_path: Path
) -> None:
    with pytest.raises(UsageError):
        write_backup(workspace, vault.path)
    with pytest.raises(UsageError):
        write_backup(workspace, slot_path(vault.path))
    letter = tmp_path / "letter.txt"
    letter.write_text("keep me")
    with pytest.raises(UsageError):
        write_backup(workspace, letter)
    assert letter.read_text() == "keep me"
    with pytest.raises(UsageError):
        write_backup(workspace, tmp_path / "missing" / "b.vbak")


def test_backup_replaces_an_older_backup(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "backups" / "b.vbak"
    out.parent.mkdir()
    write_backup(workspace, out)
    first = out.read_bytes()
    workspace.cases.add(make_case())
    write_backup(workspace, out)
    assert out.read_bytes() != first
    assert [p.name for p in out.parent.iterdir()] == ["b.vbak"]  # no temp files left
    assert any(e.event == "backup_created" for e in workspace.audit.entries())


def test_backup_is_consistent_while_another_program_writes(
    vault: VaultFiles, tmp_path: Path
) -> None:
    _filled(vault)
    other = vault.open()  # the app, say, in the middle of saving
    ws = vault.open()
    ws._conn.execute("PRAGMA busy_timeout = 50")
    try:
        other._conn.execute("BEGIN IMMEDIATE")
        other._conn.execute("DELETE FROM notes")
        write_backup(ws, tmp_path / "b.vbak")  # the audit entry must wait; the backup not
        other._conn.execute("ROLLBACK")
    finally:
        ws.close()
        other.close()
    to = tmp_path / "r.db"
    restore_backup(tmp_path / "b.vbak", to, passphrase=vault.passphrase)
    assert _cases(to, vault.passphrase) == _cases(vault.path, vault.passphrase)


def test_planned_backup_is_written_on_another_thread_while_the_owner_keeps_writing(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Issue 16: the app plans a rolling backup on its worker and writes it on a thread with
    a connection of its own; the worker meanwhile saves cases. The backup holds a consistent
    vault (some prefix of the saves), restores, and the worker records it afterwards."""
    first = workspace.cases.add(make_case())
    plan = plan_rolling(workspace, tmp_path / "rolling", keep=3)
    made: list[Path] = []
    thread = threading.Thread(target=lambda: made.append(write_planned(plan)))
    thread.start()
    saved = [first] + [workspace.cases.add(make_case()) for _ in range(20)]
    thread.join(30)
    assert len(made) == 1 and not thread.is_alive()
    assert last_backup_at(workspace) is None  # recorded by the owner, not by the thread
    record_backup(workspace, made[0])
    assert last_backup_at(workspace) is not None
    to = tmp_path / "r.db"
    restore_backup(made[0], to, passphrase=None, recovery_key=workspace.data_key())
    restored = Workspace.unlock_with_key(to, workspace.data_key())
    try:
        codes = restored.cases.codes()
    finally:
        restored.close()
    assert first in codes and codes == saved[: len(codes)]


# -- rolling backups ----------------------------------------------------------------------
def test_rolling_keeps_last_n(workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "rolling"
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    made = [
        rolling_backup(workspace, folder, keep=3, now=start + timedelta(hours=i)) for i in range(5)
    ]
    kept = backups_in(workspace, folder)
    assert kept == made[-3:]
    assert all(p.name.endswith(".vbak") for p in kept)
    stranger = folder / "vertrouwen-deadbeef-20200101-000000.vbak"
    stranger.write_bytes(b"another vault's backup")
    rolling_backup(workspace, folder, keep=1, now=start + timedelta(days=1))
    assert stranger.exists()  # never prunes another vault's files
    assert len(backups_in(workspace, folder)) == 1


def test_rolling_same_second_gets_suffix(workspace: Workspace, tmp_path: Path) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    a = rolling_backup(workspace, tmp_path, keep=5, now=now)
    b = rolling_backup(workspace, tmp_path, keep=5, now=now)
    assert a != b and backups_in(workspace, tmp_path) == [a, b]


def test_rolling_uses_settings_and_due(workspace: Workspace, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    assert not backup_due(workspace, now)  # no folder chosen
    with pytest.raises(UsageError):
        rolling_backup(workspace)
    workspace.settings.set("backup_folder", str(tmp_path / "auto"))
    workspace.settings.set("backup_keep", 2)
    assert backup_due(workspace, now)
    first = run_due_backup(workspace, now)
    assert first is not None and first.exists()
    assert last_backup_at(workspace) is not None
    assert not backup_due(workspace, now)
    assert run_due_backup(workspace, now) is None
    assert backup_due(workspace, now + timedelta(days=1))
    workspace.settings.set("backup_every_days", 0)
    assert not backup_due(workspace, now + timedelta(days=30))
    workspace.settings.set("backup_every_days", 1)
    for i in range(1, 4):
        run_due_backup(workspace, now + timedelta(days=i))
    assert len(backups_in(workspace, tmp_path / "auto")) == 2


# -- the verify result for Instellingen ---------------------------------------------------
def test_check_vault_readable_result(workspace: Workspace, tmp_path: Path) -> None:
    workspace.cases.add(make_case())
    result = check_vault(workspace)
    assert result.ok and result.problems == []
    assert "in orde" in result.summary and "1 dossier" in result.summary
    assert "nog geen back-up" in result.lines()[1]
    assert any("Tip" in line for line in result.lines())
    workspace.settings.set("backup_folder", str(tmp_path))
    rolling_backup(workspace)
    result = check_vault(workspace)
    assert result.backup_line.startswith("Laatste back-up: vandaag")


def test_check_vault_reports_damage(workspace: Workspace, monkeypatch) -> None:
    monkeypatch.setattr(workspace, "verify", lambda: ["cipher: HMAC verification failed page 3"])
    result = check_vault(workspace)
    assert not result.ok
    assert "beschadigd (1 probleem" in result.summary
    assert "  cipher: HMAC verification failed page 3" in result.lines()


def test_inspect_reports_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="no backup"):
        inspect_backup(tmp_path / "nope.vbak")
    (tmp_path / "plain.txt").write_text("hello world, not a backup at all" * 10)
    with pytest.raises(VaultError, match="not a backup"):
        inspect_backup(tmp_path / "plain.txt")
    assert os.listdir(tmp_path) == ["plain.txt"]
