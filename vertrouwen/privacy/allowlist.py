"""Words of the trade that are never personal data, and the rules that keep them unflagged.

In an advisor's notes capitalised role words ("Gezinsvoogd", "Meester"), organisation names
("William Schrikker Stichting"), town names inside organisation names ("Veilig Thuis Utrecht")
and article numbers ("art. 2.3.12") look like personal data and are not. The advisor records
third parties by role ("gezinsvoogd A") and writes placeholders ("[NAAM]"); those must stay
quiet too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from vertrouwen.privacy.findings import Candidate, words_of

ROLE_WORDS = words_of("""
    moeder vader ouder ouders pleegouder pleegouders pleegmoeder pleegvader stiefmoeder
    stiefvader stiefouder biologische oma opa grootouder grootouders grootmoeder grootvader
    tante oom broer broertje zus zusje zoon dochter kind kinderen jeugdige jongere cliënt client
    cliënte cliente voogd gezinsvoogd jeugdbeschermer jeugdreclasseerder klachtenfunctionaris
    klachtbemiddelaar bemiddelaar vertrouwenspersoon leidinggevende teamleider teammanager
    manager directeur bestuurder regiomanager mentor leerkracht juf juffrouw meester docent
    zorgcoördinator zorgcoordinator school huisarts psycholoog psychiater gedragswetenschapper
    orthopedagoog behandelaar hulpverlener medewerker wijkteammedewerker consulent casemanager
    bewindvoerder advocaat rechter kantonrechter raadsonderzoeker voorzitter secretaris
    jeugdarts kinderarts tandarts
    ombudsman kinderombudsman coach begeleider pleegzorgbegeleider gezinsbegeleider
    jongerenwerker wijkagent agent buurman buurvrouw vriend vriendin partner ex ex-partner
    collega verpleegkundige groepsleider groepsleiding mentorouder gezinshuisouder
    schoolmaatschappelijk werker maatschappelijk ambtenaar gemachtigde tolk schoonmoeder
    schoonvader schoonzus schoonbroer zwager neef nicht verweerder neefje nichtje zoontje
    dochtertje kleinzoon kleindochter kleinkind jongen meisje baby pleegkind pleegzoon pleegdochter
    gzv gv jb jb'er bw bwv vz cl clt
    """)
HONORIFICS = words_of("mevrouw meneer mijnheer mevr mw mw. mevr. dhr dhr. heer juf meester")
ORGANISATION_WORDS = words_of("""
    veilig thuis wijkteam buurtteam jeugdteam gi raad kinderbescherming jeugdstem akj ggd cjg
    skj jeugdzorgplus ggz jeugd-ggz gemeente zorgaanbieder jeugdhulpaanbieder jeugdhulp
    pleegzorg instelling rechtbank gerechtshof politie stichting groep klachtencommissie
    klachtadviescommissie geschilleninstantie inspectie jeugdbescherming jeugdreclassering
    jeugdzorg college toezicht beroep nationale zorg veiligheidshuis ombudsman
    """)
LAW_WORDS = words_of("jeugdwet wmo awb wkkgz avg bw wvggz wzd bopz wet art artikel lid")
# "jan" is left out on purpose: as a name it is far more common than as an abbreviated month.
CALENDAR_WORDS = words_of("""
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april
    mei juni juli augustus september oktober november december feb mrt apr jun jul aug
    sep sept okt nov dec pasen kerst kerstmis pinksteren sinterklaas koningsdag oud nieuw
    zomervakantie herfstvakantie kerstvakantie voorjaarsvakantie meivakantie
    keti koti suikerfeest offerfeest ramadan divali diwali chanoeka bevrijdingsdag
    """)
# "Mei (9)", "Juni (12 jaar)", "Bram (2005, alleen jaartal)": an age or birth year in brackets
# after a first name makes it the name, even one that is a month or a word
AGE_BRACKET_AFTER = re.compile(r"[ \t]*\((?:\d{1,2}(?:[ \t]*(?:jaar|jr|j)\.?)?|(?:19|20)\d\d)[,)]")
DOMAIN_WORDS = ROLE_WORDS | HONORIFICS | ORGANISATION_WORDS | LAW_WORDS | CALENDAR_WORDS

ORGANISATION_PHRASES = (
    "veilig thuis",
    "raad voor de kinderbescherming",
    "william schrikker stichting",
    "william schrikker",
    "william schrikker groep",
    "william schrikker jeugdbescherming",
    "leger des heils",
    "college van toezicht",
    "college van beroep",
    "nationale ombudsman",
    "centrum voor jeugd en gezin",
    "zorg- en veiligheidshuis",
    "zorg en veiligheidshuis",
    "inspectie gezondheidszorg en jeugd",
    "jeugdzorg nederland",
    "de kindertelefoon",
    "signs of safety",
    "triple p",
    "nu niet zwanger",
    "multi systeem therapie",
    "video hometraining",
    "10 voor toekomst",
    "alles kits",
    "samen veilig",
    "kansrijke start",
    "stevig ouderschap",
    "eigen kracht",
    "positief opvoeden",
    "marte meo",
    "rots en water",
    "de vreedzame school",
    "gilles de la tourette",
    "albert heijn",
    "albert heijn to go",
    "uber eats",
    "van dale",  # the dictionary
    # shops named after their founder
    "hans anders",
    "jan linders",
    "dirk van den broek",
    "pearle opticiens",
    # children's books and their characters, on a shelf or read aloud
    "dikkie dik",
    "dolfje weerwolfje",
    "pluk van de petteflet",
    "jip en janneke",
    "pippi langkous",
    "kikker en zijn vriendjes",
    "de tweede kamer",
    "de eerste kamer",
    # parks and zoos a child is taken to
    "de efteling",
    "efteling",
    "walibi",
    "duinrell",
    "madurodam",
    "diergaarde blijdorp",
    "burgers' zoo",
    "toverland",
    "slagharen",
    "beekse bergen",
    "ah to go",
    "de action",
    "ipse de bruggen",
    # care providers named after a person or with an article, and public persons
    "vincent van gogh",
    "van gogh museum",
    "antoni van leeuwenhoek",
    "erasmus mc",
    "erasmus mc sophia",
    "erasmus mc-sophia",
    "hertog jan",
    "den engh",
    "de hoop ggz",
    "fier fryslân",
    "jip en janneke",
    "vos en haas",  # the picture books
    "keti koti",
    "harry potter",
    "landelijk meldpunt zorg",
    "reinier van arkel",
    "leo kannerhuis",
    "dr. leo kannerhuis",
    "prinses máxima centrum",
    "emma kinderziekenhuis",
    "wilhelmina kinderziekenhuis",
    "sophia kinderziekenhuis",
    "juliana kinderziekenhuis",
    "ronald mcdonald huis",
    "het poortje",
    "de hoenderloo groep",
    "de bascule",
    "de viersprong",
    "de rading",
    "de kijvelanden",
    "de jutters",
    "palais de justice",  # the court in The Hague
    # housing corporations, care providers, shops, funds and insurers named after a person or
    # with an article
    "eigen haard",
    "de alliantie",
    "lieven de key",
    "tante louise",
    "pieter van foreest",
    "sint jacob",
    "willemsen de koning",
    "leen bakker",
    "van lanschot",
    "prins bernhard cultuurfonds",
    "oranje fonds",
    "zilveren kruis",
    "brabant water",
    "frank energie",
    "budget energie",
    "koning willem-alexander",
    "koningin máxima",
    "prinses amalia",
    "willem-alexander",
    # sayings and figures of speech that name no one
    "joost mag het weten",
    "jan modaal",
    "jan en alleman",
    "jan met de pet",
    "klaas vaak",
    "jan publiek",
    "zevendedags adventist",
    "zevendedags adventisten",
    "multisysteemtherapie",
)

_INTERFIX = r"(?:van|de|der|den|ter|ten|te|het|'t)"


def _alternation(phrases: Iterable[str]) -> str:
    """One regex group matching any of `phrases`, as a trie ("de (?:action|hoop ggz|...)"):
    Python's engine tries a plain alternation's branches one by one at every position."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    # (the look at the first letters skips the words no phrase starts with in one step)
    return "(?=[" + re.escape("".join(sorted(trie))) + "])(?:" + build(trie) + ")"


