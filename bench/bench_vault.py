"""Benchmark: writing and reading 1,000 cases through the repository (not part of the test run).

    .venv/bin/python bench/bench_vault.py [--cases N] [--repeat R] [--repeat-commits C] [--seed S]

The cases are `vertrouwen demo` fiction. Every number is the best of R runs (C for the shape
that commits per case), each on new files under /tmp/vertrouwen-bench-vault/ (on disk, so a
commit pays a real fsync), all rows round-robin, and is compared with a floor measured in the
same run: the same rows through the same schema in a plain, unencrypted SQLite file, written
by bare SQL. To get "the same rows", one untimed pass of the
repository records every statement it sends; the floor replays only the writes (INSERT,
UPDATE, DELETE, BEGIN/COMMIT, PRAGMA) with the recorded values, and, for reading, the
repository's SELECTs with `fetchall()` and no objects built. So:
- `x floor`: what a path costs next to bare SQL on plain SQLite (our Python layer: building and
  checking objects, the anonymous registration the repository recomputes per case; and, in
  the vault column, encryption);
- `vault/plain`: the same code on an encrypted vault and on a plain file; on the raw SQL rows
  that is SQLCipher's own cost (AES and an HMAC per page).
Both files run the same SQLite (the one inside sqlcipher3; the plain file has no key and is a
standard SQLite file) with the vault's session settings, so only the key differs.
Three shapes: one transaction for all cases (import, demo), one transaction per case (the app
saves every edit at once), and reading every case back on a fresh connection (cold page cache).
"""

from __future__ import annotations

import argparse
import copy
import gc
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VERTROUWEN_INSECURE_FAST_KDF", "1")  # the KDF is not what this measures
os.environ.setdefault("VERTROUWEN_TEST_HARNESS", "1")

import sqlcipher3  # noqa: E402

from vertrouwen import demo  # noqa: E402
from vertrouwen.domain import Case  # noqa: E402
from vertrouwen.vault import db, migrations  # noqa: E402
from vertrouwen.vault.audit import AuditLog  # noqa: E402
from vertrouwen.vault.bulk import bulk_writes  # noqa: E402
from vertrouwen.vault.cases import CaseRepository  # noqa: E402
from vertrouwen.workspace import Workspace  # noqa: E402

FOLDER = Path("/tmp/vertrouwen-bench-vault")
PASSPHRASE = "bench passphrase for fictional cases"
TODAY = date(2026, 6, 15)
WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT", "ROLLBACK", "PRAGMA")

Statement = tuple[str, Any, bool]  # sql, parameters, executemany


class Recorder:
    """Passes every call on to a connection and keeps the statements with their values."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.statements: list[Statement] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.statements.append((sql, params, False))
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Any]) -> Any:
        rows = list(rows)
        self.statements.append((sql, rows, True))
        return self._conn.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def writes(self) -> list[Statement]:
        return [s for s in self.statements if s[0].lstrip().upper().startswith(WRITES)]

    def reads(self) -> list[Statement]:
        return [s for s in self.statements if s[0].lstrip().upper().startswith("SELECT")]


def replay(conn: Any, statements: list[Statement]) -> None:
    for sql, params, many in statements:
        if many:
            conn.executemany(sql, params)
        else:
            conn.execute(sql, params).fetchall()


# -- files ----------------------------------------------------------------------------------
_serial = 0


def _fresh(name: str) -> Path:
    global _serial
    _serial += 1
    path = FOLDER / f"{name}-{_serial}.db"
    for old in (path, path.with_name(path.name + ".keys")):
        old.unlink(missing_ok=True)
    return path


def new_plain() -> tuple[Path, Any]:
    """A plain SQLite file with the vault's schema and session settings, and its connection."""
    path = _fresh("plain")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    db._apply_session_pragmas(conn)  # the vault's own settings: only the key differs
    migrations.migrate(conn)
    return path, conn


def open_plain(path: Path) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    db._apply_session_pragmas(conn)
    return conn


def new_vault() -> tuple[Path, Workspace, bytes]:
    path = _fresh("vault")
    ws, key = Workspace.create(path, PASSPHRASE)
    return path, ws, key


def plain_repository(conn: Any) -> CaseRepository:
    return CaseRepository(conn, AuditLog(conn))


# -- the work -------------------------------------------------------------------------------
def insert_all(repo: CaseRepository, conn: Any, cases: list[Case]) -> None:
    """Import-style: every case in one transaction (what `import` and `demo` do)."""
    with bulk_writes(conn), db.transaction(conn):
        for case in cases:
            repo.insert_in_transaction(case)


def add_each(repo: CaseRepository, cases: list[Case]) -> None:
    """App-style: one transaction (and fsync) per case."""
    for case in cases:
        repo.add(case)


def read_all(repo: CaseRepository, codes: list[str]) -> None:
    for code in codes:
        repo.get(code)


@dataclass
class Measure:
    """`work(prepare())`, timed without the preparing; what `prepare` returns is closed after."""

    prepare: Callable[[], Any]
    work: Callable[[Any], object]

    def once(self) -> float:
        state = self.prepare()
        gc.collect()  # leftovers of the last run are not this run's cost
        start = time.perf_counter()
        self.work(state)
        took = time.perf_counter() - start
        for thing in state if isinstance(state, tuple) else (state,):
            if hasattr(thing, "close"):
                thing.close()
        return took


@dataclass
class Row:
    label: str
    plain: Measure
    vault: Measure
    rounds: int


