"""Screenshots of Instellingen > Back-ups, Controle, Bewaartermijn, Overdracht and their dialogs,
for looking at them (not a test).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots_safekeeping.py \
        OUT_DIR [--lang en] [--size 1280x860]

Makes a vault with demo cases and a few long-closed ones, a backup folder with older backups,
then drives the real window: every page, a backup now, a check, the restore dialog, a refused
(damaged) backup, the replace question, the destroy question, the handover dialogs.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from shots_common import PASSPHRASE, Shots, make_vault, parser_with, prepare


def add_history(vault: Path, backups: Path) -> None:
    """Long-closed cases for the retention page, and older backups in the backup folder."""
    from tests.conftest import make_case
    from vertrouwen import clock
    from vertrouwen.backup import rolling_backup
    from vertrouwen.domain import CaseResult
    from vertrouwen.workspace import Workspace

    today = clock.today()
    ws = Workspace.unlock(vault, PASSPHRASE)
    try:
        for months, result in (
            (31, CaseResult.RESOLVED),
            (19, CaseResult.REFERRED),
            (14, CaseResult.PARTLY_RESOLVED),
        ):
            closed = today - timedelta(days=months * 30.5)
            ws.cases.add(
                make_case(opened=closed - timedelta(days=70), closed=closed, result=result)
            )
        ws.settings.set("backup_folder", str(backups))
        ws.settings.set("backup_keep", 10)
        now = datetime.now(UTC)
        for days in (9, 5, 2):
            rolling_backup(ws, now=now - timedelta(days=days, hours=days))
    finally:
        ws.close()


def main() -> int:
    args = parser_with("1280x860").parse_args()
    prepare(args)
    tmp = Path(tempfile.mkdtemp(prefix="vt-"))  # short: the folder path fits on screen
    backups = tmp / "USB-STICK" / "Vertrouwen back-ups"
    backups.mkdir(parents=True)
    vault = make_vault(tmp, 24, nested=True)
    add_history(vault, backups)

    from ui.qt import QDialog, QInputDialog, QPainter, QPoint, Qt, QTimer, QWidget

    shots = Shots(
        args.out, vault, tmp / "prefs.ini", args.lang, args.size, at_origin=True, shot_ms=350
    )
    app, window, worker, dialogs = shots.app, shots.window, shots.worker, shots.dialogs
    settle, wait_for, save, shot = shots.settle, shots.wait_for, shots.save, shots.shot

    def shot_with_popup(name: str, popup: QWidget, under: QWidget) -> None:
        # a popup is a window of its own: paint it under its button, as the window manager would
        image = window.grab()
        painter = QPainter(image)
        corner = QPoint(under.width() - popup.width(), under.height() + 2)
        painter.drawPixmap(under.mapTo(window, corner), popup.grab())
        painter.end()
        image.save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    def grab_dialog(name: str, then: Callable[[QDialog], None] | None = None) -> Callable[[], None]:
        """For Qt's own modal dialogs (message boxes, the input dialog): grab, then close."""

        def run() -> None:
            dialog = app.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(100, run)
                return
            settle(300)
            save(dialog, name)
            if then is not None:
                then(dialog)  # type: ignore[arg-type]
            else:
                dialog.reject()  # type: ignore[attr-defined]

        return lambda: QTimer.singleShot(500, run)

    def custom(name: str, result: int = 0, before: Callable[[QDialog], None] | None = None):  # type: ignore[no-untyped-def]
        def prepare(dialog: QDialog) -> None:
            if before is not None:
                before(dialog)
            if dialog.minimumWidth() > 0 or dialog.width() < 300:
                dialog.adjustSize()

        return shots.photo_answer(name, result, prepare, 400)

    shell = shots.unlock(PASSPHRASE)
    assert shell is not None
    area = shell.show_area("settings")
    wait_for(lambda: not worker.is_busy)
    shot("01-settings-general")
    area.show_page("backups")
    wait_for(lambda: not worker.is_busy)
    shot("02-backups")
    area.backups.backup_now()
    shot("03-backups-making")
    wait_for(lambda: area.backups.outcome.isVisible())
    shot("04-backups-made")

    # restore: the dialog, a refused (damaged) backup, the replace question
    newest = area.backups.state.files[0].path
    dialogs.answer_next(custom("05-restore-dialog", 0))
    area.backups.restore.start(newest)
    wait_for(lambda: not worker.is_busy)
    damaged = tmp / "beschadigd.vbak"
    data = bytearray(newest.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    grab_dialog("06-restore-refused")()
    area.backups.restore.start(damaged)
    wait_for(lambda: app.activeModalWidget() is None and not worker.is_busy)
    dialogs.answer_next(
        custom(
            "07-restore-dialog-replace",
            QDialog.DialogCode.Accepted,
            lambda d: d.fill(PASSPHRASE, replace=True),
        )  # type: ignore[attr-defined]
    )
    grab_dialog("08-restore-replace-question")()
    area.backups.restore.start(newest)
    wait_for(lambda: app.activeModalWidget() is None and not worker.is_busy, 8000)

    area.show_page("check")
    area.check.run_check()
    wait_for(lambda: area.check.result is not None)
    shot("09-check")

    area.show_page("retention")
    wait_for(lambda: not worker.is_busy)
    shot("10-retention")
    code = area.retention.due[0].code

    def type_code(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(code)
        settle(200)
        save(dialog, "12-destroy-typed")
        dialog.accept()

    grab_dialog("11-destroy-question", type_code)()
    area.retention.destroy_listed(code)
    wait_for(lambda: area.retention.outcome.isVisible())
    shot("13-retention-after-destroy")

    area.show_page("handover")
    shot("14-handover")

    def tick(dialog: QDialog) -> None:
        wait_for(lambda: dialog.list.count() > 0)  # type: ignore[attr-defined]
        for row in (0, 2):
            dialog.list.item(row).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]

    package = tmp / "overdracht.vtho"
    secret: list[str] = []

    def remember(dialog: QDialog) -> None:
        secret.append(dialog.key_label.text())  # type: ignore[attr-defined]
        dialog.copy()  # type: ignore[attr-defined]

    dialogs.answer_next(
        custom("15-handover-choose", QDialog.DialogCode.Accepted, tick),
        True,
        package,
        custom("16-handover-passphrase", 1, remember),
    )
    area.handover.choose_and_hand_over()
    wait_for(lambda: package.exists() and not worker.is_busy)
    settle(500)

    def type_passphrase(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(secret[0].lower().replace("-", " "))
        settle(200)
        save(dialog, "16b-receive-passphrase")
        dialog.accept()

    dialogs.answer_next(package)
    grab_dialog("16a-receive-ask", type_passphrase)()
    area.handover.receive()  # into the same vault: the codes are taken, so they get new ones
    wait_for(lambda: area.handover.outcome.isVisible())
    shot("16c-handover-received")

    # the case screen's menu
    cases = shell.show_area("cases")
    wait_for(lambda: not worker.is_busy)
    cases.open_case(area.handover.received[0].new_code)  # type: ignore[attr-defined]
    wait_for(lambda: cases.case_view.ctx.case is not None)  # type: ignore[attr-defined]
    view = cases.case_view  # type: ignore[attr-defined]
    button = view.more_menu.parent()
    view.more_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))  # not exec: no nested loop
    settle(500)
    shot_with_popup("16d-case-menu", view.more_menu, button)
    view.more_menu.close()
    settle(200)
    shell.show_area("settings")

    # the status line after an automatic backup (as at unlock), then after a failed one
    area.show_page("backups")
    window.care._reported.emit(area.backups.state.files[0].path, None)
    wait_for(lambda: not worker.is_busy)
    shot("17-after-automatic-backup")
    from vertrouwen.errors import StorageError

    window.care._reported.emit(None, StorageError("cannot create the backup folder: No space"))
    shot("18-automatic-backup-failed")
    window.lock("manual")
    wait_for(lambda: window.unlock_screen is not None)
    shot("19-unlock-with-restore")
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
