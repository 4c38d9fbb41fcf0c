"""The audit log inside the vault: what happened and when, never note text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

Connection = Any


@dataclass(frozen=True)
class AuditEntry:
    at: str
    event: str
    case_code: str | None
    detail: str


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class AuditLog:
    """Append-only record of unlocks, key changes, case changes, exports and consent."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def record(
        self, event: str, case_code: str | None = None, detail: str = "", at: str | None = None
    ) -> None:
        """Append an entry; call inside the transaction of the change it describes."""
        self._conn.execute(
            "INSERT INTO audit(at, event, case_code, detail) VALUES (?, ?, ?, ?)",
            (at or now_utc(), event, case_code, detail),
        )

    def entries(self, case_code: str | None = None, limit: int = 1000) -> list[AuditEntry]:
        if case_code is None:
            rows = self._conn.execute(
                "SELECT at, event, case_code, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,)
            )
        else:
            rows = self._conn.execute(
                "SELECT at, event, case_code, detail FROM audit WHERE case_code = ? "
                "ORDER BY id DESC LIMIT ?",
                (case_code, limit),
            )
        return [AuditEntry(*row) for row in rows.fetchall()]