def run(rows: list[Row]) -> dict[tuple[int, str], float]:
    """The best time of every measure; round-robin, so a busy machine slows all rows alike."""
    times: dict[tuple[int, str], list[float]] = {}
    for round_ in range(max(row.rounds for row in rows)):
        for index, row in enumerate(rows):
            if round_ >= row.rounds:
                continue
            for side in ("plain", "vault"):
                took = getattr(row, side).once()
                times.setdefault((index, side), []).append(took)
    return {key: min(values) for key, values in times.items()}


def fictional_cases(count: int, seed: int) -> list[Case]:
    cases = list(demo.generate(count, seed, TODAY))
    per_year: dict[int, int] = {}
    for case in cases:  # codes up front, as `import` and `demo` assign them
        n = per_year[case.opened.year] = per_year.get(case.opened.year, 0) + 1
        case.code = f"VP-{case.opened.year}-{n:04d}"
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=9, help="runs of the in-memory shapes")
    parser.add_argument(
        "--repeat-commits", type=int, default=3, help="runs of the commit-per-case shape"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir(parents=True)
    cases = fictional_cases(args.cases, args.seed)
    codes = [c.code or "" for c in cases]

    def fresh() -> list[Case]:
        return copy.deepcopy(cases)  # inserting sets ids on the objects

    # One untimed pass per shape records what the repository sends.
    _, conn = new_plain()
    bulk_rec = Recorder(conn)
    insert_all(plain_repository(bulk_rec), bulk_rec, fresh())
    conn.close()
    _, conn = new_plain()
    each_rec = Recorder(conn)
    add_each(plain_repository(each_rec), fresh())
    conn.close()
    bulk, each = bulk_rec.writes(), each_rec.writes()

    def plain_conn() -> Any:
        return new_plain()[1]

    def vault_ws() -> Workspace:
        return new_vault()[1]

    def plain_with_cases() -> tuple[Any, list[Case]]:
        return new_plain()[1], fresh()

    def vault_with_cases() -> tuple[Workspace, list[Case]]:
        return new_vault()[1], fresh()

    # Reading: one file of each kind holding every case; a fresh connection per run.
    plain_path, conn = new_plain()
    insert_all(plain_repository(conn), conn, fresh())
    conn.close()
    vault_path, ws, key = new_vault()
    insert_all(ws.cases, ws._conn, fresh())
    ws.close()
    conn = open_plain(plain_path)
    read_rec = Recorder(conn)
    read_all(plain_repository(read_rec), codes)
    conn.close()
    reads = read_rec.reads()

    def plain_reader() -> Any:
        return open_plain(plain_path)

    def vault_reader() -> Any:
        return db.open_connection(vault_path, key)

    r, rc = args.repeat, args.repeat_commits
    rows = [
        Row("raw SQL (floor)",
            Measure(plain_conn, lambda c: replay(c, bulk)),
            Measure(vault_ws, lambda ws: replay(ws._conn, bulk)), r),
        Row("repository insert_in_transaction",
            Measure(plain_with_cases, lambda s: insert_all(plain_repository(s[0]), s[0], s[1])),
            Measure(vault_with_cases, lambda s: insert_all(s[0].cases, s[0]._conn, s[1])), r),
        Row("raw SQL (floor)",
            Measure(plain_conn, lambda c: replay(c, each)),
            Measure(vault_ws, lambda ws: replay(ws._conn, each)), rc),
        Row("repository add()",
            Measure(plain_with_cases, lambda s: add_each(plain_repository(s[0]), s[1])),
            Measure(vault_with_cases, lambda s: add_each(s[0].cases, s[1])), rc),
        Row("raw SQL, the same SELECTs (floor)",
            Measure(plain_reader, lambda c: replay(c, reads)),
            Measure(vault_reader, lambda c: replay(c, reads)), r),
        Row("repository get()",
            Measure(plain_reader, lambda c: read_all(plain_repository(c), codes)),
            Measure(lambda: Workspace.unlock_with_key(vault_path, key),
                    lambda w: read_all(w.cases, codes)), r),
    ]  # fmt: skip
    best = run(rows)

    with plain_path.open("rb") as fh:
        assert fh.read(16) == db.SQLITE_HEADER, "the floor file must be plain SQLite"
    notes = sum(len(c.notes) for c in cases)
    print(f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"{len(cases):,} fictional cases ({notes:,} notes); plain file "
        f"{plain_path.stat().st_size / 1e6:.1f} MB, vault {vault_path.stat().st_size / 1e6:.1f} MB;"
        f" best of {r} ({rc} with a commit per case); statements per pass: {len(bulk):,} writes"
        f" (bulk), {len(each):,} writes (per case), {len(reads):,} reads"
    )
    header = (
        f"{'':36}{'plain ms':>9}{'x floor':>8}{'vault ms':>10}{'x floor':>8}{'vault/plain':>12}"
    )
    groups = ("insert, one transaction", "insert, one transaction per case", "read every case back")
    for index, row in enumerate(rows):
        plain, vault = best[(index, "plain")], best[(index, "vault")]
        if index % 2 == 0:
            floor = plain
            print(f"\n{groups[index // 2]}\n{header}")
        print(
            f"  {row.label:34}{plain * 1e3:>9.0f}{plain / floor:>8.2f}"
            f"{vault * 1e3:>10.0f}{vault / floor:>8.2f}{vault / plain:>12.2f}"
        )
    shutil.rmtree(FOLDER, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
