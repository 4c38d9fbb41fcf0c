"""The main-window shell once the vault is open: side navigation and the areas.

The shell knows its areas only through the `Area` interface (title, icon, activate, clear).
It is built fresh on every unlock and destroyed on every lock (see `AppWindow`). An area may
come as an `AreaSlot`: its navigation button is there at once, the area itself is built on
its first visit (or when it is looked up in `areas`), so an unlock builds only the area it
shows: building all four took ~1 s of the UI thread (issue 16).

`ShellBuild` builds a shell a step per event-loop turn (its navigation; the area it opens on;
their style), as a page of the window's screens not in view: the window starts one while the
unlock screen shows, so an unlock only swaps pages. Built in one turn it held the UI thread
60-90 ms, and twice that while the worker's first queries ran beside it (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass

from ui.core import theme
from ui.core.assets import icon
from ui.kit.accessible import key_text
from ui.kit.area import Area
from ui.kit.widgets import label
from ui.qt import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QObject,
    QPushButton,
    QSize,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)


@dataclass(frozen=True)
class AreaSlot:
    """An area not built yet: its class (id, icon and caption for the button) and how to
    build it."""

    kind: type[Area]
    build: Callable[[], Area]

    @property
    def area_id(self) -> str:
        return self.kind.area_id

    @property
    def icon_name(self) -> str:
        return self.kind.icon_name

    def title(self) -> str:
        return self.kind.caption()


class Areas(Mapping[str, Area]):
    """The shell's areas by id, in navigation order; looking one up builds it if needed."""

    def __init__(self, entries: Sequence[Area | AreaSlot], built: Callable[[Area], None]) -> None:
        self._entries: dict[str, Area | AreaSlot] = {e.area_id: e for e in entries}
        self._built = built
        self._made: dict[str, Area] = {}  # built by `make`, not yet in the shell
        self._parts: dict[str, list[Callable[[], None]]] = {}  # their parts still to build

    def __getitem__(self, area_id: str) -> Area:
        entry = self._entries[area_id]
        if isinstance(entry, AreaSlot):
            self.make(area_id)
            while self.make_part(area_id):
                pass
            area = self._made.pop(area_id)
            self._parts.pop(area_id, None)
            self._entries[area_id] = area
            self._built(area)
            return area
        return entry

    def make(self, area_id: str) -> None:
        """Build an area but leave it out of the shell until it is looked up: its widgets
        take the style sheet when they go into the shell, which may be a later turn."""
        entry = self._entries[area_id]
        if isinstance(entry, AreaSlot) and area_id not in self._made:
            area = self._made[area_id] = entry.build()
            self._parts[area_id] = area.build_later()

    def make_part(self, area_id: str) -> bool:
        """Build the next part the made area left for later (`Area.build_later`); False when
        none is left."""
        parts = self._parts.get(area_id)
        if not parts:
            return False
        parts.pop(0)()
        return True

    def drop_made(self) -> None:
        """Areas made but never placed (a shell given up while being built) go."""
        made, self._made, self._parts = list(self._made.values()), {}, {}
        for area in made:
            area.deleteLater()

    def __contains__(self, area_id: object) -> bool:
        return area_id in self._entries  # without building it (Mapping's would look it up)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def built(self) -> list[Area]:
        """The areas built so far (the others hold no data)."""
        return [e for e in self._entries.values() if isinstance(e, Area)]

    def is_built(self, area_id: str) -> bool:
        return isinstance(self._entries.get(area_id), Area)


