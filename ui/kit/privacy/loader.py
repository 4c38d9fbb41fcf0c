"""Work for the privacy guard on Qt's thread pool, and `DetectorLoader`, which loads the full
detector (lexicon, name lists) there once per app.

Kept apart from `highlight` so the window can own a loader without importing the detector's
code before its first paint: `vertrouwen.privacy` loads on the pool thread, with the tables.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from ui.qt import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from vertrouwen.privacy import Detector


class PoolSignals(QObject):
    done = Signal(object, object)  # tag, result (list of findings, a Detector, or an error)


class PoolTask(QRunnable):
    """Runs `job` on a pool thread and hands the result (or the error) back to the UI thread."""

    def __init__(self, job: Callable[[], object], tag: object, signals: PoolSignals) -> None:
        super().__init__()
        self._job, self._tag, self._signals = job, tag, signals

    def run(self) -> None:
        try:
            result: object = self._job()
        except Exception as exc:  # reported on the UI thread; never the note text
            result = exc
        with contextlib.suppress(RuntimeError):  # the editor closed while this ran
            self._signals.done.emit(self._tag, result)


def _load_detector() -> Detector:
    from vertrouwen.privacy import load_detector  # on the pool thread

    return load_detector()


class DetectorLoader(QObject):
    """Loads the full detector (lexicon, name lists) on a pool thread; `ready` fires on the UI
    thread."""

    ready = Signal(object)  # the Detector
    failed = Signal(str)

    def __init__(
        self, loader: Callable[[], Detector] = _load_detector, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._signals = PoolSignals(self)
        self._signals.done.connect(self._finished)
        self.detector: Detector | None = None

    def start(self) -> None:
        """Start loading (returns at once)."""
        QThreadPool.globalInstance().start(PoolTask(self._loader, None, self._signals))

    @Slot(object, object)
    def _finished(self, _tag: object, result: object) -> None:
        if isinstance(result, BaseException):
            self.failed.emit(type(result).__name__)
        else:
            self.detector = cast("Detector", result)  # what `loader` returned
            self.ready.emit(result)
