"""The Dutch lexicon and name lists the name finder decides with.

A name is found by what it is: a word that is not an ordinary Dutch word where a name can
stand (see `names`). Name lists can never be complete; the lexicon can. Three sources:

- OpenTaal's Dutch word list (BSD / CC BY 3.0), every lowercase word form, stored as sorted
  64-bit hashes (`data/nl_words.bin`, built by tools/build_lexicon.py): 2.7 MB in memory
  instead of ~40 MB for a set of 0.33 M strings, and loaded in milliseconds. Compounds the
  list lacks ("klachtbemiddelingstraject") are split into known words.
- deduce's first-name, surname and place lists (LGPL-3.0), read from the installed deduce
  package's data files as they are (in a bundle from its folder, `sys._MEIPASS`); deduce's
  code is not imported or run. Its lists of care institutions and hospitals give the one-word
  names of providers with several entries ("Careyn", "Levvel"), which are no persons.
- SCOWL's English word lists (Debian's wamerican and wbritish), every lowercase word, hashed
  the same way (`data/en_words.bin`, 0.5 MB): English sentences, loanwords and the words of
  software ("Update", "Settings", "Chrome") are no names either.
- `data/nl_adjectives.txt`: capitalised words for languages and peoples ("Pools", "Eritrese");
  `data/nl_weak_words.txt`: first names that are Dutch words only as a bare entry ("mila").
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import threading
import unicodedata
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from vertrouwen.privacy.findings import words_of

_DATA = Path(__file__).resolve().parent / "data"


def word_hash(word: str) -> int:
    """The stable 64-bit hash a word form is stored under in nl_words.bin."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


# Languages, countries and peoples that OpenTaal's adjective forms miss, and the apps and
# platforms notes name: capitalised, never a person.
_COUNTRIES = words_of("""
    nederland holland belgië duitsland frankrijk engeland spanje italië polen oekraïne rusland
    turkije marokko syrië irak iran afghanistan eritrea ethiopië somalië soedan suriname
    curaçao aruba bonaire sint-maarten antillen indonesië china india pakistan egypte tunesië
    algerije libanon jemen griekenland roemenië bulgarije hongarije portugal kaapverdië ghana
    nigeria congo europa afrika azië amerika
    """)
