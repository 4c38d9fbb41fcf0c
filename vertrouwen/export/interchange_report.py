"""The yearly report's keys in the case interchange format (issue 18), all optional.

On a case: `client` (a pseudonymous reference shared by one client's cases, e.g. "K-0007"; never
a name), `municipality` (the client's gemeente), `questions` (`[{"type", "topic"}]`), `signals`
(`[{"date", "topic"}]`) and `feedback` (the client's mark at closing, 1 to 10). At the top of a
file, beside `cases`: `signals` without a case (`[{"id", "date", "topic", "organisation_kind",
"municipality"}]`) and `activities` (`[{"id", "date", "kind", "minutes", "participants",
"municipality"}]`); `id` is optional (a record imported twice is stored once). They are written
only when set, after the other keys of the case.
"""

from __future__ import annotations

import re
from typing import Any

from vertrouwen.domain import (
    Activity,
    ActivityKind,
    Case,
    OrganisationKind,
    Question,
    QuestionType,
    Signal,
    Topic,
)
from vertrouwen.export.jsonreader import JsonReader

CASE_REPORT_KEYS = ("client", "municipality", "questions", "signals", "feedback")
TOP_REPORT_KEYS = ("signals", "activities")
QUESTION_KEYS = ("type", "topic")
CASE_SIGNAL_KEYS = ("date", "topic")
SIGNAL_KEYS = ("id", "date", "topic", "organisation_kind", "municipality")
ACTIVITY_KEYS = ("id", "date", "kind", "minutes", "participants", "municipality")
CLIENT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")  # a code, so no spaced full name
UID_RE = re.compile(r"^[0-9a-f]{8,64}$")
MAX_NAME = 120
MAX_ACTIVITY_MINUTES = 100_000
MAX_PARTICIPANTS = 100_000


def _municipality(r: JsonReader, obj: dict[str, Any], path: str) -> str:
    name = " ".join(r.text(obj, "municipality", path).split())
    if len(name) > MAX_NAME:
        r.fail(f"{path}.municipality" if path else "municipality", "is too long for a gemeente")
    return name


def read_case_report(r: JsonReader, obj: dict[str, Any], case: Case) -> None:
    """Fill the case's report fields from its interchange object (already key-checked)."""
    client = r.text(obj, "client", "")
    if client and not CLIENT_RE.match(client):
        r.fail("client", f'"{client[:40]}" is not a client reference (a code such as K-0007)')
    case.client = client
    case.municipality = _municipality(r, obj, "")
    case.questions = []
    for i, raw in enumerate(r.items(obj, "questions", "")):
        path = f"questions[{i}]"
        q = r.obj(raw, path, QUESTION_KEYS)
        case.questions.append(
            Question(
                r.enum(q, "type", path, QuestionType) or QuestionType.INFORMATION_ADVICE,
                r.enum(q, "topic", path, Topic),
            )
        )
    case.signals = []
    for i, raw in enumerate(r.items(obj, "signals", "")):
        path = f"signals[{i}]"
        g = r.obj(raw, path, CASE_SIGNAL_KEYS)
        case.signals.append(
            Signal(r.required_day(g, "date", path), r.enum(g, "topic", path, Topic))
        )
    feedback = r.integer(obj, "feedback", "", 10)
    if feedback == 0:
        r.fail("feedback", "a mark runs from 1 to 10")
    case.feedback = feedback


def case_report_dict(case: Case) -> dict[str, Any]:
    """The case's report keys that say something (nothing for a case that does not use them)."""
    written = {
        "client": case.client,
        "municipality": case.municipality,
        "questions": [
            {"type": q.type.value, "topic": q.topic.value if q.topic else None}
            for q in case.questions
        ],
        "signals": [
            {"date": g.date.isoformat(), "topic": g.topic.value if g.topic else None}
            for g in case.signals
        ],
        "feedback": case.feedback,
    }
    return {k: v for k, v in written.items() if v}


def _uid(r: JsonReader, obj: dict[str, Any], path: str) -> str:
    uid = r.text(obj, "id", path)
    if uid and not UID_RE.match(uid):
        r.fail(f"{path}.id", "is not a record id (8 to 64 lower-case hex digits)")
    return uid


def read_outside(r: JsonReader, doc: dict[str, Any]) -> tuple[list[Signal], list[Activity]]:
    """The file's signals and activities outside cases."""
    signals = []
    for i, raw in enumerate(r.items(doc, "signals", "")):
        path = f"signals[{i}]"
        g = r.obj(raw, path, SIGNAL_KEYS)
        signals.append(
            Signal(
                uid=_uid(r, g, path),
                date=r.required_day(g, "date", path),
                topic=r.enum(g, "topic", path, Topic),
                organisation_kind=r.enum(g, "organisation_kind", path, OrganisationKind),
                municipality=_municipality(r, g, path),
            )
        )
    activities = []
    for i, raw in enumerate(r.items(doc, "activities", "")):
        path = f"activities[{i}]"
        a = r.obj(raw, path, ACTIVITY_KEYS)
        activities.append(
            Activity(
                uid=_uid(r, a, path),
                date=r.required_day(a, "date", path),
                kind=r.required_enum(a, "kind", path, ActivityKind),
                minutes=r.integer(a, "minutes", path, MAX_ACTIVITY_MINUTES) or 0,
                participants=r.integer(a, "participants", path, MAX_PARTICIPANTS),
                municipality=_municipality(r, a, path),
            )
        )
    return signals, activities


def outside_dicts(signals: list[Signal], activities: list[Activity]) -> dict[str, Any]:
    """Top-level keys for records outside cases (absent when there are none)."""
    out: dict[str, Any] = {}
    if signals:
        out["signals"] = [
            {
                "id": g.uid or None,
                "date": g.date.isoformat(),
                "topic": g.topic.value if g.topic else None,
                "organisation_kind": g.organisation_kind.value if g.organisation_kind else None,
                "municipality": g.municipality,
            }
            for g in signals
        ]
    if activities:
        out["activities"] = [
            {
                "id": a.uid or None,
                "date": a.date.isoformat(),
                "kind": a.kind.value,
                "minutes": a.minutes,
                "participants": a.participants,
                "municipality": a.municipality,
            }
            for a in activities
        ]
    return out
