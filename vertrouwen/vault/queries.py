"""Case list queries for the Dossiers screen: filtered, sorted ids, rows for a window, search.

Built for a lazy list model (Anki's browser): `case_ids` returns only ids, fast at 100,000
cases; the view asks `case_rows` for the few rows it shows. Full-text search runs over the
FTS5 tables inside the encrypted vault; the user's words are always quoted before they reach
FTS5, so no input can raise a syntax error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

import sqlcipher3

from vertrouwen.domain import CaseResult, ClientRole, OrganisationKind, Regime, Topic

Connection = Any
Status = Literal["open", "closed", "all"]
Plan = Literal["auto", "walk", "index"]

# Marks around a matched word in SearchHit.snippet (control characters never typed in notes).
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
MAX_TERMS = 12
# How the full-text tables split text into words (migrations.py, schema 1 and 5).
TOKENIZE = "unicode61 remove_diacritics 2"

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


def _words(text: str) -> list[str]:
    """The words of a search as FTS5 will see them (at most MAX_TERMS)."""
    # Control and unpaired surrogate characters would end FTS5's string early or not encode.
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    # a chunk of only punctuation is left out: FTS5 would find no token in it
    return [chunk for chunk in text.split() if re.search(r"\w", chunk)][:MAX_TERMS]


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for what the user typed: every word must occur, the last one as a
    prefix (so results appear while typing). None when there is nothing to search for."""
    terms = [_quoted(word) for word in _words(text)]
    if not terms:
        return None
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
    limit: int | None = None,
    plan: Plan = "auto",
) -> list[int]:
    """Ids of the cases passing `flt`, in list order; unknown sort keys raise ValueError.

    With `limit`, only the first ones: the Dossiers list shows a screenful while the whole
    list (and its count) follows. For a word that most cases contain, finding every matching
    note first takes long (900,000 notes contain "de"); the first ids then come from walking
    the cases in list order and looking each one up in the full-text index until `limit`
    have matched (`plan` "walk"; "auto" chooses by the index's own counts, "index" never walks;
    every plan gives the same ids).
    """
    flt = flt or CaseFilter()
    if limit is not None and flt.text is not None and plan != "index":
        first = _first_by_walk(conn, flt, sort_key, descending, limit, plan == "walk")
        if first is not None:
            return first
    sql, params = _ids_sql(flt, sort_key, descending)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, limit))
    return [row[0] for row in conn.execute(sql, params)]


# SQLite virtual-machine steps between two looks at `cancelled` (~0.1-1 ms of a query)
CANCEL_CHECK_STEPS = 20_000


def case_ids_unless(
    conn: Connection,
    cancelled: Callable[[], bool],
    flt: CaseFilter | None = None,
    sort_key: str = "opened",
    descending: bool = True,
    steps: int = CANCEL_CHECK_STEPS,
) -> list[int] | None:
    """`case_ids` (the whole list), or None once `cancelled()` is true: SQLite asks it every
    `steps` steps of the query (a progress handler) and stops the query then. For the
    Dossiers list's second job, which a search typed further makes stale (issue 16)."""
    stopped = False

    def check() -> int:
        nonlocal stopped
        stopped = stopped or cancelled()
        return 1 if stopped else 0

    conn.set_progress_handler(check, max(1, steps))
    try:
        return case_ids(conn, flt, sort_key, descending)
    except sqlcipher3.OperationalError:
        if stopped:  # "interrupted": nothing was written, the connection is as before
            return None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _ids_sql(flt: CaseFilter, sort_key: str, descending: bool) -> tuple[str, list[Any]]:
    if sort_key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort_key!r}; one of {', '.join(SORT_KEYS)}")
    clauses, params = _where(flt)
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
    # The open cases in opened order have an index of their own (cases_open, schema 8).
    needs_table = (
        flt.status == "closed"
        or (flt.status == "open" and sort_key != "opened")
        or flt.regime is not None
        or flt.year is not None
    )
    parts += [f"+{expr}" if needs_table else expr, direction, ", c.id", direction]
    return " ".join(parts), params


# -- the walk: the first cases in list order that contain the words ----------------------------
# The full-text tables and the tables whose rows they index (rowid = id, with a case_id).
_INDEXED = (
    ("notes_fts", "notes"),
    ("points_fts", "complaint_points"),
    ("documents_fts", "documents"),
)
_PLAIN_WORD = re.compile(r"[0-9A-Za-z]+")  # tokenized as itself, lowercased (unicode61)
# Measured at 1,000,000 notes (bench/bench_cases.py): finding every matching note and its case
# costs ~2 us per note; one note looked up for one word ~15 us (a full-text query of its own,
# on an index merged into few segments: schema 8).
_NOTE_US = 2.0
_LOOKUP_US = 15.0


