"""Screenshots of keeping the recovery key (not a test): the first-start key page, printing,
the warnings before a PDF is saved, printing again from Instellingen, the handover passphrase,
and the printed sheets themselves.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_noodkaart.py \
        OUT_DIR [--lang en] [--size 1366x768]

"Printing" goes to a PDF printer writing OUT_DIR/printed-*.pdf (look at it with pdftoppm);
the same pages are also saved as PNGs drawn by the app's own QPainter canvas.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from shots_common import PASSPHRASE, Shots, parser_with, prepare


def main() -> int:
    args = parser_with("1366x768").parse_args()
    prepare(args)
    tmp = Path(tempfile.mkdtemp(prefix="vt-"))
    vault = tmp / "Vertrouwen" / "vault.db"
    shots = Shots(args.out, vault, tmp / "prefs.ini", args.lang, args.size, at_origin=True)
    app, window, dialogs = shots.app, shots.window, shots.dialogs
    settle, wait_for, save, shot = shots.settle, shots.wait_for, shots.save, shots.shot

    from ui.features.safekeeping.handover_dialogs import PassphraseDialog
    from ui.kit.sheet_print import sheet_image
    from ui.qt import QDialog, QMessageBox, QTimer, QWidget
    from vertrouwen.export.sheets import draw_handover_sheet, draw_recovery_sheet

    def grab_modal(name: str, then: Callable[[QWidget], None]) -> None:
        """Photograph the next modal dialog Qt shows, then answer it with `then`."""

        def run() -> None:
            dialog = app.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(100, run)
                return
            settle(300)
            save(dialog, name)
            then(dialog)

        QTimer.singleShot(300, run)

    def press(label_start: str) -> Callable[[QWidget], None]:
        def click(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            for button in box.buttons():
                if button.text().startswith(label_start):
                    button.click()
                    return
            raise AssertionError(f"no button {label_start!r}")

        return click

    nl = args.lang != "en"
    wizard = window.wizard
    assert wizard is not None
    wizard.passphrase.first.setText(PASSPHRASE)
    wizard.passphrase.second.setText(PASSPHRASE)
    wizard.create_vault()
    wait_for(lambda: wizard.currentIndex() == 1)
    key = bytes.fromhex("".join(wizard.key_label.text().split()))
    shot("01-key-page")

    dialogs.answer_next(args.out / "printed-noodkaart.pdf")
    wizard.print_sheet()
    shot("02-key-printed")

    # Save as PDF: the warning, a folder on the vault's disk, the second warning, cancel.
    def after_first(box: QWidget) -> None:
        dialogs.answer_next(tmp / "Documenten" / "noodkaart.pdf")
        grab_modal("04-place-warning", after_second)
        press("Toch" if nl else "Save")(box)

    def after_second(box: QWidget) -> None:
        dialogs.answer_next(None)  # the file dialog again: closed
        press("Andere" if nl else "Choose")(box)

    grab_modal("03-save-warning", after_first)
    wizard.save_sheet()
    wait_for(lambda: app.activeModalWidget() is None, 5000)

    wizard._to_check()
    wizard.check_field.setText(wizard.key_label.text().split()[-1])
    wizard.kept_box.setChecked(True)
    wizard._to_keychain()
    wizard.finish()
    wait_for(lambda: window.shell is not None)

    assert window.shell is not None
    area = window.shell.show_area("settings")
    section = area.recovery
    scroll = area.pages["general"]
    wait_for(lambda: True)
    scroll.ensureWidgetVisible(section)  # type: ignore[attr-defined]
    shot("05-settings-recovery")

    def type_passphrase(text: str, printer: Path | None) -> Callable[[QWidget], None]:
        def fill(dialog: QWidget) -> None:
            if printer is not None:
                dialogs.answer_next(printer)
            dialog.setTextValue(text)  # type: ignore[attr-defined]
            dialog.accept()  # type: ignore[attr-defined]

        return fill

    grab_modal("06-settings-passphrase", type_passphrase("verkeerd geraden", None))
    section.print_button.click()
    wait_for(lambda: section.error.isVisible(), 10000)
    scroll.ensureWidgetVisible(section)  # type: ignore[attr-defined]
    shot("07-settings-wrong-passphrase")
    again = args.out / "printed-again.pdf"
    grab_modal("08-settings-passphrase-typed", type_passphrase(PASSPHRASE, again))
    section.print_button.click()
    wait_for(lambda: section.done.isVisible(), 10000)
    scroll.ensureWidgetVisible(section)  # type: ignore[attr-defined]
    shot("09-settings-printed")

    passphrase = "k7m2p-x9q4r-h3w8t-b6n5v-c2j7f"  # noqa: S105 - an example for the screen
    package = Path("overdracht-20260302.vtho")
    handover = PassphraseDialog(passphrase, package, 2, window, dialogs)

    def photograph(dialog: QDialog) -> int:
        dialog.show()
        settle(300)
        save(dialog, "10-handover-passphrase")
        dialogs.answer_next(args.out / "printed-handover.pdf")
        handover.print_passphrase()
        settle(300)
        save(dialog, "11-handover-printed")
        dialog.hide()
        return 0

    dialogs.answer_next(photograph)
    dialogs.exec(handover)

    language = "nl" if nl else "en"
    images: dict[str, Callable[[object], None]] = {
        "12-sheet-drawn": lambda c: draw_recovery_sheet(c, key, vault, language=language),  # type: ignore[arg-type]
        "13-handover-sheet-drawn": lambda c: draw_handover_sheet(  # type: ignore[arg-type]
            c, passphrase, package.name, 2, language=language
        ),
    }
    for name, draw in images.items():
        path = args.out / f"{name}.png"
        sheet_image(draw, 110).save(str(path))  # type: ignore[arg-type]
        print(path)
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
