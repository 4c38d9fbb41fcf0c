"""Advice for one case: the next sensible steps, the terms that run, and warnings.

It is advice: a step the advisor recorded is never refused; an unusual order at most earns a
warning. The JSON shape is the contract's (`vertrouwen advice CODE --json`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from vertrouwen.domain.enums import OrganisationKind, Owner, Regime, StepOutcome, Topic
from vertrouwen.domain.model import Case, Step
from vertrouwen.routes.deadlines import (
    SETTLED,
    Deadline,
    Position,
    allowed_weeks,
    deadline_warnings_said,
    decision_due,
    position_of,
    running_deadlines,
    source_said,
    term_due,
    who_said,
)
from vertrouwen.routes.loader import builtin_routes, default_route
from vertrouwen.routes.model import Anchor, Party, Phase, Route, RouteStep, Term
from vertrouwen.routes.terms import DEFAULT_CALENDAR, Calendar
from vertrouwen.routes.wording import Day, Say, Text, dutch, say, words

_OWNERS = {
    Owner.CLIENT: say(Say.OWNER_CLIENT),
    Owner.ADVISOR: say(Say.OWNER_ADVISOR),
    Owner.ORGANISATION: say(Say.OWNER_ORGANISATION),
    Owner.OTHER: say(Say.OWNER_OTHER),
}

_ADVISOR = say(Say.ADVISOR_ACTS)  # who acts on a warning about the file itself

_UNITS = {
    "days": Say.DAYS,
    "working_days": Say.WORKING_DAYS,
    "weeks": Say.WEEKS,
    "months": Say.MONTHS,
    "years": Say.YEARS,
}


@dataclass(frozen=True)
class NextStep:
    """A step worth taking next, with why and the rule it rests on (in Dutch, and as codes
    with arguments in `reason_said` and `source_said`, see `vertrouwen.routes.wording`)."""

    step: str
    name: str
    reason: str
    source: str
    reason_said: Text = ""
    source_said: Text = ""

    def to_json(self) -> dict[str, str]:
        return {"step": self.step, "reason": self.reason, "source": self.source}


@dataclass(frozen=True)
class Advice:
    """Next steps, deadlines (in date order) and warnings for one case on one day.

    The warnings are codes with arguments (`said`); `warnings` is their Dutch."""

    route: str | None
    next: tuple[NextStep, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    said: tuple[Text, ...] = ()
    # those of the warnings that are good news for the client (a passed term of the
    # organisation's that now works in the client's favour): a screen need not alarm
    good_said: tuple[Text, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(dutch(w) for w in self.said)

    @property
    def good_news(self) -> tuple[str, ...]:
        return tuple(dutch(w) for w in self.good_said)

    def to_json(self) -> dict[str, Any]:
        """Exactly the contract's shape: next, deadlines, warnings."""
        return {
            "next": [n.to_json() for n in self.next],
            "deadlines": [d.to_json() for d in self.deadlines],
            "warnings": list(self.warnings),
        }


def _decision_term(step: RouteStep) -> Term | None:
    """The step's own decision term (the outcome is due by it), if it has one."""
    return next((t for t in step.terms if t.ends_step and t.phase is Phase.RUNNING), None)


def _context(pos: Position, today: date, calendar: Calendar) -> Text | None:
    """Why (or when) the route moves on: "" before any step, None when it does not (settled)."""
    cur = pos.current
    if cur is None:
        return ""
    step = pos.route.steps[pos.index]
    name = step.name
    if cur.ended is None:
        due = decision_due(step, cur, calendar)
        if due is not None and due < today:
            term = _decision_term(step)
            late = term.late if term is not None else ""
            return words(say(Say.TERM_PASSED_NO_OUTCOME, name, Day(due)), late)
        # While a step runs, the next step is what comes if it does not resolve the complaint.
        if due is not None:
            return say(Say.RUNNING_DUE, name, Day(due))
        return say(Say.RUNNING, name)
    if cur.outcome in SETTLED:
        return None
    if cur.outcome is StepOutcome.NOT_RESOLVED:
        return say(Say.NOT_RESOLVED, name)
    if cur.outcome is StepOutcome.PARTLY_RESOLVED:
        return say(Say.PARTLY_RESOLVED, name)
    if cur.outcome is StepOutcome.REFERRED:
        return say(Say.REFERRED, name)
    return say(Say.ENDED_NO_OUTCOME, name)


def _reason(lead: Text, step: RouteStep, skipped: list[RouteStep]) -> Text:
    """The reason for a next step; `skipped` are the optional steps it may pass by."""
    parts: list[Text] = [lead, step.reason]
    if skipped:
        names = words(*(s.name for s in skipped), sep=", ", quoted=True)
        parts.append(say(Say.NOT_REQUIRED_BEFORE, names))
    elif step.optional:
        parts.append(say(Say.OPTIONAL))
    if step.preconditions:
        parts.append(say(Say.CONDITIONS, words(*step.preconditions, sep="; ")))
    text = words(*parts)
    return text if text.parts else say(Say.HANDLED_BY, step.handler)


