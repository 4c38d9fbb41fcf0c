"""Rapportage, issue 18: activities and signals outside cases entered on the screen, this
vault's registrations exported, and the Organisatierapportage over two advisors' files (the
merged counts equal those of one vault holding every case; a changed file is named)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.ui.conftest import TIMEOUT
from tests.ui.test_reports_ui import screen  # noqa: F401 - the fixture
from tests.unit.test_registrations_file import YEAR, document, new_vault, year_of_cases
from ui.features.reports.org import OrganisationReportDialog
from ui.features.reports.outside import OutsideRecordsDialog
from ui.qt import QDate, QDialog
from vertrouwen.commands.cases import import_into
from vertrouwen.domain import ActivityKind
from vertrouwen.reports import Period
from vertrouwen.reports.service import export_registrations, stats_for


def test_activities_and_signals_are_entered_and_counted(qtbot, screen) -> None:  # noqa: F811
    area, dialogs, _worker = screen
    area.choose_period("year:2025")
    qtbot.waitUntil(lambda: area.stats is not None and area.stats.period.start.year == 2025)

    def fill(dialog: OutsideRecordsDialog) -> int:
        qtbot.waitUntil(lambda: dialog.activity_place.count() >= 0, timeout=TIMEOUT)
        dialog.activity_date.setDate(QDate(2025, 9, 1))
        dialog.activity_kind.setCurrentIndex(
            dialog.activity_kind.findData(ActivityKind.GROUP_VISIT.value)
        )
        dialog.activity_hours.setValue(2.5)
        dialog.participants.setValue(14)
        dialog.activity_place.setCurrentText("Zeist")
        dialog.add_activity()
        qtbot.waitUntil(lambda: dialog.activity_table.rowCount() == 1, timeout=TIMEOUT)
        dialog.signal_date.setDate(QDate(2025, 10, 2))
        dialog.signal_topic.setCurrentIndex(dialog.signal_topic.findData("access"))
        dialog.add_signal()
        qtbot.waitUntil(lambda: dialog.signal_table.rowCount() == 1, timeout=TIMEOUT)
        assert dialog.activity_table.item(0, 2).text() == "2,5"
        assert dialog.activity_table.item(0, 4).text() == "Zeist"
        return QDialog.DialogCode.Accepted

    before = area.stats
    dialogs.answer_next(fill)
    area.edit_outside()
    qtbot.waitUntil(lambda: area.stats is not before, timeout=TIMEOUT)
    assert area.stats is not None
    assert area.stats.activities == {"group_visit": 1}
    assert area.stats.activity_minutes == {"group_visit": 150}
    assert area.stats.signals == 1
    assert area.tiles["activities"].value.text() == "1"
    shown = {row[0]: row[1] for row in area.sections["activities"].table.texts()}
    assert shown["Groepsbezoek"] == "1"


def test_registrations_export_and_organisation_report(
    qtbot,
    screen,  # noqa: F811
    tmp_path: Path,
    template_vault,
) -> None:
    area, dialogs, _worker = screen
    mine = tmp_path / "mijn.json"
    area.choose_period(f"year:{YEAR}")
    dialogs.answer_next(mine, True)  # where to save; then the "saved" message
    area.export_registrations()
    qtbot.waitUntil(lambda: "Registraties opgeslagen" in dialogs.asked, timeout=TIMEOUT)
    assert mine.exists()

    # a colleague's vault and file; and one vault holding both advisors' cases
    cases = year_of_cases()
    other = new_vault(template_vault, tmp_path / "other.db")
    import_into(other, document(cases), "x.json")
    theirs = tmp_path / "theirs.json"
    export_registrations(other, YEAR, theirs)
    other.close()
    from tests.ui.test_reports_ui import CASES

    whole = new_vault(template_vault, tmp_path / "whole.db")
    import_into(whole, document(cases), "x.json")
    for case in CASES:
        whole.cases.add(case)
    expected = stats_for(whole, Period.year(YEAR))
    whole.close()

    dialog = OrganisationReportDialog(dialogs, YEAR, tmp_path)
    qtbot.addWidget(dialog)
    dialogs.answer_next(mine, theirs, mine)  # the same file twice counts once
    for _ in range(3):
        dialog.add_file()
    assert dialog.stats is not None
    assert dialog.stats.cases == expected.cases and dialog.stats.clients == expected.clients
    assert dialog.stats.by_organisation == expected.by_organisation
    assert dialog.tiles["cases"].value.text() == str(expected.cases)

    pdf = tmp_path / "org.pdf"
    dialogs.answer_next(pdf)
    dialog.save_pdf()
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages).split())
    assert f"Jaarrapportage vertrouwenswerk {YEAR}" in text
    assert "samengevoegd uit 3 registratiebestanden" in text

    theirs.write_text(theirs.read_text(encoding="utf-8").replace('"gi"', '"wijkteam"', 1))
    dialog.recount()
    assert dialog.stats is None and not dialog.pdf_button.isEnabled()
    # the file by its name, what is wrong in the UI's words (not the core's English)
    assert theirs.name in dialog.status.text() and "veranderd" in dialog.status.text()
    assert "checksum" not in dialog.status.text()