_PROTECTED = re.compile(
    # placeholders the advisor (or this guard) wrote: [NAAM], [ADRES-2]
    r"\[[A-ZÀ-Ý][A-ZÀ-Ý0-9 _-]*\]"
    # the rest start a word (one boundary for all: tried at every position, it fails at once
    # inside a word)
    + r"|\b(?:"
    + "|".join(
        [
            # article numbers: "art. 4.2.2", "artikel 9:11 lid 2", "4.2.2 Jeugdwet", "Awb 9:11"
            r"(?i:art(?:ikel|t)?\.?)\s*\d+[a-z]?(?:[.:]\d+[a-z]?)*(?:\s*(?i:lid|sub)\s*\d+)?",
            r"\d+[a-z]?(?:[.:]\d+[a-z]?)+\s*(?i:awb|jeugdwet|wkkgz|wmo|bw|wvggz|wzd)\b",
            r"(?i:awb|jeugdwet|wkkgz|wmo|bw|wvggz|wzd)\s*\d+(?:[.:]\d+)*[a-z]?",
            r"(?i:wmo)\s*2015\b",
            # organisation names
            r"(?i:" + _alternation(ORGANISATION_PHRASES) + r"\b)",
            r"Jeugdbescherming\s+(?:Regio\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?",
        ]
    )
    + ")"
)
# Role words are found by looking words up in a set: one big case-insensitive alternation
# tried at every position cost more than everything else in a scan together.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# after a role word, a role label: "gezinsvoogd A", "teamleider B2" (not "A. de Vries")
_ROLE_LABEL = re.compile(rf"\s+[A-Z]\d?\b(?!\.?\s*(?:{_INTERFIX}\s+)*[A-ZÀ-Ý][a-zà-ÿ])")


def role_words(text: str) -> Iterator[re.Match[str]]:
    """Role words and titles in `text` ("moeder", "Gezinsvoogd", "mevr")."""
    for match in _WORD.finditer(text):
        word = match.group().casefold()
        if word in ROLE_WORDS or word in HONORIFICS:
            yield match


