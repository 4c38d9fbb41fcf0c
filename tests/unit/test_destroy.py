"""Destroying a case leaves no trace of its text in the vault file; its counts remain.

"No trace" is checked the hard way: every page of the vault file is decrypted by an
independent SQLCipher 4 reader (tests/security/sqlcipher4_reader.py) and searched, so free
pages, slack space in pages and the FTS shadow tables are all covered.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from tests.conftest import VaultFiles, make_case
from tests.security.sqlcipher4_reader import all_text, decrypt_file, open_vault
from vertrouwen.domain import ComplaintPoint, Note, NoteKind
from vertrouwen.errors import UnknownCaseError
from vertrouwen.vault.retention import DEFAULT_RETENTION_MONTHS, add_months
from vertrouwen.workspace import Workspace

MARKER = "Geheimzinnig Xylofoonpaard"
NEEDLES = ("Xylofoonpaard", "xylofoonpaard", "ylofoonpaard", "Geheimzinnig Xylo")
KEPT = "Blijvendeschildpad"


def _marked_case(text: str, **overrides: object):
    case = make_case(**overrides)
    case.notes.append(Note("geheim", case.opened, NoteKind.CONVERSATION, 30, f"{text} " * 50))
    case.complaint_points.append(ComplaintPoint(f"Punt {text}", f"Uitkomst {text}"))
    return case


def _plain(vault: VaultFiles) -> bytes:
    return decrypt_file(vault.path, vault.recovery_key)


@pytest.fixture
def two_cases(vault: VaultFiles) -> tuple[str, str]:
    ws = vault.open()
    try:
        doomed = ws.cases.add(_marked_case(MARKER))
        kept = ws.cases.add(_marked_case(KEPT))
        ws.cases.ignore_text(ws.cases.id_of(doomed), f"{MARKER} genegeerd")
        ws.cases.set_role_labels(ws.cases.id_of(doomed), [f"moeder {MARKER}"])
    finally:
        ws.close()
    return doomed, kept


def test_marker_is_found_before_destroy(vault: VaultFiles, two_cases) -> None:
    # the check below would be worthless if the reader could not see the marker at all
    plain = _plain(vault)
    assert all(n.encode() in plain for n in NEEDLES)


def test_destroy_leaves_no_trace_and_keeps_counts(vault: VaultFiles, two_cases) -> None:
    doomed, kept = two_cases
    ws = vault.open()
    try:
        report = ws.retention.destroy(doomed)
        assert report.compacted and report.notes == 3
        assert not ws.cases.exists(doomed)
        assert ws.cases.exists(kept)
        assert (
            ws._conn.execute(
                "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", ("xylofoonpaard",)
            ).fetchone()[0]
            == 0
        )
        assert (
            ws._conn.execute(
                "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", ("blijvendeschildpad",)
            ).fetchone()[0]
            == 1
        )
        regs = ws._conn.execute(
            "SELECT case_id, contacts, minutes FROM registrations ORDER BY id"
        ).fetchall()
        assert len(regs) == 2 and regs[0][0] is None and regs[0][1] == 3 and regs[0][2] == 90
        entry = ws.audit.entries(doomed)[0]
        assert entry.event == "case_destroyed" and MARKER not in entry.detail
        assert ws.verify() == []
    finally:
        ws.close()
    plain = _plain(vault)
    for needle in NEEDLES:
        assert needle.encode() not in plain, needle
    assert KEPT.encode() in plain  # the other case is untouched
    assert not vault.path.with_name(vault.path.name + "-journal").exists()
    assert not vault.path.with_name(vault.path.name + "-wal").exists()


def test_destroyed_case_absent_from_every_table_via_recovery_key(
    vault: VaultFiles, two_cases
) -> None:
    doomed, _ = two_cases
    with _Open(vault) as ws:
        ws.retention.destroy(doomed)
    conn = open_vault(vault.path, vault.recovery_key)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"notes_fts_data", "notes_fts_idx", "points_fts_data", "points_fts_idx"} <= tables
    text = all_text(conn)
    for needle in NEEDLES:
        assert needle not in text
    assert KEPT in text
    assert conn.execute("SELECT count(*) FROM registrations").fetchone()[0] == 2
    assert (
        conn.execute("SELECT count(*) FROM registrations WHERE case_id IS NULL").fetchone()[0] == 1
    )
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0


def test_destroyed_case_absent_via_plain_sqlcipher3(vault: VaultFiles, two_cases) -> None:
    """The brief's independent client: the sqlcipher3 library alone, keyed with the recovery key."""
    import sqlcipher3

    doomed, _ = two_cases
    with _Open(vault) as ws:
        ws.retention.destroy(doomed)
    conn = sqlcipher3.connect(str(vault.path))
    try:
        conn.execute(f"PRAGMA key = \"x'{vault.recovery_key.hex()}'\"")
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert {"notes_fts", "notes_fts_data", "notes_fts_idx", "notes_fts_docsize"} <= set(names)
        assert {"points_fts", "points_fts_data", "points_fts_idx"} <= set(names)
        seen = []
        for name in names:
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                seen.extend(
                    v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in row
                )
        text = "\n".join(seen)
        assert all(needle not in text for needle in NEEDLES)
        assert KEPT in text
        hits = conn.execute(
            "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'xylofoonpaard'"
        ).fetchone()
        assert hits == (0,)
        assert conn.execute("SELECT count(*) FROM registrations").fetchone() == (2,)
    finally:
        conn.close()


