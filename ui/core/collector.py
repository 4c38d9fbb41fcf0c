"""Python's cyclic garbage collector, run on the UI thread only.

Automatic collection starts in whichever thread happens to cross an allocation threshold: the
vault worker, the reader thread, a thread pool of the privacy scan. When the garbage it finds
holds Qt widgets (a closed dialog in a reference cycle, an area torn down at a lock), their C++
objects are then destroyed off the UI thread, which Qt does not allow: a crash, at a random
moment (seen as a segfault in the UI tests and in the twenty-unlock benchmark). So automatic
collection is switched off and a timer on the UI thread does the same work: every 250 ms it
collects the youngest generation whose allocation count crossed its threshold (as the automatic
collector would have), so garbage is collected as often as before, always on the UI thread.
"""

from __future__ import annotations

import gc

from ui.qt import QObject, QTimer

INTERVAL_MS = 250


class UiThreadCollector(QObject):
    """Create one on the UI thread (the app does at start); it lives as long as its parent."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
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
                due = generation
                break
        if due >= 0:
            gc.collect(due)
        return due
