"""Shared fixtures: a template vault built once per session and copied per test (Anki's
getEmptyCol), an in-memory keychain, fast key derivation, and a CLI runner.

Keep the real pieces real: real SQLCipher files on disk; mock only the keychain and clock.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Argon2id at test strength; real vaults are tuned to ~0.5-1 s.
os.environ["VERTROUWEN_INSECURE_FAST_KDF"] = "1"

from vertrouwen.domain import (
    Action,
    Case,
    ClientRole,
    ComplaintPoint,
    Consent,
    ConsentScope,
    Goal,
    Note,
    NoteKind,
    Organisation,
    OrganisationKind,
    Owner,
    Regime,
    Step,
    StepOutcome,
    Topic,
)
from vertrouwen.workspace import Workspace

PASSPHRASE = "kitchen table hearing 2026"
ROOT = Path(__file__).resolve().parent.parent


class MemoryKeyring(KeyringBackend):
    """An in-memory keychain; `fail` makes every call raise the given error."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.fail: Exception | None = None

    def _check(self) -> None:
        if self.fail is not None:
            raise self.fail

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Never touch the developer's real keychain."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class TemplateVault:
    path: Path
    recovery_key: bytes


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> TemplateVault:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "vault.db"
    ws, key = Workspace.create(path, PASSPHRASE)
    ws.close()
    return TemplateVault(path, key)


@dataclass
class VaultFiles:
    """A fresh copy of the template vault (and its key slot file) for one test."""

    path: Path
    passphrase: str
    recovery_key: bytes

    def open(self) -> Workspace:
        return Workspace.unlock(self.path, self.passphrase)


@pytest.fixture
def vault(tmp_path: Path, template_vault: TemplateVault) -> VaultFiles:
    path = tmp_path / "vault.db"
    shutil.copy2(template_vault.path, path)
    shutil.copy2(template_vault.path.with_name("vault.db.keys"), path.with_name("vault.db.keys"))
    return VaultFiles(path, PASSPHRASE, template_vault.recovery_key)


@pytest.fixture
def workspace(vault: VaultFiles) -> Iterator[Workspace]:
    ws = vault.open()
    yield ws
    ws.close()


def make_case(**overrides: object) -> Case:
    """A plausible case with every part filled, for tests to adjust."""
    case = Case(
        opened=date(2026, 3, 2),
        client_role=ClientRole.PARENT,
        organisation=Organisation("Jeugdhulp Voorbeeld", OrganisationKind.AMBULANT),
        regime=Regime.JEUGDWET,
        topics=[Topic.TREATMENT, Topic.COMMUNICATION],
        goals=[Goal.APOLOGY],
        notes=[
            Note("n1", date(2026, 3, 2), NoteKind.CONVERSATION, 45, "Eerste gesprek met moeder."),
            Note("n2", date(2026, 3, 9), NoteKind.PHONE, 15, "Gebeld met de gezinsvoogd."),
        ],
        actions=[Action("Brief sturen aan teamleider", Owner.ADVISOR, date(2026, 3, 16))],
        complaint_points=[ComplaintPoint("Niet teruggebeld", "Excuses")],
        steps=[
            Step("signaal", date(2026, 3, 2), date(2026, 3, 9), StepOutcome.NOT_RESOLVED),
        ],
        consents=[
            Consent(
                date(2026, 3, 5),
                "Klachtencommissie",
                "formele klacht",
                ConsentScope(notes=["n1"], complaint_points=True, steps=True),
            )
        ],
    )
    for key, value in overrides.items():
        setattr(case, key, value)
    return case


@dataclass
class CliResult:
    code: int
    out: str
    err: str


class Cli:
    """Runs `python -m vertrouwen` in a fresh interpreter, as an installed program runs."""

    def __init__(self, vault: VaultFiles, tmp_path: Path) -> None:
        self.vault = vault
        self.tmp_path = tmp_path
        self.passphrase_file = tmp_path / "passphrase.txt"
        self.passphrase_file.write_text(vault.passphrase + "\n", encoding="utf-8")

    def __call__(
        self,
        *args: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        with_vault: bool = True,
    ) -> CliResult:
        full_env = dict(os.environ)
        full_env.pop("VERTROUWEN_PASSPHRASE", None)
        full_env.pop("VERTROUWEN_VAULT", None)
        full_env.update(env or {})
        extra = (
            ["--vault", str(self.vault.path), "--passphrase-file", str(self.passphrase_file)]
            if with_vault
            else []
        )
        proc = subprocess.run(
            [sys.executable, "-m", "vertrouwen", *args, *extra],
            input=stdin,
            capture_output=True,
            text=True,
            env=full_env,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(vault: VaultFiles, tmp_path: Path) -> Cli:
    return Cli(vault, tmp_path)
