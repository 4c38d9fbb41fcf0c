"""The case repository: cases and their parts in and out of SQL, and their registration.

Every public write runs in one transaction together with its audit entry and the refresh of
the case's anonymous registration (which outlives the case file).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.domain import (
    Action,
    AgeBand,
    Case,
    CaseResult,
    ClientRole,
    ComplaintPoint,
    Consent,
    ConsentScope,
    Goal,
    Note,
    NoteKind,
    Organisation,
    OrganisationKind,
    Owner,
    Question,
    QuestionType,
    Regime,
    Signal,
    Step,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)
from vertrouwen.errors import ErrorCode, InputError, UnknownCaseError
from vertrouwen.vault import documents
from vertrouwen.vault.audit import AuditLog, now_utc
from vertrouwen.vault.db import transaction

Connection = Any
CODE_RE = re.compile(r"^VP-([0-9]{4})-([0-9]{4,})\Z")


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _s(value: date | None) -> str | None:
    return value.isoformat() if value else None


class CaseRepository:
    """Cases in the vault, addressed by their code."""

    def __init__(self, conn: Connection, audit: AuditLog, changes: ChangeLog | None = None) -> None:
        self._conn = conn
        self._audit = audit
        self._changes = changes if changes is not None else ChangeLog()

    # -- reading --------------------------------------------------------------------------
    def exists(self, code: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM cases WHERE code = ?", (code,)).fetchone()
        return row is not None

    def codes(self) -> list[str]:
        return [r[0] for r in self._conn.execute("SELECT code FROM cases ORDER BY code")]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM cases").fetchone()[0])

    def id_of(self, code: str) -> int:
        row = self._conn.execute("SELECT id FROM cases WHERE code = ?", (code,)).fetchone()
        if row is None:
            raise UnknownCaseError(ErrorCode.NO_SUCH_CASE, code=code)
        return int(row[0])

    def get(self, code: str) -> Case:
        """The whole case with all its parts; InputError when there is no such code."""
        return self.get_by_id(self.id_of(code))

    def get_by_id(self, case_id: int) -> Case:
        c = self._conn
        row = c.execute(
            "SELECT id, code, opened, closed, result, client_role, age_band, organisation_name,"
            " organisation_kind, regime, route, incident_date, unsafe_signal, client_ref,"
            " municipality, feedback FROM cases WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise InputError(f"no case with id {case_id}")
        case = Case(
            id=row[0],
            code=row[1],
            opened=date.fromisoformat(row[2]),
            closed=_d(row[3]),
            result=CaseResult(row[4]) if row[4] else None,
            client_role=ClientRole(row[5]),
            age_band=AgeBand(row[6]) if row[6] else None,
            organisation=Organisation(row[7], OrganisationKind(row[8])),
            regime=Regime(row[9]),
            route=row[10],
            incident_date=_d(row[11]),
            unsafe_signal=bool(row[12]),
            client=row[13],
            municipality=row[14],
            feedback=row[15],
        )
        q = "SELECT {} FROM {} WHERE case_id = ? ORDER BY {}"
        case.topics = [
            Topic(r[0]) for r in c.execute(q.format("topic", "case_topics", "position"), (case_id,))
        ]
        case.goals = [
            Goal(r[0]) for r in c.execute(q.format("goal", "case_goals", "position"), (case_id,))
        ]
        case.support = [
            Support(r[0])
            for r in c.execute(q.format("support", "case_support", "position"), (case_id,))
        ]
        case.notes = [
            Note(
                id=r[0], date=date.fromisoformat(r[1]), kind=NoteKind(r[2]), minutes=r[3], text=r[4]
            )
            for r in c.execute(
                q.format("note_id, date, kind, minutes, text", "notes", "id"), (case_id,)
            )
        ]
        case.actions = [
            Action(description=r[1], owner=Owner(r[2]), due=_d(r[3]), done=bool(r[4]), id=r[0])
            for r in c.execute(
                q.format("id, description, owner, due, done", "actions", "position, id"),
                (case_id,),
            )
        ]
        case.complaint_points = [
            ComplaintPoint(
                summary=r[1], desired_outcome=r[2], verdict=Verdict(r[3]) if r[3] else None, id=r[0]
            )
            for r in c.execute(
                q.format(
                    "id, summary, desired_outcome, verdict", "complaint_points", "position, id"
                ),
                (case_id,),
            )
        ]
        case.steps = [
            Step(
                step=r[1],
                started=_d(r[2]),
                ended=_d(r[3]),
                outcome=StepOutcome(r[4]) if r[4] else None,
                extension_weeks=r[5],
                id=r[0],
                extension_agreed=bool(r[6]),
            )
            for r in c.execute(
                q.format(
                    "id, step, started, ended, outcome, extension_weeks, extension_agreed",
                    "steps",
                    "position, id",
                ),
                (case_id,),
            )
        ]
        case.consents = [
            consent_from_row(r)
            for r in c.execute(
                q.format(
                    "id, given, recipient, purpose, method, scope_notes, scope_points, scope_steps,"
                    " scope_actions, withdrawn, scope_documents",
                    "consents",
                    "id",
                ),
                (case_id,),
            )
        ]
        _read_report_parts(c, case)
        case.documents = documents.described(c, case_id)
        return case

    def role_labels(self, case_id: int) -> list[str]:
        rows = self._conn.execute(
            "SELECT label FROM case_roles WHERE case_id = ? ORDER BY position", (case_id,)
        )
        return [r[0] for r in rows]

    def ignored_texts(self, case_id: int) -> set[str]:
        rows = self._conn.execute("SELECT text FROM privacy_ignores WHERE case_id = ?", (case_id,))
        return {r[0] for r in rows}

    # -- writing --------------------------------------------------------------------------
    def next_code(self, year: int) -> str:
        rows = self._conn.execute(
            "SELECT code FROM cases WHERE code LIKE ?", (f"VP-{year}-%",)
        ).fetchall()
        numbers = [int(m.group(2)) for (code,) in rows if (m := CODE_RE.match(code))]
        return f"VP-{year}-{max(numbers, default=0) + 1:04d}"

    def add(self, case: Case, *, event: str = "case_created") -> str:
        """Insert a new case with all its parts; assigns a code when it has none."""
        with transaction(self._conn):
            return self.insert_in_transaction(case, event=event)

    def insert_in_transaction(self, case: Case, *, event: str = "case_created") -> str:
        """Insert within a transaction the caller holds (imports insert many at once)."""
        code = case.code or self.next_code(case.opened.year)
        if self.exists(code):
            raise InputError(ErrorCode.CASE_EXISTS, code=code)
        cur = self._conn.execute(
            "INSERT INTO cases(code, opened, closed, result, client_role, age_band,"
            " organisation_name, organisation_kind, regime, route, incident_date, unsafe_signal,"
            " client_ref, municipality, feedback, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (code, *self._case_columns(case), now_utc()),
        )
        case.id = int(cur.lastrowid)
        case.code = code
        self._write_parts(case)
        documents.insert_all(self._conn, case.id, case.documents)  # content from an import
        self._audit.record(event, code)
        self.refresh_registration(case.id)
        self._changes.note(Changes.of_cases([code], case_list=True, registrations=True))
        return code

    def update(self, case: Case, *, event: str = "case_updated", detail: str = "") -> Changes:
        """Replace the case and all its parts with `case` (one transaction).

        Consents are the exception: they change only through `ConsentRepository` (audited,
        withdrawal final), so `case.consents` is ignored here. Otherwise a screen saving an
        older copy of the case (an undo) would delete a newer consent or revive a withdrawn one.
        """
        if case.id is None:
            raise ValueError("update() needs a stored case")
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE cases SET opened=?, closed=?, result=?, client_role=?, age_band=?,"
                " organisation_name=?, organisation_kind=?, regime=?, route=?, incident_date=?,"
                " unsafe_signal=?, client_ref=?, municipality=?, feedback=?, updated_at=?"
                " WHERE id=?",
                (*self._case_columns(case), now_utc(), case.id),
            )
            for table in (
                "case_topics",
                "case_goals",
                "case_support",
                "notes",
                "actions",
                "complaint_points",
                "steps",
                *REPORT_PART_TABLES,
            ):
                self._conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case.id,))  # noqa: S608
            self._write_parts(case, consents=False)
            self._audit.record(event, case.code, detail)
            self.refresh_registration(case.id)
        return self._changes.note(Changes.of_cases([case.code], notes=True, registrations=True))

    def update_note(self, case_id: int, note: Note) -> Changes:
        """Write one note of a case (its date, kind, minutes and text), one transaction.

        Only that note's row changes (the full-text index and the case's last contact follow
        through their triggers), with the case's `updated_at`, an audit entry naming the note
        (never its text) and, when its date or minutes changed, the case's registration. The
        other parts of the case are left as they are, so the cost of a note edit does not
        grow with the case. InputError when the case has no note with that id.
        """
        c = self._conn
        with transaction(c):
            row = c.execute(
                "SELECT n.id, n.date, n.minutes, c.code FROM notes n JOIN cases c"
                " ON c.id = n.case_id WHERE n.case_id = ? AND n.note_id = ?",
                (case_id, note.id),
            ).fetchone()
            if row is None:
                raise InputError(f"no note {note.id!r} in case {case_id}; nothing was saved")
            rowid, old_date, old_minutes, code = row
            c.execute(
                "UPDATE notes SET date = ?, kind = ?, minutes = ?, text = ? WHERE id = ?",
                (note.date.isoformat(), note.kind.value, note.minutes, note.text, rowid),
            )
            c.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now_utc(), case_id))
            self._audit.record("note_updated", code, f"note {note.id}")
            counted = (old_date, old_minutes) != (note.date.isoformat(), note.minutes)
            if counted:
                self.refresh_registration(case_id)  # contacts and minutes per month
        return self._changes.note(Changes.of_cases([code], notes=True, registrations=counted))

    def set_role_labels(self, case_id: int, labels: Iterable[str]) -> Changes:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM case_roles WHERE case_id = ?", (case_id,))
            self._conn.executemany(
                "INSERT INTO case_roles(case_id, position, label) VALUES (?,?,?)",
                [(case_id, i, label) for i, label in enumerate(labels)],
            )
        return self._case_changed(case_id)

    def ignore_text(self, case_id: int, text: str) -> Changes:
        """Mark `text` as not personal data for this case (the privacy guard stops flagging it)."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT OR IGNORE INTO privacy_ignores(case_id, text) VALUES (?, ?)",
                (case_id, text),
            )
        return self._case_changed(case_id)

    def unignore_text(self, case_id: int, text: str) -> Changes:
        """Undo `ignore_text`: the privacy guard flags `text` again in this case."""
        with transaction(self._conn):
            self._conn.execute(
                "DELETE FROM privacy_ignores WHERE case_id = ? AND text = ?", (case_id, text)
            )
        return self._case_changed(case_id)

    def _case_changed(self, case_id: int) -> Changes:
        row = self._conn.execute("SELECT code FROM cases WHERE id = ?", (case_id,)).fetchone()
        return self._changes.note(Changes.of_cases([row[0]] if row else []))

    # -- internals ------------------------------------------------------------------------
    @staticmethod
    def _case_columns(case: Case) -> tuple[Any, ...]:
        return (
            case.opened.isoformat(),
            _s(case.closed),
            case.result.value if case.result else None,
            case.client_role.value,
            case.age_band.value if case.age_band else None,
            case.organisation.name,
            case.organisation.kind.value,
            case.regime.value,
            case.route,
            _s(case.incident_date),
            int(case.unsafe_signal),
            case.client,
            case.municipality,
            case.feedback,
        )

    def _write_parts(self, case: Case, *, consents: bool = True) -> None:
        c, cid = self._conn, case.id
        for table, values in (
            ("case_topics", case.topics),
            ("case_goals", case.goals),
            ("case_support", case.support),
        ):
            unique = list(dict.fromkeys(v.value for v in values))  # keeps the user's order
            c.executemany(
                f"INSERT INTO {table} VALUES (?,?,?)",  # noqa: S608 - fixed table names
                [(cid, v, i) for i, v in enumerate(unique)],
            )
        seen: set[str] = set()
        for note in case.notes:
            if note.id in seen:
                raise InputError(ErrorCode.NOTE_ID_TWICE, code=case.code, note=note.id)
            seen.add(note.id)
            c.execute(
                "INSERT INTO notes(case_id, note_id, date, kind, minutes, text)"
                " VALUES (?,?,?,?,?,?)",
                (cid, note.id, note.date.isoformat(), note.kind.value, note.minutes, note.text),
            )
        for pos, a in enumerate(case.actions):
            cur = c.execute(
                "INSERT INTO actions(case_id, position, description, owner, due, done)"
                " VALUES (?,?,?,?,?,?)",
                (cid, pos, a.description, a.owner.value, _s(a.due), int(a.done)),
            )
            a.id = int(cur.lastrowid)
        for pos, p in enumerate(case.complaint_points):
            cur = c.execute(
                "INSERT INTO complaint_points(case_id, position, summary, desired_outcome, verdict)"
                " VALUES (?,?,?,?,?)",
                (cid, pos, p.summary, p.desired_outcome, p.verdict.value if p.verdict else None),
            )
            p.id = int(cur.lastrowid)
        for pos, s in enumerate(case.steps):
            cur = c.execute(
                "INSERT INTO steps(case_id, position, step, started, ended, outcome,"
                " extension_weeks, extension_agreed) VALUES (?,?,?,?,?,?,?,?)",
                (
                    cid,
                    pos,
                    s.step,
                    _s(s.started),
                    _s(s.ended),
                    s.outcome.value if s.outcome else None,
                    s.extension_weeks,
                    int(s.extension_agreed),
                ),
            )
            s.id = int(cur.lastrowid)
        _write_report_parts(c, case)
        for k in case.consents if consents else ():
            cur = c.execute(
                "INSERT INTO consents(case_id, given, recipient, purpose, method, scope_notes,"
                " scope_points, scope_steps, scope_actions, withdrawn, scope_documents)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    cid,
                    k.given.isoformat(),
                    k.recipient,
                    k.purpose,
                    k.method,
                    json.dumps(k.scope.notes),
                    int(k.scope.complaint_points),
                    int(k.scope.steps),
                    int(k.scope.actions),
                    _s(k.withdrawn),
                    json.dumps(list(dict.fromkeys(k.scope.documents))),
                ),
            )
            k.id = int(cur.lastrowid)

    def refresh_registration(self, case_id: int) -> None:
        """Recompute the case's anonymous registration row from the case (same transaction)."""
        case = self.get_by_id(case_id)
        values = (
            case.opened.isoformat(),
            _s(case.closed),
            case.result.value if case.result else None,
            case.client_role.value,
            case.age_band.value if case.age_band else None,
            case.organisation.kind.value,
            case.organisation.name,
            case.regime.value,
            json.dumps(sorted(t.value for t in case.topics)),
            json.dumps(sorted(g.value for g in case.goals)),
            json.dumps(sorted(s.value for s in case.support)),
            json.dumps([p.verdict.value for p in case.complaint_points if p.verdict]),
            json.dumps([s.step for s in case.steps]),
            len(case.notes),
            case.minutes_total,
            int(case.unsafe_signal),
            json.dumps(_activity_by_month(case)),
            new_uid(),
            client_key(case.client) if case.client else None,
            " ".join(case.municipality.split()),
            json.dumps([[q.type.value, _v(q.topic)] for q in case.questions]),
            json.dumps([[g.date.isoformat(), _v(g.topic)] for g in case.signals]),
            case.feedback,
        )
        self._conn.execute(
            "INSERT INTO registrations(case_id, opened, closed, result, client_role, age_band,"
            " organisation_kind, organisation_name, regime, topics, goals, support, verdicts,"
            " steps, contacts, minutes, unsafe_signal, activity, uid, client, municipality,"
            " questions, signals, feedback)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(case_id) DO UPDATE SET opened=excluded.opened, closed=excluded.closed,"
            " result=excluded.result, client_role=excluded.client_role,"
            " age_band=excluded.age_band, organisation_kind=excluded.organisation_kind,"
            " organisation_name=excluded.organisation_name, regime=excluded.regime,"
            " topics=excluded.topics, goals=excluded.goals, support=excluded.support,"
            " verdicts=excluded.verdicts, steps=excluded.steps, contacts=excluded.contacts,"
            " minutes=excluded.minutes, unsafe_signal=excluded.unsafe_signal,"
            " activity=excluded.activity, client=excluded.client,"
            " municipality=excluded.municipality, questions=excluded.questions,"
            " signals=excluded.signals, feedback=excluded.feedback",
            (case_id, *values),
        )


