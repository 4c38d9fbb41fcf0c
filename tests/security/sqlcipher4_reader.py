"""An independent SQLCipher 4 reader for tests, written from the published file format.

It shares no code with SQLCipher: pages are AES-256-CBC with a per-page IV and an
HMAC-SHA512 over (ciphertext, IV, page number); with a raw key the HMAC key is
PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations). Decrypted pages are handed to the
standard library's sqlite3 in memory, so nothing plaintext touches the disk.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE  # 80, already a multiple of the AES block size
SQLITE_HEADER = b"SQLite format 3\x00"


class PageError(Exception):
    """A page whose HMAC does not match: a wrong key or a damaged file."""


def decrypt_file(path: Path, key: bytes) -> bytes:
    data = path.read_bytes()
    if len(data) % PAGE_SIZE:
        raise PageError("file size is not a whole number of pages")
    salt = data[:SALT_SIZE]
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    plain = bytearray()
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        start = SALT_SIZE if index == 0 else 0
        body = page[start : PAGE_SIZE - RESERVE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
        tag = page[PAGE_SIZE - HMAC_SIZE :]
        mac = hmac.new(hmac_key, body + iv + (index + 1).to_bytes(4, "little"), hashlib.sha512)
        if not hmac.compare_digest(mac.digest(), tag):
            raise PageError(f"HMAC mismatch on page {index + 1}")
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        clear = decryptor.update(body) + decryptor.finalize()
        if index == 0:
            clear = SQLITE_HEADER + clear
        plain += clear + bytes(RESERVE)
    return bytes(plain)


def open_vault(path: Path, key: bytes) -> sqlite3.Connection:
    """The vault as a read-only in-memory sqlite3 database."""
    conn = sqlite3.connect(":memory:")
    conn.deserialize(decrypt_file(path, key))
    return conn


def all_text(conn: sqlite3.Connection) -> str:
    """Every text value in every table (FTS shadow tables included), for leak checks."""
    chunks: list[str] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        try:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        except sqlite3.OperationalError:
            continue  # virtual tables need their module; their shadow tables are read instead
        for row in rows:
            for value in row:
                if isinstance(value, str):
                    chunks.append(value)
                elif isinstance(value, bytes):
                    chunks.append(value.decode("utf-8", "replace"))
    return "\n".join(chunks)
