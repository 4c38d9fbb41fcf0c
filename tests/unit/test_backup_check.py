"""Issue 16: a backup checks its fresh copy cheaply (every page's HMAC, in the same read that
hashes the container) and leaves the full structure and foreign-key check to `verify` and
restore; the Python page check finds what SQLCipher's `cipher_integrity_check` finds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_case
from tests.security.sqlcipher4_reader import decrypt_file
from vertrouwen.backup import container, restore_backup
from vertrouwen.backup.container import write_backup
from vertrouwen.errors import StorageError, VaultError
from vertrouwen.fileio import TEMP_SUFFIX
from vertrouwen.vault import db, pages, snapshot
from vertrouwen.workspace import Workspace


def _traced(conn: Any) -> list[str]:
    sent: list[str] = []
    conn.set_trace_callback(sent.append)
    return sent


def test_backup_checks_every_page_itself_and_leaves_the_structure_to_verify(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Issue 16: the HMACs of the copy are checked in the same read that hashes the container
    (`vault.pages`), not by SQLCipher reading the file again; no integrity or FK check."""
    code = workspace.cases.add(make_case())
    sent = _traced(workspace._conn)
    out = tmp_path / "b.vbak"
    write_backup(workspace, out)
    workspace._conn.set_trace_callback(None)
    assert not any("integrity_check" in s or "foreign_key_check" in s for s in sent)
    restored = tmp_path / "restored.vault"
    restore_backup(out, restored, recovery_key=workspace.data_key())
    again = Workspace.unlock_with_key(restored, workspace.data_key())
    try:
        assert again.cases.codes() == [code]
    finally:
        again.close()