def _first_by_walk(
    conn: Connection,
    flt: CaseFilter,
    sort_key: str,
    descending: bool,
    limit: int,
    forced: bool,
) -> list[int] | None:
    """The first `limit` ids by walking the cases in list order, or None when looking each
    case up would take longer than finding every match first (then the caller does that)."""
    words = _words(flt.text or "")
    if not words or _PLAIN_WORD.fullmatch(words[-1]) is None:
        # A prefix is looked up as the words it begins in the index, found by comparing
        # text; only for letters and digits is that what FTS5's tokenizer makes of it.
        return None
    lookups = [
        (
            content,
            fts,
            [(doc, _with_word(words, term)) for doc, term in _expanded(conn, fts, words[-1])],
        )
        for fts, content in _INDEXED
    ]
    max_cases = 1 << 62
    if not forced:
        if any(len(expanded) > _MAX_EXPANDED for _content, _fts, expanded in lookups):
            return None
        notes = conn.execute("SELECT max(id) FROM notes").fetchone()[0] or 0
        cases = conn.execute("SELECT max(id) FROM cases").fetchone()[0] or 0
        if notes == 0 or cases == 0:
            return None
        # notes holding every word, if words were spread independently of each other
        matching = min(notes, sum(doc for doc, _query in lookups[0][2]))
        for word in words[:-1]:
            if _PLAIN_WORD.fullmatch(word):
                matching *= _documents_with(conn, "notes_fts", word.lower()) / notes
        if matching < 1:
            return None
        per_case = notes / cases
        share = 1.0 - (1.0 - min(1.0, matching / notes)) ** per_case  # of cases, if spread
        # Walking may cost what finding every match costs, no more: then it gives up.
        max_cases = int(matching * _NOTE_US / (per_case * _LOOKUP_US))
        if share <= 0.0 or limit / share > max_cases / 2:
            return None
    sql, params = _ids_sql(replace(flt, text=None), sort_key, descending)
    cursor = conn.execute(sql, params)
    found: list[int] = []
    checked, size = 0, max(limit, 16)
    try:
        while len(found) < limit:
            if checked >= max_cases:
                return None
            batch = [row[0] for row in cursor.fetchmany(size)]
            if not batch:
                break
            checked += len(batch)
            matched = _containing(conn, batch, lookups)
            found += [case_id for case_id in batch if case_id in matched]
            size = min(2 * size, 500)  # under SQLite's bound-parameter limit
    finally:
        cursor.close()
    return found[:limit]


def _terms_table(conn: Connection, fts: str) -> str:
    """An fts5vocab table over `fts` (its words and how many rows hold each), in the temp
    schema: the definition lives in memory for this connection only, it stores nothing."""
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{fts}_terms USING fts5vocab(main, {fts}, row)"
    )
    return f"temp.{fts}_terms"


def _documents_with(conn: Connection, fts: str, term: str) -> int:
    table = _terms_table(conn, fts)
    row = conn.execute(f"SELECT doc FROM {table} WHERE term = ?", (term,))  # noqa: S608 - fixed names
    found = row.fetchone()
    return int(found[0]) if found else 0


def _expanded(conn: Connection, fts: str, prefix: str) -> list[tuple[int, str]]:
    """The whole words `prefix` begins in `fts` with the number of rows holding each,
    commonest first: a row matches a prefix if and only if it holds one of these words.
    Looking a row up for a whole word is a seek; for a prefix, FTS5 first merges the lists
    of every word it begins."""
    prefix = prefix.lower()
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    rows = conn.execute(
        f"SELECT term, doc FROM {_terms_table(conn, fts)} WHERE term >= ? AND term < ?",  # noqa: S608
        (prefix, upper),
    ).fetchall()
    return sorted(((int(doc), str(term)) for term, doc in rows), reverse=True)


def _with_word(words: list[str], term: str) -> str:
    """The search for `words` with its last word (a prefix) replaced by the whole `term`."""
    return " ".join([*(_quoted(word) for word in words[:-1]), _quoted(term)])


