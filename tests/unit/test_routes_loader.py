"""Route TOML: every shipped route loads and validates; bad TOML gives clear, located errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from vertrouwen.domain.enums import Regime, StepId
from vertrouwen.errors import InputError
from vertrouwen.routes import (
    BUILTIN_ROUTES_DIR,
    RouteError,
    builtin_routes,
    default_route,
    load_routes,
    merge_routes,
    parse_route,
    validate_route_text,
)
from vertrouwen.routes.model import Anchor, Party, Phase, RouteKind, Term, Unit

ROUTE_FILES = sorted(BUILTIN_ROUTES_DIR.glob("*.toml"))

GOOD = """
format = 1
id = "eigen_route"
name = "Eigen route"
kind = "organisation"

[[steps]]
id = "signaal"
name = "Gesprek"
handler = "de medewerker"
advisor = "Bereidt voor"
source = "Klachtenregeling"

  [[steps.terms]]
  id = "reactie"
  what = "Reactie"
  amount = 2
  unit = "weeks"
  from = "step_start"
  source = "Klachtenregeling art. 3"
"""


def test_the_expected_routes_ship() -> None:
    assert set(builtin_routes()) == {
        "algemeen",
        "bewindvoering",
        "jeugdwet",
        "kinderombudsman",
        "nationale_ombudsman",
        "skj_tuchtrecht",
        "voorbeeld_bewindvoerder",
        "voorbeeld_jeugdhulp_aanbieder",
        "voorbeeld_veilig_thuis",
        "wkkgz",
        "wmo_awb",
    }


@pytest.mark.parametrize("path", ROUTE_FILES, ids=lambda p: p.name)
def test_every_shipped_route_validates_on_its_own(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert validate_route_text(text, path.name) == []
    route = parse_route(text, path.name)
    assert route.id == path.stem, "a route's id is its file name, so users can find it"
    assert route.name and route.steps
    for step in route.steps:
        assert step.name and step.handler and step.advisor and step.source
        for term in step.terms:
            assert term.source.strip(), f"{route.id}/{step.id}/{term.id} has no source"
            assert term.amount >= 1


def test_every_regime_has_exactly_one_default_route() -> None:
    routes = builtin_routes()
    for regime in Regime:
        owners = [r.id for r in routes.values() if regime in r.default_for]
        assert len(owners) == 1, (regime, owners)
    assert default_route(Regime.JEUGDWET).id == "jeugdwet"  # type: ignore[union-attr]
    assert default_route(Regime.WMO).id == "wmo_awb"  # type: ignore[union-attr]
    assert default_route(Regime.WKKGZ).id == "wkkgz"  # type: ignore[union-attr]
    assert default_route(Regime.BEWIND).id == "bewindvoering"  # type: ignore[union-attr]
    assert default_route(Regime.OTHER).id == "algemeen"  # type: ignore[union-attr]


def test_organisation_examples_are_never_defaults_and_have_their_step_counts() -> None:
    routes = builtin_routes()
    examples = {r.id: r for r in routes.values() if r.kind is RouteKind.ORGANISATION}
    assert set(examples) == {
        "voorbeeld_veilig_thuis",
        "voorbeeld_jeugdhulp_aanbieder",
        "voorbeeld_bewindvoerder",
    }
    assert all(not r.default_for for r in examples.values())
    # the organisation's own steps; the ombudsman after them lies outside its regulation
    vt = [s.id for s in examples["voorbeeld_veilig_thuis"].steps if s.id != "ombudsman"]
    assert vt == ["signaal", "bemiddeling", "klachtencommissie"]
    small = [
        s.id for s in examples["voorbeeld_jeugdhulp_aanbieder"].steps if s.id != "kinderombudsman"
    ]
    assert small == ["signaal", "vertrouwenspersoon", "generalist", "klachtencommissie"]
    bewind = [s.id for s in examples["voorbeeld_bewindvoerder"].steps]
    assert bewind == ["signaal", "klachtenfunctionaris", "kantonrechter"]


def test_statutory_step_ids_are_contract_ids() -> None:
    # beside the contract's ids: the SKJ appeal and the GI's written instruction (BW 1:264)
    contract = {s.value for s in StepId} | {"tuchtrecht_beroep", "aanwijzing"}
    for route in builtin_routes().values():
        if route.kind is RouteKind.STATUTORY:
            assert {s.id for s in route.steps} <= contract, route.id


def _term(route: str, step: str, term: str) -> Term:
    found = builtin_routes()[route].step(step)
    assert found is not None
    return next(t for t in found.terms if t.id == term)


def test_domain_facts_are_encoded_with_their_sources() -> None:
    t = _term("wmo_awb", "klachtenfunctionaris", "beslistermijn")
    assert (t.amount, t.unit, t.anchor, t.source) == (
        6,
        Unit.WEEKS,
        Anchor.STEP_START,
        "Awb art. 9:11 lid 1",
    )
    assert t.extension is not None and (t.extension.amount, t.extension.max_times) == (4, 1)
    assert t.verified and t.statutory and t.ends_step and t.party is Party.ORGANISATION
    t = _term("wmo_awb", "klachtencommissie", "beslistermijn")
    assert (t.amount, t.unit) == (10, Unit.WEEKS)
    t = _term("wmo_awb", "klachtenfunctionaris", "klacht_binnen_jaar")
    assert (t.amount, t.unit, t.anchor, t.phase) == (1, Unit.YEARS, Anchor.CONDUCT, Phase.FILING)
    t = _term("wmo_awb", "klachtenfunctionaris", "bericht_niet_behandelen")
    assert (t.amount, t.unit, t.source) == (4, Unit.WEEKS, "Awb art. 9:8 lid 3")
    t = _term("wmo_awb", "ombudsman", "verzoek_ombudsman")
    assert (t.amount, t.unit, t.anchor, t.source) == (
        1,
        Unit.YEARS,
        Anchor.STEP_END,
        "Awb art. 9:24",
    )
    t = _term("wkkgz", "klachtenfunctionaris", "oordeel_aanbieder")
    assert (t.amount, t.unit) == (6, Unit.WEEKS) and t.extension is not None
    assert (t.extension.amount, t.extension.unit, t.extension.max_times) == (4, Unit.WEEKS, 1)
    t = _term("wkkgz", "geschilleninstantie", "geschil_binnen_jaar")
    assert (t.amount, t.unit, t.anchor, t.of, t.earliest) == (
        1,
        Unit.YEARS,
        Anchor.STEP_START,
        ("signaal", "klachtenfunctionaris"),
        True,
    )
    t = _term("skj_tuchtrecht", "tuchtrecht", "tuchtklacht_termijn")
    assert (t.amount, t.unit, t.anchor) == (3, Unit.YEARS, Anchor.CONDUCT)
    t = _term("skj_tuchtrecht", "tuchtrecht_beroep", "beroep_termijn")
    assert (t.amount, t.unit) == (6, Unit.WEEKS) and not t.statutory
    t = _term("kinderombudsman", "kinderombudsman", "kinderombudsman_jaar")
    assert (t.amount, t.unit, t.anchor) == (1, Unit.YEARS, Anchor.CONDUCT)


def test_facts_marked_check_in_the_domain_are_unverified() -> None:
    t = _term("jeugdwet", "klachtencommissie", "reactie_op_oordeel")
    assert (t.amount, t.unit, t.anchor, t.source) == (
        1,
        Unit.MONTHS,
        Anchor.VERDICT,
        "Jeugdwet art. 4.2.2",
    )
    assert not t.verified
    assert not _term(
        "voorbeeld_jeugdhulp_aanbieder", "klachtencommissie", "reactie_op_oordeel"
    ).verified


def test_jeugdwet_informal_steps_are_optional() -> None:
    route = builtin_routes()["jeugdwet"]
    optional = {s.id: s.optional for s in route.steps}
    assert optional["signaal"] and optional["leidinggevende"] and optional["bemiddeling"]
    assert not optional["klachtencommissie"]


# -- bad input --------------------------------------------------------------------------------


def _problems(text: str) -> list[str]:
    return validate_route_text(text, "mijn_route.toml")


def test_a_good_route_has_no_problems() -> None:
    assert _problems(GOOD) == []


def test_toml_syntax_errors_name_the_file_and_line() -> None:
    (problem,) = _problems('id = "x"\nname = "kapot\n')
    assert problem.startswith("mijn_route.toml: geen geldige TOML")
    assert "line 2" in problem


def test_unknown_key_names_file_step_term_and_key_with_a_suggestion() -> None:
    (problem,) = _problems(GOOD.replace("amount = 2", "ammount = 2\n  amount = 2"))
    assert problem.startswith("mijn_route.toml: stap 'signaal', termijn 'reactie': ")
    assert "onbekende sleutel 'ammount'" in problem
    assert "(bedoelt u 'amount'?)" in problem


def test_unknown_unit_lists_the_allowed_units() -> None:
    (problem,) = _problems(GOOD.replace('unit = "weeks"', 'unit = "weken"'))
    assert "stap 'signaal', termijn 'reactie'" in problem
    assert "onbekende eenheid 'weken' bij 'unit'" in problem
    assert "days, working_days, weeks, months, years" in problem


def test_missing_source_is_refused_with_an_example() -> None:
    (problem,) = _problems(GOOD.replace('  source = "Klachtenregeling art. 3"\n', ""))
    assert "stap 'signaal', termijn 'reactie': bron ontbreekt (sleutel 'source')" in problem
    assert "Awb art. 9:11 lid 1" in problem
    (problem,) = _problems(GOOD.replace('source = "Klachtenregeling art. 3"', 'source = "  "'))
    assert "bron ontbreekt" in problem


def test_unknown_key_at_route_and_step_level() -> None:
    problems = _problems(GOOD.replace('kind = "organisation"', 'soort = "organisation"'))
    assert problems == [
        "mijn_route.toml: onbekende sleutel 'soort'; toegestaan: default_for, description, "
        "format, id, kind, name, steps"
    ]
    problems = _problems(GOOD.replace('handler = "de medewerker"', 'handler = "x"\nhandlr = "x"'))
    assert len(problems) == 1 and "stap 'signaal': onbekende sleutel 'handlr'" in problems[0]


def test_wrong_types_and_values_are_named() -> None:
    problems = _problems(
        GOOD.replace("amount = 2", 'amount = "twee"').replace(
            'from = "step_start"', 'from = "indiening"'
        )
    )
    assert any("'amount' moet een geheel getal zijn, niet 'twee'" in p for p in problems)
    assert any("onbekend beginpunt 'indiening' bij 'from'" in p for p in problems)
    problems = _problems(GOOD.replace("amount = 2", "amount = 0"))
    assert any("'amount' moet minstens 1 zijn" in p for p in problems)
    problems = _problems(GOOD.replace("amount = 2", "amount = true"))
    assert any("'amount' moet een geheel getal zijn" in p for p in problems)


def test_all_problems_are_reported_at_once() -> None:
    bad = GOOD.replace('unit = "weeks"', 'unit = "weken"').replace(
        '  source = "Klachtenregeling art. 3"\n', ""
    )
    assert len(_problems(bad)) == 2


def test_bad_ids_references_and_regimes() -> None:
    assert any(
        "geen geldige id" in p for p in _problems(GOOD.replace('"eigen_route"', '"Eigen Route"'))
    )
    twice = GOOD + GOOD[GOOD.index("[[steps]]") :]
    assert any("stap-id 'signaal' komt meer dan één keer voor" in p for p in _problems(twice))
    requires = GOOD.replace(
        'source = "Klachtenregeling"\n', 'source = "K"\nrequires = ["nergens"]\n'
    )
    assert any("'requires' noemt onbekende stap 'nergens'" in p for p in _problems(requires))
    of = GOOD.replace('from = "step_start"', 'from = "step_end"\n  of = ["nergens"]')
    assert any("'of' noemt onbekende stap 'nergens'" in p for p in _problems(of))
    regime = GOOD.replace('kind = "organisation"', 'default_for = ["jeugdzorg"]')
    assert any("onbekend regime 'jeugdzorg' bij 'default_for'" in p for p in _problems(regime))
    example_default = GOOD.replace(
        'kind = "organisation"', 'kind = "organisation"\ndefault_for = ["wmo"]'
    )
    assert any("geen standaardroute" in p for p in _problems(example_default))


def test_extension_only_on_a_running_term_and_missing_steps() -> None:
    extension = 'extension = { amount = 4, unit = "weeks", max_times = 1, source = "x" }'
    ext = GOOD.replace('from = "step_start"', f'from = "conduct"\n  {extension}')
    assert any("verlenging (extension) kan alleen" in p for p in _problems(ext))
    no_steps = 'id = "leeg"\nname = "Leeg"\n'
    assert _problems(no_steps) == [
        "mijn_route.toml: sleutel 'steps' ontbreekt: een route heeft minstens één [[steps]]"
    ]
    newer = GOOD.replace("format = 1", "format = 2")
    assert any("nieuwer dan dit programma" in p for p in _problems(newer))


def test_parse_route_raises_an_input_error_listing_every_problem() -> None:
    with pytest.raises(RouteError) as info:
        parse_route(GOOD.replace('unit = "weeks"', 'unit = "weken"'), "vault:eigen")
    assert isinstance(info.value, InputError) and info.value.exit_code == 6
    assert info.value.problems[0].startswith("vault:eigen: stap 'signaal'")
    assert "weken" in str(info.value)


def test_load_routes_reports_each_bad_file_and_conflicts(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD.replace('kind = "organisation"', 'default_for = ["wmo"]'))
    (tmp_path / "b.toml").write_text(
        GOOD.replace('"eigen_route"', '"andere"').replace(
            'kind = "organisation"', 'default_for = ["wmo"]'
        )
    )
    (tmp_path / "c.toml").write_text(GOOD.replace('unit = "weeks"', 'unit = "jaren"'))
    (tmp_path / "notes.txt").write_text("not a route")
    with pytest.raises(RouteError) as info:
        load_routes(tmp_path)
    problems = info.value.problems
    assert any(p.startswith("c.toml: ") and "'jaren'" in p for p in problems)
    assert any(
        "regime 'wmo' is de standaardroute van meer dan één route: a.toml, b.toml" in p
        for p in problems
    )
    (tmp_path / "c.toml").unlink()
    (tmp_path / "b.toml").write_text(GOOD)
    with pytest.raises(RouteError, match=r"route-id 'eigen_route' staat ook in a\.toml"):
        load_routes(tmp_path)
    with pytest.raises(RouteError, match="bestaat niet"):
        load_routes(tmp_path / "nope")


def test_user_routes_override_builtin_ones() -> None:
    mine = parse_route(
        GOOD.replace('kind = "organisation"', 'kind = "statutory"\ndefault_for = ["jeugdwet"]'),
        "vault:eigen",
    )
    merged = merge_routes(builtin_routes(), {mine.id: mine})
    assert default_route(Regime.JEUGDWET, merged) is mine
    assert merged["jeugdwet"].default_for == ()  # still there, no longer the default
    assert default_route(Regime.WMO, merged) is merged["wmo_awb"]


def test_kinds_earliest_late_and_expired_are_read_and_checked() -> None:
    more = GOOD.replace(
        'source = "Klachtenregeling"\n',
        'source = "Klachtenregeling"\nkinds = ["gi", "veilig_thuis"]\n',
        1,
    ).replace(
        'source = "Klachtenregeling art. 3"',
        'source = "Klachtenregeling art. 3"\n  late = "Dan mag de cliënt verder."\n'
        '  expired = "Goed nieuws."',
    )
    route = parse_route(more)
    step = route.steps[0]
    assert [k.value for k in step.kinds] == ["gi", "veilig_thuis"]
    assert (step.terms[0].late, step.terms[0].expired) == (
        "Dan mag de cliënt verder.",
        "Goed nieuws.",
    )
    bad = GOOD.replace(
        'source = "Klachtenregeling"\n', 'source = "Klachtenregeling"\nkinds = ["ziekenhuis"]\n', 1
    )
    assert any("onbekende organisatiesoort 'ziekenhuis'" in p for p in _problems(bad))
    lonely = GOOD.replace('from = "step_start"', 'from = "step_start"\n  earliest = true')
    assert any("'earliest' past alleen" in p for p in _problems(lonely))
