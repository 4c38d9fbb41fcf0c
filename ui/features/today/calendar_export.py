"""Exporteer naar agenda: the open cases' deadlines and actions as an .ics file.

Asks first (action descriptions stay out unless ticked, with a plain warning that calendars
often sync to a cloud), then where to save (through the dialog seam), then writes on the
worker (`vertrouwen.agenda.export_calendar`: atomic, owner-only, audited).
"""

from __future__ import annotations

from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.kit.dialogs import Dialogs
from ui.kit.forms import plain_buttons
from ui.kit.widgets import Notice, label
from ui.qt import QCheckBox, QCoreApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget
from vertrouwen import clock
from vertrouwen.agenda import export_calendar


class CalendarExportDialog(QDialog):
    """What goes into the calendar file; `include_text` is the one choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporteren naar agenda"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Termijnen en afspraken in je agenda"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Een agendabestand (.ics) met de lopende termijnen en de afspraken met een "
                    "datum van al je open dossiers. Elk item noemt alleen de dossiercode; "
                    "termijnen noemen de stap en de regel waar ze uit komen. Notities gaan er "
                    "nooit in."
                ),
                "muted",
                wrap=True,
            )
        )
        self.include_text = QCheckBox(self.tr("Omschrijvingen van afspraken meenemen"))
        layout.addWidget(self.include_text)
        self.notice = Notice(
            self.tr(
                "Agenda's worden vaak via internet gesynchroniseerd (Google, iCloud, Outlook). "
                "Omschrijvingen van afspraken kunnen over je cliënt gaan: neem ze alleen mee "
                "als je agenda op deze computer blijft."
            )
        )
        layout.addWidget(self.notice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opslaan als\u2026"))
        ok.setProperty("kind", "primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        plain_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def export_to_calendar(
    worker: VaultWorker,
    dialogs: Dialogs,
    parent: QWidget | None = None,
    include_text: bool | None = None,
) -> None:
    """The whole flow. `include_text` given skips the first question (tests, a shortcut)."""
    if include_text is None:
        dialog = CalendarExportDialog(parent)
        if dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
            return
        include_text = dialog.include_text.isChecked()
    title = QCoreApplication.translate("CalendarExportDialog", "Agendabestand opslaan")
    target = dialogs.save_file(
        title,
        Dialogs.documents_folder() / "vertrouwen-agenda.ics",
        QCoreApplication.translate("CalendarExportDialog", "Agenda (*.ics)"),
    )
    if target is None:
        return
    if target.suffix.lower() != ".ics":
        target = target.with_name(target.name + ".ics")
    today = clock.today()
    chosen = bool(include_text)

    def done(events: int) -> None:
        dialogs.inform(
            QCoreApplication.translate("CalendarExportDialog", "Agenda opgeslagen"),
            QCoreApplication.translate(
                "CalendarExportDialog",
                "{0} termijnen en afspraken staan in {1}. Open het bestand met je "
                "agendaprogramma om ze te importeren.",
            ).format(events, target.name),
        )

    def failed(exc: Exception) -> None:
        dialogs.warn(
            QCoreApplication.translate("CalendarExportDialog", "Agenda niet opgeslagen"),
            describe(exc, "save"),
        )

    worker.submit(lambda ws: export_calendar(ws, target, today, chosen), done, failed)
