"""Shared PDF plumbing for every document Vertrouwen writes (letters, summaries, reports).

- `register_fonts()`: DejaVu Sans from `resources/fonts/` (Bitstream Vera licence beside it),
  embedded as subsets, so every Unicode name prints and no viewer substitutes a font;
- `styles()`: the house paragraph styles; `dutch_date(d)` -> "2 maart 2026";
- `render(story, meta)`: an A4 document, pages numbered "pagina X van Y", built in memory;
  metadata is scrubbed to a generic title and "Vertrouwen" (never client data), and with a
  password the result is encrypted with AES-256 (PDF 2.0 revision 6);
- `write_pdf(path, data)`: atomic, owner-only write.

Why pypdf encrypts and not reportlab: reportlab's `StandardEncryption(strength=256)` needs the
unmaintained `pyaes` and writes the withdrawn revision 5, which poppler and pypdf refuse to
open; its default is 40-bit RC4. pypdf writes revision 6 with `cryptography`'s AES.
Nothing here touches the disk before `write_pdf`: no temp files with client data.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from vertrouwen.fileio import write_atomic
from vertrouwen.resources import resource_path

FONTS_DIR = resource_path("fonts")  # the source tree, or the installed bundle
FONT = "VertrouwenSans"
FONT_BOLD = "VertrouwenSans-Bold"
FONT_ITALIC = "VertrouwenSans-Oblique"
FONT_BOLD_ITALIC = "VertrouwenSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

INK = colors.HexColor("#1f2933")  # near-black body text
MUTED = colors.HexColor("#5f6b7a")  # footers, captions
ACCENT = colors.HexColor("#1d4e89")  # headings, rules
RULE = colors.HexColor("#c9d2dc")
SHADE = colors.HexColor("#eef2f6")  # table headers, boxes

MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def register_fonts() -> None:
    """Register the embedded font family once per process (reportlab keeps a global registry)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


def text(value: str) -> str:
    """Plain text made safe for a reportlab Paragraph (which parses a little XML markup)."""
    return escape(value).replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    """The house styles: body, lead, small, muted, label, h1, h2, h3, cell, cell_bold."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
        bulletFontName=FONT,  # the default, Helvetica, has no ☐ and would not be embedded
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kw)

    return {
        "body": body,
        "lead": derive("lead", keepWithNext=1),  # an intro line kept with what it introduces
        "small": derive("small", fontSize=8.5, leading=12, spaceAfter=2),
        "muted": derive("muted", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=2),
        "label": derive("label", fontName=FONT_BOLD, fontSize=8, leading=11, textColor=MUTED),
        "h1": derive(
            "h1", fontName=FONT_BOLD, fontSize=15, leading=20, textColor=ACCENT, spaceAfter=4
        ),
        "h2": derive(
            "h2",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "h3": derive(
            "h3", fontName=FONT_BOLD, fontSize=9.5, leading=14, spaceBefore=6, keepWithNext=1
        ),
        "cell": derive("cell", fontSize=8.5, leading=11.5, spaceAfter=0),
        "cell_bold": derive("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=11.5),
    }


def section(heading: Flowable, body: Sequence[Flowable]) -> list[Flowable]:
    """A heading kept on the same page as the start of what it heads.

    The start is the body's first flowable together with any that follow a flowable marked
    keepWithNext (an intro line before its table, a note's heading before its text).
    Never nest KeepTogether: its wrap() reports a huge height to force a split, so an outer
    KeepTogether holding one always jumps to a new page.
    """
    lead = 0
    while lead < len(body) and body[lead].getKeepWithNext():
        lead += 1
    lead = min(lead + 1, len(body))
    return [KeepTogether([heading, *body[:lead]]), *body[lead:]]


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
) -> Table:
    """A ruled table in the house style; string cells are escaped and wrapped."""
    st = styles()

    def cell(value: str | Flowable, style: ParagraphStyle) -> Flowable:
        return Paragraph(text(value), style) if isinstance(value, str) else value

    data = [[cell(h, st["cell_bold"]) for h in header]]
    data += [[cell(v, st["cell"]) for v in row] for row in rows]
    return grid(
        data,
        widths,
        [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ],
        repeatRows=1,
    )


def grid(
    data: Sequence[Sequence[Any]], widths: Sequence[float], commands: Sequence[Any], **kw: Any
) -> Table:
    """A left-aligned Table whose plain-string cells use the embedded font.

    reportlab draws string cells in Helvetica unless told otherwise, which would put an
    unembedded standard font into the PDF; every table should be made here.
    """
    result = Table([list(row) for row in data], colWidths=list(widths), hAlign="LEFT", **kw)
    result.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), *commands]))
    return result


@dataclass(frozen=True)
class Meta:
    """What the PDF says about itself. `title` is generic: it is readable without a password."""

    title: str
    footer: str = ""  # printed left in the footer of every page, e.g. "Vertrouwelijk"
    password: str | None = None


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type stubs
    """Defers each page until the total is known, to print "pagina X van Y"."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name for it
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        y = MARGIN_BOTTOM - 9 * mm
        self.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        if self.footer_text:
            self.drawString(MARGIN_X, y, _fit(self.footer_text, TEXT_WIDTH - 30 * mm, 7.5))
        self.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"pagina {self._pageNumber} van {total}")
        self.restoreState()


def _fit(value: str, width: float, size: float) -> str:
    """`value`, cut with an ellipsis so that it fits `width` points."""
    if pdfmetrics.stringWidth(value, FONT, size) <= width:
        return value
    while value and pdfmetrics.stringWidth(value + "…", FONT, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def render(story: Sequence[Flowable], meta: Meta) -> bytes:
    """Lay out `story` on numbered A4 pages; the PDF as bytes, encrypted when a password is set."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        author="Vertrouwen",
        subject="",
        keywords="",
        creator="Vertrouwen",
        producer="Vertrouwen",
        lang="nl-NL",
        # reportlab starts every page in Helvetica, which would then be listed, unembedded
        initialFontName=FONT,
    )

    footer = meta.footer

    class Canvas_(_NumberedCanvas):
        footer_text = footer

    doc.build(list(story), canvasmaker=Canvas_)
    data = buffer.getvalue()
    if meta.password:
        data = encrypt(data, meta.password)
    return data


def encrypt(data: bytes, password: str) -> bytes:
    """AES-256 (revision 6) encryption; printing and copying allowed, changes not.

    The owner password is random and thrown away: nobody can lift the restrictions by
    knowing it, and the reader only ever needs the user password.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import UserAccessPermissions as Perm

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
        permissions_flag=Perm.PRINT
        | Perm.PRINT_TO_REPRESENTATION
        | Perm.EXTRACT
        | Perm.EXTRACT_TEXT_AND_GRAPHICS,
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_pdf(path: Path | str, data: bytes) -> None:
    """Write a finished PDF atomically with owner-only permissions."""
    write_atomic(path, data)
