"""The main-window shell once the vault is open: side navigation and the areas.

The shell knows its areas only through the `Area` interface (title, icon, activate, clear).
It is built fresh on every unlock and destroyed on every lock (see `AppWindow`). An area may
come as an `AreaSlot`: its button is there at once, the area itself is built on its first
visit (or when asked for through `areas`), so unlocking builds only the screen it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from ui import theme
from ui.areas.base import Area
from ui.assets import icon
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
from ui.widgets import label


@dataclass(frozen=True)
class AreaSlot:
    """An area not built yet: what its navigation button shows, and how to build it."""

    area_id: str
    icon_name: str
    title: Callable[[], str]
    build: Callable[[], Area]


class _Areas(Mapping[str, Area]):
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
        return [e for e in self._entries.values() if isinstance(e, Area)]


class Shell(QWidget):
    """Navigation plus a stack of areas. `current_changed(area_id)` on every switch."""

    current_changed = Signal(str)
    area_built = Signal(str)  # an AreaSlot's area was built (after the shell itself)

    def __init__(self, areas: Sequence[Area | AreaSlot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.areas = _Areas(areas, self._place)
        self._placeholders: dict[str, QWidget] = {}
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
            button.setToolTip(self.tr("{0} (Ctrl+{1})").format(title, number))
            button.clicked.connect(lambda _checked=False, a=area.area_id: self.show_area(a))
            self._group.addButton(button)
            self.buttons[area.area_id] = button
            if area.area_id == "settings":
                nav.addStretch(1)
            nav.addWidget(button)
            if isinstance(area, Area):
                self.stack.addWidget(area)
            else:  # keeps the stack's order until the area is built
                self._placeholders[area.area_id] = QWidget()
                self.stack.addWidget(self._placeholders[area.area_id])
        hint = label(self.tr("Ctrl+L vergrendelt \u00b7 F1 Spoed"), wrap=True)
        hint.setObjectName("SidebarHint")
        nav.addSpacing(8)
        nav.addWidget(hint)
        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)

    @property
    def current_id(self) -> str:
        widget = self.stack.currentWidget()
        return widget.area_id if isinstance(widget, Area) else ""

    def area(self, area_id: str) -> Area:
        return self.areas[area_id]

    def show_area(self, area_id: str, force: bool = False) -> Area:
        """Bring an area into view; it is activated (loads its data) when it was not in view."""
        area = self.areas[area_id]
        self.buttons[area_id].setChecked(True)
        if force or self.stack.currentWidget() is not area:
            self.stack.setCurrentWidget(area)
            area.activate()
            self.current_changed.emit(area_id)
        return area

    def show_index(self, index: int) -> None:
        ids = list(self.areas)
        if 0 <= index < len(ids):
            self.show_area(ids[index])

    def clear_all(self) -> None:
        """Lock: every area drops its case data (areas never built hold none)."""
        for area in self.areas.built():
            area.clear()

    def _place(self, area: Area) -> None:
        placeholder = self._placeholders.pop(area.area_id)
        self.stack.insertWidget(self.stack.indexOf(placeholder), area)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.area_built.emit(area.area_id)
