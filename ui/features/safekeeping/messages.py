"""The core's backup, restore and handover errors in the user's language.

The core words its errors as one English line for the command line; the screens need Dutch
(or English) sentences that say what is wrong, that nothing was changed, and what to do.
Anything not recognised here goes to `ui.core.messages.describe`.
"""

from __future__ import annotations

from datetime import datetime

from ui.core.messages import describe, protected_file_message
from ui.qt import QCoreApplication
from vertrouwen.errors import (
    InputError,
    ProtectedFileError,
    StorageError,
    UnlockError,
    UsageError,
    VaultError,
)


def _detail(text: str) -> str:
    """The part between the first brackets, e.g. "checksum mismatch" (shown as a detail)."""
    start, end = text.find("("), text.find(")")
    return text[start + 1 : end] if 0 <= start < end else ""


def explain(exc: Exception) -> str:
    """One or two clear sentences for an error from a backup, restore or handover."""
    text = str(exc)
    if isinstance(exc, UnlockError):
        if "wrong passphrase for this backup" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Deze wachtwoordzin opent de back-up niet. Een back-up opent met de "
                "wachtwoordzin die de kluis had toen hij werd gemaakt, of met je herstelsleutel. "
                "Er is niets veranderd.",
            )
        if "does not belong to this backup" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Deze herstelsleutel hoort niet bij deze back-up. Controleer je noodkaart. Er "
                "is niets veranderd.",
            )
        if "no passphrase slot" in text:
            return QCoreApplication.translate(
                "Safekeeping", "Deze back-up opent alleen met de herstelsleutel."
            )
        if "wrong handover passphrase" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Dit wachtwoord hoort niet bij dit pakket. Vraag het je collega nog eens. Er is "
                "niets ge\u00efmporteerd.",
            )
        if "handover passphrase is 25" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Een overdrachtswachtwoord bestaat uit 25 letters en cijfers, in vijf groepen "
                "van vijf. Er is niets ge\u00efmporteerd.",
            )
        return describe(exc, "restore")
    if isinstance(exc, VaultError):
        if "changed after it was made" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Deze back-up is veranderd nadat hij werd gemaakt: de controle klopt niet. Hij "
                "wordt geweigerd; er is niets teruggezet of aangemaakt.",
            )
        if "damaged or not a backup" in text or "truncated" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Dit bestand is beschadigd of geen back-up van Vertrouwen ({0}). Het wordt "
                "geweigerd; er is niets teruggezet of aangemaakt.",
            ).format(_detail(text) or "?")
        if "does not pass its check" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "De kluis in deze back-up is niet in orde. Hij wordt geweigerd; er is niets "
                "teruggezet of aangemaakt. Probeer een oudere back-up.",
            )
        if "newer version" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Deze back-up is gemaakt met een nieuwere versie van Vertrouwen. Werk het "
                "programma bij; er is niets veranderd.",
            )
        if text.startswith("no backup at"):
            return QCoreApplication.translate(
                "Safekeeping", "Dit bestand bestaat niet (meer). Er is niets veranderd."
            )
        if "already exists" in text or "appeared meanwhile" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Op die plek staat al een kluis of sleutelbestand. Kies een nieuwe naam; er is "
                "niets veranderd.",
            )
        if "failed its check" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "De kopie van de kluis kwam niet door de controle, dus er is geen back-up "
                "geschreven. Kies Controle \u203a Kluis controleren.",
            )
        if "cannot read the backup" in text:
            return QCoreApplication.translate(
                "Safekeeping", "Deze back-up is niet te lezen ({0}). Er is niets veranderd."
            ).format(_detail(text) or text)
        return QCoreApplication.translate(
            "Safekeeping", "Dat lukte niet ({0}). Er is niets veranderd."
        ).format(text)
    if isinstance(exc, InputError):
        if "changed after it was made" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Dit pakket is veranderd nadat het werd gemaakt. Het wordt geweigerd; er is "
                "niets ge\u00efmporteerd.",
            )
        if "not a handover package" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Dit bestand is beschadigd of geen overdrachtspakket. Er is niets "
                "ge\u00efmporteerd.",
            )
        if text.endswith("does not exist") or "cannot read" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Dit bestand bestaat niet (meer) of is niet te lezen. "
                "Er is niets ge\u00efmporteerd.",
            )
        if "another version" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Dit pakket is gemaakt met een andere versie van Vertrouwen. Werk het programma "
                "bij; er is niets ge\u00efmporteerd.",
            )
        return QCoreApplication.translate(
            "Safekeeping",
            "Het pakket bevat gegevens die niet kloppen ({0}). Er is niets ge\u00efmporteerd.",
        ).format(text)
    if isinstance(exc, ProtectedFileError):
        return protected_file_message()
    if isinstance(exc, UsageError):
        if "no backup folder" in text:
            return QCoreApplication.translate("Safekeeping", "Kies eerst een map voor de back-ups.")
        if "does not exist; create it first" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Die map bestaat niet. Kies een bestaande map; er is niets veranderd.",
            )
        if "is not a Vertrouwen backup" in text or "is not a handover package" in text:
            return QCoreApplication.translate(
                "Safekeeping",
                "Daar staat al een ander bestand; het is niet overschreven. Kies een andere naam.",
            )
        return text
    if isinstance(exc, StorageError):
        return QCoreApplication.translate(
            "Safekeeping", "Schrijven lukte niet: {0}. Er is niets kwijtgeraakt."
        ).format(text)
    return describe(exc, "restore")


def when_text(moment: datetime | None) -> str:
    """ "vandaag 14:02", "gisteren 09:10" or "12-05-2026 16:40" (local time)."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    days = (datetime.now().date() - local.date()).days
    clock = local.strftime("%H:%M")
    if days == 0:
        return QCoreApplication.translate("BackupPage", "vandaag {0}").format(clock)
    if days == 1:
        return QCoreApplication.translate("BackupPage", "gisteren {0}").format(clock)
    return local.strftime("%d-%m-%Y %H:%M")
