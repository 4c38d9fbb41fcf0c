"""Handing cases to a colleague: an encrypted package that is useless without its passphrase.

The package holds the cases as interchange JSON (version 1, `export.interchange`), encrypted
with a one-time passphrase generated for the handover: 25 characters of Crockford base32
(digits and capitals without I, L, O, U: 125 random bits) in five groups of five, read out or
sent apart from the file. Typing is forgiving: case, spaces and dashes do not matter, and
O/I/L are read as 0/1/1.

Layout (integers big-endian)::

    0        20 bytes  magic  b"VERTROUWEN-HANDOVER\\n"
    20        4 bytes  H, the length of the header
    24        H bytes  header, UTF-8 JSON: {"format": "vertrouwen-handover", "version": 1,
                       "kdf": {"name": "argon2id", "time_cost", "memory_kib", "parallelism",
                       "salt"}, "cipher": {"name": "aes-256-gcm", "nonce"}, "check"}
    24+H      ...      AES-256-GCM ciphertext and tag of the interchange JSON, with everything
                       before it as associated data
    end-32   32 bytes  SHA-256 of everything before it (damage, checked without the passphrase)

Argon2id turns the passphrase into a master key; HMAC-SHA256 splits it into the encryption key
and a 16-byte `check`, so a wrong passphrase (exit 3) is told apart from a tampered package
(exit 6). The header says nothing about the cases, not even how many.

Receiving is all or nothing. A code that already exists in the receiving vault (a different
vault, so it is plausible) gets a new code; the mapping is reported.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vertrouwen.domain import Case
from vertrouwen.errors import ErrorCode, InputError, UnlockError, UsageError
from vertrouwen.fileio import HANDOVER_MAGIC, MAX_INPUT_BYTES, check_output, write_atomic
from vertrouwen.vault.keys import SALT_BYTES_RANGE, KdfParams, calibrate_kdf, kdf_params_from

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace

MAGIC = HANDOVER_MAGIC
FORMAT = "vertrouwen-handover"
VERSION = 1
PREFIX = len(MAGIC) + 4
DIGEST = 32
MAX_HEADER = 1 << 16
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
GROUPS, GROUP_SIZE = 5, 5
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class Received:
    """One received case: the code it had in the package and the code it got here."""

    old_code: str
    new_code: str

    @property
    def renamed(self) -> bool:
        return self.old_code != self.new_code


# -- the passphrase -----------------------------------------------------------------------
def new_passphrase() -> str:
    """A fresh one-time passphrase, e.g. `7K2QM-XC9RT-...` (125 random bits)."""
    chars = [secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE)]
    return "-".join("".join(chars[i : i + GROUP_SIZE]) for i in range(0, len(chars), GROUP_SIZE))


def normalize_passphrase(text: str) -> str:
    """The canonical 25 characters; UnlockError when it cannot be a handover passphrase."""
    cleaned = re.sub(r"[\s\-]", "", text).upper().translate(_CONFUSABLE)
    if len(cleaned) != GROUPS * GROUP_SIZE or any(c not in ALPHABET for c in cleaned):
        raise UnlockError(ErrorCode.HANDOVER_PASSPHRASE_FORM)
    return cleaned


def _keys(passphrase: str, params: KdfParams, salt: bytes) -> tuple[bytes, bytes]:
    master = params.derive(normalize_passphrase(passphrase), salt)
    enc = hmac.new(master, b"vertrouwen handover encryption", hashlib.sha256).digest()
    check = hmac.new(master, b"vertrouwen handover check", hashlib.sha256).digest()[:16]
    return enc, check


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- sealing and opening ------------------------------------------------------------------
def seal(payload: bytes, passphrase: str, params: KdfParams | None = None) -> bytes:
    """Encrypt `payload` into a package under `passphrase`."""
    params = params or calibrate_kdf()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    enc, check = _keys(passphrase, params, salt)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {
            "name": "argon2id",
            "time_cost": params.time_cost,
            "memory_kib": params.memory_kib,
            "parallelism": params.parallelism,
            "salt": _b64(salt),
        },
        "cipher": {"name": "aes-256-gcm", "nonce": _b64(nonce)},
        "check": _b64(check),
    }
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    front = MAGIC + struct.pack(">I", len(head)) + head
    body = front + AESGCM(enc).encrypt(nonce, payload, front)
    return body + hashlib.sha256(body).digest()


@dataclass(frozen=True)
class _Parsed:
    front: bytes
    ciphertext: bytes
    params: KdfParams
    salt: bytes
    nonce: bytes
    check: bytes


def _damaged(source: str, why: str) -> InputError:
    return InputError(ErrorCode.HANDOVER_DAMAGED, path=source, detail=why)


def _parse(data: bytes, source: str) -> _Parsed:
    """Structure and checksum, without the passphrase."""
    if not data.startswith(MAGIC) or len(data) < PREFIX + DIGEST:
        raise _damaged(source, "it does not start as a Vertrouwen handover package")
    if not hmac.compare_digest(hashlib.sha256(data[:-DIGEST]).digest(), data[-DIGEST:]):
        raise _damaged(source, "checksum mismatch")
    (length,) = struct.unpack(">I", data[len(MAGIC) : PREFIX])
    if length > MAX_HEADER or PREFIX + length > len(data) - DIGEST:
        raise _damaged(source, "header size")
    try:
        header = json.loads(data[PREFIX : PREFIX + length].decode("utf-8"))
        if header.get("format") != FORMAT:
            raise ValueError("format")
        version = header.get("version")
        kdf, cipher = header["kdf"], header["cipher"]
        if kdf["name"] != "argon2id" or cipher["name"] != "aes-256-gcm":
            raise ValueError("algorithm")
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(cipher["nonce"], validate=True)
        check = base64.b64decode(header["check"], validate=True)
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise _damaged(source, "unreadable header") from exc
    try:
        # untrusted: a crafted package must not hang the program or exhaust its memory
        params = kdf_params_from(kdf)
        if not SALT_BYTES_RANGE[0] <= len(salt) <= SALT_BYTES_RANGE[1] or len(nonce) != 12:
            raise ValueError(f"a salt of {len(salt)} or a nonce of {len(nonce)} bytes")
    except ValueError as exc:
        raise _damaged(source, f"key derivation: {exc}") from exc
    if version != VERSION:
        raise InputError(ErrorCode.HANDOVER_OTHER_VERSION, path=source, version=version)
    front = data[: PREFIX + length]
    return _Parsed(front, data[PREFIX + length : -DIGEST], params, salt, nonce, check)


def check_package(data: bytes, source: str) -> None:
    """InputError when `data` is not an intact package (no passphrase needed)."""
    _parse(data, source)


def open_package(data: bytes, passphrase: str, source: str) -> bytes:
    """The decrypted payload; UnlockError for a wrong passphrase, InputError when tampered."""
    parsed = _parse(data, source)
    enc, check = _keys(passphrase, parsed.params, parsed.salt)
    if not hmac.compare_digest(check, parsed.check):
        raise UnlockError(ErrorCode.HANDOVER_WRONG_PASSPHRASE)
    try:
        return AESGCM(enc).decrypt(parsed.nonce, parsed.ciphertext, parsed.front)
    except InvalidTag as exc:
        raise InputError(ErrorCode.HANDOVER_CHANGED, path=source) from exc


# -- with a vault -------------------------------------------------------------------------
def is_package_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def write_handover(
    ws: Workspace, codes: list[str], out: Path, params: KdfParams | None = None
) -> str:
    """Write the cases `codes` as a package to `out`; returns the one-time passphrase.

    An existing `out` is replaced only when it is itself a handover package.
    """
    from vertrouwen.export.interchange import dump_interchange

    if not codes:
        raise UsageError("name at least one case code")
    out = Path(out).expanduser().absolute()
    check_output(out, Path(ws.path), may_replace=MAGIC)
    if out.exists() and not is_package_file(out):
        raise UsageError(ErrorCode.NOT_A_HANDOVER_FILE, path=out)
    unique = list(dict.fromkeys(codes))
    cases = [ws.cases.get(code) for code in unique]  # InputError names a missing code
    for case in cases:
        ws.documents.with_content(case)  # documents travel with the case
    passphrase = new_passphrase()
    write_atomic(out, seal(dump_interchange(cases), passphrase, params), may_replace=MAGIC)
    ws.record("case_handed_over", *unique, detail=out.name)
    return passphrase


def read_package(path: Path) -> bytes:
    """The bytes of an intact package (checked without the passphrase); InputError otherwise."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError as exc:
        raise InputError(ErrorCode.HANDOVER_MISSING, path=path) from exc
    except OSError as exc:
        raise InputError(ErrorCode.HANDOVER_UNREADABLE, path=path, reason=exc.strerror) from exc
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(ErrorCode.HANDOVER_TOO_BIG, path=path)
    check_package(data, str(path))
    return data


