"""Dataclasses for a case and its parts. Plain data: no storage, no Qt."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from vertrouwen.domain.enums import (
    ActivityKind,
    AgeBand,
    CaseResult,
    ClientRole,
    DocumentKind,
    Goal,
    NoteKind,
    OrganisationKind,
    Owner,
    QuestionType,
    Regime,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)


@dataclass
class Organisation:
    name: str
    kind: OrganisationKind


@dataclass
class Note:
    """A dated contact (contactmoment) with its text; `id` is stable within the case."""

    id: str
    date: date
    kind: NoteKind = NoteKind.CONVERSATION
    minutes: int | None = None
    text: str = ""


@dataclass
class Action:
    """An agreed action (afspraak): who does what by when."""

    description: str
    owner: Owner = Owner.CLIENT
    due: date | None = None
    done: bool = False
    id: int | None = None


@dataclass
class ComplaintPoint:
    """One point of a formal complaint (klachtonderdeel), judged on its own."""

    summary: str
    desired_outcome: str = ""
    verdict: Verdict | None = None
    id: int | None = None


@dataclass
class Step:
    """One stage of the case's complaint route as it was actually taken.

    `step` is a contract step id or a route's own id. `extension_weeks` records an announced
    postponement (verdaging) of the decision term; `extension_agreed` that the client agreed
    in writing to a postponement longer than the law allows by itself (Awb art. 9:11 lid 3).
    """

    step: str
    started: date | None = None
    ended: date | None = None
    outcome: StepOutcome | None = None
    extension_weeks: int = 0
    id: int | None = None
    extension_agreed: bool = False


@dataclass
class ConsentScope:
    """What may leave the vault under a consent."""

    notes: list[str] | Literal["all"] = field(default_factory=list)
    complaint_points: bool = False
    steps: bool = False
    actions: bool = False
    documents: list[str] = field(default_factory=list)  # document ids within the case

    def covers_note(self, note_id: str) -> bool:
        return self.notes == "all" or note_id in self.notes


@dataclass
class Document:
    """A letter, decision, verdict, e-mail or photo in the case file, stored inside the vault.

    `id` is stable within the case ("d1"); `size` and `sha256` describe the stored bytes (an
    image's metadata is dropped on the way in). `content` is filled only where the bytes are
    needed (interchange, annexes): the case screens see the description alone.
    """

    id: str
    title: str
    kind: DocumentKind
    filename: str
    media_type: str = "application/octet-stream"
    date: date | None = None
    source: str = ""  # who it came from ("de gemeente", "gezinsvoogd")
    size: int = 0
    sha256: str = ""
    parent: str | None = None  # the e-mail it was attached to
    orientation: int = 1  # EXIF orientation of a photo, kept when the metadata is dropped
    content: bytes | None = None
    text: str = ""  # text extracted at import (for search), filled by the importer


@dataclass
class Consent:
    """The client's consent for given content, recipient and purpose; withdrawal is final."""

    given: date
    recipient: str
    purpose: str
    scope: ConsentScope = field(default_factory=ConsentScope)
    withdrawn: date | None = None
    method: str | None = None  # how it was given: "spoken", "signed", "written"
    id: int | None = None

    def active_on(self, day: date) -> bool:
        """Active as the contract defines it: given (on or before `day`) and not withdrawn.

        A recorded withdrawal ends the consent whatever its date: the contract's "withdrawn"
        is a state, and a withdrawal is never postponed.
        """
        return self.given <= day and self.withdrawn is None


@dataclass
class Question:
    """One question the client brought (a case can hold several), with its own type."""

    type: QuestionType = QuestionType.INFORMATION_ADVICE
    topic: Topic | None = None


@dataclass
class Signal:
    """A signal (signaal): a problem the advisor passes on to an organisation or the gemeente.

    In a case (`Case.signals`) only `date` and `topic` are used; a signal without a case also
    names the organisation kind and municipality, and carries `uid`, the record id that lets
    an organisation-wide report count it once.
    """

    date: date
    topic: Topic | None = None
    organisation_kind: OrganisationKind | None = None
    municipality: str = ""
    uid: str = ""


@dataclass
class Activity:
    """Work outside cases (voorlichting, a group visit, a training), with its time."""

    date: date
    kind: ActivityKind
    minutes: int = 0
    participants: int | None = None
    municipality: str = ""
    uid: str = ""


@dataclass
class Case:
    """One client's matter (dossier), under a code and never a name."""

    opened: date
    client_role: ClientRole
    organisation: Organisation
    regime: Regime
    code: str = ""
    closed: date | None = None
    result: CaseResult | None = None
    route: str | None = None
    age_band: AgeBand | None = None
    incident_date: date | None = None  # date of the conduct complained about (Awb 9:8)
    unsafe_signal: bool = False
    topics: list[Topic] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    support: list[Support] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    complaint_points: list[ComplaintPoint] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    # registration for the yearly report: `client` is a pseudonymous reference shared by the
    # cases of one client ("" = the case is its own client); `feedback` the client's mark
    client: str = ""
    municipality: str = ""
    questions: list[Question] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    feedback: int | None = None
    id: int | None = None
    documents: list[Document] = field(default_factory=list)  # described; content on demand

    @property
    def is_open(self) -> bool:
        return self.closed is None

    @property
    def minutes_total(self) -> int:
        return sum(n.minutes or 0 for n in self.notes)

    def next_note_id(self) -> str:
        """The id for a new note: "n<k>" one past the highest such id (ids are stable)."""
        numbers = [int(n.id[1:]) for n in self.notes if n.id[:1] == "n" and n.id[1:].isdigit()]
        taken = {n.id for n in self.notes}
        k = max(numbers, default=0) + 1
        while f"n{k}" in taken:
            k += 1
        return f"n{k}"

    def edited_note(self, before: Case) -> Note | None:
        """The one note this case changed compared with `before`, when that is all it changed.

        None when anything else differs (another field, a second note, a note added, removed
        or moved): such a change needs the whole case saved. Consents are left out, as
        `CaseRepository.update` leaves them out.
        """
        if self.id is None or self.id != before.id or len(self.notes) != len(before.notes):
            return None
        edited = [
            (old, new) for old, new in zip(before.notes, self.notes, strict=True) if old != new
        ]
        if len(edited) != 1 or edited[0][0].id != edited[0][1].id:
            return None
        new = edited[0][1]
        if dataclasses.replace(self, notes=[], consents=[]) != dataclasses.replace(
            before, notes=[], consents=[]
        ):
            return None
        return new

    def active_consents(self, day: date) -> list[Consent]:
        return [c for c in self.consents if c.active_on(day)]

    def free_texts(self) -> list[tuple[str, str, str, str]]:
        """(part, ref, field, text) for every free text the advisor types in this case.

        `part` is "note", "complaint_point", "action" or "consent"; `ref` the note id or the
        1-based number of the point, action or consent. The privacy guard reads all of these.
        """
        texts = [("note", n.id, "text", n.text) for n in self.notes]
        for number, point in enumerate(self.complaint_points, start=1):
            texts.append(("complaint_point", str(number), "summary", point.summary))
            texts.append(("complaint_point", str(number), "desired_outcome", point.desired_outcome))
        for number, action in enumerate(self.actions, start=1):
            texts.append(("action", str(number), "description", action.description))
        for number, consent in enumerate(self.consents, start=1):
            texts.append(("consent", str(number), "purpose", consent.purpose))
        return texts

    def rewrite_texts(self, rewrite: Callable[[str], str]) -> int:
        """Apply `rewrite` to every free text (notes, points, actions); how many changed.

        Consent purposes are left as recorded: a consent is what the client agreed to.
        """
        changed = 0

        def run(text: str) -> str:
            nonlocal changed
            new = rewrite(text)
            changed += new != text
            return new

        for note in self.notes:
            note.text = run(note.text)
        for point in self.complaint_points:
            point.summary = run(point.summary)
            point.desired_outcome = run(point.desired_outcome)
        for action in self.actions:
            action.description = run(action.description)
        return changed
