"""Ordinary Dutch words and first names, read from the word lists deduce ships.

Deduce subtracts every surname from its own list of common words before using it, so an
ordinary word that is also a surname ("Punt", "Stap", "Kok", "Bos", "Winter") is tagged as a
name when it opens a line or sentence and so is capitalised. This module keeps the full list
to recognise those words (see `allowlist.ordinary_word_at_start`), and the first names to
recognise a name written in lowercase right after a role word ("moeder anja").

The lists are read from deduce's installed data files, without importing deduce, and only
when the detector has its tables (so they are there anyway).
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

from vertrouwen.privacy.findings import words_of

# Headings and words of the trade that open a line in a note ("Uitkomst:", "Actie:"), which
# deduce's list of everyday words lacks.
_NOTE_WORDS = words_of("""
    actie acties uitkomst notitie notities vervolg vervolgstap aanwezig aanwezigen reden besluit
    opmerking opmerkingen post bijlage bijlagen huisbezoek gesprek gesprekken verslag agenda
    samenvatting conclusie advies contact telefonisch telefoon mail e-mail brief klacht
    klachten klachtpunt afspraken doel doelen vraag vragen stand zorgen punten stappen
    hoorzitting bemiddeling evaluatie tussenevaluatie terugkoppeling overleg intake status
    vandaag gisteren morgen overmorgen vanavond vanmiddag vanochtend straks later eerst daarna
    nog geen wel niet kort lang nieuw goed slecht groot klein jonge jong oud oude
    kern context achtergrond aanleiding situatie hulpvraag wens wensen voorstel resultaat
    terugblik planning taak taken onderwerp thema signaal melding tip info extra todo datum
    tijdstip locatie vervolgafspraak toelichting bespreekpunten
    """)

_lock = threading.Lock()
_ordinary: frozenset[str] | None = None
_first_names: frozenset[str] | None = None


def _deduce_lookup_dir() -> Path | None:
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "data" / "lookup" / "src"
        if folder.is_dir():
            return folder
    return None


def _read(relative: str) -> frozenset[str]:
    folder = _deduce_lookup_dir()
    if folder is None:
        return frozenset()
    try:
        lines = (folder / relative).read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip().casefold() for line in lines if line.strip())


def ordinary_words() -> frozenset[str]:
    """Everyday Dutch words (case-folded), surnames among them included."""
    global _ordinary
    with _lock:
        if _ordinary is None:
            _ordinary = (
                _read("whitelist/lst_common_word/items.txt")
                | _read("whitelist/lst_stop_word/items.txt")
                | _NOTE_WORDS
            )
        return _ordinary


def first_names() -> frozenset[str]:
    """First names (case-folded) that are not also everyday words ("Roos" stays, "Wil" goes)."""
    global _first_names
    common = ordinary_words()
    with _lock:
        if _first_names is None:
            names = _read("names/lst_first_name/items.txt")
            _first_names = frozenset(n for n in names if len(n) >= 3 and n not in common)
        return _first_names
