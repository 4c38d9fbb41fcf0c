"""Issue 13: nothing lost, whatever the user or the machine does.

Each test repeats one of the adversarial experiments through the installed command line on
real files: outputs aimed at the vault's own files, a full disk (a small tmpfs where the
machine allows mounting one, a file-size limit otherwise), commands killed at chosen points
(`VERTROUWEN_FAILPOINT`), crafted key-derivation parameters, hostile input text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, Cli, VaultFiles, make_case
from vertrouwen.backup.container import is_backup_file
from vertrouwen.fileio import TEMP_SUFFIX
from vertrouwen.vault.keys import format_recovery_key, slot_path
from vertrouwen.workspace import Workspace

TODAY = {"VERTROUWEN_TODAY": "2026-06-15"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _vault_digests(vault: VaultFiles) -> tuple[str, str]:
    return _digest(vault.path), _digest(slot_path(vault.path))


def _content(vault: VaultFiles) -> bytes:
    """The vault's cases as interchange JSON: what a user would lose (a rolled-back write may
    re-encrypt pages with fresh IVs, so the file's bytes may differ while nothing changed)."""
    from vertrouwen.export.interchange import dump_interchange

    ws = vault.open()
    try:
        return dump_interchange([ws.cases.get(code) for code in ws.cases.codes()])
    finally:
        ws.close()


def _add_case(vault: VaultFiles) -> str:
    ws = vault.open()
    try:
        return ws.cases.add(make_case())
    finally:
        ws.close()


def _run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):  # type: ignore[no-untyped-def]
    full = dict(os.environ)
    full.pop("VERTROUWEN_PASSPHRASE", None)
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "vertrouwen", *args],
        capture_output=True,
        text=True,
        env=full,
        cwd=ROOT,
        timeout=120,
        check=False,
        input=stdin,
    )


def _temps(folder: Path) -> list[str]:
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.endswith((TEMP_SUFFIX, ".tmp", ".placing")) or ".placing-" in p.name
    )


# -- 1. no output over the vault's own files ---------------------------------------------------
@pytest.mark.parametrize("target", ["vault", "keys", "symlink", "hardlink", "backup"])
def test_no_command_writes_over_the_vault_its_keys_or_a_backup(
    cli: Cli, vault: VaultFiles, tmp_path: Path, target: str
) -> None:
    code = _add_case(vault)
    backup = tmp_path / "backups" / "vertrouwen-backup.vbak"
    backup.parent.mkdir()
    assert cli("backup", "--out", str(backup)).code == 0
    paths = {
        "vault": vault.path,
        "keys": slot_path(vault.path),
        "symlink": tmp_path / "link-to-vault.pdf",
        "hardlink": tmp_path / "second-name.pdf",
        "backup": backup,
    }
    (tmp_path / "link-to-vault.pdf").symlink_to(vault.path)
    os.link(slot_path(vault.path), tmp_path / "second-name.pdf")
    out = str(paths[target])
    before = (*_vault_digests(vault), _digest(backup))
    commands = [
        ("stats", "--year", "2026", "--pdf", out),
        ("stats", "--year", "2026", "--format", "csv", "--pdf", out),
        ("export", code, "--out", out),
        ("pdf", code, "--kind", "anonymous", "--out", out),
        ("handover", code, "--out", out),
    ]
    if target != "backup":  # a backup may replace an older backup, as before
        commands.append(("backup", "--out", out))
    for args in commands:
        result = cli(*args, env=TODAY)
        assert result.code == 2, (args, result.err)
        assert "nothing was written" in result.err or "not overwritten" in result.err, result.err
        assert result.err.count("\n") == 1
        assert (*_vault_digests(vault), _digest(backup)) == before, args
    assert is_backup_file(backup)