# as notes typed in a hurry spell them too: "syrie", "oekraine", "curacao"
_COUNTRIES |= frozenset(
    unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode() for c in _COUNTRIES
)
_NOT_PERSONS = _COUNTRIES | words_of("""
    sint
    tigrinya tigrinya amhaars somalisch farsi dari pasjtoe koerdisch berbers tamazight
    papiaments sranan sranantongo hindoestaans hindi urdu oekraïens russisch pools turks
    arabisch nederlands engels frans duits spaans portugees roemeens bulgaars
    islam ramadan suikerfeest offerfeest eid kerst pasen pinksteren al-fitr al-adha divali
    diwali chanoeka hanukkah pesach holi phagwa navratri keti koti kerstmis hemelvaart
    sinterklaas carnaval halloween valentijnsdag koningsdag bevrijdingsdag dodenherdenking
    darija tamil tigre oromo lingala swahili twi yoruba igbo kaapverdiaans creools sarnami
    javaans chinees mandarijn kantonees vietnamees thais bengaals punjabi hongaars albanees
    servisch bosnisch kroatisch armeens georgisch grieks italiaans sorani kurmanci kurmanji
    badini behdini zaza zazaki pashto pasjtoe somali amharic tigrinya wolof fula hausa
    berbers riffijns tarifit kabylisch
    turks turkse marokkaans marokkaanse surinaams surinaamse antilliaans antilliaanse syrisch
    syrische eritrees eritrese poolse oekraïense afghaans afghaanse somalische iraaks iraakse
    iraans iraanse russische roemeense bulgaarse koerdische arabische nederlandse engelse
    duitse franse spaanse italiaanse chinese indiase indonesisch indonesische ghanees ghanese
    nigeriaans nigeriaanse ethiopisch ethiopische soedanees soedanese jemenitisch jemenitische
    egyptisch egyptische tunesisch tunesische algerijns algerijnse kaapverdisch kaapverdische
    dominicaans braziliaans braziliaanse caribisch caribische hindoestaanse creoolse
    marokkaan marokkanen turk turken syriër syriërs eritreeër eritreeërs surinamer surinamers
    antilliaan antillianen afghaan afghanen somaliër somaliërs irakees irakezen nederlander
    nederlanders oekraïner oekraïners polen roemenen bulgaren koerd koerden
    europees europese afrikaans afrikaanse aziatisch aziatische
    whatsapp teams zoom google gmail outlook hotmail instagram tiktok snapchat facebook
    linkedin twitter youtube signal telegram magister somtoday parnassys digid mijnoverheid
    word excel pdf iphone android chrome firefox safari edge windows macos ios onedrive
    sharepoint dropbox powerpoint onenote acrobat fortnite minecraft roblox playstation xbox
    nintendo fifa discord twitch
    snappet parro klasbord schoudercom gynzy squla prowise basispoort
    wlz jw pw wsw wpg wgbo wjz wvggz wzd awbz iza bopz bw evrm ivrk avg uavg wkkgz wmcz wbp
    awb wmo rv
    action hema jumbo lidl aldi kruidvat etos blokker ikea mediamarkt coolblue zeeman primark
    mcdonald's mcdonalds vomar gamma praxis karwei intertoys bol.com ns gvb ret
    qbuzz arriva connexxion keolis thuisbezorgd deliveroo flink gorillas
    koranles koranschool koranleraar dublinclaim
    amaris aafje servatius laurentius munckhof stopera vincentiusvereniging talis woonpunt trudo
    woonbedrijf woonstede lefier wooninc zayaz woonforte wonion domijn welbions osira sdw
    budgetthuis regiotaxi zorgtaxi
    siilo qurentis lifecare nedap mextra regas topicus zivver egress skype netflix spotify
    bol.com tikkie bunq rabobank knab ing abn amro triodos sns asn regiobank volksbank
    zorgmail zorgdomein pluriform viplive ons basisonline parnassys somtoday magister itslearning
    microsoft apple samsung whatsapp-groep teams-overleg facetime zoom-gesprek google-meet
    marktplaats vinted albert-heijn ah kvk duo uwv svb cak cjib ind coa cbr rdw ggd ghor
    nidos vluchtelingenwerk
    pluryn youké levvel spirit timon lijn5 cordaan karakter accare yulius parnassia lindenhout
    pactum elker yorneo triade juvaid amarant koraal sherpa ambiq enver fier altra jeugdformaat
    arkin ggze youz kenter bascule curium rubicon intermetzo entrea kompaan trajectum ipse
    vitree xonar oosterpoort jeugdbescherming nidos coa vluchtelingenwerk humanitas mee
    buurtzorg zuidzorg cello dichterbij reinaerde severinus esdégé-reigersdal lunetzorg
    zozijn zideris driestroom pameijer middin ipse lister kwintes moviera perspektief
    veiligheidshuis halt reclassering novadic-kentron tactus iriszorg brijder jellinek
    indigo emergis mondriaan vigere lentis accare dimence mediant pro persona ggnet
    altrecht rivierduinen antes fivoor inforsa virenze psyq lucertis ggz-centraal
    amerpoort abrona siza philadelphia asvz prinsenstichting aveleijn estinea talant cosis
    alliade elver gemiva lievegoed tragel raphaëlstichting bartiméus visio kentalis auris
    sensis pento heliomare merem ciran jeugdformaat xonar entrea juzt cardea stek sensoor
    kadera arosa fiom zorgbelang kwadraad exodus ribw victas vitalis zorgbalans
    nibud geldfit schuldhulpmaatje humanitas-thuisadministratie
    wehkamp zalando bonprix otto klarna afterpay riverty zembla spangas nieuwsuur nijntje
    bumba kabouter plop
    allah god jezus christus boże bože inshallah wallah wollah mashallah bismillah yallah
    hamdulillah alhamdulillah subhanallah yarabbi tangi canım canim habibi habibti dushi
    triversum youforce ihub jarabee trivium compaan wilgenhaege jeugdzorgplus kinderkracht
    quasir ajax feyenoord psv vitesse fryslân limburgse brabantse friese groningse zeeuwse
    drentse twentse hollandse gelderse overijsselse utrechtse amsterdamse rotterdamse haagse
    danki oke moluks molukse molukkers sinti roma
    noorderbrug propersona vivenz transfore forenzo kijvelanden schakelring woodbrookers
    valente augeo movisie trimbos korrelatie teylingereind schakenbosch hunnerberg hey-acker
    almata
    eneco essent vattenfall greenchoice vandebron oxxio engie vitens evides dunea oasen pwn
    waternet kpn ziggo vodafone odido tele2 simyo lebara lycamobile youfone intrum lowell
    flanderijn cannock hoist credion ymere mitros stadgenoot rochdale vestia woonstad
    havensteder portaal vidomes staedion woonbron parteon menzis vgz dsw ohra interpolis fbto
    valys transvision kifid otolift stannah
    ritalin concerta medikinet equasse strattera elvanse dexamfetamine methylfenidaat
    risperdal risperidon abilify aripiprazol seroquel quetiapine sertraline fluoxetine prozac
    citalopram escitalopram paroxetine venlafaxine melatonine lithium depakine diazepam
    oxazepam temazepam lorazepam valium ibuprofen paracetamol orfiril haldol haloperidol
    zyprexa olanzapine
    asperger tourette korsakov crohn alzheimer parkinson huntington duchenne klinefelter
    prader-willi noonan marfan kanner
    theraplay emdr
    """)

