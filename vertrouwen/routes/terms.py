"""Deadline arithmetic: calendar units, Dutch public holidays and the Algemene termijnenwet (Atw).

How a term is counted: it starts the day after its anchor event and its last day is the same
day `amount` units later (event 1 March + 6 weeks = last day 12 April), as Awb art. 6:8 does for
the objection term. Months and years clamp to the month's end (31 January + 1 month =
28 or 29 February; 29 February + 1 year = 28 February).

Working days skip Saturdays, Sundays and the days of `Calendar`. Which days: the *algemeen
erkende feestdagen* of Atw art. 3: Nieuwjaarsdag, Goede Vrijdag (art. 3 lid 2), tweede Paasdag,
Koningsdag, 5 mei, Hemelvaartsdag, tweede Pinksterdag and both Christmas days. Decision on
Bevrijdingsdag: 5 May counts **every** year, because the Atw lists it every year; that many
employers give it off only once in five years (as `holidays.NL` models it) is a matter of
collective agreements, not of terms. Days the Crown declares equal to a holiday (bridge days,
decided every few years) are not built in: pass them as `Calendar(extra=...)`.
Goede Vrijdag's place in art. 3 lid 2 was read from secondary sources, not the law text.

Where the Atw is applied (`due_date(..., statutory=True)`), and only there:
- Atw art. 1 lid 1: a term set by a law that ends on a Saturday, Sunday or holiday ends on the
  next day that is none of these;
- Atw art. 2: such a term of at least three days is extended so that it holds at least two
  days that are none of these.
It is not applied to terms from organisations' own regulations, tuchtreglementen or committee
rules (the Atw covers only terms set by a formal law or AMvB), nor to terms longer than three
months / 12 weeks / 90 days, which Atw art. 4 excludes (read from secondary sources, not the
law text: to check). Both the client's and the organisation's statutory terms are extended:
the Atw does not distinguish who must act.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from vertrouwen.routes.model import Unit
from vertrouwen.routes.wording import Day, Said, Say, dutch

ATW_SOURCE = "Algemene termijnenwet art. 1"

# Atw art. 4 keeps terms longer than these out of the Atw (secondary sources; to check).
_ATW_MAX = {Unit.DAYS: 90, Unit.WEEKS: 12, Unit.MONTHS: 3, Unit.YEARS: 0}


class Calendar:
    """Days that are not working days: weekends, the Atw art. 3 holidays, and `extra` days."""

    def __init__(self, extra: Iterable[date] = ()) -> None:
        self._extra = frozenset(extra)
        self._years: dict[int, frozenset[date]] = {}

    def holidays(self, year: int) -> frozenset[date]:
        """The non-working holidays of `year` (weekends not included)."""
        if year not in self._years:
            # Imported here (~0.1 s with dateutil): the app's first window and the commands
            # that never compute a deadline import this module without needing it.
            from holidays import country_holidays

            # holidays.NL has every Atw art. 3 day except 5 May outside lustrum years.
            dutch = country_holidays("NL", years=year)
            days = set(dutch.keys()) | {date(year, 5, 5)}
            days |= {d for d in self._extra if d.year == year}
            self._years[year] = frozenset(days)
        return self._years[year]

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays(day.year)


DEFAULT_CALENDAR = Calendar()


def add_days(day: date, n: int) -> date:
    return day + timedelta(days=n)


def add_weeks(day: date, n: int) -> date:
    return day + timedelta(weeks=n)


def add_months(day: date, n: int) -> date:
    """`n` calendar months later, clamped to the last day of a shorter month."""
    years, month0 = divmod(day.month - 1 + n, 12)
    year = day.year + years
    last = _calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def add_years(day: date, n: int) -> date:
    return add_months(day, 12 * n)


def add_working_days(day: date, n: int, calendar: Calendar = DEFAULT_CALENDAR) -> date:
    """The `n`-th working day after `day` (`n` = 0 gives `day` itself)."""
    if n < 0:
        raise ValueError("working days are counted forward only")
    current = day
    while n > 0:
        current += timedelta(days=1)
        if calendar.is_working_day(current):
            n -= 1
    return current


def add(day: date, amount: int, unit: Unit, calendar: Calendar = DEFAULT_CALENDAR) -> date:
    """`day` plus `amount` `unit`s."""
    if unit is Unit.DAYS:
        return add_days(day, amount)
    if unit is Unit.WORKING_DAYS:
        return add_working_days(day, amount, calendar)
    if unit is Unit.WEEKS:
        return add_weeks(day, amount)
    if unit is Unit.MONTHS:
        return add_months(day, amount)
    return add_years(day, amount)


def next_working_day(day: date, calendar: Calendar = DEFAULT_CALENDAR) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day


def atw_applies(amount: int, unit: Unit) -> bool:
    """Whether a statutory term of this length falls under the Atw (see the module docstring)."""
    if unit is Unit.WORKING_DAYS:
        return True  # already ends on a working day; kept for art. 2 symmetry
    return amount <= _ATW_MAX[unit]


def _working_days_between(
    start: date, end: date, calendar: Calendar, enough: int | None = None
) -> int:
    """Working days after `start` up to and including `end` (counting stops at `enough`: the
    Atw only asks "at least two?", and the agenda asks it for tens of thousands of terms)."""
    count = 0
    for i in range(1, (end - start).days + 1):
        count += calendar.is_working_day(start + timedelta(days=i))
        if enough is not None and count >= enough:
            break
    return count


def atw_extend(start: date, end: date, calendar: Calendar = DEFAULT_CALENDAR) -> date:
    """Apply Atw art. 2 and art. 1 to a term running from the day after `start` to `end`."""
    if (end - start).days >= 3:
        while _working_days_between(start, end, calendar, enough=2) < 2:  # art. 2
            end += timedelta(days=1)
    return next_working_day(end, calendar)  # art. 1


def atw_said(start: date, plain: date, last: date, calendar: Calendar = DEFAULT_CALENDAR) -> Said:
    """How the Atw moved a term's last day (art. 1, or art. 2 when it had to hold two
    working days, see `atw_extend`), as a `Said` with both days."""
    art1 = not calendar.is_working_day(plain)
    art2 = atw_extend(start, plain, calendar) != next_working_day(plain, calendar) or not art1
    code = Say.ATW_1_2 if art1 and art2 else (Say.ATW_1 if art1 else Say.ATW_2)
    return Said(code, (Day(plain, short=True), Day(last, short=True)))


def atw_shift(start: date, plain: date, last: date, calendar: Calendar = DEFAULT_CALENDAR) -> str:
    """`atw_said` as one short Dutch phrase: "verschoven van za 28-02 naar ma 02-03, Atw art.
    1"."""
    return dutch(atw_said(start, plain, last, calendar))


@dataclass(frozen=True)
class Due:
    """A term's computed last day; `plain` is that day before the Atw; `atw` whether it applied."""

    last_day: date
    plain: date
    atw: bool

    @property
    def extended(self) -> bool:
        """Whether the Atw moved the last day."""
        return self.last_day != self.plain


def due_date(
    start: date,
    amount: int,
    unit: Unit,
    *,
    statutory: bool = False,
    extension_weeks: int = 0,
    calendar: Calendar = DEFAULT_CALENDAR,
) -> Due:
    """The last day of a term of `amount` `unit`s from `start`, plus an announced postponement.

    The postponement is added before the Atw: the Atw extends the term's actual last day.
    Whether the Atw applies is judged on the term itself, not on term plus postponement.
    """
    plain = add_weeks(add(start, amount, unit, calendar), extension_weeks)
    atw = statutory and atw_applies(amount, unit)
    final = atw_extend(start, plain, calendar) if atw else plain
    return Due(last_day=final, plain=plain, atw=atw)
