"""Charts for the yearly report, drawn with reportlab.graphics, each with its table beside it.

`bar_table` lays a table (name, this year, share, last year) and a horizontal bar chart side
by side with one bar pair per table row, so the eye moves along a row from the name and the
numbers to the bars. `trend` does the same for the months of the year, with a line chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from vertrouwen.export.pdfkit import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, SHADE, TEXT_WIDTH

PREVIOUS = colors.HexColor("#b7c3cf")  # last year: a quiet grey-blue beside the accent
ROW = 15.0  # points per table row; the bars use the same pitch so they line up
HEAD = 18.0
CELL_FONT = 8.0


@dataclass(frozen=True)
class Row:
    """One line of a bar table."""

    label: str
    count: int
    share: str  # "34%" or ""
    previous: int | None  # None: no comparison year


def nice_max(value: float) -> tuple[float, float]:
    """An axis maximum and step that read well (1, 2 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0)
    return step * math.ceil(value / step), step


def numbers_table(
    header: Sequence[str],
    body: Sequence[Sequence[str]],
    widths: Sequence[float],
    foot: bool,
    muted: int | None = -1,
) -> Table:
    """Names and right-aligned numbers; column `muted` (last year's) in a quieter colour."""
    data = [list(header), *[list(r) for r in body]]
    heights = [HEAD] + [ROW] * len(body)
    result = Table(data, colWidths=list(widths), rowHeights=heights, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if muted is not None:
        style.append(("TEXTCOLOR", (muted, 1), (muted, -1), MUTED))
    if foot:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ]
    result.setStyle(TableStyle(style))
    return result


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    # reportlab starts every drawing in Helvetica, which the PDF would then list unembedded
    d.initialFontName = FONT
    return d


def _legend(d: Drawing, y: float, year: int | None, previous_year: int | None) -> None:
    x = 4.0
    for colour, text in ((ACCENT, str(year or "")), (PREVIOUS, str(previous_year or ""))):
        if not text:
            continue
        d.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        d.add(String(x + 10, y + 0.5, text, fontName=FONT, fontSize=7.5, fillColor=INK))
        x += 42


def bar_table(
    rows: Sequence[Row],
    *,
    title: str,
    year: int,
    total: tuple[str, int, int | None] | None = None,
) -> Table:
    """A table of `rows` with a horizontal bar chart beside it (this year and last year)."""
    has_prev = any(r.previous is not None for r in rows)
    label_w, num_w = 60 * mm, 15 * mm
    widths = [label_w, num_w, num_w, num_w] if has_prev else [label_w, num_w, num_w]
    header = [title, str(year), "aandeel", str(year - 1)][: len(widths)]
    body = [
        [r.label, _n(r.count), r.share, *([_n(r.previous or 0)] if has_prev else [])] for r in rows
    ]
    if total is not None:
        body.append([total[0], _n(total[1]), "", *([_n(total[2] or 0)] if has_prev else [])])
    table = numbers_table(
        header, body, widths, foot=total is not None, muted=-1 if has_prev else None
    )

    chart_w = TEXT_WIDTH - sum(widths) - 2 * mm
    n = len(rows)
    foot = ROW  # the total row, or room for the value axis' numbers
    d = _drawing(chart_w, HEAD + n * ROW + foot)
    _legend(d, HEAD + n * ROW + 5, year, year - 1 if has_prev else None)
    if n:
        chart = HorizontalBarChart()
        chart.x, chart.y = 6, foot
        chart.width, chart.height = chart_w - 16, n * ROW
        current = [r.count for r in reversed(rows)]
        series = [current]
        if has_prev:
            series.append([r.previous or 0 for r in reversed(rows)])
        # reportlab stacks a category's series bottom-up; draw last year first so this
        # year sits on top in each row, as in the table
        chart.data = [tuple(s) for s in reversed(series)]
        top, step = nice_max(max(max(s) for s in series))
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 6.5
        chart.valueAxis.labels.fillColor = MUTED
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = RULE
        chart.valueAxis.gridStrokeWidth = 0.3
        chart.valueAxis.labelTextFormat = _n
        chart.categoryAxis.categoryNames = [str(i) for i in range(n)]
        chart.categoryAxis.visibleLabels = False  # the names are in the table beside
        chart.categoryAxis.labels.fontName = FONT  # set even when hidden, or Helvetica is listed
        chart.barLabels.fontName = FONT
        chart.categoryAxis.visibleTicks = False
        chart.categoryAxis.strokeColor = INK
        chart.categoryAxis.strokeWidth = 0.6
        chart.groupSpacing = 3.5
        chart.barSpacing = 0.4
        colours = [PREVIOUS, ACCENT] if has_prev else [ACCENT]
        for i, colour in enumerate(colours):
            chart.bars[i].fillColor = colour
            chart.bars[i].strokeColor = None
        d.add(chart)
    outer = Table([[table, d]], colWidths=[sum(widths) + 2 * mm, chart_w], hAlign="LEFT")
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # the default would list Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


MONTH_ABBR = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def trend(
    months: Sequence[str],
    current: Sequence[int],
    previous: Sequence[int] | None,
    contacts: Sequence[int],
    *,
    year: int,
) -> Table:
    """New cases per month, this year against last year, as a line chart and a table."""
    labels = [MONTH_ABBR[int(m[5:]) - 1] for m in months]
    widths = [15 * mm, 21 * mm, 21 * mm, 20 * mm]
    header = ["Maand", f"Nieuw {year}", f"Nieuw {year - 1}", "Contacten"]
    body = [
        [lab, _n(c), _n(previous[i]) if previous is not None else "–", _n(contacts[i])]
        for i, (lab, c) in enumerate(zip(labels, current, strict=True))
    ]
    body.append(
        ["Totaal", _n(sum(current)), _n(sum(previous)) if previous else "–", _n(sum(contacts))]
    )
    # last year's column is the quiet one, not the contacts beside it
    table = numbers_table(header, body, widths, foot=True, muted=2)

    chart_w = TEXT_WIDTH - sum(widths) - 4 * mm
    height = HEAD + len(body) * ROW
    d = _drawing(chart_w, height)
    _legend(d, height - 12, year, year - 1 if previous is not None else None)
    chart = HorizontalLineChart()
    chart.x, chart.y = 22, 18
    chart.width, chart.height = chart_w - 30, height - 18 - 24
    series = [list(current)] + ([list(previous)] if previous is not None else [])
    chart.data = [tuple(s) for s in series]
    top, step = nice_max(max((max(s) for s in series if s), default=0))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.labelTextFormat = _n
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = INK
    chart.categoryAxis.strokeWidth = 0.6
    chart.joinedLines = 1
    chart.lineLabels.fontName = FONT
    for i, (colour, width) in enumerate(((ACCENT, 1.8), (PREVIOUS, 1.4))[: len(series)]):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = width
        chart.lines[i].symbol = makeMarker("FilledCircle", size=3.2, fillColor=colour)
    d.add(chart)
    d.add(Line(chart.x, chart.y, chart.x + chart.width, chart.y, strokeColor=INK, strokeWidth=0.6))
    outer = Table([[d, table]], colWidths=[chart_w + 4 * mm, sum(widths)], hAlign="LEFT")
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # the default would list Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _n(value: float | None) -> str:
    """Dutch thousands separator: 1.234."""
    if value is None:
        return ""
    return f"{int(value):,}".replace(",", ".")
