"""Adding documents to a case: files (dropped or picked), a pasted picture or text.

Reading, checking and storing run on the worker, so a 20 MB PDF never holds up the window. When
a file is stored, `added` carries the case's documents and the new one's id; the app then offers
to delete the original from the disk. A long PDF whose text the import's time budget cut short
is indexed completely by a next worker job. A refused file is explained in the app's words
(the core's reason codes, never its English sentences).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from ui.features.cases.case.base import CaseContext
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QGuiApplication,
    QIODevice,
    QMimeData,
    QObject,
    Signal,
)
from vertrouwen import clock
from vertrouwen.domain import Document
from vertrouwen.errors import DocumentRefused
from vertrouwen.workspace import Workspace

# new ids, the case's documents, text cut short, e-mail attachments not stored
Added = tuple[list[str], list[Document], bool, int]
# The app's words for why a file was refused (the core's reason codes; ui.core.messages style).
_REFUSALS = {
    "too_big": QT_TRANSLATE_NOOP("DocumentsTab", "{0} is te groot om te bewaren."),
    "empty": QT_TRANSLATE_NOOP("DocumentsTab", "{0} is leeg."),
    "unsupported": QT_TRANSLATE_NOOP(
        "DocumentsTab",
        "{0} is geen soort bestand dat Vertrouwen kan bewaren. Dat kan: PDF, JPEG, PNG, DOCX, "
        "ODT, EML en TXT.",
    ),
    "mislabelled": QT_TRANSLATE_NOOP(
        "DocumentsTab",
        "{0} heeft een extensie die niet bij de inhoud past. Het bestand is misschien "
        "beschadigd of niet het bestand dat je bedoelt.",
    ),
    "password": QT_TRANSLATE_NOOP(
        "DocumentsTab",
        "{0} is met een wachtwoord beveiligd. Sla het op zonder wachtwoord en voeg het "
        "opnieuw toe.",
    ),
    "damaged": QT_TRANSLATE_NOOP("DocumentsTab", "{0} is beschadigd en kan niet gelezen worden."),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "DocumentsTab", "{0} pakt uit tot veel meer dan een tekstdocument en is geweigerd."
    ),
    "changed": QT_TRANSLATE_NOOP(
        "DocumentsTab",
        "{0} veranderde of verdween terwijl het werd gelezen. Voeg het opnieuw toe als het "
        "compleet is.",
    ),
    "unreadable": QT_TRANSLATE_NOOP("DocumentsTab", "{0} kan niet gelezen worden."),
}


def refusal_text(exc: Exception, fallback_name: str) -> str:
    """Why a file was not stored, in the UI language."""
    if isinstance(exc, DocumentRefused):
        source = _REFUSALS.get(exc.reason, _REFUSALS["unreadable"])
        text = QCoreApplication.translate("DocumentsTab", str(source))
        return (
            text.format(exc.filename or fallback_name)
            + " "
            + QCoreApplication.translate("DocumentsTab", "Er is niets bewaard.")
        )
    from ui.core.messages import describe

    return describe(exc, "documents")


class DocumentIntake(QObject):
    """Stores files and pasted content in the open case; the tab shows what `added` says."""

    added = Signal(object, object)  # the case's documents, the id to select
    busy = Signal(str)  # what is being stored
    finished = Signal()  # stored or refused

    def __init__(self, ctx: CaseContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def _code(self) -> str:
        return self.ctx.case.code if self.ctx.case is not None else ""

    def choose_files(self) -> None:
        path = self.ctx.dialogs.open_file(
            self.tr("Document toevoegen"),
            Path.home(),
            self.tr(
                "Documenten (*.pdf *.jpg *.jpeg *.png *.docx *.odt *.eml *.txt);;Alle bestanden (*)"
            ),
        )
        if path is not None:
            self.add_files([path])

    def add_files(self, paths: list[Path]) -> None:
        """Store each file on the worker; afterwards offer to delete the originals."""
        code = self._code()
        if not code:
            return
        for path in paths:
            self._busy(self.tr("{0} wordt versleuteld bewaard…").format(path.name))

            def job(ws: Workspace, path: Path = path) -> Added:
                from vertrouwen.documents import MAX_MB_SETTING, max_bytes_of, read_file

                limit = max_bytes_of(ws.settings.get(MAX_MB_SETTING))
                with read_file(path, limit) as incoming:
                    ids = ws.documents.attach(code, incoming)
                cut, skipped = incoming.text_cut, len(incoming.skipped)
                return ids, ws.documents.for_case(code), cut, skipped

            self.ctx.worker.submit(
                job, partial(self._added, original=path), partial(self._refused, name=path.name)
            )

    def add_bytes(self, data: bytes, filename: str) -> None:
        """Store a pasted picture or text (nothing on disk to delete afterwards)."""
        code = self._code()
        if not code:
            return
        self._busy(self.tr("{0} wordt versleuteld bewaard…").format(filename))

        def job(ws: Workspace) -> Added:
            from vertrouwen.documents import MAX_MB_SETTING, max_bytes_of, read_bytes

            with read_bytes(data, filename, max_bytes_of(ws.settings.get(MAX_MB_SETTING))) as inc:
                ids = ws.documents.attach(code, inc)
            return ids, ws.documents.for_case(code), inc.text_cut, len(inc.skipped)

        self.ctx.worker.submit(
            job, lambda got: self._added(got, None), lambda e: self._refused(e, filename)
        )

    def _added(self, got: Added, original: Path | None) -> None:
        ids, docs, cut, skipped = got
        self.finished.emit()
        self.added.emit(docs, ids[0])
        if cut:  # a long PDF: the rest of its text is indexed as a job of its own
            code = self._code()
            self.ctx.worker.submit(lambda ws: ws.documents.index_rest(code, ids[0]))
        if skipped:
            self.ctx.dialogs.inform(
                self.tr("Niet alle bijlagen bewaard"),
                self.tr(
                    "De e-mail is bewaard, met {0} van zijn bijlagen als eigen documenten. {1} "
                    "bijlage(n) zijn niet bewaard: Vertrouwen kan dat soort bestand niet "
                    "bewaren, of het was beschadigd."
                ).format(len(ids) - 1, skipped),
            )
        if original is None or not self.ctx.worker.is_unlocked:
            return
        if self.ctx.dialogs.confirm(
            self.tr("Origineel verwijderen?"),
            self.tr(
                "{0} staat nu versleuteld in de kluis. Het origineel staat nog onversleuteld op "
                "de schijf. Wil je het verwijderen?"
            ).format(original.name),
            ok=self.tr("Origineel verwijderen"),
            cancel=self.tr("Laten staan"),
            destructive=True,
        ):
            try:
                original.unlink()
            except OSError:
                self.ctx.dialogs.warn(
                    self.tr("Niet verwijderd"),
                    self.tr("{0} kon niet verwijderd worden; verwijder het zelf.").format(
                        original.name
                    ),
                )

    def _refused(self, exc: Exception, name: str) -> None:
        self.finished.emit()
        self.ctx.dialogs.warn(self.tr("Document niet bewaard"), refusal_text(exc, name))

    def _busy(self, text: str) -> None:
        self.busy.emit(text)

    def paste(self) -> None:
        """Ctrl+V: files copied in a file manager, a picture, or text."""
        self.take_mime(QGuiApplication.clipboard().mimeData())

    def take_mime(self, mime: QMimeData | None) -> bool:
        if mime is None:
            return False
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        stamp = clock.today().isoformat()
        if files:
            self.add_files(files)
        elif mime.hasImage():
            image = mime.imageData()
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            self.add_bytes(bytes(buffer.data().data()), f"geplakt-{stamp}.png")
            buffer.setData(QByteArray())
        elif mime.hasText() and mime.text().strip():
            self.add_bytes(mime.text().encode("utf-8"), f"geplakte-tekst-{stamp}.txt")
        else:
            return False
        return True
