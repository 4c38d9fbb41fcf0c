"""Saving a PDF: the suggested folder is the platform's documents folder when it exists (a
Dutch desktop has ~/Documenten, not ~/Documents), and a folder the system refuses gives a
message in the UI's language, never the system's English words."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import TIMEOUT
from tests.ui.test_consent_ui import (  # noqa: F401  (env is a fixture)
    Env,
    _fill_identity,
    _look,
    _with_consent,
    env,
)
from ui.core.messages import describe, os_error_message
from ui.kit.dialogs import Dialogs
from ui.qt import QDialog
from vertrouwen.errors import StorageError


def test_a_missing_folder_is_said_in_dutch_and_nothing_is_written(env: Env, tmp_path: Path) -> None:  # noqa: F811
    _with_consent(env)
    warned: list[tuple[str, str]] = []
    env.dialogs.warn = lambda title, text: warned.append((title, text))  # type: ignore[method-assign]
    out = tmp_path / "bestaat-niet" / "klacht.pdf"
    seen: list[tuple[bool, int, str]] = []
    # fill in, preview, save into a folder that is not there; then the preview comes back
    env.dialogs.answer_next(
        _fill_identity(), _look(seen), out, lambda _p: QDialog.DialogCode.Rejected
    )
    env.tab.export.complaint_button.click()
    env.qtbot.waitUntil(lambda: bool(warned), timeout=TIMEOUT)
    title, text = warned[0]
    assert title == "De PDF is niet opgeslagen"
    assert "map bestaat niet" in text
    assert "No such file" not in text and "nothing was written" not in text
    assert not out.parent.exists()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "geen toestemming"),
        (errno.EROFS, "alleen-lezen"),
        (errno.ENOSPC, "schijf is vol"),
        (errno.ENAMETOOLONG, "te lang"),
        (errno.EIO, "USB-stick"),
        (errno.EBUSY, "systeemfout"),
    ],
)
def test_every_os_error_in_dutch(code: int, words: str) -> None:
    exc = OSError(code, os.strerror(code), "/tmp/x.pdf")
    assert words in os_error_message(exc)
    wrapped = StorageError("cannot write /tmp/x.pdf: English words")
    wrapped.__cause__ = exc
    assert describe(wrapped, "save") == os_error_message(exc)
    assert os.strerror(code) not in describe(wrapped, "save")


def test_documents_folder_is_the_platforms_and_must_exist(tmp_path: Path, monkeypatch: Any) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Documenten"\n')
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert Dialogs.documents_folder() == tmp_path  # ~/Documenten is not there: home
    (tmp_path / "Documenten").mkdir()
    assert Dialogs.documents_folder() == tmp_path / "Documenten"


def test_the_consent_tab_shows_what_went_to_whom(env: Env, tmp_path: Path) -> None:  # noqa: F811
    _with_consent(env)
    env.qtbot.waitUntil(lambda: env.tab.history.empty.isVisible(), timeout=TIMEOUT)
    assert env.tab.history.shown == []
    out = tmp_path / "klacht.pdf"
    seen: list[tuple[bool, int, str]] = []
    env.dialogs.answer_next(_fill_identity("lange zin als wachtwoord"), _look(seen), out)
    env.tab.export.complaint_button.click()
    env.qtbot.waitUntil(lambda: bool(env.tab.history.shown), timeout=TIMEOUT)
    (line,) = env.tab.history.shown
    assert "klachtbrief als PDF aan Klachtencommissie Jeugdhulp" in line
    assert "met wachtwoord" in line
    assert not env.tab.history.empty.isVisible()
    env.tab.clear()  # a lock: nothing of it stays
    assert env.tab.history.shown == [] and not env.tab.history.rows.count()
