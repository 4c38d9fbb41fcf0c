"""Issue 13.11: one app per vault; a second start brings the first window forward."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import ROOT
from ui.core.single_instance import InstanceGuard


def test_a_second_start_on_the_same_vault_wakes_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    vault = tmp_path / "vault.db"
    first = InstanceGuard(vault, folder=tmp_path)
    assert first.acquire()
    try:
        second = InstanceGuard(tmp_path / "." / "vault.db", folder=tmp_path)  # same file
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.acquire()
        other = InstanceGuard(tmp_path / "other.db", folder=tmp_path)
        assert other.acquire()  # another vault may be open beside it
        other.release()
    finally:
        first.release()
    again = InstanceGuard(vault, folder=tmp_path)
    assert again.acquire()  # released at quit
    again.release()


def test_a_crashed_owner_does_not_lock_the_vault_out(tmp_path: Path) -> None:
    vault = tmp_path / "vault.db"
    code = (
        "import os, sys; from pathlib import Path;"
        "from ui.qt import QCoreApplication; app = QCoreApplication([]);"
        "from ui.core.single_instance import InstanceGuard;"
        "g = InstanceGuard(Path(sys.argv[1]), folder=Path(sys.argv[2]));"
        "assert g.acquire(); os._exit(9)"  # dies holding the lock
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(vault), str(tmp_path)], cwd=ROOT, check=False
    )
    assert proc.returncode == 9
    guard = InstanceGuard(vault, folder=tmp_path)
    assert guard.acquire()
    guard.release()
