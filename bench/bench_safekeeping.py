"""Benchmark: backup, verify and the yearly counts on a large demo vault (not part of the tests).

    .venv/bin/python bench/bench_safekeeping.py [--cases N] [--repeat R] [--year Y]

Uses (or builds) bench_cases.py's vault under /tmp/vertrouwen-bench/ and its plain-SQLite copy.
Each measure runs R times, A/B interleaved with its floor, and reports medians and the ratio:
- `write_backup` (copy under the read lock, one read that checks every page's HMAC and hashes
  the container) against `.backup` of the plain copy (Python's sqlite3 backup API, what the
  sqlite3 shell's `.backup` calls), and `cp` of the vault; then opening cases while a backup
  is written beside them on a thread and connection of its own (as the app does);
- `Workspace.verify` (integrity check and foreign keys on a fresh connection, which
  authenticates every page it reads, the free list's HMACs, schema) against
  `PRAGMA integrity_check` + `PRAGMA foreign_key_check` on the plain copy;
- `stats_for(year)` (read from the sums the vault keeps per year, for the year and the year
  before; with a regime or kind filter; and for half a year, which is counted over the
  registrations) against one SQL GROUP BY over the year's registrations, on the vault and on
  the plain copy; and "this year up to today" (`--today`, default the generator's today) and
  its year earlier: the year's sums, with the registrations dated after the period's end in
  its year counted apart; beside it the same with `kept=False` (both periods counted over the
  registrations, as before), against the same floor.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_cases  # noqa: E402

GROUP_BY = (
    "SELECT organisation_kind, count(*) FROM registrations"
    " WHERE opened <= ? AND (closed IS NULL OR closed >= ?) GROUP BY organisation_kind"
)

# the registrations opened or closed, or with a signal dated, from one day to another
DATED = (
    "SELECT count(*) FROM registrations WHERE opened BETWEEN ? AND ? OR closed BETWEEN ? AND ?"
    " OR signals <> '[]' AND EXISTS (SELECT 1 FROM json_each(signals)"
    " WHERE json_extract(value, '$[0]') BETWEEN ? AND ?)"
)

CPU: dict[str, float] = {}  # the last `pair`'s median CPU time (all threads), "ours"/"floor"


def pair(
    ours: Callable[[], object], floor: Callable[[], object], rounds: int, after: Callable[[], None]
) -> tuple[float, float]:
    a, b, cpu_a, cpu_b = [], [], [], []
    for _ in range(rounds):
        for fn, wall, cpu in ((ours, a, cpu_a), (floor, b, cpu_b)):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            after()
    CPU.update(ours=statistics.median(cpu_a), floor=statistics.median(cpu_b))
    return statistics.median(a), statistics.median(b)


def show(label: str, ours: float, floor_label: str, floor: float) -> None:
    print(f"{label:34} {ours * 1e3:>9.0f} ms   {floor_label:40} {floor * 1e3:>8.0f} ms"
          f"   {ours / floor:>6.2f}x")  # fmt: skip
    print(f"{'  CPU (all threads)':34} {CPU['ours'] * 1e3:>9.0f} ms   {'':40}"
          f" {CPU['floor'] * 1e3:>8.0f} ms")  # fmt: skip


def beside_the_backup(ws: Any, out: Path, clean: Callable[[], None]) -> None:
    """The app's view: opening cases (`cases.get`) on this thread while a backup is written on
    a thread of its own with its own connection, as the app writes its rolling backups."""
    import threading

    from vertrouwen.backup.container import BackupSource

    codes = ws.cases.codes()[:200]

    def open_cases() -> list[float]:
        times = []
        for code in codes:
            start = time.perf_counter()
            ws.cases.get(code)
            times.append(time.perf_counter() - start)
        return times

    quiet = open_cases()
    source = BackupSource.of(ws)
    started = time.perf_counter()
    thread = threading.Thread(target=lambda: source.write(out))
    thread.start()
    during: list[float] = []
    while thread.is_alive():
        during += open_cases()
    thread.join()
    took = time.perf_counter() - started
    clean()
    print(
        f"{'opening a case, alone':34} p50 {statistics.median(quiet) * 1e3:.1f} ms, "
        f"max {max(quiet) * 1e3:.1f} ms"
    )
    print(
        f"{'... during a backup beside it':34} p50 {statistics.median(during) * 1e3:.1f} ms, "
        f"max {max(during) * 1e3:.1f} ms ({len(during)} cases opened in the {took:.1f} s)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=264_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument(
        "--today",
        default=bench_cases.TODAY,
        help="today for the year-to-date count (YYYY-MM-DD; default the generator's today)",
    )
    parser.add_argument("--skip", nargs="*", default=[], choices=["backup", "verify", "stats"])
    parser.add_argument(
        "--folder",
        type=Path,
        default=bench_cases.FOLDER,
        help="where the vault and its plain copy are (and the backups go); a backup writes an "
        "audit entry into the vault, so give a copy when others read the same files",
    )
    args = parser.parse_args()
    bench_cases.FOLDER = args.folder

    from vertrouwen import clock
    from vertrouwen.backup.container import write_backup
    from vertrouwen.reports.service import stats_for
    from vertrouwen.reports.stats import Period

    vault, _ = bench_cases.build(args.cases, False)
    ws: Any = bench_cases.open_vault(vault)
    bench_cases.plain_copy(ws, args.cases).close()
    plain_path = bench_cases.FOLDER / f"plain-{args.cases}.db"
    out = bench_cases.FOLDER / "bench.vbak"
    plain_out = bench_cases.FOLDER / "bench-plain.db"
    print(f"vault {vault} ({vault.stat().st_size / 1e6:.0f} MB, {ws.cases.count():,} cases)")
    print("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))

    def clean() -> None:
        for path in (out, plain_out, bench_cases.FOLDER / "bench-cp.vault"):
            path.unlink(missing_ok=True)

    if "backup" not in args.skip:

        def plain_backup() -> None:
            src = sqlite3.connect(plain_path)
            dst = sqlite3.connect(plain_out)
            src.backup(dst)
            dst.close()
            src.close()

        ours, floor = pair(lambda: write_backup(ws, out), plain_backup, args.repeat, clean)
        show("vertrouwen backup (write_backup)", ours, ".backup of the plain copy", floor)
        copy, _ = pair(
            lambda: shutil.copyfile(vault, bench_cases.FOLDER / "bench-cp.vault"),
            lambda: None,
            args.repeat,
            clean,
        )
        print(f"{'':34} {'':12} {'cp of the vault file':40} {copy * 1e3:>8.0f} ms")
        beside_the_backup(ws, out, clean)

    if "verify" not in args.skip:

        def plain_check() -> None:
            conn = sqlite3.connect(plain_path)
            conn.execute("PRAGMA integrity_check").fetchall()
            conn.execute("PRAGMA foreign_key_check").fetchall()
            conn.close()

        def our_verify() -> None:
            problems = ws.verify()
            assert not problems, problems

        ours, floor = pair(our_verify, plain_check, args.repeat, lambda: None)
        show(
            "vertrouwen verify (Workspace.verify)", ours, "integrity + FK check, plain copy", floor
        )

    if "stats" not in args.skip:
        period = Period.year(args.year)
        bounds = (period.end.isoformat(), period.start.isoformat())
        plain = sqlite3.connect(plain_path)

        def group_by_vault() -> None:
            ws._conn.execute(GROUP_BY, bounds).fetchall()

        ours, floor = pair(lambda: stats_for(ws, period), group_by_vault, args.repeat, lambda: None)
        _, plain_floor = pair(
            lambda: None,
            lambda: plain.execute(GROUP_BY, bounds).fetchall(),
            args.repeat,
            lambda: None,
        )
        show(f"stats_for({args.year})", ours, "GROUP BY on the vault", floor)
        print(f"{'':34} {'':12} {'GROUP BY on the plain copy':40} {plain_floor * 1e3:>8.0f} ms")
        # what else the Rapportage asks for: a filter, and a period that is no calendar year
        # (counted over the registrations, as before schema 9)
        half = Period(period.start, period.start.replace(month=6, day=30))
        os.environ[clock.TODAY_ENV] = args.today
        today = clock.today()
        ytd = Period(today.replace(month=1, day=1), today)
        for end in (today, today.replace(year=today.year - 1)):
            after = (end + timedelta(days=1)).isoformat(), f"{end.year}-12-31"
            (dated,) = ws._conn.execute(DATED, after * 3).fetchone()
            print(f"up to {end}: {dated:,} registrations dated after it in its year")
        for label, count in (
            (f"... regime jeugdwet {args.year}", lambda: stats_for(ws, period, "jeugdwet")),
            (f"... kind gi {args.year}", lambda: stats_for(ws, period, None, "gi")),
            (f"... first half of {args.year}", lambda: stats_for(ws, half)),
            (f"this year to {today} (ytd)", lambda: stats_for(ws, ytd)),
            ("... ytd, counted (kept=False)", lambda: stats_for(ws, ytd, kept=False)),
        ):
            ours, floor = pair(count, group_by_vault, args.repeat, lambda: None)
            show(label, ours, "GROUP BY on the vault", floor)
        plain.close()
    ws.close()
    clean()
    print("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
