"""Instellingen > Bewaartermijn (review list, destroying), the case screen's destroy and handover
actions, and Instellingen > Overdracht (a package into a second vault), with the real window.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, TemplateVault, VaultFiles, make_case
from tests.pdf_helpers import pypdf_text
from tests.ui.conftest import TIMEOUT, Harness, unlock
from ui.core.clipboard import copy_secret, secret_clipboard
from ui.features.cases.area import CasesArea
from ui.features.safekeeping.handover_dialogs import CODE_ROLE, ChooseCasesDialog, PassphraseDialog
from ui.features.settings.area import SettingsArea
from ui.kit.privacy.loader import DetectorLoader
from ui.qt import QDialog, QGuiApplication, QLabel, Qt, item_parts
from vertrouwen.domain import CaseResult
from vertrouwen.privacy import Detector
from vertrouwen.vault.keys import slot_path

TODAY = "2026-06-01"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERTROUWEN_TODAY", TODAY)


def add_cases(vault: VaultFiles, *cases) -> list[str]:  # type: ignore[no-untyped-def]
    ws = vault.open()
    try:
        return [ws.cases.add(case) for case in cases]
    finally:
        ws.close()


def settings(qtbot, make_window, vault: VaultFiles, page: str) -> tuple[Harness, SettingsArea]:  # type: ignore[no-untyped-def]
    h = make_window(vault.path, real_areas=False)
    unlock(qtbot, h, vault.passphrase)
    area = h.window.shell.show_area("settings")  # type: ignore[union-attr]
    assert isinstance(area, SettingsArea)
    area.show_page(page)
    qtbot.waitUntil(lambda: not h.worker.is_busy, timeout=TIMEOUT)
    return h, area


def long_closed() -> object:
    return make_case(opened=date(2024, 9, 2), closed=date(2025, 1, 10), result=CaseResult.RESOLVED)


def test_review_list_and_destroy_keeps_the_counts(qtbot, make_window, vault: VaultFiles) -> None:
    old, recent, _open = add_cases(
        vault,
        long_closed(),
        make_case(closed=date(2026, 5, 1), result=CaseResult.REFERRED),
        make_case(),
    )
    h, area = settings(qtbot, make_window, vault, "retention")
    page = area.retention
    qtbot.waitUntil(lambda: [c.code for c in page.due] == [old], timeout=TIMEOUT)
    assert page.months.value() == 12
    months = item_parts(page.grid.itemAtPosition(1, 2))[0]
    assert isinstance(months, QLabel) and months.text() == "16 maanden"
    registrations = h.run_on_worker(qtbot, lambda ws: ws.registrations.count())

    h.dialogs.answer_next(old)  # the code typed to confirm
    page.destroy_listed(old)
    qtbot.waitUntil(lambda: page.outcome.isVisible(), timeout=TIMEOUT)
    assert h.dialogs.asked[-1] == f"Dossier {old} vernietigen"
    assert f"Dossier {old} is vernietigd" in page.outcome.text.text()
    assert page.due == []
    codes = h.run_on_worker(qtbot, lambda ws: ws.cases.codes())
    assert old not in codes and recent in codes
    assert h.run_on_worker(qtbot, lambda ws: ws.registrations.count()) == registrations
    assert h.run_on_worker(qtbot, lambda ws: ws.registrations.count_detached()) == 1
    events = h.run_on_worker(qtbot, lambda ws: [(e.event, e.case_code) for e in ws.audit.entries()])
    assert ("case_destroyed", old) in events

    page.months.setValue(0)  # a shorter term lists the recently closed case too
    qtbot.waitUntil(lambda: [c.code for c in page.due] == [recent], timeout=TIMEOUT)
    assert h.run_on_worker(qtbot, lambda ws: ws.settings.get("retention_months")) == 0
    h.window.lock("manual")
    assert page.due == []  # the codes are case data: gone on lock


def test_another_code_typed_destroys_nothing(qtbot, make_window, vault: VaultFiles) -> None:
    (old,) = add_cases(vault, long_closed())
    h, area = settings(qtbot, make_window, vault, "retention")
    qtbot.waitUntil(lambda: bool(area.retention.due), timeout=TIMEOUT)
    h.dialogs.answer_next("VP-2025-9999", None)
    area.retention.destroy_listed(old)
    assert h.dialogs.asked[-1] == "De code klopt niet"
    assert h.run_on_worker(qtbot, lambda ws: ws.cases.exists(old))


@pytest.fixture
def cases_window(make_window, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The real areas, with the pattern detectors only (the deduce tables take seconds)."""
    monkeypatch.setattr(
        "ui.shell.window.DetectorLoader",
        lambda parent=None: DetectorLoader(loader=Detector, parent=parent),
    )
    return make_window


