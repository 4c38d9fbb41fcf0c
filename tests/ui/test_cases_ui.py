"""The Dossiers screens driven as a user would: new case (Ctrl+N), notes typed and saved,
undo/redo, search, filters, the privacy guard's one-click fixes, long notes, and locking.

Most tests use the pattern detectors only (numbers, e-mail: instant); one test loads the real
deduce tables (names), once per session.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import make_case
from tests.ui.conftest import TIMEOUT, FakeClock, unlock
from ui.core.i18n import Preferences, Translator
from ui.core.worker import VaultWorker
from ui.features.cases.area import CasesArea
from ui.features.cases.case.dialogs import NewCaseDialog
from ui.features.cases.case.notes.tab import NotesTab
from ui.features.cases.case.points import PointsTab
from ui.features.cases.model import FIRST_PAGE
from ui.kit.dialogs import Dialogs
from ui.kit.privacy.loader import DetectorLoader
from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QModelIndex,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTextEdit,
    QWidget,
)
from ui.shell.window import AppWindow
from vertrouwen.domain import ClientRole, ComplaintPoint, Note, NoteKind, OrganisationKind, Regime
from vertrouwen.privacy import Detector
from vertrouwen.workspace import Workspace

MARKER = "Zeldzaamwoord"  # appears only in case data, never in the UI's own texts


@dataclass
class App:
    window: AppWindow
    worker: VaultWorker
    dialogs: Dialogs
    area: CasesArea

    def on_worker(self, qtbot, fn):  # type: ignore[no-untyped-def]
        box: dict[str, object] = {}
        self.worker.submit(fn, lambda r: box.setdefault("r", r), lambda e: box.setdefault("e", e))
        qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
        if "e" in box:
            raise box["e"]  # type: ignore[misc]
        return box["r"]


@pytest.fixture
def open_app(qtbot, tmp_path: Path, vault) -> Iterator[Callable[..., App]]:  # type: ignore[no-untyped-def]
    made: list[App] = []
    translator = Translator(QApplication.instance())  # type: ignore[arg-type]
    translator.install("nl")

    def build(detectors: DetectorLoader | None = None) -> App:
        worker, dialogs = VaultWorker(), Dialogs()
        # Pattern detectors only (instant), unless a test asks for the real tables.
        loader = detectors or DetectorLoader(loader=Detector, parent=QApplication.instance())
        window = AppWindow(
            worker,
            dialogs,
            Preferences(tmp_path / "prefs.ini"),
            translator,
            vault.path,
            clock=FakeClock(),
            watch_os=False,
            detectors=loader,
        )
        qtbot.addWidget(window)
        window.resize(1300, 820)
        window.show()
        unlock(qtbot, window_harness(window, worker, dialogs), vault.passphrase)
        area = window.shell.show_area("cases")  # type: ignore[union-attr]
        assert isinstance(area, CasesArea)
        qtbot.waitUntil(lambda: not area.model.is_loading, timeout=TIMEOUT)
        activate(qtbot, window)
        app = App(window, worker, dialogs, area)
        made.append(app)
        return app

    yield build
    for app in made:
        app.window.idle.stop()
        QApplication.instance().removeEventFilter(app.window.idle)  # type: ignore[union-attr]
        app.worker.shutdown()


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts reach the active window only (offscreen, a replaced screen drops it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)


def window_harness(window: AppWindow, worker: VaultWorker, dialogs: Dialogs):  # type: ignore[no-untyped-def]
    from tests.ui.conftest import Harness

    return Harness(window, worker, dialogs, None, None, window.vault_path)  # type: ignore[arg-type]


def add_case(vault, **overrides: object) -> int:  # type: ignore[no-untyped-def]
    ws = vault.open()
    try:
        case = make_case(**overrides)
        ws.cases.add(case)
        return int(case.id or 0)
    finally:
        ws.close()


def open_case(qtbot, app: App, case_id: int) -> None:  # type: ignore[no-untyped-def]
    app.area.open_case(case_id)
    qtbot.waitUntil(
        lambda: (
            app.area.case_view.ctx.case is not None and app.area.case_view.ctx.case.id == case_id
        ),
        timeout=TIMEOUT,
    )


def notes_tab(app: App) -> NotesTab:
    view = app.area.case_view
    tab = next(t for t in view.tabs if isinstance(t, NotesTab))
    view.tab_widget.setCurrentWidget(tab)
    return tab


def saved_case(vault, case_id: int):  # type: ignore[no-untyped-def]
    ws = Workspace.unlock(vault.path, vault.passphrase)
    try:
        return ws.cases.get_by_id(case_id), ws.cases.ignored_texts(case_id)
    finally:
        ws.close()


def test_new_case_with_ctrl_n(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    # an empty vault says so
    qtbot.waitUntil(lambda: app.area.stack.currentWidget() is app.area.no_cases, timeout=TIMEOUT)

    def answer(dialog: NewCaseDialog) -> int:
        dialog.organisation.setText("Wijkteam Noord")
        dialog.kind.setCurrentIndex(dialog.kind.findData(OrganisationKind.ZORGAANBIEDER.value))
        dialog.role.setCurrentIndex(dialog.role.findData(ClientRole.YOUTH.value))
        assert dialog.regime.currentData() == Regime.WKKGZ.value  # follows the kind
        assert dialog.route.currentData() == "wkkgz"  # the regime's default route
        return NewCaseDialog.DialogCode.Accepted

    app.dialogs.answer_next(answer)
    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = app.area.case_view
    qtbot.waitUntil(lambda: view.ctx.case is not None, timeout=TIMEOUT)
    assert "Nieuw dossier" in app.dialogs.asked
    assert view.code_label.text().startswith("VP-")
    assert view.isVisible()
    qtbot.waitUntil(lambda: app.area.model.rowCount() == 1, timeout=TIMEOUT)
    stored = app.on_worker(qtbot, lambda ws: ws.cases.get(view.code_label.text()))
    assert stored.organisation.name == "Wijkteam Noord"
    assert stored.regime == Regime.WKKGZ and stored.route == "wkkgz"
    assert stored.client_role == ClientRole.YOUTH


def test_typed_note_is_saved_and_undo_redo_restore_it(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(vault)
    app = open_app()
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(app.area.case_view.ctx.case.notes) == 3, timeout=TIMEOUT)
    assert tab.editor.hasFocus()
    qtbot.keyClicks(tab.editor, "Gesprek op school")
    # saved once typing pauses, without a Save button
    qtbot.waitUntil(
        lambda: "Gesprek op school" in [n.text for n in saved_case(vault, case_id)[0].notes],
        timeout=TIMEOUT,
    )
    qtbot.keyClicks(tab.editor, " over de brief")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    # the pending words were saved first, then undone: back to the first save
    qtbot.waitUntil(lambda: tab.editor.text() == "Gesprek op school", timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: [n.text for n in saved_case(vault, case_id)[0].notes][-1] == "Gesprek op school",
        timeout=TIMEOUT,
    )
    qtbot.keyClick(
        tab.editor,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # redo
    qtbot.waitUntil(lambda: tab.editor.text() == "Gesprek op school over de brief", timeout=TIMEOUT)
    view = app.area.case_view
    view.undo()
    view.undo()
    view.undo()  # the new note itself
    qtbot.waitUntil(lambda: len(saved_case(vault, case_id)[0].notes) == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tab.list.count() == 2, timeout=TIMEOUT)


def test_typing_in_a_note_writes_only_that_note(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(vault)
    stored, _ = saved_case(vault, case_id)
    app = open_app()
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    tab.reveal_note("n1")
    qtbot.keyClicks(tab.editor, "Afspraak gemaakt. ")
    qtbot.waitUntil(
        lambda: "Afspraak gemaakt." in saved_case(vault, case_id)[0].notes[0].text,
        timeout=TIMEOUT,
    )
    tab.minutes.setValue(50)
    tab.flush()
    qtbot.waitUntil(lambda: saved_case(vault, case_id)[0].notes[0].minutes == 50, timeout=TIMEOUT)
    app.area.case_view.undo()  # the minutes again, as a note save too
    qtbot.waitUntil(lambda: saved_case(vault, case_id)[0].notes[0].minutes == 45, timeout=TIMEOUT)
    saved, _ = saved_case(vault, case_id)
    # the other parts kept the ids the vault gave them: they were not written again
    assert [a.id for a in saved.actions] == [a.id for a in stored.actions]
    assert [p.id for p in saved.complaint_points] == [p.id for p in stored.complaint_points]
    ws = vault.open()
    try:
        events = [e.event for e in ws.audit.entries(stored.code)]
    finally:
        ws.close()
    assert events[:3] == ["note_updated"] * 3 and "case_updated" not in events
    assert app.area.case_view.ctx.case == saved


def test_cursor_stays_while_saves_come_back(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(vault)
    app = open_app()
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    tab.editor.setFocus()
    cursor = tab.editor.textCursor()
    cursor.setPosition(6)  # inside the text, not at the end
    tab.editor.setTextCursor(cursor)
    for word in ("een ", "twee ", "drie "):
        qtbot.keyClicks(tab.editor, word)
        tab.flush()  # a save goes out while the advisor keeps typing
    expected = "Gebeldeen twee drie  met de gezinsvoogd."
    qtbot.waitUntil(
        lambda: saved_case(vault, case_id)[0].notes[1].text == expected, timeout=TIMEOUT
    )
    qtbot.wait(100)
    assert tab.editor.text() == expected
    assert tab.editor.textCursor().position() == 6 + len("een twee drie ")


def test_search_shows_highlighted_hits_and_opens_the_note(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    add_case(vault)
    target = add_case(
        vault,
        notes=[Note("n1", date(2026, 4, 1), NoteKind.PHONE, 5, "Over de brief aan de teamleider.")],
    )
    app = open_app()
    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert app.area.search.hasFocus()
    qtbot.keyClicks(app.area.search, "teamlei")
    qtbot.waitUntil(lambda: app.area.results.list.count() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: app.area.model.rowCount() == 1, timeout=TIMEOUT)
    (hit,) = app.area.results.texts()
    assert "font-weight:700" in hit and ">teamleider</span>" in hit
    qtbot.keyClick(app.area.search, Qt.Key.Key_Return)  # opens the first hit
    view = app.area.case_view
    qtbot.waitUntil(
        lambda: view.ctx.case is not None and view.ctx.case.id == target, timeout=TIMEOUT
    )
    tab = notes_tab(app)
    qtbot.waitUntil(lambda: tab.editor.textCursor().selectedText() == "teamlei", timeout=TIMEOUT)


def test_filters_and_header_sorting(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    add_case(vault, regime=Regime.WMO, closed=date(2026, 5, 1))
    add_case(vault, regime=Regime.JEUGDWET)
    add_case(vault, regime=Regime.JEUGDWET, opened=date(2025, 1, 3))
    app = open_app()
    area = app.area
    qtbot.waitUntil(lambda: area.model.rowCount() == 3, timeout=TIMEOUT)
    area.filters.regime.setCurrentIndex(area.filters.regime.findData("jeugdwet"))
    qtbot.waitUntil(
        lambda: area.model.rowCount() == 2 and not area.model.is_loading, timeout=TIMEOUT
    )
    area.filters.status.setCurrentIndex(area.filters.status.findData("closed"))
    qtbot.waitUntil(
        lambda: area.model.rowCount() == 0 and not area.model.is_loading, timeout=TIMEOUT
    )
    assert area.stack.currentWidget() is area.no_matches
    area.reset_filters()
    qtbot.waitUntil(
        lambda: area.model.rowCount() == 3 and not area.model.is_loading, timeout=TIMEOUT
    )
    before = area.model.ids
    header = area.table.horizontalHeader()
    header.sectionClicked.emit(0)  # a click on "Code"
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(
        lambda: area.model.sort_key == "code" and not area.model.is_loading, timeout=TIMEOUT
    )
    assert sorted(area.model.ids) == sorted(before)
    codes = app.on_worker(qtbot, lambda ws: ws.queries.case_ids(None, "code", False))
    assert area.model.ids == codes


def bar_button(tab: NotesTab, text: str) -> QPushButton:
    return next(
        b for b in tab.bar.buttons.findChildren(QPushButton) if b.isVisible() and b.text() == text
    )


def test_privacy_bar_replaces_with_a_role_label_and_ignores(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    text = "Moeder belt vanaf 06-12345678 en mailt vanaf test.persoon@example.org."
    case_id = add_case(vault, notes=[Note("n1", date(2026, 3, 2), NoteKind.PHONE, 10, text)])
    ws = vault.open()
    ws.cases.set_role_labels(case_id, ["moeder", "gezinsvoogd A"])
    ws.close()
    app = open_app()
    open_case(qtbot, app, case_id)
    view = app.area.case_view
    tab = notes_tab(app)
    qtbot.waitUntil(lambda: len(tab.bar.findings) == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "2 open bevindingen" in view.findings_chip.text(), timeout=TIMEOUT)
    assert tab.bar.current.text == "06-12345678"
    qtbot.mouseClick(bar_button(tab, "moeder"), Qt.MouseButton.LeftButton)
    assert tab.editor.text() == text.replace("06-12345678", "moeder")
    qtbot.waitUntil(
        lambda: saved_case(vault, case_id)[0].notes[0].text == tab.editor.text(), timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: len(tab.bar.findings) == 1, timeout=TIMEOUT)
    qtbot.mouseClick(bar_button(tab, "Geen persoonsgegeven"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.bar.findings, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: saved_case(vault, case_id)[1] == {"test.persoon@example.org"}, timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: view.findings_chip.text() == "Geen open bevindingen", timeout=TIMEOUT)
    view.undo()  # the ignore comes back off the list
    qtbot.waitUntil(lambda: saved_case(vault, case_id)[1] == set(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(tab.bar.findings) == 1, timeout=TIMEOUT)


def test_long_note_with_emoji_and_rtl_round_trips(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    unit = "Gesprek 😀👨‍👩‍👧 مرحبا بالعالم שלום\u00a0wereld\u2028regel é\u0301\n"
    long_text = (unit * (100_000 // len(unit) + 1))[:100_000]
    case_id = add_case(vault, notes=[Note("n1", date(2026, 3, 2), NoteKind.EMAIL, 5, long_text)])
    app = open_app()
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    assert tab.editor.text() == long_text  # shown intact
    tab.editor.setFocus()
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "!")
    tab.flush()
    qtbot.waitUntil(
        lambda: saved_case(vault, case_id)[0].notes[0].text == long_text + "!", timeout=TIMEOUT
    )


def test_points_add_reorder_verdict(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(vault, complaint_points=[ComplaintPoint("Eerste punt", "Excuses")])
    app = open_app()
    open_case(qtbot, app, case_id)
    view = app.area.case_view
    tab = next(t for t in view.tabs if isinstance(t, PointsTab))
    view.tab_widget.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.cards) == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tab.cards[1].summary.hasFocus(), timeout=TIMEOUT)
    qtbot.keyClicks(tab.cards[1].summary, "Tweede punt")
    qtbot.keyClick(tab.cards[1].summary, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.cards[0].summary.toPlainText() == "Tweede punt", timeout=TIMEOUT)
    tab.cards[0].verdict.setCurrentIndex(tab.cards[0].verdict.findData("gegrond"))
    tab.cards[0].verdict.activated.emit(tab.cards[0].verdict.currentIndex())
    qtbot.waitUntil(
        lambda: (
            [(p.summary, p.verdict) for p in saved_case(vault, case_id)[0].complaint_points]
            == [("Tweede punt", "gegrond"), ("Eerste punt", None)]
        ),
        timeout=TIMEOUT,
    )


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget under `root` holds: labels, fields, editors, lists, models."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QMenu):
            texts += [action.text() for action in widget.actions()]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                texts += [str(item.data(role)) for role in range(256, 260)] + [item.text()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private: one column
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 200)):
                for column in range(columns):
                    texts.append(str(model.index(row, column).data()))
    return texts


def test_lock_leaves_no_case_data_in_any_widget(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(
        vault,
        organisation=make_case().organisation.__class__(f"{MARKER} Zorg", OrganisationKind.GI),
        notes=[Note("n1", date(2026, 3, 2), NoteKind.PHONE, 10, f"{MARKER} belde 06-12345678.")],
        complaint_points=[ComplaintPoint(f"{MARKER} punt", f"{MARKER} wens")],
    )
    ws = vault.open()
    ws.cases.set_role_labels(case_id, [f"{MARKER}rol", "b", "c", "d"])  # and a "more" menu
    ws.close()
    app = open_app()
    area = app.area
    area.search.setText(MARKER.lower())
    qtbot.waitUntil(lambda: area.results.list.count() == 2, timeout=TIMEOUT)  # note and point
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    qtbot.waitUntil(lambda: bool(tab.bar.findings), timeout=TIMEOUT)
    qtbot.keyClicks(tab.editor, f" {MARKER}typed")  # unsaved typing at the moment of locking
    for tab_widget in area.case_view.tabs:
        area.case_view.tab_widget.setCurrentWidget(tab_widget)
    assert any(MARKER in t for t in visible_texts(area))
    app.window.lock("manual")
    assert area.cleared
    leftovers = [t for t in visible_texts(area) if MARKER.lower() in t.lower()]
    assert leftovers == []
    assert area.case_view.ctx.case is None and area.case_view.ctx.undo_stack.count() == 0
    assert area.model.rowCount() == 0
    # the last keystrokes were saved before the vault closed
    qtbot.waitUntil(lambda: app.window.unlock_screen is not None, timeout=TIMEOUT)
    assert f"{MARKER}typed" in saved_case(vault, case_id)[0].notes[0].text


def test_real_detector_loads_in_background_and_marks_names(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    text = "Gesprek met Jan de Vries over de school."
    case_id = add_case(vault, notes=[Note("n1", date(2026, 3, 2), NoteKind.PHONE, 10, text)])
    loader = DetectorLoader(parent=QApplication.instance())  # the deduce tables (cached per run)
    app = open_app(detectors=loader)
    status = app.window.privacy_status
    assert status.state in ("loading", "active")
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, "Typen gaat door. ")  # never blocked while the tables load
    qtbot.waitUntil(lambda: status.state == "active", timeout=60_000)
    assert status.text.text() == "Privacywacht actief"
    qtbot.waitUntil(lambda: any(f.kind == "name" for f in tab.bar.findings), timeout=TIMEOUT)
    name = next(f for f in tab.bar.findings if f.kind == "name")
    assert "Vries" in name.text


def test_overview_edits_undo_and_keyboard_flow(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(vault)
    app = open_app()
    area = app.area
    qtbot.waitUntil(lambda: area.model.cached_row(0) is not None, timeout=TIMEOUT)
    area.table.setFocus()
    area.table.selectRow(0)
    qtbot.keyClick(area.table, Qt.Key.Key_Return)  # Enter opens the case
    view = area.case_view
    qtbot.waitUntil(
        lambda: view.ctx.case is not None and view.ctx.case.id == case_id, timeout=TIMEOUT
    )
    overview = view.tabs[0]
    overview.regime.setCurrentIndex(overview.regime.findData("wmo"))
    overview.regime.activated.emit(overview.regime.currentIndex())
    qtbot.waitUntil(lambda: saved_case(vault, case_id)[0].regime == Regime.WMO, timeout=TIMEOUT)
    overview.topics.boxes["safety"].click()
    qtbot.waitUntil(lambda: "safety" in saved_case(vault, case_id)[0].topics, timeout=TIMEOUT)
    overview.regime.setFocus()
    qtbot.keyClick(overview.regime, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "safety" not in saved_case(vault, case_id)[0].topics, timeout=TIMEOUT)
    qtbot.keyClick(overview.regime, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: saved_case(vault, case_id)[0].regime == Regime.JEUGDWET, timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: overview.regime.currentData() == "jeugdwet", timeout=TIMEOUT)
    # notes newest first, with the time spent added up
    tab = notes_tab(app)
    assert [tab.list.item(i).data(256) for i in range(tab.list.count())] == ["n2", "n1"]
    assert tab.totals.text() == "2 contacten \u00b7 samen 1 u"
    qtbot.keyClick(tab.editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # put away
    assert not view.isVisible() and view.ctx.case is None


def test_deleting_a_note_asks_first(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(vault)
    app = open_app()
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    assert tab.note_id == "n2"  # the newest is open
    app.dialogs.answer_next(False)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert app.dialogs.asked == ["Notitie verwijderen?"]
    qtbot.wait(50)
    assert len(saved_case(vault, case_id)[0].notes) == 2
    app.dialogs.answer_next(True)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [n.id for n in saved_case(vault, case_id)[0].notes] == ["n1"], timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: tab.list.count() == 1 and tab.note_id == "n1", timeout=TIMEOUT)


# -- guard v2 in the editor ----------------------------------------------------------------
def real_detector() -> DetectorLoader:
    from vertrouwen.privacy import load_detector

    return DetectorLoader(loader=load_detector, parent=QApplication.instance())


def points_tab(app: App) -> PointsTab:
    view = app.area.case_view
    tab = next(t for t in view.tabs if isinstance(t, PointsTab))
    view.tab_widget.setCurrentWidget(tab)
    return tab


def card_button(card, text: str) -> QPushButton:  # type: ignore[no-untyped-def]
    return next(
        b for b in card.bar.buttons.findChildren(QPushButton) if b.isVisible() and b.text() == text
    )


def test_complaint_point_is_scanned_live_counted_and_fixed_in_a_few_clicks(
    qtbot, open_app, vault
) -> None:  # type: ignore[no-untyped-def]
    """A name in a complaint point lights up like one in a note, counts in the case header,
    and the role "moeder" replaces "moeder Fatima" by "moeder" (not "moeder moeder")."""
    point = ComplaintPoint("De GI heeft moeder Fatima niet gehoord.", "Excuses van Tesfay Haile")
    case_id = add_case(
        vault,
        notes=[Note("n1", date(2026, 3, 2), NoteKind.PHONE, 10, "Gesprek met moeder.")],
        complaint_points=[point],
        consents=[],
    )
    ws = vault.open()
    ws.cases.set_role_labels(case_id, ["moeder", "gezinsvoogd A"])
    ws.close()
    app = open_app(detectors=real_detector())
    open_case(qtbot, app, case_id)
    view = app.area.case_view
    qtbot.waitUntil(lambda: view.ctx.detector.finds_names, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "2 open bevindingen" in view.findings_chip.text(), timeout=TIMEOUT)
    tab = points_tab(app)
    card = tab.cards[0]
    qtbot.waitUntil(lambda: len(card.bar.findings) == 2, timeout=TIMEOUT)
    assert card.bar.isVisible()
    assert [f.text for f in card.bar.findings] == ["Fatima", "Tesfay Haile"]
    qtbot.mouseClick(card_button(card, "moeder"), Qt.MouseButton.LeftButton)
    assert card.summary.toPlainText() == "De GI heeft moeder niet gehoord."
    qtbot.waitUntil(
        lambda: [f.text for f in card.bar.findings] == ["Tesfay Haile"], timeout=TIMEOUT
    )
    qtbot.mouseClick(card_button(card, "[NAAM]"), Qt.MouseButton.LeftButton)
    assert card.outcome.text() == "Excuses van [NAAM]"
    qtbot.waitUntil(lambda: not card.bar.findings, timeout=TIMEOUT)
    assert card.bar.isHidden()
    qtbot.waitUntil(
        lambda: (
            [(p.summary, p.desired_outcome) for p in saved_case(vault, case_id)[0].complaint_points]
            == [("De GI heeft moeder niet gehoord.", "Excuses van [NAAM]")]
        ),
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: view.findings_chip.text() == "Geen open bevindingen", timeout=TIMEOUT)


def test_replace_everywhere_in_the_case(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    notes = [
        Note("n1", date(2026, 3, 2), NoteKind.PHONE, 10, "Gesprek met moeder Fatima."),
        Note("n2", date(2026, 3, 3), NoteKind.PHONE, 10, "Fatima belde terug."),
    ]
    points = [ComplaintPoint("Fatima werd niet gehoord.", "")]
    case_id = add_case(vault, notes=notes, complaint_points=points, consents=[])
    ws = vault.open()
    ws.cases.set_role_labels(case_id, ["moeder"])
    ws.close()
    app = open_app(detectors=real_detector())
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    qtbot.waitUntil(lambda: [f.text for f in tab.bar.findings] == ["Fatima"], timeout=TIMEOUT)
    box = tab.bar.everywhere
    assert box is not None and box.text() == "Vervang overal in dit dossier (3\u00d7)"
    box.setChecked(True)
    qtbot.mouseClick(bar_button(tab, "moeder"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            [n.text for n in saved_case(vault, case_id)[0].notes]
            == ["Gesprek met moeder.", "moeder belde terug."]
            and saved_case(vault, case_id)[0].complaint_points[0].summary
            == "moeder werd niet gehoord."
        ),
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: "Fatima" not in tab.editor.text(), timeout=TIMEOUT)
    assert tab.editor.text() in ("Gesprek met moeder.", "moeder belde terug.")
    app.area.case_view.undo()  # one step undoes it everywhere
    qtbot.waitUntil(
        lambda: saved_case(vault, case_id)[0].notes[1].text == "Fatima belde terug.",
        timeout=TIMEOUT,
    )


def test_export_bekijken_opens_the_complaint_point_field_with_its_fixes(
    qtbot, open_app, vault
) -> None:  # type: ignore[no-untyped-def]
    from ui.features.cases.case.consent.tab import ConsentTab

    points = [
        ComplaintPoint("Niet teruggebeld", "Excuses"),
        ComplaintPoint("Te laat", "Excuses van Tesfay Haile"),
    ]
    case_id = add_case(vault, complaint_points=points)
    app = open_app(detectors=real_detector())
    open_case(qtbot, app, case_id)
    view = app.area.case_view
    qtbot.waitUntil(lambda: view.ctx.detector.finds_names, timeout=TIMEOUT)
    consent = next(t for t in view.tabs if isinstance(t, ConsentTab))
    view.tab_widget.setCurrentWidget(consent)
    consent.open_part("complaint_point", "2", "desired_outcome")
    tab = next(t for t in view.tabs if isinstance(t, PointsTab))
    assert view.tab_widget.currentWidget() is tab
    card = tab.cards[1]
    qtbot.waitUntil(lambda: card.outcome.hasFocus(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: card.bar.isVisible(), timeout=TIMEOUT)
    assert card.bar.current is not None and card.bar.current.text == "Tesfay Haile"
    assert card_button(card, "[NAAM]").isVisible()


def test_export_bekijken_opens_the_note_on_the_notes_tab(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    """The consent tab asks the case view for another tab's part (CaseContext.reveal_requested),
    never climbing the widget tree to find the notes tab."""
    from ui.features.cases.case.consent.tab import ConsentTab
    from ui.features.cases.case.notes.tab import NotesTab

    notes = [
        Note("n1", date(2026, 3, 2), NoteKind.PHONE, 10, "Gesprek met moeder."),
        Note("n2", date(2026, 3, 9), NoteKind.PHONE, 5, "Moeder belde terug."),
    ]
    case_id = add_case(vault, notes=notes)
    app = open_app()
    open_case(qtbot, app, case_id)
    view = app.area.case_view
    consent = next(t for t in view.tabs if isinstance(t, ConsentTab))
    view.tab_widget.setCurrentWidget(consent)
    consent.open_note("n1")
    tab = next(t for t in view.tabs if isinstance(t, NotesTab))
    assert view.tab_widget.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.note_id == "n1", timeout=TIMEOUT)
    assert tab.editor.text() == "Gesprek met moeder."


def test_finding_labels_keep_acronyms() -> None:
    from ui.kit.privacy.highlight import kind_title

    assert [kind_title(k) for k in ("iban", "bsn", "name")] == ["IBAN", "BSN", "Naam"]


def test_export_bekijken_opens_the_action_with_replace_buttons(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]
    from vertrouwen.domain import Action, Owner

    actions = [
        Action("Brief sturen aan teamleider", Owner.ADVISOR),
        Action("Moeder Fatima terugbellen", Owner.ADVISOR),
    ]
    case_id = add_case(vault, actions=actions)
    ws = vault.open()
    ws.cases.set_role_labels(case_id, ["moeder"])
    ws.close()
    app = open_app(detectors=real_detector())
    open_case(qtbot, app, case_id)
    view = app.area.case_view
    qtbot.waitUntil(lambda: view.ctx.detector.finds_names, timeout=TIMEOUT)
    consent = next(t for t in view.tabs if type(t).__name__ == "ConsentTab")
    seen: list[str] = []

    def fix(dialog) -> int:  # type: ignore[no-untyped-def]
        assert dialog.description.text() == "Moeder Fatima terugbellen"
        assert dialog.privacy.found == ["Fatima"]
        button = next(
            b for b in dialog.privacy.fixes.findChildren(QPushButton) if b.text() == "moeder"
        )
        lead = dialog.privacy.fixes.findChildren(QLabel)[0]
        assert lead.text() == "Vervang \u201cFatima\u201d door"
        button.click()
        seen.append(dialog.description.text())
        return int(QDialog.DialogCode.Accepted)

    app.dialogs.answer_next(fix)
    consent.open_part("action", "2", "description")
    assert seen == ["Moeder terugbellen"]
    qtbot.waitUntil(
        lambda: saved_case(vault, case_id)[0].actions[1].description == "Moeder terugbellen",
        timeout=TIMEOUT,
    )


def test_dossiers_built_after_the_unlock_saves_before_the_lock_time_backup(  # type: ignore[no-untyped-def]
    qtbot, open_app, vault, monkeypatch
) -> None:
    """The shell builds an area on its first visit; Dossiers (built here after the unlock)
    still saves the last keystrokes before the automatic backup made at the lock."""
    from vertrouwen import backup as backup_module  # VaultCare's jobs import from it when they run

    case_id = add_case(vault, notes=[Note("n1", date(2026, 3, 2), NoteKind.PHONE, 10, "Gesprek.")])
    seen: list[str] = []
    real = backup_module.run_due_backup

    def spy(ws: Workspace) -> Path | None:  # the backup at lock, on the worker
        seen.append(ws.cases.get_by_id(case_id).notes[0].text)  # what a backup now would hold
        return real(ws)

    monkeypatch.setattr(backup_module, "run_due_backup", spy)
    app = open_app()
    shell = app.window.shell
    assert shell is not None
    assert [a for a in shell.areas if shell.areas.is_built(a)] == ["today", "cases"]
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    qtbot.keyClicks(tab.editor, " Getypt")
    app.window.lock("manual")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=TIMEOUT)  # the lock-time backup's check
    assert "Getypt" in seen[0]


def test_a_case_opens_while_the_search_still_lists_every_match(  # type: ignore[no-untyped-def]
    qtbot, open_app, vault, monkeypatch
) -> None:
    """Issue 16: after a search's first screenful, the whole list and its count (0.4-2 s for a
    common word in a career's worth of cases) are made on the worker's reader thread: opening
    a case meanwhile is answered at once, and typing further stops the stale list. Here the
    whole list waits until the test lets it go, so it is slow for certain."""
    from vertrouwen.demo import generate
    from vertrouwen.vault import queries
    from vertrouwen.vault.db import transaction

    ws = vault.open()
    with transaction(ws._conn):
        for case in generate(100, seed=7, today=date(2026, 6, 1)):
            ws.cases.insert_in_transaction(case)
    ws.close()
    listing, release = threading.Event(), threading.Event()
    real_ids, real_unless = queries.case_ids, queries.case_ids_unless
    stale: list[Callable[[], bool]] = []

    def slow(conn, flt=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        limit = kwargs.get("limit", args[2] if len(args) > 2 else None)
        if flt is not None and flt.text and limit is None and not release.is_set():
            listing.set()  # the whole list of a search: held up until released
            release.wait(TIMEOUT * 3 / 1000)
        return real_ids(conn, flt, *args, **kwargs)

    def spied(conn, cancelled, *args, **kwargs):  # type: ignore[no-untyped-def]
        stale.append(cancelled)
        return real_unless(conn, cancelled, *args, **kwargs)

    monkeypatch.setattr(queries, "case_ids", slow)
    monkeypatch.setattr(queries, "case_ids_unless", spied)
    app = open_app()
    model = app.area.model
    try:
        app.area.search.setText("de")
        qtbot.waitUntil(listing.is_set, timeout=TIMEOUT)
        assert model.is_loading and model.rowCount() == FIRST_PAGE
        target = model.case_id(FIRST_PAGE - 1)
        assert target is not None
        open_case(qtbot, app, target)  # the worker answers: the list is made beside it
        assert model.is_loading and not release.is_set()
        assert app.area.count_label.text() == "laden\u2026"
        app.area.search.setText("gesprek")  # typing further: that list is not wanted now
        qtbot.waitUntil(lambda: len(stale) == 1 and stale[0](), timeout=TIMEOUT)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not model.is_loading, timeout=TIMEOUT)
    flt = model.filter
    assert flt.text == "gesprek"
    expected = app.on_worker(
        qtbot, lambda ws: ws.queries.case_ids(flt, model.sort_key, model.descending)
    )
    assert model.ids == expected and len(expected) > 0
    assert app.area.case_view.ctx.case is not None and app.area.case_view.ctx.case.id == target


def test_a_recolouring_is_no_edit_and_undo_after_a_replacement_holds(  # type: ignore[no-untyped-def]
    qtbot, open_app, vault
) -> None:
    """The guard colours a text anew after every scan, and Qt reports that as `textChanged`:
    taken for typing, it held back the undo's reload and saved the replaced text over it."""
    notes = [Note("n1", date(2026, 3, 3), NoteKind.PHONE, 10, "Fatima belde terug.")]
    points = [ComplaintPoint("Fatima werd niet gehoord.", "")]
    case_id = add_case(vault, notes=notes, complaint_points=points, consents=[])
    app = open_app(detectors=real_detector())
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    qtbot.waitUntil(lambda: [f.text for f in tab.bar.findings] == ["Fatima"], timeout=TIMEOUT)
    tab.highlighter.rehighlight()
    assert not tab._text_saver.pending
    ptab = points_tab(app)
    card = ptab.cards[0]
    typed: list[bool] = []
    card.typed.connect(lambda: typed.append(True))
    assert card.highlighter is not None
    card.highlighter.rehighlight()
    assert typed == [] and not ptab._saver.pending
    # the race itself: a replacement, its reload, an undo, and a scan's recolouring between
    tab = notes_tab(app)
    qtbot.mouseClick(bar_button(tab, "[NAAM]"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: saved_case(vault, case_id)[0].notes[0].text == "[NAAM] belde terug.",
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: tab.editor.text() == "[NAAM] belde terug.", timeout=TIMEOUT)
    app.area.case_view.undo()
    tab.highlighter.rehighlight()  # a scan of the reloaded text lands before the undo's answer
    qtbot.waitUntil(lambda: tab.editor.text() == "Fatima belde terug.", timeout=TIMEOUT)
    qtbot.wait(1200)  # longer than the typing pause: nothing saves the replaced text again
    assert saved_case(vault, case_id)[0].notes[0].text == "Fatima belde terug."
