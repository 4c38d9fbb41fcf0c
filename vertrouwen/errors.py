"""Errors that reach the user, each with the exit status the contract gives it."""

from __future__ import annotations


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


class RefusedError(VertrouwenError):
    """Refused by consent or by the privacy guard."""

    exit_code = 5


class InputError(VertrouwenError):
    """An input file is malformed or names unknown keys or values."""

    exit_code = 6


class StorageError(VertrouwenError):
    """A file could not be written (full disk, read-only folder, permissions)."""

    exit_code = 1


class DocumentRefused(InputError):
    """A file that cannot become a document. `reason` is a code the app words in its own
    language (too_big, empty, unsupported, mislabelled, password, damaged, zip_bomb, changed,
    unreadable); the message is the command line's sentence."""

    def __init__(self, message: str, reason: str, filename: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.filename = filename
