"""Every window and dialog on a small screen (run by tests/ui/test_small_screen.py).

Not collected on its own (no test_ prefix): it means something only on the screen its runner
gives it, a 1366x768 laptop or 1920x1080 at 125% / 150% (QT_SCALE_FACTOR: 1536x864 and
1280x720 logical pixels). It fails when a window or dialog is larger than the screen, a button
lies outside its window, a case screen needs a horizontal scroll bar, a tab is cut off or
scrolled away, or the case code does not fit.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pypdf

from tests.conftest import make_case
from tests.ui.conftest import TIMEOUT, unlock
from ui.features.cases.area import CasesArea
from ui.features.cases.case.consent.dialogs import ConsentDialog, ExportDialog
from ui.features.cases.case.dialogs import CloseCaseDialog, NewCaseDialog
from ui.features.cases.case.pdf_preview import PdfPreview
from ui.features.cases.case.route.dialogs import ActionDialog, StepDialog
from ui.features.reports.org import OrganisationReportDialog
from ui.features.reports.outside import OutsideRecordsDialog
from ui.features.routes.editor import RouteEditorDialog
from ui.features.routes.section import BridgeDaysDialog
from ui.features.safekeeping.handover_dialogs import ChooseCasesDialog, PassphraseDialog
from ui.features.safekeeping.restore_dialog import RestoreDialog
from ui.features.settings.area import ChangePassphraseDialog
from ui.features.today.calendar_export import CalendarExportDialog
from ui.kit.screen_fit import fit_to_screen, place_window
from ui.qt import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QGuiApplication,
    QMessageBox,
    QPlainTextEdit,
    QRect,
    QSettings,
    QTabBar,
    QWidget,
)
from vertrouwen.backup.container import BackupHeader
from vertrouwen.domain import CaseResult, Consent, Note, NoteKind

TODAY = date(2026, 3, 25)
NO_WRAP = QPlainTextEdit.LineWrapMode.NoWrap


def _room() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def _inside(outer: QRect, inner: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def misfits(top: QWidget) -> list[str]:
    """What of window `top` does not fit the screen: the window, its buttons, its scroll
    bars, its tab bars."""
    name = type(top).__name__
    problems: list[str] = []
    if not _inside(_room(), top.frameGeometry()):
        problems.append(f"{name}: {top.frameGeometry()} is larger than the screen {_room()}")
    for button in top.findChildren(QAbstractButton):
        if not button.isVisibleTo(top) or _in_scroll_area(button, top):
            continue  # a button in a scrolled list is reached by scrolling
        where = QRect(button.mapTo(top, button.rect().topLeft()), button.size())
        if not _inside(top.rect(), where):
            what = button.text() or button.toolTip() or type(button).__name__
            problems.append(f"{name}: button {what!r} at {where} is outside {top.rect()}")
    for area in top.findChildren(QAbstractScrollArea):
        if isinstance(area, QPlainTextEdit) and area.lineWrapMode() == NO_WRAP:
            continue  # a code editor (the route TOML) scrolls sideways like any editor
        bar = area.horizontalScrollBar()
        if area.isVisibleTo(top) and bar.isVisible() and bar.maximum() > 0:
            inner = getattr(area, "widget", lambda: None)()
            needs = inner.minimumSizeHint().width() if isinstance(inner, QWidget) else "?"
            problems.append(
                f"{name}: a horizontal scroll bar in {type(area).__name__}"
                f" ({area.viewport().width()} px wide, {needs} needed)"
            )
    for tabs in top.findChildren(QTabBar):
        if not tabs.isVisibleTo(top):
            continue
        for n in range(tabs.count()):
            if not _inside(tabs.rect(), tabs.tabRect(n)):
                problems.append(f"{name}: tab {tabs.tabText(n)!r} is cut off")
    return problems


def _check(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    fit_to_screen(dialog)  # what Dialogs.exec does before showing a dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(30)  # the layouts settle
    problems = misfits(dialog)
    dialog.reject()
    dialog.deleteLater()
    assert problems == []


def _pdf() -> bytes:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_window_in_every_area_and_every_case_tab(qtbot, make_window, vault) -> None:  # type: ignore[no-untyped-def]
    ws = vault.open()
    long_name = "Stichting Jeugdzorg en Gezinsbegeleiding Regio Midden-Nederland"
    case = make_case(  # the longest header: closed with a formal complaint, unsafe signal
        organisation=make_case().organisation.__class__(long_name, make_case().organisation.kind),
        notes=[Note("n1", TODAY, NoteKind.PHONE, 10, "Gesprek over de klacht.")],
        closed=TODAY,
        result=CaseResult.FORMAL_COMPLAINT,
        unsafe_signal=True,
    )
    ws.cases.add(case)
    ws.close()
    h = make_window(vault.path)
    place_window(h.window, h.preferences.geometry)  # as app.py does: maximised when small
    qtbot.waitUntil(lambda: h.window.isMaximized() or _room().width() >= 1440, timeout=TIMEOUT)
    assert misfits(h.window) == [], "the unlock screen"
    unlock(qtbot, h, vault.passphrase)
    for where in every_screen(qtbot, h, case.code):
        assert misfits(h.window) == [], where
    view = h.window.shell.area("cases").case_view
    label = view.code_label
    assert label.width() >= label.fontMetrics().horizontalAdvance(case.code), "the whole code"
    for chip in (view.status_chip, view.findings_chip, view.unsafe_chip):
        if chip.isVisible():  # every chip whole: "Gesloten ... · Formele klacht ingediend"
            assert chip.width() >= chip.sizeHint().width(), chip.text()
            assert view.rect().contains(chip.geometry().translated(chip.parentWidget().pos()))


def every_screen(qtbot, h, code: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Shows every area, then case `code` on each of its tabs; yields what is shown."""
    shell = h.window.shell
    for area_id in shell.areas:
        shell.show_area(area_id)
        qtbot.wait(300)
        yield area_id
    cases = shell.show_area("cases")
    assert isinstance(cases, CasesArea)
    cases.open_case(code)
    view = cases.case_view
    qtbot.waitUntil(lambda: view.ctx.case is not None, timeout=TIMEOUT)
    for index in range(view.tab_widget.count()):
        view.tab_widget.setCurrentIndex(index)
        qtbot.wait(200)
        yield f"case tab {view.tab_widget.tabText(index)}"


