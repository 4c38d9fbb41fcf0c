"""The small forms of the route tab: record or edit a step, add or edit an agreed action.

Any step may be recorded, also one the advice did not suggest or one outside the route: the
advice is advice, the timeline records what was done. The forms only refuse what cannot be
true (an end before the start, an action without words).
"""

from __future__ import annotations

from datetime import date

from ui.core.enum_labels import names
from ui.core.route_text import step_title, unit_name
from ui.kit.forms import date_edit, form_layout, from_qdate, plain_buttons
from ui.kit.privacy.hint import PrivacyHint
from ui.kit.widgets import label
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.domain.enums import Owner, StepId, StepOutcome
from vertrouwen.domain.model import Action, Step
from vertrouwen.privacy import Detector
from vertrouwen.routes import Route


class _OptionalDate:
    """A checkbox that switches a date on or off ("[x] Afgerond op  09-03-2026"); the box goes
    in a form's label column, the date beside it."""

    def __init__(self, text: str, day: date | None, default: date) -> None:
        self.box = QCheckBox(text)
        self.edit = date_edit(day or default, width=160)
        self.box.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.box.toggled.connect(self.edit.setEnabled)
        self.edit.setAccessibleName(text)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.box, self.edit)

    @property
    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.box.isChecked() else None


class StepDialog(QDialog):
    """Record a step (`record` None) or change one; `step()` is the result."""

    def __init__(
        self,
        route: Route | None,
        today: date,
        record: Step | None = None,
        preset: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.route = route
        title = self.tr("Stap vastleggen") if record is None else self.tr("Stap wijzigen")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(title, "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Leg vast wat er gebeurd is. Dat mag ook een andere stap zijn dan het advies."
                ),
                "muted",
                wrap=True,
            )
        )
        form = form_layout()
        self.which = QComboBox()
        ids: list[str] = []
        if route is not None:
            for s in route.steps:
                self.which.addItem(s.name, s.id)
                ids.append(s.id)
        outside = [s.value for s in StepId if s.value not in ids]
        current = record.step if record is not None else preset
        if current and current not in ids and current not in outside:
            outside.insert(0, current)  # a step of another route, recorded earlier
        if outside and ids:
            self.which.insertSeparator(self.which.count())
        for sid in outside:
            self.which.addItem(
                self.tr("{0} (buiten deze route)").format(step_title(None, sid)), sid
            )
        if current:
            self.which.setCurrentIndex(max(0, self.which.findData(current)))
        form.addRow(self.tr("Stap"), self.which)

        self.started = _OptionalDate(
            self.tr("Gestart op"), record.started if record else today, today
        )
        self.ended = _OptionalDate(self.tr("Afgerond op"), record.ended if record else None, today)
        self.started.add_to(form)
        self.ended.add_to(form)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Nog geen uitkomst"), None)
        for slug, name in names(StepOutcome):
            self.outcome.addItem(name, slug)
        if record is not None and record.outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(record.outcome.value))
        form.addRow(self.tr("Uitkomst"), self.outcome)
        self.extension = QSpinBox()
        self.extension.setRange(0, 52)
        self.extension.setSuffix(self.tr(" weken"))
        self.extension.setValue(record.extension_weeks if record else 0)
        self.extension.setFixedWidth(160)
        form.addRow(self.tr("Verdaging"), self.extension)
        self.extension_hint = label("", "faint", wrap=True)
        form.addRow("", self.extension_hint)
        self.agreed = QCheckBox(self.tr("De cliënt stemde schriftelijk in met langer uitstel"))
        self.agreed.setChecked(bool(record and record.extension_agreed))
        form.addRow("", self.agreed)
        layout.addLayout(form)
        self.problem = label("", "error", wrap=True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Vastleggen") if record is None else self.tr("Opslaan"))
        ok.setProperty("kind", "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (
            self.which.currentIndexChanged,
            self.started.box.toggled,
            self.ended.box.toggled,
            self.started.edit.dateChanged,
            self.ended.edit.dateChanged,
        ):
            signal.connect(self._check)
        self._check()

    def _check(self, *_args: object) -> None:
        sid = str(self.which.currentData() or "")
        step = self.route.step(sid) if self.route is not None else None
        term = next((t for t in step.terms if t.extension), None) if step else None
        self.agreed.setVisible(
            term is not None and term.extension is not None and bool(term.extension.with_consent)
        )
        if term is not None and term.extension is not None:
            ext = term.extension
            amount = f"{ext.amount} {unit_name(ext.unit.value)}"
            if ext.max_times > 1:
                amount = self.tr("{0} keer {1}").format(ext.max_times, amount)
            self.extension_hint.setText(
                self.tr(
                    "De organisatie mag de beslistermijn verdagen met ten hoogste {0} ({1})."
                ).format(amount, ext.source)
            )
        else:
            self.extension_hint.setText(
                self.tr("Deze stap kent in de route geen verdaging van de termijn.")
            )
        self.outcome.setEnabled(self.ended.value is not None)
        start, end = self.started.value, self.ended.value
        problem = ""
        if start is not None and end is not None and end < start:
            problem = self.tr("De einddatum ligt voor de startdatum.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem and bool(sid))

    def step(self, base: Step | None = None) -> Step:
        outcome = self.outcome.currentData() if self.ended.value is not None else None
        return Step(
            step=str(self.which.currentData()),
            started=self.started.value,
            ended=self.ended.value,
            outcome=StepOutcome(outcome) if outcome else None,
            extension_weeks=self.extension.value(),
            id=base.id if base is not None else None,
            extension_agreed=not self.agreed.isHidden() and self.agreed.isChecked(),
        )


class ActionDialog(QDialog):
    """Add an agreed action (`action` None) or change one; `action()` is the result."""

    def __init__(
        self,
        today: date,
        action: Action | None = None,
        parent: QWidget | None = None,
        detector: Detector | None = None,
        ignored: set[str] | None = None,
        role_labels: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._detector = detector  # the case screen's personal-data guard, when there is one
        self._ignored = ignored or set()
        title = self.tr("Afspraak toevoegen") if action is None else self.tr("Afspraak wijzigen")
        self.setWindowTitle(title)
        self.setMinimumWidth(580)
        self._base = action
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(title, "subtitle"))
        form = form_layout()
        self.description = QLineEdit(action.description if action else "")
        self.description.setPlaceholderText(
            self.tr("bijvoorbeeld: verslag van het gesprek opvragen")
        )
        form.addRow(self.tr("Wat"), self.description)
        self.owner = QComboBox()
        for slug, name in names(Owner):
            self.owner.addItem(name, slug)
        self.owner.setCurrentIndex(
            self.owner.findData((action.owner if action else Owner.CLIENT).value)
        )
        form.addRow(self.tr("Wie"), self.owner)
        self.due = _OptionalDate(self.tr("Uiterlijk op"), action.due if action else today, today)
        if action is not None and action.due is None:
            self.due.box.setChecked(False)
        self.due.add_to(form)
        self.done_box = QCheckBox(self.tr("Gedaan"))
        self.done_box.setChecked(bool(action and action.done))
        form.addRow("", self.done_box)
        layout.addLayout(form)
        layout.addWidget(
            label(
                self.tr("Schrijf rollen, geen namen: \u201cmoeder\u201d, \u201cgezinsvoogd\u201d."),
                "faint",
                wrap=True,
            )
        )
        self.privacy = PrivacyHint(self.description, detector, ignored, role_labels or [])
        layout.addWidget(self.privacy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Toevoegen") if action is None else self.tr("Opslaan"))
        ok.setProperty("kind", "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        plain_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.description.textChanged.connect(self._check)
        self._check()
        self._scan()

    def _scan(self) -> None:
        """Point out what looks like personal data; a hint, the advisor decides."""
        self.privacy.scan()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.description.text().strip()))

    def action(self) -> Action:
        return Action(
            description=self.description.text().strip(),
            owner=Owner(self.owner.currentData()),
            due=self.due.value,
            done=self.done_box.isChecked(),
            id=self._base.id if self._base is not None else None,
        )
