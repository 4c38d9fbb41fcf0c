"""Instellingen > Controle: `vertrouwen verify` from the app, with a readable result.

`check_vault(ws)` runs on the worker (cipher page HMACs, page integrity, foreign keys, schema)
and never changes the vault. The sentences are built here from its fields, so they follow the
UI language; the technical lines of a damaged vault are shown as they are, for whoever helps.
"""

from __future__ import annotations

from datetime import datetime

from ui.core import theme
from ui.core.assets import icon
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.features.safekeeping.messages import when_text
from ui.features.safekeeping.parts import MONO, button, panel
from ui.kit.area import Page
from ui.kit.widgets import BusyLine, clear_layout, label
from ui.qt import QHBoxLayout, QLabel, QLocale, Qt, QVBoxLayout, QWidget
from vertrouwen.health import VerifyResult, check_vault

STALE_DAYS = 7


class CheckPage(Page):
    """The Controle page."""

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.result: VerifyResult | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        box, layout = panel(
            self.tr("Kluis controleren"),
            self.tr(
                "Vertrouwen controleert de versleuteling van elke pagina, de opbouw van de "
                "database, de koppelingen tussen de gegevens en de versie. Er verandert niets. "
                "Bij een grote kluis duurt het enkele seconden."
            ),
        )
        row = QHBoxLayout()
        self.check_button = button(self.tr("Kluis controleren"), "shield", primary=True)
        self.check_button.clicked.connect(self.run_check)
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        layout.addWidget(
            label(self.tr("Op de opdrachtregel: vertrouwen verify"), "faint", wrap=True)
        )
        column.addWidget(box)

        self.result_box, result_layout = panel(self.tr("Uitkomst"))
        head = QHBoxLayout()
        head.setSpacing(12)
        self.glyph = QLabel()
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = label("", wrap=True)
        self.summary.setStyleSheet(f"font-size: {theme.pt(15)}pt; font-weight: 600;")
        head.addWidget(self.glyph)
        head.addWidget(self.summary, 1)
        result_layout.addLayout(head)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(6)
        result_layout.addLayout(self.lines)
        self.checked_at = label("", "faint")
        result_layout.addWidget(self.checked_at)
        self.result_box.hide()
        column.addWidget(self.result_box)

    def run_check(self) -> None:
        self.check_button.setEnabled(False)
        self.busy.start(self.tr("Kluis controleren\u2026"))
        self.worker.submit(check_vault, self._show, self._failed)

    def _done(self) -> None:
        self.check_button.setEnabled(True)
        self.busy.stop()

    def _show(self, result: VerifyResult) -> None:
        self._done()
        self.result = result
        clear_layout(self.lines)
        cases = QLocale().toString(result.cases)
        if result.ok:
            self._head(
                "check-circle",
                theme.SUCCESS,
                self.tr("De kluis is in orde."),
            )
            checked = (
                self.tr(
                    "Versleuteling, pagina's, schema en koppelingen zijn gecontroleerd (1 dossier)."
                )
                if result.cases == 1
                else self.tr(
                    "Versleuteling, pagina's, schema en koppelingen zijn gecontroleerd "
                    "({0} dossiers)."
                ).format(cases)
            )
            self._line(checked)
            self._line(self._backup_sentence(result))
            if not result.backup_folder_set:
                self._line(
                    self.tr(
                        "Tip: kies bij Back-ups een map voor automatische back-ups, bij voorkeur "
                        "op een externe schijf."
                    ),
                    "muted",
                )
            elif result.last_backup is not None and self._age_days(result) > STALE_DAYS:
                self._line(self.tr("Maak binnenkort een nieuwe back-up."), "muted")
        else:
            count = len(result.problems)
            self._head(
                "alert",
                theme.DANGER,
                self.tr("De kluis is beschadigd ({0} problemen gevonden).").format(count)
                if count != 1
                else self.tr("De kluis is beschadigd (1 probleem gevonden)."),
            )
            self._line(
                self.tr(
                    "Zet de laatste back-up terug (Back-ups \u203a Terugzetten) en blijf tot dan "
                    "zo min mogelijk in deze kluis werken."
                )
            )
            self._line(self.tr("Technische details (voor wie je helpt):"), "muted")
            for problem in result.problems:
                detail = QLabel(problem)
                detail.setWordWrap(True)
                detail.setStyleSheet(MONO)
                detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.lines.addWidget(detail)
        self.checked_at.setText(self.tr("Gecontroleerd: {0}").format(when_text(result.checked_at)))
        self.result_box.show()

    def _backup_sentence(self, result: VerifyResult) -> str:
        if result.last_backup is None:
            return self.tr("Er is nog geen back-up gemaakt.")
        return self.tr("Laatste back-up: {0}.").format(when_text(result.last_backup))

    @staticmethod
    def _age_days(result: VerifyResult) -> int:
        last = result.last_backup or result.checked_at
        return (result.checked_at - last).days

    def _head(self, icon_name: str, colour: str, text: str) -> None:
        self.glyph.setPixmap(icon(icon_name, colour).pixmap(24, 24))
        self.summary.setText(text)
        self.summary.setStyleSheet(
            f"font-size: {theme.pt(15)}pt; font-weight: 600; color: {colour};"
        )

    def _line(self, text: str, role: str | None = None) -> None:
        self.lines.addWidget(label(text, role, wrap=True))

    def _failed(self, exc: Exception) -> None:
        self._done()
        clear_layout(self.lines)
        self._head("alert", theme.DANGER, self.tr("De controle kon niet worden uitgevoerd."))
        self._line(describe(exc))
        self.checked_at.setText(self.tr("Gecontroleerd: {0}").format(when_text(datetime.now())))
        self.result_box.show()

    def clear(self) -> None:
        self.result = None
        clear_layout(self.lines)
        self.summary.clear()
        self.result_box.hide()
        self._done()