class Shell(QWidget):
    """Navigation plus a stack of areas. `current_changed(area_id)` on every switch;
    `area_built(area_id)` when an `AreaSlot`'s area was built (after the shell itself)."""

    current_changed = Signal(str)
    area_built = Signal(str)

    def __init__(self, areas: Sequence[Area | AreaSlot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.areas = Areas(areas, self._place)
        self._placeholders: dict[str, QWidget] = {}
        self._shown = ""  # the area in view
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        sidebar = QFrame()
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(228)
        nav = QVBoxLayout(sidebar)
        nav.setContentsMargins(12, 18, 12, 14)
        nav.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        self.stack = QStackedWidget()
        for number, area in enumerate(areas, start=1):
            title = area.title()
            button = QPushButton(icon(area.icon_name, theme.MUTED, theme.PRIMARY), title)
            button.setCheckable(True)
            button.setIconSize(QSize(20, 20))
            button.setToolTip(self.tr("{0} ({1})").format(title, key_text(f"Ctrl+{number}")))
            button.clicked.connect(lambda _checked=False, a=area.area_id: self.show_area(a))
            self._group.addButton(button)
            self.buttons[area.area_id] = button
            if area.area_id == "settings":
                nav.addStretch(1)
            nav.addWidget(button)
            if isinstance(area, Area):
                self.stack.addWidget(area)
            else:  # an empty page keeps the stack in navigation order until it is built
                self._placeholders[area.area_id] = QWidget(self.stack)
                self.stack.addWidget(self._placeholders[area.area_id])
        hint = label(
            self.tr("{0} vergrendelt \u00b7 {1} Spoed \u00b7 {2} handleiding").format(
                key_text("Ctrl+L"), key_text("F1"), key_text("Shift+F1")
            ),
            wrap=True,
        )
        hint.setObjectName("SidebarHint")
        nav.addSpacing(8)
        nav.addWidget(hint)
        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)

    @property
    def current_id(self) -> str:
        """The area in view ("" before the first `show_area`)."""
        return self._shown

    def area(self, area_id: str) -> Area:
        return self.areas[area_id]

    def show_area(self, area_id: str, force: bool = False) -> Area:
        """Bring an area into view; it is activated (loads its data) when it was not in view."""
        area = self.areas[area_id]
        self.buttons[area_id].setChecked(True)
        if force or self._shown != area_id:
            self._shown = area_id
            self.stack.setCurrentWidget(area)
            area.activate()
            self.current_changed.emit(area_id)
        return area

    def show_index(self, index: int) -> None:
        ids = list(self.areas)
        if 0 <= index < len(ids):
            self.show_area(ids[index])

    def place(self) -> dict[str, object]:
        """The area in view and where the user is in it (ids and positions only)."""
        area = self.stack.currentWidget()
        if not isinstance(area, Area):
            return {}
        return {"area": area.area_id, "inside": area.place()}

    def restore_place(self, place: dict[str, object]) -> None:
        """Show the area of `place()` again and let it go back to where the user was."""
        area_id, inside = place.get("area"), place.get("inside")
        if isinstance(area_id, str) and area_id in self.areas:
            area = self.show_area(area_id)
            if isinstance(inside, dict) and inside:
                area.restore_place(inside)

    def clear_all(self) -> None:
        """Lock: every area drops its case data (an area never built holds none)."""
        for area in self.areas.built():
            area.clear()

    def _place(self, area: Area) -> None:
        """An area was just built: it takes its empty page's place in the stack."""
        placeholder = self._placeholders.pop(area.area_id)
        self.stack.insertWidget(self.stack.indexOf(placeholder), area)
        if self.stack.currentWidget() is placeholder:  # not via another page on the way out
            self.stack.setCurrentWidget(area)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.area_built.emit(area.area_id)


class ShellBuild(QObject):
    """A shell built a step per event-loop turn, as a page of `screens` not in view: `Shell`
    with its navigation (`make_shell()`); then the area it opens on (`area_id`, else its first
    one), first its widgets (and the parts it leaves for later, `Area.build_later`, a turn
    each), then into the shell on a turn of its own (that is when the style sheet's rules are
    resolved for them: about as long again); then anything left unpolished
    (`ensurePolished`), so that bringing it into view is layout and paint only. Each step
    holds the UI thread 5-30 ms. `when_ready(then)` calls `then` once the last step is done
    (at once if it is); `finish_now()` does what is left in this turn; `cancel()` stops it
    (the window drops the page)."""

    def __init__(
        self,
        screens: QStackedWidget,
        make_shell: Callable[[], Shell],
        area_id: str,
        start: bool = True,
    ) -> None:
        super().__init__(screens)
        self.area_id = area_id
        self.shell: Shell | None = None
        self.done = False
        self._waiting: list[Callable[[], None]] = []
        self._steps = self._run(screens, make_shell)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # the next turn: whatever came in meanwhile goes first
        self._timer.timeout.connect(self._tick)
        if start:  # else the caller calls step() (tests)
            self._timer.start()

    def _run(
        self, screens: QStackedWidget, make_shell: Callable[[], Shell]
    ) -> Generator[str, None, None]:
        shell = make_shell()
        screens.addWidget(shell)  # not the current page: hidden, nothing shown yet
        self.shell = shell
        yield "navigation"
        if self.area_id not in shell.areas:
            self.area_id = next(iter(shell.areas))
        shell.areas.make(self.area_id)  # its widgets
        yield "area"
        while shell.areas.make_part(self.area_id):  # what it left for later, a turn each
            yield "part"
        shell.areas[self.area_id]  # looked up: into the shell, the style sheet's rules
        yield "placed"
        shell.ensurePolished()  # whatever was not polished on the way in
        yield "style"

    def step(self) -> None:
        """The next step (the timer does one a turn until the last is done)."""
        if not self.done and next(self._steps, None) is None:
            self._ready()

    def _tick(self) -> None:
        self.step()
        if not self.done:
            self._timer.start()

    def finish_now(self) -> None:
        if not self.done:
            self._timer.stop()
            for _step in self._steps:
                pass
            self._ready()

    def _ready(self) -> None:
        self.done = True
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    def when_ready(self, then: Callable[[], None]) -> None:
        if self.done:
            then()
        else:
            self._waiting.append(then)

    def cancel(self) -> None:
        self._timer.stop()
        self._steps.close()
        self._waiting = []
        if self.shell is not None:
            self.shell.areas.drop_made()
