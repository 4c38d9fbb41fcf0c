"""Deadline arithmetic against dates computed by hand (the computation is in each comment)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vertrouwen.routes.model import Unit
from vertrouwen.routes.terms import (
    DEFAULT_CALENDAR,
    Calendar,
    add,
    add_months,
    add_working_days,
    add_years,
    atw_applies,
    due_date,
    next_working_day,
)

D = date.fromisoformat


def test_holiday_list_is_the_atw_list() -> None:
    # Atw art. 3 for 2026: Nieuwjaarsdag 1/1, Goede Vrijdag 3/4, Pasen 5/4 (a Sunday anyway),
    # tweede Paasdag 6/4, Koningsdag 27/4, 5 mei, Hemelvaart 14/5, Pinksteren 24/5 (Sunday),
    # tweede Pinksterdag 25/5, Kerst 25/12 and 26/12.
    assert DEFAULT_CALENDAR.holidays(2026) == {
        D(s)
        for s in [
            "2026-01-01",
            "2026-04-03",
            "2026-04-05",
            "2026-04-06",
            "2026-04-27",
            "2026-05-05",
            "2026-05-14",
            "2026-05-24",
            "2026-05-25",
            "2026-12-25",
            "2026-12-26",
        ]
    }
    # 2025: 27 April is a Sunday, so Koningsdag is Saturday 26 April.
    assert D("2025-04-26") in DEFAULT_CALENDAR.holidays(2025)
    assert D("2025-04-27") not in DEFAULT_CALENDAR.holidays(2025)


@pytest.mark.parametrize(
    ("start", "n", "unit", "expected"),
    [
        # months clamp to the end of a shorter month
        ("2026-01-31", 1, Unit.MONTHS, "2026-02-28"),  # 2026 is no leap year: Feb has 28 days
        ("2024-01-31", 1, Unit.MONTHS, "2024-02-29"),  # 2024 is a leap year
        ("2026-03-31", 1, Unit.MONTHS, "2026-04-30"),  # April has 30 days
        ("2025-12-15", 1, Unit.MONTHS, "2026-01-15"),  # across the year end
        ("2025-11-30", 3, Unit.MONTHS, "2026-02-28"),  # Nov -> Feb 2026, 30 clamped to 28
        # years: 29 February has no twin in a common year
        ("2024-02-29", 1, Unit.YEARS, "2025-02-28"),
        ("2024-02-29", 4, Unit.YEARS, "2028-02-29"),  # 2028 is a leap year again
        ("2025-03-10", 1, Unit.YEARS, "2026-03-10"),
        # weeks and days: 18 Dec + 42 days = 13 days to 31 Dec, 29 more = 29 Jan
        ("2025-12-18", 6, Unit.WEEKS, "2026-01-29"),
        ("2024-02-20", 10, Unit.DAYS, "2024-03-01"),  # 20 Feb + 9 = 29 Feb (leap), +1 = 1 Mar
        ("2025-02-20", 10, Unit.DAYS, "2025-03-02"),  # 20 Feb + 8 = 28 Feb, +2 = 2 Mar
    ],
)
def test_calendar_units(start: str, n: int, unit: Unit, expected: str) -> None:
    assert add(D(start), n, unit) == D(expected)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # Tue 23 Dec 2025 + 3 working days: Wed 24 (1), Thu 25 and Fri 26 Kerst, weekend,
        # Mon 29 (2), Tue 30 (3)
        ("2025-12-23", 3, "2025-12-30"),
        # Thu 2 Apr 2026 + 1: Fri 3 Goede Vrijdag, weekend (Pasen), Mon 6 tweede Paasdag -> Tue 7
        ("2026-04-02", 1, "2026-04-07"),
        # Fri 24 Apr 2026 + 1: weekend, Mon 27 Koningsdag -> Tue 28
        ("2026-04-24", 1, "2026-04-28"),
        # Mon 4 May 2026 + 1: Tue 5 May counts every year (decision, Atw art. 3) -> Wed 6
        ("2026-05-04", 1, "2026-05-06"),
        # Wed 13 May 2026 + 1: Thu 14 Hemelvaart -> Fri 15 (bridge days are not built in)
        ("2026-05-13", 1, "2026-05-15"),
        # Fri 22 May 2026 + 1: weekend (Pinksteren), Mon 25 tweede Pinksterdag -> Tue 26
        ("2026-05-22", 1, "2026-05-26"),
        # Wed 31 Dec 2025 + 2: Thu 1 Jan Nieuwjaarsdag, Fri 2 (1), weekend, Mon 5 (2)
        ("2025-12-31", 2, "2026-01-05"),
        ("2026-03-02", 0, "2026-03-02"),
    ],
)
def test_working_days(start: str, n: int, expected: str) -> None:
    assert add_working_days(D(start), n) == D(expected)


def test_extra_days_such_as_bridge_days_can_be_added() -> None:
    # With Fri 15 May 2026 (the day after Hemelvaart) declared a holiday:
    # Wed 13 + 1: Thu 14 Hemelvaart, Fri 15 extra, weekend -> Mon 18
    bridge = Calendar(extra=[D("2026-05-15")])
    assert add_working_days(D("2026-05-13"), 1, bridge) == D("2026-05-18")
    with pytest.raises(ValueError, match="forward"):
        add_working_days(D("2026-05-13"), -1)


@pytest.mark.parametrize(
    ("start", "n", "unit", "expected"),
    [
        # Sat 7 Mar 2026 + 6 weeks = Sat 18 Apr; Atw art. 1 -> Mon 20 Apr
        ("2026-03-07", 6, Unit.WEEKS, "2026-04-20"),
        # Fri 20 Feb 2026 + 6 weeks = Fri 3 Apr, Goede Vrijdag; Sat, Sun (Pasen),
        # Mon 6 tweede Paasdag -> Tue 7 Apr
        ("2026-02-20", 6, Unit.WEEKS, "2026-04-07"),
        # Mon 16 Mar 2026 + 6 weeks = Mon 27 Apr, Koningsdag -> Tue 28 Apr
        ("2026-03-16", 6, Unit.WEEKS, "2026-04-28"),
        # Tue 24 Mar 2026 + 6 weeks = Tue 5 May: Bevrijdingsdag counts in 2026 too -> Wed 6 May
        ("2026-03-24", 6, Unit.WEEKS, "2026-05-06"),
        # Thu 2 Apr 2026 + 6 weeks = Thu 14 May, Hemelvaart -> Fri 15 May
        ("2026-04-02", 6, Unit.WEEKS, "2026-05-15"),
        # Thu 13 Nov 2025 + 6 weeks = Thu 25 Dec; Fri 26 Kerst; weekend -> Mon 29 Dec
        ("2025-11-13", 6, Unit.WEEKS, "2025-12-29"),
        # Thu 20 Nov 2025 + 6 weeks = Thu 1 Jan 2026, Nieuwjaarsdag -> Fri 2 Jan
        ("2025-11-20", 6, Unit.WEEKS, "2026-01-02"),
        # Sat 31 Jan 2026 + 1 month = Sat 28 Feb (clamped) -> Mon 2 Mar
        ("2026-01-31", 1, Unit.MONTHS, "2026-03-02"),
        # Wed 24 Dec 2025 + 3 days = Sat 27 Dec. Atw art. 2: the term (25..27) holds no
        # working day, so it runs on to the second one: Mon 29 (1), Tue 30 (2). Art. 1
        # alone would have given Mon 29.
        ("2025-12-24", 3, Unit.DAYS, "2025-12-30"),
        # A term ending on an ordinary working day is left alone: Mon 2 Mar + 6 weeks = Mon 13 Apr
        ("2026-03-02", 6, Unit.WEEKS, "2026-04-13"),
    ],
)
def test_statutory_terms_follow_the_algemene_termijnenwet(
    start: str, n: int, unit: Unit, expected: str
) -> None:
    due = due_date(D(start), n, unit, statutory=True)
    assert due.last_day == D(expected)
    assert due.atw
    assert due.extended == (due.plain != D(expected))


def test_non_statutory_terms_and_long_terms_are_not_extended() -> None:
    # the same Saturday end, but from an organisation's own regulation: stays Sat 18 Apr
    due = due_date(D("2026-03-07"), 6, Unit.WEEKS, statutory=False)
    assert due.last_day == D("2026-04-18") and not due.atw and not due.extended
    # Sat 5 Apr 2025 + 1 year = Sun 5 Apr 2026 (Pasen): a year is longer than three months,
    # so the Atw does not apply (art. 4) and the last day stays Sunday
    due = due_date(D("2025-04-05"), 1, Unit.YEARS, statutory=True)
    assert due.last_day == D("2026-04-05") and not due.atw
    assert atw_applies(12, Unit.WEEKS) and not atw_applies(13, Unit.WEEKS)
    assert atw_applies(3, Unit.MONTHS) and not atw_applies(4, Unit.MONTHS)
    assert atw_applies(90, Unit.DAYS) and not atw_applies(91, Unit.DAYS)
    assert not atw_applies(1, Unit.YEARS)


def test_postponement_is_added_before_the_atw() -> None:
    # Awb 9:11: Thu 8 Jan 2026 + 6 weeks = Thu 19 Feb; postponed 4 weeks -> Thu 19 Mar
    assert due_date(
        D("2026-01-08"), 6, Unit.WEEKS, statutory=True, extension_weeks=4
    ).last_day == D("2026-03-19")
    # Sat 7 Feb 2026 + 10 weeks (advisory committee) = Sat 18 Apr; + 4 weeks = Sat 16 May;
    # Atw -> Mon 18 May
    due = due_date(D("2026-02-07"), 10, Unit.WEEKS, statutory=True, extension_weeks=4)
    assert (due.plain, due.last_day) == (D("2026-05-16"), D("2026-05-18"))


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 40))
def test_months_clamp_and_never_overflow(day: date, n: int) -> None:
    later = add_months(day, n)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == n
    assert later.day == day.day or (later.day < day.day and (later + timedelta(days=1)).day == 1)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_next_working_day_is_a_working_day_within_a_week(day: date) -> None:
    found = next_working_day(day)
    assert DEFAULT_CALENDAR.is_working_day(found)
    assert 0 <= (found - day).days <= 6


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
    st.integers(1, 12),
    st.sampled_from([Unit.DAYS, Unit.WEEKS, Unit.MONTHS]),
)
def test_statutory_terms_end_on_a_working_day_when_the_atw_applies(
    day: date, n: int, unit: Unit
) -> None:
    due = due_date(day, n, unit, statutory=True)
    assert due.atw == atw_applies(n, unit)
    assert due.last_day >= due.plain == add(day, n, unit)
    if due.atw:
        assert DEFAULT_CALENDAR.is_working_day(due.last_day)
    else:
        assert due.last_day == due.plain


def test_years_are_months_times_twelve() -> None:
    assert add_years(D("2026-08-31"), 2) == add_months(D("2026-08-31"), 24) == D("2028-08-31")


def test_atw_shift_names_the_days_and_the_article() -> None:
    from vertrouwen.routes.terms import atw_shift

    # Atw art. 1: Sat 28 Feb 2026 is no working day -> Mon 2 Mar
    start = date(2026, 1, 17)
    assert atw_shift(start, date(2026, 2, 28), date(2026, 3, 2)) == (
        "verschoven van za 28-02 naar ma 02-03, Atw art. 1"
    )
    # Atw art. 2: from Thu 24 Dec 2026 four days end Mon 28 Dec, a working day, but the term
    # holds only that one (25 Dec, the weekend): extended to Tue 29 Dec to hold two.
    due = due_date(date(2026, 12, 24), 4, Unit.DAYS, statutory=True)
    assert (due.plain, due.last_day) == (date(2026, 12, 28), date(2026, 12, 29))
    assert atw_shift(date(2026, 12, 24), due.plain, due.last_day) == (
        "verschoven van ma 28-12 naar di 29-12, Atw art. 2"
    )
