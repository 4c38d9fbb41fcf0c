"""The application window: switches between first start, unlock and the shell, and locks.

Locking (Ctrl+L, idle, screen lock, suspend) always goes the same way: close every dialog,
let every area clear its data, destroy the shell, close the vault on the worker (dropping the
key), show the unlock screen. The "Spoed?" panel stays reachable throughout.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ui.core import theme
from ui.core.assets import app_icon, icon
from ui.core.clipboard import clear_clipboard
from ui.core.i18n import LANGUAGES, Preferences, Translator
from ui.core.lock import Clock, IdleWatcher, OsLockMonitor
from ui.core.worker import VaultWorker
from ui.features.cases.area import CasesArea
from ui.features.safekeeping.care import VaultCare
from ui.features.settings.area import DEFAULT_IDLE_MINUTES, IDLE_SETTING
from ui.features.today.area import TodayArea
from ui.kit.accessible import MnemonicKeeper, name_controls
from ui.kit.area import Area
from ui.kit.dialogs import Dialogs
from ui.kit.help import AboutDialog, ManualWindow, key_text
from ui.kit.privacy.highlight import DetectorLoader
from ui.kit.privacy.status import PrivacyStatus
from ui.qt import (
    QApplication,
    QCloseEvent,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QShortcut,
    QSize,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.shell import compose
from ui.shell.areas import Shell
from ui.shell.first_start import FirstStartWizard
from ui.shell.spoed import SpoedPanel
from ui.shell.unlock import UnlockScreen
from vertrouwen.backup.rolling import configured_folder


class AppWindow(QMainWindow):
    """The one main window. Dependencies are passed in; tests pass fakes (clock, dialogs)."""

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        preferences: Preferences,
        translator: Translator,
        vault_path: Path,
        clock: Clock = time.time,
        watch_os: bool = True,
        detectors: DetectorLoader | None = None,
    ) -> None:
        super().__init__()
        self.worker = worker
        self.dialogs = dialogs
        self.preferences = preferences
        self.translator = translator
        self.vault_path = vault_path
        self.shell: Shell | None = None
        # Where the user was when the vault locked (area, case id, tab, note id, scroll
        # positions: no content), to come back to after the unlock.
        self.place: dict[str, object] = {}
        self.unlock_screen: UnlockScreen | None = None
        self.wizard: FirstStartWizard | None = None
        self.manual: ManualWindow | None = None
        self.about: AboutDialog | None = None
        # The personal-data detector holds no case data and outlives locks: owned by the app.
        self.detectors = detectors or DetectorLoader(parent=QApplication.instance())
        self.setWindowIcon(app_icon())
        self.setMinimumSize(960, 640)
        self.resize(1220, 800)

        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES, clock, parent=self)
        self.mnemonics = MnemonicKeeper(self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.idle.remaining_changed.connect(self._show_remaining)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.mnemonics)
        self.os_lock = OsLockMonitor(self)
        self.os_lock.lock_requested.connect(self.lock)
        if watch_os:
            self.os_lock.start(int(self.winId()))
        self.worker.locked.connect(self._on_locked)
        self.care = VaultCare(self, worker, self)  # automatic backups at unlock/lock/quit, restore
        self.dialogs.lock_shortcut = lambda: self.lock("manual")

        self._build_frame()
        self._build_shortcuts()
        self._retranslate()
        if vault_path.exists():
            self.show_unlock()
        else:
            self.show_first_start()

    # -- the frame: header, screens, Spoed panel, status line ----------------------------------
    def _build_frame(self) -> None:
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        header = QFrame()
        header.setObjectName("Header")
        header.setFixedHeight(58)
        row = QHBoxLayout(header)
        row.setContentsMargins(18, 0, 16, 0)
        row.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(30, 30))
        self.brand = QLabel("Vertrouwen")
        self.brand.setObjectName("Brand")
        row.addWidget(logo)
        row.addWidget(self.brand)
        row.addStretch(1)
        self.language_box = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(list(LANGUAGES).index(self.translator.language))
        self.language_box.currentIndexChanged.connect(
            lambda _i: self.set_language(str(self.language_box.currentData()))
        )
        row.addWidget(self.language_box)
        self.help_menu = QMenu(self)
        self.manual_action = self.help_menu.addAction("", self.show_manual)
        self.about_action = self.help_menu.addAction("", self.show_about)
        self.about_action.setMenuRole(self.about_action.MenuRole.AboutRole)
        self.help_button = QPushButton(icon("help", theme.INK), "")
        self.help_button.setProperty("kind", "ghost")
        self.help_button.setIconSize(QSize(16, 16))
        self.help_button.setMenu(self.help_menu)
        row.addWidget(self.help_button)
        self.spoed_button = QPushButton(icon("phone", theme.DANGER, theme.ON_PRIMARY), "")
        self.spoed_button.setProperty("kind", "spoed")
        self.spoed_button.setCheckable(True)
        self.spoed_button.setIconSize(QSize(16, 16))
        self.spoed_button.toggled.connect(self.show_spoed)
        row.addWidget(self.spoed_button)
        self.lock_button = QPushButton(icon("lock", theme.INK), "")
        self.lock_button.setProperty("kind", "ghost")
        self.lock_button.setIconSize(QSize(16, 16))
        self.lock_button.clicked.connect(lambda: self.lock("manual"))
        row.addWidget(self.lock_button)
        column.addWidget(header)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.screens = QStackedWidget()
        body.addWidget(self.screens, 1)
        self.spoed = SpoedPanel()
        self.spoed.hide()
        self.spoed.closed.connect(lambda: self.spoed_button.setChecked(False))
        body.addWidget(self.spoed)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

        self.state_label = QLabel()
        self.remaining_label = QLabel()
        self.statusBar().addWidget(self.state_label, 1)
        self.statusBar().addWidget(self.care.label)
        self.privacy_status = PrivacyStatus(self.detectors)
        self.statusBar().addPermanentWidget(self.privacy_status)
        self.statusBar().addPermanentWidget(self.remaining_label)
        self.statusBar().setSizeGripEnabled(False)

    def _build_shortcuts(self) -> None:
        def bind(
            keys: str | QKeySequence | QKeySequence.StandardKey,
            slot: object,
            app_wide: bool = False,
        ) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), self)
            if app_wide:  # works while a dialog of ours has the focus
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        bind("Ctrl+L", lambda: self.lock("manual"), app_wide=True)
        bind("F1", self.toggle_spoed, app_wide=True)
        bind("Ctrl+Shift+S", self.toggle_spoed, app_wide=True)
        # the manual has its own key: F1 (HelpContents on Windows and Linux) stays Spoed
        bind("Shift+F1", self.show_manual, app_wide=True)
        if sys.platform == "darwin":  # Cmd+? there, which nothing else uses
            bind(QKeySequence.StandardKey.HelpContents, self.show_manual, app_wide=True)
        bind("Escape", lambda: self.spoed_button.setChecked(False))
        for number in range(1, 5):
            bind(f"Ctrl+{number}", lambda n=number: self._go(n - 1))
        bind("Ctrl+,", lambda: self._go(3))
        bind("Ctrl+N", self._new_case)
        bind("Ctrl+F", self._search)
        bind(QKeySequence.StandardKey.Quit, self.close)

    def _retranslate(self) -> None:
        self.setWindowTitle("Vertrouwen")
        self.spoed_button.setText(self.tr("Spoed?"))
        self.spoed_button.setToolTip(self.tr("Crisisnummers tonen ({0})").format(key_text("F1")))
        self.lock_button.setText(self.tr("Vergrendelen"))
        self.lock_button.setToolTip(self.tr("Kluis vergrendelen ({0})").format(key_text("Ctrl+L")))
        self.help_button.setText(self.tr("Hulp"))
        self.manual_action.setText(self.tr("Handleiding"))
        self.manual_action.setShortcut(QKeySequence("Shift+F1"))  # shown in the menu only:
        self.manual_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # bound above
        self.about_action.setText(self.tr("Over Vertrouwen"))
        self.language_box.setToolTip(self.tr("Taal / Language"))
        self._update_status()

    def _update_status(self) -> None:
        unlocked = self.shell is not None
        self.lock_button.setVisible(unlocked)
        self.language_box.setVisible(
            (not unlocked and self.wizard is None) or self._wizard_on_first_page()
        )
        if unlocked:
            self.state_label.setText(self.tr("Kluis open \u00b7 {0}").format(self.vault_path.name))
        elif self.wizard is not None:
            self.state_label.setText(self.tr("Nieuwe kluis aanmaken"))
        else:
            self.state_label.setText(self.tr("Kluis vergrendeld"))
        self.remaining_label.setVisible(unlocked)
        if unlocked:
            self._show_remaining(max(1, int(-(-self.idle.remaining_seconds() // 60))))

    def _wizard_on_first_page(self) -> bool:
        return self.wizard is not None and self.wizard.currentIndex() == 0

    def _show_remaining(self, minutes: int) -> None:
        self.remaining_label.setText(
            self.tr("Vergrendelt over {0} min zonder activiteit").format(minutes)
        )

    # -- screens -------------------------------------------------------------------------------
    def _replace_screen(self, widget: QWidget) -> None:
        screens = [self.screens.widget(i) for i in range(self.screens.count())]
        for old in [screen for screen in screens if screen is not None]:
            self.screens.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)
        name_controls(self)  # the unlock and first-start screens, the header
        widget.setFocus()

    def show_first_start(self) -> None:
        self.wizard = FirstStartWizard(
            self.worker, self.dialogs, self.vault_path, self.translator.language
        )
        self.wizard.finished.connect(self._first_start_done)
        self.wizard.currentChanged.connect(lambda _i: self._update_status())
        self.unlock_screen = None
        self._replace_screen(self.wizard)
        self._update_status()

    def _first_start_done(self) -> None:
        self.wizard = None
        self.preferences.vault_path = self.vault_path
        self.show_shell()

    def show_unlock(self, notice: str = "") -> None:
        self.unlock_screen = UnlockScreen(self.worker, self.dialogs, self.vault_path, notice)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.restore_requested.connect(self.care.restore_while_locked)
        self.wizard = None
        self._replace_screen(self.unlock_screen)
        self._update_status()

    def _unlocked(self) -> None:
        self.preferences.vault_path = self.vault_path
        self.unlock_screen = None
        self.show_shell()
        if self.shell is not None and self.place:
            self.shell.restore_place(self.place)  # back where the lock found the user
        self.place = {}

    def build_areas(self) -> list[Area]:
        return compose.build_areas(self.wiring())

    def wiring(self) -> compose.Wiring:
        """What the areas get of the window (ui/shell/compose.py wires the features)."""
        return compose.Wiring(
            worker=self.worker,
            dialogs=self.dialogs,
            vault_path=self.vault_path,
            idle=self.idle,
            os_lock=self.os_lock,
            translator=self.translator,
            care=self.care,
            detectors=self.detectors,
            set_language=self.set_language,
            open_case=self.open_case,
        )

    # -- what VaultCare asks of its window (ui/features/safekeeping/care.CareHost) --------
    @property
    def in_first_start(self) -> bool:
        return self.wizard is not None

    @property
    def is_open(self) -> bool:
        return self.shell is not None

    def unlock_with(self, passphrase: str) -> None:
        """Unlock at once with a known passphrase (the one a restore was given)."""
        if self.unlock_screen is not None:
            self.unlock_screen.passphrase.setText(passphrase)
            self.unlock_screen.unlock()

    def show_shell(self, area_id: str = "today") -> None:
        if self.shell is not None:  # a rebuild (language switch): the old one lets go first
            self.shell.clear_all()
        self.privacy_status.start()  # loads the detector once, in the background
        self.shell = Shell(self.build_areas())
        self.care.after_areas()  # their about_to_lock saves come before the lock-time backup
        today = self.shell.areas.get("today")
        if isinstance(today, TodayArea):
            today.open_case_requested.connect(self.open_case)
        self._replace_screen(self.shell)
        self.shell.show_area(area_id, force=True)
        self.worker.submit(
            lambda ws: int(ws.settings.get(IDLE_SETTING, DEFAULT_IDLE_MINUTES)),
            self._start_idle,
        )
        self._update_status()

    def open_case(self, code: str, route_item: str = "") -> None:
        """Show case `code` in Dossiers (a row on Vandaag was clicked: with `route_item`, the
        action or term of that row on the case's route tab)."""
        if self.shell is not None:
            area = self.shell.show_area("cases")
            if isinstance(area, CasesArea):
                area.open_case(code, route_item=route_item or None)

    def _start_idle(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)
        self.idle.start()
        self._update_status()

    # -- locking -------------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        """Lock now. Ignored during first start (the recovery key must be seen to the end)."""
        if self.wizard is not None or not self.worker.is_unlocked:
            return
        self.worker.lock(reason)  # emits `locked`, handled by _on_locked

    def _on_locked(self, reason: str) -> None:
        self.idle.stop()
        self.dialogs.close_all()
        clear_clipboard()  # note text copied before the lock must not outlive it
        if self.shell is not None:
            self.place = self.shell.place()
            self.shell.clear_all()
            self.shell = None
        if reason == "quit":
            return
        notices = {
            "idle": self.tr("Vergrendeld na 1 minuut zonder activiteit.")
            if self.idle.minutes == 1
            else self.tr("Vergrendeld na {0} minuten zonder activiteit.").format(self.idle.minutes),
            "screen_locked": self.tr("Vergrendeld omdat het scherm op slot ging."),
            "suspend": self.tr("Vergrendeld omdat de computer in slaapstand ging."),
        }
        self.show_unlock(notices.get(reason, ""))

    # -- navigation and shortcuts --------------------------------------------------------------
    def _go(self, index: int) -> None:
        if self.shell is not None:
            self.shell.show_index(index)

    def _new_case(self) -> None:
        if self.shell is not None:
            area = self.shell.show_area("cases")
            if isinstance(area, CasesArea):
                area.new_case()

    def _search(self) -> None:
        if self.shell is not None:
            area = self.shell.show_area("cases")
            if isinstance(area, CasesArea):
                area.focus_search()

    # -- help --------------------------------------------------------------------------------
    def show_manual(self) -> None:
        """The user manual in the UI language, beside the app (not modal)."""
        if self.manual is None:
            self.manual = ManualWindow(self.translator.language, self)
            self.manual.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.manual.destroyed.connect(self._manual_gone)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()

    def _manual_gone(self) -> None:
        self.manual = None

    def show_about(self) -> None:
        """Version, licences and where the data lives (the backup folder when unlocked)."""
        if self.worker.is_unlocked:
            self.worker.submit(
                configured_folder,
                lambda folder: self._open_about(folder, True),
                lambda _error: self._open_about(None, True),
            )
        else:
            self._open_about(None, False)

    def _open_about(self, backup_folder: Path | None, unlocked: bool) -> None:
        self.about = AboutDialog(
            self.vault_path,
            backup_folder,
            unlocked,
            self.vault_path.parent,
            self.preferences.file_name,
            self,
        )
        try:
            self.dialogs.exec(self.about)
        finally:
            self.about.deleteLater()
            self.about = None

    def toggle_spoed(self) -> None:
        self.spoed_button.setChecked(not self.spoed_button.isChecked())

    def show_spoed(self, visible: bool) -> None:
        self.spoed.setVisible(visible)

    # -- language ------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch language now: store it, swap translators, rebuild the visible screen."""
        if code == self.translator.language:
            return
        self.preferences.language = code
        self.translator.install(code)
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(list(LANGUAGES).index(code))
        self.language_box.blockSignals(False)
        spoed_visible = self.spoed.isVisible()
        old_spoed = self.spoed
        self.spoed = SpoedPanel()
        self.spoed.closed.connect(lambda: self.spoed_button.setChecked(False))
        self.spoed.setVisible(spoed_visible)
        holder = old_spoed.parentWidget()
        layout = holder.layout() if holder is not None else None
        if layout is not None:
            layout.replaceWidget(old_spoed, self.spoed)
        old_spoed.deleteLater()
        if self.manual is not None:  # it reopens in the new language
            self.manual.close()
        if self.shell is not None:
            current = self.shell.current_id or "settings"
            self.show_shell(current)
        elif self.unlock_screen is not None:
            self.show_unlock()
        elif self._wizard_on_first_page():
            self.show_first_start()
        self._retranslate()

    # -- quitting ------------------------------------------------------------------------------
    def bring_forward(self) -> None:
        """Another start on this vault: show this window instead (ui/core/single_instance.py)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if (
            self.wizard is not None
            and self.wizard.key_unconfirmed
            and not self.dialogs.confirm(
                self.tr("Herstelsleutel nog niet bewaard"),
                self.tr(
                    "Je hebt nog niet bevestigd dat je je herstelsleutel hebt bewaard. Zonder die "
                    "sleutel is de kluis niet te openen als je je wachtwoordzin vergeet. "
                    "Toch afsluiten?"
                ),
                ok=self.tr("Toch afsluiten"),
                destructive=True,
            )
        ):
            event.ignore()
            return
        self.wizard = None
        self.preferences.geometry = self.saveGeometry()  # size and place only
        if self.worker.is_unlocked:
            self.worker.lock("quit")
        self.os_lock.stop()
        event.accept()
