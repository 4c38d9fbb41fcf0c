"""Benchmark: the complaint letter and the yearly report as PDF (not part of the test run).

    .venv/bin/python bench/bench_pdf.py [--cases N] [--repeat R] [--seed S]

Makes N fictional `demo` cases in an in-memory plain SQLite database with the vault's schema
(no disk, no key: storage is bench_vault.py's subject), then builds, in memory:
- the complaint letter (`build_complaint`) for the case whose consent discloses the most notes,
  without and with a password (AES-256, re-written by pypdf);
- the yearly report (`render_year_report`) for the last full year, from those cases' counts.
The floor, measured in the same run, is a raw reportlab document of the same size: the text
pypdf reads back from our PDF, in paragraphs of a few lines, with a plain `SimpleDocTemplate`
on A4 with our margins and a body style of the same size in Helvetica (a standard font, so
nothing embedded). A second row sets the same raw document in our embedded font (DejaVu Sans,
subset), so what the font costs shows apart from what our layout costs. All variants run
round-robin, R rounds after two warm-up rounds; the table shows the median and the best.
The first letter in the process is timed apart: it loads the four TTF fonts.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VERTROUWEN_TODAY", "2026-06-15")

import sqlcipher3  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from vertrouwen import demo  # noqa: E402
from vertrouwen.domain import Case  # noqa: E402
from vertrouwen.export import pdfkit  # noqa: E402
from vertrouwen.export.complaint_pdf import applicable_deadlines, build_complaint  # noqa: E402
from vertrouwen.export.consent import Disclosure, disclose  # noqa: E402
from vertrouwen.export.identity import Identity  # noqa: E402
from vertrouwen.reports import Period  # noqa: E402
from vertrouwen.reports.pdf import render_year_report  # noqa: E402
from vertrouwen.reports.stats import Stats, compute_stats  # noqa: E402
from vertrouwen.vault import migrations  # noqa: E402
from vertrouwen.vault.audit import AuditLog  # noqa: E402
from vertrouwen.vault.cases import CaseRepository  # noqa: E402
from vertrouwen.vault.db import transaction  # noqa: E402
from vertrouwen.vault.registrations import RegistrationRepository  # noqa: E402

TODAY = date(2026, 6, 15)
YEAR = 2025
IDENTITY = Identity(
    name="Sanne Voorbeeld",  # fiction
    address="Voorbeeldstraat 12",
    postcode="3511 AB",
    city="Utrecht",
    email="sanne@voorbeeld.nl",
    phone="06-12345678",
)
LINES_PER_PARAGRAPH = 5


def fictional_data(count: int, seed: int) -> tuple[list[Case], Stats]:
    """The demo cases (stored, so each has its registration) and the year's counts."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrations.migrate(conn)
    cases = CaseRepository(conn, AuditLog(conn))
    with transaction(conn):
        for n, case in enumerate(demo.generate(count, seed, TODAY), start=1):
            case.code = f"VP-{case.opened.year}-{n:05d}"
            cases.insert_in_transaction(case)
    stored = [cases.get_by_id(int(row[0])) for row in conn.execute("SELECT id FROM cases")]
    stats = compute_stats(RegistrationRepository(conn).all(), Period.year(YEAR))
    conn.close()
    return stored, stats


def biggest_disclosure(cases: list[Case]) -> Disclosure:
    """What the case with the most consented notes may disclose today."""
    best: Disclosure | None = None
    for case in cases:
        if not case.active_consents(TODAY):
            continue
        d = disclose(case, TODAY)
        if best is None or (len(d.notes), len(d.complaint_points)) > (
            len(best.notes),
            len(best.complaint_points),
        ):
            best = d
    if best is None:
        raise SystemExit("no demo case has an active consent; try another --seed")
    return best


