"""Python's cyclic garbage collector, run on the UI thread only.

Automatic collection starts in whichever thread happens to cross an allocation threshold: the
vault worker, the reader thread, a thread pool of the privacy scan. When the garbage it finds
holds Qt widgets (a closed dialog in a reference cycle, an area torn down at a lock), their C++
objects are then destroyed off the UI thread, which Qt does not allow: a crash, at a random
moment (seen as a segfault in the UI tests and in the twenty-unlock benchmark). So automatic
collection is switched off and a timer on the UI thread does the same work: every 250 ms it
collects the oldest generation whose count crossed its threshold, as the automatic collector
would have, so garbage is collected as often as before, always on the UI thread.

As the automatic collector, it runs a full collection (the oldest generation) only once the
heap has grown by a quarter since the last one (CPython counts the objects that reached the
oldest generation; here the memory blocks in use stand in for them). Every tenth collection of
the middle generation was a full one until 2026-12: while Vandaag gathered 100,000 deadlines
after an unlock, a full collection walked them all every second or two, 20-46 ms of the UI
thread each time (issue 16).
"""

from __future__ import annotations

import gc
import sys

from ui.qt import QObject, QTimer

INTERVAL_MS = 250


class UiThreadCollector(QObject):
    """Create one on the UI thread (the app does at start); it lives as long as its parent."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._heap_after_full = sys.getallocatedblocks()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()
        self.destroyed.connect(gc.enable)

    def collect_due(self) -> int:
        """Collect the generations the automatic collector would have; returns the oldest one
        collected (-1: nothing was due)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = -1
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                if generation == 2 and not self._grown_by_a_quarter():
                    continue  # as CPython's own rule: full collections stay linear in total
                due = generation
                break
        if due >= 0:
            gc.collect(due)
        if due == 2:
            self._heap_after_full = sys.getallocatedblocks()
        return due

    def _grown_by_a_quarter(self) -> bool:
        heap = sys.getallocatedblocks()
        self._heap_after_full = min(self._heap_after_full, heap)  # a lock let go of much
        return heap - self._heap_after_full > self._heap_after_full // 4
