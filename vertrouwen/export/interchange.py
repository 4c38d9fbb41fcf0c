"""The case interchange format, version 1 (shared/CONTRACT.md): strict reading, stable writing.

Reading is hand-written rather than done with `jsonschema` so that every error is one line
naming the file, the case and the key (`resources/schema/vertrouwen-case.schema.json` describes
the same format for other programs). Nothing here touches the vault: `parse_interchange` either
returns every case of the file or raises `InputError`, so an import can be all or nothing.

Compatible extensions of version 1 (optional keys; absent means the model's default): on a
case `age_band`, `incident_date`, `unsafe_signal`, `support`, `documents`
(`interchange_documents`); on a consent `method` and scope `documents`; on a step
`extension_weeks` and `extension_agreed` (the client agreed in writing to a longer
postponement, Awb art. 9:11 lid 3). They are written after the contract's keys of the same
object, and only when they say something (not null, false, 0 or empty): a case that does not
use them is written with the contract's keys alone, so any strict version 1 reader takes it.
The yearly report's keys (a case's `client`, `municipality`, `questions`, `signals`,
`feedback`; a file's `signals` and `activities` outside cases) are read and written by
`interchange_report.py`.
"""

from __future__ import annotations

import json
import re
from datetime import date
from enum import StrEnum
from typing import Any

from vertrouwen.domain import (
    Action,
    Activity,
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
    Regime,
    Signal,
    Step,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)
from vertrouwen.errors import quote
from vertrouwen.export.interchange_documents import (
    document_dicts,
    read_documents,
    scope_documents,
)
from vertrouwen.export.interchange_report import (
    CASE_REPORT_KEYS,
    TOP_REPORT_KEYS,
    case_report_dict,
    outside_dicts,
    read_case_report,
    read_outside,
)
from vertrouwen.export.jsonreader import JsonReader, describe, load_json

FORMAT = "vertrouwen-case"
VERSION = 1
CONSENT_METHODS = ("spoken", "signed", "written")  # Consent.method: how consent was given

# Key order of each object as written (the contract example's order, extensions after it).
CASE_KEYS = (
    "code", "opened", "closed", "result", "client_role", "organisation", "regime", "route",
    "topics", "goals", "notes", "actions", "complaint_points", "steps", "consents",
    "age_band", "incident_date", "unsafe_signal", "support", *CASE_REPORT_KEYS, "documents",
)  # fmt: skip
TOP_KEYS = ("format", "version", "cases", *TOP_REPORT_KEYS)
ORGANISATION_KEYS = ("name", "kind")
NOTE_KEYS = ("id", "date", "kind", "minutes", "text")
ACTION_KEYS = ("description", "owner", "due", "done")
POINT_KEYS = ("summary", "desired_outcome", "verdict")
STEP_KEYS = ("step", "started", "ended", "outcome", "extension_weeks", "extension_agreed")
CONSENT_KEYS = ("given", "recipient", "purpose", "scope", "withdrawn", "method")
SCOPE_KEYS = ("notes", "complaint_points", "steps", "actions", "documents")

SLUG_RE = re.compile(r"^[a-z0-9_]{1,64}\Z")  # step ids and route ids (routes add their own)
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\Z")  # safe in file names and lists
MAX_MINUTES = 100_000
MAX_EXTENSION_WEEKS = 520


def parse_interchange(data: bytes, source_name: str) -> list[Case]:
    """All cases of an interchange file, fully checked; InputError at the first problem.

    Cases without a code come back with `code == ""` (the vault assigns one).
    """
    return parse_interchange_all(data, source_name)[0]


