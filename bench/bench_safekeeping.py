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
  before; with a regime or kind filter) against one SQL GROUP BY over the year's
  registrations, on the vault and on the plain copy; then the Rapportage's other periods
  (schema 10: read from the year and half-month sums, the days of a half month a period cuts
  counted over the registrations): the first half of the year (whole months), "this year up
  to today" and "the last 12 months" (`--today`, default the generator's today), and an own
  period (15 March - 20 October of the year); each against the same GROUP BY over that
  period's registrations, and beside them "this year up to today" with `kept=False` (counted
  over the registrations);
- `writes` (`--skip` it like the others): what a registration insert, change of a counted
  column, and delete cost with the triggers that keep the sums, in one transaction that is
  rolled back.
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


COLUMNS = (
    "opened, closed, result, client_role, age_band, organisation_kind, organisation_name, regime,"
    " topics, goals, support, verdicts, steps, contacts, minutes, unsafe_signal, activity, client,"
    " municipality, questions, signals, feedback"
)


def writes(ws: Any, rounds: int, rows: int = 300) -> None:
    """A registration inserted (a copy of an existing one), changed in a counted column (closed a
    week later, another topic list), left unchanged but for `case_id`, and deleted: the time
    per row with the triggers that keep the sums, in one transaction rolled back each round."""
    conn = ws._conn
    ids = [r[0] for r in conn.execute(f"SELECT id FROM registrations ORDER BY id LIMIT {rows}")]
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        conn.execute("BEGIN")
        try:
            steps = {
                "insert": lambda i: conn.execute(
                    f"INSERT INTO registrations(uid, {COLUMNS}) SELECT lower(hex(randomblob(16))),"
                    f" {COLUMNS} FROM registrations WHERE id = ?",
                    (i,),
                ),
                "update (closed, topics)": lambda i: conn.execute(
                    "UPDATE registrations SET closed = date(coalesce(closed, opened), '+7 days'),"
                    " topics = '[\"privacy\"]' WHERE id = ?",
                    (i,),
                ),
                "update (uncounted case_id)": lambda i: conn.execute(
                    "UPDATE registrations SET case_id = NULL WHERE id = ?", (i,)
                ),
                "delete": lambda i: conn.execute("DELETE FROM registrations WHERE id = ?", (i,)),
            }
            for name, step in steps.items():
                start = time.perf_counter()
                for i in ids:
                    step(i)
                times.setdefault(name, []).append((time.perf_counter() - start) / len(ids))
        finally:
            conn.execute("ROLLBACK")
    for name, values in times.items():
        print(f"{'registration ' + name:34} {statistics.median(values) * 1e3:>9.3f} ms a row")


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
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["backup", "verify", "stats", "writes"]
    )
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
        # what else the Rapportage asks for: a filter, and periods that are no calendar year
        os.environ[clock.TODAY_ENV] = args.today
        today = clock.today()
        year_ago = (
            today.replace(year=today.year - 1)
            if (today.month, today.day) != (2, 29)
            else (today.replace(year=today.year - 1, day=28))
        )
        periods = {
            f"... regime jeugdwet {args.year}": (period, "jeugdwet", None, True),
            f"... kind gi {args.year}": (period, None, "gi", True),
            f"first half of {args.year}": (
                Period(period.start, period.start.replace(month=6, day=30)),
                None,
                None,
                True,
            ),
            f"this year to {today} (ytd)": (
                Period(today.replace(month=1, day=1), today),
                None,
                None,
                True,
            ),
            "... ytd, counted (kept=False)": (
                Period(today.replace(month=1, day=1), today),
                None,
                None,
                False,
            ),
            f"last 12 months to {today}": (
                Period(year_ago + timedelta(days=1), today),
                None,
                None,
                True,
            ),
            f"own: {args.year}-03-15 to 10-20": (
                Period(
                    period.start.replace(month=3, day=15), period.start.replace(month=10, day=20)
                ),
                None,
                None,
                True,
            ),
        }
        for label, (chosen, regime, kind, kept) in periods.items():
            own_bounds = (chosen.end.isoformat(), chosen.start.isoformat())

            def own_floor(own_bounds: tuple[str, str] = own_bounds) -> None:
                ws._conn.execute(GROUP_BY, own_bounds).fetchall()

            ours, floor = pair(
                lambda c=chosen, r=regime, k=kind, kp=kept: stats_for(ws, c, r, k, kept=kp),
                own_floor,
                args.repeat,
                lambda: None,
            )
            show(label, ours, "GROUP BY over the period, vault", floor)
        plain.close()
    if "writes" not in args.skip:
        writes(ws, args.repeat)
    ws.close()
    clean()
    print("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
