"""Garbage that holds Qt widgets is collected on the UI thread, never on the vault worker."""

from __future__ import annotations

import gc
import threading

from ui.core.collector import UiThreadCollector
from ui.qt import QObject, QWidget


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.widget = QWidget()  # owned by this wrapper: deleted with the cycle
        self.widget.destroyed.connect(self._gone)
        self.threads: list[str] = []

    def _gone(self) -> None:
        self.threads.append(threading.current_thread().name)


def test_collection_is_off_and_the_ui_thread_collects_what_is_due(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    collector = UiThreadCollector(owner, interval_ms=10)
    try:
        assert not gc.isenabled()
        seen: list[str] = []
        cycle = _Cycle()
        cycle.widget.destroyed.connect(lambda: seen.append(threading.current_thread().name))
        del cycle

        def allocate_on_another_thread() -> None:  # what the worker does: no collection now
            junk = [[i] for i in range(5 * gc.get_threshold()[0])]
            del junk

        worker = threading.Thread(target=allocate_on_another_thread, name="worker")
        worker.start()
        worker.join()
        assert seen == []  # the worker's allocations started no collection
        gc.set_threshold(1, *gc.get_threshold()[1:])
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen == [threading.main_thread().name]
        assert collector.collect_due() in (-1, 0, 1, 2)
    finally:
        gc.set_threshold(700, 10, 10)
        owner.deleteLater()
        qtbot.waitUntil(gc.isenabled, timeout=5000)  # switched on again with its owner
