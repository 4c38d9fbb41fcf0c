"""Bridge days: days the government declares equal to a public holiday (Atw art. 3 lid 3).

The Algemene termijnenwet lists the holidays in art. 3 lid 1; art. 3 lid 3 lets the government
declare other days equal to them (a *brugdag*, decided every few years, e.g. the Friday after
Hemelvaartsdag). No rule predicts them, so the advisor enters them, in *Instellingen →
Klachtroutes*; they live in the vault's settings (setting `bridge_days`, a list of ISO dates)
and every deadline computed for the vault counts them as holidays (`calendar_for`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, Protocol

from vertrouwen.routes.terms import Calendar

SETTING = "bridge_days"


class _Settings(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...


def parse(values: Any) -> list[date]:
    """The bridge days in a stored setting, sorted, each once; anything unreadable is left out
    (a setting written by hand must not stop the advice)."""
    if not isinstance(values, list):
        return []
    days: set[date] = set()
    for value in values:
        if isinstance(value, str):
            try:
                days.add(date.fromisoformat(value))
            except ValueError:
                continue
    return sorted(days)


def stored(days: Iterable[date]) -> list[str]:
    """The setting's value for `days`: sorted ISO dates, each once."""
    return [d.isoformat() for d in sorted(set(days))]


def bridge_days(settings: _Settings) -> list[date]:
    """The bridge days entered in the vault."""
    return parse(settings.get(SETTING, []))


_CALENDARS: dict[tuple[date, ...], Calendar] = {}


def calendar_for(settings: _Settings) -> Calendar:
    """The calendar every deadline of this vault is counted with: weekends, the Atw art. 3
    holidays and the vault's bridge days. One per set of bridge days per process, so its
    remembered holidays are shared by every screen and command."""
    key = tuple(bridge_days(settings))
    calendar = _CALENDARS.get(key)
    if calendar is None:
        calendar = _CALENDARS[key] = Calendar(extra=key)
    return calendar
