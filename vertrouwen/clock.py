"""Today's date for the whole program, overridable so tests and demos can fix the clock."""

from __future__ import annotations

import os
import re
from datetime import date

from vertrouwen.errors import UsageError

TODAY_ENV = "VERTROUWEN_TODAY"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def today() -> date:
    """`VERTROUWEN_TODAY` (YYYY-MM-DD) when set, else the system's date."""
    raw = os.environ.get(TODAY_ENV, "").strip()
    if not raw:
        return date.today()
    # date.fromisoformat also takes 20260302 and week dates; the contract's dates are YYYY-MM-DD.
    if _ISO_DATE.match(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise UsageError(f"{TODAY_ENV} must be a date as YYYY-MM-DD, not {raw!r}")
