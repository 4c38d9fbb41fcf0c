"""After a lock the user comes back to the same place: the area, the open case, its tab, the
note they were in and the scroll position, while nothing of the case is kept on screen or in
a model during the lock (the window remembers ids and positions, never content)."""

from __future__ import annotations

from datetime import date

from tests.conftest import make_case
from tests.ui.conftest import TIMEOUT, unlock
from tests.ui.test_cases_ui import (
    MARKER,
    add_case,
    notes_tab,
    open_app,  # noqa: F401  (a fixture)
    open_case,
    visible_texts,
    window_harness,
)
from ui.features.cases.case.notes.tab import NotesTab
from ui.qt import QApplication, Qt
from vertrouwen.domain import Note, NoteKind, OrganisationKind


def _every_text_on_screen() -> list[str]:
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        texts += visible_texts(top)
    return texts


def _many_notes() -> list[Note]:
    body = "\n".join(f"{MARKER} regel {n}" for n in range(60))  # long enough to scroll
    return [
        Note(f"n{i}", date(2026, 3, i), NoteKind.PHONE, 10, f"{MARKER} notitie {i}\n{body}")
        for i in range(1, 8)
    ]


def test_ctrl_l_and_back_to_the_same_case_tab_note_and_cursor(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    add_case(vault)  # another case, so "the same case" means something
    case_id = add_case(
        vault,
        organisation=make_case().organisation.__class__(f"{MARKER} Zorg", OrganisationKind.GI),
        notes=_many_notes(),
    )
    app = open_app()
    open_case(qtbot, app, case_id)
    tab = notes_tab(app)
    tab.reveal_note("n3")
    qtbot.waitUntil(lambda: MARKER in tab.editor.toPlainText(), timeout=TIMEOUT)
    cursor = tab.editor.textCursor()
    cursor.setPosition(200)
    tab.editor.setTextCursor(cursor)
    tab.editor.verticalScrollBar().setValue(tab.editor.verticalScrollBar().maximum() // 2)
    scrolled = tab.editor.verticalScrollBar().value()
    assert scrolled > 0
    tab_index = app.area.case_view.tab_widget.currentIndex()

    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window.unlock_screen is not None, timeout=TIMEOUT)
    assert app.window.shell is None
    leftovers = [t for t in _every_text_on_screen() if MARKER.lower() in t.lower()]
    assert leftovers == [], "no case text in any widget while locked"
    kept = repr(app.window.place)
    assert MARKER not in kept and "Zorg" not in kept, "only ids and positions are remembered"

    unlock(qtbot, window_harness(app.window, app.worker, app.dialogs), vault.passphrase)
    shell = app.window.shell
    assert shell is not None and shell.current_id == "cases"
    area = shell.area("cases")
    view = area.case_view  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: view.ctx.case is not None and view.ctx.case.id == case_id, timeout=TIMEOUT
    )
    new_tab = next(t for t in view.tabs if isinstance(t, NotesTab))
    qtbot.waitUntil(lambda: new_tab.note_id == "n3", timeout=TIMEOUT)
    assert view.tab_widget.currentIndex() == tab_index
    assert new_tab.list.current_id() == "n3"
    assert new_tab.editor.toPlainText().startswith(f"{MARKER} notitie 3")
    assert new_tab.editor.textCursor().position() == 200
    qtbot.waitUntil(lambda: new_tab.editor.verticalScrollBar().value() == scrolled, timeout=TIMEOUT)


def test_idle_lock_returns_to_the_area_and_an_unopened_list(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    add_case(vault)
    app = open_app()
    app.window.shell.show_area("reports")  # type: ignore[union-attr]
    app.window.lock("idle")
    qtbot.waitUntil(lambda: app.window.unlock_screen is not None, timeout=TIMEOUT)
    unlock(qtbot, window_harness(app.window, app.worker, app.dialogs), vault.passphrase)
    assert app.window.shell is not None and app.window.shell.current_id == "reports"


def test_a_case_destroyed_while_locked_leaves_just_the_list(qtbot, open_app, vault) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    case_id = add_case(vault)
    app = open_app()
    open_case(qtbot, app, case_id)
    code = app.area.case_view.ctx.case.code
    app.window.lock("manual")
    qtbot.waitUntil(lambda: app.window.unlock_screen is not None, timeout=TIMEOUT)
    ws = vault.open()
    ws.retention.destroy(code)  # e.g. another copy of the app, or a restore, while locked
    ws.close()
    unlock(qtbot, window_harness(app.window, app.worker, app.dialogs), vault.passphrase)
    area = app.window.shell.area("cases")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not area.case_view.isVisible(), timeout=TIMEOUT)
    assert area.case_view.error.isHidden(), "no error about a case the user did not ask for"
