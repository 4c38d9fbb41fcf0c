"""Reading passphrases and keys the way restic and borg do: file, environment, hidden prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from vertrouwen.errors import InputError, UsageError

PASSPHRASE_ENV = "VERTROUWEN_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


def read_secret_file(path: str, what: str) -> str:
    """The first line of a file, without its line ending; refuses an empty secret."""
    text = _read_text(path, what)
    text = text.splitlines()[0] if text.strip() else ""
    if not text:
        raise InputError(f"the {what} file {path} is empty")
    return text


def read_key_file(path: str) -> str:
    """A recovery key file: every line, joined (the emergency sheet prints the key in two
    rows of four groups, and people type it in as they see it)."""
    text = " ".join(line.strip() for line in _read_text(path, "recovery key").splitlines())
    if not text.strip():
        raise InputError(f"the recovery key file {path} is empty")
    return text


MAX_SECRET_FILE = 64 * 1024  # a passphrase or key is a line; a larger file is a wrong file


def _read_text(path: str, what: str) -> str:
    try:
        with Path(path).open("rb") as fh:
            raw = fh.read(MAX_SECRET_FILE + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{what} file {path} does not exist") from exc
    except OSError as exc:
        raise InputError(f"cannot read the {what} file {path}: {exc.strerror}") from exc
    if len(raw) > MAX_SECRET_FILE:
        raise InputError(f"the {what} file {path} is larger than 64 KiB; is it the right file?")
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(f"the {what} file {path} is not UTF-8 text") from exc


def can_prompt() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def prompt(label: str) -> str:
    try:
        return getpass.getpass(f"{label}: ")
    except (EOFError, KeyboardInterrupt) as exc:
        raise UsageError("no passphrase given") from exc


def passphrase(file_option: str | None, *, label: str = "Passphrase") -> str:
    """The passphrase from --passphrase-file, else VERTROUWEN_PASSPHRASE, else a prompt."""
    if file_option:
        return read_secret_file(file_option, "passphrase")
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if can_prompt():
        text = prompt(label)
        if not text:
            raise UsageError("the passphrase may not be empty")
        return text
    raise UsageError(
        "no passphrase: pass --passphrase-file FILE or set VERTROUWEN_PASSPHRASE "
        "(or run in a terminal to be asked)"
    )
