"""The case screen's "more" menu: hand the case over to a colleague, or destroy it.

`CaseView` adds `more_button(view)` to its header and declares `case_destroyed(str)`; the
Dossiers area closes the case and reloads its list on that signal.
"""

from __future__ import annotations

from typing import Any

from ui import theme
from ui.assets import icon
from ui.destroy import destroy_case, destroyed_text
from ui.qt import QCoreApplication, QMenu, QSize, QToolButton
from ui.safekeeping.handover import hand_over
from vertrouwen.workspace import DestroyReport


def hand_over_case(view: Any) -> None:
    """Hand the open case over (its last edits saved first)."""
    case = view.ctx.case
    if case is None:
        return
    view.ctx.flush()
    hand_over(view.worker, view.dialogs, [case.code], view)


def destroy_open_case(view: Any) -> None:
    """Destroy the open case at the client's request, after the user types its code."""
    case = view.ctx.case
    if case is None:
        return
    view.ctx.flush()  # a pending save runs before the destroy (jobs run in order)

    def done(report: DestroyReport) -> None:
        view.case_destroyed.emit(report.code)
        view.dialogs.inform(
            QCoreApplication.translate("CaseActions", "Dossier vernietigd"), destroyed_text(report)
        )

    destroy_case(view.worker, view.dialogs, case.code, done, reason="request")


def more_button(view: Any) -> QToolButton:
    """A "⋯" button with the case actions that leave the case screen."""
    button = QToolButton()
    button.setIcon(icon("more-horizontal", theme.INK))
    button.setIconSize(QSize(18, 18))
    button.setToolTip(QCoreApplication.translate("CaseActions", "Meer acties"))
    button.setAutoRaise(True)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
    menu = QMenu(button)
    give = menu.addAction(
        icon("send", theme.INK),
        QCoreApplication.translate("CaseActions", "Overdragen aan collega\u2026"),
    )
    give.triggered.connect(lambda: hand_over_case(view))
    menu.addSeparator()
    destroy = menu.addAction(
        icon("trash", theme.DANGER),
        QCoreApplication.translate("CaseActions", "Dossier vernietigen\u2026"),
    )
    destroy.triggered.connect(lambda: destroy_open_case(view))
    button.setMenu(menu)
    view.more_menu = menu
    return button
