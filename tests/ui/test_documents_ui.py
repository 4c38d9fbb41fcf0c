"""The Documenten tab: a letter dragged in, read in the preview, edited, shared only through a
consent that names it, opened outside only after a warning, and removed.

A real worker thread on a real vault, a CaseContext and the tab; only the dialogs are
pre-answered (the Dialogs seam).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.conftest import VaultFiles, make_case
from tests.document_files import docx_bytes, jpeg_with_exif, pdf_bytes
from tests.ui.test_cases_ui import open_app  # noqa: F401 - the fixture
from tests.ui.test_consent_ui import ACCEPT, TIMEOUT, TODAY, Env
from ui.core.worker import VaultWorker
from ui.features.cases.case.base import CaseContext
from ui.features.cases.case.consent.dialogs import ConsentDialog
from ui.features.cases.case.consent.tab import ConsentTab
from ui.features.cases.case.documents import DocumentsTab
from ui.kit.dialogs import Dialogs
from ui.qt import QDropEvent, QImage, QMimeData, QPointF, QSettings, Qt, QUrl
from vertrouwen.domain import DocumentKind
from vertrouwen.privacy import Detector

MARKER = "Kraanvogelbesluit"


class DocEnv(Env):
    tab: DocumentsTab  # type: ignore[assignment]

    def docs(self) -> list[Any]:
        return list(self.run(lambda ws: ws.documents.for_case(self.code)))


@pytest.fixture
def env(qtbot: Any, vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("VERTROUWEN_TODAY", TODAY.isoformat())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    worker = VaultWorker()
    opened: dict[str, object] = {}
    worker.unlock(vault.path, vault.passphrase, lambda r: opened.setdefault("ok", r))
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    dialogs = Dialogs()
    ctx = CaseContext(worker, dialogs, detector=Detector())
    tab = DocumentsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    environment = DocEnv(qtbot, vault, worker, dialogs, ctx, tab)  # type: ignore[arg-type]
    environment.open(make_case(consents=[]))
    yield environment
    worker.shutdown()


def _drop(tab: DocumentsTab, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    tab.dropEvent(event)


def test_a_letter_dragged_in_is_stored_previewed_and_the_original_offered_for_deletion(
    env: DocEnv, tmp_path: Path
) -> None:
    letter = tmp_path / "brief gemeente.pdf"
    letter.write_bytes(pdf_bytes(f"{MARKER} met telefoon 06 12345678", pages=2))
    env.dialogs.answer_next(True)  # "Origineel verwijderen?" -> yes
    _drop(env.tab, letter)
    env.qtbot.waitUntil(lambda: env.tab.list.count() == 1, timeout=TIMEOUT)
    env.qtbot.waitUntil(lambda: env.tab.preview.kind == "pdf", timeout=TIMEOUT)
    assert env.tab.preview.page_count == 2
    assert not letter.exists()  # the user chose to delete the original
    [doc] = env.docs()
    assert doc.title == "brief gemeente" and doc.filename == "brief gemeente.pdf"
    env.qtbot.waitUntil(lambda: env.tab.findings.isVisible(), timeout=TIMEOUT)
    assert "telefoonnummer" in env.tab.findings.text()  # shown, never blocking
    assert env.ctx.case is not None and [d.id for d in env.ctx.case.documents] == [doc.id]


def test_keeping_the_original_and_editing_the_description(env: DocEnv, tmp_path: Path) -> None:
    report = tmp_path / "rapport.docx"
    report.write_bytes(docx_bytes([f"Het rapport over {MARKER}"]))
    env.dialogs.answer_next(False)  # keep the original
    env.tab.add_files([report])
    env.qtbot.waitUntil(lambda: env.tab.preview.kind == "text", timeout=TIMEOUT)
    assert MARKER in env.tab.preview.text.toPlainText() and report.exists()
    env.tab.title_edit.setText("Rapport van de gezinsvoogd")
    env.tab.title_edit.editingFinished.emit()
    env.tab.kind_combo.setCurrentIndex(env.tab.kind_combo.findData("report"))
    env.tab.kind_combo.activated.emit(env.tab.kind_combo.currentIndex())
    env.tab.has_date.setChecked(True)
    env.tab.date_edit.setDate(env.tab.date_edit.date().addDays(-10))
    env.tab.source_edit.setText("gezinsvoogd")
    env.tab.source_edit.editingFinished.emit()
    env.settle()
    env.settle()
    [doc] = env.docs()
    assert (doc.title, doc.kind, doc.date, doc.source) == (
        "Rapport van de gezinsvoogd", DocumentKind.REPORT, date(2026, 3, 22), "gezinsvoogd"
    )  # fmt: skip
    assert env.tab.list.item(0).text().startswith("Rapport van de gezinsvoogd")


def test_a_photo_is_previewed_upright_and_a_pasted_picture_is_stored(
    env: DocEnv, tmp_path: Path
) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(jpeg_with_exif("Camera", orientation=6, size=(64, 32)))
    env.dialogs.answer_next(False)
    env.tab.add_files([photo])
    env.qtbot.waitUntil(lambda: env.tab.preview.kind == "image", timeout=TIMEOUT)
    shown = env.tab.preview._image
    assert (shown.width(), shown.height()) == (32, 64)
    mime = QMimeData()
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    mime.setImageData(image)
    assert env.tab.take_mime(mime)
    env.qtbot.waitUntil(lambda: env.tab.list.count() == 2, timeout=TIMEOUT)
    assert sorted(d.media_type for d in env.docs()) == ["image/jpeg", "image/png"]


def test_a_refused_file_says_why_and_stores_nothing(env: DocEnv, tmp_path: Path) -> None:
    fake = tmp_path / "brief.pdf"
    fake.write_text("dit is geen pdf")
    warned: list[str] = []
    env.dialogs.warn = lambda title, text: warned.append(text)  # type: ignore[method-assign]
    env.tab.add_files([fake])
    env.qtbot.waitUntil(lambda: bool(warned), timeout=TIMEOUT)
    assert "brief.pdf" in warned[0] and "extensie" in warned[0] and "niets bewaard" in warned[0]
    assert env.docs() == [] and fake.exists()


def test_open_externally_only_after_the_warning(env: DocEnv, tmp_path: Path) -> None:
    letter = tmp_path / "brief.pdf"
    data = pdf_bytes(MARKER)
    letter.write_bytes(data)
    env.dialogs.answer_next(False)
    env.tab.add_files([letter])
    env.qtbot.waitUntil(lambda: env.tab.list.count() == 1, timeout=TIMEOUT)
    opened: list[QUrl] = []
    env.tab.open_url = opened.append
    env.dialogs.answer_next(False)  # the warning: no
    env.tab.open_button.click()
    env.settle()
    assert opened == []
    target = tmp_path / "buiten" / "brief.pdf"
    target.parent.mkdir()
    env.dialogs.answer_next(True, target)
    env.tab.open_button.click()
    env.qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    assert target.read_bytes() == data and opened[0].toLocalFile() == str(target)


def test_remove_asks_and_is_final(env: DocEnv, tmp_path: Path) -> None:
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(pdf_bytes(MARKER))
    env.dialogs.answer_next(False)
    env.tab.add_files([letter])
    env.qtbot.waitUntil(lambda: env.tab.list.count() == 1, timeout=TIMEOUT)
    env.dialogs.answer_next(False)
    env.tab.delete_button.click()
    env.settle()
    assert len(env.docs()) == 1
    env.dialogs.answer_next(True)
    env.tab.delete_button.click()
    env.qtbot.waitUntil(lambda: env.tab.list.count() == 0, timeout=TIMEOUT)
    assert env.docs() == []


def test_lock_clears_the_tab(env: DocEnv, tmp_path: Path) -> None:
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(pdf_bytes(MARKER))
    env.dialogs.answer_next(False)
    env.tab.add_files([letter])
    env.qtbot.waitUntil(lambda: env.tab.preview.kind == "pdf", timeout=TIMEOUT)
    env.tab.clear()
    assert env.tab.list.count() == 0 and env.tab.preview.kind == "empty"
    assert env.tab.documents == [] and env.tab.title_edit.text() == ""


def test_consent_dialog_names_documents_and_the_letter_carries_them(
    qtbot: Any, env: DocEnv, tmp_path: Path
) -> None:
    letter = tmp_path / "beschikking.pdf"
    letter.write_bytes(pdf_bytes(MARKER))
    env.dialogs.answer_next(False)
    env.tab.add_files([letter])
    env.qtbot.waitUntil(lambda: env.tab.list.count() == 1, timeout=TIMEOUT)
    consent_tab = ConsentTab(env.ctx, detector_loader=Detector)
    qtbot.addWidget(consent_tab)
    consent_tab.show_case(env.ctx.case)

    def fill(dialog: ConsentDialog) -> int:
        dialog.recipient.setText("Klachtencommissie")
        dialog.purpose.setText("formele klacht")
        dialog.methods["signed"].setChecked(True)
        assert dialog.document_list.count() == 1
        dialog.document_list.item(0).setCheckState(Qt.CheckState.Checked)
        return ACCEPT

    env.dialogs.answer_next(fill)
    consent_tab.record_button.click()
    env.qtbot.waitUntil(lambda: bool(env.ctx.case and env.ctx.case.consents), timeout=TIMEOUT)
    [consent] = env.run(lambda ws: ws.consents.for_case(env.code))
    assert consent.scope.documents == ["d1"]

    from ui.features.cases.case.consent.dialogs import ExportRequest
    from ui.features.cases.case.consent.export import build_job
    from vertrouwen.export.identity import Identity

    request = ExportRequest("complaint", (consent.id,), Identity("A. Cliënt", "Straat 1"))
    built = env.run(build_job(env.ctx.case.id, request, Detector(), Detector))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(built.data)).pages)
    assert "Bijlage 1: beschikking" in text and MARKER in text


def test_dossier_search_finds_a_word_in_a_letter_and_opens_it(  # type: ignore[no-untyped-def]
    qtbot,
    open_app,  # noqa: F811 - the fixture imported above
    vault,
    tmp_path: Path,
) -> None:
    from tests.ui.test_cases_ui import activate, add_case

    case_id = add_case(vault)
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(pdf_bytes(f"Uw aanvraag {MARKER} is afgewezen"))
    ws = vault.open()
    try:
        code = ws.cases.get_by_id(case_id).code
        from vertrouwen.documents import read_file

        with read_file(letter, 10**8) as incoming:
            ws.documents.attach(code, incoming, title="Afwijzing")
    finally:
        ws.close()
    app = open_app()
    activate(qtbot, app.window)
    qtbot.keyClick(app.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(app.area.search, "kraanvogel")
    qtbot.waitUntil(lambda: app.area.results.list.count() == 1, timeout=TIMEOUT)
    (hit,) = app.area.results.texts()
    assert "Document: Afwijzing" in hit and ">Kraanvogelbesluit</span>" in hit
    qtbot.keyClick(app.area.search, Qt.Key.Key_Return)
    view = app.area.case_view
    tab = next(t for t in view.tabs if isinstance(t, DocumentsTab))
    qtbot.waitUntil(lambda: view.tab_widget.currentWidget() is tab, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tab.preview.kind == "pdf", timeout=TIMEOUT)
    assert tab.current_id() == "d1"


def test_an_email_brings_its_attachments_and_says_which_were_left(
    env: DocEnv, tmp_path: Path
) -> None:
    from tests.document_files import eml_bytes

    mail = tmp_path / "bericht.eml"
    mail.write_bytes(
        eml_bytes(
            "Besluit over de hulp",
            f"Zie bijlage. {MARKER}",
            [("besluit.pdf", pdf_bytes("bijlage")), ("programma.exe", b"MZ\x90\x00")],
        )
    )
    told: list[str] = []
    env.dialogs.inform = lambda title, text: told.append(text)  # type: ignore[method-assign]
    env.dialogs.answer_next(False)  # keep the original
    env.tab.add_files([mail])
    env.qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    assert "1 van zijn bijlagen" in told[0] and "1 bijlage(n) zijn niet bewaard" in told[0]
    assert [d.media_type for d in env.docs()] == ["message/rfc822", "application/pdf"]
    env.qtbot.waitUntil(lambda: env.tab.preview.kind == "text", timeout=TIMEOUT)
    assert MARKER in env.tab.preview.text.toPlainText()


def test_description_edits_are_undoable(env: DocEnv, tmp_path: Path) -> None:
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(pdf_bytes(MARKER))
    env.dialogs.answer_next(False)
    env.tab.add_files([letter])
    env.qtbot.waitUntil(lambda: env.tab.list.count() == 1, timeout=TIMEOUT)
    env.tab.title_edit.setText("Nieuwe titel")
    env.tab.title_edit.editingFinished.emit()
    env.qtbot.waitUntil(lambda: env.docs()[0].title == "Nieuwe titel", timeout=TIMEOUT)
    env.ctx.undo()
    env.qtbot.waitUntil(lambda: env.docs()[0].title == "brief", timeout=TIMEOUT)
    env.qtbot.waitUntil(lambda: env.tab.title_edit.text() == "brief", timeout=TIMEOUT)
    env.ctx.redo()
    env.qtbot.waitUntil(lambda: env.docs()[0].title == "Nieuwe titel", timeout=TIMEOUT)
