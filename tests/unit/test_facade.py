"""The facade is a door: the connection and the key stay inside `Workspace`; what others need
(one transaction over several repositories, an audit entry that commits with its file, the
vault's id, a backup's key and copy) are methods of it."""

from __future__ import annotations

import pytest

from tests.conftest import make_case
from vertrouwen.errors import VaultError
from vertrouwen.workspace import Workspace


def test_record_commits_the_entries_with_their_write_or_not_at_all(workspace: Workspace) -> None:
    written: list[str] = []
    workspace.record("case_handed_over", "VP-1", "VP-2", detail="x.pkg", together=lambda: None)
    assert [(e.event, e.case_code, e.detail) for e in workspace.audit.entries(limit=2)] == [
        ("case_handed_over", "VP-2", "x.pkg"),
        ("case_handed_over", "VP-1", "x.pkg"),
    ]
    before = len(workspace.audit.entries())

    def fail() -> None:
        written.append("tried")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        workspace.record("report_exported", detail="telling", together=fail)
    assert written == ["tried"]
    assert len(workspace.audit.entries()) == before  # the entry went with the failed write
    workspace.record("report_exported", detail="telling")
    entry = workspace.audit.entries(limit=1)[0]
    assert (entry.event, entry.case_code) == ("report_exported", None)


def test_write_is_one_transaction_over_repositories(workspace: Workspace) -> None:
    def work() -> None:
        workspace.cases.insert_in_transaction(make_case())
        workspace.settings.put("report_threshold", 7)
        raise ValueError("stop")

    with pytest.raises(ValueError, match="stop"):
        workspace.write(work)
    assert workspace.cases.count() == 0
    assert workspace.settings.get("report_threshold") is None
    code = workspace.write(lambda: workspace.cases.insert_in_transaction(make_case()), bulk=True)
    assert workspace.cases.codes() == [code]


def test_backup_key_and_copy_only_while_unlocked(workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert len(workspace.data_key()) == 32
    assert len(workspace.vault_id) >= 32
    workspace.copy_to(tmp_path / "copy.db")
    assert (tmp_path / "copy.db").stat().st_size > 0
    assert workspace.last_event_at("backup_created") is None
    workspace.close()
    with pytest.raises(VaultError, match="locked"):
        workspace.data_key()
    assert not hasattr(workspace, "conn")
