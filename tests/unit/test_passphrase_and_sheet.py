"""The passphrase strength estimate and the recovery sheet ("noodkaart") PDF."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from vertrouwen.export.recovery_sheet import write_recovery_sheet
from vertrouwen.passphrase_strength import Hint, estimate
from vertrouwen.vault.keys import format_recovery_key


@pytest.mark.parametrize(
    "weak",
    [
        "",
        "kort",
        "wachtwoord",
        "Welkom2024!",
        "qwerty123456",
        "aaaaaaaaaaaaaaaa",
        "abcdefghijklmnop",
        "zomer2024zomer2024",
        "Amsterdam2024",
        "xkqjvmzpwbt",
    ],
)
def test_weak_passphrases_are_refused(weak: str) -> None:
    result = estimate(weak)
    assert not result.acceptable
    assert result.score <= 2
    assert result.hints


@pytest.mark.parametrize(
    "strong", ["kitchen table hearing 2026", "blauwe fiets onder de brug", "hK8#mq2Lp!vZ"]
)
def test_strong_passphrases_are_accepted(strong: str) -> None:
    result = estimate(strong)
    assert result.acceptable
    assert result.score >= 3


def test_hints_name_the_weakness() -> None:
    assert Hint.TOO_SHORT in estimate("aB3$x").hints
    assert Hint.COMMON in estimate("wachtwoord").hints
    assert Hint.KEYBOARD in estimate("Zqwertyuiop").hints


def test_recovery_sheet_holds_the_key_path_and_nothing_else(tmp_path: Path) -> None:
    key = bytes(range(32))
    vault = Path("/home/vp/.local/share/Vertrouwen/vault.db")
    out = tmp_path / "noodkaart.pdf"
    write_recovery_sheet(out, key, vault, created=date(2026, 3, 2))
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for group in format_recovery_key(key, grouped=True).split():
        assert group in text
    assert str(vault) in text
    assert "2 maart 2026" in text
    assert "Noodkaart" in text
    meta = reader.metadata or {}
    assert not meta.get("/Author")
    assert not meta.get("/Subject")


def test_recovery_sheet_in_english(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    write_recovery_sheet(out, bytes(32), Path("v.db"), created=date(2026, 1, 5), language="en")
    text = PdfReader(out).pages[0].extract_text()
    assert "Recovery key" in text and "5 January 2026" in text
