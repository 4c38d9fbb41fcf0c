"""Names for the contract's enumerations in the UI language, and date formatting for screens.

The names themselves live in `vertrouwen.domain.labels` (Dutch and English, kept by the core so
PDFs and screens say the same thing); the UI only picks the language the translator installed
(it sets the default QLocale).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from ui.qt import QLocale
from vertrouwen.domain.labels import Language, choices, label_for


def ui_language() -> Language:
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def name_of(value: StrEnum | None, empty: str = "") -> str:
    """The shown name of an enumeration member (`empty` for None)."""
    if value is None:
        return empty
    return label_for(type(value), value.value, ui_language())


def names(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(slug, name) pairs in display order, for combo boxes and checkable lists."""
    return choices(enum, ui_language())


def short_date(day: date | None, empty: str = "") -> str:
    """A date as 02-03-2026: the same in both languages, sortable by eye, compact in lists."""
    return day.strftime("%d-%m-%Y") if day is not None else empty


def long_date(day: date | None, empty: str = "") -> str:
    """A date spelled out in the UI language ("2 maart 2026")."""
    if day is None:
        return empty
    from ui.qt import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def local_time(iso_utc: str) -> str:
    """A header's UTC time stamp as local "14-05-2026 09:12"."""
    try:
        return (
            datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
            .astimezone()
            .strftime("%d-%m-%Y %H:%M")
        )
    except ValueError:
        return iso_utc
