"""The interchange format: strict reading, stable writing, and all-or-nothing imports."""

from __future__ import annotations

import copy
import json
from dataclasses import fields
from datetime import date
from typing import Any

import pytest

from tests.conftest import make_case
from vertrouwen.commands.cases import CodeAllocator, import_into
from vertrouwen.domain import (
    AgeBand,
    Case,
    CaseResult,
    Consent,
    ConsentScope,
    Note,
    NoteKind,
    Question,
    QuestionType,
    Signal,
    Step,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)
from vertrouwen.errors import InputError
from vertrouwen.export.interchange import (
    CASE_KEYS,
    dump_interchange,
    parse_interchange,
    to_interchange,
)
from vertrouwen.workspace import Workspace

LONG_NOTE = ("Lange notitie over het gesprek met moeder. " * 2400)[:100_000]
EMOJI = "Moeder was blij 😀👍🏽 na het gesprek; 👨‍👩‍👧 samen aan tafel."
RTL = "الأم قالت إنها لم تُسمع. האם אמרה שלא הקשיבו לה. (moeder)"


def rich_case(**overrides: Any) -> Case:
    """A case using every field of the format, extensions and awkward text included."""
    case = make_case(
        code="VP-2025-0042",
        closed=date(2026, 5, 1),
        result=CaseResult.FORMAL_COMPLAINT,
        route="voorbeeld_jeugdhulp_aanbieder",
        age_band=AgeBand.AGE_12_17,
        incident_date=date(2026, 1, 15),
        unsafe_signal=True,
        support=[Support.LISTENING, Support.COMPLAINT_DRAFTING],
    )
    # the yearly report's keys (issue 18)
    case.client = "K-0007"
    case.municipality = "Súdwest-Fryslân"
    case.questions = [Question(QuestionType.SUPPORT_COMPLAINT, Topic.DECISION), Question()]
    case.signals = [Signal(date(2026, 3, 3), Topic.SAFETY), Signal(date(2026, 3, 4))]
    case.feedback = 8
    case.notes += [
        Note("n3", date(2026, 3, 20), NoteKind.EMAIL, None, LONG_NOTE),
        Note("gesprek-4", date(2026, 3, 21), NoteKind.CHAT, 0, EMOJI),
        Note("n5", date(2026, 3, 22), NoteKind.HEARING, 120, RTL),
        Note("n6", date(2026, 3, 23), NoteKind.OTHER, 5, ""),
    ]
    case.complaint_points[0].verdict = Verdict.GEDEELTELIJK_GEGROND
    case.steps.append(
        Step("generalist", date(2026, 3, 10), None, None, extension_weeks=4, extension_agreed=True),
    )
    case.steps.append(Step("klachtencommissie", None, None, StepOutcome.REFERRED))
    case.consents.append(
        Consent(
            date(2026, 3, 6),
            "Ombudsman",
            "onderzoek",
            ConsentScope(notes="all", actions=True),
            withdrawn=date(2026, 4, 1),
            method="signed",
        )
    )
    for key, value in overrides.items():
        setattr(case, key, value)
    return case


def without_ids(case: Case) -> Case:
    """The case with its storage ids cleared (they are not part of the format)."""
    clean = copy.deepcopy(case)
    clean.id = None
    for part in (*clean.actions, *clean.complaint_points, *clean.steps, *clean.consents):
        part.id = None
    return clean


def doc(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "vertrouwen-case", "version": 1, "cases": list(cases)}


def minimal(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "opened": "2026-03-02",
        "client_role": "parent",
        "organisation": {"name": "Wijkteam Noord", "kind": "wijkteam"},
        "regime": "jeugdwet",
    }
    base.update(extra)
    return base


