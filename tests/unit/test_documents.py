"""Documents in the case file: type from content, metadata dropped, text extracted, stored in
chunks, bad input refused with nothing half-stored."""

from __future__ import annotations

import hashlib
import io
import os
import random
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import make_case
from tests.document_files import (
    docx_bytes,
    eml_bytes,
    encrypted_pdf,
    jpeg_with_exif,
    odt_bytes,
    pdf_bytes,
    png_bytes,
    zip_bomb_docx,
)
from vertrouwen.documents import MAX_MB_SETTING, max_bytes_of, read_bytes, read_file
from vertrouwen.documents.detect import DOCX, EML, JPEG, ODT, PDF, PNG, TXT
from vertrouwen.domain import DocumentKind
from vertrouwen.errors import InputError, StorageError, UsageError
from vertrouwen.workspace import Workspace

LIMIT = 100_000_000


def put(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def attach(ws: Workspace, code: str, path: Path, **kw: object) -> list[str]:
    with read_file(path, LIMIT) as incoming:
        return ws.documents.attach(code, incoming, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "data", "media"),
    [
        ("a.pdf", pdf_bytes("brief"), PDF),
        ("a.jpg", jpeg_with_exif("X"), JPEG),
        ("a.png", png_bytes(), PNG),
        ("a.docx", docx_bytes(["hallo"]), DOCX),
        ("a.odt", odt_bytes(["hallo"]), ODT),
        ("a.eml", eml_bytes("Onderwerp", "tekst"), EML),
        ("a.txt", "Brief met é en ë".encode("cp1252"), TXT),
        ("zonder-extensie", pdf_bytes("brief"), PDF),  # the content decides
        ("foto.png", jpeg_with_exif("X"), JPEG),  # an image under the other image suffix
    ],
)
def test_type_comes_from_the_content(name: str, data: bytes, media: str) -> None:
    with read_bytes(data, name, LIMIT) as incoming:
        assert incoming.media_type == media


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("brief.pdf", b"dit is geen pdf maar tekst\n", "holds plain text"),
        ("brief.docx", pdf_bytes("x"), "holds a PDF"),
        ("plaatje.gif", b"GIF89a" + b"\x00" * 40, "a GIF image"),
        ("archief.zip", b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
        ("leeg.txt", b"", "empty"),
        ("oud.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 40, "old Office"),
    ],
)
def test_unsupported_or_mislabelled_is_refused(name: str, data: bytes, says: str) -> None:
    with pytest.raises(InputError, match=says) as caught:
        read_bytes(data, name, LIMIT)
    assert "nothing was stored" in str(caught.value)


def test_photo_metadata_is_dropped_but_not_the_picture(workspace: Workspace, tmp_path: Path):
    from PIL import Image

    original = jpeg_with_exif("GPSMARKER", orientation=6)
    code = workspace.cases.add(make_case())
    (doc_id,) = attach(workspace, code, put(tmp_path, "foto.jpg", original))
    stored = workspace.documents.content(code, doc_id)
    assert b"GPSMARKER" in original and b"GPSMARKER" not in stored
    assert b"Exif" not in stored
    with Image.open(io.BytesIO(original)) as a, Image.open(io.BytesIO(stored)) as b:
        assert a.tobytes() == b.tobytes()  # the same pixels: nothing was re-encoded
        assert dict(b.getexif()) == {}
    doc = workspace.documents.get(code, doc_id)
    assert doc.orientation == 6 and doc.kind == DocumentKind.PHOTO
    assert doc.sha256 == hashlib.sha256(stored).hexdigest() and doc.size == len(stored)


def test_png_text_chunks_dropped_and_a_clean_photo_is_kept_as_is(
    workspace: Workspace, tmp_path: Path
) -> None:
    code = workspace.cases.add(make_case())
    marked, clean = png_bytes("PNGMARKER"), png_bytes()
    (a,) = attach(workspace, code, put(tmp_path, "a.png", marked))
    (b,) = attach(workspace, code, put(tmp_path, "b.png", clean))
    assert b"PNGMARKER" in marked and b"PNGMARKER" not in workspace.documents.content(code, a)
    assert workspace.documents.content(code, b) == clean


def _noise(size: int) -> bytes:
    """Incompressible bytes to append after a PDF's %%EOF, the same in every run: about one
    draw of os.urandom in 400 ends in a line pypdf takes for a truncated end marker, and then
    the file is (rightly) refused as damaged, which is not what these tests are about."""
    return random.Random(2026).randbytes(size)


