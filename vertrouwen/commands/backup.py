"""`backup`, `restore`, `destroy`, `handover` and `receive`: keeping work safe, and letting go.

Exit codes beyond the contract's general ones: `restore` refuses an existing `--to` (or its
key slot file) with 4, like `init` refuses an existing vault; a damaged or changed backup is 4;
a wrong passphrase or recovery key is 3. A damaged or changed handover package is 6 (an input
file); a wrong handover passphrase is 3. `destroy` without `--yes` off a terminal is 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vertrouwen import secrets_input
from vertrouwen.errors import UnknownCaseError, UsageError
from vertrouwen.workspace import open_workspace


def _path(text: str) -> Path:
    return Path(text).expanduser().absolute()


def backup(args: argparse.Namespace) -> int:
    from vertrouwen.backup import write_backup

    out = _path(args.out)
    with open_workspace(args) as ws:
        header = write_backup(ws, out)
        cases = ws.cases.count()
    print(
        f"Backup written to {out} ({cases} case(s), {header.database_bytes // 1024} KiB), "
        "verified. It opens with the current passphrase or the recovery key.",
        file=sys.stderr,
    )
    return 0


def restore(args: argparse.Namespace) -> int:
    from vertrouwen.backup import check_target_free, inspect_backup, restore_backup
    from vertrouwen.secrets_input import read_key_file
    from vertrouwen.vault import placing
    from vertrouwen.vault.keys import parse_recovery_key

    source, to = _path(args.file), _path(args.to)
    # a restore killed earlier: finished or undone first, and said
    notice = placing.settle(to)
    if notice:
        print(f"notice: {notice}", file=sys.stderr)
        if to.exists() and _restored_from(to, source):
            print(f"The restore to {to} is complete now.", file=sys.stderr)
            return 0
    # the cheap refusals first, so nobody types a passphrase for nothing
    check_target_free(to)
    header = inspect_backup(source)
    key_file = getattr(args, "recovery_key_file", None)
    if key_file:
        key = parse_recovery_key(read_key_file(key_file))
        result = restore_backup(source, to, recovery_key=key)
    else:
        if not header.has_passphrase:
            raise UsageError(
                "this backup opens only with the recovery key: pass --recovery-key-file FILE"
            )
        secret = secrets_input.passphrase(args.passphrase_file, label="Passphrase of the backup")
        result = restore_backup(source, to, passphrase=secret)
    print(f"Restored the backup of {header.created} to {to}, verified.", file=sys.stderr)
    if result.has_passphrase:
        print(
            "It opens with the passphrase the vault had when the backup was made, "
            "or with the recovery key.",
            file=sys.stderr,
        )
    else:
        print(
            "It opens with the recovery key; set a passphrase with `vertrouwen recover`.",
            file=sys.stderr,
        )
    return 0


def _restored_from(to: Path, source: Path) -> bool:
    """Whether the vault at `to` is the one in the backup `source` (same vault id)."""
    from vertrouwen.backup import inspect_backup
    from vertrouwen.errors import VertrouwenError
    from vertrouwen.vault.keys import SlotFile

    try:
        return SlotFile.load(to).vault_id == inspect_backup(source).vault_id
    except VertrouwenError:
        return False


def _confirm_destroy(code: str) -> None:
    sys.stderr.write(
        f"Case {code} and all its notes will be destroyed for good; its anonymous counts stay.\n"
        "Type the case code to confirm: "
    )
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if answer.strip() != code:
        raise UsageError("the code typed does not match; nothing was destroyed")


def destroy(args: argparse.Namespace) -> int:
    code = args.code
    if not args.yes and not secrets_input.can_prompt():
        raise UsageError(
            f"destroying {code} needs confirmation: run it in a terminal to be asked, "
            "or pass --yes; nothing was destroyed"
        )
    with open_workspace(args) as ws:
        if not ws.cases.exists(code):
            raise UnknownCaseError(f"no case with code {code} in this vault; nothing was destroyed")
        if not args.yes:
            _confirm_destroy(code)
        report = ws.retention.destroy(code, reason="request")
    print(
        f"Case {code} destroyed ({report.notes} note(s)); its anonymous counts remain for the "
        "yearly report. Backups made before now still hold it until they are rotated out.",
        file=sys.stderr,
    )
    if not report.compacted:
        print(
            "warning: the vault is open in another program, so it could not be compacted now; "
            "the deleted text is already overwritten, and compacting happens at the next destroy",
            file=sys.stderr,
        )
    return 0


def handover(args: argparse.Namespace) -> int:
    from vertrouwen.export.handover import write_handover

    out = _path(args.out)
    with open_workspace(args) as ws:
        passphrase = write_handover(ws, list(args.codes), out)
    print(f"handover passphrase: {passphrase}")
    print(
        f"Package written to {out}. Give your colleague the passphrase apart from the file "
        "(in person or by phone); it is shown only now. Hand over only what the client "
        "agreed to.",
        file=sys.stderr,
    )
    return 0


def _handover_passphrase(file_option: str | None) -> str:
    if file_option:
        return secrets_input.read_secret_file(file_option, "handover passphrase")
    if secrets_input.can_prompt():
        return secrets_input.prompt("Handover passphrase")
    raise UsageError("no handover passphrase: pass --handover-passphrase-file FILE")


def receive(args: argparse.Namespace) -> int:
    from vertrouwen.export.handover import cases_from_package, read_package, receive_cases

    source = _path(args.file)
    # a damaged package is reported before any passphrase is asked, and the package is
    # decrypted and checked before the vault is opened at all
    data = read_package(source)
    passphrase = _handover_passphrase(args.handover_passphrase_file)
    cases = cases_from_package(data, passphrase, source)
    with open_workspace(args) as ws:
        received = receive_cases(ws, cases, source.name)
    for item in received:
        print(item.new_code)
        if item.renamed and item.old_code:
            print(
                f"{item.old_code} already exists in this vault; received as {item.new_code}",
                file=sys.stderr,
            )
    print(f"Received {len(received)} case(s) from {source.name}.", file=sys.stderr)
    return 0
