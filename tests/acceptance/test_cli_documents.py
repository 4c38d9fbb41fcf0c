"""`attach`, `documents`, `document`, `detach` from outside, and documents through `pdf`,
`export`/`import`, `handover`/`receive` and `destroy`, as the installed program runs."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import Cli, VaultFiles, make_case
from tests.document_files import encrypted_pdf, jpeg_with_exif, pdf_bytes, zip_bomb_docx
from tests.security.sqlcipher4_reader import decrypt_file
from vertrouwen.export.interchange import dump_interchange

MARKER = "Kwartelkoningbrief"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def code(vault: VaultFiles) -> str:
    ws = vault.open()
    try:
        return ws.cases.add(make_case())
    finally:
        ws.close()


def test_attach_list_write_back_detach(cli: Cli, code: str, tmp_path: Path) -> None:
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(pdf_bytes(MARKER))
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(jpeg_with_exif("Cameramerk"))
    first = cli("attach", code, str(letter), "--kind", "beschikking", "--title", "Besluit",
                "--date", "2026-03-03")  # fmt: skip
    assert first.code == 0, first.err
    second = cli("attach", code, str(photo))
    assert second.code == 0, second.err
    assert re.fullmatch(r"\S+\n", first.out) and first.out != second.out
    letter_id, photo_id = first.out.strip(), second.out.strip()

    listed = cli("documents", code, "--json")
    assert listed.code == 0, listed.err
    docs = {d["id"]: d for d in json.loads(listed.out)}
    assert set(docs[letter_id]) == {"id", "title", "kind", "date", "filename", "size", "sha256"}
    assert docs[letter_id] | {"id": None} == {
        "id": None, "title": "Besluit", "kind": "decision", "date": "2026-03-03",
        "filename": "brief.pdf", "size": letter.stat().st_size, "sha256": sha(letter.read_bytes()),
    }  # fmt: skip
    assert docs[photo_id]["kind"] == "photo"

    out = tmp_path / "terug.pdf"
    assert cli("document", code, letter_id, "--out", str(out)).code == 0
    assert out.read_bytes() == letter.read_bytes()
    photo_out = tmp_path / "terug.jpg"
    assert cli("document", code, photo_id, "--out", str(photo_out)).code == 0
    stored = photo_out.read_bytes()
    assert sha(stored) == docs[photo_id]["sha256"] and len(stored) == docs[photo_id]["size"]
    assert b"Cameramerk" in photo.read_bytes() and b"Cameramerk" not in stored

    gone = cli("detach", code, letter_id)
    assert gone.code == 0, gone.err
    assert [d["id"] for d in json.loads(cli("documents", code, "--json").out)] == [photo_id]
    assert cli("document", code, letter_id, "--out", str(tmp_path / "x.pdf")).code == 2


def _fingerprint(vault: VaultFiles) -> str:
    return sha(vault.path.read_bytes())


@pytest.mark.parametrize(
    ("name", "data", "status", "says"),
    [
        ("nep.pdf", b"gewoon tekst\n", 6, "holds plain text"),
        ("slot.pdf", encrypted_pdf(), 6, "password-protected"),
        ("kapot.pdf", b"%PDF-1.4\nkapot", 6, "damaged PDF"),
        ("bom.docx", zip_bomb_docx(), 6, "zip bomb"),
        ("prog.exe", b"MZ\x90\x00\x03", 6, "a program"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    cli: Cli, vault: VaultFiles, code: str, tmp_path: Path, name: str, data: bytes,
    status: int, says: str,
) -> None:  # fmt: skip
    path = tmp_path / name
    path.write_bytes(data)
    before = _fingerprint(vault)
    result = cli("attach", code, str(path))
    assert result.code == status, result.err
    assert says in result.err and result.err.count("\n") == 1 and result.out == ""
    assert _fingerprint(vault) == before


def test_usage_errors(cli: Cli, vault: VaultFiles, code: str, tmp_path: Path) -> None:
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(pdf_bytes("x"))
    assert cli("attach", "VP-1999-0001", str(letter)).code == 2
    assert cli("attach", code, str(letter), "--kind", "toverspreuk").code == 2
    assert cli("attach", code, str(letter), "--date", "3 maart").code == 2
    assert cli("documents", "VP-1999-0001", "--json").code == 2
    missing = cli("attach", code, str(tmp_path / "weg.pdf"))
    assert missing.code == 6 and "no such file" in missing.err
    doc_id = cli("attach", code, str(letter)).out.strip()
    before = _fingerprint(vault)
    refused = cli("document", code, doc_id, "--out", str(vault.path))
    assert refused.code == 2 and "vault" in refused.err
    keys = cli("document", code, doc_id, "--out", str(vault.path) + ".keys")
    assert keys.code == 2
    assert _fingerprint(vault) == before


def test_size_limit(cli: Cli, vault: VaultFiles, code: str, tmp_path: Path) -> None:
    big = tmp_path / "groot.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(100_000_001)
    result = cli("attach", code, str(big))
    assert result.code == 6 and "at most 100 MB" in result.err


def test_consented_documents_are_annexes_and_travel_and_are_destroyed(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    case = make_case()
    case.code = "VP-2026-0100"
    base = json.loads(dump_interchange([case]))
    (tmp_path / "case.json").write_text(json.dumps(base))
    assert cli("import", str(tmp_path / "case.json")).out.strip() == "VP-2026-0100"
    (tmp_path / "a.pdf").write_bytes(pdf_bytes(f"{MARKER} gedeeld"))
    (tmp_path / "b.pdf").write_bytes(pdf_bytes("Nietgedeeldgeheim"))
    shared = cli("attach", "VP-2026-0100", str(tmp_path / "a.pdf")).out.strip()
    cli("attach", "VP-2026-0100", str(tmp_path / "b.pdf"))

    # consent naming the first document, given through export and import
    assert cli("export", "VP-2026-0100", "--out", str(tmp_path / "e.json")).code == 0
    exported = json.loads((tmp_path / "e.json").read_text())
    assert len(exported["cases"][0]["documents"]) == 2
    exported["cases"][0]["code"] = "VP-2026-0200"
    exported["cases"][0]["consents"][0]["scope"]["documents"] = [shared]
    (tmp_path / "f.json").write_text(json.dumps(exported))
    assert cli("import", str(tmp_path / "f.json")).out.strip() == "VP-2026-0200"

    identity = tmp_path / "id.json"
    identity.write_text('{"name": "A. Cliënt", "address": "Straat 1, 1234 AB Plaats"}')
    for code, expect in (("VP-2026-0200", True), ("VP-2026-0100", False)):
        out = tmp_path / f"{code}.pdf"
        done = cli("pdf", code, "--kind", "complaint", "--out", str(out),
                   "--identity-file", str(identity))  # fmt: skip
        assert done.code == 0, done.err
        text = "".join(p.extract_text() for p in PdfReader(out).pages)
        assert (MARKER in text) is expect and ("Bijlage 1" in text) is expect
        assert "Nietgedeeldgeheim" not in text

    package = tmp_path / "h.vtho"
    handed = cli("handover", "VP-2026-0200", "--out", str(package))
    assert handed.code == 0, handed.err
    assert MARKER.encode() not in package.read_bytes()

    plain = decrypt_file(vault.path, vault.recovery_key)
    assert plain.count(MARKER.encode()) >= 2
    for code in ("VP-2026-0100", "VP-2026-0200"):
        assert cli("destroy", code, "--yes").code == 0
    assert MARKER.encode() not in decrypt_file(vault.path, vault.recovery_key)