def _containing(
    conn: Connection, batch: list[int], lookups: list[tuple[str, str, list[tuple[int, str]]]]
) -> set[int]:
    """The cases of `batch` with a note, complaint point or document matching the search:
    word by word (commonest first), each time only for the cases not matched yet."""
    left, matched = set(batch), set[int]()
    for content, fts, expanded in lookups:
        for _doc, query in expanded:
            if not left:
                return matched
            ids = sorted(left)
            marks = ",".join("?" * len(ids))
            rows = conn.execute(
                f"SELECT DISTINCT x.case_id FROM {content} x CROSS JOIN {fts} f"  # noqa: S608
                f" WHERE x.case_id IN ({marks}) AND f.rowid = x.id AND f.{fts} MATCH ?",
                (*ids, query),
            )
            hit = {row[0] for row in rows}
            matched |= hit
            left -= hit
    return matched


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
    words = _words(text)
    try:
        notes_from = _newest_matches(conn, "notes_fts", "notes", ("text",), words, limit)
        notes = conn.execute(
            f"SELECT n.case_id, c.code, n.note_id, n.date, snippet({notes_from}, 0, ?, ?, ?, 16)"  # noqa: S608
            f" FROM {notes_from} JOIN notes n ON n.id = {notes_from}.rowid"
            " JOIN cases c ON c.id = n.case_id"
            f" WHERE {notes_from} MATCH ? ORDER BY {notes_from}.rowid DESC LIMIT ?",
            (MARK_START, MARK_END, ELLIPSIS, query, limit),
        ).fetchall()
        points_from = _newest_matches(
            conn, "points_fts", "complaint_points", ("summary", "desired_outcome"), words, limit
        )
        points = conn.execute(
            f"SELECT p.case_id, c.code, snippet({points_from}, -1, ?, ?, ?, 16), c.opened"  # noqa: S608
            f" FROM {points_from} JOIN complaint_points p ON p.id = {points_from}.rowid"
            " JOIN cases c ON c.id = p.case_id"
            f" WHERE {points_from} MATCH ? ORDER BY {points_from}.rowid DESC LIMIT ?",
            (MARK_START, MARK_END, ELLIPSIS, query, limit),
        ).fetchall()
        docs = conn.execute(
            "SELECT d.case_id, c.code, d.doc_id, d.date, snippet(documents_fts, -1, ?, ?, ?, 16),"
            " c.opened, d.title FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
            " JOIN cases c ON c.id = d.case_id"
            " WHERE documents_fts MATCH ? ORDER BY documents_fts.rowid DESC LIMIT ?",
            (MARK_START, MARK_END, ELLIPSIS, query, limit),
        ).fetchall()
    finally:
        for table in ("notes_fts_newest", "points_fts_newest"):
            if conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", (table,)).fetchone():
                conn.execute(f"DELETE FROM temp.{table}")  # noqa: S608 - the text: not kept
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


# More whole words than this for one prefix: FTS5's own prefix search is the cheaper way.
_MAX_EXPANDED = 200
_FEW_ROWS = 20_000


def _newest_matches(
    conn: Connection,
    fts: str,
    content: str,
    columns: tuple[str, ...],
    words: list[str],
    limit: int,
) -> str:
    """The full-text table to take the search's newest `limit` hits and their snippets from.

    For a short prefix ("ge"), FTS5 merges the lists of every word it begins before it can
    give the newest match (~100 ms at 1,000,000 notes, for each query). The same rows are
    found as the newest rows holding one of those whole words (no merge: FTS5 reads each
    list from its newest end and stops). Their text is then indexed in a small table in the
    temp schema (memory only, `temp_store`), where the search itself runs as before on just
    those rows: the snippets are FTS5's own for the same text and the same query.
    """
    if _PLAIN_WORD.fullmatch(words[-1]) is None:
        return fts
    expanded = _expanded(conn, fts, words[-1])
    if len(expanded) > _MAX_EXPANDED or sum(doc for doc, _term in expanded) < _FEW_ROWS:
        return fts  # few rows to merge: FTS5's own prefix search is quick
    newest = f"{fts}_newest"
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{newest} USING fts5("
        f"{', '.join(columns)}, tokenize='{TOKENIZE}')"
    )
    conn.execute(f"DELETE FROM temp.{newest}")  # noqa: S608 - fixed names
    if not expanded:
        return newest  # no row holds a word with this prefix: nothing matches
    any_word = " OR ".join(_quoted(term) for _doc, term in expanded)
    wanted = " AND ".join([*(_quoted(word) for word in words[:-1]), f"({any_word})"])
    ids = [
        row[0]
        for row in conn.execute(
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?",  # noqa: S608
            (wanted, limit),
        )
    ]
    if ids:
        names = ", ".join(columns)
        conn.execute(
            f"INSERT INTO temp.{newest}(rowid, {names}) SELECT id, {names} FROM {content}"  # noqa: S608
            f" WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        )
    return newest


class CaseQueries:
    """The queries above bound to one vault's connection (`Workspace.queries`)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def case_ids(
        self,
        flt: CaseFilter | None = None,
        sort_key: str = "opened",
        descending: bool = True,
        limit: int | None = None,
    ) -> list[int]:
        return case_ids(self._conn, flt, sort_key, descending, limit)

    def case_ids_unless(
        self,
        cancelled: Callable[[], bool],
        flt: CaseFilter | None = None,
        sort_key: str = "opened",
        descending: bool = True,
    ) -> list[int] | None:
        return case_ids_unless(self._conn, cancelled, flt, sort_key, descending)

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
