"""Activiteiten en signalen: work outside cases, for the yearly report.

Voorlichting, group visits, trainings and partner meetings (with their hours and participants),
and signals passed on without a case. Each line is a date, a kind or topic, numbers and a
municipality: no free text, so nothing here can name a client. Every change is written on the
worker thread (one audited transaction) and the lists are read back from the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ui.core.enum_labels import name_of, names, short_date
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.kit.dialogs import Dialogs
from ui.kit.forms import date_edit, enum_combo, from_qdate
from ui.kit.widgets import label
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.domain import Activity, ActivityKind, OrganisationKind, Signal, Topic
from vertrouwen.workspace import Workspace

Records = tuple[list[Activity], list[Signal], list[str]]


def _load(ws: Workspace) -> Records:
    return ws.outside.activities(), ws.outside.signals(), ws.outside.municipalities()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _hours(minutes: int) -> str:
    value = minutes / 60
    return f"{value:.1f}".replace(".", ",") if value != int(value) else str(int(value))


class OutsideRecordsDialog(QDialog):
    """Two lists (activities, signals without a case), each with a one-line form to add."""

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker, self.dialogs = worker, dialogs
        self.activities: list[Activity] = []
        self.signals: list[Signal] = []
        self.changed = False
        self.setWindowTitle(self.tr("Activiteiten en signalen"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Activiteiten buiten zaken"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Voorlichting, groepsbezoeken, trainingen en overleg, met de tijd en het "
                    "aantal deelnemers. Ze tellen mee in de jaarrapportage."
                ),
                "muted",
                wrap=True,
            )
        )
        self.activity_table = _table(
            [
                self.tr("Datum"),
                self.tr("Soort"),
                self.tr("Uren"),
                self.tr("Deelnemers"),
                self.tr("Gemeente"),
            ]
        )
        layout.addWidget(self.activity_table, 1)
        form = QGridLayout()
        self.activity_date = date_edit(today)
        self.activity_kind = enum_combo(ActivityKind, ActivityKind.INFORMATION_SESSION)
        self.activity_hours = QDoubleSpinBox()
        self.activity_hours.setRange(0, 100)
        self.activity_hours.setSingleStep(0.5)
        self.activity_hours.setValue(1.5)
        self.activity_hours.setSuffix(self.tr(" uur"))
        self.participants = QSpinBox()
        self.participants.setRange(0, 100_000)
        self.participants.setSpecialValueText(self.tr("onbekend"))
        self.activity_place = QComboBox()
        self.activity_place.setEditable(True)
        place_edit = self.activity_place.lineEdit()
        assert place_edit is not None  # an editable combo box has one
        place_edit.setPlaceholderText(self.tr("gemeente"))
        self.activity_place.setMinimumWidth(150)
        for field, name in (
            (self.activity_date, self.tr("Datum van de activiteit")),
            (self.activity_kind, self.tr("Soort activiteit")),
            (self.activity_hours, self.tr("Uren")),
            (self.participants, self.tr("Aantal deelnemers")),
            (self.activity_place, self.tr("Gemeente van de activiteit")),
        ):
            field.setAccessibleName(name)
        self.add_activity_button = QPushButton(self.tr("Toevoegen"))
        self.remove_activity_button = QPushButton(self.tr("Verwijderen"))
        for column, control in enumerate(
            (
                self.activity_date,
                self.activity_kind,
                self.activity_hours,
                self.participants,
                self.activity_place,
                self.add_activity_button,
                self.remove_activity_button,
            )
        ):
            form.addWidget(control, 0, column)
        form.setColumnStretch(4, 1)
        layout.addLayout(form)

        layout.addWidget(label(self.tr("Signalen zonder dossier"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Een signaal dat je doorgaf aan een organisatie of de gemeente zonder dat "
                    "er een dossier bij hoort. Signalen in een dossier leg je vast in het dossier."
                ),
                "muted",
                wrap=True,
            )
        )
        self.signal_table = _table(
            [
                self.tr("Datum"),
                self.tr("Onderwerp"),
                self.tr("Soort organisatie"),
                self.tr("Gemeente"),
            ]
        )
        layout.addWidget(self.signal_table, 1)
        row = QHBoxLayout()
        self.signal_date = date_edit(today)
        self.signal_topic = QComboBox()
        self.signal_topic.addItem(self.tr("Onderwerp onbekend"), "")
        for slug, name in names(Topic):
            self.signal_topic.addItem(name, slug)
        self.signal_kind = QComboBox()
        self.signal_kind.addItem(self.tr("Soort organisatie onbekend"), "")
        for slug, name in names(OrganisationKind):
            self.signal_kind.addItem(name, slug)
        self.signal_place = QLineEdit()
        self.signal_place.setPlaceholderText(self.tr("gemeente"))
        self.signal_place.setMinimumWidth(150)
        for signal_field, name in (
            (self.signal_date, self.tr("Datum van het signaal")),
            (self.signal_topic, self.tr("Onderwerp van het signaal")),
            (self.signal_kind, self.tr("Soort organisatie van het signaal")),
            (self.signal_place, self.tr("Gemeente van het signaal")),
        ):
            signal_field.setAccessibleName(name)
        self.add_signal_button = QPushButton(self.tr("Toevoegen"))
        self.remove_signal_button = QPushButton(self.tr("Verwijderen"))
        for signal_control in (
            self.signal_date,
            self.signal_topic,
            self.signal_kind,
            self.signal_place,
            self.add_signal_button,
            self.remove_signal_button,
        ):
            row.addWidget(signal_control, 1 if signal_control is self.signal_place else 0)
        layout.addLayout(row)

        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Klaar"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.add_activity_button.clicked.connect(self.add_activity)
        self.remove_activity_button.clicked.connect(
            lambda: self._remove(self.activity_table, self.activities)
        )
        self.add_signal_button.clicked.connect(self.add_signal)
        self.remove_signal_button.clicked.connect(
            lambda: self._remove(self.signal_table, self.signals)
        )
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.worker.submit(_load, self._show, self._failed)

    def _show(self, records: Records) -> None:
        self.activities, self.signals, places = records
        self.activity_table.setRowCount(len(self.activities))
        for i, a in enumerate(self.activities):
            cells = [
                short_date(a.date),
                name_of(a.kind),
                _hours(a.minutes),
                str(a.participants) if a.participants else "",
                a.municipality,
            ]
            for j, text in enumerate(cells):
                self.activity_table.setItem(i, j, QTableWidgetItem(text))
        self.signal_table.setRowCount(len(self.signals))
        for i, g in enumerate(self.signals):
            cells = [
                short_date(g.date),
                name_of(g.topic),
                name_of(g.organisation_kind),
                g.municipality,
            ]
            for j, text in enumerate(cells):
                self.signal_table.setItem(i, j, QTableWidgetItem(text))
        for table in (self.activity_table, self.signal_table):
            table.resizeColumnsToContents()
        typed = self.activity_place.currentText()
        self.activity_place.clear()
        self.activity_place.addItems(places)
        self.activity_place.setCurrentText(typed)

    # -- writing -------------------------------------------------------------------------------
    def add_activity(self) -> None:
        participants = self.participants.value()
        activity = Activity(
            date=from_qdate(self.activity_date.date()),
            kind=ActivityKind(self.activity_kind.currentData()),
            minutes=round(self.activity_hours.value() * 60),
            participants=participants or None,
            municipality=self.activity_place.currentText().strip(),
        )
        self._write(lambda ws: ws.outside.add_activity(activity))

    def add_signal(self) -> None:
        topic, kind = self.signal_topic.currentData(), self.signal_kind.currentData()
        signal = Signal(
            date=from_qdate(self.signal_date.date()),
            topic=Topic(topic) if topic else None,
            organisation_kind=OrganisationKind(kind) if kind else None,
            municipality=self.signal_place.text().strip(),
        )
        self._write(lambda ws: ws.outside.add_signal(signal))

    def _remove(self, table: QTableWidget, records: list[Activity] | list[Signal]) -> None:
        row = table.currentRow()
        if 0 <= row < len(records):
            uid = records[row].uid
            self._write(lambda ws: ws.outside.remove(uid))

    def _write(self, job: Callable[[Workspace], object]) -> None:
        self.changed = True
        self.worker.submit(job, lambda _r: self.reload(), self._failed)

    def _failed(self, exc: Exception) -> None:
        self.dialogs.warn(self.tr("Niet opgeslagen"), describe(exc, "reports"))
