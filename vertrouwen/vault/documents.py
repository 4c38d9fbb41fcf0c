"""Documents of a case in SQL: a description row, the bytes in chunks, the text in FTS5.

The bytes are kept in `document_chunks` rows of at most 1 MiB, written as they are read and
read back chunk by chunk, so a 50 MB file never sits in memory whole. Every write runs in one
transaction with its audit entry (which names the document id and type, never its title or
text). Ids are "d<n>" within the case and never reused while a consent of the case still
names an old one: a consent for "d2" must not come to cover a different letter.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vertrouwen.changes import ChangeLog, Changes
from vertrouwen.domain import Document, DocumentKind
from vertrouwen.errors import (
    ErrorCode,
    InputError,
    StorageError,
    UnknownCaseError,
    UsageError,
    VaultError,
)
from vertrouwen.vault.audit import AuditLog, now_utc
from vertrouwen.vault.db import transaction

if TYPE_CHECKING:
    from vertrouwen.documents import Incoming

Connection = Any
CHUNK = 1 << 20
_ID_RE = re.compile(r"^d(\d{1,9})$")
_COLUMNS = (
    "doc_id, title, kind, date, source, filename, media_type, size, sha256, parent, orientation"
)


def _document(r: tuple[Any, ...]) -> Document:
    return Document(
        id=r[0],
        title=r[1],
        kind=DocumentKind(r[2]),
        date=date.fromisoformat(r[3]) if r[3] else None,
        source=r[4],
        filename=r[5],
        media_type=r[6],
        size=r[7],
        sha256=r[8],
        parent=r[9],
        orientation=r[10],
    )


def described(conn: Connection, case_id: int) -> list[Document]:
    """The case's documents, described (no bytes, no text), by date then id."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM documents WHERE case_id = ?"  # noqa: S608 - fixed columns
        " ORDER BY date IS NULL, date, id",
        (case_id,),
    )
    return [_document(r) for r in rows]


def ids(conn: Connection, case_id: int) -> list[str]:
    return [
        r[0] for r in conn.execute("SELECT doc_id FROM documents WHERE case_id = ?", (case_id,))
    ]


def _next_number(conn: Connection, case_id: int) -> int:
    """One past every document number the case has used: its documents and its consents."""
    used = ids(conn, case_id)
    for (scope,) in conn.execute(
        "SELECT scope_documents FROM consents WHERE case_id = ?", (case_id,)
    ):
        used += [str(x) for x in json.loads(scope)]
    numbers = [int(m.group(1)) for i in used if (m := _ID_RE.match(i))]
    return max(numbers, default=0) + 1


def _pieces_of(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), CHUNK):
        yield bytes(view[start : start + CHUNK])


def _store(conn: Connection, row_id: int, pieces: Iterable[bytes]) -> tuple[int, str]:
    """Write the bytes in chunks; returns their size and SHA-256 (of what was stored)."""
    digest = hashlib.sha256()
    size = seq = 0
    buffer = bytearray()

    def flush() -> None:
        nonlocal seq
        conn.execute(
            "INSERT INTO document_chunks(document_id, seq, data) VALUES (?,?,?)",
            (row_id, seq, bytes(buffer)),
        )
        seq += 1
        buffer.clear()

    for piece in pieces:
        digest.update(piece)
        size += len(piece)
        buffer += piece
        while len(buffer) >= CHUNK:
            rest = bytes(buffer[CHUNK:])
            del buffer[CHUNK:]
            flush()
            buffer += rest
    if buffer or seq == 0:
        flush()
    conn.execute(
        "UPDATE documents SET size = ?, sha256 = ? WHERE id = ?", (size, digest.hexdigest(), row_id)
    )
    return size, digest.hexdigest()


def _insert_row(conn: Connection, case_id: int, doc: Document) -> int:
    cur = conn.execute(
        "INSERT INTO documents(case_id, doc_id, title, kind, date, source, filename, media_type,"
        " parent, orientation, added, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            case_id,
            doc.id,
            doc.title,
            doc.kind.value,
            doc.date.isoformat() if doc.date else None,
            doc.source,
            doc.filename,
            doc.media_type,
            doc.parent,
            doc.orientation,
            now_utc(),
            doc.text,
        ),
    )
    return int(cur.lastrowid)


