"""Fictional cases for demos, screenshots and benchmarks (`vertrouwen demo --cases N`).

The cases are varied but plausible: organisation kinds with a fitting regime and route, steps
in route order with dates that follow each other, notes in the advisor's own style. They hold
no personal data: people appear only by role ("moeder", "gezinsvoogd A"), organisations have
made-up names, and notes contain no digits at all. Every slug of every enumeration appears as
soon as enough cases are made (the first draws walk through each list), so a small demo already
shows every kind, regime, route, topic and verdict. Same seed and day, same cases.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import TypeVar

from vertrouwen.demo_texts import (
    ACTIONS,
    CLIENT_WORDS,
    CONSENT_PURPOSES,
    NOTE_CLOSING,
    NOTE_FIRST,
    NOTE_FORMAL,
    NOTE_MIDDLE,
    NOTE_UNSAFE,
    ORGANISATION_NAMES,
    POINTS,
    WORKER_WORDS,
)
from vertrouwen.domain import (
    Action,
    Activity,
    ActivityKind,
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
    Question,
    QuestionType,
    Regime,
    Signal,
    Step,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)

T = TypeVar("T")
K = OrganisationKind

# Which regime an organisation kind falls under (the first is the most common).
REGIMES: dict[OrganisationKind, tuple[Regime, ...]] = {
    K.WIJKTEAM: (Regime.JEUGDWET, Regime.WMO),
    K.GEMEENTE: (Regime.WMO, Regime.JEUGDWET),
    K.GI: (Regime.JEUGDWET,),
    K.AMBULANT: (Regime.JEUGDWET,),
    K.JEUGD_GGZ: (Regime.JEUGDWET, Regime.WKKGZ),
    K.PLEEGZORG: (Regime.JEUGDWET,),
    K.VERBLIJF: (Regime.JEUGDWET,),
    K.JEUGDZORGPLUS: (Regime.JEUGDWET,),
    K.JEUGD_LVB: (Regime.JEUGDWET, Regime.WMO),
    K.VEILIG_THUIS: (Regime.WMO,),
    K.RAAD_KINDERBESCHERMING: (Regime.OTHER,),
    K.WMO_AANBIEDER: (Regime.WMO,),
    K.ZORGAANBIEDER: (Regime.WKKGZ,),
    K.BEWINDVOERDER: (Regime.BEWIND,),
    K.OTHER: (Regime.OTHER,),
}
# How often each kind comes up, roughly as in a youth-care advisor's year.
KIND_WEIGHTS: dict[OrganisationKind, int] = {
    K.WIJKTEAM: 12, K.GEMEENTE: 5, K.GI: 18, K.AMBULANT: 12, K.JEUGD_GGZ: 8, K.PLEEGZORG: 6,
    K.VERBLIJF: 7, K.JEUGDZORGPLUS: 3, K.JEUGD_LVB: 4, K.VEILIG_THUIS: 10,
    K.RAAD_KINDERBESCHERMING: 4, K.WMO_AANBIEDER: 5, K.ZORGAANBIEDER: 3, K.BEWINDVOERDER: 2,
    K.OTHER: 1,
}  # fmt: skip

# The steps of each regime's default route (route = None), in order; the last entry of the
# Jeugdwet route is one of three alternatives. Ids as in resources/routes/*.toml.
DEFAULT_STEPS: dict[Regime, tuple[str, ...]] = {
    Regime.JEUGDWET: ("signaal", "leidinggevende", "bemiddeling", "klachtencommissie"),
    Regime.WMO: ("signaal", "leidinggevende", "klachtenfunctionaris", "klachtencommissie",
                 "ombudsman"),
    Regime.WKKGZ: ("signaal", "klachtenfunctionaris", "geschilleninstantie"),
    Regime.BEWIND: ("signaal", "klachtenfunctionaris", "klachtencommissie", "kantonrechter"),
    Regime.OTHER: ("signaal", "leidinggevende", "bemiddeling", "klachtencommissie"),
}  # fmt: skip
JEUGDWET_AFTER = ("kinderombudsman", "ombudsman", "tuchtrecht")
# Routes other than the regime's default, by the organisation kind they fit.
EXTRA_ROUTES: dict[OrganisationKind, tuple[str, tuple[str, ...]]] = {
    K.AMBULANT: (
        "voorbeeld_jeugdhulp_aanbieder",
        ("signaal", "vertrouwenspersoon", "generalist", "klachtencommissie", "kinderombudsman"),
    ),
    K.VEILIG_THUIS: (
        "voorbeeld_veilig_thuis",
        ("signaal", "bemiddeling", "klachtencommissie", "ombudsman"),
    ),
    K.BEWINDVOERDER: (
        "voorbeeld_bewindvoerder",
        ("signaal", "klachtenfunctionaris", "kantonrechter"),
    ),
    K.JEUGDZORGPLUS: ("kinderombudsman", ("kinderombudsman",)),
    K.GEMEENTE: ("nationale_ombudsman", ("ombudsman",)),
    K.GI: ("skj_tuchtrecht", ("tuchtrecht", "tuchtrecht_beroep")),
}
FORMAL_STEPS = frozenset(
    {"klachtencommissie", "geschilleninstantie", "tuchtrecht", "kantonrechter", "ombudsman",
     "kinderombudsman"}
)  # fmt: skip


class _Picker:
    """Random choices that first walk through every value once, so all of them appear."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.walked: dict[str, int] = {}

    def pick(self, name: str, values: Sequence[T], weights: Sequence[int] | None = None) -> T:
        done = self.walked.get(name, 0)
        if done < len(values):
            self.walked[name] = done + 1
            return values[done]
        if weights is None:
            return self.rng.choice(values)
        return self.rng.choices(values, weights=weights)[0]

    def some(self, name: str, values: Sequence[T], low: int, high: int) -> list[T]:
        """Between `low` and `high` distinct values, the first one walked."""
        first = self.pick(name, values)
        rest = self.rng.sample(list(values), self.rng.randint(low, high))
        return list(dict.fromkeys([first, *rest]))[: max(high, 1)]


