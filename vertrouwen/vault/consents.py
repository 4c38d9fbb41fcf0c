"""Consent records of a case: giving and withdrawing, each audited in its own transaction.

A consent is a record of what the client agreed to, so it is never edited: a different scope,
recipient or purpose is a new consent (and, if the old one no longer holds, its withdrawal).
Withdrawal is one action and final: a withdrawn consent cannot be withdrawn again or revived.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.domain import Consent, ConsentScope
from vertrouwen.errors import ErrorCode, InputError, RefusedError, UnknownCaseError
from vertrouwen.vault import documents
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.cases import consent_from_row
from vertrouwen.vault.db import transaction

Connection = Any

# How the consent was given; None when it was not recorded (older records, imports).
METHODS: tuple[str, ...] = ("spoken", "signed", "written")

_COLUMNS = (
    "k.id, k.given, k.recipient, k.purpose, k.method, k.scope_notes, k.scope_points,"
    " k.scope_steps, k.scope_actions, k.withdrawn, k.scope_documents"
)


def describe_scope(scope: ConsentScope) -> str:
    """A short, text-free description of a scope for the audit log (note ids, not notes)."""
    notes = "all" if scope.notes == "all" else ",".join(scope.notes) or "none"
    parts = [f"notes={notes}"]
    parts += [
        name
        for name, on in (
            ("complaint_points", scope.complaint_points),
            ("steps", scope.steps),
            ("actions", scope.actions),
        )
        if on
    ]
    if scope.documents:
        parts.append("documents=" + ",".join(scope.documents))
    return " ".join(parts)


class ConsentRepository:
    """The consents of cases in the vault (the case repository reads them with the case)."""

    def __init__(self, conn: Connection, audit: AuditLog, changes: ChangeLog | None = None) -> None:
        self._conn = conn
        self._audit = audit
        self._changes = changes if changes is not None else ChangeLog()

    def _case(self, code: str) -> int:
        row = self._conn.execute("SELECT id FROM cases WHERE code = ?", (code,)).fetchone()
        if row is None:
            raise UnknownCaseError(ErrorCode.NO_SUCH_CASE, code=code)
        return int(row[0])

    def for_case(self, code: str) -> list[Consent]:
        """All consents of a case, active and withdrawn, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM consents k WHERE k.case_id = ? ORDER BY k.id",  # noqa: S608
            (self._case(code),),
        )
        return [consent_from_row(r) for r in rows]

    def get(self, consent_id: int) -> tuple[str, Consent]:
        """(case code, consent); InputError when there is no such consent."""
        row = self._conn.execute(
            f"SELECT c.code, {_COLUMNS} FROM consents k JOIN cases c ON c.id = k.case_id"  # noqa: S608
            " WHERE k.id = ?",
            (consent_id,),
        ).fetchone()
        if row is None:
            raise InputError(f"no consent with id {consent_id} in this vault")
        return row[0], consent_from_row(row[1:])

    def add(self, code: str, consent: Consent) -> int:
        """Record a consent the client gave; returns its id (also set on `consent`)."""
        recipient, purpose = consent.recipient.strip(), consent.purpose.strip()
        if not recipient or not purpose:
            raise InputError("a consent needs a recipient and a purpose")
        if consent.withdrawn is not None:
            raise InputError("a new consent cannot already be withdrawn; withdraw it afterwards")
        if consent.method is not None and consent.method not in METHODS:
            raise InputError(
                f"unknown consent method {consent.method!r}; use one of {', '.join(METHODS)}"
            )
        notes = consent.scope.notes
        if notes != "all" and not isinstance(notes, list):
            raise InputError('a consent scope names note ids or "all"')
        with transaction(self._conn):
            case_id = self._case(code)
            if notes != "all":
                known = {
                    r[0]
                    for r in self._conn.execute(
                        "SELECT note_id FROM notes WHERE case_id = ?", (case_id,)
                    )
                }
                missing = [n for n in notes if n not in known]
                if missing:
                    raise InputError(f"case {code} has no note {missing[0]!r}")
            held = set(documents.ids(self._conn, case_id))
            absent = [d for d in consent.scope.documents if d not in held]
            if absent:
                raise InputError(f"case {code} has no document {absent[0]!r}")
            cur = self._conn.execute(
                "INSERT INTO consents(case_id, given, recipient, purpose, method, scope_notes,"
                " scope_points, scope_steps, scope_actions, withdrawn, scope_documents)"
                " VALUES (?,?,?,?,?,?,?,?,?,NULL,?)",
                (
                    case_id,
                    consent.given.isoformat(),
                    recipient,
                    purpose,
                    consent.method,
                    json.dumps(notes if notes == "all" else list(dict.fromkeys(notes))),
                    int(consent.scope.complaint_points),
                    int(consent.scope.steps),
                    int(consent.scope.actions),
                    json.dumps(list(dict.fromkeys(consent.scope.documents))),
                ),
            )
            consent_id = int(cur.lastrowid)
            self._audit.record(
                "consent_given",
                code,
                f"consent {consent_id} given {consent.given.isoformat()} to {recipient!r}"
                f" ({consent.method or 'method not recorded'}): {describe_scope(consent.scope)}",
            )
        consent.id = consent_id
        consent.recipient, consent.purpose = recipient, purpose
        self._changes.note(Changes.of_cases([code], consents=True))
        return consent_id

    def withdraw(self, consent_id: int, day: date) -> Changes:
        """Withdraw a consent from `day` on; final (a second withdrawal is refused)."""
        with transaction(self._conn):
            code, consent = self.get(consent_id)
            if consent.withdrawn is not None:
                raise RefusedError(
                    ErrorCode.CONSENT_ALREADY_WITHDRAWN,
                    consent=consent_id,
                    code=code,
                    day=consent.withdrawn.isoformat(),
                )
            if day < consent.given:
                raise InputError(
                    ErrorCode.CONSENT_WITHDRAWN_TOO_EARLY,
                    consent=consent_id,
                    day=consent.given.isoformat(),
                )
            self._conn.execute(
                "UPDATE consents SET withdrawn = ? WHERE id = ? AND withdrawn IS NULL",
                (day.isoformat(), consent_id),
            )
            self._audit.record(
                "consent_withdrawn", code, f"consent {consent_id} withdrawn {day.isoformat()}"
            )
        return self._changes.note(Changes.of_cases([code], consents=True))
