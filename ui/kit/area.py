"""What every main-window area is: a widget with a title, an icon, `activate()` and `clear()`.

The shell shows one area at a time. `activate()` runs each time the area comes into view (load
or refresh data through the worker); `clear()` runs when the vault locks and must drop every
piece of case data the area holds (models, labels, editors, undo stacks). After a lock the
shell and all areas are destroyed and built anew, empty, while the unlock screen shows (the
unlock then only brings them into view), so `clear()` is the belt and the rebuild the
braces. `place()` / `restore_place()` bring the user back to where they were (the open case,
tab, note, scroll position) by ids, never by content.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.core import theme
from ui.core.assets import icon
from ui.core.worker import VaultWorker
from ui.kit.accessible import SCOPE_PROPERTY, assign_mnemonics, name_controls
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import label
from ui.qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.changes import Changes


class Area(QWidget):
    """Base class for an area; subclasses set `area_id`, `icon_name` and `caption()`."""

    area_id = ""
    icon_name = ""

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty(SCOPE_PROPERTY, True)
        self.worker = worker
        self.dialogs = dialogs
        self.cleared = False  # set by clear(); tests check it
        worker.changed.connect(self.vault_changed)

    @classmethod
    def caption(cls) -> str:
        """The area's name in the navigation, known before the area is built (`AreaSlot`)."""
        raise NotImplementedError

    def title(self) -> str:
        return self.caption()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        name_controls(self)  # every control a screen reader reaches has a name
        assign_mnemonics(self)  # and Alt+letter reaches every button and labelled field

    def build_later(self) -> list[Callable[[], None]]:
        """Parts of the area its constructor leaves out, built before it is first shown: a
        step each when the shell is built ahead (`ui/shell/areas.py` ShellBuild), all at
        once otherwise. For an area whose widgets take more than one short event-loop turn."""
        return []

    def activate(self) -> None:
        """The area came into view: load what it shows (through `self.worker`)."""

    def clear(self) -> None:
        """The vault locked: forget all case data. Subclasses call super().clear()."""
        self.cleared = True

    def vault_changed(self, changes: Changes) -> None:
        """A job changed the vault (any screen's, this one's too: its own callback ran first).
        Update what this area shows of `changes`; an area that reloads on `activate()` and
        changes nothing while hidden needs nothing here."""

    def place(self) -> dict[str, object]:
        """Where the user is in this area, to come back to after a lock: ids, tab numbers
        and scroll positions only, never case content (it outlives the vault's key)."""
        return {}

    def restore_place(self, place: dict[str, object]) -> None:
        """Go back to `place()` after an unlock (the area was just activated)."""


class Page(QFrame):
    """A panel one feature owns and another area shows: Instellingen's back-up, check,
    retention and handover tabs and its routes panel. The shell builds the pages and hands them
    to the host area, so features never import each other; the host calls `activate()` when
    the page comes into view and `clear()` when the vault locks."""

    def activate(self) -> None:
        """The page came into view: load what it shows (through the worker)."""

    def clear(self) -> None:
        """The vault locked: forget all case data the page holds."""


class EmptyState(QWidget):
    """A calm, centred message for an area with nothing to show yet."""

    def __init__(
        self, icon_name: str, title: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addStretch(1)
        glyph = QLabel()
        glyph.setPixmap(icon(icon_name, theme.FAINT).pixmap(56, 56))
        glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = label(title, "empty-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label(text, "muted", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(440)
        # Without an alignment flag the layout asks the label its height for that width, so the
        # wrapped lines are never clipped; the stretches centre it instead.
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.text)
        centre.addStretch(1)
        layout.addWidget(glyph)
        layout.addWidget(self.title)
        layout.addLayout(centre)
        layout.addStretch(2)


def area_header(title: str, subtitle: str = "") -> QWidget:
    """The title row at the top of an area."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    layout.setSpacing(2)
    layout.addWidget(label(title, "title"))
    if subtitle:
        layout.addWidget(label(subtitle, "muted", wrap=True))
    return box


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
