"""Instellingen > Back-ups and Controle, and the window's automatic backups, with the real window,
worker and vault files; only the dialog answers are canned.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from tests.conftest import VaultFiles, make_case
from tests.ui.conftest import TIMEOUT, Harness, unlock
from ui.features.safekeeping.restore_dialog import RestoreDialog
from ui.features.settings.area import SettingsArea
from ui.qt import QDialog, QLabel, item_parts
from vertrouwen import backup as backup_module  # VaultCare's jobs import from it when they run
from vertrouwen.backup import inspect_backup, last_backup_at, restore_backup, write_backup
from vertrouwen.backup.container import DIGEST
from vertrouwen.workspace import Workspace


def open_settings(qtbot, make_window, vault: VaultFiles, page: str) -> tuple[Harness, SettingsArea]:
    h = make_window(vault.path, real_areas=False)  # stand-ins for the other areas: faster
    unlock(qtbot, h, vault.passphrase)
    assert h.window.shell is not None
    area = h.window.shell.show_area("settings")
    assert isinstance(area, SettingsArea)
    area.show_page(page)
    qtbot.waitUntil(lambda: not h.worker.is_busy, timeout=TIMEOUT)
    return h, area


def answer_restore(secret: str, replace: bool = False, recovery_key: bool = False):
    def fill(dialog: RestoreDialog) -> int:
        dialog.fill(secret, recovery_key=recovery_key, replace=replace)
        return QDialog.DialogCode.Accepted

    return fill


def files_in(*folders: Path) -> set[Path]:
    return {p for folder in folders for p in folder.rglob("*")}


def test_backup_now_writes_a_backup_that_restore_accepts(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path
) -> None:
    h, area = open_settings(qtbot, make_window, vault, "backups")
    folder = tmp_path / "usb"
    folder.mkdir()
    h.dialogs.answer_next(folder)  # no folder yet: "backup now" asks for one first
    area.backups.backup_now()
    qtbot.waitUntil(lambda: area.backups.outcome.isVisible(), timeout=TIMEOUT)
    made = list(folder.glob("*.vbak"))
    assert len(made) == 1
    text = area.backups.outcome.text.text()
    assert made[0].name in text and "gecontroleerd" in text
    assert [f.path for f in area.backups.state.files] == made
    assert area.backups.last_label.text().startswith("Laatste back-up: vandaag")
    stored = h.run_on_worker(qtbot, lambda ws: ws.settings.get("backup_folder"))
    assert stored == str(folder)
    result = restore_backup(made[0], tmp_path / "restored.db", passphrase=vault.passphrase)
    assert Workspace.unlock(result.path, vault.passphrase).cases.count() == 0


def test_schedule_is_stored_in_the_vault(qtbot, make_window, vault: VaultFiles) -> None:
    h, area = open_settings(qtbot, make_window, vault, "backups")
    area.backups.keep.setValue(4)
    area.backups.every.setCurrentIndex(area.backups.every.findData(7))
    qtbot.waitUntil(
        lambda: h.run_on_worker(qtbot, lambda ws: ws.settings.get("backup_every_days")) == 7,
        timeout=TIMEOUT,
    )
    assert h.run_on_worker(qtbot, lambda ws: ws.settings.get("backup_keep")) == 4


def _backup(qtbot, h: Harness, out: Path) -> Path:
    h.run_on_worker(qtbot, lambda ws: write_backup(ws, out))
    return out


def test_flipped_byte_is_refused_and_nothing_is_created(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path
) -> None:
    h, area = open_settings(qtbot, make_window, vault, "backups")
    good = _backup(qtbot, h, tmp_path / "good.vbak")
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.vbak"
    bad.write_bytes(bytes(data))
    before = files_in(tmp_path)
    refused: list[str] = []
    area.backups.restore.refused.connect(refused.append)
    h.dialogs.answer_next(None)  # the warning
    area.backups.restore.start(bad)
    qtbot.waitUntil(lambda: bool(refused), timeout=TIMEOUT)
    assert h.dialogs.asked[-1] == "Back-up geweigerd"
    assert "beschadigd" in refused[0] and "niets teruggezet of aangemaakt" in refused[0]
    assert files_in(tmp_path) == before


def test_tampered_backup_is_refused_after_the_passphrase(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path
) -> None:
    """A change with a recomputed checksum passes the first look; the MAC refuses it."""
    h, area = open_settings(qtbot, make_window, vault, "backups")
    good = _backup(qtbot, h, tmp_path / "good.vbak")
    data = bytearray(good.read_bytes())
    data[inspect_backup(good).database_offset + 5000] ^= 0xFF
    body = bytes(data[:-DIGEST])
    bad = tmp_path / "tampered.vbak"
    bad.write_bytes(body + hashlib.sha256(body).digest())
    before = files_in(tmp_path)
    refused: list[str] = []
    area.backups.restore.refused.connect(refused.append)
    h.dialogs.answer_next(answer_restore(vault.passphrase), None)
    area.backups.restore.start(bad)
    qtbot.waitUntil(lambda: bool(refused), timeout=TIMEOUT)
    assert "veranderd" in refused[0]
    assert files_in(tmp_path) == before


def test_restore_to_a_new_path_asks_again_after_a_wrong_passphrase(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path
) -> None:
    h, area = open_settings(qtbot, make_window, vault, "backups")
    backup = _backup(qtbot, h, tmp_path / "b.vbak")
    target = tmp_path / "elsewhere" / "restored.db"
    target.parent.mkdir()
    restored: list[Path] = []
    area.backups.restore.restored.connect(restored.append)
    errors: list[str] = []

    def right_one(dialog: RestoreDialog) -> int:
        errors.append(dialog.error.text.text())
        return answer_restore(vault.passphrase)(dialog)

    h.dialogs.answer_next(answer_restore("niet de goede zin"), right_one, target, 1)
    area.backups.restore.start(backup)
    qtbot.waitUntil(lambda: bool(restored), timeout=TIMEOUT)
    assert "opent de back-up niet" in errors[0]
    assert restored == [target] and target.exists()
    assert h.dialogs.asked[-1] == "Back-up teruggezet"
    assert h.window.shell is not None  # "Later": the open vault stays open


def test_restore_over_the_vault_locks_and_reopens_the_restored_one(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path
) -> None:
    h, area = open_settings(qtbot, make_window, vault, "backups")
    backup = _backup(qtbot, h, tmp_path / "b.vbak")
    h.run_on_worker(qtbot, lambda ws: ws.cases.add(make_case()))  # made after the backup
    h.dialogs.answer_next(answer_restore(vault.passphrase, replace=True), True)
    old_shell = h.window.shell
    area.backups.restore.start(backup)
    # locked (the shell is destroyed), restored, and reopened at once with the known passphrase
    qtbot.waitUntil(lambda: h.window.shell not in (None, old_shell), timeout=TIMEOUT)
    assert h.dialogs.asked[-1] == "Huidige kluis vervangen?"
    assert h.run_on_worker(qtbot, lambda ws: ws.cases.count()) == 0
    aside = [p for p in vault.path.parent.iterdir() if ".replaced-" in p.name]
    assert len(aside) == 2  # the old vault and its key slot file, moved aside, not deleted


def test_due_backup_runs_after_unlock_and_at_lock(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "auto"
    ws = vault.open()
    ws.settings.set("backup_folder", str(folder))
    ws.close()
    calls: list[tuple[str, bool]] = []
    real_plan, real_run = backup_module.plan_due_backup, backup_module.run_due_backup

    def planned(ws: Workspace) -> object:
        calls.append(("plan", ws.is_open))
        return real_plan(ws)

    def counted(ws: Workspace) -> Path | None:
        calls.append(("run", ws.is_open))
        return real_run(ws)

    monkeypatch.setattr(backup_module, "plan_due_backup", planned)
    monkeypatch.setattr(backup_module, "run_due_backup", counted)
    h = make_window(vault.path, real_areas=False)
    unlock(qtbot, h, vault.passphrase)
    qtbot.waitUntil(lambda: len(list(folder.glob("*.vbak"))) == 1, timeout=TIMEOUT)
    label = h.window.care.label  # may first say that there is no backup yet
    qtbot.waitUntil(
        lambda: label.text().startswith("Automatische back-up gemaakt"), timeout=TIMEOUT
    )
    assert label.isVisible()
    qtbot.waitUntil(lambda: not h.worker.is_busy, timeout=TIMEOUT)  # recorded in the vault
    h.window.lock("manual")
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=TIMEOUT)
    assert calls == [("plan", True), ("run", True)]  # the lock-time job ran before closing
    assert len(list(folder.glob("*.vbak"))) == 1  # made today already: not due again


def test_automatic_backup_leaves_the_worker_free_for_the_screens(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16: the backup is written on a thread of its own with its own connection; the
    vault worker answers other jobs (opening a case) while it is being written, and records
    it afterwards."""
    folder = tmp_path / "auto"
    ws = vault.open()
    ws.settings.set("backup_folder", str(folder))
    code = ws.cases.add(make_case())
    ws.close()
    release = threading.Event()
    writing = threading.Event()
    real = backup_module.write_planned

    def slow(plan: object) -> Path:  # a big vault: the copy takes a while
        writing.set()
        assert release.wait(TIMEOUT / 1000)
        return real(plan)

    monkeypatch.setattr(backup_module, "write_planned", slow)
    h = make_window(vault.path, real_areas=False)
    unlock(qtbot, h, vault.passphrase)
    qtbot.waitUntil(writing.is_set, timeout=TIMEOUT)
    assert h.window.care.writing
    opened = h.run_on_worker(qtbot, lambda ws: ws.cases.get(code).code)  # not held up
    assert opened == code and not release.is_set()
    release.set()
    label = h.window.care.label  # may first say that there is no backup yet
    qtbot.waitUntil(
        lambda: label.text().startswith("Automatische back-up gemaakt"), timeout=TIMEOUT
    )
    assert label.isVisible()
    made = list(folder.glob("*.vbak"))
    assert len(made) == 1
    assert inspect_backup(made[0]).database_bytes > 0
    qtbot.waitUntil(lambda: not h.worker.is_busy, timeout=TIMEOUT)
    recorded = h.run_on_worker(qtbot, lambda ws: last_backup_at(ws))
    assert recorded is not None  # the worker wrote the audit entry afterwards


