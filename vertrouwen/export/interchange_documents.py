"""Documents in the interchange format: `"documents": [{"id", "title", "kind", "date",
"filename", "content_base64"}]` on a case (an extension of version 1), and a consent scope's
`"documents": [ids]`.

A document read from a file goes through the same checks as one attached from disk (type from
the content, photo metadata dropped, text extracted), so an import can never put into the vault
what `attach` would refuse.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from vertrouwen.documents.detect import SUFFIX
from vertrouwen.domain import Document, DocumentKind
from vertrouwen.errors import InputError, UsageError
from vertrouwen.export.jsonreader import JsonReader, describe

DOCUMENT_KEYS = (
    "id", "title", "kind", "date", "filename", "content_base64", "source", "orientation",
)  # fmt: skip


def read_documents(r: JsonReader, obj: dict[str, Any]) -> list[Document]:
    """The case's documents, checked and decoded; ids given to those without one."""
    from vertrouwen.documents import DEFAULT_MAX_MB

    docs: list[Document] = []
    seen: set[str] = set()
    for i, raw in enumerate(r.items(obj, "documents", "")):
        path = f"documents[{i}]"
        item = r.obj(raw, path, DOCUMENT_KEYS)
        doc_id = item.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = f"d{doc_id}"
        doc_id = r.text({"id": doc_id}, "id", path)
        if doc_id and doc_id in seen:
            r.fail(f"{path}.id", f'the document id "{doc_id}" occurs twice in this case')
        seen.add(doc_id)
        filename = r.text(item, "filename", path)
        encoded = item.get("content_base64")
        if not isinstance(encoded, str):
            r.fail(f"{path}.content_base64", f"expected base64 text, found {describe(encoded)}")
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            r.fail(f"{path}.content_base64", "is not valid base64")
        doc = _checked(r, path, data, filename or "document", DEFAULT_MAX_MB * 1_000_000)
        doc.id = doc_id
        doc.filename = filename  # none: named after its id below
        doc.title = r.text(item, "title", path) or doc.title
        doc.kind = _kind(r, item, path) or doc.kind
        doc.date = r.day(item, "date", path) or doc.date
        doc.source = r.text(item, "source", path)
        doc.orientation = r.integer(item, "orientation", path, 8) or doc.orientation
        docs.append(doc)
    counter = 0
    for doc in docs:
        while not doc.id:
            counter += 1
            if f"d{counter}" not in seen:
                doc.id = f"d{counter}"
                seen.add(doc.id)
        doc.filename = doc.filename or f"{doc.id}{SUFFIX[doc.media_type]}"
    return docs


def _kind(r: JsonReader, item: dict[str, Any], path: str) -> DocumentKind | None:
    """The slug, or a kind's Dutch or English name ("beschikking"): not a typo, so taken."""
    from vertrouwen.documents.kinds import kind_from_text

    raw = item.get("kind")
    if isinstance(raw, str) and raw and raw not in {k.value for k in DocumentKind}:
        try:
            return kind_from_text(raw)
        except UsageError:
            slugs = ", ".join(k.value for k in DocumentKind)
            r.fail(f"{path}.kind", f'unknown value "{raw}" (expected one of: {slugs})')
    return r.enum(item, "kind", path, DocumentKind)


def _checked(r: JsonReader, path: str, data: bytes, filename: str, limit: int) -> Document:
    from vertrouwen.documents import read_bytes

    try:
        incoming = read_bytes(data, filename, limit)
    except InputError as exc:
        r.fail(f"{path}.content_base64", str(exc).removesuffix("; nothing was stored"))
    with incoming:
        content = b"".join(incoming.pieces())
        return Document(
            id="",
            title=incoming.title,
            kind=incoming.kind,
            filename=filename,
            media_type=incoming.media_type,
            date=incoming.date,
            orientation=incoming.orientation,
            size=len(content),
            content=content,
            text=incoming.text,
        )


def scope_documents(r: JsonReader, obj: dict[str, Any], path: str, known: set[str]) -> list[str]:
    """A scope's document ids, each the id of a document of this case."""
    ids: list[str] = []
    for i, value in enumerate(r.items(obj, "documents", path)):
        if isinstance(value, int) and not isinstance(value, bool):
            value = f"d{value}"
        if not isinstance(value, str):
            r.fail(f"{path}.documents[{i}]", f"expected a document id, found {describe(value)}")
        if value not in known:
            r.fail(f"{path}.documents[{i}]", f'"{value}" is not the id of a document in this case')
        if value not in ids:
            ids.append(value)
    return ids


def document_dicts(docs: list[Document]) -> list[dict[str, Any]]:
    """Documents whose bytes are loaded, as interchange objects (others are left out)."""
    written = []
    for d in docs:
        if d.content is None:
            continue
        item: dict[str, Any] = {
            "id": d.id,
            "title": d.title,
            "kind": d.kind.value,
            "date": d.date.isoformat() if d.date else None,
            "filename": d.filename,
            "content_base64": base64.b64encode(d.content).decode("ascii"),
        }
        if d.source:
            item["source"] = d.source
        if d.orientation != 1:  # a photo's EXIF orientation, kept when its metadata went
            item["orientation"] = d.orientation
        written.append(item)
    return written
