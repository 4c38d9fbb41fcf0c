"""`attach`, `documents`, `document` and `detach`: documents in a case file.

Order for `attach`, so that nothing is stored unless everything holds: the options are checked
(exit 2), the vault is opened and the case looked up (unknown code: exit 2), the file is read
and checked (too big, unsupported or mislabelled type, encrypted or damaged PDF, zip bomb:
exit 6), then stored in one transaction that is rolled back if the file changed meanwhile
(exit 6) or the disk is full (exit 1). `document --out` writes atomically and never onto the
vault or its key slots.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from vertrouwen.errors import UsageError
from vertrouwen.workspace import open_workspace


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"--date {text!r} is not a date; write it as YYYY-MM-DD") from exc


def attach(args: argparse.Namespace) -> int:
    """Store FILE in case CODE; print the new document's id (an e-mail's attachments on stderr)."""
    from vertrouwen.documents import MAX_MB_SETTING, max_bytes_of, read_file
    from vertrouwen.documents.kinds import kind_from_text

    kind = kind_from_text(args.kind) if args.kind else None
    day = _day(args.date)
    with open_workspace(args) as ws:
        ws.documents.for_case(args.code)  # an unknown code is a usage error, before reading
        limit = max_bytes_of(ws.settings.get(MAX_MB_SETTING))
        with read_file(args.file, limit) as incoming:
            ids = ws.documents.attach(
                args.code,
                incoming,
                title=args.title or "",
                kind=kind,
                day=day,
                source=args.source or "",
            )
            skipped = list(incoming.skipped)
            names = [child.filename for child in incoming.attachments]
            print(ids[0], flush=True)  # stored: the id first, the rest of the index after
            if incoming.text_cut:
                ws.documents.index_rest(args.code, ids[0])
    for doc_id, name in zip(ids[1:], names, strict=True):
        print(f"attachment {name} stored as {doc_id}", file=sys.stderr)
    for reason in skipped:
        print(f"attachment not stored: {reason}", file=sys.stderr)
    return 0


def documents(args: argparse.Namespace) -> int:
    """The case's documents: JSON with --json, else one line each."""
    with open_workspace(args) as ws:
        docs = ws.documents.for_case(args.code)
    if args.json:
        listed = [
            {
                "id": d.id,
                "title": d.title,
                "kind": d.kind.value,
                "date": d.date.isoformat() if d.date else None,
                "filename": d.filename,
                "size": d.size,
                "sha256": d.sha256,
            }
            for d in docs
        ]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    for d in docs:
        when = d.date.isoformat() if d.date else "----------"
        print(f"{d.id}\t{when}\t{d.kind.value}\t{d.size}\t{d.title}")
    if not docs:
        print(f"case {args.code} has no documents", file=sys.stderr)
    return 0


def document(args: argparse.Namespace) -> int:
    """Write document ID of case CODE to --out, byte for byte as stored."""
    from vertrouwen.fileio import check_output
    from vertrouwen.paths import resolve_vault

    out = Path(args.out)
    if out.expanduser().is_dir():
        raise UsageError(f"--out {out} is a folder; give a file name")
    check_output(out, resolve_vault(getattr(args, "vault", None)))
    with open_workspace(args) as ws:
        size = ws.documents.write_to(args.code, args.id, out)
    print(
        f"document {args.id} of {args.code} written to {out} ({size} bytes), unencrypted",
        file=sys.stderr,
    )
    return 0


def detach(args: argparse.Namespace) -> int:
    """Remove document ID from case CODE for good."""
    with open_workspace(args) as ws:
        ws.documents.detach(args.code, args.id)
    print(f"document {args.id} removed from {args.code}", file=sys.stderr)
    return 0
