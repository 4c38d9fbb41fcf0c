"""Recall of the personal-data guard on a labelled set of advisor-note sentences.

Run with `-s` to see the table. A gold span counts as found when findings cover every letter
and digit of it (that is what protects the client); the kind is reported separately, because
a wrong kind only changes the suggested placeholder.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from vertrouwen.privacy import KINDS, Detector, Finding, load_detector

DATA = Path(__file__).resolve().parent.parent / "data" / "privacy_labelled.jsonl"
MIN_RECALL = 0.98

pytestmark = pytest.mark.slow


@dataclass
class Example:
    text: str
    spans: list[dict[str, object]]


@dataclass
class Report:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    right_kind: Counter[str] = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    clean_sentences: int = 0
    clean_findings: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        gold = sum(self.gold.values()) if kind is None else self.gold[kind]
        found = sum(self.found.values()) if kind is None else self.found[kind]
        return found / gold if gold else 1.0

    def table(self) -> str:
        lines = [f"{'kind':<10} {'gold':>5} {'found':>6} {'recall':>7} {'kind ok':>8}"]
        for kind in KINDS:
            if self.gold[kind]:
                lines.append(
                    f"{kind:<10} {self.gold[kind]:>5} {self.found[kind]:>6} "
                    f"{self.recall(kind):>7.3f} {self.right_kind[kind]:>8}"
                )
        lines.append(
            f"{'overall':<10} {sum(self.gold.values()):>5} {sum(self.found.values()):>6} "
            f"{self.recall():>7.3f} {sum(self.right_kind.values()):>8}"
        )
        lines.append(
            f"false positives in labelled sentences: {len(self.false_positives)}; "
            f"findings in {self.clean_sentences} clean sentences: {len(self.clean_findings)}"
        )
        lines += [f"  missed: {m}" for m in self.missed]
        lines += [f"  extra: {m}" for m in self.false_positives]
        lines += [f"  clean: {m}" for m in self.clean_findings]
        return "\n".join(lines)


def load_examples() -> list[Example]:
    examples = []
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                raw = json.loads(line)
                examples.append(Example(raw["text"], raw["spans"]))
    return examples


def _covered(findings: list[Finding], start: int, end: int, text: str) -> bool:
    return all(
        any(f.start <= i < f.end for f in findings) for i in range(start, end) if text[i].isalnum()
    )


def evaluate(detector: Detector, examples: list[Example]) -> Report:
    report = Report()
    for ex in examples:
        findings = detector.scan(ex.text)
        if not ex.spans:
            report.clean_sentences += 1
            report.clean_findings += [f"{f.kind} {f.text!r} in {ex.text!r}" for f in findings]
            continue
        for span in ex.spans:
            start, end, kind = int(str(span["start"])), int(str(span["end"])), str(span["kind"])
            report.gold[kind] += 1
            if _covered(findings, start, end, ex.text):
                report.found[kind] += 1
                if any(f.kind == kind and f.start < end and f.end > start for f in findings):
                    report.right_kind[kind] += 1
            else:
                report.missed.append(f"{kind} {ex.text[start:end]!r} in {ex.text!r}")
        for f in findings:
            if not any(
                f.start < int(str(s["end"])) and f.end > int(str(s["start"])) for s in ex.spans
            ):
                report.false_positives.append(f"{f.kind} {f.text!r} in {ex.text!r}")
    return report


@pytest.fixture(scope="module")
def detector() -> Detector:
    return load_detector()


@pytest.fixture(scope="module")
def report(detector: Detector) -> Report:
    result = evaluate(detector, load_examples())
    print("\n" + result.table())
    return result


def test_labelled_set_is_consistent() -> None:
    examples = load_examples()
    labelled = [ex for ex in examples if ex.spans]
    assert len(labelled) >= 120
    assert len(examples) - len(labelled) >= 40
    for ex in labelled:
        for span in ex.spans:
            assert ex.text[int(str(span["start"])) : int(str(span["end"]))] == span["text"]
            assert span["kind"] in KINDS


def test_overall_recall(report: Report) -> None:
    assert report.recall() >= MIN_RECALL, report.table()


def test_no_findings_in_clean_domain_sentences(report: Report) -> None:
    assert report.clean_sentences >= 40
    assert not report.clean_findings, report.table()


def test_every_kind_is_found_at_least_mostly(report: Report) -> None:
    weak = [k for k in KINDS if report.gold[k] and report.recall(k) < 0.9]
    assert not weak, report.table()
