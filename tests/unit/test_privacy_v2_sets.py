"""The guard v2 tuning sets, scored as shared/PRIVACY_RULES.md says (one scan, 80% coverage).

`privacy_v2.jsonl` and `privacy_v3.jsonl` hold names of many origins at sentence starts, in
lowercase after a title, as possessives and as ordinary words ("meneer Vos", "Roos zei"),
quasi-identifiers (plates, handles, court case numbers, schools, towns of residence), and
clean paragraphs of 3-4 sentences full of domain words and capitalised ordinary words. The
floors are the issue's: 0.98 core, 0.95 with `other`, at most one finding on clean lines
(the detector reaches 1.000, 1.000 and 0 on both). Run with `-s` to see the tables.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tools.score_privacy import CORE, recall, report, score
from vertrouwen.privacy import load_detector

DATA = Path(__file__).resolve().parent.parent / "data"

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", ["privacy_v2.jsonl", "privacy_v3.jsonl"])
def test_v2_tuning_set_meets_the_judges_floors(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    for r in rows:
        for span in r["spans"]:
            assert r["text"][span["start"] : span["end"]] == span["text"]
    text = "\n".join(r["text"] for r in rows)
    result = score(rows, [f.to_json() for f in load_detector().scan(text)])  # type: ignore[arg-type]
    table = report(name, rows, result)
    print("\n" + table)
    gold, found, false = result["gold"], result["found"], result["false"]
    assert isinstance(gold, Counter) and isinstance(found, Counter) and isinstance(false, list)
    assert recall(gold, found, CORE) >= 0.98, table + "\n" + "\n".join(result["missed"])  # type: ignore[arg-type]
    assert recall(gold, found, None) >= 0.95, table
    assert len(false) <= 1, table + "\n" + "\n".join(false)
