"""Issue 16: an unlock must not hold the UI thread for one long beat. The next shell is built
while the unlock screen shows, a step per event-loop turn (`ShellBuild`), as a page not in
view; the unlock only brings it into view. These tests check the structure (what each step
does, which turn builds what, that the unlock shows the shell built ahead), not times."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator

import pytest

from tests.ui.conftest import TIMEOUT, unlock
from ui.core.collector import UiThreadCollector
from ui.core.worker import VaultWorker
from ui.kit.area import Area
from ui.kit.dialogs import Dialogs
from ui.qt import QLabel, QObject, QStackedWidget, Qt, QVBoxLayout, QWidget
from ui.shell.areas import AreaSlot, Shell, ShellBuild


class _Made(Area):
    area_id = "today"
    icon_name = "today"

    def __init__(self, worker: VaultWorker, dialogs: Dialogs) -> None:
        super().__init__(worker, dialogs)
        QVBoxLayout(self).addWidget(QLabel("vandaag"))

    @classmethod
    def caption(cls) -> str:
        return "Vandaag"


class _Other(_Made):
    area_id = "cases"
    icon_name = "cases"


class _Areas:
    """Stand-in areas for the shell's slots, remembered as they are built."""

    def __init__(self, worker: VaultWorker) -> None:
        self.worker = worker
        self.made: list[Area] = []

    def slot(self, kind: type[Area]) -> AreaSlot:
        return AreaSlot(kind, lambda: self._make(kind))

    def _make(self, kind: type[Area]) -> Area:
        self.made.append(kind(self.worker, Dialogs()))  # type: ignore[call-arg]
        return self.made[-1]


@pytest.fixture
def areas() -> Iterator[_Areas]:
    worker = VaultWorker()
    yield _Areas(worker)
    worker.shutdown()


def _build(qtbot, *slots: AreaSlot) -> tuple[QStackedWidget, ShellBuild]:  # type: ignore[no-untyped-def]
    screens = QStackedWidget()
    qtbot.addWidget(screens)
    screens.addWidget(QWidget())  # what is in view meanwhile (the unlock screen)
    return screens, ShellBuild(screens, lambda: Shell(list(slots)), "today", start=False)


def test_a_shell_build_does_one_thing_a_step(qtbot, areas) -> None:  # type: ignore[no-untyped-def]
    screens, build = _build(qtbot, areas.slot(_Made), areas.slot(_Other))
    shown = screens.currentWidget()
    made = areas.made
    ready: list[bool] = []
    build.when_ready(lambda: ready.append(True))
    assert build.shell is None  # nothing in the turn that asked for it

    build.step()  # the navigation: a page of its own, not in view, no area built
    assert build.shell is not None and screens.indexOf(build.shell) >= 0
    assert screens.currentWidget() is shown and not build.shell.isVisible()
    assert made == [] and set(build.shell.buttons) == {"today", "cases"}

    build.step()  # the area's widgets, not yet in the shell
    assert [type(a) for a in made] == [_Made] and made[0].parent() is None
    assert not build.shell.areas.is_built("today")

    build.step()  # into the shell (its style sheet rules are resolved then)
    assert build.shell.areas.is_built("today") and made[0].parentWidget() is not None
    assert "cases" in build.shell.areas and not build.shell.areas.is_built("cases")

    build.step()  # polished; done on the next step, not in this one
    assert made[0].testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
    assert not ready
    build.step()
    assert ready == [True] and build.done
    assert len(made) == 1, "only the area it opens on is built"


class _InParts(_Made):
    def __init__(self, worker: VaultWorker, dialogs: Dialogs) -> None:
        super().__init__(worker, dialogs)
        self.parts: list[str] = []

    def build_later(self) -> list[Callable[[], None]]:
        return [lambda: self.parts.append("side"), lambda: self.parts.append("more")]


def test_an_area_s_later_parts_take_a_step_each_or_come_before_its_first_showing(
    qtbot, areas
) -> None:  # type: ignore[no-untyped-def]
    _screens, build = _build(qtbot, areas.slot(_InParts))
    build.step()
    build.step()  # the constructor only
    made = areas.made
    assert made[0].parts == []
    build.step()
    assert made[0].parts == ["side"] and not build.shell.areas.is_built("today")
    build.step()
    assert made[0].parts == ["side", "more"] and not build.shell.areas.is_built("today")
    build.step()
    assert build.shell.areas.is_built("today")

    shell = Shell([areas.slot(_InParts)])  # built on its first visit: all at once
    qtbot.addWidget(shell)
    assert shell.show_area("today").parts == ["side", "more"]  # type: ignore[attr-defined]