def parse_interchange_all(
    data: bytes, source_name: str
) -> tuple[list[Case], list[Signal], list[Activity]]:
    """The cases, and the signals and activities outside cases, of an interchange file."""
    top = JsonReader(source_name)
    doc = top.obj(load_json(data, top), "", TOP_KEYS)
    if doc.get("format") != FORMAT:
        top.fail("format", f'not a Vertrouwen case file (format must be "{FORMAT}")')
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        shown = json.dumps(version, ensure_ascii=False)[:40]
        top.fail("version", f"expected the number {VERSION}, found {shown}")
    if version != VERSION:
        top.fail(
            "version",
            f"format version {version} is not supported (this program reads version {VERSION});"
            " update Vertrouwen",
        )
    if "cases" not in doc:
        top.fail("cases", "is required (a list of cases)")
    raw_cases = top.items(doc, "cases", "")
    cases = [_case(source_name, i, raw) for i, raw in enumerate(raw_cases)]
    seen: dict[str, int] = {}
    for i, case in enumerate(cases):
        if case.code and case.code in seen:
            JsonReader(source_name, _label(i, case.code)).fail(
                "code", f"the code is also used by case #{seen[case.code] + 1} in this file"
            )
        seen.setdefault(case.code, i)
    return (cases, *read_outside(top, doc))


def _label(index: int, code: str) -> str:
    return f"case #{index + 1} ({quote(code)})" if code else f"case #{index + 1}"


def _case(source: str, index: int, raw: Any) -> Case:
    r = JsonReader(source, _label(index, ""))
    obj = r.obj(raw, "", CASE_KEYS)
    code = r.text(obj, "code", "")
    if code and not CODE_RE.match(code):
        r.fail("code", f'{quote(code)} is not a valid code (letters, digits, "-", "." and "_")')
    r.case_label = _label(index, code)
    if obj.get("organisation") is None:
        r.fail("organisation", 'is required (an object with "name" and "kind")')
    org = r.obj(obj["organisation"], "organisation", ORGANISATION_KEYS)
    route = r.text(obj, "route", "")
    if route and not SLUG_RE.match(route):
        r.fail("route", f"{quote(route)} is not a route id (lower-case letters, digits and _)")
    case = Case(
        code=code,
        opened=r.required_day(obj, "opened", ""),
        closed=r.day(obj, "closed", ""),
        result=r.enum(obj, "result", "", CaseResult),
        client_role=r.required_enum(obj, "client_role", "", ClientRole),
        organisation=Organisation(
            r.text(org, "name", "organisation"),
            r.required_enum(org, "kind", "organisation", OrganisationKind),
        ),
        regime=r.required_enum(obj, "regime", "", Regime),
        route=route or None,
        topics=r.slugs(obj, "topics", "", Topic),
        goals=r.slugs(obj, "goals", "", Goal),
        age_band=r.enum(obj, "age_band", "", AgeBand),
        incident_date=r.day(obj, "incident_date", ""),
        unsafe_signal=r.boolean(obj, "unsafe_signal", ""),
        support=r.slugs(obj, "support", "", Support),
    )
    read_case_report(r, obj, case)
    case.notes = [_note(r, f"notes[{i}]", v) for i, v in enumerate(r.items(obj, "notes", ""))]
    _check_note_ids(r, case.notes)
    case.actions = [
        _action(r, f"actions[{i}]", v) for i, v in enumerate(r.items(obj, "actions", ""))
    ]
    case.complaint_points = [
        _point(r, f"complaint_points[{i}]", v)
        for i, v in enumerate(r.items(obj, "complaint_points", ""))
    ]
    case.steps = [_step(r, f"steps[{i}]", v) for i, v in enumerate(r.items(obj, "steps", ""))]
    note_ids = {n.id for n in case.notes}
    case.documents = read_documents(r, obj)
    doc_ids = {d.id for d in case.documents}
    case.consents = [
        _consent(r, f"consents[{i}]", v, note_ids, doc_ids)
        for i, v in enumerate(r.items(obj, "consents", ""))
    ]
    return case


def _note(r: JsonReader, path: str, raw: Any) -> Note:
    obj = r.obj(raw, path, NOTE_KEYS)
    return Note(
        id=r.text(obj, "id", path),  # empty ids are numbered by _check_note_ids
        date=r.required_day(obj, "date", path),
        kind=r.enum(obj, "kind", path, NoteKind) or NoteKind.CONVERSATION,
        minutes=r.integer(obj, "minutes", path, MAX_MINUTES),
        text=r.text(obj, "text", path),
    )


