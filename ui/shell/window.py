"""The application window: switches between first start, unlock and the shell, and locks.

Locking (Ctrl+L, idle, screen lock, suspend) always goes the same way: close every dialog,
let every area clear its data, destroy the shell, close the vault on the worker (dropping the
key), show the unlock screen. The "Spoed?" panel stays reachable throughout.

While the unlock screen shows, the next shell is built empty, a step per event-loop turn, as a
page not in view (`ShellBuild`): its navigation, the area the user was in (Vandaag the first
time), their style. The unlock then only brings it into view, and that area loads its data;
an unlock that comes before it is built waits for the steps left, the UI turning meanwhile.
"""

from __future__ import annotations

import gc
import importlib
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ui.core import theme
from ui.core.assets import app_icon, icon
from ui.core.clipboard import clear_clipboard
from ui.core.i18n import LANGUAGES, Preferences, Translator
from ui.core.lock import DEFAULT_IDLE_MINUTES, IDLE_SETTING, Clock, IdleWatcher, OsLockMonitor
from ui.core.worker import VaultWorker
from ui.features.safekeeping.care import VaultCare
from ui.kit.accessible import MnemonicKeeper, key_text, name_controls
from ui.kit.dialogs import Dialogs
from ui.kit.privacy.loader import DetectorLoader
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
    QPaintEvent,
    QPushButton,
    QShortcut,
    QSize,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.shell.unlock import UnlockScreen

if TYPE_CHECKING:  # what the unlock screen does not need loads after the first window (Preload)
    from ui.kit.area import Area
    from ui.kit.help import AboutDialog, ManualWindow
    from ui.shell import compose
    from ui.shell.areas import AreaSlot, Shell, ShellBuild
    from ui.shell.first_start import FirstStartWizard
    from ui.shell.spoed import SpoedPanel
    from vertrouwen.workspace import Workspace

SETTLE_MS = 1000  # start-up is over by then if no paint said so before (never shown)
LOADING_POLL_MS = 20  # an unlock that comes before the background imports are done waits
# What an unlock needs that the first window does not: loaded in the background meanwhile
# (the vault, the shell and its areas, the backup code VaultCare's jobs use, the Spoed panel,
# the manual and About, the crash dialog).
PRELOAD = (
    "vertrouwen.workspace",
    "ui.shell.compose",
    "ui.shell.areas",
    "ui.shell.spoed",
    "ui.kit.help",
    "ui.core.crash_dialog",
    "vertrouwen.backup",
)


class Preload:
    """Imports `PRELOAD` on a thread of its own while the user types the passphrase, so the
    first window comes sooner (these are most of the app's modules) and the unlock finds them
    loaded. `finish()` waits for it (the UI thread then imports nothing at the same time)."""

    def __init__(self, names: tuple[str, ...] = PRELOAD) -> None:
        self._thread = threading.Thread(
            target=lambda: [importlib.import_module(n) for n in names],
            name="preload",
            daemon=True,
        )

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def finish(self) -> None:
        if self._thread.is_alive():
            self._thread.join()


_FROZEN: set[str] = set()  # the stages of start-up already frozen in this process


def keep_startup_objects_out_of_gc(stage: str) -> None:
    """Once per process and stage ("window": after the first window, "preload": after the
    background imports): the objects start-up made (modules, classes, the theme) go to the
    collector's permanent generation. A full collection walks every object it tracks while
    holding the GIL; with these in, each one the worker's agenda work set off froze the UI for
    60-110 ms (issue 16). Collected first, so no garbage is kept; called only while no vault
    is open, so no case data is among them."""
    if stage not in _FROZEN:
        _FROZEN.add(stage)
        gc.collect()
        gc.freeze()


