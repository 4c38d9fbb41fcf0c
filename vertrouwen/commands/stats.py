"""`stats --year YYYY --format json|csv [--pdf FILE]`: the anonymous counts of a year.

Prints the counts to stdout; with `--pdf` also writes the yearly report (atomically: a failed
write leaves FILE as it was). Counting rules: `vertrouwen.reports`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vertrouwen.clock import MAX_YEAR, MIN_YEAR
from vertrouwen.errors import UsageError


def run(args: argparse.Namespace) -> int:
    year = args.year
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UsageError(
            f"--year {year} is not a plausible year; give one from {MIN_YEAR} to {MAX_YEAR}"
        )
    fmt = getattr(args, "format", None) or "json"
    if fmt not in ("json", "csv"):
        raise UsageError(f"--format {fmt} is unknown; use json or csv")
    pdf_path = Path(args.pdf) if getattr(args, "pdf", None) else None
    replacing = False
    if pdf_path is not None:
        from vertrouwen.fileio import check_output
        from vertrouwen.paths import resolve_vault

        if not pdf_path.parent.is_dir():
            raise UsageError(
                f"cannot write {pdf_path}: the folder {pdf_path.parent} does not exist"
            )
        check_output(pdf_path, resolve_vault(getattr(args, "vault", None)))
        replacing = pdf_path.exists()

    # imported here so a usage error needs neither the vault nor reportlab
    from vertrouwen.reports import Period
    from vertrouwen.reports.output import to_csv, to_json_dict
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
