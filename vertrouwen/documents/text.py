"""Text out of documents, for the full-text index and the preview: PDF text layer, DOCX and ODT
paragraphs, e-mail bodies, plain text.

DOCX and ODT are read with the standard library (zipfile and ElementTree) rather than
python-docx or odfpy: only the one XML member that holds the text is needed, and reading it
ourselves lets every read be capped, which is what stops a zip bomb (a few KB that inflate to
gigabytes). Document type declarations are refused outright, so no entity tricks reach the
parser. Every extractor stops at MAX_TEXT characters and PDF extraction at a time budget: a
document too big to index completely is still stored, and searchable in its first part.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from typing import IO
from xml.etree import ElementTree

from vertrouwen.errors import DocumentRefused, InputError

MAX_TEXT = 2_000_000  # characters indexed per document
MAX_XML = 32 << 20  # bytes of XML read from a DOCX or ODT; more is refused as a zip bomb
MAX_RATIO = 200  # uncompressed / compressed size of that member; real text stays far below
PDF_SECONDS = 1.2  # opening and text extraction of one PDF, so an import stays under 2 s

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _refuse(filename: str, why: str, reason: str = "damaged") -> InputError:
    return DocumentRefused(f"{filename} {why}; nothing was stored", reason, filename)


# -- PDF -----------------------------------------------------------------------------------
def open_pdf(fh: IO[bytes], filename: str) -> object:
    """A pypdf reader for `fh`, checked: not password-protected, at least one page."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would name our input
    fh.seek(0)
    try:
        reader = PdfReader(fh, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _refuse(
                filename,
                "is password-protected; save it without a password and add it again",
                "password",
            )
        pages = len(reader.pages)
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise _refuse(filename, "is a damaged PDF (it cannot be read)") from exc
    except (RecursionError, OSError, NotImplementedError) as exc:
        raise _refuse(filename, "is a damaged PDF (it cannot be read)") from exc
    if pages == 0:
        raise _refuse(filename, "is a PDF without pages")
    return reader


def pdf_text(
    reader: object,
    started: float | None = None,
    clock: Callable[[], float] = time.monotonic,
    *,
    unlimited: bool = False,
) -> tuple[str, bool]:
    """The text layer of the pages, and whether every page was read: as far as PDF_SECONDS
    (counted from `started`, when the file was opened) allow, or all of them when `unlimited`.
    A scan has no text layer."""
    pages = reader.pages  # type: ignore[attr-defined]
    parts: list[str] = []
    size = 0
    deadline = None if unlimited else (clock() if started is None else started) + PDF_SECONDS
    for n, page in enumerate(pages, start=1):
        try:
            part = page.extract_text() or ""
        except Exception:  # noqa: S112 - a page pypdf cannot read has no text for us
            continue
        parts.append(part)
        size += len(part)
        if size >= MAX_TEXT:
            break
        if deadline is not None and clock() > deadline:
            return "\n".join(parts)[:MAX_TEXT], n == len(pages)
    return "\n".join(parts)[:MAX_TEXT], True


# -- DOCX and ODT --------------------------------------------------------------------------
def _member(fh: IO[bytes], name: str, filename: str) -> bytes:
    fh.seek(0)
    try:
        with zipfile.ZipFile(fh) as archive:
            if len(archive.infolist()) > 10_000:
                raise _refuse(filename, "holds too many parts to be a text document", "zip_bomb")
            info = archive.getinfo(name)
            if info.file_size > MAX_XML or info.file_size > MAX_RATIO * max(
                info.compress_size, 1 << 16
            ):
                raise _refuse(
                    filename, "inflates to far more than a text document (a zip bomb)", "zip_bomb"
                )
            with archive.open(info) as member:
                data = member.read(MAX_XML + 1)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, RuntimeError, EOFError) as exc:
        raise _refuse(filename, "is a damaged document (its ZIP structure cannot be read)") from exc
    finally:
        fh.seek(0)
    if len(data) > MAX_XML:
        raise _refuse(
            filename, "inflates to far more than a text document (a zip bomb)", "zip_bomb"
        )
    return data


def _xml(data: bytes, filename: str) -> ElementTree.Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _refuse(filename, "holds a document type declaration, which documents never need")
    try:
        return ElementTree.fromstring(data)  # noqa: S314 - no DTDs reach it (checked above)
    except ElementTree.ParseError as exc:
        raise _refuse(filename, "is a damaged document (its text cannot be read)") from exc


def docx_text(fh: IO[bytes], filename: str) -> str:
    root = _xml(_member(fh, "word/document.xml", filename), filename)
    lines: list[str] = []
    for para in root.iter(f"{_W}p"):
        pieces: list[str] = []
        for el in para.iter():
            if el.tag == f"{_W}t" and el.text:
                pieces.append(el.text)
            elif el.tag == f"{_W}tab":
                pieces.append("\t")
            elif el.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        lines.append("".join(pieces))
    return "\n".join(lines)[:MAX_TEXT]


def odt_text(fh: IO[bytes], filename: str) -> str:
    root = _xml(_member(fh, "content.xml", filename), filename)
    lines: list[str] = []

    def walk(el: ElementTree.Element, out: list[str]) -> None:
        if el.text:
            out.append(el.text)
        for child in el:
            if child.tag == f"{_TEXT}s":
                out.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
            elif child.tag == f"{_TEXT}tab":
                out.append("\t")
            elif child.tag == f"{_TEXT}line-break":
                out.append("\n")
            else:
                walk(child, out)
            if child.tail:
                out.append(child.tail)

    for para in root.iter():
        if para.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            out: list[str] = []
            walk(para, out)
            lines.append("".join(out))
    return "\n".join(lines)[:MAX_TEXT]


# -- plain text ----------------------------------------------------------------------------
def decode_text(data: bytes) -> str:
    """Text in UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def html_text(html: str) -> str:
    """The visible text of an HTML e-mail body."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in ("script", "style", "head"):
                self.skip += 1
            elif tag in ("br", "p", "div", "tr", "li"):
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style", "head") and self.skip:
                self.skip -= 1

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
