"""The case screen: a header (code, status, open findings, undo/redo, close) above the tabs.

The tabs are the modules in `TAB_MODULES`; a module that does not exist yet is left out.
The view loads a case through the worker, hands it to the `CaseContext` every tab edits
through, and owns the case-wide keys: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo for the
whole case, also while a text field has the focus (a field's own undo would bypass the vault).
"""

from __future__ import annotations

import importlib
from typing import Any

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import name_of, short_date
from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.features.cases.case import TAB_MODULES
from ui.features.cases.case.base import CaseContext, CaseServices, CaseTab, Reveal
from ui.features.cases.case.dialogs import CloseCaseDialog
from ui.features.cases.case.findings import FindingsCounter
from ui.kit.accessible import key_text
from ui.kit.dialogs import Dialogs
from ui.kit.parts import TAB_STYLE, FlowBox, chip, set_chip
from ui.kit.widgets import Notice
from ui.qt import (
    QApplication,
    QCoreApplication,
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QMenu,
    QObject,
    QPushButton,
    QResizeEvent,
    QShortcut,
    QSize,
    QSizePolicy,
    Qt,
    QTabWidget,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vertrouwen import clock
from vertrouwen.domain import Case
from vertrouwen.privacy import Detector
from vertrouwen.workspace import Workspace


def load_tab_classes(modules: list[str] = TAB_MODULES) -> list[type[CaseTab]]:
    """The tab classes in order; a tab whose module is not written yet is skipped."""
    classes: list[type[CaseTab]] = []
    for entry in modules:
        module_name, _, class_name = entry.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # not there yet; an error inside an existing module still shows
            raise
        classes.append(getattr(module, class_name))
    return classes


class CaseView(QWidget):
    """One open case."""

    close_requested = Signal()
    list_toggled = Signal()  # the list beside the case: hide it for room, or show it again
    case_destroyed = Signal(str)  # destroyed from the "more" menu

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        services: CaseServices,
        detector: Detector | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.services = services
        self.ctx = CaseContext(worker, dialogs, self, detector, services)
        self.case_id: int | None = None
        self.stale = False  # changed by another screen meanwhile: read again when shown
        # (tab method, note or document id, search text) to show after loading
        self._reveal: Reveal | None = None
        # (tab index, that tab's place()) to go back to after loading (after a lock)
        self._return_to: tuple[int, dict[str, object]] | None = None
        self.setObjectName("CaseView")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self._build_header())
        self.error = Notice(kind="ErrorBox")
        self.error.hide()
        column.addWidget(self.error)
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        self.tab_widget.setStyleSheet(TAB_STYLE)
        # Every tab stays in view on a small screen: titles are shortened, never scrolled away.
        self.tab_widget.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tab_widget.tabBar().setUsesScrollButtons(False)
        self.tabs: list[CaseTab] = []
        for cls in load_tab_classes():
            tab = cls(self.ctx)
            self.tabs.append(tab)
            self.tab_widget.addTab(tab, tab.title())
        column.addWidget(self.tab_widget, 1)

        self.counter = FindingsCounter(self)
        self.counter.count_changed.connect(self._show_findings)
        self.ctx.case_changed.connect(self._show_case)
        self.ctx.extras_changed.connect(self._recount)
        self.ctx.detector_changed.connect(lambda _d: self._recount())
        self.ctx.save_failed.connect(self._save_failed)
        self.ctx.reveal_requested.connect(self.reveal)
        self.ctx.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.ctx.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.ctx.undo_stack.undoTextChanged.connect(self._undo_tip)
        self.ctx.undo_stack.redoTextChanged.connect(self._redo_tip)
        self._bind_keys()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- building --------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        # Code and buttons on one line; the chips and the description under it, so neither the
        # code, a long chip ("Gesloten ... · Formele klacht ingediend") nor the buttons get
        # squeezed when the list beside the case is shown on a 1366-pixel-wide laptop.
        header = QFrame()
        header.setObjectName("Panel")
        column = QVBoxLayout(header)
        column.setContentsMargins(18, 10, 12, 12)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.code_label = QLabel()
        self.code_label.setProperty("role", "title")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.status_chip = chip()
        self.findings_chip = chip()
        self.unsafe_chip = chip("danger")
        row.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        column.addLayout(row)
        chips = FlowBox(spacing=8)  # a chip that does not fit goes to a next line
        for widget in (self.status_chip, self.findings_chip, self.unsafe_chip):
            chips.add(widget)
        column.addWidget(chips)
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        column.addWidget(self.subtitle)

        def tool(name: str, tip: str) -> QToolButton:
            button = QToolButton()
            button.setIcon(icon(name, theme.INK))
            button.setIconSize(QSize(18, 18))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            return button

        self.undo_button = tool("undo", self.tr("Ongedaan maken ({0})").format(key_text("Ctrl+Z")))
        self.redo_button = tool("redo", self.tr("Opnieuw ({0})").format(key_text("Ctrl+Shift+Z")))
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.list_button = tool("sidebar", self.tr("Lijst verbergen of tonen"))
        self.list_button.clicked.connect(self.list_toggled.emit)
        self.close_case_button = QPushButton(
            icon("archive", theme.INK), self.tr("Dossier sluiten…")
        )
        self.close_case_button.setIconSize(QSize(16, 16))
        self.close_case_button.clicked.connect(self.close_or_reopen)
        self.hide_button = tool(
            "close", self.tr("Dossier wegleggen ({0})").format(key_text("Ctrl+W"))
        )
        self.hide_button.clicked.connect(self.close_requested.emit)
        row.addWidget(self.list_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addSpacing(4)
        for button in (self.undo_button, self.redo_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addSpacing(6)
        row.addWidget(self.close_case_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._more_button(), 0, Qt.AlignmentFlag.AlignVCenter)  # hand over, destroy
        row.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def _more_button(self) -> QToolButton:
        """A "⋯" button with the case actions that leave the case screen."""
        button = QToolButton()
        button.setIcon(icon("more-horizontal", theme.INK))
        button.setIconSize(QSize(18, 18))
        button.setToolTip(QCoreApplication.translate("CaseActions", "Meer acties"))
        button.setAutoRaise(True)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.more_menu = QMenu(button)
        give = self.more_menu.addAction(
            icon("send", theme.INK),
            QCoreApplication.translate("CaseActions", "Overdragen aan collega\u2026"),
        )
        give.triggered.connect(self.hand_over)
        self.more_menu.addSeparator()
        destroy = self.more_menu.addAction(
            icon("trash", theme.DANGER),
            QCoreApplication.translate("CaseActions", "Dossier vernietigen\u2026"),
        )
        destroy.triggered.connect(self.destroy_case)
        button.setMenu(self.more_menu)
        return button

    def hand_over(self) -> None:
        """Hand the open case over to a colleague (its last edits saved first)."""
        if self.ctx.case is not None:
            self.ctx.flush()
            self.services.hand_over(self.ctx.case.code, self)

    def destroy_case(self) -> None:
        """Destroy the open case at the client's request, after the user types its code
        (a pending save runs first: jobs run in order)."""
        if self.ctx.case is not None:
            self.ctx.flush()
            self.services.destroy(self.ctx.case.code, self.case_destroyed.emit)

    def _bind_keys(self) -> None:
        def bind(keys: QKeySequence | QKeySequence.StandardKey | str, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bind(QKeySequence.StandardKey.Undo, self.undo)
        bind("Ctrl+Shift+Z", self.redo)
        bind("Ctrl+Y", self.redo)
        bind("Ctrl+W", self.close_requested.emit)
        for number in range(1, 10):
            bind(f"Alt+{number}", lambda n=number: self._go_tab(n - 1))

    def _go_tab(self, index: int) -> None:
        if 0 <= index < self.tab_widget.count():
            self.tab_widget.setCurrentIndex(index)

    # -- undo keys inside text fields --------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Shortcut keys are offered to the focus widget first, so that is where to listen.
        if new is not None and self.isAncestorOf(new):
            new.installEventFilter(self)  # installing twice keeps one filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A text field claims Ctrl+Z for its own undo (ShortcutOverride). Inside the case
        # screen the case's undo is the one that counts, so the claim is refused here and the
        # view's shortcut fires instead.
        if event.type() != QEvent.Type.ShortcutOverride or self.case_id is None:
            return False
        if not isinstance(event, QKeyEvent) or not self._is_undo_key(event):
            return False
        if isinstance(watched, QWidget) and self.isAncestorOf(watched):
            event.ignore()
            return True
        return False

    @staticmethod
    def _is_undo_key(event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        ):
            return True
        ctrl = Qt.KeyboardModifier.ControlModifier
        return bool(event.modifiers() & ctrl) and event.key() in (Qt.Key.Key_Z, Qt.Key.Key_Y)

    # -- loading -----------------------------------------------------------------------------
    def open_case(
        self,
        case_id: int,
        note_id: str | None = None,
        search: str = "",
        document_id: str | None = None,
        route_item: str | None = None,
    ) -> None:
        """Load and show a case; with `note_id`, open that note (and mark `search` in it);
        with `document_id`, show that document in the Documenten tab; with `route_item`
        ("action:<id>" or "term:<step>", from Vandaag), that item on the route tab."""
        self._reveal = (
            Reveal("note", note_id, search)
            if note_id
            else Reveal("document", document_id, search)
            if document_id
            else Reveal("route_item", route_item)
            if route_item
            else None
        )
        if case_id == self.case_id and self.ctx.case is not None:
            self._do_reveal()
            return
        self.ctx.flush()
        self.case_id = case_id

        def job(ws: Workspace) -> tuple[Case, list[str], set[str]]:
            return (
                ws.cases.get_by_id(case_id),
                ws.cases.role_labels(case_id),
                ws.cases.ignored_texts(case_id),
            )

        self.worker.submit(job, lambda loaded: self._loaded(case_id, *loaded), self._load_failed)

    def _loaded(self, case_id: int, case: Case, labels: list[str], ignored: set[str]) -> None:
        if case_id != self.case_id:
            return  # another case was asked for meanwhile
        self.error.hide()
        self.ctx.load(case, labels, ignored)
        if self.tab_widget.count():
            self.tab_widget.setCurrentIndex(
                0 if self._reveal is None else self.tab_widget.currentIndex()
            )
        self._do_reveal()
        if self._return_to is not None:
            index, place = self._return_to
            self._return_to = None
            if 0 <= index < len(self.tabs):
                tab = self.tabs[index]
                self.tab_widget.setCurrentWidget(tab)
                # after the layout has run, so the scroll ranges are there to scroll in
                QTimer.singleShot(0, lambda: tab.restore_place(place))

    # -- where the user was (kept over a lock) -----------------------------------------------
    def place(self) -> dict[str, object]:
        """The open case's id, its tab and that tab's place: ids and positions, no content."""
        if self.case_id is None:
            return {}
        index = self.tab_widget.currentIndex()
        tab = self.tabs[index] if 0 <= index < len(self.tabs) else None
        return {
            "case": self.case_id,
            "tab": index,
            "in_tab": tab.place() if tab is not None else {},
        }

    def return_to(self, place: dict[str, object]) -> bool:
        """Open the case of `place()` again on the same tab, note and scroll position."""
        case_id, index, in_tab = place.get("case"), place.get("tab"), place.get("in_tab")
        if not isinstance(case_id, int) or not isinstance(index, int):
            return False
        self._return_to = (index, in_tab if isinstance(in_tab, dict) else {})
        self.open_case(case_id)
        return True

    def refresh_if_stale(self) -> None:
        """Read the open case again, on the same tab and place, when another screen changed it
        while it was hidden (`stale`, set by the Dossiers area); it closes if it is gone."""
        place = self.place() if self.stale else {}
        self.stale = False
        if place:
            self.case_id = None  # not the same case as far as open_case is concerned: read it
            self.return_to(place)

    def reveal(self, target: Reveal) -> None:
        """Show a part of the open case on the tab that shows its kind (a tab asked for it)."""
        self._reveal = target
        self._do_reveal()

    def _do_reveal(self) -> None:
        target, self._reveal = self._reveal, None
        if target is None:
            return
        for tab in self.tabs:
            if target.kind in tab.reveals:
                self.tab_widget.setCurrentWidget(tab)
                tab.reveal(target)
                return

    def _load_failed(self, exc: Exception) -> None:
        if self._return_to is not None:  # the case was there before the lock, not any more
            self._return_to = None
            self.close_requested.emit()
            return
        self.error.set_text(
            self.tr("Dit dossier kon niet worden geopend: {0}").format(describe(exc, "case"))
        )

    def _save_failed(self, reason: str) -> None:
        self.error.set_text(
            self.tr(
                "De laatste wijziging is niet bewaard: {0}. Het dossier is opnieuw geladen."
            ).format(reason)
        )
        if self.case_id is not None:
            case_id, self.case_id = self.case_id, None
            self.open_case(case_id)

    def set_detector(self, detector: Detector) -> None:
        self.ctx.set_detector(detector)

    # -- showing -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_close_button()

    def _fit_close_button(self) -> None:
        # Beside the list there is room for the icon only; the tooltip still says what it does.
        closed = self.ctx.case is not None and self.ctx.case.closed is not None
        text = self.tr("Heropenen") if closed else self.tr("Dossier sluiten…")
        self.close_case_button.setText(text if self.width() >= 900 else "")
        self.close_case_button.setAccessibleName(text.rstrip("…"))  # also when icon-only

    def _show_case(self, case: Case) -> None:
        self.code_label.setText(case.code)
        if case.closed is None:
            set_chip(self.status_chip, self.tr("Open"), "open")
            self.close_case_button.setToolTip(self.tr("Dossier sluiten met datum en resultaat"))
        else:
            text = self.tr("Gesloten {0}").format(short_date(case.closed))
            if case.result is not None:
                text += f" \u00b7 {name_of(case.result)}"
            set_chip(self.status_chip, text, "closed")
            self.close_case_button.setToolTip(self.tr("Het dossier weer openen"))
        self._fit_close_button()
        set_chip(
            self.unsafe_chip, self.tr("Signaal onveilig") if case.unsafe_signal else "", "danger"
        )
        parts = [case.organisation.name, name_of(case.organisation.kind), name_of(case.regime)]
        parts.append(self.tr("sinds {0}").format(short_date(case.opened)))
        self.subtitle.setText(" \u00b7 ".join(p for p in parts if p))
        self._recount()

    def _recount(self) -> None:
        self.counter.update(self.ctx.case, self.ctx.ignored, self.ctx.detector)

    def _show_findings(self, count: int) -> None:
        if count < 0:
            set_chip(self.findings_chip, "", "quiet")
        elif count == 0:
            set_chip(self.findings_chip, self.tr("Geen open bevindingen"), "ok")
        elif count == 1:
            set_chip(self.findings_chip, self.tr("1 open bevinding"), "warning")
        else:
            set_chip(self.findings_chip, self.tr("{0} open bevindingen").format(count), "warning")
        self.findings_chip.setToolTip(
            self.tr(
                "Persoonsgegevens in notities, klachtonderdelen, afspraken en toestemmingen"
                " die nog niet vervangen of afgewezen zijn"
            )
        )

    def _undo_tip(self, text: str) -> None:
        tip = self.tr("Ongedaan maken ({0})").format(key_text("Ctrl+Z"))
        self.undo_button.setToolTip(f"{tip}: {text}" if text else tip)

    def _redo_tip(self, text: str) -> None:
        tip = self.tr("Opnieuw ({0})").format(key_text("Ctrl+Shift+Z"))
        self.redo_button.setToolTip(f"{tip}: {text}" if text else tip)

    # -- actions -----------------------------------------------------------------------------
    def undo(self) -> None:
        self.ctx.undo()

    def redo(self) -> None:
        self.ctx.redo()

    def close_or_reopen(self) -> None:
        case = self.ctx.case
        if case is None:
            return
        if case.closed is not None:

            def reopen(c: Case) -> None:
                c.closed, c.result = None, None

            self.ctx.apply(self.tr("Dossier heropenen"), reopen)
            return
        dialog = CloseCaseDialog(case.opened, clock.today(), self)
        if self.dialogs.exec(dialog) != CloseCaseDialog.DialogCode.Accepted:
            return
        closed, result = dialog.answer()
        mark = dialog.mark()

        def close(c: Case) -> None:
            c.closed, c.result = closed, result
            if mark is not None:
                c.feedback = mark

        self.ctx.apply(self.tr("Dossier sluiten"), close)

    def clear(self) -> None:
        """The vault locked: every tab, the header, the counter and the history forget."""
        self.case_id = None
        self._reveal = None
        self._return_to = None
        self.ctx.clear()
        for tab in self.tabs:
            tab.clear()
        self.counter.clear()
        for widget in (self.code_label, self.subtitle):
            widget.clear()
        for widget in (self.status_chip, self.findings_chip, self.unsafe_chip):
            set_chip(widget, "", "quiet")
        self.error.set_text("")
        self.error.hide()
