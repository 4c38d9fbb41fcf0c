"""The case screen's "more" menu, seen from here: hand the open case over to a colleague, or
destroy it at the client's request. The shell binds these to the worker and dialogs and hands
them to the case screen as `CaseServices` (features do not import each other)."""

from __future__ import annotations

from collections.abc import Callable

from ui.core.worker import VaultWorker
from ui.features.safekeeping.destroy import destroy_case, destroyed_text
from ui.features.safekeeping.handover import hand_over
from ui.kit.dialogs import Dialogs
from ui.qt import QCoreApplication, QWidget
from vertrouwen.workspace import DestroyReport


def hand_over_case(worker: VaultWorker, dialogs: Dialogs, code: str, parent: QWidget) -> None:
    """Hand case `code` over (the package dialog, then the handover itself)."""
    hand_over(worker, dialogs, [code], parent)


def destroy_on_request(
    worker: VaultWorker, dialogs: Dialogs, code: str, done: Callable[[str], None]
) -> None:
    """Destroy case `code` at the client's request, after the user types its code; `done(code)`
    once it is gone, then say so."""

    def destroyed(report: DestroyReport) -> None:
        done(report.code)
        dialogs.inform(
            QCoreApplication.translate("CaseActions", "Dossier vernietigd"), destroyed_text(report)
        )

    destroy_case(worker, dialogs, code, destroyed, reason="request")
