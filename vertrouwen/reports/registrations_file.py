"""Registration files: one advisor's anonymous registrations of a year, for a report over an
organisation (`vertrouwen registrations --year Y --out F`, `stats --from F...`, the
Organisatierapportage in Rapportage).

A file holds what the yearly report counts and nothing else: no case code, no note or other
free text, no client reference (only its digest, so one client's cases count once), and the
organisation names the report shows above its threshold. Every record has an `id` (the
registration's random uid): merging a file twice, or two files that share records, counts each
record once; a record given twice with different contents is refused.

What a year's file holds: the cases open at any time in that year or the year before (the
report compares with the year before), the cases with contact or a signal in those two years,
and the signals and activities outside cases dated in them. So counting `--year Y` over the
files of every advisor gives exactly what one vault holding all their cases would give.

The file ends with a SHA-256 of its contents: a file changed by hand or damaged in transit is
refused (exit 6). It is a check against accidents, not a signature: someone who knows the
format can write a file that passes.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from vertrouwen.domain import (
    Activity,
    ActivityKind,
    AgeBand,
    CaseResult,
    ClientRole,
    Goal,
    OrganisationKind,
    QuestionType,
    Regime,
    Signal,
    Support,
    Topic,
    Verdict,
)
from vertrouwen.domain.registration import Registration
from vertrouwen.errors import ErrorCode, InputError
from vertrouwen.export.jsonreader import DATE_RE, JsonReader, describe, join, load_json
from vertrouwen.reports.stats import Period

FORMAT = "vertrouwen-registrations"
VERSION = 1
TOP_KEYS = ("format", "version", "year", "threshold", "made", "cases", "signals", "activities",
            "sha256")  # fmt: skip
CASE_KEYS = (
    "id", "opened", "closed", "result", "client_role", "age_band", "organisation_kind",
    "organisation_name", "regime", "topics", "goals", "support", "verdicts", "steps",
    "contacts", "minutes", "unsafe_signal", "activity", "client", "municipality", "questions",
    "signals", "feedback",
)  # fmt: skip
SIGNAL_KEYS = ("id", "date", "topic", "organisation_kind", "municipality")
ACTIVITY_KEYS = ("id", "date", "kind", "minutes", "participants", "municipality")
ID_RE = re.compile(r"^[0-9a-f]{8,64}$")
STEP_RE = re.compile(r"^[a-z0-9_]{1,64}$")
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_COUNT = 10_000_000


@dataclass
class RegistrationSet:
    """The records of one file (or several merged), ready for `compute_stats`."""

    year: int
    threshold: int
    cases: list[Registration] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


# -- which records a year needs ---------------------------------------------------------------
def for_year(
    rows: list[Registration], signals: list[Signal], activities: list[Activity], year: int
) -> tuple[list[Registration], list[Signal], list[Activity]]:
    """The records that counting `year` (and the year before, for comparison) can touch."""
    span = Period(date(year - 1, 1, 1), date(year, 12, 31))
    months = set(span.months())
    cases = [
        r
        for r in rows
        if span.overlaps(r.opened, r.closed)
        or any(m in months for m in r.activity)
        or (not r.activity and r.opened.isoformat()[:7] in months)
        or any(day in span for day, _ in r.signals)
    ]
    return cases, [g for g in signals if g.date in span], [a for a in activities if a.date in span]


# -- writing ----------------------------------------------------------------------------------
def _slug(member: StrEnum | None) -> str | None:
    return member.value if member is not None else None


def _case_record(r: Registration) -> dict[str, Any]:
    return {
        "id": r.uid,
        "opened": r.opened.isoformat(),
        "closed": r.closed.isoformat() if r.closed else None,
        "result": r.result,
        "client_role": r.client_role,
        "age_band": r.age_band,
        "organisation_kind": r.organisation_kind,
        "organisation_name": r.organisation_name,
        "regime": r.regime,
        "topics": list(r.topics),
        "goals": list(r.goals),
        "support": list(r.support),
        "verdicts": list(r.verdicts),
        "steps": list(r.steps),
        "contacts": r.contacts,
        "minutes": r.minutes,
        "unsafe_signal": r.unsafe_signal,
        "activity": {m: list(v) for m, v in sorted(r.activity.items())},
        "client": r.client,
        "municipality": r.municipality,
        "questions": [list(q) for q in r.questions],
        "signals": [[d.isoformat(), t] for d, t in r.signals],
        "feedback": r.feedback,
    }


def _signal_record(g: Signal) -> dict[str, Any]:
    return {
        "id": g.uid,
        "date": g.date.isoformat(),
        "topic": _slug(g.topic),
        "organisation_kind": _slug(g.organisation_kind),
        "municipality": g.municipality,
    }


def _activity_record(a: Activity) -> dict[str, Any]:
    return {
        "id": a.uid,
        "date": a.date.isoformat(),
        "kind": a.kind.value,
        "minutes": a.minutes,
        "participants": a.participants,
        "municipality": a.municipality,
    }


def _digest(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dump_registrations(
    rows: list[Registration],
    signals: list[Signal],
    activities: list[Activity],
    year: int,
    threshold: int,
    made: date,
) -> bytes:
    """The year's file (only the records `for_year` keeps), as UTF-8 JSON."""
    cases, free_signals, free_activities = for_year(rows, signals, activities, year)
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "year": year,
        "threshold": threshold,
        "made": made.isoformat(),
        "cases": [_case_record(r) for r in cases],
        "signals": [_signal_record(g) for g in free_signals],
        "activities": [_activity_record(a) for a in free_activities],
    }
    body["sha256"] = _digest(body)
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# -- reading ----------------------------------------------------------------------------------
class _Reader(JsonReader):
    def __init__(self, source: str) -> None:
        super().__init__(source, "", "nothing was counted")

    def uid(self, obj: dict[str, Any], path: str) -> str:
        raw = self.text(obj, "id", path, required=True)
        if not ID_RE.match(raw):
            self.fail(join(path, "id"), f'"{raw[:40]}" is not a record id (8 to 64 hex digits)')
        return raw

    def count(self, obj: dict[str, Any], key: str, path: str) -> int:
        return self.integer(obj, key, path, MAX_COUNT) or 0

    def values(self, obj: dict[str, Any], key: str, path: str, kind: type[StrEnum]) -> list[str]:
        return [
            self.slug(v, f"{join(path, key)}[{i}]", kind).value
            for i, v in enumerate(self.items(obj, key, path))
        ]

    def pair(self, raw: Any, path: str, first: str) -> tuple[Any, Any]:
        if not isinstance(raw, list) or len(raw) != 2:
            self.fail(path, f"expected a pair [{first}, topic], found {describe(raw)}")
        return raw[0], raw[1]

    def date_value(self, raw: Any, path: str) -> date:
        if not isinstance(raw, str) or not DATE_RE.match(raw):
            self.fail(path, f"expected a date YYYY-MM-DD, found {describe(raw)}")
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.fail(path, f'"{raw}" is not a date that exists')

    def topic(self, raw: Any, path: str) -> str | None:
        return None if raw is None else self.slug(raw, path, Topic).value


