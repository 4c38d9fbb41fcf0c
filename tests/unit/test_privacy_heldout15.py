"""The frozen held-out set of issue 15, scored exactly as shared/PRIVACY_RULES.md says.

`privacy_heldout15.jsonl` (443 lines: 282 labelled with 570 spans, 161 clean) was written by
an engineer who never saw the detector, and frozen before any tuning on it; the detector was
tuned on the other sets only. All lines are joined with newlines and scanned at once; a span
counts as found when findings cover at least 80% of its characters; any finding on a clean
line is false. Run with `-s` to see recall per kind and the count of false findings (never
the lines themselves: the set must stay unseen to mean anything).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tools.score_privacy import CORE, recall, report, score
from vertrouwen.privacy import KINDS, load_detector

DATA = Path(__file__).resolve().parent.parent / "data" / "privacy_heldout15.jsonl"
# What the detector reaches on this set, never tuned on it (first score when frozen: core
# 0.970, with other 0.949, 23 false findings; main's deduce pipeline: 0.823, 0.753, 36;
# after round one 0.976, 0.961, 5; after round two, tuned on privacy_tune15b and its own
# sentences and scored here three times for the summary only: 0.976, 0.965, 2; after round
# four, tuned on privacy_tune15d and scored here twice for the summary only: 0.980 (488 of 498),
# 0.970, 2, with address 0.909 -> 0.955 and birthdate 0.875 -> 0.917).
# The goal is 0.98, 0.95 and at most 1: the false findings on this set are still one
# above it.
MIN_CORE_RECALL = 0.979
MIN_RECALL_WITH_OTHER = 0.969
MAX_FALSE_FINDINGS = 2

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    text = "\n".join(str(r["text"]) for r in rows)
    findings = [f.to_json() for f in load_detector().scan(text)]
    out = score(rows, findings)  # type: ignore[arg-type]
    # the summary only: the lines it misses or flags are not to be read while tuning
    print("\n" + report("held-out set of issue 15", rows, out))
    return out


def test_heldout15_is_consistent() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 340
    assert sum(1 for r in rows if not r["spans"]) >= 100
    for r in rows:
        for span in r["spans"]:
            assert r["text"][span["start"] : span["end"]] == span["text"]
            assert span["kind"] in KINDS


def test_heldout15_core_recall(result: dict[str, object]) -> None:
    gold, found = result["gold"], result["found"]
    assert isinstance(gold, Counter) and isinstance(found, Counter)
    assert recall(gold, found, CORE) >= MIN_CORE_RECALL


def test_heldout15_recall_with_quasi_identifiers(result: dict[str, object]) -> None:
    gold, found = result["gold"], result["found"]
    assert isinstance(gold, Counter) and isinstance(found, Counter)
    assert recall(gold, found, None) >= MIN_RECALL_WITH_OTHER


def test_heldout15_false_findings_on_clean_lines(result: dict[str, object]) -> None:
    false = result["false"]
    assert isinstance(false, list)
    assert len(false) <= MAX_FALSE_FINDINGS
