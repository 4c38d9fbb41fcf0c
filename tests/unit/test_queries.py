"""Case list queries: filters, sorting, rows for a window, and full-text search."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_case
from vertrouwen.domain import (
    CaseResult,
    ClientRole,
    ComplaintPoint,
    Note,
    NoteKind,
    Organisation,
    OrganisationKind,
    Regime,
    Topic,
)
from vertrouwen.vault.queries import (
    MARK_END,
    MARK_START,
    CaseFilter,
    fts_query,
    split_marks,
)
from vertrouwen.workspace import Workspace


@pytest.fixture
def listed(workspace: Workspace) -> Workspace:
    """Four cases with known attributes (ids 1-4 in insertion order)."""
    add = workspace.cases.add
    add(
        make_case(
            code="VP-2024-0001",
            opened=date(2024, 2, 1),
            closed=date(2024, 11, 30),
            result=CaseResult.RESOLVED,
            organisation=Organisation("Zorggroep Het Anker", OrganisationKind.ZORGAANBIEDER),
            regime=Regime.WKKGZ,
            topics=[Topic.QUALITY_OF_CARE],
            notes=[Note("n1", date(2024, 2, 1), NoteKind.PHONE, 20, "Gesprek over de zorg.")],
            complaint_points=[ComplaintPoint("Medicatie verkeerd gegeven", "Excuses")],
            consents=[],
        )
    )
    add(
        make_case(
            code="VP-2025-0001",
            opened=date(2025, 12, 20),
            client_role=ClientRole.YOUTH,
            organisation=Organisation("Jeugdbescherming Lindendal", OrganisationKind.GI),
            notes=[
                Note("n1", date(2025, 12, 20), text="De jongere voelt zich niet gehoord."),
                Note("n2", date(2026, 1, 9), text="Cliënt wil een andere gezinsvoogd."),
            ],
        )
    )
    add(
        make_case(
            code="VP-2026-10000",
            opened=date(2026, 3, 1),
            organisation=Organisation("wijkteam noord", OrganisationKind.WIJKTEAM),
            regime=Regime.WMO,
            topics=[Topic.ACCESS, Topic.TREATMENT],
            notes=[Note("n1", date(2026, 3, 1), text='Moeder zegt: "NEAR( AND * OR".')],
        )
    )
    add(
        make_case(
            code="VP-2026-9999",
            opened=date(2026, 2, 1),
            closed=date(2026, 2, 20),
            result=CaseResult.WITHDRAWN,
            notes=[Note("n1", date(2026, 2, 1), text="E-mail van vader; שלום en 😀 erbij.")],
            complaint_points=[],
        )
    )
    return workspace


def codes(ws: Workspace, ids: list[int]) -> list[str]:
    return [row.code for row in ws.queries.case_rows(ids)]


def ids_for(
    ws: Workspace, sort_key: str = "opened", descending: bool = False, **flt: object
) -> list[str]:
    flt_ = CaseFilter(**flt)  # type: ignore[arg-type]
    return codes(ws, ws.queries.case_ids(flt_, sort_key, descending))


def test_no_filter_lists_every_case(listed: Workspace) -> None:
    assert ids_for(listed) == ["VP-2024-0001", "VP-2025-0001", "VP-2026-9999", "VP-2026-10000"]
    assert listed.queries.case_ids() == [3, 4, 2, 1]  # default: newest opened first


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({"status": "open"}, ["VP-2025-0001", "VP-2026-10000"]),
        ({"status": "closed"}, ["VP-2024-0001", "VP-2026-9999"]),
        ({"organisation_kind": OrganisationKind.GI}, ["VP-2025-0001"]),
        ({"regime": Regime.JEUGDWET}, ["VP-2025-0001", "VP-2026-9999"]),
        ({"topic": Topic.TREATMENT}, ["VP-2025-0001", "VP-2026-9999", "VP-2026-10000"]),
        ({"topic": Topic.ACCESS, "regime": Regime.WMO}, ["VP-2026-10000"]),
        ({"year": 2024}, ["VP-2024-0001"]),
        ({"year": 2025}, ["VP-2025-0001"]),  # opened 20 December, still open
        ({"year": 2026}, ["VP-2025-0001", "VP-2026-9999", "VP-2026-10000"]),
        ({"year": 2023}, []),
        ({"text": "gezinsvoogd"}, ["VP-2025-0001"]),
        ({"text": "client"}, ["VP-2025-0001"]),  # accents do not matter
        ({"text": "medicatie"}, ["VP-2024-0001"]),  # complaint points count
        ({"text": "excuses"}, ["VP-2024-0001", "VP-2025-0001", "VP-2026-10000"]),
        ({"text": "gesp"}, ["VP-2024-0001"]),  # the last word is a prefix
        ({"text": "\"'*"}, []),
        ({"text": "excuses", "status": "closed"}, ["VP-2024-0001"]),
    ],
)
def test_filters(listed: Workspace, flt: dict[str, object], expected: list[str]) -> None:
    assert ids_for(listed, **flt) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("code", ["VP-2024-0001", "VP-2025-0001", "VP-2026-9999", "VP-2026-10000"]),
        ("closed", ["VP-2024-0001", "VP-2026-9999", "VP-2025-0001", "VP-2026-10000"]),
        ("organisation", ["VP-2025-0001", "VP-2026-9999", "VP-2026-10000", "VP-2024-0001"]),
        ("kind", ["VP-2026-9999", "VP-2025-0001", "VP-2026-10000", "VP-2024-0001"]),
        ("regime", ["VP-2025-0001", "VP-2026-9999", "VP-2024-0001", "VP-2026-10000"]),
        ("role", ["VP-2024-0001", "VP-2026-10000", "VP-2026-9999", "VP-2025-0001"]),
        ("last_contact", ["VP-2024-0001", "VP-2025-0001", "VP-2026-9999", "VP-2026-10000"]),
    ],
)
def test_sorting(listed: Workspace, key: str, expected: list[str]) -> None:
    assert ids_for(listed, key) == expected
    descending = ids_for(listed, key, descending=True)
    if key == "closed":  # open cases (no closing date) stay last
        assert descending == ["VP-2026-9999", "VP-2024-0001", "VP-2026-10000", "VP-2025-0001"]
    else:
        assert descending == expected[::-1]


def test_unknown_sort_key_is_refused(listed: Workspace) -> None:
    with pytest.raises(ValueError, match="sort key"):
        listed.queries.case_ids(sort_key="code; DROP TABLE cases")


def test_case_rows_in_the_order_asked(listed: Workspace) -> None:
    rows = listed.queries.case_rows([2, 999, 1])
    assert [r.code for r in rows] == ["VP-2025-0001", "VP-2024-0001"]
    young, old = rows
    assert young.last_contact == date(2026, 1, 9) and young.closed is None
    assert young.client_role is ClientRole.YOUTH
    assert young.organisation_kind is OrganisationKind.GI
    assert young.topics == (Topic.TREATMENT, Topic.COMMUNICATION)
    assert old.result is CaseResult.RESOLVED and old.regime is Regime.WKKGZ
    assert old.organisation_name == "Zorggroep Het Anker"
    assert listed.queries.case_rows([]) == []


def test_case_rows_many_ids(listed: Workspace) -> None:
    assert len(listed.queries.case_rows([1, 2, 3, 4] * 300)) == 1200


def test_search_marks_matches(listed: Workspace) -> None:
    [hit] = listed.queries.search("gezinsvoogd")
    assert (hit.code, hit.source, hit.note_id, hit.date) == (
        "VP-2025-0001",
        "note",
        "n2",
        date(2026, 1, 9),
    )
    assert f"{MARK_START}gezinsvoogd{MARK_END}" in hit.snippet
    assert ("gezinsvoogd", True) in split_marks(hit.snippet)
    assert "".join(text for text, _ in split_marks(hit.snippet)) == (
        "Cliënt wil een andere gezinsvoogd."
    )


def test_search_finds_complaint_points_and_prefixes(listed: Workspace) -> None:
    [hit] = listed.queries.search("medica")
    assert hit.source == "complaint_point" and hit.note_id is None
    assert f"{MARK_START}Medicatie{MARK_END}" in hit.snippet
    hits = listed.queries.search("excuses")
    assert [h.code for h in hits] == ["VP-2026-10000", "VP-2025-0001", "VP-2024-0001"]
    assert len(listed.queries.search("excuses", limit=2)) == 2


def test_search_lists_newest_first(listed: Workspace) -> None:
    listed.cases.add(
        make_case(code="VP-2026-0002", notes=[Note("n1", date(2026, 4, 1), text="Gehoord.")])
    )
    hits = listed.queries.search("gehoord")
    assert [(h.code, h.date) for h in hits] == [
        ("VP-2026-0002", date(2026, 4, 1)),
        ("VP-2025-0001", date(2025, 12, 20)),
    ]


def test_search_right_to_left_text(listed: Workspace) -> None:
    [hit] = listed.queries.search("שלום")
    assert hit.code == "VP-2026-9999" and "😀" in hit.snippet


@pytest.mark.parametrize(
    "hostile",
    ['"', '""', "AND", "OR", "NOT", "*", "NEAR(", "NEAR(a b", "a:b", "text:", "(", ")", "^a",
     "-", "+x", "a AND", "'", "\\", "{a b}", "moeder\x00", "a" * 5000, " ", ""],
)  # fmt: skip
def test_hostile_queries_never_raise(listed: Workspace, hostile: str) -> None:
    listed.queries.search(hostile)
    listed.queries.case_ids(CaseFilter(text=hostile))


def test_operator_words_are_searched_as_words(listed: Workspace) -> None:
    assert [h.code for h in listed.queries.search("NEAR( AND")] == ["VP-2026-10000"]


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('moeder "zegt') == '"moeder" """zegt"*'
    assert fts_query("   ") is None and fts_query("* ( )") is None
    assert fts_query(" ".join(f"w{i}" for i in range(50))) == " ".join(
        [*(f'"w{i}"' for i in range(11)), '"w11"*']
    )
