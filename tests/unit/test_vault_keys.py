"""Key slots, keychain fallback and every bad input of issue 2, with real files on disk."""

from __future__ import annotations

import errno
import json
import os
import types
from pathlib import Path

import keyring.errors
import pytest
import sqlcipher3

from tests.conftest import MemoryKeyring, VaultFiles, make_case
from vertrouwen.errors import ErrorCode, StorageError, UnlockError, VaultError
from vertrouwen.vault import db, migrations
from vertrouwen.vault.keys import (
    MAX_ROUNDS,
    MIN_ROUNDS,
    TIME_COST_RANGE,
    KdfParams,
    SlotFile,
    calibrate_kdf,
    format_recovery_key,
    parse_recovery_key,
    slot_path,
)
from vertrouwen.workspace import Workspace


def snapshot(vault: VaultFiles) -> tuple[bytes, bytes]:
    return vault.path.read_bytes(), slot_path(vault.path).read_bytes()


def test_recovery_key_formats_and_parses_back() -> None:
    key = bytes(range(32))
    assert parse_recovery_key(format_recovery_key(key)) == key
    grouped = format_recovery_key(key, grouped=True)
    assert len(grouped.split()) == 8
    assert parse_recovery_key(grouped.upper().replace(" ", "-\n")) == key


def test_calibration_uses_real_strength_without_test_switch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("VERTROUWEN_INSECURE_FAST_KDF")
    monkeypatch.setattr(KdfParams, "derive", lambda self, p, s: b"\0" * 32)
    params = calibrate_kdf()
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 2


@pytest.mark.parametrize(
    ("rounds_seconds", "expected"),
    [
        ([0.08, 0.08, 0.08], (9, 128 * 1024)),  # an idle laptop: about 0.7 s
        ([0.30, 0.09, 0.25], (8, 128 * 1024)),  # busy while calibrating: the fastest counts
        ([0.40, 0.35, 0.50], (MIN_ROUNDS, 128 * 1024)),  # busy throughout: never below the floor
        ([0.001, 0.001, 0.001], (MAX_ROUNDS, 128 * 1024)),
        ([0.9, 0.8, 1.0], (3, 64 * 1024)),  # a truly slow machine: RFC 9106's 64 MiB, 3 rounds
    ],
)
def test_calibration_has_a_floor_whatever_the_load(
    monkeypatch: pytest.MonkeyPatch, rounds_seconds: list[float], expected: tuple[int, int]
) -> None:
    """Issue 16: a vault created while the machine is busy still gets enough rounds."""
    monkeypatch.delenv("VERTROUWEN_INSECURE_FAST_KDF")
    clock = iter(t for s in rounds_seconds for t in (0.0, s))
    fake_time = types.SimpleNamespace(perf_counter=lambda: next(clock))
    monkeypatch.setattr("vertrouwen.vault.keys.time", fake_time)
    monkeypatch.setattr(KdfParams, "derive", lambda self, p, s: b"\0" * 32)
    params = calibrate_kdf()
    assert (params.time_cost, params.memory_kib) == expected
    assert params.problem() is None  # what calibration picks, a slot accepts
    assert TIME_COST_RANGE[0] <= MIN_ROUNDS <= MAX_ROUNDS <= TIME_COST_RANGE[1]


def test_slot_stores_kdf_parameters_and_no_key(vault: VaultFiles) -> None:
    data = json.loads(slot_path(vault.path).read_text())
    slot = data["passphrase"]
    assert slot["kdf"] == "argon2id" and slot["cipher"] == "aes-256-gcm"
    assert vault.recovery_key.hex() not in slot_path(vault.path).read_text()


def test_wrong_passphrase_changes_nothing(vault: VaultFiles) -> None:
    before = snapshot(vault)
    with pytest.raises(UnlockError, match="wrong passphrase"):
        Workspace.unlock(vault.path, "nope")
    assert snapshot(vault) == before


