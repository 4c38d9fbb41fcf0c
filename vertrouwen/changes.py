"""What a change to the vault touched, so every screen can update from one answer.

Like Anki's `OpChanges`: a mutation of the workspace returns a `Changes` value (the methods
that returned nothing before), and the facade also keeps the union of everything changed since
it was last asked (`Workspace.take_changes()`), which covers the mutations that return a code,
an id or a report. The UI's worker hands that union to one handler after each job; each screen
looks at the parts it shows. Plain values only: no Qt, no text of a case.

A `Changes` may say more than happened (a transaction that rolled back after a part was
noted), never less: a screen reloads once too often rather than show something stale.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which parts of the vault a mutation changed."""

    cases: frozenset[str] = frozenset()  # codes of the cases changed, added or destroyed
    destroyed: frozenset[str] = frozenset()  # codes of the cases that are gone (also in cases)
    case_list: bool = False  # a case was added or destroyed (not only a row that changed)
    notes: bool = False  # contact notes (text, date, minutes): search, last contact
    consents: bool = False  # consent records given or withdrawn
    documents: bool = False  # documents attached, described again or removed
    settings: bool = False  # a setting in the vault (threshold, back-up folder, ...)
    routes: bool = False  # the own complaint routes
    registrations: bool = False  # the anonymous counts: the yearly report
    agenda: bool = False  # terms snoozed or dealt with on Vandaag

    @classmethod
    def of_cases(cls, codes: Iterable[str], **parts: bool) -> Changes:
        return cls(frozenset(codes), frozenset(), **parts)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()


class ChangeLog:
    """The union of the changes noted since the last `take()` (the facade keeps one), and of
    those noted within each open `during()` block."""

    def __init__(self) -> None:
        self._pending = NOTHING
        self._blocks: list[Changes] = []

    def note(self, changes: Changes) -> Changes:
        """Remember `changes` and return them (so a mutation can `return log.note(...)`)."""
        self._pending = self._pending | changes
        self._blocks = [block | changes for block in self._blocks]
        return changes

    @contextlib.contextmanager
    def during(self) -> Iterator[Callable[[], Changes]]:
        """`with log.during() as changed:` ... `changed()` is what was noted in the block."""
        self._blocks.append(NOTHING)
        depth = len(self._blocks)
        final: Changes | None = None

        def changed() -> Changes:
            return final if final is not None else self._blocks[depth - 1]

        try:
            yield changed
        finally:
            final = self._blocks.pop()

    def take(self) -> Changes:
        """Everything noted since the last call; starts afresh."""
        taken, self._pending = self._pending, NOTHING
        return taken
