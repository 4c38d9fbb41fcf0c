"""A document shown inside the app, from memory: a PDF with QtPdf, a photo scaled to the width
(turned upright by its kept orientation), the text of a DOCX, ODT, e-mail or text file.

Nothing is written to disk: the PDF is read from a QBuffer, the photo decoded from bytes.
`clear()` drops the document and its bytes (another document is chosen, or the vault locked).
"""

from __future__ import annotations

from ui.core import theme
from ui.qt import (
    QBuffer,
    QByteArray,
    QColor,
    QFrame,
    QImage,
    QIODevice,
    QLabel,
    QPalette,
    QPdfDocument,
    QPdfView,
    QPixmap,
    QPlainTextEdit,
    QResizeEvent,
    QScrollArea,
    QStackedWidget,
    Qt,
    QTransform,
    QWidget,
)

# EXIF orientation -> (rotation in degrees, mirrored first)
_TURNS = {2: (0, True), 3: (180, False), 4: (180, True), 5: (90, True), 6: (90, False),
          7: (270, True), 8: (270, False)}  # fmt: skip


def upright(image: QImage, orientation: int) -> QImage:
    """`image` turned as its EXIF orientation says it should be seen."""
    turn = _TURNS.get(orientation)
    if turn is None:
        return image
    degrees, mirrored = turn
    if mirrored:
        image = image.mirrored(True, False)
    return image.transformed(QTransform().rotate(degrees)) if degrees else image


class DocumentPreview(QStackedWidget):
    """Empty, a PDF, a picture or a text; one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "faint")
        self.empty.setWordWrap(True)
        self._buffer = QBuffer(self)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setFrameShape(QFrame.Shape.NoFrame)
        desk = self.pdf_view.palette()
        desk.setColor(QPalette.ColorRole.Dark, QColor(theme.DESK))
        self.pdf_view.setPalette(desk)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture_area = QScrollArea()
        self.picture_area.setWidget(self.picture)
        self.picture_area.setWidgetResizable(True)
        self.picture_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self._image = QImage()
        for widget in (self.empty, self.pdf_view, self.picture_area, self.text):
            self.addWidget(widget)

    # -- what is shown ---------------------------------------------------------------------
    @property
    def kind(self) -> str:
        """ "empty", "pdf", "image" or "text": what is on screen now."""
        current = self.currentWidget()
        if current is self.pdf_view:
            return "pdf"
        if current is self.picture_area:
            return "image"
        return "text" if current is self.text else "empty"

    @property
    def page_count(self) -> int:
        return int(self.pdf.pageCount()) if self.kind == "pdf" else 0

    def show_message(self, text: str) -> None:
        self.clear()
        self.empty.setText(text)

    def show_pdf(self, data: QByteArray | bytes) -> bool:
        """Show a PDF; False when QtPdf cannot read it (the message stays)."""
        self.clear()
        self._buffer.setData(data if isinstance(data, QByteArray) else QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        if self.pdf.status() != QPdfDocument.Status.Ready:
            self.clear()
            return False
        self.setCurrentWidget(self.pdf_view)
        return True

    def show_image(self, data: QByteArray | bytes, orientation: int) -> bool:
        self.clear()
        image = QImage.fromData(data if isinstance(data, QByteArray) else QByteArray(data))
        if image.isNull():
            return False
        self._image = upright(image, orientation)
        self.setCurrentWidget(self.picture_area)
        self._scale()
        return True

    def show_text(self, text: str) -> None:
        self.clear()
        self.text.setPlainText(text)
        self.setCurrentWidget(self.text)

    def clear(self) -> None:
        """Forget the document and its bytes."""
        self.pdf.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._image = QImage()
        self.picture.setPixmap(QPixmap())
        self.text.setPlainText("")
        self.empty.setText("")
        self.setCurrentWidget(self.empty)

    # -- scaling ---------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self._image.isNull():
            return
        width = max(50, self.picture_area.viewport().width() - 8)
        shown = self._image
        if shown.width() > width:
            shown = shown.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(shown))
