"""Instellingen: idle lock, keychain unlock, language, passphrase, and where the vault lives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ui.core import theme
from ui.core.assets import icon
from ui.core.i18n import LANGUAGES
from ui.core.lock import DEFAULT_IDLE_MINUTES, IDLE_SETTING, IdleWatcher
from ui.core.messages import describe, keychain_reason, shared_account_warning
from ui.core.worker import VaultWorker
from ui.features.settings.recovery import RecoverySection
from ui.kit.area import Area, Page, area_header
from ui.kit.dialogs import Dialogs
from ui.kit.parts import TAB_STYLE
from ui.kit.widgets import (
    BusyLine,
    NewPassphraseForm,
    Notice,
    PassphraseEdit,
    frame,
    label,
    select_whole_number,
)
from ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDesktopServices,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSize,
    QSpinBox,
    Qt,
    QTabWidget,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.errors import ErrorCode
from vertrouwen.workspace import Workspace, slot_path


@dataclass
class SettingsServices:
    """What the settings area needs beyond the worker and dialogs (passed in, no globals)."""

    vault_path: Path
    idle: IdleWatcher
    language: str
    set_language: Callable[[str], None]
    pages: SettingsPages
    os_lock_sources: list[str] = field(default_factory=list)


@dataclass
class SettingsPages:
    """The pages other features own (built by the shell: features do not import each other):
    the routes panel on Algemeen and the Back-ups, Controle, Bewaartermijn and Overdracht
    tabs (`ui/features/routes/`, `ui/features/safekeeping/`)."""

    routes: Page
    backups: Page
    check: Page
    retention: Page
    handover: Page


class SettingsArea(Area):
    area_id = "settings"
    icon_name = "settings"

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        services: SettingsServices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, dialogs, parent)
        self.services = services
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 0)
        outer.setSpacing(4)
        outer.addWidget(area_header(self.tr("Instellingen")))
        # One tab per concern; the pages come from ui/features/safekeeping/ through the shell.
        pages = services.pages
        self.backups, self.check = pages.backups, pages.check
        self.retention, self.handover, self.routes = pages.retention, pages.handover, pages.routes
        self.recovery = RecoverySection(worker, dialogs, services.vault_path, services.language)
        general = self._page(
            self._lock_section(),
            self._keychain_section(),
            self._passphrase_section(),
            self.recovery,
            self._language_section(),
            self.routes,
            self._vault_section(),
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet(TAB_STYLE)
        self.pages: dict[str, QWidget] = {}
        for key, page, title in (
            ("general", general, self.tr("Algemeen")),
            ("backups", self._page(self.backups), self.tr("Back-ups")),
            ("check", self._page(self.check), self.tr("Controle")),
            ("retention", self._page(self.retention), self.tr("Bewaartermijn")),
            ("handover", self._page(self.handover), self.tr("Overdracht")),
        ):
            self.pages[key] = page
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda _i: self._activate_page())
        outer.addWidget(self.tabs, 1)
        self._save_idle_timer = QTimer(self)
        self._save_idle_timer.setSingleShot(True)
        self._save_idle_timer.setInterval(400)
        self._save_idle_timer.timeout.connect(self._save_idle)

    @classmethod
    def caption(cls) -> str:
        return QCoreApplication.translate("SettingsArea", "Instellingen")

    @staticmethod
    def _page(*sections: QWidget) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 18, 0, 28)
        layout.setSpacing(16)
        for section in sections:
            section.setMaximumWidth(760)
            layout.addWidget(section)
        layout.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def show_page(self, key: str) -> None:
        """Bring a tab into view: general, backups, check, retention or handover."""
        self.tabs.setCurrentWidget(self.pages[key])

    def _activate_page(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.pages["backups"]:
            self.backups.activate()
        elif current is self.pages["retention"]:
            self.retention.activate()

    def clear(self) -> None:
        """Lock: the pages forget backups, check results, listed and received case codes."""
        for page in (self.backups, self.check, self.retention, self.handover, self.recovery):
            page.clear()
        super().clear()

    def _section(self, title: str, text: str = "") -> tuple[QFrame, QVBoxLayout]:
        box, layout = frame("Panel", (22, 18, 22, 18))
        layout.setSpacing(10)
        layout.addWidget(label(title, "subtitle"))
        if text:
            layout.addWidget(label(text, "muted", wrap=True))
        return box, layout

    # -- lock ----------------------------------------------------------------------------------
    def _lock_section(self) -> QWidget:
        box, layout = self._section(
            self.tr("Vergrendelen"),
            self.tr(
                "De kluis gaat op slot na een tijd zonder activiteit (ook als de computer "
                "sliep), met Ctrl+L, en als je het scherm vergrendelt of de computer in "
                "slaapstand gaat, waar je besturingssysteem dat doorgeeft."
            ),
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Vergrendelen na")))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setValue(self.services.idle.minutes or DEFAULT_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setFixedWidth(110)
        select_whole_number(self.idle_minutes)
        self.idle_minutes.valueChanged.connect(lambda _v: self._save_idle_timer.start())
        row.addWidget(self.idle_minutes)
        row.addWidget(QLabel(self.tr("zonder activiteit")))
        row.addStretch(1)
        layout.addLayout(row)
        sources = self.services.os_lock_sources
        detected = (
            self.tr("Schermvergrendeling en slaapstand worden herkend.")
            if sources
            else self.tr(
                "Dit systeem meldt schermvergrendeling en slaapstand niet; de tijd zonder "
                "activiteit telt wel door tijdens slaapstand."
            )
        )
        layout.addWidget(label(detected, "faint", wrap=True))
        return box

    def _save_idle(self) -> None:
        minutes = self.idle_minutes.value()
        self.services.idle.set_minutes(minutes)
        self.worker.submit(lambda ws: ws.settings.set(IDLE_SETTING, minutes), None, self._report)

    # -- keychain ------------------------------------------------------------------------------
    def _keychain_section(self) -> QWidget:
        box, layout = self._section(
            self.tr("Ontgrendelen met je computerlogin"),
            self.tr("De sleutel staat dan ook in de sleutelbos (keychain) van je computer."),
        )
        self.keychain_box = QCheckBox(self.tr("Ontgrendelen met mijn computerlogin"))
        self.keychain_box.setEnabled(False)  # until the current state is known
        self.keychain_box.clicked.connect(self._keychain_clicked)
        layout.addWidget(self.keychain_box)
        layout.addWidget(Notice(shared_account_warning()))
        self.keychain_error = Notice(kind="ErrorBox")
        self.keychain_error.hide()
        layout.addWidget(self.keychain_error)
        return box

    def activate(self) -> None:
        def state(ws: Workspace) -> tuple[bool, int]:
            on = ws.slots is not None and ws.slots.keychain_account is not None
            return on, int(ws.settings.get(IDLE_SETTING, DEFAULT_IDLE_MINUTES))

        self.worker.submit(state, self._show_state, self._report)
        self.routes.activate()
        self._activate_page()

    def _show_state(self, state: tuple[bool, int]) -> None:
        on, minutes = state
        self.keychain_box.setChecked(on)
        self.keychain_box.setEnabled(True)
        self.idle_minutes.blockSignals(True)
        self.idle_minutes.setValue(minutes)
        self.idle_minutes.blockSignals(False)

    def _keychain_clicked(self, checked: bool) -> None:
        self.keychain_error.hide()
        self.keychain_box.setEnabled(False)
        if checked:
            if not self.dialogs.confirm(
                self.tr("Ontgrendelen met je computerlogin aanzetten?"),
                shared_account_warning(),
                ok=self.tr("Aanzetten"),
            ):
                self.keychain_box.setChecked(False)
                self.keychain_box.setEnabled(True)
                return
            self.worker.submit(
                lambda ws: ws.enable_keychain(), self._keychain_enabled, self._report
            )
        else:
            self.worker.submit(
                lambda ws: ws.disable_keychain(), self._keychain_disabled, self._report
            )

    def _keychain_enabled(self, error: ErrorCode | None) -> None:
        self.keychain_box.setEnabled(True)
        if error:
            self.keychain_box.setChecked(False)
            self.keychain_error.set_text(keychain_reason(error))

    def _keychain_disabled(self, _none: object) -> None:
        self.keychain_box.setEnabled(True)

    # -- passphrase ----------------------------------------------------------------------------
    def _passphrase_section(self) -> QWidget:
        box, layout = self._section(
            self.tr("Wachtwoordzin"),
            self.tr(
                "Een nieuwe wachtwoordzin geldt meteen. Je herstelsleutel en je dossiers "
                "blijven dezelfde."
            ),
        )
        row = QHBoxLayout()
        button = QPushButton(icon("key", theme.PRIMARY), self.tr("Wachtwoordzin wijzigen\u2026"))
        button.setIconSize(QSize(18, 18))
        button.clicked.connect(self.change_passphrase)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.passphrase_status = label("", "ok")
        self.passphrase_status.hide()
        layout.addWidget(self.passphrase_status)
        return box

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.worker, self)
        if self.dialogs.exec(dialog) == QDialog.DialogCode.Accepted:
            self.passphrase_status.setText(self.tr("Je wachtwoordzin is gewijzigd."))
            self.passphrase_status.show()
        dialog.deleteLater()

    # -- language ------------------------------------------------------------------------------
    def _language_section(self) -> QWidget:
        box, layout = self._section(self.tr("Taal"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(self.services.language))
        self.language.setFixedWidth(220)
        self.language.currentIndexChanged.connect(
            lambda _i: self.services.set_language(str(self.language.currentData()))
        )
        layout.addWidget(self.language)
        return box

    # -- where the vault lives -----------------------------------------------------------------
    def _vault_section(self) -> QWidget:
        box, layout = self._section(
            self.tr("Waar staat je kluis?"),
            self.tr("Maak back-ups van beide bestanden: de kluis en het sleutelbestand ernaast."),
        )
        path = self.services.vault_path
        for text in (str(path), str(slot_path(path))):
            line = QLabel(text)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.setStyleSheet(
                f"font-family: 'DejaVu Sans Mono', monospace; font-size: {theme.pt(13)}pt;"
            )
            layout.addWidget(line)
        row = QHBoxLayout()
        button = QPushButton(icon("folder-open", theme.PRIMARY), self.tr("Map openen"))
        button.setIconSize(QSize(18, 18))
        button.clicked.connect(self.open_folder)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.vault_path.parent)))

    def _report(self, exc: Exception) -> None:
        # the change did not happen: the box goes back to what is true
        self.keychain_box.setChecked(not self.keychain_box.isChecked())
        self.keychain_box.setEnabled(True)
        self.dialogs.warn(self.tr("Dat lukte niet"), describe(exc))


class ChangePassphraseDialog(QDialog):
    """Current passphrase plus a new one twice; checks and rewrites the slot on the worker."""

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setWindowTitle(self.tr("Wachtwoordzin wijzigen"))
        self.setModal(True)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Wachtwoordzin wijzigen"), "subtitle"))
        layout.addWidget(label(self.tr("Huidige wachtwoordzin")))
        self.current = PassphraseEdit()
        layout.addWidget(self.current)
        layout.addSpacing(6)
        self.new = NewPassphraseForm()
        self.new.first_label.setText(self.tr("Nieuwe wachtwoordzin"))
        self.new.changed.connect(self._update)
        self.new.submitted.connect(self.apply)
        layout.addWidget(self.new)
        self.error = Notice(kind="ErrorBox")
        self.error.hide()
        layout.addWidget(self.error)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Wijzigen"))
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setEnabled(False)
        self.ok_button.clicked.connect(self.apply)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        self.current.textChanged.connect(self._update)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.current.text()) and self.new.valid)

    def apply(self) -> None:
        if not (self.current.text() and self.new.valid):
            return
        current, new = self.current.text(), self.new.passphrase
        if current == new:
            self.error.set_text(self.tr("De nieuwe wachtwoordzin is gelijk aan de huidige."))
            return

        def change(ws: Workspace) -> None:
            if ws.slots is not None and ws.slots.passphrase_slot is not None:
                ws.slots.unwrap_with_passphrase(current)  # UnlockError when wrong
            ws.set_passphrase(new)

        self.error.hide()
        for widget in (self.current, self.new, self.ok_button, self.cancel_button):
            widget.setEnabled(False)
        self.busy.start(self.tr("Nieuwe wachtwoordzin vastleggen\u2026"))
        self.worker.submit(change, lambda _none: self.accept(), self._failed)

    def _failed(self, exc: Exception) -> None:
        self.busy.stop()
        for widget in (self.current, self.new, self.cancel_button):
            widget.setEnabled(True)
        self._update()
        self.error.set_text(describe(exc, "change"))