def test_failed_attempts_are_audited_after_unlock(vault: VaultFiles) -> None:
    ws = Workspace.unlock(vault.path, vault.passphrase, failed_attempts=2)
    events = [e.event for e in ws.audit.entries()]
    ws.close()
    assert events[:3] == ["unlocked_passphrase", "unlock_failed", "unlock_failed"]


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b'{"format": "other"}', b"\xff\xfe", b'{"format": "vertrouwen-keys"}'],
)
def test_damaged_slot_file_is_a_clear_vault_error(vault: VaultFiles, content: bytes) -> None:
    slot_path(vault.path).write_bytes(content)
    with pytest.raises(VaultError, match="recover"):
        Workspace.unlock(vault.path, vault.passphrase)


def test_tampered_wrapped_key_is_refused(vault: VaultFiles) -> None:
    data = json.loads(slot_path(vault.path).read_text())
    data["passphrase"]["wrapped_key"] = "AAAA" + data["passphrase"]["wrapped_key"][4:]
    slot_path(vault.path).write_text(json.dumps(data))
    with pytest.raises(UnlockError):
        Workspace.unlock(vault.path, vault.passphrase)


def test_missing_slot_file_recovers_with_the_recovery_key(vault: VaultFiles) -> None:
    slot_path(vault.path).unlink()
    with pytest.raises(VaultError, match="missing"):
        Workspace.unlock(vault.path, vault.passphrase)
    ws = Workspace.unlock_with_key(vault.path, vault.recovery_key)
    ws.set_passphrase("een nieuwe zin")
    ws.close()
    Workspace.unlock(vault.path, "een nieuwe zin").close()


def test_slot_file_of_another_vault_is_refused(vault: VaultFiles, tmp_path: Path) -> None:
    other, _ = Workspace.create(tmp_path / "other.db", vault.passphrase)
    other.close()
    slot_path(vault.path).write_bytes(slot_path(tmp_path / "other.db").read_bytes())
    with pytest.raises(VaultError):
        Workspace.unlock(vault.path, vault.passphrase)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty or truncated"),
        (b"SQLite format 3\x00" + bytes(4080), "plain SQLite"),
        (os.urandom(8192), "damaged or not a vault"),
    ],
)
def test_not_a_vault(vault: VaultFiles, content: bytes, message: str) -> None:
    vault.path.write_bytes(content)
    with pytest.raises(VaultError, match=message):
        Workspace.unlock(vault.path, vault.passphrase)


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="no vault"):
        Workspace.unlock(tmp_path / "none.db", "x")


def test_newer_vault_is_refused_untouched(vault: VaultFiles) -> None:
    conn = sqlcipher3.connect(str(vault.path))
    conn.execute(f"PRAGMA key = \"x'{vault.recovery_key.hex()}'\"")
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = snapshot(vault)
    with pytest.raises(VaultError, match="newer version"):
        Workspace.unlock(vault.path, vault.passphrase)
    assert snapshot(vault) == before


def test_migrations_bring_an_empty_keyed_file_to_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    key = os.urandom(32)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("CREATE TABLE placeholder(x)")  # a version-0 file
    conn.close()
    conn = db.open_connection(path, key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert db.verify(conn) == []


def test_wrong_length_raw_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnlockError, match="32 bytes"):
        db.open_connection(Path(__file__), b"short")


