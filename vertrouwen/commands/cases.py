"""`import`, `export` and `demo`: cases in and out of the vault as interchange JSON.

Exit statuses: a file that is not valid interchange JSON is exit 6 (invalid input file) and
imports nothing. A case whose code is already in the vault is imported under a new code (the
contract: "its code included, unless that code already exists in the vault"), said on stderr.
An unknown code for `export` is exit 2 (a usage error: the command line names a case that is
not there).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from vertrouwen.domain import Case
from vertrouwen.errors import InputError, UsageError
from vertrouwen.fileio import MAX_INPUT_BYTES
from vertrouwen.workspace import CASE_CODE_RE, Workspace, open_workspace

MAX_DEMO_CASES = 1_000_000
DEMO_SETTING = "demo_vault"  # set on a vault filled by `demo`; the UI may show it


MAX_IMPORT_BYTES = MAX_INPUT_BYTES


def _read_input(name: str) -> bytes:
    """The file (or stdin for -), refused with exit 6 above MAX_IMPORT_BYTES, before parsing."""
    limit = MAX_IMPORT_BYTES
    try:
        if name == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with Path(name).open("rb") as fh:
                data = fh.read(limit + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{name}: no such file; nothing was imported") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{name}: is a folder, not a file; nothing was imported") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror}); nothing was imported") from exc
    if len(data) > limit:
        raise InputError(
            f"{'stdin' if name == '-' else name}: larger than {limit // (1024 * 1024)} MB, more "
            "than any case file; is it the right file? nothing was imported"
        )
    return data


class CodeAllocator:
    """Hands out new codes VP-<year>-<n>, after the highest in the vault and in `reserved`.

    Asks the vault once per year (not once per case), so 100,000 cases stay fast.
    """

    def __init__(self, ws: Workspace, reserved: Iterable[str] = ()) -> None:
        self._ws = ws
        self._next: dict[int, int] = {}
        self._reserved = set(reserved)

    def code_for(self, case: Case) -> str:
        year = case.opened.year
        if year not in self._next:
            first = CASE_CODE_RE.match(self._ws.cases.next_code(year))
            numbers = [int(first.group(2)) - 1] if first else [0]
            numbers += [
                int(m.group(2))
                for code in self._reserved
                if (m := CASE_CODE_RE.match(code)) and int(m.group(1)) == year
            ]
            self._next[year] = max(numbers) + 1
        number = self._next[year]
        self._next[year] = number + 1
        return f"VP-{year}-{number:04d}"


def import_into(
    ws: Workspace,
    data: bytes,
    source: str,
    on_renamed: Callable[[str, str], None] | None = None,
) -> list[str]:
    """Import every case in `data` into `ws` in one transaction, or none; returns the codes.

    A case whose code is already in the vault gets a new code, as one without a code does;
    `on_renamed(old, new)` hears of it. For the CLI and the desktop app alike. InputError
    (exit 6) names the file, case and key.
    """
    from vertrouwen.export.interchange import parse_interchange_all

    cases, signals, activities = parse_interchange_all(data, source)
    allocator = CodeAllocator(ws, (c.code for c in cases if c.code))
    codes: list[str] = []

    def work() -> None:
        for case in cases:
            taken = case.code if case.code and ws.cases.exists(case.code) else ""
            case.code = allocator.code_for(case) if taken or not case.code else case.code
            codes.append(ws.cases.insert_in_transaction(case, event="case_imported"))
            if taken and on_renamed is not None:
                on_renamed(taken, case.code)
        for signal in signals:
            ws.outside.add_signal_in_transaction(signal)
        for activity in activities:
            ws.outside.add_activity_in_transaction(activity)

    ws.write(work, bulk=True)
    return codes


def import_cases(args: argparse.Namespace) -> int:
    """`vertrouwen import FILE`: print each new case code on its own line."""
    from vertrouwen.export.interchange import parse_interchange

    source = "stdin" if args.file == "-" else args.file
    data = _read_input(args.file)
    # Checked once before the vault is opened, so a bad file leaves the vault untouched
    # (unlocking alone writes an audit entry).
    parse_interchange(data, source)
    renamed: list[tuple[str, str]] = []
    with open_workspace(args) as ws:
        codes = import_into(ws, data, source, lambda old, new: renamed.append((old, new)))
    for code in codes:
        print(code)
    for old, new in renamed:
        print(f"{old} already exists in this vault; imported as {new}", file=sys.stderr)
    print(f"{len(codes)} case(s) imported from {source}", file=sys.stderr)
    return 0


def export_case(args: argparse.Namespace) -> int:
    """Write one case as interchange JSON, atomically and readable by the owner only."""
    from vertrouwen.export.interchange import dump_interchange
    from vertrouwen.fileio import check_output, write_atomic
    from vertrouwen.paths import resolve_vault

    out = check_output(Path(args.out), resolve_vault(getattr(args, "vault", None)))
    replacing = out.exists()
    with open_workspace(args) as ws:
        if not ws.cases.exists(args.code):
            raise UsageError(
                f"no case with code {args.code} in this vault; check the code"
                " (codes look like VP-2026-0001); nothing was written"
            )
        case = ws.cases.get(args.code)
        ws.documents.with_content(case)
        data = dump_interchange([case])
        # The audit entry commits only when the file is in place (and is rolled back if not).
        ws.record(
            "case_exported",
            args.code,
            detail="interchange json",
            together=lambda: write_atomic(out, data),
        )
    replaced = " (it replaced the file that was there)" if replacing else ""
    print(f"{args.code} written to {out}{replaced}", file=sys.stderr)
    return 0


def _coded(cases: Iterable[Case], allocator: CodeAllocator, count: int) -> Iterator[Case]:
    show = sys.stderr.isatty() and count >= 5000  # a big demo takes minutes: show it moves
    for done, case in enumerate(cases, start=1):
        case.code = allocator.code_for(case)
        yield case
        if show and (done % 1000 == 0 or done == count):
            print(f"\r{done:,} / {count:,} cases", end="", file=sys.stderr, flush=True)
    if show:
        print(file=sys.stderr)


def demo(args: argparse.Namespace) -> int:
    """Fill the vault with fictional cases, all in one transaction."""
    from vertrouwen import clock
    from vertrouwen.demo import generate, generate_outside

    count = int(args.cases)
    if not 1 <= count <= MAX_DEMO_CASES:
        raise UsageError(f"--cases must be between 1 and {MAX_DEMO_CASES:,}, not {count}")
    today = clock.today()
    with open_workspace(args) as ws:
        # Registrations outlive destroyed cases: any of them means real work is counted here.
        existing = ws.registrations.count()
        if existing and not ws.settings.get(DEMO_SETTING, False):
            # Fictional cases would be counted in the yearly report beside the real ones.
            raise UsageError(
                "this vault holds real cases (or their yearly counts); demo cases would mix with"
                " them. Use a new vault: vertrouwen init --vault demo.vault"
            )
        seed = int(args.seed) * 1_000_003 + existing  # a second run adds different cases
        allocator = CodeAllocator(ws)

        def work() -> None:
            for case in _coded(generate(count, seed, today), allocator, count):
                ws.cases.insert_in_transaction(case, event="demo_created")
            signals, activities = generate_outside(seed, today)
            for signal in signals:
                ws.outside.add_signal_in_transaction(signal)
            for activity in activities:
                ws.outside.add_activity_in_transaction(activity)

        ws.write(work, bulk=True)
        ws.settings.set(DEMO_SETTING, True)
    print(f"{count} fictional case(s) added")
    return 0
