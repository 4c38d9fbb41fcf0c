"""dev.py refuses Python versions the dependencies have no wheels for, and says what to use."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("version", [(3, 11, 0), (3, 12, 7), (3, 13, 9)])
def test_supported_versions_pass(version: tuple[int, int, int]) -> None:
    assert _dev().python_problem(version) is None


@pytest.mark.parametrize("version", [(3, 10, 12), (3, 14, 0), (3, 15, 0)])
def test_other_versions_get_a_clear_message(version: tuple[int, int, int]) -> None:
    problem = _dev().python_problem(version)
    assert problem is not None
    assert "Python 3.11 to 3.13" in problem
    assert f"this is Python {'.'.join(map(str, version))}" in problem


def test_windows_is_told_to_use_the_py_launcher(monkeypatch: pytest.MonkeyPatch) -> None:
    dev = _dev()
    monkeypatch.setattr(os, "name", "nt")
    problem = dev.python_problem((3, 14, 0))
    assert problem is not None and "py -3.13 dev.py test" in problem


def test_main_refuses_before_creating_anything(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dev = _dev()
    monkeypatch.setattr(sys, "version_info", (3, 14, 0, "final", 0))
    monkeypatch.setattr(dev, "ensure_venv", lambda: pytest.fail("must not install"))
    assert dev.main(["test"]) == 2
    assert "needs Python 3.11 to 3.13; this is Python 3.14.0" in capsys.readouterr().err


def test_the_workflow_is_linted_only_when_actionlint_is_there(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dev = _dev()
    monkeypatch.setattr(dev, "VENV", tmp_path / "venv")  # no actionlint in this .venv
    monkeypatch.setattr(dev.shutil, "which", lambda _name: None)
    assert dev.find_actionlint() is None
    assert dev.lint_workflows() is True
    assert "actionlint is not installed" in capsys.readouterr().out

    fake = tmp_path / "actionlint"
    fake.write_text('#!/bin/sh\necho "$PWD" > "$0.ran"\nexit 1\n')
    fake.chmod(0o755)
    monkeypatch.setattr(dev.shutil, "which", lambda _name: str(fake))
    assert dev.find_actionlint() == str(fake)
    assert dev.lint_workflows() is False  # its faults fail the check
    assert Path(f"{fake}.ran").read_text().strip() == str(ROOT)  # run from the repository


@pytest.mark.skipif(_dev().find_actionlint() is None, reason="actionlint not installed")
def test_the_ci_workflow_is_actionlint_clean() -> None:
    assert _dev().lint_workflows()
