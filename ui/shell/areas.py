"""The main-window shell once the vault is open: side navigation and the areas.

The shell knows its areas only through the `Area` interface (title, icon, activate, clear).
It is built fresh on every unlock and destroyed on every lock (see `AppWindow`).
"""

from __future__ import annotations

from ui.core import theme
from ui.core.assets import icon
from ui.kit.area import Area
from ui.kit.help import key_text
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


class Shell(QWidget):
    """Navigation plus a stack of areas. `current_changed(area_id)` on every switch."""

    current_changed = Signal(str)

    def __init__(self, areas: list[Area], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.areas = {area.area_id: area for area in areas}
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
            button = QPushButton(icon(area.icon_name, theme.MUTED, theme.PRIMARY), area.title())
            button.setCheckable(True)
            button.setIconSize(QSize(20, 20))
            button.setToolTip(self.tr("{0} ({1})").format(area.title(), key_text(f"Ctrl+{number}")))
            button.clicked.connect(lambda _checked=False, a=area.area_id: self.show_area(a))
            self._group.addButton(button)
            self.buttons[area.area_id] = button
            if area.area_id == "settings":
                nav.addStretch(1)
            nav.addWidget(button)
            self.stack.addWidget(area)
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
        """Lock: every area drops its case data."""
        for area in self.areas.values():
            area.clear()
