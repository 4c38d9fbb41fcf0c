"""Screenshots of the real window for the README and for looking at changes (not a test).

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py OUT_DIR [--lang en]
        [--demo 40]

Drives a fresh vault in a temporary folder through first start, unlock, the shell, the Spoed
panel and settings, and saves one PNG per state (Qt grabs the window itself).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


PASSPHRASE = "blauwe fiets onder de brug"  # noqa: S105 (a throwaway vault in a temp folder)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--demo", type=int, default=0, help="add N fictional cases before the end")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="vertrouwen-shots-"))
    os.environ.setdefault("VERTROUWEN_INSECURE_FAST_KDF", "1")

    from ui import theme
    from ui.assets import app_icon, load_fonts
    from ui.dialogs import Dialogs
    from ui.i18n import Preferences, Translator
    from ui.qt import QApplication, QTimer
    from ui.window import AppWindow
    from ui.worker import VaultWorker

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    theme.apply_theme(app, load_fonts())
    prefs = Preferences(tmp / "prefs.ini")
    translator = Translator(app)
    translator.install(args.lang)
    worker = VaultWorker()
    dialogs = Dialogs()
    vault = tmp / "Vertrouwen" / "vault.db"
    window = AppWindow(worker, dialogs, prefs, translator, vault, watch_os=False)
    window.resize(1280, 820)
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
        settle(250)

    def shot(name: str) -> None:
        settle(250)
        window.grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

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
    sheet = tmp / "noodkaart.pdf"
    dialogs.answer_next(sheet)
    wizard.save_sheet()
    wait_for(lambda: wizard.sheet_saved_to is not None)
    shot("05-recovery-key-saved")
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
    window.close()
    worker.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
