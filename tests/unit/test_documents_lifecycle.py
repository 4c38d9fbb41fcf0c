"""Documents through consent, annexes, interchange, handover, backup and destruction.

"No remnant" after destroying or removing a document is checked the hard way, as for notes:
every page of the vault file is decrypted by the independent SQLCipher 4 reader and searched.
"""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from pypdf import PdfReader

from tests.conftest import TemplateVault, VaultFiles, make_case
from tests.document_files import docx_bytes, jpeg_with_exif, pdf_bytes
from tests.security.sqlcipher4_reader import decrypt_file
from vertrouwen.documents import read_file
from vertrouwen.domain import Consent, ConsentScope
from vertrouwen.errors import InputError
from vertrouwen.export.complaint_pdf import build_complaint
from vertrouwen.export.consent import disclose
from vertrouwen.export.identity import Identity
from vertrouwen.export.interchange import CASE_KEYS, dump_interchange, parse_interchange
from vertrouwen.export.pdf_save import load_annexes
from vertrouwen.vault.keys import KdfParams, slot_path
from vertrouwen.workspace import Workspace

DAY = date(2026, 4, 1)
SHARED = "Gedeeldezebravink"
SECRET = "Geheimeokapimarker"
FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def _attach(ws: Workspace, code: str, path: Path, **kw: object) -> str:
    with read_file(path, 100_000_000) as incoming:
        return ws.documents.attach(code, incoming, **kw)[0]  # type: ignore[arg-type]


@pytest.fixture
def filed(workspace: Workspace, tmp_path: Path) -> tuple[Workspace, str]:
    """A case with a shared letter (d1, consented), a photo (d2, consented) and a secret
    report (d3, not consented)."""
    code = workspace.cases.add(make_case(consents=[]))
    (tmp_path / "brief.pdf").write_bytes(pdf_bytes(SHARED, pages=2))
    (tmp_path / "foto.jpg").write_bytes(jpeg_with_exif("camera", orientation=6))
    (tmp_path / "rapport.docx").write_bytes(docx_bytes([f"Rapport {SECRET} " * 30]))
    _attach(workspace, code, tmp_path / "brief.pdf", title="Beschikking", day=date(2026, 3, 3))
    _attach(workspace, code, tmp_path / "foto.jpg", title="Foto van de brief")
    _attach(workspace, code, tmp_path / "rapport.docx", title="Rapport")
    workspace.consents.add(
        code,
        Consent(
            date(2026, 3, 5),
            "Klachtencommissie",
            "formele klacht",
            ConsentScope(notes=["n1"], complaint_points=True, documents=["d1", "d2"]),
        ),
    )
    return workspace, code


def _complaint(ws: Workspace, code: str, password: str | None = None) -> bytes:
    d = disclose(ws.cases.get(code), DAY)
    return build_complaint(
        d,
        Identity("A. Cliënt", "Straat 1, 1234 AB Plaats"),
        compute_deadlines=False,
        annexes=load_annexes(ws, d),
        password=password,
    )


def test_complaint_pdf_carries_only_consented_documents_as_annexes(filed) -> None:
    ws, code = filed
    reader = PdfReader(io.BytesIO(_complaint(ws, code)))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Bijlage 1: Beschikking (3 maart 2026) (bijgevoegd)" in text
    assert "Bijlage 2: Foto van de brief (foto) (bijgevoegd)" in text
    assert f"{SHARED} pagina 1" in text and f"{SHARED} pagina 2" in text
    assert "Bijlage 1 · blad 2 van 2" in text and "Bijlage 2 · blad 1 van 1" in text
    assert SECRET not in text and "Rapport" not in text
    photo_page = reader.pages[-1]
    assert photo_page.images and photo_page.images[0].image.size == (32, 64)  # turned upright
    assert "camera" not in str(reader.metadata)


def test_a_consented_text_document_is_set_as_pages(filed) -> None:
    ws, code = filed
    ws.consents.add(code, Consent(DAY, "Commissie", "klacht", ConsentScope(documents=["d3"])))
    reader = PdfReader(io.BytesIO(_complaint(ws, code)))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Bijlage 3: Rapport (bijgevoegd)" in text and SECRET in text
    assert "Bijlage 3 · blad 1 van" in text


