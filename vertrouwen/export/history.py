"""What of a case went to whom: read back from the audit log (no Qt).

Every PDF export writes one audit entry (`export_pdf`, see `pdf_save.audit_detail`) naming the
kind, the recipients and whether a password protected it; a handover names the package file.
The consent tab shows these so the advisor sees what was shared, without a second record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace

_EXPORT = re.compile(
    r"kind=(?P<kind>\S+) recipient=(?P<recipients>.*?) consents=(?P<consents>\S*)"
    r" password=(?P<protected>yes|no)(?: documents=(?P<documents>\S+))?$"
)


@dataclass(frozen=True)
class SharedRecord:
    """One time something of the case left the vault."""

    at: str  # ISO time (UTC) of the audit entry
    kind: str  # "complaint", "anonymous" (PDF) or "handover"
    recipients: tuple[str, ...] = ()
    password: bool = False
    documents: int = 0  # documents attached to a complaint letter
    target: str = ""  # a handover's package file name


def export_history(ws: Workspace, code: str) -> list[SharedRecord]:
    """The case's exports and handovers, newest first."""
    out: list[SharedRecord] = []
    for entry in ws.audit.entries(code):
        if entry.event == "export_pdf":
            found = _EXPORT.match(entry.detail)
            if found is None:
                continue
            recipients = tuple(r for r in found["recipients"].split("; ") if r)
            documents = len(found["documents"].split(",")) if found["documents"] else 0
            out.append(
                SharedRecord(
                    entry.at,
                    found["kind"],
                    recipients,
                    found["protected"] == "yes",
                    documents,
                )
            )
        elif entry.event == "case_handed_over":
            out.append(SharedRecord(entry.at, "handover", target=entry.detail))
    return out
