"""Words for consent records on screen: how a consent was given, its state and its scope.

Kept apart from the widgets so the tab, its dialogs and the tests say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ui.core.enum_labels import short_date
from ui.qt import QCoreApplication
from vertrouwen.domain import Case, Consent, ConsentScope, Note
from vertrouwen.workspace import CONSENT_METHODS


def method_names() -> dict[str, str]:
    """The ways a consent can be given, in the order the record dialog offers them."""
    names = {
        "spoken": QCoreApplication.translate("ConsentTab", "Mondeling"),
        "signed": QCoreApplication.translate("ConsentTab", "Ondertekend"),
        "written": QCoreApplication.translate("ConsentTab", "Schriftelijk (e-mail, brief)"),
    }
    # the core's list is the source; a new method needs a name
    assert tuple(names) == CONSENT_METHODS
    return names


def method_name(method: str | None) -> str:
    if method is None:
        return QCoreApplication.translate("ConsentTab", "wijze niet vastgelegd")
    return method_names().get(method, method).lower()


def state(consent: Consent, today: date) -> tuple[str, str]:
    """(chip text, chip kind) for a consent on `today`: active, withdrawn or not yet in force."""
    if consent.withdrawn is not None:  # a withdrawal ends it at once, whatever its date
        return QCoreApplication.translate("ConsentTab", "Ingetrokken op {0}").format(
            short_date(consent.withdrawn)
        ), "closed"
    if consent.given > today:
        return QCoreApplication.translate("ConsentTab", "Geldt vanaf {0}").format(
            short_date(consent.given)
        ), "warning"
    return QCoreApplication.translate("ConsentTab", "Actief"), "ok"


def scope_summary(scope: ConsentScope, notes: list[Note]) -> str:
    """E.g. "3 van 7 notities, klachtonderdelen, stappen" (only notes that still exist count)."""
    if scope.notes == "all":
        parts = [QCoreApplication.translate("ConsentTab", "alle notities")]
    else:
        chosen = {n.id for n in notes if n.id in scope.notes}
        if not chosen:
            parts = [QCoreApplication.translate("ConsentTab", "geen notities")]
        else:
            parts = [
                QCoreApplication.translate("ConsentTab", "{0} van {1} notities").format(
                    len(chosen), len(notes)
                )
            ]
    for on, name in (
        (scope.complaint_points, QCoreApplication.translate("ConsentTab", "klachtonderdelen")),
        (scope.steps, QCoreApplication.translate("ConsentTab", "stappen")),
        (scope.actions, QCoreApplication.translate("ConsentTab", "afspraken")),
    ):
        if on:
            parts.append(name)
    if scope.documents:
        parts.append(
            QCoreApplication.translate("ConsentTab", "{0} document(en) als bijlage").format(
                len(scope.documents)
            )
        )
    return ", ".join(parts)


def first_words(text: str, limit: int = 60) -> str:
    """The start of a note on one line, cut at a word, for pick lists."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "\u2026"


def consent_line(consent: Consent) -> str:
    """One line naming a consent: recipient, purpose and date, for choice lists."""
    return QCoreApplication.translate("ConsentTab", "{0} \u2014 {1} (gegeven {2})").format(
        consent.recipient, consent.purpose, short_date(consent.given)
    )


def active(case: Case | None, today: date) -> list[Consent]:
    return [] if case is None else case.active_consents(today)


def joined(words: Iterable[str]) -> str:
    items = list(words)
    if len(items) <= 1:
        return "".join(items)
    return QCoreApplication.translate("ConsentTab", "{0} en {1}").format(
        ", ".join(items[:-1]), items[-1]
    )
