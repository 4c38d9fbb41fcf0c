"""Key slots: the data key wrapped by a passphrase (Argon2id + AES-256-GCM) or the OS keychain.

The slot file lives beside the vault (`<vault>.keys`). Changing the passphrase rewrites the
slot file atomically and never re-encrypts the vault, so an interrupted change leaves either
the old or the new slot file, never neither. A missing key is never regenerated.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vertrouwen.errors import ErrorCode, SlotChangedError, UnlockError, UsageError, VaultError
from vertrouwen.fileio import SLOT_HEAD, write_atomic

DATA_KEY_BYTES = 32
SLOT_FORMAT = "vertrouwen-keys"
SLOT_VERSION = 1
KEYCHAIN_SERVICE = "Vertrouwen"
# Tests set this to get millisecond key derivation. Outside a test run (pytest, or a bench or
# screenshot script that also sets TEST_HARNESS_ENV) it is refused, so a variable left set in
# a shell never produces a weak slot.
FAST_KDF_ENV = "VERTROUWEN_INSECURE_FAST_KDF"
TEST_HARNESS_ENV = "VERTROUWEN_TEST_HARNESS"

# What a slot or package may ask of Argon2id: wide enough for anything `calibrate_kdf` picks on
# any real machine (and the test suite's fast setting), narrow enough that a crafted file can
# neither hang the program nor exhaust its memory.
TIME_COST_RANGE = (1, 64)
MEMORY_KIB_RANGE = (8 * 1024, 1024 * 1024)
PARALLELISM_RANGE = (1, 16)
SALT_BYTES_RANGE = (16, 64)


def _fast_kdf_requested() -> bool:
    if os.environ.get(FAST_KDF_ENV) != "1":
        return False
    harness = ("PYTEST_CURRENT_TEST", "PYTEST_VERSION")
    if any(name in os.environ for name in harness) or os.environ.get(TEST_HARNESS_ENV) == "1":
        return True
    raise UsageError(
        f"{FAST_KDF_ENV} is set: it is for the test suite only and would make the passphrase "
        "easy to crack; unset it and try again (nothing was changed)"
    )


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored in the slot so unlocking never has to guess."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def problem(self) -> str | None:
        """Why these parameters are out of bounds for this program, or None."""
        for name, value, (low, high) in (
            ("time cost", self.time_cost, TIME_COST_RANGE),
            ("memory", self.memory_kib, MEMORY_KIB_RANGE),
            ("parallelism", self.parallelism, PARALLELISM_RANGE),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                return f"Argon2id {name} {value!r} is outside {low}..{high}"
        return None

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        problem = self.problem()
        if problem is None and not SALT_BYTES_RANGE[0] <= len(salt) <= SALT_BYTES_RANGE[1]:
            problem = f"a salt of {len(salt)} bytes"
        if problem is not None:
            raise ValueError(problem)  # callers check first; this is the last line of defence
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


# What `calibrate_kdf` picks, whatever the load at creation: a busy machine measures slow
# rounds and would otherwise settle for few of them, for good. At 128 MiB never fewer than
# MIN_ROUNDS (about half a second on an ordinary laptop); a machine too slow for one 128 MiB
# round in the target time gets RFC 9106's second recommendation (64 MiB, 3 rounds).
CALIBRATION_MEMORY_KIB = 128 * 1024
MIN_ROUNDS = 6
MAX_ROUNDS = 24
SLOW_MACHINE = (3, 64 * 1024)  # rounds, memory
CALIBRATION_SAMPLES = 3


def calibrate_kdf(target_seconds: float = 0.7) -> KdfParams:
    """Pick Argon2id parameters that take about `target_seconds` on this machine.

    A round is timed a few times and the fastest counts (the floor: other programs can only
    make a round slower, never faster), and the result never drops below MIN_ROUNDS."""
    if _fast_kdf_requested():
        return KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    params = KdfParams(time_cost=1, memory_kib=CALIBRATION_MEMORY_KIB, parallelism=2)
    one = math.inf
    for _ in range(CALIBRATION_SAMPLES):
        start = time.perf_counter()
        params.derive("calibration", b"\0" * 16)
        one = min(one, max(time.perf_counter() - start, 1e-3))
    if one > target_seconds:  # a truly slow machine: less memory, more rounds
        return KdfParams(time_cost=SLOW_MACHINE[0], memory_kib=SLOW_MACHINE[1], parallelism=2)
    rounds = min(max(math.ceil(target_seconds / one), MIN_ROUNDS), MAX_ROUNDS)
    return KdfParams(time_cost=rounds, memory_kib=CALIBRATION_MEMORY_KIB, parallelism=2)


def kdf_params_from(data: Any) -> KdfParams:
    """Argon2id parameters read from an untrusted file; ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("KDF parameters missing")
    values = [data.get(k) for k in ("time_cost", "memory_kib", "parallelism")]
    numbers = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if len(numbers) != 3:
        raise ValueError("KDF parameters are not whole numbers")
    params = KdfParams(*numbers)
    problem = params.problem()
    if problem is not None:
        raise ValueError(problem)
    return params


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def format_recovery_key(key: bytes, grouped: bool = False) -> str:
    """The recovery key as 64 hex digits (optionally in groups of eight for reading aloud)."""
    text = key.hex()
    if not grouped:
        return text
    return " ".join(text[i : i + 8] for i in range(0, len(text), 8))


def parse_recovery_key(text: str) -> bytes:
    """Parse 64 hex digits; spaces, dashes and line breaks are allowed between them."""
    cleaned = re.sub(r"[\s\-]", "", text)
    if not re.fullmatch(r"[0-9a-fA-F]*", cleaned):
        raise UnlockError(ErrorCode.RECOVERY_KEY_CHARACTERS)
    if len(cleaned) != DATA_KEY_BYTES * 2:
        raise UnlockError(ErrorCode.RECOVERY_KEY_LENGTH, count=len(cleaned))
    return bytes.fromhex(cleaned)