def test_failed_automatic_backup_shows_in_the_status_line(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    ws = vault.open()
    ws.settings.set("backup_folder", str(blocker / "backups"))
    ws.close()
    h = make_window(vault.path, real_areas=False)
    unlock(qtbot, h, vault.passphrase)
    qtbot.waitUntil(lambda: "mislukt" in h.window.care.label.text(), timeout=TIMEOUT)
    assert h.window.care.label.isVisible()
    assert h.window.care.last_error
    assert h.run_on_worker(qtbot, lambda ws: ws.verify()) == []


def test_check_shows_a_readable_ok(qtbot, make_window, vault: VaultFiles) -> None:
    h, area = open_settings(qtbot, make_window, vault, "check")
    area.check.run_check()
    qtbot.waitUntil(lambda: area.check.result is not None, timeout=TIMEOUT)
    assert area.check.result is not None and area.check.result.ok
    assert area.check.summary.text() == "De kluis is in orde."
    shown = [item_parts(area.check.lines.itemAt(i))[0] for i in range(area.check.lines.count())]
    texts = [line.text() for line in shown if isinstance(line, QLabel)]
    assert any("0 dossiers" in t for t in texts)
    assert "Er is nog geen back-up gemaakt." in texts
    h.window.lock("manual")
    assert area.check.result is None  # cleared on lock


def test_restore_from_the_unlock_screen_when_the_vault_is_damaged(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path
) -> None:
    h, _area = open_settings(qtbot, make_window, vault, "backups")
    h.run_on_worker(qtbot, lambda ws: ws.cases.add(make_case()))
    backup = _backup(qtbot, h, tmp_path / "b.vbak")
    h.window.lock("manual")
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    with vault.path.open("r+b") as fh:  # the disk garbles the vault
        fh.seek(6000)
        fh.write(b"\0" * 4000)
    offered: list[bool] = []

    def fill(dialog: RestoreDialog) -> int:
        offered.append(dialog.to_replace.isChecked())  # replacing is the default here
        dialog.fill(vault.passphrase, replace=True)
        return QDialog.DialogCode.Accepted

    h.dialogs.answer_next(backup, fill, True)
    h.window.unlock_screen.restore_button.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: h.window.shell is not None, timeout=TIMEOUT)
    assert offered == [True]
    assert h.run_on_worker(qtbot, lambda ws: ws.cases.count()) == 1
    assert h.run_on_worker(qtbot, lambda ws: ws.verify()) == []