def test_annexes_survive_a_password(filed) -> None:
    ws, code = filed
    reader = PdfReader(io.BytesIO(_complaint(ws, code, password="wachtwoord")))
    assert reader.is_encrypted and reader.decrypt("wachtwoord")
    assert SHARED in "\n".join(p.extract_text() for p in reader.pages)


def test_withdrawn_consent_takes_its_documents_back(filed) -> None:
    ws, code = filed
    case = ws.cases.get(code)
    ws.consents.withdraw(case.consents[0].id, DAY)
    ws.consents.add(code, Consent(DAY, "Commissie", "klacht", ConsentScope(notes=["n1"])))
    d = disclose(ws.cases.get(code), DAY)
    assert d.documents == () and load_annexes(ws, d) == []
    assert SHARED not in "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(_complaint(ws, code))).pages
    )


def test_anonymous_summary_never_holds_a_document(filed) -> None:
    from vertrouwen.export.anonymous_pdf import build_anonymous
    from vertrouwen.privacy import Detector

    ws, code = filed
    case = ws.cases.get(code)
    case.notes = [n for n in case.notes if n.id != "n1"]
    data = build_anonymous(case, disclose(case, DAY), Detector(), set())
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert SHARED not in text and "Beschikking" not in text and "Bijlage 1" not in text


def test_interchange_round_trip(filed, vault: VaultFiles) -> None:
    ws, code = filed
    case = ws.cases.get(code)
    ws.documents.with_content(case)
    data = dump_interchange([case])
    raw = json.loads(data)["cases"][0]
    assert [d["id"] for d in raw["documents"]] == ["d1", "d2", "d3"]
    assert raw["consents"][0]["scope"]["documents"] == ["d1", "d2"]
    schema = json.loads(
        (Path(__file__).parents[2] / "resources/schema/vertrouwen-case.schema.json").read_text()
    )
    checker = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert [e.message for e in checker.iter_errors(json.loads(data))] == []
    assert list(raw)[-1] == "documents" and set(raw) <= set(CASE_KEYS)  # extension, last
    (back,) = parse_interchange(data, "x.json")
    assert [d.content for d in back.documents] == [d.content for d in case.documents]
    assert back.documents[1].orientation == 6
    back.code = ""
    new = ws.cases.add(back, event="case_imported")
    assert [(d.id, d.sha256, d.title) for d in ws.documents.for_case(new)] == [
        (d.id, d.sha256, d.title) for d in ws.documents.for_case(code)
    ]
    assert ws.cases.get(new).consents[0].scope.documents == ["d1", "d2"]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d.update(content_base64="!!!"), "not valid base64"),
        (lambda d: d.update(content_base64="aGFsbG8="), "is named .pdf but holds plain text"),
        (lambda d: d.update(kind="toverspreuk"), 'unknown value "toverspreuk"'),
        (lambda d: d.update(kind=7), "expected"),
        (lambda d: d.update(colour="red"), "colour"),
    ],
)
def test_interchange_documents_are_checked(change, says: str) -> None:
    import base64

    doc = {"id": "d1", "title": "t", "kind": "decision", "date": None, "filename": "b.pdf",
           "content_base64": base64.b64encode(pdf_bytes("x")).decode()}  # fmt: skip
    change(doc)
    case = {"opened": "2026-03-02", "client_role": "parent", "regime": "jeugdwet",
            "organisation": {"name": "X", "kind": "gemeente"}, "documents": [doc]}  # fmt: skip
    data = json.dumps({"format": "vertrouwen-case", "version": 1, "cases": [case]}).encode()
    with pytest.raises(InputError, match=says):
        parse_interchange(data, "x.json")


def test_interchange_documents_need_only_their_content() -> None:
    import base64

    docs = [
        {"content_base64": base64.b64encode(pdf_bytes("x")).decode(), "kind": "beschikking"},
        {"id": "d7", "content_base64": base64.b64encode(b"platte tekst").decode()},
    ]
    case = {"opened": "2026-03-02", "client_role": "parent", "regime": "jeugdwet",
            "organisation": {"name": "X", "kind": "gemeente"}, "documents": docs}  # fmt: skip
    data = json.dumps({"format": "vertrouwen-case", "version": 1, "cases": [case]}).encode()
    (parsed,) = parse_interchange(data, "x.json")
    assert [(d.id, d.filename, d.kind.value) for d in parsed.documents] == [
        ("d1", "d1.pdf", "decision"),
        ("d7", "d7.txt", "other"),
    ]


