"""The Rapportage screen: key figures, filters, Dutch tables, threshold, PDF/CSV, lock."""

from __future__ import annotations

import csv
import io
import os
import re
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import make_case
from tests.ui.conftest import TIMEOUT
from ui.core.worker import VaultWorker
from ui.features.reports.area import ReportsArea
from ui.kit.dialogs import Dialogs
from ui.qt import QApplication, QLabel, QLocale, Qt
from vertrouwen.domain import (
    CaseResult,
    Note,
    NoteKind,
    Organisation,
    OrganisationKind,
    Regime,
    Topic,
)
from vertrouwen.reports import Period

AMBULANT = Organisation("Jeugdhulp Voorbeeld", OrganisationKind.AMBULANT)


def _note(day: str, minutes: int) -> Note:
    return Note(f"n{day}", date.fromisoformat(day), NoteKind.CONVERSATION, minutes, "Gesprek.")


CASES = [
    # 2025: three cases (two under the Jeugdwet), two closed, four contacts, 150 minutes
    make_case(
        opened=date(2025, 3, 2),
        closed=date(2025, 5, 1),
        result=CaseResult.RESOLVED,
        notes=[_note("2025-03-02", 45), _note("2025-03-09", 15)],
    ),
    make_case(
        opened=date(2025, 4, 10),
        topics=[Topic.ACCESS],
        unsafe_signal=True,
        notes=[_note("2025-04-10", 60)],
    ),
    make_case(
        opened=date(2025, 6, 1),
        closed=date(2025, 7, 1),
        result=CaseResult.PARTLY_RESOLVED,
        organisation=Organisation("Zorg Thuis", OrganisationKind.WMO_AANBIEDER),
        regime=Regime.WMO,
        topics=[Topic.FINANCES],
        notes=[_note("2025-06-01", 30)],
    ),
    # 2024: one case
    make_case(
        opened=date(2024, 2, 1),
        closed=date(2024, 3, 1),
        result=CaseResult.WITHDRAWN,
        organisation=Organisation("VT Regio", OrganisationKind.VEILIG_THUIS),
        notes=[_note("2024-02-01", 30)],
    ),
]


