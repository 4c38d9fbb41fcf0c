"""Consented documents as numbered annexes (bijlagen) behind a complaint letter.

A PDF is merged page by page, a photo becomes a page of its own (scaled to fit, turned upright
by its kept orientation), and a DOCX, ODT, e-mail or text file is set as pages of its text.
Every annex page carries "Bijlage N" in its top margin, so a printed stack stays in order.
Only documents in the `Disclosure` (named by an active consent) are ever passed in; the
annex PDFs' own metadata is not carried over (only their pages are).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vertrouwen.clock import dutch_date
from vertrouwen.documents.detect import IMAGES, PDF
from vertrouwen.domain import Document
from vertrouwen.domain.labels import label
from vertrouwen.errors import ErrorCode, VertrouwenError
from vertrouwen.export.pdfkit import (
    FONT,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Meta,
    register_fonts,
    render,
    styles,
    text,
)

_TRANSPOSE = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE",
              6: "ROTATE_270", 7: "TRANSVERSE", 8: "ROTATE_90"}  # fmt: skip


@dataclass(frozen=True)
class Annex:
    """One consented document with what is needed to print it."""

    number: int
    document: Document
    content: bytes  # the stored bytes
    text: str = ""  # the text taken out at import (for DOCX, ODT, e-mail and text files)

    @property
    def heading(self) -> str:
        return f"Bijlage {self.number}"

    def describe(self) -> str:
        """ "Bijlage 1: Beschikking verlenging (beschikking, 3 maart 2026)" for the letter."""
        doc = self.document
        what = label(doc.kind).lower() if doc.kind.value != "other" else ""
        when = dutch_date(doc.date) if doc.date else ""
        extra = ", ".join(p for p in (what, when) if p)
        return f"{self.heading}: {doc.title}" + (f" ({extra})" if extra else "")


def append_annexes(letter: bytes, annexes: Sequence[Annex]) -> bytes:
    """The letter followed by every annex; VertrouwenError when one cannot be read."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(letter)))
    for annex in annexes:
        try:
            pages = _pages(annex)
        except VertrouwenError:
            raise
        except Exception as exc:
            raise VertrouwenError(
                ErrorCode.ANNEX_UNREADABLE,
                heading=annex.heading,
                document=annex.document.id,
                kind=type(exc).__name__,
            ) from exc
        for n, page in enumerate(pages, start=1):
            added = writer.add_page(page)
            _stamp(added, f"{annex.heading} · blad {n} van {len(pages)}")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _pages(annex: Annex) -> list[Any]:
    from pypdf import PdfReader

    media = annex.document.media_type
    if media == PDF:
        reader = PdfReader(io.BytesIO(annex.content), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")  # only PDFs without an opening password are ever stored
        return list(reader.pages)
    data = _image_page(annex) if media in IMAGES else _text_pages(annex)
    return list(PdfReader(io.BytesIO(data)).pages)


def _image_page(annex: Annex) -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    with Image.open(io.BytesIO(annex.content)) as img:
        img.load()
        turn = _TRANSPOSE.get(annex.document.orientation)
        picture = img.transpose(getattr(Image.Transpose, turn)) if turn else img.copy()
    if picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    register_fonts()
    buffer = io.BytesIO()
    page = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    page.setTitle("Bijlage")
    page.setAuthor("Vertrouwen")
    page.setCreator("Vertrouwen")
    margin, top = 40.0, 70.0
    page.setFont(FONT, 11)
    page.drawString(margin, PAGE_HEIGHT - 50, _fit(f"{annex.heading}: {annex.document.title}"))
    width, height = PAGE_WIDTH - 2 * margin, PAGE_HEIGHT - top - margin
    scale = min(width / picture.width, height / picture.height)
    w, h = picture.width * scale, picture.height * scale
    page.drawImage(ImageReader(picture), margin + (width - w) / 2, PAGE_HEIGHT - top - h, w, h)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _fit(value: str) -> str:
    return value if len(value) <= 90 else value[:89] + "…"


def _text_pages(annex: Annex) -> bytes:
    from reportlab.platypus import Paragraph, Preformatted

    st = styles()
    story: list[Any] = [Paragraph(text(f"{annex.heading}: {annex.document.title}"), st["h1"])]
    body = annex.text.strip() or "(dit document bevat geen tekst)"
    mono = st["small"].clone("annex_text", fontName=FONT)
    for block in body.split("\n\n"):
        story.append(Preformatted(block, mono, maxLineLength=95))
    return render(story, Meta("Bijlage", footer=annex.heading))


def _stamp(page: Any, caption: str) -> None:
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    page.transfer_rotation_to_content()
    box = page.mediabox
    width, height = float(box.width), float(box.height)
    buffer = io.BytesIO()
    overlay = Canvas(buffer, pagesize=(width, height))
    overlay.setFont(FONT, 7.5)
    overlay.setFillColor(MUTED)
    overlay.drawRightString(width - 14, height - 12, caption)
    overlay.showPage()
    overlay.save()
    stamp = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    page.merge_translated_page(stamp, float(box.left), float(box.bottom))
