"""What a screen or command needs: the counts of a period in an unlocked vault, the report
written to a file (audited), and the threshold setting."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from vertrouwen.errors import ErrorCode, InputError, UsageError
from vertrouwen.reports.stats import SETTING_THRESHOLD, Period, Stats, compute_stats
from vertrouwen.reports.stats import threshold_from_setting as _threshold

if TYPE_CHECKING:
    from vertrouwen.reports.registrations_file import RegistrationSet
    from vertrouwen.workspace import Workspace


def threshold_of(ws: Workspace) -> int:
    """The vault's `report_threshold` setting (default 5)."""
    return _threshold(ws.settings.get(SETTING_THRESHOLD))


def stats_for(
    ws: Workspace,
    period: Period,
    regime: str | None = None,
    organisation_kind: str | None = None,
) -> Stats:
    """Counts for `period` (and a year earlier) with the vault's threshold and any filters."""
    earlier = period.a_year_earlier()  # compared with the period itself
    return compute_stats(
        ws.registrations.counted_in(earlier.start, period.end),
        period,
        threshold_of(ws),
        regime,
        organisation_kind,
        signals=ws.outside.signals(),
        activities=ws.outside.activities(),
    )


def years_with_cases(ws: Workspace, today: date) -> list[int]:
    """Every year in which a registered case was open, newest first (for a year picker)."""
    span = ws.registrations.span()
    if span is None:
        return [today.year]
    first, last = span
    return list(range(max(last.year, today.year), first.year - 1, -1))


MAX_THRESHOLD = 100  # a higher threshold hides every name anyway


def set_threshold(ws: Workspace, value: int) -> None:
    """Change `report_threshold` (audited: a lower threshold shows more organisation names)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_THRESHOLD:
        raise UsageError(f"the threshold must be a whole number from 1 to {MAX_THRESHOLD}")
    ws.record(
        "report_threshold_changed",
        detail=f"drempel {value}",
        together=lambda: ws.settings.put(SETTING_THRESHOLD, value),
    )


def _what(kind: str, stats: Stats) -> str:
    """The audit detail: which report, never where it went (a file name can name a client)."""
    filters = [f for f in (stats.regime, stats.organisation_kind) if f]
    return kind + (f" ({', '.join(filters)})" if filters else "")


def export_year_report(ws: Workspace, stats: Stats, year: int, path: Path | str) -> None:
    """Write the yearly report PDF atomically and audit it (`stats --pdf`, the Rapportage
    screen). The entry and the file go together: a failed write rolls the entry back."""
    from vertrouwen.export.pdfkit import write_pdf
    from vertrouwen.fileio import check_output
    from vertrouwen.reports.pdf import render_year_report  # reportlab only when needed

    check_output(path, ws.path)  # never over the vault or its files, by any name
    data = render_year_report(stats, year)
    what = _what(f"jaarrapportage {year}", stats)
    ws.record("report_exported", detail=what, together=lambda: write_pdf(path, data))


def export_registrations(ws: Workspace, year: int, path: Path | str) -> int:
    """Write the year's anonymous registrations file atomically and audited (no case code, no
    text, no identity; see `registrations_file`). Returns the number of case records."""
    from vertrouwen import clock
    from vertrouwen.fileio import check_output, write_atomic
    from vertrouwen.reports.registrations_file import dump_registrations, for_year

    check_output(path, ws.path)
    rows, signals, activities = (
        ws.registrations.all(),
        ws.outside.signals(),
        ws.outside.activities(),
    )
    data = dump_registrations(rows, signals, activities, year, threshold_of(ws), clock.today())
    ws.record(
        "registrations_exported",
        detail=f"registraties {year}",
        together=lambda: write_atomic(path, data),
    )
    return len(for_year(rows, signals, activities, year)[0])


def read_registration_files(paths: list[Path], year: int) -> RegistrationSet:
    """Every file read and checked, then merged for `year` (InputError naming the file)."""
    from vertrouwen.reports.registrations_file import load_registrations, merge

    sets = []
    for path in paths:
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise InputError(ErrorCode.REGISTRATIONS_MISSING, path=path) from exc
        except IsADirectoryError as exc:
            raise InputError(ErrorCode.REGISTRATIONS_IS_FOLDER, path=path) from exc
        except OSError as exc:
            raise InputError(
                ErrorCode.REGISTRATIONS_UNREADABLE, path=path, reason=exc.strerror
            ) from exc
        sets.append(load_registrations(data, str(path)))
    return merge(sets, year)


def stats_from(found: RegistrationSet, period: Period) -> Stats:
    """Counts over merged registration files, with the files' (highest) threshold."""
    return compute_stats(
        found.cases,
        period,
        found.threshold,
        signals=found.signals,
        activities=found.activities,
    )


def export_csv(ws: Workspace, stats: Stats, path: Path | str) -> None:
    """Write the counts as CSV (as `stats --format csv` prints them), atomically and audited."""
    from vertrouwen.fileio import check_output, write_atomic
    from vertrouwen.reports.output import to_csv

    check_output(path, ws.path)
    p = stats.period
    data = to_csv(stats).encode("utf-8")
    what = _what(f"telling {p.start} t/m {p.end} csv", stats)
    ws.record("report_exported", detail=what, together=lambda: write_atomic(path, data))
