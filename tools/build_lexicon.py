"""Build the guard's Dutch lexicon from the OpenTaal word list (Debian's hunspell-nl).

    apt-get install hunspell-nl wamerican wbritish
    .venv/bin/python tools/build_lexicon.py [--english]

Writes these files under vertrouwen/privacy/data/ (committed; the app needs no hunspell):
- nl_words.bin: the sorted 64-bit BLAKE2b hashes of every lowercase word form OpenTaal knows
  (stems expanded with their affixes, long flags included, as hunspell reads them; "ĳ"
  written as "ij"). 0.33 M forms in 2.7 MB that load in milliseconds, where a Python set of
  the same strings takes ~40 MB.
- nl_weak_words.txt: first names that are Dutch words only as a bare or verb entry ("mila").
- en_words.bin: the same hashes for every lowercase English word of SCOWL's American and
  British lists (Debian's `wamerican` and `wbritish`, /usr/share/dict): 0.07 M words in
  0.5 MB. `--english` rebuilds only this file.
- nl_adjectives.txt: capitalised adjectives and nouns of languages, nationalities and peoples
  ("Pools", "Poolse", "Arabisch", "Eritrese", "Marokkanen"): capitalised words that are never a
  person's name.
OpenTaal's word list is BSD / CC BY 3.0 (choose either): © 2001-2020 OpenTaal, Simon Brouwer
e.a.; see vertrouwen/privacy/data/README.md.
"""

from __future__ import annotations

import re
import sys
from array import array
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vertrouwen.privacy.lexicon import (  # noqa: E402
    _read_deduce,
    first_names,
    surnames,
    word_hash,
)

DIC = Path("/usr/share/hunspell/nl.dic")
AFF = Path("/usr/share/hunspell/nl.aff")
OUT = ROOT / "vertrouwen" / "privacy" / "data"
# everyday words among the bare entries that happen to be first names too
_NOT_WEAK = frozenset(
    """
    alle allen door onder jouw men mee man nam tien sla helder jarig fake hoi kok sint mei juli
    mini min boy fan lucky hope king blue summer candy lava manna mus pep per pui tak tam tin
    van bin don dot fee fin fine gul hok kam kar kas kei kik kin lam lot lok mana mat nil nol
    pel pom rem rim rui sang sla son tan tea ton tuba vin zon lei indigo constant prudent
    omer onder junior jura duurt bouwen rosé martini clementine cerise hortensia ambrosia
    hee hei hou peer win witte serve marine ouwe take zier wester skip spike fox reef riff
    erin
    """.split()  # noqa: SIM905
)


# peoples' and countries' adjectives the endings above leave out ("Noorse en Deense
# voorbeelden", "Oostenrijkse regels"), none of them a first name or surname
_MORE_PEOPLES = frozenset(
    {
        "noors",
        "noorse",
        "iers",
        "ierse",
        "schots",
        "luxemburgs",
        "oostenrijks",
        "oostenrijkse",
        "zwitsers",
        "zwitserse",
        "griekse",
        "slowaaks",
        "slowaakse",
        "hongaarse",
        "wit-russisch",
        "litouws",
        "litouwse",
        "indiaas",
        "curaçaos",
        "islamitisch",
        "frysk",
        "fryske",
    }
)


def _rules(
    aff: str,
) -> dict[str, tuple[str, bool, list[tuple[str, str, list[str], re.Pattern[str]]]]]:
    """Affix classes: flag -> (SFX|PFX, cross product, [(strip, add, continuation, cond)])."""
    rules: dict[str, tuple[str, bool, list[tuple[str, str, list[str], re.Pattern[str]]]]] = {}
    for line in aff.splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ("SFX", "PFX"):
            continue
        kind, flag = parts[0], parts[1]
        if flag not in rules:
            rules[flag] = (kind, parts[2] == "Y", [])
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add, _, cont = parts[3].partition("/")
        add = "" if add == "0" else add
        cond = parts[4] if len(parts) > 4 else "."
        pattern = re.compile((cond + "$") if kind == "SFX" else ("^" + cond))
        rules[flag][2].append((strip, add, _flags(cont), pattern))
    return rules


def _flags(raw: str) -> list[str]:
    return [raw[i : i + 2] for i in range(0, len(raw) - 1, 2)]