def open_in_dossiers(qtbot, h: Harness, code: str) -> CasesArea:  # type: ignore[no-untyped-def]
    area = h.window.shell.show_area("cases")  # type: ignore[union-attr]
    assert isinstance(area, CasesArea)
    area.open_case(code)
    qtbot.waitUntil(
        lambda: area.case_view.ctx.case is not None and area.case_view.ctx.case.code == code,
        timeout=TIMEOUT,
    )
    return area


def test_destroy_from_the_case_screen(qtbot, cases_window, vault: VaultFiles) -> None:
    code, kept = add_cases(vault, make_case(), make_case())
    h = cases_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    area = open_in_dossiers(qtbot, h, code)
    assert area.case_view.more_menu.actions()  # the "more" menu is in the case header
    h.dialogs.answer_next(code, None)  # type the code; then the "destroyed" message
    area.case_view.destroy_case()
    qtbot.waitUntil(lambda: not area.case_view.isVisible(), timeout=TIMEOUT)
    assert h.dialogs.asked[-1] == "Dossier vernietigd"
    qtbot.waitUntil(lambda: area.total == 1, timeout=TIMEOUT)
    assert h.run_on_worker(qtbot, lambda ws: ws.cases.codes()) == [kept]


@pytest.fixture
def second_vault(tmp_path: Path, template_vault: TemplateVault) -> VaultFiles:
    folder = tmp_path / "colleague"
    folder.mkdir()
    path = folder / "vault.db"
    shutil.copy2(template_vault.path, path)
    shutil.copy2(slot_path(template_vault.path), slot_path(path))
    return VaultFiles(path, PASSPHRASE, template_vault.recovery_key)


def test_handover_into_a_second_vault(
    qtbot, make_window, vault: VaultFiles, second_vault: VaultFiles, tmp_path: Path
) -> None:
    first, second, _third = add_cases(vault, make_case(), make_case(), make_case())
    (taken,) = add_cases(second_vault, make_case())  # the colleague already has this code
    assert taken == first
    h, area = settings(qtbot, make_window, vault, "handover")
    package = tmp_path / "overdracht"
    shown: list[str] = []

    def choose(dialog: ChooseCasesDialog) -> int:
        qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=TIMEOUT)
        items = {dialog.list.item(i).data(CODE_ROLE): dialog.list.item(i) for i in range(3)}
        for code in (first, second):
            items[code].setCheckState(Qt.CheckState.Checked)
        assert dialog.chosen == [first, second] and dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    printed = tmp_path / "printer" / "job.pdf"  # the OS print system, through a PDF printer
    printed.parent.mkdir()

    def read_passphrase(dialog: PassphraseDialog) -> int:
        shown.append(dialog.key_label.text())
        dialog.print_passphrase()
        assert "printer" in dialog.copied.text()
        dialog.copy()
        return QDialog.DialogCode.Accepted

    h.dialogs.answer_next(choose, True, package, read_passphrase, printed)
    area.handover.choose_and_hand_over()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    written = tmp_path / "overdracht.vtho"  # the extension is added
    assert written.exists() and not package.exists()
    assert h.dialogs.asked[-1] == "Wachtwoord afdrukken"
    on_paper = pypdf_text(printed.read_bytes())
    assert all(group in on_paper for group in shown[0].split("-"))
    assert written.name in on_paper and "2 dossiers" in on_paper
    others = [p for p in tmp_path.rglob("*") if p.is_file() and p != printed]
    assert written in others
    assert not [p for p in others if shown[0].encode() in p.read_bytes()]
    assert QGuiApplication.clipboard().text() == shown[0]
    secret_clipboard().clear()
    assert QGuiApplication.clipboard().text() == ""

    # the colleague: the same window opens the second vault, then receives the package
    h.window.care.open_vault(second_vault.path)
    qtbot.waitUntil(lambda: h.window.unlock_screen is not None, timeout=TIMEOUT)
    unlock(qtbot, h, second_vault.passphrase)
    area = h.window.shell.show_area("settings")  # type: ignore[union-attr]
    area.show_page("handover")
    typo = "A" * 25
    h.dialogs.answer_next(written, typo, shown[0])  # a wrong passphrase is asked again
    area.handover.receive()
    qtbot.waitUntil(lambda: bool(area.handover.received), timeout=TIMEOUT)
    received = area.handover.received
    assert [r.old_code for r in received] == [first, second]
    assert received[0].renamed and not received[1].renamed
    text = area.handover.outcome.text.text()
    assert text.startswith("2 dossiers ontvangen") and f"was {first}" in text
    assert h.run_on_worker(qtbot, lambda ws: ws.cases.count()) == 3
    assert h.preferences.vault_path == second_vault.path


