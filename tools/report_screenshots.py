"""Screenshots of the Rapportage screen with a demo vault, for looking at it (not a test).

    VERTROUWEN_INSECURE_FAST_KDF=1 .venv/bin/vertrouwen demo --cases 400 --vault /tmp/r.db ...
    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tools/report_screenshots.py \
        /tmp/r.db PASSPHRASE_FILE OUT_DIR [--lang en] [--size 1280x820]

Saves the top of the screen for a year, the screen scrolled down, a filtered view, a custom
period, an empty period, and the whole page in one tall image.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("vault", type=Path)
    parser.add_argument("passphrase_file", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--size", default="1280x820")
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("VERTROUWEN_INSECURE_FAST_KDF", "1")

    from ui import theme
    from ui.areas.reports import ReportsArea
    from ui.assets import app_icon, load_fonts
    from ui.dialogs import Dialogs
    from ui.i18n import Preferences, Translator
    from ui.qt import QApplication, QScrollArea, QTimer
    from ui.window import AppWindow
    from ui.worker import VaultWorker

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    theme.apply_theme(app, load_fonts())
    prefs = Preferences(Path(tempfile.mkdtemp()) / "prefs.ini")
    translator = Translator(app)
    translator.install(args.lang)
    worker = VaultWorker()
    dialogs = Dialogs()
    window = AppWindow(worker, dialogs, prefs, translator, args.vault, watch_os=False)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def settle(ms: int = 300) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            app.processEvents()

    def wait_for(condition, timeout_ms: int = 20000) -> None:  # type: ignore[no-untyped-def]
        waited = 0
        while not condition() and waited < timeout_ms:
            settle(50)
            waited += 50
        settle(300)

    def shot(name: str, widget=None) -> None:  # type: ignore[no-untyped-def]
        settle(300)
        (widget or window).grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    screen = window.unlock_screen
    assert screen is not None
    screen.passphrase.setText(args.passphrase_file.read_text().strip())
    screen.unlock()
    wait_for(lambda: window.shell is not None)
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
    window.close()
    worker.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
