"""Benchmark: unlock to the first case rows, with a probe that logs UI-thread stalls (not a test).

    .venv/bin/python bench/bench_unlock.py [--vault V] [--rounds N] [--floor] [--raw F] [--why]
                                           [--typing S]

Drives the real AppWindow (offscreen unless QT_QPA_PLATFORM says otherwise) through the real
worker thread on bench_cases.py's vault: the passphrase is typed and the unlock button clicked,
then the bench waits in a real event loop (bench/uiwait.py, polling every 2 ms) for
- the shell (navigation and the area it shows built and shown),
- the first case rows: the first rows of the Today agenda on screen,
- the agenda complete (every deadline of every open case gathered),
and then for another second with nothing to do, while the detector loads in the background.
A probe timer fires every 10 ms on the UI thread and logs its own lateness: the longest stall
is the longest the UI could not react to a key or a click; beside it the UI thread's own CPU
time between two beats (what our code did in that beat, apart from waiting for the GIL or a
core). The vault is locked between rounds and unlocked again at once (`--typing S`: S seconds
later, as when a passphrase is typed; the lock's own stalls are then measured too, from the
lock to the next click).
The first unlock comes once the window has loaded the rest of the app in the background (as
while a passphrase is typed); until 2026-12-05 it came the moment the window showed.
It prints the median and worst of each time over the rounds, and of the stalls the longest
per round (median and worst) and the 95th percentile of all the probe's lateness samples.
Floor: the same unlock with the privacy detector's load replaced by one that loads nothing
(`--floor`), as the issue measured it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
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
os.environ.setdefault("VERTROUWEN_TODAY", "2026-06-15")

from uiwait import wait_until  # noqa: E402

PROBE_MS = 10
DEFAULT_VAULT = Path("/tmp/vertrouwen-bench/cases-264000.vault")


class Watchdog:
    """`--why`: a thread that looks every 5 ms how long ago the probe last beat; in a stall
    over 50 ms it notes where the UI thread and the others are (their innermost frames of our
    code and the libraries), so `report()` can say what the longest beats were made of."""

    def __init__(self, since_beat: Callable[[], int]) -> None:
        self._since = since_beat
        self._ui = threading.get_ident()
        self._samples: list[tuple[int, dict[str, str]]] = []
        threading.Thread(target=self._run, daemon=True, name="bench-watchdog").start()

    def _run(self) -> None:
        while True:
            time.sleep(0.005)
            late = self._since()
            if late > 50:
                names = {t.ident: t.name for t in threading.enumerate()}
                frames = sys._current_frames()
                where = {
                    ("ui" if ident == self._ui else names.get(ident, str(ident))): _stack(frame)
                    for ident, frame in frames.items()
                    if ident != threading.get_ident()
                }
                self._samples.append((late, where))

    def report(self) -> None:
        samples, self._samples = self._samples, []
        stalls: list[list[tuple[int, dict[str, str]]]] = []
        for late, where in samples:  # a stall's samples have rising lateness
            if not stalls or late <= stalls[-1][-1][0]:
                stalls.append([])
            stalls[-1].append((late, where))
        for stall in stalls:
            longest = stall[-1][0]
            print(f"  stall >= {longest} ms, {len(stall)} samples:")
            counts: dict[tuple[str, str], int] = {}
            for _late, where in stall:
                for thread, stack in where.items():
                    counts[(thread, stack)] = counts.get((thread, stack), 0) + 1
            for (thread, stack), n in sorted(counts.items(), key=lambda kv: -kv[1])[:8]:
                print(f"    {n:3d}x {thread}: {stack}")


def _stack(frame: Any) -> str:
    parts: list[str] = []
    while frame is not None and len(parts) < 6:
        name = frame.f_code.co_filename
        if "/threading.py" not in name and "/uiwait.py" not in name:
            short = "/".join(Path(name).parts[-2:])
            parts.append(f"{short}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " < ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--vault", type=Path, default=Path("/tmp/vertrouwen-bench/cases-264000.vault")
    )
    parser.add_argument("--passphrase", default="bench passphrase for fictional cases")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--floor", action="store_true", help="a detector that loads nothing")
    parser.add_argument(
        "--raw", type=Path, help="append each round's times and stall samples as JSON lines"
    )
    parser.add_argument(
        "--why", action="store_true", help="print where the threads were in each stall > 50 ms"
    )
    parser.add_argument(
        "--typing", type=float, default=0.0, help="seconds from a lock to the next unlock"
    )
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.core.i18n import Preferences, Translator
    from ui.core.worker import VaultWorker
    from ui.kit.dialogs import Dialogs
    from ui.kit.privacy.loader import DetectorLoader
    from ui.shell.window import AppWindow
    from vertrouwen.privacy.detector import Detector

    app = QApplication(sys.argv[:1])
    # As ui/app.py's run_app: the theme (its style sheet makes every widget's polish dearer),
    # the bundled font, and the garbage collector on the UI thread only (its collections are
    # UI-thread beats too). Until 2026-12-06 the bench ran unthemed with automatic collection.
    from ui.core import theme

    theme.configure_for(app)
    from ui.core.assets import load_fonts
    from ui.core.collector import UiThreadCollector

    theme.apply_theme(app, load_fonts())
    UiThreadCollector(app)
    translator = Translator(app)
    translator.install("nl")
    worker = VaultWorker()
    prefs = Preferences(Path(tempfile.mkdtemp(prefix="bench-unlock-")) / "prefs.ini")
    detectors = DetectorLoader(Detector, parent=app) if args.floor else None
    window = AppWindow(
        worker, Dialogs(), prefs, translator, args.vault, watch_os=False, detectors=detectors
    )
    window.resize(1366, 768)
    window.show()

    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    last_cpu = [time.thread_time()]
    stalls: list[float] = []
    busy: list[float] = []  # the UI thread's own CPU time between two beats, ms

    def beat() -> None:
        now, cpu = clock.elapsed(), time.thread_time()
        stalls.append(now - last[0] - PROBE_MS)
        busy.append((cpu - last_cpu[0]) * 1e3)
        last[0], last_cpu[0] = now, cpu

    probe = QTimer()
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(beat)
    watchdog = Watchdog(lambda: clock.elapsed() - last[0]) if args.why else None

    def today() -> QWidget | None:
        shell = window.shell
        if shell is None or shell.current_id != "today":
            return None
        return shell.areas["today"]

    def first_rows() -> bool:
        area = today()
        return area is not None and area.agenda.model_.rowCount() > 0  # type: ignore[attr-defined]

    def complete() -> bool:
        area = today()
        return area is not None and getattr(area, "book", None) is not None

    # A person types the passphrase while the window loads the rest of the app in the
    # background and then freezes start-up's objects out of the collector (never with a vault
    # open); clicking "unlock" the moment the window shows would skip that for the process.
    from ui.shell import window as window_module

    wait_until(lambda: "preload" in window_module._FROZEN, 60)
    shell_ms, rows_ms, done_ms, worst, late, worst_busy = [], [], [], [], [], []
    lock_worst, lock_busy = [], []
    for _ in range(args.rounds):
        wait_until(lambda: window.unlock_screen is not None)
        screen = window.unlock_screen
        assert screen is not None
        screen.passphrase.setText(args.passphrase)
        stalls.clear()
        busy.clear()
        last[0], last_cpu[0] = clock.elapsed(), time.thread_time()
        probe.start()
        start = time.perf_counter()
        screen.unlock_button.click()
        wait_until(lambda: window.shell is not None, 60)
        shell_ms.append((time.perf_counter() - start) * 1e3)
        wait_until(first_rows, 60)
        rows_ms.append((time.perf_counter() - start) * 1e3)
        wait_until(complete, 120)
        done_ms.append((time.perf_counter() - start) * 1e3)
        settle = time.perf_counter() + 1.0
        wait_until(lambda s=settle: time.perf_counter() > s, 10)  # type: ignore[misc]
        probe.stop()
        if watchdog is not None:
            watchdog.report()
        worst.append(max(stalls, default=0.0))
        worst_busy.append(max(busy, default=0.0))
        late += stalls
        if args.raw is not None:
            with args.raw.open("a", encoding="utf-8") as out:
                round_ = {"shell": shell_ms[-1], "rows": rows_ms[-1], "complete": done_ms[-1]}
                out.write(json.dumps({**round_, "stalls": stalls, "busy": busy}) + "\n")
        if args.typing > 0:  # the lock, and the passphrase typed: the probe runs on
            stalls.clear()
            busy.clear()
            last[0], last_cpu[0] = clock.elapsed(), time.thread_time()
            probe.start()
        window.lock()
        if args.typing > 0:
            wait_until(lambda: window.unlock_screen is not None, 60)
            typed = time.perf_counter() + args.typing
            wait_until(lambda t=typed: time.perf_counter() > t, 60)  # type: ignore[misc]
            probe.stop()
            lock_worst.append(max(stalls, default=0.0))
            lock_busy.append(max(busy, default=0.0))
            if args.raw is not None:
                with args.raw.open("a", encoding="utf-8") as out:
                    out.write(json.dumps({"lock": True, "stalls": stalls, "busy": busy}) + "\n")
    p95 = statistics.quantiles(late, n=20)[-1] if len(late) > 1 else 0.0
    print(f"vault {args.vault}, {args.rounds} rounds, "
          f"{'floor: a detector that loads nothing' if args.floor else 'app'}")  # fmt: skip
    for name, values in (
        ("unlock -> shell shown     ", shell_ms),
        ("unlock -> first case rows ", rows_ms),
        ("unlock -> agenda complete ", done_ms),
        ("longest UI stall per round", worst),
        ("longest UI CPU beat per rnd", worst_busy),
        *((("lock: longest UI stall     ", lock_worst),) if lock_worst else ()),
        *((("lock: longest UI CPU beat  ", lock_busy),) if lock_busy else ()),
    ):
        print(f"{name} median {statistics.median(values):7.0f} ms  worst {max(values):7.0f} ms")
    over = sum(1 for w in worst if w > 100)
    print(f"rounds with a stall over 100 ms: {over} of {len(worst)}")
    print(
        f"UI stall p95 {p95:.0f} ms over {len(late)} probe beats "
        f"(probe every {PROBE_MS} ms, until 1 s after the agenda is complete)"
    )
    worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
