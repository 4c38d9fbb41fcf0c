"""The .ics export parses back: all-day events, case code in the summary, no note text."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar

from tests.conftest import make_case
from vertrouwen.domain import Action, Case, Owner, Regime, Step, StepOutcome
from vertrouwen.export.ics import cases_to_ics, write_ics

STAMP = datetime(2026, 3, 25, 9, 0, tzinfo=UTC)
TODAY = date(2026, 3, 25)


def _cases() -> list[Case]:
    jeugd = make_case(code="VP-2026-0001", incident_date=date(2026, 2, 10))
    jeugd.steps.append(
        Step("bemiddeling", date(2026, 3, 10), date(2026, 3, 20), StepOutcome.NOT_RESOLVED)
    )
    wmo = make_case(code="VP-2026-0002", regime=Regime.WMO, incident_date=date(2025, 6, 1))
    wmo.steps = [Step("klachtenfunctionaris", date(2026, 3, 2))]
    wmo.actions = [
        Action("Hoorzitting voorbereiden met moeder", Owner.ADVISOR, date(2026, 3, 30)),
        Action("Klaar", Owner.CLIENT, date(2026, 3, 1), done=True),
        Action("Zonder datum", Owner.CLIENT),
    ]
    closed = make_case(code="VP-2025-0009", closed=date(2026, 1, 1))
    return [jeugd, wmo, closed]


def _events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0" and "PRODID" in calendar
    return list(calendar.walk("VEVENT"))


def test_ics_parses_back_as_all_day_events_with_case_codes() -> None:
    events = _events(cases_to_ics(_cases(), TODAY, stamp=STAMP))
    summaries = [str(e["SUMMARY"]) for e in events]
    assert all(s.startswith(("VP-2026-0001: ", "VP-2026-0002: ")) for s in summaries)
    assert not any("VP-2025-0009" in s for s in summaries)  # closed cases are left out
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and type(end) is date  # all-day: dates, not datetimes
        assert end - start == timedelta(days=1)
        assert event.decoded("DTSTAMP") == STAMP
    by_summary = {str(e["SUMMARY"]): e for e in events}
    # WMO: filed Mon 2 Mar 2026 + 6 weeks = Mon 13 Apr (Awb 9:11)
    decision = by_summary[
        "VP-2026-0002: De organisatie handelt de klacht af (oordeel schriftelijk en gemotiveerd)"
    ]
    assert decision.decoded("DTSTART") == date(2026, 4, 13)
    assert str(decision["DESCRIPTION"]) == "Bron: Awb art. 9:11 lid 1"
    action = by_summary["VP-2026-0002: afspraak (vertrouwenspersoon)"]
    assert action.decoded("DTSTART") == date(2026, 3, 30)
    assert sum("afspraak" in s for s in summaries) == 2  # the jeugd case's open action, and this


def test_ics_holds_no_note_text_and_no_action_text_unless_asked() -> None:
    cases = _cases()
    data = cases_to_ics(cases, TODAY, stamp=STAMP)
    text = data.decode("utf-8")
    for case in cases:
        for note in case.notes:
            assert note.text not in text
    assert "Hoorzitting voorbereiden" not in text
    with_text = cases_to_ics(cases, TODAY, stamp=STAMP, include_action_text=True)
    summaries = [str(e["SUMMARY"]) for e in _events(with_text)]
    assert "VP-2026-0002: afspraak (vertrouwenspersoon): Hoorzitting voorbereiden met moeder" in (
        summaries
    )


def test_uids_are_unique_and_stable_across_exports() -> None:
    first = {str(e["UID"]): str(e["SUMMARY"]) for e in _events(cases_to_ics(_cases(), TODAY))}
    later = {
        str(e["UID"]): str(e["SUMMARY"])
        for e in _events(cases_to_ics(_cases(), TODAY + timedelta(days=1)))
    }
    assert len(first) == len(list(_events(cases_to_ics(_cases(), TODAY))))
    assert first == later


def test_write_ics_writes_an_owner_only_file(tmp_path: Path) -> None:
    target = tmp_path / "termijnen.ics"
    write_ics(target, _cases(), TODAY)
    assert _events(target.read_bytes())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