def generate(count: int, seed: int, today: date) -> Iterator[Case]:
    """`count` fictional cases (without codes), opened up to four years before `today`."""
    rng = random.Random(seed)  # noqa: S311 - repeatable fiction, not a secret
    # the yearly report's parts come from a second generator, so the cases above stay the
    # same as before they existed
    extra = random.Random(seed + 7919)  # noqa: S311
    picker = _Picker(rng)
    for number in range(count):
        case = _case(rng, picker, today)
        _report_parts(extra, case, number)
        yield case


DEMO_MUNICIPALITIES = ("Beekveen", "Westrand", "Oosterhoven", "Lindewijk", "Zandhorst")
QUESTION_WEIGHTS = {
    QuestionType.INFORMATION_ADVICE: 8,
    QuestionType.SUPPORT_SIGNAL: 3,
    QuestionType.SUPPORT_COMPLAINT: 6,
    QuestionType.MEDIATION: 2,
    QuestionType.FORMAL_COMPLAINT: 2,
    QuestionType.REFERRAL: 1,
}


def _report_parts(rng: random.Random, case: Case, number: int) -> None:
    """Client, municipality, questions, signals and the client's mark of a demo case."""
    if number and rng.random() < 0.12:
        case.client = f"K-{rng.randrange(1, max(2, number // 3)):04d}"  # a returning client
    case.municipality = rng.choices(DEMO_MUNICIPALITIES, weights=(6, 4, 3, 2, 1))[0]
    kinds = list(QUESTION_WEIGHTS)
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        topic = rng.choice(case.topics) if case.topics else None
        kind = rng.choices(kinds, weights=list(QUESTION_WEIGHTS.values()))[0]
        case.questions.append(Question(kind, topic))
    if rng.random() < 0.2:
        end = case.closed or case.opened + timedelta(days=60)
        day = case.opened + timedelta(days=rng.randint(0, max(0, (end - case.opened).days)))
        case.signals.append(Signal(day, case.topics[0] if case.topics else None))
    if case.closed and rng.random() < 0.45:
        case.feedback = rng.choices(range(4, 11), weights=(1, 1, 2, 4, 6, 4, 2))[0]


