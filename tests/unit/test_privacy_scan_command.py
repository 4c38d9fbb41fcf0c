"""`vertrouwen scan [FILE|-] [--json]`, called through its handler `run(args)`."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from vertrouwen.commands import scan
from vertrouwen.errors import InputError

pytestmark = pytest.mark.slow

NOTE = (
    "😀 Gesprek met Zoë van der Berg in Café 't Hoekje 🙂🙂.\n"
    "Bel haar op +31 6 1234 5678 of mail zoe.vdberg@voorbeeld.nl — geb. 03-03-2011.\r\n"
    "IBAN NL91 ABNA 0417 1643 00 👨‍👩‍👧 BSN 1234.56.782, Kerkstraat 12a, 3511 AB Utrecht."
)


def _args(file: str | None = None, as_json: bool = True) -> argparse.Namespace:
    return argparse.Namespace(file=file, json=as_json)


def _stdin_bytes(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


@pytest.mark.parametrize("file", [None, "-"])
def test_json_offsets_point_into_the_input_with_emoji_and_accents(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], file: str | None
) -> None:
    _stdin_bytes(monkeypatch, NOTE)
    assert scan.run(_args(file)) == 0
    out = capsys.readouterr().out
    findings = json.loads(out)
    assert "Zoë" in out  # ensure_ascii=False: the text is printed as is
    assert findings, "expected findings"
    for f in findings:
        assert set(f) == {"start", "end", "kind", "text"}
        assert NOTE[f["start"] : f["end"]] == f["text"]
    kinds = {f["text"]: f["kind"] for f in findings}
    assert kinds["Zoë van der Berg"] == "name"
    assert kinds["+31 6 1234 5678"] == "phone"
    assert kinds["zoe.vdberg@voorbeeld.nl"] == "email"
    assert kinds["03-03-2011"] == "birthdate"
    assert kinds["NL91 ABNA 0417 1643 00"] == "iban"
    assert kinds["1234.56.782"] == "bsn"
    assert kinds["3511 AB"] == "postcode"
    starts = [f["start"] for f in findings]
    assert starts == sorted(starts)


def test_text_stdin_without_a_byte_buffer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Bel 06-12345678 🙂"))
    scan.run(_args())
    assert json.loads(capsys.readouterr().out) == [
        {"start": 4, "end": 15, "kind": "phone", "text": "06-12345678"}
    ]


def test_file_input_and_clean_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Moeder wil een gesprek met de gezinsvoogd van de GI.", encoding="utf-8")
    assert scan.run(_args(str(note))) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_table_without_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Bel moeder op 06-12345678.", encoding="utf-8")
    scan.run(_args(str(note), as_json=False))
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["start", "end", "kind", "text"]
    assert out[1].split() == ["14", "25", "phone", "06-12345678"]


def test_table_says_when_nothing_was_found(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin_bytes(monkeypatch, "De klachtencommissie vergadert op maandag.")
    scan.run(_args(as_json=False))
    assert capsys.readouterr().out == "no personal data found\n"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as info:
        scan.run(_args(str(tmp_path / "missing.txt")))
    assert "\n" not in str(info.value)
    assert info.value.exit_code == 6


def test_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        scan.run(_args(str(tmp_path)))


def test_non_utf8_input_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    note = tmp_path / "latin1.txt"
    note.write_bytes("Zoë belde".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        scan.run(_args(str(note)))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe")))
    with pytest.raises(InputError, match="standard input is not UTF-8"):
        scan.run(_args("-"))