def insert_all(conn: Connection, case_id: int, docs: Iterable[Document]) -> None:
    """Store documents whose bytes are in memory (an import), within the caller's transaction."""
    for doc in docs:
        if doc.content is None:
            continue  # described only: nothing to store
        if not doc.id:
            doc.id = f"d{_next_number(conn, case_id)}"
        doc.size, doc.sha256 = _store(
            conn, _insert_row(conn, case_id, doc), _pieces_of(doc.content)
        )


class DocumentRepository:
    """Documents of cases in the vault, addressed by case code and document id."""

    def __init__(self, conn: Connection, audit: AuditLog, changes: ChangeLog | None = None) -> None:
        self._conn = conn
        self._audit = audit
        self._changes = changes if changes is not None else ChangeLog()

    def _case(self, code: str) -> int:
        row = self._conn.execute("SELECT id FROM cases WHERE code = ?", (code,)).fetchone()
        if row is None:
            raise UnknownCaseError(ErrorCode.NO_SUCH_CASE_CODE, code=code)
        return int(row[0])

    def _row(self, code: str, doc_id: str) -> int:
        row = self._conn.execute(
            "SELECT id FROM documents WHERE case_id = ? AND doc_id = ?", (self._case(code), doc_id)
        ).fetchone()
        if row is None:
            raise UsageError(ErrorCode.NO_SUCH_DOCUMENT, code=code, document=doc_id)
        return int(row[0])

    # -- reading --------------------------------------------------------------------------
    def for_case(self, code: str) -> list[Document]:
        return described(self._conn, self._case(code))

    def get(self, code: str, doc_id: str) -> Document:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE id = ?",  # noqa: S608 - fixed columns
            (self._row(code, doc_id),),
        ).fetchone()
        return _document(row)

    def text(self, code: str, doc_id: str) -> str:
        """The text taken out at import (for the preview and the privacy guard)."""
        row = self._conn.execute(
            "SELECT text FROM documents WHERE id = ?", (self._row(code, doc_id),)
        ).fetchone()
        return str(row[0])

    def chunks(self, code: str, doc_id: str) -> Iterator[bytes]:
        """The stored bytes, chunk by chunk, checked against their size and SHA-256."""
        row_id = self._row(code, doc_id)
        size, sha = self._conn.execute(
            "SELECT size, sha256 FROM documents WHERE id = ?", (row_id,)
        ).fetchone()
        return self._checked(row_id, size, sha, f"document {doc_id} of case {code}")

    def _checked(self, row_id: int, size: int, sha: str, what: str) -> Iterator[bytes]:
        digest = hashlib.sha256()
        total = 0
        cursor = self._conn.execute(
            "SELECT data FROM document_chunks WHERE document_id = ? ORDER BY seq", (row_id,)
        )
        for (data,) in cursor:
            digest.update(data)
            total += len(data)
            yield bytes(data)
        if total != size or digest.hexdigest() != sha:
            raise VaultError(ErrorCode.DOCUMENT_DAMAGED, what=what)

    def content(self, code: str, doc_id: str) -> bytes:
        """The whole document in memory (preview, annexes, interchange)."""
        return b"".join(self.chunks(code, doc_id))

    def with_content(self, case: Any) -> None:
        """Fill `content` of every document of `case` (for an interchange file)."""
        for doc in case.documents:
            doc.content = self.content(case.code, doc.id)
            doc.text = ""

    # -- writing --------------------------------------------------------------------------
    def attach(
        self,
        code: str,
        incoming: Incoming,
        *,
        title: str = "",
        kind: DocumentKind | None = None,
        day: date | None = None,
        source: str = "",
    ) -> list[str]:
        """Store `incoming` (and an e-mail's attachments) in one transaction; their ids, the
        document's first. InputError when the file changed while it was being read."""
        with transaction(self._conn):
            case_id = self._case(code)
            stored = self._attach_one(
                code,
                case_id,
                incoming,
                title.strip() or incoming.title,
                kind or incoming.kind,
                day or incoming.date,
                source.strip(),
                None,
            )
            result = [stored]
            for child in incoming.attachments:
                result.append(
                    self._attach_one(
                        code,
                        case_id,
                        child,
                        child.title,
                        child.kind,
                        child.date,
                        source.strip(),
                        stored,
                    )
                )
            incoming.check_unchanged()  # before the commit: a changed file stores nothing
        self._changes.note(Changes.of_cases([code], documents=True))
        return result

    def _attach_one(
        self,
        code: str,
        case_id: int,
        incoming: Incoming,
        title: str,
        kind: DocumentKind,
        day: date | None,
        source: str,
        parent: str | None,
    ) -> str:
        doc = Document(
            id=f"d{_next_number(self._conn, case_id)}",
            title=title or incoming.filename,
            kind=kind,
            filename=incoming.filename,
            media_type=incoming.media_type,
            date=day,
            source=source,
            parent=parent,
            orientation=incoming.orientation,
            text=incoming.text,
        )
        row_id = _insert_row(self._conn, case_id, doc)
        size, _ = _store(self._conn, row_id, incoming.pieces())
        self._audit.record(
            "document_attached", code, f"{doc.id} {incoming.media_type} {size} bytes"
        )
        return doc.id

    def update(
        self,
        code: str,
        doc_id: str,
        *,
        title: str,
        kind: DocumentKind,
        day: date | None,
        source: str,
    ) -> Changes:
        """Change a document's description (its bytes never change)."""
        if not title.strip():
            raise InputError("a document needs a title")
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE documents SET title = ?, kind = ?, date = ?, source = ? WHERE id = ?",
                (
                    title.strip(),
                    kind.value,
                    day.isoformat() if day else None,
                    source.strip(),
                    self._row(code, doc_id),
                ),
            )
            self._audit.record("document_updated", code, doc_id)
        return self._changes.note(Changes.of_cases([code], documents=True))

    def index_rest(self, code: str, doc_id: str) -> int:
        """Index all of a PDF's text where the import's time budget left part of it out (a
        long text-only PDF); runs after the import, as its own transaction. Returns the
        number of characters now indexed."""
        from vertrouwen.documents import full_pdf_text

        row_id = self._row(code, doc_id)
        text = full_pdf_text(self.content(code, doc_id))
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE documents SET text = ? WHERE id = ? AND length(text) < ?",
                (text, row_id, len(text)),
            )
        self._changes.note(Changes.of_cases([code], documents=True))  # search finds more
        return len(text)

    def detach(self, code: str, doc_id: str) -> Changes:
        """Remove a document for good: its row, chunks and index entry (secure delete)."""
        with transaction(self._conn):
            row_id = self._row(code, doc_id)
            self._conn.execute("DELETE FROM document_chunks WHERE document_id = ?", (row_id,))
            self._conn.execute("DELETE FROM documents WHERE id = ?", (row_id,))
            self._audit.record("document_removed", code, doc_id)
        return self._changes.note(Changes.of_cases([code], documents=True))

    def write_to(self, code: str, doc_id: str, out: Path) -> int:
        """Write the document to `out` atomically (owner-only), audited; returns its size."""
        from vertrouwen.fileio import TempBeside, regular_target, replace_into

        target = regular_target(out)
        doc = self.get(code, doc_id)
        with transaction(self._conn), TempBeside(target) as tmp:
            try:
                with tmp.open("wb") as fh:
                    for chunk in self.chunks(code, doc_id):
                        fh.write(chunk)
            except OSError as exc:
                raise StorageError(
                    f"cannot write {target}: {exc.strerror}; nothing was written"
                ) from exc
            self._audit.record("document_written", code, f"{doc_id} to a file")
            replace_into(tmp, target)
        return doc.size
