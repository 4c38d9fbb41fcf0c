"""Screenshots of the yearly report's new parts (issue 18), for looking at them (not a test).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_report18.py \
        VAULT PASSPHRASE_FILE OUT_DIR --year 2026 --files A.json B.json [--lang en]

The Rapportage screen at its new sections, the activities and signals dialog, the
Organisatierapportage over the given registration files, and a case's report card.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from shots_common import Shots, prepare


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("vault", type=Path)
    parser.add_argument("passphrase_file", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--files", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    prepare(args)

    from ui.features.reports.area import ReportsArea
    from ui.features.reports.org import OrganisationReportDialog
    from ui.qt import QScrollArea

    prefs = Path(tempfile.mkdtemp()) / "prefs.ini"
    shots = Shots(args.out, args.vault, prefs, args.lang, args.size, wait_ms=20000)
    window = shots.window
    shots.unlock(args.passphrase_file.read_text().strip())
    assert window.shell is not None
    area = window.shell.show_area("reports")
    assert isinstance(area, ReportsArea)
    shots.wait_for(lambda: area.stats is not None)
    area.choose_period(f"year:{args.year}")
    shots.wait_for(lambda: area.stats is not None and area.stats.period.start.year == args.year)
    shots.shot("s18-reports-top")
    scroll = area.pages.widget(0)
    assert isinstance(scroll, QScrollArea)
    target = area.sections["questions"]
    scroll.verticalScrollBar().setValue(target.mapTo(scroll.widget(), target.rect().topLeft()).y())
    shots.shot("s18-reports-new-sections")
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shots.shot("s18-reports-bottom")

    shots.dialogs.answer_next(shots.photo_answer("s18-outside-dialog", 1, settle_ms=1500))
    area.edit_outside()

    dialog = OrganisationReportDialog(shots.dialogs, args.year, args.out, window)
    shots.dialogs.answer_next(*args.files)
    for _ in args.files:
        dialog.add_file()
    dialog.resize(min(1000, shots.width - 40), shots.height - 40)
    dialog.show()
    shots.settle(800)
    shots.save(dialog, "s18-organisation-report")
    dialog.hide()

    cases = window.shell.show_area("cases")
    shots.wait_for(lambda: cases.model.cached_row(0) is not None)
    cases.table.selectRow(0)
    cases.open_case(cases.model.cached_row(0).id)
    view = cases.case_view
    shots.wait_for(lambda: view.ctx.case is not None)
    overview = view.tabs[0]
    inner = overview.findChild(QScrollArea)
    inner.verticalScrollBar().setValue(
        overview.report.mapTo(inner.widget(), overview.report.rect().topLeft()).y() - 10
    )
    shots.shot("s18-case-report-card")
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
