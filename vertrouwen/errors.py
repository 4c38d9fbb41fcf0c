"""Errors that reach the user, each with the exit status the contract gives it.

An error carries a stable `code` (an `ErrorCode`) and its arguments (`params`); each side words
it in its own language from those: the command line in English from `ENGLISH` below (that
sentence is `str(exc)`, the contract's stderr line), the app in Dutch or English through Qt
Linguist (`ui/messages.py`). An error raised with a sentence instead of a code gets its class's
general code (`VaultError` -> `vault_failed`), which the app words without the sentence.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

QUOTE_LIMIT = 80
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\"}


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A value from an input file, safe to echo in a one-line error: in double quotes, control,
    format and line-separator characters escaped (no terminal escapes, no right-to-left
    override, no second line), and cut after `limit` characters."""
    text = value if isinstance(value, str) else str(value)
    shown = []
    for ch in text[:limit]:
        if ch in _ESCAPES:
            shown.append(_ESCAPES[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"):
            shown.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            shown.append(ch)
    more = f"… ({len(text):,} characters)" if len(text) > limit else ""
    return '"' + "".join(shown) + more + '"'


def one_line(message: str, limit: int = 600) -> str:
    """The last guard before stderr: a message is one line of printable text, not too long."""
    clean = "".join(
        ch if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp") else " "
        for ch in message
    )
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


class ErrorCode(StrEnum):
    """What went wrong, stable across wording changes; the arguments travel in `params`."""

    # the general code of each class, for an error raised with a sentence only
    FAILED = "failed"
    USAGE = "usage"
    UNLOCK_FAILED = "unlock_failed"
    UNKNOWN_CASE = "unknown_case"
    VAULT_FAILED = "vault_failed"
    PROTECTED_FILE = "protected_file"
    REFUSED = "refused"
    INPUT_INVALID = "input_invalid"
    STORAGE_FAILED = "storage_failed"
    DISK_FULL = "disk_full"
    SLOT_CHANGED = "slot_changed"
    DOCUMENT_REFUSED = "document_refused"
    VAULT_LOCKED = "vault_locked"
    # unlocking and keys
    WRONG_PASSPHRASE = "wrong_passphrase"  # noqa: S105 (a code, not a secret)
    NO_PASSPHRASE_SLOT = "no_passphrase_slot"  # noqa: S105 (a code, not a secret)
    NO_PASSPHRASE_YET = "no_passphrase_yet"  # noqa: S105 (a code, not a secret)
    RECOVERY_KEY_CHARACTERS = "recovery_key_characters"
    RECOVERY_KEY_LENGTH = "recovery_key_length"
    RECOVERY_KEY_WRONG_VAULT = "recovery_key_wrong_vault"
    RECOVERY_KEY_DOES_NOT_OPEN = "recovery_key_does_not_open"
    # the vault and its key slot file
    VAULT_MISSING = "vault_missing"
    VAULT_IS_FOLDER = "vault_is_folder"
    VAULT_UNREADABLE = "vault_unreadable"
    VAULT_PLAIN_SQLITE = "vault_plain_sqlite"
    VAULT_NOT_A_VAULT = "vault_not_a_vault"
    VAULT_DAMAGED = "vault_damaged"
    VAULT_NEWER = "vault_newer"
    VAULT_EXISTS = "vault_exists"
    VAULT_LINK_BROKEN = "vault_link_broken"
    SLOT_WITHOUT_VAULT = "slot_without_vault"
    PLACING_BUSY = "placing_busy"
    FILE_EXISTS = "file_exists"
    SLOT_MISSING = "slot_missing"
    SLOT_UNREADABLE = "slot_unreadable"
    SLOT_DAMAGED = "slot_damaged"
    SLOT_DAMAGED_PART = "slot_damaged_part"
    SLOT_WRONG_VAULT = "slot_wrong_vault"
    SLOT_OTHER_VAULT = "slot_other_vault"
    # backups and restoring
    BACKUP_MISSING = "backup_missing"
    BACKUP_UNREADABLE = "backup_unreadable"
    BACKUP_DAMAGED = "backup_damaged"
    BACKUP_TRUNCATED = "backup_truncated"
    BACKUP_NEWER_FORMAT = "backup_newer_format"
    BACKUP_NEWER_SCHEMA = "backup_newer_schema"
    BACKUP_CHANGED = "backup_changed"
    BACKUP_FAILS_CHECK = "backup_fails_check"
    BACKUP_COPY_FAILED_CHECK = "backup_copy_failed_check"
    BACKUP_NOT_WRITTEN = "backup_not_written"
    BACKUP_WRONG_PASSPHRASE = "backup_wrong_passphrase"  # noqa: S105 (a code, not a secret)
    BACKUP_WRONG_RECOVERY_KEY = "backup_wrong_recovery_key"
    BACKUP_NO_PASSPHRASE_SLOT = "backup_no_passphrase_slot"  # noqa: S105 (a code, not a secret)
    NO_BACKUP_FOLDER = "no_backup_folder"
    FOLDER_MISSING = "folder_missing"
    NOT_A_BACKUP_FILE = "not_a_backup_file"
    RESTORE_TARGET_EXISTS = "restore_target_exists"
    PLACE_APPEARED = "place_appeared"
    # handover packages
    HANDOVER_PASSPHRASE_FORM = "handover_passphrase_form"  # noqa: S105 (a code, not a secret)
    HANDOVER_WRONG_PASSPHRASE = "handover_wrong_passphrase"  # noqa: S105 (a code, not a secret)
    HANDOVER_DAMAGED = "handover_damaged"
    HANDOVER_CHANGED = "handover_changed"
    HANDOVER_OTHER_VERSION = "handover_other_version"
    HANDOVER_MISSING = "handover_missing"
    HANDOVER_UNREADABLE = "handover_unreadable"
    NOT_A_HANDOVER_FILE = "not_a_handover_file"
    # writing files
    OUTPUT_IS_FOLDER = "output_is_folder"
    OUTPUT_FOLDER_MISSING = "output_folder_missing"
    OUTPUT_NOT_REGULAR = "output_not_regular"
    # cases, consents, exports
    NO_SUCH_CASE = "no_such_case"
    NO_SUCH_CASE_CODE = "no_such_case_code"
    NO_SUCH_DOCUMENT = "no_such_document"
    DOCUMENT_DAMAGED = "document_damaged"
    ACTION_GONE = "action_gone"
    BACKUP_MID_CHANGE = "backup_mid_change"
    HANDOVER_TOO_BIG = "handover_too_big"
    CASE_EXISTS = "case_exists"
    NOTE_ID_TWICE = "note_id_twice"
    CONSENT_ALREADY_WITHDRAWN = "consent_already_withdrawn"
    CONSENT_WITHDRAWN_TOO_EARLY = "consent_withdrawn_too_early"
    NO_ACTIVE_CONSENT = "no_active_consent"
    ANNEX_WITHOUT_CONSENT = "annex_without_consent"
    ANNEX_UNREADABLE = "annex_unreadable"
    # input files (registrations, case files): a key or value that does not fit
    FILE_CONTENT = "file_content"
    REGISTRATIONS_MISSING = "registrations_missing"
    REGISTRATIONS_IS_FOLDER = "registrations_is_folder"
    REGISTRATIONS_UNREADABLE = "registrations_unreadable"
    REGISTRATIONS_OTHER_YEAR = "registrations_other_year"
    REGISTRATIONS_CONFLICT = "registrations_conflict"
    REGISTRATIONS_CHANGED = "registrations_changed"
    # the OS keychain ("unlock with my login"): reasons it gave no key or kept none
    KEYCHAIN_OFF = "keychain_off"
    KEYCHAIN_MISSING = "keychain_missing"
    KEYCHAIN_LOCKED = "keychain_locked"
    KEYCHAIN_FAILED = "keychain_failed"
    KEYCHAIN_NOT_KEPT = "keychain_not_kept"
    KEYCHAIN_NO_KEY = "keychain_no_key"
    KEYCHAIN_DAMAGED = "keychain_damaged"
    KEYCHAIN_OTHER_VAULT = "keychain_other_vault"
    KEYCHAIN_NO_SLOT_FILE = "keychain_no_slot_file"


# The command line's words for each specific code (`str(exc)`): the contract's stderr text.
ENGLISH: dict[ErrorCode, str] = {
    ErrorCode.VAULT_LOCKED: "the vault is locked; unlock it first",
    ErrorCode.WRONG_PASSPHRASE: "wrong passphrase; nothing was changed",
    ErrorCode.NO_PASSPHRASE_SLOT: "this vault has no passphrase slot; use the recovery key",
    ErrorCode.NO_PASSPHRASE_YET: "this vault has no passphrase yet; set one first",
    ErrorCode.RECOVERY_KEY_CHARACTERS: (
        "the recovery key may contain only the digits 0-9 and letters a-f "
        "(spaces and dashes are allowed)"
    ),
    ErrorCode.RECOVERY_KEY_LENGTH: (
        "the recovery key must be 64 hexadecimal digits; this one has {count}"
    ),
    ErrorCode.RECOVERY_KEY_WRONG_VAULT: (
        "this recovery key does not belong to this vault; nothing was changed"
    ),
    ErrorCode.RECOVERY_KEY_DOES_NOT_OPEN: (
        "this recovery key does not open the vault (a wrong key, or a damaged vault)"
    ),
    ErrorCode.VAULT_MISSING: "no vault at {path}; create one with `vertrouwen init`",
    ErrorCode.VAULT_IS_FOLDER: "{path} is a folder, not a vault; pass the vault file with --vault",
    ErrorCode.VAULT_UNREADABLE: "cannot read the vault {path}: {reason}",
    ErrorCode.VAULT_PLAIN_SQLITE: "{path} is a plain SQLite file, not an encrypted vault",
    ErrorCode.VAULT_NOT_A_VAULT: "{path} is not a vault (the file is empty or truncated)",
    ErrorCode.VAULT_DAMAGED: (
        "{path} cannot be opened with this key: it is damaged or not a vault "
        "(restore it from a backup)"
    ),
    ErrorCode.VAULT_NEWER: (
        "{path} was written by a newer version of Vertrouwen (schema {version}); "
        "update the program; the vault was not changed"
    ),
    ErrorCode.VAULT_EXISTS: "a vault already exists at {path}; nothing was changed",
    ErrorCode.VAULT_LINK_BROKEN: (
        "{path} is a link to {target}, which does not exist; give the vault "
        "a path that is not a link (nothing was changed)"
    ),
    ErrorCode.SLOT_WITHOUT_VAULT: (
        "a key slot file {path} exists without its vault; move it away first"
    ),
    ErrorCode.PLACING_BUSY: (
        "another restore or init of {path} is running; wait for it (nothing was changed)"
    ),
    ErrorCode.FILE_EXISTS: "a file already exists at {path}; nothing was changed",
    ErrorCode.SLOT_MISSING: (
        "the key slot file {path} is missing; unlock with the recovery key "
        "(vertrouwen recover) to set a new passphrase"
    ),
    ErrorCode.SLOT_UNREADABLE: "cannot read the key slot file {path}: {reason}",
    ErrorCode.SLOT_DAMAGED: (
        "the key slot file {path} is damaged; unlock with the recovery key "
        "(vertrouwen recover) to write a new one"
    ),
    ErrorCode.SLOT_DAMAGED_PART: "the key slot file is damaged ({detail})",
    ErrorCode.SLOT_WRONG_VAULT: "the key slot file does not belong to this vault",
    ErrorCode.SLOT_OTHER_VAULT: "the key slot file belongs to another vault",
    ErrorCode.BACKUP_MISSING: "no backup at {path}",
    ErrorCode.BACKUP_UNREADABLE: "cannot read the backup {path}: {reason}",
    ErrorCode.BACKUP_DAMAGED: (
        "the backup {path} is damaged or not a backup ({detail}); nothing was restored"
    ),
    ErrorCode.BACKUP_TRUNCATED: "{path} is truncated",
    ErrorCode.BACKUP_NEWER_FORMAT: (
        "the backup {path} was made by a newer version of Vertrouwen (format {version}); "
        "update the program; nothing was restored"
    ),
    ErrorCode.BACKUP_NEWER_SCHEMA: (
        "the backup {path} holds a vault of a newer version (schema {version}); "
        "update the program; nothing was restored"
    ),
    ErrorCode.BACKUP_CHANGED: (
        "the backup {path} was changed after it was made (its MAC does not match); "
        "nothing was restored"
    ),
    ErrorCode.BACKUP_FAILS_CHECK: (
        "the backup {path} does not pass its check ({detail}); nothing was restored"
    ),
    ErrorCode.BACKUP_COPY_FAILED_CHECK: (
        "the backup copy failed its check ({detail}); run `vertrouwen verify`; nothing was written"
    ),
    ErrorCode.BACKUP_NOT_WRITTEN: "{detail}; nothing was written",
    ErrorCode.BACKUP_WRONG_PASSPHRASE: (
        "wrong passphrase for this backup (it opens with the passphrase the vault had when "
        "the backup was made, or with the recovery key); nothing was restored"
    ),
    ErrorCode.BACKUP_WRONG_RECOVERY_KEY: (
        "this recovery key does not belong to this backup; nothing changed"
    ),
    ErrorCode.BACKUP_NO_PASSPHRASE_SLOT: (
        "this backup has no passphrase slot; restore it with the recovery key "
        "(--recovery-key-file FILE)"
    ),
    ErrorCode.NO_BACKUP_FOLDER: ("no backup folder is set; choose one in Instellingen > Back-ups"),
    ErrorCode.FOLDER_MISSING: "the folder {folder} does not exist; create it first",
    ErrorCode.NOT_A_BACKUP_FILE: (
        "{path} exists and is not a Vertrouwen backup; it was not overwritten"
    ),
    ErrorCode.RESTORE_TARGET_EXISTS: (
        "{path} already exists; restore to a new path (nothing was changed)"
    ),
    ErrorCode.PLACE_APPEARED: "{path} appeared meanwhile; nothing was placed",
    ErrorCode.HANDOVER_PASSPHRASE_FORM: (
        "a handover passphrase is 25 letters and digits in five groups of five "
        "(as printed when the package was made); nothing was imported"
    ),
    ErrorCode.HANDOVER_WRONG_PASSPHRASE: "wrong handover passphrase; nothing was imported",
    ErrorCode.HANDOVER_DAMAGED: (
        "{path} is damaged or not a handover package ({detail}); nothing was imported"
    ),
    ErrorCode.HANDOVER_CHANGED: (
        "{path} was changed after it was made (authentication failed); nothing was imported"
    ),
    ErrorCode.HANDOVER_OTHER_VERSION: (
        "{path} is a handover package of another version ({version}); "
        "update Vertrouwen; nothing was imported"
    ),
    ErrorCode.HANDOVER_MISSING: "{path} does not exist",
    ErrorCode.HANDOVER_UNREADABLE: "cannot read {path}: {reason}",
    ErrorCode.NOT_A_HANDOVER_FILE: (
        "{path} exists and is not a handover package; it was not overwritten"
    ),
    ErrorCode.OUTPUT_IS_FOLDER: "{path} is a folder; give the name of a file to write",
    ErrorCode.OUTPUT_FOLDER_MISSING: (
        "cannot write {path}: the folder {folder} does not exist; nothing was written"
    ),
    ErrorCode.OUTPUT_NOT_REGULAR: (
        "{path} is not a regular file; give the path of a file to write"
    ),
    ErrorCode.NO_SUCH_CASE: "no case with code {code} in this vault",
    ErrorCode.NO_SUCH_CASE_CODE: (
        "no case with code {code} in this vault; check the code (codes look like VP-2026-0001)"
    ),
    ErrorCode.NO_SUCH_DOCUMENT: (
        "case {code} has no document {document!r}; `vertrouwen documents {code} --json` lists them"
    ),
    ErrorCode.DOCUMENT_DAMAGED: "{what} is damaged in the vault (its checksum does not match)",
    ErrorCode.ACTION_GONE: "case {code} has no action {action} (any more)",
    ErrorCode.BACKUP_MID_CHANGE: "a backup cannot be taken in the middle of a change; try again",
    ErrorCode.HANDOVER_TOO_BIG: (
        "{path} is larger than any handover package; nothing was imported"
    ),
    ErrorCode.CASE_EXISTS: "a case with code {code} already exists in this vault",
    ErrorCode.NOTE_ID_TWICE: "case {code}: note id {note!r} occurs twice",
    ErrorCode.CONSENT_ALREADY_WITHDRAWN: (
        "consent {consent} of case {code} was already withdrawn on {day}; a withdrawal is final"
    ),
    ErrorCode.CONSENT_WITHDRAWN_TOO_EARLY: (
        "consent {consent} was given on {day}; it cannot be withdrawn before that day"
    ),
    ErrorCode.NO_ACTIVE_CONSENT: (
        "case {code} has no active consent (none given, or all withdrawn): "
        "record the client's consent for this disclosure first"
    ),
    ErrorCode.ANNEX_WITHOUT_CONSENT: ("a document without the client's consent cannot be an annex"),
    ErrorCode.ANNEX_UNREADABLE: (
        "{heading} ({document}) cannot be added to the PDF ({kind}); nothing was written"
    ),
    ErrorCode.FILE_CONTENT: "{where}: {problem}; {outcome}",
    ErrorCode.REGISTRATIONS_CHANGED: "{where}: {problem}; {outcome}",
    ErrorCode.REGISTRATIONS_MISSING: "{path}: no such file; nothing was counted",
    ErrorCode.REGISTRATIONS_IS_FOLDER: "{path}: is a folder, not a file; nothing was counted",
    ErrorCode.REGISTRATIONS_UNREADABLE: "{path}: cannot be read ({reason}); nothing was counted",
    ErrorCode.REGISTRATIONS_OTHER_YEAR: (
        "{path}: holds the registrations of {found}, not {year}; write one with"
        " `vertrouwen registrations --year {year}`; nothing was counted"
    ),
    ErrorCode.REGISTRATIONS_CONFLICT: (
        "{path}: {kind} record {uid} is also in {other} with other"
        " contents (an older and a newer file?); give only the newest file"
        " of each advisor; nothing was counted"
    ),
    ErrorCode.KEYCHAIN_OFF: "keychain unlock is off",
    ErrorCode.KEYCHAIN_MISSING: "no keychain is available on this computer",
    ErrorCode.KEYCHAIN_LOCKED: "the keychain is locked; unlock it and try again",
    ErrorCode.KEYCHAIN_FAILED: "the keychain failed; use your passphrase",
    ErrorCode.KEYCHAIN_NOT_KEPT: (
        "the keychain did not keep the key (reading it back failed); it stays off"
    ),
    ErrorCode.KEYCHAIN_NO_KEY: "the keychain holds no key for this vault; use your passphrase",
    ErrorCode.KEYCHAIN_DAMAGED: "the keychain entry is damaged; use your passphrase",
    ErrorCode.KEYCHAIN_OTHER_VAULT: (
        "the keychain holds a key for another vault; use your passphrase"
    ),
    ErrorCode.KEYCHAIN_NO_SLOT_FILE: "the vault has no key slot file",
}


class VertrouwenError(Exception):
    """A failure the user can act on; its message is one clear line.

    Raised with an `ErrorCode` and keyword arguments, its message is the code's English
    sentence (`ENGLISH`); raised with a sentence, its code is the class's general one.
    """

    exit_code = 1
    code: ErrorCode = ErrorCode.FAILED

    def __init__(self, message: str | ErrorCode = "", /, **params: object) -> None:
        if isinstance(message, ErrorCode):
            self.code = message
            message = ENGLISH[message].format(**params)
        super().__init__(message)
        self.params: dict[str, object] = params


class UsageError(VertrouwenError):
    """Wrong or missing command-line arguments."""

    exit_code = 2
    code = ErrorCode.USAGE


class UnlockError(VertrouwenError):
    """Wrong passphrase, wrong recovery key, or an unusable key slot."""

    exit_code = 3
    code = ErrorCode.UNLOCK_FAILED


class UnknownCaseError(UsageError):
    """A case code that is not in this vault (a wrong argument, so a usage error)."""

    code = ErrorCode.UNKNOWN_CASE


class VaultError(VertrouwenError):
    """The vault is missing, damaged, not a vault, or of a newer version."""

    exit_code = 4
    code = ErrorCode.VAULT_FAILED


class ProtectedFileError(UsageError):
    """An output path that is the vault, its key slot file, a backup or a handover package."""

    code = ErrorCode.PROTECTED_FILE


class RefusedError(VertrouwenError):
    """Refused by consent or by the privacy guard."""

    exit_code = 5
    code = ErrorCode.REFUSED


class InputError(VertrouwenError):
    """An input file is malformed or names unknown keys or values."""

    exit_code = 6
    code = ErrorCode.INPUT_INVALID


class StorageError(VertrouwenError):
    """A file could not be written (full disk, read-only folder, permissions)."""

    exit_code = 1
    code = ErrorCode.STORAGE_FAILED


class DiskFullError(StorageError):
    """The disk (or a file-size limit) ran out while writing; nothing was changed."""

    code = ErrorCode.DISK_FULL


class SlotChangedError(StorageError):
    """The key slot file changed underneath this session; it was not written."""

    code = ErrorCode.SLOT_CHANGED


class DocumentRefused(InputError):
    """A file that cannot become a document. `reason` is a code the app words in its own
    language (too_big, empty, unsupported, mislabelled, password, damaged, zip_bomb, changed,
    unreadable); the message is the command line's sentence."""

    code = ErrorCode.DOCUMENT_REFUSED

    def __init__(self, message: str, reason: str, filename: str = "") -> None:
        super().__init__(message, reason=reason, filename=filename)
        self.reason = reason
        self.filename = filename
