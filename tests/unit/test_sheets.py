"""The sheets that carry a secret: one layout for the saved PDF and the printer, where a file
with the key would be unwise, and the scan the first-start test relies on."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

from tests.pdf_helpers import STANDARD_FONTS, fonts, pypdf_text
from tests.secret_scan import holds_secret
from vertrouwen.export.recovery_sheet import render_recovery_sheet, write_recovery_sheet
from vertrouwen.export.sheet_place import place_risks, synced_service
from vertrouwen.export.sheets import SANS, Color, draw_handover_sheet, wrap

KEY = bytes(range(32))


class RecordingCanvas:
    """A canvas with a fixed advance per character that records what is drawn."""

    def __init__(self) -> None:
        self.texts: list[tuple[float, float, str]] = []

    def width(self, text: str, font: str, size: float) -> float:
        return len(text) * size * 0.5

    def text(self, x: float, y: float, text: str, font: str, size: float, color: Color) -> None:
        self.texts.append((x, y, text))

    def rounded_rect(self, *args: object) -> None:
        pass

    def dot(self, *args: object) -> None:
        pass

    def line(self, *args: object) -> None:
        pass


def test_wrap_breaks_at_spaces_and_inside_a_word_too_long_for_a_line() -> None:
    canvas = RecordingCanvas()
    assert wrap(canvas, "aa bb cc", SANS, 10, 25) == ["aa bb", "cc"]
    path = "/home/iemand/heel/lang/pad/vault.db"
    lines = wrap(canvas, path, SANS, 10, 50)
    assert "".join(lines) == path and all(len(line) <= 10 for line in lines)


def test_the_handover_sheet_holds_the_passphrase_in_five_groups() -> None:
    canvas = RecordingCanvas()
    passphrase = "abcde-fghij-klmno-pqrst-uvwxy"
    draw_handover_sheet(canvas, passphrase, "overdracht.vtho", 2, date(2026, 3, 2), "en")
    drawn = [text for _x, _y, text in canvas.texts]
    assert [group for group in passphrase.split("-") if group in drawn] == passphrase.split("-")
    assert "overdracht.vtho (2 cases)" in drawn and "Made on 2 March 2026" in drawn
    assert all(y > 0 for _x, y, _t in canvas.texts), "everything fits on the page"


def test_the_saved_sheet_embeds_its_fonts_and_compresses_its_text(tmp_path: Path) -> None:
    data = render_recovery_sheet(KEY, Path("/home/vp/vault.db"), date(2026, 3, 2))
    used = fonts(data)
    assert used and all(used.values()), used
    assert not any(name.lstrip("/").startswith(STANDARD_FONTS) for name in used)
    # the hex is not in the file's bytes as such, so a scan must read the streams too
    assert KEY.hex()[:8].encode() not in data and b"FlateDecode" in data
    out = tmp_path / "kaart.pdf"
    write_recovery_sheet(out, KEY, Path("/home/vp/vault.db"), date(2026, 3, 2))
    assert holds_secret(out, KEY)
    assert "00010203 04050607" in pypdf_text(data)


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("C:/Users/vp/OneDrive - Jeugdzorg BV/Documenten", "OneDrive"),
        ("/Users/vp/Library/CloudStorage/OneDrive-Persoonlijk", "OneDrive"),
        ("/Users/vp/Library/CloudStorage/GoogleDrive-vp@example.nl/My Drive", "Google Drive"),
        ("G:/Mijn Drive/papieren", "Google Drive"),
        ("/home/vp/Dropbox (Persoonlijk)/kluis", "Dropbox"),
        ("/Users/vp/Library/Mobile Documents/com~apple~CloudDocs/Kaarten", "iCloud Drive"),
        ("C:/Users/vp/iCloudDrive", "iCloud Drive"),
        ("/home/vp/Documenten", ""),
        ("/media/vp/USB-STICK", ""),
    ],
)
def test_synced_folders_are_recognised(folder: str, service: str) -> None:
    assert synced_service(Path(folder)) == service


def test_a_renamed_onedrive_folder_is_known_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "Werk"
    monkeypatch.setenv("OneDriveCommercial", str(root))
    assert synced_service(root / "Documenten") == "OneDrive"
    assert synced_service(tmp_path / "Elders") == ""


def test_the_vaults_disk_is_a_poor_place_and_another_disk_is_not(tmp_path: Path) -> None:
    vault = tmp_path / "Vertrouwen" / "vault.db"
    vault.parent.mkdir()
    risks = place_risks(tmp_path / "nieuw" / "map" / "kaart.pdf", vault)  # not made yet
    assert risks.same_disk and not risks.synced_by and risks
    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system to compare with")
    assert not place_risks(other / "kaart.pdf", vault)


def test_the_scan_finds_the_key_in_every_form_it_takes(tmp_path: Path) -> None:
    grouped = " ".join(re.findall("........", KEY.hex()))
    for name, text in {
        "plain": KEY.hex(),
        "upper": KEY.hex().upper(),
        "grouped": grouped,
        "dashes": grouped.replace(" ", "-").upper(),
    }.items():
        (tmp_path / name).write_text(f"x {text} y", encoding="utf-8")
        assert holds_secret(tmp_path / name, KEY), name
    (tmp_path / "utf16").write_bytes(KEY.hex().encode("utf-16-le"))
    (tmp_path / "raw").write_bytes(b"..." + KEY + b"...")
    (tmp_path / "nothing").write_text(KEY.hex()[:60], encoding="utf-8")
    assert holds_secret(tmp_path / "utf16", KEY) and holds_secret(tmp_path / "raw", KEY)
    assert not holds_secret(tmp_path / "nothing", KEY)
