"""Benchmark: saving a note edit on a case with many notes (not part of the test run).

    .venv/bin/python bench/bench_note_edit.py [--notes N] [--words W] [--repeat R]

What the note editor sends to the vault each time typing pauses, on one fictional case with N
notes of W words (and a demo case's actions, points, steps, consent and report parts), on an
encrypted vault on disk under /tmp/vertrouwen-bench-note/ (so each commit pays a real fsync):

- `note save`: `CaseRepository.update_note`, what the editor's autosave calls now (one note
  row, its full-text entry, last contact, `updated_at`, an audit entry);
- `whole-case save`: `CaseRepository.update` with the same one-note change, what every
  autosave did before issue 14 (every child table of the case deleted and written again, the
  registration recomputed from the whole case), and the same followed by reading the case back
  (`get_by_id`), as the editor did after each save;
- floor: one bare `UPDATE notes SET text = ? WHERE id = ?` of the same text in its own
  `BEGIN IMMEDIATE ... COMMIT` on the same vault connection, so the full-text trigger and the
  commit's fsync are part of the floor too.

Every shape runs R times, each with a new text, interleaved round-robin (so load on the machine
hits them alike): the floor with the note save, then the two whole-case shapes (a whole-case
save re-indexes every note, and FTS5's merging of what it leaves would land on the next small
write); the medians are reported with the ratio to the floor.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VERTROUWEN_INSECURE_FAST_KDF", "1")  # the KDF is not what this measures
os.environ.setdefault("VERTROUWEN_TEST_HARNESS", "1")

from vertrouwen import demo  # noqa: E402
from vertrouwen.domain import Case, Note, NoteKind  # noqa: E402
from vertrouwen.vault import db  # noqa: E402
from vertrouwen.workspace import Workspace  # noqa: E402

FOLDER = Path("/tmp/vertrouwen-bench-note")
PASSPHRASE = "bench passphrase for fictional cases"
TODAY = date(2026, 6, 15)
WORDS = [
    "gesprek",
    "moeder",
    "school",
    "brief",
    "klacht",
    "afspraak",
    "teamleider",
    "gebeld",
    "excuses",
    "verslag",
]


def _case(notes: int, words: int, rng: random.Random) -> Case:
    # the demo case with the most actions, points and steps among a few
    case = max(
        demo.generate(50, 14, TODAY),
        key=lambda c: len(c.actions) + len(c.complaint_points) + len(c.steps),
    )
    start = TODAY - timedelta(days=notes)
    case.notes = [
        Note(
            f"n{k}",
            start + timedelta(days=k),
            NoteKind.CONVERSATION,
            30,
            " ".join(rng.choice(WORDS) for _ in range(words)),
        )
        for k in range(1, notes + 1)
    ]
    return case


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=500, help="notes in the case (500)")
    parser.add_argument("--words", type=int, default=150, help="words per note (150)")
    parser.add_argument("--repeat", type=int, default=30, help="saves per shape (30)")
    args = parser.parse_args()
    rng = random.Random(14)

    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir(parents=True)
    path = FOLDER / "vault.db"
    ws, _key = Workspace.create(path, PASSPHRASE)
    try:
        case = ws.cases.get(ws.cases.add(_case(args.notes, args.words, rng)))
        case_id = case.id or 0
        floor_conn = ws._conn  # the same connection: a second one would lose its page cache
        # the note the advisor is typing in: the newest, in the middle of the table
        index = len(case.notes) // 2
        note = case.notes[index]
        rowid = floor_conn.execute(
            "SELECT id FROM notes WHERE case_id = ? AND note_id = ?", (case_id, note.id)
        ).fetchone()[0]
        counter = iter(range(10**9))

        def text() -> str:
            return f"{note.text} {next(counter)}"  # a new text each time, note-sized

        def note_save() -> None:
            ws.cases.update_note(case_id, dataclasses.replace(note, text=text()))

        def whole_case(read_back: bool) -> Callable[[], None]:
            def run() -> None:
                edited = dataclasses.replace(case, notes=list(case.notes))
                edited.notes[index] = dataclasses.replace(note, text=text())
                ws.cases.update(edited)
                if read_back:
                    ws.cases.get_by_id(case_id)

            return run

        def floor() -> None:
            with db.transaction(floor_conn):
                floor_conn.execute("UPDATE notes SET text = ? WHERE id = ?", (text(), rowid))

        # Two phases: a whole-case save re-indexes every note, and FTS5 merges the segments it
        # leaves during the writes that follow; interleaved, the floor would pay for that.
        phases: list[dict[str, Callable[[], None]]] = [
            {
                "floor: one bare UPDATE of the note": floor,
                "note save (update_note, now)": note_save,
            },
            {
                "whole-case save (update, before)": whole_case(False),
                "whole-case save + read back (before)": whole_case(True),
            },
        ]
        samples: dict[str, list[float]] = {}
        for shapes in phases:
            for name, run in shapes.items():  # warm the page cache once, untimed
                run()
                samples[name] = []
            for _ in range(args.repeat):
                for name, run in shapes.items():
                    started = time.perf_counter()
                    run()
                    samples[name].append(time.perf_counter() - started)
    finally:
        ws.close()
        shutil.rmtree(FOLDER, ignore_errors=True)

    floor_ms = _median_ms(samples["floor: one bare UPDATE of the note"])
    chars = len(note.text)
    print(
        f"one case: {args.notes} notes of {args.words} words (~{chars:,} characters each), "
        f"{len(case.actions)} actions, {len(case.complaint_points)} points, "
        f"{len(case.steps)} steps; {args.repeat} saves per shape, medians"
    )
    print(f"{'shape':<40} {'ms':>9} {'x floor':>8}")
    for name, times in samples.items():
        ms = _median_ms(times)
        print(f"{name:<40} {ms:>9.2f} {ms / floor_ms:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
