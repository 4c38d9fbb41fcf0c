"""Benchmark: Vandaag (the first screen after unlock) on a 100,000-case vault (not a test).

    .venv/bin/python bench/bench_today.py [--vault V --passphrase-file F] [--today D] [--repeat R]

Without --vault it uses the case benchmark's vault (/tmp/vertrouwen-bench/cases-100000.vault,
built by `bench/bench_cases.py`, demo data for 15 June 2026) and that day. It drives the real
window (offscreen unless QT_QPA_PLATFORM says otherwise) through the real worker thread:

- *Vandaag*: unlock, stay on Vandaag until the agenda is shown. Reported: the worker time of
  the jobs Vandaag submitted (their sum and the longest one: what another screen's job may
  wait behind), unlock-to-agenda wall time, the longest UI-thread callback taking a Vandaag
  answer, and the longest UI-thread stall (a 5 ms heartbeat timer on the UI thread: its
  largest gap minus 5 ms) from the shell being there until the agenda is shown and painted.
  The stall of the unlock itself (its answer builds every area) is reported apart: it is the
  window's, not Vandaag's.
- *Dossiers at once*: unlock and switch to Dossiers as soon as the shell is there; reported:
  unlock to the first screen of case rows filled in, and the longest UI stall until then.

Floors measured in the same run, so a slow machine moves all numbers together:
- `scan`: `SELECT sum(done) FROM actions` on the same vault, on the worker (reads every row
  of one table: `count(*)` alone only counts index pages and is too small to compare with);
- `list`: a bare QListView with 1,000 string rows, from creating the model to painted.
"""

from __future__ import annotations

import argparse
import os
import statistics
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

DEFAULT_VAULT = Path("/tmp/vertrouwen-bench/cases-100000.vault")
DEFAULT_TODAY = "2026-06-15"  # the day bench_cases.py builds its demo vault for
TODAY_FILES = ("today.py", "today_agenda.py", "today_model.py")
HEARTBEAT_MS = 5


