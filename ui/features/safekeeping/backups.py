"""Instellingen > Back-ups: the folder, how often and how many, a backup now, the backups in the
folder, and restoring one.

The settings live in the vault (`backup_folder`, `backup_keep`, `backup_every_days`, read by
`vertrouwen.backup.rolling`); the window makes the automatic backups (`care.VaultCare`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ui.core import theme
from ui.core.worker import VaultWorker
from ui.features.safekeeping.care import VaultCare
from ui.features.safekeeping.messages import explain, when_text
from ui.features.safekeeping.parts import Outcome, PathLabel, button, list_row, panel, size_text
from ui.features.safekeeping.restore import RestoreFlow
from ui.kit.area import Page
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import BusyLine, Notice, clear_layout, label
from ui.qt import (
    QComboBox,
    QDesktopServices,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    Qt,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.backup import backups_in, last_backup_at, plan_rolling, rolling_backup
from vertrouwen.backup.rolling import DEFAULT_EVERY_DAYS, DEFAULT_KEEP, configured_folder
from vertrouwen.workspace import Workspace

SHOWN_BACKUPS = 12
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.vbak$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime | None  # from the file name (local time), None when it does not say
    size: int


@dataclass(frozen=True)
class BackupState:
    """What the page shows; read on the worker thread."""

    folder: Path | None = None
    keep: int = DEFAULT_KEEP
    every_days: int = DEFAULT_EVERY_DAYS
    last: datetime | None = None
    files: list[BackupFile] = field(default_factory=list)  # newest first
    same_disk: bool = False  # the folder is on the vault's disk (a lost laptop takes both)
    reachable: bool = True  # False: the folder is not there now (a USB stick not plugged in)


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def load_state(ws: Workspace) -> BackupState:
    folder = configured_folder(ws)
    files: list[BackupFile] = []
    if folder is not None:
        for path in reversed(backups_in(ws, folder)):
            m = _STAMP.search(path.name)
            made = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S") if m else None
            try:
                files.append(BackupFile(path, made, path.stat().st_size))
            except OSError:
                continue  # deleted meanwhile
    return BackupState(
        folder,
        _int(ws.settings.get("backup_keep", DEFAULT_KEEP), DEFAULT_KEEP),
        _int(ws.settings.get("backup_every_days", DEFAULT_EVERY_DAYS), DEFAULT_EVERY_DAYS),
        last_backup_at(ws),
        files,
        same_disk(folder, Path(ws.path)),
        folder is None or folder.is_dir(),
    )


def same_disk(folder: Path | None, vault: Path) -> bool:
    if folder is None:
        return False
    try:  # stat can be slow on a network folder: this runs on the worker
        return folder.stat().st_dev == vault.absolute().parent.stat().st_dev
    except OSError:
        return False  # not there (a USB stick not plugged in): nothing to warn about


class BackupPage(Page):
    """The Back-ups page. `activate()` reads the state; `clear()` forgets it (lock)."""

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        vault_path: Path,
        care: VaultCare | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.vault_path = vault_path
        self.care = care
        self.state = BackupState()
        self.restore = RestoreFlow(worker, dialogs, vault_path, care, self)
        self.restore.busy.connect(self._busy)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._settings_panel())
        column.addWidget(self._list_panel())
        column.addWidget(self._restore_panel())
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self._save_schedule)
        if care is not None:
            care.backup_made.connect(self.activate)

    # -- building ----------------------------------------------------------------------------
    def _settings_panel(self) -> QWidget:
        box, layout = panel(
            self.tr("Back-ups"),
            self.tr(
                "Een back-up is een versleutelde kopie van je hele kluis die zichzelf "
                "controleert. Vertrouwen maakt er automatisch een als je de kluis opent of "
                "vergrendelt en de vorige ouder is dan je hier kiest."
            ),
        )
        folder_row = QHBoxLayout()
        folder_row.setSpacing(10)
        folder_row.addWidget(QLabel(self.tr("Map")))
        self.folder_label = PathLabel()
        self.no_folder = label("", wrap=True)
        self.no_folder.setStyleSheet(f"color: {theme.WARNING};")
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.no_folder, 1)
        self.open_folder_button = button(self.tr("Openen"), "folder-open")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.choose_button = button(self.tr("Map kiezen\u2026"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.open_folder_button)
        folder_row.addWidget(self.choose_button)
        layout.addLayout(folder_row)
        self.same_folder = Notice(
            self.tr(
                "Deze map staat op dezelfde schijf als je kluis. Een back-up op een externe "
                "schijf of USB-stick helpt ook als je laptop kwijtraakt of kapotgaat."
            )
        )
        self.same_folder.hide()
        layout.addWidget(self.same_folder)

        schedule = QHBoxLayout()
        schedule.setSpacing(10)
        self.every = QComboBox()
        for days, text in self._frequencies():
            self.every.addItem(text, days)
        self.every.currentIndexChanged.connect(lambda _i: self._save_timer.start())
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setFixedWidth(96)
        self.keep.valueChanged.connect(lambda _v: self._save_timer.start())
        schedule.addWidget(QLabel(self.tr("Automatisch")))
        schedule.addWidget(self.every)
        schedule.addSpacing(18)
        schedule.addWidget(QLabel(self.tr("Bewaar de laatste")))
        schedule.addWidget(self.keep)
        schedule.addWidget(QLabel(self.tr("back-ups")))
        schedule.addStretch(1)
        layout.addLayout(schedule)

        layout.addSpacing(4)
        now_row = QHBoxLayout()
        now_row.setSpacing(14)
        self.now_button = button(self.tr("Nu een back-up maken"), "hard-drive", primary=True)
        self.now_button.clicked.connect(self.backup_now)
        now_row.addWidget(self.now_button)
        self.last_label = label("", "muted")
        now_row.addWidget(self.last_label, 1)
        layout.addLayout(now_row)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        self.outcome = Outcome()
        layout.addWidget(self.outcome)
        return box

    def _frequencies(self) -> list[tuple[int, str]]:
        return [
            (1, self.tr("elke dag")),
            (2, self.tr("elke 2 dagen")),
            (3, self.tr("elke 3 dagen")),
            (7, self.tr("elke week")),
            (14, self.tr("elke 2 weken")),
            (30, self.tr("elke maand")),
            (0, self.tr("nooit (alleen met de knop)")),
        ]

    def _list_panel(self) -> QWidget:
        box, layout = panel(
            self.tr("Back-ups in de map"),
            self.tr(
                "Een back-up opent met de wachtwoordzin die je had toen hij werd gemaakt, of "
                "met je herstelsleutel."
            ),
        )
        self.rows = QVBoxLayout()
        self.rows.setSpacing(0)
        layout.addLayout(self.rows)
        self.no_backups = label("", "faint", wrap=True)
        layout.addWidget(self.no_backups)
        return box

    def _restore_panel(self) -> QWidget:
        box, layout = panel(
            self.tr("Terugzetten"),
            self.tr(
                "Is je kluis beschadigd of kwijt? Zet dan een back-up terug. Vertrouwen "
                "controleert de back-up eerst helemaal; een beschadigde of veranderde back-up "
                "wordt geweigerd en er verandert niets."
            ),
        )
        row = QHBoxLayout()
        self.restore_button = button(self.tr("Terugzetten\u2026"), "rotate-ccw")
        self.restore_button.clicked.connect(lambda: self.restore.start())
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # -- state -------------------------------------------------------------------------------
    def activate(self) -> None:
        self.worker.submit(load_state, self._show_state, self._failed)

    def _show_state(self, state: BackupState) -> None:
        self.state = state
        self.folder_label.set_path(str(state.folder) if state.folder else "")
        self.no_folder.setText(
            self.tr("Nog geen map gekozen: er worden nog geen back-ups gemaakt.")
        )
        self.folder_label.setVisible(state.folder is not None)
        self.no_folder.setVisible(state.folder is None)
        self.open_folder_button.setVisible(state.folder is not None)
        self.same_folder.setVisible(state.same_disk)
        for widget, value in ((self.keep, state.keep), (self.every, state.every_days)):
            widget.blockSignals(True)
            if widget is self.keep:
                self.keep.setValue(value)
            else:
                index = self.every.findData(value)
                if index < 0:
                    self.every.addItem(self.tr("elke {0} dagen").format(value), value)
                    index = self.every.count() - 1
                self.every.setCurrentIndex(index)
            widget.blockSignals(False)
        self.last_label.setText(
            self.tr("Laatste back-up: {0}").format(when_text(state.last))
            if state.last
            else self.tr("Er is nog geen back-up gemaakt.")
        )
        self._show_files(state)
        if self.care is not None and self.care.last_error and not self.busy.isVisible():
            self.outcome.show_error(
                self.tr("De laatste automatische back-up is mislukt. {0}").format(
                    self.care.last_error
                )
            )

    def _show_files(self, state: BackupState) -> None:
        clear_layout(self.rows)
        for entry in state.files[:SHOWN_BACKUPS]:
            when = QLabel(when_text(entry.made) if entry.made else entry.path.name)
            when.setToolTip(str(entry.path))
            size = label(size_text(entry.size), "muted")
            size.setMinimumWidth(80)
            size.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            restore = button(self.tr("Terugzetten\u2026"))
            restore.setProperty("kind", "link")
            restore.clicked.connect(lambda _c=False, p=entry.path: self.restore.start(p))
            self.rows.addWidget(list_row(when, size, restore))
        hidden = len(state.files) - SHOWN_BACKUPS
        if not state.files:
            if state.folder is None:
                self.no_backups.setText(self.tr("Kies eerst een map."))
            elif not state.reachable:
                self.no_backups.setText(
                    self.tr("De map is nu niet bereikbaar. Is de schijf of USB-stick aangesloten?")
                )
            else:
                self.no_backups.setText(self.tr("Nog geen back-ups in deze map."))
        elif hidden > 0:
            self.no_backups.setText(self.tr("en {0} oudere").format(hidden))
        self.no_backups.setVisible(not state.files or hidden > 0)

    def _save_schedule(self) -> None:
        keep, every = self.keep.value(), int(self.every.currentData())

        def save(ws: Workspace) -> None:
            ws.settings.set("backup_keep", keep)
            ws.settings.set("backup_every_days", every)

        self.worker.submit(save, None, self._failed)

    # -- actions -----------------------------------------------------------------------------
    def choose_folder(self) -> bool:
        """Ask for the backup folder and store it; False when cancelled."""
        start = self.state.folder or Path.home()
        folder = self.dialogs.choose_folder(self.tr("Map voor back-ups kiezen"), start)
        if folder is None or not self.worker.is_unlocked:
            return False
        chosen = str(Path(folder).absolute())

        def choose(ws: Workspace) -> BackupState:
            ws.settings.set("backup_folder", chosen)
            return load_state(ws)

        self.worker.submit(choose, self._show_state, self._failed)
        if self.care is not None:
            self.care.refresh_last()  # the status line stops saying there are no backups
        return True

    def backup_now(self) -> None:
        """A backup into the folder now (choosing one first if there is none)."""
        if self.state.folder is None and not self.choose_folder():
            return
        self.outcome.clear()
        self._busy(self.tr("Back-up maken en controleren\u2026"))

        def shown(made: Path) -> Callable[[Workspace], tuple[Path, int, BackupState]]:
            return lambda ws: (made, made.stat().st_size, load_state(ws))

        if self.care is None:
            self.worker.submit(
                lambda ws: shown(rolling_backup(ws))(ws), self._made, self._backup_failed
            )
            return

        def written(made: Path | None) -> None:
            if made is not None:
                self.worker.submit(shown(made), self._made, self._backup_failed)

        # written on a thread of its own: opening a case meanwhile does not wait for it
        self.care.write_in_background(plan_rolling, written, self._backup_failed)

    def _made(self, result: tuple[Path, int, BackupState]) -> None:
        made, size, state = result
        self._busy("")
        if self.care is not None:
            self.care.last_error = ""  # a good backup now makes the failed one moot
            self.care.refresh_last()
        self._show_state(state)
        self.outcome.show_ok(
            self.tr("Back-up gemaakt en gecontroleerd: {0} ({1}).").format(
                made.name, size_text(size)
            )
        )

    def _backup_failed(self, exc: Exception) -> None:
        self._busy("")
        self.outcome.show_error(self.tr("Er is geen back-up gemaakt. {0}").format(explain(exc)))

    def _busy(self, text: str) -> None:
        for widget in (self.now_button, self.restore_button, self.choose_button):
            widget.setEnabled(not text)
        if text:
            self.busy.start(text)
        else:
            self.busy.stop()

    def open_folder(self) -> None:
        if self.state.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.state.folder)))

    def _failed(self, exc: Exception) -> None:
        self._busy("")
        self.outcome.show_error(explain(exc))

    def clear(self) -> None:
        """Lock: forget the folder, the file list and any outcome."""
        self._save_timer.stop()
        self.state = BackupState()
        self.folder_label.set_path("")
        self.last_label.clear()
        self.outcome.clear()
        self._show_files(BackupState())
        self.no_backups.clear()
        self._busy("")