def raw(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def snapshot(ws: Workspace) -> tuple[int, list[Any], int]:
    return ws.cases.count(), ws.audit.entries(limit=100_000), ws.registrations.count()


# -- round trips ---------------------------------------------------------------------------
def test_parse_of_dump_is_the_same_case() -> None:
    case = rich_case()
    [back] = parse_interchange(dump_interchange([case]), "case.json")
    assert back == without_ids(case)


def test_round_trip_through_the_vault_field_by_field(workspace: Workspace) -> None:
    original = rich_case()
    data = dump_interchange([original])
    assert import_into(workspace, data, "case.json") == ["VP-2025-0042"]
    stored = workspace.cases.get("VP-2025-0042")
    expected = without_ids(original)
    got = without_ids(stored)
    for f in fields(Case):
        assert getattr(got, f.name) == getattr(expected, f.name), f.name
    assert dump_interchange([stored]) == data  # export after import: the same bytes


def test_long_emoji_and_rtl_text_stored_intact(workspace: Workspace) -> None:
    import_into(workspace, dump_interchange([rich_case()]), "case.json")
    texts = {n.id: n.text for n in workspace.cases.get("VP-2025-0042").notes}
    assert texts["n3"] == LONG_NOTE and len(texts["n3"]) == 100_000
    assert texts["gesprek-4"] == EMOJI
    assert texts["n5"] == RTL


def test_written_json_is_utf8_with_contract_key_order() -> None:
    data = dump_interchange([rich_case()])
    assert "😀".encode() in data and "\\u" not in data.decode("utf-8")
    document = json.loads(data)
    assert list(document) == ["format", "version", "cases"]
    # documents are written only with their bytes (tests/unit/test_documents_lifecycle.py)
    assert tuple(document["cases"][0]) == tuple(k for k in CASE_KEYS if k != "documents")
    assert dump_interchange([rich_case()]) == data  # stable


def test_contract_example_is_read() -> None:
    example = {
        "format": "vertrouwen-case",
        "version": 1,
        "cases": [
            {
                "opened": "2026-03-02",
                "closed": None,
                "result": None,
                "client_role": "parent",
                "organisation": {"name": "Veilig Thuis Regio", "kind": "veilig_thuis"},
                "regime": "jeugdwet",
                "topics": ["treatment", "communication"],
                "goals": ["apology"],
                "notes": [
                    {"id": "n1", "date": "2026-03-02", "kind": "conversation", "minutes": 45,
                     "text": "..."}
                ],
                "actions": [{"description": "...", "owner": "client", "due": "2026-03-10",
                             "done": False}],
                "complaint_points": [{"summary": "...", "desired_outcome": "...",
                                      "verdict": None}],
                "steps": [{"step": "signaal", "started": "2026-03-02", "ended": "2026-03-09",
                           "outcome": "not_resolved"}],
                "consents": [{"given": "2026-03-05", "recipient": "Klachtencommissie",
                              "purpose": "formele klacht",
                              "scope": {"notes": ["n1"], "complaint_points": True,
                                        "steps": True, "actions": False},
                              "withdrawn": None}],
            }
        ],
    }  # fmt: skip
    [case] = parse_interchange(raw(example), "example.json")
    assert case.code == "" and case.route is None
    written = to_interchange([case])["cases"][0]
    # Unused extension keys are left out: the output is plain version 1.
    assert written == {**example["cases"][0], "code": None, "route": None}
    assert tuple(written) == CASE_KEYS[: CASE_KEYS.index("consents") + 1]


def test_absent_keys_take_defaults_and_are_written_as_null_or_empty() -> None:
    [case] = parse_interchange(raw(doc(minimal())), "min.json")
    assert case.topics == [] and case.notes == [] and case.closed is None
    written = to_interchange([case])["cases"][0]
    assert written["closed"] is None and written["topics"] == [] and written["code"] is None
    assert not {"age_band", "incident_date", "unsafe_signal", "support"} & set(written)


def test_nulls_and_empty_strings_count_as_absent() -> None:
    extra = {"closed": None, "result": "", "route": None, "topics": None, "code": ""}
    note = {"id": None, "date": "2026-03-02", "kind": None, "minutes": None, "text": None}
    [case] = parse_interchange(raw(doc(minimal(**extra, notes=[note]))), "n.json")
    assert case.notes == [Note("n1", date(2026, 3, 2), NoteKind.CONVERSATION, None, "")]


def test_notes_without_id_get_free_ids() -> None:
    notes = [{"date": "2026-03-02"}, {"id": "n1", "date": "2026-03-03"}, {"date": "2026-03-04"}]
    [case] = parse_interchange(raw(doc(minimal(notes=notes))), "n.json")
    assert [n.id for n in case.notes] == ["n2", "n1", "n3"]


def test_byte_order_mark_is_accepted() -> None:
    assert len(parse_interchange(b"\xef\xbb\xbf" + raw(doc(minimal())), "bom.json")) == 1


def test_codes_are_assigned_after_those_in_the_file_and_the_vault(workspace: Workspace) -> None:
    workspace.cases.add(make_case(code="VP-2026-0007"))
    data = raw(doc(minimal(), minimal(code="VP-2026-0010"), minimal(opened="2024-01-05")))
    assert import_into(workspace, data, "f.json") == [
        "VP-2026-0011",
        "VP-2026-0010",
        "VP-2024-0001",
    ]
    assert CodeAllocator(workspace).code_for(make_case()) == "VP-2026-0012"
    events = [e.event for e in workspace.audit.entries(limit=10)]
    assert events[:3] == ["case_imported"] * 3


# -- bad input: a clear error naming file, case and key; nothing imported -------------------
def bad(name: str, document: Any, *expected: str) -> Any:
    return pytest.param(document, expected, id=name)


NOTE = {"id": "n1", "date": "2026-03-02", "kind": "phone", "minutes": 10, "text": "x"}
CONSENT = {"given": "2026-03-05", "recipient": "r", "purpose": "p"}
BAD_DOCUMENTS = [
    bad("truncated", b'{"format": "vertrouwen-case", "version": 1, "cases": [{"ope', "JSON"),
    bad("empty file", b"", "not valid JSON"),
    bad("not json", b"format = vertrouwen-case", "not valid JSON"),
    bad("not utf8", b'{"format": "\xff"}', "UTF-8"),
    bad("nan", b'{"format": "vertrouwen-case", "version": NaN, "cases": []}', "NaN"),
    bad("deep", b"[" * 100_000, "nested too deeply"),
    bad("a list", [minimal()], "top level", "object"),
    bad("wrong format", {**doc(), "format": "other"}, "format"),
    bad("no format", {"version": 1, "cases": []}, "format"),
    bad("version 2", {**doc(), "version": 2}, "version 2", "update"),
    bad("version text", {**doc(), "version": "1"}, "version"),
    bad("version true", {**doc(), "version": True}, "version"),
    bad("no cases", {"format": "vertrouwen-case", "version": 1}, "cases"),
    bad("unknown top key", {**doc(), "comment": "x"}, '"comment"'),
    bad("unknown case key", doc(minimal(opend="2026-01-01")), "case #1", '"opend"', "opened"),
    bad("unknown org key", doc(minimal(organisation={"naam": "x", "kind": "gi"})), "naam"),
    bad("unknown note key", doc(minimal(notes=[{**NOTE, "knd": "x"}])), "notes[0].knd"),
    bad(
        "unknown scope key",
        doc(minimal(notes=[NOTE], consents=[{**CONSENT, "scope": {"note": ["n1"]}}])),
        "consents[0].scope.note",
    ),
    bad("unknown role", doc(minimal(client_role="mother")), "client_role", '"mother"'),
    bad("unknown kind", doc(minimal(organisation={"name": "x", "kind": "school"})), "school"),
    bad("unknown regime", doc(minimal(regime="jeugd")), "regime", "jeugdwet, wmo"),
    bad("unknown topic", doc(minimal(topics=["treatment", "bejegening"])), "topics[1]"),
    bad("unknown goal", doc(minimal(goals=["sorry"])), "goals[0]"),
    bad("unknown result", doc(minimal(result="done")), "result"),
    bad("unknown note kind", doc(minimal(notes=[{**NOTE, "kind": "call"}])), "notes[0].kind"),
    bad("unknown owner", doc(minimal(actions=[{"owner": "me"}])), "actions[0].owner"),
    bad("unknown verdict", doc(minimal(complaint_points=[{"verdict": "ja"}])), "verdict"),
    bad("unknown outcome", doc(minimal(steps=[{"step": "signaal", "outcome": "ok"}])), "outcome"),
    bad("bad step id", doc(minimal(steps=[{"step": "Signaal"}])), "steps[0].step"),
    bad("no step id", doc(minimal(steps=[{"started": "2026-03-02"}])), "steps[0].step"),
    bad("unknown age band", doc(minimal(age_band="12")), "age_band"),
    bad("unknown support", doc(minimal(support=["hug"])), "support[0]"),
    bad("unknown method", doc(minimal(consents=[{**CONSENT, "method": "email"}])), "method"),
    bad("bad route id", doc(minimal(route="Jeugdwet route")), "route"),
    bad("duplicate note ids", doc(minimal(notes=[NOTE, NOTE])), "notes[1].id", "twice"),
    bad(
        "scope names unknown note",
        doc(minimal(notes=[NOTE], consents=[{**CONSENT, "scope": {"notes": ["n2"]}}])),
        "consents[0].scope.notes[0]",
        '"n2"',
    ),
    bad(
        "scope notes text",
        doc(minimal(consents=[{**CONSENT, "scope": {"notes": "some"}}])),
        "scope.notes",
    ),
    bad("february 30", doc(minimal(opened="2026-02-30")), "opened", "2026-02-30", "exist"),
    bad("month 13", doc(minimal(closed="2026-13-01")), "closed"),
    bad(
        "not leap year",
        doc(minimal(consents=[{**CONSENT, "withdrawn": "2026-02-29"}])),
        "withdrawn",
    ),
    bad("short date", doc(minimal(opened="2026-3-2")), "opened", "YYYY-MM-DD"),
    bad("basic date", doc(minimal(opened="20260302")), "opened"),
    bad("note date", doc(minimal(notes=[{**NOTE, "date": "2026-04-31"}])), "notes[0].date"),
    bad("no opened", doc({k: v for k, v in minimal().items() if k != "opened"}), "opened"),
    bad("no role", doc({k: v for k, v in minimal().items() if k != "client_role"}), "client_role"),
    bad(
        "no organisation",
        doc({k: v for k, v in minimal().items() if k != "organisation"}),
        "organisation",
    ),
    bad("no regime", doc({k: v for k, v in minimal().items() if k != "regime"}), "regime"),
    bad("no org kind", doc(minimal(organisation={"name": "x"})), "organisation.kind"),
    bad("no note date", doc(minimal(notes=[{"id": "n1"}])), "notes[0].date"),
    bad("no consent date", doc(minimal(consents=[{"recipient": "r"}])), "consents[0].given"),
    bad("organisation text", doc(minimal(organisation="Wijkteam")), "organisation"),
    bad("minutes text", doc(minimal(notes=[{**NOTE, "minutes": "45"}])), "notes[0].minutes"),
    bad("minutes fraction", doc(minimal(notes=[{**NOTE, "minutes": 4.5}])), "minutes"),
    bad("minutes negative", doc(minimal(notes=[{**NOTE, "minutes": -1}])), "minutes"),
    bad("minutes huge", doc(minimal(notes=[{**NOTE, "minutes": 10**20}])), "minutes"),
    bad("done text", doc(minimal(actions=[{"done": "yes"}])), "actions[0].done"),
    bad("topics text", doc(minimal(topics="treatment")), "topics", "list"),
    bad("notes object", doc(minimal(notes={"n1": NOTE})), "notes"),
    bad("text number", doc(minimal(notes=[{**NOTE, "text": 5}])), "notes[0].text"),
    bad("case not object", doc("VP-2026-0001"), "case #1"),
    bad("bad code", doc(minimal(code="VP 2026/1")), "code"),
    bad("same code twice", doc(minimal(code="VP-1"), minimal(code="VP-1")), "case #2", "VP-1"),
    bad(
        "lone surrogate",
        b'{"format": "vertrouwen-case", "version": 1, "cases": [{"opened":'
        b' "2026-03-02", "client_role": "parent", "organisation": {"name": "\\ud800",'
        b' "kind": "gi"}, "regime": "jeugdwet"}]}',
        "organisation.name",
    ),
    bad(
        "duplicate json key",
        b'{"format": "vertrouwen-case", "version": 1, "cases": [{"opened": "2026-03-02",'
        b' "opened": "2026-03-03", "client_role": "parent", "regime": "jeugdwet",'
        b' "organisation": {"name": "x", "kind": "gi"}}]}',
        "opened",
        "twice",
    ),
]


@pytest.mark.parametrize(("document", "expected"), BAD_DOCUMENTS)
def test_bad_input_names_file_case_and_key_and_imports_nothing(
    workspace: Workspace, document: Any, expected: tuple[str, ...]
) -> None:
    data = document if isinstance(document, bytes) else raw(document)
    # A good case first: it must not be imported when a later one fails.
    if isinstance(document, dict) and document.get("cases"):
        good = minimal(code="VP-2026-0900")
        data = raw({**document, "cases": [good, *document["cases"]]})
        shift = {"case #1": "case #2", "case #2": "case #3"}
        expected = (*(shift.get(e, e) for e in expected), "case #")
    before = snapshot(workspace)
    with pytest.raises(InputError) as info:
        import_into(workspace, data, "incoming/bestand.json")
    message = str(info.value)
    assert message.startswith("incoming/bestand.json: ")
    assert "\n" not in message and "nothing was imported" in message
    for part in expected:
        assert part in message, (part, message)
    assert snapshot(workspace) == before
    assert not workspace.cases.exists("VP-2026-0900")


def test_existing_code_gets_a_new_code(workspace: Workspace) -> None:
    # The contract: import gives back the case "its code included, unless that code already
    # exists in the vault" -- then it comes in under a new code, it is not refused.
    workspace.cases.add(make_case(code="VP-2026-0005"))
    data = raw(doc(minimal(code="VP-2026-0900"), minimal(), minimal(code="VP-2026-0005")))
    renamed: list[tuple[str, str]] = []
    codes = import_into(workspace, data, "f.json", lambda old, new: renamed.append((old, new)))
    assert codes == ["VP-2026-0900", "VP-2026-0901", "VP-2026-0902"]
    assert renamed == [("VP-2026-0005", "VP-2026-0902")]
    assert workspace.cases.get("VP-2026-0005").organisation == make_case().organisation
    assert workspace.cases.get("VP-2026-0902").organisation.name == "Wijkteam Noord"


def test_duplicate_slugs_count_once() -> None:
    [case] = parse_interchange(raw(doc(minimal(topics=["treatment", "treatment"]))), "f.json")
    assert [t.value for t in case.topics] == ["treatment"]


def test_consent_for_a_deleted_note_is_written_without_it() -> None:
    case = make_case()
    case.notes = case.notes[1:]  # n1 is gone, the consent still names it
    written = to_interchange([case])["cases"][0]
    assert written["consents"][0]["scope"]["notes"] == []
    parse_interchange(dump_interchange([case]), "f.json")
