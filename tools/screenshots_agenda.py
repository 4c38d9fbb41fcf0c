"""Screenshots of Vandaag and of a case's route tab with demo data (for looking, not a test).

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots_agenda.py OUT_DIR \
        [--cases 60] [--today 2026-03-25] [--lang en] [--code VP-...] \
        [--vault V --passphrase-file F]

Makes a demo vault in a temporary folder (`vertrouwen init` + `vertrouwen demo`), or opens
`--vault` (e.g. the 100,000-case benchmark vault, with `--today 2026-06-15`), opens the
real window, unlocks it and saves `today.png` (and `today-more.png`, scrolled to the first
"toon meer" row, when a group has more rows than shown); then opens a case with a running
step on the route tab (through Dossiers when the case screen is there, else the tab on its
own) and saves `case-route.png`, plus the route editor as `route-editor.png`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from shots_common import Shots, given_or_new_vault, parser_with, prepare


def main() -> int:
    parser = parser_with("1280x820")
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--today", default="2026-03-25")
    parser.add_argument("--code", default="")
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--passphrase-file", type=Path)
    args = parser.parse_args()
    prepare(args)
    os.environ["VERTROUWEN_TODAY"] = args.today
    tmp = Path(tempfile.mkdtemp(prefix="vertrouwen-agenda-shots-"))
    vault, passphrase = given_or_new_vault(args, tmp, nested=True)

    from ui.features.cases.case.base import CaseContext
    from ui.features.cases.case.route.tab import RouteTab
    from ui.features.routes.editor import RouteEditorDialog
    from ui.qt import QTabWidget, QWidget
    from vertrouwen.agenda import When
    from vertrouwen.clock import today as clock_today

    shots = Shots(args.out, vault, tmp / "prefs.ini", args.lang, args.size)
    window, worker, dialogs = shots.window, shots.worker, shots.dialogs
    width, height = shots.width, shots.height
    wait_for = shots.wait_for

    def save(widget: QWidget, name: str) -> None:
        shots.shot(name, widget)

    shots.unlock(passphrase)
    today = window.shell.area("today")  # type: ignore[union-attr]
    wait_for(lambda: bool(getattr(today, "items", [])), timeout_ms=120000)
    save(window, "today")
    more = today.agenda.more_index(When.OVERDUE) if hasattr(today.agenda, "more_index") else None
    if more is not None and more.isValid():
        today.agenda.scrollTo(more, today.agenda.ScrollHint.PositionAtCenter)
        today.agenda.setCurrentIndex(more)
        save(window, "today-more")

    code = args.code
    if not code:
        # The richest open case: a running step, the most steps behind it, some actions.
        got: dict[str, str] = {}

        def pick(ws):  # type: ignore[no-untyped-def]
            from vertrouwen.routes.advice import advise

            routes = ws.user_routes.all_routes()
            today = clock_today()

            def score(c):  # type: ignore[no-untyped-def]
                a = advise(c, today, routes)
                return (bool(a.next) and bool(a.deadlines), len(c.steps), len(c.actions))

            return max(ws.agenda.open_cases(with_actions=True), key=score).code

        worker.submit(pick, lambda c: got.setdefault("code", c))
        wait_for(lambda: "code" in got)
        code = got["code"]
    cases = window.shell.area("cases")  # type: ignore[union-attr]
    tab: RouteTab | None = None
    if hasattr(cases, "open_case"):
        window.open_case(code)
        wait_for(lambda: bool(cases.findChildren(RouteTab)))
        found = cases.findChildren(RouteTab)
        if found:
            tab = found[0]
            tabs = tab.parentWidget()
            while tabs is not None and not isinstance(tabs, QTabWidget):
                tabs = tabs.parentWidget()
            if tabs is not None:
                tabs.setCurrentWidget(
                    tabs.widget(tabs.indexOf(tab)) if tabs.indexOf(tab) >= 0 else tab
                )
            wait_for(lambda: tab.advice is not None)  # type: ignore[union-attr]
            save(window, "case-route")
    if tab is None:
        ctx = CaseContext(worker, dialogs)
        tab = RouteTab(ctx)
        holder = QWidget()
        holder.setObjectName("Screen")
        from ui.qt import QVBoxLayout

        box = QVBoxLayout(holder)
        box.setContentsMargins(24, 20, 24, 20)
        box.addWidget(tab)
        holder.resize(width - 228, height - 90)
        holder.show()
        got: dict[str, object] = {}
        worker.submit(lambda ws: ws.cases.get(code), lambda c: got.setdefault("case", c))
        wait_for(lambda: "case" in got)
        ctx.load(got["case"])  # type: ignore[arg-type]
        wait_for(lambda: tab.advice is not None)  # type: ignore[union-attr]
        save(holder, "case-route")

    from ui.features.cases.case.route.dialogs import ActionDialog, StepDialog

    route = tab._route()
    step_dialog = StepDialog(
        route, clock_today(), preset=(tab.advice.next or [None])[0] and tab.advice.next[0].step
    )  # type: ignore[union-attr]
    step_dialog.show()
    save(step_dialog, "step-dialog")
    step_dialog.close()
    action_dialog = ActionDialog(clock_today())
    action_dialog.description.setText("Verslag van het gesprek opvragen bij de teamleider")
    action_dialog.show()
    save(action_dialog, "action-dialog")
    action_dialog.close()

    editor = RouteEditorDialog(worker, dialogs)
    editor.show()
    wait_for(lambda: bool(editor.builtin))
    editor.new_route()
    text = editor.editor.toPlainText().replace('unit = "weeks"', 'unit = "weken"')
    editor.editor.setPlainText(text)
    editor.check_now()
    save(editor, "route-editor")
    editor.saved_text = editor.editor.toPlainText()
    editor.close()
    worker.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
