"""Issue 16: the Dossiers search gives its first screenful by walking the cases in list order
(a common word is in nearly every case), and its snippets from a small copy of the newest hits.
Every plan must give exactly what a straightforward reference gives: the same cases in the same
order for every filter and sort, and the same hits and snippets as FTS5's prefix search."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_case
from vertrouwen.demo import generate
from vertrouwen.domain import ComplaintPoint, Note, NoteKind, OrganisationKind, Regime, Topic
from vertrouwen.vault import db, migrations, queries
from vertrouwen.vault.audit import AuditLog
from vertrouwen.vault.cases import CaseRepository
from vertrouwen.vault.keys import new_data_key
from vertrouwen.vault.queries import CaseFilter

TEXTS = [
    "de", "ge", "be", "ve", "kl", "te", "gez", "ver", "gesprek", "gezinsvoogd", "contact",
    "gesprek teamleider", "klacht uitspraak", "De", "GE", "zz", "klachtencommissie",
    "verdaging", "school", "wijkteam", "één", "ge-", "té", "'de'", "...", "gesprek de", "x",
    "cliëntvertrouwens", "mediation", "ombuds", "rapport", "het",
]  # fmt: skip
FILTERS = [
    CaseFilter(),
    CaseFilter(status="open"),
    CaseFilter(status="closed"),
    CaseFilter(organisation_kind=OrganisationKind.GI),
    CaseFilter(regime=Regime.JEUGDWET),
    CaseFilter(topic=Topic.TREATMENT),
    CaseFilter(year=2025),
    CaseFilter(status="closed", organisation_kind=OrganisationKind.GI, year=2024),
]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """400 demo cases (every kind of note text), notes added one by one after them, a case
    matched only by a complaint point; one connection for the module (reads only)."""
    path, key = tmp_path_factory.mktemp("walk") / "v.db", new_data_key()
    db.create_vault(path, key)
    conn = db.open_connection(path, key)
    repo = CaseRepository(conn, AuditLog(conn))
    with db.transaction(conn):
        for case in generate(400, seed=16, today=date(2026, 6, 15)):
            repo.insert_in_transaction(case)
    only_point = make_case(
        notes=[Note("n1", date(2026, 1, 2), NoteKind.PHONE, 5, "Niets bijzonders.")],
        complaint_points=[ComplaintPoint(summary="Mediation geweigerd", desired_outcome="")],
    )
    repo.add(only_point)
    with db.transaction(conn):  # a case found by a document's text alone
        conn.execute(
            "INSERT INTO documents(case_id, doc_id, title, kind, filename, media_type, added,"
            " text) VALUES (7, 'd1', 'Rapport', 'report', 'r.txt', 'text/plain', '2026-01-02',"
            " 'Het ombudsrapport over de afhandeling.')"
        )
    yield conn
    conn.close()


def _order_key(row: dict[str, Any], key: str) -> Any:
    value = row[key]
    if key == "code":
        head, _, number = value.rpartition("-")
        return (head, int(number))
    if key == "organisation":
        return value.lower()
    return value


def _reference(conn: Any, flt: CaseFilter, key: str, descending: bool) -> list[int]:
    """The list the plain way: every matching row found by FTS5 itself, filters and order in
    Python."""
    rows = [
        dict(zip(("id", "code", "opened", "closed", "role", "organisation", "kind", "regime",
                  "last_contact"), r, strict=True))
        for r in conn.execute(
            "SELECT id, code, opened, closed, client_role, organisation_name,"
            " organisation_kind, regime, last_contact FROM cases"
        )
    ]  # fmt: skip
    topics = {(r[0], r[1]) for r in conn.execute("SELECT case_id, topic FROM case_topics")}
    keep = set()
    for row in rows:
        if flt.status == "open" and row["closed"] is not None:
            continue
        if flt.status == "closed" and row["closed"] is None:
            continue
        if flt.organisation_kind and row["kind"] != flt.organisation_kind.value:
            continue
        if flt.regime and row["regime"] != flt.regime.value:
            continue
        if flt.topic and (row["id"], flt.topic.value) not in topics:
            continue
        if flt.year is not None and (
            row["opened"] > f"{flt.year}-12-31"
            or (row["closed"] is not None and row["closed"] < f"{flt.year}-01-01")
        ):
            continue
        keep.add(row["id"])
    if flt.text is not None:
        query = queries.fts_query(flt.text)
        matched: set[int] = set()
        if query is not None:
            for fts, table in (("notes_fts", "notes"), ("points_fts", "complaint_points"),
                               ("documents_fts", "documents")):  # fmt: skip
                matched |= {
                    r[0]
                    for r in conn.execute(
                        f"SELECT x.case_id FROM {fts} JOIN {table} x ON x.id = {fts}.rowid"
                        f" WHERE {fts} MATCH ?",
                        (query,),
                    )
                }
        keep &= matched
    kept = [row for row in rows if row["id"] in keep]
    present = [r for r in kept if r[key] is not None]
    missing = [r for r in kept if r[key] is None]  # last, both ways
    present.sort(key=lambda r: (_order_key(r, key), r["id"]), reverse=descending)
    missing.sort(key=lambda r: r["id"], reverse=descending)
    return [r["id"] for r in present + missing]


SORTS = {
    "opened": "opened",
    "code": "code",
    "organisation": "organisation",
    "kind": "kind",
    "regime": "regime",
    "role": "role",
    "closed": "closed",
    "last_contact": "last_contact",
}


@pytest.mark.parametrize("text", TEXTS)
def test_every_plan_gives_the_reference_list(vault: Any, text: str) -> None:
    checked = 0
    for n, flt in enumerate(FILTERS):
        flt = CaseFilter(**{**flt.__dict__, "text": text})
        for sort_key in SORTS:
            for descending in (True, False):
                if (n + len(sort_key) + descending) % 3:
                    continue  # a third of the combinations per text; all across the texts
                want = _reference(vault, flt, SORTS[sort_key], descending)
                assert queries.case_ids(vault, flt, sort_key, descending) == want
                for limit in (1, 7, 60):
                    for plan in ("walk", "auto", "index"):
                        got = queries.case_ids(vault, flt, sort_key, descending, limit, plan)
                        assert got == want[:limit], (flt, sort_key, descending, limit, plan)
                checked += 1
    assert checked >= 5


def test_the_walk_finds_a_case_by_its_complaint_point_or_document_alone(vault: Any) -> None:
    (case_id,) = queries.case_ids(vault, CaseFilter(text="mediation"))
    assert queries.case_ids(vault, CaseFilter(text="medi"), limit=5, plan="walk") == [case_id]
    assert queries.case_ids(vault, CaseFilter(text="ombuds"), limit=5, plan="walk") == [7]


def test_auto_walks_for_a_common_word_and_not_for_a_rare_one(
    vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    walks: list[bool] = []
    real = queries._containing

    def counting(*args: Any) -> set[int]:
        walks.append(True)
        return real(*args)

    monkeypatch.setattr(queries, "_containing", counting)
    # at 400 cases finding every match is cheap: make lookups look cheap too, as at scale
    monkeypatch.setattr(queries, "_LOOKUP_US", 0.01)
    queries.case_ids(vault, CaseFilter(text="de"), limit=20)
    assert walks
    walks.clear()
    queries.case_ids(vault, CaseFilter(text="mediation"), limit=20)
    assert not walks


def _old_search(conn: Any, text: str, limit: int) -> list[queries.SearchHit]:
    """The search as before: FTS5's own prefix search on the whole index."""
    real = queries._newest_matches
    try:
        queries._newest_matches = lambda _conn, fts, *_rest: fts  # type: ignore[assignment]
        return queries.search(conn, text, limit)
    finally:
        queries._newest_matches = real


