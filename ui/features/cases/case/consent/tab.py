"""The case's consent tab: the client's consent records, and sharing the case as PDF.

Consent records are kept by the core's consent repository (`ws.consents`), which audits every
change; this tab never saves them through `ctx.apply`. They are therefore not on the case's
undo stack, on purpose: a record is what the client said and stays as given, and withdrawal
is final (the core refuses a second one and nothing revives it). A mistaken record is
withdrawn and a correct one recorded. After a change the tab puts the vault's fresh list into
the context's case and announces it, so every tab sees it while the undo history of the other
edits stays (the core's `cases.update` leaves consents alone, so an undo cannot undo a consent).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import short_date
from ui.core.messages import describe
from ui.features.cases.case.base import CaseContext, CaseTab, Reveal
from ui.features.cases.case.consent.dialogs import ConsentDialog
from ui.features.cases.case.consent.export import ExportPanel
from ui.features.cases.case.consent.history import SharedHistory
from ui.features.cases.case.consent.text import method_name, scope_summary, state
from ui.kit.widgets import clear_layout, frame, label
from ui.qt import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vertrouwen import clock
from vertrouwen.domain import Case, Consent, Note
from vertrouwen.export.history import SharedRecord, export_history
from vertrouwen.privacy import Detector, load_detector
from vertrouwen.workspace import Workspace

_CHIP = f"border-radius: 11px; padding: 2px 10px; font-size: {theme.pt(12)}pt; font-weight: 600;"
_CHIPS = {
    "ok": f"background: {theme.SUCCESS_SOFT}; color: {theme.SUCCESS}; {_CHIP}",
    "closed": f"background: {theme.SIDEBAR}; color: {theme.MUTED}; {_CHIP}",
    "warning": f"background: {theme.WARNING_SOFT}; color: {theme.WARNING}; {_CHIP}",
}


class ConsentList(QWidget):
    """One row per consent, newest first; active ones carry an "Intrekken" button."""

    withdraw_requested = Signal(object)  # the Consent shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.withdraw_buttons: dict[int, QPushButton] = {}
        self.rows: list[QFrame] = []

    def show_consents(self, consents: list[Consent], notes: list[Note], today: date) -> None:
        self.clear()
        if not consents:
            empty = label(
                self.tr(
                    "Nog geen toestemming vastgelegd. Zonder toestemming gaat er niets naar "
                    "buiten: leg vast wat de cliënt met wie wil delen, en waarvoor."
                ),
                "muted",
                True,
            )
            empty.setContentsMargins(0, 6, 0, 6)
            self._layout.addWidget(empty)
            return
        # Active and future records first, then the withdrawn ones; newest first within each.
        ordered = sorted(
            consents,
            key=lambda k: (k.withdrawn is not None and k.withdrawn <= today, -(k.id or 0)),
        )
        for n, consent in enumerate(ordered):
            self._layout.addWidget(self._row(consent, notes, today, n == len(ordered) - 1))

    def clear(self) -> None:
        self.withdraw_buttons = {}
        self.rows = []
        clear_layout(self._layout)

    def _row(self, consent: Consent, notes: list[Note], today: date, last: bool) -> QFrame:
        box = QFrame()
        box.setObjectName("ConsentRow")
        if not last:
            box.setStyleSheet(f"#ConsentRow {{ border-bottom: 1px solid {theme.BORDER}; }}")
        row = QHBoxLayout(box)
        row.setContentsMargins(2, 12, 2, 12)
        row.setSpacing(16)
        chip_text, chip_kind = state(consent, today)
        ended = chip_kind == "closed"
        text = QVBoxLayout()
        text.setSpacing(3)
        who = label(consent.recipient, wrap=True)
        who.setStyleSheet(
            f"font-weight: 600; color: {theme.MUTED if ended else theme.INK};"
            f" font-size: {theme.pt(15)}pt;"
        )
        text.addWidget(who)
        text.addWidget(label(consent.purpose, "muted" if ended else None, wrap=True))
        meta = label(
            self.tr("Gegeven {0} \u00b7 {1} \u00b7 {2}").format(
                short_date(consent.given),
                method_name(consent.method),
                scope_summary(consent.scope, notes),
            ),
            "faint",
            wrap=True,
        )
        text.addWidget(meta)
        row.addLayout(text, 1)
        side = QVBoxLayout()
        side.setSpacing(8)
        chip = QLabel(chip_text)
        chip.setStyleSheet(_CHIPS[chip_kind])
        side.addWidget(chip, 0, Qt.AlignmentFlag.AlignRight)
        if consent.withdrawn is None and consent.id is not None:  # once withdrawn, final
            button = QPushButton(self.tr("Intrekken\u2026"))
            button.setToolTip(self.tr("De cliënt trekt deze toestemming in (definitief)"))
            button.setAccessibleName(
                self.tr("Toestemming voor {0} intrekken").format(consent.recipient)
            )
            button.setStyleSheet("padding: 4px 12px;")
            button.clicked.connect(lambda _c=False, k=consent: self.withdraw_requested.emit(k))
            side.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            self.withdraw_buttons[consent.id] = button
        side.addStretch(1)
        row.addLayout(side)
        self.rows.append(box)
        return box

    def row_texts(self) -> list[str]:
        """Every label's text per row (for tests and screen readers)."""
        return [
            " | ".join(w.text() for w in row.findChildren(QLabel) if w.text()) for row in self.rows
        ]


