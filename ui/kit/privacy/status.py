"""The privacy guard's line in the status bar: loading (with a moving bar), active, or limited.

The detector's lexicon and name lists load once per app (tens of milliseconds) in the
background after unlocking; meanwhile editors use the pattern detectors and typing goes on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.core import theme
from ui.core.assets import icon
from ui.kit.privacy.loader import DetectorLoader
from ui.qt import QEvent, QHBoxLayout, QLabel, QProgressBar, QWidget

if TYPE_CHECKING:
    from vertrouwen.privacy import Detector


class PrivacyStatus(QWidget):
    """Shows the state of `loader`; `start()` begins loading (once)."""

    def __init__(self, loader: DetectorLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.state = "idle"  # idle -> loading -> active | limited
        self._reason = ""  # why the name lists failed to load (shown in the tooltip)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(6)
        self.glyph = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no percentages to report: a moving bar says it is working
        self.bar.setFixedWidth(70)
        self.bar.setTextVisible(False)
        self.text = QLabel()
        row.addWidget(self.glyph)
        row.addWidget(self.bar)
        row.addWidget(self.text)
        loader.ready.connect(self._ready)
        loader.failed.connect(self._failed)
        if loader.detector is not None:
            self._ready(loader.detector)
        else:
            self.hide()

    def start(self) -> None:
        if self.state != "idle":
            return
        self.state = "loading"
        self.glyph.hide()
        self.bar.show()
        self._show_texts()
        self.show()
        self.loader.start()

    def _ready(self, _detector: Detector) -> None:
        self.state = "active"
        self.bar.hide()
        self.glyph.setPixmap(icon("shield", theme.SUCCESS).pixmap(14, 14))
        self.glyph.show()
        self._show_texts()
        self.show()

    def _failed(self, reason: str) -> None:
        self.state = "limited"
        self.bar.hide()
        self.glyph.setPixmap(icon("alert", theme.WARNING).pixmap(14, 14))
        self.glyph.show()
        self._reason = reason
        self._show_texts()
        self.show()

    def _show_texts(self) -> None:
        if self.state == "loading":
            self.text.setText(self.tr("Privacywacht laden\u2026"))
            self.setToolTip(
                self.tr("De lijsten met namen en plaatsen worden geladen; je kunt gewoon typen.")
            )
        elif self.state == "active":
            self.text.setText(self.tr("Privacywacht actief"))
            self.setToolTip(self.tr("Namen, adressen, nummers en datums worden gemarkeerd."))
        elif self.state == "limited":
            self.text.setText(self.tr("Privacywacht beperkt: namen worden niet herkend"))
            self.setToolTip(
                self.tr("De namenlijsten konden niet worden geladen ({0}).").format(self._reason)
            )

    def changeEvent(self, event: QEvent) -> None:
        # The status bar outlives a language switch (the shell is rebuilt, this line is not)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_texts()
        super().changeEvent(event)
