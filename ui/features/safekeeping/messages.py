"""The core's backup, restore and handover errors in the user's language.

The sentences live with all others in `ui.core.messages` (worded from the error's code); this
module asks for the safekeeping wording where a code reads differently there.
"""

from __future__ import annotations

from datetime import datetime

from ui.core.messages import describe
from ui.qt import QCoreApplication


def explain(exc: BaseException) -> str:
    """One or two clear sentences for an error from a backup, restore or handover."""
    return describe(exc, "safekeeping")


def when_text(moment: datetime | None) -> str:
    """ "vandaag 14:02", "gisteren 09:10" or "12-05-2026 16:40" (local time)."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo else moment
    days = (datetime.now().date() - local.date()).days
    clock = local.strftime("%H:%M")
    if days == 0:
        return QCoreApplication.translate("BackupPage", "vandaag {0}").format(clock)
    if days == 1:
        return QCoreApplication.translate("BackupPage", "gisteren {0}").format(clock)
    return local.strftime("%d-%m-%Y %H:%M")
