"""The domain: cases and their parts as plain dataclasses, and the fixed enumerations.

Slugs are exactly those of the interchange contract; `labels.py` gives their Dutch names.
"""

from vertrouwen.domain.enums import (
    AgeBand,
    CaseResult,
    ClientRole,
    DocumentKind,
    Goal,
    NoteKind,
    OrganisationKind,
    Owner,
    Regime,
    StepId,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)
from vertrouwen.domain.model import (
    Action,
    Case,
    ComplaintPoint,
    Consent,
    ConsentScope,
    Document,
    Note,
    Organisation,
    Step,
)

__all__ = [
    "Action",
    "AgeBand",
    "Case",
    "CaseResult",
    "ClientRole",
    "ComplaintPoint",
    "Consent",
    "ConsentScope",
    "Document",
    "DocumentKind",
    "Goal",
    "Note",
    "NoteKind",
    "Organisation",
    "OrganisationKind",
    "Owner",
    "Regime",
    "Step",
    "StepId",
    "StepOutcome",
    "Support",
    "Topic",
    "Verdict",
]
