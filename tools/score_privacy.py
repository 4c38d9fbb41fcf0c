"""Score the privacy guard on a labelled JSONL set exactly as shared/PRIVACY_RULES.md says.

    .venv/bin/python tools/score_privacy.py tests/data/privacy_heldout.jsonl [--show]

All lines are joined with newlines and scanned in ONE `vertrouwen scan - --json` subprocess
(`python -m vertrouwen`, so PYTHONPATH chooses the code scored). A labelled span is found
when findings cover at least 80% of its characters; any finding on a clean line (no spans) is
false. Prints recall per kind, core recall (without `other`), recall with `other`, the false
findings, the wall time and the scan process's peak memory (ru_maxrss of the child).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

CORE = ("name", "phone", "email", "bsn", "iban", "address", "postcode", "birthdate")


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def scan(text: str) -> tuple[list[dict[str, object]], float, float]:
    """Findings, wall seconds and peak RSS in MiB of one `scan - --json` child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "vertrouwen", "scan", "-", "--json"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
        env={**os.environ},
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"scan failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak < before:  # ru_maxrss of children is the max over all waited-for children
        peak = before
    return json.loads(proc.stdout), wall, peak / 1024


def score(rows: list[dict[str, object]], findings: list[dict[str, object]]) -> dict[str, object]:
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    missed: list[str] = []
    false: list[str] = []
    offset = 0
    spans_of: list[tuple[int, int, dict[str, object]]] = []
    for row in rows:
        text = str(row["text"])
        spans_of.append((offset, offset + len(text), row))
        offset += len(text) + 1
    ordered = sorted(findings, key=lambda f: int(str(f["start"])))
    for line_start, line_end, row in spans_of:
        text = str(row["text"])
        here = [
            f
            for f in ordered
            if int(str(f["start"])) < line_end and int(str(f["end"])) > line_start
        ]
        spans = list(row["spans"])  # type: ignore[call-overload]
        if not spans:
            false += [f"{f['kind']} {f['text']!r} in {text!r}" for f in here]
            continue
        for span in spans:
            s, e = line_start + int(span["start"]), line_start + int(span["end"])
            kind = str(span["kind"])
            gold[kind] += 1
            covered = sum(
                1
                for i in range(s, e)
                if any(int(str(f["start"])) <= i < int(str(f["end"])) for f in here)
            )
            if e > s and covered / (e - s) >= 0.8:
                found[kind] += 1
            else:
                missed.append(f"{kind} {span['text']!r} in {text!r}")
    return {"gold": gold, "found": found, "missed": missed, "false": false}


def recall(gold: Counter[str], found: Counter[str], kinds: tuple[str, ...] | None) -> float:
    g = sum(v for k, v in gold.items() if kinds is None or k in kinds)
    f = sum(v for k, v in found.items() if kinds is None or k in kinds)
    return f / g if g else 1.0


def report(name: str, rows: list[dict[str, object]], result: dict[str, object]) -> str:
    """Recall per kind, core recall, recall with `other`, and the false findings, as text."""
    gold, found = result["gold"], result["found"]
    assert isinstance(gold, Counter) and isinstance(found, Counter)
    false = result["false"]
    assert isinstance(false, list)
    clean = sum(1 for r in rows if not r["spans"])
    lines = [f"{name}: {len(rows)} lines, {clean} clean", f"{'kind':<10} {'gold':>5} {'found':>6}"]
    lines[-1] += f" {'recall':>7}"
    for kind in sorted(gold):
        lines.append(
            f"{kind:<10} {gold[kind]:>5} {found[kind]:>6} {found[kind] / gold[kind]:>7.3f}"
        )
    lines.append(f"recall core kinds: {recall(gold, found, CORE):.3f}")
    lines.append(f"recall with other: {recall(gold, found, None):.3f}")
    lines.append(f"false findings on clean lines: {len(false)}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--show", action="store_true", help="list missed spans and false finds")
    args = parser.parse_args()
    rows = load(args.jsonl)
    text = "\n".join(str(r["text"]) for r in rows)
    findings, wall, peak = scan(text)
    result = score(rows, findings)
    print(report(str(args.jsonl), rows, result))
    print(f"wall time: {wall:.2f} s, peak RSS of the scan process: {peak:.0f} MiB")
    if args.show:
        for item in result["missed"]:  # type: ignore[attr-defined]
            print("  missed:", item)
        for item in result["false"]:  # type: ignore[attr-defined]
            print("  false: ", item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
