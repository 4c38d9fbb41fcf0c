"""The optional OS-keychain slot ("unlock with my login").

Opt-in: anyone who can use this OS account can then open the vault. Any keychain failure
(no backend, locked, denied, a changed backend, a stale key) makes unlocking fall back to the
passphrase; the data key is never regenerated because the keychain lost it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from vertrouwen.vault.keys import KEYCHAIN_SERVICE, SlotFile


@dataclass(frozen=True)
class KeychainResult:
    """A key from the keychain, or the reason there is none (for a status line)."""

    key: bytes | None
    reason: str = ""


def _account(vault_id: str) -> str:
    return f"vault-{vault_id}"


def store(slots: SlotFile, key: bytes) -> str:
    """Put the data key in the keychain; returns an error text, or '' on success."""
    import keyring
    import keyring.errors

    account = _account(slots.vault_id)
    try:
        keyring.set_password(KEYCHAIN_SERVICE, account, key.hex())
        # Read it back: a backend that accepts and forgets (keyring's "null" backend, a
        # keychain that is not really there) would leave an option on that cannot unlock.
        kept = keyring.get_password(KEYCHAIN_SERVICE, account)
    except keyring.errors.NoKeyringError:
        return "no keychain is available on this computer"
    except keyring.errors.KeyringLocked:
        return "the keychain is locked; unlock it and try again"
    except Exception as exc:  # every backend raises its own errors
        return f"the keychain refused: {type(exc).__name__}"
    if kept != key.hex():
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYCHAIN_SERVICE, account)
        return "the keychain did not keep the key (reading it back failed); it stays off"
    slots.keychain_account = account
    return ""


def fetch(slots: SlotFile) -> KeychainResult:
    """The data key from the keychain, verified against the slot file's key check."""
    if not slots.keychain_account:
        return KeychainResult(None, "keychain unlock is off")
    import keyring
    import keyring.errors

    try:
        stored = keyring.get_password(KEYCHAIN_SERVICE, slots.keychain_account)
    except keyring.errors.NoKeyringError:
        return KeychainResult(None, "no keychain is available; use your passphrase")
    except keyring.errors.KeyringLocked:
        return KeychainResult(None, "the keychain is locked; use your passphrase")
    except Exception as exc:  # any backend failure means: fall back
        return KeychainResult(
            None, f"the keychain failed ({type(exc).__name__}); use your passphrase"
        )
    if not stored:
        return KeychainResult(None, "the keychain holds no key for this vault; use your passphrase")
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return KeychainResult(None, "the keychain entry is damaged; use your passphrase")
    if len(key) != 32 or not slots.matches(key):
        return KeychainResult(
            None, "the keychain holds a key for another vault; use your passphrase"
        )
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
