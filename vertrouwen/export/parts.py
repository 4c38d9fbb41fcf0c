"""Flowables for the disclosed parts of a case, shared by the complaint letter and the summary.

Each builder takes only what a `Disclosure` holds and a date formatter, so the letter can print
days ("2 maart 2026") while the anonymous summary prints months ("maart 2026").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from vertrouwen.domain import Action, ComplaintPoint, Note, Regime, Step
from vertrouwen.domain.enums import NoteKind, Owner, StepId, StepOutcome, Verdict
from vertrouwen.domain.labels import label, label_for
from vertrouwen.export.pdfkit import TEXT_WIDTH, styles, table, text

DateFormat = Callable[[date], str]


def step_name(step_id: str, route_id: str | None, regime: Regime) -> str:
    """The Dutch name of a step: the route's own name, the common name, or the id itself."""
    try:
        from vertrouwen.routes import builtin_routes, default_route

        routes = builtin_routes()
        route = routes.get(route_id) if route_id else None
        route = route or default_route(regime, routes)
        found = route.step(step_id) if route else None
        if found is not None and found.name:
            return found.name
    except Exception:  # noqa: S110 - a broken route file must not block an export
        pass
    return label_for(StepId, step_id)


def points(items: Sequence[ComplaintPoint], *, first_person: bool) -> list[Flowable]:
    """Numbered complaint points, each with its desired outcome (and an earlier verdict).

    Flat paragraphs (no KeepTogether, which must not nest): each point's lines carry
    keepWithNext so that a point is not split from its desired outcome.
    """
    st = styles()
    item = st["body"].clone("point", leftIndent=7 * mm, bulletIndent=0, spaceAfter=2)
    sub = st["body"].clone("point_sub", leftIndent=7 * mm, textColor=st["muted"].textColor)
    wanted = "Wat ik hiermee wil bereiken" if first_person else "Gewenste uitkomst"
    out: list[Flowable] = []
    for number, point in enumerate(items, start=1):
        lines: list[Paragraph] = [Paragraph(text(point.summary), item, bulletText=f"{number}.")]
        if point.desired_outcome.strip():
            lines.append(Paragraph(f"<b>{wanted}:</b> {text(point.desired_outcome)}", sub))
        if point.verdict is not None:
            verdict = label_for(Verdict, point.verdict.value)
            lines.append(Paragraph(f"<b>Eerder oordeel:</b> {text(verdict)}", sub))
        for line in lines[:-1]:
            line.keepWithNext = 1
        lines[-1].spaceAfter = 3 * mm
        out += lines
    return out


def _period(step: Step, fmt: DateFormat) -> str:
    if step.started and step.ended:
        if fmt(step.started) == fmt(step.ended):
            return fmt(step.started)
        return f"{fmt(step.started)} – {fmt(step.ended)}"
    if step.started:
        return f"sinds {fmt(step.started)}"
    if step.ended:
        return f"tot {fmt(step.ended)}"
    return "–"


def steps(
    items: Sequence[Step], fmt: DateFormat, *, route_id: str | None, regime: Regime
) -> Flowable:
    """The route steps taken, in order: which step, when, and how it ended."""
    rows: list[list[str]] = []
    for step in items:
        outcome = label_for(StepOutcome, step.outcome.value) if step.outcome else "loopt nog"
        if step.extension_weeks:
            agreed = ", met mijn schriftelijke instemming" if step.extension_agreed else ""
            outcome += f" (termijn verdaagd met {step.extension_weeks} weken{agreed})"
        rows.append([step_name(step.step, route_id, regime), _period(step, fmt), outcome])
    return table(["Stap", "Wanneer", "Uitkomst"], rows, _widths(0.42, 0.30, 0.28))


def actions(items: Sequence[Action], fmt: DateFormat) -> Flowable:
    """The agreed actions: what, who, by when, and whether it is done."""
    rows = [
        [
            a.description,
            label_for(Owner, a.owner.value),
            fmt(a.due) if a.due else "–",
            "gedaan" if a.done else "open",
        ]
        for a in items
    ]
    return table(["Afspraak", "Wie", "Uiterlijk", "Stand"], rows, _widths(0.47, 0.23, 0.19, 0.11))


def notes(items: Sequence[Note], fmt: DateFormat) -> list[Flowable]:
    """Each note with a heading line (date, kind, minutes) and its text in paragraphs."""
    st = styles()
    out: list[Flowable] = []
    for note in items:
        kind = label(NoteKind(note.kind))
        head = f"{fmt(note.date)} · {kind}"
        if note.minutes:
            head += f" · {note.minutes} minuten"
        paragraphs = [p for p in note.text.replace("\r\n", "\n").split("\n\n") if p.strip()]
        out.append(Paragraph(text(head), st["h3"]))  # h3 keeps with the first paragraph
        out += [Paragraph(text(p.strip()), st["body"]) for p in paragraphs]
        out.append(Spacer(1, 1.5 * mm))
    return out


def _widths(*fractions: float) -> list[float]:
    return [TEXT_WIDTH * f for f in fractions]
