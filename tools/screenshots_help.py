"""Screenshots of the About dialog, the manual and the crash dialog, for looking at them (not a
test).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_help.py \
        OUT_DIR [--lang en] [--size 1366x768]

Makes a demo vault with a backup folder, unlocks the real window and photographs: the window
with the Hulp button, each tab of About, the manual beside the window, and the crash dialog for
an exception raised in a slot (its report is written into the demo vault's folder).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shots_common import PASSPHRASE, Shots, make_vault, parser_with, prepare


def main() -> int:
    args = parser_with("1366x768").parse_args()
    prepare(args)
    tmp = Path(tempfile.mkdtemp(prefix="vt-"))
    vault = make_vault(tmp, 6, nested=True)
    shots = Shots(args.out, vault, tmp / "prefs.ini", args.lang, args.size, at_origin=True)
    from ui.core.crash import CrashHandler
    from ui.qt import QPushButton

    shell = shots.unlock(PASSPHRASE)
    assert shell is not None
    backups = tmp / "USB-STICK" / "Vertrouwen back-ups"
    done: list[object] = []
    shots.worker.submit(lambda ws: ws.settings.set("backup_folder", str(backups)), done.append)
    shots.wait_for(lambda: bool(done))
    shots.shot("help-window")

    def tab(index: int) -> Callable[[Any], None]:
        return lambda dialog: dialog.tabs.setCurrentIndex(index)

    for index, name in enumerate(("about", "about-licence", "about-notices")):
        shots.dialogs.answer_next(shots.photo_answer(f"help-{name}", prepare=tab(index)))
        shots.window.show_about()
        shots.wait_for(lambda: shots.window.about is None)

    shots.window.show_manual()
    manual = shots.window.manual
    assert manual is not None
    manual.move(shots.width - manual.width() - 20, 20)
    shots.shot("help-manual", manual)
    manual.browser.verticalScrollBar().setValue(manual.browser.verticalScrollBar().maximum())
    shots.shot("help-manual-end", manual)
    manual.close()

    handler = CrashHandler(lambda: vault.parent, lambda: shots.window)
    handler.install()
    button = QPushButton("crash")

    def broken() -> None:
        note = {"text": "Jansen woont op de Dorpsstraat"}
        raise KeyError(note["text"])  # the report must not quote it

    button.clicked.connect(broken)
    button.click()
    shots.wait_for(lambda: handler.dialog is not None)
    assert handler.dialog is not None
    shots.shot("help-crash", handler.dialog)
    report = handler.reports[-1].read_text(encoding="utf-8")
    assert "Jansen" not in report and "Dorpsstraat" not in report
    print(report)
    handler.dialog.close()
    handler.uninstall()
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
