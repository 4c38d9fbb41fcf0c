"""The installer files agree with each other and with pyproject.toml (the build itself is slow
and runs as `python3 packaging/build_linux.py`, not here)."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import vertrouwen
from vertrouwen import resources
from vertrouwen.privacy import lexicon

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "nl.vertrouwen.Vertrouwen"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

# keys of the Desktop Entry Specification 1.5 that a Type=Application entry may carry
DESKTOP_KEYS = {
    "Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden",
    "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path", "Terminal",
    "Actions", "MimeType", "Categories", "Implements", "Keywords", "StartupNotify",
    "StartupWMClass", "PrefersNonDefaultGPU", "SingleMainWindow",
}  # fmt: skip


def test_version_is_the_same_everywhere() -> None:
    assert vertrouwen.__version__ == VERSION
    numbers = tuple(int(n) for n in VERSION.split(".")) + (0,) * (4 - len(VERSION.split(".")))
    info = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    for field in ("filevers", "prodvers"):
        found = re.search(rf"{field}=\(([^)]*)\)", info)
        assert found, field
        assert tuple(int(n) for n in found.group(1).split(",")) == numbers, field
    for key in ("FileVersion", "ProductVersion"):
        assert f"StringStruct('{key}', '{VERSION}')" in info
    iss = (PACKAGING / "windows" / "vertrouwen.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{VERSION}"' in iss
    releases = _metainfo().findall("releases/release")
    assert releases[0].get("version") == VERSION, "newest release first, matching pyproject"


def test_desktop_file_is_valid() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    entry = parser["Desktop Entry"]
    for key in entry:
        assert key.split("[", 1)[0] in DESKTOP_KEYS, key
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "vertrouwen" == entry["TryExec"]
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), key
    assert "Office" in entry["Categories"].split(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="not installed")
def test_desktop_file_passes_desktop_file_validate() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _metainfo() -> ET.Element:
    return ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()


def test_metainfo_is_well_formed_and_points_at_the_desktop_file() -> None:
    root = _metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "EUPL-1.2"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("provides/binary") == "vertrouwen"
    assert root.find("description") is not None and root.find("content_rating") is not None


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_passes_appstreamcli() -> None:
    path = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_macos_settings() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as file:
        info = plistlib.load(file)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])
    assert info["CFBundleIconFile"] == "vertrouwen.icns"
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as file:
        assert isinstance(plistlib.load(file), dict)


def test_spec_compiles_and_names_existing_files() -> None:
    spec = (PACKAGING / "vertrouwen.spec").read_text(encoding="utf-8")
    compile(spec, "vertrouwen.spec", "exec")
    for name in re.findall(r'PACKAGING / "([^"]+)"(?: / "([^"]+)")?(?: / "([^"]+)")?', spec):
        path = PACKAGING.joinpath(*[part for part in name if part])
        assert path.exists(), path
    assert '"resources"' in spec and "DEDUCE_LISTS" in spec
    assert '"QtWebEngineCore"' in spec and '"Qt3DCore"' in spec


def test_windows_installer_script() -> None:
    iss = (PACKAGING / "windows" / "vertrouwen.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss  # per user, no administrator
    assert 'MessagesFile: "compiler:Languages\\Dutch.isl"' in iss
    assert 'MessagesFile: "compiler:Default.isl"' in iss
    assert "[Icons]" in iss and "{group}" in iss
    assert "SetupIconFile=..\\icons\\vertrouwen.ico" in iss


def test_icons() -> None:
    icons = PACKAGING / "icons"
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = (icons / "png" / f"{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (icons / "vertrouwen.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6])[:2] == (0, 1)
    icns = (icons / "vertrouwen.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_linux_install_scripts_parse() -> None:
    for name in ("install.sh", "uninstall.sh"):
        result = subprocess.run(["sh", "-n", str(PACKAGING / "linux" / name)])
        assert result.returncode == 0, name


def test_resource_path_in_the_source_tree() -> None:
    assert resources.resource_path("routes") == ROOT / "resources" / "routes"
    assert resources.resource_path("routes").is_dir()


def test_resource_path_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("icons", "x.svg") == tmp_path / "resources" / "icons" / "x.svg"


def test_the_bundle_carries_deduces_word_lists_not_its_code() -> None:
    """Privacy guard v2 reads deduce's lists as data: the spec bundles exactly the lists the
    lexicon reads (each exists in the installed package) and leaves deduce's pipeline out."""
    spec = (PACKAGING / "vertrouwen.spec").read_text(encoding="utf-8")
    assert "prebuild" not in spec and "lookup_structs" not in spec
    assert not (PACKAGING / "prebuild_deduce.py").exists()
    assert "*DEDUCE_CODE," in spec
    for name in ("deduce", "docdeid", "numpy", "rapidfuzz", "regex"):
        assert f'"{name}"' in spec
    folder = lexicon._deduce_dir()
    assert folder is not None
    for rel in lexicon.DEDUCE_LISTS:
        assert (folder / rel).is_file(), rel