def test_export_pdf_and_stats_say_when_they_replace_a_file(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    code = _add_case(vault)
    out = tmp_path / "case.json"
    out.write_text("old", encoding="utf-8")
    result = cli("export", code, "--out", str(out))
    assert result.code == 0 and "replaced the file that was there" in result.err
    report = tmp_path / "jaar.pdf"
    report.write_bytes(b"%PDF-old")
    result = cli("stats", "--year", "2026", "--pdf", str(report), env=TODAY)
    assert result.code == 0 and "replaced the file that was there" in result.err


# -- 2. a stale session never undoes a passphrase change ----------------------------------------
def test_a_stale_session_cannot_write_back_an_old_key_slot(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    from vertrouwen.errors import SlotChangedError

    app = vault.open()  # the desktop app, unlocked before the change
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase for today\n", encoding="utf-8")
    assert cli("passwd", "--new-passphrase-file", str(new)).code == 0
    changed = _digest(slot_path(vault.path))
    with pytest.raises(SlotChangedError, match="changed by another program"):
        app.enable_keychain()
    with pytest.raises(SlotChangedError):
        app.disable_keychain()
    with pytest.raises(SlotChangedError):
        app.set_passphrase("the old session tries again")
    app.close()
    assert _digest(slot_path(vault.path)) == changed
    Workspace.unlock(vault.path, "a brand new passphrase for today").close()
    from vertrouwen.errors import UnlockError

    with pytest.raises(UnlockError):
        Workspace.unlock(vault.path, vault.passphrase)


def test_a_session_may_change_its_own_slot_twice(vault: VaultFiles) -> None:
    ws = vault.open()
    try:
        assert ws.enable_keychain() is None
        ws.disable_keychain()
        ws.set_passphrase("another long passphrase here")
    finally:
        ws.close()
    Workspace.unlock(vault.path, "another long passphrase here").close()


# -- 3. a full disk is not damage ----------------------------------------------------------------
def _big_import(path: Path) -> Path:
    case = {
        "opened": "2026-03-02",
        "client_role": "parent",
        "organisation": {"name": "Jeugdhulp", "kind": "gi"},
        "regime": "jeugdwet",
        "notes": [
            {"id": f"n{i}", "date": "2026-03-02", "kind": "conversation", "text": "x" * 4000}
            for i in range(60)
        ],
    }
    doc = {"format": "vertrouwen-case", "version": 1, "cases": [case] * 5}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 2 MB tmpfs where the machine lets us mount one (root on Linux), else None."""
    mount = tmp_path / "small"
    mount.mkdir()
    ok = (
        sys.platform.startswith("linux")
        and shutil.which("mount") is not None
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    yield mount if ok else None
    if ok:
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)


def _fill(folder: Path) -> None:
    # Unbuffered: a buffered file keeps the part of its last write that did not fit and
    # raises ENOSPC again when it is closed (whether it does depends on how much room the
    # vault left, so on the vault's size to the byte).
    with (folder / "filler").open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass


def test_a_full_disk_is_exit_1_and_changes_nothing(
    vault: VaultFiles, tmp_path: Path, small_disk: Path | None
) -> None:
    code = _add_case(vault)
    if small_disk is None:
        pytest.skip("cannot mount a tmpfs here; the file-size limit test covers this")
    shutil.copy2(vault.path, small_disk / "vault.db")
    shutil.copy2(slot_path(vault.path), small_disk / "vault.db.keys")
    passfile = tmp_path / "pass.txt"
    passfile.write_text(vault.passphrase, encoding="utf-8")
    common = ("--vault", str(small_disk / "vault.db"), "--passphrase-file", str(passfile))
    _fill(small_disk)
    before = _digest(small_disk / "vault.db")
    for args in (
        ("import", str(_big_import(tmp_path / "big.json"))),
        ("export", code, "--out", str(small_disk / "case.json")),
        ("destroy", code, "--yes"),
    ):
        result = _run(*args, *common)
        assert result.returncode == 1, (args, result.stderr)
        assert "disk is full" in result.stderr and "nothing was" in result.stderr, result.stderr
        assert "damaged" not in result.stderr and "restore" not in result.stderr
        assert _digest(small_disk / "vault.db") == before
    (small_disk / "filler").unlink()
    ok = _run("verify", *common)
    assert ok.returncode == 0, ok.stderr
    assert "1 case(s)" in ok.stdout


@pytest.mark.skipif(shutil.which("prlimit") is None, reason="needs prlimit (util-linux)")
def test_a_file_size_limit_is_not_reported_as_damage(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    _add_case(vault)
    size = vault.path.stat().st_size
    before = _content(vault)
    proc = subprocess.run(
        [
            "prlimit",
            f"--fsize={size}",
            sys.executable,
            "-m",
            "vertrouwen",
            "import",
            str(_big_import(tmp_path / "big.json")),
            "--vault",
            str(vault.path),
            "--passphrase-file",
            str(cli.passphrase_file),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert "disk is full" in proc.stderr and "nothing was changed" in proc.stderr
    assert cli("verify").code == 0
    assert _content(vault) == before


# -- 4. init and restore are all or nothing -----------------------------------------------------
def _init(vault: Path, passfile: Path, failpoint: str | None = None):  # type: ignore[no-untyped-def]
    env = {"VERTROUWEN_FAILPOINT": failpoint} if failpoint else {}
    return _run("init", "--vault", str(vault), "--passphrase-file", str(passfile), env=env)


def _recovery_key(out: str) -> str:
    line = next(x for x in out.splitlines() if x.startswith("recovery key: "))
    return line.removeprefix("recovery key: ").strip()


def test_init_killed_before_it_commits_leaves_nothing_and_the_next_run_says_so(
    tmp_path: Path,
) -> None:
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a good long passphrase\n", encoding="utf-8")
    path = tmp_path / "data" / "vault.db"
    killed = _init(path, passfile, "placing:staged")
    assert killed.returncode == -9
    assert not path.exists() and not slot_path(path).exists()
    again = _init(path, passfile)
    assert again.returncode == 0, again.stderr
    assert "removed" in again.stderr and "unfinished" in again.stderr
    assert _temps(path.parent) == []
    key = bytes.fromhex(_recovery_key(again.stdout))
    Workspace.unlock_with_key(path, key).close()
    assert (path.parent.stat().st_mode & 0o777) == 0o700


def test_init_killed_after_it_commits_is_finished_by_the_next_run(tmp_path: Path) -> None:
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a good long passphrase\n", encoding="utf-8")
    path = tmp_path / "vault.db"
    killed = _init(path, passfile, "placing:committed")
    assert killed.returncode == -9
    shown = _recovery_key(killed.stdout)  # the key was shown before anything was placed
    assert slot_path(path).exists() and not path.exists()
    verify = _run("verify", "--vault", str(path), "--passphrase-file", str(passfile))
    assert verify.returncode == 0, verify.stderr
    assert "finished placing" in verify.stderr
    assert _temps(tmp_path) == []
    Workspace.unlock_with_key(path, bytes.fromhex(shown)).close()


def test_init_interrupted_by_ctrl_c_says_no_vault_was_created(tmp_path: Path) -> None:
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a good long passphrase\n", encoding="utf-8")
    path = tmp_path / "vault.db"
    result = _init(path, passfile, "placing:staged:int")
    assert result.returncode == 130
    assert "no vault was created" in result.stderr
    assert "nothing was changed" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pass.txt"]


def test_init_on_a_dangling_link_says_what_it_is(tmp_path: Path) -> None:
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a good long passphrase\n", encoding="utf-8")
    link = tmp_path / "vault.db"
    link.symlink_to(tmp_path / "elsewhere" / "vault.db")
    result = _init(link, passfile)
    assert result.returncode == 4
    assert "is a link to" in result.stderr and "File exists" not in result.stderr


def _backup(cli: Cli, tmp_path: Path) -> Path:
    out = tmp_path / "b.vbak"
    assert cli("backup", "--out", str(out)).code == 0
    return out


@pytest.mark.parametrize("point", ["placing:staged", "placing:committed", "link:linked"])
def test_restore_killed_at_any_point_is_finished_or_undone_by_the_next_run(
    cli: Cli, vault: VaultFiles, tmp_path: Path, point: str
) -> None:
    _add_case(vault)
    source = _backup(cli, tmp_path)
    to = tmp_path / "restored" / "vault.db"
    to.parent.mkdir()
    args = ("restore", str(source), "--to", str(to), "--passphrase-file", str(cli.passphrase_file))
    killed = _run(*args, env={"VERTROUWEN_FAILPOINT": point})
    assert killed.returncode == -9
    again = _run(*args)
    assert again.returncode == 0, again.stderr
    assert "notice:" in again.stderr or point == "link:linked"
    assert _temps(to.parent) == []
    check = _run("verify", "--vault", str(to), "--passphrase-file", str(cli.passphrase_file))
    assert check.returncode == 0, check.stderr
    assert "1 case(s)" in check.stdout


# -- 5. temp copies of killed runs are cleaned ---------------------------------------------------
def test_a_killed_backup_leaves_a_temp_copy_that_the_next_backup_and_unlock_remove(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    _add_case(vault)
    folder = tmp_path / "backups"
    folder.mkdir()
    killed = cli(
        "backup", "--out", str(folder / "a.vbak"), env={"VERTROUWEN_FAILPOINT": "backup:assembled"}
    )
    assert killed.code == -9
    assert _temps(folder), "the killed backup should have left its temp copies"
    assert cli("backup", "--out", str(folder / "b.vbak")).code == 0
    assert _temps(folder) == []
    # beside the vault (a killed restore or slot write) and in the app's backup folder: unlock
    ws = vault.open()
    ws.settings.set("backup_folder", str(folder))
    ws.close()
    stray = [
        vault.path.parent / f".vault.db.abcd1234{TEMP_SUFFIX}",
        folder / f".x.vbak.abcd1234{TEMP_SUFFIX}",
    ]
    for path in stray:
        path.write_bytes(b"an encrypted copy")
    assert cli("verify").code == 0
    assert not any(p.exists() for p in stray)


def test_a_temp_file_in_use_is_never_swept(tmp_path: Path) -> None:
    from vertrouwen.fileio import TempBeside, sweep_orphans

    with TempBeside(tmp_path / "out.vbak") as tmp:
        tmp.write_bytes(b"being written")
        code = (
            "import sys; from pathlib import Path; from vertrouwen.fileio import sweep_orphans;"
            "print(sweep_orphans(Path(sys.argv[1])))"
        )
        other = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        assert other.stdout.strip() == "0" and tmp.exists()
    assert sweep_orphans(tmp_path) == 0


# -- 6. untrusted key-derivation parameters ------------------------------------------------------
ABSURD = [
    {"time_cost": 0},
    {"time_cost": 100_000},
    {"time_cost": 1_000_000},
    {"memory_kib": 1},
    {"memory_kib": 8 * 1024 * 1024},
    {"parallelism": 0},
    {"time_cost": "3"},
    {"time_cost": True},
]


@pytest.mark.parametrize("change", [*ABSURD, {"salt": base64.b64encode(b"abcd").decode()}])
def test_absurd_kdf_parameters_in_a_slot_are_exit_4_at_once(
    cli: Cli, vault: VaultFiles, change: dict[str, object]
) -> None:
    path = slot_path(vault.path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["passphrase"].update(change)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = cli("verify")
    assert result.code == 4, result.err
    assert "key slot file is damaged" in result.err
    assert "Error" not in result.err  # no traceback name


@pytest.mark.parametrize("change", [*ABSURD, {"salt": base64.b64encode(b"abcd").decode()}])
def test_a_crafted_handover_package_with_absurd_parameters_is_exit_6(
    cli: Cli, vault: VaultFiles, tmp_path: Path, change: dict[str, object]
) -> None:
    from vertrouwen.export import handover

    code = _add_case(vault)
    out = tmp_path / "p.vthandover"
    assert cli("handover", code, "--out", str(out)).code == 0
    data = out.read_bytes()
    (length,) = __import__("struct").unpack(">I", data[len(handover.MAGIC) : handover.PREFIX])
    header = json.loads(data[handover.PREFIX : handover.PREFIX + length])
    header["kdf"].update(change)
    head = json.dumps(header, sort_keys=True).encode()
    body = handover.MAGIC + len(head).to_bytes(4, "big") + head
    body += data[handover.PREFIX + length : -handover.DIGEST]
    out.write_bytes(body + hashlib.sha256(body).digest())  # checksum recomputed
    passfile = tmp_path / "hp.txt"
    passfile.write_text("any words at all\n", encoding="utf-8")
    result = cli("receive", str(out), "--handover-passphrase-file", str(passfile))
    assert result.code == 6, result.err
    assert "key derivation" in result.err


def test_fast_kdf_left_set_outside_tests_refuses_to_write_a_slot(tmp_path: Path) -> None:
    passfile = tmp_path / "pass.txt"
    passfile.write_text("a good long passphrase\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.pop("VERTROUWEN_TEST_HARNESS", None)
    env["VERTROUWEN_INSECURE_FAST_KDF"] = "1"
    pass_args = ["--passphrase-file", str(passfile)]
    proc = subprocess.run(
        [sys.executable, "-m", "vertrouwen", "init", "--vault", str(tmp_path / "v.db"), *pass_args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "VERTROUWEN_INSECURE_FAST_KDF" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pass.txt"]


# -- 7. the recovery key as the sheet prints it -------------------------------------------
def test_the_recovery_key_in_two_rows_of_four_groups_is_accepted(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    groups = format_recovery_key(vault.recovery_key, grouped=True).split()
    key_file = tmp_path / "key.txt"
    key_file.write_text(" ".join(groups[:4]) + "\n" + " ".join(groups[4:]) + "\n", "utf-8")
    new = tmp_path / "new.txt"
    new.write_text("a new passphrase after all\n", encoding="utf-8")
    result = cli("recover", "--recovery-key-file", str(key_file), "--new-passphrase-file", str(new))
    assert result.code == 0, result.err
    cli.passphrase_file.write_text("a new passphrase after all\n", encoding="utf-8")
    source = _backup(cli, tmp_path)
    to = tmp_path / "r" / "vault.db"
    to.parent.mkdir()
    result = cli("restore", str(source), "--to", str(to), "--recovery-key-file", str(key_file))
    assert result.code == 0, result.err


# -- 8, 9, 10. hostile input files ---------------------------------------------------------------
def _case_file(tmp_path: Path, **changes: object) -> Path:
    case: dict[str, object] = {
        "opened": "2026-03-02",
        "client_role": "parent",
        "organisation": {"name": "X", "kind": "gi"},
        "regime": "jeugdwet",
    }
    case.update(changes)
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps({"format": "vertrouwen-case", "version": 1, "cases": [case]}), "utf-8"
    )
    return path


@pytest.mark.parametrize(
    "value",
    [
        "\x1b[31mred\x1b[0m",
        "bell\x07",
        "nul\x00byte",
        "right\u202eleft",
        "two\nlines",
        "two\rlines",
        "line\u2028sep",
        "x" * 1_000_000,
    ],
)
def test_error_lines_quote_and_cut_what_they_echo(
    cli: Cli, vault: VaultFiles, tmp_path: Path, value: str
) -> None:
    before = _vault_digests(vault)
    result = cli("import", str(_case_file(tmp_path, client_role=value)))
    assert result.code == 6
    line = result.err
    assert line.count("\n") == 1 and line.endswith("\n")
    assert len(line) < 800
    for bad in ("\x1b", "\x07", "\x00", "\u202e", "\r", "\u2028"):
        assert bad not in line
    assert _vault_digests(vault) == before


@pytest.mark.parametrize(
    "opened", ["2026-03-02\n", "0001-01-01", "0999-12-31", "2101-01-01", "２０２６-03-02"]
)
def test_dates_outside_the_contract_are_refused(
    cli: Cli, vault: VaultFiles, tmp_path: Path, opened: str
) -> None:
    result = cli("import", str(_case_file(tmp_path, opened=opened)))
    assert result.code == 6, result.err
    assert "opened" in result.err


def test_an_oversized_input_is_refused_before_it_is_parsed(cli: Cli, vault: VaultFiles) -> None:
    script = (
        "import resource, sys, runpy;"
        "resource.setrlimit(resource.RLIMIT_AS, (900 * 2**20, 900 * 2**20));"
        "sys.argv = ['vertrouwen', *sys.argv[1:]];"
        "runpy.run_module('vertrouwen', run_name='__main__')"
    )
    vault_args = ["--vault", str(vault.path), "--passphrase-file", str(cli.passphrase_file)]
    proc = subprocess.run(
        [sys.executable, "-c", script, "import", "/dev/zero", *vault_args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 6, proc.stderr
    assert "larger than" in proc.stderr


# -- 11 is the desktop app (tests/ui/test_single_instance.py) ----------------------------------
