"""Vandaag at 2,000 cases: a term can be snoozed or dismissed (stored in the vault per case and
term, undoable), and the agenda can be filtered on who must act."""

from __future__ import annotations

from datetime import date, timedelta

from tests.unit.test_agenda import TODAY, _store, _wmo_running
from vertrouwen.agenda import (
    AgendaBook,
    When,
    action_groups,
    collect,
    deadline_batch,
    hide_term,
    show_term,
)
from vertrouwen.workspace import Workspace


def _routes(ws: Workspace):  # type: ignore[no-untyped-def]
    return ws.user_routes.all_routes()


def test_a_dismissed_term_leaves_the_agenda_and_comes_back_on_undo(workspace: Workspace) -> None:
    (code,) = _store(workspace, _wmo_running())
    before = [i for i in collect(workspace, TODAY, _routes(workspace)) if i.kind == "deadline"]
    assert before, "the running complaint has terms"
    term = before[0]
    hide_term(workspace, term, None)
    after = collect(workspace, TODAY, _routes(workspace))
    assert term not in after
    assert [i for i in after if i.kind == "deadline"] == before[1:]
    # the batches Vandaag uses agree
    batch = deadline_batch(workspace, TODAY, _routes(workspace), budget=10)
    assert term not in batch.items and set(before[1:]) <= set(batch.items)
    show_term(workspace, term)
    assert term in collect(workspace, TODAY, _routes(workspace))
    assert code == term.code


def test_a_snoozed_term_comes_back_on_its_day(workspace: Workspace) -> None:
    _store(workspace, _wmo_running())
    terms = [i for i in collect(workspace, TODAY, _routes(workspace)) if i.kind == "deadline"]
    term = max(terms, key=lambda i: i.due)  # the decision, due 13 April
    hide_term(workspace, term, TODAY + timedelta(days=7))
    assert term not in collect(workspace, TODAY + timedelta(days=6), _routes(workspace))
    assert term in collect(workspace, TODAY + timedelta(days=7), _routes(workspace))


def test_marks_go_with_the_case_when_it_is_destroyed(workspace: Workspace) -> None:
    (code,) = _store(workspace, _wmo_running())
    term = next(i for i in collect(workspace, TODAY, _routes(workspace)) if i.kind == "deadline")
    hide_term(workspace, term, None)
    workspace.retention.destroy(code)
    assert workspace._conn.execute("SELECT count(*) FROM agenda_marks").fetchone()[0] == 0


def test_who_must_act_filters_actions_and_terms(workspace: Workspace) -> None:
    _store(workspace, _wmo_running())
    groups = action_groups(workspace, TODAY, who="client")
    assert {i.who for g in groups.values() for i in g.first} == {"client"}
    assert groups[When.LATER].count == 1 and groups[When.OVERDUE].count == 0  # in 8 days
    mine = action_groups(workspace, TODAY, who="advisor")
    assert [i.text for i in mine[When.OVERDUE].first] == ["Verslag opvragen"]
    everything = collect(workspace, TODAY, _routes(workspace))
    book = AgendaBook(TODAY, who="organisation")
    book.add_deadlines(i for i in everything if i.kind == "deadline")
    shown = [i for g in When for i in book.first(g, 50)]
    assert shown and {i.who for i in shown} == {"organisation"}
    client_terms = AgendaBook(TODAY, who="client")
    client_terms.add_deadlines(i for i in everything if i.kind == "deadline")
    assert client_terms.total == 0  # no client term runs in this complaint


def test_only_a_deadline_is_hidden(workspace: Workspace) -> None:
    _store(workspace, _wmo_running())
    action = next(i for i in collect(workspace, TODAY, _routes(workspace)) if i.kind == "action")
    try:
        hide_term(workspace, action, None)
    except ValueError:
        return
    raise AssertionError("an action is ticked off, not hidden")


def test_the_same_term_with_another_due_date_shows_again(workspace: Workspace) -> None:
    _store(workspace, _wmo_running())
    term = next(i for i in collect(workspace, TODAY, _routes(workspace)) if i.kind == "deadline")
    other = term.__class__(**{**term.__dict__, "due": term.due + timedelta(days=1)})
    hide_term(workspace, other, None)  # the same term with another due date: not this one
    assert term in collect(workspace, TODAY, _routes(workspace))
    assert date.min < term.due
