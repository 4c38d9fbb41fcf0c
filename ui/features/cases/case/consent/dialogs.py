"""The consent tab's forms: record a consent, and prepare a PDF export.

`ConsentDialog` records what the client agreed to: when, to whom, for what, how, and which
content. A record is never edited afterwards (the core keeps it as given), so the form says so.

`ExportDialog` asks what an export needs at that moment: which active consent it is made under,
the client's identity (complaint letter only) and an optional password. The identity is typed
here, handed over once by `request()` and never kept: not in QSettings, the vault or a log.
`wipe()` empties the fields (with their undo history); the tab calls it whenever the dialog
closes, however it closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ui.core.enum_labels import name_of, short_date
from ui.features.cases.case.consent.text import consent_line, first_words, method_names
from ui.kit.forms import date_edit, from_qdate
from ui.kit.privacy.hint import PrivacyHint
from ui.kit.widgets import PassphraseEdit, label
from ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.domain import Consent, ConsentScope, Document, Note
from vertrouwen.export.identity import Identity
from vertrouwen.privacy import Detector

MIN_PASSWORD = 8


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setProperty("kind", "primary")
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    for button in (ok, cancel):
        button.setIcon(QIcon())  # the platform's tick and cross do not fit the calm buttons
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(14)
    # Labels level with the middle of their field, not with its top border.
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def _name(text: str) -> QLabel:
    """A form label of one width, so the identity and password fields line up."""
    widget = QLabel(text)
    widget.setMinimumWidth(96)
    widget.setMinimumHeight(36)  # a field's height: the text sits level with what is typed
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return widget


class ConsentDialog(QDialog):
    """Record a consent; `consent()` is the result (no id: the vault assigns it)."""

    def __init__(
        self,
        notes: list[Note],
        today: date,
        parent: QWidget | None = None,
        documents: list[Document] | None = None,
        detector: Detector | None = None,
        ignored: set[str] | None = None,
        role_labels: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(
            label(
                self.tr(
                    "Leg vast waarvoor de cliënt toestemming gaf. Een vastgelegde toestemming "
                    "verandert niet meer: voor een andere ontvanger, een ander doel of andere "
                    "inhoud leg je een nieuwe vast."
                ),
                "muted",
                wrap=True,
            )
        )
        form = _form()
        self.given = date_edit(today)
        # A record of what was said, not a plan: a date after today is refused when done (a
        # maximum on the field would refuse keystrokes on the way to a valid date).
        self.today = today
        self.given.dateChanged.connect(self._check)
        form.addRow(self.tr("Gegeven op"), self.given)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("bijvoorbeeld: Klachtencommissie Jeugdhulp"))
        form.addRow(self.tr("Ontvanger"), self.recipient)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("bijvoorbeeld: formele klacht indienen"))
        form.addRow(self.tr("Doel"), self.purpose)
        # the purpose is printed in the PDF: a name in it is scanned like a note's
        self.privacy = PrivacyHint(self.purpose, detector, ignored, role_labels or [])
        form.addRow("", self.privacy)
        methods = QHBoxLayout()
        methods.setSpacing(16)
        self.method_group = QButtonGroup(self)
        self.methods: dict[str, QRadioButton] = {}
        for slug, name in method_names().items():
            button = QRadioButton(name)
            self.method_group.addButton(button)
            self.methods[slug] = button
            methods.addWidget(button)
        methods.addStretch(1)
        form.addRow(self.tr("Hoe gegeven"), methods)
        layout.addLayout(form)

        layout.addSpacing(4)
        layout.addWidget(label(self.tr("Wat mag gedeeld worden"), "section"))
        self.all_notes = QCheckBox(self.tr("Alle notities, ook latere"))
        layout.addWidget(self.all_notes)
        self.note_list = QListWidget()
        self.note_list.setAccessibleName(self.tr("Notities die gedeeld mogen worden"))
        self.note_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.note_list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        for note in sorted(notes, key=lambda n: (n.date, n.id)):
            text = f"{short_date(note.date)}  \u00b7  {name_of(note.kind)}  \u00b7  "
            item = QListWidgetItem(text + first_words(note.text))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.note_list.addItem(item)
        self.note_list.setFixedHeight(12 + 31 * min(7, max(1, len(notes))))
        layout.addWidget(self.note_list)
        if not notes:
            self.note_list.hide()
            layout.addWidget(label(self.tr("Dit dossier heeft nog geen notities."), "faint"))
        self.document_list = QListWidget()
        self.document_list.setAccessibleName(self.tr("Documenten die als bijlage mee mogen"))
        self.document_list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        for doc in documents or []:
            when = short_date(doc.date) if doc.date else self.tr("zonder datum")
            item = QListWidgetItem(f"{when}  \u00b7  {name_of(doc.kind)}  \u00b7  {doc.title}")
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.document_list.addItem(item)
        if documents:
            layout.addWidget(label(self.tr("Documenten (als bijlage bij de klachtbrief)"), "faint"))
            self.document_list.setFixedHeight(12 + 31 * min(4, len(documents)))
            layout.addWidget(self.document_list)
        else:
            self.document_list.hide()
        parts = QHBoxLayout()
        parts.setSpacing(18)
        self.points = QCheckBox(self.tr("Klachtonderdelen"))
        self.steps = QCheckBox(self.tr("Stappen van de route"))
        self.actions_box = QCheckBox(self.tr("Afspraken"))
        for box in (self.points, self.steps, self.actions_box):
            parts.addWidget(box)
        parts.addStretch(1)
        layout.addLayout(parts)
        layout.addWidget(
            label(
                self.tr(
                    "Rol, organisatie, regeling, onderwerpen en doelen gaan altijd mee; "
                    "de ontvanger en het doel staan in de PDF."
                ),
                "faint",
                wrap=True,
            )
        )
        self.problem = label("", "error", wrap=True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = _buttons(self, self.tr("Vastleggen"), self.tr("Annuleren"))
        layout.addWidget(self.buttons)

        self.all_notes.toggled.connect(lambda on: self.note_list.setEnabled(not on))
        for signal in (self.recipient.textChanged, self.purpose.textChanged):
            signal.connect(self._check)
        self.method_group.buttonToggled.connect(lambda *_a: self._check())
        self._check()

    def method(self) -> str | None:
        return next((slug for slug, b in self.methods.items() if b.isChecked()), None)

    def _check(self, *_args: object) -> None:
        ok = bool(self.recipient.text().strip() and self.purpose.text().strip())
        ok = ok and from_qdate(self.given.date()) <= self.today
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            ok and self.method() is not None
        )

    def chosen_notes(self) -> list[str]:
        items = (self.note_list.item(row) for row in range(self.note_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def chosen_documents(self) -> list[str]:
        items = (self.document_list.item(row) for row in range(self.document_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def consent(self) -> Consent:
        notes: list[str] | Literal["all"] = (
            "all" if self.all_notes.isChecked() else self.chosen_notes()
        )
        return Consent(
            given=from_qdate(self.given.date()),
            recipient=self.recipient.text().strip(),
            purpose=self.purpose.text().strip(),
            scope=ConsentScope(
                notes=notes,
                complaint_points=self.points.isChecked(),
                steps=self.steps.isChecked(),
                actions=self.actions_box.isChecked(),
                documents=self.chosen_documents(),
            ),
            method=self.method(),
        )


@dataclass(frozen=True, repr=False)
class ExportRequest:
    """What the advisor chose for one export. Its repr hides the identity and password."""

    kind: str  # "complaint" or "anonymous"
    consent_ids: tuple[int, ...]
    identity: Identity | None = None
    password: str | None = field(default=None)

    def __repr__(self) -> str:
        return f"ExportRequest({self.kind}, consents={self.consent_ids}, <details not shown>)"


class ExportDialog(QDialog):
    """Choose the consent, type the identity (complaint) and an optional password."""

    def __init__(self, kind: str, consents: list[Consent], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        complaint = kind == "complaint"
        self.setWindowTitle(
            self.tr("Klacht als PDF") if complaint else self.tr("Anonieme samenvatting")
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Onder welke toestemming"), "section"))
        self.consent_choice = QComboBox()
        for consent in consents:
            self.consent_choice.addItem(consent_line(consent), (consent.id,))
        if len(consents) > 1:
            self.consent_choice.addItem(
                self.tr("Alle actieve toestemmingen samen"),
                tuple(c.id for c in consents),
            )
        layout.addWidget(self.consent_choice)
        self.consent_choice.setVisible(len(consents) > 1)
        self.consent_fixed = label(consent_line(consents[0]) if consents else "", wrap=True)
        self.consent_fixed.setVisible(len(consents) == 1)
        layout.addWidget(self.consent_fixed)
        layout.addWidget(
            label(self.tr("De PDF bevat alleen wat deze toestemming dekt."), "faint", wrap=True)
        )

        self.name = QLineEdit()
        self.address = QLineEdit()
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.identity_fields = (
            self.name,
            self.address,
            self.postcode,
            self.city,
            self.email,
            self.phone,
        )
        if complaint:
            layout.addSpacing(6)
            layout.addWidget(label(self.tr("Gegevens van de cliënt"), "section"))
            layout.addWidget(
                label(
                    self.tr(
                        "Een formele klacht vraagt naam en adres (Awb 9:4). Deze gegevens komen "
                        "alleen in de PDF en worden nergens bewaard: niet in de kluis, niet in "
                        "instellingen of logboek. Sluit je dit venster, dan zijn ze weg."
                    ),
                    "muted",
                    wrap=True,
                )
            )
            form = _form()
            form.addRow(_name(self.tr("Naam")), self.name)
            self.address.setPlaceholderText(self.tr("straat en huisnummer"))
            form.addRow(_name(self.tr("Adres")), self.address)
            place = QHBoxLayout()
            place.setSpacing(8)
            self.postcode.setPlaceholderText(self.tr("postcode"))
            self.postcode.setMaximumWidth(130)
            self.city.setPlaceholderText(self.tr("plaats"))
            place.addWidget(self.postcode)
            place.addWidget(self.city, 1)
            form.addRow(_name(""), place)
            # e-mail and phone share a row: the dialog fits a 1280x720 screen (150%)
            self.email.setPlaceholderText(self.tr("e-mail (optioneel)"))
            self.phone.setPlaceholderText(self.tr("telefoon (optioneel)"))
            self.email.setAccessibleName(self.tr("E-mail"))
            self.phone.setAccessibleName(self.tr("Telefoon"))
            reach = QHBoxLayout()
            reach.setSpacing(8)
            reach.addWidget(self.email, 3)
            reach.addWidget(self.phone, 2)
            form.addRow(_name(self.tr("Contact")), reach)
            layout.addLayout(form)
        for widget in self.identity_fields:
            widget.setVisible(complaint)
            # No autocompletion, no drag out: the identity must not linger anywhere.
            widget.setDragEnabled(False)

        layout.addSpacing(6)
        self.protect = QCheckBox(self.tr("Beveiligen met een wachtwoord (AES-256)"))
        layout.addWidget(self.protect)
        self.password = PassphraseEdit()
        self.password_again = PassphraseEdit()
        self.password_box = QWidget()
        passwords = _form()
        passwords.setContentsMargins(0, 0, 0, 0)
        passwords.addRow(_name(self.tr("Wachtwoord")), self.password)
        passwords.addRow(_name(self.tr("Nog een keer")), self.password_again)
        passwords.addRow(
            _name(""),
            label(
                self.tr(
                    "Geef het wachtwoord apart door, bijvoorbeeld telefonisch, niet in "
                    "dezelfde e-mail. Het wordt nergens bewaard."
                ),
                "faint",
                wrap=True,
            ),
        )
        self.password_box.setLayout(passwords)
        # Always there, greyed out until the box is ticked: the dialog never grows under the
        # mouse (typing landed in the wrong field when it did).
        self.password_box.setEnabled(False)
        layout.addWidget(self.password_box)
        self.problem = label("", "error", wrap=True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = _buttons(self, self.tr("Voorbeeld bekijken"), self.tr("Annuleren"))
        layout.addWidget(self.buttons)

        self.protect.toggled.connect(self._protect_toggled)
        for widget in (*self.identity_fields, self.password, self.password_again):
            widget.textChanged.connect(self._check)
        self._check()

    def _protect_toggled(self, on: bool) -> None:
        self.password_box.setEnabled(on)
        if on:
            self.password.setFocus()
        self._check()

    def _problem(self) -> tuple[str, bool]:
        """(message, blocking): what still keeps the export from going ahead."""
        if self.consent_choice.count() == 0:
            return self.tr("Er is geen actieve toestemming."), True
        if self.kind == "complaint" and not (
            self.name.text().strip() and self.address.text().strip()
        ):
            return "", True  # the empty required fields say it themselves
        if self.protect.isChecked():
            first, second = self.password.text(), self.password_again.text()
            if len(first) < MIN_PASSWORD:
                return self.tr("Kies een wachtwoord van minstens {0} tekens.").format(
                    MIN_PASSWORD
                ), True
            if first != second:
                return (self.tr("De wachtwoorden zijn niet gelijk.") if second else ""), True
        return "", False

    def _check(self, *_args: object) -> None:
        message, blocking = self._problem()
        shown = message if self.protect.isChecked() or not blocking else ""
        if self.protect.isChecked() and not self.password.text():
            shown = ""
        self.problem.setText(shown)
        self.problem.setVisible(bool(shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not blocking)

    def request(self) -> ExportRequest:
        """The choices as one value (the identity leaves this dialog only this way)."""
        identity = None
        if self.kind == "complaint":
            identity = Identity(
                name=self.name.text().strip(),
                address=self.address.text().strip(),
                postcode=self.postcode.text().strip(),
                city=self.city.text().strip(),
                email=self.email.text().strip(),
                phone=self.phone.text().strip(),
            )
        password = self.password.text() if self.protect.isChecked() else None
        ids = self.consent_choice.currentData() or ()
        return ExportRequest(self.kind, tuple(ids), identity, password or None)

    def wipe(self) -> None:
        """Empty every field that held the identity or the password, undo history included.

        The caller runs this as soon as the dialog is closed (accepted, cancelled or rejected
        by a lock), after taking `request()`.
        """
        for widget in (*self.identity_fields, self.password, self.password_again):
            widget.blockSignals(True)
            widget.setText("")  # setText, unlike clear(), also drops the undo history
            widget.blockSignals(False)
