"""Benchmark: documents in the vault (not part of the test run).

    .venv/bin/python bench/bench_documents.py [--cases N] [--mb MB] [--repeat R]

1. **Import**: a 20 MB PDF (20 pages of text, each with a 1 MB photo) through `read_file` +
   `DocumentRepository.attach` (type check, pypdf open, text extraction, chunked encrypted
   write, commit): the issue asks for under 2 s. Floor: the same bytes written as one blob into
   a plain SQLite file in one transaction (the cheapest way to put 20 MB into a database).
2. **A full vault**: two vaults with the same N demo cases, one of them also holding MB
   megabytes of documents (PDFs of 2-8 MB with a text layer, spread over the cases). On each:
   open (a fresh connection with the key, schema checked), the case list (all ids in the
   default order, then the first screen of rows), search (a common and a rare word, the
   Dossiers hit list and the filtered id list). Ratio: with documents / without. The page
   cache is warm (dropping it would disturb other work on a shared machine); a cold start
   reads a few more pages from disk in both vaults alike, since the documents' pages are never
   touched by these queries.
Files live under /tmp/vertrouwen-bench-documents/ and are removed at the end.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VERTROUWEN_INSECURE_FAST_KDF", "1")

from vertrouwen.commands.cases import CodeAllocator  # noqa: E402
from vertrouwen.demo import generate  # noqa: E402
from vertrouwen.documents import read_file  # noqa: E402
from vertrouwen.vault.bulk import bulk_writes  # noqa: E402
from vertrouwen.vault.db import transaction  # noqa: E402
from vertrouwen.vault.queries import CaseFilter  # noqa: E402
from vertrouwen.workspace import Workspace  # noqa: E402

FOLDER = Path("/tmp/vertrouwen-bench-documents")
PASSPHRASE = "bench passphrase for fictional cases"
TODAY = date(2026, 6, 15)
WORDS = ["beschikking", "verlenging", "jeugdhulp", "gezinsvoogd", "besluit", "bezwaar",
         "termijn", "rapport", "verslag", "zorgaanbieder", "gemeente", "indicatie"]  # fmt: skip


def big_pdf(pages: int, photo_bytes: int, seed: int) -> bytes:
    """A PDF of `pages` pages, each with a paragraph of text and an incompressible photo."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    rng = random.Random(seed)
    side = int((photo_bytes / 1.2) ** 0.5)  # noisy JPEG at q95: ~1.2 bytes a pixel, roughly
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for page in range(pages):
        noise = Image.frombytes("L", (side, side), rng.randbytes(side * side)).convert("RGB")
        canvas.drawImage(ImageReader(noise), 72, 200, 300, 300)
        text = canvas.beginText(72, 760)
        for line in range(20):
            text.textLine(" ".join(rng.choice(WORDS) for _ in range(12)) + f" {page}-{line}")
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def text_pdf(pages: int, seed: int) -> bytes:
    """A text-only PDF, uncompressed: the hardest case for text extraction per megabyte."""
    from reportlab.pdfgen.canvas import Canvas

    rng = random.Random(seed)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    for _ in range(pages):
        text = canvas.beginText(40, 800)
        for _line in range(60):
            text.textLine(" ".join(rng.choice(WORDS) for _ in range(14)))
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def bench_import(repeat: int, data: bytes, what: str) -> None:
    pdf = FOLDER / "groot.pdf"
    pdf.write_bytes(data)
    print(f"\n## Import of a {len(data) / 1e6:.1f} MB PDF ({what})\n")
    for old in FOLDER.glob("import.db*"):
        old.unlink()
    (FOLDER / "plain.db").unlink(missing_ok=True)
    ws, _ = Workspace.create(FOLDER / "import.db", PASSPHRASE)
    code = ws.cases.add(next(generate(1, 1, TODAY)))

    def ours() -> None:
        with read_file(pdf, 100_000_000) as incoming:
            ws.documents.attach(code, incoming)

    plain = sqlite3.connect(FOLDER / "plain.db", isolation_level=None)
    plain.execute("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)")

    def floor() -> None:
        plain.execute("BEGIN")
        plain.execute("INSERT INTO blobs(data) VALUES (?)", (pdf.read_bytes(),))
        plain.execute("COMMIT")

    floor_best, floor_median = best(floor, repeat)
    ours_best, ours_median = best(ours, repeat)
    with read_file(pdf, 100_000_000) as incoming:
        words = len(incoming.text.split())
    print("| | best ms | median ms | x floor |")
    print("|---|---:|---:|---:|")
    print(f"| plain SQLite, one blob (floor) | {floor_best:.0f} | {floor_median:.0f} | 1.00 |")
    print(
        f"| `read_file` + `attach` | {ours_best:.0f} | {ours_median:.0f} |"
        f" {ours_best / floor_best:.2f} |"
    )
    print(f"\n{words:,} words of text indexed; limit asked: 2000 ms.")
    ws.close()
    plain.close()


