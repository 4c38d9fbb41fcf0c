"""The dialog `CrashHandler` shows when something went wrong that should not (ui/core/crash.py
says what a report holds). Apart from the handler so the first window does not load it."""

from __future__ import annotations

from pathlib import Path

from ui.qt import (
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFontDatabase,
    QGuiApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Tells the user something went wrong, that the vault is safe, and where the report is."""

    def __init__(self, report: str, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.path = path
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.setMinimumWidth(680)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(10)
        heading = QLabel(self.tr("Er ging iets mis in Vertrouwen"))
        heading.setProperty("role", "subtitle")
        column.addWidget(heading)
        saved = (
            self.tr("Een foutrapport staat in {0}.").format(str(path))
            if path is not None
            else self.tr("Het foutrapport kon niet worden bewaard; je kunt het wel kopiëren.")
        )
        self.explanation = QLabel(
            self.tr(
                "Dit had niet mogen gebeuren. Je kluis is veilig: elke wijziging is al "
                "opgeslagen. Werkt iets niet meer zoals verwacht, vergrendel dan de kluis en "
                "open hem opnieuw, of start Vertrouwen opnieuw."
            )
            + "\n\n"
            + saved
            + " "
            + self.tr(
                "Het rapport bevat geen dossiergegevens: alleen het soort fout, de plaats in de "
                "programmacode en de versies. Je kunt het kopiëren en naar je beheerder sturen."
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.explanation)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(150)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        column.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Rapport kopiëren"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Map openen"))
        self.folder_button.setEnabled(path is not None)
        self.folder_button.clicked.connect(self._open_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Gekopieerd"))

    def _open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