_ACCENTED = {"e": ("é", "è", "ë"), "a": ("á", "à"), "o": ("ó", "ò"), "i": ("í", "ï"), "u": ("ú",)}

_lock = threading.RLock()  # re-entered: the provider table reads the name tables
_hash_tables: dict[str, array[int]] = {}
_tables: dict[str, frozenset[str]] = {}


def _hashes(name: str = "nl_words.bin") -> array[int]:
    table = _hash_tables.get(name)  # loaded tables are never replaced: no lock needed to read
    if table is not None:
        return table
    with _lock:
        if name not in _hash_tables:
            loaded: array[int] = array("Q")
            loaded.frombytes((_DATA / name).read_bytes())
            _hash_tables[name] = loaded
        return _hash_tables[name]


def _known(word: str, name: str = "nl_words.bin") -> bool:
    table = _hashes(name)
    key = word_hash(word)
    i = bisect_left(table, key)
    return i < len(table) and table[i] == key


@lru_cache(maxsize=16384)
def is_english_word(word: str) -> bool:
    """Whether `word` (any case) is an ordinary lowercase English word ("update", "regards")."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        return bool(parts) and all(_known(p, "en_words.bin") for p in parts)
    return bool(w) and _known(w, "en_words.bin")


_FOREIGN_SURNAME_ENDINGS = (
    "ova",
    "eva",
    "ovna",
    "evna",
    "enko",
    "chuk",
    "czyk",
    "ski",
    "ska",
    "wicz",
    "ović",
    "ovic",
    "escu",
    "eanu",
    "yan",
    "oglu",
    "oğlu",
    # first names from Portuguese, Spanish and Italian, and the Antilles' ("Ravelino", "Jurino")
    "ino",
    "ito",
)
# a linking "s" or "en" never follows one of these: "naar-en-dorp" is a surname (Naarendorp)
_NO_LINK_AFTER = words_of(
    "naar voor over door met van bij om op uit in aan tegen achter onder tussen na toe"
)
_TREMA_LEFT_OUT = (("ient", "iënt"), ("ieen", "ieën"), ("eeen", "eeën"), ("coor", "coör"))
_STRESS_ACCENTS = str.maketrans("áéíóúàèìòù", "aeiouaeiou")


@lru_cache(maxsize=65536)
def is_dutch_word(word: str) -> bool:
    """Whether `word` (any case) is an ordinary lowercase Dutch word, or a compound of them."""
    w = word.casefold().replace("ĳ", "ij").replace("’", "'").strip("'")
    if not w:
        return False
    if _known(w) or (w != word.casefold() and _known(word.casefold().replace("’", "'"))):
        return True
    # "Eén" for "één": a capital at a sentence start drops the first letter's accent
    for marked in _ACCENTED.get(w[0], ()):
        if _known(marked + w[1:]):
            return True
    # "Appèl", "vóór", "dát": an accent of stress or of a loan on a word the list holds plain
    plain = w.translate(_STRESS_ACCENTS)
    if plain != w and _known(plain):
        return True
    # "Patientenservice", "clienten", "ideeen": a trema left out in a hurry
    restored = w
    for typed, written in _TREMA_LEFT_OUT:
        restored = restored.replace(typed, written)
    if restored != w and is_dutch_word(restored):
        return True
    if "-" in w:
        parts = [p for p in w.split("-") if p]
        return bool(parts) and all(is_dutch_word(p) for p in parts)
    # ("Ivanova" is no "iva" and "nova": a surname's ending no Dutch compound has)
    return len(w) >= 7 and not w.endswith(_FOREIGN_SURNAME_ENDINGS) and _compound(w)


def is_listed_word(word: str) -> bool:
    """Whether `word` (any case) is itself in the Dutch word list: no compound guessed."""
    w = word.casefold().replace("’", "'").strip("'")
    return bool(w) and _known(w)


@lru_cache(maxsize=16384)
def is_mixed_compound(word: str) -> bool:
    """Whether `word` is an English and a Dutch word written together ("Safetyplan",
    "Teamsoverleg", "Zoomcall"), parts of four letters at least."""
    w = word.casefold()
    if len(w) < 8 or not w.isalpha() or w.endswith(_FOREIGN_SURNAME_ENDINGS):
        return False
    for i in range(4, len(w) - 3):
        head, tail = w[:i], w[i:]
        head_nl, tail_nl = _known(head), _known(tail)
        head_en, tail_en = _known(head, "en_words.bin"), _known(tail, "en_words.bin")
        if (head_nl and tail_en) or (head_en and tail_nl):
            return True
    return False


def _compound(w: str) -> bool:
    """Whether `w` is two known words, with a linking s or e(n) between them allowed."""
    # Parts of four letters at least: with three, surnames split into words ("boon-s-tra",
    # "hol-laar") and foreign names could too.
    for i in range(3, len(w) - 2):
        head, tail = w[:i], w[i:]
        if not (_known(head) or (len(head) >= 7 and _compound(head))):
            continue
        if len(tail) == 3 and len(head) < 6 and tail != "dag":
            # a short tail only after a long head ("wachtwoord-zin", not "hol-laar"); but the
            # days a team or school holds ("teamdag", "studiedag")
            continue
        if _known(tail) or (len(tail) >= 7 and _compound(tail)):
            return True
        if head in _NO_LINK_AFTER:
            continue
        for link in ("s", "en", "e", "er"):
            if tail.startswith(link) and len(tail) - len(link) >= 4 and _known(tail[len(link) :]):
                return True
    return False


# The word lists of deduce's package this module reads (relative to its data/lookup/src): the
# bundle carries these files and nothing else of deduce (packaging/vertrouwen.spec).
# care providers and hospitals, for the one-word names of providers (`providers`)
_PROVIDER_LISTS = (
    "institutions/lst_healthcare_institution/items.txt",
    "institutions/lst_hospital/items.txt",
)
DEDUCE_LISTS = (
    "names/lst_first_name/items.txt",
    "names/lst_surname/items.txt",
    "names/lst_interfix_surname/items.txt",
    "locations/lst_placename/lst_residence/items.txt",
    "locations/lst_placename/lst_municipality/items.txt",
    "locations/lst_placename/lst_province/items.txt",
    "locations/lst_placename/lst_region/items.txt",
    "whitelist/lst_common_word/items.txt",
    *_PROVIDER_LISTS,
)
_DEDUCE_SRC = ("deduce", "data", "lookup", "src")


def _deduce_dir() -> Path | None:
    """deduce's word-list folder: in a bundle beside the code (`sys._MEIPASS`, where the spec
    puts the lists without deduce's code), else in the installed package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None and Path(bundle, *_DEDUCE_SRC).is_dir():
        return Path(bundle, *_DEDUCE_SRC)
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location, *_DEDUCE_SRC[1:])
        if folder.is_dir():
            return folder
    return None


