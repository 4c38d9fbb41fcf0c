"""Dossiers: the list of cases and the way into one case."""

from __future__ import annotations

from ui.areas.base import Area, EmptyState, area_header
from ui.dialogs import Dialogs
from ui.qt import QVBoxLayout, QWidget, Slot
from ui.worker import VaultWorker


class CasesArea(Area):
    """The case list. Placeholder until the list and case detail are built.

    The shell calls `new_case()` for Ctrl+N and `focus_search()` for Ctrl+F.
    """

    area_id = "cases"
    icon_name = "cases"

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, dialogs, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.addWidget(
            area_header(
                self.tr("Dossiers"),
                self.tr(
                    "Elk dossier staat onder een code, nooit onder de naam van je cli\u00ebnt."
                ),
            )
        )
        self.empty = EmptyState(
            "cases",
            self.tr("Nog geen dossiers"),
            self.tr("Maak een nieuw dossier met Ctrl+N. Zoeken in je dossiers kan met Ctrl+F."),
        )
        layout.addWidget(self.empty, 1)
        self.count: int | None = None

    def title(self) -> str:
        return self.tr("Dossiers")

    def activate(self) -> None:
        self.worker.submit(lambda ws: ws.cases.count(), self._show_count)

    def _show_count(self, count: int) -> None:
        self.count = count
        if count == 1:
            self.empty.title.setText(self.tr("1 dossier in je kluis"))
        elif count:
            self.empty.title.setText(self.tr("{0} dossiers in je kluis").format(count))

    @Slot()
    def new_case(self) -> None:
        """Ctrl+N: start a new case (to be built)."""

    @Slot()
    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field (to be built)."""

    def clear(self) -> None:
        self.count = None
        super().clear()