# -- the yearly report's parts of a case (issue 18) ------------------------------------------
REPORT_PART_TABLES = ("case_questions", "case_signals")


def _v(member: Topic | None) -> str | None:
    return member.value if member is not None else None


def new_uid() -> str:
    """A record id for the anonymous registration: random, says nothing about the case."""
    import secrets

    return secrets.token_hex(16)


def client_key(reference: str) -> str:
    """The client reference as the registration keeps it: a digest, so the registration (and a
    registrations file) never holds what the advisor typed, while the cases of one client still
    count as one client, also across the vaults of an organisation."""
    import hashlib

    normal = " ".join(reference.split()).casefold()
    return hashlib.sha256(f"vertrouwen-client\0{normal}".encode()).hexdigest()[:32]


def _read_report_parts(c: Connection, case: Case) -> None:
    case.questions = [
        Question(QuestionType(r[0]), Topic(r[1]) if r[1] else None)
        for r in c.execute(
            "SELECT type, topic FROM case_questions WHERE case_id = ? ORDER BY position",
            (case.id,),
        )
    ]
    case.signals = [
        Signal(date.fromisoformat(r[0]), Topic(r[1]) if r[1] else None)
        for r in c.execute(
            "SELECT date, topic FROM case_signals WHERE case_id = ? ORDER BY position", (case.id,)
        )
    ]