def _expand(word: str, flags: list[str], rules: dict[str, Any], depth: int = 0) -> set[str]:
    out = {word}
    suffixed = {word}
    for flag in flags:
        if flag not in rules or rules[flag][0] != "SFX":
            continue
        for strip, add, cont, cond in rules[flag][2]:
            if cond.search(word) and word.endswith(strip):
                form = word[: len(word) - len(strip)] + add
                suffixed.add(form)
                out.add(form)
                if cont and depth < 1:
                    out |= _expand(form, cont, rules, depth + 1)
    for flag in flags:
        if flag not in rules or rules[flag][0] != "PFX":
            continue
        for strip, add, _cont, cond in rules[flag][2]:
            for base in suffixed if rules[flag][1] else {word}:
                if cond.search(base) and base.startswith(strip):
                    out.add(add + base[len(strip) :])
    return out


def forms() -> list[str]:
    """Every word form of the OpenTaal list: its stems expanded with their affixes."""
    rules = _rules(AFF.read_text(encoding="utf-8"))
    out: set[str] = set()
    lines = DIC.read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        entry = line.split("\t", 1)[0].strip()
        if not entry:
            continue
        word, _, flagtext = entry.partition("/")
        flags = _flags(flagtext)
        if "Fw" in flags:  # forbidden forms
            continue
        out |= _expand(word, flags, rules)
    return sorted(w.replace("ĳ", "ij").replace("Ĳ", "IJ") for w in out if w)


EN_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))


def english() -> int:
    """Write en_words.bin: every lowercase English word (no possessives, no proper nouns)."""
    words: set[str] = set()
    for path in EN_LISTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and word[:1].islower() and "'" not in word:
                words.add(word)
    hashes = array("Q", sorted({word_hash(w) for w in words}))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "en_words.bin").write_bytes(hashes.tobytes())
    print(f"{len(words)} English words -> {len(hashes)} hashes")
    return 0


def main() -> int:
    if "--english" in sys.argv[1:]:
        return english()
    english()
    words = forms()
    lower = {w for w in words if w[:1].islower()}
    capital = {w for w in words if w[:1].isupper()}
    hashes = array("Q", sorted({word_hash(w) for w in lower}))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "nl_words.bin").write_bytes(hashes.tobytes())
    adjectives: set[str] = set()
    for w in capital:
        if not w.isalpha() or len(w) < 4:
            continue
        # Pools/Poolse, Arabisch/Arabische, Turks/Turkse, Eritrees/Eritrese, Marokkaans/-e
        if w.endswith(("s", "sch")) and (w + "e") in capital:
            adjectives |= {w, w + "e"}
        if w.endswith("ees") and (w[:-3] + "ese") in capital:
            adjectives |= {w, w[:-3] + "ese"}
        # Marokkaan/Marokkanen, Syriër/Syriërs
        if w.endswith("aan") and (w[:-3] + "anen") in capital:
            adjectives |= {w, w[:-3] + "anen"}
    # "Andries/Andriese", "Brands/Brandse": names that happen to take the same forms
    names = first_names() | surnames()
    endings = (
        "ees",
        "ese",
        "aans",
        "aanse",
        "isch",
        "ische",
        "ts",
        "tse",
        "ds",
        "dse",
        "ns",
        "nse",
    )
    kept = sorted(
        ({a.casefold() for a in adjectives if a.endswith(endings)} - names) | _MORE_PEOPLES
    )
    (OUT / "nl_adjectives.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
    # First names that OpenTaal knows only as a bare or verb-only entry ("mila", "sem", "rik",
    # "kim"), never as a noun that forms compounds ("toon", "roos", "woning" do): as a name
    # they are far more common than as a word.
    compounding: set[str] = set()
    entries: set[str] = set()
    for line in DIC.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flagtext = line.split("\t", 1)[0].strip().partition("/")
        word = word.replace("ĳ", "ij")
        if not word[:1].islower():
            continue
        entries.add(word)
        if {"Ca", "Cb", "Cc"} & set(_flags(flagtext)):
            compounding.add(word)
    common = _read_deduce(
        "whitelist/lst_common_word/items.txt", "whitelist/lst_stop_word/items.txt"
    )
    weak = sorted(
        w
        for w in entries - compounding
        if w in first_names()
        and len(w) >= 3
        and w not in common
        and w not in _NOT_WEAK
        and not w.endswith(("en", "t"))
    )
    (OUT / "nl_weak_words.txt").write_text("\n".join(weak) + "\n", encoding="utf-8")
    print(f"{len(lower)} forms -> {len(hashes)} hashes; {len(kept)} adjectives; {len(weak)} weak")
    return 0


if __name__ == "__main__":
    sys.exit(main())
