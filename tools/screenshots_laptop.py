"""Screenshots of every area at 1366x768, the screen of an ordinary work laptop (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_laptop.py OUT_DIR [--lang en]
        [--cases 2000]

Makes a demo vault (2,000 cases by default), unlocks it, and saves Vandaag (a term selected,
so its buttons show), Dossiers, one case on each of its tabs, the PDF preview, Rapportage,
Instellingen and the "Nieuw dossier" dialog, each at 1366x768. The README's pictures come
from here (docs/laptop-*.png).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from shots_common import PASSPHRASE, Shots, make_vault, parser_with, prepare


def main() -> int:
    parser = parser_with(size="1366x768")
    parser.add_argument("--cases", type=int, default=2000)
    args = parser.parse_args()
    prepare(args)
    tmp = Path(tempfile.mkdtemp(prefix="vertrouwen-laptop-"))
    vault = make_vault(tmp, args.cases)
    shots = Shots(args.out, vault, tmp / "prefs.ini", args.lang, args.size, shot_ms=400)
    window = shots.window
    shots.shot("laptop-unlock")
    shell = shots.unlock(PASSPHRASE)

    from ui.qt import QDialog

    today = shell.area("today")
    shots.wait_for(lambda: today.book is not None and not today.loading.isVisible())
    for row in range(today.agenda.model_.rowCount()):
        item = today.agenda.model_.item_at(row)
        if item is not None and item.kind == "deadline":
            today.agenda.setCurrentIndex(today.agenda.model_.index(row))
            break
    shots.shot("laptop-today")

    cases = shell.show_area("cases")
    shots.wait_for(lambda: cases.model.rowCount() > 0 and not cases.model.is_loading)
    shots.shot("laptop-dossiers")

    code = shots.worker_result(
        lambda ws: ws._conn.execute(
            "SELECT c.code FROM cases c JOIN consents k ON k.case_id = c.id"
            " WHERE c.closed IS NULL AND k.withdrawn IS NULL ORDER BY c.id DESC LIMIT 1"
        ).fetchone()[0]
    )
    cases.open_case(code)
    view = cases.case_view
    shots.wait_for(lambda: view.ctx.case is not None)
    names = ["overview", "notes", "points", "route", "documents", "consent"]
    for index, name in enumerate(names[: view.tab_widget.count()]):
        view.tab_widget.setCurrentIndex(index)
        shots.shot(f"laptop-case-{name}")

    consent_tab = view.tabs[-1]
    export = consent_tab.export  # type: ignore[attr-defined]

    def fill(dialog: Any) -> int:
        for field, value in (
            ("name", "A. de Vries"),
            ("address", "Dorpsstraat 1"),
            ("postcode", "1234 AB"),
            ("city", "Utrecht"),
        ):
            getattr(dialog, field).setText(value)
        return int(QDialog.DialogCode.Accepted)

    shots.dialogs.answer_next(
        fill, shots.photo_answer("laptop-pdf-preview", int(QDialog.DialogCode.Rejected))
    )
    export.complaint_button.click()
    shots.wait_for(lambda: not shots.dialogs._answers, timeout_ms=60000)

    shell.show_area("reports")
    shots.settle(2500)
    shots.shot("laptop-reports")
    shell.show_area("settings")
    shots.shot("laptop-settings")

    shots.dialogs.answer_next(
        shots.photo_answer("laptop-new-case", int(QDialog.DialogCode.Rejected))
    )
    window._new_case()
    shots.settle(300)
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
