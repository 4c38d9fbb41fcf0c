"""The dialog seam (KeePassXC's `MessageBox::setNextAnswer`): every question the app asks goes
through one `Dialogs` object, passed in, so tests pre-answer it and locking can close them all.

    if dialogs.confirm(self.tr("Dossier vernietigen?"), text, ok=self.tr("Vernietigen")):
        ...

In tests: `dialogs.answer_next(True)` (or a str / Path / None) and the next question returns
that answer without showing anything. Custom dialogs go through `dialogs.exec(dialog)` so a
lock rejects them too (and a queued callable answers them in tests).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui.kit.accessible import assign_mnemonics, name_controls
from ui.kit.screen_fit import fit_to_screen
from ui.qt import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QKeySequence,
    QLineEdit,
    QMessageBox,
    QShortcut,
    QStandardPaths,
    QWidget,
)

if TYPE_CHECKING:  # printing loads with the first print (ui.qt)
    from ui.qt import QPrintDialog, QPrinter

_NOTHING = object()


class Dialogs:
    """Asks the user things; pre-answerable; closes every open dialog on `close_all()`."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent
        self._answers: deque[Any] = deque()
        self._open: list[QDialog] = []
        self.asked: list[str] = []  # titles of questions asked (tests read this)
        # Set by the main window: Ctrl+L inside any dialog locks too (a modal dialog blocks the
        # main window's own shortcuts).
        self.lock_shortcut: Callable[[], None] | None = None

    # -- the test seam --------------------------------------------------------------------
    def answer_next(self, *answers: Any) -> None:
        """Queue answers for the next questions, in order (True/False, text, Path, None...)."""
        self._answers.extend(answers)

    def _canned(self, title: str) -> Any:
        self.asked.append(title)
        return self._answers.popleft() if self._answers else _NOTHING

    # -- questions --------------------------------------------------------------------------
    def inform(self, title: str, text: str) -> None:
        if self._canned(title) is _NOTHING:
            self._message(QMessageBox.Icon.Information, title, text, [])

    def warn(self, title: str, text: str) -> None:
        if self._canned(title) is _NOTHING:
            self._message(QMessageBox.Icon.Warning, title, text, [])

    def confirm(
        self,
        title: str,
        text: str,
        ok: str | None = None,
        cancel: str | None = None,
        destructive: bool = False,
    ) -> bool:
        """A yes/no question; the safe answer (cancel) is the default."""
        canned = self._canned(title)
        if canned is not _NOTHING:
            return bool(canned)
        icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
        ok_text = ok or QApplication.translate("Dialogs", "OK")
        cancel_text = cancel or QApplication.translate("Dialogs", "Annuleren")
        return self._message(icon, title, text, [ok_text, cancel_text], default=1) == 0

    def ask(self, title: str, text: str, choices: list[str], default: int = 0) -> int | None:
        """Pick one of `choices` (button texts); returns its index, None when closed."""
        canned = self._canned(title)
        if canned is not _NOTHING:
            return None if canned is None else int(canned)
        answer = self._message(QMessageBox.Icon.Question, title, text, choices, default)
        return None if answer < 0 else answer

    def get_text(
        self, title: str, label: str, text: str = "", secret: bool = False, ok: str | None = None
    ) -> str | None:
        canned = self._canned(title)
        if canned is not _NOTHING:
            return None if canned is None else str(canned)
        dialog = QInputDialog(self._parent())
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setMinimumWidth(480)
        dialog.setContentsMargins(12, 10, 12, 8)  # added to the layout's own margins
        if ok:
            dialog.setOkButtonText(ok)
            dialog.setCancelButtonText(QApplication.translate("Dialogs", "Annuleren"))
        if secret:
            dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        if self.exec(dialog) != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.textValue())

    def save_file(self, title: str, suggested: Path, filter_text: str) -> Path | None:
        canned = self._canned(title)
        if canned is not _NOTHING:
            return None if canned is None else Path(canned)
        dialog = self._file_dialog(title, filter_text, suggested)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(str(suggested))
        return self._picked(dialog)

    def open_file(self, title: str, folder: Path, filter_text: str) -> Path | None:
        canned = self._canned(title)
        if canned is not _NOTHING:
            return None if canned is None else Path(canned)
        dialog = self._file_dialog(title, filter_text, folder)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return self._picked(dialog)

    def choose_folder(self, title: str, start: Path) -> Path | None:
        canned = self._canned(title)
        if canned is not _NOTHING:
            return None if canned is None else Path(canned)
        dialog = self._file_dialog(title, "", start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return self._picked(dialog)

    def choose_printer(self, title: str, printer: QPrinter) -> bool:
        """The print dialog for `printer`; True when the user chose to print.

        Its "print to file" entry is off: the app prints secrets, and a file holding one is
        only written through the save route with its warning. Pre-answered with a Path, the
        printer becomes a PDF printer writing to that path (how tests read back what was
        printed); with True it prints as set up, with False or None it is cancelled.
        """
        canned = self._canned(title)
        if canned is not _NOTHING:
            if canned is None or canned is False:
                return False
            if canned is not True:
                from ui.qt import QPrinter

                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(canned))
            return True
        from ui.qt import QPrinterInfo

        if not QPrinterInfo.availablePrinterNames():
            self.warn(
                QApplication.translate("Dialogs", "Geen printer gevonden"),
                QApplication.translate(
                    "Dialogs",
                    "Deze computer kent geen printer. Sluit er een aan of voeg er een toe bij "
                    "de instellingen van je computer, en probeer het dan opnieuw. Of schrijf "
                    "de tekens over op papier.",
                ),
            )
            return False
        dialog = self.print_dialog(title, printer)
        accepted = self.exec(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def print_dialog(self, title: str, printer: QPrinter) -> QPrintDialog:
        """Qt's print dialog without "print to file" and page choices (a sheet is one page)."""
        from ui.qt import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, self._parent())
        dialog.setWindowTitle(title)
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(option.PrintToFile, False)
        for one_page_only in (option.PrintSelection, option.PrintPageRange):
            dialog.setOption(one_page_only, False)
        return dialog

    @staticmethod
    def documents_folder() -> Path:
        """Where a saved file is suggested: the platform's documents folder (~/Documenten on
        a Dutch desktop, ~/Documents elsewhere) when it exists, else the home folder."""
        found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(found) if found else Path.home()
        return folder if folder.is_dir() else Path.home()

    # -- custom dialogs and locking ---------------------------------------------------------
    def exec(self, dialog: QDialog) -> int:
        """Run a modal dialog so that a lock can reject it; returns its result code.

        Tests pre-answer a custom dialog by queueing a callable: `answer_next(fill)` makes the
        next `exec` call `fill(dialog)` (fill in the fields) and return its result code instead
        of showing the dialog.
        """
        if self._answers and callable(self._answers[0]):
            self.asked.append(dialog.windowTitle())
            return int(self._answers.popleft()(dialog))
        self._open.append(dialog)
        if self.lock_shortcut is not None:
            shortcut = QShortcut(QKeySequence("Ctrl+L"), dialog)
            shortcut.activated.connect(self.lock_shortcut)
        self.prepare(dialog)
        try:
            return int(dialog.exec())
        finally:
            if dialog in self._open:
                self._open.remove(dialog)

    @staticmethod
    def prepare(dialog: QDialog) -> None:
        """What every dialog gets before it shows: a size that fits the screen (no button
        below the edge of a 1366x768 laptop) and a name on every control."""
        fit_to_screen(dialog)
        name_controls(dialog)
        assign_mnemonics(dialog)  # Alt+letter reaches every button and labelled field

    def close_all(self) -> None:
        """Reject every open dialog, innermost first (called on lock)."""
        for dialog in reversed(list(self._open)):
            dialog.reject()
        self._open.clear()
        # Dialogs opened without the seam (e.g. by Qt itself) must not survive a lock either.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    @property
    def open_count(self) -> int:
        return len(self._open)

    # -- building blocks --------------------------------------------------------------------
    def _message(
        self, icon: QMessageBox.Icon, title: str, text: str, buttons: list[str], default: int = 0
    ) -> int:
        box = QMessageBox(self._parent())
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(f"<b>{title}</b>")
        box.setInformativeText(text)
        made = []
        for index, label in enumerate(buttons or [QApplication.translate("Dialogs", "OK")]):
            role = (
                QMessageBox.ButtonRole.AcceptRole
                if index == 0
                else QMessageBox.ButtonRole.RejectRole
            )
            made.append(box.addButton(label, role))
        box.setDefaultButton(made[min(default, len(made) - 1)])
        self.exec(box)
        clicked = box.clickedButton()
        return made.index(clicked) if clicked in made else -1

    def _file_dialog(self, title: str, filter_text: str, where: Path) -> QFileDialog:
        # Qt's own dialog, not the platform one: GTK and portals keep a recently-used list, and
        # nothing but the vault path may be remembered (paths can name clients).
        dialog = QFileDialog(self._parent(), title, str(where), filter_text)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setHistory([])
        return dialog

    def _picked(self, dialog: QFileDialog) -> Path | None:
        accepted = self.exec(dialog) == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
        dialog.setHistory([])  # Qt saves the history when the dialog is destroyed
        dialog.deleteLater()
        return Path(files[0]) if accepted and files else None
