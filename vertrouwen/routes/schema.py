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
_SOURCE_HINT = 'elke termijn noemt de regel waar hij uit komt, bv. source = "Awb art. 9:11 lid 1"'
_SOURCE_MISSING = f"bron ontbreekt (sleutel 'source'): {_SOURCE_HINT}"
_TYPE_NAMES = {str: "tekst", bool: "true of false", int: "een geheel getal", list: "een lijst"}
_CONTRACT_STEPS = frozenset(s.value for s in StepId)

E = TypeVar("E", bound=StrEnum)


class _Reader:
    """Typed access to one TOML table; problems go to a shared list, prefixed with the place."""

    def __init__(self, data: Mapping[str, Any], where: str, problems: list[str]) -> None:
        self.data = data
        self.where = where
        self.problems = problems

    def problem(self, message: str) -> None:
        self.problems.append(f"{self.where}: {message}" if self.where else message)

    def unknown_keys(self, allowed: frozenset[str]) -> None:
        for key in self.data:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f" (bedoelt u '{close[0]}'?)" if close else ""
            self.problem(
                f"onbekende sleutel '{key}'{hint}; toegestaan: {', '.join(sorted(allowed))}"
            )

    def _get(self, key: str, kind: type, required: bool) -> Any:
        if key not in self.data:
            if required:
                self.problem(_SOURCE_MISSING if key == "source" else f"sleutel '{key}' ontbreekt")
            return None
        value = self.data[key]
        # bool is a subclass of int in Python; TOML keeps them apart, so must we.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(f"'{key}' moet {_TYPE_NAMES[kind]} zijn, niet {value!r}")
            return None
        return value

    def text(self, key: str, *, required: bool = False) -> str:
        value = self._get(key, str, required)
        if value is not None and required and not value.strip():
            self.problem(_SOURCE_MISSING if key == "source" else f"'{key}' is leeg")
        return value.strip() if value is not None else ""

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, bool, False)
        return default if value is None else bool(value)

    def count(self, key: str, *, required: bool = True) -> int:
        value = self._get(key, int, required)
        if value is None:
            return 0
        if value < 1:
            self.problem(f"'{key}' moet minstens 1 zijn, niet {value}")
        return int(value)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, list, False)
        if value is None:
            return ()
        if not all(isinstance(v, str) for v in value):
            self.problem(f"'{key}' moet een lijst met tekst zijn")
            return ()
        return tuple(v.strip() for v in value)

    def choice(
        self, key: str, enum: type[E], *, required: bool, label: str = "onbekende waarde"
    ) -> E | None:
        value = self._get(key, str, required)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.problem(f"{label} '{value}' bij '{key}'; kies uit: {allowed}")
            return None

    def ident(self, key: str) -> str:
        value = self.text(key, required=True)
        if value and not _ID.match(value):
            self.problem(
                f"{key} = '{value}' is geen geldige id: gebruik kleine letters, cijfers en _, "
                "beginnend met een letter"
            )
        return value

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(f"'{key}' moet een lijst van tabellen zijn ([[{key}]])")
            return []
        return value


