"""Today's date for the whole program, overridable so tests and demos can fix the clock."""

from __future__ import annotations

import os
import re
from datetime import date

from vertrouwen.errors import UsageError

TODAY_ENV = "VERTROUWEN_TODAY"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # fullmatch: no trailing newline
# The years the program accepts anywhere (input files, --year): a case file from before 1900
# or after 2100 is a typo, and codes (VP-<year>-<n>) need four digits.
MIN_YEAR, MAX_YEAR = 1900, 2100


def parse_iso_date(raw: str) -> date | None:
    """A contract date (exactly YYYY-MM-DD, a date that exists, MIN_YEAR..MAX_YEAR) or None.

    `date.fromisoformat` alone also takes 20260302, week dates and other digits."""
    if not _ISO_DATE.fullmatch(raw):
        return None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def today() -> date:
    """`VERTROUWEN_TODAY` (YYYY-MM-DD) when set, else the system's date."""
    raw = os.environ.get(TODAY_ENV, "").strip()
    if not raw:
        return date.today()
    day = parse_iso_date(raw)
    if day is None:
        raise UsageError(f"{TODAY_ENV} must be a date as YYYY-MM-DD, not {raw!r}")
    return day


DUTCH_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(day: date) -> str:
    """`date(2026, 3, 2)` -> "2 maart 2026" (Dutch dates carry no leading zero)."""
    return f"{day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}"


def dutch_month(day: date) -> str:
    """`date(2026, 3, 2)` -> "maart 2026" (for documents that must not pin a day)."""
    return f"{DUTCH_MONTHS[day.month - 1]} {day.year}"