class _Open:
    def __init__(self, vault: VaultFiles) -> None:
        self.vault = vault

    def __enter__(self) -> Workspace:
        self.ws = self.vault.open()
        return self.ws

    def __exit__(self, *exc: object) -> None:
        self.ws.close()


def _sqlcipher4_cli() -> str | None:
    binary = shutil.which("sqlcipher")
    if binary is None:
        return None
    out = subprocess.run(
        [binary, ":memory:", "PRAGMA cipher_version;"], capture_output=True, text=True, check=False
    ).stdout
    return binary if out.strip().startswith("4.") else None


@pytest.mark.skipif(_sqlcipher4_cli() is None, reason="no SQLCipher 4 command-line client")
def test_destroyed_case_absent_in_sqlcipher_cli(vault: VaultFiles, two_cases) -> None:
    doomed, _ = two_cases
    with _Open(vault) as ws:
        ws.retention.destroy(doomed)
    binary = _sqlcipher4_cli()
    assert binary
    script = (
        f"PRAGMA key = \"x'{vault.recovery_key.hex()}'\";\n"
        "SELECT count(*) FROM registrations;\n"
        "SELECT text FROM notes;\n"
        "SELECT quote(block) FROM notes_fts_data;\n"
    )
    out = subprocess.run(
        [binary, str(vault.path)], input=script, capture_output=True, text=True, check=True
    ).stdout
    assert KEPT in out
    assert "Xylofoonpaard" not in out
    assert out.splitlines()[0].strip() in ("2", "ok\n2")


def test_destroy_unknown_code_changes_nothing(workspace: Workspace) -> None:
    workspace.cases.add(make_case())
    with pytest.raises(UnknownCaseError):
        workspace.retention.destroy("VP-2026-9999")
    assert workspace.cases.count() == 1


def test_destroy_rejects_unknown_reason(workspace: Workspace) -> None:
    code = workspace.cases.add(make_case())
    with pytest.raises(ValueError):
        workspace.retention.destroy(code, reason="whim")
    assert workspace.cases.exists(code)


# -- retention policy ---------------------------------------------------------------------
def test_add_months_clamps() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 15), 14) == date(2028, 1, 15)
    assert add_months(date(2026, 3, 2), 0) == date(2026, 3, 2)


def test_review_list(workspace: Workspace) -> None:
    assert workspace.retention.months() == DEFAULT_RETENTION_MONTHS == 12
    open_code = workspace.cases.add(make_case())
    old = workspace.cases.add(make_case(closed=date(2025, 1, 10)))
    recent = workspace.cases.add(make_case(closed=date(2026, 2, 1)))
    due = workspace.retention.due(date(2026, 3, 1))
    assert [d.code for d in due] == [old]
    assert due[0].due == date(2026, 1, 10)
    workspace.settings.set("retention_months", 1)
    assert [d.code for d in workspace.retention.due(date(2026, 3, 1))] == [old, recent]
    workspace.settings.set("retention_months", "nonsense")
    assert workspace.retention.months() == 12
    assert open_code not in [d.code for d in workspace.retention.due(date(2099, 1, 1))]
    workspace.retention.destroy(old, reason="retention")
    assert workspace.audit.entries(old)[0].detail.startswith("reason=retention")
    assert [d.code for d in workspace.retention.due(date(2026, 3, 1), months=1)] == [recent]


def test_destroy_drops_a_unique_organisation_name_and_consent_recipients(vault: VaultFiles) -> None:
    from vertrouwen.domain import Consent, Organisation, OrganisationKind

    ws = vault.open()
    shared = [
        ws.cases.add(
            make_case(organisation=Organisation("Wijkteam Noord", OrganisationKind.WIJKTEAM))
        )
        for _ in range(6)
    ]
    unique = make_case(organisation=Organisation("ORGMARKER Stichting", OrganisationKind.GI))
    code = ws.cases.add(unique)
    ws.consents.add(code, Consent(date(2026, 3, 6), "RECIPIENTMARKER commissie", "klacht"))
    ws.retention.destroy(shared[0])
    ws.retention.destroy(code)
    ws.close()
    text = all_text(open_vault(vault.path, vault.recovery_key))
    assert "ORGMARKER" not in text and "RECIPIENTMARKER" not in text
    assert "Wijkteam Noord" in text  # shared by enough other cases: still in the report
    ws = vault.open()
    kinds = [r[0] for r in ws._conn.execute("SELECT organisation_kind FROM registrations")]
    ws.close()
    assert kinds.count("gi") == 1 and len(kinds) == 7  # the counts remain
