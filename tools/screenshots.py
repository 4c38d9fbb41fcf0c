"""Screenshots of the real window for the README and for looking at changes (not a test).

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py OUT_DIR [--lang en]
        [--demo 40]

Drives a fresh vault in a temporary folder through first start, unlock, the shell, the Spoed
panel and settings, and saves one PNG per state (Qt grabs the window itself).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from shots_common import PASSPHRASE, Shots, parser_with, prepare


def main() -> int:
    parser = parser_with()
    parser.add_argument("--demo", type=int, default=0, help="add N fictional cases before the end")
    args = parser.parse_args()
    prepare(args)
    tmp = Path(tempfile.mkdtemp(prefix="vertrouwen-shots-"))
    vault = tmp / "Vertrouwen" / "vault.db"
    shots = Shots(
        args.out, vault, tmp / "prefs.ini", args.lang, shot_ms=250, settled_ms=250, wait_ms=20000
    )
    window, worker, dialogs = shots.window, shots.worker, shots.dialogs
    wait_for, shot = shots.wait_for, shots.shot

    wizard = window.wizard
    assert wizard is not None
    shot("01-first-start-empty")
    wizard.passphrase.first.setText(PASSPHRASE)
    wizard.passphrase.second.setText("blauwe fiets onder de")
    shot("02-first-start-typing")
    wizard.passphrase.first.setText("wachtwoord1")
    shot("02b-first-start-weak")
    wizard.passphrase.first.setText(PASSPHRASE)
    wizard.passphrase.second.setText(PASSPHRASE)
    wizard.create_vault()
    shot("03-creating")
    wait_for(lambda: wizard.currentIndex() == 1)
    shot("04-recovery-key")
    dialogs.answer_next(args.out / "noodkaart-printed.pdf")  # a PDF printer stands in
    wizard.print_sheet()
    shot("05-recovery-key-printed")
    wizard._to_check()
    wizard.check_field.setText(wizard.key_label.text().split()[-1])
    wizard.kept_box.setChecked(True)
    shot("06-check")
    wizard._to_keychain()
    shot("07-keychain")
    wizard.finish()
    wait_for(lambda: window.shell is not None)
    shot("08-today")
    assert window.shell is not None
    window.shell.show_area("cases")
    shot("09-cases")
    window.spoed_button.setChecked(True)
    shot("10-spoed")
    window.spoed_button.setChecked(False)
    window.shell.show_area("settings")
    wait_for(lambda: True)
    shot("11-settings")
    window.lock("idle")
    wait_for(lambda: window.unlock_screen is not None)
    shot("12-unlock-after-idle")
    assert window.unlock_screen is not None
    window.unlock_screen.passphrase.setText("verkeerd geraden")
    window.unlock_screen.unlock()
    shot("13-unlocking")
    wait_for(lambda: window.unlock_screen.error.isVisible())  # type: ignore[union-attr]
    shot("14-wrong-passphrase")
    window.unlock_screen.show_recovery()
    shot("15-recovery")
    window.unlock_screen.show_unlock()
    if args.demo:  # fictional cases, so the main window shows what a working day looks like
        import subprocess

        env = dict(os.environ, VERTROUWEN_PASSPHRASE=PASSPHRASE)
        command = [sys.executable, "-m", "vertrouwen", "demo", "--cases", str(args.demo)]
        subprocess.run([*command, "--vault", str(vault)], env=env, check=True)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock()
    wait_for(lambda: window.shell is not None)
    window.shell.show_area("today")  # type: ignore[union-attr]
    wait_for(lambda: not worker.is_busy)
    shot("16-main-window")
    window.shell.show_area("cases")  # type: ignore[union-attr]
    wait_for(lambda: not worker.is_busy)
    shot("17-cases-with-data")
    window.shell.show_area("reports")  # type: ignore[union-attr]
    wait_for(lambda: not worker.is_busy)
    shot("18-reports-with-data")
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
