"""The consent tab's "Gedeeld" card: what of this case went to whom, and when.

Read from the audit log on the worker (`vertrouwen.export.history`): every PDF export (kind,
recipients, password) and every handover. Nothing of the PDF's content is kept or shown.
"""

from __future__ import annotations

from ui.core.enum_labels import local_time
from ui.features.cases.case.consent.text import joined
from ui.kit.widgets import clear_layout, frame, label
from ui.qt import QVBoxLayout, QWidget
from vertrouwen.export.history import SharedRecord


class SharedHistory(QWidget):
    """A panel listing `SharedRecord`s, newest first; `clear()` on lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        panel, panel_layout = frame("Panel", (20, 16, 20, 16))
        panel_layout.setSpacing(6)
        panel_layout.addWidget(label(self.tr("Gedeeld"), "section"))
        self.empty = label(self.tr("Uit dit dossier is nog niets gedeeld."), "faint", wrap=True)
        panel_layout.addWidget(self.empty)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        panel_layout.addLayout(self.rows)
        outer.addWidget(panel)
        self.shown: list[str] = []  # the lines shown (tests read them)

    def show_records(self, records: list[SharedRecord]) -> None:
        self.clear()
        for record in records:
            text = f"{local_time(record.at)} \u00b7 {self._what(record)}"
            self.shown.append(text)
            self.rows.addWidget(label(text, "muted", wrap=True))
        self.empty.setVisible(not records)

    def _what(self, record: SharedRecord) -> str:
        if record.kind == "handover":
            return self.tr("overgedragen aan een collega ({0})").format(record.target)
        what = (
            self.tr("klachtbrief als PDF")
            if record.kind == "complaint"
            else self.tr("anonieme samenvatting als PDF")
        )
        if record.recipients:
            what += " " + self.tr("aan {0}").format(joined(list(record.recipients)))
        if record.documents == 1:
            what += ", " + self.tr("met 1 document")
        elif record.documents:
            what += ", " + self.tr("met {0} documenten").format(record.documents)
        if record.password:
            what += ", " + self.tr("met wachtwoord")
        return what

    def clear(self) -> None:
        self.shown = []
        clear_layout(self.rows)
        self.empty.setVisible(True)