def _read_deduce(*relative: str) -> frozenset[str]:
    folder = _deduce_dir()
    words: set[str] = set()
    if folder is None:
        return frozenset()
    for rel in relative:
        try:
            text = (folder / rel).read_text(encoding="utf-8")
        except OSError:
            continue
        words.update(line.strip().casefold() for line in text.splitlines() if line.strip())
    return frozenset(words)


def _table(name: str) -> frozenset[str]:
    table = _tables.get(name)  # loaded tables are never replaced: no lock needed to read
    if table is not None:
        return table
    with _lock:
        if name not in _tables:
            _tables[name] = _load(name)
        return _tables[name]


def _load(name: str) -> frozenset[str]:
    if name == "first":
        return _read_deduce("names/lst_first_name/items.txt") | _FIRST_NAMES_ABROAD
    if name == "surname":
        # surnames with their interfix ("van der berg") are split into words for lookups
        plain = _read_deduce("names/lst_surname/items.txt")
        joined = _read_deduce("names/lst_interfix_surname/items.txt")
        return plain | frozenset(w.split()[-1] for w in joined if w.split())
    if name == "place":
        dutch = _read_deduce(
            "locations/lst_placename/lst_residence/items.txt",
            "locations/lst_placename/lst_municipality/items.txt",
            "locations/lst_placename/lst_province/items.txt",
            "locations/lst_placename/lst_region/items.txt",
        )
        # the cities abroad notes name most (a relative's town, a school trip), none that is
        # a first name too ("Sofia", "Florence" stay names)
        return dutch | _NEW_MUNICIPALITIES | (_WORLD_CITIES - _table("first"))
    if name == "council":
        return _NEW_MUNICIPALITIES | _read_deduce(
            "locations/lst_placename/lst_municipality/items.txt",
            "locations/lst_placename/lst_province/items.txt",
            "locations/lst_placename/lst_region/items.txt",
        )
    if name == "interfix":
        return _read_deduce("names/lst_interfix_surname/items.txt")
    if name == "common":
        return _read_deduce("whitelist/lst_common_word/items.txt")
    if name == "provider":
        return _providers()
    if name == "weak":
        return frozenset((_DATA / "nl_weak_words.txt").read_text(encoding="utf-8").split())
    if name == "adjective":
        text = (_DATA / "nl_adjectives.txt").read_text(encoding="utf-8")
        return frozenset(text.split()) | _NOT_PERSONS
    raise KeyError(name)


