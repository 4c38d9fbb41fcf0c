"""The last step of first start: where the backups go.

Backups are off until a folder is chosen, so first start asks for one: another disk or a USB
stick (a folder on the laptop's own disk is lost with the laptop). Skipping is allowed after a
clear warning; the status line then keeps saying there are no backups, and Instellingen →
Back-ups can choose a folder later. A chosen folder gets its first backup right away.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from ui.core import theme
from ui.core.worker import VaultWorker
from ui.features.safekeeping.backups import same_disk
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import BusyLine, Notice
from ui.qt import QHBoxLayout, QLabel, QObject, QPushButton, QVBoxLayout, Signal
from vertrouwen.backup import run_due_backup
from vertrouwen.workspace import Workspace


def removable_start() -> Path:
    """Where a folder dialog for backups opens: the mounted USB sticks (Linux), the volumes
    (macOS), else the home folder."""
    user = getpass.getuser()
    for folder in (Path("/run/media") / user, Path("/media") / user, Path("/Volumes")):
        if folder.is_dir():
            return folder
    return Path.home()


class BackupStep(QObject):
    """The backup folder question inside a first-start card (`layout`); `done` when a folder
    is stored (and its first backup made) or the user chose to go on without backups."""

    done = Signal()

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        vault_path: Path,
        layout: QVBoxLayout,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.dialogs, self.vault_path = worker, dialogs, vault_path
        self.folder: Path | None = None
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Map kiezen\u2026"))
        self.choose_button.clicked.connect(self.choose)
        self.folder_label = QLabel(self.tr("Nog geen map gekozen."))
        self.folder_label.setWordWrap(True)
        self.folder_label.setProperty("role", "muted")
        row.addWidget(self.choose_button)
        row.addWidget(self.folder_label, 1)
        layout.addLayout(row)
        self.same_disk = Notice(
            self.tr(
                "Deze map staat op dezelfde schijf als je kluis. Gaat de laptop kapot of "
                "verloren, dan ben je de back-ups ook kwijt. Kies liever een USB-stick of "
                "een andere schijf."
            )
        )
        self.same_disk.hide()
        layout.addWidget(self.same_disk)
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        self.error = Notice(kind="ErrorBox")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("&Overslaan"))
        self.skip_button.setProperty("kind", "ghost")
        self.skip_button.clicked.connect(self.skip)
        self.start_button = QPushButton(self.tr("Vertrouwen &starten"))
        self.start_button.setProperty("kind", "primary")
        self.start_button.setMinimumHeight(42)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)

    def choose(self) -> None:
        chosen = self.dialogs.choose_folder(
            self.tr("Map voor back-ups kiezen"), self.folder or removable_start()
        )
        if chosen is None:
            return
        self.folder = Path(chosen).absolute()
        self.folder_label.setText(str(self.folder))
        self.folder_label.setStyleSheet(f"color: {theme.INK};")
        self.same_disk.setVisible(same_disk(self.folder, self.vault_path))
        self.start_button.setEnabled(True)
        self.error.hide()

    def start(self) -> None:
        """Store the folder and make the first backup in it, then go on."""
        if self.folder is None:
            return
        chosen = str(self.folder)

        def job(ws: Workspace) -> None:
            ws.settings.set("backup_folder", chosen)
            run_due_backup(ws)

        self.start_button.setEnabled(False)
        self.busy.start(self.tr("Eerste back-up maken\u2026"))
        self.worker.submit(job, lambda _r: self._stored(), self._failed)

    def _stored(self) -> None:
        self.busy.stop()
        self.done.emit()

    def _failed(self, exc: Exception) -> None:
        from ui.features.safekeeping.messages import explain

        self.busy.stop()
        self.start_button.setEnabled(True)
        self.error.set_text(
            self.tr(
                "De back-up in deze map lukte niet: {0} Kies een andere map of sla over."
            ).format(explain(exc))
        )

    def skip(self) -> None:
        if self.dialogs.confirm(
            self.tr("Zonder back-ups verder?"),
            self.tr(
                "Zonder back-up ben je al je dossiers kwijt als deze computer kapotgaat, "
                "gestolen wordt of de schijf beschadigt. Je kunt later een map kiezen bij "
                "Instellingen \u2192 Back-ups; tot dan zegt de statusregel dat er geen "
                "back-ups zijn."
            ),
            ok=self.tr("Toch zonder back-ups"),
            destructive=True,
        ):
            self.done.emit()
