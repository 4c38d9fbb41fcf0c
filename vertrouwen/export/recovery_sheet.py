"""The "noodkaart": a printable A4 emergency sheet holding the recovery key.

It carries the key, the vault path, the date and instructions, and nothing else: no case data,
no names, no passphrase, nothing in the PDF metadata. Written atomically and owner-only.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from vertrouwen.fileio import write_atomic
from vertrouwen.vault.keys import format_recovery_key

_MONTHS_NL_TEXT = "januari februari maart april mei juni juli augustus september oktober november"
_MONTHS_EN_TEXT = "January February March April May June July August September October November"
_MONTHS_NL = [*_MONTHS_NL_TEXT.split(), "december"]
_MONTHS_EN = [*_MONTHS_EN_TEXT.split(), "December"]

_TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Noodkaart",
        "subtitle": "Herstelsleutel voor je Vertrouwen-kluis",
        "made": "Aangemaakt op {date}",
        "key": "Herstelsleutel",
        "vault": "Kluisbestand",
        "what": "Wat is dit?",
        "what_text": (
            "Met deze sleutel open je je kluis als je je wachtwoordzin kwijt bent. Kies bij het "
            "ontgrendelen \u2018Wachtwoordzin vergeten?\u2019, typ de sleutel over (spaties "
            "mogen) en stel een nieuwe wachtwoordzin in."
        ),
        "keep": "Zo bewaar je hem",
        "kept_at": "Bewaard op (plaats):",
        "footer": "Vertrouwen \u00b7 deze kaart bevat geen dossiergegevens",
    },
    "en": {
        "title": "Emergency sheet",
        "subtitle": "Recovery key for your Vertrouwen vault",
        "made": "Created on {date}",
        "key": "Recovery key",
        "vault": "Vault file",
        "what": "What is this?",
        "what_text": (
            "This key opens your vault when you have lost your passphrase. When unlocking, "
            "choose \u2018Forgot passphrase?\u2019, type the key (spaces are fine) and set a "
            "new passphrase."
        ),
        "keep": "How to keep it",
        "kept_at": "Kept at (place):",
        "footer": "Vertrouwen \u00b7 this sheet holds no case data",
    },
}

_RULES: dict[str, list[str]] = {
    "nl": [
        "Wie deze kaart heeft, kan al je dossiers lezen. Behandel hem als een huissleutel.",
        "Druk hem af en bewaar het papier op een veilige plek, niet in je laptoptas.",
        "Verwijder het PDF-bestand na het afdrukken; zet het niet in de cloud of in je mail.",
        "Zonder wachtwoordzin \u00e9n zonder deze sleutel is de kluis niet meer te openen. "
        "Niemand kan hem dan herstellen, ook de makers van Vertrouwen niet.",
        "De sleutel is ook de SQLCipher-sleutel van het kluisbestand: met elk standaard "
        "SQLCipher 4-programma blijven je gegevens te openen, ook zonder Vertrouwen.",
    ],
    "en": [
        "Whoever holds this sheet can read all your cases. Treat it like a house key.",
        "Print it and keep the paper in a safe place, not in your laptop bag.",
        "Delete the PDF file after printing; do not put it in the cloud or in e-mail.",
        "Without the passphrase and without this key the vault cannot be opened. "
        "Nobody can recover it then, not even the makers of Vertrouwen.",
        "The key is also the SQLCipher key of the vault file: any standard SQLCipher 4 "
        "program can open your data, even without Vertrouwen.",
    ],
}

_INK = (0.12, 0.16, 0.2)
_ACCENT = (0.12, 0.37, 0.45)
_MUTED = (0.38, 0.43, 0.47)


def _long_date(day: date, language: str) -> str:
    months = _MONTHS_EN if language == "en" else _MONTHS_NL
    return f"{day.day} {months[day.month - 1]} {day.year}"


def render_recovery_sheet(
    key: bytes, vault_path: Path, created: date | None = None, language: str = "nl"
) -> bytes:
    """The sheet as PDF bytes (A4, one page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    language = "en" if language == "en" else "nl"
    text = _TEXT[language]
    created = created or date.today()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4, invariant=True)
    # Metadata says what the file is, never who it is about.
    pdf.setTitle(f"Vertrouwen \u2014 {text['title']}")
    pdf.setAuthor("")
    pdf.setSubject("")
    pdf.setCreator("Vertrouwen")
    width, height = A4
    left, right = 25 * mm, width - 25 * mm
    y = height - 30 * mm

    pdf.setFillColorRGB(*_ACCENT)
    pdf.setFont("Helvetica-Bold", 26)
    pdf.drawString(left, y, text["title"])
    pdf.setFont("Helvetica", 13)
    pdf.setFillColorRGB(*_INK)
    y -= 9 * mm
    pdf.drawString(left, y, text["subtitle"])
    pdf.setFillColorRGB(*_MUTED)
    pdf.setFont("Helvetica", 10)
    y -= 6 * mm
    pdf.drawString(left, y, text["made"].format(date=_long_date(created, language)))

    # The key: two rows of four groups, large and monospaced, in a framed box.
    y -= 14 * mm
    groups = format_recovery_key(key, grouped=True).split()
    box_height = 34 * mm
    pdf.setStrokeColorRGB(*_ACCENT)
    pdf.setLineWidth(1.5)
    pdf.roundRect(left, y - box_height, right - left, box_height, 4 * mm, stroke=1, fill=0)
    pdf.setFillColorRGB(*_MUTED)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(left + 6 * mm, y - 7 * mm, text["key"].upper())
    pdf.setFillColorRGB(*_INK)
    pdf.setFont("Courier-Bold", 19)
    column = (right - left - 12 * mm) / 4
    for row in range(2):
        for col in range(4):
            pdf.drawString(
                left + 6 * mm + col * column,
                y - (17 + row * 10) * mm,
                groups[row * 4 + col],
            )
    y -= box_height + 10 * mm

    pdf.setFillColorRGB(*_MUTED)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(left, y, text["vault"].upper())
    pdf.setFillColorRGB(*_INK)
    pdf.setFont("Courier", 10)
    for line in simpleSplit(str(vault_path), "Courier", 10, right - left):
        y -= 5 * mm
        pdf.drawString(left, y, line)
    y -= 12 * mm

    def heading(title: str) -> None:
        nonlocal y
        pdf.setFillColorRGB(*_ACCENT)
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawString(left, y, title)
        y -= 7 * mm

    def paragraph(body: str, indent: float = 0.0) -> None:
        nonlocal y
        pdf.setFillColorRGB(*_INK)
        pdf.setFont("Helvetica", 11)
        for line in simpleSplit(body, "Helvetica", 11, right - left - indent):
            pdf.drawString(left + indent, y, line)
            y -= 5.5 * mm

    heading(text["what"])
    paragraph(text["what_text"])
    y -= 6 * mm
    heading(text["keep"])
    for rule in _RULES[language]:
        pdf.setFillColorRGB(*_ACCENT)
        pdf.circle(left + 1.5 * mm, y + 1.3 * mm, 0.9 * mm, stroke=0, fill=1)
        paragraph(rule, indent=6 * mm)
        y -= 2 * mm

    y -= 10 * mm
    pdf.setFillColorRGB(*_INK)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(left, y, text["kept_at"])
    pdf.setStrokeColorRGB(*_MUTED)
    pdf.setLineWidth(0.5)
    pdf.line(left + 40 * mm, y - 1 * mm, right, y - 1 * mm)

    pdf.setFillColorRGB(*_MUTED)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(left, 15 * mm, text["footer"])
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write_recovery_sheet(
    out: Path, key: bytes, vault_path: Path, created: date | None = None, language: str = "nl"
) -> None:
    """Write the sheet to `out` atomically, readable by the owner only."""
    write_atomic(out, render_recovery_sheet(key, vault_path, created, language))
