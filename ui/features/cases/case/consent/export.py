"""Sharing a case as PDF from the consent tab: the formal complaint and the anonymous summary.

The steps are the `pdf` command's, through the same core functions
(`vertrouwen.export.pdf_save`): load the case from the vault, the consent gate (`disclose_for`:
the active consents, or the ones the advisor picked), `build_export` (the PDF in memory: the
complaint letter with the identity typed a moment ago, or the anonymous summary only when the
privacy guard finds nothing open), then, after the preview, `save_export`: the atomic
owner-only write in one transaction with its audit entry. Building and saving run on the
vault worker; the UI never waits.

The identity lives in memory only: typed in `ExportDialog` (wiped when it closes), passed to
the build job, printed in the PDF bytes, and dropped with them when the preview closes or the
file is saved. The password is never stored either; the preview opens the encrypted bytes with
it, so what is shown is exactly what is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ui.core.messages import describe
from ui.features.cases.case.base import CaseContext
from ui.features.cases.case.consent.dialogs import ExportDialog, ExportRequest
from ui.features.cases.case.consent.findings import GuardFindings
from ui.features.cases.case.consent.text import active, joined
from ui.features.cases.case.pdf_preview import PdfPreview
from ui.kit.dialogs import Dialogs
from ui.kit.widgets import BusyLine, Notice, frame, label
from ui.qt import QDialog, QPushButton, QVBoxLayout, QWidget, Signal
from vertrouwen import clock
from vertrouwen.domain import Case
from vertrouwen.errors import UsageError
from vertrouwen.export.anonymous_pdf import ExportFinding
from vertrouwen.export.consent import Disclosure
from vertrouwen.privacy import Detector
from vertrouwen.workspace import Workspace


@dataclass(repr=False)
class BuiltPdf:
    """A PDF made in memory and not yet saved (or the findings that stopped it)."""

    request: ExportRequest
    code: str
    disclosure: Disclosure | None = None
    data: bytes = b""
    deadlines_missing: bool = False
    findings: list[ExportFinding] = field(default_factory=list)


def build_job(
    case_id: int,
    request: ExportRequest,
    detector: Detector,
    load_detector: Callable[[], Detector],
) -> Callable[[Workspace], BuiltPdf]:
    """The worker job that builds one export with the `pdf` command's `build_export`."""
    day = clock.today()

    def job(ws: Workspace) -> BuiltPdf:
        from vertrouwen.export.pdf_save import build_export, disclose_for

        case = ws.cases.get_by_id(case_id)  # the vault's state, not a screen's copy
        disclosure = disclose_for(case, day, request.consent_ids)
        built = build_export(
            ws,
            case,
            disclosure,
            request.kind,
            identity=request.identity,
            password=request.password,
            # the guard must know names, as the command's does: wait for the tables if needed
            scanner=lambda: detector if detector.finds_names else load_detector(),
        )
        return BuiltPdf(
            request, case.code, disclosure, built.data, built.deadlines_missing, built.findings
        )

    return job


