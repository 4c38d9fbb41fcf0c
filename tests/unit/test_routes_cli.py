"""`vertrouwen advice CODE [--json]` against a real vault, with the clock fixed by env."""

from __future__ import annotations

import json
from datetime import date

from tests.conftest import Cli, VaultFiles, make_case
from vertrouwen.domain import Step, StepOutcome


def _add_case(vault: VaultFiles) -> str:
    case = make_case(incident_date=date(2026, 2, 10))
    case.steps.append(
        Step("bemiddeling", date(2026, 3, 10), date(2026, 3, 20), StepOutcome.NOT_RESOLVED)
    )
    ws = vault.open()
    try:
        return ws.cases.add(case)
    finally:
        ws.close()


def test_advice_json_has_the_contract_shape(cli: Cli, vault: VaultFiles) -> None:
    code = _add_case(vault)
    result = cli("advice", code, "--json", env={"VERTROUWEN_TODAY": "2026-03-25"})
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert set(data) == {"next", "deadlines", "warnings"}
    assert data["next"][0]["step"] == "klachtencommissie"
    assert all(set(n) == {"step", "reason", "source"} for n in data["next"])
    assert all(set(d) == {"what", "date", "source"} for d in data["deadlines"])
    # conduct 10 Feb 2026 + 1 year (Kinderombudsman), first in date order
    assert data["deadlines"][0]["date"] == "2027-02-10"
    # make_case's action was due Mon 16 Mar 2026 and is not done
    assert any("Afspraak over tijd sinds 16 maart 2026" in w for w in data["warnings"])


def test_advice_text_output(cli: Cli, vault: VaultFiles) -> None:
    code = _add_case(vault)
    result = cli("advice", code, env={"VERTROUWEN_TODAY": "2026-03-25"})
    assert result.code == 0, result.err
    assert f"Advies voor {code} op 25 maart 2026, route jeugdwet" in result.out
    assert "Volgende stappen:" in result.out and "[klachtencommissie]" in result.out


def test_advice_errors(cli: Cli, vault: VaultFiles) -> None:
    result = cli("advice", "VP-2026-9999", "--json", env={"VERTROUWEN_TODAY": "2026-03-25"})
    assert result.code == 2 and result.out == ""  # an unknown code is a usage error
    assert "VP-2026-9999" in result.err and "Traceback" not in result.err
    code = _add_case(vault)
    result = cli("advice", code, "--json", env={"VERTROUWEN_TODAY": "morgen"})
    assert result.code == 2 and "VERTROUWEN_TODAY" in result.err


def test_advice_counts_the_bridge_days_entered_in_the_vault(cli: Cli, vault: VaultFiles) -> None:
    # Awb 9:11 lid 1: filed Thu 8 Jan 2026 + 6 weeks = Thu 19 Feb 2026. With 19 Feb entered as
    # a bridge day (Atw art. 3 lid 3) the term ends Fri 20 Feb (Atw art. 1).
    from vertrouwen.domain import Organisation, OrganisationKind, Regime
    from vertrouwen.routes import bridge_days

    case = make_case(
        regime=Regime.WMO,
        organisation=Organisation("Gemeente Voorbeeld", OrganisationKind.GEMEENTE),
        steps=[Step("klachtenfunctionaris", date(2026, 1, 8))],
    )
    ws = vault.open()
    try:
        code = ws.cases.add(case)
    finally:
        ws.close()

    def decision() -> dict[str, str]:
        result = cli("advice", code, "--json", env={"VERTROUWEN_TODAY": "2026-01-20"})
        assert result.code == 0, result.err
        deadlines = json.loads(result.out)["deadlines"]
        (found,) = [d for d in deadlines if "handelt de klacht af" in d["what"]]
        return dict(found)

    assert decision()["date"] == "2026-02-19"
    ws = vault.open()
    try:
        ws.settings.set(bridge_days.SETTING, bridge_days.stored([date(2026, 2, 19)]))
    finally:
        ws.close()
    moved = decision()
    assert moved["date"] == "2026-02-20"
    assert moved["source"].endswith("verschoven van do 19-02 naar vr 20-02, Atw art. 1")


def test_bridge_day_settings_are_read_leniently() -> None:
    from vertrouwen.routes import bridge_days

    assert bridge_days.parse(["2026-05-15", "nonsense", 3, "2026-05-15"]) == [date(2026, 5, 15)]
    assert bridge_days.parse("2026-05-15") == []
    assert bridge_days.stored([date(2026, 5, 15), date(2025, 5, 30)]) == [
        "2025-05-30",
        "2026-05-15",
    ]
