"""Documents in the case file: reading a file, checking what it is, taking out its text.

Owns everything about a document that is not storage (that is `vault.documents`): the type
from the content (`detect`), photos without metadata (`images`), text for the index
(`text`), e-mails split into the message and its attachments, and the annexes of a complaint
letter (`annex`). No SQL, no Qt.

`read_file` checks a file on disk and hands back an `Incoming`: its description and text, and
its bytes as a stream of pieces read from the file when the vault stores them, so a large
file is never held in memory whole (let alone twice). `read_bytes` does the same for bytes
already in memory (interchange files, e-mail attachments).
"""

from __future__ import annotations

import email
import email.policy
import io
import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO

from vertrouwen.documents import detect, images, text
from vertrouwen.domain import DocumentKind
from vertrouwen.errors import DocumentRefused, InputError

PIECE = 1 << 20
DEFAULT_MAX_MB = 100
MAX_MB_SETTING = "documents_max_mb"  # vault setting: the size limit per document, in MB
MAX_ATTACHMENTS = 100


@dataclass
class Incoming:
    """A checked document, ready to store. `pieces()` yields the bytes to store."""

    filename: str
    media_type: str
    size: int  # of the input (the stored bytes of a photo may be smaller)
    text: str = ""
    orientation: int = 1
    title: str = ""
    kind: DocumentKind = DocumentKind.OTHER
    date: date | None = None
    attachments: list[Incoming] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # attachments not kept, and why
    text_cut: bool = False  # the import's time budget ran out: `index_rest` completes the text
    _fh: IO[bytes] | None = None
    _path: Path | None = None
    _stat: os.stat_result | None = None

    def pieces(self) -> Iterator[bytes]:
        """The bytes to store, in pieces of at most 1 MiB."""
        fh = self._fh
        if fh is None:
            raise ValueError("this document was closed")
        if self.media_type in detect.IMAGES:
            yield from images.stripped(fh, self.media_type)
            return
        fh.seek(0)
        total = 0
        while block := fh.read(PIECE):
            total += len(block)
            yield block
        if total != self.size:
            raise self._changed()

    def check_unchanged(self) -> None:
        """InputError when the file changed, moved or disappeared since it was opened."""
        if self._path is None or self._stat is None or self._fh is None:
            return
        before = self._stat
        try:
            now = os.fstat(self._fh.fileno())
            there = os.stat(self._path)
        except OSError as exc:
            raise self._changed() from exc
        same = (now.st_size, now.st_mtime_ns) == (before.st_size, before.st_mtime_ns) and (
            there.st_ino,
            there.st_dev,
            there.st_size,
            there.st_mtime_ns,
        ) == (before.st_ino, before.st_dev, before.st_size, before.st_mtime_ns)
        if not same:
            raise self._changed()

    def _changed(self) -> InputError:
        return DocumentRefused(
            f"{self.filename} changed or disappeared while it was being read; nothing was stored"
            " (add it again once it is complete)",
            "changed",
            self.filename,
        )

    def close(self) -> None:
        for child in self.attachments:
            child.close()
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> Incoming:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def max_bytes_of(setting: object) -> int:
    """The size limit from the vault setting (MB), the default when unset or nonsense."""
    if isinstance(setting, bool) or not isinstance(setting, int | float) or setting <= 0:
        return DEFAULT_MAX_MB * 1_000_000
    return int(setting * 1_000_000)


def _too_big(name: str, size: int, limit: int) -> InputError:
    return DocumentRefused(
        f"{name} is {size / 1_000_000:.1f} MB; a document can be at most "
        f"{limit / 1_000_000:.0f} MB (setting {MAX_MB_SETTING}); nothing was stored",
        "too_big",
        name,
    )