def key_check(key: bytes, vault_id: str) -> str:
    """A value that tells a right data key from a wrong one without revealing the key."""
    return hmac.new(key, b"vertrouwen key check " + vault_id.encode(), hashlib.sha256).hexdigest()


def slot_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise VaultError(ErrorCode.SLOT_DAMAGED_PART, detail=f"{what} missing")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise VaultError(ErrorCode.SLOT_DAMAGED_PART, detail=f"{what} unreadable") from exc


@dataclass
class SlotFile:
    """The key slots of one vault."""

    vault_id: str
    check: str
    passphrase_slot: dict[str, Any] | None
    keychain_account: str | None = None
    # SHA-256 of the file as read, so a save never writes back over a newer file
    loaded_digest: str | None = None

    # -- reading and writing ------------------------------------------------------------
    @classmethod
    def load(cls, vault_path: Path) -> SlotFile:
        path = slot_path(vault_path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise VaultError(ErrorCode.SLOT_MISSING, path=path) from exc
        except OSError as exc:
            raise VaultError(ErrorCode.SLOT_UNREADABLE, path=path, reason=exc.strerror) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != SLOT_FORMAT:
                raise ValueError("format")
            if data.get("version") != SLOT_VERSION:
                raise ValueError("version")
            vault_id = data["vault_id"]
            check = data["check"]
            if not isinstance(vault_id, str) or not isinstance(check, str):
                raise ValueError("ids")
        except (ValueError, KeyError, UnicodeDecodeError, AttributeError) as exc:
            raise VaultError(ErrorCode.SLOT_DAMAGED, path=path) from exc
        slot = data.get("passphrase")
        account = data.get("keychain")
        return cls(
            vault_id=vault_id,
            check=check,
            passphrase_slot=slot if isinstance(slot, dict) else None,
            keychain_account=account if isinstance(account, str) else None,
            loaded_digest=hashlib.sha256(raw).hexdigest(),
        )

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": SLOT_FORMAT,
            "version": SLOT_VERSION,
            "vault_id": self.vault_id,
            "check": self.check,
            "passphrase": self.passphrase_slot,
            "keychain": self.keychain_account,
        }
        raw = json.dumps(data, indent=2).encode("utf-8")
        assert raw.startswith(SLOT_HEAD)  # how the output guard knows a slot file
        return raw

    def save(self, vault_path: Path) -> None:
        """Write the slot file atomically, refusing when it changed since it was read (a
        passphrase changed in another program must not be undone by this stale copy)."""
        path = slot_path(vault_path)
        if self.loaded_digest is not None:
            try:
                current = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                current = None
            if current != self.loaded_digest:
                raise SlotChangedError(
                    f"the key slot file {path} was changed by another program since this vault "
                    "was unlocked (a passphrase change in a terminal?); lock, unlock again and "
                    "retry; nothing was changed"
                )
        raw = self.to_bytes()
        write_atomic(path, raw, may_replace=SLOT_HEAD)
        self.loaded_digest = hashlib.sha256(raw).hexdigest()

    # -- the passphrase slot -------------------------------------------------------------
    def set_passphrase(self, key: bytes, passphrase: str, params: KdfParams | None = None) -> None:
        """Wrap `key` under `passphrase` (in memory; call save() to persist)."""
        params = params or calibrate_kdf()
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(params.derive(passphrase, salt)).encrypt(nonce, key, self._aad())
        self.passphrase_slot = {
            "kdf": "argon2id",
            "time_cost": params.time_cost,
            "memory_kib": params.memory_kib,
            "parallelism": params.parallelism,
            "salt": _b64(salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(nonce),
            "wrapped_key": _b64(wrapped),
        }

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        slot = self.passphrase_slot
        if slot is None:
            raise UnlockError(ErrorCode.NO_PASSPHRASE_SLOT)
        try:
            params = kdf_params_from(slot)
        except ValueError as exc:
            raise VaultError(ErrorCode.SLOT_DAMAGED_PART, detail=str(exc)) from exc
        salt = _unb64(slot.get("salt"), "salt")
        nonce = _unb64(slot.get("nonce"), "nonce")
        wrapped = _unb64(slot.get("wrapped_key"), "wrapped key")
        if not SALT_BYTES_RANGE[0] <= len(salt) <= SALT_BYTES_RANGE[1] or len(nonce) != 12:
            raise VaultError(ErrorCode.SLOT_DAMAGED_PART, detail="salt or nonce size")
        try:
            key = AESGCM(params.derive(passphrase, salt)).decrypt(nonce, wrapped, self._aad())
        except InvalidTag as exc:
            raise UnlockError(ErrorCode.WRONG_PASSPHRASE) from exc
        except ValueError as exc:
            raise VaultError(ErrorCode.SLOT_DAMAGED_PART, detail="wrapped key") from exc
        if not self.matches(key):
            raise VaultError(ErrorCode.SLOT_WRONG_VAULT)
        return key

    def matches(self, key: bytes) -> bool:
        return hmac.compare_digest(key_check(key, self.vault_id), self.check)

    def _aad(self) -> bytes:
        return f"{SLOT_FORMAT}/{SLOT_VERSION}/{self.vault_id}/passphrase".encode()


def new_slot_file(key: bytes, vault_id: str) -> SlotFile:
    return SlotFile(vault_id=vault_id, check=key_check(key, vault_id), passphrase_slot=None)