class ConsentTab(CaseTab):
    """Consent records on the left; the PDF exports beside them."""

    def __init__(
        self,
        ctx: CaseContext,
        parent: QWidget | None = None,
        detector_loader: Callable[[], Detector] = load_detector,
    ) -> None:
        super().__init__(ctx, parent)
        self.case: Case | None = None
        self._generation = 0
        self._history_of = ""  # the case whose history is shown
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.setSpacing(16)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(16)
        panel, panel_layout = frame("Panel", (20, 16, 20, 12))
        panel_layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Toestemmingen"), "section"), 1)
        self.record_button = QPushButton(
            icon("plus", theme.PRIMARY), self.tr("Toestemming vastleggen\u2026")
        )
        self.record_button.setIconSize(QSize(16, 16))
        self.record_button.clicked.connect(self.record)
        head.addWidget(self.record_button)
        panel_layout.addLayout(head)
        panel_layout.addWidget(
            label(
                self.tr(
                    "Wat mag naar wie, en waarvoor. Intrekken is definitief; een andere "
                    "afspraak met de cliënt leg je vast als nieuwe toestemming."
                ),
                "faint",
                wrap=True,
            )
        )
        self.consents = ConsentList()
        panel_layout.addWidget(self.consents)
        column.addWidget(panel)
        self.history = SharedHistory()  # what went to whom (from the audit log)
        column.addWidget(self.history)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        outer.addWidget(scroll, 3)

        self.export = ExportPanel(ctx, detector_loader)
        self.export.setMinimumWidth(300)
        self.export.setMaximumWidth(400)
        outer.addWidget(self.export, 2)

        self.consents.withdraw_requested.connect(self.withdraw)
        self.export.note_requested.connect(self.open_note)
        self.export.part_requested.connect(self.open_part)
        self.export.exported.connect(self._load_history)
        ctx.extras_changed.connect(self._extras_changed)

    def title(self) -> str:
        return self.tr("Toestemming en delen")

    def show_case(self, case: Case) -> None:
        self.case = case
        self.consents.show_consents(case.consents, case.notes, clock.today())
        self.record_button.setEnabled(True)
        self.export.show_case(case)
        if case.code != self._history_of:
            self._load_history()

    def _load_history(self) -> None:
        case = self.case
        if case is None or not case.code:
            return
        code, generation = case.code, self._generation
        self._history_of = code

        def shown(records: list[SharedRecord]) -> None:
            if generation == self._generation and self.case is not None:
                self.history.show_records(records)

        self.ctx.worker.submit(lambda ws: export_history(ws, code), shown)

    def clear(self) -> None:
        self._generation += 1
        self.case = None
        self.consents.clear()
        self.record_button.setEnabled(False)
        self.export.clear()
        self.history.clear()
        self._history_of = ""

    # -- recording and withdrawing ------------------------------------------------------------
    def record(self) -> None:
        """Ask for a new consent and store it through the audited consent repository."""
        case = self.ctx.case
        if case is None:
            return
        self.ctx.flush()  # a note typed a moment ago must exist before a consent can name it
        dialog = ConsentDialog(
            case.notes,
            clock.today(),
            self,
            documents=case.documents,
            detector=self.ctx.detector,
            ignored=self.ctx.ignored,
            role_labels=self.ctx.role_labels,
        )
        try:
            if self.ctx.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
                return
            consent = dialog.consent()
        finally:
            dialog.deleteLater()
        code = case.code

        def job(ws: Workspace) -> list[Consent]:
            ws.consents.add(code, consent)
            return ws.consents.for_case(code)

        self._submit(job, self.tr("De toestemming is niet vastgelegd"))

    def withdraw(self, consent: Consent) -> None:
        """Withdraw a consent from today on, after a plain warning that this is final."""
        case = self.ctx.case
        if case is None or consent.id is None:
            return
        # A consent recorded ahead of its start (imported) ends the day it would have begun.
        day = max(clock.today(), consent.given)
        if not self.ctx.dialogs.confirm(
            self.tr("Toestemming intrekken?"),
            self.tr(
                "De toestemming voor {0} ({1}) vervalt op {2}. Dit is definitief: een "
                "ingetrokken toestemming kan niet terug. Geeft de cliënt later opnieuw "
                "toestemming, dan leg je die als nieuwe vast."
            ).format(consent.recipient, consent.purpose, short_date(day)),
            ok=self.tr("Intrekken"),
            destructive=True,
        ):
            return
        code, consent_id = case.code, consent.id

        def job(ws: Workspace) -> list[Consent]:
            ws.consents.withdraw(consent_id, day)
            return ws.consents.for_case(code)

        self._submit(job, self.tr("De toestemming is niet ingetrokken"))

    def _submit(self, job: Callable[[Workspace], list[Consent]], failure: str) -> None:
        case = self.ctx.case
        assert case is not None
        case_id, generation = case.id, self._generation
        self.record_button.setEnabled(False)

        def done(consents: list[Consent]) -> None:
            if generation == self._generation:
                self._consents_changed(case_id, consents)

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            self.record_button.setEnabled(True)
            self.ctx.dialogs.warn(failure, describe(exc, "consent"))

        self.ctx.worker.submit(job, done, failed)

    def _consents_changed(self, case_id: int | None, consents: list[Consent]) -> None:
        self.record_button.setEnabled(self.ctx.case is not None)
        self.ctx.consents_saved(case_id, consents)

    # -- going to what the guard found ---------------------------------------------------------
    def open_note(self, note_id: str) -> None:
        """Show a note in the notes tab (the guard found something in it)."""
        self.ctx.reveal_requested.emit(Reveal("note", note_id))

    def open_part(self, part: str, ref: str = "", field: str = "") -> None:
        """Show the tab that edits complaint points or actions and open the part where the guard
        found something: a complaint point at that field, an action in its dialog; both with
        their replace buttons."""
        if part in ("complaint_point", "action"):
            self.ctx.reveal_requested.emit(Reveal(part, ref, field))

    def _extras_changed(self) -> None:
        # A text marked "not personal data" may settle a finding the export panel shows.
        self.export.forget_findings()
