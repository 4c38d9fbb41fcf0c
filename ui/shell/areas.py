"""The main-window shell once the vault is open: side navigation and the areas.

The shell knows its areas only through the `Area` interface (title, icon, activate, clear).
It is built fresh on every unlock and destroyed on every lock (see `AppWindow`). An area may
come as an `AreaSlot`: its navigation button is there at once, the area itself is built on
its first visit (or when it is looked up in `areas`), so an unlock builds only the area it
shows: building all four took ~1 s of the UI thread (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
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
    QPushButton,
    QSize,
    QStackedWidget,
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

    def __getitem__(self, area_id: str) -> Area:
        entry = self._entries[area_id]
        if isinstance(entry, AreaSlot):
            area = entry.build()
            self._entries[area_id] = area
            self._built(area)
            return area
        return entry

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
