"""Waiting in a UI benchmark without starving the worker thread.

A loop of `app.processEvents()` keeps the UI thread busy and holding the GIL, so the vault
worker (a Python thread) gets only scraps of it and every measured wait grows 2-16x. Here the
UI thread runs a real event loop, which sleeps in the OS until an event or timer arrives (as
pytest-qt's `waitUntil` and `QTest.qWait` do), and checks the condition every `poll_ms`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait_until(condition: Callable[[], bool], limit_s: float = 60.0, poll_ms: int = 2) -> None:
    """Run the event loop until `condition()` holds; TimeoutError after `limit_s`."""
    if condition():
        return
    loop = QEventLoop()
    timed_out: list[bool] = []

    def check() -> None:
        if condition():
            loop.quit()

    def give_up() -> None:
        timed_out.append(True)
        loop.quit()

    poll = QTimer()
    poll.setInterval(poll_ms)
    poll.timeout.connect(check)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(give_up)
    poll.start()
    limit.start(int(limit_s * 1000))
    loop.exec()
    poll.stop()
    limit.stop()
    if timed_out and not condition():
        raise TimeoutError("the benchmark waited too long")
