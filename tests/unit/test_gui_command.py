"""`vertrouwen` (the desktop app) on a system without libGL/libEGL: a clear line naming the
packages to install, not "unexpected error (ImportError)"."""

from __future__ import annotations

import importlib

import pytest

from vertrouwen import cli
from vertrouwen.commands import gui


def _missing(library: str):
    real = importlib.import_module

    def import_module(name: str, *args: object) -> object:
        if name.startswith("ui."):
            raise ImportError(
                f"{library}: cannot open shared object file: No such file or directory"
            )
        return real(name, *args)  # type: ignore[arg-type]

    return import_module


@pytest.mark.parametrize("library", ["libEGL.so.1", "libGL.so.1"])
def test_missing_graphics_libraries_name_the_packages(
    library: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(gui.importlib, "import_module", _missing(library))
    assert cli.main(["gui"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, "one line"
    assert err.startswith(f"vertrouwen gui: the desktop app needs {library} from the system")
    assert "sudo apt install libegl1 libgl1" in err or "sudo apt install libgl1 libegl1" in err
    assert "sudo dnf install mesa-lib" in err and "vertrouwen --help" in err
    assert "unexpected" not in err


def test_an_unknown_library_is_still_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(gui.importlib, "import_module", _missing("libxcb-cursor.so.0"))
    assert cli.main(["gui"]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0 could not be loaded" in err and "unexpected" not in err
