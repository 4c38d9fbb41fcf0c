"""How hard a passphrase is to guess: a small, dependency-free estimator in the spirit of zxcvbn.

The vault's passphrase slot is an Argon2id hash an attacker with the laptop can attack offline,
so the app refuses weak passphrases. The estimate is deliberately pessimistic: it finds common
passwords, keyboard runs, sequences, repeats, years and dates and scores them at the few bits
they are really worth; everything else counts at a discount on the character pool.
Feedback is returned as codes so the UI (Dutch, English) and the CLI word it themselves.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum

MIN_LENGTH = 10
ACCEPT_BITS = 50.0  # below this the app refuses the passphrase
_SCORE_BITS = (28.0, 40.0, ACCEPT_BITS, 70.0)  # thresholds for scores 1..4

# The most used passwords and password bases, Dutch and English, plus this app's own words.
_COMMON_WORDS = """
    password wachtwoord welkom welkom01 geheim geheimpje hallo hallohallo letmein qwerty azerty
    qwertz asdf asdfgh zxcvbn iloveyou ikhouvanjou monkey dragon master shadow sunshine princess
    football voetbal ajax feyenoord psv amsterdam rotterdam utrecht nederland holland admin
    administrator welcome login abc123 trustno1 baseball superman batman starwars whatever
    freedom charlie michael jennifer jordan hunter ranger buster soccer hockey killer pepper
    summer winter zomer lente herfst maandag dinsdag januari februari december vakantie
    vertrouwen vertrouwenspersoon kluis dossier dossiers klacht jeugdzorg veiligthuis
    correcthorsebatterystaple changeme secret geheim123 computer internet samsung apple
    google microsoft linux windows test testing testtest default gebruiker user guest
"""
_COMMON = frozenset(_COMMON_WORDS.split())
_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qwertzuiop")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"
_IN_WORD_BITS = 2.5


class Hint(StrEnum):
    """What makes a passphrase weak; the UI words each one."""

    TOO_SHORT = "too_short"
    COMMON = "common"
    SEQUENCE = "sequence"
    KEYBOARD = "keyboard"
    REPEAT = "repeat"
    YEAR_OR_DATE = "year_or_date"
    ONE_CLASS = "one_class"
    USE_MORE_WORDS = "use_more_words"


@dataclass(frozen=True)
class Strength:
    """The estimate: bits of guessing work, a 0-4 score, and why it is low."""

    bits: float
    score: int
    acceptable: bool
    hints: list[Hint] = field(default_factory=list)


def _pool_bits(text: str) -> float:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", text):
        pool += 33
    return math.log2(max(pool, 2))


def _run_in(chunk: str, sources: tuple[str, ...]) -> bool:
    """True when `chunk` (>= 3 chars) runs forwards or backwards along one of `sources`."""
    return any(chunk in s or chunk in s[::-1] for s in sources)


def _patterns(lowered: str) -> tuple[list[tuple[int, int, float, Hint]], set[Hint]]:
    """Spans of cheap patterns: (start, end, bits, hint)."""
    spans: list[tuple[int, int, float, Hint]] = []
    for word in _COMMON:
        start = lowered.find(word)
        while start >= 0 and len(word) >= 4:
            spans.append((start, start + len(word), math.log2(len(_COMMON)), Hint.COMMON))
            start = lowered.find(word, start + 1)
    for match in re.finditer(r"(19|20)\d\d|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}", lowered):
        spans.append((match.start(), match.end(), 7.0, Hint.YEAR_OR_DATE))
    for match in re.finditer(r"(.+?)\1+", lowered):
        if match.end() - match.start() >= 3:
            unit = len(match.group(1))
            bits = unit * 4.0 + math.log2(match.end() - match.start())
            spans.append((match.start(), match.end(), bits, Hint.REPEAT))
    n = len(lowered)
    for size in range(n, 2, -1):
        for start in range(0, n - size + 1):
            chunk = lowered[start : start + size]
            if _run_in(chunk, (_ALPHABET, _DIGITS)):
                spans.append((start, start + size, 4.0 + math.log2(size), Hint.SEQUENCE))
            elif _run_in(chunk, _KEYBOARD_ROWS):
                spans.append((start, start + size, 6.0 + math.log2(size), Hint.KEYBOARD))
    return spans, {hint for *_, hint in spans}


_Span = tuple[int, int, float, Hint]


def _cheapest_cover(text: str, spans: list[_Span]) -> tuple[float, set[Hint]]:
    """Minimum bits over a cover of the text by patterns and single characters (like zxcvbn)."""
    # Real text is not uniformly random: a lowercase letter inside a word carries about 2.5 bits
    # (the entropy of written language), other characters most of the pool.
    pool_char = _pool_bits(text) * 0.8
    n = len(text)
    best: list[float] = [0.0] + [math.inf] * n
    used: list[set[Hint]] = [set() for _ in range(n + 1)]
    by_end: dict[int, list[tuple[int, float, Hint]]] = {}
    for start, end, bits, hint in spans:
        by_end.setdefault(end, []).append((start, bits, hint))
    for end in range(1, n + 1):
        char, prev = text[end - 1], text[end - 2] if end > 1 else ""
        in_word = char.islower() and prev.isalpha()
        best[end] = best[end - 1] + (_IN_WORD_BITS if in_word else pool_char)
        used[end] = used[end - 1]
        for start, bits, hint in by_end.get(end, []):
            if best[start] + bits < best[end]:
                best[end] = best[start] + bits
                used[end] = used[start] | {hint}
    return best[n], used[n]


def estimate(passphrase: str) -> Strength:
    """Estimate the strength of `passphrase`; `acceptable` says whether the app takes it."""
    text = passphrase.strip()
    lowered = text.lower()
    if not text:
        return Strength(0.0, 0, False, [Hint.TOO_SHORT])
    letters = re.sub(r"[^a-z]", "", lowered)
    if lowered in _COMMON or (letters in _COMMON and len(text) - len(letters) <= 6):
        bits = round(math.log2(len(_COMMON)) + 6.0, 1)
        return Strength(bits, 0, False, [Hint.COMMON])
    spans, _ = _patterns(lowered)
    bits, found = _cheapest_cover(text, spans)
    hints = [h for h in Hint if h in found]
    if len(text) < MIN_LENGTH:
        hints.insert(0, Hint.TOO_SHORT)
    classes = sum(bool(re.search(p, text)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^\w]|_"))
    if classes == 1 and len(text) < 16:
        hints.append(Hint.ONE_CLASS)
    score = sum(bits >= threshold for threshold in _SCORE_BITS)
    acceptable = bits >= ACCEPT_BITS and len(text) >= MIN_LENGTH
    if not acceptable and " " not in text:
        hints.append(Hint.USE_MORE_WORDS)
    if len(text) < MIN_LENGTH:
        score = min(score, 1)
    return Strength(round(bits, 1), score, acceptable, hints)