def _check_note_ids(r: JsonReader, notes: list[Note]) -> None:
    seen: set[str] = set()
    for i, note in enumerate(notes):
        if note.id and note.id in seen:
            r.fail(f"notes[{i}].id", f"the note id {quote(note.id)} occurs twice in this case")
        seen.add(note.id)
    counter = 0
    for note in notes:
        while not note.id:  # a note without an id gets the first free "n<k>"
            counter += 1
            if f"n{counter}" not in seen:
                note.id = f"n{counter}"
                seen.add(note.id)


def _action(r: JsonReader, path: str, raw: Any) -> Action:
    obj = r.obj(raw, path, ACTION_KEYS)
    return Action(
        description=r.text(obj, "description", path),
        owner=r.enum(obj, "owner", path, Owner) or Owner.CLIENT,
        due=r.day(obj, "due", path),
        done=r.boolean(obj, "done", path),
    )


def _point(r: JsonReader, path: str, raw: Any) -> ComplaintPoint:
    obj = r.obj(raw, path, POINT_KEYS)
    return ComplaintPoint(
        summary=r.text(obj, "summary", path),
        desired_outcome=r.text(obj, "desired_outcome", path),
        verdict=r.enum(obj, "verdict", path, Verdict),
    )


def _step(r: JsonReader, path: str, raw: Any) -> Step:
    obj = r.obj(raw, path, STEP_KEYS)
    step_id = r.text(obj, "step", path, required=True)
    if not step_id:
        r.fail(f"{path}.step", "is required (a step id such as signaal)")
    if not SLUG_RE.match(step_id):
        r.fail(
            f"{path}.step", f"{quote(step_id)} is not a step id (lower-case letters, digits and _)"
        )
    return Step(
        step=step_id,
        started=r.day(obj, "started", path),
        ended=r.day(obj, "ended", path),
        outcome=r.enum(obj, "outcome", path, StepOutcome),
        extension_weeks=r.integer(obj, "extension_weeks", path, MAX_EXTENSION_WEEKS) or 0,
        extension_agreed=r.boolean(obj, "extension_agreed", path),
    )


def _consent(r: JsonReader, path: str, raw: Any, note_ids: set[str], doc_ids: set[str]) -> Consent:
    obj = r.obj(raw, path, CONSENT_KEYS)
    method = r.opt_text(obj, "method", path)
    if method is not None and method not in CONSENT_METHODS:
        r.fail(
            f"{path}.method",
            f"unknown value {quote(method)} (expected one of: {', '.join(CONSENT_METHODS)})",
        )
    return Consent(
        given=r.required_day(obj, "given", path),
        recipient=r.text(obj, "recipient", path),
        purpose=r.text(obj, "purpose", path),
        scope=_scope(r, f"{path}.scope", obj.get("scope"), note_ids, doc_ids),
        withdrawn=r.day(obj, "withdrawn", path),
        method=method,
    )


def _scope(
    r: JsonReader, path: str, raw: Any, note_ids: set[str], doc_ids: set[str]
) -> ConsentScope:
    if raw is None:
        return ConsentScope()
    obj = r.obj(raw, path, SCOPE_KEYS)
    notes_raw = obj.get("notes")
    notes: list[str] | str
    if notes_raw == "all":
        notes = "all"
    elif isinstance(notes_raw, str):
        r.fail(f"{path}.notes", f'expected "all" or a list of note ids, found {quote(notes_raw)}')
    else:
        notes = []
        for i, value in enumerate(r.items(obj, "notes", path)):
            if not isinstance(value, str):
                r.fail(f"{path}.notes[{i}]", f"expected a note id, found {describe(value)}")
            if value not in note_ids:
                r.fail(f"{path}.notes[{i}]", f"{quote(value)} is not the id of a note in this case")
            if value not in notes:
                notes.append(value)
    return ConsentScope(
        notes="all" if notes == "all" else list(notes),
        complaint_points=r.boolean(obj, "complaint_points", path),
        steps=r.boolean(obj, "steps", path),
        actions=r.boolean(obj, "actions", path),
        documents=scope_documents(r, obj, path, doc_ids),
    )


