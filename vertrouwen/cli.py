"""The `vertrouwen` command line (see shared/CONTRACT.md): parsing and dispatch only.

Each command lives in `vertrouwen/commands/` and is imported only when it runs, so a
`verify` or `export` never loads Qt or the personal-data detector's tables.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn

from vertrouwen import __version__
from vertrouwen.errors import VaultError, VertrouwenError, one_line

# command -> "module:function"; the function takes the parsed arguments and returns a status
COMMANDS: dict[str, str] = {
    "gui": "vertrouwen.commands.gui:run",
    "init": "vertrouwen.commands.keys:init",
    "passwd": "vertrouwen.commands.keys:passwd",
    "recover": "vertrouwen.commands.keys:recover",
    "verify": "vertrouwen.commands.keys:verify",
    "import": "vertrouwen.commands.cases:import_cases",
    "export": "vertrouwen.commands.cases:export_case",
    "demo": "vertrouwen.commands.cases:demo",
    "scan": "vertrouwen.commands.scan:run",
    "advice": "vertrouwen.commands.advice:run",
    "pdf": "vertrouwen.commands.pdf:run",
    "stats": "vertrouwen.commands.stats:run",
    "registrations": "vertrouwen.commands.stats:registrations",
    "backup": "vertrouwen.commands.backup:backup",
    "restore": "vertrouwen.commands.backup:restore",
    "destroy": "vertrouwen.commands.backup:destroy",
    "handover": "vertrouwen.commands.backup:handover",
    "receive": "vertrouwen.commands.backup:receive",
    "attach": "vertrouwen.commands.documents:attach",
    "documents": "vertrouwen.commands.documents:documents",
    "document": "vertrouwen.commands.documents:document",
    "detach": "vertrouwen.commands.documents:detach",
}


class _Parser(argparse.ArgumentParser):
    """argparse with the contract's error form: one line on stderr, exit 2 (argparse's own
    form puts the whole usage text above it)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}; see `{self.prog} --help`\n")


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # Given before the command they land on the main parser; after it, on the subparser,
    # whose SUPPRESS default keeps it from overwriting what was given before.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--vault", metavar="PATH", default=default, help="the vault file")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", default=default, help="read the passphrase from FILE"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="show a traceback on errors",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vertrouwen",
        description="Vertrouwen: encrypted case files for confidential advisors.",
    )
    parser.add_argument("--version", action="version", version=f"vertrouwen {__version__}")
    _global_options(parser, suppress=False)
    common = _Parser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    add("gui", "start the desktop app (the default)")
    add("init", "create a vault; prints the recovery key once")
    p = add("passwd", "change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p = add("recover", "set a new passphrase with the recovery key")
    p.add_argument("--recovery-key-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    add("verify", "check cipher, page and schema integrity")
    p = add("import", "import cases from interchange JSON")
    p.add_argument("file", metavar="FILE")
    p = add("export", "write one case as interchange JSON")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--out", metavar="FILE", required=True)
    p = add("demo", "fill the vault with fictional cases")
    p.add_argument("--cases", type=int, default=25, metavar="N")
    p.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    p = add("scan", "find personal data in a text (needs no vault)")
    p.add_argument("file", nargs="?", metavar="FILE", help="a text file, or - for stdin")
    p.add_argument("--json", action="store_true")
    p = add("advice", "next steps and deadlines for a case")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p = add("pdf", "write a PDF within the case's active consent")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--kind", choices=["complaint", "anonymous"], required=True)
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--identity-file", metavar="FILE")
    p.add_argument("--password-file", metavar="FILE")
    p = add("stats", "anonymous counts for the yearly report")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.add_argument("--pdf", metavar="FILE")
    p.add_argument(
        "--from",
        dest="sources",
        action="extend",
        nargs="+",
        metavar="FILE",
        help="count over registration files of several advisors (needs no vault)",
    )
    p = add("registrations", "write the year's anonymous registrations for an organisation report")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", metavar="FILE", required=True)
    p = add("backup", "write an encrypted, verified backup")
    p.add_argument("--out", metavar="FILE", required=True)
    p = add("restore", "restore a backup to a new vault path")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", metavar="PATH", required=True)
    p.add_argument(
        "--recovery-key-file", metavar="FILE", help="unlock the backup with the recovery key"
    )
    p = add("destroy", "destroy a case file for good, keeping its anonymous counts")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = add("handover", "write cases as an encrypted package for a colleague")
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--out", metavar="FILE", required=True)
    p = add("receive", "import a colleague's handover package into this vault")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--handover-passphrase-file", metavar="FILE")
    p = add("attach", "store a document (PDF, JPEG, PNG, DOCX, ODT, EML, TXT) in a case")
    p.add_argument("code", metavar="CODE")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", metavar="K", help="e.g. beschikking, organisation_letter, ruling")
    p.add_argument("--title", metavar="T")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the document's own date")
    p.add_argument("--source", metavar="WHO", help="who it came from")
    p = add("documents", "list a case's documents")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p = add("document", "write a document back to a file, byte for byte (unencrypted)")
    p.add_argument("code", metavar="CODE")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE", required=True)
    p = add("detach", "remove a document from a case for good")
    p.add_argument("code", metavar="CODE")
    p.add_argument("id", metavar="ID")
    return parser


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    module, _, func = COMMANDS[command].partition(":")
    handler: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), func)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        status = _handler(command)(args)
        sys.stdout.flush()  # a reader that went away shows here rather than at exit
        return status
    except BrokenPipeError:
        # `vertrouwen advice X | head`: the reader stopped reading; end quietly, as cat does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except VertrouwenError as exc:
        if args.debug:
            traceback.print_exc()  # --debug adds the traceback; the status stays the contract's
        print(one_line(f"vertrouwen {command}: {exc}"), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"vertrouwen {command}: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            traceback.print_exc()
        if type(exc).__module__.startswith("sqlcipher3"):
            # a page that fails its HMAC mid-command is damage; a full disk is not
            from vertrouwen.workspace import storage_or_damage

            known = storage_or_damage(exc, None)
            assert isinstance(known, VertrouwenError)
            if isinstance(known, VaultError):
                todo = "" if command == "verify" else "run `vertrouwen verify` and "
                known = VaultError(f"the vault is damaged ({exc}); {todo}restore from a backup")
            print(one_line(f"vertrouwen {command}: {known}"), file=sys.stderr)
            return known.exit_code
        hint = "" if args.debug else "; run again with --debug for details"
        print(
            f"vertrouwen {command}: unexpected error ({type(exc).__name__}){hint}", file=sys.stderr
        )
        return 1
