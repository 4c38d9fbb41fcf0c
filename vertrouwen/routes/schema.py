"""Check parsed route TOML and build a `Route`, collecting every problem at once.

Messages are Dutch (advisors edit routes) and name the file, the step, the term and the key,
so a typo in a user-edited route is found without reading code.

The format (`format = 1`); required keys are marked *:
- route: id*, name*, kind (statutory | organisation), default_for (regimes), description,
  [[steps]]*;
- step: id*, name*, handler* (who handles it), advisor* (what the advisor does), source*,
  optional (may be skipped), parallel (beside the route), group (alternatives), requires
  (step ids, any one), preconditions, reason, verified, kinds (organisation kinds the step
  concerns; absent: all), [[steps.terms]];
- term: id*, what*, amount*, unit* (days | working_days | weeks | months | years),
  from* (conduct | step_start | step_end | verdict), of (other step ids it runs from),
  party (client | organisation), statutory (set by law: the Atw applies), verified,
  ends_step (the step's decision term), extension = {amount*, unit*, max_times*, source*,
  note, with_consent (the rule allowing longer with the client's written consent)}, note,
  source*, earliest (count from the earliest `of` step: the safe day), late
  (what the client may do when the term passes unmet), expired (what a passed term means,
  said instead of an alarm).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from vertrouwen.domain.enums import OrganisationKind, Regime, StepId
from vertrouwen.routes.model import (
    Anchor,
    Extension,
    Party,
    Route,
    RouteKind,
    RouteStep,
    Term,
    Unit,
)
from vertrouwen.routes.wording import Problem, Text, dutch, say

FORMAT_VERSION = 1

ROUTE_KEYS = frozenset({"format", "id", "name", "kind", "default_for", "description", "steps"})
STEP_KEYS = frozenset(
    {
        "id",
        "name",
        "handler",
        "advisor",
        "source",
        "optional",
        "parallel",
        "group",
        "requires",
        "preconditions",
        "reason",
        "verified",
        "terms",
        "kinds",
    }
)
TERM_KEYS = frozenset(
    {
        "id",
        "what",
        "amount",
        "unit",
        "from",
        "of",
        "party",
        "statutory",
        "verified",
        "ends_step",
        "extension",
        "note",
        "source",
        "earliest",
        "late",
        "expired",
    }
)
EXTENSION_KEYS = frozenset({"amount", "unit", "max_times", "source", "note", "with_consent"})

_ID = re.compile(r"^[a-z][a-z0-9_]*\Z")
_SOURCE_MISSING = say(Problem.SOURCE_MISSING)
_TYPE_NAMES = {
    str: say(Problem.TYPE_TEXT),
    bool: say(Problem.TYPE_BOOL),
    int: say(Problem.TYPE_INT),
    list: say(Problem.TYPE_LIST),
}
_CONTRACT_STEPS = frozenset(s.value for s in StepId)

E = TypeVar("E", bound=StrEnum)


class _Reader:
    """Typed access to one TOML table; problems go to a shared list, prefixed with the place.
    A problem is a `Problem` code with its arguments (`routes.wording`)."""

    def __init__(self, data: Mapping[str, Any], where: Text, problems: list[Text]) -> None:
        self.data = data
        self.where = where
        self.problems = problems

    def problem(self, message: Text) -> None:
        self.problems.append(say(Problem.AT, self.where, message) if self.where else message)

    def unknown_keys(self, allowed: frozenset[str]) -> None:
        for key in self.data:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1)
            keys = ", ".join(sorted(allowed))
            self.problem(
                say(Problem.UNKNOWN_KEY_HINT, key, close[0], keys)
                if close
                else say(Problem.UNKNOWN_KEY, key, keys)
            )

    def _get(self, key: str, kind: type, required: bool) -> Any:
        if key not in self.data:
            if required:
                missing = say(Problem.KEY_MISSING, key)
                self.problem(_SOURCE_MISSING if key == "source" else missing)
            return None
        value = self.data[key]
        # bool is a subclass of int in Python; TOML keeps them apart, so must we.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(say(Problem.MUST_BE, key, _TYPE_NAMES[kind], repr(value)))
            return None
        return value

    def text(self, key: str, *, required: bool = False) -> str:
        value = self._get(key, str, required)
        if value is not None and required and not value.strip():
            self.problem(_SOURCE_MISSING if key == "source" else say(Problem.EMPTY, key))
        return value.strip() if value is not None else ""

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, bool, False)
        return default if value is None else bool(value)

    def count(self, key: str, *, required: bool = True) -> int:
        value = self._get(key, int, required)
        if value is None:
            return 0
        if value < 1:
            self.problem(say(Problem.AT_LEAST_ONE, key, value))
        return int(value)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, list, False)
        if value is None:
            return ()
        if not all(isinstance(v, str) for v in value):
            self.problem(say(Problem.LIST_OF_TEXT, key))
            return ()
        return tuple(v.strip() for v in value)

    def choice(
        self, key: str, enum: type[E], *, required: bool, label: Problem = Problem.UNKNOWN_VALUE
    ) -> E | None:
        value = self._get(key, str, required)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.problem(say(label, value, key, allowed))
            return None

    def ident(self, key: str) -> str:
        value = self.text(key, required=True)
        if value and not _ID.match(value):
            self.problem(say(Problem.BAD_ID, key, value))
        return value

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(say(Problem.TABLES, key))
            return []
        return value


def build_route(data: Mapping[str, Any], origin: Text, problems: list[Text]) -> Route | None:
    """Build a route from parsed TOML; append problems (prefixed with `origin`) and return None
    when there are any."""
    found: list[Text] = []
    top = _Reader(data, "", found)
    top.unknown_keys(ROUTE_KEYS)
    version = data.get("format", FORMAT_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        top.problem(say(Problem.FORMAT_NEWER, version, FORMAT_VERSION))
    elif version != FORMAT_VERSION:
        top.problem(say(Problem.FORMAT_WRONG, FORMAT_VERSION, repr(version)))
    route_id = top.ident("id")
    name = top.text("name", required=True)
    kind = top.choice("kind", RouteKind, required=False) or RouteKind.STATUTORY
    defaults: list[Regime] = []
    for value in top.texts("default_for"):
        try:
            defaults.append(Regime(value))
        except ValueError:
            allowed = ", ".join(r.value for r in Regime)
            top.problem(say(Problem.UNKNOWN_REGIME, value, allowed))
    if defaults and kind is RouteKind.ORGANISATION:
        top.problem(say(Problem.ORGANISATION_NOT_DEFAULT))
    tables: list[Mapping[str, Any]] = []
    if "steps" not in data:
        top.problem(say(Problem.STEPS_MISSING))
    else:
        tables = top.tables("steps")
        if not tables and isinstance(data["steps"], list):
            top.problem(say(Problem.NO_STEPS))
    steps = [_build_step(t, n, found) for n, t in enumerate(tables, start=1)]
    _check_references(steps, found)
    problems.extend(say(Problem.AT, origin, p) for p in found)
    if found:
        return None
    return Route(
        id=route_id,
        name=name,
        kind=kind,
        steps=tuple(steps),
        default_for=tuple(defaults),
        description=top.text("description"),
        origin=dutch(origin),
    )


def _build_step(data: Mapping[str, Any], number: int, problems: list[Text]) -> RouteStep:
    raw_id = data.get("id")
    where = (
        say(Problem.STEP_ID, raw_id)
        if isinstance(raw_id, str) and raw_id
        else say(Problem.STEP_NUMBER, number)
    )
    r = _Reader(data, where, problems)
    r.unknown_keys(STEP_KEYS)
    step_id = r.ident("id")
    group = r.text("group") or None
    terms = [_build_term(t, where, n, problems) for n, t in enumerate(r.tables("terms"), 1)]
    seen: set[str] = set()
    for term in terms:
        if term.id in seen:
            r.problem(say(Problem.TERM_ID_TWICE, term.id))
        seen.add(term.id)
    kinds: list[OrganisationKind] = []
    for value in r.texts("kinds"):
        try:
            kinds.append(OrganisationKind(value))
        except ValueError:
            allowed = ", ".join(k.value for k in OrganisationKind)
            r.problem(say(Problem.UNKNOWN_KIND, value, allowed))
    return RouteStep(
        id=step_id,
        name=r.text("name", required=True),
        handler=r.text("handler", required=True),
        advisor=r.text("advisor", required=True),
        source=r.text("source", required=True),
        optional=r.flag("optional", False),
        parallel=r.flag("parallel", False),
        group=group,
        requires=r.texts("requires"),
        preconditions=r.texts("preconditions"),
        reason=r.text("reason"),
        verified=r.flag("verified", True),
        terms=tuple(terms),
        kinds=tuple(kinds),
    )


def _build_term(data: Mapping[str, Any], step: Text, number: int, problems: list[Text]) -> Term:
    raw_id = data.get("id")
    where = (
        say(Problem.TERM_ID, step, raw_id)
        if isinstance(raw_id, str) and raw_id
        else say(Problem.TERM_NUMBER, step, number)
    )
    r = _Reader(data, where, problems)
    r.unknown_keys(TERM_KEYS)
    anchor = (
        r.choice("from", Anchor, required=True, label=Problem.UNKNOWN_ANCHOR) or Anchor.STEP_START
    )
    of = r.texts("of")
    if of and anchor is Anchor.CONDUCT:
        r.problem(say(Problem.OF_WITH_CONDUCT))
    extension = None
    if "extension" in data:
        raw = data["extension"]
        if isinstance(raw, dict):
            extension = _build_extension(_Reader(raw, say(Problem.EXTENSION, where), problems))
        else:
            r.problem(say(Problem.EXTENSION_TABLE))
    term = Term(
        id=r.ident("id"),
        what=r.text("what", required=True),
        amount=r.count("amount"),
        unit=r.choice("unit", Unit, required=True, label=Problem.UNKNOWN_UNIT) or Unit.DAYS,
        anchor=anchor,
        source=r.text("source", required=True),
        of=of,
        party=r.choice("party", Party, required=False) or Party.ORGANISATION,
        statutory=r.flag("statutory", False),
        verified=r.flag("verified", True),
        ends_step=r.flag("ends_step", False),
        extension=extension,
        note=r.text("note"),
        earliest=r.flag("earliest", False),
        late=r.text("late"),
        expired=r.text("expired"),
    )
    if term.earliest and not of:
        r.problem(say(Problem.EARLIEST_WITHOUT_OF))
    if extension is not None and term.anchor is not Anchor.STEP_START:
        r.problem(say(Problem.EXTENSION_ANCHOR))
    return term


def _build_extension(r: _Reader) -> Extension:
    r.unknown_keys(EXTENSION_KEYS)
    return Extension(
        amount=r.count("amount"),
        unit=r.choice("unit", Unit, required=True, label=Problem.UNKNOWN_UNIT) or Unit.WEEKS,
        max_times=r.count("max_times"),
        source=r.text("source", required=True),
        note=r.text("note"),
        with_consent=r.text("with_consent"),
    )


def _check_references(steps: list[RouteStep], problems: list[Text]) -> None:
    ids = [s.id for s in steps if s.id]
    for step_id in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(say(Problem.STEP_ID_TWICE, step_id))
    known = set(ids)
    for step in steps:
        at_step = say(Problem.STEP_ID, step.id)
        for ref in step.requires:
            if ref not in known:
                problems.append(say(Problem.AT, at_step, say(Problem.REQUIRES_UNKNOWN, ref)))
        for term in step.terms:
            at_term = say(Problem.TERM_ID, at_step, term.id)
            for ref in term.of:
                if ref == step.id:
                    problems.append(say(Problem.AT, at_term, say(Problem.OF_OWN_STEP)))
                elif ref not in known and ref not in _CONTRACT_STEPS:
                    problems.append(say(Problem.AT, at_term, say(Problem.OF_UNKNOWN, ref)))
