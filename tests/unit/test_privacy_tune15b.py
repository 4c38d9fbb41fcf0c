"""The second tuning set of issue 15, scored exactly as shared/PRIVACY_RULES.md says.

`privacy_tune15b.jsonl` (386 lines: 221 labelled with 474 spans, 165 clean) was written for
the second round on the guard by an engineer who never saw the detector: names of many
origins typed every way, quasi-identifiers, and clean paragraphs full of care providers,
hospitals and English. Its first score, before any tuning on it: core 0.966, with `other`
0.930, 19 false findings (main before the round: 0.966, 0.928, 24). The floors are what the
detector reaches after tuning on it; run with `-s` to see the table.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tools.score_privacy import CORE, recall, report, score
from vertrouwen.privacy import KINDS, load_detector

DATA = Path(__file__).resolve().parent.parent / "data" / "privacy_tune15b.jsonl"
MIN_CORE_RECALL = 0.990
MIN_RECALL_WITH_OTHER = 0.985
MAX_FALSE_FINDINGS = 0

pytestmark = pytest.mark.slow


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    rows = _rows()
    text = "\n".join(str(r["text"]) for r in rows)
    out = score(rows, [f.to_json() for f in load_detector().scan(text)])  # type: ignore[arg-type]
    print("\n" + report("tuning set 15b", rows, out))
    return out


def test_tune15b_is_consistent() -> None:
    rows = _rows()
    assert len(rows) >= 380
    assert sum(1 for r in rows if not r["spans"]) >= 150
    for r in rows:
        for span in r["spans"]:  # type: ignore[attr-defined]
            assert str(r["text"])[span["start"] : span["end"]] == span["text"]
            assert span["kind"] in KINDS


def test_tune15b_recall_and_false_findings(result: dict[str, object]) -> None:
    gold, found, false = result["gold"], result["found"], result["false"]
    assert isinstance(gold, Counter) and isinstance(found, Counter) and isinstance(false, list)
    missed = "\n".join(result["missed"])  # type: ignore[arg-type]
    assert recall(gold, found, CORE) >= MIN_CORE_RECALL, missed
    assert recall(gold, found, None) >= MIN_RECALL_WITH_OTHER, missed
    assert len(false) <= MAX_FALSE_FINDINGS, "\n".join(false)