def test_lexicon_reads_the_word_lists_from_a_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """In a bundle deduce is no importable package: its lists lie under sys._MEIPASS."""
    src = tmp_path / "deduce" / "data" / "lookup" / "src"
    first = src / "names" / "lst_first_name" / "items.txt"
    first.parent.mkdir(parents=True)
    first.write_text("Abebech\nTesfay\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert lexicon._deduce_dir() == src
    assert lexicon._read_deduce("names/lst_first_name/items.txt") == {"abebech", "tesfay"}


def _build_linux():
    spec = importlib.util.spec_from_file_location("build_linux", PACKAGING / "build_linux.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


OBJDUMP_P = """
Dynamic Section:
  NEEDED               libc.so.6

Version References:
  required from libm.so.6:
    0x09691a75 0x00 05 GLIBC_2.2.5
  required from libc.so.6:
    0x069691b4 0x00 09 GLIBC_2.34
    0x06969196 0x00 08 GLIBC_2.36
  required from libstdc++.so.6:
    0x08922974 0x00 07 GLIBCXX_3.4
    0x0297f871 0x00 06 GLIBCXX_3.4.31
  required from libz.so.1:
    0x0827e5c0 0x00 04 ZLIB_1.2.0
"""


def test_glibc_needs_are_read_from_objdump() -> None:
    build = _build_linux()
    needs = build.version_needs(OBJDUMP_P)
    assert ("libc.so.6", "GLIBC_2.36") in needs and ("libz.so.1", "ZLIB_1.2.0") in needs
    assert build.too_new(needs) == ["GLIBC_2.36", "GLIBCXX_3.4.31"]
    assert build.too_new(needs, glibc=(2, 36), glibcxx=(3, 4, 32)) == []


@pytest.mark.skipif(shutil.which("objdump") is None, reason="binutils not installed")
def test_glibc_check_on_real_libraries(tmp_path: Path) -> None:
    """sqlcipher3's extension (a manylinux wheel) is within 2.35; promising 2.2 it is not."""
    import sqlcipher3

    build = _build_linux()
    bundle = tmp_path / "Vertrouwen"
    (bundle / "_internal").mkdir(parents=True)
    [extension] = Path(sqlcipher3.__file__).parent.glob("_sqlite3*.so")
    shutil.copy(extension, bundle / "_internal" / extension.name)
    (bundle / "_internal" / "notes.txt").write_text("not ELF")
    assert build.check_glibc(bundle) == []
    problems = build.check_glibc(bundle, (2, 2))
    assert len(problems) == 1 and problems[0].startswith(f"_internal/{extension.name} needs GLIBC_")


def test_the_spec_leaves_the_system_runtime_to_the_system() -> None:
    spec = (PACKAGING / "vertrouwen.spec").read_text(encoding="utf-8")
    assert '"libstdc++.so.6", "libgcc_s.so.1", "libexpat.so.1"' in spec


def test_the_ci_workflow_builds_every_platform() -> None:
    """What the workflow promises (actionlint checks its syntax where installed: dev.py)."""
    text = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-22.04", "windows-latest", "macos-14"):
        assert f"runs-on: {runner}" in text, runner
    assert "python dev.py test" in text
    assert "python packaging/build_linux.py" in text  # bundle, glibc check, tarball, smoke
    assert text.count("packaging/smoke_test.py dist/Vertrouwen") == 2  # Windows and macOS
    assert "iscc " in text and "packaging\\windows\\vertrouwen.iss" in text
    assert "ln -s /Applications build/dmg/Applications" in text and "hdiutil create" in text
    for artifact in ("linux-*.tar.gz", "-setup.exe", "-macos-arm64.dmg"):
        assert artifact in text, artifact
    assert text.count("actions/upload-artifact@") == 3
