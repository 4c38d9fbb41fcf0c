"""Benchmark: the Dossiers list (lazy model + table) on a 100,000-case vault (not a test).

    .venv/bin/python bench/bench_case_list.py [--vault V --passphrase-file F] [--cases N]
                                              [--open-while-searching]

Without --vault it builds /tmp/vertrouwen-bench-ui/vault.db once (`vertrouwen init` + `demo`).
It drives the real model and table (offscreen unless QT_QPA_PLATFORM says otherwise) through
the real worker thread and reports, as milliseconds and as ratios to a floor measured in the
same run (`SELECT id FROM cases` on the same encrypted vault, on the worker):
- reload per sort key: header click to new ids in the model;
- first screen / scroll jump / fast scroll: request to every visible row filled in;
- per measure, the longest the UI thread was busy (a 5 ms heartbeat timer on the UI thread:
  its largest gap, minus 5 ms). The fast scroll paints on the bench's own calls, so its
  stall includes that painting; the other rows are the event loop's own.
With --open-while-searching, only this: a common word is searched, and as soon as its first
page shows a case is opened (`cases.get` on the worker) while the whole list and its count are
still being made; that answer's time against the same `cases.get` alone (issue 16).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VERTROUWEN_INSECURE_FAST_KDF", "1")
os.environ.setdefault("VERTROUWEN_TEST_HARNESS", "1")

from uiwait import wait_until  # noqa: E402

FOLDER = Path("/tmp/vertrouwen-bench-ui")
PASSPHRASE = "bench passphrase for fictional cases"


def build(cases: int) -> tuple[Path, str]:
    vault = FOLDER / "vault.db"
    if vault.exists():
        return vault, PASSPHRASE
    FOLDER.mkdir(parents=True, exist_ok=True)
    secret = FOLDER / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    base = [sys.executable, "-m", "vertrouwen", "--vault", str(vault), "--passphrase-file"]
    for args in (["init"], ["demo", "--cases", str(cases)]):
        subprocess.run([*base, str(secret), *args], check=True, cwd=ROOT, capture_output=True)
    return vault, PASSPHRASE


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--passphrase-file", type=Path)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--open-while-searching",
        action="store_true",
        help="only: open a case right after a search's first page, while the rest is listed",
    )
    args = parser.parse_args()
    if args.vault:
        vault, passphrase = args.vault, args.passphrase_file.read_text(encoding="utf-8").strip()
    else:
        vault, passphrase = build(args.cases)

    from ui.core.worker import VaultWorker
    from ui.features.cases.model import COLUMN_KEYS, CaseListModel
    from ui.features.cases.table import CaseTable
    from ui.qt import QApplication, QElapsedTimer, Qt, QTimer

    app = QApplication(sys.argv[:1])
    worker = VaultWorker()
    opened: list[object] = []
    worker.unlock(vault, passphrase, on_done=opened.append)

    def spin_until(condition: Callable[[], bool], limit_s: float = 60.0) -> None:
        wait_until(condition, limit_s)  # a real event loop: the worker keeps the GIL it needs

    spin_until(lambda: bool(opened))
    model = CaseListModel(worker)
    table = CaseTable(model)
    table.resize(1100, 760)
    table.show()

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    heart.start()

    def on_worker(fn: Callable[..., object]) -> float:
        box: list[float] = []

        def timed(ws: object) -> float:
            start = time.perf_counter()
            fn(ws)
            return time.perf_counter() - start

        worker.submit(timed, box.append)
        spin_until(lambda: bool(box))
        return box[0] * 1000

    def visible_rows_loaded() -> bool:
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        return top < 0 or all(model.cached_row(r) is not None for r in range(top, bottom + 1))

    stalls: dict[str, float] = {}

    def timed(action: Callable[[], None], done: Callable[[], bool], name: str = "") -> float:
        gaps.clear()
        last[0] = clock.elapsed()
        start = time.perf_counter()
        action()
        app.processEvents()
        spin_until(done)
        took = (time.perf_counter() - start) * 1000
        stall = max([*gaps, clock.elapsed() - last[0]]) - 5
        stalls[name] = max(stalls.get(name, 0.0), stall)
        return took

    if args.open_while_searching:
        open_while_searching(model, worker, spin_until, args.repeat)
        worker.shutdown()
        return 0

    floor = statistics.median(
        on_worker(lambda ws: ws._conn.execute("SELECT id FROM cases").fetchall())  # type: ignore[attr-defined]
        for _ in range(args.repeat)
    )
    results: list[tuple[str, float]] = []

    def first_screen() -> None:
        model.reload()

    name = "first load + screen"
    results.append(
        (name, timed(first_screen, lambda: not model.is_loading and visible_rows_loaded(), name))
    )
    for key in COLUMN_KEYS:
        column = COLUMN_KEYS.index(key)
        runs = []
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            runs.append(
                timed(
                    lambda c=column, o=order: table.sortByColumn(c, o),
                    lambda: not model.is_loading and visible_rows_loaded(),
                    f"sort {key} + screen",
                )
            )
        results.append((f"sort {key} + screen", statistics.median(runs)))
    rng = random.Random(1)
    jumps = []
    for _ in range(args.repeat * 4):
        row = rng.randrange(model.rowCount())
        jumps.append(
            timed(
                lambda r=row: table.scrollTo(model.index(r, 0)),
                visible_rows_loaded,
                "scroll jump + rows shown",
            )
        )
    results.append(("scroll jump + rows shown", statistics.median(jumps)))
    results.append(("scroll jump, worst", max(jumps)))
    bar = table.verticalScrollBar()

    def fast_scroll() -> None:
        for step in range(60):  # a flick: 60 wheel-sized steps, painting after each
            bar.setValue(bar.value() + 3 * 38)
            if step % 3 == 0:
                app.processEvents()

    name = "fast scroll (60 steps) + rows shown"
    results.append((name, timed(fast_scroll, visible_rows_loaded, name)))
    heart.stop()

    print(f"cases: {model.rowCount():,}  floor (SELECT id FROM cases): {floor:.1f} ms")
    print(f"{'measure':40} {'ms':>9} {'x floor':>9} {'UI stall ms':>12}")
    for name, ms in results:
        stall = stalls.get(name)
        shown = f"{stall:12.1f}" if stall is not None else f"{'':12}"
        print(f"{name:40} {ms:9.1f} {ms / floor:9.2f} {shown}")
    print(f"row fetch jobs sent: {model.fetches}, rows cached: {model.loaded_rows():,}")
    worker.shutdown()
    return 0


SEARCHED = ("de", "ge", "het", "gesprek", "contact", "ver")  # common: the rest takes a while


def open_while_searching(
    model: Any, worker: Any, spin_until: Callable[..., None], repeat: int
) -> None:
    """Type a common word, and as soon as the first page shows, open its first case
    (`cases.get_by_id` on the worker, what the case screen asks first): how long does that
    answer take while the whole list and its count are still being made? Floor: the same
    call with nothing else running, in the same run."""
    from vertrouwen.workspace import CaseFilter

    def get_case(case_id: int) -> float:
        box: list[float] = []
        start = time.perf_counter()
        worker.submit(
            lambda ws: ws.cases.get_by_id(case_id), lambda _c: box.append(time.perf_counter())
        )
        spin_until(lambda: bool(box), 120)
        return (box[0] - start) * 1000

    opened: list[float] = []
    alone: list[float] = []
    listed: list[float] = []
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    for _ in range(repeat):
        for term in SEARCHED:
            model.reload(CaseFilter())  # no search first: the list of every case
            spin_until(lambda: not model.is_loading, 120)
            start = time.perf_counter()
            resets.clear()
            model.reload(CaseFilter(text=term))
            spin_until(lambda: bool(resets), 120)  # the first page (or all) is in the model
            case_id = model.case_id(0)
            busy = model.is_loading  # the rest of the list is still being made
            took = get_case(case_id)
            spin_until(lambda: not model.is_loading, 120)
            listed.append((time.perf_counter() - start) * 1000)
            if busy:
                opened.append(took)
            alone.append(get_case(case_id))
    print(f"open a case while a search lists every match ({len(SEARCHED)} words x {repeat})")
    print(f"  opened right after the first page, the rest still running: {len(opened)} times")
    rows = (("while listing", opened), ("alone (floor)", alone), ("whole list", listed))
    for name, values in rows:
        if values:
            p95 = statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]
            print(
                f"  {name:14} median {statistics.median(values):8.1f} ms"
                f"  p95 {p95:8.1f} ms  worst {max(values):8.1f} ms"
            )


if __name__ == "__main__":
    raise SystemExit(main())
