"""Errors from the core (one English line each, for the CLI) put into the user's language."""

from __future__ import annotations

import errno

from ui.core.worker import KeychainUnavailable, VaultLocked
from ui.qt import QCoreApplication
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
    if "did not keep" in lowered:
        return QCoreApplication.translate(
            "Messages",
            "De sleutelbos van je computer bewaarde de sleutel niet (teruglezen lukte niet), dus "
            "ontgrendelen met je computerlogin blijft uit. Gebruik je wachtwoordzin.",
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


def os_error_message(exc: OSError) -> str:
    """A file the system would not write or read, in the user's language: the system's own
    words (strerror) are English, and never reach a Dutch screen."""
    code = exc.errno
    if code in (errno.ENOENT, errno.ENOTDIR):
        return QCoreApplication.translate(
            "Messages",
            "Deze map bestaat niet (meer). Kies een map die er is. Er is niets geschreven.",
        )
    if code in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate(
            "Messages", "Je hebt geen toestemming om hier te schrijven. Kies een andere map."
        )
    if code == errno.EROFS:
        return QCoreApplication.translate(
            "Messages", "Deze schijf of map is alleen-lezen. Kies een andere plek."
        )
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return QCoreApplication.translate(
            "Messages", "De schijf is vol. Maak ruimte vrij of kies een andere schijf."
        )
    if code == errno.EISDIR:
        return QCoreApplication.translate(
            "Messages", "Dit is een map. Geef een bestandsnaam, bijvoorbeeld klacht.pdf."
        )
    if code == errno.ENAMETOOLONG:
        return QCoreApplication.translate(
            "Messages", "Deze bestandsnaam is te lang. Kies een kortere naam."
        )
    if code == errno.EEXIST:
        return QCoreApplication.translate(
            "Messages", "Er staat al een bestand met deze naam. Kies een andere naam."
        )
    if code in (errno.EINVAL, errno.EILSEQ):
        return QCoreApplication.translate(
            "Messages", "Deze bestandsnaam is hier niet toegestaan. Kies een andere naam."
        )
    if code in (errno.EIO, errno.ENXIO, errno.ENODEV):
        return QCoreApplication.translate(
            "Messages",
            "De schijf gaf een fout (is een USB-stick losgehaald?). Probeer het opnieuw.",
        )
    return QCoreApplication.translate(
        "Messages", "Het bestand kon niet worden geschreven (systeemfout {0})."
    ).format(code if code is not None else "?")


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
    if isinstance(exc, OSError):
        return os_error_message(exc)
    if isinstance(exc, StorageError) and isinstance(exc.__cause__, OSError):
        return os_error_message(exc.__cause__)  # the core's words are English, for the CLI
    if isinstance(exc, StorageError) and "does not exist" in text:  # fileio.check_output
        return os_error_message(FileNotFoundError(errno.ENOENT, ""))
    if isinstance(exc, StorageError) and "is a folder" in text:
        return os_error_message(IsADirectoryError(errno.EISDIR, ""))
    if isinstance(exc, StorageError) and "is not a regular file" in text:
        return QCoreApplication.translate(
            "Messages",
            "Dit is geen gewoon bestand. Geef een bestandsnaam, bijvoorbeeld klacht.pdf.",
        )
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("Messages", "Opslaan lukte niet: {0}").format(text)
    return QCoreApplication.translate(
        "Messages", "Er ging iets onverwachts mis ({0}). Er is niets veranderd."
    ).format(type(exc).__name__)


def shared_account_warning() -> str:
    return QCoreApplication.translate(
        "FirstStart",
        "Iedereen die met jouw gebruikersaccount op deze computer kan inloggen, kan de kluis "
        "dan openen zonder wachtwoordzin. Zet dit alleen aan als niemand anders dit account "
        "gebruikt. Deel je de computer of het account met collega's of huisgenoten, laat het "
        "dan uit.",
    )
