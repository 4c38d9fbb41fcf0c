"""The composition root: builds the areas after each unlock and hands every feature what it
uses of another one (features never import each other; see ui/README.md).

- Dossiers gets `CaseServices`: the case screen's "more" menu hands over or destroys the case
  (ui/features/safekeeping/), its route tab opens the route editor (ui/features/routes/).
- Instellingen gets `SettingsPages`: the routes panel and the back-up, check, retention and
  handover pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ui.core.i18n import Translator
from ui.core.lock import IdleWatcher, OsLockMonitor
from ui.core.worker import VaultWorker
from ui.features.cases.area import CasesArea
from ui.features.cases.case.base import CaseServices
from ui.features.reports.area import ReportsArea
from ui.features.routes.editor import open_route_editor
from ui.features.routes.section import RoutesSection
from ui.features.safekeeping.backups import BackupPage
from ui.features.safekeeping.care import VaultCare
from ui.features.safekeeping.case_actions import destroy_on_request, hand_over_case
from ui.features.safekeeping.handover import HandoverPage
from ui.features.safekeeping.retention import RetentionPage
from ui.features.safekeeping.verify import CheckPage
from ui.features.settings.area import SettingsArea, SettingsPages, SettingsServices
from ui.features.today.area import TodayArea
from ui.kit.area import Area
from ui.kit.dialogs import Dialogs
from ui.kit.privacy.loader import DetectorLoader
from ui.shell.areas import AreaSlot


@dataclass
class Wiring:
    """What the window holds that the areas use."""

    worker: VaultWorker
    dialogs: Dialogs
    vault_path: Path
    idle: IdleWatcher
    os_lock: OsLockMonitor
    translator: Translator
    care: VaultCare
    detectors: DetectorLoader | None
    set_language: Callable[[str], None]
    open_case: Callable[[str], None]


def case_services(w: Wiring) -> CaseServices:
    return CaseServices(
        hand_over=lambda code, parent: hand_over_case(w.worker, w.dialogs, code, parent),
        destroy=lambda code, done: destroy_on_request(w.worker, w.dialogs, code, done),
        manage_routes=lambda parent: open_route_editor(w.worker, w.dialogs, parent),
    )


def settings_pages(w: Wiring) -> SettingsPages:
    return SettingsPages(
        routes=RoutesSection(w.worker, w.dialogs),
        backups=BackupPage(w.worker, w.dialogs, w.vault_path, w.care),
        check=CheckPage(w.worker),
        retention=RetentionPage(w.worker, w.dialogs, w.open_case),
        handover=HandoverPage(w.worker, w.dialogs, w.open_case),
    )


def settings_area(w: Wiring) -> SettingsArea:
    services = SettingsServices(
        vault_path=w.vault_path,
        idle=w.idle,
        language=w.translator.language,
        set_language=w.set_language,
        pages=settings_pages(w),
        os_lock_sources=w.os_lock.sources,
    )
    return SettingsArea(w.worker, w.dialogs, services)


def build_areas(w: Wiring) -> list[Area | AreaSlot]:
    """Vandaag, Dossiers, Rapportage and Instellingen, wired to each other's features. Each is
    built on its first visit (`AreaSlot`): an unlock builds only the one it shows."""
    return [
        AreaSlot(TodayArea, lambda: TodayArea(w.worker, w.dialogs)),
        AreaSlot(
            CasesArea,
            lambda: CasesArea(w.worker, w.dialogs, case_services(w), detectors=w.detectors),
        ),
        AreaSlot(ReportsArea, lambda: ReportsArea(w.worker, w.dialogs)),
        AreaSlot(SettingsArea, lambda: settings_area(w)),
    ]
