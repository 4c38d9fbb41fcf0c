"""Help: the short user manual (Shift+F1; F1 is Spoed) and the About dialog.

- `ManualWindow`: `resources/help/manual_<language>.html` in a text browser, beside the app
  (not modal: you can read it while you work). `{key:Ctrl+L}` in the HTML is written the way
  this computer shows that shortcut (`key_text`: "Ctrl+L" here, "⌘L" on a Mac).
- `AboutDialog`: the version, the licence (LICENSE) and the third-party notices
  (THIRD-PARTY-NOTICES) to read, and where the data lives: the vault, its key file, the backup
  folder, the error reports and the app's own preferences.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import vertrouwen
from ui.core.assets import app_icon
from ui.kit.accessible import key_text
from ui.qt import (
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFontDatabase,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTabWidget,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.resources import legal_path, resource_path

_KEY = re.compile(r"\{key:([^}]+)\}")


def manual_html(language: str) -> str:
    """The manual in `language` (Dutch when there is none), with native shortcut names."""
    path = resource_path("help", f"manual_{language}.html")
    if not path.is_file():
        path = resource_path("help", "manual_nl.html")
    text = path.read_text(encoding="utf-8")
    return _KEY.sub(lambda m: html.escape(key_text(m.group(1))), text)


class ManualWindow(QDialog):
    """The user manual, in the UI language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding \u2014 Vertrouwen"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(720, 640)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 8)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the manual links nowhere: the app is offline
        self.browser.setHtml(manual_html(language))
        self.browser.document().setDocumentMargin(18)
        column.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(0, 0, 12, 0)
        column.addWidget(buttons)


def _read(name: str) -> str | None:
    try:
        return legal_path(name).read_text(encoding="utf-8")
    except OSError:
        return None


class AboutDialog(QDialog):
    """Version, licences and where the data lives."""

    def __init__(
        self,
        vault_path: Path,
        backup_folder: Path | None,
        unlocked: bool,
        reports_folder: Path,
        preferences_file: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Vertrouwen"))
        self.resize(940, 640)  # the EUPL's lines are 120 characters; fits 1366x768
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 10)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._about_page(vault_path, backup_folder, unlocked, reports_folder, preferences_file),
            self.tr("Over"),
        )
        self.licence_view = self._text_page("LICENSE")
        self.tabs.addTab(self.licence_view, self.tr("Licentie (EUPL-1.2)"))
        self.notices_view = self._text_page("THIRD-PARTY-NOTICES")
        self.tabs.addTab(self.notices_view, self.tr("Software van derden"))
        column.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _about_page(
        self,
        vault_path: Path,
        backup_folder: Path | None,
        unlocked: bool,
        reports: Path,
        preferences_file: str,
    ) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(18, 16, 18, 12)
        column.setSpacing(10)
        top = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(56, 56))
        top.addWidget(logo)
        name = QVBoxLayout()
        self.title = QLabel(self.tr("Vertrouwen {0}").format(vertrouwen.__version__))
        self.title.setProperty("role", "title")
        name.addWidget(self.title)
        tagline = QLabel(
            self.tr(
                "Versleutelde dossiers, klachtroutes met termijnen en anonieme jaarcijfers "
                "voor onafhankelijke vertrouwenspersonen. Werkt helemaal offline."
            )
        )
        tagline.setWordWrap(True)
        tagline.setProperty("role", "muted")
        name.addWidget(tagline)
        top.addLayout(name, 1)
        column.addLayout(top)

        licence = QLabel(
            self.tr(
                "Vrije software onder de European Union Public Licence 1.2 (EUPL-1.2). "
                "Vertrouwen bouwt op software van anderen, elk onder een eigen licentie "
                "(onder meer Qt en PySide6 onder de LGPL 3, SQLCipher, OpenSSL en Python): "
                "zie de tabbladen Licentie en Software van derden."
            )
        )
        licence.setWordWrap(True)
        column.addWidget(licence)

        where = QLabel(self.tr("Waar je gegevens staan"))
        where.setProperty("role", "section")
        column.addWidget(where)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        if backup_folder is not None:
            backups = str(backup_folder)
        elif unlocked:
            backups = self.tr("nog niet gekozen (Instellingen \u2192 Back-ups)")
        else:
            backups = self.tr("te zien als de kluis open is")
        self.places = {
            "vault": str(vault_path),
            "keys": f"{vault_path}.keys",
            "backups": backups,
            "reports": str(reports),
            "settings": preferences_file,
        }
        labels = {
            "vault": self.tr("Kluis"),
            "keys": self.tr("Sleutelbestand"),
            "backups": self.tr("Back-ups"),
            "reports": self.tr("Foutrapporten"),
            "settings": self.tr("Voorkeuren (alleen taal en kluispad)"),
        }
        for key, text in self.places.items():
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(labels[key], value)
        column.addLayout(form)
        open_folder = QPushButton(self.tr("Map van de kluis openen"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(vault_path.parent)))
        )
        row = QHBoxLayout()
        row.addWidget(open_folder)
        row.addStretch(1)
        column.addLayout(row)

        from ui.core.crash import versions_text

        self.versions = QLabel(versions_text())
        self.versions.setWordWrap(True)
        self.versions.setProperty("role", "faint")
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addStretch(1)
        column.addWidget(self.versions)
        return page

    def _text_page(self, name: str) -> QPlainTextEdit:
        text = _read(name)
        view = QPlainTextEdit(
            text
            if text is not None
            else self.tr("Het bestand {0} ontbreekt in deze installatie.").format(name)
        )
        view.setReadOnly(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSize(9)
        view.setFont(fixed)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # keep the texts' own lines
        return view
