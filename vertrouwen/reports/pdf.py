"""The yearly report (jaarrapportage) as an A4 PDF, ready to send to a municipality.

Built from `Stats` alone (anonymous counts; organisation names only at or above the
threshold), in Dutch: key figures against last year, a short summary in words, the months of
the year, a chart beside a table for every breakdown, and how to read it all. Uses the house
PDF kit (embedded DejaVu Sans, numbered pages, scrubbed metadata, atomic write).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vertrouwen import clock
from vertrouwen.domain.enums import ActivityKind
from vertrouwen.export import pdfkit
from vertrouwen.export.pdfkit import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, SHADE, text
from vertrouwen.reports import explain
from vertrouwen.reports.charts import Row, bar_table, numbers_table, trend
from vertrouwen.reports.output import display_name
from vertrouwen.reports.rows import ReportRow, rows_for, total_for
from vertrouwen.reports.stats import (
    DIMENSIONS,
    OTHER_ORGANISATIONS,
    UNKNOWN_MUNICIPALITY,
    Dimension,
    Stats,
)

# breakdowns shown as charts, in the order a policy officer reads them; the first two show
# every category (also the empty ones: "no cases about JeugdzorgPlus" is news too)
SECTIONS: tuple[tuple[str, str], ...] = (
    ("by_organisation_kind", "Over welke organisaties ging het?"),
    ("by_topic", "Waarover ging het?"),
    ("by_client_role", "Wie vroeg om steun?"),
    ("by_age_band", "Leeftijd van de cliënt"),
    ("by_regime", "Onder welke wet viel de hulp?"),
    ("by_goal", "Wat wilde de cliënt bereiken?"),
    ("by_support", "Welke steun gaf de vertrouwenspersoon?"),
    ("by_step_reached", "Hoe ver kwam de klachtroute?"),
    ("by_result", "Hoe liep het af?"),
    ("by_feedback", "Welk rapportcijfer gaf de cliënt?"),
    ("by_verdict", "Uitspraken van klachtencommissies"),
    ("questions", "Met welke vragen kwamen cliënten?"),
    ("by_question_topic", "Waarover gingen de vragen?"),
    ("by_municipality", "Uit welke gemeente kwam de cliënt?"),
    ("by_signal_topic", "Signalen: waarover?"),
    ("activities", "Activiteiten buiten zaken"),
)
SHOW_EMPTY = {"by_organisation_kind", "by_topic", "questions"}


def _dimension(key: str) -> Dimension:
    return next(d for d in DIMENSIONS if d.key == key)


def _label(key: str, slug: str) -> str:
    if key == "by_municipality" and slug == UNKNOWN_MUNICIPALITY:
        return "Onbekend"
    if key == "by_feedback":
        return f"Cijfer {slug}"
    enum: type[StrEnum] | None = _dimension(key).enum
    return display_name(enum, slug)


def _rows(stats: Stats, key: str) -> list[Row]:
    return [
        Row(label=_label(key, r.slug), count=r.count, share=r.share, previous=r.previous)
        for r in rows_for(stats, key, zeros=key in SHOW_EMPTY)
    ]


def _section(stats: Stats, year: int, key: str, heading: str) -> list[Flowable]:
    st = pdfkit.styles()
    rows = _rows(stats, key)
    parts: list[Flowable] = [Paragraph(text(heading), st["h2"])]
    note = explain.SECTION_NOTES.get(key)
    if note:
        parts.append(Paragraph(text(note.format(year=year)), st["muted"]))
    if not rows:
        parts.append(Paragraph(text(explain.NOTHING), st["body"]))
        return [KeepTogether(parts)]
    found = total_for(stats, key)
    total = None
    if found is not None:
        kind, count, before = found
        total = ("Totaal zaken" if kind == "cases" else "Totaal", count, before)
    parts.append(Spacer(1, 2 * mm))
    parts.append(bar_table(rows, title=_dimension(key).title, year=year, total=total))
    if key == "activities":
        parts.append(Paragraph(text(_activity_time(stats)), st["muted"]))
    return [KeepTogether(parts)]


def _activity_time(stats: Stats) -> str:
    """The hours per kind of activity, and the participants, under the activities table."""
    spent = [
        f"{display_name(ActivityKind, kind)} {explain.hours(minutes)} uur"
        for kind, minutes in stats.activity_minutes.items()
    ]
    line = "Tijd: " + " · ".join(spent) if spent else "Geen tijd geregistreerd"
    if stats.activity_participants:
        line += f"; samen {explain.number(stats.activity_participants)} deelnemers"
    return line + "."


def _figures(stats: Stats, year: int) -> Table:
    """The key figures: big numbers on top, this year against last year below."""
    prev = stats.previous
    figures = explain.key_figures(stats)
    header = ["", str(year), str(year - 1), "verschil"]
    body = [[name, now, was, diff] for name, now, was, diff in figures]
    result = Table([header, *body], colWidths=[82 * mm, 28 * mm, 28 * mm, 28 * mm], hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("FONTNAME", (1, 1), (1, -1), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("TEXTCOLOR", (2, 1), (-1, -1), MUTED),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    if prev is None:
        result.setStyle(TableStyle([("TEXTCOLOR", (2, 0), (-1, -1), SHADE)]))
    return result


def _tiles(stats: Stats, year: int) -> Table:
    """Three large numbers a reader remembers."""
    st = pdfkit.styles()
    big = st["h1"].clone("big", fontSize=22, leading=26, spaceAfter=0)
    tiles = [
        (stats.cases, f"zaken in {year}"),
        (stats.new_cases, "nieuwe zaken"),
        (stats.closed_cases, f"afgesloten in {year}"),
    ]
    cells = [
        [Paragraph(explain.number(n), big), Paragraph(text(caption), st["muted"])]
        for n, caption in tiles
    ]
    cells.append(
        [Paragraph(explain.hours(stats.minutes), big), Paragraph("uur contact", st["muted"])]
    )
    width = pdfkit.TEXT_WIDTH / len(cells)
    result = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # the default would list Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, "white"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return result


def _organisations(stats: Stats, year: int) -> list[Flowable]:
    st = pdfkit.styles()
    prev = stats.previous
    parts: list[Flowable] = [
        Paragraph("Organisaties met ten minste " + str(stats.threshold) + " zaken", st["h2"]),
        Paragraph(text(explain.ORGANISATIONS.format(n=stats.threshold, year=year)), st["muted"]),
    ]
    found = rows_for(stats, "by_organisation", zeros=False)
    if not found:
        parts.append(Paragraph(text(explain.NOTHING), st["body"]))
        return parts

    def was(row: ReportRow) -> list[str]:
        # blank ("–") for a name below the threshold last year (see rows.rows_for)
        if prev is None:
            return []
        return [explain.number(row.previous) if row.previous is not None else "–"]

    other = f"Overige organisaties (elk minder dan {stats.threshold} zaken)"
    rows = [
        [
            other if row.slug == OTHER_ORGANISATIONS else row.slug,
            explain.number(row.count),
            row.share,
            *was(row),
        ]
        for row in found
    ]
    rows.append(
        [
            "Totaal zaken",
            explain.number(stats.cases),
            "",
            *([explain.number(prev.cases)] if prev is not None else []),
        ]
    )
    header = ["Organisatie", str(year), "aandeel", *([str(year - 1)] if prev is not None else [])]
    widths = [112 * mm, 18 * mm, 18 * mm, 18 * mm][: len(header)]
    parts.append(Spacer(1, 2 * mm))
    parts.append(numbers_table(header, rows, widths, foot=True, muted=3 if prev else None))
    return [KeepTogether(parts)]


def build_story(stats: Stats, year: int, made: date, sources: int = 0) -> list[Flowable]:
    st = pdfkit.styles()
    title = st["h1"].clone("title", fontSize=20, leading=25, spaceAfter=2)
    story: list[Flowable] = [
        Paragraph(f"Jaarrapportage vertrouwenswerk {year}", title),
        Paragraph(text(explain.subtitle(stats, made, sources)), st["muted"]),
        Spacer(1, 4 * mm),
        Paragraph(text(explain.intro(stats, year, sources)), st["body"]),
        Spacer(1, 3 * mm),
        _tiles(stats, year),
        Paragraph("In het kort", st["h2"]),
    ]
    lines = explain.summary(stats, year, sources)
    story += [Paragraph("• " + text(line), st["body"]) for line in lines]
    story += [Paragraph("Kerncijfers", st["h2"]), _figures(stats, year)]
    has_data = bool(stats.cases or (stats.previous and stats.previous.cases))
    if stats.monthly and has_data:
        months = [m.month for m in stats.monthly]
        earlier = (
            {m.month[5:]: m.new_cases for m in stats.previous.monthly} if stats.previous else {}
        )
        previous = [earlier.get(m[5:], 0) for m in months] if stats.previous else None
        story += [
            KeepTogether(
                [
                    Paragraph("Nieuwe zaken per maand", st["h2"]),
                    Paragraph(text(explain.TREND.format(year=year)), st["muted"]),
                    Spacer(1, 2 * mm),
                    trend(
                        months,
                        [m.new_cases for m in stats.monthly],
                        previous,
                        [m.contacts for m in stats.monthly],
                        year=year,
                    ),
                ]
            )
        ]
    if has_data:
        for key, heading in SECTIONS:
            story += _section(stats, year, key, heading)
        story += _organisations(stats, year)
    else:
        # nothing to break down: a page of empty tables would only look like an error
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(text(explain.NO_CASES.format(year=year)), st["body"]))
    story.append(CondPageBreak(70 * mm))
    story.append(Paragraph("Zo lees je deze rapportage", st["h2"]))
    for heading, body in explain.how_to_read(stats, year, sources):
        story.append(
            KeepTogether([Paragraph(text(heading), st["h3"]), Paragraph(text(body), st["body"])])
        )
    return story


def render_year_report(
    stats: Stats, year: int, made: date | None = None, sources: int = 0
) -> bytes:
    """The report as PDF bytes (nothing touches the disk); `sources` is the number of merged
    registration files of an organisation report (0 for one vault)."""
    meta = pdfkit.Meta(
        title=f"Jaarrapportage vertrouwenswerk {year}",
        footer=f"Jaarrapportage {year} · anonieme cijfers",
    )
    return pdfkit.render(build_story(stats, year, made or clock.today(), sources), meta)


def write_year_report(stats: Stats, year: int, path: Path | str, made: date | None = None) -> None:
    """Write the report to `path` atomically (owner-only); a failure leaves `path` untouched."""
    pdfkit.write_pdf(path, render_year_report(stats, year, made))


__all__ = ["build_story", "render_year_report", "write_year_report"]
