"""Owner-only files and folders and the patient replace, with Windows' tools faked."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from vertrouwen import ownership
from vertrouwen.fileio import write_atomic

SID = "S-1-5-21-1004336348-1177238915-682003330-1001"


class FakeWindows:
    """Records the commands run and answers `whoami` and `icacls` as Windows does."""

    def __init__(self, icacls_status: int = 0) -> None:
        self.commands: list[list[str]] = []
        self.icacls_status = icacls_status

    def __call__(self, command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.commands.append(list(command))
        if command[0] == "whoami":
            return subprocess.CompletedProcess(command, 0, f'"laptop\\jansen","{SID}"\r\n', "")
        return subprocess.CompletedProcess(command, self.icacls_status, "", "")


@pytest.fixture(autouse=True)
def fresh_sid_cache() -> None:
    ownership._user_sid.cache_clear()


def test_posix_files_and_folders_get_owner_only_modes(tmp_path: Path) -> None:
    file = tmp_path / "f"
    file.write_bytes(b"x")
    os.chmod(file, 0o644)
    assert ownership.owner_only(file, platform="linux")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    folder = tmp_path / "d"
    folder.mkdir(mode=0o755)
    assert ownership.owner_only(folder, platform="linux")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_windows_gets_an_access_list_for_this_user_only(tmp_path: Path) -> None:
    fake = FakeWindows()
    file = tmp_path / "vault.db"
    file.write_bytes(b"x")
    assert ownership.owner_only(file, platform="win32", run=fake)
    folder = tmp_path / "Vertrouwen"
    folder.mkdir()
    assert ownership.owner_only(folder, platform="win32", run=fake)
    assert fake.commands[0] == ["whoami", "/user", "/fo", "csv", "/nh"]
    assert fake.commands[1] == [
        "icacls",
        str(file),
        "/inheritance:r",
        "/grant:r",
        f"*{SID}:F",
        "/q",
    ]
    # a folder passes the rule on to the files made in it later
    assert fake.commands[2][-2] == f"*{SID}:(OI)(CI)F"
    assert len(fake.commands) == 3  # the SID is looked up once


def test_windows_reports_failure_instead_of_pretending(tmp_path: Path) -> None:
    file = tmp_path / "f"
    file.write_bytes(b"x")
    assert not ownership.owner_only(file, platform="win32", run=FakeWindows(icacls_status=5))

    def no_whoami(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        raise FileNotFoundError("whoami")

    ownership._user_sid.cache_clear()
    assert not ownership.owner_only(file, platform="win32", run=no_whoami)


def test_make_private_folder_leaves_an_existing_folder_alone(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    ownership.make_private_folder(documents)
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755
    new = documents / "Vertrouwen"
    ownership.make_private_folder(new)
    assert stat.S_IMODE(new.stat().st_mode) == 0o700


def test_atomic_writes_are_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    write_atomic(out, b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_replace_waits_while_windows_holds_the_target_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, dst = tmp_path / "new", tmp_path / "old"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    real = os.replace
    busy = {"left": 3}
    pauses: list[float] = []

    def held_open(a: object, b: object) -> None:
        if busy["left"]:
            busy["left"] -= 1
            raise PermissionError(13, "The process cannot access the file")
        real(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(ownership.os, "replace", held_open)
    ownership.replace(src, dst, platform="win32", sleep=pauses.append)
    assert dst.read_bytes() == b"new" and not src.exists()
    assert len(pauses) == 3 and pauses == sorted(pauses)  # waits a little longer each time


def test_replace_gives_up_after_its_attempts_and_never_retries_on_posix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def always_busy(a: object, b: object) -> None:
        calls.append(1)
        raise PermissionError(13, "denied")

    monkeypatch.setattr(ownership.os, "replace", always_busy)
    with pytest.raises(PermissionError):
        ownership.replace(tmp_path / "a", tmp_path / "b", platform="win32", sleep=lambda _s: None)
    assert len(calls) == ownership.REPLACE_ATTEMPTS
    calls.clear()
    with pytest.raises(PermissionError):
        ownership.replace(tmp_path / "a", tmp_path / "b", platform="linux", sleep=lambda _s: None)
    assert len(calls) == 1


def test_keyring_uses_the_windows_credential_manager_by_default() -> None:
    """keyring's Windows backend (Credential Manager, via pywin32-ctypes, which keyring
    requires on Windows) is the one it picks there; nothing of ours overrides that."""
    import importlib.metadata as md

    from keyring.backends import Windows

    assert Windows.WinVaultKeyring.__module__ == "keyring.backends.Windows"
    requires = md.requires("keyring") or []
    assert any(r.startswith("pywin32-ctypes") and 'sys_platform == "win32"' in r for r in requires)
    source = Path(__file__).resolve().parents[2] / "vertrouwen" / "vault" / "keychain.py"
    text = source.read_text(encoding="utf-8")
    assert "set_keyring" not in text and "keyring.backends" not in text
