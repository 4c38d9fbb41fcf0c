"""The consent gate: what of a case may leave the vault on a given day.

Every export goes through `disclose(case, day)`, which returns a `Disclosure` holding only the
content that the case's *active* consents (given on or before `day`, not withdrawn by then)
cover, joined over all of them. Without an active consent it raises `RefusedError` (exit 5).

What a consent's scope names, and so is included only when covered:
- notes (by id, or "all"): date, kind, minutes and text;
- complaint points: summary, desired outcome and any earlier verdict;
- route steps: which step, its dates and outcome (a route's own step id is free text);
- actions: description, owner, due date, done;
- documents (by id): the document itself, as an annex of a complaint letter (never in an
  anonymous summary).

What is always included, because an export cannot do without it and it is not free text
about the client:
- the case code: a pseudonym that only the advisor's vault resolves;
- the organisation's name and kind and the statutory regime: whom a complaint is about and
  under which law (the anonymous summary drops the organisation's name);
- the client's role, age band, topics and goals: fixed categories, never free text;
- the recipient and purpose of the consents used: they address the document.

Never included: case dates (opened, the incident date), notes, points, steps and actions that
no active consent covers, role labels, ignored texts, and anything of a withdrawn consent,
including its recipient. The advisor's consent records are the only way in: there is no
"export anyway".
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from vertrouwen.domain import (
    Action,
    AgeBand,
    Case,
    ClientRole,
    ComplaintPoint,
    Consent,
    Document,
    Goal,
    Note,
    Organisation,
    Regime,
    Step,
    Topic,
)
from vertrouwen.errors import ErrorCode, RefusedError


@dataclass(frozen=True)
class Disclosure:
    """The part of one case that may be shared on `day`, and under which consents."""

    case_code: str
    day: date
    organisation: Organisation
    regime: Regime
    client_role: ClientRole
    consents: tuple[Consent, ...]
    age_band: AgeBand | None = None
    route: str | None = None
    topics: tuple[Topic, ...] = ()
    goals: tuple[Goal, ...] = ()
    notes: tuple[Note, ...] = ()
    complaint_points: tuple[ComplaintPoint, ...] = ()
    steps: tuple[Step, ...] = ()
    actions: tuple[Action, ...] = ()
    # Whether a consent covers the part at all (a covered but empty part is not "withheld").
    points_covered: bool = False
    steps_covered: bool = False
    actions_covered: bool = False
    withheld_notes: int = field(default=0)
    documents: tuple[Document, ...] = ()  # described; the bytes are read only for the annexes

    @property
    def recipients(self) -> tuple[str, ...]:
        """The recipients of the consents used, each once, in the order given."""
        return tuple(dict.fromkeys(c.recipient.strip() for c in self.consents if c.recipient))

    @property
    def purposes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.purpose.strip() for c in self.consents if c.purpose))

    @property
    def consent_ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.consents if c.id is not None)

    def as_case(self) -> Case:
        """A case holding only the disclosed parts (for deadline advice on shareable data).

        Its dates are those of the disclosed steps only: `opened` is the disclosure day and
        the incident date is left out, so no computed deadline reveals an undisclosed date.
        """
        return Case(
            opened=self.day,
            client_role=self.client_role,
            organisation=copy.deepcopy(self.organisation),
            regime=self.regime,
            code=self.case_code,
            route=self.route,
            age_band=self.age_band,
            topics=list(self.topics),
            goals=list(self.goals),
            notes=copy.deepcopy(list(self.notes)),
            actions=copy.deepcopy(list(self.actions)),
            complaint_points=copy.deepcopy(list(self.complaint_points)),
            steps=copy.deepcopy(list(self.steps)),
        )


def active_consents(case: Case, day: date) -> list[Consent]:
    """The consents in force on `day`: given by then and not withdrawn (`Consent.active_on`)."""
    return case.active_consents(day)


def disclose(case: Case, day: date) -> Disclosure:
    """What of `case` may leave the vault on `day`; RefusedError without an active consent."""
    active = active_consents(case, day)
    if not active:
        raise RefusedError(ErrorCode.NO_ACTIVE_CONSENT, code=case.code)
    all_notes = any(c.scope.notes == "all" for c in active)
    note_ids: set[str] = set()
    for c in active:
        if c.scope.notes != "all":
            note_ids.update(c.scope.notes)
    notes = [n for n in case.notes if all_notes or n.id in note_ids]
    doc_ids = {i for c in active for i in c.scope.documents}
    documents = [d for d in case.documents if d.id in doc_ids]
    points = any(c.scope.complaint_points for c in active)
    steps = any(c.scope.steps for c in active)
    actions = any(c.scope.actions for c in active)
    # Deep copies: the disclosure must not change when the case is edited afterwards.
    return Disclosure(
        case_code=case.code,
        day=day,
        organisation=copy.deepcopy(case.organisation),
        regime=case.regime,
        client_role=case.client_role,
        consents=tuple(copy.deepcopy(active)),
        age_band=case.age_band,
        route=case.route,
        topics=tuple(case.topics),
        goals=tuple(case.goals),
        notes=tuple(copy.deepcopy(sorted(notes, key=lambda n: (n.date, n.id)))),
        complaint_points=tuple(copy.deepcopy(case.complaint_points)) if points else (),
        steps=tuple(copy.deepcopy(case.steps)) if steps else (),
        actions=tuple(copy.deepcopy(case.actions)) if actions else (),
        points_covered=points,
        steps_covered=steps,
        actions_covered=actions,
        withheld_notes=len(case.notes) - len(notes),
        documents=tuple(copy.deepcopy(documents)),
    )
