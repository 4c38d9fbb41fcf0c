"""Own routes in the vault: saved only when valid, laid over the built-in ones, audited."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_case
from vertrouwen.domain import Regime, Step
from vertrouwen.routes import BUILTIN_ROUTES_DIR, RouteError, builtin_routes
from vertrouwen.routes.advice import advise
from vertrouwen.workspace import Workspace

OWN = """format = 1
id = "zorg_regio"
name = "Zorg Regio: klachtenregeling"
kind = "organisation"

[[steps]]
id = "klachtenfunctionaris"
name = "Klachtenfunctionaris van Zorg Regio"
handler = "de klachtenfunctionaris"
advisor = "Gaat mee naar het gesprek."
source = "Klachtenregeling Zorg Regio art. 3"

  [[steps.terms]]
  id = "beslistermijn"
  what = "Zorg Regio beslist over de klacht"
  amount = 3
  unit = "weeks"
  from = "step_start"
  ends_step = true
  source = "Klachtenregeling Zorg Regio art. 5"
"""


def test_save_list_and_use_an_own_route(workspace: Workspace) -> None:
    assert workspace.user_routes.texts() == {}
    assert workspace.user_routes.save(OWN) == "zorg_regio"
    assert workspace.user_routes.texts() == {"zorg_regio": OWN}  # the text as written
    routes = workspace.user_routes.all_routes()
    assert set(builtin_routes()) < set(routes) and "zorg_regio" in routes
    case = make_case(route="zorg_regio")
    case.steps = [Step("klachtenfunctionaris", date(2026, 3, 2))]
    (deadline,) = advise(case, date(2026, 3, 4), routes).deadlines
    assert deadline.due == date(2026, 3, 23) and deadline.source.startswith("Klachtenregeling")
    assert workspace.audit.entries()[0].event == "route_saved"
    assert workspace.audit.entries()[0].detail == "zorg_regio"


def test_invalid_text_is_refused_with_step_and_key(workspace: Workspace) -> None:
    broken = OWN.replace('  unit = "weeks"\n', '  unit = "weken"\n')
    with pytest.raises(RouteError) as caught:
        workspace.user_routes.save(broken)
    (problem,) = caught.value.problems
    assert "stap 'klachtenfunctionaris'" in problem and "'beslistermijn'" in problem
    assert "unit" in problem and "weken" in problem
    assert workspace.user_routes.texts() == {}
    not_toml = workspace.user_routes.check('id = "x"\nname = \n')
    assert len(not_toml) == 1 and "geen geldige TOML" in not_toml[0] and "line 2" in not_toml[0]


def test_ids_stay_unique_and_defaults_single(workspace: Workspace) -> None:
    workspace.user_routes.save(OWN)
    (problem,) = workspace.user_routes.check(OWN)  # a second new route with the same id
    assert "al een eigen route met id 'zorg_regio'" in problem
    assert workspace.user_routes.check(OWN, replacing="zorg_regio") == []
    first = OWN.replace('kind = "organisation"', 'kind = "statutory"\ndefault_for = ["wkkgz"]')
    workspace.user_routes.save(first, replacing="zorg_regio")
    second = first.replace('id = "zorg_regio"', 'id = "zorg_twee"')
    problems = workspace.user_routes.check(second)
    assert any("wkkgz" in p and "standaardroute" in p for p in problems)
    # Claiming a regime takes it from the built-in route
    routes = workspace.user_routes.all_routes()
    assert [r.id for r in routes.values() if Regime.WKKGZ in r.default_for] == ["zorg_regio"]


def test_rename_replaces_and_delete_removes(workspace: Workspace) -> None:
    workspace.user_routes.save(OWN)
    renamed = OWN.replace('id = "zorg_regio"', 'id = "zorg_regio_2026"')
    assert workspace.user_routes.save(renamed, replacing="zorg_regio") == "zorg_regio_2026"
    assert list(workspace.user_routes.texts()) == ["zorg_regio_2026"]
    assert workspace.user_routes.delete("zorg_regio_2026")
    assert not workspace.user_routes.delete("zorg_regio_2026")
    assert workspace.user_routes.texts() == {}
    assert workspace.audit.entries()[0].event == "route_deleted"


def test_a_builtin_copy_with_the_same_id_replaces_it(workspace: Workspace) -> None:
    own = (BUILTIN_ROUTES_DIR / "wmo_awb.toml").read_text(encoding="utf-8")
    own = own.replace('amount = 6\n  unit = "weeks"', 'amount = 5\n  unit = "weeks"')
    workspace.user_routes.save(own)
    assert workspace.user_routes.all_routes()["wmo_awb"].origin.startswith("eigen route")
    case = make_case(regime=Regime.WMO)
    case.steps = [Step("klachtenfunctionaris", date(2026, 3, 2))]
    advice = advise(case, date(2026, 3, 4), workspace.user_routes.all_routes())
    # Mon 2 Mar + 5 weeks (not 6) = Mon 6 Apr 2026, tweede Paasdag: Tue 7 Apr (Atw art. 1)
    assert date(2026, 4, 7) in [d.due for d in advice.deadlines]
    assert date(2026, 4, 13) not in [d.due for d in advice.deadlines]


def test_stored_routes_that_no_longer_load_do_not_hide_the_others(workspace: Workspace) -> None:
    workspace.user_routes.save(OWN)
    with workspace._conn:  # as if a newer program had stored a format this one cannot read
        workspace._conn.execute(
            "INSERT INTO user_routes(id, toml) VALUES ('kapot', 'format = 9\nid = \"kapot\"')"
        )
    assert set(workspace.user_routes.routes()) == {"zorg_regio"}
    assert any("kapot" in p for p in workspace.user_routes.problems())


def test_the_advice_command_uses_own_routes(workspace: Workspace, cli, vault) -> None:
    workspace.user_routes.save(OWN)
    case = make_case(route="zorg_regio")
    case.steps = [Step("klachtenfunctionaris", date(2026, 3, 2))]
    code = workspace.cases.add(case)
    workspace.close()
    result = cli("advice", code, "--json", env={"VERTROUWEN_TODAY": "2026-03-04"})
    assert result.code == 0, result.err
    assert '"date": "2026-03-23"' in result.out
    assert "Zorg Regio" in result.out
