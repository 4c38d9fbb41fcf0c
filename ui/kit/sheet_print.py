"""Printing a sheet that carries a secret straight from memory (QPrinter + QPainter).

The layout is the core's (`vertrouwen.export.sheets`), drawn here with QPainter in the same
bundled DejaVu fonts, so the printed noodkaart looks like the saved one. The app writes no file
for it: the pages go to Qt's print engine and from there to the operating system's print
system (spooling is the OS's business; the user chose to print). The print dialog's own
"print to file" entry is switched off, because that would put the secret on disk without the
warning the save-as-PDF route gives.

    print_sheet(dialogs, title, doc_name, draw)   ask for a printer, then draw one page
    sheet_image(draw, dpi)                        the same page as an image (screenshots)
"""

from __future__ import annotations

import re
from functools import cache

from ui.core.assets import resource_path
from ui.kit.dialogs import Dialogs
from ui.qt import (
    QColor,
    QCoreApplication,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageSize,
    QPainter,
    QPen,
    QPointF,
    QPrinter,
    QRectF,
    Qt,
)
from vertrouwen.export.sheets import (
    A4_HEIGHT,
    A4_WIDTH,
    FONT_FILES,
    MONO_BOLD,
    SANS,
    Color,
    Drawing,
)


@cache
def _families() -> dict[str, str]:
    """Register the sheet's fonts with Qt once; their family names by kind."""
    families: dict[str, str] = {}
    for kind, filename in FONT_FILES.items():
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
        found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families[kind] = found[0] if found else ("DejaVu Sans Mono" if kind == MONO_BOLD else "")
    return families


class PainterCanvas:
    """`sheets.SheetCanvas` on a QPainter: points (origin bottom-left) to device pixels."""

    def __init__(self, painter: QPainter, page_height: float) -> None:
        self.painter = painter
        device = painter.device()
        self.scale = device.logicalDpiX() / 72
        self.page_height = page_height
        self._fonts: dict[tuple[str, float], QFont] = {}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    def _font(self, kind: str, size: float) -> QFont:
        font = self._fonts.get((kind, size))
        if font is None:
            font = QFont(_families()[kind] or _families()[SANS])
            font.setBold(kind != SANS)
            font.setPointSizeF(size)  # the device's dpi turns points into its pixels
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(False)  # measured as drawn, like the PDF canvas
            for feature in ("liga", "clig"):  # "fi" stays two letters, as in the saved PDF
                font.setFeature(QFont.Tag(feature), 0)
            self._fonts[(kind, size)] = font
        return font

    def _point(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.scale, (self.page_height - y) * self.scale)

    @staticmethod
    def _color(color: Color) -> QColor:
        return QColor.fromRgbF(*color)

    def width(self, text: str, font: str, size: float) -> float:
        metrics = QFontMetricsF(self._font(font, size), self.painter.device())
        return metrics.horizontalAdvance(text) / self.scale

    def text(self, x: float, y: float, text: str, font: str, size: float, color: Color) -> None:
        self.painter.setFont(self._font(font, size))
        self.painter.setPen(self._color(color))
        self.painter.drawText(self._point(x, y), text)

    def rounded_rect(
        self, x: float, y: float, w: float, h: float, radius: float, color: Color, line: float
    ) -> None:
        self.painter.setPen(QPen(self._color(color), line * self.scale))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        top_left = self._point(x, y + h)
        rect = QRectF(top_left.x(), top_left.y(), w * self.scale, h * self.scale)
        self.painter.drawRoundedRect(rect, radius * self.scale, radius * self.scale)

    def dot(self, x: float, y: float, radius: float, color: Color) -> None:
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(self._color(color))
        self.painter.drawEllipse(self._point(x, y), radius * self.scale, radius * self.scale)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: Color, width: float) -> None:
        self.painter.setPen(QPen(self._color(color), width * self.scale))
        self.painter.drawLine(self._point(x1, y1), self._point(x2, y2))


# Printers that write a file instead of paper: Windows' own PDF and XPS writers, OneNote,
# CUPS-PDF, and the "Save as PDF" style printers of other tools.
_FILE_PRINTERS = re.compile(r"pdf|xps|onenote|document writer", re.IGNORECASE)


def writes_a_file(printer_name: str) -> bool:
    """Whether a printer with this name likely writes a file rather than paper."""
    return bool(_FILE_PRINTERS.search(printer_name))


def new_printer(doc_name: str) -> QPrinter:
    """An A4 printer whose coordinates start at the paper's corner (the sheet has its own
    margins). `doc_name` becomes the print job's name: never put a secret in it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setDocName(doc_name)
    printer.setCreator("Vertrouwen")
    printer.setCopyCount(1)
    return printer


def draw_on_printer(printer: QPrinter, draw: Drawing) -> bool:
    """Draw one page onto `printer`; False when the printer could not be started."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        height = printer.paperRect(QPrinter.Unit.Point).height()
        draw(PainterCanvas(painter, height or A4_HEIGHT))
    finally:
        painter.end()
    return True


def print_sheet(dialogs: Dialogs, title: str, doc_name: str, draw: Drawing) -> bool:
    """Ask for a printer (through the dialog seam) and print; True when it was sent."""
    printer = new_printer(doc_name)
    if not dialogs.choose_printer(title, printer):
        return False
    if writes_a_file(printer.printerName()) and not dialogs.confirm(
        QCoreApplication.translate("SheetPrint", "Deze printer maakt een bestand"),
        QCoreApplication.translate(
            "SheetPrint",
            "\u2018{0}\u2019 drukt niet op papier af: hij schrijft een bestand, en daarin staat "
            "wat geheim moet blijven. Kies een printer die op papier afdrukt.",
        ).format(printer.printerName()),
        ok=QCoreApplication.translate("SheetPrint", "Toch afdrukken"),
        destructive=True,
    ):
        return False
    if not draw_on_printer(printer, draw):
        dialogs.warn(
            QCoreApplication.translate("SheetPrint", "Afdrukken lukte niet"),
            QCoreApplication.translate(
                "SheetPrint",
                "De printer kon niet worden gestart. Controleer of hij aanstaat en probeer het "
                "opnieuw, of schrijf de tekens over op papier.",
            ),
        )
        return False
    return True


def sheet_image(draw: Drawing, dpi: int = 110) -> QImage:
    """The page as an image on white paper (for screenshots and looking at the layout)."""
    size = (round(A4_WIDTH / 72 * dpi), round(A4_HEIGHT / 72 * dpi))
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        draw(PainterCanvas(painter, A4_HEIGHT))
    finally:
        painter.end()
    return image
