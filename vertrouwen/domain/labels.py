"""Human names for the contract slugs: Dutch (what the user sees) and English.

The slugs themselves never change (they are the interchange contract); only these names are
shown. The UI passes the Dutch name through Qt's translation machinery; the core (PDF reports,
CLI messages) uses it as is. A slug without a name here (a route's own step id) is shown as
itself, so an unknown value never breaks a screen or a report.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from vertrouwen.domain.enums import (
    ActivityKind,
    AgeBand,
    CaseResult,
    ClientRole,
    DocumentKind,
    FeedbackScore,
    Goal,
    NoteKind,
    OrganisationKind,
    Owner,
    QuestionType,
    Regime,
    StepId,
    StepOutcome,
    Support,
    Topic,
    Verdict,
)

Language = Literal["nl", "en"]

# slug -> (Dutch, English), per enumeration; the order is the order shown in lists and reports
LABELS: dict[type[StrEnum], dict[str, tuple[str, str]]] = {
    ClientRole: {
        "youth": ("Jeugdige", "Young person"),
        "parent": ("Ouder", "Parent"),
        "foster_parent": ("Pleegouder", "Foster parent"),
        "guardian": ("Voogd", "Guardian"),
        "carer": ("Verzorger", "Carer"),
        "professional": ("Professional", "Professional"),
        "other": ("Anders", "Other"),
    },
    OrganisationKind: {
        "wijkteam": ("Gemeentelijke toegang / wijkteam", "Municipal access / district team"),
        "gemeente": ("Gemeente", "Municipality"),
        "gi": ("Gecertificeerde instelling (GI)", "Certified institution (GI)"),
        "ambulant": ("Ambulante jeugdhulp", "Outpatient youth care"),
        "jeugd_ggz": ("Jeugd-GGZ", "Youth mental health care"),
        "pleegzorg": ("Pleegzorg", "Foster care"),
        "verblijf": ("Verblijf / dagbehandeling", "Residential / day treatment"),
        "jeugdzorgplus": ("JeugdzorgPlus", "Secure youth care (JeugdzorgPlus)"),
        "jeugd_lvb": ("Jeugd-LVB", "Youth care for mild intellectual disability"),
        "veilig_thuis": ("Veilig Thuis", "Veilig Thuis (domestic abuse centre)"),
        "raad_kinderbescherming": (
            "Raad voor de Kinderbescherming",
            "Child Protection Board",
        ),
        "wmo_aanbieder": ("Wmo-aanbieder", "Social support (Wmo) provider"),
        "zorgaanbieder": ("Zorgaanbieder (Wkkgz)", "Health care provider (Wkkgz)"),
        "bewindvoerder": ("Bewindvoering", "Financial administration (bewind)"),
        "other": ("Overig", "Other"),
    },
    Regime: {
        "jeugdwet": ("Jeugdwet", "Youth Act"),
        "wmo": ("Wmo 2015", "Social Support Act 2015"),
        "wkkgz": ("Wkkgz", "Health Care Quality, Complaints and Disputes Act"),
        "bewind": ("Beschermingsbewind", "Protective administration"),
        "other": ("Overig", "Other"),
    },
    Topic: {
        "treatment": ("Bejegening", "Treatment by staff"),
        "communication": ("Communicatie / bereikbaarheid", "Communication / reachability"),
        "information": ("Informatie", "Information"),
        "decision": ("Beslissing", "Decision"),
        "reporting": ("Rapportage / feiten", "Reports / facts"),
        "quality_of_care": ("Kwaliteit van de hulp", "Quality of care"),
        "access": ("Toegang / wachttijd", "Access / waiting time"),
        "privacy": ("Privacy / dossier", "Privacy / records"),
        "restraint": ("Vrijheidsbeperking", "Restraint"),
        "safety": ("Veiligheid", "Safety"),
        "complaint_handling": ("Klachtbehandeling", "Complaint handling"),
        "finances": ("Financiën", "Finances"),
        "other": ("Overig", "Other"),
    },
    Goal: {
        "apology": ("Excuses", "Apology"),
        "explanation": ("Uitleg", "Explanation"),
        "other_worker": ("Andere hulpverlener", "Another worker"),
        "decision_changed": ("Beslissing herzien", "Decision changed"),
        "report_corrected": ("Rapport aangepast", "Report corrected"),
        "compensation": ("Schadevergoeding", "Compensation"),
        "improvement": ("Verbetering voor anderen", "Improvement for others"),
        "be_heard": ("Gehoord worden", "Be heard"),
        "other": ("Overig", "Other"),
    },
    Support: {
        "information_advice": ("Informatie en advies", "Information and advice"),
        "listening": ("Luisterend oor", "A listening ear"),
        "wording": ("Hulp bij verwoorden", "Help putting it into words"),
        "accompany_meeting": ("Begeleiding bij gesprek", "Accompanied to a meeting"),
        "complaint_drafting": ("Klacht opstellen en indienen", "Drafting and filing a complaint"),
        "hearing_assistance": ("Bijstand bij hoorzitting", "Assistance at a hearing"),
        "authorised_representative": ("Gemachtigde (SKJ)", "Authorised representative (SKJ)"),
        "referral": ("Doorverwijzing", "Referral"),
    },
    AgeBand: {
        "0-11": ("0–11 jaar", "0–11 years"),
        "12-17": ("12–17 jaar", "12–17 years"),
        "18-23": ("18–23 jaar", "18–23 years"),
        "24+": ("24 jaar en ouder", "24 years and over"),
        "unknown": ("Onbekend", "Unknown"),
    },
    NoteKind: {
        "conversation": ("Gesprek", "Conversation"),
        "phone": ("Telefoon", "Phone"),
        "email": ("E-mail", "E-mail"),
        "chat": ("Chat", "Chat"),
        "home_visit": ("Huisbezoek", "Home visit"),
        "hearing": ("Hoorzitting", "Hearing"),
        "meeting": ("Overleg", "Meeting"),
        "other": ("Overig", "Other"),
    },
    Owner: {
        "client": ("Cliënt", "Client"),
        "advisor": ("Vertrouwenspersoon", "Advisor"),
        "organisation": ("Organisatie", "Organisation"),
        "other": ("Anders", "Other"),
    },
    StepId: {
        "signaal": ("Signaal aan medewerker", "Raised with the worker"),
        "leidinggevende": ("Gesprek met leidinggevende", "Talk with the manager"),
        "bemiddeling": ("Bemiddeling", "Mediation"),
        "klachtenfunctionaris": ("Klachtenfunctionaris", "Complaints officer"),
        "klachtencommissie": ("Klachtencommissie", "Complaints committee"),
        "ombudsman": ("Nationale ombudsman", "National Ombudsman"),
        "kinderombudsman": ("Kinderombudsman", "Children's Ombudsman"),
        "geschilleninstantie": ("Geschilleninstantie", "Disputes committee"),
        "tuchtrecht": ("Tuchtrecht (SKJ)", "Disciplinary board (SKJ)"),
        "kantonrechter": ("Kantonrechter", "Sub-district court"),
    },
    StepOutcome: {
        "resolved": ("Opgelost", "Resolved"),
        "partly_resolved": ("Deels opgelost", "Partly resolved"),
        "not_resolved": ("Niet opgelost", "Not resolved"),
        "withdrawn": ("Ingetrokken", "Withdrawn"),
        "referred": ("Doorverwezen", "Referred"),
    },
    Verdict: {
        "gegrond": ("Gegrond", "Upheld"),
        "gedeeltelijk_gegrond": ("Gedeeltelijk gegrond", "Partly upheld"),
        "ongegrond": ("Ongegrond", "Not upheld"),
        "niet_ontvankelijk": ("Niet-ontvankelijk", "Inadmissible"),
    },
    DocumentKind: {
        "organisation_letter": ("Brief van de organisatie", "Letter from the organisation"),
        "decision": ("Beschikking", "Decision"),
        "report": ("Rapport", "Report"),
        "minutes": ("Verslag", "Minutes"),
        "complaint_letter": ("Klachtbrief", "Complaint letter"),
        "ruling": ("Uitspraak", "Ruling"),
        "email": ("E-mail", "E-mail"),
        "photo": ("Foto", "Photo"),
        "other": ("Overig", "Other"),
    },
    CaseResult: {
        "resolved": ("Opgelost", "Resolved"),
        "partly_resolved": ("Deels opgelost", "Partly resolved"),
        "not_resolved": ("Niet opgelost", "Not resolved"),
        "referred": ("Doorverwezen", "Referred"),
        "withdrawn": ("Ingetrokken", "Withdrawn"),
        "formal_complaint": ("Formele klacht ingediend", "Formal complaint filed"),
    },
    QuestionType: {
        "information_advice": ("Informatie en advies", "Information and advice"),
        "support_signal": ("Ondersteuning bij een signaal", "Support with a signal"),
        "support_complaint": ("Ondersteuning bij een klacht", "Support with a complaint"),
        "mediation": ("Bemiddeling", "Mediation"),
        "formal_complaint": ("Formele klacht", "Formal complaint"),
        "referral": ("Doorverwijzing", "Referral"),
    },
    ActivityKind: {
        "information_session": ("Voorlichting", "Information session"),
        "group_visit": ("Groepsbezoek", "Group visit"),
        "training": ("Training", "Training"),
        "network": ("Overleg met ketenpartners", "Meeting with partners"),
        "other": ("Overig", "Other"),
    },
    FeedbackScore: {str(n): (str(n), str(n)) for n in range(1, 11)},
}


def label_for(enum: type[StrEnum], slug: str, lang: Language = "nl") -> str:
    """The name of `slug` in `enum`; the slug itself when it has none (a route's own step)."""
    names = LABELS.get(enum, {}).get(str(slug))
    if names is None:
        return str(slug)
    return names[0] if lang == "nl" else names[1]


def label(value: StrEnum, lang: Language = "nl") -> str:
    """The name of an enumeration member, e.g. `label(Topic.ACCESS)` -> "Toegang / wachttijd"."""
    return label_for(type(value), value.value, lang)


def choices(enum: type[StrEnum], lang: Language = "nl") -> list[tuple[str, str]]:
    """(slug, name) pairs in display order, for combo boxes and report tables."""
    return [(slug, label_for(enum, slug, lang)) for slug in LABELS[enum]]