def build_route(data: Mapping[str, Any], origin: str, problems: list[str]) -> Route | None:
    """Build a route from parsed TOML; append problems (prefixed with `origin`) and return None
    when there are any."""
    found: list[str] = []
    top = _Reader(data, "", found)
    top.unknown_keys(ROUTE_KEYS)
    version = data.get("format", FORMAT_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        top.problem(f"format = {version} is nieuwer dan dit programma kent ({FORMAT_VERSION})")
    elif version != FORMAT_VERSION:
        top.problem(f"format moet {FORMAT_VERSION} zijn, niet {version!r}")
    route_id = top.ident("id")
    name = top.text("name", required=True)
    kind = top.choice("kind", RouteKind, required=False) or RouteKind.STATUTORY
    defaults: list[Regime] = []
    for value in top.texts("default_for"):
        try:
            defaults.append(Regime(value))
        except ValueError:
            allowed = ", ".join(r.value for r in Regime)
            top.problem(f"onbekend regime '{value}' bij 'default_for'; kies uit: {allowed}")
    if defaults and kind is RouteKind.ORGANISATION:
        top.problem("een route van één organisatie (kind = 'organisation') is geen standaardroute")
    tables: list[Mapping[str, Any]] = []
    if "steps" not in data:
        top.problem("sleutel 'steps' ontbreekt: een route heeft minstens één [[steps]]")
    else:
        tables = top.tables("steps")
        if not tables and isinstance(data["steps"], list):
            top.problem("de route heeft geen stappen ([[steps]])")
    steps = [_build_step(t, n, found) for n, t in enumerate(tables, start=1)]
    _check_references(steps, found)
    problems.extend(f"{origin}: {p}" for p in found)
    if found:
        return None
    return Route(
        id=route_id,
        name=name,
        kind=kind,
        steps=tuple(steps),
        default_for=tuple(defaults),
        description=top.text("description"),
        origin=origin,
    )


def _build_step(data: Mapping[str, Any], number: int, problems: list[str]) -> RouteStep:
    raw_id = data.get("id")
    where = f"stap '{raw_id}'" if isinstance(raw_id, str) and raw_id else f"stap {number}"
    r = _Reader(data, where, problems)
    r.unknown_keys(STEP_KEYS)
    step_id = r.ident("id")
    group = r.text("group") or None
    terms = [_build_term(t, where, n, problems) for n, t in enumerate(r.tables("terms"), 1)]
    seen: set[str] = set()
    for term in terms:
        if term.id in seen:
            r.problem(f"termijn-id '{term.id}' komt twee keer voor")
        seen.add(term.id)
    kinds: list[OrganisationKind] = []
    for value in r.texts("kinds"):
        try:
            kinds.append(OrganisationKind(value))
        except ValueError:
            allowed = ", ".join(k.value for k in OrganisationKind)
            r.problem(f"onbekende organisatiesoort '{value}' bij 'kinds'; kies uit: {allowed}")
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


def _build_term(data: Mapping[str, Any], step: str, number: int, problems: list[str]) -> Term:
    raw_id = data.get("id")
    label = f"'{raw_id}'" if isinstance(raw_id, str) and raw_id else str(number)
    where = f"{step}, termijn {label}"
    r = _Reader(data, where, problems)
    r.unknown_keys(TERM_KEYS)
    anchor = (
        r.choice("from", Anchor, required=True, label="onbekend beginpunt") or Anchor.STEP_START
    )
    of = r.texts("of")
    if of and anchor is Anchor.CONDUCT:
        r.problem("'of' past niet bij from = 'conduct' (de gedraging hoort bij geen stap)")
    extension = None
    if "extension" in data:
        raw = data["extension"]
        if isinstance(raw, dict):
            extension = _build_extension(_Reader(raw, f"{where}, extension", problems))
        else:
            r.problem("'extension' moet een tabel zijn: extension = { amount = 4, ... }")
    term = Term(
        id=r.ident("id"),
        what=r.text("what", required=True),
        amount=r.count("amount"),
        unit=r.choice("unit", Unit, required=True, label="onbekende eenheid") or Unit.DAYS,
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
        r.problem("'earliest' past alleen bij een termijn met 'of' (andere stappen)")
    if extension is not None and term.anchor is not Anchor.STEP_START:
        r.problem("een verlenging (extension) kan alleen bij een termijn met from = 'step_start'")
    return term


def _build_extension(r: _Reader) -> Extension:
    r.unknown_keys(EXTENSION_KEYS)
    return Extension(
        amount=r.count("amount"),
        unit=r.choice("unit", Unit, required=True, label="onbekende eenheid") or Unit.WEEKS,
        max_times=r.count("max_times"),
        source=r.text("source", required=True),
        note=r.text("note"),
        with_consent=r.text("with_consent"),
    )


def _check_references(steps: list[RouteStep], problems: list[str]) -> None:
    ids = [s.id for s in steps if s.id]
    for step_id in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"stap-id '{step_id}' komt meer dan één keer voor")
    known = set(ids)
    for step in steps:
        for ref in step.requires:
            if ref not in known:
                problems.append(f"stap '{step.id}': 'requires' noemt onbekende stap '{ref}'")
        for term in step.terms:
            for ref in term.of:
                if ref == step.id:
                    problems.append(
                        f"stap '{step.id}', termijn '{term.id}': 'of' noemt de eigen stap; "
                        "laat 'of' dan weg"
                    )
                elif ref not in known and ref not in _CONTRACT_STEPS:
                    problems.append(
                        f"stap '{step.id}', termijn '{term.id}': 'of' noemt onbekende stap "
                        f"'{ref}' (niet in deze route en geen standaardstap)"
                    )
