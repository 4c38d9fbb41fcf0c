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
from vertrouwen.routes.model import Anchor, Extension, Party, Phase, Route, RouteStep, Term, Unit
from vertrouwen.routes.terms import Calendar, add, atw_said, due_date
from vertrouwen.routes.wording import Day, Said, Say, Text, dutch, say, words

SETTLED = (StepOutcome.RESOLVED, StepOutcome.WITHDRAWN)


@dataclass(frozen=True)
class Deadline:
    """A running term's last day; `party` must act by then.

    `due` is the legal last day: a postponement counts only as far as the rule allows, and the
    Atw is applied (`moved_from` is the day before it moved it). `basis` is the rule alone,
    without hedges or the shift text (what a letter to a committee may cite). `announced` is
    the later day an organisation announced beyond what the rule allows. `lead_days` is how
    far ahead this term warns at least (a client's year-long term needs months to act on).
    """

    what: str
    due: date
    source: str
    step: str
    term: str
    party: Party
    verified: bool
    note: str = ""
    basis: str = ""
    moved_from: date | None = None
    announced: date | None = None
    lead_days: int = 0
    late: str = ""
    expired: str = ""
    what_said: Text = ""  # `what` and `source` as codes with arguments (empty: as the text)
    source_said: Text = ""

    def to_json(self) -> dict[str, str]:
        return {"what": self.what, "date": self.due.isoformat(), "source": self.source}

    @property
    def said_what(self) -> Text:
        return self.what_said or self.what

    @property
    def said_source(self) -> Text:
        return self.source_said or self.source

    def warns_within(self, warn_days: int) -> int:
        """The days ahead this deadline starts to warn, seen with the caller's window."""
        return max(warn_days, self.lead_days)


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


def source_said(text: str, verified: bool) -> Text:
    """A source as shown to the user; unverified facts say so (once)."""
    return text if verified or "te controleren" in text else say(Say.UNVERIFIED, text)


def source_label(text: str, verified: bool) -> str:
    """`source_said` in Dutch."""
    return dutch(source_said(text, verified))


# A client's own term of a year or more warns this many days ahead (about three months):
# there are letters to write, documents to gather, sometimes a lawyer to find.
LONG_LEAD_DAYS = 92
_LONG = {Unit.DAYS: 365, Unit.WORKING_DAYS: 250, Unit.WEEKS: 52, Unit.MONTHS: 12, Unit.YEARS: 1}


def lead_days(term: Term) -> int:
    """How far ahead `term` warns at least (0: the caller's window)."""
    long = term.amount >= _LONG[term.unit]
    return LONG_LEAD_DAYS if term.party is Party.CLIENT and long else 0


def allowed_weeks(extension: Extension) -> int:
    """The longest postponement the rule allows, in whole weeks."""
    base = date(2000, 1, 1)  # any day: only the length matters
    return (add(base, extension.amount * extension.max_times, extension.unit) - base).days // 7


@dataclass(frozen=True)
class TermDue:
    """A term's legal last day for one start and recorded postponement; see `Deadline`."""

    due: date
    source: str
    basis: str
    moved_from: date | None
    announced: date | None
    source_said: Text = ""


def term_due(
    term: Term, start: date, extension_weeks: int, calendar: Calendar, agreed: bool = False
) -> TermDue:
    """The term's legal last day: a recorded postponement counts up to what the rule allows
    (a longer one is `announced`, valid only when the client `agreed` in writing and a rule
    allows that, `Extension.with_consent`), and the Atw moves the day when it applies. One
    day, however the Atw moved it."""
    ext = term.extension
    recorded = extension_weeks if ext is not None else 0
    counted = min(recorded, allowed_weeks(ext)) if ext is not None else 0
    consented = ext is not None and agreed and bool(ext.with_consent) and recorded > counted
    if consented:
        counted = recorded
    due = due_date(
        start,
        term.amount,
        term.unit,
        statutory=term.statutory,
        extension_weeks=counted,
        calendar=calendar,
    )
    source = source_said(term.source, term.verified)
    basis = term.source
    if counted and ext is not None:
        source = say(Say.EXTENDED, source, ext.source)
        basis = f"{basis}; {ext.source}"
        if consented:
            source = say(Say.CONSENTED, source, ext.with_consent)
            basis = f"{basis}; {ext.with_consent}"
    moved = None
    if due.extended:
        moved = due.plain
        shift = atw_said(start, due.plain, due.last_day, calendar)
        source = say(Say.SHIFTED, source, shift)
        basis = f"{basis}; Algemene termijnenwet {dutch(shift).rsplit('Atw ', 1)[1]}"
    announced = None
    if recorded > counted:
        longer = due_date(
            start,
            term.amount,
            term.unit,
            statutory=term.statutory,
            extension_weeks=recorded,
            calendar=calendar,
        )
        announced = longer.last_day
    return TermDue(due.last_day, dutch(source), basis, moved, announced, source)


