"""Errors from the core in the user's language, worded from their code and arguments.

A core error carries an `ErrorCode` and `params` (`vertrouwen.errors`); its English sentence
(`str` of it) is the command line's and never reaches a screen. Every code has its sentence
here, in Dutch with the English in the .ts (context "Messages"); a test checks that none is
missing, so a new code cannot reach the screen as raw text. A code this table somehow lacks
shows its class's general sentence, never the core's words.
"""

from __future__ import annotations

import errno
from pathlib import PurePath

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from vertrouwen.errors import ErrorCode, VertrouwenError

CONTEXT = "Messages"
E = ErrorCode

# One sentence (or two) per code: what went wrong and what to do. {name} is an argument.
TEXTS: dict[ErrorCode, str] = {
    # general, for an error the core raised without a code of its own
    E.FAILED: QT_TRANSLATE_NOOP("Messages", "Dat lukte niet. Er is niets veranderd."),
    E.USAGE: QT_TRANSLATE_NOOP("Messages", "Dat kan zo niet. Er is niets veranderd."),
    E.UNLOCK_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Ontgrendelen lukte niet. Controleer wat je hebt ingetypt."
    ),
    E.UNKNOWN_CASE: QT_TRANSLATE_NOOP("Messages", "Dit dossier staat niet (meer) in de kluis."),
    E.VAULT_FAILED: QT_TRANSLATE_NOOP(
        "Messages",
        "De kluis kon dit niet doen. Er is niets veranderd; vergrendel de kluis, ontgrendel "
        "hem opnieuw en probeer het nog eens.",
    ),
    E.PROTECTED_FILE: QT_TRANSLATE_NOOP(
        "Messages",
        "Dat bestand hoort bij de kluis (of is een back-up of overdrachtspakket) en is niet "
        "overschreven. Kies een andere naam.",
    ),
    E.REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "Dat is geweigerd: er is geen toestemming voor. Er is niets veranderd."
    ),
    E.INPUT_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "Deze gegevens kloppen niet (of zijn er niet meer). Er is niets veranderd."
    ),
    E.STORAGE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "Opslaan lukte niet. Er is niets kwijtgeraakt; probeer het opnieuw."
    ),
    E.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "De schijf is vol (of de kluis kon niet worden geschreven). Er is niets veranderd; "
        "maak ruimte vrij en probeer het opnieuw.",
    ),
    E.SLOT_CHANGED: QT_TRANSLATE_NOOP(
        "Messages",
        "Het sleutelbestand van de kluis is intussen door een ander programma gewijzigd "
        "(is de wachtwoordzin in een terminal veranderd?). Er is niets veranderd. "
        "Vergrendel de kluis, ontgrendel hem opnieuw en probeer het nog eens.",
    ),
    E.DOCUMENT_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "Dit bestand kan niet worden bewaard. Er is niets bewaard."
    ),
    E.VAULT_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "De kluis is vergrendeld. Ontgrendel hem en probeer het opnieuw."
    ),
    # unlocking and keys
    E.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages", "Je huidige wachtwoordzin klopt niet. Er is niets veranderd."
    ),
    E.NO_PASSPHRASE_SLOT: QT_TRANSLATE_NOOP(
        "Messages", "Deze kluis heeft geen wachtwoordzin. Open hem met je herstelsleutel."
    ),
    E.NO_PASSPHRASE_YET: QT_TRANSLATE_NOOP(
        "Messages", "Deze kluis heeft nog geen wachtwoordzin. Stel er eerst een in."
    ),
    E.RECOVERY_KEY_CHARACTERS: QT_TRANSLATE_NOOP(
        "Messages",
        "Een herstelsleutel bestaat alleen uit de cijfers 0-9 en de letters a-f "
        "(spaties en streepjes mogen).",
    ),
    E.RECOVERY_KEY_LENGTH: QT_TRANSLATE_NOOP(
        "Messages",
        "Een herstelsleutel heeft 64 tekens (8 groepen van 8); deze heeft er {count}. "
        "Controleer of je alles hebt overgetypt.",
    ),
    E.RECOVERY_KEY_WRONG_VAULT: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze herstelsleutel hoort niet bij deze kluis. Controleer je noodkaart. Er is "
        "niets veranderd.",
    ),
    E.RECOVERY_KEY_DOES_NOT_OPEN: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze herstelsleutel opent de kluis niet: een verkeerde sleutel, of een beschadigde "
        "kluis. Controleer je noodkaart. Er is niets veranderd.",
    ),
    # the vault and its key slot file
    E.VAULT_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "Er staat geen kluis op deze plek ({path}). Kies de kluis opnieuw."
    ),
    E.VAULT_IS_FOLDER: QT_TRANSLATE_NOOP(
        "Messages", "{path} is een map, geen kluis. Kies het kluisbestand zelf."
    ),
    E.VAULT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "De kluis is niet te lezen (is een USB-stick losgehaald, of mag je hier niet "
        "lezen?). Er is niets veranderd.",
    ),
    E.VAULT_PLAIN_SQLITE: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is een gewone database, geen versleutelde kluis. Kies het kluisbestand.",
    ),
    E.VAULT_NOT_A_VAULT: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is geen kluis (het bestand is leeg of afgebroken). Zet de kluis terug uit een "
        "back-up.",
    ),
    E.VAULT_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "De kluis is beschadigd of geen kluis van Vertrouwen. Zet hem terug uit een back-up; "
        "er is niets veranderd.",
    ),
    E.VAULT_NEWER: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze kluis is gemaakt met een nieuwere versie van Vertrouwen. Werk het "
        "programma bij; de kluis is niet veranderd.",
    ),
    E.VAULT_EXISTS: QT_TRANSLATE_NOOP(
        "Messages",
        "Op die plek staat al een kluis of sleutelbestand. Kies een nieuwe naam; er is "
        "niets veranderd.",
    ),
    E.VAULT_LINK_BROKEN: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is een snelkoppeling naar een bestand dat niet bestaat. Kies een gewone plek "
        "voor de kluis; er is niets veranderd.",
    ),
    E.SLOT_WITHOUT_VAULT: QT_TRANSLATE_NOOP(
        "Messages",
        "Op die plek staat al een sleutelbestand ({path}) zonder kluis. Zet het eerst ergens "
        "anders neer of kies een andere naam; er is niets veranderd.",
    ),
    E.PLACING_BUSY: QT_TRANSLATE_NOOP(
        "Messages",
        "Er wordt op die plek al een kluis teruggezet of aangemaakt. Wacht tot dat klaar is; er "
        "is niets veranderd.",
    ),
    E.SLOT_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Het sleutelbestand naast de kluis ontbreekt of is beschadigd. Kies "
        "\u2018Wachtwoordzin vergeten?\u2019 en open de kluis met je herstelsleutel.",
    ),
    E.SLOT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "Het sleutelbestand naast de kluis is niet te lezen. Kies \u2018Wachtwoordzin "
        "vergeten?\u2019 en open de kluis met je herstelsleutel.",
    ),
    E.SLOT_WRONG_VAULT: QT_TRANSLATE_NOOP(
        "Messages",
        "Het sleutelbestand naast de kluis hoort bij een andere kluis. Kies "
        "\u2018Wachtwoordzin vergeten?\u2019 en open de kluis met je herstelsleutel.",
    ),
    # backups and restoring
    E.BACKUP_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "Dit bestand bestaat niet (meer). Er is niets veranderd."
    ),
    E.BACKUP_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "Deze back-up is niet te lezen. Er is niets veranderd."
    ),
    E.BACKUP_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit bestand is beschadigd of geen back-up van Vertrouwen. Het wordt "
        "geweigerd; er is niets teruggezet of aangemaakt.",
    ),
    E.BACKUP_NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze back-up is gemaakt met een nieuwere versie van Vertrouwen. Werk het "
        "programma bij; er is niets veranderd.",
    ),
    E.BACKUP_CHANGED: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze back-up is veranderd nadat hij werd gemaakt: de controle klopt niet. Hij "
        "wordt geweigerd; er is niets teruggezet of aangemaakt.",
    ),
    E.BACKUP_FAILS_CHECK: QT_TRANSLATE_NOOP(
        "Messages",
        "De kluis in deze back-up is niet in orde. Hij wordt geweigerd; er is niets "
        "teruggezet of aangemaakt. Probeer een oudere back-up.",
    ),
    E.BACKUP_COPY_FAILED_CHECK: QT_TRANSLATE_NOOP(
        "Messages",
        "De kopie van de kluis kwam niet door de controle, dus er is geen back-up "
        "geschreven. Kies Controle \u203a Kluis controleren.",
    ),
    E.BACKUP_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "Messages",
        "De back-up kon niet goed worden geschreven, dus er is geen back-up gemaakt. Probeer "
        "het opnieuw of kies een andere map.",
    ),
    E.BACKUP_WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze wachtwoordzin opent de back-up niet. Een back-up opent met de "
        "wachtwoordzin die de kluis had toen hij werd gemaakt, of met je herstelsleutel. "
        "Er is niets veranderd.",
    ),
    E.BACKUP_WRONG_RECOVERY_KEY: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze herstelsleutel hoort niet bij deze back-up. Controleer je noodkaart. Er "
        "is niets veranderd.",
    ),
    E.BACKUP_NO_PASSPHRASE_SLOT: QT_TRANSLATE_NOOP(
        "Messages", "Deze back-up opent alleen met de herstelsleutel."
    ),
    E.NO_BACKUP_FOLDER: QT_TRANSLATE_NOOP("Messages", "Kies eerst een map voor de back-ups."),
    E.FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "Die map bestaat niet. Kies een bestaande map; er is niets veranderd."
    ),
    E.NOT_A_BACKUP_FILE: QT_TRANSLATE_NOOP(
        "Messages",
        "Daar staat al een ander bestand; het is niet overschreven. Kies een andere naam.",
    ),
    # handover packages
    E.HANDOVER_PASSPHRASE_FORM: QT_TRANSLATE_NOOP(
        "Messages",
        "Een overdrachtswachtwoord bestaat uit 25 letters en cijfers, in vijf groepen "
        "van vijf. Er is niets ge\u00efmporteerd.",
    ),
    E.HANDOVER_WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit wachtwoord hoort niet bij dit pakket. Vraag het je collega nog eens. Er is "
        "niets ge\u00efmporteerd.",
    ),
    E.HANDOVER_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit bestand is beschadigd of geen overdrachtspakket. Er is niets ge\u00efmporteerd.",
    ),
    E.HANDOVER_CHANGED: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit pakket is veranderd nadat het werd gemaakt. Het wordt geweigerd; er is "
        "niets ge\u00efmporteerd.",
    ),
    E.HANDOVER_OTHER_VERSION: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit pakket is gemaakt met een andere versie van Vertrouwen. Werk het programma "
        "bij; er is niets ge\u00efmporteerd.",
    ),
    E.HANDOVER_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit bestand bestaat niet (meer) of is niet te lezen. Er is niets ge\u00efmporteerd.",
    ),
    # writing files
    E.OUTPUT_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze map bestaat niet (meer). Kies een map die er is. Er is niets geschreven.",
    ),
    E.OUTPUT_IS_FOLDER: QT_TRANSLATE_NOOP(
        "Messages", "Dit is een map. Geef een bestandsnaam, bijvoorbeeld klacht.pdf."
    ),
    E.OUTPUT_NOT_REGULAR: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit is geen gewoon bestand. Geef een bestandsnaam, bijvoorbeeld klacht.pdf.",
    ),
    # cases, consents, exports
    E.NO_SUCH_CASE: QT_TRANSLATE_NOOP(
        "Messages", "Dossier {code} staat niet (meer) in de kluis. Er is niets veranderd."
    ),
    E.NO_SUCH_DOCUMENT: QT_TRANSLATE_NOOP(
        "Messages", "Dit document staat niet (meer) in dossier {code}. Er is niets veranderd."
    ),
    E.DOCUMENT_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit document is beschadigd in de kluis (de controle klopt niet). Kies Controle "
        "\u203a Kluis controleren, of zet een back-up terug.",
    ),
    E.ACTION_GONE: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze afspraak staat niet meer in dossier {code} (intussen gewijzigd?). Er is niets "
        "veranderd.",
    ),
    E.BACKUP_MID_CHANGE: QT_TRANSLATE_NOOP(
        "Messages",
        "Er werd net iets opgeslagen, dus de back-up is niet gemaakt. Probeer het zo opnieuw.",
    ),
    E.HANDOVER_TOO_BIG: QT_TRANSLATE_NOOP(
        "Messages",
        "Dit bestand is groter dan een overdrachtspakket kan zijn. Er is niets ge\u00efmporteerd.",
    ),
    E.CASE_EXISTS: QT_TRANSLATE_NOOP(
        "Messages", "Er is al een dossier met code {code}. Kies een andere code."
    ),
    E.NOTE_ID_TWICE: QT_TRANSLATE_NOOP(
        "Messages",
        "Twee aantekeningen in dossier {code} hebben hetzelfde nummer. Er is niets "
        "opgeslagen; probeer het opnieuw.",
    ),
    E.CONSENT_ALREADY_WITHDRAWN: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze toestemming is al ingetrokken op {day}. Intrekken is definitief.",
    ),
    E.CONSENT_WITHDRAWN_TOO_EARLY: QT_TRANSLATE_NOOP(
        "Messages",
        "Deze toestemming is gegeven op {day}; intrekken kan niet eerder dan die dag.",
    ),
    E.NO_ACTIVE_CONSENT: QT_TRANSLATE_NOOP(
        "Messages",
        "Dossier {code} heeft geen geldige toestemming (geen gegeven, of alle ingetrokken). "
        "Leg eerst de toestemming van de cliënt vast.",
    ),
    E.ANNEX_WITHOUT_CONSENT: QT_TRANSLATE_NOOP(
        "Messages",
        "Een document zonder toestemming van de cliënt kan geen bijlage zijn. Er is niets gemaakt.",
    ),
    E.ANNEX_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "Document {document} kan niet aan de PDF worden toegevoegd (het is niet te lezen). "
        "Er is niets geschreven.",
    ),
    # input files
    E.FILE_CONTENT: QT_TRANSLATE_NOOP(
        "Messages",
        "De inhoud van {source} klopt niet: het is geen (volledig) bestand van Vertrouwen. "
        "Er is niets veranderd.",
    ),
    E.REGISTRATIONS_CHANGED: QT_TRANSLATE_NOOP(
        "Messages",
        "{source} is veranderd of beschadigd nadat het werd geschreven (de controle klopt "
        "niet). Vraag om een nieuw bestand; er is niets geteld.",
    ),
    E.REGISTRATIONS_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "{path} bestaat niet (meer). Er is niets geteld."
    ),
    E.REGISTRATIONS_IS_FOLDER: QT_TRANSLATE_NOOP(
        "Messages", "{path} is een map, geen bestand. Er is niets geteld."
    ),
    E.REGISTRATIONS_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "{path} is niet te lezen. Er is niets geteld."
    ),
    E.REGISTRATIONS_OTHER_YEAR: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} bevat de registraties van {found}, niet van {year}. Vraag een bestand over "
        "{year}; er is niets geteld.",
    ),
    E.REGISTRATIONS_CONFLICT: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} en {other} bevatten hetzelfde dossier met verschillende gegevens (een oud en "
        "een nieuw bestand?). Kies per vertrouwenspersoon alleen het nieuwste bestand; er is "
        "niets geteld.",
    ),
    # the OS keychain
    E.KEYCHAIN_OFF: QT_TRANSLATE_NOOP("Messages", "Ontgrendelen met je computerlogin staat uit."),
    E.KEYCHAIN_MISSING: QT_TRANSLATE_NOOP(
        "Messages",
        "Op deze computer is geen sleutelbos (keychain) beschikbaar. Gebruik je wachtwoordzin.",
    ),
    E.KEYCHAIN_LOCKED: QT_TRANSLATE_NOOP(
        "Messages",
        "De sleutelbos van je computer is vergrendeld. Ontgrendel hem en probeer het "
        "opnieuw, of gebruik je wachtwoordzin.",
    ),
    E.KEYCHAIN_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "De sleutelbos van je computer werkte niet mee. Gebruik je wachtwoordzin."
    ),
    E.KEYCHAIN_NOT_KEPT: QT_TRANSLATE_NOOP(
        "Messages",
        "De sleutelbos van je computer bewaarde de sleutel niet (teruglezen lukte niet), dus "
        "ontgrendelen met je computerlogin blijft uit. Gebruik je wachtwoordzin.",
    ),
    E.KEYCHAIN_NO_KEY: QT_TRANSLATE_NOOP(
        "Messages",
        "De sleutelbos heeft geen (geldige) sleutel voor deze kluis meer. Gebruik je "
        "wachtwoordzin en zet het ontgrendelen met je computerlogin daarna opnieuw aan.",
    ),
}