class ExportPanel(QWidget):
    """The "Delen als PDF" card: two buttons, the reason they are off, and the guard's findings."""

    note_requested = Signal(str)  # open this note in the notes tab
    part_requested = Signal(str, str, str)  # part, number, field: open it where it is edited
    exported = Signal()  # a PDF was saved (and audited): the history beside it reloads

    def __init__(
        self,
        ctx: CaseContext,
        load_detector: Callable[[], Detector],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.load_detector = load_detector
        self.case: Case | None = None
        self._generation = 0  # bumped by clear(): a flow started before a lock stops
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        card, card_layout = frame("Panel", (20, 16, 20, 18))
        card_layout.setSpacing(10)
        card_layout.addWidget(label(self.tr("Delen als PDF"), "section"))
        card_layout.addWidget(
            label(
                self.tr(
                    "Een PDF bevat alleen wat een actieve toestemming dekt. Je ziet hem eerst in "
                    "een voorbeeld; pas bij Opslaan wordt er iets geschreven."
                ),
                "muted",
                wrap=True,
            )
        )
        self.complaint_button = QPushButton(self.tr("Klacht als PDF\u2026"))
        self.complaint_button.setProperty("kind", "primary")
        card_layout.addWidget(self.complaint_button)
        card_layout.addWidget(
            label(
                self.tr(
                    "Formele klachtbrief met naam en adres van de cliënt, die niet bewaard worden."
                ),
                "faint",
                wrap=True,
            )
        )
        card_layout.addSpacing(4)
        self.anonymous_button = QPushButton(self.tr("Anonieme samenvatting\u2026"))
        card_layout.addWidget(self.anonymous_button)
        card_layout.addWidget(
            label(
                self.tr("Zonder identiteit en organisatienaam, na controle op persoonsgegevens."),
                "faint",
                wrap=True,
            )
        )
        self.no_consent = Notice(
            self.tr(
                "Leg eerst toestemming vast. Zonder actieve toestemming van de cliënt "
                "kan er niets gedeeld worden."
            )
        )
        card_layout.addWidget(self.no_consent)
        self.busy = BusyLine()
        card_layout.addWidget(self.busy)
        self.saved = label("", "ok", wrap=True)
        self.saved.hide()
        card_layout.addWidget(self.saved)
        column.addWidget(card)

        self.findings = GuardFindings()
        self.findings.note_requested.connect(self.note_requested)
        self.findings.part_requested.connect(self.part_requested)
        column.addWidget(self.findings)
        column.addStretch(1)

        self.complaint_button.clicked.connect(lambda: self.start("complaint"))
        self.anonymous_button.clicked.connect(lambda: self.start("anonymous"))
        self._update_buttons()

    # -- state -----------------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        if self.case is None or self.case.id != case.id:
            self.saved.hide()  # "opgeslagen" and findings belong to the case they were about
            self.findings.forget()
        self.case = case
        self.findings.case_changed(case)
        self._update_buttons()

    def _update_buttons(self, busy: bool = False) -> None:
        consents = active(self.case, clock.today())
        allowed = bool(consents) and not busy
        for button in (self.complaint_button, self.anonymous_button):
            button.setEnabled(allowed)
            button.setToolTip(
                "" if consents else self.tr("Leg eerst toestemming vast voor wat je wilt delen.")
            )
        self.no_consent.setVisible(self.case is not None and not consents)

    def clear(self) -> None:
        self._generation += 1
        self.case = None
        self.busy.stop()
        self.saved.clear()
        self.saved.hide()
        self.findings.forget()
        self._update_buttons()

    # -- the flow ----------------------------------------------------------------------------
    def start(self, kind: str) -> None:
        """Ask what this export needs, then build it on the worker."""
        case = self.case
        if case is None or case.id is None:
            return
        consents = active(case, clock.today())
        if not consents:
            return
        self.ctx.flush()  # the build reads the vault: typing of a moment ago goes first
        self.saved.hide()
        dialog = ExportDialog(kind, consents, self)
        try:
            if self.ctx.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
                return
            request = dialog.request()
        finally:
            dialog.wipe()
            dialog.deleteLater()
        generation = self._generation
        self._update_buttons(busy=True)
        waiting = kind == "anonymous" and not self.ctx.detector.finds_names
        self.busy.start(
            self.tr("De namenherkenning wordt geladen en daarna de PDF gemaakt\u2026")
            if waiting
            else self.tr("De PDF wordt gemaakt\u2026")
        )
        job = build_job(case.id, request, self.ctx.detector, self.load_detector)
        self.ctx.worker.submit(
            job,
            lambda built: self._built(generation, built),
            lambda exc: self._failed(generation, exc),
        )

    def _built(self, generation: int, built: BuiltPdf) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self._update_buttons()
        if built.findings:
            self.findings.show_findings(built.findings, self.case)
            return
        self.findings.forget()
        self.preview(built, generation)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self._update_buttons()
        self.ctx.dialogs.warn(self.tr("De PDF kon niet worden gemaakt"), describe(exc, "pdf"))

    def preview(self, built: BuiltPdf, generation: int) -> None:
        """Show the PDF; on "Opslaan…" ask where, then save it (back to the preview if not)."""
        complaint = built.request.kind == "complaint"
        title = (
            self.tr("Voorbeeld: klachtbrief")
            if complaint
            else self.tr("Voorbeeld: anonieme samenvatting")
        )
        warning = ""
        if built.deadlines_missing:
            warning = self.tr(
                "De termijnen konden niet worden berekend; de brief verwijst naar de "
                "klachtenregeling van de organisatie."
            )
        while generation == self._generation:
            view = PdfPreview(built.data, built.request.password, title, "", warning, self)
            view.facts.setText(self._facts(built, view.page_count))
            try:
                if not view.readable:
                    self.ctx.dialogs.warn(title, self.tr("Het voorbeeld kon niet worden geopend."))
                    return
                if self.ctx.dialogs.exec(view) != QDialog.DialogCode.Accepted:
                    return
            finally:
                view.release()
                view.deleteLater()
            if generation != self._generation:
                return  # locked while the preview was open
            name = (
                f"klacht-{built.code}.pdf"
                if complaint
                else f"anonieme-samenvatting-{built.code}.pdf"
            )
            path = self.ctx.dialogs.save_file(
                self.tr("PDF opslaan"),
                Dialogs.documents_folder() / name,
                self.tr("PDF-bestanden (*.pdf)"),
            )
            if generation != self._generation:
                return
            if path is not None:
                if not path.suffix:
                    path = path.with_name(path.name + ".pdf")
                self._save(built, path, generation)
                return

    def _facts(self, built: BuiltPdf, pages: int) -> str:
        parts = [self.tr("1 pagina") if pages == 1 else self.tr("{0} pagina's").format(pages)]
        if built.disclosure is not None and built.disclosure.recipients:
            parts.append(self.tr("aan {0}").format(joined(built.disclosure.recipients)))
        if built.request.password:
            parts.append(self.tr("met wachtwoord (AES-256)"))
        return " \u00b7 ".join(parts)

    def _save(self, built: BuiltPdf, path: Path, generation: int) -> None:
        disclosure = built.disclosure
        assert disclosure is not None
        data, kind, password = built.data, built.request.kind, bool(built.request.password)

        def job(ws: Workspace) -> None:
            from vertrouwen.export.pdf_save import check_target, save_export

            check_target(path, ws.path)
            save_export(ws, path, data, kind=kind, disclosure=disclosure, password=password)

        self.busy.start(self.tr("Opslaan\u2026"))
        self._update_buttons(busy=True)
        self.ctx.worker.submit(
            job,
            lambda _r: self._stored(generation, built, path),
            lambda exc: self._store_failed(generation, built, exc),
        )

    def _stored(self, generation: int, built: BuiltPdf, path: Path) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self._update_buttons()
        what = (
            self.tr("Klachtbrief") if built.request.kind == "complaint" else self.tr("Samenvatting")
        )
        self.saved.setText(self.tr("{0} opgeslagen als {1}.").format(what, path.name))
        self.saved.show()
        built.data = b""  # the identity goes with the bytes
        self.exported.emit()

    def _store_failed(self, generation: int, built: BuiltPdf, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self._update_buttons()
        if isinstance(exc, UsageError):
            reason = self.tr("Kies een andere bestandsnaam: dit is de kluis zelf of een map.")
        else:
            reason = describe(exc, "save")  # the system's own (English) words never show
        self.ctx.dialogs.warn(self.tr("De PDF is niet opgeslagen"), reason)
        self.preview(built, generation)  # nothing was written; try another place

    def forget_findings(self) -> None:
        """The findings shown may be settled (a text was marked): hide them until asked again."""
        self.findings.forget()
