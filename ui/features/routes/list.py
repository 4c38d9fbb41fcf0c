"""The list on the left of Routes beheren: own routes first, then the built-in ones."""

from __future__ import annotations

from ui.core import theme
from ui.core.route_text import SCROLLBARS
from ui.qt import QColor, QCoreApplication, QListWidget, QListWidgetItem, Qt, QWidget

KIND_ROLE = int(Qt.ItemDataRole.UserRole)  # "own" or "builtin"; None on headings
ID_ROLE = KIND_ROLE + 1
LIST_STYLE = (
    f"QListWidget {{ background: {theme.SURFACE}; border: 1px solid {theme.BORDER};"
    " border-radius: 8px; padding: 4px; outline: none; }"
    " QListWidget::item { padding: 6px 8px; border-radius: 6px; }"
    f" QListWidget::item:selected {{ background: {theme.PRIMARY_SOFT}; color: {theme.INK}; }}"
    f" QListWidget::item:hover:!selected {{ background: {theme.HOVER}; }}"
) + SCROLLBARS


class RouteList(QListWidget):
    """Headings and routes; each route item carries its kind and id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(LIST_STYLE)

    def fill(self, own: dict[str, str], builtin: dict[str, str]) -> None:
        """`own` and `builtin` map route ids to names; signals stay quiet meanwhile."""
        self.blockSignals(True)
        self.clear()
        self._heading(QCoreApplication.translate("RouteList", "Eigen routes"))
        for rid, name in sorted(own.items(), key=lambda pair: pair[1].lower()):
            self._route(name, "own", rid)
        if not own:
            self._heading(QCoreApplication.translate("RouteList", "(nog geen)"), faint=True)
        self._heading(QCoreApplication.translate("RouteList", "Ingebouwd"))
        for rid, name in sorted(builtin.items(), key=lambda pair: pair[1].lower()):
            self._route(name, "builtin", rid)
        self.blockSignals(False)

    def select(self, kind: str, rid: str) -> None:
        for n in range(self.count()):
            item = self.item(n)
            if item.data(KIND_ROLE) == kind and item.data(ID_ROLE) == rid:
                self.setCurrentItem(item)
                return

    def _heading(self, text: str, faint: bool = False) -> None:
        item = QListWidgetItem(text if faint else text.upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(not faint)
        font.setPointSizeF(theme.pt(12))
        item.setFont(font)
        item.setForeground(QColor(theme.FAINT if faint else theme.MUTED))
        self.addItem(item)

    def _route(self, text: str, kind: str, rid: str) -> None:
        item = QListWidgetItem(text)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, rid)
        item.setToolTip(f"id: {rid}")
        self.addItem(item)
