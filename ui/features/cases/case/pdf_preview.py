"""An in-app preview of a finished PDF, read from memory, before it is saved.

The bytes shown are exactly the bytes that will be saved. A password-protected PDF is shown by
handing its password to QtPdf (AES-256 is decrypted in memory), which also proves the password
opens it. Nothing is written to disk: the document is read from a QBuffer, never a temp file.
"Opslaan…" accepts the dialog, "Annuleren" rejects it; `release()` drops the document.
"""

from __future__ import annotations

from ui.core import theme
from ui.kit.screen_fit import screen_share
from ui.kit.widgets import Notice, label
from ui.qt import (
    QBuffer,
    QByteArray,
    QColor,
    QDialog,
    QFrame,
    QHBoxLayout,
    QIODevice,
    QPalette,
    QPdfDocument,
    QPdfView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25


class PdfPreview(QDialog):
    """Shows `data` (opened with `password` when set); accepted means "save it"."""

    def __init__(
        self,
        data: bytes,
        password: str | None,
        title: str,
        facts: str,
        warning: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(screen_share(parent, 860, 900))  # fits a 1366x768 laptop too
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        head = QFrame()
        head.setObjectName("Header")
        head_row = QHBoxLayout(head)
        head_row.setContentsMargins(22, 14, 16, 14)
        head_row.setSpacing(10)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(label(title, "subtitle"))
        self.facts = label(facts, "muted", wrap=True)
        titles.addWidget(self.facts)
        head_row.addLayout(titles, 1)
        self.zoom_out = QPushButton("\u2212")
        self.zoom_in = QPushButton("+")
        self.fit = QPushButton(self.tr("Paginabreedte"))
        for button, tip in (
            (self.zoom_out, self.tr("Kleiner")),
            (self.zoom_in, self.tr("Groter")),
            (self.fit, self.tr("Passend in het venster")),
        ):
            button.setProperty("kind", "ghost")
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            head_row.addWidget(button)
        layout.addWidget(head)

        if warning:
            holder = QWidget()
            holder_row = QVBoxLayout(holder)
            holder_row.setContentsMargins(16, 10, 16, 0)
            holder_row.addWidget(Notice(warning))
            layout.addWidget(holder)

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        if password:
            self.document.setPassword(password)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(16)
        margins = self.view.documentMargins()  # paper on a grey desk, not edge to edge
        for side in ("setLeft", "setRight", "setTop", "setBottom"):
            getattr(margins, side)(20)
        self.view.setDocumentMargins(margins)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        desk = self.view.palette()  # QtPdf paints around the pages with the Dark role
        desk.setColor(QPalette.ColorRole.Dark, QColor(theme.DESK))
        self.view.setPalette(desk)
        layout.addWidget(self.view, 1)

        foot = QFrame()
        foot.setObjectName("Header")
        foot.setStyleSheet(
            f"#Header {{ border-top: 1px solid {theme.BORDER}; border-bottom: none; }}"
        )
        foot_row = QHBoxLayout(foot)
        foot_row.setContentsMargins(22, 12, 16, 12)
        foot_row.addWidget(
            label(
                self.tr("Nog niets opgeslagen. Lees het document na voordat je het bewaart."),
                "faint",
            ),
            1,
        )
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.save_button = QPushButton(self.tr("Opslaan\u2026"))
        self.save_button.setProperty("kind", "primary")
        self.save_button.setDefault(True)
        foot_row.addWidget(self.cancel_button)
        foot_row.addWidget(self.save_button)
        layout.addWidget(foot)

        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    @property
    def readable(self) -> bool:
        """Whether QtPdf opened the bytes (with the password, when one was set)."""
        return self.document.status() == QPdfDocument.Status.Ready and self.page_count > 0

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # Fit-to-width has its own effective factor; start from what is on screen.
            page = self.document.pagePointSize(0)
            if page.width() > 0:
                current = self.view.viewport().width() / (page.width() * 96 / 72)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def release(self) -> None:
        """Forget the document and the bytes (the preview is closed)."""
        self.document.close()
        self.document.setPassword("")
        self._buffer.close()
        self._buffer.setData(QByteArray())
