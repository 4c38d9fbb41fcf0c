"""The detector: deduce for names, places and dates, plus the validated pattern detectors."""

from __future__ import annotations

import gc
import logging
import threading
from pathlib import Path
from typing import Any

from vertrouwen.privacy import allowlist, wordlists
from vertrouwen.privacy.findings import Candidate, Finding, merge

# `patterns` (phonenumbers, stdnum: ~0.1 s) is imported at the first scan, which the desktop
# app runs on a pool thread: importing this package must not slow the first window.

# deduce tags -> contract kinds. Ages, institutions and URLs are left out on purpose: an age
# ("14 jaar") is what the advisor should write instead of a birth date, institutions are the
# organisations the complaint is about, and URLs are mostly those of organisations.
_TAG_KINDS: dict[str, str] = {
    "persoon": "name",
    "patient": "name",
    "locatie": "address",
    "datum": "date",
    "bsn": "bsn",
    "telefoonnummer": "phone",
    "emailadres": "email",
    "id": "other",
}
_DISABLED = frozenset(
    {"institutions", "hospital", "institution", "ages", "age", "urls", "url", "redactor"}
)
_SERVICE_NUMBER_PREFIXES = ("0800", "0900", "0906", "0909", "112", "113", "14")

_BOM = "\ufeff"

_engine: Any = None
_engine_lock = threading.Lock()


class Detector:
    """Finds personal data in a note.

    Without a deduce engine only the pattern detectors run (numbers, e-mail, postcodes,
    addresses with a street suffix, dates); names and places need `load_detector()`.
    `scan` may be called from any thread.
    """

    def __init__(self, engine: Any = None) -> None:
        self._engine = engine
        self._lock = threading.Lock()

    @property
    def engine(self) -> Any:
        """The loaded `deduce.Deduce` (None without tables); benchmarks compare against it."""
        return self._engine

    @property
    def finds_names(self) -> bool:
        """Whether the deduce tables are loaded (names and places are detected)."""
        return self._engine is not None

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
        if self._engine is not None:
            candidates.extend(self._deduce_candidates(text))
            candidates.extend(
                patterns.find_lowercase_names_after_roles(text, wordlists.first_names())
            )
        screened = allowlist.screen(text, candidates)
        if self._engine is not None:
            ordinary = wordlists.ordinary_words()
            screened = [
                c for c in screened if not allowlist.ordinary_word_at_start(text, c, ordinary)
            ]
        findings = merge(text, [patterns.extend_address(text, c) for c in screened])
        if original is text:
            return findings
        return [Finding(f.start, f.end, f.kind, original[f.start : f.end]) for f in findings]

    def _deduce_candidates(self, text: str) -> list[Candidate]:
        from vertrouwen.privacy import patterns

        with self._lock:
            doc = self._engine.deidentify(text, disabled=set(_DISABLED))
        found: list[Candidate] = []
        for ann in doc.annotations:
            kind = _TAG_KINDS.get(ann.tag)
            if kind is None:
                continue
            start, end = int(ann.start_char), int(ann.end_char)
            if kind == "phone" and _is_service_number(text[start:end]):
                continue
            if kind == "other" and _inside_service_number(text, start):
                continue
            if kind == "date":
                kind = patterns.date_kind(text, start, end)
            found.append(Candidate(start, end, kind))
        return found


def _is_service_number(raw: str) -> bool:
    digits = "".join(ch for ch in raw if ch.isdigit())
    return digits.startswith(_SERVICE_NUMBER_PREFIXES) or len(digits) <= 5


def _inside_service_number(text: str, start: int) -> bool:
    """Whether digits at `start` continue a service number ("0800-8765432")."""
    head = text[max(0, start - 6) : start]
    return head.replace(" ", "").endswith(("0800-", "0900-", "0800", "0900"))


def load_detector(cache_dir: Path | None = None) -> Detector:
    """A detector with the deduce tables loaded (seconds; minutes the first time after install).

    The tables are loaded once per process and shared. `cache_dir` is where deduce keeps its
    built tables when the installation folder is read-only; by default it uses its own folder.
    Call this from a background thread in the UI.
    """
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = _build_engine(cache_dir)
        return Detector(_engine)


def _build_engine(cache_dir: Path | None) -> Any:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        # deduce calls logging.basicConfig(stream=sys.stdout, level=DEBUG) when imported, which
        # would put its messages into `scan --json` output and turn on debug logging app-wide.
        import deduce
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    # The tables are millions of small objects that live as long as the process. Collecting
    # while they are built makes loading 4x slower, and every later full collection (and the
    # one at exit) would walk them for seconds with the GIL held, freezing the UI. So: no
    # collection while loading, then freeze them out of the collector's sight.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        engine = deduce.Deduce() if cache_dir is None else deduce.Deduce(cache_path=Path(cache_dir))
        gc.freeze()
    finally:
        if was_enabled:
            gc.enable()
    return engine
