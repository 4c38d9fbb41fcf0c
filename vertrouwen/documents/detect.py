"""What a file is, from its content: PDF, JPEG, PNG, DOCX, ODT, EML or plain text.

The name's extension is only checked against the content: a file called `brief.pdf` that holds
text or a ZIP archive is refused as mislabelled (it is probably not what the user thinks), while
a JPEG named `.png` (common for photos saved from the web) is taken for what it is.
"""

from __future__ import annotations

import re
import zipfile
from typing import IO

from vertrouwen.errors import DocumentRefused

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
EML = "message/rfc822"
TXT = "text/plain"
IMAGES = (JPEG, PNG)
SUPPORTED = "PDF, JPEG, PNG, DOCX, ODT, EML or TXT"

NAMES = {PDF: "a PDF", JPEG: "a JPEG image", PNG: "a PNG image", DOCX: "a Word document (DOCX)",
         ODT: "an OpenDocument text (ODT)", EML: "an e-mail (EML)", TXT: "plain text"}  # fmt: skip
EXTENSIONS = {".pdf": PDF, ".jpg": JPEG, ".jpeg": JPEG, ".jpe": JPEG, ".png": PNG, ".docx": DOCX,
              ".odt": ODT, ".eml": EML, ".txt": TXT}  # fmt: skip
SUFFIX = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png", DOCX: ".docx", ODT: ".odt", EML: ".eml",
          TXT: ".txt"}  # fmt: skip

# Formats people try that are not supported, by their first bytes, to say what they are.
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls); save it as DOCX or PDF"),
    (b"{\\rtf", "an RTF document; save it as DOCX or PDF"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"MZ", "a program"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
)
_HEADER_RE = re.compile(rb"^[!-9;-~]+:")
_MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"mime-version"}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _zip_kind(fh: IO[bytes]) -> str | None:
    try:
        with zipfile.ZipFile(fh) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size <= 100:
                    with archive.open(info) as member:
                        if member.read(101).strip() == ODT_MIMETYPE:
                            return ODT
            if "word/document.xml" in names:
                return DOCX
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
        return None
    return None


def _looks_like_mail(head: bytes, lenient: bool) -> bool:
    block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = block.split(b"\n")
    if not lines or not _HEADER_RE.match(lines[0]):
        return False
    names: set[bytes] = set()
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            continue  # a folded header line
        if not _HEADER_RE.match(line):
            return False
        names.add(line.split(b":", 1)[0].lower())
    if lenient:
        return True
    return b"from" in names and len(names & _MAIL_HEADERS) >= 2


def _is_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return True  # a character cut off by the end of the sample
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls == 0  # legacy 8-bit text (Windows-1252)


def sniff(head: bytes, fh: IO[bytes]) -> str | None:
    """The media type of a file from its first bytes (and, for ZIP files, its members)."""
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"PK\x03\x04"):
        fh.seek(0)
        kind = _zip_kind(fh)
        fh.seek(0)
        return kind
    if _looks_like_mail(head, lenient=False):
        return EML
    if _is_text(head):
        return TXT
    return None


def detect(head: bytes, fh: IO[bytes], filename: str) -> str:
    """The media type of a supported file; InputError (exit 6) for anything else."""
    if not head.strip(b"\x00 \t\r\n"):
        raise DocumentRefused(f"{filename} is empty; nothing was stored", "empty", filename)
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    promised = EXTENSIONS.get(suffix)
    found = sniff(head, fh)
    if found == TXT and promised == EML and _looks_like_mail(head, lenient=True):
        found = EML
    if found == EML and promised == TXT:
        found = TXT  # saved as text on purpose: kept as text
    if found is None:
        what = next((name for magic, name in _OTHER_MAGIC if head.startswith(magic)), None)
        if head.startswith(b"PK\x03\x04"):
            what = "a ZIP archive that is not a DOCX or ODT document"
        raise DocumentRefused(
            f"{filename} is {what or 'of a type Vertrouwen cannot read'}; "
            f"documents can be {SUPPORTED}; nothing was stored",
            "unsupported",
            filename,
        )
    if promised is not None and promised != found and not (promised in IMAGES and found in IMAGES):
        raise DocumentRefused(
            f"{filename} is named {suffix} but holds {NAMES[found]}; it may be damaged or "
            "not the file you meant; nothing was stored",
            "mislabelled",
            filename,
        )
    return found
