"""Handing cases to a colleague, and receiving them: Instellingen > Overdracht, and the flows the
case screen uses too.

    hand_over(worker, dialogs, codes)     ask -> save as -> package on the worker -> passphrase
    receive(worker, dialogs, on_done)     pick -> check (no passphrase) -> passphrase -> import

The package is encrypted with a one-time passphrase shown once (`PassphraseDialog`), to be
passed on apart from the file. Receiving is all or nothing: a damaged or changed package, or a
wrong passphrase, adds nothing; a code already in this vault gets a new one (shown).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ui.core.worker import VaultWorker
from ui.features.safekeeping.handover_dialogs import ChooseCasesDialog, PassphraseDialog
from ui.features.safekeeping.messages import explain
from ui.features.safekeeping.parts import Outcome, button, panel
from ui.kit.area import Page
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import BusyLine, clear_layout, label
from ui.qt import QCoreApplication, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from vertrouwen import clock
from vertrouwen.domain import Case
from vertrouwen.errors import UnlockError
from vertrouwen.export.handover import (
    Received,
    cases_from_package,
    read_package,
    receive_cases,
    write_handover,
)
from vertrouwen.workspace import Workspace

SUFFIX = ".vtho"
Busy = Callable[[str], None]


def _no_busy(_text: str) -> None:
    pass


def hand_over(
    worker: VaultWorker,
    dialogs: Dialogs,
    codes: list[str],
    parent: QWidget | None = None,
    busy: Busy = _no_busy,
    on_done: Callable[[Path], None] | None = None,
) -> None:
    """Write `codes` as a handover package to a file the user picks; show its passphrase once."""
    if not codes:
        return
    if len(codes) == 1:
        title = QCoreApplication.translate("Handover", "Dossier {0} overdragen?").format(codes[0])
    else:
        title = QCoreApplication.translate("Handover", "{0} dossiers overdragen?").format(
            len(codes)
        )
    if not dialogs.confirm(
        title,
        QCoreApplication.translate(
            "Handover",
            "Je maakt een versleuteld pakket met de volledige dossiers voor een collega, die ze "
            "in de eigen kluis importeert. Draag alleen over waar de cli\u00ebnt mee heeft "
            "ingestemd. Je eigen dossiers blijven staan.",
        ),
        ok=QCoreApplication.translate("Handover", "Pakket maken\u2026"),
    ):
        return
    suggested = Path.home() / f"overdracht-{clock.today():%Y%m%d}{SUFFIX}"
    target = dialogs.save_file(
        QCoreApplication.translate("Handover", "Overdrachtspakket opslaan"),
        suggested,
        QCoreApplication.translate("Handover", "Overdrachtspakketten (*{0})").format(SUFFIX),
    )
    if target is None or not worker.is_unlocked:
        return
    out = Path(target) if Path(target).suffix == SUFFIX else Path(f"{target}{SUFFIX}")
    busy(QCoreApplication.translate("Handover", "Pakket versleutelen\u2026"))

    def done(passphrase: str) -> None:
        busy("")
        dialog = PassphraseDialog(passphrase, out, len(codes), parent, dialogs)
        dialogs.exec(dialog)
        dialog.forget()
        dialog.deleteLater()
        if on_done is not None:
            on_done(out)

    def failed(exc: Exception) -> None:
        busy("")
        dialogs.warn(QCoreApplication.translate("Handover", "Geen pakket gemaakt"), explain(exc))

    worker.submit(lambda ws: write_handover(ws, list(codes), out), done, failed)


def receive(
    worker: VaultWorker,
    dialogs: Dialogs,
    on_done: Callable[[list[Received]], None],
    busy: Busy = _no_busy,
) -> None:
    """Import a colleague's package into this vault, all or nothing."""
    source = dialogs.open_file(
        QCoreApplication.translate("Handover", "Overdrachtspakket kiezen"),
        Path.home(),
        QCoreApplication.translate(
            "Handover", "Overdrachtspakketten (*{0});;Alle bestanden (*)"
        ).format(SUFFIX),
    )
    if source is None:
        return
    path = Path(source)
    busy(QCoreApplication.translate("Handover", "Pakket controleren\u2026"))

    def refused(exc: Exception) -> None:
        busy("")
        dialogs.warn(QCoreApplication.translate("Handover", "Pakket geweigerd"), explain(exc))

    def ask(data: bytes, problem: str = "") -> None:
        busy("")
        if not worker.is_unlocked:
            return
        prompt = QCoreApplication.translate(
            "Handover",
            "Typ het wachtwoord dat je collega je apart van het bestand gaf\n"
            "(25 letters en cijfers, in vijf groepen van vijf):",
        )
        passphrase = dialogs.get_text(
            QCoreApplication.translate("Handover", "Wachtwoord van het pakket"),
            f"{problem}\n\n{prompt}" if problem else prompt,
        )
        if passphrase is None or not worker.is_unlocked:
            return
        busy(QCoreApplication.translate("Handover", "Pakket openen en dossiers toevoegen\u2026"))

        def job(ws: Workspace) -> list[Received]:
            cases: list[Case] = cases_from_package(data, passphrase, path)
            return receive_cases(ws, cases, path.name)

        def failed(exc: Exception) -> None:
            if isinstance(exc, UnlockError):
                ask(data, explain(exc))  # a typing slip: ask again
            else:
                refused(exc)

        def done(received: list[Received]) -> None:
            busy("")
            on_done(received)

        worker.submit(job, done, failed)

    worker.run(lambda: read_package(path), ask, refused)


