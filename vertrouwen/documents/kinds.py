"""Document kinds as typed on the command line: the slug, or its Dutch or English name."""

from __future__ import annotations

import re

from vertrouwen.domain import DocumentKind
from vertrouwen.domain.labels import label
from vertrouwen.errors import UsageError

_ALIASES = {
    "brief": DocumentKind.ORGANISATION_LETTER,
    "letter": DocumentKind.ORGANISATION_LETTER,
    "mail": DocumentKind.EMAIL,
    "verdict": DocumentKind.RULING,
    "complaint": DocumentKind.COMPLAINT_LETTER,
}


def _norm(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def kind_from_text(text: str) -> DocumentKind:
    """`beschikking`, `decision`, `Brief van de organisatie`, `e-mail`...; UsageError else."""
    wanted = _norm(text)
    for kind in DocumentKind:
        names = {kind.value, _norm(label(kind, "nl")), _norm(label(kind, "en"))}
        if wanted in names or wanted.replace("_", "") in {n.replace("_", "") for n in names}:
            return kind
    if wanted in _ALIASES:
        return _ALIASES[wanted]
    raise UsageError(
        f"--kind {text!r} is not a document kind; use one of "
        + ", ".join(k.value for k in DocumentKind)
    )
