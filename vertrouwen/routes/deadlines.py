"""Where a case stands on its route, and which terms run for it on a given day.

Terms have three phases (see `Term.phase`): filing terms for steps still ahead (the client
must start them in time), running terms of a started step (usually the organisation's
decision), and terms after a step ended (e.g. the answer to a verdict).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from vertrouwen.domain.enums import StepOutcome
from vertrouwen.domain.model import Case, Step
from vertrouwen.routes.model import Anchor, Party, Phase, Route, RouteStep, Term
from vertrouwen.routes.terms import ATW_SOURCE, Calendar, due_date

SETTLED = (StepOutcome.RESOLVED, StepOutcome.WITHDRAWN)
_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def nl_date(day: date) -> str:
    """A date as Dutch text: 3 maart 2026."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Deadline:
    """A running term's last day; `party` must act by then."""

    what: str
    due: date
    source: str
    step: str
    term: str
    party: Party
    verified: bool
    note: str = ""

    def to_json(self) -> dict[str, str]:
        return {"what": self.what, "date": self.due.isoformat(), "source": self.source}


@dataclass
class Position:
    """Where a case stands on its route."""

    route: Route
    latest: dict[str, Step]  # the last recorded step per step id
    index: int  # route index of the furthest recorded main-line step; -1 for none
    current: Step | None  # the recorded step at `index`

    @property
    def settled(self) -> bool:
        cur = self.current
        return cur is not None and cur.ended is not None and cur.outcome in SETTLED

    def group_taken(self, step: RouteStep) -> bool:
        return step.group is not None and any(
            s.group == step.group and s.id != step.id and s.id in self.latest
            for s in self.route.steps
        )


def position_of(case: Case, route: Route) -> Position:
    """Where `case` stands on `route`; parallel steps (tuchtrecht) do not move it."""
    latest = {s.step: s for s in case.steps}
    index = -1
    for step_id in latest:
        i = route.index(step_id)
        if i is not None and not route.steps[i].parallel:
            index = max(index, i)
    current = latest[route.steps[index].id] if index >= 0 else None
    return Position(route, latest, index, current)


def source_label(text: str, verified: bool) -> str:
    """A source as shown to the user; unverified facts say so."""
    return text if verified else f"{text} (te controleren)"


def _term_due(
    term: Term, start: date, extension_weeks: int, calendar: Calendar
) -> tuple[date, str, date | None]:
    """The term's last day and source, and the Atw-extended day when the Atw moves it.

    Both days are reported: the plain day is what the law's own article says (and the safe
    day to act by), the extended day is when the term really ends under the Atw.
    """
    ext = extension_weeks if term.extension is not None else 0
    due = due_date(
        start,
        term.amount,
        term.unit,
        statutory=term.statutory,
        extension_weeks=ext,
        calendar=calendar,
    )
    source = source_label(term.source, term.verified)
    if ext and term.extension is not None:
        source = f"{source}; verdaagd: {term.extension.source}"
    return due.plain, source, due.last_day if due.extended else None


def decision_due(step: RouteStep | None, rec: Step, calendar: Calendar) -> date | None:
    """The day a running step's outcome is due (its `ends_step` term), if it has one."""
    if step is None or rec.started is None:
        return None
    for term in step.terms:
        if term.ends_step and term.phase is Phase.RUNNING:
            plain, _source, extended = _term_due(term, rec.started, rec.extension_weeks, calendar)
            return extended or plain
    return None


def _filing_anchor(
    case: Case, term: Term, pos: Position, today: date, calendar: Calendar
) -> tuple[date | None, bool]:
    """The date a filing term runs from, and whether it is the day handling *should* have
    ended (Awb 9:24 counts from then when the organisation never decided)."""
    if term.anchor is Anchor.CONDUCT:
        return case.incident_date, False
    found: list[tuple[date, bool]] = []
    for ref in term.of:
        rec = pos.latest.get(ref)
        if rec is None:
            continue
        if term.anchor is Anchor.STEP_START:
            if rec.started is not None:
                found.append((rec.started, False))
        elif rec.ended is not None:
            found.append((rec.ended, False))
        else:
            overdue = decision_due(pos.route.step(ref), rec, calendar)
            if overdue is not None and overdue < today:
                found.append((overdue, True))
    return max(found) if found else (None, False)


def running_deadlines(
    case: Case, pos: Position, today: date, warn_days: int, calendar: Calendar
) -> tuple[list[Deadline], list[str]]:
    """Running terms of the case and the sources of terms that need the (missing) conduct date."""
    out: dict[tuple[str, date, str], Deadline] = {}
    missing: list[str] = []
    long_ago = today - timedelta(days=warn_days)
    for i, step in enumerate(pos.route.steps):
        rec = pos.latest.get(step.id)
        for term in step.terms:
            phase = term.phase
            what = term.what
            start: date | None
            if phase is Phase.RUNNING:
                if rec is None or rec.started is None or rec.ended is not None:
                    continue
                start = rec.started
            elif phase is Phase.AFTER:
                if rec is None or rec.ended is None:
                    continue
                start = rec.ended
            else:
                reachable = step.parallel or i > pos.index
                started = rec is not None and rec.started is not None
                if pos.settled or started or not reachable or pos.group_taken(step):
                    continue
                start, derived = _filing_anchor(case, term, pos, today, calendar)
                if start is None:
                    if term.anchor is Anchor.CONDUCT:
                        missing.append(source_label(term.source, term.verified))
                    continue
                if derived:
                    what = f"{what}; gerekend vanaf het verstrijken van de beslistermijn"
            ext = rec.extension_weeks if rec is not None and phase is Phase.RUNNING else 0
            due, source, extended = _term_due(term, start, ext, calendar)
            if phase is not Phase.FILING and not term.ends_step and (extended or due) < long_ago:
                continue  # long past and not the step's decision: no longer news
            entries = [(what, due, source)]
            if extended is not None:
                entries.append(
                    (
                        f"{what} (laatste dag valt in het weekend of op een feestdag)",
                        extended,
                        f"{source}; verlengd tot de eerste werkdag: {ATW_SOURCE}",
                    )
                )
            for entry_what, entry_due, entry_source in entries:
                key = (entry_what, entry_due, entry_source)
                if key not in out:
                    out[key] = Deadline(
                        entry_what,
                        entry_due,
                        entry_source,
                        step.id,
                        term.id,
                        term.party,
                        term.verified,
                        term.note,
                    )
    ordered = sorted(out.values(), key=lambda d: (d.due, d.what))
    return ordered, list(dict.fromkeys(missing))


def deadline_warnings(deadlines: list[Deadline], today: date, warn_days: int) -> list[str]:
    """Dutch warnings for deadlines that passed or end within `warn_days`."""
    out: list[str] = []
    for d in deadlines:
        left = (d.due - today).days
        if left < 0:
            text = f"Termijn verstreken op {nl_date(d.due)}: {d.what} ({d.source})."
        elif left == 0:
            text = f"Termijn verloopt vandaag: {d.what} ({d.source})."
        elif left <= warn_days:
            days = "1 dag" if left == 1 else f"{left} dagen"
            text = f"Termijn verloopt over {days}, op {nl_date(d.due)}: {d.what} ({d.source})."
        else:
            continue
        out.append(f"{text} {d.note}".strip() if d.note else text)
    return out