def read_file(path: Path | str, max_bytes: int) -> Incoming:
    """Open and check the file at `path`; the caller closes the result (a context manager)."""
    path = Path(path)
    name = path.name
    try:
        fh = path.open("rb")
    except FileNotFoundError as exc:
        raise DocumentRefused(
            f"{path}: no such file; nothing was stored", "unreadable", name
        ) from exc
    except IsADirectoryError as exc:
        raise DocumentRefused(
            f"{path} is a folder, not a file; nothing was stored", "unreadable", name
        ) from exc
    except OSError as exc:
        raise DocumentRefused(
            f"{path} cannot be read ({exc.strerror}); nothing was stored", "unreadable", name
        ) from exc
    try:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DocumentRefused(f"{path} is not a regular file; nothing was stored", "unreadable")
        if info.st_size > max_bytes:
            raise _too_big(name, info.st_size, max_bytes)
        incoming = _prepare(fh, name, info.st_size, max_bytes)
        incoming._path, incoming._stat = path, info
        incoming.check_unchanged()
        return incoming
    except OSError as exc:
        fh.close()
        raise DocumentRefused(
            f"{path} cannot be read ({exc.strerror}); nothing was stored", "unreadable", name
        ) from exc
    except BaseException:
        fh.close()
        raise


def read_bytes(data: bytes, filename: str, max_bytes: int) -> Incoming:
    """Check a document held in memory (an interchange file's, an e-mail's attachment)."""
    if len(data) > max_bytes:
        raise _too_big(filename, len(data), max_bytes)
    return _prepare(io.BytesIO(data), filename, len(data), max_bytes)


def _prepare(fh: IO[bytes], filename: str, size: int, max_bytes: int) -> Incoming:
    head = fh.read(64 * 1024)
    fh.seek(0)
    media = detect.detect(head, fh, filename)
    doc = Incoming(filename, media, size, title=_stem(filename), _fh=fh)
    if media == detect.PDF:
        started = time.monotonic()
        doc.text, complete = text.pdf_text(text.open_pdf(fh, filename), started)
        doc.text_cut = not complete
    elif media in detect.IMAGES:
        doc.orientation = images.check_image(fh, media, filename)
        doc.kind = DocumentKind.PHOTO
    elif media == detect.DOCX:
        doc.text = text.docx_text(fh, filename)
    elif media == detect.ODT:
        doc.text = text.odt_text(fh, filename)
    elif media == detect.EML:
        _read_mail(doc, fh, max_bytes)
    else:
        doc.text = text.decode_text(fh.read(text.MAX_TEXT * 4))[: text.MAX_TEXT]
    fh.seek(0)
    return doc


def _stem(filename: str) -> str:
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    return stem.replace("_", " ").strip() or filename


def _read_mail(doc: Incoming, fh: IO[bytes], max_bytes: int) -> None:
    fh.seek(0)
    msg = email.message_from_binary_file(fh, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    doc.kind = DocumentKind.EMAIL
    subject = str(msg.get("subject", "") or "").strip()
    doc.title = subject or doc.title
    try:
        doc.date = parsedate_to_datetime(str(msg["date"])).date() if msg["date"] else None
    except (TypeError, ValueError):
        doc.date = None
    head = [f"{h}: {msg[h]}" for h in ("From", "To", "Cc", "Date", "Subject") if msg[h]]
    doc.text = ("\n".join(head) + "\n\n" + mail_body(msg))[: text.MAX_TEXT]
    for n, part in enumerate(msg.iter_attachments()):
        name = part.get_filename() or f"bijlage-{n + 1}"
        if n >= MAX_ATTACHMENTS:
            doc.skipped.append(f"{name}: more than {MAX_ATTACHMENTS} attachments")
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            inner = part.get_payload()
            first = inner[0] if isinstance(inner, list) and inner else None
            payload = first.as_bytes() if isinstance(first, Message) else b""
            name = name if "." in name else name + ".eml"
        try:
            child = read_bytes(payload, os.path.basename(name), max_bytes)
        except InputError as exc:
            doc.skipped.append(str(exc))
            continue
        child.date = child.date or doc.date
        doc.attachments.append(child)


def full_pdf_text(data: bytes) -> str:
    """All of a stored PDF's text, without the import's time budget (after storing it)."""
    return text.pdf_text(text.open_pdf(io.BytesIO(data), "document"), unlimited=True)[0]


def mail_body(msg: EmailMessage) -> str:
    """The readable body of an e-mail: its plain text, or the text of its HTML."""
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        content = body.get_content()
    except (LookupError, ValueError, AssertionError):
        payload = body.get_payload(decode=True)
        content = text.decode_text(payload) if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return text.html_text(content) if body.get_content_type() == "text/html" else content
