"""Screenshots of the Dossiers screens, for looking at them (not a test).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots_cases.py OUT_DIR \
        [--cases 300] [--vault BIG.db --passphrase-file FILE] [--lang en]

Fills a fresh vault with demo cases (or opens the one given), adds one case with personal
data in a note, unlocks the real window and saves a PNG per state: the list, filters, a
search, a case's overview, notes with a finding and its menu, complaint points, new case.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from shots_common import Shots, given_or_new_vault, parser_with, prepare

NOTE = (
    "Gesprek met moeder over het besluit van de jeugdbescherming. Ze vertelt dat Jan de Vries "
    "(gezinsvoogd) twee keer een afspraak heeft afgezegd zonder nieuwe datum. Ze is bereikbaar "
    "op 06-12345678.\n\nWe spreken af dat ik een brief opstel aan de teamleider. Moeder wil "
    "vooral dat er naar haar geluisterd wordt en dat de school op de hoogte blijft."
)


def add_showcase(vault: Path, passphrase: str) -> int:
    from vertrouwen import clock
    from vertrouwen.domain import (
        Case,
        ClientRole,
        ComplaintPoint,
        Goal,
        Note,
        NoteKind,
        Organisation,
        OrganisationKind,
        Regime,
        Topic,
        Verdict,
    )
    from vertrouwen.workspace import Workspace

    today = clock.today()
    ws = Workspace.unlock(vault, passphrase)
    try:
        case = Case(
            opened=date(today.year, 1, 12) if today.month > 1 else today,
            client_role=ClientRole.PARENT,
            organisation=Organisation("Jeugdbescherming Regio West", OrganisationKind.GI),
            regime=Regime.JEUGDWET,
            route="jeugdwet",
            topics=[Topic.COMMUNICATION, Topic.DECISION],
            goals=[Goal.BE_HEARD, Goal.EXPLANATION],
            notes=[
                Note("n1", today - timedelta(days=3), NoteKind.CONVERSATION, 50, NOTE),
                Note("n2", today, NoteKind.PHONE, 10, "Jan de Vries belde terug: reactie volgt."),
            ],
            complaint_points=[
                ComplaintPoint(
                    "Afspraken werden afgezegd zonder nieuwe datum.",
                    "Vaste contactmomenten",
                    Verdict.GEGROND,
                ),
                ComplaintPoint(
                    "Moeder Fatima werd niet gehoord over het besluit van Jan de Vries.",
                    "Uitleg en excuses van Tesfay Haile",
                ),
            ],
        )
        ws.cases.add(case)
        ws.cases.set_role_labels(case.id or 0, ["moeder", "gezinsvoogd A", "school"])
        return int(case.id or 0)
    finally:
        ws.close()


def main() -> int:
    parser = parser_with("1360x860")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--passphrase-file", type=Path)
    args = parser.parse_args()
    prepare(args)
    tmp = Path(tempfile.mkdtemp(prefix="vertrouwen-cases-"))
    vault, passphrase = given_or_new_vault(args, tmp)
    showcase = add_showcase(vault, passphrase) if args.cases or args.vault else 0

    from ui.qt import QPoint, QScrollArea, QTimer

    shots = Shots(
        args.out, vault, tmp / "prefs.ini", args.lang, args.size, at_origin=True, shot_ms=350
    )
    app, window, dialogs = shots.app, shots.window, shots.dialogs
    settle, wait_for = shots.settle, shots.wait_for

    def shot(name: str, screen: bool = False) -> None:
        if not screen:
            shots.shot(name)
            return
        settle(350)
        image = app.primaryScreen().grabWindow(0)
        frame = window.frameGeometry()
        image = image.copy(0, 0, frame.width(), frame.height())
        path = args.out / f"{name}.png"
        image.save(str(path))
        print(path)

    shell = shots.unlock(passphrase)
    wait_for(lambda: window.privacy_status.state == "active", 60000)
    assert shell is not None
    area = shell.show_area("cases")
    if not showcase:  # --cases 0: the empty vault
        wait_for(lambda: area.stack.currentWidget() is area.no_cases)
        shot("00-no-cases")
        shots.close()
        return 0
    wait_for(lambda: area.model.cached_row(0) is not None, 60000)
    shot("01-dossiers")
    area.filters.status.setCurrentIndex(1)
    area.filters.topic.setCurrentIndex(area.filters.topic.findData("communication"))
    wait_for(lambda: not area.model.is_loading)
    shot("02-dossiers-filtered")
    area.filters.clear_filters()
    area.focus_search()
    area.search.setText("teamleider brief")
    wait_for(lambda: area.results.list.count() > 0)
    shot("03-search")
    area.search.clear()
    wait_for(lambda: not area.results.isVisible())
    area.open_case(showcase)
    view = area.case_view
    wait_for(lambda: view.ctx.case is not None)
    shot("04-case-overview")
    scroll = view.tabs[0].findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shot("04b-case-overview-roles")
    view.tab_widget.setCurrentIndex(1)
    notes = view.tabs[1]
    notes.list.select("n1")
    wait_for(lambda: bool(notes.bar.findings))
    notes.editor.setFocus()
    shot("05-case-notes")
    finding = notes.bar.findings[0]
    cursor = notes.editor.textCursor()
    cursor.setPosition(finding.start + 2)
    rect = notes.editor.cursorRect(cursor)
    point = rect.center()
    QTimer.singleShot(900, lambda: shot("06-finding-menu", screen=True))
    QTimer.singleShot(1300, lambda: app.activePopupWidget() and app.activePopupWidget().close())
    notes.editor.customContextMenuRequested.emit(QPoint(point.x(), point.y()))
    settle(300)
    view.tab_widget.setCurrentIndex(2)
    points = view.tabs[2]
    wait_for(lambda: bool(points.cards[1].bar.findings))
    shot("07-case-points")
    points.reveal_point(2, "desired_outcome")  # as the anonymous export's "Bekijken" does
    shot("07b-case-point-findings")
    notes.bar.index = 0
    notes.bar.show_findings(notes.bar.findings, notes.bar.role_labels)
    view.tab_widget.setCurrentIndex(0)
    from ui.features.cases.case.dialogs import NewCaseDialog

    def fill(dialog: NewCaseDialog) -> None:
        dialog.organisation.setText("Wijkteam Noord")
        dialog.resize(dialog.sizeHint())

    dialogs.answer_next(shots.photo_answer("08-new-case", 0, fill))
    area.new_case()
    fit = lambda dialog: dialog.resize(dialog.sizeHint())  # noqa: E731
    dialogs.answer_next(shots.photo_answer("09-close-case", 0, fit))
    view.close_or_reopen()
    area.search.setText("teamleider")
    wait_for(lambda: area.results.list.count() > 0)
    shot("10-search-beside-case")
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
