"""The optional OS-keychain slot ("unlock with my login").

Opt-in: anyone who can use this OS account can then open the vault. Any keychain failure
(no backend, locked, denied, a changed backend, a stale key) makes unlocking fall back to the
passphrase; the data key is never regenerated because the keychain lost it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from vertrouwen.errors import ErrorCode
from vertrouwen.vault.keys import KEYCHAIN_SERVICE, SlotFile


@dataclass(frozen=True)
class KeychainResult:
    """A key from the keychain, or the reason there is none (a code the app words)."""

    key: bytes | None
    reason: ErrorCode | None = None


def _account(vault_id: str) -> str:
    return f"vault-{vault_id}"


def store(slots: SlotFile, key: bytes) -> ErrorCode | None:
    """Put the data key in the keychain; returns why it did not, or None on success."""
    import keyring
    import keyring.errors

    account = _account(slots.vault_id)
    try:
        keyring.set_password(KEYCHAIN_SERVICE, account, key.hex())
        # Read it back: a backend that accepts and forgets (keyring's "null" backend, a
        # keychain that is not really there) would leave an option on that cannot unlock.
        kept = keyring.get_password(KEYCHAIN_SERVICE, account)
    except keyring.errors.NoKeyringError:
        return ErrorCode.KEYCHAIN_MISSING
    except keyring.errors.KeyringLocked:
        return ErrorCode.KEYCHAIN_LOCKED
    except Exception:  # every backend raises its own errors
        return ErrorCode.KEYCHAIN_FAILED
    if kept != key.hex():
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYCHAIN_SERVICE, account)
        return ErrorCode.KEYCHAIN_NOT_KEPT
    slots.keychain_account = account
    return None


def fetch(slots: SlotFile) -> KeychainResult:
    """The data key from the keychain, verified against the slot file's key check."""
    if not slots.keychain_account:
        return KeychainResult(None, ErrorCode.KEYCHAIN_OFF)
    import keyring
    import keyring.errors

    try:
        stored = keyring.get_password(KEYCHAIN_SERVICE, slots.keychain_account)
    except keyring.errors.NoKeyringError:
        return KeychainResult(None, ErrorCode.KEYCHAIN_MISSING)
    except keyring.errors.KeyringLocked:
        return KeychainResult(None, ErrorCode.KEYCHAIN_LOCKED)
    except Exception:  # any backend failure means: fall back
        return KeychainResult(None, ErrorCode.KEYCHAIN_FAILED)
    if not stored:
        return KeychainResult(None, ErrorCode.KEYCHAIN_NO_KEY)
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return KeychainResult(None, ErrorCode.KEYCHAIN_DAMAGED)
    if len(key) != 32 or not slots.matches(key):
        return KeychainResult(None, ErrorCode.KEYCHAIN_OTHER_VAULT)
    return KeychainResult(key)


def forget(slots: SlotFile) -> None:
    """Remove the keychain entry (best effort) and turn the slot off."""
    account = slots.keychain_account
    slots.keychain_account = None
    if not account:
        return
    import keyring

    # an entry that is already gone, or a keychain that is away, is fine here
    with contextlib.suppress(Exception):
        keyring.delete_password(KEYCHAIN_SERVICE, account)
