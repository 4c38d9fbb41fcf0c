"""The "noodkaart" as a PDF file: only when the user chose to save it, after a warning.

Printing is the way the app offers first: the UI draws the same layout (`sheets`) onto the
printer from memory, and nothing is written to disk. This file carries the key, the vault path,
the date and instructions, and nothing else: no case data, no names, no passphrase, nothing
in the PDF metadata. Written atomically and owner-only.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from vertrouwen.export.sheets import (
    FONT_FILES,
    SANS,
    Color,
    draw_recovery_sheet,
    recovery_title,
)
from vertrouwen.fileio import write_atomic
from vertrouwen.resources import resource_path

_PDF_FONTS = {kind: f"VertrouwenSheet-{kind}" for kind in FONT_FILES}


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    for kind, name in _PDF_FONTS.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FONT_FILES[kind]))))


class ReportlabCanvas:
    """`sheets.SheetCanvas` on a reportlab canvas (both use PDF points, origin bottom-left)."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf

    def width(self, text: str, font: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(text, _PDF_FONTS[font], size))

    def text(self, x: float, y: float, text: str, font: str, size: float, color: Color) -> None:
        self.pdf.setFillColorRGB(*color)
        self.pdf.setFont(_PDF_FONTS[font], size)
        self.pdf.drawString(x, y, text)

    def rounded_rect(
        self, x: float, y: float, w: float, h: float, radius: float, color: Color, line: float
    ) -> None:
        self.pdf.setStrokeColorRGB(*color)
        self.pdf.setLineWidth(line)
        self.pdf.roundRect(x, y, w, h, radius, stroke=1, fill=0)

    def dot(self, x: float, y: float, radius: float, color: Color) -> None:
        self.pdf.setFillColorRGB(*color)
        self.pdf.circle(x, y, radius, stroke=0, fill=1)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: Color, width: float) -> None:
        self.pdf.setStrokeColorRGB(*color)
        self.pdf.setLineWidth(width)
        self.pdf.line(x1, y1, x2, y2)


def render_recovery_sheet(
    key: bytes, vault_path: Path, created: date | None = None, language: str = "nl"
) -> bytes:
    """The sheet as PDF bytes (A4, one page), built in memory."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    _register_fonts()
    buffer = io.BytesIO()
    # The initial font would otherwise be Helvetica, listed (unembedded) on the page.
    pdf = Canvas(buffer, pagesize=A4, invariant=True, initialFontName=_PDF_FONTS[SANS])
    # Metadata says what the file is, never who it is about.
    pdf.setTitle(recovery_title(language))
    pdf.setAuthor("")
    pdf.setSubject("")
    pdf.setCreator("Vertrouwen")
    draw_recovery_sheet(ReportlabCanvas(pdf), key, vault_path, created, language)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write_recovery_sheet(
    out: Path, key: bytes, vault_path: Path, created: date | None = None, language: str = "nl"
) -> None:
    """Write the sheet to `out` atomically, readable by the owner only."""
    write_atomic(out, render_recovery_sheet(key, vault_path, created, language))