def build_vaults(cases: int, megabytes: int) -> tuple[Path, Path, int]:
    bare = FOLDER / "without.db"
    ws, _ = Workspace.create(bare, PASSPHRASE)
    allocator = CodeAllocator(ws)
    start = time.perf_counter()
    with bulk_writes(ws._conn), transaction(ws._conn):
        for case in generate(cases, 7, TODAY):
            case.code = allocator.code_for(case)
            ws.cases.insert_in_transaction(case, event="demo_created")
    codes = ws.cases.codes()
    ws.close()
    print(f"\n{cases:,} demo cases in {time.perf_counter() - start:.1f} s")
    full = FOLDER / "with.db"
    shutil.copy(bare, full)
    shutil.copy(bare.with_name(bare.name + ".keys"), full.with_name(full.name + ".keys"))
    ws = Workspace.unlock(full, PASSPHRASE)
    rng = random.Random(3)
    templates = [big_pdf(rng.randint(2, 8), 1_000_000, n) for n in range(6)]
    stored = count = 0
    start = time.perf_counter()
    while stored < megabytes * 1_000_000:
        data = templates[count % len(templates)]
        path = FOLDER / f"doc{count % len(templates)}.pdf"
        if not path.exists():
            path.write_bytes(data)
        with read_file(path, 100_000_000) as incoming:
            ws.documents.attach(rng.choice(codes), incoming, title=f"Brief {count}")
        stored += len(data)
        count += 1
    seconds = time.perf_counter() - start
    ws.close()
    size = full.stat().st_size / 1e6
    print(
        f"{count:,} documents, {stored / 1e6:,.0f} MB, attached in {seconds:.1f} s "
        f"({stored / 1e6 / seconds:.0f} MB/s); vault {size:,.0f} MB against "
        f"{bare.stat().st_size / 1e6:,.0f} MB without"
    )
    return bare, full, count


def measure(path: Path, repeat: int) -> dict[str, float]:
    results: dict[str, float] = {}

    def opened() -> None:
        Workspace.unlock(path, PASSPHRASE, record=False).close()

    results["open (unlock, schema check)"] = best(opened, repeat)[0]
    ws = Workspace.unlock(path, PASSPHRASE, record=False)
    try:
        ids: list[int] = []

        def listed() -> None:
            ids[:] = ws.queries.case_ids()
            ws.queries.case_rows(ids[:60])

        results["case list: all ids + first 60 rows"] = best(listed, repeat)[0]
        results["case list: filter open, sort by last contact"] = best(
            lambda: ws.queries.case_ids(CaseFilter(status="open"), "last_contact"), repeat
        )[0]
        for word in ("gesprek", "klachtencommissie"):
            results[f"search hits '{word}'"] = best(lambda w=word: ws.queries.search(w), repeat)[0]
            results[f"search filter '{word}'"] = best(
                lambda w=word: ws.queries.case_ids(CaseFilter(text=w)), repeat
            )[0]
        results["open one case (get)"] = best(lambda: ws.cases.get_by_id(ids[0]), repeat)[0]
    finally:
        ws.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--mb", type=int, default=2000, help="megabytes of documents")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir(parents=True)
    try:
        bench_import(args.repeat, big_pdf(20, 660_000, 1), "20 pages, text and a photo each")
        bench_import(
            args.repeat, text_pdf(2500, 2), "2,500 pages of text only, uncompressed: the worst case"
        )
        bare, full, _count = build_vaults(args.cases, args.mb)
        print("\n## The same cases without and with documents (best of", args.repeat, "ms)\n")
        for path in (bare, full):  # warm both page caches alike before timing either
            measure(path, 1)
        without, with_docs = {}, {}
        for _ in range(3):  # interleaved rounds, best of all: neither vault goes first always
            for result, path in ((without, bare), (with_docs, full)):
                for key, ms in measure(path, args.repeat).items():
                    result[key] = min(ms, result.get(key, ms))
        print("| | without ms | with documents ms | with / without |")
        print("|---|---:|---:|---:|")
        for key, base in without.items():
            print(f"| {key} | {base:.1f} | {with_docs[key]:.1f} | {with_docs[key] / base:.2f} |")
    finally:
        shutil.rmtree(FOLDER, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
