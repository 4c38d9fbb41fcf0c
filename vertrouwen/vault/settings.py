"""Settings stored inside the vault (they may say something about the work, so encrypted)."""

from __future__ import annotations

import json
from typing import Any

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.vault.db import transaction

Connection = Any


class Settings:
    """Small JSON values by key, with defaults supplied by the caller."""

    def __init__(self, conn: Connection, changes: ChangeLog | None = None) -> None:
        self._conn = conn
        self._changes = changes if changes is not None else ChangeLog()

    def get(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> Changes:
        with transaction(self._conn):
            return self.put(key, value)

    def put(self, key: str, value: Any) -> Changes:
        """Like `set`, inside the caller's transaction (so a change and its audit entry commit
        together)."""
        self._conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
        return self._changes.note(Changes(settings=True))
