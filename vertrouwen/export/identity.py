"""The client's identity for a complaint letter: read at export time, printed, never stored.

Awb 9:4 asks a complaint to carry the complainant's name and address, so an identity file
(`--identity-file`, or the UI's form) is JSON such as
`{"name": "...", "address": "...", "email": "...", "phone": "..."}`: `name` and `address`
required; `postcode`, `city`, `email` and `phone` optional (strings or null). Other keys with a
text value (a client number, a second phone) are printed below the contact details as
"key: value", so nothing the advisor supplied is silently dropped; other value types are an
error naming the key.

The identity lives only in memory: it is never written to the vault, the audit log, a temp
file or a log, and error messages name keys, never values. Its repr hides the values so that a
traceback cannot print them either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vertrouwen.errors import InputError

REQUIRED = ("name", "address")
OPTIONAL = ("postcode", "city", "email", "phone")
MAX_FILE_BYTES = 64 * 1024
MAX_FIELD = 400


@dataclass(frozen=True, repr=False)
class Identity:
    """Name, address and contact details of the complainant."""

    name: str
    address: str
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    extra: tuple[tuple[str, str], ...] = ()

    def __repr__(self) -> str:
        return "Identity(<not shown>)"

    def address_lines(self) -> list[str]:
        """The postal address as printed: the address as given, then postcode and city."""
        lines = [line.strip() for line in self.address.splitlines() if line.strip()]
        place = " ".join(p for p in (self.postcode, self.city) if p)
        if place:
            lines.append(place)
        return lines


def parse_identity(raw: bytes, origin: str) -> Identity:
    """An Identity from the bytes of an identity file; InputError naming what is wrong."""
    try:
        data: Any = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"the identity file {origin} is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise InputError(
            f"the identity file {origin} is not valid JSON (line {exc.lineno}, column "
            f"{exc.colno}); expected an object with name and address"
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            f"the identity file {origin} must hold a JSON object with name and address"
        )
    extra: list[tuple[str, str]] = []
    for key in data:
        if key in REQUIRED or key in OPTIONAL:
            continue
        value = data[key]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str) or len(value) > MAX_FIELD or len(key) > 60:
            raise InputError(f"in the identity file {origin}, {key!r} must be a short text")
        extra.append((key, value.strip()))
    values: dict[str, str] = {}
    for key in REQUIRED + OPTIONAL:
        value = data.get(key)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InputError(f"in the identity file {origin}, {key!r} must be text")
        value = value.strip()
        if len(value) > MAX_FIELD:
            raise InputError(f"in the identity file {origin}, {key!r} is too long")
        values[key] = value
    for key in REQUIRED:
        if not values[key]:
            raise InputError(
                f"the identity file {origin} has no {key!r}: a formal complaint needs the "
                "client's name and address (Awb 9:4)"
            )
    return Identity(**values, extra=tuple(extra))


def load_identity(path: str | Path) -> Identity:
    """Read and check an identity file (never copied, cached or logged)."""
    file = Path(path)
    try:
        with file.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"the identity file {file} does not exist") from None
    except OSError as exc:
        raise InputError(f"cannot read the identity file {file}: {exc.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(f"the identity file {file} is too large for name and address details")
    return parse_identity(raw, str(file))
