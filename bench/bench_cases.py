"""Benchmark: the case list queries and the Dossiers search on a career-sized demo vault.

    .venv/bin/python bench/bench_cases.py [--cases N] [--rebuild] [--repeat R] [--folder DIR]

Builds the vault once with `vertrouwen init` and `vertrouwen demo --cases N` (timed; the default
264,000 demo cases hold about 1,000,000 notes) and keeps it under /tmp/vertrouwen-bench/ (or
DIR). The Dossiers search is what the screen waits for before it shows the first rows: the
first screenful of matching case ids, their rows and the newest hits with snippets; the whole
list with its count follows on its own (measured apart). Both run over 30 terms, two-letter
prefixes included, reported as p50 and p95; every query runs R times on the vault and on the
plain copy, interleaved, and the medians are compared with two floors from the same run:
- `floor`: `SELECT id FROM cases` on the same encrypted vault (just reading every id);
- `plain`: the same query on a plain-SQLite copy of the vault (SQLCipher's own cost), made
  from the vault by `sqlcipher_export` (same schema, indexes and index layout) and opened by
  the same SQLite library without a key, with the vault's page cache and temp store.
The plain copy holds only fictional demo data.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vertrouwen.domain import OrganisationKind, Regime, Topic  # noqa: E402
from vertrouwen.vault import queries  # noqa: E402
from vertrouwen.vault.db import SESSION_CACHE_MIB  # noqa: E402
from vertrouwen.vault.queries import CaseFilter  # noqa: E402

FOLDER = Path("/tmp/vertrouwen-bench")  # --folder changes it
PASSPHRASE = "bench passphrase for fictional cases"
TODAY = "2026-06-15"


def _env() -> dict[str, str]:
    env = dict(
        os.environ,
        VERTROUWEN_TODAY=TODAY,
        VERTROUWEN_INSECURE_FAST_KDF="1",
        VERTROUWEN_TEST_HARNESS="1",
    )
    env.pop("VERTROUWEN_PASSPHRASE", None)
    return env


def _cli(vault: Path, *args: str) -> float:
    pass_file = FOLDER / "passphrase.txt"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "vertrouwen", *args, "--vault", str(vault),
         "--passphrase-file", str(pass_file)],
        check=True, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def build(cases: int, rebuild: bool) -> tuple[Path, float | None]:
    """The demo vault, built when missing; returns it and the demo's wall time (if built)."""
    FOLDER.mkdir(exist_ok=True)
    (FOLDER / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault = FOLDER / f"cases-{cases}.vault"
    if vault.exists() and not rebuild:
        return vault, None
    for stale in (vault, vault.with_name(vault.name + ".keys"), FOLDER / f"plain-{cases}.db"):
        stale.unlink(missing_ok=True)
    _cli(vault, "init")
    print(f"building a demo vault with {cases:,} cases ...", flush=True)
    return vault, _cli(vault, "demo", "--cases", str(cases))


def open_vault(vault: Path) -> Any:
    os.environ.update(_env())
    from vertrouwen.workspace import Workspace

    return Workspace.unlock(vault, PASSPHRASE)


def plain_copy(ws: Any, cases: int) -> Any:
    """A plain SQLite copy of the vault (sqlcipher_export), opened without a key by the same
    SQLite library as the vault (sqlcipher3), with the vault's session settings."""
    import sqlcipher3

    path = FOLDER / f"plain-{cases}.db"
    if not path.exists():
        ws._conn.execute(f"ATTACH DATABASE '{path}' AS plaintext KEY ''")
        ws._conn.execute("SELECT sqlcipher_export('plaintext')")
        ws._conn.execute("DETACH DATABASE plaintext")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA cache_size = {-1024 * SESSION_CACHE_MIB}")  # the vault's, to be fair
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        took, result = timed(fn)
        times.append(took)
    return min(times), result


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


# What an advisor types in the Dossiers search field: two-letter prefixes (results appear from
# the second letter), three-letter ones, common and rare words, two words.
TERMS = [
    "de", "ge", "be", "ve", "kl", "te", "ho",
    "gez", "kla", "ver", "hoo", "sch",
    "gesprek", "gezinsvoogd", "contact", "reactie", "teamleider", "hoorzitting",
    "klachtencommissie", "verdaging", "school", "tevreden", "vertrouwenspersoon",
    "afspraak", "uitspraak", "keukentafel", "gesprek teamleider", "klacht uitspraak",
    "mentor", "wijkteam",
]  # fmt: skip
FIRST_SCREEN = 60  # rows the Dossiers table asks for first
SEARCH_LIMIT = 50  # ui/features/cases/area.py


def dossiers_search(conn: Any, text: str) -> int:
    """What the Dossiers screen runs for a search before it shows rows: the first screenful
    of matching ids (ui/case_list.py FIRST_PAGE), their rows, the newest hits with snippets."""
    ids = queries.case_ids(conn, CaseFilter(text=text), limit=FIRST_SCREEN)
    queries.case_rows(conn, ids)
    queries.search(conn, text, SEARCH_LIMIT)
    return len(ids)


def whole_list(conn: Any, text: str) -> int:
    """The rest of the list and its count, which the screen asks for after the first rows."""
    return len(queries.case_ids(conn, CaseFilter(text=text)))


def interleaved(
    vc: Any, pc: Any, fn: Callable[[Any], object], rounds: int
) -> tuple[float, float, object]:
    """Median vault and plain time, A/B interleaved so load hits both alike."""
    vault_times, plain_times, result = [], [], None
    for _ in range(rounds):
        took, result = timed(lambda: fn(vc))
        vault_times.append(took)
        plain_times.append(timed(lambda: fn(pc))[0])
    return statistics.median(vault_times), statistics.median(plain_times), result


def main() -> int:
    global FOLDER  # --folder: the functions above read it
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=264_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--folder", type=Path, default=FOLDER, help="where the vaults are kept")
    parser.add_argument("--search-only", action="store_true", help="skip the list queries")
    args = parser.parse_args()
    FOLDER = args.folder

    vault, demo_seconds = build(args.cases, args.rebuild)
    start = time.perf_counter()
    ws = open_vault(vault)  # migrates an older bench vault on first use
    opened = time.perf_counter() - start
    plain = plain_copy(ws, args.cases)
    vc, pc = ws._conn, plain
    size_mb = vault.stat().st_size / 1e6
    notes = vc.execute("SELECT count(*) FROM notes").fetchone()[0]
    print(f"vault {vault} ({size_mb:.0f} MB, {ws.cases.count():,} cases, {notes:,} notes;"
          f" opened in {opened:.1f} s)")  # fmt: skip
    if demo_seconds is not None:
        rate = args.cases / demo_seconds
        print(f"demo --cases {args.cases}: {demo_seconds:.1f} s wall ({rate:,.0f} cases/s)")

    floor, _ = best(lambda: vc.execute("SELECT id FROM cases").fetchall(), args.repeat)
    plain_floor, _ = best(lambda: pc.execute("SELECT id FROM cases").fetchall(), args.repeat)
    print(
        f"floor SELECT id FROM cases: vault {floor * 1e3:.1f} ms, plain {plain_floor * 1e3:.1f} ms"
    )

    # -- search in Dossiers over many terms: p50 and p95, vault and plain interleaved
    for text in TERMS:  # warm both page caches alike
        dossiers_search(vc, text)
        dossiers_search(pc, text)
    for label, fn, column in (
        ("first screen + rows + snippets", dossiers_search, "shown"),
        ("whole list and count (after the first rows)", whole_list, "cases"),
    ):
        vault_ms, plain_ms = [], []
        print(f"\n{label}")
        print(f"{'search term':24} {column:>8} {'vault ms':>9} {'plain ms':>9} {'x plain':>8}")
        for text in TERMS:
            took, plain_took, found = interleaved(
                vc, pc, lambda c, t=text, f=fn: f(c, t), args.repeat
            )
            vault_ms.append(took * 1e3)
            plain_ms.append(plain_took * 1e3)
            print(f"{text!r:24} {found:>8,} {took * 1e3:>9.1f} {plain_took * 1e3:>9.1f}"
                  f" {took / plain_took:>8.2f}")  # fmt: skip
        v50, v95 = statistics.median(vault_ms), p95(vault_ms)
        q50, q95 = statistics.median(plain_ms), p95(plain_ms)
        print(f"{label}, {len(TERMS)} terms: vault p50 {v50:.0f} ms p95 {v95:.0f} ms;"
              f" plain p50 {q50:.0f} ms p95 {q95:.0f} ms;"
              f" x plain p50 {v50 / q50:.2f} p95 {v95 / q95:.2f}")  # fmt: skip
    if args.search_only:
        ws.close()
        plain.close()
        return 0

    middle = queries.case_ids(vc)[args.cases // 2 : args.cases // 2 + 50]
    checks: list[tuple[str, Callable[[Any], object]]] = [
        ("ids, no filter, newest first", lambda c: queries.case_ids(c)),
        ("ids, sort code", lambda c: queries.case_ids(c, None, "code", False)),
        ("ids, sort organisation", lambda c: queries.case_ids(c, None, "organisation", False)),
        ("ids, sort closed", lambda c: queries.case_ids(c, None, "closed")),
        ("ids, sort last contact", lambda c: queries.case_ids(c, None, "last_contact")),
        ("ids, sort last contact asc", lambda c: queries.case_ids(
            c, None, "last_contact", False)),
        ("ids, open", lambda c: queries.case_ids(c, CaseFilter(status="open"))),
        ("ids, kind gi", lambda c: queries.case_ids(
            c, CaseFilter(organisation_kind=OrganisationKind.GI))),
        ("ids, regime jeugdwet", lambda c: queries.case_ids(
            c, CaseFilter(regime=Regime.JEUGDWET))),
        ("ids, topic privacy", lambda c: queries.case_ids(c, CaseFilter(topic=Topic.PRIVACY))),
        ("ids, year 2025", lambda c: queries.case_ids(c, CaseFilter(year=2025))),
        ("ids, open, last contact", lambda c: queries.case_ids(
            c, CaseFilter(status="open"), "last_contact")),
        ("ids, all filters", lambda c: queries.case_ids(c, CaseFilter(
            status="closed", organisation_kind=OrganisationKind.GI, regime=Regime.JEUGDWET,
            topic=Topic.TREATMENT, year=2024, text="gesprek"))),
        ("rows, 50-row window", lambda c: queries.case_rows(c, middle)),
    ]  # fmt: skip
    print(
        f"\n{'query':32} {'rows':>7} {'vault ms':>9} {'x floor':>8} {'plain ms':>9} {'x plain':>8}"
    )
    ratios = []
    for label, fn in checks:
        took, plain_took, result = interleaved(vc, pc, fn, args.repeat)
        rows = len(result) if isinstance(result, list) else 0
        ratios.append(took / floor)
        print(
            f"{label:32} {rows:>7,} {took * 1e3:>9.1f} {took / floor:>8.2f}"
            f" {plain_took * 1e3:>9.1f} {took / plain_took:>8.2f}"
        )
    print(f"\nmedian ratio to floor: {statistics.median(ratios):.2f}")
    ws.close()
    plain.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
