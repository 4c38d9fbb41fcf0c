"""Benchmark: the personal-data guard: speed, start-up and memory (not part of the test run).

    .venv/bin/python bench/bench_privacy.py [--words N] [--repeat R] [--seed S] [--no-deduce]

1. Speed, in this process: the median and best of R warm scans of a synthetic 2,000-word note;
   floor: `deduce.Deduce().deidentify` alone on the same note (its default pipeline; what the
   guard ran before v2), unless --no-deduce.
2. Start-up and memory, each in a fresh process: `vertrouwen scan - --json` on the note, from
   process start to its result, and its peak RSS; floors: a bare `python -c pass`, and a
   process that loads deduce alone and deidentifies the note.
3. The desktop app: peak RSS of a process with QApplication, the main window's modules and a
   note editor holding the note, without and with the guard loaded and the note scanned.
The note is generated from fictional templates; nothing here is real data.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
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


def timed(fn: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each run (CPU time is what a busy machine cannot inflate)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def child(args: list[str], stdin: bytes = b"") -> tuple[float, float, bytes]:
    """Wall seconds and peak RSS (MiB) of one fresh process, and its stdout.

    The peak comes from /usr/bin/time (a small process forks the child): Linux carries a
    parent's high-water mark into a forked child, so measuring our own children after loading
    deduce here would report deduce's memory for every one of them.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", rss.name, *args],
            input=stdin,
            capture_output=True,
            check=True,
        )
        wall = time.perf_counter() - start
        peak_kib = int(rss.read().split()[-1])
    return wall, peak_kib / 1024, proc.stdout


DEDUCE_ALONE = """
import logging, sys
import deduce
logging.getLogger().handlers.clear()
engine = deduce.Deduce()
engine.deidentify(sys.stdin.read())
"""

APP = """
import sys
from PySide6.QtWidgets import QApplication, QPlainTextEdit
import ui.shell.window  # the main window and everything it imports
app = QApplication(sys.argv[:1])
editor = QPlainTextEdit()
editor.setPlainText(sys.stdin.read())
editor.show()
app.processEvents()
if sys.argv[1] == "guard":
    from vertrouwen.privacy import load_detector
    load_detector().scan(editor.toPlainText())
    app.processEvents()
"""


def processes(note: str, repeat: int, with_deduce: bool) -> None:
    py = sys.executable
    data = note.encode("utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[tuple[str, list[tuple[float, float, bytes]]]] = [
        ("bare `python -c pass` (floor)", [child([py, "-c", "pass"]) for _ in range(repeat)]),
        (
            "`vertrouwen scan - --json`",
            [child([py, "-m", "vertrouwen", "scan", "-", "--json"], data) for _ in range(repeat)],
        ),
    ]
    if with_deduce:
        rows.append(("deduce alone (floor)", [child([py, "-c", DEDUCE_ALONE], data)]))
    print(f"\n{'fresh process':<34}{'median s':>10}{'best s':>10}{'peak MiB':>10}")
    for label, runs in rows:
        walls = [w for w, _m, _o in runs]
        peak = max(m for _w, m, _o in runs)
        print(f"{label:<34}{statistics.median(walls):>10.2f}{min(walls):>10.2f}{peak:>10.0f}")
    bare = [child([py, "-c", APP, "bare"], data) for _ in range(3)]
    guard = [child([py, "-c", APP, "guard"], data) for _ in range(3)]
    bare_mib = statistics.median(m for _w, m, _o in bare)
    guard_mib = statistics.median(m for _w, m, _o in guard)
    print(f"\n{'desktop app process':<34}{'peak MiB':>10}")
    print(f"{'without the guard (floor)':<34}{bare_mib:>10.0f}")
    print(f"{'with the guard, note scanned':<34}{guard_mib:>10.0f}  (+{guard_mib - bare_mib:.0f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--no-deduce", action="store_true", help="skip deduce's floors (~1 GB)")
    args = parser.parse_args()

    note = synthetic_note(args.words, args.seed)
    start = time.perf_counter()
    detector = load_detector()
    load_s = time.perf_counter() - start
    patterns_only = Detector()
    for _ in range(3):  # warm-up: regex caches, first-call imports, CPU caches
        detector.scan(note)
    ours = timed(lambda: detector.scan(note), args.repeat)
    patterns = timed(lambda: patterns_only.scan(note), args.repeat)
    findings = detector.scan(note)
    print(f"note: {len(note.split())} words, {len(note)} characters, {len(findings)} findings")
    print(f"detector load (lexicon and name lists): {load_s * 1000:.0f} ms")
    rows = [("Detector.scan (ours)", ours), ("  of which pattern detectors", patterns)]
    floor = ours
    if not args.no_deduce:
        import logging

        import deduce

        logging.getLogger().handlers.clear()
        engine = deduce.Deduce()
        for _ in range(3):
            engine.deidentify(note)
        floor = timed(lambda: engine.deidentify(note), args.repeat)
        rows.insert(0, ("deduce.deidentify alone (floor)", floor))
        del engine
    median_floor = statistics.median(floor[1])
    print(f"{'warm scan':<34}{'median ms':>10}{'best ms':>10}{'CPU ms':>8}{'ratio':>8}")
    for label, (wall, cpu) in rows:
        median = statistics.median(cpu)
        print(
            f"{label:<34}{statistics.median(wall):>10.1f}{min(wall):>10.1f}{median:>8.1f}"
            f"{median / median_floor:>8.2f}"
        )
    processes(note, max(3, args.repeat // 6), not args.no_deduce)
    return 0


if __name__ == "__main__":
    sys.exit(main())
