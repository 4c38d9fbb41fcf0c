"""Why the anonymous summary was not made: the guard's open findings, and where to fix them.

Each row names the place (the note by its date, or the complaint point or action by number)
and the kinds of data found there, never the found text itself, with a button that opens the
place. The box hides itself once the texts it is about change or a text is marked as not
personal data: the findings may be settled, and the next attempt checks again.
"""

from __future__ import annotations

from ui.core.enum_labels import short_date
from ui.kit.privacy.highlight import kind_label
from ui.kit.widgets import clear_layout, label
from ui.qt import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget, Signal
from vertrouwen.domain import Case
from vertrouwen.export.anonymous_pdf import ExportFinding


def guarded_texts(case: Case) -> tuple[object, ...]:
    """What the guard reads, to tell whether the findings shown may be out of date."""
    return (
        tuple((n.id, n.text) for n in case.notes),
        tuple((p.summary, p.desired_outcome) for p in case.complaint_points),
        tuple(a.description for a in case.actions),
    )


class GuardFindings(QFrame):
    """A warning box listing open findings per place; hidden while there are none."""

    note_requested = Signal(str)  # note id
    part_requested = Signal(str, str, str)  # "complaint_point"/"action", number, field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Notice")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(8)
        column.addWidget(label(self.tr("Nog niet anoniem"), "subtitle"))
        self.text = label("", wrap=True)
        column.addWidget(self.text)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(2)
        column.addLayout(self._rows)
        self.places: list[str] = []  # the rows' texts (tests and screen readers read them)
        self._about: tuple[object, ...] | None = None
        self.hide()

    def show_findings(self, findings: list[ExportFinding], case: Case | None) -> None:
        self.forget()
        self._about = guarded_texts(case) if case is not None else None
        notes = {n.id: n for n in case.notes} if case is not None else {}
        places: dict[tuple[str, str], list[str]] = {}
        fields: dict[tuple[str, str], str] = {}  # the first field with a finding, to open
        for f in findings:
            fields.setdefault((f.part, f.ref), f.field)
            kinds = places.setdefault((f.part, f.ref), [])
            if kind_label(f.kind) not in kinds:
                kinds.append(kind_label(f.kind))
        if len(findings) == 1:
            count = self.tr("Er staat nog 1 mogelijk persoonsgegeven in de gedeelde inhoud.")
        else:
            count = self.tr(
                "Er staan nog {0} mogelijke persoonsgegevens in de gedeelde inhoud."
            ).format(len(findings))
        self.text.setText(
            count
            + " "
            + self.tr(
                "Vervang ze door een rol of plaatshouder, of markeer ze als geen "
                "persoonsgegeven. Maak de samenvatting daarna opnieuw."
            )
        )
        for (part, ref), kinds in places.items():
            if part == "note":
                note = notes.get(ref)
                where = self.tr("Notitie van {0}").format(short_date(note.date)) if note else ref
                go = self.tr("Naar de notitie")
            elif part == "complaint_point":
                where, go = self.tr("Klachtonderdeel {0}").format(ref), self.tr("Bekijken")
            else:
                where, go = self.tr("Afspraak {0}").format(ref), self.tr("Bekijken")
            self._add_row(f"{where} \u2014 {', '.join(kinds)}", go, part, ref, fields[part, ref])
        self.show()

    def _add_row(self, text: str, go: str, part: str, ref: str, field: str) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        line.addWidget(label(text, wrap=True), 1)
        button = QPushButton(go)
        button.setProperty("kind", "link")
        if part == "note":
            button.clicked.connect(lambda _c=False: self.note_requested.emit(ref))
        else:
            button.clicked.connect(lambda _c=False: self.part_requested.emit(part, ref, field))
        line.addWidget(button)
        self._rows.addWidget(row)
        self.places.append(text)

    def case_changed(self, case: Case) -> None:
        if self._about is not None and self._about != guarded_texts(case):
            self.forget()

    def forget(self) -> None:
        self._about = None
        self.places = []
        clear_layout(self._rows)
        self.text.clear()
        self.hide()
