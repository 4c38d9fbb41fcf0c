"""The privacy threshold of the report, set where its effect shows: under the organisation
names. Below it a name is counted as 'other', so a small organisation cannot point to a client."""

from __future__ import annotations

from ui.kit.widgets import Notice, label
from ui.qt import QHBoxLayout, QSpinBox, QTimer, QVBoxLayout, QWidget, Signal
from vertrouwen.reports import DEFAULT_THRESHOLD
from vertrouwen.reports.service import MAX_THRESHOLD


class ThresholdControl(QWidget):
    """ "Namen van organisaties met minder dan [5] zaken tellen als ‘overig’." `changed(n)`
    fires once the user stops changing the number (not while clicking through it)."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.spin = QSpinBox()
        self.spin.setRange(1, MAX_THRESHOLD)
        self.spin.setValue(DEFAULT_THRESHOLD)
        self.spin.setFixedWidth(84)
        self.spin.setAccessibleName(self.tr("Drempel voor namen van organisaties"))
        row.addWidget(label(self.tr("Namen van organisaties met minder dan")))
        row.addWidget(self.spin)
        row.addWidget(label(self.tr("zaken tellen als ‘overig’.")))
        row.addStretch(1)
        layout.addLayout(row)
        self.hint = label(
            self.tr(
                "Geldt voor dit scherm, de jaarrapportage (PDF) en de CSV. Standaard {0}."
            ).format(DEFAULT_THRESHOLD),
            "faint",
            wrap=True,
        )
        layout.addWidget(self.hint)
        self.warning = Notice(
            self.tr(
                "Met een drempel onder {0} kan de naam van een organisatie met weinig zaken "
                "naar een cliënt wijzen. Kies zo’n lage drempel alleen als je zeker weet dat "
                "dat niet kan."
            ).format(DEFAULT_THRESHOLD)
        )
        layout.addWidget(self.warning)
        self.warning.setVisible(False)
        self._settle = QTimer(self, singleShot=True, interval=600)
        self._settle.timeout.connect(lambda: self.changed.emit(self.spin.value()))
        self.spin.valueChanged.connect(self._edited)

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: int) -> None:
        """Show the stored value (no `changed`)."""
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.warning.setVisible(value < DEFAULT_THRESHOLD)

    def _edited(self, value: int) -> None:
        self.warning.setVisible(value < DEFAULT_THRESHOLD)
        self._settle.start()

    def commit_now(self) -> None:
        """Send a pending change at once (tests; leaving the screen)."""
        if self._settle.isActive():
            self._settle.stop()
            self.changed.emit(self.spin.value())
