"""The detector: the lexicon-based name finder plus the validated pattern detectors.

Until v2 this ran deduce's full pipeline for names and places: 1.1 GB peak per process and
5-10 s to start, while it missed the names its lists lack. Names are now found by what they
are (`names`), with OpenTaal's Dutch lexicon and deduce's name lists as compact tables: see
bench/README.md for the numbers.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from vertrouwen.privacy import allowlist, lexicon
from vertrouwen.privacy.findings import Candidate, Finding, merge

# `patterns` (phonenumbers, stdnum: ~0.1 s) is imported at the first scan, which the desktop
# app runs on a pool thread: importing this package must not slow the first window.

_BOM = "\ufeff"

_loaded = False
_load_lock = threading.Lock()


class Detector:
    """Finds personal data in a note.

    Without the lexicon (`Detector()`) only the pattern detectors run (numbers, e-mail,
    postcodes, addresses with a street suffix, dates, names right after a title or role word);
    `load_detector()` adds names of any origin. `scan` may be called from any thread.
    """

    def __init__(self, names: bool = False) -> None:
        self._names = names

    @property
    def finds_names(self) -> bool:
        """Whether the lexicon is loaded (names anywhere in a sentence are detected)."""
        return self._names

    def scan(self, text: str) -> list[Finding]:
        """Sorted, non-overlapping findings; offsets are Python str indices into `text`."""
        original = text
        # A byte-order mark (U+FEFF) is an encoding signature, not a letter: read as a space
        # (same length, so offsets still index `original`) it cannot glue onto the first word.
        text = text.replace(_BOM, " ")
        if not text.strip():
            return []
        from vertrouwen.privacy import patterns

        candidates = patterns.find_all(text)
        protected = allowlist.protected_spans(text)
        if self._names:
            from vertrouwen.privacy import names

            # the lexicon-free guesses: names after roles are redone, a country is no town
            not_persons = lexicon.not_persons()
            candidates = [
                c
                for c in candidates
                if c.kind != "name"
                and not (c.kind == "other" and text[c.start : c.end].casefold() in not_persons)
            ]
            found_names = list(names.find_names(text))
            found_names.extend(names.chinese_names(text))  # "Li Na (moeder)"
            # "Sophia Kinderziekenhuis in Rotterdam": no person there, so no town of one
            persons = [
                c for c in found_names if not any(s <= c.start and c.end <= e for s, e in protected)
            ]
            places = list(names.find_places_of_residence(text, persons))
            # "'t Haske in Joure", "Almere Buiten": a name inside a place is the place's
            candidates.extend(
                c
                for c in found_names
                if not any(p.start <= c.start and c.end <= p.end for p in places)
            )
            candidates.extend(places)
        screened = allowlist.screen(text, candidates, protected)
        from vertrouwen.privacy import quasi

        # a school, handle or plate is claimed whole by its own pattern, not split into names
        found = list(quasi.find_quasi(text))
        found.extend(patterns.find_social(text))  # "facebook.com/jan.jansen.1980"
        screened = [
            c
            for c in screened
            if not (c.kind == "name" and any(q.start <= c.start and c.end <= q.end for q in found))
            and not (c.kind == "phone" and allowlist.organisation_number(text, c.start, c.end))
        ]
        screened.extend(found)
        screened = [patterns.extend_address(text, c) for c in screened]
        # "Kastanienallee 14a, 47533 Kleve": a postcode abroad after a person's street, and
        # its town, which is no name
        abroad = patterns.postcodes_abroad(text, screened)
        towns = {(c.start, c.end) for c in abroad if c.kind == "address"}
        screened = [c for c in screened if not (c.kind == "name" and (c.start, c.end) in towns)]
        screened.extend(abroad)
        if self._names:
            from vertrouwen.privacy import names

            # "Tjalklaan 12 Ede", "Kleine Houtstraat 47 zwart (Haarlem)": a person's town
            screened.extend(names.towns_after_addresses(text, screened))
            # "Eline Zee ... Zee was vooral stil": a surname again, in its name's line
            screened.extend(names.later_mentions(text, screened))
        # "Pactum, vestiging Arnhem: Velperweg 102, 6824 MD Arnhem, 088-4030900": an office's
        screened = _without_organisations(text, screened)
        findings = merge(text, screened)
        if original is text:
            return findings
        return [Finding(f.start, f.end, f.kind, original[f.start : f.end]) for f in findings]


def _without_organisations(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` less an organisation's address, postcode, town and landline; a postcode or
    town right after an address is whose the address is ("Kerkweg 8a, 6711 AB Ede")."""
    kept: list[Candidate] = []
    last_end, last_office = -9, False
    offices: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if cand.kind == "name" and any(
            o.start <= cand.start and cand.end <= o.end for o in offices
        ):
            continue  # "commissie, Lange Voorhout 9": no Mr Lange in an office's street
        if cand.kind in ("postcode", "address", "other") and (
            cand.start < last_end or _JOINED.fullmatch(text, last_end, cand.start)
        ):
            office = last_office
        else:
            office = _organisations(text, cand)
        if cand.kind in ("address", "postcode"):
            last_end, last_office = max(last_end, cand.end), office
        if not office:
            kept.append(cand)
        elif cand.kind == "address":
            offices.append(cand)
    return kept


