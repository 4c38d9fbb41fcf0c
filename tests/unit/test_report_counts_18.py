"""The yearly report's new units (clients, questions, signals, activities, municipality,
the client's mark) counted by hand, and the report's words keeping its own rule on small
numbers: no percentage of fewer than ten (issue 18: "383% meer dan in 2025 (6)", "1 daarvan
(50%) werden")."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from vertrouwen.domain import Activity, ActivityKind, OrganisationKind, Signal, Topic
from vertrouwen.domain.registration import Registration
from vertrouwen.reports import Period, compute_stats
from vertrouwen.reports.explain import change, summary
from vertrouwen.reports.output import to_csv, to_json_dict
from vertrouwen.reports.pdf import render_year_report
from vertrouwen.reports.rows import rows_for, share_text, total_for


def reg(opened: str, closed: str | None = None, **kw: object) -> Registration:
    fields: dict[str, object] = {
        "opened": date.fromisoformat(opened),
        "closed": date.fromisoformat(closed) if closed else None,
        "client_role": "parent",
        "organisation_kind": "ambulant",
        "organisation_name": "Jeugdhulp",
        "regime": "jeugdwet",
        "uid": f"{abs(hash((opened, closed, tuple(kw.items())))):032x}"[:32],
    }
    fields.update(kw)
    return Registration(**fields)  # type: ignore[arg-type]


def test_new_units_counted_by_hand() -> None:
    rows = [
        # one client with two cases in 2026; one case with a mark, closed in 2026
        reg("2026-01-10", client="aa" * 16, municipality="Utrecht",
            questions=(("information_advice", "access"), ("mediation", None))),
        reg("2026-03-01", "2026-05-01", client="aa" * 16, municipality="utrecht", feedback=8,
            result="resolved", questions=(("formal_complaint", "decision"),),
            signals=((date(2026, 4, 1), "safety"), (date(2025, 12, 1), "safety"))),
        reg("2026-06-01", "2026-07-01", feedback=6, result="withdrawn", municipality=" Zeist "),
        reg("2025-02-01", "2025-03-01", client="bb" * 16),  # only in 2025
    ]  # fmt: skip
    signals = [
        Signal(date(2026, 2, 2), Topic.ACCESS, OrganisationKind.WIJKTEAM, "Zeist", "s1"),
        Signal(date(2024, 2, 2), Topic.ACCESS, None, "", "s2"),
    ]
    activities = [
        Activity(date(2026, 9, 1), ActivityKind.INFORMATION_SESSION, 90, 20, "Utrecht", "a1"),
        Activity(date(2026, 10, 1), ActivityKind.INFORMATION_SESSION, 60, None, "", "a2"),
        Activity(date(2026, 11, 1), ActivityKind.TRAINING, 120, 8, "", "a3"),
        Activity(date(2025, 11, 1), ActivityKind.TRAINING, 30, 8, "", "a4"),
    ]
    stats = compute_stats(rows, Period.year(2026), signals=signals, activities=activities)
    assert stats.cases == 3 and stats.clients == 2
    assert stats.questions == {"information_advice": 1, "mediation": 1, "formal_complaint": 1}
    assert stats.by_question_topic == {"decision": 1, "access": 1}
    assert stats.signals == 2  # one in a case in 2026, one outside; not the one of 2025
    assert stats.by_signal_topic == {"access": 1, "safety": 1}
    assert stats.activities == {"information_session": 2, "training": 1}
    assert stats.activity_minutes == {"information_session": 150, "training": 120}
    assert stats.activity_participants == 28
    assert stats.by_municipality == {"Utrecht": 2, "Zeist": 1}
    assert stats.by_feedback == {"6": 1, "8": 1} and stats.feedback_average == 7.0
    assert stats.previous is not None
    assert stats.previous.signals == 1 and stats.previous.activities == {"training": 1}
    # a filter on regime leaves out what has no regime
    only = compute_stats(rows, Period.year(2026), regime="jeugdwet", activities=activities)
    assert only.activities == {} and only.cases == 3
    data = to_json_dict(stats, 2026)
    for key in ("clients", "questions", "signals", "activities", "by_municipality"):
        assert key in data and key in data["previous_year"]
    assert "total,clients,2,1," in to_csv(stats)
    assert "by_municipality,Utrecht,2,0,Utrecht" in to_csv(stats)


def test_no_percentage_of_fewer_than_ten() -> None:
    assert change(29, 6) == "+23"
    assert change(29, 10) == "+19 (+190%)"
    assert share_text(1, 2) == "" and share_text(5, 10) == "50%"


def _small_year() -> list[Registration]:
    """6 cases in 2025; 29 in 2026, of which two reached a committee: 1 of 2 points upheld."""
    rows = [reg(f"2025-0{m}-01", f"2025-0{m}-20", result="resolved") for m in range(1, 7)]
    rows += [reg(f"2026-01-{d:02d}", organisation_kind="gi") for d in range(1, 28)]
    rows += [
        reg("2026-03-01", "2026-04-01", result="formal_complaint", verdicts=("gegrond",)),
        reg("2026-03-02", "2026-04-01", result="resolved", verdicts=("ongegrond",)),
    ]
    return rows


def test_summary_words_follow_the_small_numbers_rule() -> None:
    stats = compute_stats(_small_year(), Period.year(2026))
    text = " ".join(summary(stats, 2026))
    assert "Dat zijn 23 zaken meer dan in 2025 (6)." in text
    assert "383%" not in text
    assert "1 daarvan werd geheel of gedeeltelijk gegrond verklaard" in text
    assert "(50%)" not in text
    # the table shares follow the same rule: 2 closed cases, no percentages
    assert all(r.share == "" for r in rows_for(stats, "by_result", zeros=False))
    assert total_for(stats, "by_result") == ("sum", 2, 6)


def test_pdf_reads_as_the_municipality_would(tmp_path: Path) -> None:
    stats = compute_stats(
        _small_year(),
        Period.year(2026),
        activities=[Activity(date(2026, 5, 5), ActivityKind.GROUP_VISIT, 90, 12, "", "a1")],
    )
    out = tmp_path / "r.pdf"
    out.write_bytes(render_year_report(stats, 2026, date(2027, 1, 10)))
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Dat zijn 23 zaken meer dan in 2025 (6)." in flat
    assert "383%" not in flat and "(50%)" not in flat
    assert "1 daarvan werd geheel of gedeeltelijk gegrond verklaard" in flat
    assert "Activiteiten buiten zaken" in flat and "Groepsbezoek 1,5 uur" in flat
    assert "Met welke vragen kwamen cliënten?" in flat


# -- the interchange format carries them, compatibly ------------------------------------------
def _doc(case_extra: dict[str, object], **top: object) -> bytes:
    import json

    case = {
        "opened": "2026-03-02",
        "client_role": "parent",
        "organisation": {"name": "Jeugdhulp", "kind": "ambulant"},
        "regime": "jeugdwet",
        **case_extra,
    }
    return json.dumps({"format": "vertrouwen-case", "version": 1, "cases": [case], **top}).encode()


def test_outside_records_import_once(workspace: object) -> None:
    from vertrouwen.commands.cases import import_into
    from vertrouwen.workspace import Workspace

    assert isinstance(workspace, Workspace)
    outside = {
        "signals": [{"id": "0123456789abcdef", "date": "2026-02-02", "topic": "access"}],
        "activities": [
            {"id": "fedcba9876543210", "date": "2026-03-03", "kind": "training", "minutes": 90},
            {"date": "2026-04-04", "kind": "group_visit", "participants": 9},
        ],
    }
    data = _doc({"municipality": "Zeist", "questions": [{"type": "mediation"}]}, **outside)
    import_into(workspace, data, "a.json")
    import_into(workspace, data, "a.json")  # the records with an id stay one record
    assert len(workspace.outside.signals()) == 1
    assert [a.kind.value for a in workspace.outside.activities()] == [
        "training",
        "group_visit",
        "group_visit",
    ]
    stats = compute_stats(
        workspace.registrations.all(),
        Period.year(2026),
        signals=workspace.outside.signals(),
        activities=workspace.outside.activities(),
    )
    assert stats.questions == {"mediation": 2} and stats.by_municipality == {"Zeist": 2}


@pytest.mark.parametrize(
    ("extra", "top", "message"),
    [
        ({"municipalty": "Zeist"}, {}, 'did you mean "municipality"'),
        ({"questions": [{"type": "advice"}]}, {}, 'questions[0].type: unknown value "advice"'),
        ({"feedback": 11}, {}, "feedback: 11 is out of range"),
        ({"client": "Jan de Vries"}, {}, "is not a client reference"),
        ({"signals": [{"topic": "access"}]}, {}, "signals[0].date: is required"),
        ({}, {"activities": [{"date": "2026-01-01", "kind": "party"}]}, "activities[0].kind"),
        ({}, {"activity": []}, 'unknown key "activity"'),
    ],
)
def test_bad_values_of_the_new_keys_name_the_key(
    extra: dict[str, object], top: dict[str, object], message: str
) -> None:
    from vertrouwen.errors import InputError
    from vertrouwen.export.interchange import parse_interchange

    with pytest.raises(InputError) as caught:
        parse_interchange(_doc(extra, **top), "f.json")
    assert message in str(caught.value) and str(caught.value).startswith("f.json")


def test_an_old_file_is_written_back_without_the_new_keys(workspace: object) -> None:
    from vertrouwen.commands.cases import import_into
    from vertrouwen.export.interchange import case_to_dict
    from vertrouwen.workspace import Workspace

    assert isinstance(workspace, Workspace)
    (code,) = import_into(workspace, _doc({}), "old.json")
    written = case_to_dict(workspace.cases.get(code))
    assert not {"client", "municipality", "questions", "signals", "feedback"} & set(written)