def decision_due(step: RouteStep | None, rec: Step, calendar: Calendar) -> date | None:
    """The day a running step's outcome is legally due (its `ends_step` term), if it has one."""
    if step is None or rec.started is None:
        return None
    for term in step.terms:
        if term.ends_step and term.phase is Phase.RUNNING:
            return term_due(
                term, rec.started, rec.extension_weeks, calendar, rec.extension_agreed
            ).due
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
    if not found:
        return None, False
    return min(found) if term.earliest else max(found)


def running_deadlines(
    case: Case, pos: Position, today: date, warn_days: int, calendar: Calendar
) -> tuple[list[Deadline], list[Text]]:
    """Running terms of the case and the sources of terms that need the (missing) conduct date.

    Steps meant for other organisation kinds (`RouteStep.kinds`) are left out.
    """
    out: dict[tuple[str, date, str], Deadline] = {}
    missing: list[Text] = []
    long_ago = today - timedelta(days=warn_days)
    for i, step in enumerate(pos.route.steps):
        if not step.applies_to(case.organisation.kind):
            continue
        rec = pos.latest.get(step.id)
        for term in step.terms:
            phase = term.phase
            what: Text = term.what
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
                        missing.append(source_said(term.source, term.verified))
                    continue
                if derived:
                    what = say(Say.FROM_DECISION_TERM, what)
            running = rec is not None and phase is Phase.RUNNING
            ext = rec.extension_weeks if rec is not None and running else 0
            agreed = rec is not None and running and rec.extension_agreed
            found = term_due(term, start, ext, calendar, agreed)
            if phase is not Phase.FILING and not term.ends_step and found.due < long_ago:
                continue  # long past and not the step's decision: no longer news
            key = (dutch(what), found.due, found.source)
            if key not in out:
                out[key] = Deadline(
                    dutch(what),
                    found.due,
                    found.source,
                    step.id,
                    term.id,
                    term.party,
                    term.verified,
                    term.note,
                    basis=found.basis,
                    moved_from=found.moved_from,
                    announced=found.announced,
                    lead_days=lead_days(term),
                    late=term.late,
                    expired=term.expired,
                    what_said=what,
                    source_said=found.source_said,
                )
    ordered = sorted(out.values(), key=lambda d: (d.due, d.what))
    return ordered, list(dict.fromkeys(missing))


_WHO = {Party.CLIENT: Say.CLIENT_ACTS, Party.ORGANISATION: Say.ORGANISATION_ACTS}


def who_said(party: Party) -> Said:
    """The sentence that ends every deadline warning: who has to do something."""
    return say(_WHO[party])


def who_acts(party: Party) -> str:
    return dutch(who_said(party))


def deadline_warnings_said(deadlines: list[Deadline], today: date, warn_days: int) -> list[Text]:
    """Warnings for deadlines that passed or end soon: within `warn_days`, or the deadline's
    own longer lead (see `Deadline.lead_days`). Each says who must act."""
    out: list[Text] = []
    for d in deadlines:
        left = (d.due - today).days
        what, source = d.said_what, d.said_source
        text: Text
        if left < 0:
            text = words(say(Say.TERM_PASSED, Day(d.due), what, source), d.late)
        elif left == 0:
            text = say(Say.TERM_TODAY, what, source)
        elif left <= d.warns_within(warn_days):
            text = (
                say(Say.TERM_TOMORROW, Day(d.due), what, source)
                if left == 1
                else say(Say.TERM_IN_DAYS, left, Day(d.due), what, source)
            )
        else:
            continue
        note = d.note if d.note and not (left < 0 and d.late) else ""
        out.append(words(text, note, who_said(d.party)))
    return out


def deadline_warnings(deadlines: list[Deadline], today: date, warn_days: int) -> list[str]:
    """`deadline_warnings_said` in Dutch."""
    return [dutch(w) for w in deadline_warnings_said(deadlines, today, warn_days)]