def _next_steps(case: Case, pos: Position, today: date, calendar: Calendar) -> list[NextStep]:
    route = pos.route
    kind = case.organisation.kind
    context = _context(pos, today, calendar)
    out: list[NextStep] = []
    if context is not None:
        candidates: list[RouteStep] = []
        for i, step in enumerate(route.steps):
            if i <= pos.index or step.parallel or step.id in pos.latest or pos.group_taken(step):
                continue
            if not step.applies_to(kind):
                continue
            candidates.append(step)
            if not step.optional:
                # the first required step ends the walk, together with its alternatives
                candidates += [
                    s
                    for s in route.steps[i + 1 :]
                    if step.group
                    and s.group == step.group
                    and s.id not in pos.latest
                    and s.applies_to(kind)
                ]
                break
        passed: list[RouteStep] = []
        for step in candidates:
            skipped = list(passed) if not step.optional else []
            out.append(_next(step, _reason(context, step, skipped)))
            if step.optional:
                passed.append(step)
    cur = pos.current
    in_dispute = cur is not None and not pos.settled
    for step in route.steps:
        if not step.parallel or step.id in pos.latest or not step.applies_to(kind):
            continue
        if step.requires:
            ready = any(
                pos.latest[r].ended is not None and pos.latest[r].outcome not in SETTLED
                for r in step.requires
                if r in pos.latest
            )
        else:
            # a step meant for this kind of organisation is worth knowing from the start
            ready = in_dispute or (bool(step.kinds) and not pos.settled)
        if ready:
            out.append(_next(step, _reason(say(Say.BESIDE_ROUTE), step, [])))
    return out


def _next(step: RouteStep, reason: Text) -> NextStep:
    source = source_said(step.source, step.verified)
    return NextStep(step.id, step.name, dutch(reason), dutch(source), reason, source)


def _step_warnings(case: Case, pos: Position, calendar: Calendar) -> list[Text]:
    route = pos.route
    out: list[Text] = []
    for rec_id, rec in pos.latest.items():
        step = route.step(rec_id)
        if step is None:
            out.append(words(say(Say.UNKNOWN_STEP, rec_id, route.name), _ADVISOR))
            continue
        if step.requires and not any(r in pos.latest for r in step.requires):
            names = words(
                *(s.name for r in step.requires if (s := route.step(r)) is not None),
                sep=Say.OR,
                quoted=True,
            )
            out.append(words(say(Say.USUALLY_AFTER, step.name, names), _ADVISOR))
        if rec.extension_weeks > 0:
            out.extend(_extension_warning(step, rec, calendar))
        out.extend(_late_filing(case, step, rec, calendar))
    return out


def _extension_warning(step: RouteStep, rec: Step, calendar: Calendar) -> list[Text]:
    """A recorded postponement the rule does not allow: the legal day stays the deadline, the
    announced day is said apart, with what a late answer lets the client do."""
    term = next((t for t in step.terms if t.extension is not None), None)
    if term is None or term.extension is None:
        return [say(Say.EXTENSION_NOT_IN_ROUTE, step.name, rec.extension_weeks)]
    ext = term.extension
    if rec.started is None or rec.extension_weeks <= allowed_weeks(ext):
        return []
    if rec.extension_agreed and ext.with_consent:
        return []  # lawful: the client agreed in writing (Awb art. 9:11 lid 3)
    found = term_due(term, rec.started, rec.extension_weeks, calendar)
    allowed = say(Say.AMOUNT, ext.amount * ext.max_times, say(_UNITS[ext.unit]))
    parts: list[Text] = [
        say(Say.EXTENSION_TOO_LONG, rec.extension_weeks, step.name, ext.source, allowed)
    ]
    if found.announced is not None:
        parts.append(say(Say.ANNOUNCED, Day(found.due), Day(found.announced)))
    parts += [ext.note, term.late, who_said(term.party)]
    return [words(*parts)]


def _late_filing(case: Case, step: RouteStep, rec: Step, calendar: Calendar) -> list[Text]:
    """A step started after its own filing term from the conduct had ended (Awb 9:8 lid 1
    sub b and the like): said also once the step runs, when the term itself is no longer shown."""
    if (
        rec.started is None
        or case.incident_date is None
        or not step.applies_to(case.organisation.kind)
    ):
        return []
    out: list[Text] = []
    for term in step.terms:
        if term.anchor is not Anchor.CONDUCT:
            continue
        due = term_due(term, case.incident_date, 0, calendar).due
        if rec.started <= due:
            continue
        source = source_said(term.source, term.verified)
        started = say(Say.LATE_START, step.name, Day(rec.started), Day(due), term.what, source)
        out.append(words(started, term.note, who_said(Party.ORGANISATION)))
    return out


