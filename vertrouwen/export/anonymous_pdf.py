"""The anonymous case summary: for intervision, or a signal to an organisation.

No identity goes in (there is none in the vault, and no identity file is accepted), the
organisation is named by its kind only, and dates are shown per month. Every consented text
(notes, complaint points, actions) first passes the personal-data guard: while any of them has
an open finding (one the advisor neither replaced nor marked "not personal data" for the
case), the summary is refused (exit 5). The refusal names where the findings are (note id,
point or action number, kind of data) and never the found text itself, so that the message
can be shown, logged or read aloud without disclosing anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from vertrouwen.clock import dutch_month
from vertrouwen.domain import Case
from vertrouwen.domain.enums import AgeBand, Goal
from vertrouwen.domain.labels import label
from vertrouwen.errors import RefusedError
from vertrouwen.export import parts
from vertrouwen.export.consent import Disclosure
from vertrouwen.export.pdfkit import (
    ACCENT,
    SHADE,
    TEXT_WIDTH,
    Meta,
    grid,
    render,
    section,
    styles,
    text,
)
from vertrouwen.privacy.findings import Finding, open_findings

TITLE = "Anonieme samenvatting"  # metadata title: generic on purpose


class Scanner(Protocol):
    """What the guard needs of `vertrouwen.privacy.Detector`."""

    def scan(self, text: str) -> list[Finding]: ...


@dataclass(frozen=True)
class ExportFinding:
    """An open finding in a consented text: where it is, and what kind (never the text).

    `part` is "note", "complaint_point" or "action"; `ref` the note id or the 1-based number
    of the point or action; `field` the text field; `start`/`end` the offsets into that field
    so a screen can highlight it.
    """

    part: str
    ref: str
    field: str
    kind: str
    start: int
    end: int

    def where(self) -> str:
        """A Dutch description without the found text, e.g. "notitie n2 (phone)"."""
        name = {"note": "notitie", "complaint_point": "klachtonderdeel", "action": "afspraak"}
        return f"{name.get(self.part, self.part)} {self.ref} ({self.kind})"


def _texts(d: Disclosure) -> Iterator[tuple[str, str, str, str]]:
    """(part, ref, field, text) for every consented free text the summary will print."""
    for note in d.notes:
        yield "note", note.id, "text", note.text
    for number, point in enumerate(d.complaint_points, start=1):
        yield "complaint_point", str(number), "summary", point.summary
        yield "complaint_point", str(number), "desired_outcome", point.desired_outcome
    for number, action in enumerate(d.actions, start=1):
        yield "action", str(number), "description", action.description


def open_findings_for_export(
    case: Case, disclosure: Disclosure, detector: Scanner, ignored: set[str]
) -> list[ExportFinding]:
    """The personal-data findings that still block the anonymous summary of `disclosure`."""
    if case.code != disclosure.case_code:
        raise ValueError("the disclosure belongs to another case")
    found: list[ExportFinding] = []
    for part, ref, field, value in _texts(disclosure):
        for f in open_findings(detector.scan(value), ignored):
            found.append(ExportFinding(part, ref, field, f.kind, f.start, f.end))
    return found


def refusal(findings: list[ExportFinding], code: str) -> RefusedError:
    """The refusal for open findings: how many, and where (never the found text)."""
    places = list(dict.fromkeys(f.where() for f in findings))
    shown = "; ".join(places[:6]) + ("; …" if len(places) > 6 else "")
    return RefusedError(
        f"the anonymous summary of {code} is refused: {len(findings)} possible personal "
        f"data finding(s) in the consented content ({shown}); replace them with a role or "
        "placeholder, or mark them as not personal data for this case, then export again"
    )


def _facts(d: Disclosure) -> Flowable:
    st = styles()
    rows: list[tuple[str, str]] = [("Rol van de cliënt", label(d.client_role))]
    if d.age_band is not None and d.age_band != AgeBand.UNKNOWN:
        rows.append(("Leeftijd", label(d.age_band)))
    rows.append(("Soort organisatie", label(d.organisation.kind)))
    rows.append(("Wettelijk kader", label(d.regime)))
    if d.topics:
        rows.append(("Onderwerpen", ", ".join(label(t) for t in d.topics)))
    goals = [label(g) for g in d.goals if g != Goal.OTHER]
    if goals:
        rows.append(("Wat de cliënt wil bereiken", ", ".join(goals)))
    cell = st["body"].clone("fact", spaceAfter=0)
    data = [[Paragraph(text(k), st["label"]), Paragraph(text(v), cell)] for k, v in rows]
    return grid(
        data,
        [48 * mm, TEXT_WIDTH - 48 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (0, -1), 3.3),  # smaller label text: align the baselines
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )


def _notice(d: Disclosure) -> Flowable:
    st = styles()
    small = st["small"]
    lines = [
        Paragraph(
            "Deze beschrijving bevat geen namen, adressen of andere gegevens waarmee de cliënt "
            "te herkennen is; data staan er per maand in. De cliënt heeft toestemming gegeven "
            "om deze beschrijving te delen, alleen voor het doel hieronder. Deel deze niet verder.",
            small,
        ),
        Paragraph(f"<b>Bestemd voor:</b> {text('; '.join(d.recipients))}", small),
        Paragraph(f"<b>Doel:</b> {text('; '.join(d.purposes))}", small),
    ]
    return grid(
        [[lines]],
        [TEXT_WIDTH],
        [
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
    )


def build_anonymous(
    case: Case,
    disclosure: Disclosure,
    detector: Scanner,
    ignored: set[str],
    *,
    password: str | None = None,
) -> bytes:
    """The anonymous summary as PDF bytes; RefusedError while findings are open."""
    findings = open_findings_for_export(case, disclosure, detector, ignored)
    if findings:
        raise refusal(findings, disclosure.case_code)
    d = disclosure
    st = styles()
    story: list[Flowable] = [
        Paragraph("Anonieme casusbeschrijving", st["h1"]),
        Paragraph(
            f"Referentie {text(d.case_code)} · opgesteld in {dutch_month(d.day)}", st["muted"]
        ),
        Spacer(1, 4 * mm),
        _notice(d),
        Paragraph("De situatie", st["h2"]),
        _facts(d),
    ]
    if d.complaint_points:
        story += section(
            Paragraph("Waarover de cliënt klaagt", st["h2"]),
            parts.points(d.complaint_points, first_person=False),
        )
    if d.steps:
        story += section(
            Paragraph("Doorlopen stappen", st["h2"]),
            [parts.steps(d.steps, dutch_month, route_id=d.route, regime=d.regime)],
        )
    if d.actions:
        story += section(Paragraph("Afspraken", st["h2"]), [parts.actions(d.actions, dutch_month)])
    if d.notes:
        story += section(Paragraph("Contactmomenten", st["h2"]), parts.notes(d.notes, dutch_month))
    footer = f"Anonieme casusbeschrijving · referentie {d.case_code}"
    return render(story, Meta(TITLE, footer=footer, password=password))