def _from_today(frame: Any) -> bool:
    """Whether a job was submitted from Vandaag's own code (walks the submitting stack)."""
    while frame is not None:
        if Path(frame.f_code.co_filename).name in TODAY_FILES:
            return True
        frame = frame.f_back
    return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path, default=DEFAULT_VAULT)
    parser.add_argument("--passphrase-file", type=Path)
    parser.add_argument("--today", default=DEFAULT_TODAY)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    secret = args.passphrase_file or args.vault.parent / "passphrase.txt"
    passphrase = secret.read_text(encoding="utf-8").strip()
    os.environ["VERTROUWEN_TODAY"] = args.today

    import tempfile

    from ui.core import theme
    from ui.core.assets import load_fonts
    from ui.core.i18n import Preferences, Translator
    from ui.core.worker import VaultWorker
    from ui.kit.dialogs import Dialogs
    from ui.qt import QApplication, QElapsedTimer, QListView, QStringListModel, QTimer
    from ui.shell.window import AppWindow

    app = QApplication(sys.argv[:1])
    theme.apply_theme(app, load_fonts())
    translator = Translator(app)
    translator.install("nl")
    worker = VaultWorker()

    # Time every job on the worker thread, and for Vandaag's jobs also the UI-thread callback
    # that takes the answer (a job's `on_done` is where a screen turns data into rows).
    jobs: list[tuple[bool, list[float]]] = []
    callbacks: list[float] = []
    enqueue = worker._enqueue

    def timed_enqueue(fn: Callable[..., Any], on_done: Any, on_error: Any) -> None:
        took: list[float] = []
        mine = _from_today(sys._getframe(1))
        jobs.append((mine, took))

        def run(ws: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(ws)
            finally:
                took.append((time.perf_counter() - start) * 1000)

        def done(result: Any) -> None:
            start = time.perf_counter()
            on_done(result)
            callbacks.append((time.perf_counter() - start) * 1000)

        enqueue(run, done if mine and on_done else on_done, on_error)

    worker._enqueue = timed_enqueue  # type: ignore[method-assign]

    prefs = Path(tempfile.mkdtemp(prefix="vertrouwen-bench-today-")) / "prefs.ini"
    window = AppWindow(
        worker, Dialogs(), Preferences(prefs), translator, args.vault, watch_os=False
    )
    window.resize(1280, 820)
    window.show()

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(HEARTBEAT_MS)
    heart.timeout.connect(beat)
    heart.start()

    def spin_until(condition: Callable[[], bool], limit_s: float = 120.0) -> None:
        wait_until(condition, limit_s)  # a real event loop: the worker keeps the GIL it needs

    def settle(seconds: float = 0.3) -> None:
        end = time.perf_counter() + seconds
        spin_until(lambda: time.perf_counter() > end)

    def reset_stall() -> None:
        gaps.clear()
        last[0] = clock.elapsed()

    def stall() -> float:
        return max([*gaps, clock.elapsed() - last[0]]) - HEARTBEAT_MS

    def on_worker(fn: Callable[[Any], object]) -> float:
        box: list[float] = []

        def run(ws: Any) -> float:
            start = time.perf_counter()
            fn(ws)
            return (time.perf_counter() - start) * 1000

        enqueue(run, box.append, None)
        spin_until(lambda: bool(box))
        return box[0]

    def unlock(then: Callable[[], None] | None = None) -> float:
        """Unlock from the unlock screen; returns the clock (s) when the vault opened."""
        opened: list[float] = []

        def on_unlocked() -> None:
            opened.append(time.perf_counter())
            if then is not None:
                QTimer.singleShot(0, then)  # after show_shell, which runs right after this

        worker.unlocked.connect(on_unlocked)
        screen = window.unlock_screen
        assert screen is not None
        screen.passphrase.setText(passphrase)
        jobs.clear()
        screen.unlock_button.click()
        spin_until(lambda: bool(opened) and window.shell is not None)
        worker.unlocked.disconnect(on_unlocked)
        return opened[0]

    def lock() -> None:
        window.lock("manual")
        spin_until(lambda: window.unlock_screen is not None and not worker.is_busy)
        settle(0.2)

    def today_done() -> bool:
        area = window.shell.area("today") if window.shell else None  # type: ignore[union-attr]
        return area is not None and area.loading.isHidden()

    def first_rows() -> bool:
        area = window.shell.area("cases") if window.shell else None  # type: ignore[union-attr]
        if area is None:
            return False
        table, model = area.table, area.model
        if model.rowCount() == 0 or not table.isVisible():
            return False
        top = max(table.rowAt(0), 0)
        bottom = table.rowAt(table.viewport().height() - 1)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        return all(model.cached_row(r) is not None for r in range(top, bottom + 1))

    today_runs: list[dict[str, float]] = []
    cases_runs: list[dict[str, float]] = []
    rows_shown = 0
    for _ in range(args.repeat):
        if window.unlock_screen is None:
            lock()
        reset_stall()
        callbacks.clear()
        start = unlock()
        shell_stall = stall()  # the unlock job's answer and building the shell: not Vandaag's
        reset_stall()
        spin_until(today_done)
        wall = (time.perf_counter() - start) * 1000
        worst = stall()
        settle(0.5)  # the list's layout and first paint come after the last answer
        worst = max(worst, stall())
        mine = [t[0] for today, t in jobs if today and t]
        today_runs.append(
            {
                "sum": sum(mine),
                "max": max(mine, default=0.0),
                "jobs": len(mine),
                "wall": wall,
                "stall": worst,
                "callback": max(callbacks, default=0.0),
                "shell": shell_stall,
            }
        )
        rows_shown = window.shell.area("today").agenda.model().rowCount()  # type: ignore[union-attr]
        lock()

        reset_stall()
        start = unlock(lambda: window.shell.show_area("cases"))  # type: ignore[union-attr]
        spin_until(first_rows)
        cases_runs.append({"wall": (time.perf_counter() - start) * 1000, "stall": stall()})
        spin_until(lambda: not worker.is_busy)
    heart.stop()

    count_floor = statistics.median(
        on_worker(lambda ws: ws._conn.execute("SELECT sum(done) FROM actions").fetchone())
        for _ in range(5)
    )
    actions = on_worker(lambda ws: None)  # warm the round trip; not reported
    del actions

    def list_floor() -> float:
        start = time.perf_counter()
        view = QListView()
        view.setUniformItemSizes(True)
        view.setModel(QStringListModel([f"VP-2026-{n:05d}  regel {n}" for n in range(1000)]))
        view.resize(640, 560)
        view.show()
        app.processEvents()
        view.repaint()
        took = (time.perf_counter() - start) * 1000
        view.close()
        view.deleteLater()
        return took

    list_ms = statistics.median(list_floor() for _ in range(5))
    worker.shutdown()

    def med(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    cases = [
        ("Vandaag: worker time of its jobs (sum)", med(today_runs, "sum"), count_floor, "scan"),
        ("Vandaag: longest single job", med(today_runs, "max"), count_floor, "scan"),
        ("Vandaag: unlock to agenda shown", med(today_runs, "wall"), count_floor, "scan"),
        ("Vandaag: longest UI callback", max(r["callback"] for r in today_runs), list_ms, "list"),
        ("Vandaag: longest UI stall, shell to shown", max(r["stall"] for r in today_runs),
         list_ms, "list"),
        ("Dossiers at once: unlock to first rows", med(cases_runs, "wall"), count_floor, "scan"),
        ("Dossiers at once: longest UI stall", max(r["stall"] for r in cases_runs), list_ms,
         "list"),
        ("(not Vandaag) unlock answer + shell build", med(today_runs, "shell"), list_ms, "list"),
    ]  # fmt: skip
    print(f"vault: {args.vault}  today: {args.today}  runs: {args.repeat}")
    print(
        f"floor scan = SELECT sum(done) FROM actions (every row read), worker: {count_floor:.1f} ms"
    )
    print(f"floor list = a bare QListView of 1,000 rows, model to painted: {list_ms:.1f} ms")
    print(f"Vandaag: {med(today_runs, 'jobs'):.0f} jobs; rows in its list model: {rows_shown:,}")
    print(f"{'measure':42} {'ms':>9} {'x floor':>9}")
    for name, ms, floor, which in cases:
        print(f"{name:42} {ms:9.1f} {ms / floor:8.1f} ({which})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