# A town right after one of these words names an organisation ("gemeente Utrecht").
_ORGANISATION_BEFORE = re.compile(
    r"(?i:\b(?:gemeente|regio|veilig thuis|wijkteam|buurtteam|jeugdteam|sociaal team|ggd|"
    r"rechtbank|kantongerecht|gerechtshof|politie|jeugdbescherming|cjg|provincie|stadsdeel|"
    r"ziekenhuis|stichting|zorg- en veiligheidshuis|gi|loket|jeugdstem|raad voor de "
    r"kinderbescherming))[\s-]+$"
)
# A "name" ending in or followed by one of these is an organisation ("De Hoenderloo Groep").
# what a firm under its founder's name does: "Hoekstra Advocaten", "Visser Bewindvoering"
FIRM_WORDS = (
    r"Advocaten|Advocatuur|Bewindvoering|Bewindvoerders|Bewind|Beschermingsbewind|Notarissen|"
    r"Notariaat|Accountants|Administratie|Administraties|Makelaardij|Mediation|Budgetbeheer|"
    r"Mentorschap|Schuldhulpverlening|Gastouderbureau|Huisartsen|Tandartsen|Fysiotherapie|"
    r"Thuishulp|Woonzorg"
)
_ORGANISATION_AFTER = re.compile(
    # (within the line: the next line may open with "Bewindvoering via ...")
    r"(?:[^\S\n]|-)*(?:Stichting|Groep|Instituut|Ziekenhuis|Kliniek|College|Lyceum|Zorg|Jeugdzorg|"
    r"Centrum|Academie|Gymnasium|School|Jeugdbescherming|Jeugd|Jeugdhulp|Thuiszorg|Welzijn|"
    r"Kinderopvang|Zorggroep|Behandelcentrum|GGZ|Ggz|Jeugd-GGZ|Huis|Foundation|Fonds|Hospice|"
    r"Scholengemeenschap|Scholengroep|"
    # what the provider does, typed in lowercase: "Aafje thuiszorg", "Mesis bewindvoering"
    r"thuiszorg|bewindvoering|ggz|jeugdzorg|kinderopvang|thuisbegeleiding|beklagcommissie|"
    r"klachtencommissie|"
    # a firm named after its owner: "De Wit Bewindvoering", "Van Dam Advocaten"
    rf"{FIRM_WORDS}|"
    # "Emma Kinderziekenhuis", "Koning Willem-Alexander school": a compound or a lowercase head
    r"[A-ZÀ-Ý][\w-]*(?:ziekenhuis|gasthuis|kliniek|centrum|school|college|lyceum|stichting|"
    r"instituut|academie|commissie|prijs|fonds)|(?:school|college|lyceum|ziekenhuis|kliniek|"
    r"stichting)"
    # "Jan van Brabant College", "Willem van Oranje Lyceum": named after a person and his
    # place or house
    r"|van[ \t]+[A-ZÀ-Ý][\w-]+[ \t]+(?:College|Lyceum|Gymnasium|Scholengemeenschap|School)"
    # "Brouwer, Timmerman & Kuiper Advocaten": partners in a firm
    rf"|&[ \t]*[A-ZÀ-Ý][\w-]+[ \t]+(?:{FIRM_WORDS}))\b"
)
_TOKEN = re.compile(r"[^\s,;:()]+")


# "gemeente Voorne aan Zee", "Gemeente Land van Cuijk": a municipality of several words
_MUNICIPALITY_AFTER = re.compile(r"\b(?i:gemeenten?)[ \t]+(?=([A-ZÀ-Ý'][^\n.,;:()]{0,40}))")


