"""The Documenten tab: the list, the chosen document's description and its preview."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ui.core import theme
from ui.core.assets import icon
from ui.core.enum_labels import name_of, names, short_date
from ui.features.cases.case.base import CaseContext, CaseTab, Reveal
from ui.features.cases.case.documents.intake import DocumentIntake, refusal_text
from ui.features.cases.case.documents.preview import DocumentPreview
from ui.kit.forms import date_edit, from_qdate, to_qdate
from ui.kit.privacy.highlight import kind_label
from ui.kit.widgets import label
from ui.qt import (
    QByteArray,
    QCheckBox,
    QComboBox,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMimeData,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QUndoCommand,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from vertrouwen import clock
from vertrouwen.documents.detect import IMAGES, PDF
from vertrouwen.domain import Case, Document, DocumentKind
from vertrouwen.errors import UsageError
from vertrouwen.privacy import Finding
from vertrouwen.workspace import Workspace

DOC_ROLE = Qt.ItemDataRole.UserRole
Description = tuple[str, DocumentKind, date | None, str]  # title, kind, date, sender


def _size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"


def _type_name(media_type: str) -> str:
    return {
        PDF: "PDF", "image/jpeg": "JPEG", "image/png": "PNG", "message/rfc822": "E-mail",
        "text/plain": "TXT", "application/vnd.oasis.opendocument.text": "ODT",
    }.get(media_type, "DOCX")  # fmt: skip


class DocumentsTab(CaseTab):
    """The case's documents: a list, the chosen one's details, and its preview."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.documents: list[Document] = []
        self._generation = 0  # answers for an earlier case or document are dropped
        self._filling = False
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.setAcceptDrops(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.hint = label(
            self.tr(
                "Sleep een brief, besluit of foto hierheen, kies een bestand of plak het "
                "(Ctrl+V). Het wordt versleuteld in de kluis bewaard."
            ),
            "muted",
            wrap=True,
        )
        top.addWidget(self.hint, 1)
        self.paste_button = QPushButton(self.tr("Plakken"))
        self.paste_button.setProperty("kind", "ghost")
        self.add_button = QPushButton(icon("plus", theme.SURFACE), self.tr("Document toevoegen…"))
        self.add_button.setProperty("kind", "primary")
        top.addWidget(self.paste_button)
        top.addWidget(self.add_button)
        column.addLayout(top)
        self.status = label("", "faint", wrap=True)
        self.status.hide()
        column.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Documenten van dit dossier"))
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.setMinimumWidth(180)
        split.addWidget(self.list)
        split.addWidget(self._build_details())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 700])
        column.addWidget(split, 1)

        self.add_button.clicked.connect(self.choose_files)  # the intake is made below
        self.intake = DocumentIntake(ctx, self)
        self.intake.busy.connect(self._busy)
        self.intake.finished.connect(self.status.hide)
        self.intake.added.connect(self._refreshed)
        self.paste_button.clicked.connect(self.intake.paste)
        QShortcut(QKeySequence.StandardKey.Paste, self.list, self.intake.paste)
        self.list.currentItemChanged.connect(lambda *_a: self._chosen())
        self._show_details(None)

    def _build_details(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("Panel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(16, 12, 12, 12)
        column.setSpacing(8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Titel van het document"))
        self.kind_combo = QComboBox()
        for slug, name in names(DocumentKind):
            self.kind_combo.addItem(name, slug)
        self.has_date = QCheckBox(self.tr("Datum"))
        self.date_edit = date_edit(clock.today())
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("bijvoorbeeld: de gemeente, gezinsvoogd"))
        # Narrow enough for the case screen beside the list on a 1366x768 laptop.
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo.setMinimumContentsLength(10)
        self.source_edit.setMinimumWidth(90)
        self.date_edit.setAccessibleName(self.tr("Datum van het document"))
        # Three short rows: the preview keeps most of a 768-pixel-high screen, and the case
        # screen fits beside the list on a 1366-pixel-wide one.
        grid.addWidget(label(self.tr("Titel"), "label"), 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        grid.addWidget(label(self.tr("Soort"), "label"), 1, 0)
        grid.addWidget(self.kind_combo, 1, 1)
        grid.addWidget(self.has_date, 1, 2)
        grid.addWidget(self.date_edit, 1, 3)
        grid.addWidget(label(self.tr("Van wie"), "label"), 2, 0)  # own row: a narrow screen
        grid.addWidget(self.source_edit, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        column.addLayout(grid)
        row = QHBoxLayout()
        self.facts = label("", "faint", wrap=True)
        row.addWidget(self.facts, 1)
        self.open_button = QPushButton(self.tr("Openen in ander programma…"))
        self.open_button.setProperty("kind", "ghost")
        self.delete_button = QPushButton(icon("trash", theme.DANGER), self.tr("Verwijderen"))
        self.delete_button.setProperty("kind", "ghost")
        row.addWidget(self.open_button)
        row.addWidget(self.delete_button)
        column.addLayout(row)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setProperty("role", "muted")
        self.findings.hide()
        column.addWidget(self.findings)
        self.preview = DocumentPreview()
        column.addWidget(self.preview, 1)

        self.title_edit.editingFinished.connect(self._save_details)
        self.source_edit.editingFinished.connect(self._save_details)
        self.kind_combo.activated.connect(lambda _i: self._save_details())
        self.has_date.toggled.connect(self._date_toggled)
        self.date_edit.dateChanged.connect(lambda _d: self._save_details())
        self.open_button.clicked.connect(self.open_externally)
        self.delete_button.clicked.connect(self.delete_current)
        return panel

    # -- CaseTab ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Documenten")

    def show_case(self, case: Case) -> None:
        keep = self.current_id()
        self.documents = list(case.documents)
        self._fill_list(keep)

    def clear(self) -> None:
        self._generation += 1
        self.documents = []
        self.list.clear()
        self.preview.clear()
        self._show_details(None)
        self.status.hide()

    reveals = frozenset({"document"})

    def reveal(self, target: Reveal) -> None:
        self.reveal_document(target.ref, target.detail)

    def reveal_document(self, doc_id: str, search: str = "") -> None:
        """Show document `doc_id` (a search hit)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(DOC_ROLE) == doc_id:
                self.list.setCurrentRow(row)
                return

    # -- the list --------------------------------------------------------------------------
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(DOC_ROLE))

    def current(self) -> Document | None:
        doc_id = self.current_id()
        return next((d for d in self.documents if d.id == doc_id), None)

    def _fill_list(self, select: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for doc in self.documents:
            when = short_date(doc.date) if doc.date else self.tr("zonder datum")
            item = QListWidgetItem(f"{doc.title}\n{name_of(doc.kind)}  \u00b7  {when}")
            item.setData(DOC_ROLE, doc.id)
            item.setToolTip(doc.filename)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not self.documents:
            self._show_details(None)
            self.preview.show_message(self.tr("Nog geen documenten in dit dossier."))
            return
        ids = [d.id for d in self.documents]
        row = ids.index(select) if select in ids else 0
        self.list.setCurrentRow(row)
        if select in ids and self.list.currentRow() == row:
            self._show_details(self.current())  # same document: details only, no reload
        self._chosen(reload=select not in ids)

    def _chosen(self, reload: bool = True) -> None:
        doc = self.current()
        self._show_details(doc)
        if doc is None or not reload:
            return
        self._generation += 1
        generation = self._generation
        code, detector = self._code(), self.ctx.detector

        def job(ws: Workspace) -> tuple[Document, QByteArray | str, list[Finding]]:
            text = ws.documents.text(code, doc.id)
            found = detector.scan(text[:200_000]) if text.strip() else []
            if doc.media_type == PDF or doc.media_type in IMAGES:
                # chunk by chunk into the buffer the viewer reads: the bytes exist once
                data = QByteArray()
                for chunk in ws.documents.chunks(code, doc.id):
                    data.append(chunk)
                return doc, data, found
            return doc, text, found

        self.preview.show_message(self.tr("Document wordt geladen…"))
        self.ctx.worker.submit(job, lambda got: self._preview(generation, *got), self._failed)

    def _preview(
        self, generation: int, doc: Document, body: QByteArray | str, found: list[Finding]
    ) -> None:
        if generation != self._generation:
            return
        if isinstance(body, str):
            self.preview.show_text(body or self.tr("(geen tekst gevonden in dit document)"))
        elif doc.media_type == PDF:
            if not self.preview.show_pdf(body):
                self.preview.show_message(self.tr("Deze PDF kan hier niet getoond worden."))
        elif not self.preview.show_image(body, doc.orientation):
            self.preview.show_message(self.tr("Deze afbeelding kan hier niet getoond worden."))
        self._show_findings(found)

    def _show_findings(self, found: list[Finding]) -> None:
        if not found:
            self.findings.hide()
            return
        kinds = sorted({kind_label(f.kind) for f in found})
        self.findings.setText(
            self.tr(
                "Privacywacht: {0} persoonsgegeven(s) in dit document ({1}). Dat is gewoon bij "
                "stukken van organisaties; het document blijft bewaard. Deel het alleen met "
                "toestemming."
            ).format(len(found), ", ".join(kinds))
        )
        self.findings.show()

    def _show_details(self, doc: Document | None) -> None:
        self._filling = True
        enabled = doc is not None
        for widget in (self.title_edit, self.kind_combo, self.has_date, self.source_edit,
                       self.open_button, self.delete_button):  # fmt: skip
            widget.setEnabled(enabled)
        self.title_edit.setText(doc.title if doc else "")
        self.source_edit.setText(doc.source if doc else "")
        self.kind_combo.setCurrentIndex(
            max(0, self.kind_combo.findData(doc.kind.value if doc else "other"))
        )
        self.has_date.setChecked(bool(doc and doc.date))
        self.date_edit.setEnabled(bool(doc and doc.date))
        self.date_edit.setDate(to_qdate(doc.date if doc and doc.date else clock.today()))
        self.facts.setText(
            f"{_type_name(doc.media_type)}  \u00b7  {_size_text(doc.size)}  \u00b7  {doc.filename}"
            if doc
            else ""
        )
        if doc is None:
            self.findings.hide()
        self._filling = False

    # -- editing ---------------------------------------------------------------------------
    def _date_toggled(self, on: bool) -> None:
        self.date_edit.setEnabled(on)
        self._save_details()

    def _save_details(self) -> None:
        doc = self.current()
        if self._filling or doc is None:
            return
        title = self.title_edit.text().strip() or doc.title
        kind = DocumentKind(str(self.kind_combo.currentData()))
        day: date | None = from_qdate(self.date_edit.date()) if self.has_date.isChecked() else None
        source = self.source_edit.text().strip()
        after: Description = (title, kind, day, source)
        before: Description = (doc.title, doc.kind, doc.date, doc.source)
        if after != before:  # saved at once, undoable with the case's other edits
            text = self.tr("Document {0} aanpassen").format(doc.title)
            self.ctx.undo_stack.push(_DescriptionEdit(self, doc.id, before, after, text))

    def store_description(self, doc_id: str, values: Description) -> None:
        """Save a document's title, kind, date and sender (an edit, its undo or its redo)."""
        code = self._code()
        title, kind, day, source = values

        def job(ws: Workspace) -> list[Document]:
            ws.documents.update(code, doc_id, title=title, kind=kind, day=day, source=source)
            return ws.documents.for_case(code)

        def failed(exc: Exception) -> None:
            if isinstance(exc, UsageError):  # removed since: nothing left to change back
                return
            self._failed(exc)

        self.ctx.worker.submit(job, lambda docs: self._refreshed(docs, doc_id), failed)

    def _refreshed(self, docs: list[Document], select: str | None) -> None:
        self.documents = docs
        if self.ctx.case is not None:
            self.ctx.case.documents = list(docs)  # the consent dialog offers them
        self._fill_list(select)

    # -- adding (the intake does the work) -------------------------------------------------
    def choose_files(self) -> None:
        self.intake.choose_files()

    def add_files(self, paths: list[Path]) -> None:
        self.intake.add_files(paths)

    def take_mime(self, mime: QMimeData | None) -> bool:
        return self.intake.take_mime(mime)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt's name
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt's name
        if self.take_mime(event.mimeData()):
            event.acceptProposedAction()

    # -- leaving the vault, removing --------------------------------------------------------
    def open_externally(self) -> None:
        doc = self.current()
        if doc is None:
            return
        if not self.ctx.dialogs.confirm(
            self.tr("Onversleuteld openen?"),
            self.tr(
                "Om {0} in een ander programma te openen, wordt het onversleuteld op de schijf "
                "gezet, buiten de kluis. Verwijder het daarna zelf. Doorgaan?"
            ).format(doc.title),
            ok=self.tr("Onversleuteld opslaan en openen"),
            destructive=True,
        ):
            return
        target = self.ctx.dialogs.save_file(
            self.tr("Onversleuteld opslaan als"), Path.home() / doc.filename, ""
        )
        if target is None or not self.ctx.worker.is_unlocked:
            return
        code, doc_id = self._code(), doc.id

        def job(ws: Workspace) -> Path:
            ws.documents.write_to(code, doc_id, target)
            return target

        def written(path: Path) -> None:
            self.open_url(QUrl.fromLocalFile(str(path)))

        self.ctx.worker.submit(job, written, self._failed)

    def delete_current(self) -> None:
        doc = self.current()
        if doc is None:
            return
        if not self.ctx.dialogs.confirm(
            self.tr("Document verwijderen?"),
            self.tr(
                "{0} wordt voorgoed uit de kluis verwijderd. Dit kan niet ongedaan gemaakt worden."
            ).format(doc.title),
            ok=self.tr("Verwijderen"),
            destructive=True,
        ):
            return
        code, doc_id = self._code(), doc.id

        def job(ws: Workspace) -> list[Document]:
            ws.documents.detach(code, doc_id)
            return ws.documents.for_case(code)

        self.preview.clear()
        self.ctx.worker.submit(job, lambda docs: self._refreshed(docs, None), self._failed)

    # -- helpers ---------------------------------------------------------------------------
    def _code(self) -> str:
        return self.ctx.case.code if self.ctx.case is not None else ""

    def _failed(self, exc: Exception) -> None:
        self.status.hide()
        with contextlib.suppress(RuntimeError):  # the tab may be gone after a lock
            self.ctx.dialogs.warn(self.tr("Dat lukte niet"), refusal_text(exc, ""))


class _DescriptionEdit(QUndoCommand):
    """One change of a document's description, on the case's undo stack."""

    def __init__(
        self, tab: DocumentsTab, doc_id: str, before: Description, after: Description, text: str
    ) -> None:
        super().__init__(text)
        self._tab, self._doc_id, self._before, self._after = tab, doc_id, before, after

    def redo(self) -> None:
        self._tab.store_description(self._doc_id, self._after)

    def undo(self) -> None:
        self._tab.store_description(self._doc_id, self._before)
