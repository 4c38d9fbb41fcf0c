"""The complaint letter and the anonymous summary, read back with pypdf (and pdftotext)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.pdf_helpers import (
    CONSENTED,
    IDENTITY,
    RECIPIENT,
    WITHHELD,
    encryption,
    fonts,
    have_poppler,
    marker_case,
    metadata_text,
    page_sizes,
    poppler_text,
    pypdf_text,
    squash,
)
from vertrouwen import clock
from vertrouwen.domain import Consent, ConsentScope, Note, NoteKind
from vertrouwen.errors import InputError, RefusedError
from vertrouwen.export import pdfkit
from vertrouwen.export.anonymous_pdf import build_anonymous, open_findings_for_export
from vertrouwen.export.complaint_pdf import DeadlineLine, build_complaint
from vertrouwen.export.consent import disclose
from vertrouwen.export.identity import Identity, load_identity, parse_identity
from vertrouwen.privacy import Detector

DAY = date(2026, 4, 1)
A4 = (595, 842)


def _identity() -> Identity:
    return parse_identity(json.dumps(IDENTITY).encode(), "test")


def _complaint(password: str | None = None, **kw: object) -> bytes:
    case = marker_case(code="VP-2026-0042")
    return build_complaint(
        disclose(case, DAY), _identity(), password=password, compute_deadlines=False, **kw
    )


def _anonymous(case: object = None, ignored: set[str] | None = None, **kw: object) -> bytes:
    case = case or marker_case(code="VP-2026-0042")
    return build_anonymous(case, disclose(case, DAY), Detector(), ignored or set(), **kw)


# -- shared kit -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 3, 2), "2 maart 2026"),
        (date(2026, 1, 1), "1 januari 2026"),
        (date(2025, 12, 31), "31 december 2025"),
    ],
)
def test_dutch_dates(day: date, text: str) -> None:
    assert clock.dutch_date(day) == text
    assert clock.dutch_month(day) == text.split(" ", 1)[1]


def test_fonts_ship_with_their_licence() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVu-LICENSE.txt"):
        assert (pdfkit.FONTS_DIR / name).is_file()


# -- the complaint letter ---------------------------------------------------------------------
def test_complaint_holds_consented_content_only() -> None:
    text = pypdf_text(_complaint())
    for word in CONSENTED:
        assert word in text
    for word in WITHHELD:
        assert word not in text
    assert RECIPIENT in text and "Jeugdhulp Voorbeeld" in text
    assert "VP-2026-0042" in text


def test_complaint_has_identity_and_letter_parts() -> None:
    text = pypdf_text(_complaint())
    for value in IDENTITY.values():
        assert squash(value) in text
    assert "1 april 2026" in text  # the letter's date, in Dutch
    assert "Geachte leden van de commissie" in text
    assert "Met vriendelijke groet" in text and "Plaats:" in text
    assert "Bijlagen" in text and "☐" in text
    assert "Bijlage A" in text  # the consented note as an enclosure
    assert "pagina 1 van" in text


def test_complaint_with_steps_and_actions_consented() -> None:
    case = marker_case(code="VP-2026-0042")
    case.consents[0].scope = ConsentScope(["n1"], complaint_points=True, steps=True, actions=True)
    data = build_complaint(disclose(case, DAY), _identity(), compute_deadlines=False)
    text = pypdf_text(data)
    assert "MARKERSTEPHIDDEN" in text and "MARKERACTIONHIDDEN" in text
    assert "Signaal aan medewerker" in text or "signaal" in text.lower()


def test_complaint_deadlines_with_sources_or_a_reference() -> None:
    lines = [DeadlineLine("Beslissing op de klacht", date(2026, 5, 13), "Awb art. 9:11")]
    text = pypdf_text(_complaint(deadlines=lines))
    assert "13 mei 2026" in text and "Awb art. 9:11" in text
    assert "klachtenregeling van Jeugdhulp Voorbeeld" in pypdf_text(_complaint(deadlines=[]))


def test_complaint_computes_deadlines_from_disclosed_content() -> None:
    case = marker_case(code="VP-2026-0042")
    data = build_complaint(disclose(case, DAY), _identity())  # the routes engine, if present
    assert "Termijnen" in pypdf_text(data)


def test_fonts_are_embedded_and_page_is_a4() -> None:
    for data in (_complaint(), _anonymous()):
        used = fonts(data)
        assert used, "no fonts found"
        assert all(used.values()), f"not embedded: {used}"
        assert not any(std in name for name in used for std in ("Helvetica", "Times"))
        assert page_sizes(data) == {A4}


def test_metadata_holds_no_client_data() -> None:
    for data, title in ((_complaint(), "Klacht"), (_anonymous(), "Anonieme samenvatting")):
        meta = metadata_text(data)
        assert title in meta and "Vertrouwen" in meta
        for word in (*CONSENTED, *IDENTITY.values(), "Jeugdhulp Voorbeeld", "VP-2026-0042"):
            assert word not in meta


def test_password_means_aes_256() -> None:
    data = _complaint(password="s3cret wachtwoord")
    assert encryption(data) == {"V": 5, "R": 6, "CFM": "/AESV3"}
    assert IDENTITY["name"].encode() not in data
    assert "MARKERNOTEALPHA" in pypdf_text(data, "s3cret wachtwoord")
    with pytest.raises(AssertionError, match="does not open"):
        pypdf_text(data, "wrong")
    anonymous = _anonymous(password="pw")
    assert encryption(anonymous)["R"] == 6


@pytest.mark.skipif(not have_poppler(), reason="poppler-utils (pdftotext) not installed")
def test_poppler_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "klacht.pdf"
    path.write_bytes(_complaint(password="pw"))
    text = poppler_text(path, "pw")
    assert all(word in text for word in CONSENTED)
    assert not any(word in text for word in WITHHELD)
    assert IDENTITY["name"] in text and IDENTITY["address"] in text


def test_long_letter_flows_over_pages() -> None:
    case = marker_case(code="VP-2026-0042")
    case.notes[0].text = "\n\n".join(f"Alinea {i}: " + "woorden " * 80 for i in range(30))
    data = build_complaint(disclose(case, DAY), _identity(), compute_deadlines=False)
    text = pypdf_text(data)
    pages = int(text.split("pagina 1 van ")[1].split()[0])
    assert pages >= 3 and f"pagina {pages} van {pages}" in text
    assert "Alinea 29" in text


# -- the identity file ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"[]", "JSON object"),
        (json.dumps({"name": "A"}).encode(), "no 'address'"),
        (json.dumps({"name": " ", "address": "B"}).encode(), "no 'name'"),
        (json.dumps({"name": "A", "address": "B", "klantnummer": 12}).encode(), "short text"),
        (json.dumps({"name": "A", "address": ["B"]}).encode(), "must be text"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_identity_file_errors(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as err:
        parse_identity(raw, "id.json")
    assert err.value.exit_code == 6


def test_identity_values_never_in_messages_or_repr(tmp_path: Path) -> None:
    secret = {"name": "Geheime Naam", "address": "Geheim Adres 1", "nickname": ["x"]}
    with pytest.raises(InputError) as err:
        parse_identity(json.dumps(secret).encode(), "id.json")
    assert "Geheim" not in str(err.value)
    ident = _identity()
    assert IDENTITY["name"] not in repr(ident) and IDENTITY["name"] not in str(ident)
    with pytest.raises(InputError, match="does not exist"):
        load_identity(tmp_path / "missing.json")


def test_identity_extra_text_keys_are_kept_for_the_letter() -> None:
    raw = {"name": "A", "address": "Straat 1", "geboortedatum": "1 mei 1990", "x": None}
    ident = parse_identity(json.dumps(raw).encode(), "x")
    assert ident.extra == (("geboortedatum", "1 mei 1990"),)


def test_identity_optional_parts() -> None:
    raw = {"name": "A", "address": "Straat 1", "postcode": "1234 AB", "city": "Ergens"}
    ident = parse_identity(json.dumps(raw).encode(), "x")
    assert ident.address_lines() == ["Straat 1", "1234 AB Ergens"]
    assert ident.email == "" and ident.phone == ""


# -- the anonymous summary --------------------------------------------------------------------
def test_anonymous_holds_consented_content_and_no_identity() -> None:
    text = pypdf_text(_anonymous())
    for word in CONSENTED:
        assert word in text
    for word in WITHHELD:
        assert word not in text
    assert "Jeugdhulp Voorbeeld" not in text  # the organisation by kind only
    assert "Ambulante jeugdhulp" in text and "Jeugdwet" in text
    assert "maart 2026" in text and "2 maart 2026" not in text  # months, not days
    assert "VP-2026-0042" in text  # the neutral reference


def test_anonymous_refused_while_findings_are_open() -> None:
    case = marker_case(code="VP-2026-0042")
    case.notes[0].text = "Moeder belde vanaf 06-12345678 over MARKERNOTEALPHA."
    d = disclose(case, DAY)
    found = open_findings_for_export(case, d, Detector(), set())
    assert [(f.part, f.ref, f.kind) for f in found] == [("note", "n1", "phone")]
    assert case.notes[0].text[found[0].start : found[0].end] == "06-12345678"
    with pytest.raises(RefusedError) as err:
        _anonymous(case)
    assert err.value.exit_code == 5
    assert "notitie n1 (phone)" in str(err.value) and "1 possible" in str(err.value)
    assert "12345678" not in str(err.value)
    # allowed once the advisor marks it as not personal data ...
    assert "06-12345678" in pypdf_text(_anonymous(case, ignored={"06-12345678"}))
    # ... or replaces it
    case.notes[0].text = "Moeder belde vanaf [TELEFOON] over MARKERNOTEALPHA."
    assert "[TELEFOON]" in pypdf_text(_anonymous(case))


def test_anonymous_guard_ignores_withheld_content() -> None:
    case = marker_case(code="VP-2026-0042")
    case.notes.append(Note("n4", date(2026, 3, 20), NoteKind.PHONE, 5, "Bel 06-12345678"))
    assert pypdf_text(_anonymous(case))  # n4 is not consented: it does not block


def test_anonymous_guard_covers_points_and_actions() -> None:
    case = marker_case(code="VP-2026-0042")
    case.complaint_points[0].desired_outcome = "Mail naar jan@example.nl"
    case.actions[0].description = "Bel 06-12345678"
    case.consents.append(
        Consent(date(2026, 3, 6), "Intervisie", "intervisie", ConsentScope(actions=True))
    )
    found = open_findings_for_export(case, disclose(case, DAY), Detector(), set())
    assert {(f.part, f.ref, f.field, f.kind) for f in found} == {
        ("complaint_point", "1", "desired_outcome", "email"),
        ("action", "1", "description", "phone"),
    }