# -- writing ------------------------------------------------------------------------------
def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _value(member: StrEnum | None) -> str | None:
    return member.value if member is not None else None


def case_to_dict(case: Case) -> dict[str, Any]:
    """One case as an interchange object, keys in the documented order."""
    note_ids = {n.id for n in case.notes}
    documents = document_dicts(case.documents)
    doc_ids = {d["id"] for d in documents}
    written = {
        "code": case.code or None,
        "opened": case.opened.isoformat(),
        "closed": _iso(case.closed),
        "result": _value(case.result),
        "client_role": case.client_role.value,
        "organisation": {"name": case.organisation.name, "kind": case.organisation.kind.value},
        "regime": case.regime.value,
        "route": case.route or None,
        "topics": [t.value for t in case.topics],
        "goals": [g.value for g in case.goals],
        "notes": [_note_dict(n) for n in case.notes],
        "actions": [_action_dict(a) for a in case.actions],
        "complaint_points": [_point_dict(p) for p in case.complaint_points],
        "steps": [_step_dict(s) for s in case.steps],
        "consents": [_consent_dict(k, note_ids, doc_ids) for k in case.consents],
    }
    return _with_extensions(
        written,
        age_band=_value(case.age_band),
        incident_date=_iso(case.incident_date),
        unsafe_signal=case.unsafe_signal,
        support=[s.value for s in case.support],
        **case_report_dict(case),
        documents=documents,
    )


def _with_extensions(written: dict[str, Any], **extensions: Any) -> dict[str, Any]:
    """`written` plus the extension keys that differ from their default (absent)."""
    written.update((key, value) for key, value in extensions.items() if value)
    return written


def _note_dict(n: Note) -> dict[str, Any]:
    return {
        "id": n.id,
        "date": n.date.isoformat(),
        "kind": n.kind.value,
        "minutes": n.minutes,
        "text": n.text,
    }


def _action_dict(a: Action) -> dict[str, Any]:
    return {
        "description": a.description,
        "owner": a.owner.value,
        "due": _iso(a.due),
        "done": a.done,
    }


def _point_dict(p: ComplaintPoint) -> dict[str, Any]:
    return {
        "summary": p.summary,
        "desired_outcome": p.desired_outcome,
        "verdict": _value(p.verdict),
    }


def _step_dict(s: Step) -> dict[str, Any]:
    written = {
        "step": s.step,
        "started": _iso(s.started),
        "ended": _iso(s.ended),
        "outcome": _value(s.outcome),
    }
    return _with_extensions(
        written, extension_weeks=s.extension_weeks, extension_agreed=s.extension_agreed
    )


def _consent_dict(consent: Consent, note_ids: set[str], doc_ids: set[str]) -> dict[str, Any]:
    scope = consent.scope
    # An id of a note deleted since covers nothing; leaving it out keeps the file importable.
    notes = "all" if scope.notes == "all" else [i for i in scope.notes if i in note_ids]
    scope_dict = _with_extensions(
        {
            "notes": notes,
            "complaint_points": scope.complaint_points,
            "steps": scope.steps,
            "actions": scope.actions,
        },
        documents=[i for i in scope.documents if i in doc_ids],  # written only when it names any
    )
    written = {
        "given": consent.given.isoformat(),
        "recipient": consent.recipient,
        "purpose": consent.purpose,
        "scope": scope_dict,
        "withdrawn": _iso(consent.withdrawn),
    }
    return _with_extensions(written, method=consent.method)


def to_interchange(
    cases: list[Case], signals: list[Signal] | None = None, activities: list[Activity] | None = None
) -> dict[str, Any]:
    """The whole interchange document for `cases` (and records outside cases, if any)."""
    doc = {"format": FORMAT, "version": VERSION, "cases": [case_to_dict(c) for c in cases]}
    return {**doc, **outside_dicts(signals or [], activities or [])}


def dump_interchange(cases: list[Case]) -> bytes:
    """UTF-8 JSON, readable and stable (same cases, same bytes); emoji and RTL text as is."""
    text = json.dumps(to_interchange(cases), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
