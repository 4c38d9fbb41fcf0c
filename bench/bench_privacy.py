"""Benchmark: the personal-data guard on a synthetic 2,000-word note (not part of the test run).

    .venv/bin/python bench/bench_privacy.py [--words N] [--repeat R] [--seed S]

Loads the detector (timed: the deduce tables load from deduce's cache; the very first load
after installing builds that cache, which takes minutes and is not what this measures), warms
up, then reports the median and best of R scans of the same note. The floor, measured in the
same run on the same text, is deduce alone: `Deduce.deidentify(text)` with its default
pipeline. Our scan runs deduce with fewer processors plus the pattern detectors, allow-list
and merging, so the ratio says what our layer costs on top of the library.
The note is generated from fictional templates; nothing here is real data.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vertrouwen.privacy import Detector, load_detector  # noqa: E402

FIRST = ["Sanne", "Daan", "Fatima", "Yusuf", "Anouk", "Mehmet", "Lotte", "Kevin", "Noor", "Bram"]
LAST = ["de Vries", "van Dijk", "Bakker", "el Amrani", "Jansen", "van der Berg", "Öztürk", "Visser"]
ROLES = ["moeder", "vader", "oma", "de gezinsvoogd", "de jeugdbeschermer", "de leidinggevende"]
STREETS = ["Kerkstraat", "Dorpsweg", "Lindelaan", "Molenweg", "Van Goghlaan", "Stationsweg"]
TOWNS = ["Utrecht", "Zeist", "Amersfoort", "Ede", "Arnhem", "Tilburg"]
TEMPLATES = [
    "{role} belde over het verslag van de hoorzitting en wil een reactie binnen zes weken.",
    "Gesprek met {first} {last}; {role} was ook aanwezig en vond de bejegening onprettig.",
    "{first} is bereikbaar op 06-{d8} of via {mail}.",
    "Nieuw adres: {street} {num}, {pc} {town}.",
    "De klachtencommissie heeft klachtonderdeel 2 gegrond verklaard (art. 4.2.2 Jeugdwet).",
    "Volgens Awb 9:11 moet de beslissing binnen zes weken komen; verdaging met vier weken kan.",
    "{first} is geboren op {day}-{month}-20{yy} en zit in groep 7.",
    "Op maandag heeft {role} met het wijkteam gesproken over de omgangsregeling.",
    "Moeder wil excuses van gezinsvoogd A en een andere jeugdbeschermer.",
    "De schadevergoeding gaat naar NL91 ABNA 0417 1643 00 op naam van {role}.",
    "Het BSN 123456782 stond per ongeluk in de mail aan de school.",
    "Veilig Thuis heeft de melding doorgezet; de Raad voor de Kinderbescherming doet onderzoek.",
    "{role} vindt dat de rapportage feitelijke onjuistheden bevat en wil die gecorrigeerd zien.",
    "Bel {first} terug op +31 6 {d4} {d4b} na vijf uur.",
]


def synthetic_note(words: int, seed: int) -> str:
    """A deterministic note of about `words` words mixing domain text and fictional data."""
    rng = random.Random(seed)
    sentences: list[str] = []
    count = 0
    while count < words:
        first = rng.choice(FIRST)
        sentence = rng.choice(TEMPLATES).format(
            role=rng.choice(ROLES),
            first=first,
            last=rng.choice(LAST),
            d8=f"{rng.randrange(10**7, 10**8)}",
            d4=f"{rng.randrange(1000, 10000)}",
            d4b=f"{rng.randrange(1000, 10000)}",
            mail=f"{first.lower()}{rng.randrange(100)}@voorbeeld.nl",
            street=rng.choice(STREETS),
            num=rng.randrange(1, 300),
            pc=f"{rng.randrange(1000, 10000)} {rng.choice('ABCDEFGHJKLM')}{rng.choice('ABCDEFG')}",
            town=rng.choice(TOWNS),
            day=f"{rng.randrange(1, 29):02d}",
            month=f"{rng.randrange(1, 13):02d}",
            yy=f"{rng.randrange(5, 20):02d}",
        )
        sentence = sentence[0].upper() + sentence[1:]
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6)]
    return "\n\n".join(paragraphs)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    note = synthetic_note(args.words, args.seed)
    start = time.perf_counter()
    detector = load_detector()
    load_s = time.perf_counter() - start
    deduce = detector.engine
    patterns_only = Detector()

    for _ in range(3):  # warm-up: regex caches, first-call imports, CPU caches
        detector.scan(note)
        deduce.deidentify(note)

    floor = timed(lambda: deduce.deidentify(note), args.repeat)
    ours = timed(lambda: detector.scan(note), args.repeat)
    patterns = timed(lambda: patterns_only.scan(note), args.repeat)
    findings = detector.scan(note)

    median_floor = statistics.median(floor)
    print(f"note: {len(note.split())} words, {len(note)} characters, {len(findings)} findings")
    print(f"detector load (deduce tables from cache): {load_s:.2f} s")
    print(f"{'':<34}{'median ms':>10}{'best ms':>10}{'ratio':>8}")
    for label, times in (
        ("deduce.deidentify alone (floor)", floor),
        ("Detector.scan (ours)", ours),
        ("  of which pattern detectors", patterns),
    ):
        median = statistics.median(times)
        print(f"{label:<34}{median:>10.1f}{min(times):>10.1f}{median / median_floor:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
