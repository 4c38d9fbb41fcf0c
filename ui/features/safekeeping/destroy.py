"""Destroying a case file for good, at the client's request or after the retention term.

    destroy_case(worker, dialogs, code, on_done)

The user confirms by typing the case code (a slip of the mouse cannot destroy a file); the core
deletes the case with everything in it, keeps its anonymous registration for the yearly report,
writes `case_destroyed` to the audit log and compacts the vault so no freed page keeps the
text. Backups made earlier still hold the case until they rotate out; the question says so.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.kit.dialogs import Dialogs
from ui.qt import QCoreApplication
from vertrouwen.workspace import DestroyReport, Workspace


def question(code: str) -> str:
    """What the confirmation says: what goes, what stays, and what to type."""
    return QCoreApplication.translate(
        "Destroy",
        "Dossier {0} wordt voorgoed vernietigd, met alle notities, documenten, afspraken,\n"
        "klachtonderdelen en toestemmingen. Dit kan niet ongedaan worden gemaakt.\n\n"
        "De anonieme telling voor de jaarrapportage blijft bewaard.\n"
        "Back-ups van v\u00f3\u00f3r nu bevatten het dossier nog tot ze worden vervangen.\n\n"
        "Typ de code {0} om te bevestigen:",
    ).format(code)


def destroyed_text(report: DestroyReport) -> str:
    """One or two sentences after a case was destroyed."""
    if report.notes == 1:
        text = QCoreApplication.translate(
            "Destroy", "Dossier {0} is vernietigd (1 notitie)."
        ).format(report.code)
    else:
        text = QCoreApplication.translate(
            "Destroy", "Dossier {0} is vernietigd ({1} notities)."
        ).format(report.code, report.notes)
    text += " " + QCoreApplication.translate(
        "Destroy", "De anonieme telling blijft meetellen in de jaarrapportage."
    )
    if not report.compacted:
        text += " " + QCoreApplication.translate(
            "Destroy",
            "Een ander programma heeft de kluis open, dus opschonen gebeurt later; de "
            "verwijderde tekst is al overschreven.",
        )
    return text


def destroy_case(
    worker: VaultWorker,
    dialogs: Dialogs,
    code: str,
    on_done: Callable[[DestroyReport], None],
    reason: str = "request",
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """Ask for the code, then destroy case `code` on the worker; `on_done(report)` afterwards.

    `reason` is "request" (the client asked) or "retention" (the review list); it goes into
    the audit entry. Cancelling, or typing another code, destroys nothing (the latter says so).
    """
    answer = dialogs.get_text(
        QCoreApplication.translate("Destroy", "Dossier {0} vernietigen").format(code),
        question(code),
        ok=QCoreApplication.translate("Destroy", "Vernietigen"),
    )
    if answer is None or not worker.is_unlocked:
        return
    if answer.strip().upper() != code.upper():
        dialogs.warn(
            QCoreApplication.translate("Destroy", "De code klopt niet"),
            QCoreApplication.translate(
                "Destroy", "Je typte iets anders dan {0}. Er is niets vernietigd."
            ).format(code),
        )
        return

    def failed(exc: Exception) -> None:
        if on_error is not None:
            on_error(exc)
        dialogs.warn(
            QCoreApplication.translate("Destroy", "Vernietigen lukte niet"),
            describe(exc, "destroy"),
        )

    def job(ws: Workspace) -> DestroyReport:
        return ws.retention.destroy(code, reason)

    worker.submit(job, on_done, failed)
