"""The agreed actions (afspraken) of a case: who does what by when, and whether it is done.

Rows in the order the advisor made them; an open action past its date is shown in the
warning colour. Ticking the box saves at once (through the tab's `ctx.apply`).
"""

from __future__ import annotations

from datetime import date

from ui.core import theme
from ui.core.assets import icon
from ui.core.route_text import owner_name, relative, short_day
from ui.kit.widgets import clear_layout, label
from ui.qt import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QSize,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vertrouwen.domain.model import Action


class ActionsList(QWidget):
    """Rows of actions; signals carry the index in `case.actions` and the action shown."""

    done_toggled = Signal(int, object, bool)  # index, the Action shown, done
    edit_requested = Signal(int, object)
    remove_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.checkboxes: list[QCheckBox] = []

    def show_actions(self, actions: list[Action], today: date) -> None:
        self.clear()
        if not actions:
            empty = label(
                self.tr("Nog geen afspraken. Leg vast wie wat doet en wanneer."), "muted", True
            )
            empty.setContentsMargins(0, 4, 0, 4)
            self._layout.addWidget(empty)
            return
        for index, action in enumerate(actions):
            self._layout.addWidget(self._row(index, action, today, index == len(actions) - 1))

    def clear(self) -> None:
        self.checkboxes = []
        clear_layout(self._layout)

    def _row(self, index: int, action: Action, today: date, last: bool) -> QWidget:
        box = QFrame()
        box.setObjectName("ActionRow")
        if not last:
            box.setStyleSheet(f"#ActionRow {{ border-bottom: 1px solid {theme.BACKGROUND}; }}")
        row = QHBoxLayout(box)
        row.setContentsMargins(2, 8, 2, 8)
        row.setSpacing(10)
        done = QCheckBox()
        done.setChecked(action.done)
        done.setToolTip(self.tr("Gedaan"))
        done.setAccessibleName(self.tr("Gedaan: {0}").format(action.description))
        done.toggled.connect(lambda on: self.done_toggled.emit(index, action, on))
        self.checkboxes.append(done)
        row.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        what = label(action.description, wrap=True)
        if action.done:
            what.setStyleSheet(f"color: {theme.FAINT}; text-decoration: line-through;")
        text.addWidget(what)
        late = not action.done and action.due is not None and action.due < today
        parts = [owner_name(action.owner)]
        if action.due is not None:
            parts.append(
                self.tr("uiterlijk {0} ({1})").format(
                    short_day(action.due, today), relative(action.due, today, late=not action.done)
                )
            )
        else:
            parts.append(self.tr("zonder datum"))
        meta = label(" \u00b7 ".join(parts), "faint")
        if late:
            meta.setStyleSheet(
                f"color: {theme.WARNING}; font-weight: 600; font-size: {theme.pt(12)}pt;"
            )
        text.addWidget(meta)
        row.addLayout(text, 1)
        for name, tip, signal in (
            ("edit", self.tr("Afspraak wijzigen"), self.edit_requested),
            ("trash", self.tr("Afspraak verwijderen (ongedaan maken kan)"), self.remove_requested),
        ):
            button = QToolButton()
            button.setIcon(icon(name, theme.MUTED))
            button.setIconSize(QSize(16, 16))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, s=signal: s.emit(index, action))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return box
