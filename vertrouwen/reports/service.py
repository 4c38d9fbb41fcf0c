"""What a screen or command needs: the counts of a period in an unlocked vault, the report
written to a file (audited), and the threshold setting."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vertrouwen.domain.enums import AgeBand
from vertrouwen.errors import ErrorCode, InputError, UsageError
from vertrouwen.reports.stats import (
    RAW_KEYS,
    SETTING_THRESHOLD,
    Period,
    Stats,
    Tally,
    compute_stats,
    finish,
)
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
    *,
    kept: bool = True,
) -> Stats:
    """Counts for `period` (and a year earlier) with the vault's threshold and any filters.

    Read from the sums the vault keeps per year and per half month (`_tallies`); with `kept=False`
    counted by SQLite over the registrations (`period_counts`). Both give the same counts as
    `compute_stats` over every registration (tests/unit/test_stats_counted_in.py,
    tests/unit/test_report_tally.py)."""
    earlier = period.a_year_earlier()  # compared with the period itself
    tally, previous = _tallies(ws, [period, earlier], regime, organisation_kind, kept=kept)
    return finish(
        tally,
        previous,
        period,
        threshold_of(ws),
        regime,
        organisation_kind,
        signals=ws.outside.signals(),
        activities=ws.outside.activities(),
    )


def _tallies(
    ws: Workspace,
    periods: list[Period],
    regime: str | None,
    organisation_kind: str | None,
    *,
    kept: bool,
) -> list[Tally]:
    """The Tally of each period, read from the sums the vault keeps: a calendar year from the
    yearly sums (`year_counts`), any other period from the yearly and half-monthly sums with the
    days of the months it cuts counted (`period_sums`). With `kept=False` every period is
    counted over the registrations (`period_counts`)."""
    regs = ws.registrations
    if not kept:
        return [
            tally_from(raw)
            for raw in regs.period_counts(
                [(p.start, p.end) for p in periods], regime, organisation_kind
            )
        ]
    calendar = [p == Period.year(p.start.year) for p in periods]
    years = iter(
        regs.year_counts(
            [p.start.year for p, whole in zip(periods, calendar, strict=True) if whole],
            regime,
            organisation_kind,
        )
        if any(calendar)
        else []
    )
    others = [(p.start, p.end) for p, whole in zip(periods, calendar, strict=True) if not whole]
    summed = iter(regs.period_sums(others, regime, organisation_kind) if others else [])
    return [tally_from(next(years) if whole else next(summed)) for whole in calendar]


def tally_from(raw: dict[str, list[tuple[Any, int, int]]]) -> Tally:
    """A period's Tally from `period_counts`' rows."""

    def one(what: str) -> int:
        return sum(n for _, n, _ in raw.get(what, []))

    def counter(what: str) -> Counter[str]:
        return Counter({str(key): n for key, n, _ in raw.get(what, []) if key is not None})

    per = {key: counter(key) for key in RAW_KEYS}
    per["by_age_band"] = Counter()
    for key, n, _ in raw.get("by_age_band", []):
        per["by_age_band"][key or AgeBand.UNKNOWN.value] += n
    tally = Tally(
        cases=one("cases"),
        new_cases=one("new"),
        closed_cases=one("closed"),
        open_at_end=one("open_at_end"),
        unsafe_signals=one("unsafe"),
        clients=one("clients"),
        per=per,
        organisations=counter("organisation"),
        municipalities=Counter({str(k or ""): n for k, n, _ in raw.get("municipality", [])}),
        signals=one("signals"),
        signal_topics=counter("signals"),
        feedback=Counter({int(k): n for k, n, _ in raw.get("feedback", [])}),
        new_by_month=counter("new_month"),
        closed_by_month=counter("closed_month"),
        open_from=counter("open_from"),
        open_until=counter("open_until"),
    )
    for key, n, _ in raw.get("questions", []):
        kind, topic = json.loads(key)
        tally.questions[str(kind)] += n
        if topic:
            tally.question_topics[str(topic)] += n
    months: dict[str, tuple[int, int]] = {}
    for month, contacts, minutes in raw.get("activity", []):
        before = months.get(month, (0, 0))
        months[month] = (before[0] + contacts, before[1] + minutes)
    tally.by_month = months
    tally.signal_topics = Counter({t: n for t, n in tally.signal_topics.items() if t})
    return tally


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