def test_large_file_is_stored_in_chunks_and_read_back_exactly(
    workspace: Workspace, tmp_path: Path
) -> None:
    data = pdf_bytes("groot") + _noise(3_500_000)  # bytes after %%EOF: still a PDF
    code = workspace.cases.add(make_case())
    (doc_id,) = attach(workspace, code, put(tmp_path, "groot.pdf", data), title="Rapport")
    chunks = list(workspace.documents.chunks(code, doc_id))
    assert len(chunks) == 4 and max(len(c) for c in chunks) <= 1 << 20
    assert b"".join(chunks) == data
    out = tmp_path / "terug.pdf"
    workspace.documents.write_to(code, doc_id, out)
    assert out.read_bytes() == data
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_text_is_extracted_from_every_type() -> None:
    cases = [
        ("a.pdf", pdf_bytes("Pdfwoord staat hier"), "Pdfwoord"),
        ("a.docx", docx_bytes(["Eerste alinea", "Docxwoord tweede"]), "Docxwoord tweede"),
        ("a.odt", odt_bytes(["Odtwoord hier"]), "Odtwoord"),
        ("a.eml", eml_bytes("Besluit", "Mailwoord in de tekst"), "Mailwoord"),
        ("a.txt", "Tekstwoord café".encode("cp1252"), "Tekstwoord café"),
    ]
    for name, data, word in cases:
        with read_bytes(data, name, LIMIT) as incoming:
            assert word in incoming.text, name


def test_email_attachments_become_documents_of_their_own(
    workspace: Workspace, tmp_path: Path
) -> None:
    mail = eml_bytes(
        "Besluit over de hulp",
        "Zie de bijlage.",
        [("besluit.pdf", pdf_bytes("Bijlagewoord")), ("virus.exe", b"MZ\x90\x00")],
    )
    code = workspace.cases.add(make_case())
    with read_file(put(tmp_path, "mail.eml", mail), LIMIT) as incoming:
        assert len(incoming.skipped) == 1 and "virus.exe" in incoming.skipped[0]
        ids = workspace.documents.attach(code, incoming)
    assert len(ids) == 2
    mail_doc, pdf_doc = (workspace.documents.get(code, i) for i in ids)
    assert mail_doc.kind == DocumentKind.EMAIL and mail_doc.title == "Besluit over de hulp"
    assert mail_doc.date == date(2026, 3, 3)
    assert workspace.documents.content(code, ids[0]) == mail  # the e-mail byte for byte
    assert pdf_doc.parent == ids[0] and pdf_doc.media_type == PDF
    assert [h.document_id for h in workspace.queries.search("bijlagewoord")] == [ids[1]]


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("slot.pdf", encrypted_pdf(), "password-protected"),
        ("kapot.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nrommel", "damaged PDF"),
        ("bom.docx", zip_bomb_docx(), "zip bomb"),
        ("half.jpg", jpeg_with_exif("X")[:200], "damaged or incomplete image"),
        ("dtd.docx", docx_bytes(["x"], doctype=True), "document type declaration"),
    ],
)
def test_bad_documents_are_refused(name: str, data: bytes, says: str) -> None:
    with pytest.raises(InputError, match=says):
        read_bytes(data, name, LIMIT)


def test_size_limit_is_a_vault_setting(workspace: Workspace, tmp_path: Path) -> None:
    big = tmp_path / "groot.pdf"
    with big.open("wb") as fh:  # sparse: 101 MB without writing them
        fh.write(b"%PDF-1.7\n")
        fh.truncate(101_000_000)
    assert max_bytes_of(workspace.settings.get(MAX_MB_SETTING)) == 100_000_000
    with pytest.raises(InputError, match="at most 100 MB"):
        read_file(big, max_bytes_of(None))
    workspace.settings.set(MAX_MB_SETTING, 1)
    small = put(tmp_path, "a.pdf", pdf_bytes("x") + b"\0" * 1_100_000)
    with pytest.raises(InputError, match="at most 1 MB"):
        read_file(small, max_bytes_of(workspace.settings.get(MAX_MB_SETTING)))


def _stored_count(ws: Workspace) -> tuple[int, int]:
    docs = ws._conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    chunks = ws._conn.execute("SELECT count(*) FROM document_chunks").fetchone()[0]
    return docs, chunks


def test_a_file_changed_while_being_read_stores_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    code = workspace.cases.add(make_case())
    path = put(tmp_path, "brief.pdf", pdf_bytes("eerst") + b"\0" * 2_000_000)
    with read_file(path, LIMIT) as incoming:
        with path.open("ab") as fh:  # someone saves over it meanwhile
            fh.write(b"meer")
        with pytest.raises(InputError, match="changed or disappeared"):
            workspace.documents.attach(code, incoming)
    assert _stored_count(workspace) == (0, 0)


def test_a_file_that_disappears_while_being_read_stores_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    code = workspace.cases.add(make_case())
    path = put(tmp_path, "brief.pdf", pdf_bytes("eerst"))
    with read_file(path, LIMIT) as incoming:
        path.unlink()
        with pytest.raises(InputError, match="changed or disappeared"):
            workspace.documents.attach(code, incoming)
    assert _stored_count(workspace) == (0, 0)
    with pytest.raises(InputError, match="no such file"):
        read_file(path, LIMIT)


def test_a_full_disk_stores_nothing(workspace: Workspace, tmp_path: Path) -> None:
    code = workspace.cases.add(make_case())
    pages = workspace._conn.execute("PRAGMA page_count").fetchone()[0]
    workspace._conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # room for ~150 KB
    path = put(tmp_path, "brief.pdf", pdf_bytes("vol") + _noise(3_000_000))
    with pytest.raises(StorageError, match="disk is full"):
        attach(workspace, code, path)
    assert _stored_count(workspace) == (0, 0)
    workspace._conn.execute("PRAGMA max_page_count = 1073741823")
    assert workspace.verify() == []