# Codes that say the same thing as another in the user's words
SAME_AS: dict[ErrorCode, ErrorCode] = {
    E.FILE_EXISTS: E.VAULT_EXISTS,
    E.RESTORE_TARGET_EXISTS: E.VAULT_EXISTS,
    E.PLACE_APPEARED: E.VAULT_EXISTS,
    E.SLOT_DAMAGED: E.SLOT_MISSING,
    E.SLOT_DAMAGED_PART: E.SLOT_MISSING,
    E.SLOT_OTHER_VAULT: E.SLOT_WRONG_VAULT,
    E.NO_SUCH_CASE_CODE: E.NO_SUCH_CASE,
    E.BACKUP_TRUNCATED: E.BACKUP_DAMAGED,
    E.BACKUP_NEWER_SCHEMA: E.BACKUP_NEWER_FORMAT,
    E.HANDOVER_UNREADABLE: E.HANDOVER_MISSING,
    E.NOT_A_HANDOVER_FILE: E.NOT_A_BACKUP_FILE,
    E.KEYCHAIN_DAMAGED: E.KEYCHAIN_NO_KEY,
    E.KEYCHAIN_OTHER_VAULT: E.KEYCHAIN_NO_KEY,
    E.KEYCHAIN_NO_SLOT_FILE: E.KEYCHAIN_FAILED,
}

