"""Screenshots of the Documenten tab (not a test).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_documents.py \
        OUT_DIR [--lang en] [--size 1366x768]

Makes a fresh vault with one case holding a letter (PDF), a photo of a letter (JPEG, taken
sideways) and a report (DOCX), unlocks the real window, opens the case's Documenten tab and
saves a PNG per state: the letter in the preview (with the privacy guard's line), the photo,
the report's text, and the consent dialog naming documents.
"""

from __future__ import annotations

import io
import tempfile
from datetime import timedelta
from pathlib import Path

from shots_common import PASSPHRASE, ROOT, Shots, make_vault, parser_with, prepare

LETTER = [
    "Jeugdbescherming Regio West",
    "Postbus 1200, 3500 BC Utrecht",
    "",
    "Betreft: besluit over de omgangsregeling",
    "",
    "Geachte mevrouw,",
    "",
    "Naar aanleiding van het gesprek op 3 maart met uw gezinsvoogd, mevrouw J. de Vries,",
    "delen wij u mee dat de omgangsregeling voorlopig blijft zoals die is. U kunt ons bellen",
    "op 030 123 45 67 als u vragen heeft. Bent u het niet eens met dit besluit, dan kunt u",
    "binnen zes weken een klacht indienen bij de klachtencommissie.",
    "",
    "Met vriendelijke groet,",
    "",
    "Teamleider Jeugdbescherming",
]


def letter_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    text = canvas.beginText(72, 760)
    text.setFont("Helvetica", 11)
    for line in LETTER:
        text.textLine(line)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def photo_jpeg() -> bytes:
    """A "photo" of a letter, stored sideways with EXIF orientation 6 (as phones do)."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (600, 820), (250, 248, 240))
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(LETTER[:11]):
        draw.text((40, 40 + n * 26), line, fill=(40, 40, 40))
    sideways = page.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Telefoonmerk"
    out = io.BytesIO()
    sideways.save(out, "JPEG", quality=88, exif=exif.tobytes())
    return out.getvalue()


def add_case(vault: Path, folder: Path) -> int:
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.document_files import docx_bytes
    from vertrouwen import clock
    from vertrouwen.documents import read_file
    from vertrouwen.domain import (
        Case,
        ClientRole,
        ComplaintPoint,
        DocumentKind,
        Note,
        NoteKind,
        Organisation,
        OrganisationKind,
        Regime,
    )  # fmt: skip
    from vertrouwen.workspace import Workspace

    today = clock.today()
    case = Case(
        opened=today - timedelta(days=30),
        client_role=ClientRole.PARENT,
        organisation=Organisation("Jeugdbescherming Regio West", OrganisationKind.GI),
        regime=Regime.JEUGDWET,
        notes=[Note("n1", today - timedelta(days=30), NoteKind.CONVERSATION, 45, "Gesprek.")],
        complaint_points=[ComplaintPoint("Niet gehoord over het besluit.", "Uitleg")],
    )
    files = {
        "besluit omgangsregeling.pdf": (letter_pdf(), "Besluit omgangsregeling",
                                        DocumentKind.DECISION, 12, "de gezinsvoogd"),
        "IMG_2041.jpg": (photo_jpeg(), "Foto van de brief van 3 maart",
                         DocumentKind.PHOTO, 20, "moeder"),
        "rapport.docx": (docx_bytes([
            "Rapportage gezinsvoogdij, maart",
            "Moeder heeft in het gesprek aangegeven dat zij zich niet gehoord voelt.",
            "Afgesproken is dat de gezinsvoogd binnen twee weken terugbelt.",
        ]), "Rapportage gezinsvoogdij", DocumentKind.REPORT, 25, "Jeugdbescherming"),
    }  # fmt: skip
    ws = Workspace.unlock(vault, PASSPHRASE)
    try:
        code = ws.cases.add(case)
        for name, (data, title, kind, days, source) in files.items():
            path = folder / name
            path.write_bytes(data)
            with read_file(path, 10**8) as incoming:
                ws.documents.attach(
                    code, incoming, title=title, kind=kind,
                    day=today - timedelta(days=days), source=source,
                )  # fmt: skip
        return int(case.id or 0)
    finally:
        ws.close()


def main() -> int:
    args = parser_with("1366x768").parse_args()
    prepare(args)
    tmp = Path(tempfile.mkdtemp(prefix="vertrouwen-documents-"))
    vault = make_vault(tmp)
    case_id = add_case(vault, tmp)

    from ui.features.cases.case.consent.tab import ConsentTab
    from ui.features.cases.case.documents import DocumentsTab
    from ui.qt import QDialog

    shots = Shots(args.out, vault, tmp / "prefs.ini", args.lang, args.size, at_origin=True)
    shell = shots.unlock(PASSPHRASE)
    area = shell.show_area("cases")
    shots.wait_for(lambda: area.model.rowCount() > 0 and not area.model.is_loading)
    area.open_case(case_id)
    view = area.case_view
    shots.wait_for(lambda: view.ctx.case is not None)
    index = next(i for i, t in enumerate(view.tabs) if isinstance(t, DocumentsTab))
    view.tab_widget.setCurrentIndex(index)
    tab = view.tabs[index]
    assert isinstance(tab, DocumentsTab)
    area.toggle_list()
    for row, name in ((0, "03-documents-report"), (1, "02-documents-photo"),
                      (2, "01-documents-letter")):  # fmt: skip
        tab.list.setCurrentRow(row)
        shots.wait_for(lambda: tab.preview.kind != "empty")
        shots.shot(name)
    consent = next(t for t in view.tabs if isinstance(t, ConsentTab))
    view.tab_widget.setCurrentWidget(consent)

    def pick(dialog: object) -> None:
        dialog.recipient.setText("Klachtencommissie")  # type: ignore[attr-defined]
        dialog.purpose.setText("formele klacht")  # type: ignore[attr-defined]
        for row in (0, 2):
            item = dialog.document_list.item(row)  # type: ignore[attr-defined]
            item.setCheckState(item.checkState().Checked)

    shots.dialogs.answer_next(
        shots.photo_answer("04-consent-dialog-documents", QDialog.DialogCode.Rejected, pick, 900)
    )
    consent.record()
    shots.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