def _case(rng: random.Random, p: _Picker, today: date) -> Case:
    # In the first round each kind comes once, with its usual regime and its own route.
    first_round = p.walked.get("kind", 0) < len(KIND_WEIGHTS)
    kind = p.pick("kind", list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))
    regime = REGIMES[kind][0] if first_round else rng.choice(REGIMES[kind])
    role = p.pick("role", list(ClientRole), [4, 10, 2, 1, 1, 1, 1])
    opened = today - timedelta(days=rng.randint(3, 4 * 365))
    closed: date | None = None
    if (today - opened).days > 45 and rng.random() < 0.7:
        closed = min(today, opened + timedelta(days=rng.randint(14, 300)))
    end = closed or today
    case = Case(
        opened=opened,
        closed=closed,
        result=p.pick("result", list(CaseResult), [5, 3, 3, 2, 2, 2]) if closed else None,
        client_role=role,
        organisation=Organisation(rng.choice(ORGANISATION_NAMES[kind]), kind),
        regime=regime,
        age_band=p.pick("age", list(AgeBand), [2, 4, 2, 5, 1]),
        incident_date=opened - timedelta(days=rng.randint(7, 200)) if rng.random() < 0.6 else None,
        unsafe_signal=rng.random() < 0.05,
        topics=p.some("topic", list(Topic), 0, 2),
        goals=p.some("goal", list(Goal), 0, 1),
        support=p.some("support", list(Support), 0, 2),
    )
    words = {
        "c": rng.choice(CLIENT_WORDS[role]),
        "w": rng.choice(WORKER_WORDS),
        "o": kind_word(kind),
    }
    case.route, step_ids = _route(rng, p, kind, regime, first_round)
    case.steps = _steps(rng, p, step_ids, opened, end, closed is not None)
    formal = [s.started for s in case.steps if s.step in FORMAL_STEPS and s.started]
    case.notes = _notes(rng, p, (opened, end), words, min(formal, default=None))
    if case.unsafe_signal:
        note = rng.choice(case.notes)
        note.text += " " + _sentence(rng, NOTE_UNSAFE, words)
    if any(s.step in FORMAL_STEPS for s in case.steps) or rng.random() < 0.2:
        case.complaint_points = _points(rng, p, case.steps)
    case.actions = _actions(rng, p, today, closed is None)
    if case.notes and rng.random() < 0.4:
        case.consents = [_consent(rng, p, case, end)]
    return case


def kind_word(kind: OrganisationKind) -> str:
    """A plain Dutch name for the organisation, with its article, for inside note sentences."""
    return {
        K.WIJKTEAM: "het wijkteam", K.GEMEENTE: "de gemeente", K.GI: "de jeugdbescherming",
        K.VEILIG_THUIS: "Veilig Thuis", K.RAAD_KINDERBESCHERMING: "de Raad",
        K.BEWINDVOERDER: "de bewindvoerder", K.PLEEGZORG: "de pleegzorgorganisatie",
    }.get(kind, "de organisatie")  # fmt: skip


def _route(
    rng: random.Random, p: _Picker, kind: OrganisationKind, regime: Regime, first_round: bool
) -> tuple[str | None, tuple[str, ...]]:
    extra = EXTRA_ROUTES.get(kind)
    if extra and REGIMES[kind][0] == regime and (first_round or rng.random() < 0.25):
        return extra
    steps = DEFAULT_STEPS[regime]
    if regime is Regime.JEUGDWET:
        steps = (*steps, p.pick("jeugdwet_after", JEUGDWET_AFTER, [2, 1, 1]))
    return None, steps


def _dates_between(rng: random.Random, start: date, end: date, count: int) -> list[date]:
    span = max((end - start).days, 0)
    return sorted(start + timedelta(days=rng.randint(0, span)) for _ in range(count))


def _steps(
    rng: random.Random, p: _Picker, ids: tuple[str, ...], opened: date, end: date, closed: bool
) -> list[Step]:
    taken = ids[: rng.randint(1, len(ids))] if rng.random() < 0.85 else ()
    days = _dates_between(rng, opened, end, 2 * len(taken))
    steps: list[Step] = []
    for n, step_id in enumerate(taken):
        last = n == len(taken) - 1
        running = last and not closed and rng.random() < 0.6
        steps.append(
            Step(
                step=step_id,
                started=days[2 * n],
                ended=None if running else days[2 * n + 1],
                outcome=None
                if running
                else (
                    p.pick("outcome", list(StepOutcome), [3, 2, 5, 1, 1])
                    if last
                    else StepOutcome.NOT_RESOLVED
                ),
                extension_weeks=4 if step_id in FORMAL_STEPS and rng.random() < 0.1 else 0,
            )
        )
    return steps


def _sentence(rng: random.Random, pool: Sequence[str], words: dict[str, str]) -> str:
    text = rng.choice(pool).format(**words)
    return text[0].upper() + text[1:]