def test_ids_are_not_reused_while_a_consent_names_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    from vertrouwen.domain import Consent, ConsentScope

    code = workspace.cases.add(make_case(consents=[]))
    a, b = (attach(workspace, code, put(tmp_path, f"{n}.txt", b"tekst"))[0] for n in "ab")
    assert (a, b) == ("d1", "d2")
    workspace.consents.add(
        code, Consent(date(2026, 3, 5), "Commissie", "klacht", ConsentScope(documents=["d2"]))
    )
    workspace.documents.detach(code, "d2")
    (c,) = attach(workspace, code, put(tmp_path, "c.txt", b"ander"))
    assert c == "d3"
    with pytest.raises(UsageError, match="no document 'd2'"):
        workspace.documents.content(code, "d2")
    with pytest.raises(InputError, match="no document 'd9'"):
        workspace.consents.add(
            code, Consent(date(2026, 3, 5), "X", "Y", ConsentScope(documents=["d9"]))
        )


def test_search_finds_a_word_in_a_letter_with_a_snippet(
    workspace: Workspace, tmp_path: Path
) -> None:
    from vertrouwen.vault.queries import MARK_END, MARK_START, CaseFilter

    code = workspace.cases.add(make_case())
    other = workspace.cases.add(make_case())
    attach(workspace, code, put(tmp_path, "b.docx", docx_bytes(["De gezinsvoogd besloot Okapi"])))
    hits = workspace.queries.search("okapi")
    assert [(h.code, h.source, h.document_id) for h in hits] == [(code, "document", "d1")]
    assert f"{MARK_START}Okapi{MARK_END}" in hits[0].snippet
    ids = workspace.queries.case_ids(CaseFilter(text="okap"))
    assert ids == [workspace.cases.id_of(code)] and workspace.cases.id_of(other) not in ids
    workspace.documents.detach(code, "d1")
    assert workspace.queries.search("okapi") == []


def test_documents_count_nothing_in_the_registration(workspace: Workspace, tmp_path: Path):
    code = workspace.cases.add(make_case())
    before = workspace._conn.execute("SELECT * FROM registrations").fetchall()
    attach(workspace, code, put(tmp_path, "a.pdf", pdf_bytes("x")))
    workspace.documents.detach(code, "d1")
    attach(workspace, code, put(tmp_path, "b.pdf", pdf_bytes("y")))
    assert workspace._conn.execute("SELECT * FROM registrations").fetchall() == before


def test_case_update_keeps_documents(workspace: Workspace, tmp_path: Path) -> None:
    code = workspace.cases.add(make_case())
    attach(workspace, code, put(tmp_path, "a.pdf", pdf_bytes("x")))
    case = workspace.cases.get(code)
    case.notes = []
    workspace.cases.update(case)
    assert [d.id for d in workspace.cases.get(code).documents] == ["d1"]


def test_migration_from_schema_2_adds_documents(tmp_path: Path) -> None:
    from vertrouwen.vault import db, migrations

    path, key = tmp_path / "oud.db", os.urandom(32)
    conn = db._keyed(path, key)
    conn.execute("BEGIN")
    migrations._v1(conn)
    migrations._v2(conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO meta VALUES ('vault_id', 'x')")
    conn.execute("COMMIT")
    conn.close()
    conn = db.open_connection(path, key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 3
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert "scope_documents" in [r[1] for r in conn.execute("PRAGMA table_info(consents)")]
    conn.close()


def test_pdf_text_stops_at_its_time_budget_counted_from_opening() -> None:
    from vertrouwen.documents import text

    reader = text.open_pdf(io.BytesIO(pdf_bytes("Budgetwoord", pages=5)), "a.pdf")
    ticks = iter(range(100))
    clock = lambda: float(next(ticks))  # noqa: E731 - one second per look at the clock
    # opened at 0 with a 1.2 s budget: after pages read at 0 s and 1 s, 2 s is past it
    cut, complete = text.pdf_text(reader, started=0.0, clock=clock)
    assert cut.count("Budgetwoord") == 3 and not complete
    assert text.pdf_text(reader) == (text.pdf_text(reader, unlimited=True)[0], True)
    assert text.pdf_text(reader)[0].count("Budgetwoord") == 5


def test_text_left_out_by_the_budget_is_indexed_afterwards(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vertrouwen.documents import text

    monkeypatch.setattr(text, "PDF_SECONDS", 0.0)
    pages = [f"Pagina{n}woord" for n in range(4)]
    code = workspace.cases.add(make_case())
    path = put(tmp_path, "lang.pdf", pdf_bytes(" ".join(pages), pages=4))
    with read_file(path, LIMIT) as incoming:
        (doc_id,) = workspace.documents.attach(code, incoming)
        assert incoming.text_cut
    assert workspace.queries.search("pagina3woord pagina 4") == []
    workspace.documents.index_rest(code, doc_id)
    assert [h.document_id for h in workspace.queries.search("pagina3woord pagina 4")] == [doc_id]
