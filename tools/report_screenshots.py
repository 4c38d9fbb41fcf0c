"""Screenshots of the Rapportage screen with a demo vault, for looking at it (not a test).

    export VERTROUWEN_INSECURE_FAST_KDF=1 VERTROUWEN_TEST_HARNESS=1
    .venv/bin/vertrouwen demo --cases 400 --vault /tmp/r.db ...
    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tools/report_screenshots.py \
        /tmp/r.db PASSPHRASE_FILE OUT_DIR [--lang en] [--size 1280x820]

Saves the top of the screen for a year, the screen scrolled down, a filtered view, a custom
period, an empty period, and the whole page in one tall image.
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
    parser.add_argument("--size", default="1280x820")
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args()
    prepare(args)

    from ui.features.reports.area import ReportsArea
    from ui.qt import QScrollArea

    prefs = Path(tempfile.mkdtemp()) / "prefs.ini"
    shots = Shots(args.out, args.vault, prefs, args.lang, args.size, wait_ms=20000)
    window = shots.window
    settle, wait_for, shot = shots.settle, shots.wait_for, shots.shot

    shots.unlock(args.passphrase_file.read_text().strip())
    assert window.shell is not None
    area = window.shell.show_area("reports")
    assert isinstance(area, ReportsArea)
    wait_for(lambda: area.stats is not None)
    shot("r0-default")
    area.choose_period(f"year:{args.year}")
    wait_for(lambda: area.stats is not None and area.stats.period.start.year == args.year)
    shot("r1-year-top")
    scroll = area.pages.widget(0)
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    step = scroll.viewport().height() - 40
    index = 2
    position = step
    while position < bar.maximum() + step:
        bar.setValue(min(position, bar.maximum()))
        shot(f"r{index}-scrolled")
        index += 1
        position += step
    bar.setValue(0)
    body = scroll.widget()
    shot("r-full-page", body)
    area.filter_bar.set_filters("jeugdwet", None)
    settle(600)
    shot("r8-jeugdwet")
    area.filter_bar.set_filters(None, "jeugdzorgplus")
    settle(600)
    shot("r8b-jeugdzorgplus")
    area.filter_bar.set_filters(None, None)
    area.choose_period("last_12")
    settle(600)
    shot("r9-last-12-months")
    from vertrouwen.reports import Period

    area.filter_bar.set_period(Period.year(2012))
    settle(600)
    shot("r10-empty-year")
    area.choose_period(f"year:{args.year}")
    area.threshold.spin.setValue(3)
    area.threshold.commit_now()
    settle(800)
    area.scroller.verticalScrollBar().setValue(area.scroller.verticalScrollBar().maximum())
    shot("r11-threshold-3")
    area.threshold.spin.setValue(5)
    area.threshold.commit_now()
    settle(600)
    window.lock("manual")
    settle(300)
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
