"""Errors that reach the user, each with the exit status the contract gives it."""

from __future__ import annotations

import unicodedata

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


class VertrouwenError(Exception):
    """A failure the user can act on; its message is one clear line."""

    exit_code = 1


class UsageError(VertrouwenError):
    """Wrong or missing command-line arguments."""

    exit_code = 2


class UnlockError(VertrouwenError):
    """Wrong passphrase, wrong recovery key, or an unusable key slot."""

    exit_code = 3


class UnknownCaseError(UsageError):
    """A case code that is not in this vault (a wrong argument, so a usage error)."""


class VaultError(VertrouwenError):
    """The vault is missing, damaged, not a vault, or of a newer version."""

    exit_code = 4


class ProtectedFileError(UsageError):
    """An output path that is the vault, its key slot file, a backup or a handover package."""


class RefusedError(VertrouwenError):
    """Refused by consent or by the privacy guard."""

    exit_code = 5


class InputError(VertrouwenError):
    """An input file is malformed or names unknown keys or values."""

    exit_code = 6


class StorageError(VertrouwenError):
    """A file could not be written (full disk, read-only folder, permissions)."""

    exit_code = 1


class DiskFullError(StorageError):
    """The disk (or a file-size limit) ran out while writing; nothing was changed."""


class SlotChangedError(StorageError):
    """The key slot file changed underneath this session; it was not written."""


class DocumentRefused(InputError):
    """A file that cannot become a document. `reason` is a code the app words in its own
    language (too_big, empty, unsupported, mislabelled, password, damaged, zip_bomb, changed,
    unreadable); the message is the command line's sentence."""

    def __init__(self, message: str, reason: str, filename: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.filename = filename
