"""The case's registration for the yearly report (issue 18), as one card on the Overzicht tab:
the client's municipality, a client number shared by one client's cases, the questions (each
with its own type and topic), the signals passed on, and the client's mark at closing.

Quick to fill: a new case starts with one question "Informatie en advies" (the most common);
a question or signal is one click after choosing its type or topic; the municipality and the
client number save when typing pauses. Nothing here is free text about the client: the client
number is a code such as K-0007, never a name.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.core.enum_labels import name_of, names, short_date
from ui.features.cases.case.base import CaseContext
from ui.kit.forms import date_edit, enum_combo, from_qdate
from ui.kit.parts import Debounce, card
from ui.kit.widgets import label
from ui.qt import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    Qt,
    QValidator,
    QVBoxLayout,
    QWidget,
)
from vertrouwen import clock
from vertrouwen.domain import Case, Question, QuestionType, Signal, Topic
from vertrouwen.export.interchange_report import CLIENT_RE


class ClientNumberValidator(QValidator):
    """Only what the interchange format takes as a client number: letters, digits, "-", "."
    and "_" (so no spaced full name, and an exported case always imports again)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text or CLIENT_RE.match(text):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos


def narrow(combo: QComboBox) -> QComboBox:
    """A combo box that may be narrower than its longest item (the case pane can be narrow)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def topic_combo(empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, "")
    for slug, name in names(Topic):
        combo.addItem(name, slug)
    return narrow(combo)


def _list() -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(92)
    return widget


class ReportCard(QWidget):
    """Municipality, client number, questions, signals and the client's mark."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box, layout = card(
            self.tr("Voor de jaarrapportage"),
            self.tr(
                "Anoniem geteld: gemeente, vragen, signalen en het rapportcijfer. Meer dossiers "
                "van één cliënt? Geef ze hetzelfde cliëntnummer (een code, nooit een naam)."
            ),
        )
        outer.addWidget(box)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("bijvoorbeeld: Utrecht"))
        self.client = QLineEdit()
        self.client.setValidator(ClientNumberValidator(self.client))
        self.client.setPlaceholderText(self.tr("leeg: deze zaak is één cliënt; of bijv. K-0007"))
        self.feedback = QComboBox()
        self.feedback.addItem(self.tr("Niet gegeven"), 0)
        for mark in range(10, 0, -1):
            self.feedback.addItem(str(mark), mark)
        for widget in (self.municipality, self.client, self.feedback):
            widget.setMaximumWidth(560)
        form.addRow(self.tr("Gemeente van de cliënt"), self.municipality)
        form.addRow(self.tr("Cliëntnummer"), self.client)
        form.addRow(self.tr("Rapportcijfer bij afsluiting"), self.feedback)
        layout.addLayout(form)

        layout.addWidget(label(self.tr("Vragen"), "muted"))
        self.questions = _list()
        layout.addWidget(self.questions)
        row = QHBoxLayout()
        self.question_type = narrow(enum_combo(QuestionType, QuestionType.INFORMATION_ADVICE))
        self.question_topic = topic_combo(self.tr("Onderwerp onbekend"))
        self.add_question_button = QPushButton(self.tr("Toevoegen"))
        self.add_question_button.setToolTip(self.tr("Vraag toevoegen"))
        self.remove_question_button = QPushButton(self.tr("Verwijderen"))
        for widget in (self.question_type, self.question_topic):
            row.addWidget(widget, 1)
        row.addWidget(self.add_question_button)
        row.addWidget(self.remove_question_button)
        layout.addLayout(row)

        layout.addWidget(label(self.tr("Signalen"), "muted"))
        self.signals = _list()
        layout.addWidget(self.signals)
        row = QHBoxLayout()
        self.signal_date = date_edit(clock.today())
        self.signal_date.setAccessibleName(self.tr("Datum van het signaal"))
        self.signal_topic = topic_combo(self.tr("Onderwerp onbekend"))
        self.add_signal_button = QPushButton(self.tr("Toevoegen"))
        self.add_signal_button.setToolTip(self.tr("Signaal toevoegen"))
        self.remove_signal_button = QPushButton(self.tr("Verwijderen"))
        row.addWidget(self.signal_date)
        row.addWidget(self.signal_topic, 1)
        row.addWidget(self.add_signal_button)
        row.addWidget(self.remove_signal_button)
        layout.addLayout(row)

        self._saver = Debounce(self._save_texts, self)
        for field in (self.municipality, self.client):
            self._saver.watch(field)
            field.textEdited.connect(lambda _t: self._saver.touch())
        ctx.flush_requested.connect(self._saver.flush)
        self.feedback.activated.connect(self._feedback_chosen)
        self.add_question_button.clicked.connect(self.add_question)
        self.remove_question_button.clicked.connect(
            lambda: self._remove("questions", self.questions, self.tr("Vraag verwijderen"))
        )
        self.add_signal_button.clicked.connect(self.add_signal)
        self.remove_signal_button.clicked.connect(
            lambda: self._remove("signals", self.signals, self.tr("Signaal verwijderen"))
        )

    # -- showing -------------------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        self._filling = True
        try:
            if not self._saver.pending:
                if self.municipality.text() != case.municipality:
                    self.municipality.setText(case.municipality)
                if self.client.text() != case.client:
                    self.client.setText(case.client)
            index = self.feedback.findData(case.feedback or 0)
            self.feedback.setCurrentIndex(max(index, 0))
            self._fill(
                self.questions,
                [
                    name_of(q.type) + (f" · {name_of(q.topic)}" if q.topic else "")
                    for q in case.questions
                ],
            )
            self._fill(
                self.signals,
                [
                    short_date(g.date) + (f" · {name_of(g.topic)}" if g.topic else "")
                    for g in case.signals
                ],
            )
            # a question's topic is most often the case's main topic
            if case.topics and not self.question_topic.currentData():
                self.question_topic.setCurrentIndex(
                    self.question_topic.findData(case.topics[0].value)
                )
        finally:
            self._filling = False

    @staticmethod
    def _fill(widget: QListWidget, lines: list[str]) -> None:
        if [widget.item(i).text() for i in range(widget.count())] != lines:
            widget.clear()
            widget.addItems(lines)

    # -- editing -------------------------------------------------------------------------------
    def _apply(self, description: str, mutate: Callable[[Case], None]) -> None:
        if not self._filling and self.ctx.case is not None:
            self.ctx.apply(description, mutate)

    def _save_texts(self) -> None:
        place = " ".join(self.municipality.text().split())
        client = self.client.text().strip()

        def mutate(case: Case) -> None:
            case.municipality, case.client = place, client

        self._apply(self.tr("Gemeente en cliëntnummer"), mutate)

    def _feedback_chosen(self) -> None:
        mark = int(self.feedback.currentData() or 0) or None

        def mutate(case: Case) -> None:
            case.feedback = mark

        self._apply(self.tr("Rapportcijfer"), mutate)

    def add_question(self) -> None:
        topic = self.question_topic.currentData()
        question = Question(
            QuestionType(self.question_type.currentData()), Topic(topic) if topic else None
        )

        def mutate(case: Case) -> None:
            case.questions.append(question)

        self._apply(self.tr("Vraag toevoegen"), mutate)

    def add_signal(self) -> None:
        topic = self.signal_topic.currentData()
        signal = Signal(from_qdate(self.signal_date.date()), Topic(topic) if topic else None)

        def mutate(case: Case) -> None:
            case.signals.append(signal)
            case.signals.sort(key=lambda g: g.date)

        self._apply(self.tr("Signaal toevoegen"), mutate)

    def _remove(self, attribute: str, widget: QListWidget, description: str) -> None:
        row = widget.currentRow()
        if row < 0:
            return

        def mutate(case: Case) -> None:
            items = getattr(case, attribute)
            if row < len(items):
                del items[row]

        self._apply(description, mutate)

    def clear(self) -> None:
        self._saver.cancel()
        self._filling = True
        try:
            for field in (self.municipality, self.client):
                field.clear()
            self.questions.clear()
            self.signals.clear()
            self.feedback.setCurrentIndex(0)
            self.question_topic.setCurrentIndex(0)
        finally:
            self._filling = False