def test_a_shell_build_given_up_leaves_no_area_behind(qtbot, areas) -> None:  # type: ignore[no-untyped-def]
    _screens, build = _build(qtbot, areas.slot(_Made))
    build.step()
    build.step()  # the area is made, not yet placed
    gone: list[bool] = []
    areas.made[0].destroyed.connect(lambda: gone.append(True))
    build.cancel()
    qtbot.waitUntil(lambda: bool(gone), timeout=TIMEOUT)


def test_the_unlock_shows_the_shell_built_while_locked(qtbot, make_window, vault) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    window = h.window
    qtbot.waitUntil(lambda: window.next_shell is not None, timeout=TIMEOUT)
    ahead = window.next_shell
    assert window.shell is None and not ahead.isVisible()
    assert window.screens.currentWidget() is window.unlock_screen
    assert [a for a in ahead.areas if ahead.areas.is_built(a)] == ["today"]

    unlock(qtbot, h, vault.passphrase)
    assert window.shell is ahead and window.shell.current_id == "today"
    assert window.screens.count() == 1, "the unlock screen went"
    assert [a for a in ahead.areas if ahead.areas.is_built(a)] == ["today"]


def test_after_a_lock_the_next_shell_opens_where_the_user_was(qtbot, make_window, vault) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    window = h.window
    unlock(qtbot, h, vault.passphrase)
    window.shell.show_area("reports")
    old = window.shell
    window.lock("manual")
    qtbot.waitUntil(lambda: window.next_shell is not None, timeout=TIMEOUT)
    ahead = window.next_shell
    assert ahead is not old and window.shell is None
    assert [a for a in ahead.areas if ahead.areas.is_built(a)] == ["reports"]

    unlock(qtbot, h, vault.passphrase)
    assert window.shell is ahead and window.shell.current_id == "reports"

    # unlocked at once after a lock (before the steps are done): the same, a turn later
    window.lock("manual")
    qtbot.waitUntil(lambda: window.unlock_screen is not None, timeout=TIMEOUT)
    assert window.next_shell is None
    unlock(qtbot, h, vault.passphrase)
    assert window.shell.current_id == "reports"
    assert window.screens.count() == 1


def test_a_language_switch_while_locked_builds_the_next_shell_again(
    qtbot, make_window, vault
) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    window = h.window
    qtbot.waitUntil(lambda: window.next_shell is not None, timeout=TIMEOUT)
    dutch = window.next_shell
    assert dutch.buttons["today"].text() == "Vandaag"
    gone: list[bool] = []
    dutch.destroyed.connect(lambda: gone.append(True))
    window.language_box.setCurrentIndex(window.language_box.findData("en"))
    qtbot.waitUntil(lambda: window.next_shell is not None, timeout=TIMEOUT)
    assert window.next_shell is not dutch
    assert window.next_shell.buttons["today"].text() == "Today"
    qtbot.waitUntil(lambda: bool(gone), timeout=TIMEOUT)  # the Dutch one went
    unlock(qtbot, h, vault.passphrase)
    assert window.shell.buttons["today"].text() == "Today"


def test_asking_whether_an_area_exists_does_not_build_it(qtbot, areas) -> None:  # type: ignore[no-untyped-def]
    shell = Shell([areas.slot(_Made)])
    qtbot.addWidget(shell)
    assert "today" in shell.areas and "cases" not in shell.areas
    assert not shell.areas.is_built("today") and areas.made == []


def test_a_full_collection_waits_for_the_heap_to_grow_by_a_quarter(qtbot) -> None:  # type: ignore[no-untyped-def]
    """As CPython's own collector: the oldest generation is collected once enough has reached
    it, not at every tenth collection of the middle one (that walked Vandaag's 100,000
    deadlines every 1-2 s after an unlock)."""
    owner = QObject()
    collector = UiThreadCollector(owner, interval_ms=3_600_000)  # the test calls it
    try:
        heap = sys.getallocatedblocks()  # about what the collector started from
        gc.set_threshold(1, 1, 1)
        kept: list[object] = []
        seen: set[int] = set()
        for _ in range(40):  # the middle generation is due again and again: no full one yet
            kept.append([[]])
            seen.add(collector.collect_due())
        assert 2 not in seen and 1 in seen
        kept.append([[n] for n in range(heap // 2)])  # the heap grows by more than half
        seen = {collector.collect_due() for _ in range(5)}
        assert 2 in seen
    finally:
        gc.set_threshold(700, 10, 10)
        owner.deleteLater()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