def cases_from_package(data: bytes, passphrase: str, path: Path) -> list[Case]:
    """Decrypt and strictly parse a package read by `read_package`."""
    from vertrouwen.export.interchange import parse_interchange

    return parse_interchange(open_package(data, passphrase, str(path)), Path(path).name)


def read_handover(path: Path, passphrase: str) -> list[Case]:
    """The cases in a package (no vault needed): every check first, then the strict parser."""
    return cases_from_package(read_package(path), passphrase, path)


def receive_cases(ws: Workspace, cases: list[Case], source: str) -> list[Received]:
    """Insert all `cases` in one transaction; codes taken here get new ones. Package order."""

    def work() -> list[Received]:
        taken = set(ws.cases.codes())
        # keep every free code first, so a newly assigned code never takes one still to come
        order = sorted(range(len(cases)), key=lambda i: not cases[i].code or cases[i].code in taken)
        result: dict[int, Received] = {}
        for i in order:
            case = cases[i]
            old = case.code
            if old in taken:
                case.code = ""
            new = ws.cases.insert_in_transaction(case, event="case_received")
            taken.add(new)
            result[i] = Received(old, new)
        renamed = [r for r in result.values() if r.renamed and r.old_code]
        detail = f"{source}: {len(cases)} case(s)"
        if renamed:
            detail += "; new codes: " + ", ".join(f"{r.old_code}->{r.new_code}" for r in renamed)
        ws.audit.record("handover_received", None, detail)
        return [result[i] for i in range(len(cases))]

    return ws.write(work)


def receive_handover(ws: Workspace, path: Path, passphrase: str) -> list[Received]:
    """Open a package and add its cases to the vault, all or nothing."""
    cases = read_handover(path, passphrase)
    return receive_cases(ws, cases, Path(path).name)
