"""Settings for writing many rows in one transaction (demo data, large imports).

A long transaction that outgrows SQLite's page cache (2 MiB by default) spills pages to the
file and syncs the journal again and again; a larger cache for the duration keeps the work in
memory until the commit. The cache lives inside SQLCipher's process memory only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

Connection = Any


@contextlib.contextmanager
def bulk_writes(conn: Connection, cache_mib: int = 256) -> Iterator[None]:
    """Raise the page cache to `cache_mib` MiB for the block, then restore it."""
    previous = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-1024 * int(cache_mib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {previous}")