def _case(r: _Reader, path: str, raw: Any) -> Registration:
    obj = r.obj(raw, path, CASE_KEYS)
    steps = []
    for i, step in enumerate(r.items(obj, "steps", path)):
        if not isinstance(step, str) or not STEP_RE.match(step):
            r.fail(f"{path}.steps[{i}]", f"expected a step id, found {describe(step)}")
        steps.append(step)
    activity: dict[str, tuple[int, int]] = {}
    months = obj.get("activity") or {}
    if not isinstance(months, dict):
        r.fail(f"{path}.activity", f"expected an object, found {describe(months)}")
    for month, value in months.items():
        where = f"{path}.activity.{month}"
        ok = isinstance(value, list) and len(value) == 2
        if (
            not MONTH_RE.match(month)
            or not ok
            or not all(
                isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_COUNT
                for v in value
            )
        ):
            r.fail(where, "expected a month YYYY-MM with [contacts, minutes]")
        activity[month] = (int(value[0]), int(value[1]))
    questions = []
    for i, q in enumerate(r.items(obj, "questions", path)):
        kind, topic = r.pair(q, f"{path}.questions[{i}]", "type")
        where = f"{path}.questions[{i}]"
        questions.append((r.slug(kind, where, QuestionType).value, r.topic(topic, where)))
    signals = []
    for i, g in enumerate(r.items(obj, "signals", path)):
        day, topic = r.pair(g, f"{path}.signals[{i}]", "date")
        where = f"{path}.signals[{i}]"
        signals.append((r.date_value(day, where), r.topic(topic, where)))
    feedback = r.integer(obj, "feedback", path, 10)
    if feedback == 0:
        r.fail(f"{path}.feedback", "a mark runs from 1 to 10")
    client = r.opt_text(obj, "client", path)
    if client is not None and not ID_RE.match(client):
        r.fail(f"{path}.client", "expected the digest of a client reference (hex digits)")
    return Registration(
        uid=r.uid(obj, path),
        opened=r.required_day(obj, "opened", path),
        closed=r.day(obj, "closed", path),
        result=_value(r.enum(obj, "result", path, CaseResult)),
        client_role=r.required_enum(obj, "client_role", path, ClientRole).value,
        age_band=_value(r.enum(obj, "age_band", path, AgeBand)),
        organisation_kind=r.required_enum(obj, "organisation_kind", path, OrganisationKind).value,
        organisation_name=r.text(obj, "organisation_name", path),
        regime=r.required_enum(obj, "regime", path, Regime).value,
        topics=tuple(r.values(obj, "topics", path, Topic)),
        goals=tuple(r.values(obj, "goals", path, Goal)),
        support=tuple(r.values(obj, "support", path, Support)),
        verdicts=tuple(r.values(obj, "verdicts", path, Verdict)),
        steps=tuple(steps),
        contacts=r.count(obj, "contacts", path),
        minutes=r.count(obj, "minutes", path),
        unsafe_signal=r.boolean(obj, "unsafe_signal", path),
        activity=activity,
        client=client,
        municipality=r.text(obj, "municipality", path),
        questions=tuple(questions),
        signals=tuple(signals),
        feedback=feedback,
    )


