"""`stats --year YYYY --format json|csv [--pdf FILE] [--from FILE...]` and
`registrations --year YYYY --out FILE`: the anonymous counts of a year.

`stats` prints the counts to stdout; with `--pdf` it also writes the yearly report
(atomically: a failed write leaves FILE as it was). With `--from` it counts over registration
files of several advisors and needs no vault. `registrations` writes one advisor's file.
Counting rules: `vertrouwen.reports`; the file: `vertrouwen.reports.registrations_file`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vertrouwen.clock import MAX_YEAR, MIN_YEAR
from vertrouwen.errors import UsageError


def _year(args: argparse.Namespace) -> int:
    year = int(args.year)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UsageError(
            f"--year {year} is not a plausible year; give one from {MIN_YEAR} to {MAX_YEAR}"
        )
    return year


def _target(raw: str, option: str, args: argparse.Namespace) -> Path:
    """An output path: its folder exists, and it is none of the vault's files (by any name),
    a backup or a handover package (`fileio.check_output`)."""
    from vertrouwen.fileio import check_output
    from vertrouwen.paths import resolve_vault

    path = Path(raw)
    if not path.expanduser().absolute().parent.is_dir():
        raise UsageError(f"cannot write {path}: the folder {path.parent} does not exist")
    return check_output(path, resolve_vault(getattr(args, "vault", None)))


def run(args: argparse.Namespace) -> int:
    year = _year(args)
    fmt = getattr(args, "format", None) or "json"
    if fmt not in ("json", "csv"):
        raise UsageError(f"--format {fmt} is unknown; use json or csv")
    pdf_path = _target(args.pdf, "--pdf", args) if getattr(args, "pdf", None) else None
    replacing = pdf_path is not None and pdf_path.exists()
    sources = [Path(s) for s in getattr(args, "sources", None) or []]
    if pdf_path is not None and any(
        s.expanduser().resolve() == pdf_path.expanduser().resolve() for s in sources
    ):
        raise UsageError(f"--pdf {pdf_path} is one of the --from files; choose another file")

    # imported here so a usage error needs neither the vault nor reportlab
    from vertrouwen.reports import Period
    from vertrouwen.reports.output import to_csv, to_json_dict

    if sources:
        from vertrouwen.reports.service import read_registration_files, stats_from

        found = read_registration_files(sources, year)
        stats = stats_from(found, Period.year(year))
        if pdf_path is not None:
            from vertrouwen.export.pdfkit import write_pdf
            from vertrouwen.reports.pdf import render_year_report

            write_pdf(pdf_path, render_year_report(stats, year, sources=len(found.sources)))
        print(
            f"{len(found.cases)} zaak-registratie(s) uit {len(found.sources)} bestand(en) geteld",
            file=sys.stderr,
        )
    else:
        from vertrouwen.reports.service import stats_for
        from vertrouwen.workspace import open_workspace

        with open_workspace(args) as ws:
            stats = stats_for(ws, Period.year(year))
            if pdf_path is not None:
                from vertrouwen.reports.service import export_year_report

                export_year_report(ws, stats, year, pdf_path)
    if fmt == "json":
        sys.stdout.write(json.dumps(to_json_dict(stats, year), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(to_csv(stats))
    if pdf_path is not None:
        replaced = " (it replaced the file that was there)" if replacing else ""
        print(f"yearly report {year} written to {pdf_path}{replaced}", file=sys.stderr)
    return 0


def registrations(args: argparse.Namespace) -> int:
    """`registrations --year YYYY --out FILE`: this vault's anonymous registrations of a year."""
    year = _year(args)
    out = _target(args.out, "--out", args)
    from vertrouwen.reports.service import export_registrations
    from vertrouwen.workspace import open_workspace

    with open_workspace(args) as ws:
        count = export_registrations(ws, year, out)
    print(f"{count} zaak-registratie(s) voor {year} geschreven naar {out}", file=sys.stderr)
    return 0
