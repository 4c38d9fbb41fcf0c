"""Names of any origin, found by what they are rather than by whether a list knows them.

Where a name can stand (after a title or role word, before a role word as a possessive, or
capitalised inside a sentence) a word that is no ordinary Dutch word is taken as a name; a
list can never hold every Eritrean, Ukrainian or Surinamese name, but the Dutch lexicon can
hold every Dutch word. The name lists then add the names that are also Dutch words ("meneer
Vos", "Roos belde") and first names typed in lowercase ("gesproken met fatima").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from functools import lru_cache

from vertrouwen.privacy import lexicon
from vertrouwen.privacy.allowlist import (
    AGE_BRACKET_AFTER,
    CALENDAR_WORDS,
    FIRM_WORDS,
    HONORIFICS,
    LAW_WORDS,
    ORGANISATION_WORDS,
    PUBLIC_BUILDINGS,
    ROLE_WORDS,
)
from vertrouwen.privacy.findings import Candidate, led_by_first_letter, words_of
from vertrouwen.privacy.patterns import BODY_ROLES, numbered_thing, office_address

_TOKEN = re.compile(
    r"(?P<initials>(?<![\w.])(?:[A-ZÀ-ÝĀ-ſ]\.[ ]?){1,4}(?![\w]))"  # (also "E.Ş. Kaya")
    r"|(?P<word>['’]t\b|[^\W\d_](?:[\w'’-]*[^\W\d_])?(?:['’](?:s|er|ers)\b)?)"
)
# Titles after which any word that is not an ordinary Dutch word is a name, lowercase too.
_TITLES = HONORIFICS | words_of(
    "dhr. mw. mevr. mr mr. dr dr. drs drs. ir ir. fam fam. familie heer mrs mrs. ms ms. "
    "pleeggezin pleegouders gezin"
)
_PARTICLES = words_of("""
    van de der den ter ten te het 't t d' el al ben bin ibn abu bint da di do dos das du la le
    von zu ait ould vd vdr
    """)
# "op" only opens a surname's particles before another one: "Gijs op den Kamp", "op 't Hof"
_OP_BEFORE = words_of("den de 't t ten ter het")
# Particles that can also open a name written after a title ("mw. el Haddaoui", "dhr. de Vries")
_SURNAME_OPENERS = words_of(
    "van vd de der den ter ten el al ben bin ibn abu da di dos du la le von"
)
# After a known name that is also an ordinary word opening a sentence ("Roos zei"): verbs of
# getting in touch and of wanting (not "is", "was": "Toon was zakelijk", "Woning is netjes").
_PERSON_VERBS = words_of("""
    belt belde zegt zei vertelt vertelde mailt mailde appt appte vraagt vroeg stuurt stuurde
    meldt meldde wil wilde vindt vond terugbellen bellen mailen appen spreken informeren
    uitnodigen huilde huilt klaagt klaagde zit zat woont woonde logeert logeerde slaapt sliep
    voetbalt schreef schrijft antwoordde antwoordt weigerde weigert ontkende ontkent beweerde
    beweert beloofde belooft lachte twijfelt twijfelde reageerde reageert erkende erkent
    durft durfde snapt snapte begrijpt begreep schaamt schaamde
    """)
# ... and these too, after a word no list knows that opens a sentence ("parwana heeft ...")
_OPENING_VERBS = _PERSON_VERBS | words_of("""
    heeft had moet moest wordt werd weet wist komt kwam gaat ging krijgt kreeg mag mocht kan
    kon is was spreekt sprak geeft gaf neemt nam doet deed
    """)
# "(6)", "(17, amv)", "(93??)", "(31-12-2009)", "(0515)": an age, a date or a number in brackets
# "wongsodikromo (surya)": a bracketed word right after
_BRACKETED_AFTER = re.compile(r"[ \t]+\([a-zà-ÿ]+\)")
_BRACKET_NUMBER_AFTER = re.compile(r"[ \t]*\([ \t]*\d")
_DATE_RIGHT_AFTER = re.compile(
    r"[ \t]+(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d|\d{1,2}[ \t]+(?i:jan|feb|mrt|maart|apr|"
    r"april|mei|jun|juni|jul|juli|aug|sep|sept|okt|nov|dec)[a-z]*\.?[ \t]+(?:19|20)?\d\d)\b"
)
# ... of which these are said of a person only, never of a town standing for its council
# ("Hoek vroeg of de klacht anoniem kan"; but "Zwolle wil meer geld")
_SPEECH_VERBS = words_of("""
    belt belde zegt zei vertelt vertelde vraagt vroeg huilde huilt appt appte lachte mailde
    """)
# Words after which a name follows as after a role: "Zus van Marit heet Jet"
_NAMING_WORDS = words_of("heet heten genaamd roepnaam bijnaam alias")
# labels a name follows after a colon: "Naam: ...", "Klager: ...", "Betreft: ..."
_NAME_LABELS = words_of("""
    naam namen klager klaagster melder contactpersoon aanvrager aanwezig aanwezigen afwezig
    deelnemers
    """)
# Kinds of organisation whose name follows them: "Jeugdhulp De Brug", "Praktijk Meander"
_ORGANISATION_KINDS = words_of("""
    jeugdhulp praktijk stichting vereniging centrum zorgcentrum kliniek ziekenhuis instelling
    zorggroep woonzorg opvang dagbesteding dagcentrum jeugdzorg wijkteam buurtteam kinderopvang
    huisartsenpraktijk advocatenkantoor bewindvoering kantoor bureau regio locatie vestiging
    afdeling vergaderruimte vergaderzaal spreekkamer zaal ruimte wijkcentrum buurthuis
    gebouw
    """)
# ... and the compounds ending in one: "Wijkcentrum De Schakel", "Inloophuis De Haven"
_ORGANISATION_HEADS = (
    "centrum",
    "huis",
    "school",
    "team",
    "groep",
    "zorg",
    "hulp",
    "punt",
    "loket",
    "kantoor",
    "praktijk",
    "instituut",
    "stichting",
    "vereniging",
    "kliniek",
    "opvang",
    "dienst",
    "bureau",
    "raad",
    "commissie",
    "corporatie",
    "verblijf",
    "apotheek",
    "winkel",
    "fonds",
    "bank",
    "aanbieder",
    "instelling",
    "organisatie",
    "voorziening",
)
# Professions and bodies: "de klachtencommissie van Pluryn", "medewerker bij Youké"
_WORK_WORDS = words_of("""
    medewerker medewerkers klachtencommissie commissie klachtenfunctionaris gezinsvoogd
    jeugdbeschermer teamleider manager directeur bestuurder behandelaar hulpverlener
    begeleider groepsleider groepsleiding afdeling locatie vestiging instelling aanbieder
    zorgaanbieder organisatie team stichting cliëntenraad ondernemingsraad werkt werkte
    """)
# the professionals a note names with the client they work for ("de gezinsvoogd van Semhar")
_CASE_ROLES = words_of("gezinsvoogd jeugdbeschermer begeleider hulpverlener behandelaar")
_NOT_NAMES = (
    ROLE_WORDS
    | _TITLES
    | ORGANISATION_WORDS
    | LAW_WORDS
    | CALENDAR_WORDS
    | words_of("""
        ik jij je u hij zij ze wij we jullie zij hen hun haar hem mijn jouw uw zijn ons onze er
        vp tel mob mail e-mail ok oké nvt n.v.t. bsn iban ps nb i.o.m. ivm i.v.m. evt
        groep klas geb gebd geb.dat nr tav dd ca oa mbt ipv iom adv wv tk ma di wo do vr za zo
        ctrl alt shift esc enter tab cmd zsm asap svp mvg gr grt vriendelijke groet aub fyi
        re fw cc bcc att bijv vgl zgn resp excl incl tijdens
        die dat deze dit wie wat waar hier daar toen zo ook maar want dus daarna eerst niet
        geen iemand niemand iedereen welke zulke sommige enkele beide dob st
        bij in aan met voor naar uit over onder door tegen tot sinds zonder volgens vanaf
        vanwege namens via rond binnen buiten boven achter naast tussen langs
        tzt obv ivm mbt zsm evt ipv nav tav ovv iov ism ihkv iig sws bvd wrs mi vlgs ztt
        mvg gr gaarne aub svp pbv ovb wollah wallah wallahi inshallah mashallah bismillah
        alhamdulillah habibi bro sis yo hoi doei jeetje joh men mee allen nadien duurt
        afspr afsp gespr opm bijz betr ovl behand wvttk rondv aanw afw actiep versl bespr
        bon d'r z'n d’r z’n
        monday tuesday wednesday thursday friday saturday sunday jongste oudste middelste
        cie kcie klachtcie klachtencie bezwaarcie adviescie geschillencie todo to-do memo
        update amv amv'er amv'ers
        """)
)
# Compounds that end in a role are roles: "Ombudsfunctionaris", "Wmo-medewerker"
_ROLE_ENDINGS = (
    "functionaris",
    "medewerker",
    "coördinator",
    "coordinator",
    "begeleider",
    "consulent",
    "deskundige",
    "werker",
    "adviseur",
    "therapeut",
    "psycholoog",
    "pedagoog",
    "verpleegkundige",
    "regisseur",
    "manager",
    "voogd",
    "beschermer",
    "ondersteuner",
    "bemiddelaar",
    "vertrouwenspersoon",
)
_SURNAME_ONLY_PARTICLES = words_of("der ter ten 't")
# the last part of a compound that makes it a part of an organisation ("Youtoo-locatie")
_ORGANISATION_PARTS = words_of("""
    locatie locaties vestiging vestigingen team teams afdeling groep groepen kliniek polikliniek
    instelling organisatie zorg jeugd jeugdhulp jeugdzorg ggz kantoor regio huis huizen
    woongroep gezinshuis wachtlijst aanbod gebouw website app
    """)
# Lowercase words before a noun: "de Burgemeester" is the mayor; "de Vries" comes with a
# first name or title in notes ("Jan de Vries", "mevrouw de Vries"), which the run takes.
_ARTICLES = words_of(
    "de het een deze die dit dat onze uw hun zijn haar mijn jouw elke iedere geen welke"
)
# Words after which a place is where something is, not a person ("in Utrecht").
_PLACE_PREPOSITIONS = words_of("in uit naar te bij rond regio gemeente provincie nabij")
_SENTENCE_END = re.compile(r"(?:[.!?:;]|^|\n)[\s\"'“‘(\[*•·>–+-]*$")
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t\ufeff]*(?:(?:[-*•·>–+]|\(?\d{1,2}[.)])[ \t]*)*$")


class _Tok:
    """A word (or a run of initials) of a note, with what the name finder asks of it most.

    (A class with slots: a note of 2,000 words makes as many, and a dataclass's init and
    post-init cost a tenth of the name finder's time.)"""

    __slots__ = ("cap", "end", "english", "initials", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str, initials: bool, english: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.english = english  # the token stands in an English sentence
        self.low = text.casefold()
        first = text[:1]
        # scripts without case (Arabic, Ge'ez, Hebrew, Devanagari...) count as capitalised
        cap = first.isupper() or (first.isalpha() and not first.islower())
        # "J de Vries": an initial typed without its dot
        self.initials = initials or (len(text) == 1 and first.isupper())
        if not cap:
            # "al-Hamwi", "el-Amrani", "d'Ancona": a particle glued to a capitalised name
            head, sep, tail = text.partition("-")
            if not sep:
                head, sep, tail = text.partition("'")
            cap = bool(sep) and head.casefold() in _PARTICLES and tail[:1].isupper()
        self.cap = cap


# Words that mark a sentence as English, none of them a Dutch word ("is", "was", "we", "of"
# and "door" are both), and the Dutch words that outweigh them in a Dutch sentence that
# quotes a little English ("de deadline is in de week van ...").
_ENGLISH_MARKERS = words_of("""
    the and she with for to this that have has will would please from my your our their his
    were are it you they what when which there about should could can not been be an on at
    if but or so just also into than them these those who how why any some did does don't
    can't won't i'm i've it's we're they're thanks thank regards dear hi hello hey let's get
    got know think feel need want said says told asked called wrote sent see look here a
    next
    """)
# ("is", "in", "was", "we" are English too: they mark neither)
_DUTCH_MARKERS = words_of("""
    de het een en van niet met voor zijn er naar ook maar dat die wordt heeft hij zij ik je
    aan bij om uit wij ze nog wel geen kan moet zal heb hebben worden over als dan door deze
    dit wat mijn haar hun ons onze zich te op
    """)
_ENGLISH_MONTHS = words_of("""
    january february march april may june july august september october november december
    """)
# "a meeting in May", "by June 3": an English month, not a name
_MONTH_BEFORE = words_of("in on by until till before after since early late mid end of")
_SENTENCE_SPAN = re.compile(r"[^.!?\n]+[.!?]*")


def _english_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` written in English: two English marker words at least, and
    more of them than Dutch ones."""
    spans = []
    for m in _SENTENCE_SPAN.finditer(text):
        words = re.findall(r"[^\W\d_]+(?:'[a-z]+)?", m.group().casefold())
        english = sum(1 for w in words if w in _ENGLISH_MARKERS)
        if english >= 2 and english > sum(1 for w in words if w in _DUTCH_MARKERS):
            spans.append(m.span())
    return spans


def _tokens(text: str) -> list[_Tok]:
    out = []
    english = _english_spans(text)
    k = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        raw = m.group()
        if kind == "initials":
            raw = raw.rstrip()
            e = s + len(raw)
        while k < len(english) and english[k][1] <= s:
            k += 1
        in_english = k < len(english) and english[k][0] <= s
        out.append(_Tok(s, e, raw, kind == "initials", in_english))
    return out


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Whether two tokens are next to each other with only spaces between (same clause)."""
    gap = text[a.end : b.start]
    return gap.strip(" \t\u00a0") == "" and len(gap) <= 3 and "\n" not in gap


def _opens_sentence(text: str, tok: _Tok, prev: _Tok | None) -> bool:
    head = text[max(0, tok.start - 40) : tok.start]
    if tok.start - 40 <= 0:
        head = "\n" + head
    if _LINE_LEAD.search(head):
        return True
    if not _SENTENCE_END.search(head):
        return False
    # "dhr. Vos", "A. de Vries", "fam. Yilmaz": the dot belongs to an abbreviation
    return not (prev is not None and (prev.initials or prev.low.rstrip(".") in _TITLES))


def is_person_word(word: str) -> bool:
    """A known first name or surname."""
    low = word.casefold()
    if low in _PARTICLES:
        return False  # "de", "van": the name lists hold them as parts of surnames
    parts = [p for p in re.split(r"[-'’]", low) if p]
    first, sur = lexicon.first_names(), lexicon.surnames()
    if low in first or low in sur:
        return True
    # "Hoekstra-Bouma" is; "Eigen-Kracht-conferentie" (every part an everyday word) is not
    return (
        len(parts) > 1
        and any(p in first or p in sur for p in parts)
        and (
            not all(lexicon.is_dutch_word(p) for p in parts)
            # "Kees-Maarten", "Roos-Marie": a double first name, its parts words or not
            or all(p in first for p in parts)
        )
    )


def _ordinary(word: str, english: bool = False) -> bool:
    """An ordinary Dutch word; not a first name that is a word only in a dictionary ("Mila").

    Capitalised, an English word is ordinary too when no name list knows it: loanwords and
    the words of software ("Update", "Settings", "Chrome") are no names, while "Jasper" and
    "Grace" opening a Dutch sentence are. In an English sentence (`english`) every English
    word is ordinary.
    """
    if lexicon.is_dutch_word(word) and word.casefold() not in lexicon.weak_words():
        # "Verbruggen", "Vermeer": a surname the lexicon only guesses as a compound ("ver" +
        # "bruggen") is the surname
        return lexicon.is_listed_word(word) or not is_person_word(word)
    if not lexicon.is_english_word(word):
        # "Safetyplan", "Zoomcall": English and Dutch written together
        return word[:1].isupper() and lexicon.is_mixed_compound(word) and not is_person_word(word)
    return english or (word[:1].isupper() and not is_person_word(word))


_STREET_TAILS = (
    "weg",
    "dijk",
    "pad",
    "hof",
    "laan",
    "straat",
    "plein",
    "gracht",
    "kade",
    "dreef",
    "park",
    "singel",
    "steeg",
    "markt",
    "wal",
    "plantsoen",
    "boulevard",
    "ring",
    "haven",
    "erf",
)
_FIRM_WORD = rf"[ \t]+(?-i:{FIRM_WORDS})\b"  # "Hoekstra Advocaten", "Visser Bewindvoering"
_COMPANY_AFTER = re.compile(
    r"[ \t]*(?:&[ \t]*(?:zn|zonen|co|partners)\b|(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?)(?!\w)"
    rf"|[ \t]+(?:MC|UMC)\b|{_FIRM_WORD})",
    re.IGNORECASE,
)
# "Kempenaar 0207, 8242 AB": a house number and a postcode, so a street
_POSTCODE_AFTER_NUMBER = re.compile(r"[ \t]+\d{1,5}[a-zA-Z]?,?[ \t]+[1-9]\d{3}[ \t]?[A-Z]{2}\b")


# rivers and lakes that are surnames or first names too, and where one stands by them
_WATERS = words_of("maas rijn waal lek linge vecht amstel eem dommel dinkel roer geul zaan")
_ALONG_THE = re.compile(r"(?i)\b(?:langs|aan|over|bij|achter|voorbij|naar)[ \t]+de[ \t]+$")


# nationalities that are first names too, and how a note says someone is one
_NATIONALITY_NAMES = words_of("noor fin brit")
_STREET_LEADS = words_of("lange korte oude nieuwe hoge lage kleine grote")
_STREET_LEAD_NUMBER = re.compile(r"[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+[1-9]\d{0,3}[a-zA-Z]?\b(?![.,:]\d)")
_ROMAN_AFTER = re.compile(r"[ \t]+(?:II|III|IV|VI|VII)\b")
# first names that are verbs too, and what follows them as verbs ("Wil zijn voogd spreken")
_VERB_NAMES = words_of("wil ben")
_VERB_NAME_OBJECTS = words_of("""
    zijn haar hun hij ze zij je u niet graag geen weten ook nog wel dat er dit jij we wij ik
    """)
_GROWN_UPS = words_of(
    "vader moeder pleegvader pleegmoeder stiefvader stiefmoeder opa oma partner man vrouw hij zij"
)
_OF_BIRTH_AFTER = re.compile(r"(?i)[ \t]+van[ \t]+(?:geboorte|afkomst|origine)\b")
_IS_BEFORE = re.compile(
    r"(?i)\b(?:(?P<who>[^\W\d_]+)[ \t]+(?:is|was|blijft)|is|was|als)[ \t]+"
    r"(?P<article>(?:een|geen)[ \t]+)?$"
)


def _nationality(text: str, tok: _Tok) -> bool:
    """Whether `tok` ("Noor", "Fin", "Brit") says where someone is from: "van geboorte" after
    it, "een" before it, or a parent or pronoun that it is said of ("vader is Noor")."""
    if _OF_BIRTH_AFTER.match(text, tok.end):
        return True
    said = _IS_BEFORE.search(text, max(0, tok.start - 30), tok.start)
    if said is None:
        return False
    who = (said.group("who") or "").casefold()
    # (not "de oudste is Noor, zus is Fin": children and siblings are named so)
    return said.group("article") is not None or who in _GROWN_UPS


_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,5}(?![\d.:,]\d)")


# street words after which a person's name makes a street too ("Mauritsweg", "Ruyterweg",
# "Justitiaplein"); not "-hof", "-dijk" or "-park", which end surnames ("Oosterhof")
_NAMED_STREET_TAILS = ("weg", "straat", "laan", "plein", "singel", "gracht", "kade", "dreef")


def _street_word(low: str) -> bool:
    """A street's name: a Dutch word of three letters or more, perhaps with a linking "s", and a
    street word ("molenweg", "dorpsweg", "kerkpad"), or any other word of four letters or more
    and one of the commonest ("mauritsweg", "justitiaplein"); not a surname ("hoogeweg",
    "vanderlaan")."""
    for tail in _STREET_TAILS:
        if low.endswith(tail) and len(low) > len(tail) + 2:
            head = low[: -len(tail)]
            heads = (head, head[:-1]) if head.endswith("s") else (head,)
            if any(
                len(h) >= 3
                and (
                    lexicon.is_listed_word(h)
                    # "Mauritsweg", "Justitiaplein": a name or a word no list holds
                    or (tail in _NAMED_STREET_TAILS and len(h) >= 4)
                )
                for h in heads
            ):
                return not is_person_word(low)
    return False


_BUILDING_TAILS = ("huis", "gebouw", "centrum", "zaal", "ziekenhuis", "kliniek", "school")


def _plain(word: str) -> str:
    """`word` without its accents: "entréa" -> "entrea"."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _never_name(tok: _Tok) -> bool:
    low = tok.low.strip("'’")
    tail = tok.text.rsplit("-", 1)[-1] if "-" in tok.text else ""
    if len(tail) >= 3 and tail.isalpha() and tail.islower() and tail not in _PARTICLES:
        # "Albert Heijn-bonnen", "Gordon-training", "Baron-achtig": a name's parts all start
        # with a capital, but for its particles ("Verhoeven-de Graaf")
        return True
    if low.endswith("nr") and len(low) > 4:
        return True  # "Dossiernr", "Factuurnr": an abbreviation
    if "-en-" in low:
        return True  # "Jip-en-Janneketaal", "Vos-en-Haasboek": a phrase made one word
    # "Wmo-consulent", "Midden-Nederland", "Co-ouderschap"; not "Linden-de" (Graaf)
    if "-" in low and not any(p in _PARTICLES for p in low.split("-")[1:]):
        parts = [p for p in low.split("-") if p]
        # "Leeuwen-Bakker", "Vossen-Lemmens": a double surname, even of a village and a word
        double = (
            len(parts) == 2
            and low not in lexicon.places()
            and all(p in lexicon.surnames() and p not in _NOT_NAMES for p in parts)
        )
        anchored = not double and any(
            p in _NOT_NAMES or p in lexicon.places() or p in lexicon.not_persons() for p in parts
        )
        if not double and all(
            p in _NOT_NAMES
            or p in lexicon.places()
            or p in lexicon.not_persons()
            or len(p) <= 2
            or (lexicon.is_dutch_word(p) and (anchored or not is_person_word(p)))
            for p in parts
        ):
            return True
    last = low.rsplit("-", 1)[1] if "-" in low else ""
    if last and (
        _street_word(last)
        # (not a double surname: "Jansen-Oosterhuis", "Smit-Kamphuis")
        or (last.endswith(_BUILDING_TAILS) and not is_person_word(last))
    ):
        return True  # "Willem-Alexanderlaan", "Willem-Alexanderhuis": a street or building
    if any(ch.isdigit() for ch in tok.text):
        return True  # "Zorg4U", "Lijn5": a brand; no person's name has a digit
    if "-" in low and low.rsplit("-", 1)[1] in _ORGANISATION_PARTS:
        return True  # "Youtoo-locatie", "Careyn-team": a part of an organisation
    head2 = tok.text[:2]
    if head2.isalpha() and head2.isupper() and not tok.text.isupper():
        return True  # "NJi", "GGZe", "JGZ-arts": an acronym of an organisation
    if len(low) <= 4 and low.isascii() and low.isalpha() and not any(v in low for v in "aeiouy"):
        return True  # "Tzt", "Zsm", "Mvg": an abbreviation, no name has no vowel
    for ending in _ROLE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3 and not is_person_word(low):
            return True
    head = re.split(r"['’-]", tok.text, maxsplit=1)[0]
    if head != tok.text and head.isupper() and len(head) > 1:  # "IB'er", "GGD'ers", "USB-stick"
        return True
    parts = tok.text.split("-")
    if (
        len(parts) > 1
        and not tok.text.isupper()
        and any(len(p) > 1 and p.isupper() and p.isalpha() for p in parts[1:])
    ):
        return True  # "Jeugd-LVB-voorziening", "Zorg-ICT": an acronym inside a compound
    if low.endswith("s") and low[:-1] in ROLE_WORDS:
        return True  # "Cliënts' dossier", "Moeders kamer": a role's possessive
    return (
        low in _NOT_NAMES
        or low.rstrip(".") in _NOT_NAMES
        or low in lexicon.not_persons()
        or (not low.isascii() and _plain(low) in lexicon.not_persons())  # "Entréa"
        or (tok.text.isupper() and len(tok.text) > 1 and not tok.initials)
    )


# ("de bibliotheek van Den Bosch", "het station van De Bilt")
_BUILDING_OF_BEFORE = re.compile(
    rf"(?i)\b(?:{PUBLIC_BUILDINGS})[ \t]+van[ \t]+(?:(?:den|de)[ \t]+)?$"
)


def _place(tok: _Tok, prev: _Tok | None, text: str, after_name: bool = False) -> bool:
    """A town rather than a person. A known place standing alone is the town ("Hogeschool
    Utrecht", "gemeenten Utrecht en Houten"), even when it is a surname too; right after a
    first name it is the surname ("Piet Breda"), unless "in", "uit" or an organisation word
    comes between."""
    if tok.low in lexicon.places() and _BUILDING_OF_BEFORE.search(
        text, max(0, tok.start - 30), tok.start
    ):
        return True  # "in het stadhuis van Ede", "de bibliotheek van Sneek": the town's
    if (
        prev is not None
        and prev.low in _PARTICLES
        and is_person_word(tok.text)
        and not _PREPOSITION_BEFORE.search(text, max(0, prev.start - 16), prev.start)
        # "Jeugdformaat Den Haag": a town of two words that is no surname
        and not (
            f"{prev.low} {tok.low}" in lexicon.places()
            and tok.low not in lexicon.interfixed_surnames()
        )
    ):
        return False  # "met De Boer", "Van Gent": a surname; "in De Bilt" is the town
    if prev is not None and f"{prev.low} {tok.low}" in lexicon.places():
        return True  # "De Bilt", "Den Helder"
    if tok.low not in lexicon.places():
        # "Amsterdam-Noord", "Rotterdam-Zuid": a town's quarter by its compass point
        head, _, side = tok.low.partition("-")
        return side in _COMPASS and head in lexicon.places()
    if not after_name:
        return True
    if not is_person_word(tok.text):
        # "Jurgen Wijnaldum": a village no surname list holds, right after a first name
        return not (
            prev is not None
            and prev.cap
            and _joined(text, prev, tok)
            and (prev.low in lexicon.first_names() or not _ordinary(prev.text))
        )
    return (
        prev is not None
        and (prev.low in _PLACE_PREPOSITIONS or prev.low in ORGANISATION_WORDS)
        and _joined(text, prev, tok)
    )


def _name_like_cap(tok: _Tok, prev: _Tok | None, text: str, after_name: bool) -> bool:
    """A capitalised word that can be (part of) a name here."""
    if not tok.cap or _never_name(tok) or tok.initials:
        return False
    if _place(tok, prev, text, after_name):
        return False
    if after_name:  # the surname after a first name: "Fatima Bakker", "Roos de Boer"
        return True
    return is_person_word(tok.text) or not _ordinary(tok.text)


def _shouted_name(tok: _Tok) -> bool:
    """A name typed in capitals after a title: no acronym the guard knows, three letters up."""
    return (
        tok.text.isupper()
        and len(tok.text) >= 3
        and tok.low not in _NOT_NAMES
        and tok.low not in lexicon.not_persons()
        and (is_person_word(tok.text) or not lexicon.is_dutch_word(tok.text))
    )


def _name_like_lower(tok: _Tok, after_particle: bool = False) -> bool:
    """A lowercase word that can be part of a name typed in a hurry ("el haddaoui"); after a
    particle also one of the commonest words ("dhr van der meer", "mw. de wit")."""
    if tok.cap or tok.low in _NOT_NAMES or len(tok.text) < 3 or tok.low in _HURRIED_WORDS:
        return False
    if tok.low in lexicon.not_persons() and tok.low not in lexicon.first_names():
        return False  # "vader arabisch, de kinderen nederlands": the language each speaks
    if after_particle and "-" in tok.low:  # "mevr. de jong-bakker": a double surname
        parts = [p for p in tok.low.split("-") if p]
        return len(parts) > 1 and all(p in lexicon.surnames() or p in _PARTICLES for p in parts)
    return not _ordinary(tok.text) or (
        tok.low in lexicon.surnames()
        and tok.low not in _PERSON_VERBS
        # "dhr. werd gebeld", "mw. leest de brief"; not "dhr van der meer"
        and (after_particle or tok.low not in _TITLE_VERBS)
        and (after_particle or tok.low not in lexicon.common_words())  # "juf Sterre hebben"
        and tok.low not in _DUTCH_MARKERS
    )


def _possessive_stem(tok: _Tok, nxt: _Tok | None, text: str) -> int | None:
    """Length of the name in a possessive before a role word ("Kevins vader" -> 5), or before
    what is someone's own when the name is no word at all ("Rosalies klacht")."""
    if nxt is None or not _joined(text, tok, nxt):
        return None
    if nxt.low not in ROLE_WORDS:
        if nxt.low not in _OWNED_THINGS or not tok.cap:
            return None
        for suffix in ("'s", "’s", "s"):
            stem = tok.text[: -len(suffix)]
            if (
                tok.text.endswith(suffix)
                and len(stem) >= 3
                and not lexicon.is_listed_word(tok.text)
                and (
                    # (a first name's, whatever compound the lexicon guesses: "rosa" + "lies")
                    stem.casefold() in lexicon.first_names()
                    # (no word at all, not "Inleveradres klachten")
                    or (not lexicon.is_dutch_word(tok.text) and not _ordinary(stem))
                )
                and stem.casefold() not in lexicon.not_persons()
            ):
                return len(stem)
        return None
    word = tok.text
    if word.casefold() in lexicon.providers() or word.casefold() in _PROVIDER_NAMES_IN_S:
        return None  # "Nidos voogd": the organisation's own worker, no one's possessive
    if lexicon.is_listed_word(word) and not is_person_word(word) and nxt.low not in _KINSHIP:
        return None  # "Wens jongere: ...": a word of its own, not Wen's ("Merels moeder" is)
    for suffix in ("'s", "’s", "s", "'", "’"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            # "Adres oma", "Ouders moeder" (but "Wiktoria's moeder": an apostrophe is no word's;
            # "Semhars begeleider": a word the lexicon only guesses as "sem" + "hars")
            if (
                suffix == "s"
                and _ordinary(word)
                and (lexicon.is_listed_word(word) or not lexicon.is_dutch_word(word))
                and not is_person_word(stem)
            ):
                return None
            if stem.casefold() in _NOT_NAMES or stem.casefold() in lexicon.not_persons():
                return None
            known = is_person_word(stem)
            if stem[:1].isupper() and (known or not _ordinary(stem)):
                return len(stem)
            if (
                not stem[:1].isupper()
                and stem.casefold() in lexicon.first_names()
                and not (_ordinary(stem))
            ):
                return len(stem)
            if (  # "selamawits moeder belt terug": a first name no list knows, before kin
                not stem[:1].isupper()
                and nxt.low in _KINSHIP
                and len(stem) >= 4
                and _unknown_lowercase(stem)
            ):
                return len(stem)
            return None
    return None


# what "says" without being anyone: "de regeling zegt", "de wet zegt"
_SAYING_THINGS = words_of("""
    regeling reglement wet brief rapport verslag website folder beschikking uitspraak klok
    app mail pont krant radio tv
    """)
# the possessive pronouns of "Vishal zijn school", "yara d'r vader"
_WHOSE = words_of("zijn haar z'n d'r z’n d’r hun zn")
# what is someone's own, after a possessive name: "Rosalies klacht", "Berivans nummer"
_OWNED_THINGS = words_of("""
    bsn iban adres rekening
    klacht klachten verslag dossier mail mails brief brieven kamer school telefoon nummer
    rapport verjaardag afspraak leefgeld uitkering verhaal
    """)
_PROVIDER_NAMES_IN_S = words_of("nidos humanitas kwintes tactus tragel cosis iriszorg")


# "het rapport 'Samen Sterk'", "de training “Veilig Thuis Samen”": a title in quotes
_QUOTED_TITLE = re.compile(
    r"(?i:\b"
    + led_by_first_letter(
        r"rapport|boek|programma|training|cursus|methode|project|brochure|folder|notitie|"
        r"plan|document|beleid|beleidsplan|nota|campagne|film|serie|app|website|handreiking|"
        r"richtlijn|protocol|werkwijze|titel|thema|module|zaal|vergaderzaal|ruimte|lokaal"
    )
    + r"\b)"
    r"[ \t]*[:]?[ \t]*"
    # (not a possessive's apostrophe: app: "Bo's school belt niet")
    r"['‘“\"]([^'’”\"\n]{2,60})['’”\"](?!s\b)"
)


# a street, square or building named after someone ends in what it is
_NAMED_PLACE_TAILS = (
    "straat", "laan", "plein", "gracht", "kade", "singel", "dreef", "school", "ziekenhuis",
    "kliniek", "gebouw", "centrum", "college", "lyceum",
)  # fmt: skip
_STREET_PLACE_TAILS = _NAMED_PLACE_TAILS[:7]
# where a child goes to its school ("allebei op de Willibrordschool"): the school pins it down
_ATTENDS_BEFORE = re.compile(r"(?i)\b(?:op|naar|bij|van)[ \t]+(?:de|het)[ \t]+$")


def _named_place_end(text: str, cand: Candidate) -> int | None:
    """Where a name candidate ending in a street or building word should end, or None to keep
    it whole: at its start when the place is named after a person ("Jan van Galenstraat",
    "Anne Frankplein", "Beatrixschool"), before the place when that is a word of its own ("mw
    rahmani Parkzichtlaan"). A school someone goes to stays (it is found, as it should be)."""
    span = text[cand.start : cand.end]
    head, _, last_word = span.rpartition(" ")
    last = last_word.casefold()
    tail = next((t for t in _NAMED_PLACE_TAILS if last.endswith(t) and len(last) > len(t) + 2), "")
    if not tail or last in lexicon.surnames() or last in lexicon.first_names():
        return None
    if tail not in _STREET_PLACE_TAILS and _ATTENDS_BEFORE.search(
        text, max(0, cand.start - 12), cand.start
    ):
        return None
    stem = last[: -len(tail)]
    if (
        head
        and head.split()[-1].casefold() not in _PARTICLES  # ("Jan van Galenstraat")
        and lexicon.is_dutch_word(stem)
        and not is_person_word(stem)
    ):
        return cand.start + len(head.rstrip())
    return cand.start


_PARTICLE_BEFORE = re.compile(
    # ("mw. v.d. Kooij", "v/d Berg": abbreviated)
    r"(?<![\w'’./-])(?i:van|de|der|den|ter|ten|te|['’]t|het|in|v\.[ \t]?d\.?|v/d|vd|v\.)[ \t]$"
)


def _with_its_particles(text: str, cand: Candidate) -> Candidate:
    """A surname found without the particles it takes ("van Dijk luistert", "ter Horst wil")
    widened by them: without them, two thirds of the name stay in the note."""
    word = text[cand.start : cand.end].split(None, 1)[0].casefold()
    if word not in lexicon.interfixed_surnames():
        return cand
    start = cand.start
    while particle := _PARTICLE_BEFORE.search(text, max(0, start - 5), start):
        start = particle.start()
    if start == cand.start or text[start : cand.start].strip().casefold() in ("in", "het", "te"):
        return cand
    return Candidate(start, cand.end, cand.kind)


_ABBREVIATED_PARTICLES = words_of("v. v.d. v.d v/d vd vd.")
_LOWER_FIRST_BEFORE = re.compile(r"(?<![\w'’.-])((?:[a-z]\.){1,3}|[a-zà-ÿā-ž]{2,})[ \t]$")
_FIRST_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]$")


def _with_its_first_name(text: str, cand: Candidate) -> Candidate:
    """A surname found alone widened by the first name right before it that is also a word
    ("Storm Vink de zoon", when "Roos Vink is de moeder" went before)."""
    span = text[cand.start : cand.end]
    head = span.split(None, 1)[0].casefold()
    abbreviated = head in _ABBREVIATED_PARTICLES
    if " " in span and not abbreviated:
        month = _FIRST_WORD_BEFORE.search(text, max(0, cand.start - 8), cand.start)
        if month is not None and month.group(1).casefold() in _MONTH_FIRST_NAMES:
            # "Mei Ling Chan", "Juni van der Meer"
            return Candidate(month.start(1), cand.end, cand.kind)
        if head not in _PARTICLES:
            return cand  # (but "Mathilde v.d. Kooij", "andreea el idrissi")
    # "koos jansma", "wei chen", "h. jansen", "t.h. wuyts"
    if span[:1].islower() and not abbreviated:
        lower = _LOWER_FIRST_BEFORE.search(text, max(0, cand.start - 16), cand.start)
        if lower is not None and (
            lower.group(1).endswith(".")
            or (
                (
                    lower.group(1) in lexicon.first_names()
                    # "oksana boyko": a first name no list knows, and no word either
                    or _unknown_lowercase(lower.group(1))
                )
                and lower.group(1) not in lexicon.common_words()
                and lower.group(1) not in _NOT_NAMES
                and lower.group(1) not in _DUTCH_MARKERS
                and lower.group(1) not in _TITLE_VERBS
                and lower.group(1) not in ROLE_WORDS
            )
        ):
            return Candidate(lower.start(1), cand.end, cand.kind)
        return cand
    first = _FIRST_WORD_BEFORE.search(text, max(0, cand.start - 16), cand.start)
    if first is None:
        return cand
    word = first.group(1).casefold()
    if word in _WORD_NAMES or (word in lexicon.first_names() and word not in _NOT_NAMES):
        return Candidate(first.start(1), cand.end, cand.kind)
    if (  # "Thaís Oliveira", "Plamen Atanasov": a first name no list knows, and no word
        not _ordinary(first.group(1))
        and not lexicon.is_english_word(word)
        and word not in lexicon.not_persons()
        and word not in lexicon.places()
        and word not in _NOT_NAMES
        and len(word) >= 3
    ):
        return Candidate(first.start(1), cand.end, cand.kind)
    if word in _MONTH_FIRST_NAMES and not re.search(
        r"\d[ \t]*$", text[max(0, first.start(1) - 4) : first.start(1)]
    ):
        return Candidate(first.start(1), cand.end, cand.kind)  # "Jun Isenia", not "12 Jun"
    return cand


# the labels of a note's fields that are surnames too ("Post: brief ontvangen")
_LABEL_WORDS = words_of("post doel punt actie stand status vervolg werk huis school zorg thema")
# after a speaker's colon: what a person does, or a sentence in the first person
_SPEAKER_AFTER = re.compile(
    r"[ \t]+(?:(?i:wil|wilde|zegt|zei|belt|belde|heeft|had|kan|kon|gaat|ging|reageert|"
    r"reageerde|vindt|vond|stuurt|stuurde|komt|kwam|neemt|nam|geeft|gaf|weet|wist)\b"
    r"|[^.!?\n]{0,80}\b(?i:ik|mij|me|wij|we)\b)"
)
# months that are first names too, written before a surname: "Jun Adeyemi", "Mei Okafor"
_MONTH_FIRST_NAMES = words_of("jun juni mei april")


# a title, then initials in lowercase and perhaps the surname: "mw. j.k. heeft bezwaar", "dhr a.
# bakir (oom)", "mw. c.w. brouwer-steenbergen"
_TITLE_LOWER_INITIALS = re.compile(
    r"(?<![\w.])(?i:dhr|mw|mevr|mevrouw|meneer|hr)\.?[ \t]+((?:[a-z]\.){1,4})"
    # ("mw. j.k. Haverkamp": the surname capitalised)
    r"(?:[ \t]*((?:(?:van|de|der|den|ten|ter|el|al|'t)[ \t]+)*)([^\W\d_][\w'’-]+))?"
)


_LOWER_INITIAL = re.compile(r"[ \t][a-z]\.")


def _lowercase_initials(text: str) -> Iterator[Candidate]:
    for m in _TITLE_LOWER_INITIALS.finditer(text):
        if m.group(1) in _DOTTED_ABBREVIATIONS or m.group(1) in _NOT_NAMES:
            continue  # "mw. z.s.m. bellen"
        word = m.group(3)
        end = m.end(1)
        if word is not None and (
            m.group(2)  # ("mw. a. van dijk": the particles say a surname follows)
            or (
                word.casefold() not in _VERBS_AND_MARKERS
                and word.casefold() not in _NOT_NAMES
                and word.casefold() not in lexicon.common_words()
            )
        ):
            end = m.end(3)
        yield Candidate(m.start(1), end, "name")


def find_names(text: str) -> Iterator[Candidate]:
    """Name candidates in `text` (the screen in `allowlist` trims and drops organisations)."""
    yield from _labelled_names(text)
    if _LOWER_INITIAL.search(text):
        yield from _lowercase_initials(text)
    # (a title is capitalised and short: "'Samen Sterk'"; not a message quoted after "app:",
    # "kun je Pieter vragen of hij morgen komt?")
    titles = [
        m.span(1)
        for m in _QUOTED_TITLE.finditer(text)
        if m.group(1)[:1].isupper() and len(m.group(1).split()) <= 6 and "?" not in m.group(1)
    ]
    found: list[Candidate] = []
    for cand in _find_names(text):
        if text[cand.start - 1 : cand.start] == "@":
            continue  # "@VeiligThuisNL": an account, found (or not) as a handle
        if _IS_AN_ORGANISATION.match(text, cand.end) or _COMPANY_AFTER.match(text, cand.end):
            continue  # "De Hoop is de instelling waar ...", "Sterre is de naam van een leefgroep"
        if "|" in text and _in_table_header(text, cand.start):
            continue  # "| Naam | Rol | Aanwezig |": a table's header row
        if _GROUP_BEFORE.search(text, max(0, cand.start - 60), cand.start):
            continue  # "de JZ+ groepen Merel en Lijster": a group's name (where someone stays is
            # found as such by `quasi`)
        named = _named_place_end(text, cand)
        if named is not None:
            if named <= cand.start:
                continue  # "Jan van Galenstraat", "Koningin Julianaschool": named after a person
            cand = Candidate(cand.start, named, cand.kind)  # "mw rahmani Parkzichtlaan 66"
        cand = _with_its_first_name(text, _with_its_particles(text, cand))

        if not any(s <= cand.start and cand.end <= e for s, e in titles):
            found.append(cand)
            if text[cand.start : cand.start + 1].islower():
                found.extend(_lowercase_partners(text, cand))
    yield from found
    yield from _list_members(text, found)


# a list of names: "Pinas, Sabajo en Wijngaarde", "klachtcie: Stam vz, Kaddouri, Blom", "Familie
# Zaman / Noori"; a role's abbreviation may follow a member
_MEMBER_BEFORE = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Ý][\w'’-]+)(?:[ \t]+(?:vz|gzv|bwv|jb|secr|lid|voorzitter))?"
    r"[ \t]*(?:,|&|/|\ben\b)[ \t]*$"
)
_MEMBER_AFTER = re.compile(r"[ \t]*(?:,|&|/|\ben\b)[ \t]*([A-ZÀ-Ý][\w'’-]+)\b(?![ \t]*[-.'’]\w)")


def _list_members(text: str, names: list[Candidate]) -> Iterator[Candidate]:
    """The other members of a list of names: a surname that is a word too needs two names in
    the list ("Stam vz, Kaddouri, Blom"), a word no list knows one ("Zaman / Noori")."""
    starts = {c.start for c in names}
    ends = {c.end for c in names}
    for cand in names:
        if not text[cand.start : cand.start + 1].isupper() or " " in text[cand.start : cand.end]:
            continue
        before = _MEMBER_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        after = _MEMBER_AFTER.match(text, cand.end)
        for member in (before, after):
            if member is None or member.start(1) in starts:
                continue
            word = member.group(1)
            low = word.casefold()
            if (
                low in _NOT_NAMES
                or low in lexicon.not_persons()
                or low in lexicon.places()
                or low in lexicon.common_words()
                or low in ORGANISATION_WORDS
                or word.isupper()  # ("GI, VT en Raad")
            ):
                continue
            # the list's other names: past the member, on its far side
            far = (
                _MEMBER_BEFORE.search(text, max(0, member.start() - 40), member.start(1))
                if member is before
                else _MEMBER_AFTER.match(text, member.end(1))
            )
            names_in_list = 1 + (far is not None and (far.start(1) in starts or far.end(1) in ends))
            other_side = (
                _MEMBER_AFTER.match(text, cand.end)
                if member is before
                else _MEMBER_BEFORE.search(text, max(0, cand.start - 40), cand.start)
            )
            names_in_list += other_side is not None and other_side.start(1) in starts
            if names_in_list >= 2 or not (lexicon.is_dutch_word(word) or is_person_word(word)):
                starts.add(member.start(1))
                yield Candidate(member.start(1), member.end(1), "name")


# a contact noted in telegram style, before whom it was with: "gesprek selam sahin over ..."
_CONTACT_NOUNS = words_of("gesprek telefoongesprek overleg afspraak huisbezoek intake contact")
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.;!?)]|$|,[ \t]+[a-zà-ÿ]|\()", re.MULTILINE)
_TABLE_HEADER = re.compile(
    r"[ \t]*\|(?:[ \t]*[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \t]+[a-zà-ÿ]+)?[ \t]*\|)+[ \t]*"
)


def _in_table_header(text: str, pos: int) -> bool:
    """Whether text[pos] stands in a table row of capitalised everyday words only."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    row = _TABLE_HEADER.fullmatch(text, start, len(text) if end < 0 else end)
    return row is not None and all(
        _ordinary(w) for w in re.findall(r"[^\W\d_]+", row.group()) if w[:1].isupper()
    )


_GROUP_BEFORE = re.compile(
    # (not "telegramgroep Vaders_tegen_JB": a chat group's name says who runs it)
    r"(?i:\b(?:leef|woon|behandel|crisis|opvang)?groep(?:en)?)[ \t]+"
    r"(?:[A-ZÀ-Ý][\w-]*[ \t]*(?:,|en|of)[ \t]+)*$"
)
_PARTNER_BEFORE = re.compile(r"(?<![\w'’-])([a-zà-ÿ]{3,})[ \t]+(?:en|of|&)[ \t]+$")
_PARTNER_AFTER = re.compile(r"[ \t]+(?:en|of|&)[ \t]+([a-zà-ÿ]{3,})(?![\w'’-])")


def _lowercase_partners(text: str, cand: Candidate) -> Iterator[Candidate]:
    """The other of two names typed in lowercase and joined by "en": "met fleur en thijs",
    "sem en daan hun moeder", "oleksandr en iryna kovalenko" (the one found vouches for it)."""
    for match in (
        _PARTNER_BEFORE.search(text, max(0, cand.start - 30), cand.start),
        _PARTNER_AFTER.match(text, cand.end),
    ):
        if match is None:
            continue
        word = match.group(1)
        if (
            word in lexicon.common_words()
            or word in ROLE_WORDS
            or word in _PARTICLES
            or word in _NOT_NAMES
            or word in lexicon.places()
            or word in lexicon.not_persons()
            or not (
                word in lexicon.first_names()
                or not (lexicon.is_dutch_word(word) or lexicon.is_english_word(word))
            )
        ):
            continue
        yield Candidate(match.start(1), match.end(1), "name")


# a record's name field, whatever its case and order: "Naam: dhr H. (Henk) Brinkman", "NAAM:
# HENDRIKA VAN DER WAL GEB: ...", "naam cl: amrani, mohamed |", "Naam: de Boer, J.P. adres:"
_NAME_FIELD = re.compile(
    r"(?i:\b(?:naam|name|klager|klaagster|melder|contactpersoon|aanvrager|achternaam|voornaam|"
    r"voornamen|roepnaam|geboortenaam|meisjesnaam)"
    r"(?:[ \t]+(?:cl|cliënt|client|kind|jeugdige|moeder|vader|ouder|oma|opa|verzoeker))?"
    r"[ \t]*:[ \t]*(?:(?:dhr|mw|mevr|mevrouw|meneer|de[ \t]+heer)\.?[ \t]+)?)"
    r"(?P<value>[^\W\d_][^|/;:\n\d<>@]{1,60}?)"
    r"(?=[ \t]*(?:[|/;\n<]|$|,[ \t]*\d|[ \t](?i:geb|geboren|bsn|adres|tel|rek|iban|rol|e-mail|"
    r"email|mail|bewind|woonplaats|sinds|nationaliteit)\b|[ \t]+\d|[ \t]+[\w.-]+@"
    # ("ACHTERNAAM: ATTEMA VOORNAMEN: HILTJE": the next field's label)
    r"|[ \t]+[^\W\d_]+[ \t]*:))",
    re.MULTILINE,
)
# (starts with its letters, which the engine skips to)
_NAME_FIELD_HINT = re.compile(
    r"(?:naam|name|klager|klaagster|melder|contactpersoon|aanvrager|voornamen)[^:\n.]{0,25}:"
)
_FIELD_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


# "klager (Vos, Marco)": a surname and a first name in brackets; "Van: Hoekstra, S. <s.h@...>",
# "Van: Kowalczyk Paweł Aan: ...": who sent or got a copied e-mail
_BRACKETED_INVERTED = re.compile(
    r"\(([A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?),[ \t]*([A-ZÀ-Ý][a-zà-ÿ'’-]+)\)"
)
# a surname, a comma and the initials, as a register or a letter lists a person
_SURNAME_INITIALS = re.compile(
    r"(?<![\w'’-])(?P<surname>(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*"
    r"[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)?),[ \t]*(?:[A-Z]\.){1,4}(?![\w.])"
)
_MAIL_HEADER_HINT = re.compile(r"(?:Van|Aan|Cc|CC|From|To)[ \t]*:")
_MAIL_HEADER_NAME = re.compile(
    r"(?m)(?:^|[ \t])(?:Van|Aan|Cc|CC|From|To)[ \t]*:[ \t]*"
    r"(?P<value>[A-ZÀ-Ýa-zà-ÿ][^<>\n:@|;]{1,50}?)"
    r"(?=[ \t]*(?:<|\b(?:Aan|Cc|CC|Onderwerp|Verzonden|Datum|To|Subject|Sent)[ \t]*:))"
)


# a message's sender or a contact, typed in lowercase by its channel: "xiaoling wa: ...",
# "app fatou: ...", "noodcontact raka: ...", "todo noa: ..."
_CHANNEL = r"(?:wa|app|whatsapp|sms|mail|teams|noodcontact|todo|iban|tel)"
_SENDER = re.compile(
    rf"(?<![\w-])(?:{_CHANNEL}[ \t]+([a-zà-ÿ]{{3,}})|([a-zà-ÿ]{{3,}})[ \t]+{_CHANNEL})[ \t]*:"
)


def _senders(text: str) -> Iterator[Candidate]:
    for m in _SENDER.finditer(text) if ":" in text else ():
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if (
            (word in lexicon.first_names() and word not in lexicon.common_words())
            or _unknown_lowercase(word)
        ) and not (word in _NOT_NAMES or lexicon.is_dutch_word(word)):
            yield Candidate(m.start(group), m.end(group), "name")


def _labelled_names(text: str) -> Iterator[Candidate]:
    yield from _senders(text)
    for m in _SURNAME_INITIALS.finditer(text):  # "Schipper, J.P. (moeder)", "van Dam, A."
        word = m.group("surname").split()[-1]
        low = word.casefold()
        if (
            low not in ORGANISATION_WORDS
            and low not in lexicon.not_persons()
            and low not in lexicon.places()
            and low not in ROLE_WORDS
            and (is_person_word(word) or not lexicon.is_listed_word(word))
        ):
            yield Candidate(m.start(), m.end() - 1, "name")  # (its last dot may end a sentence)
    for m in _BRACKETED_INVERTED.finditer(text):
        surname = m.group(1)
        if m.group(2).casefold() in lexicon.first_names() and (
            is_person_word(surname) or not _ordinary(surname)
        ):
            yield Candidate(m.start(1), m.end(2), "name")
    if _MAIL_HEADER_HINT.search(text):
        for m in _MAIL_HEADER_NAME.finditer(text):
            value = m.group("value").rstrip(" \t,.")
            words = [w.strip(".") for w in _FIELD_WORD.findall(value)]
            if (
                words
                and len(words) <= 5
                and not any(
                    w.casefold() in ROLE_WORDS or w.casefold() in ORGANISATION_WORDS for w in words
                )
                and any(is_person_word(w) or not _ordinary(w) for w in words if len(w) > 2)
            ):
                yield Candidate(m.start("value"), m.start("value") + len(value), "name")
    if not _NAME_FIELD_HINT.search(text.casefold()):
        return  # (most notes hold no record's name field)
    for m in _NAME_FIELD.finditer(text):
        value = m.group("value").rstrip(" \t,.")
        words = [w.strip(".") for w in _FIELD_WORD.findall(value)]
        words = [w for w in words if w]
        if not words or len(words) > 6:
            continue
        lows = [w.casefold() for w in words]
        if any(w in ROLE_WORDS or w in ORGANISATION_WORDS or w in _FIELD_NOT_A_NAME for w in lows):
            continue  # "Klager: moeder", "Naam: onbekend", "Naam instelling"
        namely = [
            w
            for w in words
            if w.casefold() not in _PARTICLES
            and w.casefold() not in _NOT_NAMES  # ("Klager: bij gevaar 112, ...")
            and (is_person_word(w) or not _ordinary(w) or len(w) <= 2 or w.isupper())
        ]
        if len(namely) * 2 < len([w for w in lows if w not in _PARTICLES]):
            continue  # mostly ordinary words: a description, no name
        start = m.start("value")
        yield Candidate(start, start + len(value), "name")


_FIELD_NOT_A_NAME = words_of("""
    onbekend onbekende zie nvt n.v.t. anoniem geen idem dossier volgt later nog niet bekend
    instelling organisatie aanbieder gemeente school
    """)


# what a name is said to be when it names no person: "De Hoop is de instelling waar vader in
# behandeling is", "De Ruyter en De Sprengen zijn JeugdzorgPlus-locaties"
_IS_AN_ORGANISATION = re.compile(
    r"(?:[ \t]+en[ \t]+[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)?)?"
    r"[ \t]+(?:is|zijn|was|waren)[ \t]+(?:(?:de|het|een)[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:instelling|instellingen|woonvorm|woonvormen|[\w-]*locaties?|organisatie|aanbieder|"
    r"zorgaanbieder|stichting|methodiek|aanpak|leefgroep|naam[ \t]+van[ \t]+(?:een|de|het)[ \t]+"
    r"(?:leefgroep|groep|school|instelling|locatie|woonvorm|opvanglocatie|opvang|gezinshuis)"
    r"|(?:naam|namen)[ \t]+van[ \t]+(?:een|de|het)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:[\w-]*locaties?|opvang|[\w-]*groep(?:en)?))\b"
)
# What organisations do, said right after their name: "Kwadraad verzorgt het maatschappelijk
# werk", "Auris doet de diagnostiek", "Bartiméus en Kentalis hebben allebei een expertiseteam"
_SEAT_AFTER = re.compile(r",?[ \t]+(?:in|te)[ \t]+(?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+,?")
_ORGANISATION_PREDICATE = re.compile(
    r"[ \t]+(?:(?:verzorgt|verzorgen|levert|leveren|organiseert|organiseren|exploiteert|"
    r"coördineert|biedt|bieden)\b(?![ \t]+(?:zijn|haar|hun|mijn)?[ \t]*excuses)"
    r"|(?:richt|richten)[ \t]+zich\b"
    r"|(?:doet|doen)[ \t]+(?:de|het)[ \t]+[\w-]*(?:zorg|hulp|ggz|diagnostiek|behandeling|"
    r"begeleiding|opvang|uitvoering|toegang|indicatie|intake)s?\b"
    r"|(?:heeft|hebben|had|hadden)[ \t]+(?:(?:allebei|beide|ook|nu|al|allemaal|nog)[ \t]+)?"
    r"(?:(?:een|de|geen|eigen|hun|haar)[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:wachtlijst|wachtlijsten|wachttijd|wachttijden|locatie|locaties|vestiging|vestigingen|"
    r"aanbod|gezinshuizen|woongroepen|expertiseteam|klachtenregeling|klachtencommissie|"
    r"cliëntenraad|afdeling|afdelingen|behandelplekken|bedden)\b"
    r"|(?:is|zijn)[ \t]+(?:(?:in[ \t]+\w+[ \t]+\w+|hier|ook)[ \t]+)?(?:de|een)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:aanbieder|aanbieders|organisatie|organisaties|instelling|"
    r"instellingen|zorgaanbieder|zorgaanbieders|stichting))",
    re.IGNORECASE,
)


# a saint names a school, hospital or church: "de St. Jozef", "Sint-Antonius"; a person
# names a syndrome, disease or method: "het syndroom van Down", "de ziekte van Lyme"
_SAINT_BEFORE = re.compile(
    r"(?:\b(?:St\.?|Sint)[ -]|(?i:\b(?:syndroom|ziekte|stoornis|methode|model)[ \t]+van[ \t]+))$"
)


# a person's name that names a school or institution: "Jan van Brabant College", "Willem de
# Zwijger College", "Prinses Amalia Ziekenhuis"
_NAMED_INSTITUTION = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:(?:van|de|der|den|ten|ter)[ \t]+)?[A-ZÀ-Ý][\w'’-]*){0,3}"
    r"(?:[ \t]+(?:College|Lyceum|Gymnasium|Scholengemeenschap|Academie|Hogeschool|Universiteit|"
    r"Ziekenhuis|Kliniek|Instituut|Kindcentrum)\b"
    # "Jan van Goyen-school", "Willem Alexander-ziekenhuis"
    r"|-(?:school|college|lyceum|gymnasium|ziekenhuis|kliniek|huis|centrum)\b)"
)


# the words before a body's name mid-sentence (not "op De Linde", "locatie De Brink": where
# someone lives, a quasi-identifier)
_BEFORE_A_BODY = words_of("bij tegen over namens via aan kenmerk door")


def _cap_run_end(text: str, toks: list[_Tok], i: int) -> int:
    """Index of the last token of the run of capitalised words (and a lowercase "voor"
    inside it) that starts at toks[i]: "Prinses Máxima Centrum", "Centrum voor Jeugd"."""
    j = i
    while j + 1 < len(toks):
        k = j + 1
        while (
            k < len(toks)
            and toks[k].low == "voor"
            and not toks[k].cap
            and _joined(text, toks[k - 1], toks[k])
        ):
            k += 1
        if k < len(toks) and toks[k].cap and _joined(text, toks[k - 1], toks[k]):
            j = k
            continue
        break
    return j


# what an organisation is, said right after its name: "Youtoo (jeugdhulp)", "Youtoo, de
# jeugdhulpaanbieder", "Youtoo, een zorginstelling"; not "Anna (gezinsvoogd)"
_ORGANISATION_APPOSITION = re.compile(
    r"(?:[ \t]*\([ \t]*|,[ \t]*(?:de|het|een|onze|hun)[ \t]+)"
    r"(?i:[\w-]*(?:aanbieder|instelling|organisatie|stichting|jeugdhulp|jeugdzorg|ggz|kliniek|"
    r"opvang|voorziening|zorggroep|praktijk|ziekenhuis|gezinshuis|woonvorm|behandelcentrum))"
    r"(?![\w-])"
)


# the roles notes abbreviate, before whose name only a particle may stand
_ABBREVIATED_ROLES = words_of("gzv gv jb jb'er bw bwv vz cl clt")
# the relatives after whom a capitalised word is a name ("zus Gift Obi", "dochter Era woont")
# surnames that say how someone acts, between a role and its verb: "de voogd sneller reageert"
_HOW_SURNAMES = words_of("sneller snel vlug harder meer")
_KINSHIP = words_of("""
    moeder vader zoon dochter broer zus broertje zusje oma opa tante oom neef nicht stiefvader
    stiefmoeder pleegmoeder pleegvader halfbroer halfzus tweelingbroer tweelingzus baby
    """)
_COMPASS = words_of("noord zuid oost west centrum zuidoost zuidwest noordoost noordwest")
# languages an interpreter speaks: "De tolk Tigrinya, Merhawi, ..." lists no organisations
_LANGUAGES = words_of("""
    tigrinya tigrinja dari pashto farsi urdu hindi swahili twi lingala papiaments sranan
    amhaars somali berbers tamazight
    """)
_PEOPLES_ADJECTIVE = re.compile(r"(?:se|sche|isch|s)$")


def _organisation_tokens(text: str, toks: list[_Tok]) -> set[int]:
    """Indices of capitalised words that name organisations by where they stand.

    - after "het" or "'s" (not "van het"): a person takes no article ("Het Leo Kannerhuis",
      "het Ronald McDonald Huis", "'s Heeren Loo"); after "St." or "Sint" ("de St. Jozef");
    - in a list with an organisation the guard knows ("Cordaan, Amerpoort en Abrona"), the
      members no name list knows as a first name;
    - before what organisations do ("Kwadraad verzorgt ...", "Auris doet de diagnostiek"),
      a word no name list knows, or a list of them;
    - a care provider's one-word name no name list knows ("gesprek met Careyn", "klacht tegen
      Eleos"), unless a title or role word stands before it ("mevrouw Careyn");
    - a word no name list knows with what it is in apposition: "Youtoo (jeugdhulp)", "Youtoo,
      de jeugdhulpaanbieder".
    """
    out: set[int] = set()
    providers = lexicon.providers()
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not toks[i].cap or toks[i].initials or toks[i].low in ("het", "'t"):
            i += 1
            continue
        j = _cap_run_end(text, toks, i)
        institution = _NAMED_INSTITUTION.match(text, toks[i].start)
        if (
            institution
            and (i == 0 or _context(text, toks[i - 1], toks[i]) not in ("title", "role"))
            # one word before "College" only after its article: "van het Stedelijk Gymnasium"
            # (not "Sanne van Montessori College": a person of the school)
            and (len(institution[0].split()) > 2 or (i > 0 and toks[i - 1].low in ("het", "de")))
        ):
            while j + 1 < len(toks) and toks[j + 1].end <= institution.end():
                j += 1
            out.update(range(i, j + 1))
        runs.append((i, j))
        prev = toks[i - 1] if i > 0 else None
        if (
            (
                prev is not None
                and _joined(text, prev, toks[i])
                and (
                    (
                        prev.low in ("het", "'t", "’t")
                        and (i < 2 or toks[i - 2].low != "van")
                        # "Bart 't Hart", "Jaap in 't Veld": the particle of a surname
                        and not (
                            i >= 2
                            and prev.low in ("'t", "’t")
                            and _joined(text, toks[i - 2], prev)
                            and (
                                toks[i - 2].low in ("in", "op")
                                or (toks[i - 2].cap and toks[i - 2].low in lexicon.first_names())
                            )
                        )
                    )
                    or text[max(0, toks[i].start - 3) : toks[i].start] in ("'s ", "’s ")
                )
            )
            or _SAINT_BEFORE.search(text, max(0, toks[i].start - 16), toks[i].start)
            or _provider_run(text, toks, i, j, providers)
            # "bemiddeling bij De Hoop", "kenmerk De Hoop": a surname's "de" is lowercase
            # mid-sentence ("mw. de Hoop"); not after a first name, title or role ("Jan De Smet")
            or (
                toks[i].text == "De"
                and j > i
                and prev is not None
                and prev.low in _BEFORE_A_BODY
                and _joined(text, prev, toks[i])
            )
        ):
            out.update(range(i, j + 1))
        i = j + 1
    # lists of runs: "A, B en C"
    groups: list[list[tuple[int, int]]] = []
    for run in runs:
        if groups and _LIST_SEPARATOR.fullmatch(
            text, toks[groups[-1][-1][1]].end, toks[run[0]].start
        ):
            groups[-1].append(run)
        else:
            groups.append([run])
    first = lexicon.first_names()
    for group in groups:
        known_org = len(group) > 1 and any(
            # (not a people's adjective: "Desislava Petrova, Bulgaarse, belt")
            (
                toks[a].low in lexicon.not_persons()
                and not _PEOPLES_ADJECTIVE.search(toks[a].low)
                and toks[a].low not in _LANGUAGES
                # (nor a country: "Oom op Curaçao, Rignald Cijntje, tel. ...")
                and toks[a].low not in lexicon.countries()
            )
            or toks[a].low in ORGANISATION_WORDS
            or toks[a].low in providers
            for a, _ in group
        )
        # "De Hoop in Dordrecht biedt de verslavingszorg": its seat may stand between
        after = toks[group[-1][1]].end
        seat = _SEAT_AFTER.match(text, after)
        acting = bool(_ORGANISATION_PREDICATE.match(text, seat.end() if seat else after))
        if not (known_org or acting):
            continue
        for a, b in group:
            words = toks[a : b + 1]
            before = toks[a - 1] if a > 0 else None
            if before is not None and (
                (before.initials and _joined(text, before, toks[a]))
                or _context(text, before, toks[a]) in ("title", "role")
            ):
                # "vader Cevdet Bulut, Plein 1944", "mw. Smit, Huize Sint Anna", "R.J.M.
                # Spijkerman, GZ-psycholoog": a person, whatever follows
                continue
            if words[0].low in _TITLES and len(words) > 1:
                continue  # "Familie Haile, Gerbrandystraat 18 II": the family's name
            unknown = not any(is_person_word(w.text) for w in words if w.cap)
            # "De Hoop biedt ...": a name with "De" or "Het" before what only organisations do
            article = words[0].text in ("De", "Het") and len(words) > 1
            if (known_org and not any(w.low in first for w in words)) or (
                acting and (unknown or article)
            ):
                out.update(range(a, b + 1))

    # "De Hoop in Dordrecht biedt ... Kopie aan De Hoop.": named again in its line, still the
    # organisation (another line may be about another case)
    def named(a: int, b: int) -> tuple[int, str]:
        return text.rfind("\n", 0, toks[a].start), text[toks[a].start : toks[b].end]

    known = {named(a, b) for a, b in runs if a in out}
    for a, b in runs:
        if a not in out and named(a, b) in known:
            out.update(range(a, b + 1))
    return out


def _provider_run(text: str, toks: list[_Tok], i: int, j: int, providers: frozenset[str]) -> bool:
    """Whether the capitalised run toks[i..j] is a care provider: a known one, or words no name
    list knows before what they are ("Youtoo (jeugdhulp)"); never right after a title or role."""
    prev = toks[i - 1] if i > 0 else None
    if (
        prev is not None
        and _joined(text, prev, toks[i])
        and (prev.low.rstrip(".") in _TITLES or prev.low in ROLE_WORDS)
    ):
        return False
    if toks[i].low in ROLE_WORDS or toks[i].low in _TITLES:
        return False  # "Familie Bosma", "Verpleegkundige Lotte": the provider list holds them
    if toks[i].low in providers or _plain(toks[i].low) in providers:
        # (not a word given as a first name before a surname: "Comfort Owusu")
        return not (
            j == i + 1
            and toks[i].low in _WORD_NAMES
            and toks[j].low in lexicon.surnames()
            and not lexicon.is_dutch_word(toks[j].text)
        )
    return (
        bool(_ORGANISATION_APPOSITION.match(text, toks[j].end))
        and not any(is_person_word(w.text) for w in toks[i : j + 1])
        # (not "Djenifer Tavares (vrouwenopvang)": two words no list knows are a person's
        # names before where she stays)
        and not (j == i + 1 and not any(lexicon.is_dutch_word(w.text) for w in toks[i : j + 1]))
    )


_POSTCODE_DIGITS = re.compile(r"(?<![\w-])[1-9]\d{3}[ \t]?$")


_STREET_HEADS = words_of("laan plein weg straat singel kade dreef park hof gracht")
# an office's street, no person: "het kantoor aan de Willem Dreeslaan", "bij Enver aan de
# Schiekade", "gevestigd aan de Neude"
_OFFICE_STREET_BEFORE = re.compile(
    r"(?i:\b(?:kantoor|hoofdkantoor|locatie|vestiging|gebouw|gevestigd|zit|zitten|bezoekadres|"
    r"buurthuis|wijkcentrum|gemeentehuis|stadhuis|langs|over)"
    r"[ \t]+(?:aan|langs|over)"
    # "Bij Enver aan de Schiekade" (not "Klacht over de JB-werker Klaas Wiersma")
    r"|\b(?-i:[A-ZÀ-Ý])\w+,?[ \t]+aan)[ \t]+de[ \t]+$"
)
_LOWER_AFTER_DOT = re.compile(r"[ \t]+[a-zà-ÿ]")
# ", back-up en crisisplaatsing": a list of lowercase nouns after the capitalised first one
_NOUN_LIST_AFTER = re.compile(
    r",[ \t]+[a-zà-ÿ][\w-]*(?:,[ \t]+[a-zà-ÿ][\w-]*)*[ \t]+(?:en|of)[ \t]+[a-zà-ÿ][\w-]*\b"
)
_PERSON_ROLES = ROLE_WORDS - {"school"}  # ("Job, stage en school": a list of things)
_STREET_OF_NAME = re.compile(
    r"[A-Z][a-z]+(?:[ \t]+(?:van|de|der|den|het|'t|ter|ten|naar|op))+[ \t]+[A-ZÀ-Ý][\w'’-]+"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?[ \t]+\d{1,5}\b"
)

_PERSON_STREET = re.compile(
    r"[^\W\d_][\w'’-]*(?:[ \t]+(?:van|de|der|den|ten|ter|'t))+[ \t]+[^\W\d_][\w'’-]*"
    r"(?i:weg|straat|laan|plein|singel|gracht|kade|dreef)[ \t]+\d{1,5}\b"
)


def _find_names(text: str) -> Iterator[Candidate]:
    toks = _tokens(text)
    organisations = _organisation_tokens(text, toks)
    i = 0
    n = len(toks)
    name_end = -9  # the last token of the last name found
    while i < n:
        tok = toks[i]
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < n else None
        if (
            i in organisations
            or (
                len(tok.text) == 2
                and tok.text.isupper()
                and _POSTCODE_DIGITS.search(text, max(0, tok.start - 6), tok.start)
            )
            or (
                prev is not None
                and len(prev.text) == 2
                and prev.text.isupper()
                and _joined(text, prev, tok)
                and _POSTCODE_DIGITS.search(text, max(0, prev.start - 6), prev.start)
            )
        ):
            i += 1  # "3502 LA Utrecht": a postcode's letters and its town
            continue
        if not tok.cap and not tok.initials and not _may_start_lowercase(text, tok, prev, nxt):
            i += 1
            continue
        ctx = _context(text, prev, tok)
        if tok.english and not tok.cap and lexicon.is_english_word(tok.text):
            i += 1  # "we will discuss", "the client called back": English, not hurried names
            continue
        if (
            tok.low in _VERB_NAMES
            and nxt is not None
            and nxt.low in _VERB_NAME_OBJECTS
            and _joined(text, tok, nxt)
            and _opens_sentence(text, tok, prev)
        ):
            i += 1  # "Wil zijn voogd spreken", "Ben niet tevreden": a verb opens the sentence
            continue
        if tok.low in _STREET_LEADS and _STREET_LEAD_NUMBER.match(text, tok.end):
            i += 2  # "Lange Voorhout 9", "Grote Beer 6": a street (found as such), no Mr Lange
            continue
        if tok.cap and _ROMAN_AFTER.match(text, tok.end):
            i += 1  # "Willem II Singel", "Willem III": a king, or a street named after one
            continue
        if tok.low in _ENGLISH_MONTHS and (
            tok.english or (prev is not None and prev.low in _MONTH_BEFORE)
        ):
            i += 1
            continue
        if (
            tok.cap
            and text[max(0, tok.start - 4) : tok.start] == " de "
            and _OFFICE_STREET_BEFORE.search(text, max(0, tok.start - 40), tok.start)
        ):
            i = _cap_run_end(text, toks, i) + 1  # "het kantoor aan de Willem Dreeslaan"
            continue
        if (
            tok.cap
            and text[tok.end : tok.end + 1] == "."
            and _LOWER_AFTER_DOT.match(text, tok.end + 1)
            and _opens_sentence(text, tok, prev)
        ):
            i += 1  # "Jan. en feb. geen hulp", "Max. twee weken": an abbreviation
            continue
        nouns = _NOUN_LIST_AFTER.match(text, tok.end) if tok.cap else None
        if (
            nouns is not None
            and _opens_sentence(text, tok, prev)
            # (not "aanwezig: Mihai, moeder en gzv": persons in a list of roles)
            and not any(w in _PERSON_ROLES for w in re.findall(r"[\w-]+", nouns.group()))
        ):
            i += 1  # "Job, stage en school", "Timeout, back-up en crisisplaatsing": nouns
            continue
        street = _STREET_OF_NAME.match(text, tok.start) if tok.low in _STREET_HEADS else None
        if street is None and not tok.initials:
            # "wilhelmina van pruisenweg 104", "Johan de Wittlaan 9": a person's name with its
            # particles that makes a street, then its number
            street = _PERSON_STREET.match(text, tok.start)
        if street is not None and (tok.cap or street.re is _PERSON_STREET):
            while i < n and toks[i].start < street.end():
                i += 1  # "Laan van Malkenschoten 40": a street named after a person
            continue
        if (
            tok.cap
            and nxt is not None
            and nxt.cap
            and _joined(text, tok, nxt)
            and tok.low not in _PARTICLES  # "De Boer", "Ter Horst" are surnames first
            and f"{tok.low} {nxt.low}" in lexicon.places()
        ):
            i += 2  # "in Anna Paulowna", "Sint Maarten": a place of two words, no name
            continue
        if tok.low in _WATERS and _ALONG_THE.search(text, max(0, tok.start - 16), tok.start):
            i += 1  # "langs de Maas", "aan de Vecht": a river, not Mr Maas
            continue
        if tok.low in _NATIONALITY_NAMES and _nationality(text, tok):
            i += 1  # "Vader is Noor", "Noor van geboorte": Norwegian, not Noor
            continue
        start = _start_name(text, toks, i, ctx)
        if (
            start is None
            and name_end == i - 2
            and prev is not None
            and prev.low in ("en", "of", "&")
            and (
                tok.cap
                or (  # "met lotte en bram": typed in a hurry, both in lowercase
                    not toks[name_end].cap
                    and tok.low in lexicon.first_names()
                    and tok.low not in lexicon.common_words()
                    and tok.low not in _NOT_NAMES
                    and len(tok.text) >= 3
                )
            )
            and is_person_word(tok.text)
            and not _never_name(tok)
            and not (nxt is not None and nxt.low in ROLE_WORDS)
        ):
            start = i  # "De Wit en Hoek waren er": a surname after a name and "en"
        if (
            start is None
            and name_end == i - 3
            and toks[i - 2].low in ("en", "of", "&")
            and prev is not None
            and prev.low in _PARTICLES
            and tok.cap
            and tok.low in lexicon.interfixed_surnames()
        ):
            start = i  # "Dekker, Schouten en de Vries zaten in het MDO"
        if start is None:
            stem = _possessive_stem(tok, nxt, text) if not tok.initials else None
            if stem is not None:
                yield Candidate(tok.start, tok.start + stem, "name")
            i += 1
            continue
        start = _with_particles_before(text, toks, start)
        if _unknown_first_before(text, toks, start) or _word_first_before(text, toks, start):
            start -= 1  # "Harpreet Kaur Sandhu": "harp-reet" is no word, but a first name
        j = _extend(text, toks, i, start, ctx)
        # "Hans Koning van het Da Vinci College": the name ends before the particles that open
        # an organisation's name
        cut = next(
            (
                k
                for k in range(i + 1, j + 1)
                if k in organisations
                or (
                    toks[k].low == "het"
                    and k < j
                    and _cap_run_end(text, toks, k + 1) > k
                    and toks[_cap_run_end(text, toks, k + 1)].low in ORGANISATION_WORDS
                )
            ),
            None,
        )
        if cut is not None:
            j = cut - 1
            while j > i and (toks[j].low in _PARTICLES or toks[j].low == "op"):
                j -= 1  # "Rafael op het Vathorst College": "op" opened no surname
        if all(toks[k].low in _PARTICLES for k in range(start, j + 1)):
            i = j + 1  # "van de Raad voor de Kinderbescherming": particles, then a body
            continue
        last = toks[j]
        end = last.end
        after = toks[j + 1] if j + 1 < n else None
        stem = _possessive_stem(last, after, text)
        if stem is not None:
            end = last.start + stem
        yield Candidate(toks[start].start, end, "name")
        name_end = j
        i = j + 1


def _may_start_lowercase(text: str, tok: _Tok, prev: _Tok | None, nxt: _Tok | None) -> bool:
    """Cheap test: whether a lowercase word could be (or end) a name here at all."""
    if prev is not None:
        low = prev.low
        if (
            low in ROLE_WORDS
            or low in ("van", "met", "namens", "aan", "voor")
            or low in _CONTACT_NOUNS
            or low in _TITLES
            or low.rstrip(".") in _TITLES
        ):
            return True
    first = lexicon.first_names()
    if tok.low in first or _role_in_brackets(text, tok):
        return True
    if nxt is not None and nxt.low in _OPENING_VERBS and _unknown_word(tok):
        return True  # "kowalczyk stuurde een sms", "parwana heeft twee kids"
    if nxt is not None and nxt.low in _SPEECH_VERBS and _lowercase_surname(tok):
        return True  # "dekker belde om kwart over 5"
    if (nxt is None or nxt.low in ("en", "&") or not nxt.cap) and _unknown_word(tok):
        return True  # "semhar en yonas", "folake mulder belde", "mykola 17.03.2006"
    return nxt is not None and nxt.low in ROLE_WORDS and tok.low.rstrip("s'’") in first


def _lowercase_surname(tok: _Tok) -> bool:
    """A surname typed in lowercase, as long as it is none of the little words the surname list
    holds too ("moeder niet wil", "mw. belt terug", "de VP ook de kinderen kan")."""
    return (
        not tok.cap
        and len(tok.text) >= 3
        and tok.low in lexicon.surnames()
        and tok.low not in _VERBS_AND_MARKERS
        and tok.low not in _PARTICLES
    )


def _unknown_word(tok: _Tok) -> bool:
    return _unknown_lowercase(tok.text)


@lru_cache(maxsize=16384)  # (asked of most lowercase words in a note, many of them again)
def _unknown_lowercase(word: str) -> bool:
    """A lowercase word of four letters up, with a vowel, that no word list holds (not "bwv",
    "rvdk", "icm")."""
    return (
        word.islower()
        and word.isalpha()
        and len(word) >= 4
        and re.search(r"[aeiouyà-ÿ]", word) is not None
        and word not in _NOT_NAMES
        and word not in lexicon.not_persons()
        and word not in lexicon.countries()  # ("van syrie": an accent left off)
        and not lexicon.is_dutch_word(word)
        and not lexicon.is_english_word(word)
    )


def _role_in_brackets(text: str, tok: _Tok) -> bool:
    """Whether a word that is no Dutch word stands right before a role word in brackets
    ("kovac (teamleider) neemt contact op")."""
    m = _ROLE_BRACKET_AFTER.match(text, tok.end)
    return (
        m is not None
        and m.group(1) in ROLE_WORDS
        and len(tok.text) >= 3
        and tok.low not in _NOT_NAMES
        # ("lin mei (moeder)": a first name that is a word too, before a relative's role)
        and (
            not lexicon.is_dutch_word(tok.text)
            or (tok.low in lexicon.first_names() and m.group(1) in _KINSHIP)
            # "jurmen zeegelaar (oom)": a word the lexicon only guesses as a compound, after a
            # first name typed in lowercase (not "klachtformulier (moeder)")
            or (
                len(tok.text) >= 6
                and tok.text.isalpha()
                and not lexicon.is_listed_word(tok.text)
                and _lowercase_first_name_before(text, tok.start)
            )
        )
        and not lexicon.is_english_word(tok.text)
    )


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-zà-ÿ]{3,})[ \t]+$")


def _lowercase_first_name_before(text: str, pos: int) -> bool:
    """Whether a first name typed in lowercase (or a word no list holds) stands right before
    `pos`."""
    m = _LOWER_WORD_BEFORE.search(text, max(0, pos - 24), pos)
    if m is None:
        return False
    word = m.group(1)
    return (
        word in lexicon.first_names() and word not in lexicon.common_words()
    ) or _unknown_lowercase(word)


# who was there and who was not, with notice given: "Afwezig m.k.: Brouwer, Schouten"
_ATTENDANCE_BEFORE = re.compile(
    r"(?i)\b(?:aanwezig|afwezig|aanwezigen|afwezigen)[ \t]+(?:m\.?[ \t]?k\.?|met[ \t]+"
    r"kennisgeving|z\.?[ \t]?k\.?)[ \t]*:(?:[ \t]*[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){0,3},)*[ \t]*$"
)


def _context(text: str, prev: _Tok | None, tok: _Tok) -> str:
    if (prev is not None and _joined(text, prev, tok)) or (
        prev is not None and prev.low.endswith(".") and text[prev.end : tok.start] in (" ", "")
    ):
        low = prev.low
        if low in _TITLES or low.rstrip(".") in _TITLES or low + "." in _TITLES:
            return "title"
        if low in ROLE_WORDS or low in _NAMING_WORDS:
            return "role"
    if prev is not None and prev.low in ROLE_WORDS and text[prev.end : tok.start] == ". ":
        # "cl. sukarni kartowikromo": an abbreviated role's dot; "... de gezinsvoogd. Zij": the
        # sentence ended
        return "role" if prev.low in _ABBREVIATED_ROLES and not tok.cap else "sentence"
    # "Cliënt: Visser", "Betreft: Bakker / Yilmaz", "Roepnaam: Mo": a label a name follows
    # ("Moeder: Boos en verdrietig": after a role word, an everyday word that is no first name
    # is how that person is)
    if (
        prev is not None
        and text[prev.end : tok.start].strip(" \t") == ":"
        and (
            prev.low in _NAMING_WORDS
            or prev.low in _NAME_LABELS
            or (
                prev.low in ROLE_WORDS
                and (tok.low in lexicon.first_names() or not _ordinary(tok.text))
            )
            # "Mentor: Groen.", "gzv: Mulder": after a professional's label, a surname
            or (
                prev.low in ROLE_WORDS
                and prev.low not in _KINSHIP
                and tok.cap
                and tok.low in lexicon.surnames()
            )
        )
    ):
        return "role"
    if tok.cap and _ATTENDANCE_BEFORE.search(text, max(0, tok.start - 40), tok.start):
        return "role"  # "Afwezig m.k.: Brouwer, Schouten"
    # "dhr. Jansen"; not "slaapt bij familie. De gemeente": only an abbreviation takes the dot
    gap = text[prev.end : tok.start] if prev is not None else ""
    if prev is not None and prev.low + "." in _TITLES and gap.strip() == "." and "\n" not in gap:
        return "title"  # (a title ending a line stands for the person: "uitgelegd aan mw.")
    return "sentence" if _opens_sentence(text, tok, prev) else "inside"


def _first_name_in_capitals(text: str, toks: list[_Tok], i: int) -> bool:
    """A known first name that is no word, in a line typed in capitals ("GESPREK MET FATIMA
    EL AMRANI"): a neighbour in capitals too, so not an acronym standing alone."""
    tok = toks[i]
    if not (tok.text.isupper() and len(tok.text) >= 3 and tok.text.isalpha()):
        return False
    if tok.low not in lexicon.first_names() or tok.low in _NOT_NAMES:
        return False
    if lexicon.is_dutch_word(tok.text) or lexicon.is_english_word(tok.text):
        return False
    if tok.low in lexicon.not_persons():
        return False
    return any(
        0 <= k < len(toks)
        and toks[k].text.isupper()
        and len(toks[k].text) >= 2
        and _joined(text, *sorted((toks[k], tok), key=lambda t: t.start))
        for k in (i - 1, i + 1)
    )


def _initials_without_dots(text: str, toks: list[_Tok], i: int) -> bool:
    """Two or three capitals typed without dots before particles and a surname: "AM de Lange"
    (not an acronym the guard knows: "GI de Bilt")."""
    tok = toks[i]
    if not (tok.text.isupper() and 2 <= len(tok.text) <= 3 and tok.text.isalpha()):
        return False
    if tok.low in _NOT_NAMES or tok.low in lexicon.not_persons():
        return False
    k = i + 1
    while k < len(toks) and toks[k].low in _PARTICLES and _joined(text, toks[k - 1], toks[k]):
        k += 1
    if k == i + 1 or k >= len(toks) or not _joined(text, toks[k - 1], toks[k]):
        return False
    cand = toks[k]
    return cand.cap and is_person_word(cand.text) and not _place(cand, toks[k - 1], text)


_SPOUSES = words_of("vrouw man echtgenote echtgenoot partner vriend vriendin ex verloofde")
# initials with their dots that are abbreviations, not a person: "N.B.", "P.S.", "B.V."
_DOTTED_ABBREVIATIONS = words_of("""
    n.b. p.s. b.v. n.v. a.u.b. t.a.v. v.o.f. c.q. i.p.v. o.b.v. m.b.v. z.s.m. i.v.m. m.b.t.
    o.a. e.d. e.a. d.w.z. a.s. v.d. t.z.t. i.o.m. s.v.p. o.v.v. i.c.m. c.c. o.i.d. m.u.v.
    """)
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# "M.H., leerkracht, ...": a role after a comma
_ROLE_AFTER_COMMA = re.compile(r",[ \t]*(?:de[ \t]+|onze[ \t]+)?([a-zà-ÿ'’-]+)[ \t]*[,;.)]")


def _initials_alone(text: str, toks: list[_Tok], i: int, ctx: str) -> bool:
    """Two or three capitals with their dots and no surname, where they stand for a person:
    after a title, before a role or before what a person does ("mw. A.S.", "J.K. (gzv)",
    "M.H., leerkracht,", "J.K. belt"; not "N.B.", "P.S.")."""
    tok = toks[i]
    if not _DOTTED_INITIALS.fullmatch(tok.text):
        return False
    if ctx == "title":
        return True  # (whatever they spell: "mw. A.S.")
    if tok.low in _DOTTED_ABBREVIATIONS:
        return False
    if _role_bracket_at(text, tok.end):
        return True
    role = _ROLE_AFTER_COMMA.match(text, tok.end)
    if role is not None and role.group(1) in ROLE_WORDS:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is not None
        and _joined(text, tok, nxt)
        and (nxt.low in _PERSON_VERBS or nxt.low in _SPEECH_VERBS)
    )


def _start_name(text: str, toks: list[_Tok], i: int, ctx: str) -> int | None:
    """Index of the first token of a name that starts at toks[i], or None."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if tok.low == "dirk" and _next_to_a_shop(text, toks, i):
        return None  # "Dirk, Aldi en Lidl", "Dirk en Jumbo": the supermarket
    if tok.low == "job" and i + 1 < len(toks) and toks[i + 1].low == "als":
        return None  # "Job als vakkenvuller is gestopt": a job
    if _initials_without_dots(text, toks, i):
        return i  # "AM de Lange"
    if (  # "Merel Stamhuis (16) vertelde ...", "Roos Kamphuis zei": a first name that is a word,
        # then a capitalised word, then an age or what only a person says
        tok.cap
        and i + 1 < len(toks)
        and toks[i + 1].cap
        and not toks[i + 1].text.isupper()
        and tok.low in lexicon.first_names()
        and tok.low not in _NOT_NAMES
        and _joined(text, tok, toks[i + 1])
        and not _never_name(toks[i + 1])
        and (
            AGE_BRACKET_AFTER.match(text, toks[i + 1].end)
            or (
                i + 2 < len(toks)
                and _joined(text, toks[i + 1], toks[i + 2])
                and toks[i + 2].low in _SPEECH_VERBS
            )
        )
    ):
        return i
    if not tok.cap and tok.low in _SURNAME_OPENERS:
        # "mailen de haas (gv)", "van der meer (gzv) belde": a surname with its particles in
        # lowercase, before its role in brackets
        k = i
        while (
            k + 1 < len(toks)
            and toks[k + 1].low in _PARTICLES
            and _joined(text, toks[k], toks[k + 1])
        ):
            k += 1
        if (
            k + 1 < len(toks)
            and _joined(text, toks[k], toks[k + 1])
            and not toks[k + 1].cap
            and len(toks[k + 1].text) >= 3
            and toks[k + 1].low not in _NOT_NAMES
            and (
                _role_bracket_at(text, toks[k + 1].end)
                # "de vries belde", "van dijk zegt dat ...": before what only a person says
                # (not "de regeling zegt", "schipper van de pont zei": a thing, someone's)
                or (
                    toks[k + 1].low in lexicon.surnames()
                    and toks[k + 1].low not in _SAYING_THINGS
                    and not (tok.low == "van" and prev is not None and _joined(text, prev, tok))
                    and k + 2 < len(toks)
                    and _joined(text, toks[k + 1], toks[k + 2])
                    and toks[k + 2].low in _SPEECH_VERBS
                )
            )
        ):
            return i
    if (  # "pim zijn klacht nalezen", "yara d'r vader belde": a first name typed in lowercase,
        # then whose: what is that person's own
        not tok.cap
        and i + 2 < len(toks)
        and toks[i + 1].low in _WHOSE
        and (
            (tok.low in lexicon.first_names() and tok.low not in lexicon.common_words())
            or _unknown_lowercase(tok.low)  # ("yonas zijn bsn is ...")
        )
        and tok.low not in _NOT_NAMES
        and tok.low not in _VERBS_AND_MARKERS  # (not "Hij wil zijn kinderen zien": a verb)
        and i + 2 < len(toks)
        and _joined(text, tok, toks[i + 1])
        and toks[i + 1].low in _WHOSE
        and _joined(text, toks[i + 1], toks[i + 2])
        and (
            toks[i + 2].low in _KINSHIP
            or toks[i + 2].low in _OWNED_THINGS
            or toks[i + 2].low in ROLE_WORDS
        )
    ):
        return i
    if (  # "nelmarie koeiman tel. ...", "nelmarie koeiman, moeder van ...": a first name no list
        # knows and a surname, both typed in lowercase, opening a sentence
        not tok.cap
        and ctx == "sentence"
        and len(tok.text) >= 4
        and (
            _unknown_lowercase(tok.low)
            # "oksana kovalenko sinds kort in hoogeveen": a first name that is no word
            or (
                tok.low in lexicon.first_names()
                and not lexicon.is_dutch_word(tok.low)
                and not lexicon.is_english_word(tok.low)
            )
        )
        and i + 1 < len(toks)
        and _joined(text, tok, toks[i + 1])
        and (
            (_lowercase_surname(toks[i + 1]) and toks[i + 1].low not in lexicon.common_words())
            or (len(toks[i + 1].text) >= 5 and _unknown_lowercase(toks[i + 1].low))
        )
        and toks[i + 1].low not in _NOT_NAMES
    ):
        return i
    if (  # "dekker belde om kwart over 5": a surname that is a word too, typed in lowercase
        # opening a sentence, before what only a person does
        not tok.cap
        and ctx == "sentence"
        and _lowercase_surname(tok)
        and tok.low not in lexicon.common_words()
        and tok.low not in _NOT_NAMES
        and tok.low not in _CALLING_BODIES
        and tok.low not in _PERSONS_OF_BODIES
        and _then(text, toks, i, _SPEECH_VERBS)
    ):
        return i
    if (  # "Dekker: wil pas reageren na overleg", "Stam: Er was een signaal, daarom heb ik ...":
        # a surname that is a word too, opening a line as who speaks
        tok.cap
        and text[tok.end : tok.end + 1] == ":"
        and tok.low in lexicon.surnames()
        and tok.low not in lexicon.common_words()
        and tok.low not in _NOT_NAMES
        and tok.low not in _LABEL_WORDS
        and _LINE_LEAD.search(text, max(0, tok.start - 12), tok.start)
        and _SPEAKER_AFTER.match(text, tok.end + 1)
    ):
        return i
    if (  # "Mei (moeder, Kantonees) wil ...", "Juni (9) woont bij ...": a month as a first name
        tok.cap
        and tok.low in _MONTH_FIRST_NAMES
        and (AGE_BRACKET_AFTER.match(text, tok.end) or _role_bracket_at(text, tok.end))
        and not (prev is not None and prev.text.isdigit())
    ):
        return i
    if tok.initials:
        # "A.M. de Lange", "J. Bakker": initials count only before a name word
        k = i + 1
        while k < len(toks) and toks[k].low in _PARTICLES and _joined(text, toks[k - 1], toks[k]):
            k += 1
        if k < len(toks) and _joined(text, toks[k - 1], toks[k]) and toks[k].cap:
            cand = toks[k]
            head = cand.text.split("-")[0]  # "C.M. Verhoeven-de Graaf"
            if not _never_name(cand) and (
                is_person_word(cand.text)
                or not _ordinary(cand.text)
                or k > i + 1
                or (head != cand.text and is_person_word(head))
            ):
                return i
        if _initials_alone(text, toks, i, ctx):
            return i  # "mw. A.S. heeft ondertekend", "met J.K. (gzv)", "J.K. belt"
        return None
    if (  # "voor zijn vrouw Lies.", "met haar zoon Florin": someone's relative by name
        tok.cap
        and prev is not None
        and (prev.low in _KINSHIP or prev.low in _SPOUSES)
        and i >= 2
        and toks[i - 2].low in ("zijn", "haar", "hun", "z'n", "d'r", "mijn", "m'n")
        and _joined(text, toks[i - 2], prev)
        and _joined(text, prev, tok)
        and (
            tok.low in lexicon.first_names()
            or is_person_word(tok.text)
            or not lexicon.is_listed_word(tok.text)
        )
        and not _never_name(tok)
    ):
        return i
    if ctx == "title":
        if tok.low.endswith(_STREET_TAILS) and _HOUSE_NUMBER_AFTER.match(text, tok.end):
            return None  # "Bezoekadres: Mr. Treublaan 5": a street named after a person
        if (
            tok.cap
            and not _never_name(tok)
            # "Handig voor mw. Brief vandaag op de post": the title ended a sentence (a word
            # goes on it; not "mentor dhr. Pinto: ...")
            and not (
                prev is not None
                and text[prev.end : prev.end + 2] == ". "
                and _ordinary(tok.text)
                # (not "mw. Doelwijt is ...": a short word the lexicon only guesses as a
                # compound; a long one is a noun: "mw. Klachtafhandeling duurt lang")
                and (lexicon.is_listed_word(tok.text) or len(tok.text) > 11)
                and i + 1 < len(toks)
                # (not "dhr. Rijkaard zegt": what a person does)
                and toks[i + 1].low not in _PERSON_VERBS
                and toks[i + 1].low not in _SPEECH_VERBS
                and not toks[i + 1].cap
                and _joined(text, tok, toks[i + 1])
                # (not "mw. Bakker-Schouten": a double surname)
                and not all(is_person_word(p) for p in tok.text.split("-") if p)
            )
        ):
            return i
        # "mw Spaans", "dhr. Frans", "juf Zeeman": a surname that is a language, a people's
        # name or a brand too
        if (
            tok.cap
            and prev is not None
            and prev.low.rstrip(".")
            in ("mw", "mevr", "dhr", "mevrouw", "meneer", "mijnheer", "juf")
            and tok.low in lexicon.not_persons()
            and tok.low in lexicon.surnames()
        ):
            return i
        if _shouted_name(tok):  # "dhr. JANSEN" typed in capitals
            return i
        after = toks[i + 1] if i + 1 < len(toks) else None
        if (  # "mevrouw EL AMRANI"
            tok.text.isupper()
            and tok.low in _SURNAME_OPENERS
            and after is not None
            and _joined(text, tok, after)
            and _shouted_name(after)
        ):
            return i
        if tok.low in _SURNAME_OPENERS or (  # "mw. 't Hart", "dhr. in 't Veld"
            tok.low in ("'t", "’t", "in")
            and i + 1 < len(toks)
            and (tok.low != "in" or toks[i + 1].low in ("'t", "’t"))
        ):  # "dhr van der meer", "mw. el haddaoui"
            k = i
            while k + 1 < len(toks) and toks[k + 1].low in _PARTICLES:
                k += 1
            after = toks[k + 1] if k + 1 < len(toks) else None
            if (
                after is not None
                and _joined(text, toks[k], after)
                and ((after.cap and not _never_name(after)) or _name_like_lower(after, True))
            ):
                return i
        if _name_like_lower(tok) and not (
            # "wat naar de familie wijst": the family as a noun, then a word of the sentence
            prev is not None
            and prev.low in ("familie", "fam", "fam.")
            and _ordinary(tok.text)
            and re.search(r"\b(?:de|het|die|een|zijn|haar|hun|onze)[ \t]+$", text[: prev.start])
            and not _then(text, toks, i, _OPENING_VERBS)  # ("de familie bakker wil klagen")
        ):
            return i
        if (  # "juf merel heeft foto's gedeeld", "meester storm belde": a first name that is a
            # word, typed in lowercase, before what a person does
            not tok.cap
            and tok.low in lexicon.first_names()
            and tok.low not in _NOT_NAMES
            and len(tok.text) >= 3
            and _then(text, toks, i, _PERSON_VERBS, ("heeft", "had", "is"))
        ):
            return i
        # "mw kok is blij", "dhr. bakker belt": a surname typed in lowercase after a title, as
        # long as it is not what the title does ("mw. belt terug", "dhr. wil niet")
        if (
            not tok.cap
            and prev is not None
            and prev.low.rstrip(".") in ("mw", "mevr", "dhr", "mevrouw", "meneer", "mijnheer")
            and _lowercase_surname(tok)
        ):
            return i
        # "mw. ivanova": after a title, a lowercase word the word list does not hold itself
        # (only as a guessed compound, "iva-nova") is the name typed in a hurry
        if (
            not tok.cap
            and len(tok.text) >= 4
            and tok.text.isalpha()
            and tok.low not in _NOT_NAMES
            and not lexicon.is_listed_word(tok.text)
            and not lexicon.is_english_word(tok.text)
        ):
            return i
        return None
    if ctx == "role":
        if prev is not None and prev.low in BODY_ROLES and tok.low in lexicon.places():
            return None  # "de gemeentelijke ombudsman Amsterdam": the town's office
        if prev is not None and prev.low in _NAMING_WORDS and tok.cap and not _never_name(tok):
            return i  # "roepnaam Stas", "bijnaam Bolle": whatever word it is, a name
        if (  # "gzv prins belt nooit terug": a surname typed in lowercase that acts
            _lowercase_surname(tok)
            # (not "dat de voogd sneller reageert": how the role acts)
            and tok.low not in _HOW_SURNAMES
            and (
                _then(text, toks, i, _PERSON_VERBS)
                # "bwv smit neemt niet op" (not "de begeleider weg moest", "mee mag")
                or (
                    _then(text, toks, i, _OPENING_VERBS)
                    and not lexicon.is_dutch_word(tok.text)
                    and tok.low not in _NOT_NAMES
                )
            )
        ):
            return i
        if (  # "gzv koen: 06 ...", "oma aaltje (93) vraagt", "jb'er jo is vervangen": a first
            # name that is a word too, typed in lowercase, then what a name is followed by
            not tok.cap
            and tok.low in lexicon.first_names()
            and tok.low not in lexicon.common_words()
            and tok.low not in _NOT_NAMES
            and tok.low not in _VERBS_AND_MARKERS
            and (
                _then(text, toks, i, _OPENING_VERBS)
                or text[tok.end : tok.end + 1] == ":"
                or _BRACKET_NUMBER_AFTER.match(text, tok.end) is not None
            )
        ):
            return i
        if (  # "Bewindvoerder Blokker zegt": a surname that is a brand too, after a role
            tok.cap
            and prev is not None
            and prev.low in ROLE_WORDS
            and _joined(text, prev, tok)
            and tok.low in lexicon.not_persons()
            and tok.low in lexicon.surnames()
            and tok.low not in lexicon.countries()
            and tok.low not in _LANGUAGES
            and prev.low not in ("tolk", "tolken")  # "een tolk Engels": the language
        ):
            return i
        if tok.low in _SURNAME_OPENERS and _interfixed_surname(text, toks, i):
            return i  # "Gezinsvoogd van Leeuwen zei": a surname with its particles
        if (  # "vz de Bruin:", "gzv van Dam belde": particles and a capitalised word
            not tok.cap
            and tok.low in ("de", "van", "ter", "ten", "den")
            and prev is not None
            and prev.low in _ABBREVIATED_ROLES
            and _followed_by_name(text, toks, i)
        ):
            return i
        if (
            tok.cap
            and prev is not None
            and prev.low in _KINSHIP
            and not _never_name(tok)
            and tok.low not in ORGANISATION_WORDS
            and i + 1 < len(toks)
            and _joined(text, tok, toks[i + 1])
            and (
                # "haar zus Gift Obi": two capitalised words after a relative
                (toks[i + 1].cap and not _never_name(toks[i + 1]))
                # "dochter Era woont bij oma": a capitalised word before a verb of a person
                or toks[i + 1].low in _PERSON_VERBS
                or toks[i + 1].low in ("woont", "woonde", "verblijft", "logeert", "slaapt")
            )
        ):
            return i
        if (
            tok.cap
            and not _never_name(tok)
            and (
                is_person_word(tok.text)
                or not _ordinary(tok.text)
                # "haar broer Gift", "zoon Storm": a word given as a name, after a relative
                or (tok.low in _WORD_NAMES and prev is not None and prev.low in _KINSHIP)
                # "gzv Doelwijt heeft": a word the lexicon only guesses as a compound, before
                # what a person does (not "Ombudsman Metropool Amsterdam", "Vader Engelstalig")
                or (
                    not (lexicon.is_listed_word(tok.text) or lexicon.is_english_word(tok.text))
                    and _then(text, toks, i, _PERSON_VERBS, _SPEECH_VERBS)
                )
            )
        ):
            return i
        if tok.cap and not _never_name(tok) and _followed_by_name(text, toks, i):
            return i
        if (
            not tok.cap
            and _name_like_lower(tok)
            and not _ordinary(tok.text)
            # "The client feels unheard"; not "client john"
            and (tok.low in lexicon.first_names() or not lexicon.is_english_word(tok.text))
        ):
            return i
        if (  # "bewindvoerder klaas wijbenga": a first name that is a word too, then a surname
            not tok.cap
            and tok.low in lexicon.first_names()
            and tok.low not in lexicon.common_words()
            and tok.low not in _NOT_NAMES
            and tok.low not in _PERSON_VERBS  # (not "gezinsvoogd wil ...")
            and tok.low not in _TITLE_VERBS
            and i + 1 < len(toks)
            and _joined(text, tok, toks[i + 1])
            and (
                _unknown_word(toks[i + 1])
                or (_lowercase_surname(toks[i + 1]) and not lexicon.is_dutch_word(toks[i + 1].text))
                # "ex maarten bos wil alles via advocaat": a surname that is a word, before what
                # a person does
                or (
                    _lowercase_surname(toks[i + 1])
                    and i + 2 < len(toks)
                    and _joined(text, toks[i + 1], toks[i + 2])
                    and toks[i + 2].low in _PERSON_VERBS
                )
            )
        ):
            return i
        return None
    if tok.cap:
        if (
            _SIGN_OFF_BEFORE.search(text, max(0, tok.start - 30), tok.start)
            and (tok.low in lexicon.first_names() or is_person_word(tok.text))
            and not _never_name(tok)
        ):
            return i  # "Hoogachtend, Arend van der Kolk": who signs a letter
        if _first_name_in_capitals(text, toks, i):
            return i  # "GESPREK MET FATIMA EL AMRANI"
        if (  # "JESSICA belde boos op": a first name in capitals before a verb of a person
            tok.text.isupper()
            and len(tok.text) >= 3
            and tok.low in lexicon.first_names()
            and tok.low not in _NOT_NAMES
            and tok.low not in lexicon.not_persons()
            and not lexicon.is_dutch_word(tok.text)
            and not lexicon.is_english_word(tok.text)
            and _then(text, toks, i, _PERSON_VERBS)
        ):
            return i
        if (
            tok.low in lexicon.first_names()
            and tok.low not in ROLE_WORDS
            and AGE_BRACKET_AFTER.match(text, tok.end)
            and (tok.low not in lexicon.not_persons() or _never_name(tok))
        ):
            return i
        if _never_name(tok):
            return None
        if ctx == "inside" and _named_in_brackets_after_role(text, toks, i):
            return i  # "de bewindvoerder (de Vries) reageert niet"
        if (
            ctx == "inside"
            and (tok.low in _WORD_NAMES or _surname_word(tok))
            and _word_name_inside(text, toks, i)
        ):
            return i  # "en Zon had zelf de vragen", "zei Storm lachend", "namens Faith en Gift"
        inverted = _INVERTED_AFTER.match(text, tok.end)
        if (  # "Zwaan, Ria geb. 8 okt. 1966": a record's surname, then the first name
            inverted
            and tok.low in lexicon.surnames()
            and inverted.group(1).casefold() in lexicon.first_names()
            and inverted.group(1).casefold() not in lexicon.common_words()
            and _LINE_LEAD.search(text, max(0, tok.start - 12), tok.start)
        ):
            return i
        if _COMPANY_AFTER.match(text, tok.end):
            return None  # "Smit & zn.", "Jansen B.V.", "Erasmus MC": a firm or hospital
        if (
            tok.low.endswith(_STREET_TAILS) or _POSTCODE_AFTER_NUMBER.match(text, tok.end)
        ) and _HOUSE_NUMBER_AFTER.match(text, tok.end):
            return None  # "kantoor aan de Zernikedreef 11": a street, whatever its first part
        if (
            _street_word(tok.low)
            and not _followed_by_name(text, toks, i)
            and not (i + 1 < len(toks) and toks[i + 1].low in _PERSON_VERBS)  # "Wijnhof belde"
        ):
            return None  # "Molenweg", "Kerkpad": a street (the lexicon splits no 3-letter tail)
        if (
            _role_in_brackets_after(text, tok)
            and tok.low not in lexicon.providers()
            and (
                is_person_word(tok.text)
                or not _ordinary(tok.text)
                # "Doelwijt (gzv) belde": a word the lexicon only guesses as a compound
                or not (lexicon.is_listed_word(tok.text) or lexicon.is_english_word(tok.text))
            )
        ):
            return i  # "de Hoop (gedragswetenschapper) schreef", "Winter (jeugdzorgwerker)"
        if (
            _place(tok, prev, text)
            and not (
                # "meisje, Saba Tesfamariam, 17 jaar": a first name that is an island, before a
                # surname no word list knows
                tok.low in lexicon.first_names()
                and _followed_by_name(text, toks, i)
                and not lexicon.is_dutch_word(toks[i + 1].text)
                and toks[i + 1].low not in lexicon.places()
            )
            and not (
                ctx == "sentence"
                and is_person_word(tok.text)
                and (
                    _speech_follows(text, toks, i)
                    # "Vink stuurde de brief": a hamlet that is a surname sends nothing; only a
                    # municipality stands for the council that does
                    or (tok.low not in lexicon.councils() and _then(text, toks, i, _PERSON_VERBS))
                    # "Saba Tesfay en Merhawi": a first name that is an island, before a surname
                    or (tok.low in lexicon.first_names() and _followed_by_name(text, toks, i))
                    # "Wessel is 12": a first name that is a village, before what is said of one
                    or (tok.low in lexicon.first_names() and _BORN_AFTER.match(text, tok.end))
                    # "Wessel (geb. okt. 2011)", "Wessel is de nieuwe vriend": a first name that
                    # is a hamlet opens a sentence as the person (a municipality may stand for
                    # its council: "Ede heeft besloten")
                    or (
                        tok.low in lexicon.first_names()
                        and tok.low not in lexicon.councils()
                        and _person_follows(text, toks, i)
                    )
                    # "Lisse, de vriendin van moeder, ...": a person in apposition
                    or _role_in_apposition(text, tok)
                )
            )
            # "klagen over de mentor, Wessel.": a first name that is a village, in apposition
            # to a role
            and not (
                tok.low in lexicon.first_names()
                and prev is not None
                and prev.low in ROLE_WORDS
                and text[prev.end : tok.start] == ", "
                # (the clause ends with it: not "moeder, Ede en Wageningen")
                and _CLAUSE_END_AFTER.match(text, tok.end) is not None
            )
            # "Hoek heeft gisteren gebeld", "Boer en Vos waren aanwezig", "met Berg van het
            # wijkteam": a hamlet that is a surname too, doing what a person does
            and not (
                ctx in ("sentence", "inside")
                and tok.low in lexicon.surnames()
                and tok.low not in lexicon.councils()
                and not (
                    prev is not None
                    and (
                        prev.low in _PLACE_PREPOSITIONS
                        or f"{prev.low} {tok.low}" in lexicon.places()  # "Den Haag vroeg"
                    )
                )
                and _person_follows(text, toks, i)
            )
        ):
            return None
        known = is_person_word(tok.text)
        ordinary = _ordinary(tok.text, tok.english)
        if (
            ordinary
            and ctx == "inside"
            and prev is not None
            and prev.low in _PERSON_PREPOSITIONS
            and _unlisted_surname_like(tok)
        ):
            # "Klacht van Doelwijt tegen de GI", "als Doelwijt": mid-sentence, a capitalised
            # word the lexicon only guesses as a compound is no noun (those take no capital)
            ordinary = False
        if ordinary and _NUMBERED_AFTER.match(text, tok.end):
            return None  # "Boek 1", "Groep 8", "Bijlage 2": a numbered item, wherever it stands
        first_name = tok.low in lexicon.first_names() and not ordinary
        if (
            not first_name or (prev is not None and prev.text in ("De", "Het", "'t"))
        ) and _after_organisation(text, toks, i):
            return None  # "Jeugdhulp De Brug", "Stichting Horizon": the organisation's name
        if ctx == "inside" and prev is not None and prev.low in _SURNAME_ONLY_PARTICLES:
            return i  # "van der Meer", "ter Horst": no everyday noun follows "der" or "ter"
        if (
            ctx == "inside"
            and prev is not None
            and prev.low in ("met", "namens", "volgens")
            and _joined(text, prev, tok)
            and (
                tok.low in lexicon.first_names()
                # "Volgens Wolf klopt het niet": a surname, as the source of what is said
                or (prev.low == "volgens" and tok.low in lexicon.surnames())
            )
            and tok.low not in lexicon.providers()
            and tok.low not in ORGANISATION_WORDS
            and tok.low not in lexicon.not_persons()
        ):
            return i  # "gesprek met Storm", "volgens Bloem": no noun takes a capital there
        if prev is not None and _surname_after_met_de(toks, i) and _joined(text, prev, tok):
            return i  # "gesprek met de Jong"
        if _surname_opens_sentence(text, toks, i):
            return i - 1  # "de Vries was er niet bij": typed without its capital
        if ctx == "inside":
            if (
                not known
                and _after_work_word(text, toks, i)
                # (but "de gezinsvoogd van Mebrahtu": whose case it is, a child's name)
                and not (toks[i - 2].low in _CASE_ROLES and not tok.text.isupper())
            ):
                return None
            if (
                not known
                and prev is not None
                and prev.low in ("in", "uit", "vanuit")
                and _joined(text, prev, tok)
            ):
                return None  # "gevlucht uit Charkiv", "opgegroeid in Aleppo": a place abroad
            if (
                tok.low not in lexicon.first_names()
                and (not known or tok.low in lexicon.places() or not _ordinary(tok.text))
                and _after_service(text, toks, i)
                # (not "klacht tegen Mariusz Constantin": a first name no list knows, then a
                # surname)
                and not (
                    i + 1 < len(toks)
                    and toks[i + 1].cap
                    and toks[i + 1].low not in lexicon.places()  # ("Eleos Utrecht")
                    and _followed_by_name(text, toks, i)
                )
            ):
                return None
            if (
                not first_name
                and prev is not None
                and prev.low == "via"
                # (but "via Plamen, de buurman,", "via Yuba (oudste broer)": a person's role)
                and not _role_in_apposition(text, tok)
                and not _role_bracket_at(text, tok.end)
            ):
                return None  # "via Siilo", "via Zorgmail": a channel, not a person
            if _in_title(text, toks, i) and (ordinary or tok.low not in lexicon.first_names()):
                return None  # "Praktijk Kinderpsychologie Meander": an organisation's name
            if (
                ordinary
                and prev is not None
                and prev.low in _ARTICLES
                and (prev.text.islower() or _opens_sentence(text, prev, None))
                and not (prev.text == "De" and tok.low in lexicon.interfixed_surnames())
                and not _surname_after_met_de(toks, i)
                and tok.low not in lexicon.first_names()
                # "de Haan heeft de beschikking uitgelegd": a surname with its particle that
                # does what a person does
                and not (
                    tok.low in lexicon.interfixed_surnames()
                    and tok.low not in _BODY_SURNAMES
                    and _person_acts_after(text, toks, i)
                )
            ):
                return None  # "de Burgemeester", "hoor en de Hoor": a noun with a capital
            if ordinary and _after_capital_word(text, toks, i):
                return None  # "het Landelijk Kader", "programma Nu Niet Zwanger": a title
            surname = (
                prev is not None
                and prev.low in _PARTICLES
                and (tok.low in lexicon.interfixed_surnames())
            )
            if (
                ordinary
                and tok.low in lexicon.common_words()
                and not surname
                # (but "met Berg van het wijkteam", "volgens Koning (gzv)": a person's)
                and not (known and tok.low in lexicon.surnames() and _person_follows(text, toks, i))
            ):
                return None  # "zorgen over Geld", "het Woord": one of the commonest words
            if ordinary and _in_capital_list(text, toks, i):
                return None  # "Veiligheid, Rust en Vertrouwen": a list of capitalised nouns
            # "onder het Vredenburg": a person's name takes no "het" ("van het Hof" does)
            if prev is not None and prev.text == "het" and (i < 2 or toks[i - 2].low != "van"):
                return None
            return i if known or not ordinary else None
        # opening a sentence: an ordinary word unless a name or a verb of a person follows
        if not ordinary:
            return None if not known and _typo_of_role(tok.low) else i
        if known and _person_follows(text, toks, i):
            return i

        # "Wisdom vertelde", "Blessing zei": an English word no Dutch one, before what only a
        # person says ("Teams belde" is a call)
        if (
            not lexicon.is_dutch_word(tok.text)
            and lexicon.is_english_word(tok.text)
            and _then(text, toks, i, _SAYING)
        ):
            return i
        return None
    # "moeder van sara": a first name after a family word and "van", even one that is a word
    if (
        prev is not None
        and prev.low == "van"
        and i >= 2
        and _joined(text, prev, tok)
        and _joined(text, toks[i - 2], prev)
        and toks[i - 2].low in ROLE_WORDS
        and toks[i - 2].low not in _WORK_WORDS
        and tok.low in lexicon.first_names()
        and tok.low not in _NOT_NAMES
        and (len(tok.text) >= 3 or not lexicon.is_dutch_word(tok.text))  # "vader van bo"
    ):
        return i
    if _role_in_brackets(text, tok) or (
        not tok.cap
        and tok.low in lexicon.first_names()
        and tok.low not in _NOT_NAMES
        and AGE_BRACKET_AFTER.match(text, tok.end)
    ):
        # "zhang wei (vader)", "hao (10)": the word before it, no word either, is part of it
        if prev is not None and not prev.cap and _joined(text, prev, tok) and _unknown_word(prev):
            return i - 1
        return i
    # "kowalczyk stuurde een sms": a word no list holds, before a verb of a person; "aart belde
    # weer": a first name, though a word too, before what only a person does
    after = toks[i + 1] if i + 1 < len(toks) else None
    if (
        after is not None
        and _joined(text, tok, after)
        and (
            (after.low in _PERSON_VERBS and _unknown_word(tok))
            or (
                after.low in _SPEECH_VERBS
                and not tok.cap
                and len(tok.text) >= 3
                and tok.low in lexicon.first_names()
                and tok.low not in lexicon.common_words()
                and tok.low not in _NOT_NAMES
                and tok.low not in _WORD_NAMES
            )
        )
    ):
        return i
    # lowercase, no title: only a known first name that is no Dutch word ("met fatima"); one
    # of three letters before a verb of a person ("sem belde")
    after = toks[i + 1] if i + 1 < len(toks) else None
    if (
        (
            len(tok.text) >= 4
            or (
                len(tok.text) == 3
                and after is not None
                and after.low in _PERSON_VERBS
                and _joined(text, tok, after)
            )
        )
        and tok.low in lexicon.first_names()
        and not _ordinary(tok.text)
        and tok.low not in _NOT_NAMES
    ):
        return i
    # "folake mulder belde terug", "tunde eze belt": a word no list knows, then a surname or
    # another such word, before what a person does, open a hurried sentence
    k = i + 1  # ("parwana van der wal wil ...": with the surname's particles)
    while k < len(toks) and toks[k].low in _PARTICLES and _joined(text, toks[k - 1], toks[k]):
        k += 1
    if (
        k + 1 < len(toks)
        and _unknown_word(tok)
        and not toks[k].cap
        and (_lowercase_surname(toks[k]) or _unknown_lowercase(toks[k].text))
        and toks[k + 1].low in _PERSON_VERBS
        and _joined(text, tok, toks[i + 1])
        and _joined(text, toks[k - 1], toks[k])
        and _joined(text, toks[k], toks[k + 1])
        and _opens_sentence(text, tok, prev)
    ):
        return i
    # "bohdan (6)", "yonas (17, amv)", "tuba (31-12-2009)": a word no list knows before a
    # bracketed age or date; "mykola 17.03.2006, iryna 29.08.2013": before a date of birth
    if _unknown_word(tok) and (
        _BRACKET_NUMBER_AFTER.match(text, tok.end) or _DATE_RIGHT_AFTER.match(text, tok.end)
    ):
        return i
    # "oma (gül) in turkije", "(kiflom), kiflom.a@...", "wongsodikromo (surya):": a word no
    # list knows, or a first name that is no Dutch word, alone in brackets
    if (
        not tok.cap
        and text[tok.start - 1 : tok.start] == "("
        and text[tok.end : tok.end + 1] == ")"
        and (
            _unknown_word(tok)
            or (tok.low in lexicon.first_names() and not lexicon.is_dutch_word(tok.text))
        )
        and tok.low not in lexicon.providers()
    ):
        return i
    # "nieuw adres tkachuk: ...", "oliinyk familie zit ...": a word no list knows before a
    # colon, or before the family or a relative it names
    if _unknown_word(tok) and (
        text[tok.end : tok.end + 1] == ":"
        or _then(text, toks, i, _KINSHIP, ("familie", "fam", "gezin"))
        or (_BRACKETED_AFTER.match(text, tok.end) is not None)
    ):
        return i
    # "parwana heeft twee kids", "marchenko moet naar de gi": a word no list knows opens a
    # hurried sentence, before a verb said of a person
    if (
        after is not None
        and after.low in _OPENING_VERBS
        and _unknown_word(tok)
        and _joined(text, tok, after)
        and _opens_sentence(text, tok, prev)
    ):
        return i
    # "vr 12/4: tesfay niet bereikt": a word no list knows opens the note, about a contact
    if (
        _unknown_word(tok)
        and _opens_sentence(text, tok, prev)
        and _REACHED_AFTER.match(text, tok.end)
    ):
        return i
    # "semhar en yonas vandaag niet bereikt": two words no list knows, joined by "en", open a
    # sentence typed in a hurry (or one, and a relative of that person)
    if (
        i + 2 < len(toks)
        and _unknown_word(tok)
        and toks[i + 1].low in ("en", "&")
        and (
            _unknown_word(toks[i + 2])
            # "haile en zn broer mebrahtu": and a relative of his
            or (
                toks[i + 2].low in ("zn", "z'n", "zijn", "haar", "d'r")
                and i + 3 < len(toks)
                and toks[i + 3].low in _KINSHIP
            )
        )
        and _joined(text, tok, toks[i + 1])
        and _joined(text, toks[i + 1], toks[i + 2])
        and _opens_sentence(text, tok, prev)
    ):
        return i
    # or any word that is no Dutch word right after "gesproken/gebeld met", "namens", or a
    # message "van"/"aan"/"voor" someone, typed in a hurry ("gebeld met tesfay over de brief",
    # "app van dawit gekregen")
    if (
        prev is not None
        and (prev.low in ("met", "namens", "van", "aan", "voor") or prev.low in _CONTACT_NOUNS)
        and _joined(text, prev, tok)
        and len(tok.text) >= 4
        and re.search(r"[aeiouyà-ÿ]", tok.low) is not None  # not "jggz", an acronym
        and tok.text.islower()  # not "jeugd-LVB"
        # "met post-its": a word made of an English one (not "met jan-piet bakker")
        and ("-" not in tok.text or all(p in lexicon.first_names() for p in tok.low.split("-")))
        and tok.low not in _NOT_NAMES
        and tok.low not in lexicon.not_persons()
        and not lexicon.is_dutch_word(tok.text)
        and (
            _HURRIED_AFTER.match(text, tok.end)
            or _unknown_next(text, toks, i)
            # "met sorin bakker gehad": a surname that is a word too, then the sentence goes on
            or (
                i + 1 < len(toks)
                and _joined(text, tok, toks[i + 1])
                and _lowercase_surname(toks[i + 1])
                and _HURRIED_AFTER.match(text, toks[i + 1].end) is not None
            )
        )
    ):
        return i
    return None


# "(jeugdzorgwerker, ...)", "(Manager Zorg)", "(Teamleider)": a role, lowercase or as a title
_INVERTED_AFTER = re.compile(
    r",[ \t]*([A-ZÀ-Ý][a-zà-ÿ]+)(?=[ \t]*(?:\(|geb\b|geboren\b|°|\*|,|;|\d|$))", re.MULTILINE
)
_ROLE_BRACKET_CAP = re.compile(
    # "(Manager Zorg)", "(juf van groep 6)", "(gzv, GI)"
    # ("(de pleegvader, niet ...)": with its article)
    r"[ \t]*\((?:de[ \t]+|het[ \t]+)?"
    # ("(oudste broer)", "(nieuwe gzv)": with what sets the role apart)
    r"(?:(?:oudste|jongste|middelste|grote|kleine|oude|nieuwe|vorige|eigen)[ \t]+)?"
    r"([A-Za-zÀ-ÿ-]+(?:['’]er)?)"  # ("(jb'er)")
    # ("(teamleider VT)": with its organisation's letters)
    r"(?:[ \t]+[A-Z][A-Za-zà-ÿ]+|[ \t]+van[ \t]+[^()\n]{1,30})?[),]"
)


def _role_in_brackets_after(text: str, tok: _Tok) -> bool:
    """Whether a role word in brackets follows `tok`: "Winter (jeugdzorgwerker, achternaam)",
    "Koster (Manager Zorg)"."""
    return _role_bracket_at(text, tok.end)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter left out, added or changed, or two swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _typo_of_role(low: str) -> bool:
    """ "Clënt", "Moedr", "Kalcht", "Gespreck": a role or note word typed one letter wrong."""
    return len(low) >= 5 and any(
        len(word) >= 5 and _one_edit(low, word) for word in _TYPO_TARGETS if word[:1] == low[:1]
    )


# the words a note is made of, whose typos open no name
_TYPO_TARGETS = ROLE_WORDS | words_of("""
    klacht klachten gesprek gesprekken afspraak afspraken brief brieven termijn verslag
    reactie hoorzitting bemiddeling uitspraak beschikking besluit bezwaar melding overleg
    vervolg contact dossier cliënten ouders moeder vader jongere jeugdige commissie
    """)


def _role_bracket_at(text: str, pos: int) -> bool:
    if _PARTNER_BRACKET.match(text, pos):
        return True  # "Wil (haar man)", "Gert (zijn broer)"
    m = _ROLE_BRACKET_CAP.match(text, pos)
    if m is None:
        return False
    role = m.group(1).casefold()
    return role in ROLE_WORDS or any(role.endswith(e) and len(role) > len(e) for e in _ROLE_ENDINGS)


_PARTNER_BRACKET = re.compile(
    r"[ \t]*\((?:haar|zijn|hun|mijn|d'r|z'n)[ \t]+(?:man|vrouw|echtgenoot|echtgenote|vriend|"
    r"vriendin|partner|broer|zus|zoon|dochter|moeder|vader|oom|tante|neef|nicht|ex)\)"
)


# what follows a title that stands for the person ("mw. is boos", "dhr. kan niet"): no surname
_TITLE_VERBS = words_of("""
    is was kan kon zal zou moet moest mag mocht wacht wachtte geeft gaf laat liet neemt nam
    staat stond doet deed maakt maakte ziet zag hoort hoorde krijgt kreeg houdt hield
    werd rijdt leent leest praat niet wel maar die heel meer goed boos thuis buiten boven bij
    ligt lag
    """)
# verbs a subject follows when a sentence opens with something else ("Helaas kon de Wit niet")
_INVERTED_VERBS = words_of("""
    kon kan wil wilde zal zou moet moest mag mocht heeft had is was belde belt zei zegt vond
    vindt stuurde stuurt gaat ging komt kwam schreef schrijft mailde mailt vroeg vraagt
    """)
# surnames with a particle that are also bodies or things: "kon de Raad", "is de Koning"
_BODY_SURNAMES = words_of("raad koning koningin hoop brug bilt kroon rijk bond staat wet kamer")


def _surname_after_met_de(toks: list[_Tok], i: int) -> bool:
    """ "met de Jong", "namens van Dijk": a capitalised surname the lists hold with its
    particle, after a lowercase particle that follows "met", "namens" or "aan"."""
    if i < 2:
        return False
    prev, before = toks[i - 1], toks[i - 2]
    return (
        toks[i].cap
        and prev.text in ("de", "van", "den")
        and (
            (before.low in ("met", "namens", "volgens", "door", "&"))
            # "een brief aan de Kamer": a body written to, not "aan de Wit gevraagd"
            or (before.low == "aan" and toks[i].low not in _BODY_SURNAMES)
            # "Helaas kon de Wit niet komen": the subject after its verb
            or (before.low in _INVERTED_VERBS and toks[i].low not in _BODY_SURNAMES)
        )
        and toks[i].low in lexicon.interfixed_surnames()
    )


def _surname_opens_sentence(text: str, toks: list[_Tok], i: int) -> bool:
    """ "de Vries was er niet bij", "van Rossum schreef": a lowercase particle that opens a
    sentence, then a surname the lists hold with it, no body or place ("de Raad belde"), before
    what goes on about it."""
    if i < 1 or i + 1 >= len(toks):
        return False
    tok, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
    return (
        tok.cap
        and prev.text in ("de", "van", "den", "ter", "ten")
        and _joined(text, prev, tok)
        and _opens_sentence(text, prev, toks[i - 2] if i >= 2 else None)
        and tok.low in lexicon.interfixed_surnames()
        and tok.low not in _BODY_SURNAMES
        # ("van Amsterdam"; but "de Vries" is no village, "de Bilt" is)
        and (f"de {tok.low}" if prev.text == "de" else tok.low) not in lexicon.places()
        and tok.low not in ORGANISATION_WORDS
        and ((not nxt.cap and _joined(text, tok, nxt)) or text[tok.end : tok.end + 1] in (",", ":"))
    )


def _interfixed_surname(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether particles from toks[i] and the capitalised word after them are a surname, one
    the lists hold with particles ("van Leeuwen", "van der Meer"), no first name ("van Sara")."""
    k = i
    while (
        k + 1 < len(toks) and toks[k + 1].low in _PARTICLES and _joined(text, toks[k], toks[k + 1])
    ):
        k += 1
    if k + 1 >= len(toks) or not _joined(text, toks[k], toks[k + 1]):
        return False
    name = toks[k + 1]
    return (
        name.cap
        and name.low in lexicon.interfixed_surnames()
        and name.low not in lexicon.first_names()
    )


def _unknown_next(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether the word after toks[i] is a lowercase word that is no Dutch word either
    ("met tesfay gebremedhin")."""
    if i + 1 >= len(toks) or not _joined(text, toks[i], toks[i + 1]):
        return False
    nxt = toks[i + 1]
    return not nxt.cap and len(nxt.text) >= 3 and not lexicon.is_dutch_word(nxt.text)


def _in_title(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether toks[i] continues a run of capitalised ordinary words, the second of which
    already stood inside the run: a name of an organisation or a title, not of a person."""
    if i < 2:
        return False
    a, b = toks[i - 2], toks[i - 1]
    return (
        a.cap
        and b.cap
        and b.low not in _PARTICLES
        and _joined(text, a, b)
        and _joined(text, b, toks[i])
        and _ordinary(b.text)
        and not is_person_word(b.text)
        and b.low not in ROLE_WORDS
        and b.low not in _TITLES
        and (_ordinary(a.text) or a.low in ORGANISATION_WORDS)
        and a.low not in ROLE_WORDS
        and a.low not in _TITLES
    )


_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|uit|naar|te|bij|rond|nabij|gemeente|hogeschool|universiteit|roc|provincie|"
    r"rechtbank|regio|stichting|ziekenhuis|politie|bibliotheek|museum|haven|stad)\s+$)"
    r"|\b[A-Z]{2,5}\s+$"  # "ROC van Amsterdam", "UMC van Utrecht": a body of the town
)
_LIST_SEPARATOR = re.compile(r"\s*(?:,|\ben\b|\bof\b|&|/)\s*")


def _in_capital_list(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether a neighbour of toks[i] in a list ("A, B en C") is a capitalised everyday word
    that is no name: then the list is of nouns written with capitals."""
    for step in (-1, 1):
        k = i + step
        if 0 <= k < len(toks) and toks[k].low in ("en", "of"):
            k += step  # "A en B": the neighbour is past the conjunction
        if not 0 <= k < len(toks):
            continue
        a, b = (toks[k], toks[i]) if k < i else (toks[i], toks[k])
        if not _LIST_SEPARATOR.fullmatch(text, a.end, b.start):
            continue
        other = toks[k]
        if (
            other.cap
            and _ordinary(other.text)
            and not is_person_word(other.text)
            # (not "Wij, Klaas en Grietje ...": who "we" are)
            and other.low not in _PRONOUN_HEADS
        ):
            return True
    return False


_PERSON_PREPOSITIONS = words_of("van tegen als met door voor namens volgens zonder dan")


def _unlisted_surname_like(tok: _Tok) -> bool:
    """A capitalised word of one piece, 5 to 10 letters, that no word list holds itself (only
    as a guessed compound), and no place, people, brand or provider: "Doelwijt"."""
    return (
        tok.cap
        and tok.text.isalpha()
        and not tok.text.isupper()
        and 5 <= len(tok.text) <= 10
        and not lexicon.is_listed_word(tok.text)
        and not lexicon.is_english_word(tok.text)
        and tok.low not in lexicon.places()
        and tok.low not in lexicon.not_persons()
        and tok.low not in lexicon.providers()
        and tok.low not in _NOT_NAMES
        and tok.low not in _REGIONS
        and not lexicon.is_mixed_compound(tok.text)
    )


_REGIONS = words_of("""
    brabant limburg friesland fryslân drenthe zeeland holland twente veluwe achterhoek gooi
    betuwe westland overijssel gelderland groningen utrecht flevoland salland
    """)
_SHOPS = words_of("aldi lidl jumbo ah hema action kruidvat etos vomar spar coop dekamarkt")


def _next_to_a_shop(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether a neighbour of toks[i] in a list ("A, B en C") is a supermarket or shop."""
    for step in (-1, 1):
        k = i + step
        if 0 <= k < len(toks) and toks[k].low in ("en", "of"):
            k += step
        if not 0 <= k < len(toks) or toks[k].low not in _SHOPS:
            continue
        a, b = (toks[k], toks[i]) if k < i else (toks[i], toks[k])
        if _LIST_SEPARATOR.fullmatch(text, a.end, b.start):
            return True
    return False


_PRONOUN_HEADS = words_of("wij we ik zij ze jij jullie hij")


def _unknown_first_before(text: str, toks: list[_Tok], start: int) -> bool:
    """Whether the capitalised word before a name's first word is a first name too, one that
    no word list holds and the lexicon only splits into words ("Harpreet", "Desislava")."""
    if start == 0 or toks[start].initials:
        return False
    before = toks[start - 1]
    return (
        before.cap
        and not before.initials
        and before.text.isalpha()
        and _joined(text, before, toks[start])
        and not lexicon.is_listed_word(before.text)
        # (a long compound is a word: "Geboortedatum Danique: ...")
        and not (len(before.text) >= 10 and lexicon.is_dutch_word(before.text))
        and not lexicon.is_english_word(before.text)
        and before.low not in lexicon.places()
        and before.low not in ROLE_WORDS
        and before.low not in ORGANISATION_WORDS
        and not _never_name(before)
        and _ordinary(before.text)
    )


def _word_first_before(text: str, toks: list[_Tok], start: int) -> bool:
    """Whether the capitalised word before a surname no word list holds is its first name,
    though a word too ("Gift Agyeman", "Florin Popescu", "Ion Dumitru"); not an everyday word
    ("Gisteren Popescu gebeld"), a role, title, organisation or place."""
    if start == 0 or toks[start].initials:
        return False
    before, name = toks[start - 1], toks[start]
    return (
        before.cap
        and not before.initials
        and before.text.isalpha()
        and len(before.text) >= 3
        and _joined(text, before, name)
        and not lexicon.is_dutch_word(name.text)
        and not lexicon.is_english_word(name.text)
        and (name.low not in lexicon.first_names() or before.low in _WORD_NAMES)
        and before.low not in lexicon.common_words()
        and before.low not in lexicon.places()
        and before.low not in ROLE_WORDS
        and before.low not in ORGANISATION_WORDS
        and before.low not in _TITLES
        and before.low not in _PARTICLES
        and not _never_name(before)
    )


def _with_particles_before(text: str, toks: list[_Tok], start: int) -> int:
    """Widen a surname's start over its particles: "met De Boer", "gesprek met van der Meer"
    (not "zoon van Ahmed": a lone lowercase "van" before a first name stays out)."""
    word = toks[start]
    k = start
    while (
        k > 0
        and (toks[k - 1].low in _SURNAME_OPENERS or toks[k - 1].low in _PARTICLES)
        and not toks[k - 1].text.isupper()
        and _joined(text, toks[k - 1], toks[k])
    ):
        k -= 1
    # "Van 't Hek zegt", "De la Cruz belde", "El Khayari reageerde", "Ter Horst notuleerde":
    # particles with a capital, the first a surname's opener, are the surname's own
    if k < start and toks[k].cap and toks[k].low in _SURNAME_OPENERS and not word.initials:
        return k
    if word.initials or not is_person_word(word.text) or word.low in lexicon.first_names():
        return start
    k = start
    while (
        k > 0
        and toks[k - 1].low in _SURNAME_OPENERS
        and not toks[k - 1].text.isupper()  # "3502 LA Utrecht": a postcode's letters
        and _joined(text, toks[k - 1], toks[k])
    ):
        k -= 1
    if (
        k < start
        and toks[k].low == "van"
        and k + 1 == start
        and not toks[k].cap
        # (not after a nickname in brackets: "Rutger (Rutje) van Eck"; nor opening a bracket:
        # "de bewindvoerder (van Dijk)")
        and not text[: toks[k].start].rstrip().endswith((")", "("))
    ):
        return start  # "boek van Bakker": the lone "van" is a preposition
    return k


def _after_capital_word(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether toks[i] follows a capitalised ordinary word that itself stands inside a
    sentence (not a name, role or title): the two are a title or a programme's name."""
    if i < 2:
        return False
    before, b = toks[i - 2], toks[i - 1]
    return (
        b.cap
        and b.low not in _PARTICLES
        and _joined(text, b, toks[i])
        and _joined(text, before, b)
        and not before.cap
        and _ordinary(b.text)
        and not is_person_word(b.text)
        and b.low not in ROLE_WORDS
        and b.low not in _TITLES
    )


def _after_organisation(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether toks[i] follows a capitalised organisation word, perhaps over "De"/"Het"."""
    k = i - 1
    while k >= 0 and toks[k].text in ("De", "Het", "'t") and _joined(text, toks[k], toks[k + 1]):
        k -= 1
    if k < 0 or not _joined(text, toks[k], toks[k + 1]):
        return False
    word = toks[k]
    if not word.cap:  # "jeugdhulpaanbieder Youtoo", "stichting Youtoo"
        return word.low.endswith(_PROVIDER_KINDS) and _ordinary(word.text)
    return (
        word.low in ORGANISATION_WORDS
        or word.low in _ORGANISATION_KINDS
        or (word.low.endswith(_ORGANISATION_HEADS) and _ordinary(word.text))
    )


_PROVIDER_KINDS = ("aanbieder", "instelling", "organisatie", "stichting", "kliniek", "praktijk")


def _after_work_word(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether toks[i] follows "<profession or body> van/bij" (an organisation's name)."""
    if i < 2 or toks[i - 1].low not in ("van", "bij", "namens", "via"):
        return False
    if not _joined(text, toks[i - 2], toks[i - 1]):
        return False  # (a new sentence or line: "... de aanbieder.\nbij Tuhumury thuis")
    return toks[i - 2].low in _WORK_WORDS or toks[i - 2].low in ORGANISATION_WORDS


def _after_service(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether toks[i] follows a body, a service or a referral and its preposition: "het
    jeugdteam van Arnhem", "in behandeling bij Lucertis", "doorverwezen naar Kadera", "de
    vrouwenopvang van Arosa" (an organisation or its town). Not "de klacht van Ülkü" or "de
    begeleiding van Ahmed": whose complaint or care that is; nor "de klacht tegen Amoah": a
    complaint is against a person as often as against a provider, and the providers are
    known by name (`lexicon.not_persons`)."""
    if i < 2 or not _joined(text, toks[i - 2], toks[i - 1]):
        return False  # (not "... regels aanbieder.\nbij Tuhumury thuis": a new sentence)
    prep, word = toks[i - 1].low, toks[i - 2]
    if word.low in ORGANISATION_WORDS or word.low in _BODIES:
        return prep in ("van", "bij", "via", "naar")
    if word.low.endswith(_ORGANISATION_HEADS) and _ordinary(word.text):
        return prep in ("van", "bij", "via", "naar")
    if word.low in _SERVICES:
        return prep in ("bij", "door", "via")
    return word.low in _REFERRALS and prep in ("bij", "naar", "aan")


_BODIES = words_of("medewerkers directie bestuur onderdeel locatie vestiging cliënten")
_SERVICES = words_of("""
    behandeling begeleiding hulp zorg therapie dagbesteding opvang wachtlijst wachttijd
    plaatsing indicatie traject intake aanmelding contract
    """)
_REFERRALS = words_of("aangemeld doorverwezen verwezen overgedragen ingeschreven")


_CALLED_NAME_AFTER = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:de|haar|zijn|hun)[ \t]+(?:roepnaam|bijnaam|voornaam|koosnaam)\b"
)
_BODY_LETTERS_BRACKET = re.compile(r"[ \t]*\((?:VT|GI|JB|RvdK|WSS|SAVE|CJG|GGD|AMK|Nidos)\)")
_ADDRESS_AFTER_COMMA = re.compile(
    r",[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){1,3}\d{1,5}[a-zA-Z]?\b(?:[ \t]*\w{1,4})?,?[ \t]+[1-9]\d{3}"
)
_FULL_NAME_IN_BRACKETS = re.compile(
    r"[ \t]*\((?:voluit[ \t:]+|officieel[ \t:]+)?(?:[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+)?([A-ZÀ-Ý][a-zà-ÿ]+)"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)*(?:[ \t]+voluit)?\)"
)


_BOTH_OF_BRACKET = re.compile(r"(?i)[ \t]*\(beiden\b")  # ("beide" is of things)
_PLURAL_VERBS = words_of("""
    waren zijn zaten zitten hebben hadden kwamen komen gingen gaan spraken spreken belden bellen
    zeiden zeggen vonden vinden willen wilden kunnen konden moeten moesten staan stonden
    beide beiden allebei
    """)


def _person_acts_after(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether what follows toks[i] is what only a person does: "belt", "heeft ... uitgelegd",
    "gaf aan", "heeft gelogen"."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        (nxt is not None and _joined(text, tok, nxt) and nxt.low in _PERSON_VERBS)
        or _CONTACT_AFTER.match(text, tok.end) is not None
        or _SAID_AFTER.match(text, tok.end) is not None
        or _COMPLAINT_AFTER.match(text, tok.end) is not None
    )


def _role_in_apposition(text: str, tok: _Tok) -> bool:
    apposition = _ROLE_APPOSITION.match(text, tok.end)
    if apposition is not None and apposition.group(1) in ROLE_WORDS:
        return True
    # "Boer, leidinggevende Wmo-aanbieder, belooft ...": a professional's role without its
    # article, between commas (not "Winter, moeder wil niet, ...": kin)
    bare = _BARE_ROLE_APPOSITION.match(text, tok.end)
    return (
        bare is not None
        and bare.group(1) in ROLE_WORDS
        and bare.group(1) not in _KINSHIP
        and bare.group(1) not in _KIN_ROLES
    )


_BARE_ROLE_APPOSITION = re.compile(r",[ \t]+([a-zà-ÿ'’-]+)(?:[ \t]+[\w'’-]+){0,2}[ \t]*,")
# role words of the family or of the one helped, never a professional's
_KIN_ROLES = words_of("""
    ouder ouders pleegouder pleegouders stiefouder biologische grootouder grootouders kind
    kinderen jeugdige jongere cliënt client cliënte cliente buurman buurvrouw vriend vriendin
    partner ex ex-partner schoonmoeder schoonvader schoonzus schoonbroer zwager neefje nichtje
    zoontje dochtertje kleinzoon kleindochter kleinkind jongen meisje baby pleegkind pleegzoon
    pleegdochter school
    """)


def _person_follows(text: str, toks: list[_Tok], i: int) -> bool:
    """After a known name that is also a word: a verb of a person, a name, an age or a role
    in brackets ("Roos belde", "Kim en Sven", "Sem (12)", "Visser (teamleider)")."""
    tok = toks[i]
    if _BRACKET_AFTER.match(text, tok.end):
        return True
    if _role_in_apposition(text, tok):
        return True
    if _CALLED_NAME_AFTER.match(text, tok.end):
        return True  # "Bloem is de roepnaam van Bloesem", "Hoop is haar bijnaam"
    full = _FULL_NAME_IN_BRACKETS.match(text, tok.end)
    if full and any(  # ("Mo (officieel Mohammed Ait Brahim)": any of its words)
        w.casefold() in lexicon.first_names() for w in re.findall(r"[^\W\d_]+", full.group())
    ):
        return True  # "Mo (Mohamed) en Sjonnie", "Mei (Lin Mei voluit)": a nickname
    if tok.low in lexicon.surnames() and tok.low not in lexicon.places():
        if _BODY_LETTERS_BRACKET.match(text, tok.end):
            return True  # "Kramer (VT) heeft de melding aangenomen": one of that body
        if _ADDRESS_AFTER_COMMA.match(text, tok.end) and _LINE_LEAD.search(
            text, max(0, tok.start - 12), tok.start
        ):
            return True  # "Visser, Molenweg 23, 8281 AS Genemuiden": a record's surname
    if _APOSTROPHE_AFTER.match(text, tok.end) or _OWN_AFTER.match(text, tok.end):
        return True  # "Roos' kamer", "Kuipers z'n rapport": a possessive
    if _QUOTED_AFTER_COLON.match(text, tok.end) and tok.low not in _ABSTRACT_NAMES:
        return True  # "Storm: 'ik wil naar huis'": what someone said, quoted
    pair = _ROLE_OF_AFTER.match(text, tok.end)
    if pair and pair.group(1).casefold() in ROLE_WORDS:
        return True  # "Koen zijn moeder wil ...": a possessive of speech
    listed = _NAME_LIST_AFTER.match(text, tok.end)
    if listed and all(w.casefold() in lexicon.first_names() for w in listed.groups()):
        return True  # "Jade, Luna en Bram hebben ...": a list of first names
    colleagues = _SURNAME_LIST_AFTER.match(text, tok.end)
    if (
        colleagues
        and tok.low in lexicon.surnames()
        and colleagues.group(1).casefold() in lexicon.surnames()
        and colleagues.group(2).casefold() in _PLURAL_VERBS
        # (not "Kracht en Hoop zijn de thema's": what things are)
        and not (
            colleagues.group(2) in ("zijn", "waren")
            and re.match(r"[ \t]+(?:de|het|een)\b", text[colleagues.end() :])
        )
    ):
        return True  # "Dekker, Schouten en de Vries zaten in het MDO": persons together
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not _joined(text, tok, nxt):
        return False
    if nxt.low in _PERSON_VERBS or _BORN_AFTER.match(text, tok.end):
        # (not "Bank zegt dat ...": a body that speaks; "Baas vertelde" may be Ms Baas)
        return tok.low not in _CALLING_BODIES - _PERSONS_OF_BODIES
    # "Vos gaf aan dat ...", "Koster liet weten dat hij ziek is": what only a person says
    if _SAID_AFTER.match(text, tok.end) and tok.low not in _ABSTRACT_NAMES:
        return True
    # "Visser heeft gisteren gebeld", "Bakker heeft laten weten": contact only a person makes
    if (
        _CONTACT_AFTER.match(text, tok.end)
        and tok.low not in _CALLING_BODIES
        and (
            tok.low not in lexicon.common_words()
            # "Groen heeft gisteren gebeld", "Prins heeft gemaild": a surname that is one of the
            # commonest words, unless a body that calls too ("School heeft gebeld")
            or (
                tok.low in lexicon.surnames()
                and tok.low not in ORGANISATION_WORDS
                and tok.low not in _ABSTRACT_NAMES
            )
        )
    ):
        return True
    # "Groen van het wijkteam vond ...": one of a team or body, so a person ("Post van de
    # gemeente" is mail)
    body = _OF_BODY_AFTER.match(text, tok.end)
    if (
        body is not None
        and tok.low in lexicon.surnames()
        and tok.low not in _THINGS_OF_BODIES
        and not (tok.low in _FIGURES and body.group().rstrip().endswith(("groep", "school")))
    ):
        return True
    # "Koning heeft de klacht ingetrokken", "Haas heeft gelogen": only a person does that, so
    # even a surname that is one of the commonest words is the person
    if _COMPLAINT_AFTER.match(text, tok.end) and tok.low not in _ABSTRACT_NAMES:
        return True
    # "Roos heeft een nieuwe school", "Fleur is verdrietig": a first name that is no everyday
    # word ("Storm", "Hoop", "Zomer" are) before what is said of a person
    if (
        len(tok.text) >= 4
        and (
            (
                (nxt.low in _PERSON_STATES or _person_predicate(text, nxt))
                and tok.low in lexicon.first_names()
            )
            # "Blom weet nog niet": only a person knows, hopes, doubts ("Post gaat" is mail)
            or (nxt.low in _KNOWING and tok.low in lexicon.surnames())
        )
        and tok.low not in lexicon.common_words()
        and tok.low not in _ABSTRACT_NAMES
    ):
        return True
    # "Roos Bakker", "Visser Ahmadi"; not "Sterk Huis", "Fier Fryslân": a word that is no
    # first name before another ordinary word is the name of an organisation
    if _followed_by_name(text, toks, i) and (
        tok.low in lexicon.first_names() or not _ordinary(_next_name(toks, i).text)
    ):
        return True
    if (
        nxt.low in ("en", "met")
        and i + 3 < len(toks)
        and toks[i + 2].low in ("haar", "zijn", "z'n", "d'r", "hun")
        and toks[i + 3].low in ROLE_WORDS
        and tok.low in lexicon.first_names()
    ):
        return True  # "Fleur en haar moeder zijn het eens": one of two persons
    if nxt.low in ("en", "of") and i + 2 < len(toks) and _joined(text, nxt, toks[i + 2]):
        other = toks[i + 2]
        k = i + 2
        while k < len(toks) - 1 and toks[k].low in _PARTICLES and not toks[k].cap:
            k += 1
        if (
            k > i + 2
            and toks[k].cap
            and toks[k].low in lexicon.interfixed_surnames()
            and k + 1 < len(toks)
            and toks[k + 1].low in _PLURAL_VERBS
        ):
            # "Kok en de Wit waren allebei bij het huisbezoek": a surname beside another,
            # two persons who do something together
            return tok.low in lexicon.surnames() and tok.low not in _ABSTRACT_NAMES
        if not (other.cap and is_person_word(other.text) and not _never_name(other)):
            return False
        if _ordinary(tok.text) and _ordinary(other.text):
            after = toks[i + 3] if i + 3 < len(toks) else None
            if after is not None and _person_predicate(text, after):
                return True  # "Koster en Schaap zijn de twee gezinsvoogden"
            if _BOTH_OF_BRACKET.match(text, other.end):
                return True  # "Haan en Storm (beiden van de GI) waren erbij"
            # "Roos en Fleur" are girls, "Kuiper en Mulder" colleagues; "Kracht en Hoop",
            # "Vrede en Liefde" are themes
            return all(
                w.low in lexicon.first_names() and w.low not in lexicon.common_words()
                for w in (tok, other)
            ) or all(
                w.low in lexicon.surnames() and w.low not in lexicon.common_words()
                for w in (tok, other)
            )
        return True
    return False


# verbs and states said of persons and of things alike: only after a first name that is no
# everyday word (see `_person_follows`)
# first names that are the nouns and adverbs of a note's telegraphic sentences: "Ernst blijft
# onduidelijk", "Koop gaat niet door", "Kader heeft voorrang" (with a verb of a person
# they are still names: "Ernst belde")
# Words that are given as first names, which Dutch writes in lowercase as words: capitalised
# inside a sentence, on their own, they are someone's name ("Moeder en Zon kwamen samen",
# "zei Storm lachend", "Ik sprak Hoop na de zitting", "dat Mei naar de brugklas gaat")
_WORD_NAMES = words_of("""
    storm zon hoop liefde sterre roos fleur jade bo mees pim lente zomer winter april juni mei
    summer faith gift precious blessing hope joy sunny rocky iris lotus sky angel merel vink
    zwaan puck noor bloem lelie madelief nova luna jasmijn sunshine destiny princess favour
    goodness comfort mercy patience charity grace
    """)
# ... not after an article, a possessive or a word of time ("de Hoop", "haar Liefde", "in Mei",
# "eind Juni"), nor before a number ("Mei 2024") or another capitalised word ("Hoop Advies")
_WORD_NAME_NOT_AFTER = words_of("""
    de het een deze dit onze ons hun haar zijn z'n mijn m'n jouw je uw elke ieder geen
    zo'n zulke welke in op sinds vanaf tot eind einde begin half medio per rond maand voor na
    stichting vereniging huize
    """)
_NUMBER_AFTER = re.compile(r"[ \t]*\d")
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")


_ROLE_THEN_BRACKET = re.compile(r"([a-zà-ÿ]+)[ \t]*\((?:(?:van|de|der|den|ter|ten|in|'t)[ \t]+)*$")


def _named_in_brackets_after_role(text: str, toks: list[_Tok], i: int) -> bool:
    """A surname in brackets right after a role word: "de bewindvoerder (de Vries)"."""
    tok = toks[i]
    if text[tok.end : tok.end + 1] != ")":
        return False
    role = _ROLE_THEN_BRACKET.search(text, max(0, tok.start - 40), tok.start)
    return (
        role is not None
        and role.group(1) in ROLE_WORDS
        and is_person_word(tok.text)
        and tok.low not in lexicon.not_persons()
    )


def _surname_word(tok: _Tok) -> bool:
    """A surname that is an everyday word too ("Kok", "Koster", "Prins", "Groen"), not a place,
    an organisation or a body ("Raad", "Hof")."""
    low = tok.low
    return (
        low in lexicon.surnames()
        and low not in lexicon.places()
        and low not in lexicon.not_persons()
        and low not in _NOT_NAMES
        and low not in _BODY_SURNAMES
        and low not in ROLE_WORDS
        and low not in ORGANISATION_WORDS
    )


def _word_name_inside(text: str, toks: list[_Tok], i: int) -> bool:
    tok, prev = toks[i], toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    pair = toks[i - 2] if i > 1 and prev is not None and prev.low in ("en", "of", "&") else None
    if (
        pair is not None
        and pair.cap
        and pair.low not in ROLE_WORDS
        and pair.low not in _WORD_NAMES
        and _ordinary(pair.text)
    ):
        return False  # "Kracht en Hoop zijn de thema's", "Vrede en Liefde": a pair of themes
    return (
        not tok.text.isupper()
        and prev is not None
        and prev.low not in _WORD_NAME_NOT_AFTER
        and not prev.cap
        and not _NUMBER_BEFORE.search(text, max(0, tok.start - 4), tok.start)
        and not _NUMBER_AFTER.match(text, tok.end)
        and not (nxt is not None and nxt.cap and _joined(text, tok, nxt))
    )


_ABSTRACT_NAMES = words_of("""
    ernst kader koop brand adem lente constant date kick kier kiem hang take star master
    junior ment normen amber angel parel lotus meander genesis indigo diamond lucky summer
    """)
# ("is", "was" only before how a person is: "Toon was zakelijk" is the tone of a letter)
# "Bram is de nieuwe vriend van moeder": a person is what the word is said to be (not "Roos is
# de bloem", "Jade is de kleur van ...", "Toon was zakelijk")
_COPULAS = words_of("is was wordt werd zijn waren")
_PREDICATE_NOUN = re.compile(
    r"[ \t]+(?:de|het|een|mijn|haar|zijn|hun|onze|ons)[ \t]+([a-zà-ÿ]+)(?:[ \t]+([a-zà-ÿ]+))?"
)
_PERSON_NOUN_TAILS = (
    "vriend",
    "vriendin",
    "zoon",
    "dochter",
    "broer",
    "broertje",
    "zus",
    "zusje",
    "moeder",
    "vader",
    "oudste",
    "jongste",
    "middelste",
    "baby",
    "tweeling",
    "leerling",
    "cliënt",
    "client",
    "jongere",
    "meisje",
    "jongen",
    "kind",
    "partner",
    "man",
    "vrouw",
    "neef",
    "nicht",
    "collega",
    "buurman",
    "buurvrouw",
)


def _person_predicate(text: str, verb: _Tok) -> bool:
    """Whether a copula ("is", "was") goes on with an article or possessive and a noun of a
    person ("is de nieuwe vriend van moeder", "is haar oudste")."""
    if verb.low not in _COPULAS:
        return False
    if _CONDITION_AFTER.match(text, verb.end):
        return True  # "Bram was niet op school", "Fleur is ziek": how or where a person is
    noun = _PREDICATE_NOUN.match(text, verb.end)
    words = [w for w in noun.groups() if w] if noun else []
    # ("zijn de twee gezinsvoogden": a role's plural)
    return any(
        w in ROLE_WORDS or w.endswith(_PERSON_NOUN_TAILS) or w[:-2] in ROLE_WORDS for w in words
    )


_REACHED_AFTER = re.compile(
    r"[ \t]+(?:(?:vandaag|gisteren|weer|nog|niet)[ \t]+)*(?:bereikt|gebeld|gesproken|gezien|"
    r"gemaild|geappt|aanwezig|gekomen|verschenen|teruggebeld)\b"
)
_CONDITION_AFTER = re.compile(
    r"[ \t]+(?:(?:niet|weer|wel|nog|al|erg|heel|vaak|steeds)[ \t]+)*(?:op[ \t]+school|thuis|"
    r"aanwezig|afwezig|ziek|boos|verdrietig|bang|zwanger|jarig|weggelopen|opgenomen|geschorst|"
    r"overstuur)\b"
)
_PERSON_STATES = (
    words_of("""
    heeft had gaat ging komt kwam krijgt kreeg speelt speelde voelt voelde weet wist loopt
    liep werkt werkte blijft bleef doet deed rijdt reed mag mocht moet moest kan kon
    """)
)  # what a person does or is, and the little words: never a name typed in lowercase before them
_VERBS_AND_MARKERS = _PERSON_VERBS | _PERSON_STATES | _TITLE_VERBS | _DUTCH_MARKERS


def _then(text: str, toks: list[_Tok], i: int, *words: Collection[str]) -> bool:
    """Whether the word right after toks[i], in the same clause, is one of `words`."""
    if i + 1 >= len(toks):
        return False
    low = toks[i + 1].low
    for group in words:
        if low in group:
            return _joined(text, toks[i], toks[i + 1])
    return False


# what follows a name typed in a hurry: the end, punctuation, "en", "over", a verb of contact
_HURRIED_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?()\n]|(?:en|over|gesproken|gebeld|gemaild|geappt|afgesproken|"
    r"besproken|gekregen|ontvangen|gestuurd|gehad|gepland|ingepland|geweest|staat|stond|is|"
    r"was|heeft|had|wil|komt|kwam|morgen|vandaag|gisteren|om|ivm|punt|komma|"
    r"(?:el|al|van|de|ben|bin|abu)\s+\w+)\b)"
)
# ... its plain words, which never continue a name typed in lowercase ("met kowalski staat")
_HURRIED_WORDS = words_of("""
    over gesproken gebeld gemaild geappt afgesproken besproken gekregen ontvangen gestuurd
    gehad gepland ingepland geweest staat stond heeft had wil komt kwam morgen vandaag gisteren
    """)
_NUMBERED_AFTER = re.compile(r"[ \t]+\d{1,3}[a-z]?(?![\w\-./]?\d)")
_BRACKET_AFTER = re.compile(
    r"\s*\((?:\d{1,2}\b|[a-zà-ÿ]+\)|[\"'“‘„])"  # "Wilhelmina ("Mientje") Kuipers": a nickname
    r"|[ \t]*\((?:geb\.?|geboren|°|\*)[ \t]*\d"  # "Wessel (geb. 3-4-2011)"
    r"|[ \t]*\((?:geb\.?|geboren)[ \t]+[a-z]"  # "Wessel (geb. okt. 2011)"
    r"|,[ \t]*\d{1,2}[ \t]*(?:jaar|jr)\b"  # "Roos, 14 jaar, woont bij oma"
)
# "Vrolijk, de gezinsvoogd, gaf aan ...": a role in apposition
# ... or of someone: "Lisse, de vriendin van moeder, die ..."
_ROLE_APPOSITION = re.compile(
    r",[ \t]+(?:de|onze|haar|zijn|hun)[ \t]+([a-zà-ÿ-]+)"
    # ("Grietje, de dochter van Klaasje, wil ...": whose, by name too)
    r"(?:[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?[^\W\d_]+)?[ \t]*[,;:]"
)
_ROLE_OF_AFTER = re.compile(r"[ \t]+(?:zijn|haar|z'n|d'r)[ \t]+([a-zà-ÿ]+)\b")
_NAME_LIST_AFTER = re.compile(
    r",[ \t]*([A-ZÀ-Ý][a-zà-ÿ]+)(?:[ \t]*,[ \t]*[A-ZÀ-Ý][a-zà-ÿ]+)*[ \t]+(?:en|of)[ \t]+"
    r"([A-ZÀ-Ý][a-zà-ÿ]+)\b"
)
_SURNAME_LIST_AFTER = re.compile(
    r"(?:,[ \t]*[A-ZÀ-Ý][a-zà-ÿ]+)*[ \t]+en[ \t]+(?:(?:de|van|der|den|ter|ten)[ \t]+)*"
    r"([A-ZÀ-Ý][a-zà-ÿ]+)(?:[ \t]+|,[ \t]+)([a-zà-ÿ]+)\b"
)
_QUOTED_AFTER_COLON = re.compile(r"[ \t]*:[ \t]*['\"“‘„]")
_OWN_AFTER = re.compile(r"[ \t]+(?:z['’]n|d['’]r)[ \t]+[a-zà-ÿ]")  # "Kuipers z'n rapport"
_APOSTROPHE_AFTER = re.compile(r"['’]s?[ \t]+[a-zà-ÿ]")
_CONTACT_AFTER = re.compile(
    r"[ \t]+(?:heeft|had)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:gebeld|gemaild|geappt|gezegd|"
    r"aangegeven|gereageerd|laten[ \t]+weten|toegezegd|beloofd|verteld|gevraagd|geklaagd|"
    r"uitgelegd|teruggebeld|geschreven|ingediend|ondertekend|gedeeld|afgezegd|genegeerd|"
    r"ontkend|toegegeven|bevestigd|doorgestuurd|gesproken|voorgesteld|geweigerd|gedreigd|"
    r"aangenomen|opgehaald)\b"
    # "Koster heeft een nieuw nummer": a person's own number
    r"|[ \t]+(?:heeft|had)[ \t]+(?:een[ \t]+)?(?:nieuwe?[ \t]+|ander[e]?[ \t]+)?"
    r"(?:telefoon|mobiel|mobiele[ \t]+)?nummer\b"
)
_CALLING_BODIES = words_of("""
    school bank dokter huis kerk wijk team klas groep post werk zorg kantoor bureau praktijk
    kliniek politie gemeente rechter rechtbank advocaat notaris apotheek crèche opvang
    woning woonzorg verzekeraar zorgverzekeraar werkgever baas leiding directie bestuur
    regeling klachtenregeling reglement wet richtlijn protocol beschikking rapport verslag brief
    uitspraak website folder
    """)
_PERSONS_OF_BODIES = words_of("dokter rechter advocaat notaris werkgever baas")
_COMPLAINT_AFTER = re.compile(
    r"[ \t]+(?:heeft|had)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:ingetrokken|gelogen|gehuild|geklaagd|"
    r"gescholden)\b"
)
_OF_BODY_AFTER = re.compile(
    r"[ \t]+van[ \t]+(?:het|de)[ \t]+(?i:wijkteam|buurtteam|jeugdteam|gi|jb|vt|raad|gemeente|"
    r"bewindvoering|jeugdbescherming|klachtencommissie|school|groep|instelling|opvang|ggz|"
    r"politie|woningcorporatie|corporatie|praktijk|kliniek|zorgaanbieder)\b"
)
# ... and a body's own people or things that are surnames: "Kok van de instelling" is its
# cook (not "Koster van het wijkteam", "Prins van de GI": no body has a sexton or a prince)
_THINGS_OF_BODIES = words_of("post bode baas hoofd brief kok regeling reglement beleid folder")
# ... and what a child is called among its peers: "Koning van de groep voelt hij zich niet"
_FIGURES = words_of("koning koningin prins prinses held keizer")
_KNOWING = words_of("weet wist twijfelt twijfelde denkt dacht hoopt hoopte")
_SAID_AFTER = re.compile(
    r"[ \t]+(?:(?:gaf|geeft)[ \t]+(?:[\w-]+[ \t]+){0,2}?aan\b(?![ \t]+(?:de|het|een|haar|zijn)\b)"
    r"|(?:liet|laat)[ \t]+(?:[\w-]+[ \t]+){0,2}?weten\b)"
)
# "Mees is geboren op ...", "Roos is jarig", "Sterre is 14", "Fleur is verdrietig": what is
# said of a person only
_BORN_AFTER = re.compile(
    r"[ \t]+(?:is|was|wordt|werd)[ \t]+"
    r"(?:(?:nu|erg|heel|vaak|weer|niet|ook|nog|zeer|best|wel)[ \t]+){0,2}"
    r"(?:geboren|jarig|\d{1,2}\b|verdrietig|boos|bang|blij|ziek|moe|zwanger|weggelopen|"
    r"opgenomen|geschorst|verhuisd|overleden|gepest|geslagen|onrustig|angstig|stil|"
    r"teleurgesteld|ongerust|gelukkig|eenzaam|depressief|suïcidaal|dakloos|vermist|tevreden|"
    r"ontevreden)\b"
    # "Visser is het niet eens met de beschikking", "Bakker is het er niet mee eens"
    r"|[ \t]+(?:is|was)[ \t]+het[ \t]+(?:er[ \t]+)?(?:(?:niet|wel|helemaal|totaal|nog|ook)[ \t]+)*"
    r"(?:mee[ \t]+)?(?:on)?eens\b"
    # "Fleur wordt op 12 oktober 16": a birthday
    r"|[ \t]+(?:wordt|werd)[ \t]+op[ \t]+\d{1,2}[ \t]+[a-z]+\.?[ \t]+\d{1,2}\b"
    # "Amber geboren: 13 sept 2007", "Bram geb. 12-3-2010": a birth date follows
    r"|,?[ \t]+(?:geboren|geb\.?)[ \t]*(?::|op\b|\d)"
    # "Angel is de oudste", "Storm de jongste": a child among its brothers and sisters
    r"|[ \t]+(?:(?:is|was)[ \t]+)?de[ \t]+(?:oudste|jongste|middelste)\b"
    # "Roos en Bloem zijn zusjes", "Honour en Victory zijn de tweeling"
    r"|[ \t]+en[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+zijn[ \t]+(?:de[ \t]+)?(?:zusjes|zussen|broers|"
    r"broertjes|tweeling|tweelingzussen|tweelingbroers|neefjes|nichtjes)\b"
    # "Storm is haar broertje van 8": a relative
    r"|[ \t]+(?:is|was)[ \t]+(?:haar|zijn|z'n|d'r|de|het)[ \t]+(?:oudste[ \t]+|jongste[ \t]+)?"
    r"(?:broer|broertje|zus|zusje|zoon|zoontje|dochter|dochtertje|halfbroer|halfzus|"
    r"stiefbroer|stiefzus|tweelingbroer|tweelingzus|neef|nicht|vriendje|vriendinnetje|"
    r"pleegzus|pleegbroer|kleinzoon|kleindochter)\b"
)

# "kovac (teamleider) neemt contact op": a word typed in a hurry before a role in brackets
_ROLE_BRACKET_AFTER = re.compile(r"[ \t]*\(([a-zà-ÿ-]+)\)")


_SAYING = words_of("zegt zei vertelt vertelde vraagt vroeg huilde huilt lachte")


def _speech_follows(text: str, toks: list[_Tok], i: int) -> bool:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and _joined(text, toks[i], nxt) and nxt.low in _SPEECH_VERBS


def _next_name(toks: list[_Tok], i: int) -> _Tok:
    """The word after toks[i] and its particles (the caller knows there is one)."""
    k = i + 1
    while toks[k].low in _PARTICLES:
        k += 1
    return toks[k]


def _followed_by_name(text: str, toks: list[_Tok], i: int) -> bool:
    k = i + 1
    while k < len(toks) and toks[k].low in _PARTICLES and _joined(text, toks[k - 1], toks[k]):
        k += 1
    if k >= len(toks) or not _joined(text, toks[k - 1], toks[k]):
        return False
    cand = toks[k]
    # a town after a first name is a surname ("Piet Breda"); after another word the two are an
    # organisation ("Ombudsman Metropool Amsterdam", "Hogeschool Utrecht")
    after_name = toks[i].low in lexicon.first_names() or not _ordinary(toks[i].text)
    return (
        cand.cap
        and not _never_name(cand)
        and (is_person_word(cand.text) or not _ordinary(cand.text))
        and not _place(cand, toks[k - 1], text, after_name=after_name)
    )


def _extend(text: str, toks: list[_Tok], i: int, start: int, ctx: str) -> int:
    """Index of the last token of the name that starts at toks[start]."""
    j = i
    if toks[i].initials and not _initials_alone(text, toks, i, ctx):
        # initials are followed by particles and at least one name word (checked by the caller)
        j = i + 1
        while toks[j].low in _PARTICLES:
            j += 1
    lowercase = not toks[start].cap or ctx == "title"
    while j + 1 < len(toks):
        k = j + 1
        # particles only count when a name word follows them
        while (
            k < len(toks)
            and (
                toks[k].low in _PARTICLES
                or (toks[k].low == "op" and k + 1 < len(toks) and toks[k + 1].low in _OP_BEFORE)
                # "Jaap in 't Veld"
                or (toks[k].low == "in" and k + 1 < len(toks) and toks[k + 1].low in ("'t", "’t"))
            )
            and _joined(text, toks[k - 1], toks[k])
            and not toks[k].cap
        ) or (
            k < len(toks)
            and toks[k].cap
            and toks[k].low in _SURNAME_OPENERS
            and _joined(text, toks[k - 1], toks[k])
            and k + 1 < len(toks)
            and toks[k + 1].cap
        ):
            k += 1
        if k >= len(toks) or not _joined(text, toks[k - 1], toks[k]):
            break
        nxt = toks[k]
        if (  # "Tjon A Fong", "mw. lie a ling": a Surinamese-Chinese surname
            nxt.low == "a"
            and k == j + 1
            and k + 1 < len(toks)
            and _joined(text, nxt, toks[k + 1])
            and toks[k + 1].cap == toks[j].cap
            and (
                _name_like_cap(toks[k + 1], nxt, text, after_name=True)
                or _name_like_lower(toks[k + 1])
            )
        ):
            j = k + 1
            continue
        if nxt.initials and k == j + 1 and nxt.text.endswith(".") and len(nxt.text) == 2:
            return k  # "Dawit T.": the surname's initial ends the name
        if toks[start].text.isupper() and _shouted_name(nxt):
            j = k
            continue
        if nxt.cap and _name_like_cap(nxt, toks[k - 1], text, after_name=True):
            j = k
            continue
        if (  # "Vader Piet Ooms", "Moeder Gisela Frans", "Naomi Zeeman": after a first name that is
            # no word, its surname, though a word, a language or a brand too
            k == j + 1
            and j == start
            and nxt.cap
            and toks[j].cap
            and toks[j].low in lexicon.first_names()
            and toks[j].low not in lexicon.common_words()
            and toks[j].low not in _WORD_NAMES
            and (
                (nxt.text.isalpha() and nxt.low in lexicon.surnames())
                # "Rosalinde Pinas-Zaandam": a double surname, one of its parts a place
                or (
                    "-" in nxt.low
                    and all(p[:1].isupper() for p in nxt.text.split("-") if p)
                    and any(p in lexicon.surnames() for p in nxt.low.split("-"))
                )
            )
            and nxt.low not in _NOT_NAMES
            and nxt.low not in ORGANISATION_WORDS
            and nxt.low not in lexicon.councils()
        ):
            j = k
            continue
        if (  # "mw. 't Hart": a title's particles, then the surname, whatever word it is
            ctx == "title"
            and nxt.cap
            and all(toks[m].low in _PARTICLES or toks[m].low == "in" for m in range(start, k))
            and not _never_name(nxt)
        ):
            j = k
            continue
        if (
            (lowercase or k > j + 1)
            and not nxt.cap
            and _name_like_lower(nxt, toks[k - 1].low in _PARTICLES)
            and not (nxt.english and lexicon.is_english_word(nxt.text))
        ):
            j = k
            continue
        if (  # "casemanager petra kok", "ex maarten bos": a first name, then its surname
            lowercase
            and j == start
            and k == j + 1
            and not toks[j].cap
            and toks[j].low in lexicon.first_names()
            and _lowercase_surname(nxt)
            and nxt.low not in _NOT_NAMES
        ):
            j = k
            continue
        if (  # "quincy leefland, rowena ...", "jurmen zeegelaar (oom)": after a first name in
            # lowercase, a word the lexicon only guesses as a compound, where a name ends
            lowercase
            and j == start
            and k == j + 1
            and not toks[j].cap
            and (
                (toks[j].low in lexicon.first_names() and toks[j].low not in lexicon.common_words())
                or _unknown_lowercase(toks[j].low)
            )
            and not nxt.cap
            and len(nxt.text) >= 6
            and nxt.text.isalpha()
            and not lexicon.is_listed_word(nxt.text)
            and not lexicon.is_english_word(nxt.text)
            and nxt.low not in _NOT_NAMES
            and _NAME_ENDS_AFTER.match(text, nxt.end)
        ):
            j = k
            continue
        break
    return j


# where a name typed in a hurry ends: a comma, a bracket, "en", the end of a clause
_NAME_ENDS_AFTER = re.compile(r"[ \t]*(?:[,;:.()]|$|\n|en\b|&)")


# A person's whereabouts: "woont bij oma in Leeuwarden", "verblijft in een gezinshuis in
# Apeldoorn", "belde uit Rotterdam", "geboren in Tilburg".
_STAY_VERBS = re.compile(
    r"(?i)\b(?:woon\w*|wonen|verblijf\w*|verblijven|logeer\w*|logeren|verhuis\w*|verhuizen|"
    r"geboren|opgegroeid|ingeschreven|afkomstig|gevlucht)\b"
)
# ... of which these say where someone lives now (the others where someone comes from)
_RESIDE_VERBS = re.compile(
    r"(?i)\b(?:woon\w*|wonen|verblijf\w*|verblijven|logeer\w*|logeren|verhuis\w*|verhuizen|"
    r"ingeschreven)\b"
)
# verbs that say where someone is only when the sentence is about a person ("Oom Hassan belde
# uit Rotterdam"), not about an organisation ("De Raad in De Bilt belde")
_WEAK_STAY_VERBS = re.compile(
    r"(?i)\b(?:belde|belt|komt|kwam|vertrokken|teruggekeerd|zit|zat|opgenomen|geplaatst)\b"
)
_PLACE_AFTER = re.compile(
    r"\b(?P<prep>in|te|naar|uit|vanuit|van|op)\s+"
    r"(?:(?:de\s+)?(?:wijk|buurt|woonwijk|stadsdeel|dorp|plaats)\s+|het\s+dorp\s+)?"
    r"(?P<place>(?:'s-|Den\s+|De\s+|Ter\s+|Het\s+|['’]t\s+|Sint\s+|St\.\s?)?"
    r"[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*)"
)
# a home or group named with its article, of up to three words, where someone lives: "woont op
# Het Loo Erf", "woont bij Amarant op De Wijde Weiden", "woont op kamers bij De Overstap"
_HOME_AFTER = re.compile(
    r"\b(?:op|bij|in)[ \t]+((?:De|Het|['’]t)[ \t]+[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2})"
)
# a quarter someone lives in: "verhuisd naar de Zeeheldenbuurt", "allebei in de Rivierenbuurt"
_QUARTER_AFTER = re.compile(
    r"\b(?:in|naar|uit)[ \t]+de[ \t]+([A-ZÀ-Ý][\w'’-]*(?:buurt|wijk|kwartier|polder|hof|park)"
    # typed in lowercase: "woont in de tarwewijk"
    r"|[a-zà-ÿ][a-zà-ÿ'’-]{2,}(?:buurt|wijk|kwartier))\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+")
_STAY_WORDS_ADDRESS = re.compile(r"(?i)\b(?:adres|woonadres)\b")
_KIN = words_of("""
    moeder vader ouders ouder oma opa tante oom broer zus broertje zusje zoon dochter kind
    kinderen neef nicht pleegouders pleegmoeder pleegvader grootouders grootmoeder grootvader
    stiefmoeder stiefvader cliënt cliënte client cliente jongere jeugdige buurman buurvrouw
    vriend vriendin partner ex ex-partner familie gezin jongen meisje man vrouw hij zij ze
    """)
_PERSON_FROM = re.compile(
    # ("Jongen (15) uit Almere": the age in brackets between)
    r"\b([^\W\d_]+)(?:[ \t]*\(\d{1,2}(?:[ \t]*(?:jaar|jr\.?))?\))?"
    r"[ \t]+(?:(?:oorspronkelijk|nu|tegenwoordig|inmiddels|zelf)[ \t]+)?"
    r"(?P<prep>uit|van|in|op)[ \t]+((?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)"
    # "Moeder (Almere) belde": the town in brackets after the person
    r"|\b([^\W\d_]+)[ \t]*\((?P<bracketed>(?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)\)"
)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence that holds `pos` starts."""
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _foreign_town(word: str) -> bool:
    """A capitalised word that may be a town abroad: no country, language or ordinary word."""
    low = word.casefold()
    return (
        word[:1].isupper()
        and not word.isupper()
        and low not in lexicon.not_persons()
        and low not in _NOT_NAMES
        and not _ordinary(word)
    )


_STREET_BEFORE = re.compile(r"[A-Za-zà-ÿ]{3,}\s*$")
_STREET_END = re.compile(
    r"(?i:(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|pad|park|steeg|markt|"
    r"plantsoen|baan|wal|ring|haven|boulevard|dam|oord|brink|vaart|erf|veld|akker)|"
    r"\badres\b[^\n]*?)[ \t]*$"
)


# a street named without its number: "woont in de Kanaalstraat", "verhuisd naar de Eikenlaan"
_STREET_NAMED = re.compile(
    r"\b(?:in|op|aan|naar|van|bij|en)[ \t]+(?:de[ \t]+|het[ \t]+)?"
    r"((?:[A-ZÀ-Ý][\w'’.-]*[ \t]+(?:(?:van|de|der|den|het|'t|ter)[ \t]+)*)?"
    r"[A-ZÀ-Ý][\w'’-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|"
    r"plantsoen|boulevard|hof))\b"
)
# "zit in de bibliotheek aan het Anne Frankplein": a public building's street, no one's home
_BUILDING_ON_STREET = re.compile(
    rf"(?i)\b(?:{PUBLIC_BUILDINGS}|kantoor|gemeentekantoor)[ \t]+(?:aan|op)[ \t]+(?:de|het)[ \t]+$"
)
_SLEEPS_THERE = re.compile(
    r"(?i)\b"
    + led_by_first_letter(
        r"slaapt|sliep|slapen|logeert|logeerde|zit[ \t]+tijdelijk|woning|huis|flat|"
        r"huurkamer|ingeschreven"
    )
    + r"\b"
)
# "Burgemeester de Withstraat 7 in Arnhem": the town of an address
_YEAR_BEFORE_TOWN = re.compile(r"(?:19|20)\d\d\b(?![-/])")
_TOWN_AFTER_NUMBER = re.compile(
    r"(?<![\w/.-])\d{1,5}[a-zA-Z]{0,2}(?:[-/ ]\w{1,4})?(?:,?\s+(?:in|te)|,)\s+"
    r"((?:'s-|Den\s+)?[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*)"
)


def find_places_of_residence(
    text: str, names: list[Candidate] | None = None
) -> Iterator[Candidate]:
    """A town where a person lives, stays or comes from (kind "other"). `names` are the name
    candidates of `text` when the caller has them already. A province or region is too large
    to pin anyone down ("opgegroeid in een dorp in Drenthe")."""
    found = [
        c
        for c in _places_of_residence(text, names)
        if text[c.start : c.end].casefold() not in _REGIONS
    ]
    # "In Wehl woonachtig", "woonachtig Gorinchem", "Hendrik-Ido-Ambacht, waar ze wonen",
    # "het gezin in Kanaleneiland", "sinds kort in Emmeloord", "thuis in Wergea"
    low_text = text.casefold()
    for gate, regex in _RESIDENCE_WORDINGS:
        if not any(word in low_text for word in gate):
            continue
        for m in regex.finditer(text):
            town = m.group("town")
            low = town.casefold()
            known = low in lexicon.places() or low.split("-")[0] in lexicon.places()
            quarter = regex is _FAMILY_IN and not lexicon.is_listed_word(town)
            if (known or quarter) and low not in _REGIONS and low not in lexicon.not_persons():
                end = _widen_place(text, m.start("town"), m.end("town"))
                found.append(Candidate(m.start("town"), end, "other"))
    # "zit in Het Poortje (JJI, Groningen)", "Villa Kakelbont, een gesloten crisisgroep van
    # Juzt": a home named with what it is, where someone stays
    kinds = any(kind in low_text for kind in _HOME_KINDS)
    for m in _HOME_WITH_KIND.finditer(text) if kinds else ():
        found.append(Candidate(m.start(1), m.end(1), "other"))
        town = _KIND_TOWN_AFTER.match(text, m.end())
        if town and town.group(1).casefold() in lexicon.places():
            found.append(Candidate(town.start(1), town.end(1), "other"))
    # "Wietse Bijlsma (vader, Heerenveen)", "Gerben Zwart (Lemmer, visser)": a town in the
    # bracket after a person's name, among what is said of that person
    for cand in names or ():
        bracket = _PERSON_BRACKET.match(text, cand.end)
        if bracket is None or cand.kind != "name":
            continue
        said = [w.casefold() for w in re.findall(r"[\w'’-]+", bracket.group(1))]
        if any(
            w in ORGANISATION_WORDS or w in lexicon.providers() or w in _WORK_WORDS for w in said
        ):
            continue  # "Anna Bakker (GI, Utrecht)": where she works
        for item in _BRACKET_ITEM.finditer(bracket.group(1)):
            town = item.group(1)
            low = town.casefold()
            if (
                (low in lexicon.places() or low.split("-")[0] in lexicon.places())
                and low not in _REGIONS
                and low not in lexicon.not_persons()
                and low not in lexicon.first_names()
            ):
                start = bracket.start(1) + item.start(1)
                found.append(Candidate(start, start + len(town), "other"))
    # "woonachtig Gorinchem, eerder Leerdam, eerder nog Vianen", "wonen in Bolsward en Sneek"
    more = list(found)
    while more:
        cand = more.pop()
        listed = _MORE_TOWNS.match(text, cand.end)
        if listed and listed.group("town").casefold() in lexicon.places():
            nxt = Candidate(listed.start("town"), listed.end("town"), "other")
            found.append(nxt)
            more.append(nxt)
    yield from found


_PERSON_BRACKET = re.compile(r"[ \t]*\(([^()\n]{1,80})\)")
# an item of the bracket that is one capitalised place name alone: "vader, Heerenveen"
_BRACKET_ITEM = re.compile(
    r"(?:^|,)[ \t]*((?:['’]s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*)[ \t]*(?=,|$)"
)
_TOWN = r"(?P<town>(?:['’]s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*)"
_FAMILY_IN = re.compile(
    r"\b(?i:het[ \t]+gezin|de[ \t]+familie|het[ \t]+huis[ \t]+van[ \t]+de[ \t]+familie)"
    r"[ \t]+(?:in|uit)[ \t]+" + _TOWN
)
# (gate, wording): each wording is looked for only where its gate's letters stand
_RESIDENCE_WORDINGS = (
    (
        ("wo",),
        re.compile(
            r"\b[Ii]n[ \t]+"
            + _TOWN
            + r",?[ \t]+(?:woonachtig|woont|wonen|woonde|woonden|gewoond)\b"
        ),
    ),
    (
        ("woonachtig", "w.o.n."),
        re.compile(r"(?i:\b(?:woonachtig|w\.o\.n\.)[ \t]+(?:te[ \t]+|in[ \t]+)?)" + _TOWN),
    ),
    # "Fenna Dijkstra – thuis in Wergea" (not "Veilig Thuis Utrecht")
    (("thuis in",), re.compile(r"(?<![Vv]eilig )\bthuis[ \t]+in[ \t]+" + _TOWN)),
    (
        (", waar",),
        re.compile(
            _TOWN + r",[ \t]+waar[ \t]+(?:ze|hij|zij|het[ \t]+gezin)[ \t]+(?:ook[ \t]+)?wonen\b"
        ),
    ),
    (("sinds kort",), re.compile(r"(?i:\bsinds[ \t]+kort[ \t]+in[ \t]+)" + _TOWN)),
    (("gezin", "familie"), _FAMILY_IN),
)
_HOME_WITH_KIND = re.compile(
    r"(?<![\w-])((?:De|Het|'t|’t|Villa)[ \t]+[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?)"
    r"(?:[ \t]*\([ \t]*|,[ \t]+(?:een|de|het)[ \t]+(?:[a-zà-ÿ]+[ \t]+)?)"
    r"(?:JJI|jji|AZC|azc|crisisgroep|crisisplek|leefgroep|gezinshuis|woongroep|behandelgroep|"
    r"JeugdzorgPlus|jeugdzorgplus|gesloten[ \t]+groep|pleeggezin)\b"
)
_HOME_KINDS = (
    "jji",
    "azc",
    "crisis",
    "leefgroep",
    "gezinshuis",
    "woongroep",
    "behandelgroep",
    "jeugdzorgplus",
    "gesloten",
    "pleeggezin",
)
_KIND_TOWN_AFTER = re.compile(r"[ \t]*,[ \t]*((?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)[ \t]*\)")
_MORE_TOWNS = re.compile(
    r"(?:[ \t]*,[ \t]*(?:eerder(?:[ \t]+nog)?|daarvoor(?:[ \t]+[a-z]+)?[ \t]+in|later)[ \t]+"
    r"|[ \t]+en[ \t]+)" + _TOWN
)


_REGIONS = words_of("""
    drenthe friesland fryslân overijssel gelderland flevoland zeeland limburg brabant twente
    achterhoek veluwe betuwe randstad noord-holland zuid-holland noord-brabant zuid-limburg
    west-friesland noord-limburg midden-limburg zeeuws-vlaanderen groene hart
    """)


def _places_of_residence(text: str, names: list[Candidate] | None) -> Iterator[Candidate]:
    if names is None:
        names = list(find_names(text))
    for m in _TOWN_AFTER_NUMBER.finditer(text):
        if _YEAR_BEFORE_TOWN.match(text, m.start()) or office_address(text, m.start()):
            continue  # "woont sinds 2019 in Nederland": a year, no house number
        street = _STREET_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (
            m.group(1).casefold() in lexicon.places()
            and street is not None
            and not numbered_thing(street.group().strip())  # "zit in groep 8 in Utrecht"
        ):
            # "..., Putten" needs the street before it ("Molenweg 4, Putten"), not "punt 3, ..."
            if "," in text[m.start() : m.start(1)] and not _STREET_END.search(
                text, max(0, m.start() - 60), m.start()
            ):
                continue
            yield Candidate(m.start(1), m.end(1), "address")
    for m in _PERSON_FROM.finditer(text):  # "oma uit Zaandam", "de vader uit Almere"
        if m.group("bracketed") is not None:
            town = m.group("bracketed")
            if (
                m.group(4).casefold() in _KIN
                and town.casefold() in lexicon.places()
                and town.casefold() not in lexicon.not_persons()
                and town.casefold() not in lexicon.world_cities()
            ):
                yield Candidate(m.start("bracketed"), m.end("bracketed"), "other")
            continue
        if m.group(1).casefold() not in _KIN:
            continue
        town = m.group(3)
        if town.casefold() in lexicon.not_persons():
            continue  # "moeder in Nederland", "vader uit Eritrea": a country
        if town.casefold() in lexicon.places() and town.casefold() not in lexicon.world_cities():
            yield Candidate(m.start(3), _widen_place(text, m.start(3), m.end(3)), "other")
        elif (
            m.group("prep") in ("in", "op")
            and (
                (m.group("prep") == "in" and _foreign_town(town))
                # "Moeder woont in Malburgen, vader in Presikhaaf", "moeder op Bonaire": the same
                # verb, left out
                or (
                    town[:1].isupper()
                    and town.casefold() not in lexicon.common_words()
                    and town.casefold() not in _NOT_NAMES
                    and _RESIDE_VERBS.search(text, _sentence_start(text, m.start()), m.start())
                    is not None
                )
            )
        ):
            # "vader in São Paulo", "familie in Paramaribo": where a relative lives abroad
            end = m.end(3)
            more = _NEXT_WORD.match(text, end)
            if more and _foreign_town(more.group(1)):
                end = more.end()
            yield Candidate(m.start(3), end, "other")
    # "de oude woning in Geldrop", "een eigen kamer in Hardenberg", "Woonplaats: Zoetermeer",
    # "woonplaats vader (Uithoorn)": a home or the field that says where someone lives
    low_text = text.casefold()
    for gates, regex in (
        (_HOME_WORDS, _HOME_IN),
        (("woonplaats",), _RESIDENCE_FIELD),
    ):
        if not any(gate in low_text for gate in gates):
            continue
        for m in regex.finditer(text):
            town = m.group("town")
            if m.group().casefold().startswith("een") and not any(
                w.casefold() in _KIN
                for w in re.findall(r"\w+", text[_sentence_start(text, m.start()) : m.start()])
            ):
                continue  # "De gemeente heeft een huis in Zwolle gekocht": no one lives there
            if town.casefold() in lexicon.places():
                yield Candidate(
                    m.start("town"), _widen_place(text, m.start("town"), m.end("town")), "other"
                )
    for name in names:  # "Wietske Hofstra uit Drachten", "Sjef en Truus Vossen uit Kerkrade"
        town = _FROM_AFTER_NAME.match(text, name.end)
        if town and town.group(1).casefold() in lexicon.places():
            yield Candidate(town.start(1), _widen_place(text, town.start(1), town.end(1)), "other")
    sleeps = _SLEEPS_THERE.search(text) is not None
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        stay = _STAY_VERBS.search(words)
        if stay or _STAY_WORDS_ADDRESS.search(words):
            for m in _QUARTER_AFTER.finditer(text, sentence.start(), sentence.end()):
                yield Candidate(m.start(1), m.end(1), "other")
        if stay and _RESIDE_VERBS.search(words):
            for m in _HOME_AFTER.finditer(text, sentence.start(), sentence.end()):
                yield Candidate(m.start(1), m.end(1), "other")
        # "woont op de hoek van de Kastanjelaan", "slaapt bij de familie aan de Akkerweg", "de
        # woning aan de Lindenstraat": where someone lives or sleeps, no number
        if stay or (sleeps and _SLEEPS_THERE.search(words)):
            for m in _STREET_NAMED.finditer(text, sentence.start(), sentence.end()):
                if not _BUILDING_ON_STREET.search(text, max(0, m.start() - 30), m.start(1)):
                    yield Candidate(m.start(1), m.end(1), "address")
            # "verblijft in de Jeugdzorgplus-instelling Het Poortje in Groningen"
            for m in _HOME_AFTER_KIND.finditer(text, sentence.start(), sentence.end()):
                yield Candidate(m.start(1), m.end(1), "other")
            # "bij opa in zwolle woont": a known town typed in lowercase
            for m in _LOWER_PLACE_AFTER.finditer(text, sentence.start(), sentence.end()):
                if m.group(1) in lexicon.places() and not lexicon.is_listed_word(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), "other")
        if not stay and not (
            _WEAK_STAY_VERBS.search(words)
            and (
                any(w.casefold() in _KIN for w in re.findall(r"[^\W\d_]+", words))
                or any(sentence.start() <= c.start < sentence.end() for c in names)
            )  # "Fatima komt uit Tilburg"
        ):
            continue
        for m in _PLACE_AFTER.finditer(text, sentence.start(), sentence.end()):
            if _OFFICE_BEFORE_PLACE.search(
                text, max(0, m.start() - 30), m.start()
            ) or _BUILDING_OF_BEFORE.search(text, max(0, m.start() - 30), m.start("place")):
                # "Het kantoor in Zwolle gaat verhuizen": an organisation's seat; "in de
                # bibliotheek van Sneek": the town's (not "achter de kerk in Wervershoof")
                continue
            place = m.group("place")
            low = place.casefold()
            last = low.split()[-1]
            if (
                low in lexicon.not_persons()
                or last in lexicon.not_persons()
                or low.replace(" ", "-") in lexicon.not_persons()  # "Sint Maarten": a country
            ):
                continue
            if last in _NOT_NAMES or low in ("nederland", "holland"):
                continue
            wide_end = _widen_place(text, m.start("place"), m.end("place"))
            known = (
                (
                    low in lexicon.places()
                    or last in lexicon.places()
                    # "Wijk bij Duurstede": a town of three words, the first an ordinary word
                    or text[m.start("place") : wide_end].casefold() in lexicon.places()
                )
                and low not in lexicon.world_cities()
            )  # (abroad: only where someone lives now)
            quarter = m.group(0).casefold().split()[1:2] != [low.split()[0]]  # "de wijk X"
            # "woont op De Meerkoet", "op 't Haske": a home or group with its own name
            home = bool(stay) and m.group("prep") in ("op", "in") and bool(_HOME_NAME.match(place))
            if not known and not quarter and not _RESIDE_VERBS.search(words):
                continue  # "geboren in Kabul", "gevlucht uit Charkiv": where from, not where
            if (
                known
                or quarter
                or home
                or (m.group("prep") not in ("van", "op") and not _ordinary(last))
            ):
                end = _widen_place(text, m.start("place"), m.end("place"))
                town = _IN_TOWN_AFTER.match(text, end)
                if home and town and town.group(1).casefold() in lexicon.places():
                    end = town.end()  # "'t Haske in Joure"
                yield Candidate(m.start("place"), end, "other")


_OFFICE_BEFORE_PLACE = re.compile(
    r"(?i)\b(?:kantoor|hoofdkantoor|vestiging|rechtbank|gerechtshof|gemeentehuis|stadhuis|"
    r"afdeling|regiokantoor|locatie|zetel|commissie)[ \t]*$"
)
_HOME_AFTER_KIND = re.compile(
    r"(?i:[\w-]*(?:instelling|voorziening|woonvorm|groep|opvang|kliniek|centrum|huis|tehuis))"
    r"[ \t]+((?:De|Het|'t|’t)[ \t]+[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?"
    r"(?:,?[ \t]+(?:in|te)[ \t]+(?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)?)"
)
# "Wietske Hofstra uit Drachten", "tante Hawa in Tilburg"
# ("Gerbrich Terpstra (06-37 12 98 50) uit Drachten": a bracket between)
_FROM_AFTER_NAME = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:uit|van|in)[ \t]+((?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)"
)
_LOWER_PLACE_AFTER = re.compile(r"\b(?:in|te|naar|uit)[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{2,})\b")
_HOME_NAME = re.compile(r"(?:De|Het|'t|’t)\s")
_IN_TOWN_AFTER = re.compile(r",?[ \t]+(?:in|te)[ \t]+((?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)")
_NEXT_WORD = re.compile(r"[ \t]+([A-ZÀ-Ý][\w'’-]+)")


_TOWN_AFTER_ADDRESS = re.compile(
    # a remark or the floor may come first: "12 bv, benedenverdieping, Gouda", "2 t/m 4 (twee
    # panden), Oisterwijk"
    r"(?:[ \t]*\([^()\n]{1,60}\)|,[ \t]*(?:(?:beneden|boven)\w*|begane[ \t]+grond|souterrain|"
    r"\d{1,2}e[ \t]+(?:etage|verdieping)))?"
    r"(?:,?[ \t]+(?:in|te|bij)[ \t]+|,[ \t]*(?:beide[ \t]+|ook[ \t]+)?|[ \t]*\([ \t]*"
    # "Kleine Houtweg 30-rood — Haarlem", "231-huis; 1073 TK; Amsterdam", "– beide Hulst"
    r"|[ \t]*[;–—|][ \t]*(?:beide[ \t]+|ook[ \t]+)?|[ \t]+-[ \t]+|[ \t]+)"
    r"((?:['’]s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*)"
)
# "parkweg 32, vught": a known town typed in lowercase
_LOWER_TOWN_AFTER_ADDRESS = re.compile(r",?[ \t]+([a-zà-ÿ][\w'’]+)\b")


def towns_after_addresses(text: str, candidates: list[Candidate]) -> Iterator[Candidate]:
    """The known town right after a person's street address ("Tjalklaan 12 Ede", "Vismarkt 5-7
    Groningen", "Zijlweg 94 rood (Haarlem)", "..., Amsterdam-Zuidoost"); kind "other"."""
    for cand in candidates:
        if cand.kind not in ("address", "postcode"):
            continue
        # "Rue 12 n° 45, Hay Mohammadi, Casablanca", "No: 45 D:6, Konak / Izmir": a city
        # abroad a few parts after the street
        for city in _CITY_AFTER_PARTS.finditer(text, cand.end, min(len(text), cand.end + 60)):
            if city.group(1).casefold() in lexicon.world_cities():
                yield Candidate(city.start(1), city.end(1), "other")
        if cand.kind != "address" or not text[cand.start : cand.end][-1:].isalnum():
            continue
        m = _TOWN_AFTER_ADDRESS.match(text, cand.end)
        if m is None:
            m = _LOWER_TOWN_AFTER_ADDRESS.match(text, cand.end)
            # "kerkstraat 4 best": lowercase, only a town that is no word
            if m is None or lexicon.is_listed_word(m.group(1)):
                continue
        town = m.group(1)
        low = town.casefold()
        wide = _widen_place(text, m.start(1), m.end(1))
        if (
            low in lexicon.places()
            or low.split("-")[0] in lexicon.places()
            or text[m.start(1) : wide].casefold() in lexicon.places()  # "Koog aan de Zaan"
        ):
            yield Candidate(m.start(1), _widen_place(text, m.start(1), m.end(1)), "other")


_CITY_AFTER_PARTS = re.compile(r"(?:[,/(:]|\d)[ \t]*([A-ZÀ-ÝÇ][\w'’-]+)(?=[ \t]*(?:[,.;)\n—–-]|$))")
_ALONG_RIVER = re.compile(r"[ \t]+(?:a/d|a\.d\.|aan[ \t]+de[n]?|aan[ \t]+'t)[ \t]+[A-ZÀ-Ý][\w'’-]+")


def _widen_place(text: str, start: int, end: int) -> int:
    """The end of a town of two words that starts at `start` ("Almere Buiten", "Bergen op"), or
    on a river ("Alphen a/d Rijn", "Capelle aan den IJssel")."""
    river = _ALONG_RIVER.match(text, end)
    if river:
        return river.end()
    m = _NEXT_WORD.match(text, end)
    if m and f"{text[start:end]} {m.group(1)}".casefold() in lexicon.places():
        return m.end()
    three = _TWO_MORE_WORDS.match(text, end)  # "Wijk bij Duurstede", "Bergen op Zoom"
    if three and f"{text[start:end]} {three.group(1)} {three.group(2)}".casefold() in (
        lexicon.places()
    ):
        return three.end()
    return end


_HOME_WORDS = ("woning", "kamer", "huis", "flat", "appartement", "studio", "caravan", "woonwagen")
_HOME_IN = re.compile(
    r"(?i:\b"
    + led_by_first_letter(
        r"(?:haar|zijn|hun|z'n|d'r|oude|nieuwe|eigen|vorige|huidige)[ \t]+"
        r"(?:[a-zà-ÿ]+[ \t]+)?(?:woning|kamer|huis|huurhuis|huurwoning|flat|appartement|studio|"
        r"woonwagen|caravan)"
        # "Ouders hebben een huis in Kampen gekocht"
        r"|een[ \t]+(?:eigen[ \t]+)?(?:huis|woning|huurhuis|koophuis|flat|appartement)"
    )
    + r"[ \t]+(?:in|te)[ \t]+)"
    r"(?P<town>(?:['’]s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)"
)
_RESIDENCE_FIELD = re.compile(
    r"(?i:\bwoonplaats(?:[ \t]+[a-zà-ÿ]+){0,2}[ \t]*(?::|\()[ \t]*)"
    r"(?P<town>(?:['’]s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)"
)
_TWO_MORE_WORDS = re.compile(r"[ \t]+([a-z]{2,4})[ \t]+([A-ZÀ-Ý][\w'’-]+)")


# the word right before a name: a title or role word makes even one word sure ("mw. Kok")
_SIGN_OFF_BEFORE = re.compile(
    r"(?i)\b(?:hoogachtend|groet|groeten|mvg|vriendelijke[ \t]+groet)[ \t]*[,:]?[ \t]*\n?[ \t]*$"
)
_WORD_BEFORE = re.compile(r"([\w.]+)[ \t]+$")


def _sure_name(text: str, cand: Candidate, words: list[str]) -> bool:
    """A name sure by its form: two words or more, or one right after a title or role word."""
    if len(words) >= 2:
        return True
    if _OF_BODY_AFTER.match(text, cand.end) or _role_bracket_at(text, cand.end):
        return True  # "Groen van het wijkteam", "Koster (Manager Zorg)"
    before = _WORD_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    return before is not None and (
        before.group(1).casefold() in _TITLES or before.group(1).casefold() in ROLE_WORDS
    )


_LOWER_MENTION_AFTER = re.compile(
    r"(?:[ \t]*[(:]|[ \t]+(?:is|was|heeft|had|zegt|zei|belt|belde|wil|wilde|vindt|vond|kwam|"
    r"komt|gaat|ging|mailt|mailde|stuurt|stuurde|reageert|reageerde|weet|kan|moet|zou)\b)"
)
_LOWER_MENTION_BEFORE = re.compile(
    r"(?:^|[.!?;]\s+|\b(?:dhr|mw|mevr|met|volgens|door|namens|gzv|jb'er|bwv)\.?\s+)$"
)


def _lowercase_mentions(
    text: str, form: str, line: int, end: int, taken: list[tuple[int, int]]
) -> Iterator[Candidate]:
    """A surname that is a word, again in lowercase in its name's line, where a name stands."""
    low = form.casefold()
    if low == form:
        return
    for m in re.finditer(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text[line:end]):
        start, stop = line + m.start(), line + m.end()
        if any(s < stop and start < e for s, e in taken):
            continue
        if _LOWER_MENTION_AFTER.match(text, stop) or _LOWER_MENTION_BEFORE.search(
            text, max(line, start - 12), start
        ):
            taken.append((start, stop))
            yield Candidate(start, stop, "name")


def later_mentions(text: str, candidates: list[Candidate]) -> Iterator[Candidate]:
    """A surname again, alone, in the line of its full name: "Eline Zee ... Zee was vooral
    stil", "mw. Kok ... en Kok vraagt", "Ruud Pranger ... Prangers opvolger", "Marjolein de
    Wit ... kon de Wit niet komen"; and the first name of a full name ("Koen Smits ... Koen").

    Only a name sure by its form lends its surname, and only within its own line: a surname
    that is a word ("Groen", "Storm", "Zee") is a name there because this person was just
    named, not by itself.
    """
    taken = [(c.start, c.end) for c in candidates]
    wanted: dict[int, set[str]] = {}
    for cand in candidates:
        if cand.kind != "name":
            continue
        words = text[cand.start : cand.end].split()
        if not words or not _sure_name(text, cand, words):
            continue
        surname = words[-1]
        low = surname.casefold()
        if (
            len(surname) < 3
            or not surname[:1].isalpha()
            or low in lexicon.not_persons()
            or low in _PARTICLES
            or low in ROLE_WORDS
        ):
            continue
        line = text.rfind("\n", 0, cand.start) + 1
        forms = wanted.setdefault(line, set())
        forms.add(surname)
        particles = [w for w in words[:-1] if w.casefold() in _PARTICLES]
        if particles:
            forms.add(" ".join([*particles, surname]))
        first = words[0]
        if (  # "partner Koen Smits ... Koen staat niet op het huurcontract"
            len(words) >= 2
            and len(first) >= 3
            and first[:1].isupper()
            # (or a first name no list knows and no word: "Oliwia Szymańska ... oliwia")
            and (
                first.casefold() in lexicon.first_names()
                or not (lexicon.is_dutch_word(first) or lexicon.is_english_word(first))
            )
            and first.casefold() not in _PARTICLES
            and first.casefold() not in ROLE_WORDS
        ):
            forms.add(first)
    for line, forms in wanted.items():
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        for form in sorted(forms, key=len, reverse=True):  # "de Wit" before "Wit"
            # ("Oliwia Szymańska ... dat oliwia naar ...": again in lowercase, a name that is
            # no word)
            anycase = " " not in form and not (
                lexicon.is_dutch_word(form) or lexicon.is_english_word(form)
            )
            if not anycase:
                # "Evert Haverkamp ... haverkamp is bereikbaar", "Mandy Vink ... vink (":
                # typed again in lowercase where a name stands
                yield from _lowercase_mentions(text, form, line, end, taken)
            line_text = text[line:end].casefold() if anycase else text[line:end]
            if line_text.count(form.casefold() if anycase else form) < 2:
                continue  # only the mention that lends it
            # the surname whole, or with a possessive "s" left outside the span
            pattern = re.compile(
                rf"(?<![\w-]){re.escape(form)}(?=(?:s|['’]s?)?(?![\w-]))",
                re.IGNORECASE if anycase else 0,
            )
            for m in pattern.finditer(text, line, end):
                # a name found shorter inside it is widened ("Ben Haddou" for "Haddou")
                if (
                    any(
                        s < m.end() and m.start() < e and not (m.start() <= s and e <= m.end())
                        for s, e in taken
                    )
                    or m.span() in taken
                ):
                    continue
                taken.append(m.span())
                yield Candidate(m.start(), m.end(), "name")


# Chinese family names as written in Dutch papers (pinyin), and a given name of one or two
# pinyin syllables after them: "Li Na (moeder)", "Chen Mei * 1961-06-30", "Wang Jie zegt"
# (not those that are English or Dutch words too: "Long", "Tan", "Fan", "Pan", "Sun")
_CHINESE_SURNAMES = words_of("""
    li wang zhang liu chen yang huang zhao zhou xu zhu guo luo gao zheng liang xie feng deng
    cao peng zeng xiao tian yuan cai jiang cheng wei shen yao cui zhong jin shi liao jia xia
    fu fang bai zou meng xiong qin qiu yin xue yan duan shao lai kong
    """)
_PINYIN = r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouü]{1,3})(?:ng|n|r)?"
_CHINESE_NAME = re.compile(
    rf"(?<![\w-])([A-Z][a-z]{{1,5}})[ \t]+([A-Z](?i:{_PINYIN}(?:{_PINYIN})?))(?![\w-])"
    # what follows a person: a bracket, a record's star, punctuation, or a lowercase word ("Wang
    # Jun twee keer gevraagd", "Chen Mei werkt"); not another capitalised word ("Li Na Bakker")
    r"(?=[ \t]*(?:[(*,.;:)\n]|$)|[ \t]+[a-zà-ÿ])"
)


def chinese_names(text: str) -> Iterator[Candidate]:
    """A Chinese family name and a pinyin given name ("Li Na", "Chen Mei")."""
    for m in _CHINESE_NAME.finditer(text):
        if m.group(1).casefold() in _CHINESE_SURNAMES:
            yield Candidate(m.start(1), m.end(2), "name")
