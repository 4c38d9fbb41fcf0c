"""The steps of a PDF export that the `pdf` command and the desktop app share.

- `disclose_for`: the consent gate, optionally narrowed to the active consents the advisor
  chose (the command line uses all of them). Narrowing can only leave things out: it runs the
  same `disclose` over the chosen consents alone.
- `load_annexes`: the consented documents of a complaint letter, read from the vault.
- `build_export`: the PDF itself, in memory: the complaint letter (with the identity typed or
  read a moment ago, the terms from the bridge days, the consented documents as annexes) or
  the anonymous summary (only when the privacy guard finds nothing open in what is shared;
  otherwise the findings, and no bytes).
- `check_target`: refuses a target that is the vault, its key slots or a folder.
- `save_export`: writes the finished PDF atomically (owner-only) in the same transaction as
  its audit entry, so an export is written and audited, or neither. The entry names the kind,
  the recipients, the consents used and whether a password was set; never the identity or
  any text.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from vertrouwen.domain import Case
from vertrouwen.errors import UsageError
from vertrouwen.export.consent import Disclosure, disclose
from vertrouwen.export.pdfkit import write_pdf
from vertrouwen.fileio import check_output

if TYPE_CHECKING:
    from vertrouwen.export.annexes import Annex
    from vertrouwen.export.anonymous_pdf import ExportFinding, Scanner
    from vertrouwen.export.identity import Identity
    from vertrouwen.workspace import Workspace

KINDS = ("complaint", "anonymous")


def disclose_for(case: Case, day: date, consent_ids: Collection[int] | None = None) -> Disclosure:
    """`disclose(case, day)`, limited to the consents in `consent_ids` when given."""
    if consent_ids is None:
        return disclose(case, day)
    narrowed = copy.copy(case)
    narrowed.consents = [k for k in case.consents if k.id is not None and k.id in consent_ids]
    return disclose(narrowed, day)


def load_annexes(ws: Workspace, disclosure: Disclosure) -> list[Annex]:
    """The consented documents of a complaint letter, numbered, with their bytes."""
    from vertrouwen.export.annexes import Annex

    code = disclosure.case_code
    return [
        Annex(n, doc, ws.documents.content(code, doc.id), ws.documents.text(code, doc.id))
        for n, doc in enumerate(disclosure.documents, start=1)
    ]


@dataclass(repr=False)
class BuiltExport:
    """A PDF made in memory and not yet saved, or the findings that stopped it."""

    disclosure: Disclosure
    data: bytes = b""
    deadlines_missing: bool = False  # a complaint letter without computed terms
    findings: list[ExportFinding] = field(default_factory=list)  # anonymous: still open


def build_export(
    ws: Workspace,
    case: Case,
    disclosure: Disclosure,
    kind: str,
    *,
    identity: Identity | None = None,
    password: str | None = None,
    scanner: Callable[[], Scanner] | None = None,
) -> BuiltExport:
    """Build the `kind` PDF of `disclosure` (from `disclose_for(case, ...)`), in memory.

    A complaint needs the client's `identity` (never stored). The anonymous summary asks
    `scanner()` for the privacy guard (it must know names) and is built only when the guard
    finds nothing open in what is shared; otherwise the result holds the findings and no
    bytes. For the `pdf` command and the desktop app alike; nothing is written here.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    built = BuiltExport(disclosure)
    if kind == "complaint":
        from vertrouwen.export.complaint_pdf import applicable_deadlines, build_complaint
        from vertrouwen.routes.bridge_days import calendar_for

        if identity is None:
            raise ValueError("a complaint letter needs the client's identity")
        deadlines = applicable_deadlines(disclosure, calendar_for(ws.settings))
        built.deadlines_missing = deadlines is None
        built.data = build_complaint(
            disclosure,
            identity,
            password=password,
            deadlines=deadlines or [],
            annexes=load_annexes(ws, disclosure),
        )
        return built
    from vertrouwen.export.anonymous_pdf import build_anonymous, open_findings_for_export

    if scanner is None or case.id is None:
        raise ValueError("an anonymous summary needs a stored case and the privacy guard")
    guard = scanner()
    ignored = ws.cases.ignored_texts(case.id)
    built.findings = open_findings_for_export(case, disclosure, guard, ignored)
    if not built.findings:
        built.data = build_anonymous(case, disclosure, guard, ignored, password=password)
    return built


def check_target(out: Path, vault: Path) -> None:
    """Refuse a PDF target that would overwrite the vault or its files, or is a folder."""
    if out.expanduser().is_dir():
        raise UsageError(f"--out {out} is a folder; give a file name such as klacht.pdf")
    check_output(out, vault)


def audit_detail(kind: str, disclosure: Disclosure, password: bool) -> str:
    """The audit entry's detail for an export (no identity, no text)."""
    return (
        f"kind={kind} recipient={'; '.join(disclosure.recipients)}"
        f" consents={','.join(str(i) for i in disclosure.consent_ids)}"
        f" password={'yes' if password else 'no'}"
    ) + (
        f" documents={','.join(d.id for d in disclosure.documents)}"
        if disclosure.documents and kind == "complaint"
        else ""
    )


def save_export(
    ws: Workspace, out: Path, data: bytes, *, kind: str, disclosure: Disclosure, password: bool
) -> None:
    """Write `data` to `out` and audit it, in one transaction (nothing written on failure)."""
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    ws.record(
        "export_pdf",
        disclosure.case_code,
        detail=audit_detail(kind, disclosure, password),
        together=lambda: write_pdf(out, data),
    )