def _action_warnings(case: Case, today: date) -> list[Text]:
    return [
        say(Say.ACTION_OVERDUE, Day(a.due), _OWNERS[a.owner], a.description)
        for a in sorted(case.actions, key=lambda a: a.due or today)
        if not a.done and a.due is not None and a.due < today
    ]


def _hints(case: Case) -> list[Text]:
    municipal = case.organisation.kind in (OrganisationKind.GEMEENTE, OrganisationKind.WIJKTEAM)
    # Veilig Thuis takes no decisions open to bezwaar (no beschikkingen): no such hint there.
    veilig_thuis = case.organisation.kind is OrganisationKind.VEILIG_THUIS
    if (
        Topic.DECISION in case.topics
        and (case.regime is Regime.WMO or municipal)
        and not veilig_thuis
    ):
        return [words(say(Say.DECISION_HINT), say(Say.CLIENT_ACTS))]
    return []


def _expired(deadlines: list[Deadline], today: date) -> list[Deadline]:
    """Passed terms whose passing is news, not an alarm (`Term.expired`)."""
    return [d for d in deadlines if d.expired and d.due < today]


def _expired_text(d: Deadline) -> Text:
    return words(say(Say.EXPIRED, Day(d.due), d.said_what, d.said_source), d.expired)


_VT_REGIME = say(Say.VT_REGIME)


def _pick_route(case: Case, pool: Mapping[str, Route], warnings: list[Text]) -> Route | None:
    if case.route:
        route = pool.get(case.route)
        if route is not None:
            youth = default_route(Regime.JEUGDWET, pool)
            if _veilig_thuis_under_jeugdwet(case) and youth is not None and route.id == youth.id:
                awb = default_route(Regime.WMO, pool)
                choose = (
                    say(Say.CHOOSE_ROUTE, awb.name) if awb is not None else say(Say.CHOOSE_A_ROUTE)
                )
                warnings.append(words(_VT_REGIME, choose, _ADVISOR))
            return route
    if not case.route and _veilig_thuis_under_jeugdwet(case):
        awb = default_route(Regime.WMO, pool)
        if awb is not None:
            warnings.append(words(_VT_REGIME, say(Say.FOLLOWS_ROUTE, awb.name), _ADVISOR))
            return awb
    fallback = default_route(case.regime, pool)
    if case.route:
        unknown = (
            say(Say.UNKNOWN_ROUTE_DEFAULT, case.route, fallback.name)
            if fallback
            else say(Say.UNKNOWN_ROUTE_NONE, case.route)
        )
        warnings.append(words(unknown, _ADVISOR))
    elif fallback is None:
        warnings.append(words(say(Say.NO_DEFAULT_ROUTE, f"{case.regime}"), _ADVISOR))
    return fallback


def _veilig_thuis_under_jeugdwet(case: Case) -> bool:
    return case.organisation.kind is OrganisationKind.VEILIG_THUIS and (
        case.regime is Regime.JEUGDWET
    )


def advise(
    case: Case,
    today: date,
    routes: dict[str, Route] | None = None,
    warn_days: int = 31,
    calendar: Calendar = DEFAULT_CALENDAR,
) -> Advice:
    """Next steps, running deadlines and warnings for `case` on `today`.

    Uses `case.route`, else the default route of the case's regime. A closed case gets none.
    """
    if not case.is_open:
        return Advice(case.route)
    pool = builtin_routes() if routes is None else routes
    warnings: list[Text] = []
    route = _pick_route(case, pool, warnings)
    if route is None:
        return Advice(None, said=tuple(warnings + _action_warnings(case, today)))
    pos = position_of(case, route)
    deadlines, missing = running_deadlines(case, pos, today, warn_days, calendar)
    expired = _expired(deadlines, today)
    deadlines = [d for d in deadlines if d not in expired]
    warnings += _step_warnings(case, pos, calendar)
    if missing:
        missed = say(Say.CONDUCT_DATE_MISSING, words(*missing, sep="; "))
        warnings.append(words(missed, _ADVISOR))
    warnings += deadline_warnings_said(deadlines, today, warn_days)
    good_news = [_expired_text(d) for d in expired]
    warnings += good_news
    warnings += _action_warnings(case, today)
    warnings += _hints(case)
    return Advice(
        route.id,
        tuple(_next_steps(case, pos, today, calendar)),
        tuple(deadlines),
        tuple(warnings),
        tuple(good_news),
    )