# Where the screen asks for it, a code worded for that place ("unlock": the unlock screen;
# "safekeeping": backups, restores and handover packages)
IN_PLACE: dict[tuple[str, ErrorCode], str] = {
    ("unlock", E.WRONG_PASSPHRASE): QT_TRANSLATE_NOOP(
        "Messages",
        "Deze wachtwoordzin klopt niet. Let op hoofdletters en spaties en probeer het "
        "opnieuw. Er is niets veranderd.",
    ),
    ("safekeeping", E.VAULT_NEWER): QT_TRANSLATE_NOOP(
        "Messages",
        "Deze back-up is gemaakt met een nieuwere versie van Vertrouwen. Werk het "
        "programma bij; er is niets veranderd.",
    ),
    ("safekeeping", E.INPUT_INVALID): QT_TRANSLATE_NOOP(
        "Messages",
        "Het pakket bevat gegevens die niet kloppen. Er is niets ge\u00efmporteerd.",
    ),
}

# Arguments shown as a file's name (the full path is long and may name the client's folder)
_FILE_ARGS = ("path", "source", "other")


def text_for(code: ErrorCode, place: str = "") -> str:
    """The untranslated (Dutch) sentence for `code`, as the table holds it."""
    return IN_PLACE.get((place, code)) or TEXTS[SAME_AS.get(code, code)]


