"""Checking a vault file's page HMACs in Python, as SQLCipher's `cipher_integrity_check` does.

SQLCipher 4 authenticates every page: the last bytes of each page hold an IV and an
HMAC-SHA512 over the page's ciphertext, that IV and the page number (4 bytes, little-endian),
keyed with PBKDF2-HMAC-SHA512(data key, file salt XOR 0x3a, 2 rounds, 32 bytes); page 1's
first 16 bytes are the salt itself and are not covered. Checking that over a file's bytes needs
no decryption and no pager, so it runs over bytes already in memory: a backup checks the copy
it writes in the same read that hashes it for the container. It is 3-4x faster than
`cipher_integrity_check`, which reads page by page through the pager. `verify` needs it only
for the free list's pages (`free_pages`): the integrity check's own reads authenticate the rest.

The settings are read from the connection (`PRAGMA cipher_*`), never assumed; a vault whose
settings this module does not know (no HMAC, a plaintext header, another KDF) gets `None` from
`PageFormat.of`, and callers then ask SQLCipher itself. The key is the raw 32-byte data key the
vault is keyed with (`db._keyed`), as the recovery key is.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Connection = Any

SALT_BYTES = 16
IV_BYTES = 16
BLOCK = 16  # AES: the reserve is rounded up to whole blocks
FAST_KDF_ROUNDS = 2  # SQLCipher's `fast_kdf_iter`, for the HMAC key
HMAC_SALT_MASK = 0x3A
_HMACS = {"HMAC_SHA512": "sha512", "HMAC_SHA256": "sha256", "HMAC_SHA1": "sha1"}
_KDFS = {"PBKDF2_HMAC_SHA512": "sha512", "PBKDF2_HMAC_SHA256": "sha256", "PBKDF2_HMAC_SHA1": "sha1"}
_PGNO: dict[str, Literal["little", "big"]] = {"le": "little", "be": "big"}
READ_CHUNK = 8 * 1024 * 1024  # whole pages at any page size up to 64 KiB


_PGNO_PACK = {"little": struct.Struct("<I").pack, "big": struct.Struct(">I").pack}
_IPAD = bytes(x ^ 0x36 for x in range(256))
_OPAD = bytes(x ^ 0x5C for x in range(256))


def hmac_states(key: bytes, digest: str) -> tuple[Any, Any]:
    """HMAC's inner and outer hash states after the padded key (RFC 2104): HMAC(key, m) is
    `outer.copy()` updated with the digest of `inner.copy()` updated with m, the same bytes
    `hmac.new(key, m, digest)` gives."""
    inner, outer = hashlib.new(digest), hashlib.new(digest)
    if len(key) > inner.block_size:
        key = hashlib.new(digest, key).digest()
    key = key.ljust(inner.block_size, b"\0")
    inner.update(key.translate(_IPAD))
    outer.update(key.translate(_OPAD))
    return inner, outer


def _pragma(conn: Connection, name: str) -> str:
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return "" if row is None else str(row[0])


@dataclass(frozen=True)
class PageFormat:
    """How the pages of one vault file are laid out and authenticated."""

    page_size: int
    digest: str  # hashlib name of the page HMAC
    kdf_digest: str  # hashlib name of the HMAC key derivation
    pgno_order: Literal["little", "big"]

    @property
    def mac_bytes(self) -> int:
        return hashlib.new(self.digest).digest_size

    @property
    def reserve(self) -> int:
        raw = IV_BYTES + self.mac_bytes
        return -(-raw // BLOCK) * BLOCK

    @classmethod
    def of(cls, conn: Connection) -> PageFormat | None:
        """The keyed connection's page format, or None when this module cannot check it."""
        if _pragma(conn, "cipher_use_hmac") != "1":
            return None
        if _pragma(conn, "cipher_plaintext_header_size") not in ("", "0"):
            return None
        digest = _HMACS.get(_pragma(conn, "cipher_hmac_algorithm"))
        kdf = _KDFS.get(_pragma(conn, "cipher_kdf_algorithm"))
        order = _PGNO.get(_pragma(conn, "cipher_hmac_pgno"))
        try:
            page_size = int(_pragma(conn, "cipher_page_size"))
        except ValueError:
            return None
        if digest is None or kdf is None or order is None or page_size < 512:
            return None
        return cls(page_size, digest, kdf, order)


