"""Keeping the recovery key: print the noodkaart (the default), or save it as a PDF after a
plain warning. Used by the first-start wizard and by Instellingen > Algemeen (there only after
the passphrase was typed again).

    print_noodkaart(dialogs, key, vault, language)                 -> True when sent to a printer
    save_noodkaart(worker, dialogs, key, vault, language, on_saved) warning, place check, write
    print_handover_passphrase(dialogs, passphrase, package, count) the handover's own sheet
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ui.core.enum_labels import ui_language
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.kit.dialogs import Dialogs
from ui.kit.sheet_print import print_sheet
from ui.qt import QCoreApplication
from vertrouwen.export.recovery_sheet import write_recovery_sheet
from vertrouwen.export.sheet_place import place_risks, removable_folders
from vertrouwen.export.sheets import (
    SheetCanvas,
    draw_handover_sheet,
    draw_recovery_sheet,
    handover_title,
    recovery_title,
)


def print_noodkaart(dialogs: Dialogs, key: bytes, vault: Path, language: str) -> bool:
    """Print the noodkaart from memory; nothing is written to disk by the app."""

    def draw(canvas: SheetCanvas) -> None:
        draw_recovery_sheet(canvas, key, vault, language=language)

    return print_sheet(
        dialogs,
        QCoreApplication.translate("EmergencySheet", "Noodkaart afdrukken"),
        recovery_title(language),
        draw,
    )


def print_handover_passphrase(dialogs: Dialogs, passphrase: str, package: Path, count: int) -> bool:
    """Print a handover package's one-time passphrase on its own sheet, from memory."""
    language = ui_language()

    def draw(canvas: SheetCanvas) -> None:
        draw_handover_sheet(canvas, passphrase, package.name, count, language=language)

    return print_sheet(
        dialogs,
        QCoreApplication.translate("EmergencySheet", "Wachtwoord afdrukken"),
        handover_title(language),
        draw,
    )


def _start_folder() -> Path:
    """A USB stick when one is plugged in, else the home folder (the warning says why not)."""
    sticks = removable_folders()
    return sticks[0] if sticks else Path.home()


def save_noodkaart(
    worker: VaultWorker,
    dialogs: Dialogs,
    key: bytes,
    vault: Path,
    language: str,
    on_saved: Callable[[Path], None],
) -> None:
    """Save the noodkaart as a PDF, only after a warning, and warn again for a poor place."""
    if not dialogs.confirm(
        QCoreApplication.translate("EmergencySheet", "Noodkaart als bestand opslaan?"),
        QCoreApplication.translate(
            "EmergencySheet",
            "Een bestand met je herstelsleutel opent je kluis net zo goed als de sleutel zelf. "
            "Op deze laptop wordt het samen met de kluis gestolen, en een map die met de cloud "
            "meedoet (OneDrive, Dropbox, Google Drive, iCloud Drive) stuurt het naar internet "
            "voordat je het kunt wissen. Een gewist bestand is vaak nog terug te halen.\n\n"
            "Afdrukken is veiliger. Wil je toch een bestand, zet het dan op een USB-stick die "
            "je daarna veilig opbergt.",
        ),
        ok=QCoreApplication.translate("EmergencySheet", "Toch opslaan\u2026"),
        destructive=True,
    ):
        return
    name = QCoreApplication.translate("EmergencySheet", "Vertrouwen-noodkaart.pdf")
    suggested = _start_folder() / name
    while True:
        target = dialogs.save_file(
            QCoreApplication.translate("EmergencySheet", "Noodkaart opslaan"),
            suggested,
            QCoreApplication.translate("EmergencySheet", "PDF-bestanden (*.pdf)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if _place_accepted(dialogs, target, vault):
            break
        suggested = target

    def failed(exc: Exception) -> None:
        dialogs.warn(
            QCoreApplication.translate("EmergencySheet", "Noodkaart niet opgeslagen"),
            describe(exc),
        )

    worker.run(
        lambda: write_recovery_sheet(target, key, vault, language=language),
        lambda _none: on_saved(target),
        failed,
    )


def saved_text(target: Path, vault: Path) -> str:
    """What to do next with the file just saved (more urgent when it is in a poor place)."""
    if place_risks(target, vault):
        return QCoreApplication.translate(
            "EmergencySheet",
            "Opgeslagen in {0}. Druk hem af en wis het bestand daarna, ook uit de prullenbak.",
        ).format(target)
    return QCoreApplication.translate(
        "EmergencySheet", "Opgeslagen in {0}. Berg de USB-stick veilig op, weg van de laptop."
    ).format(target)


def _place_accepted(dialogs: Dialogs, target: Path, vault: Path) -> bool:
    """No objection to the folder, or the user insists after the second warning."""
    risks = place_risks(target, vault)
    if not risks:
        return True
    reasons = []
    if risks.synced_by:
        reasons.append(
            QCoreApplication.translate(
                "EmergencySheet",
                "Deze map hoort bij {0}: het bestand gaat dan naar de cloud, en wie daar "
                "toegang toe heeft, kan je kluis openen.",
            ).format(risks.synced_by)
        )
    if risks.same_disk:
        reasons.append(
            QCoreApplication.translate(
                "EmergencySheet",
                "Deze map staat op dezelfde schijf als je kluis: wie de laptop meeneemt, heeft "
                "dan de kluis \u00e9n de sleutel.",
            )
        )
    return dialogs.confirm(
        QCoreApplication.translate("EmergencySheet", "Niet op deze plek?"),
        "\n\n".join(reasons)
        + "\n\n"
        + QCoreApplication.translate(
            "EmergencySheet", "Kies liever een USB-stick, of druk de noodkaart af."
        ),
        ok=QCoreApplication.translate("EmergencySheet", "Toch hier opslaan"),
        cancel=QCoreApplication.translate("EmergencySheet", "Andere plek kiezen"),
        destructive=True,
    )