def _municipalities(text: str) -> Iterator[tuple[int, int]]:
    """The names of municipalities after "gemeente", as long as the list has them."""
    from vertrouwen.privacy import lexicon

    for match in _MUNICIPALITY_AFTER.finditer(text):
        words = match.group(1).split()
        for count in range(min(4, len(words)), 1, -1):
            name = " ".join(words[:count])
            if name.casefold() in lexicon.councils():
                start = match.start(1)
                yield start, text.index(words[count - 1], start) + len(words[count - 1])
                break


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans that are never personal data: placeholders, role labels, laws, organisations."""
    spans = [m.span() for m in _PROTECTED.finditer(text)]
    spans.extend(_municipalities(text))
    for role in role_words(text):
        label = _ROLE_LABEL.match(text, role.end())
        if label:
            spans.append((role.start(), label.end()))
    return spans


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _is_domain_word(token: str, words: frozenset[str] = DOMAIN_WORDS) -> bool:
    word = token.casefold().strip(".'’\"")
    return word in words or word.rstrip(".") in words


_TITLES = ROLE_WORDS | HONORIFICS


def _trim_name(text: str, cand: Candidate) -> Candidate | None:
    """Strip role words and titles from the edges of a name: "Gezinsvoogd Anouk" -> "Anouk".

    Only those: a month or a law abbreviation at the start is more often a first name
    ("April de Wit", "Art van Dam").
    """
    tokens = [
        (cand.start + m.start(), cand.start + m.end())
        for m in _TOKEN.finditer(text[cand.start : cand.end])
    ]
    while tokens and (
        _is_domain_word(text[tokens[0][0] : tokens[0][1]], _TITLES)
        or (
            len(tokens) > 1
            and text[tokens[0][0] : tokens[0][1]].casefold() == "de"
            and text[tokens[1][0] : tokens[1][1]].casefold() == "heer"
        )
    ):
        tokens.pop(0)
    while tokens and _is_domain_word(text[tokens[-1][0] : tokens[-1][1]], _TITLES):
        tokens.pop()
    if not tokens:
        return None
    return Candidate(tokens[0][0], tokens[-1][1], cand.kind)


def screen(
    text: str,
    candidates: Iterable[Candidate],
    protected: list[tuple[int, int]] | None = None,
) -> list[Candidate]:
    """Drop or trim word-list candidates that are domain words; validated kinds pass through.
    `protected` is `protected_spans(text)` when the caller has it already."""
    if protected is None:
        protected = protected_spans(text)
    kept: list[Candidate] = []
    for cand in candidates:
        if cand.kind in ("email", "iban", "bsn", "phone"):
            kept.append(cand)
            continue
        if _inside(cand.start, cand.end, protected):
            continue
        if cand.kind == "name" and _ARTICLE_BEFORE.search(
            text, max(0, cand.start - 12), cand.start
        ):
            continue  # "artikel D van de Beroepscode": a code's article by its letter
        if cand.kind == "name":  # "van de Raad voor de Kinderbescherming": the name ends there
            cut = _cut_before_protected(text, cand, protected)
            if cut is None:
                continue
            cand = cut
        if cand.kind in ("name", "address", "other"):
            if _ORGANISATION_AFTER.match(text, cand.end) or _ends_in_organisation(text, cand):
                # "juf Ellen van Al Ghazali school": the person before "van" her school
                head = _NAME_BEFORE_VAN.match(text, cand.start, cand.end)
                if cand.kind == "name" and head is not None:
                    kept.append(Candidate(cand.start, head.end(1), "name"))
                continue
            if (
                cand.kind == "name"
                and text.startswith(("De ", "Het ", "'t ", "’t "), cand.start)
                and _BUILDING_BEFORE.search(text, max(0, cand.start - 30), cand.start)
            ):
                continue  # "in het wijkcentrum De Vonk": the building's own name
            if (
                cand.kind == "address"
                and not any(ch.isdigit() for ch in text[cand.start : cand.end])
                and _ORGANISATION_BEFORE.search(text, max(0, cand.start - 40), cand.start)
            ):
                continue
            trimmed = _trim_name(text, cand) if cand.kind == "name" else cand
            if trimmed is None or (
                _all_domainwords_of(text[trimmed.start : trimmed.end])
                and not (
                    cand.kind == "name"
                    and " " not in text[trimmed.start : trimmed.end]
                    and (
                        AGE_BRACKET_AFTER.match(text, trimmed.end)
                        # "Mei (moeder, Kantonees)": a month as a first name, by its role
                        or _role_bracket_after(text, trimmed.end)
                    )
                )
            ):
                continue
            cand = trimmed
        kept.append(cand)
    return kept


# public buildings and places of a town: "het stadhuis van Ede", "de bibliotheek in Sneek"
PUBLIC_BUILDINGS = (
    r"stadhuis|gemeentehuis|raadhuis|bibliotheek|bieb|rechtbank|politiebureau|ziekenhuis|"
    r"station|wijkcentrum|buurthuis|buurtcentrum|stadskantoor|zwembad|markt|centrum|haven|"
    r"sporthal|kerk|moskee|gebedshuis|theater|speeltuin|kinderboerderij"
)
# "in het wijkcentrum De Vonk", "sporthal Het Hoogeland": the building's own name
_BUILDING_BEFORE = re.compile(rf"(?i:\b(?:{PUBLIC_BUILDINGS}))[ \t]+$")


_NAME_BEFORE_VAN = re.compile(
    r"((?:(?:[A-Z]\.)+[ \t]?)?[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?)[ \t]+van[ \t]+(?=[A-Z])"
)
_PARTICLES_AT_END = re.compile(r"(?:[ \t]+|^)(?:van|de|der|den|het|'t|ter|ten|te)$", re.IGNORECASE)


_ARTICLE_BEFORE = re.compile(r"(?i)\bartikel[ \t]+$")
_ROLE_BRACKET = re.compile(r"[ \t]*\((?:de[ \t]+)?([a-zà-ÿ'’-]+)[,;)]")


def _role_bracket_after(text: str, end: int) -> bool:
    role = _ROLE_BRACKET.match(text, end)
    return role is not None and role.group(1) in ROLE_WORDS


def _cut_before_protected(
    text: str, cand: Candidate, protected: list[tuple[int, int]]
) -> Candidate | None:
    """The part of a name before a protected span it runs into, without trailing particles;
    None when nothing of a name is left."""
    end = cand.end
    for s, _e in protected:
        if cand.start < s < end:
            end = s
    if end == cand.end:
        return cand
    part = text[cand.start : end].rstrip()
    while True:
        trimmed = _PARTICLES_AT_END.sub("", part)
        if trimmed == part:
            break
        part = trimmed.rstrip()
    if not part:
        return None
    return Candidate(cand.start, cand.start + len(part), cand.kind)


def _ends_in_organisation(text: str, cand: Candidate) -> bool:
    words = text[cand.start : cand.end].split()
    return len(words) > 1 and bool(_ORGANISATION_AFTER.match(words[-1]))


def _all_domainwords_of(span: str) -> bool:
    tokens = _TOKEN.findall(span)
    return bool(tokens) and all(_is_domain_word(t) for t in tokens)


# "AKJ: 088 555 1000", "Jeugdstem (088-5551000)": an organisation's own line
_NOT_ALONE = words_of(
    "veilig thuis raad groep college toezicht beroep nationale zorg jeugd instelling stichting"
)
# an organisation named by a phrase or by a word that names one alone
_ORGANISATION_NAMED = (
    _alternation(ORGANISATION_PHRASES) + "|" + "|".join(sorted(ORGANISATION_WORDS - _NOT_ALONE))
)
_ORGANISATION_BEFORE_NUMBER = re.compile(
    r"(?i)\b(?P<org>" + _ORGANISATION_NAMED + r"|klachtenlijn|servicenummer|informatielijn|"
    r"klantenservice|klantcontact|servicedesk|helpdesk|receptie|algemeen nummer|hoofdnummer|"
    r"centrale|secretariaat|kindertelefoon|(?:luister|hulp|info|service|meld|advies|jongeren|zorg|crisis)lijn|uwv|svb|duo|cak|cjib|belastingdienst|"
    r"provincie|crisisdienst|crisislijn|crisisnummer|nachtnummer|spoedlijn|buiten kantooruren)\b"
    r"[^.;\n]{0,25}$"
)
# ("een eigen nummer buiten kantooruren" is an organisation's; "haar eigen nummer" a person's)
_PERSONAL_AFTER_NUMBER = re.compile(r"(?i)[ \t]*[(,]?[ \t]*(?:direct|mobiel|privé|prive)\b")
_PERSONAL_BEFORE_NUMBER = re.compile(
    r"(?i)\b(?:direct|mobiel|(?:haar|zijn|z'n|d'r|mijn|hun|jouw)[ \t]+eigen|privé|prive|06)\b"
)


def personal_after_number(text: str, end: int) -> bool:
    """Whether the number ending at `end` is said to be someone's own line ("... direct")."""
    return _PERSONAL_AFTER_NUMBER.match(text, end) is not None