class AppWindow(QMainWindow):
    """The one main window. Dependencies are passed in; tests pass fakes (clock, dialogs)."""

    started = Signal()  # the first window is shown (or a second has passed): start-up is over

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
        self._build: ShellBuild | None = None  # the next shell, built a step per turn
        # Where the user was when the vault locked (area, case id, tab, note id, scroll
        # positions: no content), to come back to after the unlock.
        self.place: dict[str, object] = {}
        self.unlock_screen: UnlockScreen | None = None
        self.wizard: FirstStartWizard | None = None
        self.manual: ManualWindow | None = None
        self.about: AboutDialog | None = None
        self.preload: Preload | None = None  # the rest of the app, loading after start-up
        # The personal-data detector holds no case data and outlives locks: owned by the app.
        self.detectors = detectors or DetectorLoader(parent=QApplication.instance())
        self.setWindowIcon(app_icon())
        self.setMinimumSize(960, 640)
        self.resize(1220, 800)

        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES, clock, parent=self)
        self.mnemonics = MnemonicKeeper()
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.idle.remaining_changed.connect(self._show_remaining)
        app = QApplication.instance()
        self.idle.on_key_press.append(self.mnemonics.key_pressed)
        if app is not None:
            app.installEventFilter(self.idle)  # the app's one event filter (see IdleWatcher)
        self.os_lock = OsLockMonitor(self)
        self.os_lock.lock_requested.connect(self.lock)
        self._watch_os = watch_os  # from the first paint on (_settle): no vault is open before
        self.worker.locked.connect(self._on_locked)
        self.care = VaultCare(self, worker, self)  # automatic backups at unlock/lock/quit, restore
        self.dialogs.lock_shortcut = lambda: self.lock("manual")

        self._painted = False
        self._build_frame()
        self._build_shortcuts()
        self._retranslate()
        if vault_path.exists():
            self.show_unlock()
        else:
            self.show_first_start()
        QTimer.singleShot(SETTLE_MS, self._settle)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first window is on screen: start-up is over
            self._painted = True
            QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        """Start-up is over (the first window is shown): keep start-up's objects out of the
        collector, load the rest in the background, and when that is done, its objects too
        (keep_startup_objects_out_of_gc; never with a vault open: no case data is kept). The
        first unlock screen asks for its keychain slot now (that reads the vault's code), the
        screen-lock and suspend signals are subscribed to, and `started` tells the app."""
        if self.preload is None:
            if not self.worker.is_unlocked:
                keep_startup_objects_out_of_gc("window")
            self.preload = Preload()
            self.preload.start()
            if self.unlock_screen is not None:
                self.unlock_screen.probe_keychain()
            if self._watch_os:
                self.os_lock.start(int(self.winId()))
            self.started.emit()
        if self.preload.running:
            QTimer.singleShot(100, self._settle)
        elif not self.worker.is_unlocked:
            keep_startup_objects_out_of_gc("preload")
            self._build_ahead()

    def _loaded(self) -> None:
        """Before the first area or the wizard is built: the background imports are done."""
        if self.preload is not None:
            self.preload.finish()

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
        self._body = body  # the Spoed panel goes beside the screens when first asked for
        self._spoed: SpoedPanel | None = None
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
        """`widget` in view (added unless a page already: a shell built ahead), every other
        page gone."""
        if self.screens.indexOf(widget) < 0:
            self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)
        screens = [self.screens.widget(i) for i in range(self.screens.count())]
        for old in [screen for screen in screens if screen is not None and screen is not widget]:
            self.screens.removeWidget(old)
            old.hide()
            old.deleteLater()
        name_controls(self)  # the unlock and first-start screens, the header
        widget.setFocus()

    def show_first_start(self) -> None:
        self._loaded()
        self._drop_build()
        from ui.shell.first_start import FirstStartWizard

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
        self.unlock_screen = UnlockScreen(
            self.worker, self.dialogs, self.vault_path, notice, probe=self._painted
        )
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.restore_requested.connect(self.care.restore_while_locked)
        self.wizard = None
        self._drop_build()
        self._replace_screen(self.unlock_screen)
        self._update_status()
        self._build_ahead()

    def _build_ahead(self) -> None:
        """While the passphrase is typed: the shell the unlock will show, built empty a step
        per turn (`ShellBuild`), opening on the area the user was in. Once the background
        imports are done (`_settle` calls this then); never with a vault open."""
        loading = self.preload is None or self.preload.running
        if self.unlock_screen is None or self._build is not None or loading:
            return
        if not self.worker.is_unlocked:
            self._start_build(self._area_to_open())

    @property
    def next_shell(self) -> Shell | None:
        """The shell built while the unlock screen shows, once its steps are done."""
        return self._build.shell if self._build is not None and self._build.done else None

    def _area_to_open(self) -> str:
        area = self.place.get("area")
        return area if isinstance(area, str) and area else "today"

    def _start_build(self, area_id: str) -> ShellBuild:
        from ui.shell.areas import ShellBuild

        self._drop_build()
        self._build = ShellBuild(self.screens, self._new_shell, area_id)
        return self._build

    def _drop_build(self) -> None:
        """A shell being built is no longer wanted (a lock, a language switch, first start):
        its steps stop and its page goes."""
        build, self._build = self._build, None
        if build is not None:
            build.cancel()
            if build.shell is not None and build.shell is not self.shell:
                self.screens.removeWidget(build.shell)
                build.shell.deleteLater()
            build.deleteLater()

    def _unlocked(self) -> None:
        if self.preload is not None and self.preload.running:
            # Unlocked within a second of starting: the areas are still loading in the
            # background. Wait for them without holding the UI thread (a lock meanwhile wins).
            screen = self.unlock_screen

            def later() -> None:
                if self.unlock_screen is screen and self.worker.is_unlocked:
                    self._unlocked()

            QTimer.singleShot(LOADING_POLL_MS, later)
            return
        self.preferences.vault_path = self.vault_path
        self.unlock_screen = None
        self.show_shell(self._area_to_open(), self.place)  # back where the lock found the user

    def build_areas(self) -> list[Area | AreaSlot]:
        from ui.shell import compose

        return compose.build_areas(self.wiring())

    def wiring(self) -> compose.Wiring:
        """What the areas get of the window (ui/shell/compose.py wires the features)."""
        self._loaded()
        from ui.shell import compose

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

    def show_shell(
        self, area_id: str = "today", place: dict[str, object] | None = None, now: bool = False
    ) -> None:
        """Show the shell on `area_id` (and `place` in it): the one built while the unlock
        screen showed, once its steps are done; else one built now, a step per turn (or in
        this turn: `now`, for a language switch)."""
        if self.shell is not None:  # a rebuild (language switch): the old one lets go first
            self.shell.clear_all()
        self.privacy_status.start()  # loads the detector once, in the background
        build = self._build or self._start_build(area_id)
        if now:
            build.finish_now()
        build.when_ready(lambda: self._show_built(build, area_id, place or {}))

    def _new_shell(self) -> Shell:
        areas = self.build_areas()  # after the background imports (ui.shell.areas among them)
        from ui.shell.areas import Shell

        shell = Shell(areas)
        shell.area_built.connect(lambda area_id: self._area_built(shell, area_id))
        for area in shell.areas.built():  # areas handed in built (tests' stand-ins)
            self._wire(area)
        self.care.after_areas()  # their about_to_lock saves come before the lock-time backup
        return shell

    def _show_built(self, build: ShellBuild, area_id: str, place: dict[str, object]) -> None:
        """The shell is built: bring it into view on its area, which loads its data."""
        if self._build is not build or build.shell is None:
            return  # dropped meanwhile (a lock)
        self._build = None
        build.deleteLater()
        self.shell = build.shell
        self._replace_screen(self.shell)
        self.shell.show_area(area_id if area_id in self.shell.areas else build.area_id, True)
        if place:
            self.shell.restore_place(place)
        self.place = {}
        self.worker.submit(
            lambda ws: int(ws.settings.get(IDLE_SETTING, DEFAULT_IDLE_MINUTES)),
            self._start_idle,
        )
        self._update_status()

    def _area_built(self, shell: Shell, area_id: str) -> None:
        """An area was built (ahead, or on its first visit): wire it, and let its lock-time
        saves come before the lock-time backup again (slots run in the order they were
        connected)."""
        self._wire(shell.areas[area_id])
        self.care.after_areas()

    def _wire(self, area: Area) -> None:
        from ui.features.today.area import TodayArea

        if isinstance(area, TodayArea):
            area.open_case_requested.connect(self.open_case)

    def open_case(self, code: str, route_item: str = "") -> None:
        """Show case `code` in Dossiers (a row on Vandaag was clicked: with `route_item`, the
        action or term of that row on the case's route tab)."""
        from ui.features.cases.area import CasesArea

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
            self.shell.hide()  # first: what the areas clear is not laid out or painted again
            self.shell.clear_all()
            # Once it is gone (deleted on a later turn), a full collection frees what of the
            # case data was held in reference cycles (the collector's own full collections
            # wait for the heap to grow by a quarter; ui/core/collector.py).
            self.shell.destroyed.connect(lambda: QTimer.singleShot(0, gc.collect))
            self.shell = None
        # else: locked before the shell came into view; `place` still holds where to go back
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
        from ui.features.cases.area import CasesArea

        if self.shell is not None:
            area = self.shell.show_area("cases")
            if isinstance(area, CasesArea):
                area.new_case()

    def _search(self) -> None:
        from ui.features.cases.area import CasesArea

        if self.shell is not None:
            area = self.shell.show_area("cases")
            if isinstance(area, CasesArea):
                area.focus_search()

    # -- help --------------------------------------------------------------------------------
    def show_manual(self) -> None:
        """The user manual in the UI language, beside the app (not modal)."""
        from ui.kit.help import ManualWindow

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

            def configured_folder(ws: Workspace) -> Path | None:
                from vertrouwen.backup.rolling import configured_folder

                return configured_folder(ws)

            self.worker.submit(
                configured_folder,
                lambda folder: self._open_about(folder, True),
                lambda _error: self._open_about(None, True),
            )
        else:
            self._open_about(None, False)

    def _open_about(self, backup_folder: Path | None, unlocked: bool) -> None:
        from ui.kit.help import AboutDialog

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

    @property
    def spoed(self) -> SpoedPanel:
        """The crisis numbers beside the screens, built on first use (F1, the Spoed button)."""
        if self._spoed is None:
            self._spoed = self._new_spoed()
            self._body.addWidget(self._spoed)
        return self._spoed

    def _new_spoed(self) -> SpoedPanel:
        from ui.shell.spoed import SpoedPanel  # loaded in the background (PRELOAD) by now

        panel = SpoedPanel()
        panel.hide()
        panel.closed.connect(lambda: self.spoed_button.setChecked(False))
        name_controls(panel)
        return panel

    def show_spoed(self, visible: bool) -> None:
        if visible or self._spoed is not None:
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
        old_spoed = self._spoed
        if old_spoed is not None:  # built again in the new language
            self._spoed = self._new_spoed()
            self._body.replaceWidget(old_spoed, self._spoed)
            self._spoed.setVisible(old_spoed.isVisible())
            old_spoed.deleteLater()
        if self.manual is not None:  # it reopens in the new language
            self.manual.close()
        if self.shell is not None:
            current = self.shell.current_id or "settings"
            self._drop_build()
            self.show_shell(current, now=True)
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
