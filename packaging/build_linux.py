#!/usr/bin/env python3
"""Build the Linux app from a fresh clone: `python3 packaging/build_linux.py`.

Needs only Python 3.11-3.13 (built with a shared libpython, as distributions ship it) and the
network to PyPI. It never uses the project's development `.venv`:

1. creates its own virtual environment in `build/venv` (again whenever pyproject.toml changes)
   and installs the app's dependencies from pyproject.toml plus the `packaging` group;
2. runs PyInstaller on `packaging/vertrouwen.spec`, which writes the one-folder bundle to
   `dist/Vertrouwen/`;
3. packs `dist/Vertrouwen-<version>-linux-<arch>.tar.gz` (the bundle plus desktop file, icons,
   AppStream metainfo and `install.sh`);
4. runs `packaging/smoke_test.py` on the bundle, outside any virtual environment.

After the build it checks every ELF file in the bundle with `objdump -p` and fails when one
needs a newer glibc (or system libstdc++) than promised: glibc 2.35 (Ubuntu 22.04, Mint 21).

Options: --skip-build (reuse dist/Vertrouwen), --skip-smoke, --no-tarball, --glibc X.Y.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import venv
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
VENV = BUILD / "venv"
STAMP = VENV / ".installed-from"
DIST = ROOT / "dist"
BUNDLE = DIST / "Vertrouwen"
APP_ID = "nl.vertrouwen.Vertrouwen"


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


def _build_requirements() -> ModuleType:
    """packaging/build_requirements.py, which the Windows and macOS builds run as a script."""
    spec = importlib.util.spec_from_file_location(
        "build_requirements", PACKAGING / "build_requirements.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def project() -> dict[str, object]:
    meta: dict[str, object] = _build_requirements().project()
    return meta


def requirements() -> list[str]:
    """The app's run-time dependencies plus the packaging tools (build_requirements.py)."""
    found: list[str] = _build_requirements().requirements()
    return found


def ensure_venv() -> Path:
    """Create or refresh build/venv; return its interpreter."""
    py = VENV / "bin" / "python"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not py.exists():
        say(f"creating the build environment in {VENV.relative_to(ROOT)}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != wanted:
        say("installing dependencies into it (the first time takes a few minutes)")
        pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.check_call([*pip, "--upgrade", "pip"])
        subprocess.check_call([*pip, *requirements()])
        STAMP.write_text(wanted)
    return py


def clean_env() -> dict[str, str]:
    """The environment without traces of an activated virtual environment or PYTHONPATH."""
    drop = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    active = os.environ.get("VIRTUAL_ENV")
    if active:
        env["PATH"] = os.pathsep.join(
            p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(active)
        )
    return env


# Libraries Qt's X11 platform plugin links to that are missing from some desktops (Qt names
# them in its "could not load the Qt platform plugin xcb" error). When the build machine has
# them, PyInstaller bundles them and the app starts on such desktops too.
XCB_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def check_xcb_libs() -> None:
    try:
        known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    except OSError:
        return
    missing = [pkg for lib, pkg in XCB_LIBS.items() if lib not in known]
    if missing:
        say(
            "warning: the bundle will lack X11 libraries some desktops do not have; "
            f"to bundle them first run: sudo apt install {' '.join(missing)}"
        )


def run_pyinstaller(py: Path) -> None:
    say("running PyInstaller on packaging/vertrouwen.spec (several minutes)")
    started = time.monotonic()
    subprocess.check_call(
        [
            str(py),
            "-m",
            "PyInstaller",
            str(PACKAGING / "vertrouwen.spec"),
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={BUILD / 'pyinstaller'}",
        ],
        cwd=ROOT,
        env=clean_env(),
    )
    say(f"bundle built in {time.monotonic() - started:.0f} s: {BUNDLE.relative_to(ROOT)}/")


def _vendored(path: Path, inner: Path) -> bool:
    """Whether `path` belongs to a wheel that auditwheel repaired with patchelf.

    strip rewrites such files into a layout the loader rejects ("ELF load command
    address/offset not page-aligned"), so they, and the package beside its `<pkg>.libs/`
    folder, are left as they are.
    """
    rel = path.relative_to(inner).parts
    if any(part.endswith(".libs") for part in rel[:-1]):
        return True
    if len(rel) > 1 and (inner / f"{rel[0]}.libs").is_dir():
        return True
    return re.search(r"-[0-9a-f]{8}\.so", path.name) is not None  # auditwheel's renamed copies


def strip_bundle() -> None:
    """Strip symbols from the interpreter and extension modules (PySide6 comes stripped)."""
    strip = shutil.which("strip")
    inner = BUNDLE / "_internal"
    if strip is None or not inner.is_dir():
        return
    saved = 0
    for path in sorted(inner.rglob("*")):
        if path.is_symlink() or not path.is_file() or ".so" not in path.name:
            continue
        rel = path.relative_to(inner).parts
        if rel[0] == "PySide6" or _vendored(path, inner):
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        before = path.stat().st_size
        if subprocess.call([strip, "--strip-unneeded", str(path)]) == 0:
            saved += before - path.stat().st_size
    say(f"stripped symbols: {saved / 2**20:.0f} MiB saved")


# The oldest glibc (and GCC runtime) the Linux bundle promises to run on: Ubuntu 22.04 LTS and
# Linux Mint 21 (glibc 2.35, GCC 12's libstdc++); Debian 12, Fedora 36 and newer are newer.
PROMISED_GLIBC = (2, 35)
PROMISED_GLIBCXX = (3, 4, 30)
_GLIBC_LIBS = {"libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1"}
_GLIBC_LIBS |= {"ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libresolv.so.2", "libutil.so.1"}


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in text.split("."))