def raw_document(paragraphs: list[str], font: str) -> bytes:
    """The floor: a plain reportlab document with our page size, margins and body size."""
    style = ParagraphStyle("raw", fontName=font, fontSize=9.5, leading=14, spaceAfter=5)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=pdfkit.MARGIN_X,
        rightMargin=pdfkit.MARGIN_X,
        topMargin=pdfkit.MARGIN_TOP,
        bottomMargin=pdfkit.MARGIN_BOTTOM,
    )
    doc.build([Paragraph(p, style) for p in paragraphs])
    return buffer.getvalue()


def text_of(pdf: bytes) -> tuple[list[str], int]:
    """The text pypdf reads from `pdf`, in paragraphs of a few lines, and the page count."""
    reader = PdfReader(io.BytesIO(pdf))
    lines = [ln for page in reader.pages for ln in page.extract_text().splitlines() if ln.strip()]
    chunks = [
        escape(" ".join(lines[i : i + LINES_PER_PARAGRAPH]))
        for i in range(0, len(lines), LINES_PER_PARAGRAPH)
    ]
    return chunks, len(reader.pages)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    cases, stats = fictional_data(args.cases, args.seed)
    d = biggest_disclosure(cases)
    deadlines = applicable_deadlines(d) or []  # as the pdf command does, before building
    start = time.perf_counter()
    build_complaint(d, IDENTITY, deadlines=deadlines)
    first_letter = time.perf_counter() - start

    def letter() -> bytes:
        return build_complaint(d, IDENTITY, deadlines=deadlines)

    def letter_locked() -> bytes:
        return build_complaint(d, IDENTITY, password="fictief wachtwoord", deadlines=deadlines)

    def report() -> bytes:
        return render_year_report(stats, YEAR, TODAY)

    letter_text, letter_pages = text_of(letter())
    report_text, report_pages = text_of(report())
    groups: list[tuple[str, list[tuple[str, Callable[[], bytes]]]]] = [
        ("complaint letter", [
            ("raw reportlab, Helvetica (floor)", lambda: raw_document(letter_text, "Helvetica")),
            ("raw reportlab, embedded DejaVu", lambda: raw_document(letter_text, pdfkit.FONT)),
            ("build_complaint", letter),
            ("build_complaint, password", letter_locked),
        ]),
        ("yearly report", [
            ("raw reportlab, Helvetica (floor)", lambda: raw_document(report_text, "Helvetica")),
            ("raw reportlab, embedded DejaVu", lambda: raw_document(report_text, pdfkit.FONT)),
            ("render_year_report", report),
        ]),
    ]  # fmt: skip
    times: dict[str, list[float]] = {}
    sizes: dict[str, bytes] = {}
    for round_ in range(args.repeat + 2):  # two warm-up rounds, dropped
        for group, variants in groups:
            for label, build in variants:
                start = time.perf_counter()
                data = build()
                took = time.perf_counter() - start
                if round_ >= 2:
                    times.setdefault(f"{group}/{label}", []).append(took)
                sizes[f"{group}/{label}"] = data

    print(f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{args.cases:,} fictional cases; the letter discloses {len(d.notes)} notes and "
        f"{len(d.complaint_points)} complaint points ({letter_pages} pages); the {YEAR} report "
        f"counts {stats.cases} cases ({report_pages} pages)"
    )
    print(f"first letter in this process (loads the fonts): {first_letter * 1e3:.0f} ms")
    print(f"{args.repeat} rounds; ratios of medians\n")
    for group, variants in groups:
        print(f"{group}\n{'':36}{'median ms':>10}{'best ms':>9}{'x floor':>8}{'pages':>6}{'KB':>6}")
        floor = statistics.median(times[f"{group}/{variants[0][0]}"])
        for label, _build in variants:
            key = f"{group}/{label}"
            median = statistics.median(times[key])
            print(
                f"  {label:34}{median * 1e3:>10.1f}{min(times[key]) * 1e3:>9.1f}"
                f"{median / floor:>8.2f}{pages(sizes[key]) if 'password' not in label else '':>6}"
                f"{len(sizes[key]) / 1024:>6.0f}"
            )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
