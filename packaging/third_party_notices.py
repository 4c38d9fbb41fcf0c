#!/usr/bin/env python3
"""Write THIRD-PARTY-NOTICES from the installed distributions.

    .venv/bin/python packaging/third_party_notices.py [--out FILE] [--check]

Run it with the interpreter of the environment the bundle is built from (the spec does, and
writes the bundle's own copy); run it with the development `.venv` after changing a dependency
to refresh the copy in the repository (a unit test fails while that copy is stale).

What it lists: every distribution the app needs at run time (the `dependencies` in
pyproject.toml and what they require on this platform, followed through the installed
metadata), with its version, its licence (the metadata's SPDX `License-Expression`, else the
`License` field or classifier, else a reviewed entry in LICENCE_OVERRIDES) and the full text of
each licence file it ships; then the parts that are not Python distributions (the Python
interpreter, Qt inside PySide6, SQLCipher and OpenSSL inside sqlcipher3 and cryptography, the
fonts). Identical texts are printed once and referred to after that.

Options: --out FILE (default: THIRD-PARTY-NOTICES at the repository root), --check (exit 1,
writing nothing, when FILE differs from what would be written), --system-libraries LIST (the
spec passes the libraries PyInstaller copied from the build machine, e.g. libX11 and
fontconfig on Linux; each is listed with its Debian/Ubuntu package, version and copyright file).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata as md
import os
import platform
import re
import subprocess
import sys
import sysconfig
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LICENCES = Path(__file__).resolve().parent / "licenses"
DEFAULT_OUT = ROOT / "THIRD-PARTY-NOTICES"

# Distributions whose metadata names no SPDX licence; each entry was checked against the
# distribution's own licence file (the reason is printed beside it).
LICENCE_OVERRIDES: dict[str, tuple[str, str]] = {
    "sqlcipher3": ("Zlib", "its LICENSE is the zlib licence (Gerhard Häring's pysqlite)"),
    "python-stdnum": ("LGPL-2.1-or-later", "its source headers: LGPL 2.1 or any later version"),
    "reportlab": ("BSD-3-Clause", "its LICENSE is the 3-clause BSD licence"),
    "python-dateutil": ("Apache-2.0 AND BSD-3-Clause", "its LICENSE: changes since 2017 Apache"),
    "regex": ("Apache-2.0", "its LICENSE.txt is the Apache licence 2.0"),
}
CLASSIFIERS = {
    "License :: OSI Approved :: MIT License": "MIT",
    "License :: OSI Approved :: Apache Software License": "Apache-2.0",
    "License :: OSI Approved :: BSD License": "BSD",
    "License :: OSI Approved :: Python Software Foundation License": "PSF-2.0",
}
# Distributions under the LGPL: the bundle keeps them as separate files, outside the PYZ
# archive, so a user can replace them with a modified version (vertrouwen.spec reads this).
LGPL_REPLACEABLE = ("PySide6", "shiboken6", "stdnum", "frozendict", "deduce")

Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]
_LICENCE_NAME = re.compile(r"^(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


@dataclass
class Component:
    name: str
    version: str
    licence: str
    note: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(pyproject: Path = ROOT / "pyproject.toml") -> list[md.Distribution]:
    """The installed distributions the app needs at run time on this platform, by name."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    found: dict[str, md.Distribution] = {}
    todo = [Requirement(spec) for spec in project["dependencies"]]
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        key = _key(req.name)
        if key in found:
            continue
        try:
            dist = md.distribution(req.name)
        except md.PackageNotFoundError:
            raise SystemExit(
                f"notices: {req.name} is not installed in this environment ({sys.executable}); "
                "run this with the environment the app is built from"
            ) from None
        found[key] = dist
        todo.extend(Requirement(spec) for spec in dist.requires or [])
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def licence_of(dist: md.Distribution) -> tuple[str, str]:
    """(SPDX-style licence, where it came from when not the metadata's own expression)."""
    meta = dist.metadata
    name = _key(meta["Name"])
    if name in LICENCE_OVERRIDES:
        return LICENCE_OVERRIDES[name]
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip(), ""
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 60:
        return declared, ""
    for classifier in meta.get_all("Classifier") or []:
        if classifier in CLASSIFIERS:
            return CLASSIFIERS[classifier], "from its trove classifier"
    raise SystemExit(f"notices: no licence known for {meta['Name']}; add it to LICENCE_OVERRIDES")


