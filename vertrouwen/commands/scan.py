"""`scan [FILE|-] [--json]`: personal-data findings in a text; needs no vault.

Offsets are character (code point) offsets into the input exactly as its bytes decode from
UTF-8: nothing is dropped or translated. A CRLF counts two characters and a byte-order mark at
the start is character 0, so `text[start:end] == finding["text"]` for the note as the checker
holds it (the string it wrote out or piped in), for `data.decode("utf-8")` and for
`open(f, encoding="utf-8", newline="")`. (Text-mode reading with newline translation, or
"utf-8-sig", would shift offsets after the first CRLF or by the mark.) The detector reads a
byte-order mark as a space, so it never joins the first word or a finding.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vertrouwen.errors import InputError
from vertrouwen.privacy.findings import Finding


def run(args: argparse.Namespace) -> int:
    """Scan FILE (or stdin for None / "-") and print the findings as JSON or a table."""
    source = getattr(args, "file", None)
    text = _read_stdin() if source in (None, "-") else _read_file(Path(source))
    # imported here so a usage or input error never waits for the detector's tables
    from vertrouwen.privacy import load_detector

    if sys.stderr.isatty():
        print(
            "loading the personal-data word lists...",
            file=sys.stderr,
        )
    findings = load_detector().scan(text)
    if getattr(args, "json", False):
        _write(json.dumps([f.to_json() for f in findings], ensure_ascii=False) + "\n")
    else:
        _write(format_table(findings))
    return 0


def format_table(findings: list[Finding]) -> str:
    """A readable table: start, end, kind, text (line breaks in the text shown as spaces)."""
    if not findings:
        return "no personal data found\n"
    rows = [f"{'start':>6} {'end':>6}  {'kind':<10} text"]
    for f in findings:
        shown = " ".join(f.text.split())
        rows.append(f"{f.start:>6} {f.end:>6}  {f.kind:<10} {shown}")
    return "\n".join(rows) + "\n"


def _read_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"cannot read {path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"cannot read {path}: it is a folder, not a text file") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return _decode(data, str(path))


def _read_stdin() -> str:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath (tests, some IDE consoles)
        return sys.stdin.read()
    try:
        data = buffer.read()
    except OSError as exc:
        raise InputError(f"cannot read standard input: {exc.strerror or exc}") from None
    return _decode(data, "standard input")


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")  # keeps a byte-order mark and "\r\n": see the docstring
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (bad byte at position {exc.start}); save it as UTF-8"
        ) from None


def _write(output: str) -> None:
    try:
        sys.stdout.write(output)
    except UnicodeEncodeError:
        # a console set to a legacy code page: JSON is UTF-8 by definition, so write bytes
        sys.stdout.flush()
        sys.stdout.buffer.write(output.encode("utf-8"))
    sys.stdout.flush()