# municipalities formed by mergers since 2019, which deduce's list may not hold yet
_NEW_MUNICIPALITIES = frozenset(
    {
        "voorne aan zee", "land van cuijk", "dijk en waard", "maashorst", "het hogeland",
        "west betuwe", "molenlanden", "vijfheerenlanden", "noardeast-fryslân", "eemsdelta",
        "hoeksche waard", "altena", "beekdaelen", "westerkwartier", "midden-groningen",
        "súdwest-fryslân", "waadhoeke", "de fryske marren", "tytsjerksteradiel",
    }
)  # fmt: skip
_WORLD_CITIES = words_of("""
    berlijn parijs londen brussel antwerpen gent luik luxemburg keulen düsseldorf dusseldorf
    aken aachen kleve emmerich duisburg dortmund essen hamburg münchen munchen frankfurt madrid
    barcelona rome milaan lissabon porto wenen praag warschau krakau kraków gdańsk gdansk
    wrocław wroclaw poznań poznan łódź lodz boedapest boekarest athene istanbul ankara izmir
    antalya gaziantep konya kayseri diyarbakir kiev kyiv kharkiv charkiv lviv odessa moskou
    damascus aleppo homs latakia bagdad mosul erbil teheran kabul herat mazar-i-sharif asmara
    keren massawa addis mogadishu hargeisa khartoem caïro cairo tanger casablanca rabat nador
    fez marrakech agadir oujda tetouan tunis algiers lagos abuja accra kumasi nairobi kinshasa
    paramaribo nickerie willemstad kralendijk oranjestad philipsburg dubai peking shanghai
    hanoi manilla jakarta bandung surabaya new york
    """)


