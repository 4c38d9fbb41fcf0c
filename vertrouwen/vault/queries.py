"""Case list queries for the Dossiers screen: filtered, sorted ids, rows for a window, search.

Built for a lazy list model (Anki's browser): `case_ids` returns only ids, fast at 100,000
cases; the view asks `case_rows` for the few rows it shows. Full-text search runs over the
FTS5 tables inside the encrypted vault; the user's words are always quoted before they reach
FTS5, so no input can raise a syntax error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from vertrouwen.domain import CaseResult, ClientRole, OrganisationKind, Regime, Topic

Connection = Any
Status = Literal["open", "closed", "all"]

# Marks around a matched word in SearchHit.snippet (control characters never typed in notes).
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
MAX_TERMS = 12

# "VP-2026-10000" after "VP-2026-9999": number part compared as a number.
_CODE_ORDER = (
    "CASE WHEN c.code GLOB 'VP-[0-9][0-9][0-9][0-9]-[0-9]*'"
    " THEN substr(c.code, 1, 8) || printf('%012d', CAST(substr(c.code, 9) AS INTEGER))"
    " ELSE c.code END"
)
_ROWS_SELECT = " ".join(
    [
        "SELECT c.id, c.code, c.opened, c.closed, c.result, c.client_role, c.organisation_name,",
        "c.organisation_kind, c.regime, c.last_contact,",
        "(SELECT group_concat(t.topic, ' ') FROM",
        "(SELECT topic FROM case_topics WHERE case_id = c.id ORDER BY position) t),",
        "c.unsafe_signal FROM cases c",
    ]
)
SORT_KEYS: dict[str, str] = {
    "code": _CODE_ORDER,
    "opened": "c.opened",
    "closed": "c.closed",
    "organisation": "c.organisation_name COLLATE NOCASE",
    "kind": "c.organisation_kind",
    "regime": "c.regime",
    "role": "c.client_role",
    # the newest note's date, kept up to date by triggers on notes (schema 6)
    "last_contact": "c.last_contact",
}
_NULLABLE = {"closed", "last_contact"}


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows; every field narrows it, None means "any"."""

    status: Status = "all"
    organisation_kind: OrganisationKind | None = None
    regime: Regime | None = None
    topic: Topic | None = None
    year: int | None = None  # cases open at any time in that year
    text: str | None = None  # words in a note or complaint point


@dataclass(frozen=True)
class CaseRow:
    """What one line of the case list shows."""

    id: int
    code: str
    opened: date
    closed: date | None
    result: CaseResult | None
    client_role: ClientRole
    organisation_name: str
    organisation_kind: OrganisationKind
    regime: Regime
    last_contact: date | None
    topics: tuple[Topic, ...]
    unsafe_signal: bool


@dataclass(frozen=True)
class SearchHit:
    """A note or complaint point matching a search; `snippet` marks matches (MARK_START/END)."""

    case_id: int
    code: str
    source: Literal["note", "complaint_point", "document"]
    note_id: str | None  # the note's id within the case (notes only)
    date: date | None  # the note's date (notes; a document's own date)
    snippet: str
    document_id: str | None = None  # the document's id within the case (documents only)
    title: str = ""  # the document's title (documents only)


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for what the user typed: every word must occur, the last one as a
    prefix (so results appear while typing). None when there is nothing to search for."""
    # Control and unpaired surrogate characters would end FTS5's string early or not encode.
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    terms = []
    for chunk in text.split():
        if re.search(r"\w", chunk) is None:
            continue  # only punctuation: FTS5 would find no token in it
        terms.append('"' + chunk.replace('"', '""') + '"')
    if not terms:
        return None
    terms = terms[:MAX_TERMS]
    terms[-1] += "*"
    return " ".join(terms)


def split_marks(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) pieces, for a view that highlights the matches."""
    pieces: list[tuple[str, bool]] = []
    for n, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        if part:
            pieces.append((part, n % 2 == 1))
    return pieces


def _where(flt: CaseFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.status == "open":
        clauses.append("c.closed IS NULL")
    elif flt.status == "closed":
        clauses.append("c.closed IS NOT NULL")
    if flt.organisation_kind is not None:
        clauses.append("c.organisation_kind = ?")
        params.append(flt.organisation_kind.value)
    if flt.regime is not None:
        clauses.append("c.regime = ?")
        params.append(flt.regime.value)
    if flt.topic is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM case_topics t WHERE t.case_id = c.id AND t.topic = ?)"
        )
        params.append(flt.topic.value)
    if flt.year is not None:
        # "+" keeps SQLite off the opened index here: a range over most cases, then a
        # table lookup per case, is several times slower than one scan and a sort.
        clauses.append("+c.opened <= ? AND (c.closed IS NULL OR c.closed >= ?)")
        params += [f"{flt.year:04d}-12-31", f"{flt.year:04d}-01-01"]
    if flt.text is not None:
        query = fts_query(flt.text)
        if query is None:
            clauses.append("0")  # searched for punctuation only: nothing matches
        else:
            clauses.append(
                # notes_case_of answers "which case?" without reading the notes' own pages,
                # in the full-text index's rowid order (neighbouring pages, no list to build)
                "c.id IN (SELECT n.case_id FROM notes_fts"
                " JOIN notes n INDEXED BY notes_case_of ON n.id = notes_fts.rowid"
                " WHERE notes_fts MATCH ?"
                " UNION SELECT p.case_id FROM complaint_points p WHERE p.id IN"
                " (SELECT rowid FROM points_fts WHERE points_fts MATCH ?)"
                " UNION SELECT d.case_id FROM documents d WHERE d.id IN"
                " (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))"
            )
            params += [query, query, query]
    return clauses, params