def licence_texts(dist: md.Distribution) -> list[tuple[str, str]]:
    """The licence files the distribution ships (License-File, else LICENSE/COPYING files in
    its metadata folder)."""
    texts: list[tuple[str, str]] = []
    named = dist.metadata.get_all("License-File") or []
    for entry in named:
        for candidate in (f"licenses/{entry}", entry):
            text = dist.read_text(candidate)
            if text is not None:
                texts.append((entry, text))
                break
    if texts:
        return texts
    for file in dist.files or []:
        parts = file.parts
        if len(parts) >= 2 and parts[0].endswith(".dist-info") and _LICENCE_NAME.match(parts[-1]):
            texts.append(("/".join(parts[1:]), file.read_text(encoding="utf-8")))
    return texts


def _standard(name: str) -> str:
    return (LICENCES / name).read_text(encoding="utf-8")


def _python_licence() -> str:
    for folder in (sysconfig.get_paths()["stdlib"], sys.base_prefix):
        path = Path(folder) / "LICENSE.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return (
        "The Python Software Foundation License (PSF-2.0): https://docs.python.org/3/license.html\n"
    )


def components() -> list[Component]:
    listed: list[Component] = []
    for dist in runtime_distributions():
        licence, note = licence_of(dist)
        texts = licence_texts(dist)
        if not texts and "LGPL-3.0" in licence:  # PySide6, shiboken6: no licence file shipped
            texts = [("LGPL-3.0 (standard text)", _standard("LGPL-3.0.txt"))]
        if not texts:
            raise SystemExit(f"notices: {dist.metadata['Name']} ships no licence file")
        listed.append(Component(dist.metadata["Name"], dist.version, licence, note, texts))
    return listed


def other_components() -> list[Component]:
    """The parts inside the bundle that are not Python distributions of their own."""
    fonts = ROOT / "resources" / "fonts"
    return [
        Component(
            "Python",
            "3",
            "PSF-2.0",
            "the interpreter and standard library the bundle carries (readline left out)",
            [("LICENSE.txt", _python_licence())],
        ),
        Component(
            "Qt",
            "6",
            "LGPL-3.0-only",
            "the Qt libraries and plugins inside PySide6, used under the LGPL 3",
            [
                ("LGPL-3.0 (standard text)", _standard("LGPL-3.0.txt")),
                ("GPL-3.0 (the LGPL 3 builds on it)", _standard("GPL-3.0.txt")),
            ],
        ),
        Component(
            "SQLCipher",
            "4",
            "BSD-3-Clause",
            "built into sqlcipher3's extension module",
            [("LICENSE.md", _standard("SQLCipher.txt"))],
        ),
        Component(
            "OpenSSL",
            "3",
            "Apache-2.0",
            "libcrypto, built into sqlcipher3 and cryptography",
            [("Apache-2.0 (standard text)", _standard("Apache-2.0.txt"))],
        ),
        Component(
            "DejaVu fonts",
            "",
            "Bitstream-Vera AND LicenseRef-Public-Domain",
            "resources/fonts (PDF output)",
            [("DejaVu-LICENSE.txt", (fonts / "DejaVu-LICENSE.txt").read_text(encoding="utf-8"))],
        ),
        Component(
            "Inter font",
            "",
            "OFL-1.1",
            "resources/fonts (the app's typeface)",
            [("Inter-LICENSE.txt", (fonts / "Inter-LICENSE.txt").read_text(encoding="utf-8"))],
        ),
    ]


def _package_of(path: str, run: Runner) -> str | None:
    """The Debian/Ubuntu package that installed `path` (or None without dpkg, or for a file
    no package owns)."""
    for candidate in dict.fromkeys((path, os.path.realpath(path))):
        try:
            done = run(["dpkg", "-S", candidate])
        except OSError:
            return None
        if done.returncode == 0 and ":" in done.stdout:
            return done.stdout.split(":", 1)[0].strip()
    return None


def _dep5_licences(copyright_text: str) -> str:
    """The licence names a machine-readable (DEP-5) copyright file declares, in order."""
    names = re.findall(r"^License:[ \t]*(\S[^\n]*)$", copyright_text, re.MULTILINE)
    return " AND ".join(dict.fromkeys(name.strip() for name in names))


