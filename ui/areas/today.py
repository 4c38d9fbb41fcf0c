"""Vandaag: what needs attention today (deadlines, actions, recent contacts).

For now: a greeting with the date, the number of cases in the vault, the shortcuts, and an
empty agenda. The agenda itself (deadlines from the routes, actions due) is still to be built.
"""

from __future__ import annotations

from datetime import datetime

from ui import theme
from ui.areas.base import Area, EmptyState
from ui.assets import icon
from ui.dialogs import Dialogs
from ui.qt import QDate, QGridLayout, QHBoxLayout, QLabel, QLocale, QVBoxLayout, QWidget
from ui.widgets import frame, label
from ui.worker import VaultWorker


class TodayArea(Area):
    """The start screen after unlocking."""

    area_id = "today"
    icon_name = "today"

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, dialogs, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(18)
        layout.addWidget(label(self._greeting(), "title"))
        date_text = QLocale().toString(QDate.currentDate(), "dddd d MMMM yyyy")
        layout.addWidget(label(date_text[:1].upper() + date_text[1:], "muted"))

        cards = QHBoxLayout()
        cards.setSpacing(16)
        cases_card = frame("Panel", (22, 18, 22, 18))
        cases_card.layout().addWidget(label(self.tr("Dossiers in je kluis"), "section"))
        self.case_count = QLabel("\u2014")
        self.case_count.setStyleSheet(f"font-size: 34px; font-weight: 600; color: {theme.PRIMARY};")
        cases_card.layout().addWidget(self.case_count)
        cases_card.layout().addWidget(label(self.tr("Nieuw dossier: Ctrl+N"), "faint"))
        cases_card.layout().addStretch(1)
        cards.addWidget(cases_card, 1)

        keys_card = frame("Panel", (22, 18, 22, 18))
        keys_card.layout().addWidget(label(self.tr("Sneltoetsen"), "section"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        shortcuts = [
            ("Ctrl+N", self.tr("Nieuw dossier")),
            ("Ctrl+F", self.tr("Zoeken in dossiers")),
            ("Ctrl+1\u20134", self.tr("Wisselen tussen de onderdelen")),
            ("Ctrl+L", self.tr("Kluis vergrendelen")),
            ("F1", self.tr("Spoed: crisisnummers")),
        ]
        for row, (keys, what) in enumerate(shortcuts):
            key_label = QLabel(keys)
            key_label.setStyleSheet(
                f"background: {theme.BACKGROUND}; border: 1px solid {theme.BORDER};"
                " border-radius: 5px; padding: 1px 7px; font-size: 12px; font-weight: 600;"
            )
            grid.addWidget(key_label, row, 0)
            grid.addWidget(label(what, "muted"), row, 1)
        grid.setColumnStretch(1, 1)
        keys_card.layout().addLayout(grid)
        cards.addWidget(keys_card, 2)

        safe_card = frame("Panel", (22, 18, 22, 18))
        safe_card.layout().addWidget(label(self.tr("Je kluis"), "section"))
        row = QHBoxLayout()
        shield = QLabel()
        shield.setPixmap(icon("shield", theme.SUCCESS).pixmap(28, 28))
        row.addWidget(shield)
        row.addWidget(label(self.tr("Versleuteld op deze computer"), "subtitle"), 1)
        safe_card.layout().addLayout(row)
        safe_card.layout().addWidget(
            label(
                self.tr(
                    "Er gaat niets naar internet. Bij afwezigheid gaat de kluis vanzelf op slot."
                ),
                "muted",
                wrap=True,
            )
        )
        safe_card.layout().addStretch(1)
        cards.addWidget(safe_card, 1)
        layout.addLayout(cards)

        agenda = frame("Panel", (22, 18, 22, 18))
        agenda.layout().addWidget(label(self.tr("Vraagt vandaag aandacht"), "section"))
        self.empty = EmptyState(
            "check",
            self.tr("Niets dat vandaag om aandacht vraagt"),
            self.tr(
                "Hier verschijnen termijnen die verlopen en afspraken die klaar moeten zijn, "
                "zodra je dossiers hebt."
            ),
        )
        agenda.layout().addWidget(self.empty, 1)
        layout.addWidget(agenda, 1)

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 12:
            return self.tr("Goedemorgen")
        if hour < 18:
            return self.tr("Goedemiddag")
        return self.tr("Goedenavond")

    def title(self) -> str:
        return self.tr("Vandaag")

    def activate(self) -> None:
        self.worker.submit(lambda ws: ws.cases.count(), self._show_count)

    def _show_count(self, count: int) -> None:
        self.case_count.setText(str(count))

    def clear(self) -> None:
        self.case_count.setText("\u2014")
        super().clear()