# "algemeen nummer 088 ...", "het algemene nummer", "landelijk nummer", "... (algemeen nummer)"
_GENERAL_NUMBER_BEFORE = re.compile(
    r"(?i)\b(?:algeme(?:en|ne)|landelijke?|centrale?|hoofd|crisis|nacht|spoed)[ \t]*(?:telefoon)?"
    # "het crisisnummer van SAVE in Flevoland, 088 ..."
    r"nummer(?:[ \t]+van[ \t]+\w+(?:[ \t]+(?:in|voor)[ \t]+\w+)?)?(?:[ \t]+is)?[ \t]*[:,]?[ \t]*$"
)
_GENERAL_NUMBER_AFTER = re.compile(
    r"(?i)[ \t]*\((?:algemeen|landelijk|centraal)[ \t]+nummer\)"
    # "tel 088-4445566 algemeen nr."
    r"|[ \t]+(?:algemeen|algemene|landelijk|centraal|centrale)[ \t]+(?:nr|nummer)\b"
    r"|[ \t]+is[ \t]+het[ \t]+(?:algemene|centrale|landelijke)[ \t]+(?:telefoon)?nummer"
)


# a mailbox right before the number: "info@jeugdstem.nl of 088 ...", "wijkteam@... en 030 ..."
_MAILBOX_BEFORE = re.compile(
    r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:[ \t]*(?:,|/|\||en|of|tel\.?|telefoon|t\.)[ \t:]*){0,3}$"
)


def organisation_number(text: str, start: int, end: int) -> bool:
    """Whether the (non-mobile) phone number at text[start:end] is an organisation's own line:
    an organisation word just before it, and no role word or personal cue between; or called
    the general number outright."""
    digits = "".join(ch for ch in text[start:end] if ch.isdigit())
    if digits.startswith(("06", "316", "00316")):
        return False
    line_start = text.rfind("\n", 0, start) + 1  # (a note's earlier line is another matter)
    before = text[max(line_start, start - 40) : start]
    if _GENERAL_NUMBER_BEFORE.search(before) or _GENERAL_NUMBER_AFTER.match(text, end):
        return True
    if digits.startswith(("088", "3188")) and _national_line(text, start):
        return True
    # "het CJG met het algemene adres Postbus 3024, ... en het telefoonnummer 015-2602600": only
    # an organisation has a Postbus
    if _POSTBUS.search(text, max(0, start - 120), start) and _national_line(text, start):
        return True
    named = _ARTICLE_NAME_BRACKET_BEFORE.search(before)
    if named and digits.startswith(("088", "085", "0800", "0900", "3188", "3185")):
        from vertrouwen.privacy import lexicon

        if named.group(1).casefold() not in lexicon.surnames():
            return True  # "De Luisterlijn (088-0767 000)": a service's line, named with "De"
    mailbox = _MAILBOX_BEFORE.search(text, max(0, start - 90), start)
    if mailbox is not None and not _PERSONAL_BEFORE_NUMBER.search(before):
        from vertrouwen.privacy.patterns import general_mailbox

        if general_mailbox(mailbox.group(1)):
            return True  # "Wijkteam algemeen: wijkteam@sociaalteam.nl en 030-2860000"
    match = _ORGANISATION_BEFORE_NUMBER.search(before)
    if match is None or _PERSONAL_AFTER_NUMBER.match(text, end):
        return False  # ("tel 030 – 286 55 10 direct": her own line)
    # "Ilona Dekker (Veilig Thuis) 088 ...": a named professional's line, her organisation
    # in brackets; "Karin van het wijkteam: (0570) ...": hers, said with her first name
    if _NAME_BRACKET_BEFORE.search(before, 0, match.start("org")):
        return False
    from vertrouwen.privacy import lexicon

    if any(
        word[:1].isupper()
        and word.casefold() in lexicon.first_names()
        and not lexicon.is_dutch_word(word)  # (not "De klachtenlijn")
        for word in _WORDS.findall(before[: match.start("org")])
    ):
        return False
    between = before[match.end("org") :]
    sentence = text[max(line_start, start - 80) : start].rsplit(".", 1)[-1]
    if _PERSONAL_BEFORE_NUMBER.search(before) or any(role_words(sentence)):
        return False
    # a capitalised word between may be a person ("AKJ, Anouk Smit: 088..."), not a place
    from vertrouwen.privacy import lexicon

    places, organisations = lexicon.places(), lexicon.not_persons()
    return not any(
        word[:1].isupper()
        and word.casefold() not in places
        and word.casefold() not in organisations
        for word in _WORDS.findall(between)
    )


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_ORGANISATION_IN_SENTENCE = re.compile(
    r"(?i)\b(?:"
    + _ORGANISATION_NAMED
    + r"|[\w-]*commissie|secretariaat|kantoor|meldpunt|landelijke?)\b"
)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")  # not the dot in "9.00 uur"


