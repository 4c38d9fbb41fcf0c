"""The Rapportage screen's exports: the yearly report as PDF and the counts as CSV.

Where to save is asked through the dialog seam; the file is written on the worker thread by
the core functions the `stats` command uses (atomic, owner-only, audited without the path).
The last folder is remembered for this session only: a path can name a client.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ui.core.messages import describe
from ui.core.worker import VaultWorker
from ui.features.reports.data import calendar_year
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import label
from ui.qt import QDesktopServices, QHBoxLayout, QPushButton, QUrl, QWidget
from vertrouwen.reports import Period, Stats, stats_for
from vertrouwen.reports.service import export_csv, export_year_report
from vertrouwen.workspace import Workspace

Query = Callable[[], tuple[Period, str | None, str | None]]  # period, regime, kind


class ExportBar(QWidget):
    """ "Opgeslagen als … Openen" · [Exporteer CSV…] [Jaarrapportage als PDF…]."""

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        query: Query,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.dialogs, self.query = worker, dialogs, query
        self.saved_path: Path | None = None
        self.busy = False
        self._folder: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.saved_label = label("", "ok")
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.setProperty("kind", "link")
        self.open_button.clicked.connect(self._open_saved)
        self.csv_button = QPushButton(self.tr("Exporteer CSV…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("Jaarrapportage als PDF…"))
        self.pdf_button.setProperty("kind", "primary")
        self.pdf_button.clicked.connect(self.export_pdf)
        for widget in (self.saved_label, self.open_button):
            widget.hide()
            row.addWidget(widget)
        row.addSpacing(8)
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)

    def update_state(self) -> None:
        """The PDF is the yearly report: only for a calendar year; nothing while writing."""
        year = calendar_year(self.query()[0])
        self.csv_button.setEnabled(not self.busy)
        self.pdf_button.setEnabled(year is not None and not self.busy)
        self.pdf_button.setToolTip(
            self.tr("De jaarrapportage {0} als PDF, met de gekozen filters.").format(year)
            if year is not None
            else self.tr("De jaarrapportage gaat over een kalenderjaar: kies een jaar bij Periode.")
        )

    def _suggested(self, name: str) -> Path:
        if self._folder is None:
            self._folder = Dialogs.documents_folder()
        return self._folder / name

    def _ask(self, title: str, name: str, filter_text: str, suffix: str) -> Path | None:
        target = self.dialogs.save_file(title, self._suggested(name), filter_text)
        if target is None:
            return None
        return target if target.suffix.lower() == suffix else target.with_suffix(suffix)

    def export_pdf(self) -> None:
        """The yearly report of the chosen year, with the chosen filters, as a PDF."""
        period, regime, kind = self.query()
        year = calendar_year(period)
        if year is None or self.busy:
            return
        target = self._ask(
            self.tr("Jaarrapportage opslaan"),
            self.tr("Jaarrapportage {0}.pdf").format(year),
            self.tr("PDF-bestanden (*.pdf)"),
            ".pdf",
        )
        if target is not None:
            self._run(
                lambda ws: stats_for(ws, Period.year(year), regime, kind),
                lambda ws, stats: export_year_report(ws, stats, year, target),
                target,
            )

    def export_csv(self) -> None:
        """The counts of the chosen period, with the chosen filters, as CSV."""
        period, regime, kind = self.query()
        if self.busy:
            return
        year = calendar_year(period)
        name = str(year) if year else f"{period.start.isoformat()} {period.end.isoformat()}"
        target = self._ask(
            self.tr("Tellingen opslaan als CSV"),
            self.tr("Rapportage {0}.csv").format(name),
            self.tr("CSV-bestanden (*.csv)"),
            ".csv",
        )
        if target is not None:
            self._run(
                lambda ws: stats_for(ws, period, regime, kind),
                lambda ws, stats: export_csv(ws, stats, target),
                target,
            )

    def _run(
        self,
        count: Callable[[Workspace], Stats],
        write: Callable[[Workspace, Stats], None],
        target: Path,
    ) -> None:
        """Count on the reader thread (seconds at a career's worth of cases, and the worker
        stays free), then write the file and its audit entry on the worker."""
        self._folder = target.parent
        self.busy = True
        self.saved_label.hide()
        self.open_button.hide()
        self.update_state()

        def counted(stats: Stats) -> None:
            self.worker.submit(
                lambda ws: write(ws, stats), lambda _none: self._done(target), self._failed
            )

        self.worker.submit_aside(count, counted, self._failed)

    def _done(self, target: Path) -> None:
        self.busy = False
        self.update_state()
        self.saved_path = target
        self.saved_label.setText(self.tr("Opgeslagen als {0}").format(target.name))
        self.saved_label.setToolTip(str(target))
        self.saved_label.show()
        self.open_button.show()

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.update_state()
        self.dialogs.warn(self.tr("Niet opgeslagen"), describe(exc, "export"))

    def _open_saved(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def clear(self) -> None:
        self.busy = False
        self.saved_path = None
        self.saved_label.setText("")
        self.saved_label.setToolTip("")
        self.saved_label.hide()
        self.open_button.hide()