def every_dialog(h, tmp_path: Path) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """One of each of the app's dialogs (and Qt's message box and file dialog as the app
    sets them up), with the window of harness `h` as parent."""
    parent = h.window
    notes = [Note(f"n{i}", TODAY, NoteKind.PHONE, 10, f"Notitie {i}") for i in range(1, 30)]
    consent = Consent(TODAY, "De klachtencommissie", "Klacht indienen")
    consent.id = 1
    header = BackupHeader(
        tmp_path / "x.vbak", "id", "2026-03-25T10:00:00Z", 6, "Vertrouwen", 1, None, 10
    )
    long = "Een lange uitleg die over meerdere regels loopt. " * 12
    dialogs: list[QDialog] = [
        NewCaseDialog(TODAY, parent),
        CloseCaseDialog(TODAY, TODAY, parent),
        ConsentDialog(notes, TODAY, parent, documents=[]),
        ExportDialog("complaint", [consent], parent),
        ExportDialog("summary", [consent], parent),
        StepDialog(None, TODAY, parent=parent),
        ActionDialog(TODAY, parent=parent),
        PdfPreview(_pdf(), None, "Klacht als PDF", "1 pagina", long, parent),
        ChangePassphraseDialog(h.worker, parent),
        RestoreDialog(header, h.vault_path, parent),
        ChooseCasesDialog(h.worker, parent=parent),
        PassphraseDialog("blauwe fiets onder de brug", tmp_path / "p.vpkg", 3, parent),
        OutsideRecordsDialog(h.worker, h.dialogs, TODAY, parent),
        OrganisationReportDialog(h.dialogs, 2026, tmp_path, parent),
        RouteEditorDialog(h.worker, h.dialogs, parent),
        CalendarExportDialog(parent),
        BridgeDaysDialog([TODAY], parent),
    ]
    box = QMessageBox(parent)
    box.setText("<b>Een vraag</b>")
    box.setInformativeText(long)
    box.addButton("Ja", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Nee", QMessageBox.ButtonRole.RejectRole)
    files = QFileDialog(parent, "Opslaan", str(tmp_path))
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return [*dialogs, box, files]


def test_every_dialog_fits(qtbot, make_window, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    for dialog in every_dialog(h, tmp_path):
        _check(qtbot, dialog)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def test_the_window_remembers_its_size_and_place(qtbot, make_window, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = make_window(vault.path)
    h.window.showNormal()
    h.window.resize(1000, 640)
    qtbot.wait(50)
    h.window.close()  # quitting stores the geometry
    stored = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert set(stored.allKeys()) <= {"language", "vault_path", "geometry"}
    assert not h.preferences.geometry.isEmpty()

    again = make_window(vault.path)
    again.window.hide()
    place_window(again.window, again.preferences.geometry)
    again.window.show()
    qtbot.wait(50)
    assert (again.window.width(), again.window.height()) == (1000, 640)
