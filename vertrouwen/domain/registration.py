"""A case's anonymous registration for the yearly report, as plain values.

The vault keeps one per case (`vertrouwen.vault.registrations`), also after the case file is
destroyed; a registrations file carries them between advisors (`reports.registrations_file`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Registration:
    """One case's anonymous registration, as plain values (slugs, dates, counts)."""

    opened: date
    client_role: str
    organisation_kind: str
    organisation_name: str
    regime: str
    closed: date | None = None
    result: str | None = None
    age_band: str | None = None
    topics: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()  # one per complaint point that has a verdict
    steps: tuple[str, ...] = ()  # route steps taken, in route order
    contacts: int = 0
    minutes: int = 0
    unsafe_signal: bool = False
    # "YYYY-MM" -> (contacts, minutes) in that month; empty for rows of cases destroyed
    # before the month breakdown was registered (schema 1)
    activity: dict[str, tuple[int, int]] = field(default_factory=dict)
    case_id: int | None = None  # None once the case file is destroyed
    id: int | None = None
    # issue 18: record id (unique over an organisation's files), client digest (None: the case
    # is its own client), municipality, questions (type, topic), signals (date, topic), mark
    uid: str = ""
    client: str | None = None
    municipality: str = ""
    questions: tuple[tuple[str, str | None], ...] = ()
    signals: tuple[tuple[date, str | None], ...] = ()
    feedback: int | None = None

    @property
    def client_id(self) -> str:
        """What tells clients apart: the client digest, else this record alone."""
        return f"c:{self.client}" if self.client else f"r:{self.uid or self.id}"
