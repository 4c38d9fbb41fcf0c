"""Reading PDFs back for tests: text (pypdf, and poppler's pdftotext when installed), fonts,
encryption and metadata. Tests never trust the writer.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from tests.conftest import make_case
from vertrouwen.domain import (
    Action,
    Case,
    ComplaintPoint,
    Consent,
    ConsentScope,
    Note,
    NoteKind,
    Owner,
    Step,
    StepOutcome,
)

# The standard 14 fonts a viewer substitutes instead of reading them from the file.
STANDARD_FONTS = (
    "Helvetica",
    "Times",
    "Courier",
    "Symbol",
    "ZapfDingbats",
)


def reader(data: bytes, password: str | None = None) -> PdfReader:
    r = PdfReader(io.BytesIO(data))
    if r.is_encrypted:
        assert password is not None, "the PDF is encrypted"
        assert r.decrypt(password), "the password does not open the PDF"
    return r


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces (extraction breaks lines where the layout does)."""
    return re.sub(r"\s+", " ", text).strip()


def pypdf_text(data: bytes, password: str | None = None) -> str:
    return squash("\n".join(page.extract_text() or "" for page in reader(data, password).pages))


def have_poppler() -> bool:
    return shutil.which("pdftotext") is not None


def poppler_text(path: Path, password: str | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if password is not None:
        args += ["-upw", password]
    proc = subprocess.run([*args, str(path), "-"], capture_output=True, check=True, timeout=60)
    return squash(proc.stdout.decode("utf-8"))


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts(data: bytes, password: str | None = None) -> dict[str, bool]:
    """Every font used on any page -> whether its program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in reader(data, password).pages:
        resources = _resolve(page.get("/Resources")) or DictionaryObject()
        font_dict = _resolve(resources.get("/Font")) or DictionaryObject()
        for ref in font_dict.values():
            font = _resolve(ref)
            name = str(font.get("/BaseFont"))
            descriptor = _resolve(font.get("/FontDescriptor"))
            if descriptor is None and "/DescendantFonts" in font:
                descendant = _resolve(_resolve(font["/DescendantFonts"])[0])
                descriptor = _resolve(descendant.get("/FontDescriptor"))
            embedded = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[name] = embedded
    return found


def encryption(data: bytes) -> dict[str, Any]:
    """The /Encrypt dictionary's version, revision and crypt filter method."""
    r = PdfReader(io.BytesIO(data))
    enc = _resolve(r.trailer["/Encrypt"])
    filters = _resolve(enc.get("/CF")) or {}
    std = _resolve(filters.get("/StdCF")) or {}
    return {"V": int(enc["/V"]), "R": int(enc["/R"]), "CFM": str(std.get("/CFM"))}


def metadata_text(data: bytes, password: str | None = None) -> str:
    """All document-information values, and the XMP stream if any, as one string."""
    r = reader(data, password)
    values = [str(v) for v in (r.metadata or {}).values()]
    xmp = r.trailer["/Root"].get("/Metadata")
    if xmp is not None:
        values.append(_resolve(xmp).get_data().decode("utf-8", "replace"))
    return "\n".join(values)


def page_sizes(data: bytes, password: str | None = None) -> set[tuple[int, int]]:
    return {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in reader(data, password).pages
    }


# -- a case with a unique marker word in every part -------------------------------------------
# Consent A covers note n1 and the complaint points; B (withdrawn) and C (not yet given) cover
# everything else, so on DAY only the CONSENTED markers may appear in an export.
CONSENTED = ("MARKERNOTEALPHA", "MARKERPOINTSUMMARY", "MARKERPOINTWANTED")
WITHHELD = (
    "MARKERNOTEBRAVO",
    "MARKERNOTECHARLIE",
    "MARKERSTEPHIDDEN",
    "MARKERACTIONHIDDEN",
    "MARKERWITHDRAWNTO",
    "MARKERFUTURETO",
    "MARKERPURPOSEHIDDEN",
)
RECIPIENT = "Klachtencommissie Jeugdhulp Regio"
IDENTITY = {
    "name": "Łukasz Yılmaz-Øberg",
    "address": "Kerkstraat 12 bis, 3512 AB Utrecht",
    "email": "l.yilmaz@example.nl",
    "phone": "06 12345678",
}


def marker_case(**overrides: Any) -> Case:
    case = make_case(
        notes=[
            Note("n1", date(2026, 3, 2), NoteKind.CONVERSATION, 45, "Gesprek: MARKERNOTEALPHA."),
            Note("n2", date(2026, 3, 9), NoteKind.PHONE, 15, "Gebeld: MARKERNOTEBRAVO."),
            Note("n3", date(2026, 3, 12), NoteKind.HOME_VISIT, 60, "Bezoek: MARKERNOTECHARLIE."),
        ],
        complaint_points=[
            ComplaintPoint("Niet teruggebeld MARKERPOINTSUMMARY", "Excuses MARKERPOINTWANTED")
        ],
        steps=[
            Step("signaal", date(2026, 3, 2), date(2026, 3, 9), StepOutcome.NOT_RESOLVED),
            Step("MARKERSTEPHIDDEN", date(2026, 3, 10), None, None),
        ],
        actions=[Action("Brief sturen MARKERACTIONHIDDEN", Owner.ADVISOR, date(2026, 3, 16))],
        consents=[
            Consent(
                date(2026, 3, 5),
                RECIPIENT,
                "formele klacht",
                ConsentScope(notes=["n1"], complaint_points=True),
                method="signed",
            ),
            Consent(
                date(2026, 3, 3),
                "MARKERWITHDRAWNTO",
                "MARKERPURPOSEHIDDEN",
                ConsentScope(notes="all", complaint_points=True, steps=True, actions=True),
                withdrawn=date(2026, 3, 4),
            ),
            Consent(
                date(2099, 1, 1),
                "MARKERFUTURETO",
                "MARKERPURPOSEHIDDEN",
                ConsentScope(notes=["n2", "n3"], steps=True, actions=True),
            ),
        ],
    )
    for key, value in overrides.items():
        setattr(case, key, value)
    return case
