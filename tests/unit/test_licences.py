"""The licence files: the EUPL text, the SPDX string, and THIRD-PARTY-NOTICES that cannot go
stale silently (it must list exactly the installed run-time distributions)."""

from __future__ import annotations

import hashlib
import importlib.metadata as md
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# SHA-256 of the EUPL v1.2 English text as the SPDX licence list carries it (text/EUPL-1.2)
EUPL_SHA256 = "57fb42fbcd0b037ce528ed8f72f1ec095d67bc6825ecf1448ff39be1fe68a4b4"


def _notices_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "third_party_notices", PACKAGING / "third_party_notices.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_licence_is_the_eupl_1_2() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n")
    for number, heading in enumerate(
        [
            "Definitions",
            "Scope of the rights granted by the Licence",
            "Communication of the Source Code",
            "Limitations on copyright",
            "Obligations of the Licensee",
            "Chain of Authorship",
            "Disclaimer of Warranty",
            "Disclaimer of Liability",
            "Additional agreements",
            "Acceptance of the Licence",
            "Information to the public",
            "Termination of the Licence",
            "Miscellaneous",
            "Jurisdiction",
            "Applicable Law",
        ],
        start=1,
    ):
        assert f"\n{number}.{heading}\n" in text, heading
    assert "‘Compatible Licences’ according to Article 5 EUPL are:" in text
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == EUPL_SHA256


def test_pyproject_names_the_licence_as_spdx() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "EUPL-1.2"  # a string, not the table setuptools will drop
    for name in project["license-files"]:
        assert (ROOT / name).is_file(), name
    assert md.metadata("vertrouwen")["License-Expression"] == "EUPL-1.2"


def test_python_range_matches_the_wheels() -> None:
    assert PYPROJECT["project"]["requires-python"] == ">=3.11,<3.14"


