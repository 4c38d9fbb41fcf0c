"""Instellingen > Bewaartermijn: the retention term and the review list of files due.

No law sets a term for a confidential advisor's file; practice is to destroy it once closed and
counted in the yearly report. The term (`retention_months`, in the vault) only decides which
closed files are listed here; nothing is destroyed unless the user asks, per file, by typing
its code (`ui.features.safekeeping.destroy.destroy_case`, audited by the core).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import name_of, short_date
from ui.core.worker import VaultWorker
from ui.features.safekeeping.destroy import destroy_case, destroyed_text
from ui.features.safekeeping.messages import explain
from ui.features.safekeeping.parts import Outcome, panel
from ui.kit.area import Page
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import clear_layout, label
from ui.qt import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSize,
    QSpinBox,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from vertrouwen import clock
from vertrouwen.domain import CaseResult
from vertrouwen.workspace import DestroyReport, DueCase, Workspace

DESTROY_STYLE = (
    f"QPushButton {{ color: {theme.DANGER}; background: transparent; border: 1px solid "
    "transparent; padding: 4px 10px; }"
    f"QPushButton:hover {{ background: {theme.DANGER_SOFT}; border-color: {theme.DANGER_BORDER}; }}"
)


def months_between(start: date, end: date) -> int:
    """Whole months from `start` to `end` (14 March to 13 May is 1)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (1 if end.day < start.day else 0)


def _load(ws: Workspace) -> tuple[int, list[DueCase]]:
    return ws.retention.months(), ws.retention.due(clock.today())


class RetentionPage(Page):
    """The Bewaartermijn page; `open_case(code)` (optional) shows a listed case in Dossiers."""

    def __init__(
        self,
        worker: VaultWorker,
        dialogs: Dialogs,
        open_case: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.open_case = open_case
        self.due: list[DueCase] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._term_panel())
        column.addWidget(self._list_panel())
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self._save_months)

    # -- building ----------------------------------------------------------------------------
    def _term_panel(self) -> QWidget:
        box, layout = panel(
            self.tr("Bewaartermijn"),
            self.tr(
                "Voor dossiers van een vertrouwenspersoon geldt geen wettelijke bewaartermijn. "
                "Gebruikelijk is een dossier te vernietigen als het gesloten is en in de "
                "jaarrapportage is geteld. De anonieme telling blijft altijd bewaard."
            ),
        )
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(QLabel(self.tr("Gesloten dossiers ter beoordeling tonen na")))
        self.months = QSpinBox()
        self.months.setRange(0, 120)
        self.months.setSuffix(self.tr(" maanden"))
        self.months.setFixedWidth(140)
        self.months.valueChanged.connect(lambda _v: self._save_timer.start())
        row.addWidget(self.months)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            label(
                self.tr("Er wordt nooit iets vanzelf vernietigd: je beslist per dossier."),
                "faint",
                wrap=True,
            )
        )
        return box

    def _list_panel(self) -> QWidget:
        box, layout = panel(self.tr("Te beoordelen"))
        self.count_label = label("", "muted", wrap=True)
        layout.addWidget(self.count_label)
        self.outcome = Outcome()  # above the list: a long list would push it out of view
        layout.addWidget(self.outcome)
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(0)
        self.grid.setColumnStretch(3, 1)
        layout.addWidget(self.table)
        return box

    def _headers(self) -> list[str]:
        return [
            self.tr("Dossier"),
            self.tr("Gesloten op"),
            self.tr("Hoe lang geleden"),
            self.tr("Resultaat"),
        ]

    # -- loading -----------------------------------------------------------------------------
    def activate(self) -> None:
        self.worker.submit(_load, self._show, self._failed)

    def _show(self, loaded: tuple[int, list[DueCase]]) -> None:
        months, due = loaded
        self.months.blockSignals(True)
        self.months.setValue(months)
        self.months.blockSignals(False)
        self._show_due(due)

    def _show_due(self, due: list[DueCase]) -> None:
        self.due = due
        clear_layout(self.grid)
        if due:
            for column, text in enumerate(self._headers()):
                self.grid.addWidget(label(text, "section"), 0, column)
            today = clock.today()
            for row, case in enumerate(due, start=1):
                self._add_row(row, case, today)
        months = self.months.value()
        if not due:
            self.count_label.setText(
                self.tr(
                    "Niets te beoordelen: geen gesloten dossier is langer dan {0} maanden dicht."
                ).format(months)
            )
        elif len(due) == 1:
            self.count_label.setText(
                self.tr("1 gesloten dossier is langer dan {0} maanden dicht.").format(months)
            )
        else:
            self.count_label.setText(
                self.tr("{0} gesloten dossiers zijn langer dan {1} maanden dicht.").format(
                    len(due), months
                )
            )
        self.table.setVisible(bool(due))

    def _add_row(self, row: int, case: DueCase, today: date) -> None:
        code = QPushButton(case.code)
        code.setProperty("kind", "link")
        code.setStyleSheet("text-align: left; font-weight: 600; padding: 4px 0;")
        code.setToolTip(self.tr("Openen in Dossiers"))
        code.setEnabled(self.open_case is not None)
        code.clicked.connect(lambda _c=False, c=case.code: self._open(c))
        months = months_between(case.closed, today)
        ago = self.tr("1 maand") if months == 1 else self.tr("{0} maanden").format(months)
        result = ""
        if case.result:
            try:
                result = name_of(CaseResult(case.result))
            except ValueError:
                result = case.result
        destroy = QPushButton(icon("trash", theme.DANGER), self.tr("Vernietigen\u2026"))
        destroy.setIconSize(QSize(15, 15))
        destroy.setStyleSheet(DESTROY_STYLE)
        destroy.clicked.connect(lambda _c=False, c=case.code: self.destroy_listed(c))
        cells = [code, label(short_date(case.closed)), label(ago), label(result, "muted"), destroy]
        for column, cell in enumerate(cells):
            cell.setMinimumHeight(40)
            self.grid.addWidget(cell, row, column)

    def _save_months(self) -> None:
        months = self.months.value()

        def save(ws: Workspace) -> tuple[int, list[DueCase]]:
            ws.settings.set("retention_months", months)
            return _load(ws)

        self.worker.submit(save, self._show, self._failed)

    # -- actions -----------------------------------------------------------------------------
    def _open(self, code: str) -> None:
        if self.open_case is not None:
            self.open_case(code)

    def destroy_listed(self, code: str) -> None:
        """Destroy one listed case (after the user types its code)."""
        self.outcome.clear()
        destroy_case(self.worker, self.dialogs, code, self._destroyed, reason="retention")

    def _destroyed(self, report: DestroyReport) -> None:
        self._show_due([case for case in self.due if case.code != report.code])
        # Dossiers hears of it from the worker's `changed` (the case list changed)
        self.outcome.show_ok(destroyed_text(report))
        self.activate()

    def _failed(self, exc: Exception) -> None:
        self.outcome.show_error(explain(exc))

    def clear(self) -> None:
        """Lock: the codes on the list are case data."""
        self._save_timer.stop()
        self._show_due([])
        self.count_label.clear()
        self.outcome.clear()