def _write_report_parts(c: Connection, case: Case) -> None:
    c.executemany(
        "INSERT INTO case_questions(case_id, position, type, topic) VALUES (?,?,?,?)",
        [(case.id, i, q.type.value, _v(q.topic)) for i, q in enumerate(case.questions)],
    )
    c.executemany(
        "INSERT INTO case_signals(case_id, position, date, topic) VALUES (?,?,?,?)",
        [(case.id, i, g.date.isoformat(), _v(g.topic)) for i, g in enumerate(case.signals)],
    )


def _activity_by_month(case: Case) -> dict[str, list[int]]:
    """Contacts and minutes per "YYYY-MM", so reports count the time spent within a period."""
    months: dict[str, list[int]] = {}
    for note in sorted(case.notes, key=lambda n: n.date):
        month = months.setdefault(note.date.isoformat()[:7], [0, 0])
        month[0] += 1
        month[1] += note.minutes or 0
    return months


def consent_from_row(r: tuple[Any, ...]) -> Consent:
    """A Consent from a `consents` row (id, given, ..., withdrawn, scope_documents)."""
    notes = json.loads(r[5])
    return Consent(
        id=r[0],
        given=date.fromisoformat(r[1]),
        recipient=r[2],
        purpose=r[3],
        method=r[4],
        scope=ConsentScope(
            notes="all" if notes == "all" else list(notes),
            complaint_points=bool(r[6]),
            steps=bool(r[7]),
            actions=bool(r[8]),
            documents=list(json.loads(r[10])) if len(r) > 10 else [],
        ),
        withdrawn=_d(r[9]),
    )