def test_jsonschema_is_only_a_test_tool() -> None:
    runtime = " ".join(PYPROJECT["project"]["dependencies"])
    assert "jsonschema" not in runtime
    dev = PYPROJECT["project"]["optional-dependencies"]["dev"]
    assert any(d.startswith("jsonschema") for d in dev)
    for path in [*(ROOT / "vertrouwen").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        assert not re.search(r"^\s*(import|from) jsonschema", path.read_text("utf-8"), re.M), path


def test_notices_list_exactly_the_installed_runtime_distributions() -> None:
    notices = _notices_module()
    committed = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    written_for = committed.splitlines()[1]
    if written_for != notices.environment_line():
        # another Python or platform needs other distributions (environment markers); the
        # bundles built there carry notices written there
        pytest.skip(f"the notices are {written_for[0].lower()}{written_for[1:]}, not here")
    # Names and licences, not versions: a dependency's new release on the registry must not
    # fail a fresh clone's test run (the bundles write their own notices when they are built).
    installed = [
        (d.metadata["Name"], notices.licence_of(d)[0]) for d in notices.runtime_distributions()
    ]
    rows = [(name, licence) for name, _version, licence in notices.summary_rows(committed)]
    assert rows == installed, (
        "THIRD-PARTY-NOTICES does not match the installed distributions: after changing a "
        "dependency run .venv/bin/python packaging/third_party_notices.py; if only this .venv "
        "is older than a fresh install, refresh it (python3 dev.py venv after a pyproject change "
        "upgrades it; or remove .venv)"
    )
    names = {name.lower() for name, _ in installed}
    assert {"pyside6", "sqlcipher3", "cryptography", "deduce", "python-stdnum"} <= names
    assert "jsonschema" not in names and "pytest" not in names


def test_notices_carry_every_licence_text() -> None:
    notices = _notices_module()
    committed = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    for dist in notices.runtime_distributions():
        header = f"{dist.metadata['Name']} {dist.version} — "
        if header not in committed:  # a newer release than the file was written for
            assert f"\n{dist.metadata['Name']} " in committed, dist.metadata["Name"]
            continue
        for file_name, text in notices.licence_texts(dist):
            assert f"--- {file_name} ---" in committed
            first = next(line for line in text.splitlines() if line.strip())
            assert first.rstrip() in committed, (dist.metadata["Name"], file_name)
    for part in ("Qt 6 — LGPL-3.0-only", "SQLCipher 4 — BSD-3-Clause", "OpenSSL 3 — Apache-2.0"):
        assert part in committed
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in committed
    assert "ZETETIC LLC" in committed


def test_a_stale_notices_file_is_caught(tmp_path: Path) -> None:
    notices = _notices_module()
    out = tmp_path / "NOTICES"
    assert notices.main(["--out", str(out)]) == 0
    assert notices.main(["--out", str(out), "--check"]) == 0
    out.write_text(out.read_text("utf-8").replace("sqlcipher3 ", "sqlcipher3x", 1), "utf-8")
    assert notices.main(["--out", str(out), "--check"]) == 1


def test_every_lgpl_distribution_is_collected_as_replaceable_files() -> None:
    """A new LGPL dependency must not end up inside the PYZ archive unnoticed."""
    notices = _notices_module()
    for dist in notices.runtime_distributions():
        licence = notices.licence_of(dist)[0]
        if "LGPL" not in licence:
            continue
        tops = {
            file.parts[0]
            for file in dist.files or []
            if len(file.parts) > 1
            and not file.parts[0].endswith((".dist-info", ".libs"))
            and file.parts[0] not in ("__pycache__", "..")
        }
        assert tops, dist.metadata["Name"]
        assert tops <= set(notices.LGPL_REPLACEABLE), (dist.metadata["Name"], tops)
    spec = (PACKAGING / "vertrouwen.spec").read_text(encoding="utf-8")
    assert 'module_collection_mode={name: "py" for name in LGPL_REPLACEABLE}' in spec
    assert '"readline",' in spec  # GPL readline stays out of the bundle
    assert 'a.datas.append(("THIRD-PARTY-NOTICES", str(NOTICES), "DATA"))' in spec
    assert '(str(ROOT / "LICENSE"), ".")' in spec


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_install_puts_an_uninstaller_with_the_program(tmp_path: Path) -> None:
    """install.sh (as the tarball lays it out) installs uninstall.sh in the program folder,
    which removes everything it installed and never the vault."""
    unpacked = tmp_path / "Vertrouwen-0.1.0-linux-x86_64"
    (unpacked / "Vertrouwen").mkdir(parents=True)
    program = unpacked / "Vertrouwen" / "vertrouwen"
    program.write_text("#!/bin/sh\necho vertrouwen\n")
    program.chmod(0o755)
    for name in ("install.sh", "uninstall.sh"):
        shutil.copy(PACKAGING / "linux" / name, unpacked / name)
    app_id = "nl.vertrouwen.Vertrouwen"
    for name in (f"{app_id}.desktop", f"{app_id}.metainfo.xml"):
        shutil.copy(PACKAGING / "linux" / name, unpacked / name)
    (unpacked / "icons").mkdir()
    shutil.copy(PACKAGING / "icons" / "png" / "64.png", unpacked / "icons" / "64.png")
    svg = ROOT / "resources" / "icons" / "vertrouwen.svg"
    shutil.copy(svg, unpacked / "icons" / f"{app_id}.svg")
    home = tmp_path / "home"
    vault = home / ".local" / "share" / "Vertrouwen" / "vault.db"
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"not really a vault")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(unpacked / "install.sh"), "--user"], env=env, check=True)
    prefix = home / ".local" / "lib" / "vertrouwen"
    assert (prefix / "vertrouwen").is_file()
    assert (home / ".local" / "share" / "applications" / f"{app_id}.desktop").is_file()
    uninstaller = prefix / "uninstall.sh"
    assert uninstaller.is_file()

    # from another folder and a shell that is not the user's login: the saved paths are used
    subprocess.run(["sh", str(uninstaller)], env=env, check=True, cwd=tmp_path)
    assert not prefix.exists()
    assert not (home / ".local" / "bin" / "vertrouwen").exists()
    assert not (home / ".local" / "share" / "applications" / f"{app_id}.desktop").exists()
    assert not list((home / ".local" / "share" / "icons").rglob(f"{app_id}.*"))
    assert vault.read_bytes() == b"not really a vault"


LIBC = Path("/lib/x86_64-linux-gnu/libc.so.6")


@pytest.mark.skipif(shutil.which("dpkg") is None or not LIBC.exists(), reason="not Debian x86-64")
def test_system_libraries_are_named_with_their_package_and_copyright() -> None:
    """What a Linux bundle adds: libraries copied from the build machine, by package."""
    notices = _notices_module()
    [component] = notices.system_components([str(LIBC)])
    assert component.name.startswith("libc6") and component.version
    assert "libc.so.6" in component.note
    assert component.texts and "GNU" in component.texts[0][1]
    text = notices.render([], [], "0.0", [component])
    assert "System libraries the bundle carries" in text and component.name in text


def test_the_about_dialog_finds_the_licence_files_in_source_and_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from vertrouwen.resources import legal_path

    assert legal_path("LICENSE") == ROOT / "LICENSE"
    assert legal_path("THIRD-PARTY-NOTICES").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert legal_path("THIRD-PARTY-NOTICES") == tmp_path / "THIRD-PARTY-NOTICES"
