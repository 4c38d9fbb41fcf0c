"""Instellingen → Klachtroutes: the way into the route editor (own routes of organisations),
and the bridge days (Atw art. 3 lid 3) every deadline counts as holidays."""

from __future__ import annotations

from datetime import date

from ui.core.enum_labels import long_date
from ui.core.worker import VaultWorker
from ui.kit.area import Page
from ui.kit.dialogs import Dialogs
from ui.kit.forms import date_edit, from_qdate
from ui.kit.widgets import label
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from vertrouwen import clock
from vertrouwen.routes import bridge_days
from vertrouwen.workspace import Workspace


class BridgeDaysDialog(QDialog):
    """Edit the list of bridge days: days the government declared equal to a holiday."""

    def __init__(self, days: list[date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brugdagen"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(
            label(
                self.tr(
                    "Een brugdag is een dag die de overheid gelijkstelt aan een feestdag "
                    "(Algemene termijnenwet art. 3 lid 3). Een wettelijke termijn die op zo'n "
                    "dag eindigt, loopt door tot de eerstvolgende werkdag. Voeg alleen dagen "
                    "toe die officieel zijn bekendgemaakt."
                ),
                "muted",
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setMinimumHeight(140)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.date = date_edit(clock.today())
        self.date.setAccessibleName(self.tr("Brugdag"))
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setProperty("kind", "ghost")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.date)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._days: set[date] = set(days)
        self._fill()

    def days(self) -> list[date]:
        return sorted(self._days)

    def add_day(self) -> None:
        self._days.add(from_qdate(self.date.date()))
        self._fill()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self._days.discard(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)))
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for day in self.days():
            item = QListWidgetItem(long_date(day))
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(self._days))


class RoutesSection(Page):
    """A settings panel explaining own routes, with a button that opens the route editor, and
    the bridge days with a button to change them (`activate` when the area is shown)."""

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.worker = worker
        self.dialogs = dialogs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Klachtroutes"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "De wettelijke routes (Jeugdwet, Wmo/Awb, Wkkgz en andere) zitten in "
                    "Vertrouwen, met de bron van elke termijn. Heeft een organisatie een eigen "
                    "klachtenregeling, leg die dan vast als eigen route; het advies volgt die "
                    "route."
                ),
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        button = QPushButton(self.tr("Klachtroutes beheren…"))
        button.clicked.connect(self.open_editor)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(
            label(
                self.tr(
                    "Weekenden en feestdagen verlengen wettelijke termijnen (Algemene "
                    "termijnenwet). Brugdagen die de overheid aan een feestdag gelijkstelt "
                    "(art. 3 lid 3), voer je hier in."
                ),
                "muted",
                wrap=True,
            )
        )
        self.shown = label("", wrap=True)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.shown)
        self.days: list[date] = []
        self._show(self.days)
        bridge_row = QHBoxLayout()
        self.bridge_button = QPushButton(self.tr("Brugdagen…"))
        self.bridge_button.clicked.connect(self.edit_bridge_days)
        bridge_row.addWidget(self.bridge_button)
        bridge_row.addStretch(1)
        layout.addLayout(bridge_row)

    def open_editor(self) -> None:
        from ui.features.routes.editor import open_route_editor  # loaded when first used

        open_route_editor(self.worker, self.dialogs, self.window())

    def activate(self) -> None:
        """Read the bridge days from the vault."""
        self.worker.submit(lambda ws: bridge_days.bridge_days(ws.settings), self._show)

    def _show(self, found: list[date]) -> None:
        self.days = list(found)
        if found:
            text = self.tr("Brugdagen: {0}").format(", ".join(long_date(d) for d in found))
        else:
            text = self.tr("Geen brugdagen ingevoerd.")
        self.shown.setText(text)

    def edit_bridge_days(self) -> None:
        dialog = BridgeDaysDialog(self.days, self)
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.days()

        def save(ws: Workspace) -> list[date]:
            ws.settings.set(bridge_days.SETTING, bridge_days.stored(chosen))
            return bridge_days.bridge_days(ws.settings)

        self.worker.submit(save, self._show)