# first names common among the app's clients that deduce's Dutch list lacks and that are
# English words, so that without this they would read as ordinary words: Ghanaian and Nigerian
# virtue names ("Comfort en Favour", "alleen Peace kwam"; not the ones said as a word, such
# as "Success!"), Romanian "Florin"
_FIRST_NAMES_ABROAD = words_of("""
    gift favour favor comfort patience peace innocent honour victory godsgift florin
    """)


# brand names of care providers that are also persons' surnames, or too short to tell
_PROVIDER_NOT_BRANDS = words_of("lionarons lorentz molemann moriaen meja corazon haga fam")


def _providers() -> frozenset[str]:
    """One-word names of care providers and hospitals with two entries or more in deduce's
    lists ("Careyn", "Levvel", "Eleos, Centrum voor ..."): chains and institutions with
    several locations. A name given once may be a practitioner's own ("Popescu")."""
    folder = _deduce_dir()
    if folder is None:
        return frozenset()
    counts: dict[str, int] = {}
    for rel in _PROVIDER_LISTS:
        try:
            text = (folder / rel).read_text(encoding="utf-8")
        except OSError:
            continue
        for line in text.splitlines():
            head = line.split(",", 1)[0].split(None, 1)
            if head:
                word = head[0].casefold()
                counts[word] = counts.get(word, 0) + 1
    persons = _table("first") | _table("surname")
    return frozenset(
        w
        for w, n in counts.items()
        if n >= 2
        and len(w) >= 4
        and w.replace("-", "").isalpha()
        and w not in persons
        and w not in _PROVIDER_NOT_BRANDS
    )


def first_names() -> frozenset[str]:
    """Case-folded first names (deduce's list)."""
    return _table("first")


def surnames() -> frozenset[str]:
    """Case-folded surnames (deduce's list, last word of the interfixed ones)."""
    return _table("surname")


def world_cities() -> frozenset[str]:
    """Case-folded cities abroad that notes name most (see `places`)."""
    return _WORLD_CITIES


def countries() -> frozenset[str]:
    """Countries, islands and continents a note names (case-folded)."""
    return _COUNTRIES


def places() -> frozenset[str]:
    """Case-folded Dutch place, municipality, province and region names (deduce's lists)."""
    return _table("place")


def councils() -> frozenset[str]:
    """Case-folded municipalities, provinces and regions: places whose name stands for a body
    that acts ("Zwolle wil meer geld"); a hamlet ("Vink", "Berg") never writes a letter."""
    return _table("council")


def not_persons() -> frozenset[str]:
    """Case-folded capitalised words never a name: languages, peoples, countries, apps."""
    return _table("adjective")


def providers() -> frozenset[str]:
    """Case-folded one-word names of care providers and hospitals ("careyn", "levvel")."""
    return _table("provider")


def weak_words() -> frozenset[str]:
    """First names OpenTaal lists only as a bare or verb entry ("mila", "sem", "kim")."""
    return _table("weak")


def interfixed_surnames() -> frozenset[str]:
    """Whole surnames with their particles, case-folded: "de vries", "van der berg"."""
    return _table("interfix")


def common_words() -> frozenset[str]:
    """The ~1,000 most common Dutch words (deduce's list): "geld", "werk", "woord", "hoop"."""
    return _table("common")


def load_all() -> None:
    """Load every table now (the detector's loader calls this off the UI thread)."""
    _hashes()
    _hashes("en_words.bin")
    for name in (
        "first",
        "surname",
        "place",
        "council",
        "adjective",
        "weak",
        "common",
        "interfix",
        "provider",
    ):
        _table(name)
