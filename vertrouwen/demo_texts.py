"""Word lists for the fictional demo cases (`vertrouwen.demo`).

Everything here is invented: people only by role, organisations with made-up names, no digits
(so nothing can look like a phone number, BSN, date or address). Sentences use `{c}` for the
client's role word, `{w}` for the worker concerned and `{o}` for the organisation (with its
article); each sentence is capitalised when it is used, so they are written in lower case.
"""

from __future__ import annotations

from vertrouwen.domain import ClientRole, OrganisationKind

K = OrganisationKind

CLIENT_WORDS: dict[ClientRole, tuple[str, ...]] = {
    ClientRole.YOUTH: ("de jongere", "de jongen", "het meisje"),
    ClientRole.PARENT: ("moeder", "vader"),
    ClientRole.FOSTER_PARENT: ("pleegmoeder", "pleegvader"),
    ClientRole.GUARDIAN: ("de voogd",),
    ClientRole.CARER: ("de verzorger", "de mantelzorger"),
    ClientRole.PROFESSIONAL: ("de leerkracht", "de schoolmaatschappelijk werker"),
    ClientRole.OTHER: ("de cliënt", "oma", "de tante"),
}

WORKER_WORDS = (
    "gezinsvoogd A",
    "gezinsvoogd B",
    "jeugdhulpverlener C",
    "de wijkcoach",
    "de behandelaar",
    "begeleider D",
    "de casemanager",
    "de pleegzorgbegeleider",
    "de consulent",
)

ORGANISATION_NAMES: dict[OrganisationKind, tuple[str, ...]] = {
    K.WIJKTEAM: ("Wijkteam Noord", "Wijkteam Centrum-Oost", "Sociaal Team Lindendal"),
    K.GEMEENTE: ("Gemeente Lindendal", "Gemeente Beekveen"),
    K.GI: ("Jeugdbescherming Regio Lindendal", "Stichting Gezinsvoogdij Westrand"),
    K.AMBULANT: ("Jeugdhulp De Linde", "Ambulante Hulp Het Kompas", "Gezinscoaching Zonnepad"),
    K.JEUGD_GGZ: ("Jeugd-GGZ De Brug", "Praktijk Kinderpsychologie Meander"),
    K.PLEEGZORG: ("Pleegzorg Samen Verder", "Pleegzorg Lindendal"),
    K.VERBLIJF: ("Leefgroep De Boomgaard", "Dagbehandeling Het Erf"),
    K.JEUGDZORGPLUS: ("JeugdzorgPlus De Horst",),
    K.JEUGD_LVB: ("LVB-Zorg Het Baken",),
    K.VEILIG_THUIS: ("Veilig Thuis Regio Lindendal", "Veilig Thuis Beekveen-Westrand"),
    K.RAAD_KINDERBESCHERMING: ("Raad voor de Kinderbescherming, locatie Lindendal",),
    K.WMO_AANBIEDER: ("Thuisbegeleiding Zorgzaam", "Dagbesteding De Werkplaats"),
    K.ZORGAANBIEDER: ("Zorggroep Het Anker", "Kliniek Beekveen"),
    K.BEWINDVOERDER: ("Bewindvoering Op Orde", "Budgetbeheer Westrand"),
    K.OTHER: ("Stichting Sportief Samen", "Kinderopvang De Vlinder"),
}

NOTE_FIRST = (
    "eerste gesprek met {c}. Uitgelegd wat een vertrouwenspersoon doet en dat ik onafhankelijk"
    " ben van {o}.",
    "kennismaking met {c}, die zich niet gehoord voelt door {w}.",
    "{c} belde na een tip van school. Het contact met {w} loopt al maanden stroef.",
    "eerste gesprek: {c} is boos over een gesprek met {w} en wil weten welke mogelijkheden er"
    " zijn.",
    "intake met {c}. Samen op een rij gezet wat er is gebeurd en wat {c} wil bereiken.",
    "{c} zocht contact omdat afspraken met {w} steeds worden verzet zonder uitleg.",
    "eerste contact met {c} over het verslag van {w}; volgens {c} staan er onjuistheden in.",
)

