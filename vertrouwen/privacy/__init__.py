"""Personal-data guard: finds names, numbers, addresses and birth dates in note text.

Owns detection (`Detector.scan`), the advisor's per-case "not personal data" list
(`open_findings`) and the placeholders used to pseudonymise (`PLACEHOLDERS`). Importing this
package is cheap: the lexicon and name lists are loaded only by `load_detector()`.
"""

from vertrouwen.privacy.detector import Detector, load_detector
from vertrouwen.privacy.findings import (
    KINDS,
    PLACEHOLDERS,
    Finding,
    normalise,
    open_findings,
    replace_all,
    replacement_span,
    whole_word_positions,
)

__all__ = [
    "KINDS",
    "PLACEHOLDERS",
    "Detector",
    "Finding",
    "load_detector",
    "normalise",
    "open_findings",
    "replace_all",
    "replacement_span",
    "whole_word_positions",
]
