"""The formal complaint letter (klaagschrift) for a klachtencommissie, ombudsman or
Geschilleninstantie, in the client's own voice.

It carries what Awb 9:4 asks of a complaint (the complainant's name and address, the date, a
description of the conduct, a signature line) and what a committee wants to receive: the
complaint points each with the desired outcome, the steps already taken, the terms that apply
with their sources, and a checklist of enclosures. The advisor's consented notes follow as an
enclosure ("Bijlage A"), and the consented documents as numbered annexes ("Bijlage 1", ...).

Only a `Disclosure` goes in, so only consented content can come out; the identity comes from
the identity file at export time and lives only in memory. The letter is built in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from vertrouwen.clock import dutch_date
from vertrouwen.domain.enums import ClientRole, Goal, OrganisationKind, Regime, Topic
from vertrouwen.domain.labels import label
from vertrouwen.errors import ErrorCode, RefusedError, VertrouwenError
from vertrouwen.export import parts
from vertrouwen.export.annexes import Annex, append_annexes
from vertrouwen.export.consent import Disclosure
from vertrouwen.export.identity import Identity
from vertrouwen.export.pdfkit import (
    MUTED,
    RULE,
    TEXT_WIDTH,
    Meta,
    encrypt,
    grid,
    render,
    section,
    styles,
    table,
    text,
)

if TYPE_CHECKING:
    from vertrouwen.routes.terms import Calendar

TITLE = "Klacht"  # the PDF's metadata title: readable without the password, so generic

_REGIME_PHRASE = {
    Regime.JEUGDWET: "de Jeugdwet",
    Regime.WMO: "de Wet maatschappelijke ondersteuning 2015",
    Regime.WKKGZ: "de Wet kwaliteit, klachten en geschillen zorg (Wkkgz)",
    Regime.BEWIND: "het beschermingsbewind",
}
_ROLE_PHRASE = {
    ClientRole.YOUTH: "jongere die de hulp krijgt",
    ClientRole.PARENT: "ouder",
    ClientRole.FOSTER_PARENT: "pleegouder",
    ClientRole.GUARDIAN: "voogd",
    ClientRole.CARER: "verzorger",
}

# How a kind reads inside a sentence. Lower-casing the screen label would give
# "(gecertificeerde instelling (gi))" or "(veilig thuis)": names and acronyms keep their case.
_KIND_PHRASE = {
    OrganisationKind.WIJKTEAM: "gemeentelijke toegang / wijkteam",
    OrganisationKind.GEMEENTE: "gemeente",
    OrganisationKind.GI: "gecertificeerde instelling",
    OrganisationKind.AMBULANT: "ambulante jeugdhulp",
    OrganisationKind.JEUGD_GGZ: "jeugd-GGZ",
    OrganisationKind.PLEEGZORG: "pleegzorg",
    OrganisationKind.VERBLIJF: "verblijf / dagbehandeling",
    OrganisationKind.JEUGDZORGPLUS: "JeugdzorgPlus",
    OrganisationKind.JEUGD_LVB: "jeugd-LVB",
    OrganisationKind.VEILIG_THUIS: "Veilig Thuis",
    OrganisationKind.RAAD_KINDERBESCHERMING: "Raad voor de Kinderbescherming",
    OrganisationKind.WMO_AANBIEDER: "aanbieder van Wmo-ondersteuning",
    OrganisationKind.ZORGAANBIEDER: "zorgaanbieder",
    OrganisationKind.BEWINDVOERDER: "bewindvoering",
}


@dataclass(frozen=True)
class DeadlineLine:
    """One applicable term: what must happen, by when, and the rule it rests on."""

    what: str
    due: date
    source: str


def applicable_deadlines(
    disclosure: Disclosure, calendar: Calendar | None = None
) -> list[DeadlineLine] | None:
    """The running terms computed from the disclosed content only; None when unavailable.

    A letter to a committee states the rule, not the advisor's working notes: only terms read
    from the rule's text (verified), each citing the rule alone (`Deadline.basis`: no
    "(te controleren)", no hedges, the Atw named when it moved the day).

    The routes engine is imported lazily: a letter can still be written when it is missing or
    a route file is broken (the letter then refers to the organisation's regulation).
    """
    try:
        from vertrouwen.routes.advice import advise
        from vertrouwen.routes.terms import DEFAULT_CALENDAR

        advice = advise(disclosure.as_case(), disclosure.day, calendar=calendar or DEFAULT_CALENDAR)
    except (ImportError, VertrouwenError):
        return None
    return [DeadlineLine(d.what, d.due, d.basis) for d in advice.deadlines if d.verified]


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def _salutation(recipients: tuple[str, ...]) -> str:
    if any("commissie" in r.lower() for r in recipients):
        return "Geachte leden van de commissie,"
    return "Geachte heer, mevrouw,"


def _sender(identity: Identity) -> list[Flowable]:
    st = styles()
    line = st["body"].clone("sender", spaceAfter=0, leading=13)
    out: list[Flowable] = [Paragraph(f"<b>{text(identity.name)}</b>", line)]
    out += [Paragraph(text(a), line) for a in identity.address_lines()]
    for value in (identity.email, identity.phone):
        if value:
            out.append(Paragraph(text(value), line))
    out += [Paragraph(f"{text(key)}: {text(value)}", line) for key, value in identity.extra]
    return out


def _heading_block(d: Disclosure, today: date) -> Flowable:
    st = styles()
    rows = [
        ["Datum", dutch_date(today)],
        ["Betreft", f"Klacht over {d.organisation.name}"],
        ["Kenmerk", f"{d.case_code} (dossier van de vertrouwenspersoon)"],
    ]
    data = [
        [Paragraph(text(k), st["label"]), Paragraph(text(v), st["body"].clone("v", spaceAfter=0))]
        for k, v in rows
    ]
    data[1][1] = Paragraph(f"<b>{text(rows[1][1])}</b>", st["body"].clone("b", spaceAfter=0))
    return grid(
        data,
        [24 * mm, TEXT_WIDTH - 24 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (0, -1), 2),  # smaller label text: align the baselines
        ],
    )


def _introduction(d: Disclosure) -> list[Flowable]:
    st = styles()
    org = d.organisation
    phrase = _KIND_PHRASE.get(org.kind, "")
    # No "(Veilig Thuis)" after "Veilig Thuis Utrecht": the name says it already.
    kind = f" ({phrase})" if phrase and phrase.casefold() not in org.name.casefold() else ""
    sentences = [f"Hierbij dien ik een klacht in over {text(org.name)}{text(kind)}."]
    if d.client_role in _ROLE_PHRASE:
        sentences.append(f"Ik schrijf deze brief als {_ROLE_PHRASE[d.client_role]}.")
    regime = d.regime
    if org.kind is OrganisationKind.VEILIG_THUIS and regime is Regime.JEUGDWET:
        regime = Regime.WMO  # Veilig Thuis falls under the Wmo 2015, whatever was entered
    if regime in _REGIME_PHRASE:
        sentences.append(f"De hulp waarover ik klaag valt onder {_REGIME_PHRASE[regime]}.")
    sentences.append(
        "In deze brief beschrijf ik waarover ik klaag, wat ik wil bereiken en welke stappen "
        "ik al heb gezet. Bij het opstellen van de klacht ben ik ondersteund door een "
        "onafhankelijk vertrouwenspersoon."
    )
    out: list[Flowable] = [Paragraph(" ".join(sentences), st["body"])]
    goals = [label(g).lower() for g in d.goals if g != Goal.OTHER]
    if goals:
        out.append(
            Paragraph(f"Met deze klacht wil ik vooral bereiken: {text(_join(goals))}.", st["body"])
        )
    return out


def _section(title: str, number: int) -> Paragraph:
    return Paragraph(f"{number}. {text(title)}", styles()["h2"])


def _deadlines(d: Disclosure, lines: list[DeadlineLine] | None) -> list[Flowable]:
    st = styles()
    if not lines:
        return [
            Paragraph(
                "Voor de termijnen waarbinnen de klacht wordt behandeld, verwijs ik naar de "
                f"klachtenregeling van {text(d.organisation.name)} en de wet.",
                st["body"],
            )
        ]
    rows = [[line.what, dutch_date(line.due), line.source] for line in lines]
    intro = Paragraph(
        "Voor zover ik heb kunnen nagaan, gelden voor de behandeling van deze klacht de "
        "volgende termijnen:",
        st["lead"],
    )
    widths = [TEXT_WIDTH * f for f in (0.47, 0.2, 0.33)]
    return [intro, table(["Wat", "Uiterlijk", "Bron"], rows, widths)]


def _enclosures(d: Disclosure, annexes: Sequence[Annex]) -> list[Flowable]:
    st = styles()
    box = st["body"].clone("box", leftIndent=6 * mm, bulletIndent=0, spaceAfter=1.5)
    items: list[str] = []
    items.append(f"Kopie van eerdere brieven en e-mails met {d.organisation.name} hierover")
    if d.steps:
        items.append("Verslag van of reactie op de eerdere gesprekken over deze klacht")
    if {Topic.DECISION, Topic.REPORTING} & set(d.topics):
        items.append("Kopie van het besluit of rapport waarover ik klaag")
    items.append("Machtiging, als mijn vertrouwenspersoon namens mij optreedt")
    items.append("Andere stukken die mijn klacht onderbouwen")
    out: list[Flowable] = [Paragraph("Bijlagen", st["h3"])]
    if d.notes:
        included = "Bijlage A: verslagen van de contactmomenten met mijn vertrouwenspersoon"
        out.append(Paragraph(f"{text(included)} (bijgevoegd)", box, bulletText="☑"))
    for annex in annexes:
        out.append(Paragraph(f"{text(annex.describe())} (bijgevoegd)", box, bulletText="☑"))
    out += [Paragraph(text(item), box, bulletText="☐") for item in items]
    return [KeepTogether(out)]


def _signature(identity: Identity) -> Flowable:
    st = styles()
    rule = grid(
        [[""]], [70 * mm], [("LINEBELOW", (0, 0), (-1, -1), 0.6, MUTED)], rowHeights=[16 * mm]
    )
    place = grid(
        [["Plaats:", "", "Datum:", ""]],
        [14 * mm, 45 * mm, 14 * mm, 35 * mm],
        [
            ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
            ("LINEBELOW", (1, 0), (1, 0), 0.4, RULE),
            ("LINEBELOW", (3, 0), (3, 0), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return KeepTogether(
        [
            Paragraph("Met vriendelijke groet,", st["body"]),
            rule,
            Spacer(1, 1.5 * mm),
            Paragraph(f"<b>{text(identity.name)}</b>", st["body"]),
            Spacer(1, 2 * mm),
            place,
        ]
    )


def _notes_enclosure(d: Disclosure) -> list[Flowable]:
    st = styles()
    given = sorted({dutch_date(c.given) for c in d.consents})
    return [
        PageBreak(),
        Paragraph("Bijlage A: verslagen van contactmomenten", st["h1"]),
        Paragraph(
            "Deze verslagen zijn opgesteld door mijn vertrouwenspersoon. Ik heb toestemming "
            f"gegeven om ze voor deze klacht te delen (toestemming van {text(_join(given))}).",
            st["muted"],
        ),
        Spacer(1, 3 * mm),
        *parts.notes(d.notes, dutch_date),
    ]


def build_complaint(
    disclosure: Disclosure,
    identity: Identity,
    *,
    password: str | None = None,
    deadlines: list[DeadlineLine] | None = None,
    compute_deadlines: bool = True,
    annexes: Sequence[Annex] = (),
) -> bytes:
    """The complaint letter as PDF bytes (encrypted when `password` is set), followed by the
    consented documents in `annexes` (`pdf_save.load_annexes`), each named in its list."""
    d = disclosure
    st = styles()
    if deadlines is None and compute_deadlines:
        deadlines = applicable_deadlines(d)
    story: list[Flowable] = [*_sender(identity), Spacer(1, 14 * mm)]
    story += [Paragraph(text(r), st["body"].clone("to", spaceAfter=0)) for r in d.recipients]
    story += [Spacer(1, 10 * mm), _heading_block(d, d.day), Spacer(1, 8 * mm)]
    story += [Paragraph(_salutation(d.recipients), st["body"]), *_introduction(d)]
    sections: list[tuple[str, list[Flowable]]] = []
    if d.complaint_points:
        intro = (
            "Mijn klacht bestaat uit de volgende onderdelen. Ik vraag u elk onderdeel "
            "afzonderlijk te beoordelen."
        )
        points = parts.points(d.complaint_points, first_person=True)
        sections.append(("Waarover ik klaag", [Paragraph(intro, st["body"]), *points]))
    if d.steps:
        intro = "Voordat ik deze klacht indiende, heb ik geprobeerd het probleem op te lossen:"
        taken = parts.steps(d.steps, dutch_date, route_id=d.route, regime=d.regime)
        sections.append(("Wat ik al heb gedaan", [Paragraph(intro, st["lead"]), taken]))
    if d.actions:
        sections.append(("Gemaakte afspraken", [parts.actions(d.actions, dutch_date)]))
    sections.append(("Termijnen", _deadlines(d, deadlines)))
    for number, (title, body) in enumerate(sections, start=1):
        story += section(_section(title, number), body)
    story += [
        Spacer(1, 4 * mm),
        Paragraph(
            "Ik verzoek u de ontvangst van deze klacht schriftelijk te bevestigen en mij te laten "
            "weten hoe en wanneer de klacht wordt behandeld. Ik licht mijn klacht graag toe in "
            "een gesprek of op een hoorzitting.",
            st["body"],
        ),
        Spacer(1, 3 * mm),
        _signature(identity),
        Spacer(1, 8 * mm),
        *_enclosures(d, annexes),
    ]
    if d.notes:
        story += _notes_enclosure(d)
    footer = f"Klacht van {identity.name} over {d.organisation.name}"
    if not annexes:
        return render(story, Meta(TITLE, footer=footer, password=password))
    allowed = {doc.id for doc in d.documents}
    if any(a.document.id not in allowed for a in annexes):
        raise RefusedError(ErrorCode.ANNEX_WITHOUT_CONSENT)
    letter = append_annexes(render(story, Meta(TITLE, footer=footer)), annexes)
    return encrypt(letter, password) if password else letter