@pytest.fixture
def screen(qtbot, vault, monkeypatch) -> Iterator[tuple[ReportsArea, Dialogs, VaultWorker]]:
    monkeypatch.setenv("VERTROUWEN_TODAY", "2026-11-22")
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))  # as the app
    ws = vault.open()
    for case in CASES:
        ws.cases.add(case)
    ws.close()
    worker = VaultWorker()
    opened: list[object] = []
    worker.unlock(vault.path, vault.passphrase, opened.append, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    assert worker.is_unlocked, opened
    dialogs = Dialogs()
    area = ReportsArea(worker, dialogs)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    area.activate()
    qtbot.waitUntil(lambda: area.stats is not None, timeout=TIMEOUT)
    yield area, dialogs, worker
    worker.shutdown()
    QLocale.setDefault(locale)


def _count(qtbot, area: ReportsArea, change) -> None:  # type: ignore[no-untyped-def]
    """Make a change that counts again, and wait for the new numbers."""
    before = area.stats
    change()
    qtbot.waitUntil(lambda: area.stats is not before, timeout=TIMEOUT)


def _figures(area: ReportsArea) -> dict[str, str]:
    return {key: tile.value.text() for key, tile in area.tiles.items()}


def _column(area: ReportsArea, key: str) -> dict[str, str]:
    """Category name -> count, as the table shows them."""
    return {row[0]: row[1] for row in area.sections[key].table.texts()}


def test_key_figures_of_a_year_against_the_year_before(qtbot, screen) -> None:
    area, _dialogs, _worker = screen
    # 22 November: the screen opens on this year so far, with no cases yet
    assert area.stats is not None and area.stats.period == Period(
        date(2026, 1, 1), date(2026, 11, 22)
    )
    _count(qtbot, area, lambda: area.choose_period("year:2025"))
    assert _figures(area) == {
        "cases": "3",
        "new_cases": "3",
        "closed_cases": "2",
        "contacts": "4",
        "hours": "2,5",
        "unsafe_signals": "1",
        "clients": "3",
        "signals": "0",
        "activities": "0",
    }
    assert area.tiles["cases"].change.text() == "+2"  # from one case: no percentage
    assert area.tiles["cases"].before.text() == "1 in 2024"
    assert area.scope_label.text().startswith("2025")
    trend = area.trend.table.texts()
    assert trend[0][0] == "Nieuwe zaken 2025" and trend[0][-1] == "3"
    assert trend[0][1:4] == ["0", "0", "1"]  # jan, feb, mrt
    assert trend[1][0] == "Nieuwe zaken 2024" and trend[1][2] == "1"  # feb 2024
    assert area.exports.pdf_button.isEnabled()


def test_the_regime_filter_changes_the_numbers(qtbot, screen) -> None:
    area, _dialogs, _worker = screen
    _count(qtbot, area, lambda: area.choose_period("year:2025"))
    _count(qtbot, area, lambda: area.filter_bar.set_filters("jeugdwet", None))
    assert _figures(area)["cases"] == "2"
    assert _figures(area)["closed_cases"] == "1"
    assert "alleen Jeugdwet" in area.scope_label.text()
    assert _column(area, "by_organisation_kind")["Ambulante jeugdhulp"] == "2"
    assert _column(area, "by_organisation_kind")["Wmo-aanbieder"] == "0"
    _count(qtbot, area, lambda: area.filter_bar.set_filters("wmo", None))
    assert _figures(area)["cases"] == "1"
    assert _column(area, "by_organisation_kind")["Wmo-aanbieder"] == "1"


def test_tables_show_dutch_labels_and_hide_small_organisations(qtbot, screen) -> None:
    area, _dialogs, worker = screen
    _count(qtbot, area, lambda: area.choose_period("year:2025"))
    kinds = _column(area, "by_organisation_kind")
    assert kinds["Ambulante jeugdhulp"] == "2"
    assert kinds["Totaal zaken"] == "3"
    assert "JeugdzorgPlus" in kinds  # every category, also the empty ones
    assert _column(area, "by_topic")["Bejegening"] == "1"
    assert _column(area, "by_result")["Deels opgelost"] == "1"
    assert _column(area, "by_client_role")["Ouder"] == "3"
    everything = " ".join(
        cell for section in area.sections.values() for row in section.table.texts() for cell in row
    )
    assert not re.search(r"\b(quality_of_care|wmo_aanbieder|partly_resolved)\b", everything)
    # fewer than 5 cases: no names, only 'other'
    assert "Jeugdhulp Voorbeeld" not in everything
    names = _column(area, "by_organisation")
    assert names == {"Overige organisaties (elk minder dan 5 zaken)": "3", "Totaal zaken": "3"}

    # the threshold is a vault setting, changed here and audited
    area.threshold.spin.setValue(2)
    assert area.threshold.warning.isVisible()
    _count(qtbot, area, area.threshold.commit_now)
    names = _column(area, "by_organisation")
    assert names["Jeugdhulp Voorbeeld"] == "2"
    assert "Zorg Thuis" not in names
    box: list[object] = []
    worker.submit(
        lambda ws: (ws.settings.get("report_threshold"), [e.event for e in ws.audit.entries()]),
        box.append,
    )
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    setting, events = box[0]  # type: ignore[misc]
    assert setting == 2 and "report_threshold_changed" in events


def test_pdf_and_csv_are_written_through_the_save_dialog(qtbot, screen, tmp_path: Path) -> None:
    area, dialogs, worker = screen
    _count(qtbot, area, lambda: area.choose_period("year:2025"))
    dialogs.answer_next(tmp_path / "jaarrapportage")
    area.exports.pdf_button.click()
    qtbot.waitUntil(lambda: area.exports.saved_path is not None, timeout=TIMEOUT * 2)
    target = tmp_path / "jaarrapportage.pdf"
    assert area.exports.saved_path == target and area.exports.saved_label.isVisible()
    assert os.stat(target).st_mode & 0o777 == 0o600
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(target).pages)
    assert "Jaarrapportage vertrouwenswerk 2025" in text
    assert "In 2025 liepen 3 zaken" in text
    assert "Jeugdhulp Voorbeeld" not in text

    area.exports.saved_path = None
    dialogs.answer_next(tmp_path / "tellingen.csv")
    area.exports.csv_button.click()
    qtbot.waitUntil(lambda: area.exports.saved_path is not None, timeout=TIMEOUT)
    rows = list(csv.reader(io.StringIO((tmp_path / "tellingen.csv").read_text("utf-8"))))
    assert rows[0] == ["dimension", "slug", "count", "previous_count", "label"]
    assert ["total", "cases", "3", "1", "Zaken (liepen in de periode)"] in rows

    box: list[object] = []
    worker.submit(lambda ws: [e.detail for e in ws.audit.entries()], box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    details = box[0]
    assert "jaarrapportage 2025" in details  # type: ignore[operator]
    assert any(str(d).startswith("telling 2025-01-01 t/m 2025-12-31") for d in details)  # type: ignore[union-attr]
    assert not any(str(tmp_path) in str(d) for d in details)  # type: ignore[union-attr]


def test_a_period_that_is_not_a_year_has_no_yearly_pdf(qtbot, screen) -> None:
    area, dialogs, _worker = screen
    _count(qtbot, area, lambda: area.choose_period("last_12"))
    assert not area.exports.pdf_button.isEnabled()
    area.exports.export_pdf()  # even when called directly: nothing is asked
    assert dialogs.asked == []


def test_an_empty_period_says_so(qtbot, screen) -> None:
    area, _dialogs, _worker = screen
    _count(qtbot, area, lambda: area.filter_bar.set_period(Period.year(2010)))
    assert area.pages.currentWidget() is area.empty
    assert area.empty.title.text() == "Geen zaken in deze periode"


def test_cells_copy_as_tab_separated_text(qtbot, screen) -> None:
    area, _dialogs, _worker = screen
    _count(qtbot, area, lambda: area.choose_period("year:2025"))
    table = area.sections["by_client_role"].table
    table.setFocus()
    model = table.model()
    table.selectionModel().select(model.index(0, 0), table.selectionModel().SelectionFlag.Select)
    table.selectionModel().select(model.index(0, 1), table.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Ouder\t3\n"
    QApplication.clipboard().clear()


def test_clear_leaves_no_numbers_on_screen(qtbot, screen) -> None:
    area, _dialogs, _worker = screen
    _count(qtbot, area, lambda: area.choose_period("year:2025"))
    area.clear()
    assert area.stats is None and area.cleared
    assert all(tile.value.text() == "\u2014" for tile in area.tiles.values())
    assert all(section.table.texts() == [] for section in area.sections.values())
    assert all(section.chart.rows == [] for section in area.sections.values())
    assert area.trend.table.texts() == [] and area.trend.chart.current == []
    assert area.pages.currentWidget() is area.empty
    shown = [w.text() for w in area.findChildren(QLabel) if w.isVisibleTo(area)]
    assert not [t for t in shown if re.search(r"\d", t)], shown
    # the years that had cases are gone from the period list too
    items = [
        area.filter_bar.period_box.itemData(i) for i in range(area.filter_bar.period_box.count())
    ]
    assert not [i for i in items if str(i).startswith("year:")]


def test_labels_follow_the_ui_language(qtbot, screen) -> None:
    area, _dialogs, _worker = screen
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    try:
        _count(qtbot, area, lambda: area.choose_period("year:2025"))
        assert "Outpatient youth care" in _column(area, "by_organisation_kind")
    finally:
        QLocale.setDefault(previous)


def test_counts_run_beside_the_worker_and_see_its_saves(qtbot, screen) -> None:
    """Issue 16: the counts run on the reader thread with a connection of their own, so they
    arrive while the vault worker is busy (opening a case never waits behind the counts, nor
    the counts behind it), and they see what the worker saved before."""
    area, _dialogs, worker = screen
    _count(qtbot, area, lambda: area.choose_period("year:2025"))
    assert area.stats is not None and area.stats.cases == 3
    saved: list[object] = []
    worker.submit(
        lambda ws: ws.cases.add(make_case(opened=date(2025, 9, 1))), saved.append, saved.append
    )
    qtbot.waitUntil(lambda: bool(saved), timeout=TIMEOUT)
    release = threading.Event()
    busy: list[object] = []
    worker.submit(lambda ws: release.wait(TIMEOUT / 1000), busy.append, busy.append)
    try:
        _count(qtbot, area, area.refresh)
        assert not busy  # the worker is still held; the counts came anyway
        assert area.stats.cases == 4
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(busy), timeout=TIMEOUT)