@pytest.mark.parametrize("text", TEXTS)
def test_search_hits_and_snippets_are_fts5s_own(
    vault: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "_FEW_ROWS", 0)  # the copy for every search, however rare
    for limit in (3, 50):
        assert queries.search(vault, text, limit) == _old_search(vault, text, limit)
    # nothing of the notes' text stays behind in the temp tables
    for table in ("notes_fts_newest", "points_fts_newest"):
        exists = vault.execute(
            "SELECT 1 FROM sqlite_temp_master WHERE name = ?", (table,)
        ).fetchone()
        if exists:
            assert vault.execute(f"SELECT count(*) FROM temp.{table}").fetchone()[0] == 0


def test_common_prefixes_do_use_the_copy(vault: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "_FEW_ROWS", 0)
    sent: list[str] = []
    vault.set_trace_callback(sent.append)
    try:
        hits = queries.search(vault, "ge", 10)
    finally:
        vault.set_trace_callback(None)
    assert len(hits) == 10
    assert any("FROM notes_fts_newest" in s for s in sent)
    assert any(re.search(r'MATCH \'\("[a-z]+" OR "', s) for s in sent)


def _structure_size(conn: Any) -> int:
    """The size of notes_fts's structure record: it lists every segment of the index."""
    return len(conn.execute("SELECT block FROM notes_fts_data WHERE id = 10").fetchone()[0])


def test_schema_8_merges_the_full_text_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = tmp_path / "v7.db", new_data_key()
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:7])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 7)
    db.create_vault(path, key)
    conn = db.open_connection(path, key)
    repo = CaseRepository(conn, AuditLog(conn))
    for case in generate(40, seed=3, today=date(2026, 6, 15)):
        repo.add(case)  # a transaction per case: a segment each, as a vault grows
    before = _structure_size(conn)
    found = queries.case_ids(conn, CaseFilter(text="ge"))
    hits = queries.search(conn, "ge", 50)
    conn.close()
    monkeypatch.undo()
    conn = db.open_connection(path, key)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 8
    assert _structure_size(conn) < before
    assert queries.case_ids(conn, CaseFilter(text="ge")) == found
    assert queries.search(conn, "ge", 50) == hits
    conn.close()


def test_the_open_filter_reads_its_own_index(vault: Any) -> None:
    sent: list[str] = []
    vault.set_trace_callback(sent.append)
    try:
        got = queries.case_ids(vault, CaseFilter(status="open"))
    finally:
        vault.set_trace_callback(None)
    (sql,) = [s for s in sent if s.startswith("SELECT c.id FROM cases c")]
    plan = " ".join(str(r[-1]) for r in vault.execute("EXPLAIN QUERY PLAN " + sql))
    assert "cases_open" in plan and "TEMP B-TREE" not in plan
    assert got == _reference(vault, CaseFilter(status="open"), "opened", True)


@pytest.mark.parametrize("text", ["de", "gesprek", "ge", None])
def test_the_whole_list_stops_when_cancelled_and_is_the_same_otherwise(
    vault: Any, text: str | None
) -> None:
    """The Dossiers list's second job (the whole list after a search's first page) runs on the
    reader thread; a search typed further makes it stale, and SQLite stops it (issue 16)."""
    flt = CaseFilter(text=text)
    expected = queries.case_ids(vault, flt, "code", False)
    assert queries.case_ids_unless(vault, lambda: False, flt, "code", False, steps=1) == expected
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # typed further while it ran

    assert queries.case_ids_unless(vault, cancelled, flt, "code", False, steps=1) is None
    assert len(asked) == 4  # stopped at the first look after that: not run to its end
    # the connection is as before, its progress handler gone (it would stop this one too)
    assert queries.case_ids(vault, flt, "code", False) == expected
