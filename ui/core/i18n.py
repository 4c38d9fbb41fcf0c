"""Language (Dutch by default, English selectable) and the few preferences kept outside the vault.

Source strings are Dutch; `resources/translations/vertrouwen_en.qm` holds English. Only two
things are kept outside the vault, in QSettings: the language and the vault path (and the
main window's size and place). Everything
else (idle minutes, ...) lives in the encrypted vault, because settings can say something
about the work.
"""

from __future__ import annotations

from pathlib import Path

from ui.core.assets import resource_path
from ui.qt import QByteArray, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
# "geometry" is the main window's size and place (Qt's saveGeometry): nothing about cases.
_ALLOWED_KEYS = frozenset({"language", "vault_path", "geometry"})


class Preferences:
    """QSettings restricted to the language, the vault path and the main window's geometry
    (never anything else)."""

    def __init__(self, file: Path | None = None) -> None:
        if file is None:
            self._settings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Vertrouwen", "Vertrouwen"
            )
        else:
            self._settings = QSettings(str(file), QSettings.Format.IniFormat)

    def _get(self, key: str) -> str:
        value = self._settings.value(key, "")
        return value if isinstance(value, str) else ""

    def _set(self, key: str, value: str) -> None:
        assert key in _ALLOWED_KEYS
        if self._get(key) == value:
            return  # unchanged (the vault path at every unlock): no write to disk
        self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def language(self) -> str:
        language = self._get("language")
        return language if language in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, code: str) -> None:
        self._set("language", code if code in LANGUAGES else DEFAULT_LANGUAGE)

    @property
    def vault_path(self) -> Path | None:
        value = self._get("vault_path")
        return Path(value) if value else None

    @vault_path.setter
    def vault_path(self, path: Path) -> None:
        self._set("vault_path", str(path))

    @property
    def geometry(self) -> QByteArray:
        value = self._settings.value("geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, data: QByteArray) -> None:
        assert "geometry" in _ALLOWED_KEYS
        self._settings.setValue("geometry", data)
        self._settings.sync()

    @property
    def file_name(self) -> str:
        return str(self._settings.fileName())


class Translator:
    """Installs and swaps the app's translators at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def install(self, code: str) -> None:
        """Switch to `code` ("nl" or "en"); widgets get a LanguageChange event."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = code if code in LANGUAGES else DEFAULT_LANGUAGE
        language = QLocale.Language.Dutch if code == "nl" else QLocale.Language.English
        QLocale.setDefault(QLocale(language, QLocale.Country.Netherlands))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{self.language}", qt_dir)]
        if self.language != "nl":  # Dutch is the source language: no file needed
            candidates.append((f"vertrouwen_{self.language}", str(resource_path("translations"))))
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        if self.language == "nl":  # what Qt's own Dutch leaves in English
            gaps = QtGaps(self._app)
            self._app.installTranslator(gaps)
            self._installed.append(gaps)


class QtGaps(QTranslator):
    """Dutch for the few texts of Qt's own dialogs that qtbase_nl.qm lacks (its file dialog
    said "Look in:" and "Files of type:" in a Dutch app)."""

    TEXTS = {  # noqa: RUF012 - read only
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
        ("QFileDialog", "Computer"): "Computer",
        ("QDialogButtonBox", "Cancel"): "Annuleren",
        ("QDialogButtonBox", "&Cancel"): "&Annuleren",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) lets Qt ask the next translator; "" would stop it there
        return self.TEXTS.get((context, source))

    def isEmpty(self) -> bool:
        return False
