"""What one screen changes in the vault reaches the others through one path: the worker asks
the Workspace what a job changed (`ws.take_changes()`) and emits `VaultWorker.changed` right
after the job's own callback; each area updates from it (`Area.vault_changed`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import VaultFiles, make_case
from tests.ui.conftest import TIMEOUT, Harness, unlock
from ui.features.cases.area import CasesArea
from ui.kit.privacy.loader import DetectorLoader
from vertrouwen.changes import Changes
from vertrouwen.domain import Organisation
from vertrouwen.privacy import Detector
from vertrouwen.workspace import Workspace


@pytest.fixture
def window(make_window, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VERTROUWEN_TODAY", "2026-06-01")
    monkeypatch.setattr(  # the pattern detectors only: the word lists are not needed here
        "ui.shell.window.DetectorLoader",
        lambda parent=None: DetectorLoader(loader=Detector, parent=parent),
    )
    return make_window


def add(vault: VaultFiles, *names: str) -> list[str]:
    ws = vault.open()
    try:
        return [
            ws.cases.add(make_case(organisation=Organisation(name, make_case().organisation.kind)))
            for name in names
        ]
    finally:
        ws.close()


def rename(code: str, name: str):  # type: ignore[no-untyped-def]
    def job(ws: Workspace) -> None:
        case = ws.cases.get(code)
        ws.cases.update(replace(case, organisation=replace(case.organisation, name=name)))

    return job


def dossiers(qtbot, h: Harness, code: str) -> CasesArea:  # type: ignore[no-untyped-def]
    area = h.window.shell.show_area("cases")  # type: ignore[union-attr]
    assert isinstance(area, CasesArea)
    area.open_case(code)
    qtbot.waitUntil(
        lambda: area.case_view.ctx.case is not None and area.case_view.ctx.case.code == code,
        timeout=TIMEOUT,
    )
    return area


def test_the_worker_says_what_a_job_changed_after_its_callback(qtbot, window, vault) -> None:  # type: ignore[no-untyped-def]
    [code] = add(vault, "Jeugdhulp Oost")
    h = window(vault.path, real_areas=False)
    unlock(qtbot, h, vault.passphrase)
    qtbot.waitUntil(lambda: not h.worker.is_busy, timeout=TIMEOUT)
    order: list[object] = []
    h.worker.changed.connect(order.append)
    h.worker.submit(rename(code, "Jeugdhulp West"), lambda _r: order.append("done"))
    qtbot.waitUntil(lambda: len(order) == 2, timeout=TIMEOUT)
    done, changes = order
    assert done == "done" and isinstance(changes, Changes) and changes.cases == {code}
    order.clear()
    h.run_on_worker(qtbot, lambda ws: ws.cases.codes())  # reading changes nothing
    qtbot.wait(50)
    assert order == []


def test_a_row_changed_elsewhere_is_read_again_in_the_list(qtbot, window, vault) -> None:  # type: ignore[no-untyped-def]
    code, _other = add(vault, "Jeugdhulp Oost", "Wijkteam Zuid")
    h = window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    area = h.window.shell.show_area("cases")  # type: ignore[union-attr]
    assert isinstance(area, CasesArea)

    def names() -> set[object]:
        return {
            area.model.cached_row(r).organisation_name
            for r in range(area.model.rowCount())
            if area.model.cached_row(r)
        }  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: "Jeugdhulp Oost" in names(), timeout=TIMEOUT)
    h.run_on_worker(qtbot, rename(code, "Jeugdhulp West"))  # another screen's job
    qtbot.waitUntil(lambda: "Jeugdhulp West" in names(), timeout=TIMEOUT)


def test_the_open_case_changed_elsewhere_is_read_again_when_dossiers_comes_back(
    qtbot, window, vault
) -> None:  # type: ignore[no-untyped-def]
    [code] = add(vault, "Jeugdhulp Oost")
    h = window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    area = dossiers(qtbot, h, code)
    view = area.case_view
    view.tab_widget.setCurrentIndex(2)
    h.window.shell.show_area("today")  # type: ignore[union-attr]
    h.run_on_worker(qtbot, rename(code, "Jeugdhulp West"))  # e.g. Vandaag ticked an action off
    assert view.stale and view.ctx.case.organisation.name == "Jeugdhulp Oost"
    h.window.shell.show_area("cases")  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: view.ctx.case is not None and view.ctx.case.organisation.name == "Jeugdhulp West",
        timeout=TIMEOUT,
    )
    assert not view.stale and view.tab_widget.currentIndex() == 2  # the same tab as before


def test_a_case_destroyed_elsewhere_closes_at_once(qtbot, window, vault) -> None:  # type: ignore[no-untyped-def]
    code, _kept = add(vault, "Jeugdhulp Oost", "Wijkteam Zuid")
    h = window(vault.path)
    unlock(qtbot, h, vault.passphrase)
    area = dossiers(qtbot, h, code)
    h.window.shell.show_area("settings")  # type: ignore[union-attr]
    h.run_on_worker(qtbot, lambda ws: ws.retention.destroy(code))
    assert area.case_view.case_id is None and area.case_view.ctx.case is None
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=TIMEOUT)
    assert area.total == 1
