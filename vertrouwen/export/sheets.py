"""The printable sheets that carry a secret: the recovery key ("noodkaart") and a handover
package's one-time passphrase.

The layout is drawn once, here, onto a `SheetCanvas`: reportlab draws it into a PDF (only when
the user chose to save the noodkaart as a file, see `recovery_sheet`), and the UI draws the
very same layout onto a printer with QPainter, straight from memory. Coordinates are PDF
points on an A4 page, origin bottom-left; each canvas measures text in its own font engine, so
lines wrap where that engine needs them to. The fonts are the bundled DejaVu files on both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from vertrouwen.clock import DUTCH_MONTHS
from vertrouwen.workspace import format_recovery_key

MM = 72 / 25.4
A4_WIDTH, A4_HEIGHT = 595.2756, 841.8898

SANS, SANS_BOLD, MONO_BOLD = "sans", "sans-bold", "mono-bold"
FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}

Color = tuple[float, float, float]
INK: Color = (0.12, 0.16, 0.2)
ACCENT: Color = (0.12, 0.37, 0.45)
MUTED: Color = (0.38, 0.43, 0.47)


class SheetCanvas(Protocol):
    """What a sheet needs from a drawing surface (reportlab's canvas, a QPainter)."""

    def width(self, text: str, font: str, size: float) -> float: ...

    def text(self, x: float, y: float, text: str, font: str, size: float, color: Color) -> None:
        """Draw `text` with its baseline starting at (x, y)."""

    def rounded_rect(
        self, x: float, y: float, w: float, h: float, radius: float, color: Color, line: float
    ) -> None:
        """An outlined box whose lower-left corner is (x, y)."""

    def dot(self, x: float, y: float, radius: float, color: Color) -> None: ...

    def line(self, x1: float, y1: float, x2: float, y2: float, color: Color, width: float) -> None:
        """A straight rule."""


_MONTHS = {
    "nl": list(DUTCH_MONTHS),
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def long_date(day: date, language: str) -> str:
    """ "2 maart 2026" / "2 March 2026"."""
    return f"{day.day} {_MONTHS[_language(language)][day.month - 1]} {day.year}"


def _language(language: str) -> str:
    return "en" if language == "en" else "nl"


def wrap(canvas: SheetCanvas, text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap in the canvas's own metrics; a word wider than a line (a long path)
    is broken between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if canvas.width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while canvas.width(word, font, size) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and canvas.width(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@dataclass
class _Flow:
    """A cursor moving down the page, with the shared heading / paragraph / bullet styles."""

    canvas: SheetCanvas
    left: float = 25 * MM
    right: float = A4_WIDTH - 25 * MM
    y: float = A4_HEIGHT - 30 * MM

    def heading(self, title: str) -> None:
        self.canvas.text(self.left, self.y, title, SANS_BOLD, 13, ACCENT)
        self.y -= 7 * MM

    def paragraph(self, body: str, indent: float = 0.0, size: float = 11) -> None:
        width = self.right - self.left - indent
        for line in wrap(self.canvas, body, SANS, size, width):
            self.canvas.text(self.left + indent, self.y, line, SANS, size, INK)
            self.y -= size / 2 * MM

    def bullets(self, rules: list[str]) -> None:
        for rule in rules:
            self.canvas.dot(self.left + 1.5 * MM, self.y + 1.3 * MM, 0.9 * MM, ACCENT)
            self.paragraph(rule, indent=6 * MM)
            self.y -= 2 * MM

    def caption(self, text: str) -> None:
        self.canvas.text(self.left, self.y, text.upper(), SANS_BOLD, 9, MUTED)

    def title_block(self, title: str, subtitle: str, made: str) -> None:
        self.canvas.text(self.left, self.y, title, SANS_BOLD, 26, ACCENT)
        self.y -= 9 * MM
        self.canvas.text(self.left, self.y, subtitle, SANS, 13, INK)
        self.y -= 6 * MM
        self.canvas.text(self.left, self.y, made, SANS, 10, MUTED)
        self.y -= 14 * MM

    def secret_box(self, caption: str, rows: list[list[str]], size: float) -> None:
        """The secret, large and monospaced, in a framed box: one row per line, the groups of
        a row in equal columns."""
        height = (14 + 10 * len(rows)) * MM
        self.canvas.rounded_rect(
            self.left, self.y - height, self.right - self.left, height, 4 * MM, ACCENT, 1.5
        )
        self.canvas.text(self.left + 6 * MM, self.y - 7 * MM, caption.upper(), SANS_BOLD, 9, MUTED)
        for index, groups in enumerate(rows):
            column = (self.right - self.left - 12 * MM) / len(groups)
            for col, group in enumerate(groups):
                x = self.left + 6 * MM + col * column
                self.canvas.text(x, self.y - (17 + index * 10) * MM, group, MONO_BOLD, size, INK)
        self.y -= height + 10 * MM

    def field(self, caption: str, value: str) -> None:
        self.caption(caption)
        for line in wrap(self.canvas, value, SANS, 10, self.right - self.left):
            self.y -= 5 * MM
            self.canvas.text(self.left, self.y, line, SANS, 10, INK)
        self.y -= 12 * MM

    def write_in(self, prompt: str) -> None:
        """A prompt with a rule to write on by hand."""
        self.y -= 8 * MM
        self.canvas.text(self.left, self.y, prompt, SANS, 11, INK)
        start = self.left + self.canvas.width(prompt, SANS, 11) + 4 * MM
        self.canvas.line(start, self.y - 1 * MM, self.right, self.y - 1 * MM, MUTED, 0.5)

    def footer(self, text: str) -> None:
        self.canvas.text(self.left, 15 * MM, text, SANS, 8, MUTED)


_RECOVERY: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Noodkaart",
        "subtitle": "Herstelsleutel voor je Vertrouwen-kluis",
        "made": "Gemaakt op {date}",
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
        "made": "Made on {date}",
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

_RECOVERY_RULES: dict[str, list[str]] = {
    "nl": [
        "Wie deze kaart heeft, kan al je dossiers lezen. Behandel hem als een huissleutel.",
        "Bewaar hem op een veilige plek, niet in je laptoptas en niet bij de laptop.",
        "Maak er geen foto of scan van, en zet hem niet in de cloud, in je mail of op je laptop.",
        "Zonder wachtwoordzin \u00e9n zonder deze sleutel is de kluis niet meer te openen. "
        "Niemand kan hem dan herstellen, ook de makers van Vertrouwen niet.",
        "De sleutel is ook de SQLCipher-sleutel van het kluisbestand: met elk standaard "
        "SQLCipher 4-programma blijven je gegevens te openen, ook zonder Vertrouwen.",
    ],
    "en": [
        "Whoever holds this sheet can read all your cases. Treat it like a house key.",
        "Keep it in a safe place, not in your laptop bag and not with the laptop.",
        "Do not photograph or scan it, and do not put it in the cloud, in e-mail or on your "
        "laptop.",
        "Without the passphrase and without this key the vault cannot be opened. "
        "Nobody can recover it then, not even the makers of Vertrouwen.",
        "The key is also the SQLCipher key of the vault file: any standard SQLCipher 4 "
        "program can open your data, even without Vertrouwen.",
    ],
}


def recovery_title(language: str) -> str:
    """The sheet's name, for a PDF title or a print job name (never anything secret)."""
    return f"Vertrouwen \u2014 {_RECOVERY[_language(language)]['title']}"


def draw_recovery_sheet(
    canvas: SheetCanvas,
    key: bytes,
    vault_path: Path,
    created: date | None = None,
    language: str = "nl",
) -> None:
    """The noodkaart: the key in two rows of four groups, the vault path, what it is for and
    how to keep it. Nothing else: no case data, no names, no passphrase."""
    language = _language(language)
    text = _RECOVERY[language]
    flow = _Flow(canvas)
    made = text["made"].format(date=long_date(created or date.today(), language))
    flow.title_block(text["title"], text["subtitle"], made)
    groups = format_recovery_key(key, grouped=True).split()
    flow.secret_box(text["key"], [groups[:4], groups[4:]], 19)
    flow.field(text["vault"], str(vault_path))
    flow.heading(text["what"])
    flow.paragraph(text["what_text"])
    flow.y -= 6 * MM
    flow.heading(text["keep"])
    flow.bullets(_RECOVERY_RULES[language])
    flow.write_in(text["kept_at"])
    flow.footer(text["footer"])


_HANDOVER: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Overdracht",
        "subtitle": "Wachtwoord voor een overdrachtspakket van Vertrouwen",
        "made": "Gemaakt op {date}",
        "secret": "Wachtwoord",
        "package": "Pakket",
        "one": "{name} (1 dossier)",
        "many": "{name} ({count} dossiers)",
        "what": "Wat is dit?",
        "what_text": (
            "Je collega opent het pakket in Vertrouwen bij Instellingen > Overdracht > "
            "\u2018Overdracht ontvangen\u2026\u2019 en typt dit wachtwoord over (streepjes en "
            "spaties mogen)."
        ),
        "keep": "Zo ga je ermee om",
        "received": "Ontvangen door:",
        "footer": "Vertrouwen \u00b7 dit papier bevat geen dossiergegevens",
    },
    "en": {
        "title": "Handover",
        "subtitle": "Password for a Vertrouwen handover package",
        "made": "Made on {date}",
        "secret": "Password",
        "package": "Package",
        "one": "{name} (1 case)",
        "many": "{name} ({count} cases)",
        "what": "What is this?",
        "what_text": (
            "Your colleague opens the package in Vertrouwen under Settings > Handover > "
            "\u2018Receive handover\u2026\u2019 and types this password (dashes and spaces "
            "are fine)."
        ),
        "keep": "How to handle it",
        "received": "Received by:",
        "footer": "Vertrouwen \u00b7 this sheet holds no case data",
    },
}

_HANDOVER_RULES: dict[str, list[str]] = {
    "nl": [
        "Wie het pakket \u00e9n dit wachtwoord heeft, kan de dossiers lezen.",
        "Geef dit papier apart van het bestand door, persoonlijk. Stuur het niet mee met het "
        "pakket, en niet per mail of chat.",
        "Versnipper het zodra je collega het pakket heeft geopend.",
    ],
    "en": [
        "Whoever has the package and this password can read the cases.",
        "Hand this sheet over apart from the file, in person. Do not send it with the "
        "package, nor by e-mail or chat.",
        "Shred it as soon as your colleague has opened the package.",
    ],
}


def handover_title(language: str) -> str:
    return f"Vertrouwen \u2014 {_HANDOVER[_language(language)]['title']}"


def draw_handover_sheet(
    canvas: SheetCanvas,
    passphrase: str,
    package_name: str,
    count: int,
    created: date | None = None,
    language: str = "nl",
) -> None:
    """The one-time passphrase of a handover package, to hand over on paper."""
    language = _language(language)
    text = _HANDOVER[language]
    flow = _Flow(canvas)
    made = text["made"].format(date=long_date(created or date.today(), language))
    flow.title_block(text["title"], text["subtitle"], made)
    flow.secret_box(text["secret"], [passphrase.split("-")], 19)
    what = text["one"] if count == 1 else text["many"]
    flow.field(text["package"], what.format(name=package_name, count=count))
    flow.heading(text["what"])
    flow.paragraph(text["what_text"])
    flow.y -= 6 * MM
    flow.heading(text["keep"])
    flow.bullets(_HANDOVER_RULES[language])
    flow.write_in(text["received"])
    flow.footer(text["footer"])


Drawing = Callable[[SheetCanvas], None]