_MENU_AFTER = re.compile(
    r"(?i)[ \t]*[,(]?[ \t]*(?:kies[ \t]+)?(?:toets|keuze|kies|tst\.?|toestel|optie)[ \t]*\d"
)
_JOINED = re.compile(r"[ \t,(]{0,3}(?:(?:in|te)[ \t]+)?")


def _organisations(text: str, cand: Candidate) -> bool:
    """Whether `cand` is an organisation's address, postcode, town or landline."""
    if cand.kind == "phone":
        digits = "".join(ch for ch in text[cand.start : cand.end] if ch.isdigit())
        if digits.startswith(("06", "316", "3106", "00316")) or allowlist.personal_after_number(
            text, cand.end
        ):
            return False  # a mobile is someone's own; "030 - 286 55 10 direct" hers
        # "024-3512212 tst. 3", "088-4030900 (keuze 1 ...)": a switchboard's menu, in a
        # sentence that names no person, needs no body named before it
        menu = _MENU_AFTER.match(text, cand.end) is not None
        return allowlist.organisation_owns(text, cand.start, cand.end, body_named=not menu)
    elif cand.kind == "other":
        if text[cand.start : cand.end].casefold() not in lexicon.places():
            return False  # (only a town: a school or plate is no office's)
    elif cand.kind not in ("address", "postcode"):
        return False
    start = cand.start
    if cand.kind == "address":
        # whose the street is, read up to its last word ("met Dragan Jovanović op
        # Waterlandplein 212" was found whole: the name in it says whose)
        streets = list(_STREET_WORD.finditer(text, cand.start, cand.end))
        if streets:
            start = streets[-1].start()
            # with the capitalised words and particles of its name: "Rode Kruislaan 1201"
            while (lead := _STREET_LEAD.search(text, cand.start, start)) is not None:
                start = lead.start()
    # ("huisarts en school zijn nog in Veendam, zegt ze": whose the rest may say too)
    return allowlist.organisation_owns(text, start, cand.end)


_STREET_LEAD = re.compile(
    r"(?:(?!(?i:bezoekadres|postadres|adres|locatie|vestiging|kantoor)\b)[A-ZÀ-Ý][\w'’.-]*"
    r"|van|de|der|den|ten|ter)[ \t]$"
)
_STREET_WORD = re.compile(r"[^\W\d_][\w'’.-]*(?=[ \t]+(?:nr\.?[ \t]?)?\d)")


def load_detector(cache_dir: Path | None = None) -> Detector:
    """A detector with the lexicon and name lists loaded (a fraction of a second, once).

    `cache_dir` is accepted for compatibility and unused: the tables need no build step.
    """
    global _loaded
    with _load_lock:
        if not _loaded:
            lexicon.load_all()
            _loaded = True
    return Detector(names=True)