def case_ids(
    conn: Connection,
    flt: CaseFilter | None = None,
    sort_key: str = "opened",
    descending: bool = True,
) -> list[int]:
    """Ids of the cases passing `flt`, in list order; unknown sort keys raise ValueError."""
    if sort_key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort_key!r}; one of {', '.join(SORT_KEYS)}")
    clauses, params = _where(flt or CaseFilter())
    direction = "DESC" if descending else "ASC"
    expr = SORT_KEYS[sort_key]
    # Only fixed SQL fragments are joined here; every value is a bound parameter.
    parts = ["SELECT c.id FROM cases c"]
    if clauses:
        parts += ["WHERE", " AND ".join(clauses)]
    parts.append("ORDER BY")
    if sort_key in _NULLABLE and not descending:
        # empty values (an open case's closing date) last; descending puts them last anyway
        # (NULL sorts lowest), and without this term an index on the column gives the order
        parts.append(f"{expr} IS NULL,")
    # id breaks ties. (opened, id) is the order of the opened index, which also answers the
    # topic and text filters (they need only c.id): no sort at all. A filter on a column of
    # the table would mean a table lookup per case in index order (pages decrypted again
    # and again): "+" makes SQLite scan the table once and sort what passes instead.
    needs_table = flt is not None and (
        flt.status != "all" or flt.regime is not None or flt.year is not None
    )
    parts += [f"+{expr}" if needs_table else expr, direction, ", c.id", direction]
    return [row[0] for row in conn.execute(" ".join(parts), params)]


def case_rows(conn: Connection, ids: Sequence[int]) -> list[CaseRow]:
    """Rows for `ids`, in the order given (ids of deleted cases are left out)."""
    found: dict[int, CaseRow] = {}
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(" ".join([_ROWS_SELECT, f"WHERE c.id IN ({marks})"]), chunk)
        for r in rows:
            found[r[0]] = _row(r)
    return [found[i] for i in ids if i in found]


def search(conn: Connection, text: str, limit: int = 50) -> list[SearchHit]:
    """Notes, complaint points and documents containing every word of `text`, newest first.

    Newest rather than best-ranked: ranking (bm25) must score every match before the first
    can be shown, seconds for a common word at 100,000 cases, while FTS5 walks its index
    newest-first and stops after `limit`. Every hit contains all the words anyway.
    """
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    notes = conn.execute(
        "SELECT n.case_id, c.code, n.note_id, n.date, snippet(notes_fts, 0, ?, ?, ?, 16)"
        " FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid"
        " JOIN cases c ON c.id = n.case_id"
        " WHERE notes_fts MATCH ? ORDER BY notes_fts.rowid DESC LIMIT ?",
        (MARK_START, MARK_END, ELLIPSIS, query, limit),
    ).fetchall()
    points = conn.execute(
        "SELECT p.case_id, c.code, snippet(points_fts, -1, ?, ?, ?, 16), c.opened"
        " FROM points_fts JOIN complaint_points p ON p.id = points_fts.rowid"
        " JOIN cases c ON c.id = p.case_id"
        " WHERE points_fts MATCH ? ORDER BY points_fts.rowid DESC LIMIT ?",
        (MARK_START, MARK_END, ELLIPSIS, query, limit),
    ).fetchall()
    docs = conn.execute(
        "SELECT d.case_id, c.code, d.doc_id, d.date, snippet(documents_fts, -1, ?, ?, ?, 16),"
        " c.opened, d.title FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
        " JOIN cases c ON c.id = d.case_id"
        " WHERE documents_fts MATCH ? ORDER BY documents_fts.rowid DESC LIMIT ?",
        (MARK_START, MARK_END, ELLIPSIS, query, limit),
    ).fetchall()
    dated: list[tuple[str, SearchHit]] = [
        (r[3], SearchHit(r[0], r[1], "note", r[2], date.fromisoformat(r[3]), r[4])) for r in notes
    ]
    # A complaint point has no date of its own: it sorts under its case's opening date.
    dated += [(r[3], SearchHit(r[0], r[1], "complaint_point", None, None, r[2])) for r in points]
    # A document sorts under its own date, or its case's opening date when it has none.
    dated += [
        (
            r[3] or r[5],
            SearchHit(r[0], r[1], "document", None, _day(r[3]), r[4], document_id=r[2], title=r[6]),
        )
        for r in docs
    ]
    dated.sort(key=lambda pair: pair[0], reverse=True)  # stable: ties keep newest-added first
    return [hit for _, hit in dated[:limit]]


class CaseQueries:
    """The queries above bound to one vault's connection (`Workspace.queries`)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def case_ids(
        self, flt: CaseFilter | None = None, sort_key: str = "opened", descending: bool = True
    ) -> list[int]:
        return case_ids(self._conn, flt, sort_key, descending)

    def case_rows(self, ids: Sequence[int]) -> list[CaseRow]:
        return case_rows(self._conn, ids)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        return search(self._conn, text, limit)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _row(r: tuple[Any, ...]) -> CaseRow:
    return CaseRow(
        id=r[0],
        code=r[1],
        opened=date.fromisoformat(r[2]),
        closed=date.fromisoformat(r[3]) if r[3] else None,
        result=CaseResult(r[4]) if r[4] else None,
        client_role=ClientRole(r[5]),
        organisation_name=r[6],
        organisation_kind=OrganisationKind(r[7]),
        regime=Regime(r[8]),
        last_contact=date.fromisoformat(r[9]) if r[9] else None,
        topics=tuple(Topic(t) for t in (r[10] or "").split()),
        unsafe_signal=bool(r[11]),
    )
