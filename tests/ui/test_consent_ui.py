"""The consent tab: recording and withdrawing consents, and the PDF exports with their preview.

Built without the case screen's container: a real worker thread on a real vault, a
CaseContext and the tab. Only the dialogs are pre-answered (the Dialogs seam) and the guard's
name tables are left out (the pattern detectors find the phone number these tests use).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.conftest import VaultFiles, make_case
from tests.pdf_helpers import encryption
from tests.security.sqlcipher4_reader import all_text, decrypt_file, open_vault
from ui.core.worker import VaultWorker
from ui.features.cases.case.base import CaseContext, Reveal
from ui.features.cases.case.consent.dialogs import ConsentDialog, ExportDialog
from ui.features.cases.case.consent.tab import ConsentTab
from ui.features.cases.case.notes.tab import NotesTab
from ui.features.cases.case.pdf_preview import PdfPreview
from ui.kit.dialogs import Dialogs
from ui.qt import QDialog, QSettings, Qt, QTabWidget
from vertrouwen.domain import Case, Consent, ConsentScope, Note, NoteKind
from vertrouwen.privacy import Detector
from vertrouwen.workspace import Workspace

TIMEOUT = 10_000
TODAY = date(2026, 4, 1)
IDENTITY = {
    "name": "Łukasz Yılmaz-Øberg",
    "address": "Kerkstraat 12 bis",
    "postcode": "3512 AB",
    "city": "Utrecht",
    "email": "l.yilmaz@example.nl",
    "phone": "06 12345678",
}
ACCEPT = QDialog.DialogCode.Accepted


@dataclass
class Env:
    qtbot: Any
    vault: VaultFiles
    worker: VaultWorker
    dialogs: Dialogs
    ctx: CaseContext
    tab: ConsentTab
    code: str = ""

    def run(self, fn: Callable[[Workspace], Any]) -> Any:
        box: dict[str, Any] = {}
        self.worker.submit(fn, lambda r: box.setdefault("r", r), lambda e: box.setdefault("e", e))
        self.qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
        if "e" in box:
            raise box["e"]
        return box["r"]

    def open(self, case: Case) -> None:
        self.code = self.run(lambda ws: ws.cases.add(case))
        self.reload()

    def reload(self) -> None:
        self.ctx.load(self.run(lambda ws: ws.cases.get(self.code)))

    def settle(self) -> None:
        """Wait until the worker has answered everything asked so far."""
        self.run(lambda ws: None)


@pytest.fixture
def env(
    qtbot: Any, vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Env]:
    monkeypatch.setenv("VERTROUWEN_TODAY", TODAY.isoformat())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    worker = VaultWorker()
    opened: dict[str, object] = {}
    worker.unlock(vault.path, vault.passphrase, lambda r: opened.setdefault("ok", r))
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    dialogs = Dialogs()
    ctx = CaseContext(worker, dialogs)
    tab = ConsentTab(ctx, detector_loader=Detector)  # patterns only: no deduce tables
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    yield Env(qtbot, vault, worker, dialogs, ctx, tab)
    worker.shutdown()


def _consent(**kw: Any) -> Consent:
    values: dict[str, Any] = {
        "given": date(2026, 3, 5),
        "recipient": "Klachtencommissie Jeugdhulp",
        "purpose": "formele klacht",
        "scope": ConsentScope(notes=["n1"], complaint_points=True, steps=True),
        "method": "signed",
    }
    values.update(kw)
    return Consent(**values)


def _with_consent(env: Env, **kw: Any) -> int:
    env.open(make_case(consents=[]))
    consent_id: int = env.run(lambda ws: ws.consents.add(env.code, _consent(**kw)))
    env.reload()
    return consent_id


def _vault_text(vault: VaultFiles) -> str:
    """Every value in every table (audit included), read with the recovery key, two ways."""
    import sqlcipher3

    raw = sqlcipher3.connect(str(vault.path))
    raw.execute(f"PRAGMA key = \"x'{vault.recovery_key.hex()}'\"")
    chunks: list[str] = []
    tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in raw.execute(f'SELECT * FROM "{table}"'):
            chunks += [v if isinstance(v, str) else repr(v) for v in row if v is not None]
    raw.close()
    conn = open_vault(vault.path, vault.recovery_key)
    chunks.append(all_text(conn))
    conn.close()
    chunks.append(decrypt_file(vault.path, vault.recovery_key).decode("utf-8", "replace"))
    return "\n".join(chunks)


def _pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.decrypt(password)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


# -- recording and withdrawing ----------------------------------------------------------------
def test_record_a_consent(env: Env) -> None:
    env.open(make_case(consents=[]))
    assert env.tab.consents.row_texts() == []
    asked: list[ConsentDialog] = []

    def fill(dialog: ConsentDialog) -> int:
        asked.append(dialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        dialog.recipient.setText("Klachtencommissie Jeugdhulp")
        dialog.purpose.setText("formele klacht")
        assert not ok.isEnabled()  # how it was given is part of the record
        dialog.methods["spoken"].setChecked(True)
        assert ok.isEnabled()
        dialog.note_list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.points.setChecked(True)
        dialog.steps.setChecked(True)
        return ACCEPT

    env.dialogs.answer_next(fill)
    env.tab.record_button.click()
    env.qtbot.waitUntil(lambda: bool(env.ctx.case and env.ctx.case.consents), timeout=TIMEOUT)
    [stored] = env.run(lambda ws: ws.consents.for_case(env.code))
    assert (stored.recipient, stored.method, stored.withdrawn) == (
        "Klachtencommissie Jeugdhulp",
        "spoken",
        None,
    )
    assert stored.scope == ConsentScope(["n1"], complaint_points=True, steps=True)
    [row] = env.tab.consents.row_texts()
    assert "Actief" in row and "mondeling" in row
    assert "1 van 2 notities, klachtonderdelen, stappen" in row
    entries = env.run(lambda ws: ws.audit.entries(env.code))
    assert entries[0].event == "consent_given" and "notes=n1" in entries[0].detail
    assert env.ctx.undo_stack.count() == 0  # a record is not undone; it is withdrawn
    assert env.tab.export.complaint_button.isEnabled()


def test_withdrawing_is_final_and_audited(env: Env) -> None:
    consent_id = _with_consent(env)
    # An edit before the withdrawal, undone after it, must not bring the consent back.
    env.ctx.apply("tekst", lambda c: setattr(c.notes[0], "text", "Gewijzigd."))
    env.settle()
    env.dialogs.answer_next(True)
    env.tab.consents.withdraw_buttons[consent_id].click()
    env.qtbot.waitUntil(
        lambda: env.ctx.case is not None and env.ctx.case.consents[0].withdrawn is not None,
        timeout=TIMEOUT,
    )
    assert env.dialogs.asked[-1] == "Toestemming intrekken?"
    [row] = env.tab.consents.row_texts()
    assert "Ingetrokken op 01-04-2026" in row
    assert env.tab.consents.withdraw_buttons == {}  # nothing to undo it with
    assert not env.tab.export.complaint_button.isEnabled()
    assert not env.tab.export.anonymous_button.isEnabled()
    env.ctx.undo()
    env.settle()
    stored = env.run(lambda ws: ws.consents.get(consent_id))[1]
    assert stored.withdrawn == TODAY
    assert env.run(lambda ws: ws.cases.get(env.code)).notes[0].text != "Gewijzigd."
    # A second withdrawal (say, from a stale screen) is refused by the core and says so.
    env.dialogs.answer_next(True, None)
    env.tab.withdraw(_consent(id=consent_id))
    env.qtbot.waitUntil(lambda: len(env.dialogs.asked) == 3, timeout=TIMEOUT)
    assert env.dialogs.asked[-1] == "De toestemming is niet ingetrokken"
    events = [e.event for e in env.run(lambda ws: ws.audit.entries(env.code))]
    assert events.count("consent_withdrawn") == 1 and events.count("consent_given") == 1


def test_buttons_need_an_active_consent(env: Env) -> None:
    env.open(make_case(consents=[]))
    export = env.tab.export
    assert not export.complaint_button.isEnabled() and not export.anonymous_button.isEnabled()
    assert export.no_consent.isVisible()
    assert "Leg eerst toestemming vast" in export.no_consent.text.text()
    env.run(lambda ws: ws.consents.add(env.code, _consent(given=date(2026, 5, 1))))
    env.reload()  # given, but only from next month
    assert not export.complaint_button.isEnabled()
    assert "Geldt vanaf 01-05-2026" in env.tab.consents.row_texts()[0]
    # Withdrawn before it began: it ends the day it would have started, and never applies.
    env.dialogs.answer_next(True)
    [button] = env.tab.consents.withdraw_buttons.values()
    button.click()
    env.qtbot.waitUntil(lambda: not env.tab.consents.withdraw_buttons, timeout=TIMEOUT)
    assert "Ingetrokken op 01-05-2026" in env.tab.consents.row_texts()[0]


# -- the complaint letter -------------------------------------------------------------------------
def _fill_identity(password: str | None = None) -> Any:
    def fill(dialog: ExportDialog) -> int:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # name and address are required
        for key, value in IDENTITY.items():
            getattr(dialog, key).setText(value)
        assert ok.isEnabled()
        if password is not None:
            dialog.protect.setChecked(True)
            dialog.password.setText(password)
            dialog.password_again.setText(password + "x")
            assert not ok.isEnabled()
            dialog.password_again.setText(password)
            assert ok.isEnabled()
        return ACCEPT

    return fill


def _look(seen: list[tuple[bool, int, str]]) -> Callable[[PdfPreview], int]:
    def look(preview: PdfPreview) -> int:
        seen.append((preview.readable, preview.page_count, preview.facts.text()))
        return ACCEPT

    return look


def test_complaint_pdf_holds_the_identity_and_nothing_else_does(
    env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_consent(env)
    out = tmp_path / "klacht.pdf"
    wiped: list[list[tuple[str, bool]]] = []
    wipe = ExportDialog.wipe

    def watched_wipe(dialog: ExportDialog) -> None:
        wipe(dialog)
        fields = (*dialog.identity_fields, dialog.password, dialog.password_again)
        wiped.append([(f.text(), f.isUndoAvailable()) for f in fields])

    monkeypatch.setattr(ExportDialog, "wipe", watched_wipe)
    seen: list[tuple[bool, int, str]] = []
    env.dialogs.answer_next(_fill_identity(), _look(seen), out)
    env.tab.export.complaint_button.click()
    env.qtbot.waitUntil(out.exists, timeout=TIMEOUT)
    env.qtbot.waitUntil(lambda: env.tab.export.saved.isVisible(), timeout=TIMEOUT)
    assert env.dialogs.asked == ["Klacht als PDF", "Voorbeeld: klachtbrief", "PDF opslaan"]
    assert seen[0][0] and seen[0][1] >= 1 and "aan Klachtencommissie Jeugdhulp" in seen[0][2]
    text = _pdf_text(out.read_bytes())
    assert all(value in text for value in IDENTITY.values())
    assert out.stat().st_mode & 0o777 == 0o600
    # The dialog kept nothing: fields empty, and no undo to bring them back.
    assert wiped == [[("", False)] * 8]
    entry = env.run(lambda ws: ws.audit.entries(env.code))[0]
    assert entry.event == "export_pdf" and "kind=complaint" in entry.detail
    assert "password=no" in entry.detail
    env.worker.shutdown()  # closes the vault: everything is on disk for the readers below
    stored = _vault_text(env.vault)
    assert "Eerste gesprek met moeder" in stored  # the readers do see the vault's content
    for value in IDENTITY.values():
        assert value not in stored
    settings = QSettings()
    values = " ".join(str(settings.value(k)) for k in settings.allKeys())
    files = " ".join(
        p.read_text("utf-8", "replace") for p in (tmp_path / "qsettings").rglob("*") if p.is_file()
    ) if (tmp_path / "qsettings").exists() else ""  # fmt: skip
    for value in IDENTITY.values():
        assert value not in values and value not in files


def test_password_gives_aes_256_and_the_preview_opens_it(env: Env, tmp_path: Path) -> None:
    _with_consent(env)
    out = tmp_path / "klacht.pdf"
    seen: list[tuple[bool, int, str]] = []
    env.dialogs.answer_next(_fill_identity("lange zin als wachtwoord"), _look(seen), out)
    env.tab.export.complaint_button.click()
    env.qtbot.waitUntil(lambda: env.tab.export.saved.isVisible(), timeout=TIMEOUT)
    assert seen[0][0] and "met wachtwoord (AES-256)" in seen[0][2]  # opened with the password
    data = out.read_bytes()
    assert encryption(data) == {"V": 5, "R": 6, "CFM": "/AESV3"}
    assert IDENTITY["name"] in _pdf_text(data, "lange zin als wachtwoord")
    entry = env.run(lambda ws: ws.audit.entries(env.code))[0]
    assert "password=yes" in entry.detail and "lange zin" not in entry.detail


def test_cancelled_preview_writes_nothing(env: Env, tmp_path: Path) -> None:
    _with_consent(env)
    env.dialogs.answer_next(_fill_identity(), lambda _p: QDialog.DialogCode.Rejected)
    env.tab.export.complaint_button.click()
    env.qtbot.waitUntil(lambda: len(env.dialogs.asked) == 2, timeout=TIMEOUT)
    env.settle()
    assert list(tmp_path.glob("*.pdf")) == []
    events = [e.event for e in env.run(lambda ws: ws.audit.entries(env.code))]
    assert "export_pdf" not in events


# -- the anonymous summary ----------------------------------------------------------------------
def test_anonymous_summary_is_refused_while_a_note_has_a_phone_number(
    env: Env, tmp_path: Path
) -> None:
    case = make_case(consents=[])
    case.notes.append(Note("n3", date(2026, 3, 16), NoteKind.PHONE, 10, "Bel haar op 06 12345678."))
    env.open(case)
    env.run(
        lambda ws: ws.consents.add(env.code, _consent(scope=ConsentScope("all", True, True, True)))
    )
    env.reload()
    tabs = QTabWidget()
    env.qtbot.addWidget(tabs)
    notes = NotesTab(env.ctx)
    tabs.addTab(notes, "Notities")
    tabs.addTab(env.tab, "Toestemming")
    tabs.setCurrentIndex(1)
    tabs.show()
    env.reload()
    env.dialogs.answer_next(lambda _d: ACCEPT)
    env.tab.export.anonymous_button.click()
    findings = env.tab.export.findings
    env.qtbot.waitUntil(findings.isVisible, timeout=TIMEOUT)
    assert findings.places == ["Notitie van 16-03-2026 \u2014 telefoonnummer"]
    assert "06 12345678" not in findings.text.text()
    assert env.dialogs.asked == ["Anonieme samenvatting"]  # no preview, nothing to save
    events = [e.event for e in env.run(lambda ws: ws.audit.entries(env.code))]
    assert "export_pdf" not in events
    # "Naar de notitie" asks the case view (here: the same two steps) to open it in the notes tab.
    asked: list[Reveal] = []
    env.ctx.reveal_requested.connect(asked.append)
    env.ctx.reveal_requested.connect(lambda t: (tabs.setCurrentWidget(notes), notes.reveal(t)))
    [go] = [b for b in findings.findChildren(type(env.tab.record_button)) if b.text()]
    go.click()
    assert asked == [Reveal("note", "n3")] and "note" in notes.reveals
    assert tabs.currentIndex() == 0 and notes.note_id == "n3"
    # Once the number is replaced the findings go, and the summary can be made.
    env.ctx.apply("vervangen", lambda c: setattr(c.notes[2], "text", "Bel haar op [telefoon]."))
    env.qtbot.waitUntil(findings.isHidden, timeout=TIMEOUT)
    out = tmp_path / "anoniem.pdf"
    seen: list[tuple[bool, int, str]] = []
    env.dialogs.answer_next(lambda _d: ACCEPT, _look(seen), out)
    env.tab.export.anonymous_button.click()
    env.qtbot.waitUntil(lambda: not env.tab.export.saved.isHidden(), timeout=TIMEOUT)
    text = _pdf_text(out.read_bytes())
    assert "[telefoon]" in text and "Jeugdhulp Voorbeeld" not in text  # no organisation name
    env.tab.setParent(None)  # the fixture closes the tab; `tabs` goes with this function


def test_clear_drops_everything(env: Env) -> None:
    case = make_case(consents=[])
    case.notes[0].text = "Bel haar op 06 12345678."
    env.open(case)
    env.run(lambda ws: ws.consents.add(env.code, _consent()))
    env.reload()
    env.dialogs.answer_next(lambda _d: ACCEPT)
    env.tab.export.anonymous_button.click()
    env.qtbot.waitUntil(env.tab.export.findings.isVisible, timeout=TIMEOUT)
    env.tab.clear()
    assert env.tab.consents.row_texts() == [] and env.tab.case is None
    assert env.tab.export.case is None and not env.tab.export.findings.isVisible()
    assert env.tab.export.findings.places == [] and env.tab.export.findings.text.text() == ""
    assert not env.tab.record_button.isEnabled()
    assert not env.tab.export.complaint_button.isEnabled()
    assert not env.tab.export.no_consent.isVisible()


def test_a_lock_during_the_preview_saves_nothing(env: Env, tmp_path: Path) -> None:
    _with_consent(env)

    def lock_then_accept(_preview: PdfPreview) -> int:
        env.tab.clear()  # what the case screen does when the vault locks
        return ACCEPT

    env.dialogs.answer_next(_fill_identity(), lock_then_accept, tmp_path / "klacht.pdf")
    env.tab.export.complaint_button.click()
    env.qtbot.waitUntil(lambda: len(env.dialogs.asked) == 2, timeout=TIMEOUT)
    env.settle()
    assert env.dialogs.asked == ["Klacht als PDF", "Voorbeeld: klachtbrief"]  # no save dialog
    assert not (tmp_path / "klacht.pdf").exists()


def test_consent_purpose_is_scanned_while_typing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from vertrouwen.privacy import load_detector

    dialog = ConsentDialog([], date(2026, 3, 2), detector=load_detector(), ignored={"akj"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.privacy.isHidden()
    dialog.purpose.setText("klacht namens Oksana Kovalenko indienen")
    qtbot.waitUntil(lambda: dialog.privacy.isVisible(), timeout=2000)
    assert dialog.privacy.found == ["Oksana Kovalenko"]
    dialog.purpose.setText("formele klacht indienen")
    qtbot.waitUntil(lambda: dialog.privacy.isHidden(), timeout=2000)
