"""Fixed enumerations of the interchange contract; values are the slugs."""

from __future__ import annotations

from enum import StrEnum


class ClientRole(StrEnum):
    YOUTH = "youth"
    PARENT = "parent"
    FOSTER_PARENT = "foster_parent"
    GUARDIAN = "guardian"
    CARER = "carer"
    PROFESSIONAL = "professional"
    OTHER = "other"


class OrganisationKind(StrEnum):
    WIJKTEAM = "wijkteam"
    GEMEENTE = "gemeente"
    GI = "gi"
    AMBULANT = "ambulant"
    JEUGD_GGZ = "jeugd_ggz"
    PLEEGZORG = "pleegzorg"
    VERBLIJF = "verblijf"
    JEUGDZORGPLUS = "jeugdzorgplus"
    JEUGD_LVB = "jeugd_lvb"
    VEILIG_THUIS = "veilig_thuis"
    RAAD_KINDERBESCHERMING = "raad_kinderbescherming"
    WMO_AANBIEDER = "wmo_aanbieder"
    ZORGAANBIEDER = "zorgaanbieder"
    BEWINDVOERDER = "bewindvoerder"
    OTHER = "other"


class Regime(StrEnum):
    JEUGDWET = "jeugdwet"
    WMO = "wmo"
    WKKGZ = "wkkgz"
    BEWIND = "bewind"
    OTHER = "other"


class Topic(StrEnum):
    TREATMENT = "treatment"
    COMMUNICATION = "communication"
    INFORMATION = "information"
    DECISION = "decision"
    REPORTING = "reporting"
    QUALITY_OF_CARE = "quality_of_care"
    ACCESS = "access"
    PRIVACY = "privacy"
    RESTRAINT = "restraint"
    SAFETY = "safety"
    COMPLAINT_HANDLING = "complaint_handling"
    FINANCES = "finances"
    OTHER = "other"


class Goal(StrEnum):
    APOLOGY = "apology"
    EXPLANATION = "explanation"
    OTHER_WORKER = "other_worker"
    DECISION_CHANGED = "decision_changed"
    REPORT_CORRECTED = "report_corrected"
    COMPENSATION = "compensation"
    IMPROVEMENT = "improvement"
    BE_HEARD = "be_heard"
    OTHER = "other"


class Support(StrEnum):
    """Support the advisor gave (registered for the yearly report; not in interchange v1)."""

    INFORMATION_ADVICE = "information_advice"
    LISTENING = "listening"
    WORDING = "wording"
    ACCOMPANY_MEETING = "accompany_meeting"
    COMPLAINT_DRAFTING = "complaint_drafting"
    HEARING_ASSISTANCE = "hearing_assistance"
    AUTHORISED_REPRESENTATIVE = "authorised_representative"
    REFERRAL = "referral"


class AgeBand(StrEnum):
    """The client's age band; a birth date is never stored."""

    UNDER_12 = "0-11"
    AGE_12_17 = "12-17"
    AGE_18_23 = "18-23"
    AGE_24_PLUS = "24+"
    UNKNOWN = "unknown"


class NoteKind(StrEnum):
    CONVERSATION = "conversation"
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    HOME_VISIT = "home_visit"
    HEARING = "hearing"
    MEETING = "meeting"
    OTHER = "other"


class Owner(StrEnum):
    CLIENT = "client"
    ADVISOR = "advisor"
    ORGANISATION = "organisation"
    OTHER = "other"


class StepId(StrEnum):
    """The common step ids; a route may add its own beside these."""

    SIGNAAL = "signaal"
    LEIDINGGEVENDE = "leidinggevende"
    BEMIDDELING = "bemiddeling"
    KLACHTENFUNCTIONARIS = "klachtenfunctionaris"
    KLACHTENCOMMISSIE = "klachtencommissie"
    OMBUDSMAN = "ombudsman"
    KINDEROMBUDSMAN = "kinderombudsman"
    GESCHILLENINSTANTIE = "geschilleninstantie"
    TUCHTRECHT = "tuchtrecht"
    KANTONRECHTER = "kantonrechter"


class StepOutcome(StrEnum):
    RESOLVED = "resolved"
    PARTLY_RESOLVED = "partly_resolved"
    NOT_RESOLVED = "not_resolved"
    WITHDRAWN = "withdrawn"
    REFERRED = "referred"


class Verdict(StrEnum):
    GEGROND = "gegrond"
    GEDEELTELIJK_GEGROND = "gedeeltelijk_gegrond"
    ONGEGROND = "ongegrond"
    NIET_ONTVANKELIJK = "niet_ontvankelijk"


class CaseResult(StrEnum):
    RESOLVED = "resolved"
    PARTLY_RESOLVED = "partly_resolved"
    NOT_RESOLVED = "not_resolved"
    REFERRED = "referred"
    WITHDRAWN = "withdrawn"
    FORMAL_COMPLAINT = "formal_complaint"


# -- registration for the yearly report (issue 18): questions, activities, feedback ---------
class QuestionType(StrEnum):
    """What the client asked the advisor for (a case can hold several questions)."""

    INFORMATION_ADVICE = "information_advice"
    SUPPORT_SIGNAL = "support_signal"  # support in raising a signal with the organisation
    SUPPORT_COMPLAINT = "support_complaint"  # support with an (informal) complaint
    MEDIATION = "mediation"
    FORMAL_COMPLAINT = "formal_complaint"
    REFERRAL = "referral"


class ActivityKind(StrEnum):
    """Work outside cases that the organisation reports (voorlichting and the like)."""

    INFORMATION_SESSION = "information_session"  # voorlichting
    GROUP_VISIT = "group_visit"  # groepsbezoek (e.g. a group of a residential setting)
    TRAINING = "training"  # training of professionals
    NETWORK = "network"  # overleg with partners in the region
    OTHER = "other"


class FeedbackScore(StrEnum):
    """The client's report mark (rapportcijfer, 1 to 10) at closing."""

    S1 = "1"
    S2 = "2"
    S3 = "3"
    S4 = "4"
    S5 = "5"
    S6 = "6"
    S7 = "7"
    S8 = "8"
    S9 = "9"
    S10 = "10"


class DocumentKind(StrEnum):
    """What a document in the case file is (Dutch names in `labels`)."""

    ORGANISATION_LETTER = "organisation_letter"
    DECISION = "decision"
    REPORT = "report"
    MINUTES = "minutes"
    COMPLAINT_LETTER = "complaint_letter"
    RULING = "ruling"
    EMAIL = "email"
    PHOTO = "photo"
    OTHER = "other"