def system_components(paths: list[str], run: Runner | None = None) -> list[Component]:
    """The libraries PyInstaller copied from the build machine (not from a wheel), grouped by
    the distribution package they came from, with that package's copyright file."""
    run = run or _run
    by_package: dict[str, list[str]] = {}
    for path in paths:
        package = _package_of(path, run) or ""
        by_package.setdefault(package, []).append(os.path.basename(path))
    found = []
    for package, libraries in sorted(by_package.items()):
        names = ", ".join(sorted(libraries))
        if not package:
            found.append(
                Component("other system libraries", "", "unknown", f"no package owns: {names}")
            )
            continue
        version = run(["dpkg-query", "-W", "-f=${Version}", package]).stdout.strip()
        doc = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        text = doc.read_text(encoding="utf-8", errors="replace") if doc.is_file() else ""
        licence = _dep5_licences(text) or "see its copyright file"
        texts = [(str(doc), text)] if text else []
        found.append(Component(package, version, licence, f"from the build system: {names}", texts))
    return found


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def environment_line() -> str:
    """Which Python and platform the list is for: dependencies differ by both (environment
    markers), so the test compares only like with like."""
    return (
        f"Written for: Python {sys.version_info.major}.{sys.version_info.minor} on "
        f"{sys.platform} ({platform.machine() or 'unknown'})"
    )


def summary_line(item: Component) -> str:
    return f"  {item.name:<28} {item.version:<14} {item.licence}"


def render(
    dists: list[Component],
    others: list[Component],
    version: str,
    system: list[Component] | None = None,
) -> str:
    system = system or []
    out = [
        f"THIRD-PARTY NOTICES for Vertrouwen {version}",
        environment_line(),
        "",
        "Vertrouwen is licensed under the European Union Public Licence 1.2 (EUPL-1.2, see",
        "LICENSE). It is built on the software below, each under its own licence. Generated by",
        "packaging/third_party_notices.py from the installed distributions; do not edit by hand.",
        "",
        "Replacing the LGPL parts: PySide6 and shiboken6 (Qt), python-stdnum, frozendict and",
        "deduce are kept as ordinary files in the program's folder (_internal/ beside the",
        "program; in the macOS app under Contents/Frameworks and Contents/Resources), not inside",
        "its archive, so you can replace them with a modified version of the same interface.",
        "Their sources: https://download.qt.io/official_releases/QtForPython/ and",
        "https://code.qt.io (Qt, PySide6), and each project's page on PyPI.",
        "",
        "Python distributions (name, version, licence):",
        *(summary_line(item) for item in dists),
        "",
        "Other parts:",
        *(summary_line(item) + (f"  ({item.note})" if item.note else "") for item in others),
        "",
    ]
    if system:
        out += [
            "System libraries the bundle carries (from the build machine's packages; licences as",
            "their copyright files declare them, each file in full below):",
            *(summary_line(item) + f"  ({item.note})" for item in system),
            "",
        ]
    seen: dict[str, str] = {}
    for item in [*dists, *others, *system]:
        title = f"{item.name} {item.version}".strip()
        out += ["", "=" * 78, f"{title} — {item.licence}"]
        if item.note:
            out.append(f"({item.note})")
        out.append("=" * 78)
        for file_name, text in item.texts:
            digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
            out += ["", f"--- {file_name} ---"]
            if digest in seen:
                out.append(f"(the same text as {seen[digest]} above)")
                continue
            seen[digest] = f"{title}: {file_name}"
            out.append(text.replace("\r\n", "\n").rstrip())
    return "\n".join(out) + "\n"


def summary_rows(notices: str) -> list[tuple[str, str, str]]:
    """(name, version, licence) of the Python distributions a notices file lists."""
    rows: list[tuple[str, str, str]] = []
    lines = notices.splitlines()
    start = lines.index("Python distributions (name, version, licence):") + 1
    for line in lines[start:]:
        if not line.strip():
            break
        name, version, licence = line.split(None, 2)
        rows.append((name, version, licence))
    return rows


def build(version: str | None = None, system_libraries: list[str] | None = None) -> str:
    if version is None:
        pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        version = str(pyproject["project"]["version"])
    system = system_components(system_libraries) if system_libraries else []
    return render(components(), other_components(), version, system)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if stale")
    parser.add_argument(
        "--system-libraries",
        type=Path,
        help="a file naming, one per line, libraries the bundle copied from the build system",
    )
    args = parser.parse_args(argv)
    listed = (
        args.system_libraries.read_text(encoding="utf-8").split() if args.system_libraries else None
    )
    text = build(system_libraries=listed)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"notices: {args.out} is stale; run packaging/third_party_notices.py")
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"notices: wrote {args.out} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