_POSTBUS = re.compile(r"(?i)\bpostbus[ \t]+\d")


def _national_line(text: str, start: int) -> bool:
    """An 088 number (the range Dutch organisations get) in a sentence about an organisation
    that names no person: "De Raad voor de Kinderbescherming heeft een landelijk nummer, 088 ..."
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    sentence = text[ends[-1] if ends else max(0, start - 300) : start]
    if not _ORGANISATION_IN_SENTENCE.search(sentence):
        return False
    if _PERSONAL_BEFORE_NUMBER.search(sentence) or any(role_words(sentence)):
        return False
    from vertrouwen.privacy import lexicon

    # no capitalised word that could be a person ("Anouk Smit van de GI: 088 ...")
    return not any(
        word[:1].isupper()
        and (word.casefold() in lexicon.first_names() or word.casefold() in lexicon.surnames())
        and word.casefold() not in ORGANISATION_WORDS
        and word.casefold() not in lexicon.places()  # "2601 DA Delft"
        and not word.isupper()
        for word in _WORDS.findall(sentence)
    )


_ARTICLE_NAME_BRACKET_BEFORE = re.compile(r"\b(?:De|Het)[ \t]+([A-ZÀ-Ý][\w-]+)[ \t]*\([ \t]*$")
_NAME_BRACKET_BEFORE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+[ \t]*\([ \t]*$")


# Whose address or number it is. In a sentence that names an office, a court, a provider or a
# professional's practice and no person at all, the address, postcode, town and landline are the
# organisation's ("Pactum, vestiging Arnhem, is bereikbaar op 088 ...", "bewindvoerder zit op
# Burgwal 22"); a relative, a client, a name, where someone lives or whose it is ("haar nieuwe
# adres", "direct") make them a person's.
_OWNING_BODIES = words_of("""
    kantoor hoofdkantoor regiokantoor bezoekadres kantooradres vestigingsadres
    correspondentieadres vestiging vestigingen locatie intakelocatie gebouw bezoekerscentrum
    zaal spreekkamer spreekkamers vergaderkamer vergaderruimte loket balie receptie
    secretariaat griffie kantongerecht gerechtshof justitie stadhuis raadhuis gemeentehuis
    wijkcentrum buurthuis buurthuizen dorpshuis buurtcentrum mfc mfa ziekenhuis bibliotheek
    ombudsman spreekuur bewindvoerder bewindvoering bewindkantoor advocaat advocatenkantoor
    notaris huisarts praktijk aanbieder zorgaanbieder klachtenbureau patiëntenservice
    klachtenfunctionaris klachtenregeling werkplek tolkencentrum tolkcentrum cliëntenraad
    wijkteam buurtteam jeugdteam gi raad kinderbescherming jeugdstem akj ggd cjg skj ggz
    jeugd-ggz gemeente rechtbank politie stichting klachtencommissie inspectie
    jeugdbescherming jeugdreclassering veiligheidshuis kantonrechter rechter kinderrechter
    voorzieningenrechter zittingsplaats heils
    """)
_OWNING_TAILS = ("kantoor", "gebouw", "zaal", "loket", "commissie", "instantie")
_OWNING_PERSONS = words_of("""
    moeder vader ouder ouders oma opa tante oom zus broer zoon dochter kind kinderen cliënt
    client cliënte jongere jeugdige pleegouders pleegouder pleegmoeder pleegvader pleeggezin
    gezin fam familie vriend vriendin partner ex buurvrouw buurman klager klaagster kleinzoon
    kleindochter neef nicht stiefvader stiefmoeder meisje jongen baby schoonmoeder schoonvader
    thuis huisbezoek ingeschreven slaapt sliep direct directe mobiel privé prive eigen
    haar hun mijn jouw d'r z'n zn hem hij ik mw mw. mevr mevrouw dhr dhr. meneer heer
    mr mr. drs drs. hb opvang opvanghuis opvanglocatie vrouwenopvang crisisopvang crisisplek
    zorgcentrum woonzorgcentrum verpleeghuis verzorgingshuis woonvorm woongroep leefgroep
    gezinshuis hospice pension azc camping woonwagen woonboot chalet groep
    """)
# ... and words that make it someone's unless a body is named after them ("stuurde de brief naar
# Kerkstraat 12"; but "adres van de rechtbank: ...", "de wijkcoach op het gemeentehuis, ...")
_FOR_A_PERSON = words_of("""
    naar adres adressen adreswijziging woonadres huisadres nieuw nieuwe oud oude tijdelijk pc
    huisnr huisnummer brief brieven beschikking verstuurd gestuurd bezorgd aanvraag
    """)
# roles that speak for their organisation, whose line and office are its own
_BODY_ROLES = words_of("""
    school medewerker voorzitter secretaris directeur bestuurder manager teammanager
    regiomanager teamleider leidinggevende klachtbemiddelaar
    """)
# "wijkcoach", "ambulant hulpverlener", "jongerenwerker": a person at work
_PERSON_ROLE_TAILS = (
    "coach",
    "begeleider",
    "hulpverlener",
    "werker",
    "consulent",
    "voogd",
    "beschermer",
    "therapeut",
    "regisseur",
    "ondersteuner",
    "verpleegkundige",
)
_LIVING = ("woon", "wonen", "verblijf", "verbli", "verble", "logeer", "logeren")
_MOVED = words_of("verhuisd verhuist verhuizen verhuizing verhuisde")
# "zijn nieuwe adres", "zijn werk" (not "Spreekkamers zijn op de 1e etage")
_HIS_THINGS = words_of("adres nummer werk lijn huis woning telefoon mobiel werknummer nieuwe oude")
# abbreviations whose dot ends no sentence: "Burg. van Roijensingel 12", "tst. 3"
_DOTTED = words_of("burg dr mr prof st tel tst nr mw dhr ir ing drs mevr jl ca bijv vgl kon")
_OWNER_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W\d_.]|[^\W\d_]|[.!?;\n](?=\s|$)")


def _owner(words: list[str], k: int) -> str | None:
    """Whom words[k] says owns what follows: "person", "body", "for" (a person's, unless a
    body is named after it) or None."""
    from vertrouwen.privacy import lexicon

    word = words[k]
    low = word.casefold()
    before = words[k - 1].casefold() if k > 0 else ""
    after = words[k + 1] if k + 1 < len(words) else ""
    if low == "thuis" and before == "veilig":
        return "body"  # "Veilig Thuis IJsselland"
    if low == "naar" and before in _MOVED:
        return None  # "Wijkteam Centrum is verhuisd naar ...": who moved says whose it is
    if (
        low in _OWNING_PERSONS
        or low.startswith(_LIVING)
        or (low == "zijn" and after.casefold() in _HIS_THINGS)
        or (low in ("dr", "dr.") and word.islower())  # "huisarts dr. Brouwers"
        or (len(word) == 1 and word.isupper() and after == ".")  # "P. Latuheru"
    ):
        return "person"
    if _named_person(words, k):
        return "person"
    if low in _FOR_A_PERSON or (
        (low in ROLE_WORDS or low.endswith(_PERSON_ROLE_TAILS))
        and low not in _OWNING_BODIES
        and low not in _BODY_ROLES
    ):
        return "for"
    providers = lexicon.providers()
    if {"volgens", "via", "voor"} & {before, words[k - 2].casefold() if k > 1 else ""}:
        # "adres volgens de GI: ...", "adres via bewindvoerder: ...", "Adres voor de commissie:
        # ...": not where the body sits
        return None
    if (
        low in _OWNING_BODIES
        or low.endswith(_OWNING_TAILS)
        or (
            word[:1].isupper()
            and low in providers
            and low not in lexicon.common_words()
            and low not in lexicon.places()
        )
    ):
        return "body"
    return None


@lru_cache(maxsize=4096)
def _may_be_body(word: str) -> bool:
    """A cheap first look: whether `word` could name a body (`_owner` decides)."""
    from vertrouwen.privacy import lexicon

    low = word.casefold()
    return (
        low in _OWNING_BODIES
        or low == "thuis"
        or low.endswith(_OWNING_TAILS)
        or (word[:1].isupper() and low in lexicon.providers())
    )


def _named_person(words: list[str], k: int) -> bool:
    """Whether words[k] is a person's name: "Thanh Huong Tran", "Bewindvoerder Peter Snoek",
    "Bewindvoerder Brouwer", "Hoogland (bewindvoerder", "rajesh jagroep"."""
    from vertrouwen.privacy import lexicon

    word = words[k]
    low = word.casefold()
    if word.isupper() and len(word) <= 3:
        return False  # "GI", "VT", a postcode's letters ("6711 AB")
    after = words[k + 1] if k + 1 < len(words) else ""
    if (
        word[:1].isupper()
        and after.casefold() in ROLE_WORDS
        and after.casefold() != "school"
        and low not in _OWNING_BODIES
        and low not in lexicon.providers()
        and low not in lexicon.common_words()  # (not "De kantonrechter")
    ):
        return True  # "Hoogland (bewindvoerder, ...)": whatever else the word is
    if (
        low in lexicon.places()
        or low in lexicon.not_persons()
        or low in _OWNING_BODIES
        or low in lexicon.providers()
        or low in lexicon.common_words()
    ):
        return False
    if low in lexicon.first_names() and (
        not lexicon.is_dutch_word(low) or (word[:1].isupper() and after[:1].isupper())
    ):
        return word[:1].isupper() or len(word) >= 4
    return word[:1].isupper() and k > 0 and words[k - 1].casefold() in ROLE_WORDS


def _sentence_words(text: str, start: int, end: int) -> list[list[re.Match[str]]]:
    """The words of text[start:end], split into sentences (an abbreviation's or an initial's
    dot ends none)."""
    sentences: list[list[re.Match[str]]] = [[]]
    for match in _OWNER_WORD.finditer(text, start, end):
        word = match.group()
        if word in ".!?;\n":
            last = sentences[-1][-1].group() if sentences[-1] else ""
            if last.casefold() in _DOTTED or (len(last) == 1 and last.isupper()):
                sentences[-1].append(match)
                continue
            sentences.append([])
        else:
            sentences[-1].append(match)
    return sentences


# where an organisation sits or is reached (not "Veilig Thuis deed onderzoek op ...": a visit)
_LOCATED = words_of("""
    kantoor hoofdkantoor regiokantoor bezoekadres kantooradres vestigingsadres
    correspondentieadres vestiging vestigingen locatie intakelocatie gebouw bezoekerscentrum
    spreekkamer vergaderkamer vergaderruimte loket balie receptie secretariaat griffie spreekuur
    gevestigd zit zitten zat zetel bereikbaar telefonisch tel tel. telefoon telefoonnummer
    nummer lijn doorkies doorkiesnummer bellen werkplek werken werkt verhuisd verhuist
    verhuizen verhuisde afdeling zittingsplaats
    """)
# between an organisation's name and its address only its seat and punctuation: "Pactum,
# Velperweg 102", "Cardea, Leiderdorp, Engelendaal 5", "Klachtenloket Wmo: Markt 1"
_APPOSITION = re.compile(
    r"(?:[\s,:(|–-]+(?:[A-ZÀ-Ý][\w'’-]*|\d{4}[ \t]?[A-Z]{2}|\d{1,5}[a-zA-Z]?|in|te|op|aan|de|het|"
    # "Rechtbank Den Haag, familiezaken, ...": a department between commas
    r"van|afdeling|[a-zà-ÿ-]+(?=[ \t]*,)))*"
    r"[\s,:(|–-]+$"
)


# "het nummer van het secretariaat", "adres van de rechtbank": whose it is, said outright (the
# group is the sentence up to it)
_OF_A_BODY = re.compile(
    r"^(.*?\b(?:nummer|telefoonnummer|adres|bezoekadres|postadres)[ \t]+van[ \t]+(?:de|het)?[ \t]*)"
    r"(?:secretariaat|rechtbank|commissie|klachtencommissie|gemeente|raad|gi|griffie|"
    r"kantoor|receptie|wijkteam|instelling|aanbieder)$"
)


def organisation_owns(
    text: str, start: int, end: int | None = None, *, body_named: bool = True
) -> bool:
    """Whether what starts at `start` (an address, its postcode or town, a landline) is an
    organisation's: its sentence so far names a body where it sits or is reached (unless
    `body_named` is False: a switchboard's menu says so), and no person; no name stands
    earlier in its line. With `end`, the rest of the sentence names no person either."""
    line_start = text.rfind("\n", 0, start) + 1
    sentences = _sentence_words(text, max(line_start, start - 160), start)
    if body_named and not any(_may_be_body(m.group()) for m in sentences[-1]):
        return False  # (most of a note's addresses: no body in their sentence at all)
    for before in sentences[:-1]:
        words = [m.group() for m in before]
        if any(_named_person(words, k) for k in range(len(words))):
            return False  # "Cengiz Aksoy verhuist ...; de GI heeft nog Hudsonstraat 11-1"
    matches = sentences[-1]
    words = [m.group() for m in matches]
    owners = [_owner(words, k) for k in range(len(words))]
    of_body = _OF_A_BODY.search(" ".join(words).casefold())
    if of_body is not None and "person" not in owners[len(of_body.group(1).split()) :]:
        # "Moeder heeft het nummer van het secretariaat, 088 ...": the body's, whoever has it
        return _rest_names_no_person(text, end)
    if "person" in owners:
        return False
    cues = [owner for owner in owners if owner in ("body", "for")]
    if cues and cues[-1] == "for":
        return False  # "Karakter stuurde de brief naar Kerkstraat 12"
    if body_named:
        if "body" not in owners:
            return False
        last = max(k for k, owner in enumerate(owners) if owner == "body")
        located = (
            any(
                w.casefold() in _LOCATED or w.casefold().endswith(("zaal", "loket", "kantoor"))
                for w in words
            )
            or _APPOSITION.fullmatch(text, matches[last].end(), start)
            # "Het adres van de rechtbank staat op de oproeping: ..."
            or any(
                w.casefold() == "adres" and [x.casefold() for x in words[j + 1 : j + 2]] == ["van"]
                for j, w in enumerate(words[: last - 1])
            )
        )
        if not located:
            return False  # "Veilig Thuis deed onderzoek op Kerkstraat 12": someone's home
    return _rest_names_no_person(text, end)


def _rest_names_no_person(text: str, end: int | None) -> bool:
    """Whether the sentence after `end` names no person ("..., dat is het nummer van opa")."""
    if end is None:
        return True
    rest = [m.group() for m in _sentence_words(text, end, _line_end(text, end))[0]]
    return not any(_owner(rest, k) == "person" for k in range(len(rest)))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
