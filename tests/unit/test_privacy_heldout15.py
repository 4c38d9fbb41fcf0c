"""The frozen held-out sets of issue 15, scored exactly as shared/PRIVACY_RULES.md says.

`privacy_heldout15.jsonl`, `privacy_heldout15e.jsonl`, `privacy_heldout15i.jsonl`,
`privacy_heldout15n.jsonl`, `privacy_heldout15s.jsonl`, `privacy_heldout15x.jsonl` and
`privacy_heldout15w.jsonl`, `privacy_heldout15ab.jsonl`, `privacy_heldout15al.jsonl`,
`privacy_heldout15au.jsonl`, `privacy_heldout15ax.jsonl`, `privacy_heldout15be.jsonl` and
`privacy_heldout15bi.jsonl`, `privacy_heldout15bk.jsonl`, `privacy_heldout15bn.jsonl`,
`privacy_heldout15bq.jsonl`, `privacy_heldout15bt.jsonl`, `privacy_heldout15bw.jsonl`,
`privacy_heldout15ca.jsonl`, `privacy_heldout15cc.jsonl`, `privacy_heldout15ch.jsonl` and
`privacy_heldout15ci.jsonl` were each written by an engineer who never saw the detector, and
frozen before any tuning; the detector was tuned on other sets only.
All lines are joined with newlines and scanned at once; a span counts as found when findings
cover at least 80% of its characters; any finding on a clean line is false. Run with `-s` to see
recall per kind and the count of false findings (never the lines themselves: a set must stay
unseen to mean anything).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools.score_privacy import CORE, recall, report, score
from vertrouwen.privacy import KINDS, load_detector

HERE = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Frozen:
    file: str
    min_core: float
    min_with_other: float
    max_false: int


SETS = {
    # 443 lines (282 labelled, 570 spans, 161 clean). First score when frozen: core 0.970,
    # with other 0.949, 23 false findings (main's deduce pipeline: 0.823, 0.753, 36); after
    # round one 0.976, 0.961, 5; after round two (tuned on privacy_tune15b and its own
    # sentences, scored here three times for the summary only) 0.976, 0.965, 2; after round
    # four (tuned on privacy_tune15d, scored twice) 0.980 (488 of 498), 0.970, 2; after rounds
    # five and six (tuned on privacy_tune15f and 15g, scored after each change for the
    # summary only, to catch a regression) 0.980, 0.974, 2; after round eight 0.982, 0.979, 2;
    # after round nine 0.986, 0.984, 2. After round ten (not
    # tuned on; summaries only): 0.992, 0.989, 2.
    # After round eleven (not tuned on; summaries only): 0.992, 0.989, 1.
    # After round twelve (not tuned on; summaries only): 0.992, 0.989, 1.
    "heldout15": Frozen("privacy_heldout15.jsonl", 0.991, 0.988, 1),
    # 480 lines (328 labelled, 639 spans of which 314 names, 152 clean), written in round four
    # by a second engineer who never saw the detector, frozen before any scoring. First score
    # (main before round four): 0.971, 0.937, 6; after round four 0.977, 0.944, 4; after
    # rounds five and six 0.981, 0.951, 2; after round eight 0.983, 0.955, 2; after round nine
    # 0.983, 0.958, 2. After round ten (not
    # tuned on; summaries only): 0.988, 0.962, 2.
    # After round eleven (not tuned on; summaries only): 0.988, 0.962, 2.
    # After round twelve (not tuned on; summaries only): 0.988, 0.962, 2.
    "heldout15e": Frozen("privacy_heldout15e.jsonl", 0.989, 0.965, 2),
    # 355 lines (252 labelled, 561 spans of which 281 names, 103 clean), written in round
    # seven by a third engineer who never saw the detector or any other set, frozen before
    # any scoring. First score (after round seven): 0.958, 0.941, 2 (main at the start of
    # rounds five to seven, 47ca384: 0.949, 0.930, 2); after round eight (not tuned on, scored
    # as a regression check) 0.960, 0.945, 2; after round nine (not tuned on) 0.963, 0.950, 2.
    # After round ten (not tuned on; summaries only): 0.974, 0.959, 2.
    # After round eleven (not tuned on; summaries only): 0.976, 0.963, 2.
    # After round twelve (not tuned on; summaries only): 0.978, 0.964, 2.
    "heldout15i": Frozen("privacy_heldout15i.jsonl", 0.981, 0.969, 0),
    # 398 lines (295 labelled, 877 spans of which 388 names, 103 clean), written at the start
    # of round nine by a fourth engineer who never saw the detector or any other set, frozen
    # before any scoring. First score (main at b1b2833): 0.972, 0.966, 0; after round nine
    # (not tuned on, scored as a regression check) 0.973, 0.967, 0. After round ten (not
    # tuned on; summaries only): 0.982, 0.976, 0.
    # After round eleven (not tuned on; summaries only): 0.986, 0.979, 0.
    # After round twelve (not tuned on; summaries only): 0.987, 0.981, 0.
    "heldout15n": Frozen("privacy_heldout15n.jsonl", 0.986, 0.981, 0),
    # 350 lines (252 labelled, 752 spans of which 427 names, 98 clean), written late in round
    # nine by a fifth engineer who never saw the detector or any other set, frozen before any
    # scoring. First score (main at 12e757c): 0.979, 0.951, 1 (the session's starting code,
    # 83ad6f8: 0.979, 0.949, 1); at the end of round nine (not tuned on) 0.984, 0.956, 1.
    # After round ten (not tuned on; summaries only): 0.986, 0.959, 0.
    # After round eleven (not tuned on; summaries only): 0.987, 0.960, 0.
    # After round twelve (not tuned on; summaries only): 0.990, 0.963, 0.
    "heldout15s": Frozen("privacy_heldout15s.jsonl", 0.994, 0.971, 0),
    # 331 lines (228 labelled, 581 spans of which 321 names, 103 clean), written at the end of
    # round nine by a sixth engineer who never saw the detector or any other set, frozen before
    # any scoring. First score (main at f92b2da): 0.969, 0.960, 1 (the session's starting
    # code, 83ad6f8: 0.965, 0.957, 2). After round ten (not
    # tuned on; summaries only): 0.973, 0.964, 1.
    # After round eleven (not tuned on; summaries only): 0.980, 0.969, 0.
    # After round twelve (not tuned on; summaries only): 0.980, 0.969, 0.
    "heldout15x": Frozen("privacy_heldout15x.jsonl", 0.979, 0.971, 0),
    # 335 lines (229 labelled, 561 spans of which 309 names, 106 clean), written at the start
    # of round ten by a seventh engineer who never saw the detector or any other set, frozen
    # before any scoring. First score (main at de43653): 0.979, 0.968, 1. After round ten (not
    # tuned on; summaries only): 0.979, 0.968, 1.
    # After round eleven (not tuned on; summaries only): 0.985, 0.973, 1.
    # After round twelve (not tuned on; summaries only): 0.985, 0.973, 1.
    "heldout15w": Frozen("privacy_heldout15w.jsonl", 0.986, 0.974, 1),
    # 350 lines (250 labelled, 501 spans of which 237 names, 100 clean), written at the start
    # of round ten by an eighth engineer, asked to write as an examiner looking for where a
    # guard fails; never saw the detector or any other set, frozen before any scoring. First
    # score (main at 3c94b66): 0.973, 0.964, 3. After round ten (not
    # tuned on; summaries only): 0.981, 0.970, 3.
    # After round eleven (not tuned on; summaries only): 0.990, 0.978, 2.
    # After round twelve (not tuned on; summaries only): 0.993, 0.980, 2.
    "heldout15ab": Frozen("privacy_heldout15ab.jsonl", 0.994, 0.983, 0),
    # 357 lines (239 labelled, 476 spans of which 258 names, 118 clean), written at the start
    # of round eleven by a ninth engineer who never saw the detector or any other set, frozen
    # before any scoring. First score (main at 5dacde7): 0.983, 0.973, 0.
    # After round eleven (not tuned on; summaries only): 0.990, 0.979, 0.
    # After round twelve (not tuned on; summaries only): 0.993, 0.981, 0.
    "heldout15al": Frozen("privacy_heldout15al.jsonl", 0.992, 0.984, 0),
    # 362 lines (246 labelled, 454 spans of which 237 names, 116 clean), written late in round
    # eleven by a tenth engineer, as the examiner of the hidden set would; never saw the
    # detector or any other set, frozen before any scoring. First score (main at cb133d8):
    # 0.971, 0.963, 1 (the round's starting code, 5dacde7: the same).
    # After round eleven (not tuned on; summaries only): 0.973, 0.965, 1.
    # After round twelve (not tuned on; summaries only): 0.976, 0.967, 1.
    "heldout15au": Frozen("privacy_heldout15au.jsonl", 0.975, 0.966, 1),
    # 348 lines (231 labelled, 489 spans of which 275 names, 117 clean), written at the start
    # of round twelve by an eleventh engineer as the hidden set's examiner would; never saw the
    # detector or any other set, frozen before any scoring. First score (main at d452688):
    # 0.974, 0.963, 0.
    # After round twelve (not tuned on; summaries only): 0.979, 0.967, 0.
    "heldout15ax": Frozen("privacy_heldout15ax.jsonl", 0.978, 0.968, 0),
    # 355 lines (242 labelled, 367 spans of which 197 names, 113 clean), written in the middle
    # of round twelve by a twelfth engineer in the hidden set's spirit; never saw the detector
    # or any other set. First score (main at d452688): 0.987, 0.970, 0; at a9ba346, when it
    # came in: 0.990, 0.973, 0.
    # After round twelve (not tuned on; summaries only): 0.990, 0.973, 0.
    "heldout15be": Frozen("privacy_heldout15be.jsonl", 0.989, 0.972, 0),
    # 354 lines (242 labelled, 493 spans of which 300 names, 112 clean), written late in round
    # twelve by a thirteenth engineer in the hidden set's spirit; never saw the detector or any
    # other set. First score (main at d452688): 0.974, 0.966, 1; at 6d7e483, when it came in:
    # the same. (a3341ba's plots on a park followed examples its README gives of its labels.)
    # After round twelve (not tuned on; summaries only): 0.979, 0.970, 1.
    "heldout15bi": Frozen("privacy_heldout15bi.jsonl", 0.980, 0.971, 1),
    # 357 lines (122 clean), written in the hidden set's spirit at the start of round thirteen by
    # an engineer who read neither the detector nor any other set. First score (main at
    # b733d61): 0.989, 0.977, 2.
    "heldout15bk": Frozen("privacy_heldout15bk.jsonl", 0.988, 0.980, 1),
    # 350 lines (114 clean), written in the hidden set's spirit in round thirteen by another
    # engineer who read neither the detector nor any other set. First score (main at 464587f):
    # 0.996, 0.992, 1.
    "heldout15bn": Frozen("privacy_heldout15bn.jsonl", 0.995, 0.991, 1),
    # 362 lines (121 clean), written in the hidden set's spirit late in round thirteen by a
    # third engineer who read neither the detector nor any other set. First score (main at
    # 76d405f): 0.993, 0.987, 0.
    "heldout15bq": Frozen("privacy_heldout15bq.jsonl", 0.992, 0.986, 0),
    # 322 lines (103 clean), written in the hidden set's spirit at the end of round thirteen by
    # a fourth engineer who read neither the detector nor any other set. First score (main at
    # 3a88c46): 0.989, 0.987, 1.
    "heldout15bt": Frozen("privacy_heldout15bt.jsonl", 0.988, 0.986, 0),
    # 336 lines (113 clean), written in the hidden set's spirit at the start of round fourteen
    # by an engineer who read neither the detector nor any other set. First score (main at
    # 4192330): 0.982, 0.972, 2.
    "heldout15bw": Frozen("privacy_heldout15bw.jsonl", 0.981, 0.971, 1),
    # 360 lines (131 clean), written in the hidden set's spirit early in round fourteen by an
    # engineer who read neither the detector nor any other set. First score (main at
    # 08752cd): 0.990, 0.981, 1.
    "heldout15ca": Frozen("privacy_heldout15ca.jsonl", 0.991, 0.981, 1),
    # 381 lines (124 clean), written in the hidden set's spirit in round fourteen by an
    # engineer who read neither the detector nor any other set. First score (main at
    # d648c0b): 0.992, 0.989, 1.
    "heldout15cc": Frozen("privacy_heldout15cc.jsonl", 0.991, 0.988, 1),
    # 367 lines (121 clean), written in the hidden set's spirit late in round fourteen by an
    # engineer who read neither the detector nor any other set. First score (main at
    # 1d55692): 0.998, 0.989, 0.
    "heldout15ch": Frozen("privacy_heldout15ch.jsonl", 0.997, 0.988, 0),
    # 342 lines (119 clean), written in the hidden set's spirit at the end of round fourteen by
    # an engineer who read neither the detector nor any other set. First score (main at
    # 19e8a66): 0.986, 0.976, 0.
    "heldout15ci": Frozen("privacy_heldout15ci.jsonl", 0.985, 0.975, 0),
}
# The goal is 0.98, 0.95 and at most 1 false finding: the floors above hold what the
# detector reaches (so nothing slips back), not the goal. After round fourteen (2026-12-06;
# the old sets not tuned on, their summaries only read) nineteen of the twenty-two sets meet all
# three; heldout15au stays at 0.976 core, heldout15ax at 0.979, heldout15e at 2 false findings.
# The five sets written this round scored 0.982 / 0.972 / 2, 0.990 / 0.981 / 1, 0.992 / 0.989 /
# 1, 0.998 / 0.989 / 0 and 0.986 / 0.976 / 0 when they came in.

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=sorted(SETS))
def frozen(request: pytest.FixtureRequest) -> tuple[str, Frozen]:
    return request.param, SETS[request.param]


def _rows(name: str) -> list[dict[str, object]]:
    path = HERE / SETS[name].file
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def result(frozen: tuple[str, Frozen]) -> dict[str, object]:
    rows = _rows(frozen[0])
    text = "\n".join(str(r["text"]) for r in rows)
    findings = [f.to_json() for f in load_detector().scan(text)]
    out = score(rows, findings)  # type: ignore[arg-type]
    # the summary only: the lines it misses or flags are not to be read while tuning
    print("\n" + report(f"frozen set {frozen[0]} of issue 15", rows, out))
    return out


@pytest.mark.parametrize("name", sorted(SETS))
def test_heldout15_is_consistent(name: str) -> None:
    rows = _rows(name)
    assert len(rows) >= 300  # (the issue asks for 300 lines at least)
    assert sum(1 for r in rows if not r["spans"]) >= 95
    for r in rows:
        for span in r["spans"]:
            assert r["text"][span["start"] : span["end"]] == span["text"]
            assert span["kind"] in KINDS


def test_heldout15_core_recall(result: dict[str, object], frozen: tuple[str, Frozen]) -> None:
    gold, found = result["gold"], result["found"]
    assert isinstance(gold, Counter) and isinstance(found, Counter)
    assert recall(gold, found, CORE) >= frozen[1].min_core


def test_heldout15_recall_with_quasi_identifiers(
    result: dict[str, object], frozen: tuple[str, Frozen]
) -> None:
    gold, found = result["gold"], result["found"]
    assert isinstance(gold, Counter) and isinstance(found, Counter)
    assert recall(gold, found, None) >= frozen[1].min_with_other


def test_heldout15_false_findings_on_clean_lines(
    result: dict[str, object], frozen: tuple[str, Frozen]
) -> None:
    false = result["false"]
    assert isinstance(false, list)
    assert len(false) <= frozen[1].max_false
