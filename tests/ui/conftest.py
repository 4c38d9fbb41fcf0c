"""A real AppWindow per test, wired to a real worker thread and a real vault on disk.

Only the clock (for idle locking), the keychain (conftest's in-memory backend) and the
answers to dialogs (the Dialogs seam) are faked.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ui.core.i18n import Preferences, Translator
from ui.core.worker import VaultWorker
from ui.kit.area import Area
from ui.kit.dialogs import Dialogs
from ui.qt import QApplication, QLabel, QVBoxLayout
from ui.shell import compose
from ui.shell.window import AppWindow

STRONG = "blauwe fiets onder de brug"
TIMEOUT = 10_000


class FakeClock:
    """Wall-clock time the test moves by hand (a suspend is one big jump)."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class CaseCodesArea(Area):
    """A stand-in area that shows case data (the codes) the way real areas do: via the worker.

    The shell tests use it so they test the shell, not the other areas under construction.
    """

    def __init__(self, area_id: str, worker: VaultWorker, dialogs: Dialogs) -> None:
        super().__init__(worker, dialogs)
        self.area_id = area_id
        self.icon_name = {"today": "today", "cases": "cases", "reports": "reports"}[area_id]
        self.codes = QLabel()
        QVBoxLayout(self).addWidget(self.codes)

    def title(self) -> str:
        return self.area_id

    def activate(self) -> None:
        self.worker.submit(lambda ws: ws.cases.codes(), lambda c: self.codes.setText(" ".join(c)))

    def new_case(self) -> None:
        self.new_case_asked = True

    def focus_search(self) -> None:
        self.search_asked = True

    def clear(self) -> None:
        self.codes.clear()
        super().clear()


def stand_in_areas(window: AppWindow) -> list[Area]:
    return [
        *(CaseCodesArea(a, window.worker, window.dialogs) for a in ("today", "cases", "reports")),
        compose.settings_area(window.wiring()),
    ]


@dataclass
class Harness:
    window: AppWindow
    worker: VaultWorker
    dialogs: Dialogs
    preferences: Preferences
    clock: FakeClock
    vault_path: Path

    def run_on_worker(self, qtbot: object, fn: Callable[..., object]) -> object:
        """Run fn(workspace) on the worker and wait for its result."""
        box: dict[str, object] = {}
        self.worker.submit(
            fn, lambda r: box.setdefault("result", r), lambda e: box.setdefault("error", e)
        )
        qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)  # type: ignore[attr-defined]
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box["result"]


@pytest.fixture(scope="package", autouse=True)
def _collect_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (`ui/app.py`): Python's cyclic collector runs on the UI thread only. Left
    automatic, it starts in whichever thread crosses a threshold (the vault worker, a privacy
    scan's pool) and may destroy an earlier test's window there: a segfault at a random moment
    (seen once in a full run, in `test_lock.py`'s set-up)."""
    from ui.core.collector import UiThreadCollector

    collector = UiThreadCollector()
    yield
    collector.deleteLater()
    gc.enable()


@pytest.fixture(autouse=True)
def _no_collection_off_the_ui_thread() -> Iterator[None]:
    # (a test of the collector itself switches collection on again when its own one goes)
    gc.disable()
    yield


@pytest.fixture
def make_window(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Harness]]:
    made: list[Harness] = []
    app = QApplication.instance()
    translator = Translator(app)  # type: ignore[arg-type]

    def build(vault_path: Path, language: str = "nl", real_areas: bool = True) -> Harness:
        if not real_areas:
            monkeypatch.setattr(AppWindow, "build_areas", stand_in_areas)
        translator.install(language)
        worker = VaultWorker()
        dialogs = Dialogs()
        preferences = Preferences(tmp_path / "prefs.ini")
        clock = FakeClock()
        window = AppWindow(
            worker, dialogs, preferences, translator, vault_path, clock=clock, watch_os=False
        )
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        window.activateWindow()  # keyboard shortcuts need the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)  # type: ignore[attr-defined]
        harness = Harness(window, worker, dialogs, preferences, clock, vault_path)
        made.append(harness)
        return harness

    yield build
    for harness in made:
        harness.window.idle.stop()
        app.removeEventFilter(harness.window.idle)  # type: ignore[union-attr]
        harness.worker.shutdown()
    translator.install("nl")


def unlock(qtbot: object, harness: Harness, passphrase: str) -> None:
    screen = harness.window.unlock_screen
    assert screen is not None
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: harness.window.shell is not None, timeout=TIMEOUT)  # type: ignore[attr-defined]
