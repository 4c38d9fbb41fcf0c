"""Instellingen → Klachtroutes: the way into the route editor (own routes of organisations)."""

from __future__ import annotations

from ui.dialogs import Dialogs
from ui.qt import QCoreApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from ui.widgets import frame, label
from ui.worker import VaultWorker


def routes_section(worker: VaultWorker, dialogs: Dialogs, parent: QWidget) -> QWidget:
    """A settings panel explaining own routes, with a button that opens the route editor."""
    box = frame("Panel", (22, 18, 22, 18))
    layout = box.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.setSpacing(10)
    layout.addWidget(label(QCoreApplication.translate("RoutesSection", "Klachtroutes"), "subtitle"))
    layout.addWidget(
        label(
            QCoreApplication.translate(
                "RoutesSection",
                "De wettelijke routes (Jeugdwet, Wmo/Awb, Wkkgz en andere) zitten in Vertrouwen, "
                "met de bron van elke termijn. Heeft een organisatie een eigen "
                "klachtenregeling, leg die dan vast als eigen route; het advies volgt die route.",
            ),
            "muted",
            wrap=True,
        )
    )
    row = QHBoxLayout()
    button = QPushButton(QCoreApplication.translate("RoutesSection", "Klachtroutes beheren…"))

    def open_editor() -> None:
        from ui.route_editor import RouteEditorDialog

        dialogs.exec(RouteEditorDialog(worker, dialogs, parent=parent))

    button.clicked.connect(open_editor)
    row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    box.setObjectName("RoutesSection")
    return box
