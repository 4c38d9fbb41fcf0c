"""How many personal-data findings are still open in a whole case (for the case header).

The note editor highlights the note being typed; this counts every free text of the case
(notes, complaint points and desired outcomes, actions, consent purposes), off the
UI thread, shortly after each save. Findings of a text are remembered (by the text itself, in
memory only) so a save that changed one note rescans that note alone; `clear()` forgets them.
"""

from __future__ import annotations

from ui.features.cases.case.base import CaseContext
from ui.kit.privacy.loader import PoolSignals, PoolTask
from ui.qt import QObject, QThreadPool, QTimer, Signal
from vertrouwen.domain import Case
from vertrouwen.privacy import (
    Detector,
    Finding,
    open_findings,
    replace_all,
    whole_word_positions,
)

DELAY_MS = 400
MAX_REMEMBERED = 500  # texts; a case rarely has more than a few dozen notes


def case_occurrences(
    case: Case | None, text: str, note_id: str | None = None, typed: str | None = None
) -> int:
    """How often `text` stands as a whole word in the case's notes, complaint points and
    actions; the note `note_id` counted as `typed` (what its editor holds now)."""
    if case is None:
        return 0
    total = 0
    for part, ref, _field, value in case.free_texts():
        if part == "consent":
            continue  # a consent stays as recorded; "everywhere" does not rewrite it
        if part == "note" and ref == note_id and typed is not None:
            value = typed
        total += len(whole_word_positions(value, text))
    return total


def replace_everywhere(ctx: CaseContext, description: str, old: str, replacement: str) -> None:
    """Replace `old` in every note, complaint point and action of the case: one undo step."""
    ctx.flush()

    def mutate(case: Case) -> None:
        case.rewrite_texts(lambda text: replace_all(text, old, replacement))

    ctx.apply(description, mutate)


class FindingsCounter(QObject):
    """`count_changed(n)` with the open findings over all notes; -1 while unknown."""

    count_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known: dict[str, list[Finding]] = {}
        self._texts: list[str] = []
        self._ignored: set[str] = set()
        self._detector: Detector | None = None
        self._generation = 0
        self.count = -1
        # The relay has no parent: a scan still running when this counter is deleted (the
        # window closed) must find it alive to report into.
        self._relay = PoolSignals()  # generation, {text: findings} or an exception
        self._relay.done.connect(self._scanned)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)

    def update(self, case: Case | None, ignored: set[str], detector: Detector) -> None:
        """Count again (soon) for this state of the case."""
        if detector is not self._detector:
            self._known.clear()  # a better detector finds more: the old results are stale
        self._detector = detector
        # notes, complaint points and outcomes, actions and consent purposes alike
        self._texts = [t for *_where, t in case.free_texts() if t] if case is not None else []
        self._ignored = set(ignored)
        self._timer.start()

    def clear(self) -> None:
        self._generation += 1
        self._timer.stop()
        self._known.clear()
        self._texts = []
        self._ignored = set()
        self._set(-1)

    def _start(self) -> None:
        self._generation += 1
        missing = [t for t in dict.fromkeys(self._texts) if t not in self._known]
        if not missing:
            self._publish()
            return
        detector = self._detector or Detector()

        def job() -> dict[str, list[Finding]]:
            return {text: detector.scan(text) for text in missing}

        QThreadPool.globalInstance().start(PoolTask(job, self._generation, self._relay))

    def _scanned(self, generation: object, result: object) -> None:
        if generation != self._generation:
            return
        if not isinstance(result, dict):
            self._set(-1)
            return
        if len(self._known) + len(result) > MAX_REMEMBERED:
            self._known.clear()
        self._known.update(result)
        self._publish()

    def _publish(self) -> None:
        total = 0
        for text in self._texts:
            found = self._known.get(text)
            if found is None:
                return  # a newer save is being scanned; it will publish
            total += len(open_findings(found, self._ignored))
        self._set(total)

    def _set(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.count_changed.emit(count)