NOTE_MIDDLE = (
    "besproken wat {c} wil bereiken: vooral uitleg en een nieuwe start met {w}.",
    "telefonisch contact met {w}; die herkent het signaal en stelt een gesprek voor.",
    "{c} twijfelt of een formele klacht zin heeft; voor- en nadelen samen op een rij gezet.",
    "gesprek met {w} en de teamleider voorbereid: wie zegt wat, en wat is een goede uitkomst.",
    "bij het gesprek met de teamleider geweest. Er komt een schriftelijk verslag.",
    "uitgelegd dat een besluit zelf niet onder de klachtregeling valt; de weg van bezwaar"
    " toegelicht.",
    "mail van {c}: het gesprek met {w} heeft geholpen, maar de toezeggingen moeten nog op papier.",
    "huisbezoek: rustig gesprek aan de keukentafel, {c} liet de brief van {o} zien.",
    "chatgesprek: {c} vroeg hoe lang {o} mag doen over een reactie op de klacht.",
    "reactie van {o} ontvangen en samen gelezen; {c} wil nadenken over een vervolgstap.",
    "afspraak verzet op verzoek van {c}.",
    "bemiddelingsgesprek met {w}. Afgesproken dat er vaker contact komt en dat afspraken worden"
    " nagekomen.",
    "{c} voelt zich niet serieus genomen; vooral de toon in de laatste brief van {o} deed pijn.",
    "samen de klachtenregeling van {o} gelezen en de stappen uitgelegd.",
)

# Only once a formal complaint runs (a committee, the ombudsman, a court).
NOTE_FORMAL = (
    "klachtbrief samen doorgenomen en de klachtonderdelen scherper geformuleerd.",
    "hoorzitting voorbereid: {c} wil zelf vertellen hoe de gesprekken zijn verlopen.",
    "hoorzitting bijgewoond; de commissie vroeg vooral naar de verslaglegging van {w}.",
    "uitspraak van de commissie besproken met {c}. Niet alle punten zijn gegrond, wel is er"
    " erkenning.",
    "de beslistermijn is verlengd; met {c} besproken wat dat betekent en de nieuwe datum"
    " genoteerd.",
)

# Only in cases with a signal of an unsafe situation.
NOTE_UNSAFE = (
    "{c} maakt zich zorgen over de veiligheid thuis; besproken wat nodig is en wie er gebeld"
    " kan worden.",
    "signaal van een onveilige situatie besproken met {c}; samen afgesproken wie wat doet.",
)

NOTE_CLOSING = (
    "afgesproken dat {c} zelf contact opneemt als er iets verandert.",
    "volgende stap: een reactie afwachten van {o}.",
    "{c} is tevreden met de uitkomst; het dossier kan worden afgesloten.",
    "doorverwezen naar het juridisch loket voor verdere vragen.",
    "samen besloten het hierbij te laten; {c} voelt zich wel gehoord.",
    "nieuwe afspraak over twee weken.",
)

POINTS = [
    (
        "Afspraken werden herhaaldelijk afgezegd zonder uitleg",
        "Een vaste contactpersoon en nagekomen afspraken",
    ),
    (
        "Het rapport bevat feitelijke onjuistheden over de thuissituatie",
        "Het rapport wordt aangepast of de zienswijze wordt toegevoegd",
    ),
    (
        "Ouders zijn niet tijdig geïnformeerd over een ingrijpend besluit",
        "Uitleg over het besluit en excuses",
    ),
    ("De bejegening tijdens het huisbezoek was kleinerend", "Excuses en erkenning"),
    ("De wachttijd voor hulp was veel langer dan toegezegd", "Een snellere start van de hulp"),
    ("Informatie is zonder toestemming gedeeld met school", "Erkenning en een betere werkwijze"),
    ("Een eerdere klacht is niet serieus behandeld", "Een zorgvuldige behandeling van de klacht"),
    (
        "Kosten zijn zonder overleg van de rekening afgeschreven",
        "Terugbetaling en een helder overzicht",
    ),
    (
        "Er is geen reactie gekomen op brieven en e-mails",
        "Een schriftelijke reactie binnen een redelijke termijn",
    ),
    (
        "De jongere is zonder overleg overgeplaatst",
        "Uitleg en betrokkenheid bij volgende besluiten",
    ),
    ("Het contact tussen ouder en kind is zonder goede reden beperkt", "Herstel van het contact"),
    ("Een andere medewerker is gevraagd maar geweigerd", "Een andere hulpverlener"),
]

ACTIONS = [
    "Klachtbrief versturen naar de klachtencommissie",
    "Verslag van het gesprek opvragen bij de teamleider",
    "Reactie sturen op het conceptrapport",
    "Afspraak plannen met de klachtenfunctionaris",
    "Schriftelijke reactie op de klacht sturen",
    "Stukken verzamelen voor de hoorzitting",
    "Terugbellen over de uitkomst van het gesprek",
    "Toestemmingsformulier laten tekenen",
    "Uitspraak van de commissie samen doorlezen",
    "Navragen of de verdaging schriftelijk is gemeld",
]

CONSENT_PURPOSES = [
    ("Klachtencommissie", "formele klacht"),
    ("Klachtenfunctionaris", "bemiddelingsgesprek"),
    ("Teamleider", "gesprek over het signaal"),
    ("Geschilleninstantie", "geschil over de klachtafhandeling"),
    ("Kantonrechter", "brief over de bewindvoering"),
    ("Nationale ombudsman", "verzoek om onderzoek"),
]