def general_code(exc: VertrouwenError) -> ErrorCode:
    """The code of the nearest class with a sentence: the last resort for a code not in the
    table (a test keeps the table complete)."""
    for cls in type(exc).__mro__:
        code = getattr(cls, "code", None)
        if isinstance(code, ErrorCode) and SAME_AS.get(code, code) in TEXTS:
            return code
    return E.FAILED


def _argument(key: str, value: object) -> str:
    text = str(value)
    return PurePath(text).name or text if key in _FILE_ARGS else text


def render(exc: VertrouwenError, place: str = "") -> str:
    """`exc` worded in the UI language from its code and arguments."""
    code = exc.code if SAME_AS.get(exc.code, exc.code) in TEXTS else general_code(exc)
    source = text_for(code, place)
    args = {key: _argument(key, value) for key, value in exc.params.items()}
    try:
        return QCoreApplication.translate(CONTEXT, source).format(**args)
    except (KeyError, IndexError, ValueError):  # an argument the sentence names is missing
        return QCoreApplication.translate(CONTEXT, text_for(general_code(exc), place))


def keychain_reason(reason: ErrorCode | None) -> str:
    """Why the keychain gave or kept no key, in words for the user."""
    return render(VertrouwenError(reason or E.KEYCHAIN_FAILED))


def protected_file_message() -> str:
    return QCoreApplication.translate(CONTEXT, TEXTS[E.PROTECTED_FILE])


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


def describe(exc: BaseException, context: str = "unlock") -> str:
    """One clear sentence (or two): what went wrong and what to do. `context` is the place
    that asks ("unlock", "safekeeping", ...), for the few codes worded per place."""
    if isinstance(exc, OSError):
        return os_error_message(exc)
    if not isinstance(exc, VertrouwenError):
        return QCoreApplication.translate(
            "Messages", "Er ging iets onverwachts mis ({0}). Er is niets veranderd."
        ).format(type(exc).__name__)
    if exc.code == E.STORAGE_FAILED and isinstance(exc.__cause__, OSError):
        return os_error_message(exc.__cause__)  # the system's errno, not its English words
    return render(exc, context)


def shared_account_warning() -> str:
    return QCoreApplication.translate(
        "FirstStart",
        "Iedereen die met jouw gebruikersaccount op deze computer kan inloggen, kan de kluis "
        "dan openen zonder wachtwoordzin. Zet dit alleen aan als niemand anders dit account "
        "gebruikt. Deel je de computer of het account met collega's of huisgenoten, laat het "
        "dan uit.",
    )
