"""Mutations say what they changed: each returns a `Changes` (or notes it with the facade when it
returns a code, an id or a report), and `Workspace.take_changes()` hands over the union."""

from __future__ import annotations

import dataclasses
from datetime import date

from tests.conftest import make_case
from vertrouwen.changes import NOTHING, ChangeLog, Changes
from vertrouwen.domain import Consent, ConsentScope, Signal
from vertrouwen.routes import BUILTIN_ROUTES_DIR
from vertrouwen.workspace import Workspace


def test_changes_combine_and_are_empty_only_when_nothing_changed() -> None:
    assert not NOTHING and not Changes(cases=frozenset())
    both = Changes.of_cases(["VP-1"], notes=True) | Changes.of_cases(["VP-2"], settings=True)
    assert both == Changes(cases=frozenset({"VP-1", "VP-2"}), notes=True, settings=True)
    assert Changes(routes=True) and Changes.of_cases(["VP-1"])


def test_the_log_keeps_the_union_until_taken_and_what_a_block_noted() -> None:
    log = ChangeLog()
    log.note(Changes(settings=True))
    with log.during() as outer:
        log.note(Changes.of_cases(["VP-1"]))
        with log.during() as inner:
            log.note(Changes(routes=True))
        assert inner() == Changes(routes=True)
    assert outer() == Changes.of_cases(["VP-1"], routes=True)
    assert log.take() == Changes.of_cases(["VP-1"], settings=True, routes=True)
    assert log.take() == NOTHING


def test_each_mutation_reports_its_part(workspace: Workspace) -> None:
    ws = workspace
    assert ws.take_changes() == NOTHING  # unlocking changes nothing a screen shows
    code = ws.cases.add(make_case())
    assert ws.take_changes() == Changes.of_cases([code], case_list=True, registrations=True)
    case = ws.cases.get(code)
    assert case.id is not None
    text_only = dataclasses.replace(case.notes[0], text="Nieuw")
    assert ws.cases.update_note(case.id, text_only) == Changes.of_cases([code], notes=True)
    later = dataclasses.replace(text_only, date=date(2026, 5, 1))
    counted = Changes.of_cases([code], notes=True, registrations=True)
    assert ws.cases.update_note(case.id, later) == counted
    assert ws.cases.update(ws.cases.get(code)) == counted
    assert ws.cases.ignore_text(case.id, "Anna") == Changes.of_cases([code])
    assert ws.take_changes() == counted
    consent = Consent(date(2026, 3, 5), "Commissie", "klacht", ConsentScope(["n1"]))
    consent_id = ws.consents.add(code, consent)
    assert ws.take_changes() == Changes.of_cases([code], consents=True)
    assert ws.consents.withdraw(consent_id, date(2026, 3, 6)) == Changes.of_cases(
        [code], consents=True
    )
    assert ws.settings.set("retention_months", 24) == Changes(settings=True)
    ws.outside.add_signal(Signal(date(2026, 3, 1)))
    own = (BUILTIN_ROUTES_DIR / "wmo_awb.toml").read_text(encoding="utf-8")
    ws.user_routes.save(own)
    key = (code, "klachtenfunctionaris", "beslissing", date(2026, 4, 1))
    assert ws.agenda.mark_term(key, None) == Changes.of_cases([code], agenda=True)
    assert ws.take_changes() == Changes.of_cases(
        [code], consents=True, settings=True, registrations=True, routes=True, agenda=True
    )
    shared = ws.record(
        "report_exported", code, together=lambda: ws.settings.put("report_threshold", 6)
    )
    assert shared == Changes.of_cases([code], settings=True)
    ws.take_changes()
    ws.retention.destroy(code)
    gone = ws.take_changes()
    assert gone == Changes(frozenset([code]), frozenset([code]), case_list=True, registrations=True)
    assert gone | Changes.of_cases(["VP-2026-9999"]) == Changes(
        frozenset([code, "VP-2026-9999"]), frozenset([code]), case_list=True, registrations=True
    )