def version_needs(objdump_p: str) -> list[tuple[str, str]]:
    """(library, version) pairs from `objdump -p`'s "Version References" section."""
    needs: list[tuple[str, str]] = []
    library = ""
    in_refs = False
    for line in objdump_p.splitlines():
        if line.startswith("Version References:"):
            in_refs = True
            continue
        if not in_refs:
            continue
        required = re.match(r"\s+required from (\S+):", line)
        if required:
            library = required.group(1)
            continue
        version = re.match(r"\s+0x[0-9a-f]+ 0x[0-9a-f]+ \d+ (\S+)", line)
        if version:
            needs.append((library, version.group(1)))
        elif line.strip() and not line.startswith(" "):
            in_refs = False
    return needs


def too_new(
    needs: list[tuple[str, str]],
    glibc: tuple[int, ...] = PROMISED_GLIBC,
    glibcxx: tuple[int, ...] = PROMISED_GLIBCXX,
) -> list[str]:
    """The requirements beyond the promise: glibc's from glibc's libraries, and libstdc++'s
    (the system's, since the bundle leaves it out)."""
    found = []
    for library, version in needs:
        name, _, number = version.partition("_")
        if not number[:1].isdigit():
            continue  # GLIBC_PRIVATE and the like
        if (library in _GLIBC_LIBS and name == "GLIBC" and _version(number) > glibc) or (
            library == "libstdc++.so.6" and name == "GLIBCXX" and _version(number) > glibcxx
        ):
            found.append(version)
    return found


def check_glibc(bundle: Path, glibc: tuple[int, ...] = PROMISED_GLIBC) -> list[str]:
    """Every file in the bundle that needs a newer glibc (or libstdc++) than promised, with
    what it needs; empty when the promise holds."""
    problems = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
        beyond = too_new(version_needs(dump.stdout), glibc)
        if beyond:
            newest = max(beyond, key=lambda v: _version(v.split("_", 1)[1]))
            problems.append(f"{path.relative_to(bundle)} needs {newest}")
    return problems


def make_tarball(version: str) -> Path:
    """Pack the bundle with the desktop integration files and the per-user installer."""
    arch = platform.machine() or "x86_64"
    name = f"Vertrouwen-{version}-linux-{arch}"
    out = DIST / f"{name}.tar.gz"
    linux = PACKAGING / "linux"
    icons = PACKAGING / "icons"
    extras = {
        f"{name}/install.sh": linux / "install.sh",
        f"{name}/uninstall.sh": linux / "uninstall.sh",
        f"{name}/{APP_ID}.desktop": linux / f"{APP_ID}.desktop",
        f"{name}/{APP_ID}.metainfo.xml": linux / f"{APP_ID}.metainfo.xml",
        f"{name}/icons/{APP_ID}.svg": ROOT / "resources" / "icons" / "vertrouwen.svg",
        f"{name}/LICENSE": ROOT / "LICENSE",
        # the copy the spec wrote from the build environment, for exactly what is bundled
        f"{name}/THIRD-PARTY-NOTICES": BUNDLE / "_internal" / "THIRD-PARTY-NOTICES",
    }
    for png in sorted((icons / "png").glob("*.png")):
        extras[f"{name}/icons/{png.name}"] = png
    tmp = out.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=f"{name}/Vertrouwen")
        for arcname, src in extras.items():
            tar.add(src, arcname=arcname)
    tmp.replace(out)
    say(f"tarball {out.relative_to(ROOT)}: {out.stat().st_size / 2**20:.1f} MiB")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--skip-build", action="store_true", help="reuse dist/Vertrouwen")
    parser.add_argument("--skip-smoke", action="store_true", help="do not run the smoke test")
    parser.add_argument("--no-tarball", action="store_true", help="do not pack the tarball")
    parser.add_argument(
        "--glibc",
        default=".".join(map(str, PROMISED_GLIBC)),
        help="the oldest glibc the bundle must run on (default: %(default)s, Ubuntu 22.04)",
    )
    args = parser.parse_args(argv)
    if sys.platform != "linux":
        say("this script builds the Linux app; see packaging/README.md for Windows and macOS")
        return 2
    version = str(project()["version"])
    if not args.skip_build:
        if shutil.which("objdump") is None:
            say("PyInstaller needs objdump: install binutils (apt install binutils) first")
            return 2
        check_xcb_libs()
        run_pyinstaller(ensure_venv())
        strip_bundle()
    if not (BUNDLE / "vertrouwen").exists():
        say(f"no bundle at {BUNDLE}; run without --skip-build")
        return 1
    promise = _version(args.glibc)
    problems = check_glibc(BUNDLE, promise)
    if problems:
        say(
            f"the bundle needs a newer glibc than the {args.glibc} it promises (Ubuntu 22.04, "
            f"Mint 21), so it would not start there; {len(problems)} files, e.g.:"
        )
        for line in problems[:12]:
            print(f"  {line}", flush=True)
        say(
            "build on the oldest system you support (the CI workflow builds on ubuntu-22.04), "
            "or promise less with --glibc X.Y"
        )
        return 3
    say(f"glibc check: nothing in the bundle needs more than glibc {args.glibc}")
    if not args.no_tarball:
        make_tarball(version)
    if args.skip_smoke:
        return 0
    say("smoke test of the built bundle")
    # The system interpreter runs the test (stdlib only), from a neutral folder and without any
    # virtual environment, so the bundle has to stand on its own.
    return subprocess.call(
        [
            sys.executable,
            str(PACKAGING / "smoke_test.py"),
            str(BUNDLE),
            "--expect-version",
            version,
        ],
        cwd=BUILD if BUILD.exists() else ROOT,
        env=clean_env(),
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
