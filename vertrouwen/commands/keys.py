"""`init`, `passwd`, `recover` and `verify`: creating the vault and managing its keys."""

from __future__ import annotations

import argparse
import sys

from vertrouwen import secrets_input
from vertrouwen.errors import UsageError, VaultError
from vertrouwen.paths import resolve_vault
from vertrouwen.vault import placing
from vertrouwen.vault.keys import format_recovery_key, parse_recovery_key
from vertrouwen.workspace import Workspace, open_workspace

WEAK_LENGTH = 10


def _new_passphrase(
    file_option: str | None, missing: str = "no new passphrase: pass --new-passphrase-file FILE"
) -> str:
    """A new passphrase from its file, or asked twice on a terminal; `missing` otherwise."""
    if file_option:
        return secrets_input.read_secret_file(file_option, "new passphrase")
    if secrets_input.can_prompt():
        first = secrets_input.prompt("New passphrase")
        if not first:
            raise UsageError("the passphrase may not be empty")
        if secrets_input.prompt("Repeat the new passphrase") != first:
            raise UsageError("the two passphrases differ; nothing was changed")
        return first
    raise UsageError(missing)


def _warn_if_weak(passphrase: str) -> None:
    if len(passphrase) < WEAK_LENGTH:
        print(
            f"warning: a passphrase shorter than {WEAK_LENGTH} characters is easy to guess; "
            "consider a sentence of several words",
            file=sys.stderr,
        )


def init(args: argparse.Namespace) -> int:
    path = resolve_vault(args.vault)
    notice = placing.settle(path)  # a killed init or restore to this path: finish or undo it
    if notice:
        print(f"notice: {notice}", file=sys.stderr)
    if path.is_dir():
        raise VaultError(
            f"{path} is a folder; give the vault a file name, e.g. --vault {path / 'vault.db'}"
        )
    if args.passphrase_file:
        passphrase = secrets_input.read_secret_file(args.passphrase_file, "passphrase")
    else:
        import os

        passphrase = os.environ.get(secrets_input.PASSPHRASE_ENV) or _new_passphrase(
            None,
            missing="no passphrase for the new vault: pass --passphrase-file FILE or set "
            "VERTROUWEN_PASSPHRASE (or run in a terminal to be asked)",
        )
    _warn_if_weak(passphrase)

    def show_key(key: bytes) -> None:
        # shown before the vault is put in place: stopped after this line, no vault exists
        # and the key opens nothing; stopped before it, nothing was made
        print(f"recovery key: {format_recovery_key(key)}", flush=True)

    try:
        ws, _key = Workspace.create(path, passphrase, before_commit=show_key)
    except KeyboardInterrupt:
        if path.exists():
            raise  # it was already in place: the key shown above opens it
        print(
            "vertrouwen init: interrupted; no vault was created (a recovery key shown above "
            "opens nothing)",
            file=sys.stderr,
        )
        return 130
    ws.close()
    print(f"Vault created at {path}", file=sys.stderr)
    print(
        "Write the recovery key down and keep it apart from this computer. It is shown only now;"
        " with it the vault opens when the passphrase is lost.",
        file=sys.stderr,
    )
    return 0


def passwd(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        new = _new_passphrase(args.new_passphrase_file)
        _warn_if_weak(new)
        ws.set_passphrase(new)
    print("Passphrase changed; the old one no longer opens the vault.", file=sys.stderr)
    return 0


def recover(args: argparse.Namespace) -> int:
    path = resolve_vault(args.vault)
    if args.recovery_key_file:
        key_text = secrets_input.read_key_file(args.recovery_key_file)
    elif secrets_input.can_prompt():
        key_text = secrets_input.prompt("Recovery key")
    else:
        raise UsageError("no recovery key: pass --recovery-key-file FILE")
    key = parse_recovery_key(key_text)
    # audited only once the new passphrase is set: a failed recover leaves the vault as it was
    ws = Workspace.unlock_with_key(path, key, record=False)
    try:
        new = _new_passphrase(args.new_passphrase_file)
        _warn_if_weak(new)
        ws.set_passphrase(new)
        ws.record_unlock()
    finally:
        ws.close()
    print("New passphrase set; the old one no longer opens the vault.", file=sys.stderr)
    return 0


def verify(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        problems = ws.verify()
        if problems:  # raised inside, so a damaged vault is not written to (no audit entry)
            for problem in problems:
                print(problem, file=sys.stderr)
            raise VaultError(
                f"the vault is damaged ({len(problems)} problem(s)); restore it from a backup"
            )
        cases = ws.cases.count()
    print(f"ok: cipher, pages, schema and links intact; {cases} case(s)")
    return 0
