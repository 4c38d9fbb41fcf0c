"""The JSON Schema in resources/ describes what the program writes and reads."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.unit.test_interchange import BAD_DOCUMENTS, rich_case
from vertrouwen.demo import generate
from vertrouwen.domain import (
    AgeBand,
    CaseResult,
    ClientRole,
    Goal,
    NoteKind,
    OrganisationKind,
    Owner,
    Regime,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)
from vertrouwen.errors import InputError
from vertrouwen.export.interchange import (
    CASE_KEYS,
    CONSENT_KEYS,
    CONSENT_METHODS,
    NOTE_KEYS,
    STEP_KEYS,
    dump_interchange,
    parse_interchange,
)

SCHEMA_PATH = (
    Path(__file__).resolve().parents[2] / "resources" / "schema" / "vertrouwen-case.schema.json"
)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(loaded)
    return loaded


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def enum_of(node: dict[str, Any]) -> set[Any]:
    return set(node["enum"]) - {None}


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (("case", "client_role"), ClientRole),
        (("case", "regime"), Regime),
        (("case", "result"), CaseResult),
        (("case", "age_band"), AgeBand),
        (("note", "kind"), NoteKind),
        (("action", "owner"), Owner),
        (("complaint_point", "verdict"), Verdict),
        (("step", "outcome"), StepOutcome),
    ],
)
def test_enums_equal_the_domain(
    schema: dict[str, Any], path: tuple[str, str], kind: type[StrEnum]
) -> None:
    definition, key = path
    assert enum_of(schema["$defs"][definition]["properties"][key]) == {m.value for m in kind}


def test_list_enums_and_extensions_equal_the_domain(schema: dict[str, Any]) -> None:
    case = schema["$defs"]["case"]["properties"]
    assert enum_of(case["organisation"]["properties"]["kind"]) == set(OrganisationKind)
    for key, kind in (("topics", Topic), ("goals", Goal), ("support", Support)):
        assert enum_of(case[key]["items"]) == {m.value for m in kind}, key
    method = schema["$defs"]["consent"]["properties"]["method"]
    assert enum_of(method) == set(CONSENT_METHODS)


def test_consent_methods_are_those_of_the_vault() -> None:
    from vertrouwen.vault.consents import METHODS

    assert set(CONSENT_METHODS) == set(METHODS)


def test_schema_names_exactly_the_keys_the_program_knows(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    assert tuple(defs["case"]["properties"]) == CASE_KEYS
    assert tuple(defs["note"]["properties"]) == NOTE_KEYS
    assert tuple(defs["step"]["properties"]) == STEP_KEYS
    assert set(defs["consent"]["properties"]) == set(CONSENT_KEYS)
    assert defs["case"]["required"] == ["opened", "client_role", "organisation", "regime"]

    def closed_everywhere(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" or "properties" in node:
                assert node.get("additionalProperties") is False, node.get("properties")
            for value in node.values():
                closed_everywhere(value)
        elif isinstance(node, list):
            for value in node:
                closed_everywhere(value)

    closed_everywhere(schema)


def test_exported_json_validates(validator: Draft202012Validator) -> None:
    cases = [rich_case(), *generate(40, 5, date(2026, 6, 15))]
    document = json.loads(dump_interchange(cases))
    errors = [e.message for e in validator.iter_errors(document)]
    assert errors == []


def test_bad_documents_fail_the_schema_too(validator: Draft202012Validator) -> None:
    """Every bad document the schema can judge (not cross-references) fails both ways.

    Dates that do not exist fail the schema only with format assertion on (as here).
    """
    beyond_schema = {
        "duplicate note ids",
        "scope names unknown note",
        "same code twice",
        "lone surrogate",
        "duplicate json key",
        "nan",
    }
    for param in BAD_DOCUMENTS:
        name = param.id
        document = param.values[0]
        with pytest.raises(InputError):
            data = document if isinstance(document, bytes) else json.dumps(document).encode()
            parse_interchange(data, "f.json")
        if isinstance(document, bytes) or name in beyond_schema:
            continue
        assert not validator.is_valid(document), name