def _value(member: StrEnum | None) -> str | None:
    return member.value if member is not None else None


def _signal(r: _Reader, path: str, raw: Any) -> Signal:
    obj = r.obj(raw, path, SIGNAL_KEYS)
    return Signal(
        uid=r.uid(obj, path),
        date=r.required_day(obj, "date", path),
        topic=r.enum(obj, "topic", path, Topic),
        organisation_kind=r.enum(obj, "organisation_kind", path, OrganisationKind),
        municipality=r.text(obj, "municipality", path),
    )


def _activity(r: _Reader, path: str, raw: Any) -> Activity:
    obj = r.obj(raw, path, ACTIVITY_KEYS)
    return Activity(
        uid=r.uid(obj, path),
        date=r.required_day(obj, "date", path),
        kind=r.required_enum(obj, "kind", path, ActivityKind),
        minutes=r.count(obj, "minutes", path),
        participants=r.integer(obj, "participants", path, MAX_COUNT),
        municipality=r.text(obj, "municipality", path),
    )


def load_registrations(data: bytes, source: str) -> RegistrationSet:
    """One file, fully checked (format, checksum, every record); InputError naming the file."""
    r = _Reader(source)
    doc = r.obj(load_json(data, r), "", TOP_KEYS)
    if doc.get("format") != FORMAT:
        r.fail("format", f'not a Vertrouwen registrations file (format must be "{FORMAT}")')
    if doc.get("version") != VERSION or isinstance(doc.get("version"), bool):
        r.fail("version", f"this program reads version {VERSION}; update Vertrouwen")
    year = r.integer(doc, "year", "", 9999)
    if year is None or year < 1900:
        r.fail("year", "is required (the year the file was written for)")
    threshold = r.integer(doc, "threshold", "", 100)
    if not threshold:
        r.fail("threshold", "is required (a whole number from 1 to 100)")
    r.required_day(doc, "made", "")
    body = {k: v for k, v in doc.items() if k != "sha256"}
    if doc.get("sha256") != _digest(body):
        r.fail(
            "sha256",
            "the contents do not match their checksum (the file was changed or damaged after"
            " it was written); ask for a new file",
            ErrorCode.REGISTRATIONS_CHANGED,
        )
    found = RegistrationSet(year, threshold, sources=[source])
    found.cases = [_case(r, f"cases[{i}]", v) for i, v in enumerate(r.items(doc, "cases", ""))]
    found.signals = [
        _signal(r, f"signals[{i}]", v) for i, v in enumerate(r.items(doc, "signals", ""))
    ]
    found.activities = [
        _activity(r, f"activities[{i}]", v) for i, v in enumerate(r.items(doc, "activities", ""))
    ]
    return found


def merge(sets: list[RegistrationSet], year: int) -> RegistrationSet:
    """The records of every file for `year`, each record once (by its id).

    A file written for another year is refused (it lacks records `year` needs); so is a record
    that two files give with different contents (an older and a newer file of one advisor: use
    the newer alone). The threshold is the highest of the files: the most careful one wins.
    """
    merged = RegistrationSet(year, max((s.threshold for s in sets), default=1))
    seen: dict[tuple[str, str], tuple[object, str]] = {}
    for s in sets:
        source = s.sources[0] if s.sources else "?"
        if s.year != year:
            raise InputError(
                ErrorCode.REGISTRATIONS_OTHER_YEAR, path=source, found=s.year, year=year
            )
        merged.sources.append(source)
        groups: list[tuple[str, list[Any], list[Any]]] = [
            ("case", s.cases, merged.cases),
            ("signal", s.signals, merged.signals),
            ("activity", s.activities, merged.activities),
        ]
        for kind, records, into in groups:
            for record in records:
                key = (kind, record.uid)
                if key in seen:
                    earlier, where = seen[key]
                    if earlier != record:
                        raise InputError(
                            ErrorCode.REGISTRATIONS_CONFLICT,
                            path=source,
                            kind=kind,
                            uid=record.uid,
                            other=where,
                        )
                    continue
                seen[key] = (record, source)
                into.append(record)
    return merged
