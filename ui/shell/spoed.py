"""The "Spoed?" panel: crisis numbers, reachable from every screen (even when locked).

Numbers from DOMAIN.md. It holds no case data, so it stays available on the unlock screen.
"""

from __future__ import annotations

from ui.core import theme
from ui.core.assets import icon
from ui.kit.widgets import label
from ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSize,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)


class SpoedPanel(QFrame):
    """A side panel with who to call when it cannot wait."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Spoed")
        self.setFixedWidth(340)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 20, 20)
        outer.setSpacing(6)

        top = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(icon("phone", theme.DANGER).pixmap(22, 22))
        title = label(self.tr("Spoed?"), "subtitle")
        close = QToolButton()
        close.setIcon(icon("close", theme.MUTED))
        close.setIconSize(QSize(18, 18))
        close.setToolTip(self.tr("Sluiten (Esc)"))
        close.clicked.connect(self.closed.emit)
        top.addWidget(glyph)
        top.addWidget(title, 1)
        top.addWidget(close)
        outer.addLayout(top)
        outer.addWidget(
            label(self.tr("Direct hulp nodig? Deze nummers zijn er altijd."), "muted", wrap=True)
        )
        outer.addSpacing(8)

        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(0)
        self.numbers: list[str] = []
        for number, name, text in self.contacts():
            rows_layout.addWidget(self._row(number, name, text))
            self.numbers.append(number)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        outer.addWidget(scroll, 1)
        outer.addWidget(
            label(
                self.tr(
                    "Acuut gevaar gaat voor geheimhouding. Bespreek een melding als het kan "
                    "eerst met je cli\u00ebnt."
                ),
                "faint",
                wrap=True,
            )
        )

    def contacts(self) -> list[tuple[str, str, str]]:
        return [
            (
                "112",
                self.tr("Alarmnummer"),
                self.tr("Bij levensgevaar: politie, brandweer, ambulance."),
            ),
            (
                "0800-2000",
                self.tr("Veilig Thuis"),
                self.tr("Huiselijk geweld en kindermishandeling. Dag en nacht, gratis."),
            ),
            (
                "0800-0432",
                self.tr("De Kindertelefoon"),
                self.tr("Voor kinderen en jongeren. Gratis en anoniem."),
            ),
            (
                "113",
                self.tr("113 Zelfmoordpreventie"),
                self.tr("Dag en nacht. Gratis via 0800-0113."),
            ),
            (
                "0800-8765432",
                self.tr("Kinderombudsman"),
                self.tr("Als instanties niet goed omgaan met de rechten van een kind."),
            ),
        ]

    def _row(self, number: str, name: str, text: str) -> QWidget:
        row = QFrame()
        row.setObjectName("SpoedRow")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 12, 0, 12)
        layout.setSpacing(2)
        digits = QLabel(number)
        digits.setObjectName("SpoedNumber")
        digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(digits)
        layout.addWidget(label(name, "subtitle"))
        layout.addWidget(label(text, "muted", wrap=True))
        return row
