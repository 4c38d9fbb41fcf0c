"""Errors from the core (one English line each, for the CLI) put into the user's language."""

from __future__ import annotations

from ui.qt import QCoreApplication
from ui.worker import KeychainUnavailable, VaultLocked
from vertrouwen.errors import (
    DiskFullError,
    ProtectedFileError,
    SlotChangedError,
    StorageError,
    UnlockError,
    VaultError,
)


def keychain_reason(reason: str) -> str:
    """The keychain module's reason, in words for the user."""
    lowered = reason.lower()
    if "is off" in lowered:
        return QCoreApplication.translate(
            "Messages", "Ontgrendelen met je computerlogin staat uit."
        )
    if "no keychain" in lowered:
        return QCoreApplication.translate(
            "Messages",
            "Op deze computer is geen sleutelbos (keychain) beschikbaar. Gebruik je wachtwoordzin.",
        )
    if "locked" in lowered:
        return QCoreApplication.translate(
            "Messages",
            "De sleutelbos van je computer is vergrendeld. Ontgrendel hem en probeer het "
            "opnieuw, of gebruik je wachtwoordzin.",
        )
    if "holds no key" in lowered or "another vault" in lowered or "damaged" in lowered:
        return QCoreApplication.translate(
            "Messages",
            "De sleutelbos heeft geen (geldige) sleutel voor deze kluis meer. Gebruik je "
            "wachtwoordzin en zet het ontgrendelen met je computerlogin daarna opnieuw aan.",
        )
    return QCoreApplication.translate(
        "Messages", "De sleutelbos van je computer werkte niet mee. Gebruik je wachtwoordzin."
    )


def protected_file_message() -> str:
    return QCoreApplication.translate(
        "Messages",
        "Dat bestand hoort bij de kluis (of is een back-up of overdrachtspakket) en is niet "
        "overschreven. Kies een andere naam.",
    )


def describe(exc: Exception, context: str = "unlock") -> str:
    """One clear sentence (or two): what went wrong and what to do."""
    text = str(exc)
    if isinstance(exc, KeychainUnavailable):
        return keychain_reason(text)
    if isinstance(exc, VaultLocked):
        return QCoreApplication.translate(
            "Messages", "De kluis is vergrendeld. Ontgrendel hem en probeer het opnieuw."
        )
    if isinstance(exc, UnlockError):
        if "passphrase" in text and context == "unlock":
            return QCoreApplication.translate(
                "Messages",
                "Deze wachtwoordzin klopt niet. Let op hoofdletters en spaties en probeer het "
                "opnieuw. Er is niets veranderd.",
            )
        if "passphrase" in text:
            return QCoreApplication.translate(
                "Messages", "Je huidige wachtwoordzin klopt niet. Er is niets veranderd."
            )
        if "may contain only" in text:
            return QCoreApplication.translate(
                "Messages",
                "Een herstelsleutel bestaat alleen uit de cijfers 0-9 en de letters a-f "
                "(spaties en streepjes mogen).",
            )
        if "must be 64" in text:
            return QCoreApplication.translate(
                "Messages",
                "Een herstelsleutel heeft 64 tekens (8 groepen van 8). Controleer of je alles "
                "hebt overgetypt.",
            )
        if "does not belong" in text or "does not open" in text:
            return QCoreApplication.translate(
                "Messages",
                "Deze herstelsleutel hoort niet bij deze kluis. Controleer je noodkaart. Er is "
                "niets veranderd.",
            )
        return QCoreApplication.translate("Messages", "Ontgrendelen lukte niet: {0}").format(text)
    if isinstance(exc, VaultError):
        if "newer version" in text:
            return QCoreApplication.translate(
                "Messages",
                "Deze kluis is gemaakt met een nieuwere versie van Vertrouwen. Werk het "
                "programma bij; de kluis is niet veranderd.",
            )
        if "slot file" in text and ("missing" in text or "damaged" in text):
            return QCoreApplication.translate(
                "Messages",
                "Het sleutelbestand naast de kluis ontbreekt of is beschadigd. Kies "
                "\u2018Wachtwoordzin vergeten?\u2019 en open de kluis met je herstelsleutel.",
            )
        return QCoreApplication.translate(
            "Messages", "De kluis kan niet worden geopend ({0}). Zet hem terug uit een back-up."
        ).format(text)
    if isinstance(exc, ProtectedFileError):
        return protected_file_message()
    if isinstance(exc, SlotChangedError):
        return QCoreApplication.translate(
            "Messages",
            "Het sleutelbestand van de kluis is intussen door een ander programma gewijzigd "
            "(is de wachtwoordzin in een terminal veranderd?). Er is niets veranderd. "
            "Vergrendel de kluis, ontgrendel hem opnieuw en probeer het nog eens.",
        )
    if isinstance(exc, DiskFullError):
        return QCoreApplication.translate(
            "Messages",
            "De schijf is vol (of de kluis kon niet worden geschreven). Er is niets veranderd; "
            "maak ruimte vrij en probeer het opnieuw.",
        )
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("Messages", "Opslaan lukte niet: {0}").format(text)
    return QCoreApplication.translate(
        "Messages", "Er ging iets onverwachts mis ({0}). Er is niets veranderd."
    ).format(type(exc).__name__)