def test_interrupted_passphrase_change_keeps_the_old_one(
    vault: VaultFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = vault.open()

    def crash(*args: object) -> None:
        raise OSError(errno.EIO, "power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StorageError):
        ws.set_passphrase("de nieuwe zin")
    monkeypatch.undo()
    ws.close()
    Workspace.unlock(vault.path, vault.passphrase).close()
    with pytest.raises(UnlockError):
        Workspace.unlock(vault.path, "de nieuwe zin")
    leftovers = [p.name for p in vault.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_full_disk_on_slot_write_is_clear(
    vault: VaultFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = vault.open()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="disk is full"):
        ws.set_passphrase("de nieuwe zin")
    monkeypatch.undo()
    ws.close()
    Workspace.unlock(vault.path, vault.passphrase).close()


def test_full_vault_rolls_back_and_keeps_data(vault: VaultFiles) -> None:
    ws = vault.open()
    code = ws.cases.add(make_case())
    pages = ws._conn.execute("PRAGMA page_count").fetchone()[0]
    ws._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    big = make_case()
    big.notes[0].text = "x" * 200_000
    with pytest.raises(StorageError, match="disk is full"):
        ws.cases.add(big)
    assert ws.cases.codes() == [code]
    ws.close()
    ws = vault.open()
    assert ws.cases.codes() == [code]
    assert ws.verify() == []
    ws.close()


# -- the keychain slot ----------------------------------------------------------------------
def test_keychain_unlock_round_trip(vault: VaultFiles, memory_keyring: MemoryKeyring) -> None:
    ws = vault.open()
    assert ws.enable_keychain() is None
    ws.close()
    opened, reason = Workspace.unlock_with_keychain(vault.path)
    assert opened is not None and reason is None
    opened.close()


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (keyring.errors.NoKeyringError(), ErrorCode.KEYCHAIN_MISSING),
        (keyring.errors.KeyringLocked(), ErrorCode.KEYCHAIN_LOCKED),
        (RuntimeError("dbus gone"), ErrorCode.KEYCHAIN_FAILED),
    ],
)
def test_keychain_failures_fall_back_to_the_passphrase(
    vault: VaultFiles, memory_keyring: MemoryKeyring, error: Exception, reason: ErrorCode
) -> None:
    ws = vault.open()
    assert ws.enable_keychain() is None
    ws.close()
    memory_keyring.fail = error
    before = snapshot(vault)
    opened, why = Workspace.unlock_with_keychain(vault.path)
    assert opened is None and why == reason
    assert snapshot(vault) == before  # never regenerated, never rewritten
    Workspace.unlock(vault.path, vault.passphrase).close()


def test_keychain_entry_lost_or_changed(vault: VaultFiles, memory_keyring: MemoryKeyring) -> None:
    ws = vault.open()
    ws.enable_keychain()
    ws.close()
    (entry,) = memory_keyring.store
    memory_keyring.store[entry] = "11" * 32
    assert Workspace.unlock_with_keychain(vault.path)[0] is None
    memory_keyring.store.clear()
    opened, why = Workspace.unlock_with_keychain(vault.path)
    assert opened is None and why == ErrorCode.KEYCHAIN_NO_KEY
    assert SlotFile.load(vault.path).keychain_account  # still opted in, key not regenerated


def test_enabling_keychain_without_backend_says_so(
    vault: VaultFiles, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.fail = keyring.errors.NoKeyringError()
    ws = vault.open()
    assert ws.enable_keychain() == ErrorCode.KEYCHAIN_MISSING
    ws.close()
    assert SlotFile.load(vault.path).keychain_account is None


def test_disable_keychain_removes_the_entry(
    vault: VaultFiles, memory_keyring: MemoryKeyring
) -> None:
    ws = vault.open()
    ws.enable_keychain()
    ws.disable_keychain()
    ws.close()
    assert memory_keyring.store == {}
    assert Workspace.unlock_with_keychain(vault.path)[0] is None


def test_atomic_write_follows_links_and_refuses_devices(tmp_path: Path) -> None:
    from vertrouwen.fileio import write_atomic

    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_text() == "new"
    with pytest.raises(StorageError, match="not a regular file"):
        write_atomic(tmp_path, b"x")
    with pytest.raises(StorageError, match="not a regular file"):
        write_atomic("/dev/null", b"x")


class _ForgetfulKeyring(MemoryKeyring):
    """Accepts a key and keeps nothing (keyring's "null" backend behaves so)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


def test_a_keychain_that_forgets_is_not_turned_on(vault: VaultFiles) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_ForgetfulKeyring())
    try:
        ws = vault.open()
        error = ws.enable_keychain()
        ws.close()
    finally:
        keyring.set_keyring(previous)
    assert error == ErrorCode.KEYCHAIN_NOT_KEPT
    assert SlotFile.load(vault.path).keychain_account is None  # the next unlock is not hurt