def received_text(received: list[Received]) -> str:
    """ "2 dossiers ontvangen: VP-2026-0040, VP-2026-0041 (was VP-2026-0007, die code bestond
    hier al)." """
    parts = []
    for item in received:
        if item.renamed and item.old_code:
            parts.append(
                QCoreApplication.translate(
                    "Handover", "{0} (was {1}; die code bestond hier al)"
                ).format(item.new_code, item.old_code)
            )
        else:
            parts.append(item.new_code)
    if len(received) == 1:
        return QCoreApplication.translate("Handover", "1 dossier ontvangen: {0}.").format(parts[0])
    return QCoreApplication.translate("Handover", "{0} dossiers ontvangen: {1}.").format(
        len(received), ", ".join(parts)
    )


class HandoverPage(Page):
    """Instellingen > Overdracht."""

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        open_case: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.open_case = open_case
        self.received: list[Received] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)

        box, layout = panel(
            self.tr("Overdragen aan een collega"),
            self.tr(
                "Maak een versleuteld pakket van een of meer dossiers. Je krijgt een eenmalig "
                "wachtwoord; geef dat apart van het bestand door, telefonisch of persoonlijk. "
                "Draag alleen over waar de cli\u00ebnt mee heeft ingestemd."
            ),
        )
        row = QHBoxLayout()
        self.give_button = button(self.tr("Dossiers kiezen en overdragen\u2026"), "send")
        self.give_button.clicked.connect(lambda: self.choose_and_hand_over())
        row.addWidget(self.give_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.give_busy = BusyLine()
        layout.addWidget(self.give_busy)
        self.given = Outcome()
        layout.addWidget(self.given)
        layout.addWidget(
            label(
                self.tr(
                    "E\u00e9n dossier overdragen kan ook vanuit het dossier zelf, met de knop "
                    "\u22ef rechtsboven."
                ),
                "faint",
                wrap=True,
            )
        )
        column.addWidget(box)

        box, layout = panel(
            self.tr("Overdracht ontvangen"),
            self.tr(
                "Voeg de dossiers uit het pakket van een collega toe aan deze kluis. Alles of "
                "niets: klopt er iets niet, dan wordt er niets toegevoegd. Een code die hier al "
                "bestaat, krijgt een nieuwe code."
            ),
        )
        row = QHBoxLayout()
        self.receive_button = button(self.tr("Overdracht ontvangen\u2026"), "inbox")
        self.receive_button.clicked.connect(self.receive)
        row.addWidget(self.receive_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.receive_busy = BusyLine()
        layout.addWidget(self.receive_busy)
        self.outcome = Outcome()
        layout.addWidget(self.outcome)
        self.open_row = QHBoxLayout()
        self.open_row.setSpacing(6)
        layout.addLayout(self.open_row)
        column.addWidget(box)

    def choose_and_hand_over(self, chosen: list[str] | None = None) -> None:
        dialog = ChooseCasesDialog(self.worker, chosen, self)
        accepted = self.dialogs.exec(dialog) == QDialog.DialogCode.Accepted
        codes = list(dialog.chosen)
        dialog.clear_list()
        dialog.deleteLater()
        if accepted and codes and self.worker.is_unlocked:
            self.given.clear()
            hand_over(
                self.worker,
                self.dialogs,
                codes,
                self,
                self._give_busy,
                lambda out: self._given(out, len(codes)),
            )

    def _given(self, package: Path, count: int) -> None:
        text = (
            self.tr("Pakket {0} gemaakt met 1 dossier.").format(package.name)
            if count == 1
            else self.tr("Pakket {0} gemaakt met {1} dossiers.").format(package.name, count)
        )
        self.given.show_ok(text + " " + self.tr("Het wachtwoord is alleen bij het maken getoond."))

    def _give_busy(self, text: str) -> None:
        self.give_button.setEnabled(not text)
        (self.give_busy.start(text) if text else self.give_busy.stop())

    def receive(self) -> None:
        self.outcome.clear()
        receive(self.worker, self.dialogs, self._received, self._receive_busy)

    def _receive_busy(self, text: str) -> None:
        self.receive_button.setEnabled(not text)
        (self.receive_busy.start(text) if text else self.receive_busy.stop())

    def _received(self, received: list[Received]) -> None:
        self.received = received
        self.outcome.show_ok(received_text(received))
        clear_layout(self.open_row)
        if self.open_case is None:
            return
        self.open_row.addWidget(label(self.tr("Openen:"), "muted"))
        for item in received[:8]:
            link = QPushButton(item.new_code)
            link.setProperty("kind", "link")
            link.clicked.connect(lambda _c=False, c=item.new_code: self._open(c))
            self.open_row.addWidget(link)
        self.open_row.addStretch(1)

    def _open(self, code: str) -> None:
        if self.open_case is not None:
            self.open_case(code)

    def clear(self) -> None:
        self.received = []
        self.outcome.clear()
        self.given.clear()
        clear_layout(self.open_row)
        self._give_busy("")
        self._receive_busy("")
