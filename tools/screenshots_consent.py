"""Screenshots of the consent tab, the export dialog and the PDF preview (not a test).

    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python tools/screenshots_consent.py \
        OUT_DIR [--lang en] [--size 1280x820]

Makes a fresh vault with one case (notes, complaint points, steps, three consents of which one
withdrawn), unlocks the real window, opens the case's consent tab and saves a PNG per state:
the tab, the record dialog, the identity dialog filled in, the preview of the complaint letter
(with a password), the guard's findings for the anonymous summary, and the tab without consent.
The PDFs themselves are written beside the PNGs for `pdftoppm`.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from shots_common import PASSPHRASE, Shots, make_vault, parser_with, prepare

IDENTITY = {
    "name": "Sanne de Boer",
    "address": "Lindelaan 14",
    "postcode": "3581 KL",
    "city": "Utrecht",
    "email": "sanne.deboer@example.nl",
    "phone": "06 98765432",
}


def add_cases(vault: Path) -> tuple[int, int]:
    """The showcase case and one without any consent."""
    from vertrouwen import clock
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

    today = clock.today()
    day = lambda n: today - timedelta(days=n)  # noqa: E731
    notes = [
        Note("n1", day(40), NoteKind.CONVERSATION, 60, "Eerste gesprek met moeder over het "
             "besluit van de jeugdbescherming en de afgezegde afspraken."),
        Note("n2", day(33), NoteKind.PHONE, 15, "Gebeld met de gezinsvoogd: hij belt moeder "
             "deze week terug. Moeder is bereikbaar op 06-12345678."),
        Note("n3", day(26), NoteKind.MEETING, 45, "Gesprek met de teamleider; geen oplossing."),
        Note("n4", day(19), NoteKind.EMAIL, 10, "Verslag van het gesprek opgevraagd."),
        Note("n5", day(12), NoteKind.CONVERSATION, 50, "Klachtbrief samen opgesteld."),
        Note("n6", day(5), NoteKind.PHONE, 10, "Moeder wil de klacht indienen."),
        Note("n7", day(1), NoteKind.OTHER, 5, "Ontvangstbevestiging nog niet binnen."),
    ]  # fmt: skip
    case = Case(
        opened=day(45),
        client_role=ClientRole.PARENT,
        organisation=Organisation("Jeugdbescherming Regio West", OrganisationKind.GI),
        regime=Regime.JEUGDWET,
        route="jeugdwet",
        topics=[Topic.COMMUNICATION, Topic.DECISION],
        goals=[Goal.BE_HEARD, Goal.APOLOGY],
        notes=notes,
        complaint_points=[
            ComplaintPoint(
                "Afspraken werden afgezegd zonder nieuwe datum.", "Vaste contactmomenten"
            ),
            ComplaintPoint("Moeder werd niet gehoord over het besluit.", "Uitleg en excuses"),
        ],
        steps=[
            Step("signaal", day(33), day(26), StepOutcome.NOT_RESOLVED),
            Step("leidinggevende", day(26), day(19), StepOutcome.NOT_RESOLVED),
        ],
        actions=[Action("Verslag opvragen bij de teamleider", Owner.ADVISOR, day(-7))],
    )
    ws = Workspace.unlock(vault, PASSPHRASE)
    try:
        code = ws.cases.add(case)
        everything = ConsentScope("all", complaint_points=True, steps=True, actions=True)
        old = Consent(day(38), "Nationale Ombudsman", "verzoek om onderzoek", everything)
        old.method = "spoken"
        ws.consents.withdraw(ws.consents.add(code, old), day(30))
        committee = ConsentScope(["n1", "n3", "n5"], complaint_points=True, steps=True)
        ws.consents.add(code, Consent(
            day(12), "Klachtencommissie Jeugdbescherming Regio West", "formele klacht indienen",
            committee, method="signed",
        ))  # fmt: skip
        intervision = ConsentScope(["n2", "n3"], complaint_points=True)
        ws.consents.add(code, Consent(
            day(5), "Intervisiegroep vertrouwenspersonen", "casus bespreken (anoniem)",
            intervision, method="spoken",
        ))  # fmt: skip
        bare = Case(
            opened=day(3),
            client_role=ClientRole.YOUTH,
            organisation=Organisation("Wijkteam Noord", OrganisationKind.WIJKTEAM),
            regime=Regime.WMO,
            notes=[Note("n1", day(3), NoteKind.CONVERSATION, 30, "Kennismaking.")],
        )
        ws.cases.add(bare)
        return int(case.id or 0), int(bare.id or 0)
    finally:
        ws.close()


def main() -> int:
    args = parser_with("1280x820").parse_args()
    prepare(args)
    tmp = Path(tempfile.mkdtemp(prefix="vertrouwen-consent-"))
    vault = make_vault(tmp)
    showcase, bare = add_cases(vault)

    from ui.features.cases.case.consent.dialogs import ConsentDialog, ExportDialog
    from ui.features.cases.case.consent.tab import ConsentTab
    from ui.features.cases.case.pdf_preview import PdfPreview
    from ui.qt import QDialog

    shots = Shots(
        args.out, vault, tmp / "prefs.ini", args.lang, args.size, at_origin=True, shot_ms=400
    )
    window, dialogs, height = shots.window, shots.dialogs, shots.height
    wait_for, shot = shots.wait_for, shots.shot

    def shown(name: str, result: int, prepare: Any = None) -> Any:
        """A pre-answer for the dialog seam: show the dialog, photograph it, answer."""
        return shots.photo_answer(name, result, prepare, 900)

    shell = shots.unlock(PASSPHRASE)
    assert shell is not None
    area = shell.show_area("cases")
    wait_for(lambda: area.model.rowCount() > 0 and not area.model.is_loading)
    area.open_case(showcase)
    view = area.case_view
    wait_for(lambda: view.ctx.case is not None)
    index = next(i for i, t in enumerate(view.tabs) if isinstance(t, ConsentTab))
    view.tab_widget.setCurrentIndex(index)
    tab = view.tabs[index]
    assert isinstance(tab, ConsentTab)
    area.toggle_list()  # the case alone, as when writing
    shot("01-consent-tab")

    def fill_consent(dialog: ConsentDialog) -> None:
        dialog.recipient.setText("Kinderombudsman")
        dialog.purpose.setText("verzoek om onderzoek")
        dialog.methods["written"].setChecked(True)
        for row in (0, 2, 4):
            dialog.note_list.item(row).setCheckState(
                dialog.note_list.item(row).checkState().Checked
            )
        dialog.points.setChecked(True)

    dialogs.answer_next(shown("02-record-dialog", QDialog.DialogCode.Rejected, fill_consent))
    tab.record()

    def fill_identity(dialog: ExportDialog) -> None:
        for key, value in IDENTITY.items():
            getattr(dialog, key).setText(value)
        dialog.protect.setChecked(True)
        dialog.password.setText("zomer aan zee 2026")
        dialog.password_again.setText("zomer aan zee 2026")

    def keep_pdf(name: str, result: int = QDialog.DialogCode.Rejected) -> Any:
        def answer(preview: PdfPreview) -> int:
            preview.resize(900, min(980, height + 120))
            return shown(name, result)(preview)

        return answer

    dialogs.answer_next(
        shown("03-identity-dialog", QDialog.DialogCode.Accepted, fill_identity),
        keep_pdf("04-preview-complaint"),
    )
    tab.export.complaint_button.click()
    wait_for(lambda: not dialogs._answers)
    # The same letter without a password, saved, for pdftoppm.
    dialogs.answer_next(
        shown("03b-identity-dialog-plain", QDialog.DialogCode.Accepted,
              lambda d: [getattr(d, k).setText(v) for k, v in IDENTITY.items()]),
        lambda _p: QDialog.DialogCode.Accepted,
        args.out / "klacht.pdf",
    )  # fmt: skip
    tab.export.complaint_button.click()
    wait_for(lambda: not tab.export.saved.isHidden())
    shot("05-saved")
    # The guard waits for the name tables (the first load after install takes minutes).
    wait_for(lambda: window.privacy_status.state == "active", 900_000)

    def choose(recipient: str) -> Any:
        def answer(dialog: ExportDialog) -> int:
            combo = dialog.consent_choice
            combo.setCurrentIndex(
                next(i for i in range(combo.count()) if combo.itemText(i).startswith(recipient))
            )
            return QDialog.DialogCode.Accepted

        return answer

    # The intervision consent covers the note with a phone number: the guard stops it.
    dialogs.answer_next(choose("Intervisiegroep"))
    tab.export.anonymous_button.click()
    wait_for(lambda: not tab.export.findings.isHidden())
    shot("06-anonymous-findings")
    # The committee's consent covers clean notes only: a summary, previewed and saved.
    dialogs.answer_next(
        choose("Klachtencommissie"),
        keep_pdf("06b-preview-anonymous", QDialog.DialogCode.Accepted),
        args.out / "anoniem.pdf",
    )  # fmt: skip
    tab.export.anonymous_button.click()
    wait_for(lambda: (args.out / "anoniem.pdf").exists())
    area.open_case(bare)
    wait_for(lambda: view.ctx.case is not None and view.ctx.case.id == bare)
    view.tab_widget.setCurrentIndex(index)
    shot("07-no-consent")
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
