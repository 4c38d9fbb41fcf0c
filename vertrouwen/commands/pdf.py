"""`vertrouwen pdf CODE --kind complaint|anonymous --out FILE [--identity-file FILE]
[--password-file FILE]`: a PDF within the case's active consent.

Order, so that nothing is written unless everything holds: open the vault, load the case,
compute what the active consents allow (none: exit 5), read the identity file (complaint only;
missing: exit 2, malformed: exit 6) and the password file, build the PDF in memory (the
anonymous summary refuses with exit 5 while personal-data findings are open), then write it
atomically in the same transaction as its audit entry. Building and saving are
`export.pdf_save.build_export` and `save_export`, which the desktop app calls too. On any
failure the vault and an existing --out file stay as they were.

The audit entry names the kind, the recipients, the consents used and whether a password was
set; never the identity or any text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vertrouwen import clock
from vertrouwen.errors import UsageError
from vertrouwen.export.consent import disclose
from vertrouwen.export.pdf_save import build_export, check_target, save_export
from vertrouwen.paths import resolve_vault
from vertrouwen.secrets_input import read_secret_file
from vertrouwen.workspace import open_workspace

if TYPE_CHECKING:
    from vertrouwen.privacy import Detector


def run(args: argparse.Namespace) -> int:
    kind: str = args.kind
    out = Path(args.out)
    if kind == "anonymous" and args.identity_file:
        raise UsageError(
            "--identity-file is only for --kind complaint: an anonymous summary never "
            "contains the client's identity"
        )
    check_target(out, resolve_vault(getattr(args, "vault", None)))
    replacing = out.exists()
    today = clock.today()
    with open_workspace(args) as ws:
        case = ws.cases.get(args.code)
        disclosure = disclose(case, today)
        identity = None
        if kind == "complaint":
            from vertrouwen.export.identity import load_identity

            if not args.identity_file:
                raise UsageError(
                    "a complaint letter needs the client's name and address (Awb 9:4): pass "
                    '--identity-file FILE with {"name": ..., "address": ...}; it is never stored'
                )
            identity = load_identity(args.identity_file)
        password = _password(args)
        built = build_export(
            ws, case, disclosure, kind, identity=identity, password=password, scanner=_detector
        )
        if built.findings:
            from vertrouwen.export.anonymous_pdf import refusal

            raise refusal(built.findings, case.code)
        if built.deadlines_missing:
            print(
                "warning: the terms could not be computed; the letter refers to the "
                "organisation's complaint regulation instead",
                file=sys.stderr,
            )
        save_export(ws, out, built.data, kind=kind, disclosure=disclosure, password=bool(password))
    what = "complaint letter" if kind == "complaint" else "anonymous summary"
    lock = ", password-protected (AES-256)" if password else ""
    replaced = " (it replaced the file that was there)" if replacing else ""
    print(f"{what} for {case.code} written to {out}{lock}{replaced}", file=sys.stderr)
    return 0


def _detector() -> Detector:
    """The privacy guard with its name tables, loaded only for the anonymous summary."""
    from vertrouwen.privacy import load_detector

    return load_detector()


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_file:
        return None
    return read_secret_file(args.password_file, "PDF password")