def _vault_with_pages(workspace: Workspace, n: int = 30) -> tuple[bytes, Path]:
    for _ in range(n):
        workspace.cases.add(make_case(notes=[]))
    key = workspace.data_key()
    copy = Path(workspace.path).with_name("copy.db")
    snapshot.copy_to(workspace._conn, key, copy)
    return key, copy


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _sqlcipher_says(path: Path, key: bytes) -> list[str]:
    conn = db._keyed(path, key)  # no schema read first: page 1 may be the damaged one
    try:
        return [row for (row,) in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()


@pytest.mark.parametrize("where", ["page 1", "page 4", "an IV", "an HMAC", "the last page"])
def test_page_check_finds_what_sqlcipher_finds(workspace: Workspace, where: str) -> None:
    """The Python check of page HMACs and SQLCipher's own `cipher_integrity_check` name the
    same pages on the same damage (so verify and backup lose nothing by using it)."""
    key, copy = _vault_with_pages(workspace)
    fmt = pages.PageFormat.of(workspace._conn)
    assert fmt is not None and (fmt.page_size, fmt.reserve) == (4096, 80)
    assert pages.check_file(copy, fmt, key) == [] == _sqlcipher_says(copy, key)
    size = copy.stat().st_size
    offset = {
        "page 1": 500,
        "page 4": 4096 * 3 + 100,
        "an IV": 4096 * 6 - 80 + 3,
        "an HMAC": 4096 * 8 - 10,
        "the last page": size - 2000,
    }[where]
    _flip(copy, offset)
    found = pages.check_file(copy, fmt, key)
    page = offset // 4096 + 1
    assert found == [f"HMAC verification failed for page {page}"]
    assert any(str(page) in row for row in _sqlcipher_says(copy, key))


@pytest.mark.parametrize("digest", ["sha512", "sha256", "sha1"])
@pytest.mark.parametrize("key_bytes", [0, 32, 64, 128, 200])
def test_hmac_states_give_what_hmac_gives(digest: str, key_bytes: int) -> None:
    """The page check's HMAC taken apart into its two hash states is HMAC: keys shorter than,
    as long as and longer than the hash's block, for every page HMAC SQLCipher offers."""
    import hashlib
    import hmac

    key = bytes(range(256))[:key_bytes]
    message = b"page bytes" * 410
    inner, outer = pages.hmac_states(key, digest)
    for _ in range(2):  # the states are copied, never used up
        h = inner.copy()
        h.update(message)
        o = outer.copy()
        o.update(h.digest())
        assert o.digest() == hmac.new(key, message, getattr(hashlib, digest)).digest()


def test_page_check_of_a_cut_file(workspace: Workspace) -> None:
    key, copy = _vault_with_pages(workspace)
    fmt = pages.PageFormat.of(workspace._conn)
    assert fmt is not None
    with copy.open("r+b") as fh:
        fh.truncate(copy.stat().st_size - 1000)
    assert any("not a whole number of pages" in p for p in pages.check_file(copy, fmt, key))


@pytest.mark.parametrize(
    ("where", "offset"),
    [
        ("a page", 4096 * 5 + 7),
        ("an IV", 4096 * 7 - 80 + 5),
        ("an HMAC", 4096 * 9 - 1),
        ("the last page", -100),
    ],
)
def test_backup_of_a_damaged_vault_is_refused_and_nothing_written(
    workspace: Workspace, tmp_path: Path, where: str, offset: int
) -> None:
    """A page damaged on disk (the app's cache may still hold the good one) is found by the
    backup's own read of the copy: no backup, no temp file, the error names the page. Ciphertext,
    IV and stored HMAC are each covered."""
    _vault_with_pages(workspace)
    vault = Path(workspace.path)
    offset %= vault.stat().st_size
    _flip(vault, offset)
    out = tmp_path / "out" / "b.vbak"
    out.parent.mkdir()
    page = offset // 4096 + 1
    with pytest.raises(VaultError, match=rf"failed its check \(cipher: HMAC .* page {page}\)"):
        write_backup(workspace, out)
    assert list(out.parent.iterdir()) == []
    assert _temp_files(workspace) == []


def test_verify_finds_a_damaged_page_that_no_table_uses(workspace: Workspace) -> None:
    """A page on the free list is read by no integrity check of tables and indexes; only the
    HMAC pass over the whole file sees it damaged. `verify` must say so."""
    workspace.cases.add(make_case())
    with db.transaction(workspace._conn) as conn:  # pages that end on the free list
        conn.execute("CREATE TABLE scratch(b BLOB)")
        conn.executemany("INSERT INTO scratch VALUES (randomblob(3000))", [()] * 20)
    with db.transaction(workspace._conn) as conn:
        conn.execute("DROP TABLE scratch")
    free = int(workspace._conn.execute("PRAGMA freelist_count").fetchone()[0])
    assert free > 2
    # the last page of the free list's first trunk: a leaf no table or index reaches
    first_trunk = int.from_bytes(_plain_page(workspace, 1)[32:36], "big")
    trunk = _plain_page(workspace, first_trunk)
    leaves = int.from_bytes(trunk[4:8], "big")
    assert leaves >= 1
    leaf = int.from_bytes(trunk[8 + 4 * (leaves - 1) : 12 + 4 * (leaves - 1)], "big")
    fmt = pages.PageFormat.of(workspace._conn)
    assert fmt is not None
    found, walk = pages.free_pages(Path(workspace.path), fmt, workspace.data_key())
    assert walk == [] and leaf in found and first_trunk in found and len(found) == free
    assert workspace.verify() == []
    _flip(Path(workspace.path), 4096 * (leaf - 1) + 200)
    problems = workspace.verify()
    assert problems == [f"cipher: HMAC verification failed for page {leaf}"]


def _plain_page(workspace: Workspace, number: int) -> bytes:
    plain = decrypt_file(Path(workspace.path), workspace.data_key())
    return plain[4096 * (number - 1) : 4096 * number]


def test_copy_is_the_vault_file_itself_taken_under_the_read_lock(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Issue 16: the pages are already encrypted with the right key, so the copy is the file's
    own bytes (no decrypting and encrypting again), taken while no writer can change them."""
    workspace.cases.add(make_case())
    key = workspace.data_key()
    copy = tmp_path / "copy.db"
    snapshot.copy_to(workspace._conn, key, copy)
    assert copy.read_bytes() == Path(workspace.path).read_bytes()
    assert not workspace._conn.in_transaction  # the read lock is given back
    assert snapshot.check_file(copy, key, db.vault_id_of(workspace._conn)) == []


def test_copy_of_a_wal_vault_takes_the_backup_api(workspace: Workspace, tmp_path: Path) -> None:
    """In WAL mode pages live outside the file until a checkpoint: the file alone would lose
    them, so the copy goes through SQLite's backup API."""
    workspace._conn.execute("PRAGMA journal_mode = WAL")
    code = workspace.cases.add(make_case())
    key = workspace.data_key()
    copy = tmp_path / "copy.db"
    snapshot.copy_to(workspace._conn, key, copy)
    conn = db.open_connection(copy, key, migrate=False)
    try:
        assert conn.execute("SELECT code FROM cases").fetchall() == [(code,)]
    finally:
        conn.close()
    with db.transaction(workspace._conn), pytest.raises(VaultError, match="middle of a change"):
        snapshot.copy_to(workspace._conn, key, tmp_path / "other.db")


@pytest.mark.parametrize("how", ["another disk", "WAL"])
def test_staged_copy_makes_the_same_backup_and_still_checks_every_page(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A folder on another disk (or a WAL vault) gets the copy staged beside the vault under
    the read lock and the container written from it in the one checking read: the backup
    restores, a damaged page is still refused, and no staged copy is left anywhere."""
    if how == "another disk":
        monkeypatch.setattr(container, "_same_disk", lambda _out, _vault: False)
    else:
        workspace._conn.execute("PRAGMA journal_mode = WAL")
    code = workspace.cases.add(make_case())
    key = workspace.data_key()
    out = tmp_path / "usb" / "b.vbak"
    out.parent.mkdir()
    write_backup(workspace, out)
    assert _temp_files(workspace) == []  # nothing staged left
    restored = tmp_path / "r.vault"
    restore_backup(out, restored, recovery_key=key)
    again = Workspace.unlock_with_key(restored, key)
    try:
        assert again.cases.codes() == [code]
    finally:
        again.close()
    if how == "another disk":
        _flip(Path(workspace.path), 4096 * 2 + 9)
        with pytest.raises(VaultError, match="HMAC verification failed for page 3"):
            write_backup(workspace, tmp_path / "usb" / "c.vbak")
        assert [p.name for p in out.parent.iterdir()] == ["b.vbak"]
        assert _temp_files(workspace) == []


def _temp_files(workspace: Workspace) -> list[Path]:
    return [p for p in Path(workspace.path).parent.rglob("*") if p.name.endswith(TEMP_SUFFIX)]


def test_verify_reads_the_file_not_what_the_open_vault_has_cached(workspace: Workspace) -> None:
    """The full check runs on a fresh connection: a page the app read before it was damaged
    on disk is still found, and named before SQLite's own complaints about it."""
    for _ in range(30):
        workspace.cases.add(make_case())
    assert len(workspace.cases.codes()) == 30  # the pages are in the open vault's cache now
    assert workspace.verify() == []
    _flip(Path(workspace.path), 4096 * 2 + 50)
    problems = workspace.verify()
    assert problems[0] == "cipher: HMAC verification failed for page 3"
    assert len(problems) > 1  # and what SQLite's check made of it


def test_no_room_beside_the_vault_copies_straight_to_the_other_disk(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Staging beside the vault is a courtesy to the app's saves, not a requirement: when it
    cannot be made (a read-only or full disk), the copy goes straight into the backup."""
    monkeypatch.setattr(container, "_same_disk", lambda _out, _vault: False)
    real = container.TempBeside
    vault_folder = Path(workspace.path).parent

    def refusing(target: Path) -> object:
        if Path(target).parent == vault_folder:
            raise StorageError("no room beside the vault")
        return real(target)

    monkeypatch.setattr(container, "TempBeside", refusing)
    code = workspace.cases.add(make_case())
    out = tmp_path / "usb" / "b.vbak"
    out.parent.mkdir()
    write_backup(workspace, out)
    key = workspace.data_key()
    restore_backup(out, tmp_path / "usb" / "r.vault", recovery_key=key)
    again = Workspace.unlock_with_key(tmp_path / "usb" / "r.vault", key)
    try:
        assert again.cases.codes() == [code]
    finally:
        again.close()


@pytest.mark.parametrize("how", ["same disk", "another disk"])
def test_a_full_disk_names_the_backup_asked_for_and_leaves_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """The disk filling up while the container is written is "the disk is full" naming the
    file the user asked for (not the hidden temp file beside it), exit 1, nothing left on
    either disk. On another disk the staged copy is not taken again straight to that disk:
    it is as full the second time."""
    import errno

    workspace.cases.add(make_case())
    copied_straight: list[Path] = []
    if how == "same disk":

        def full(_src: int, _dst: int, _size: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(container, "copy_bytes", full)
    else:
        monkeypatch.setattr(container, "_same_disk", lambda _out, _vault: False)
        real_copy_in = container._copy_in

        def counted(*args: Any) -> Any:
            copied_straight.append(args[2])
            return real_copy_in(*args)

        def full_map(*_args: Any) -> Any:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(container, "_copy_in", counted)
        monkeypatch.setattr(container, "_Mapped", full_map)
    out = tmp_path / "usb" / "b.vbak"
    out.parent.mkdir()
    with pytest.raises(StorageError) as caught:
        write_backup(workspace, out)
    assert str(caught.value) == f"the disk is full; nothing was written to {out}"
    assert caught.value.exit_code == 1
    assert copied_straight == []
    assert list(out.parent.iterdir()) == []
    assert _temp_files(workspace) == []


def test_a_file_system_that_cannot_map_the_copy_gets_it_read(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checking pass maps the copy's blocks; where mapping is refused it reads them, with
    the same checks: the backup restores, a damaged page still stops it."""
    import errno

    def no_map(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.ENODEV, "No such device")

    monkeypatch.setattr(container.mmap, "mmap", no_map)
    code = workspace.cases.add(make_case())
    key = workspace.data_key()
    out = tmp_path / "b.vbak"
    write_backup(workspace, out)
    restore_backup(out, tmp_path / "r.vault", recovery_key=key)
    again = Workspace.unlock_with_key(tmp_path / "r.vault", key)
    try:
        assert again.cases.codes() == [code]
    finally:
        again.close()
    _flip(Path(workspace.path), 4096 * 2 + 9)
    with pytest.raises(VaultError, match="HMAC verification failed for page 3"):
        write_backup(workspace, tmp_path / "c.vbak")
