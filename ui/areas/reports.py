"""Rapportage: the anonymous yearly report and signals."""

from __future__ import annotations

from ui.areas.base import Area, EmptyState, area_header
from ui.dialogs import Dialogs
from ui.qt import QVBoxLayout, QWidget
from ui.worker import VaultWorker


class ReportsArea(Area):
    """Anonymous counts per year. Placeholder until the report screens are built."""

    area_id = "reports"
    icon_name = "reports"

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, dialogs, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.addWidget(
            area_header(
                self.tr("Rapportage"),
                self.tr("Anonieme tellingen voor de jaarrapportage en signalen."),
            )
        )
        self.empty = EmptyState(
            "reports",
            self.tr("Nog niets om te tellen"),
            self.tr(
                "Zodra je dossiers registreert, zie je hier per jaar de vragen en klachten "
                "per soort organisatie en onderwerp, zonder namen of dossiercodes."
            ),
        )
        layout.addWidget(self.empty, 1)

    def title(self) -> str:
        return self.tr("Rapportage")