class PageChecker:
    """Checks the HMAC of whole pages, fed in file order from page 1."""

    def __init__(self, fmt: PageFormat, key: bytes, salt: bytes) -> None:
        if len(salt) != SALT_BYTES:
            raise ValueError("the salt is the file's first 16 bytes")
        self.fmt = fmt
        hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
        hmac_key = hashlib.pbkdf2_hmac(fmt.kdf_digest, key, hmac_salt, FAST_KDF_ROUNDS, len(key))
        self._inner, self._outer = hmac_states(hmac_key, fmt.digest)
        self.next_page = 1
        self.bad: list[int] = []  # page numbers whose HMAC does not match

    def feed(self, data: bytes | bytearray | memoryview) -> None:
        """Check the pages in `data`, a whole number of pages following the last fed."""
        size = self.fmt.page_size
        view = memoryview(data)
        if len(view) % size:
            raise ValueError("feed whole pages")
        if self.next_page == 1 and view:  # page 1's salt is not covered
            self._feed(view[:size], SALT_BYTES)
            view = view[size:]
        self._feed(view, 0)

    def _feed(self, view: memoryview, skip: int) -> None:
        # The loop runs ~210,000 times for an 860 MB vault: HMAC is taken apart into its two
        # hash states (`hmac_states`), copied per page, which saves the `hmac.HMAC` wrapper's
        # Python calls (1.83 s instead of 2.02 s of CPU; the SHA-512 itself is ~1.44 s).
        fmt = self.fmt
        size = fmt.page_size
        mac_at = size - fmt.reserve + IV_BYTES  # the HMAC covers ciphertext and IV
        mac_end = mac_at + fmt.mac_bytes
        pack = _PGNO_PACK[fmt.pgno_order]
        inner, outer, same = self._inner, self._outer, hmac.compare_digest
        bad = self.bad
        pgno = self.next_page
        for offset in range(0, len(view), size):
            h = inner.copy()
            h.update(view[offset + skip : offset + mac_at])
            h.update(pack(pgno))
            o = outer.copy()
            o.update(h.digest())
            if not same(o.digest(), view[offset + mac_at : offset + mac_end]):
                bad.append(pgno)
            pgno += 1
        self.next_page = pgno

    def problems(self, total_bytes: int) -> list[str]:
        """The problems found, in the words of `cipher_integrity_check`'s rows."""
        out = [f"HMAC verification failed for page {p}" for p in self.bad[:20]]
        if len(self.bad) > 20:
            out.append(f"... and {len(self.bad) - 20} more pages")
        if total_bytes % self.fmt.page_size:
            out.append(f"the file size ({total_bytes} bytes) is not a whole number of pages")
        return out


def check_file(path: Path, fmt: PageFormat, key: bytes) -> list[str]:
    """Every page HMAC of the file at `path`; the problems (empty when all match)."""
    with Path(path).open("rb") as fh:  # buffered: read(n) returns n bytes until the end
        salt = fh.read(SALT_BYTES)
        if len(salt) != SALT_BYTES:
            return ["the file is shorter than one page"]
        fh.seek(0)
        checker = PageChecker(fmt, key, salt)
        total = 0
        whole = READ_CHUNK - READ_CHUNK % fmt.page_size
        while block := fh.read(whole):
            total += len(block)
            usable = len(block) - len(block) % fmt.page_size
            checker.feed(memoryview(block)[:usable])
    return checker.problems(total)


def _read_page(fh: Any, fmt: PageFormat, pgno: int) -> bytes:
    fh.seek((pgno - 1) * fmt.page_size)
    page: bytes = fh.read(fmt.page_size)
    return page


def free_pages(path: Path, fmt: PageFormat, key: bytes) -> tuple[list[int], list[str]]:
    """The pages on the file's free list (trunks and leaves) and the problems met walking it.

    No table or index reaches these pages, so SQLite's integrity check never reads (and
    SQLCipher never authenticates) a free leaf; `verify` checks their HMACs here. Trunk pages
    are authenticated, then decrypted for the numbers they list (AES-256-CBC with the raw
    data key and the page's IV, as SQLCipher 4 writes them).
    """
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    size = fmt.page_size
    body_end = size - fmt.reserve

    def clear(page: bytes, pgno: int) -> bytes:
        start = SALT_BYTES if pgno == 1 else 0
        iv = page[body_end : body_end + IV_BYTES]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return bytes(start) + decryptor.update(page[start:body_end]) + decryptor.finalize()

    with Path(path).open("rb") as fh:
        total = Path(path).stat().st_size // size
        first = _read_page(fh, fmt, 1)
        checker = PageChecker(fmt, key, first[:SALT_BYTES])
        checker.feed(first)
        if checker.bad:
            return [], ["HMAC verification failed for page 1"]
        header = clear(first, 1)
        trunk, listed = int.from_bytes(header[32:36], "big"), int.from_bytes(header[36:40], "big")
        found: list[int] = []
        while trunk and len(found) <= listed:
            if not 1 < trunk <= total:
                return found, [f"free list: trunk page {trunk} is outside the file"]
            page = _read_page(fh, fmt, trunk)
            checker.next_page = trunk
            checker.feed(page)
            if checker.bad:
                return found, [f"HMAC verification failed for page {trunk}"]
            plain = clear(page, trunk)
            count = int.from_bytes(plain[4:8], "big")
            if count > (body_end - 8) // 4:
                return found, [f"free list: trunk page {trunk} lists {count} pages"]
            found.append(trunk)
            found += [int.from_bytes(plain[8 + 4 * i : 12 + 4 * i], "big") for i in range(count)]
            trunk = int.from_bytes(plain[0:4], "big")
    return found, []


def check_pages(path: Path, fmt: PageFormat, key: bytes, numbers: list[int]) -> list[str]:
    """The HMACs of the pages `numbers` of the file at `path`; the problems."""
    with Path(path).open("rb") as fh:
        salt = fh.read(SALT_BYTES)
        checker = PageChecker(fmt, key, salt)
        total = Path(path).stat().st_size // fmt.page_size
        outside = [n for n in numbers if not 1 <= n <= total]
        for pgno in sorted(set(numbers) - set(outside)):
            checker.next_page = pgno
            checker.feed(_read_page(fh, fmt, pgno))
    problems = checker.problems(0)  # whole pages by construction: no size to complain about
    return problems + [f"free list: page {n} is outside the file" for n in outside]