def test_scope_naming_an_unknown_document_is_refused() -> None:
    case = {"opened": "2026-03-02", "client_role": "parent", "regime": "jeugdwet",
            "organisation": {"name": "X", "kind": "gemeente"},
            "consents": [{"given": "2026-03-05", "scope": {"documents": ["d4"]}}]}  # fmt: skip
    data = json.dumps({"format": "vertrouwen-case", "version": 1, "cases": [case]}).encode()
    with pytest.raises(InputError, match='"d4" is not the id of a document'):
        parse_interchange(data, "x.json")


def test_handover_carries_documents(filed, tmp_path: Path, template_vault: TemplateVault):
    from vertrouwen.export.handover import receive_handover, write_handover

    ws, code = filed
    out = tmp_path / "overdracht.vtho"
    passphrase = write_handover(ws, [code], out, params=FAST)
    other = tmp_path / "collega"
    other.mkdir()
    shutil.copy2(template_vault.path, other / "vault.db")
    shutil.copy2(slot_path(template_vault.path), slot_path(other / "vault.db"))
    colleague = Workspace.unlock_with_key(other / "vault.db", template_vault.recovery_key)
    try:
        (got,) = receive_handover(colleague, out, passphrase)
        for doc_id in ("d1", "d2", "d3"):
            assert colleague.documents.content(got.new_code, doc_id) == ws.documents.content(
                code, doc_id
            )
        assert [h.document_id for h in colleague.queries.search(SECRET)] == ["d3"]
    finally:
        colleague.close()


def test_backup_carries_documents(filed, tmp_path: Path, vault: VaultFiles) -> None:
    from vertrouwen.backup import restore_backup, write_backup

    ws, code = filed
    write_backup(ws, tmp_path / "b.vbak")
    restore_backup(tmp_path / "b.vbak", tmp_path / "terug.db", passphrase=vault.passphrase)
    restored = Workspace.unlock(tmp_path / "terug.db", vault.passphrase)
    try:
        assert restored.documents.content(code, "d1") == ws.documents.content(code, "d1")
    finally:
        restored.close()


def _needles_in_vault(vault: VaultFiles, needle: str) -> bool:
    plain = decrypt_file(vault.path, vault.recovery_key)
    return needle.encode() in plain or needle.lower().encode() in plain


def test_destroy_leaves_no_remnant_of_documents(vault: VaultFiles, tmp_path: Path) -> None:
    ws = vault.open()
    try:
        doomed = ws.cases.add(make_case())
        kept = ws.cases.add(make_case())
        (tmp_path / "a.txt").write_text(f"Brief {SECRET} " * 400)  # stored bytes hold it too
        (tmp_path / "b.pdf").write_bytes(pdf_bytes(SECRET, pages=3))
        _attach(ws, doomed, tmp_path / "a.txt", title=f"Titel {SECRET}")
        _attach(ws, doomed, tmp_path / "b.pdf")
        _attach(ws, kept, tmp_path / "b.pdf", title="Blijft")
        ws.documents.detach(kept, "d1")
        registrations = ws._conn.execute("SELECT count(*) FROM registrations").fetchone()[0]
    finally:
        ws.close()
    assert _needles_in_vault(vault, SECRET)  # the check below can see it at all
    ws = vault.open()
    try:
        ws.retention.destroy(doomed)
        assert ws.queries.search(SECRET.lower()) == []
        assert ws._conn.execute("SELECT count(*) FROM document_chunks").fetchone()[0] == 0
        assert ws._conn.execute("SELECT count(*) FROM registrations").fetchone()[0] == registrations
        assert ws.verify() == []
    finally:
        ws.close()
    assert not _needles_in_vault(vault, SECRET)


def test_detach_leaves_no_remnant(vault: VaultFiles, tmp_path: Path) -> None:
    ws = vault.open()
    try:
        code = ws.cases.add(make_case())
        (tmp_path / "a.txt").write_text(f"Weg {SECRET} " * 400)
        doc_id = _attach(ws, code, tmp_path / "a.txt")
    finally:
        ws.close()
    assert _needles_in_vault(vault, SECRET)
    ws = vault.open()
    try:
        ws.documents.detach(code, doc_id)
    finally:
        ws.close()
    assert not _needles_in_vault(vault, SECRET)
