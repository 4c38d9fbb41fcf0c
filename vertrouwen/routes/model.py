"""A complaint route as frozen data: the route, its steps and the terms that run in them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vertrouwen.domain.enums import OrganisationKind, Regime


class Unit(StrEnum):
    DAYS = "days"
    WORKING_DAYS = "working_days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


class Anchor(StrEnum):
    """The event a term runs from."""

    CONDUCT = "conduct"  # the conduct complained about (Case.incident_date)
    STEP_START = "step_start"  # the step was started: the complaint was filed
    STEP_END = "step_end"  # the step ended
    VERDICT = "verdict"  # the step ended with a verdict or decision (same date as step_end)


class Party(StrEnum):
    """Who has to act before the term ends."""

    CLIENT = "client"
    ORGANISATION = "organisation"


class RouteKind(StrEnum):
    STATUTORY = "statutory"  # follows a law; may be a regime's default
    ORGANISATION = "organisation"  # one organisation's own regulation


class Phase(StrEnum):
    """When a term matters, relative to its own step."""

    FILING = "filing"  # before the step: the client must start it in time
    RUNNING = "running"  # while the step runs: usually the organisation's decision term
    AFTER = "after"  # after the step ended: e.g. the provider's answer to a verdict


@dataclass(frozen=True)
class Extension:
    """How far a term may be postponed (verdaging): `amount` `unit`, at most `max_times` times.

    `with_consent` names the rule that allows a longer postponement when the client agrees in
    writing (Awb art. 9:11 lid 3); empty when no rule does."""

    amount: int
    unit: Unit
    max_times: int
    source: str
    note: str = ""
    with_consent: str = ""


@dataclass(frozen=True)
class Term:
    """One deadline inside a step; `source` names the rule it comes from.

    `of` names other steps whose start or end the term runs from (the latest one recorded);
    empty means the term's own step. `statutory` marks a term set by a formal law or AMvB, the
    only kind the Algemene termijnenwet extends. `verified` is false for facts not yet read
    from the rule's text.
    """

    id: str
    what: str
    amount: int
    unit: Unit
    anchor: Anchor
    source: str
    of: tuple[str, ...] = ()
    party: Party = Party.ORGANISATION
    statutory: bool = False
    verified: bool = True
    ends_step: bool = False  # the step's outcome is due by this term (a decision term)
    extension: Extension | None = None
    note: str = ""
    # `of` steps: count from the earliest recorded one (the safe day) instead of the latest
    earliest: bool = False
    late: str = ""  # what the client may do when this (organisation's) term passes unmet
    expired: str = ""  # what it means once passed, said instead of an alarm (good news)

    @property
    def phase(self) -> Phase:
        if self.anchor is Anchor.CONDUCT or self.of:
            return Phase.FILING
        if self.anchor is Anchor.STEP_START:
            return Phase.RUNNING
        return Phase.AFTER


@dataclass(frozen=True)
class RouteStep:
    """One stage of a route: who handles it, what the advisor does, its terms."""

    id: str
    name: str
    handler: str
    advisor: str
    source: str
    optional: bool = False  # may be skipped on the way to a later step
    parallel: bool = False  # stands beside the route (e.g. tuchtrecht), not in its order
    group: str | None = None  # steps sharing a group are alternatives: one of them is taken
    requires: tuple[str, ...] = ()  # usually taken only after one of these steps
    preconditions: tuple[str, ...] = ()
    reason: str = ""  # why an advisor would suggest this step (Dutch)
    verified: bool = True
    terms: tuple[Term, ...] = ()
    kinds: tuple[OrganisationKind, ...] = ()  # only for these organisation kinds (empty: all)

    def applies_to(self, kind: OrganisationKind) -> bool:
        """Whether this step (and its terms) concerns an organisation of `kind`."""
        return not self.kinds or kind in self.kinds


@dataclass(frozen=True)
class Route:
    """An ordered complaint route; `origin` says where it was read from (for messages)."""

    id: str
    name: str
    kind: RouteKind
    steps: tuple[RouteStep, ...]
    default_for: tuple[Regime, ...] = ()
    description: str = ""
    origin: str = ""

    def step(self, step_id: str) -> RouteStep | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def index(self, step_id: str) -> int | None:
        return next((i for i, s in enumerate(self.steps) if s.id == step_id), None)
