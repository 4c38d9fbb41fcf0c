"""Where data lives: the vault path from --vault, VERTROUWEN_VAULT, or the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

VAULT_ENV = "VERTROUWEN_VAULT"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Vertrouwen", appauthor=False, roaming=False))


def resolve_vault(option: str | None) -> Path:
    """The vault file the user means: the option, else the environment, else the default."""
    if option:
        return Path(option).expanduser().absolute()
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir() / "vault.db"


def refuse_vault_target(out: Path, vault: Path, option: str = "--out") -> None:
    """Refuse an output path that is the vault or its key slot file (UsageError). A folder is
    left to the atomic write, which refuses it (exit 1, as for every other output)."""
    from vertrouwen.errors import UsageError
    from vertrouwen.vault.keys import slot_path

    target = out.expanduser().resolve()
    if target in (vault.resolve(), slot_path(vault).resolve()):
        raise UsageError(f"{option} {out} is the vault or its key file; choose another file")