def _notes(
    rng: random.Random,
    p: _Picker,
    span: tuple[date, date],
    words: dict[str, str],
    formal_from: date | None,
) -> list[Note]:
    count = rng.choice((1, 2, 2, 3, 3, 4, 5, 6, 8))
    days = [span[0], *_dates_between(rng, span[0], span[1], count - 1)]
    notes = []
    for n, day in enumerate(days):
        kind = NoteKind.CONVERSATION if n == 0 else p.pick("note_kind", list(NoteKind))
        pool: tuple[str, ...] = NOTE_MIDDLE
        if formal_from is not None and day >= formal_from:
            pool = NOTE_MIDDLE + NOTE_FORMAL + NOTE_FORMAL  # the complaint is what is going on
        parts = [_sentence(rng, NOTE_FIRST if n == 0 else pool, words)]
        parts += [_sentence(rng, pool, words) for _ in range(rng.randint(0, 2))]
        if n == len(days) - 1 and n > 0:
            parts.append(_sentence(rng, NOTE_CLOSING, words))
        minutes = rng.choice((10, 15, 20, 30, 45, 60, 75, 90, 120))
        notes.append(Note(f"n{n + 1}", day, kind, minutes, " ".join(dict.fromkeys(parts))))
    return notes


def _points(rng: random.Random, p: _Picker, steps: list[Step]) -> list[ComplaintPoint]:
    judged = any(s.step in FORMAL_STEPS and s.ended for s in steps)
    chosen = rng.sample(POINTS, rng.randint(1, 4))
    return [
        ComplaintPoint(
            summary,
            outcome,
            p.pick("verdict", list(Verdict), [4, 3, 4, 1]) if judged else None,
        )
        for summary, outcome in chosen
    ]


def _actions(rng: random.Random, p: _Picker, today: date, open_case: bool) -> list[Action]:
    actions = []
    for description in rng.sample(ACTIONS, rng.randint(0, 3)):
        due = today + timedelta(days=rng.randint(-20, 30)) if rng.random() < 0.9 else None
        done = not open_case or (due is not None and due < today and rng.random() < 0.6)
        owner = p.pick("owner", list(Owner), [4, 4, 2, 1])
        actions.append(Action(description, owner, due, done))
    return actions


def _consent(rng: random.Random, p: _Picker, case: Case, end: date) -> Consent:
    recipient, purpose = rng.choice(CONSENT_PURPOSES)
    ids = [n.id for n in case.notes]
    notes: list[str] | str = (
        "all" if rng.random() < 0.2 else rng.sample(ids, rng.randint(1, len(ids)))
    )
    given = rng.choice(case.notes).date
    withdrawn = end if rng.random() < 0.1 and end > given else None
    return Consent(
        given=given,
        recipient=recipient,
        purpose=purpose,
        scope=ConsentScope(
            notes="all" if notes == "all" else sorted(notes, key=ids.index),
            complaint_points=bool(case.complaint_points) and rng.random() < 0.8,
            steps=rng.random() < 0.6,
            actions=rng.random() < 0.2,
        ),
        withdrawn=withdrawn,
        method=p.pick("method", ("spoken", "signed", "written")),
    )


def generate_outside(seed: int, today: date) -> tuple[list[Signal], list[Activity]]:
    """Fictional signals and activities outside cases over the two years before `today`."""
    rng = random.Random(seed + 104729)  # noqa: S311 - repeatable fiction
    start = today - timedelta(days=730)
    activities = [
        Activity(
            date=start + timedelta(days=rng.randint(0, 730)),
            kind=kind,
            minutes=rng.choice((60, 90, 120, 180)),
            participants=rng.choice((None, 6, 12, 20, 35)),
            municipality=rng.choice(DEMO_MUNICIPALITIES),
        )
        for kind in rng.choices(list(ActivityKind), weights=(6, 3, 2, 4, 1), k=rng.randint(14, 24))
    ]
    signals = [
        Signal(
            date=start + timedelta(days=rng.randint(0, 730)),
            topic=rng.choice(list(Topic)),
            organisation_kind=rng.choice(list(OrganisationKind)),
            municipality=rng.choice(DEMO_MUNICIPALITIES),
        )
        for _ in range(rng.randint(3, 8))
    ]
    return sorted(signals, key=lambda g: g.date), sorted(activities, key=lambda a: a.date)