def test_damaged_package_is_refused_before_the_passphrase(
    qtbot, make_window, vault: VaultFiles, tmp_path: Path
) -> None:
    h, area = settings(qtbot, make_window, vault, "handover")
    bad = tmp_path / "kapot.vtho"
    bad.write_bytes(b"VERTROUWEN-HANDOVER\n" + b"\x00" * 100)
    h.dialogs.answer_next(bad, None)
    area.handover.receive()
    qtbot.waitUntil(lambda: h.dialogs.asked[-1] == "Pakket geweigerd", timeout=TIMEOUT)
    assert "Wachtwoord van het pakket" not in h.dialogs.asked
    assert h.run_on_worker(qtbot, lambda ws: ws.cases.count()) == 0


def test_hand_over_from_the_case_screen(
    qtbot, cases_window, vault: VaultFiles, tmp_path: Path
) -> None:
    (code,) = add_cases(vault, make_case())
    h = cases_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    area = open_in_dossiers(qtbot, h, code)
    out = tmp_path / "een.vtho"
    counts: list[str] = []
    h.dialogs.answer_next(True, out, lambda d: counts.append(d.key_label.text()) or 1)
    area.case_view.hand_over()
    qtbot.waitUntil(lambda: bool(counts), timeout=TIMEOUT)
    assert h.dialogs.asked[0] == f"Dossier {code} overdragen?"
    assert out.exists() and len(counts[0]) == 29


def test_secret_clipboard_clears_itself(qtbot) -> None:
    copy_secret("ABCDE-FGHJK", seconds=0)
    assert QGuiApplication.clipboard().text() == "ABCDE-FGHJK"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=TIMEOUT)
    QGuiApplication.clipboard().setText("iets anders")
    copy_secret("geheim")
    QGuiApplication.clipboard().setText("door de gebruiker gekopieerd")
    secret_clipboard().clear()  # what the user copied since is left alone
    assert QGuiApplication.clipboard().text() == "door de gebruiker gekopieerd"


def test_destroying_from_the_review_list_closes_it_in_dossiers(
    qtbot, cases_window, vault: VaultFiles
) -> None:
    old, _kept = add_cases(vault, long_closed(), make_case())
    h = cases_window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    cases = open_in_dossiers(qtbot, h, old)
    area = h.window.shell.show_area("settings")  # type: ignore[union-attr]
    area.show_page("retention")
    qtbot.waitUntil(lambda: bool(area.retention.due), timeout=TIMEOUT)
    h.dialogs.answer_next(old)
    area.retention.destroy_listed(old)
    qtbot.waitUntil(lambda: area.retention.outcome.isVisible(), timeout=TIMEOUT)
    assert cases.case_view.case_id is None  # no stale case left open in Dossiers
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=TIMEOUT)
