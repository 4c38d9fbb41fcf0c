"""The vault check for Instellingen: `vertrouwen verify` as a readable result.

`check_vault(ws)` runs the same checks as the command (cipher page HMACs, page integrity,
foreign keys, schema version) and adds when the last backup was made. The settings screen shows
`summary` and `lines()`; the Dutch texts go through the UI's translate() like every other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from vertrouwen.backup.rolling import configured_folder, last_backup_at

if TYPE_CHECKING:
    from vertrouwen.workspace import Workspace


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of a vault check."""

    problems: list[str]  # technical lines, as `vertrouwen verify` prints them (English)
    cases: int
    checked_at: datetime
    last_backup: datetime | None
    backup_folder_set: bool
    advice: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        """One Dutch sentence for the top of the result."""
        if self.ok:
            return (
                "De kluis is in orde: versleuteling, pagina's, schema en koppelingen zijn "
                f"gecontroleerd ({_cases(self.cases)})."
            )
        n = len(self.problems)
        return (
            f"De kluis is beschadigd ({n} {'probleem' if n == 1 else 'problemen'} gevonden). "
            "Zet de laatste back-up terug (Instellingen > Back-ups > Terugzetten)."
        )

    def lines(self) -> list[str]:
        """The summary, the backup status and any advice, one Dutch line each."""
        out = [self.summary, self.backup_line]
        out.extend(self.advice)
        if self.problems:
            out.append("Technische details (voor uw beheerder):")
            out.extend(f"  {p}" for p in self.problems)
        return out

    @property
    def backup_line(self) -> str:
        if self.last_backup is None:
            return "Er is nog geen back-up gemaakt."
        days = (self.checked_at.astimezone().date() - self.last_backup.astimezone().date()).days
        when = self.last_backup.astimezone().strftime("%d-%m-%Y %H:%M")
        if days <= 0:
            ago = "vandaag"
        elif days == 1:
            ago = "gisteren"
        else:
            ago = f"{days} dagen geleden"
        return f"Laatste back-up: {ago} ({when})."


def _cases(n: int) -> str:
    return "1 dossier" if n == 1 else f"{n} dossiers"


def check_vault(ws: Workspace, now: datetime | None = None) -> VerifyResult:
    """Check the open vault; never changes it."""
    now = now or datetime.now(UTC)
    problems = list(ws.verify())
    try:
        cases = ws.cases.count()
    except Exception:  # a damaged vault may not even count; the problems say why
        cases = 0
    last = last_backup_at(ws) if not problems else None
    folder_set = configured_folder(ws) is not None if not problems else False
    advice: list[str] = []
    if not problems and not folder_set:
        advice.append(
            "Tip: kies een map voor automatische back-ups, bij voorkeur op een externe schijf."
        )
    elif not problems and last is not None and (now - last).days > 7:
        advice.append("Maak binnenkort een nieuwe back-up.")
    return VerifyResult(problems, cases, now, last, folder_set, advice)
