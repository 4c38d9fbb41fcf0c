"""Destroying case files for good, and the retention policy's review list.

No law sets a retention term for a confidential advisor's file; practice is to destroy it once
closed and counted. `retention_months` (vault setting, default 12) is the months after closing
after which a file shows on the review list; nothing is ever destroyed without the user asking.

Destroying deletes the case and everything hanging off it (foreign-key cascades, whose delete
triggers also take its rows out of the full-text indexes, which run with 'secure-delete'),
keeps its anonymous registration (case_id set to NULL), records `case_destroyed` with the code
(a pseudonym: the log says what was destroyed, never what it held), then VACUUMs so that no
freed page keeps the text (`secure_delete` is on for every session as well). Backups made
earlier still hold the case until they are rotated out.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlcipher3

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.errors import ErrorCode, UnknownCaseError
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.cases import CaseRepository
from vertrouwen.vault.db import transaction
from vertrouwen.vault.settings import Settings

Connection = Any
DEFAULT_RETENTION_MONTHS = 12
REASONS = ("request", "retention")


@dataclass(frozen=True)
class DueCase:
    """A closed case whose retention term has passed: a line of the review list."""

    code: str
    closed: date
    due: date
    organisation_kind: str
    result: str | None


@dataclass(frozen=True)
class DestroyReport:
    code: str
    notes: int  # how many notes went with it (a count, for the confirmation message)
    compacted: bool  # False when VACUUM could not run (another program had the vault open)


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Retention:
    """Destroying cases and listing those due under the retention policy."""

    def __init__(
        self,
        conn: Connection,
        audit: AuditLog,
        cases: CaseRepository,
        settings: Settings,
        changes: ChangeLog | None = None,
    ) -> None:
        self._changes = changes if changes is not None else ChangeLog()
        self._conn = conn
        self._audit = audit
        self._cases = cases
        self._settings = settings

    # -- policy ---------------------------------------------------------------------------
    def months(self) -> int:
        """The retention term in months after closing (the `retention_months` setting)."""
        value = self._settings.get("retention_months", DEFAULT_RETENTION_MONTHS)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return DEFAULT_RETENTION_MONTHS
        return value

    def due(self, today: date, months: int | None = None) -> list[DueCase]:
        """Closed cases whose term has passed on `today`, longest overdue first."""
        term = self.months() if months is None else months
        rows = self._conn.execute(
            "SELECT code, closed, organisation_kind, result FROM cases"
            " WHERE closed IS NOT NULL ORDER BY closed, code"
        ).fetchall()
        listed = []
        for code, closed, kind, result in rows:
            closed_on = date.fromisoformat(closed)
            due_on = add_months(closed_on, term)
            if due_on <= today:
                listed.append(DueCase(code, closed_on, due_on, kind, result))
        return listed

    # -- destroying -----------------------------------------------------------------------
    def destroy(self, code: str, reason: str = "request") -> DestroyReport:
        """Destroy case `code` for good; its anonymous registration stays. InputError if absent."""
        if reason not in REASONS:
            raise ValueError(f"reason must be one of {REASONS}")
        case_id = self._cases.id_of(code)
        with transaction(self._conn):
            # the counts that outlive the file must be current before it goes
            self._cases.refresh_registration(case_id)
            notes = int(
                self._conn.execute(
                    "SELECT count(*) FROM notes WHERE case_id = ?", (case_id,)
                ).fetchone()[0]
            )
            self._forget_free_text(case_id, code)
            cur = self._conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            if cur.rowcount != 1:
                raise UnknownCaseError(ErrorCode.NO_SUCH_CASE, code=code)
            self._audit.record("case_destroyed", code, f"reason={reason}; notes={notes}")
        self._changes.note(
            Changes(frozenset([code]), frozenset([code]), case_list=True, registrations=True)
        )
        return DestroyReport(code, notes, self.compact())

    def _forget_free_text(self, case_id: int, code: str) -> None:
        """Drop the case's free text that lives outside its own rows.

        The registration keeps the organisation's name only when enough other cases share it
        for the report to show it anyway (the report's threshold); a name that only this case
        had could point at the client, so it goes. Audit details (consent recipients and the
        like) of the case are emptied; the events and their times stay.
        """
        # the same reading of the setting the yearly report uses
        from vertrouwen.reports.stats import SETTING_THRESHOLD, threshold_from_setting

        threshold = threshold_from_setting(self._settings.get(SETTING_THRESHOLD))
        self._conn.execute(
            "UPDATE registrations SET organisation_name = '' WHERE case_id = ? AND ("
            " SELECT count(*) FROM registrations AS other WHERE other.case_id IS NOT ?"
            " AND lower(trim(other.organisation_name)) ="
            " lower(trim(registrations.organisation_name))) < ?",
            (case_id, case_id, threshold),
        )
        self._conn.execute("UPDATE audit SET detail = '' WHERE case_code = ?", (code,))

    def compact(self) -> bool:
        """VACUUM (and checkpoint a WAL, should one ever be used) so no freed page keeps data."""
        try:
            self._conn.execute("VACUUM")
            mode = self._conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() == "wal":
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.OperationalError:
            # busy: another program has the vault open. secure_delete already zeroed the
            # deleted cells; the next destroy or `compact()` finishes the job.
            return False
        return True
