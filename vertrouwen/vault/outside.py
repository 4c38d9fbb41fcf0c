"""Signals and activities outside cases (issue 18): anonymous records for the yearly report.

A signal without a case (a problem several clients mention, passed on to the gemeente) and an
activity (voorlichting, a group visit, a training) hold no free text: a date, a slug or two, a
number and a municipality. Each has a random `uid`, the record id a registrations file carries
so that an organisation-wide report counts it once. Every write is one audited transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.domain import Activity, ActivityKind, OrganisationKind, Signal, Topic
from vertrouwen.errors import InputError
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.cases import new_uid
from vertrouwen.vault.db import transaction

Connection = Any


def _slug(value: Any) -> str | None:
    return value.value if value is not None else None


class OutsideRecords:
    """The `signals` and `activities` tables."""

    def __init__(self, conn: Connection, audit: AuditLog, changes: ChangeLog | None = None) -> None:
        self._conn = conn
        self._audit = audit
        self._changes = changes if changes is not None else ChangeLog()

    # -- reading --------------------------------------------------------------------------
    def signals(self) -> list[Signal]:
        rows = self._conn.execute(
            "SELECT uid, date, topic, organisation_kind, municipality FROM signals"
            " ORDER BY date, id"
        )
        return [
            Signal(
                uid=r[0],
                date=date.fromisoformat(r[1]),
                topic=Topic(r[2]) if r[2] else None,
                organisation_kind=OrganisationKind(r[3]) if r[3] else None,
                municipality=r[4],
            )
            for r in rows
        ]

    def activities(self) -> list[Activity]:
        rows = self._conn.execute(
            "SELECT uid, date, kind, minutes, participants, municipality FROM activities"
            " ORDER BY date, id"
        )
        return [
            Activity(
                uid=r[0],
                date=date.fromisoformat(r[1]),
                kind=ActivityKind(r[2]),
                minutes=int(r[3]),
                participants=r[4],
                municipality=r[5],
            )
            for r in rows
        ]

    def municipalities(self) -> list[str]:
        """Every municipality used so far (cases, signals, activities), for a quick choice."""
        rows = self._conn.execute(
            "SELECT municipality FROM cases UNION SELECT municipality FROM signals"
            " UNION SELECT municipality FROM activities"
        )
        names = {" ".join(r[0].split()) for r in rows if r[0] and r[0].strip()}
        return sorted(names, key=str.casefold)

    # -- writing --------------------------------------------------------------------------
    def add_signal(self, signal: Signal) -> str:
        """Store a signal without a case; returns its uid (kept when given, e.g. on import)."""
        with transaction(self._conn):
            return self.add_signal_in_transaction(signal)

    def add_signal_in_transaction(self, signal: Signal) -> str:
        uid = signal.uid or new_uid()
        if self._conn.execute("SELECT 1 FROM signals WHERE uid = ?", (uid,)).fetchone():
            return uid  # the same record imported twice stays one record
        self._conn.execute(
            "INSERT INTO signals(uid, date, topic, organisation_kind, municipality)"
            " VALUES (?,?,?,?,?)",
            (
                uid,
                signal.date.isoformat(),
                _slug(signal.topic),
                _slug(signal.organisation_kind),
                " ".join(signal.municipality.split()),
            ),
        )
        self._audit.record("signal_added", None, signal.date.isoformat())
        signal.uid = uid
        self._changes.note(Changes(registrations=True))
        return uid

    def add_activity(self, activity: Activity) -> str:
        with transaction(self._conn):
            return self.add_activity_in_transaction(activity)

    def add_activity_in_transaction(self, activity: Activity) -> str:
        if activity.minutes < 0 or (activity.participants or 0) < 0:
            raise InputError("an activity's time and participants cannot be negative")
        uid = activity.uid or new_uid()
        if self._conn.execute("SELECT 1 FROM activities WHERE uid = ?", (uid,)).fetchone():
            return uid
        self._conn.execute(
            "INSERT INTO activities(uid, date, kind, minutes, participants, municipality)"
            " VALUES (?,?,?,?,?,?)",
            (
                uid,
                activity.date.isoformat(),
                activity.kind.value,
                activity.minutes,
                activity.participants,
                " ".join(activity.municipality.split()),
            ),
        )
        self._audit.record("activity_added", None, f"{activity.kind.value} {activity.date}")
        activity.uid = uid
        self._changes.note(Changes(registrations=True))
        return uid

    def remove(self, uid: str) -> bool:
        """Remove a signal or activity by its uid; False when there is none."""
        with transaction(self._conn):
            gone = 0
            for table in ("signals", "activities"):
                cur = self._conn.execute(f"DELETE FROM {table} WHERE uid = ?", (uid,))  # noqa: S608
                gone += cur.rowcount
            if gone:
                self._audit.record("record_removed", None, "signaal of activiteit")
                self._changes.note(Changes(registrations=True))
        return bool(gone)
