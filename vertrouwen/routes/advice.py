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
    deadline_warnings,
    decision_due,
    nl_date,
    position_of,
    running_deadlines,
    source_label,
    term_due,
    who_acts,
)
from vertrouwen.routes.loader import builtin_routes, default_route
from vertrouwen.routes.model import Anchor, Party, Phase, Route, RouteStep, Term
from vertrouwen.routes.terms import DEFAULT_CALENDAR, Calendar

_OWNERS = {
    Owner.CLIENT: "cliënt",
    Owner.ADVISOR: "vertrouwenspersoon",
    Owner.ORGANISATION: "organisatie",
    Owner.OTHER: "ander",
}

_ADVISOR = "Aan zet: de vertrouwenspersoon."  # who acts on a warning about the file itself

_UNIT_NL = {
    "days": "dagen",
    "working_days": "werkdagen",
    "weeks": "weken",
    "months": "maanden",
    "years": "jaar",
}


@dataclass(frozen=True)
class NextStep:
    """A step worth taking next, with why and the rule it rests on."""

    step: str
    name: str
    reason: str
    source: str

    def to_json(self) -> dict[str, str]:
        return {"step": self.step, "reason": self.reason, "source": self.source}


@dataclass(frozen=True)
class Advice:
    """Next steps, deadlines (in date order) and warnings for one case on one day."""

    route: str | None
    next: tuple[NextStep, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    warnings: tuple[str, ...] = ()
    # those of the warnings that are good news for the client (a passed term of the
    # organisation's that now works in the client's favour): a screen need not alarm
    good_news: tuple[str, ...] = ()

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


def _context(pos: Position, today: date, calendar: Calendar) -> str | None:
    """Why (or when) the route moves on: "" before any step, None when it does not (settled)."""
    cur = pos.current
    if cur is None:
        return ""
    step = pos.route.steps[pos.index]
    name = step.name
    if cur.ended is None:
        due = decision_due(step, cur, calendar)
        if due is not None and due < today:
            text = f"De termijn voor '{name}' is op {nl_date(due)} verstreken zonder uitkomst."
            term = _decision_term(step)
            return f"{text} {term.late}" if term is not None and term.late else text
        # While a step runs, the next step is what comes if it does not resolve the complaint.
        by = f" (uitkomst uiterlijk {nl_date(due)})" if due is not None else ""
        return f"Loopt nu: '{name}'{by}. Lost dat de klacht niet op, dan volgt:"
    if cur.outcome in SETTLED:
        return None
    if cur.outcome is StepOutcome.NOT_RESOLVED:
        return f"'{name}' heeft de klacht niet opgelost."
    if cur.outcome is StepOutcome.PARTLY_RESOLVED:
        return f"'{name}' heeft de klacht deels opgelost; als de cliënt verder wil:"
    if cur.outcome is StepOutcome.REFERRED:
        return f"Na '{name}' is de cliënt doorverwezen."
    return f"'{name}' is afgerond zonder vastgelegde uitkomst."


def _reason(lead: str, step: RouteStep, skipped: list[RouteStep]) -> str:
    """The reason for a next step; `skipped` are the optional steps it may pass by."""
    parts = [lead, step.reason]
    if skipped:
        names = ", ".join(f"'{s.name}'" for s in skipped)
        parts.append(f"Niet verplicht hiervoor: {names}; de cliënt mag meteen deze stap zetten.")
    elif step.optional:
        parts.append("Deze stap is niet verplicht.")
    if step.preconditions:
        parts.append(f"Voorwaarden: {'; '.join(step.preconditions)}.")
    text = " ".join(p for p in parts if p)
    return text or f"Behandeld door {step.handler}."


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
            out.append(_next(step, _reason("Naast de klachtroute:", step, [])))
    return out


def _next(step: RouteStep, reason: str) -> NextStep:
    return NextStep(step.id, step.name, reason, source_label(step.source, step.verified))


def _step_warnings(case: Case, pos: Position, calendar: Calendar) -> list[str]:
    route = pos.route
    out: list[str] = []
    for rec_id, rec in pos.latest.items():
        step = route.step(rec_id)
        if step is None:
            out.append(
                f"Stap '{rec_id}' staat niet in de route '{route.name}'; "
                f"het advies houdt er geen rekening mee. {_ADVISOR}"
            )
            continue
        if step.requires and not any(r in pos.latest for r in step.requires):
            names = " of ".join(
                f"'{s.name}'" for r in step.requires if (s := route.step(r)) is not None
            )
            out.append(
                f"'{step.name}' komt meestal pas na {names}; die stap is niet vastgelegd. "
                f"{_ADVISOR}"
            )
        if rec.extension_weeks > 0:
            out.extend(_extension_warning(step, rec, calendar))
        out.extend(_late_filing(case, step, rec, calendar))
    return out


def _extension_warning(step: RouteStep, rec: Step, calendar: Calendar) -> list[str]:
    """A recorded postponement the rule does not allow: the legal day stays the deadline, the
    announced day is said apart, with what a late answer lets the client do."""
    term = next((t for t in step.terms if t.extension is not None), None)
    if term is None or term.extension is None:
        return [
            f"Bij '{step.name}' is een verdaging van {rec.extension_weeks} weken vastgelegd, "
            "maar deze route kent daar geen verdaging; de termijn is niet verschoven."
        ]
    ext = term.extension
    if rec.started is None or rec.extension_weeks <= allowed_weeks(ext):
        return []
    if rec.extension_agreed and ext.with_consent:
        return []  # lawful: the client agreed in writing (Awb art. 9:11 lid 3)
    found = term_due(term, rec.started, rec.extension_weeks, calendar)
    allowed_text = f"{ext.amount * ext.max_times} {_UNIT_NL[ext.unit]}"
    parts = [
        f"Verdaging van {rec.extension_weeks} weken bij '{step.name}' is langer dan "
        f"{ext.source} toestaat ({allowed_text}).",
    ]
    if found.announced is not None:
        parts.append(
            f"De termijn eindigt daarom op {nl_date(found.due)}, niet op de aangekondigde "
            f"{nl_date(found.announced)}."
        )
    parts += [ext.note, term.late, who_acts(term.party)]
    return [" ".join(p for p in parts if p)]


def _late_filing(case: Case, step: RouteStep, rec: Step, calendar: Calendar) -> list[str]:
    """A step started after its own filing term from the conduct had ended (Awb 9:8 lid 1
    sub b and the like): said also once the step runs, when the term itself is no longer shown."""
    if (
        rec.started is None
        or case.incident_date is None
        or not step.applies_to(case.organisation.kind)
    ):
        return []
    out: list[str] = []
    for term in step.terms:
        if term.anchor is not Anchor.CONDUCT:
            continue
        due = term_due(term, case.incident_date, 0, calendar).due
        if rec.started <= due:
            continue
        text = (
            f"'{step.name}' is begonnen op {nl_date(rec.started)}, na het einde van de "
            f"termijn op {nl_date(due)}: {term.what} "
            f"({source_label(term.source, term.verified)})."
        )
        text = f"{text} {term.note}" if term.note else text
        out.append(f"{text} {who_acts(Party.ORGANISATION)}")
    return out


def _action_warnings(case: Case, today: date) -> list[str]:
    return [
        f"Afspraak over tijd sinds {nl_date(a.due)} ({_OWNERS[a.owner]}): {a.description}"
        for a in sorted(case.actions, key=lambda a: a.due or today)
        if not a.done and a.due is not None and a.due < today
    ]


def _hints(case: Case) -> list[str]:
    municipal = case.organisation.kind in (OrganisationKind.GEMEENTE, OrganisationKind.WIJKTEAM)
    # Veilig Thuis takes no decisions open to bezwaar (no beschikkingen): no such hint there.
    veilig_thuis = case.organisation.kind is OrganisationKind.VEILIG_THUIS
    if (
        Topic.DECISION in case.topics
        and (case.regime is Regime.WMO or municipal)
        and not veilig_thuis
    ):
        return [
            "Gaat het om een besluit (beschikking) van de gemeente? Daartegen staat bezwaar "
            "open binnen zes weken na de bekendmaking (Awb art. 6:7), geen klacht. "
            "Aan zet: de cliënt."
        ]
    return []


def _expired(deadlines: list[Deadline], today: date) -> list[Deadline]:
    """Passed terms whose passing is news, not an alarm (`Term.expired`)."""
    return [d for d in deadlines if d.expired and d.due < today]


def _expired_text(d: Deadline) -> str:
    return f"Voorbij sinds {nl_date(d.due)}: {d.what} ({d.source}). {d.expired}"


_VT_REGIME = (
    "Veilig Thuis valt voor klachten niet onder de Jeugdwet maar onder de Wmo 2015 en "
    "Awb hoofdstuk 9."
)


def _pick_route(case: Case, pool: Mapping[str, Route], warnings: list[str]) -> Route | None:
    if case.route:
        route = pool.get(case.route)
        if route is not None:
            youth = default_route(Regime.JEUGDWET, pool)
            if _veilig_thuis_under_jeugdwet(case) and youth is not None and route.id == youth.id:
                awb = default_route(Regime.WMO, pool)
                instead = f" Kies de route '{awb.name}'" if awb is not None else " Kies een route"
                warnings.append(
                    f"{_VT_REGIME}{instead} of de eigen route van deze Veilig Thuis-organisatie. "
                    f"{_ADVISOR}"
                )
            return route
    if not case.route and _veilig_thuis_under_jeugdwet(case):
        awb = default_route(Regime.WMO, pool)
        if awb is not None:
            warnings.append(
                f"{_VT_REGIME} Het advies volgt daarom de route '{awb.name}'; zet het regime "
                f"van dit dossier op Wmo. {_ADVISOR}"
            )
            return awb
    fallback = default_route(case.regime, pool)
    if case.route:
        instead = f"de standaardroute '{fallback.name}' is gebruikt" if fallback else "geen route"
        warnings.append(f"Route '{case.route}' is onbekend; {instead}. {_ADVISOR}")
    elif fallback is None:
        warnings.append(f"Er is geen standaardroute voor regime '{case.regime}'. {_ADVISOR}")
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
    warnings: list[str] = []
    route = _pick_route(case, pool, warnings)
    if route is None:
        return Advice(None, warnings=tuple(warnings + _action_warnings(case, today)))
    pos = position_of(case, route)
    deadlines, missing = running_deadlines(case, pos, today, warn_days, calendar)
    expired = _expired(deadlines, today)
    deadlines = [d for d in deadlines if d not in expired]
    warnings += _step_warnings(case, pos, calendar)
    if missing:
        warnings.append(
            "De datum van de gedraging is niet vastgelegd; deze termijnen zijn daarom niet "
            f"berekend: {'; '.join(missing)}. {_ADVISOR}"
        )
    warnings += deadline_warnings(deadlines, today, warn_days)
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
