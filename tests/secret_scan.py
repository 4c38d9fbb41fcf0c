"""Looking for a secret in every file under some folders, in every form it could take there.

A recovery key is 64 hex digits; on disk it may show up plain, grouped the way the noodkaart
prints it (groups of 8 with spaces or dashes), in capitals, as UTF-16 (Windows and Qt write
text that way), as the 32 raw bytes, or as text inside a PDF whose content streams are
compressed, or whose text is glyph ids only readable through the font's ToUnicode map. So a
file counts as holding the key when any of those forms is in its bytes, in any zlib stream in
it, or in the text pypdf or pdftotext extract from it.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterable
from pathlib import Path

from pypdf import PdfReader

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)


def secret_forms(key: bytes) -> list[bytes]:
    """The byte strings that would betray `key`."""
    hex_text = key.hex()
    groups = [hex_text[i : i + 8] for i in range(0, len(hex_text), 8)]
    texts = {hex_text, " ".join(groups), "-".join(groups), "\n".join(groups)}
    texts |= {text.upper() for text in texts}
    texts.add(base64.b64encode(key).decode())
    forms = [key]
    for text in texts:
        forms.append(text.encode("ascii"))
        forms.append(text.encode("utf-16-le"))
    return forms


def _layers(data: bytes) -> Iterable[bytes]:
    """The file itself and every zlib-compressed stream inside it (one level is enough for
    PDFs; a nested stream in an object stream is decompressed on its own pass)."""
    yield data
    pending = [data]
    while pending:
        blob = pending.pop()
        for match in _STREAM.finditer(blob):
            try:
                inner = zlib.decompress(match.group(1))
            except zlib.error:
                continue
            yield inner
            pending.append(inner)


def _pdf_texts(path: Path) -> Iterable[str]:
    try:
        reader = PdfReader(path)
        yield "".join(page.extract_text() or "" for page in reader.pages)
    except Exception:  # not a PDF, or not one pypdf reads: the byte checks still apply
        pass
    if shutil.which("pdftotext"):
        proc = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=60
        )
        if proc.returncode == 0:
            yield proc.stdout.decode("utf-8", "replace")


def holds_secret(path: Path, key: bytes) -> bool:
    data = path.read_bytes()
    forms = secret_forms(key)
    if any(form in layer for layer in _layers(data) for form in forms):
        return True
    if data.startswith(b"%PDF"):
        digits = key.hex()
        for text in _pdf_texts(path):
            if digits in re.sub(r"[\s\-]", "", text).lower():
                return True
    return False


def files_holding(key: bytes, *folders: Path) -> list[Path]:
    """Every regular file under `folders` that holds `key` in any of its forms."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink() and holds_secret(path, key):
                found.append(path)
    return found


def file_count(*folders: Path) -> int:
    return sum(1 for folder in folders for p in folder.rglob("*") if p.is_file())
