"""Validated pattern detectors: BSN, IBAN, phone, e-mail, postcode, street address, dates.

These need no word lists, so they work before (and without) the lexicon. Numbers are
only reported when their check digits or numbering plan say they can be real: the 11-proef for
a BSN, the IBAN check digits, the Dutch numbering plan for phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from vertrouwen.privacy.allowlist import CALENDAR_WORDS, DOMAIN_WORDS, role_words
from vertrouwen.privacy.findings import Candidate, led_by_first_letter, words_of

_SEPARATORS = " -./()\u00a0"
# 0800 (free), 0900/0906/0909 (paid) and the short numbers belong to services, never to a person.
_SERVICE_PREFIXES = ("800", "900", "906", "909")

_PHONE_NL = re.compile(r"(?<![\w+])(?:\+\s?31|0031|\(?0)[\d \-–—./()\u00a0]{5,26}\d")
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)(?!31)[1-9][\d \-–—./()\u00a0]{6,22}\d")
# (not the tail of a code: "VP-2026-00312" is the app's own case code)
_BSN = re.compile(r"(?<![\w+])(?<!\d[.,-])(?<![A-Za-z]-)\d(?:[ .-]?\d){8}(?!\w|[.,-]\d)")
_BSN_EIGHT = re.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\b[^\d\n]{0,12}?(\d{8})(?![\w.,-]?\d)"
)
# spaces, dots or dashes between the groups ("NL91 ABNA ...", "NL91.ABNA....",
# "NL91-ABNA-0417-1643-00"); the check digits decide
_IBAN = re.compile(r"(?<!\w)[A-Za-z]{2}[ .-]?\d{2}(?:[ .-]?[A-Za-z0-9]){10,32}")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_EMAIL_WRITTEN_OUT = re.compile(
    r"(?<![\w.+-])[\w.%+-]+[ \t]*(?:\(at\)|\[at\]|\{at\})[ \t]*[\w-]+(?:\.[\w-]+)*"
    r"\.[A-Za-z]{2,}(?![\w-])",
    re.IGNORECASE,
)
_POSTCODE = re.compile(
    # ("NL-1052 AM": with the country's letters, as on an international letter)
    r"(?:(?<![\w-])NL[- ]?|(?<![\w-]))[1-9]\d{3}"
    r"(?:[ ]{0,2}(?!SA|SD|SS)[A-Z]{2}|(?!mg|kg|km|cm|mm|ml|gr|jr|uu)[a-z]{2})(?![\w-])"
)
_TOWN_AFTER_POSTCODE = re.compile(
    r"(?:[ \u00a0]{1,2}|[ \t]+[-–][ \t]+)"  # "3582 EN Utrecht", "3582 EN - Utrecht"
    r"((?:['’]s-)?[A-ZÀ-Ý][\w'’]+(?:[ -](?:[a-z]{1,3}[ -]){0,2}[A-ZÀ-Ý][\w'’]+){0,2})"
)
# "Oma Wilhelmina", "gezinsvoogd Piet van Dam", "mevr. Claes": a capitalised word right
# after a role word or title (matched from the end of that word).
_NAME_AFTER_ROLE = re.compile(
    r"\.?\s+((?:(?:Van|De|Den|Der|Ter|Ten|El|Al)\s+)*"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*)"
    r"(?:\s+(?:(?:van|de|der|den|ter|ten|te|het|'t|el|al|da|di|le|la)\s+)+[A-ZÀ-Ý][\w'’-]+)?)"
)
_NOT_A_NAME = words_of("""
    de het een en of in op bij van voor na dat die wat wie is was heeft had wil kan zegt belt
    belde vindt gaat komt zou moet mag wordt werd ook niet nog al wel engels nederlands frans
    duits wiskunde gym biologie geschiedenis aardrijkskunde muziek tekenen
    """)
_RESIDENCE = re.compile(
    r"\b"
    + led_by_first_letter(
        r"(?:woont|wonen|woonde|woonden|woonachtig|wonende|wonend|verhuisd|verhuist|verhuizen|"
        r"verhuisde)"
        # ("woont met moeder Anita Jagessar in Moerwijk": whom with, by name)
        r"(?:\s+[a-zà-ÿ]+){0,3}?(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}?\s+(?:in|te|naar)\s+"
        # "Woonplaats: Delfzijl", "woonplaats moeder: Assen": the label of a record
        r"|(?i:woonplaats|verblijfplaats)(?:[ \t]+[a-zà-ÿ]+){0,2}[ \t]*:[ \t]*"
        # "Woonplaats blijft Eindhoven", "woonplaats is nu Assen"
        r"|(?i:woonplaats|verblijfplaats)[ \t]+(?:is|blijft|wordt|was|werd)(?:[ \t]+nu)?[ \t]+"
    )
    + r"((?:'s-|Den\s+|De\s+)?[A-ZÀ-Ý][\w'’]+"
    r"(?:-[A-ZÀ-Ý][\w'’]+|\s+(?:aan\s+(?:de|den)|bij|op|aan|in)\s+[A-Z]\w+)*)"
)
# living "in Nederland" says nothing about where
_WHOLE_COUNTRY = words_of("nederland holland europa")
_SOCIAL = re.compile(
    r"(?i)(?<![\w.])(?:https?://)?(?:www\.)?"
    r"(?:facebook|instagram|tiktok|snapchat|linkedin|twitter|x|youtube)\.com/[\w.@%/-]+"
)

_STREET_SUFFIX = (
    r"(?:straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|pad|park|steeg|"
    r"markt|plantsoen|baan|wal|erf|ring|haven|boulevard|allee|dam|oord|hoven|burg|zijde|"
    r"brink|poort|vaart|vliet|kanaal|hage|gaarde|tuin|kwartier|kamp|horst|akker|weide|lei|"
    r"veld|velden|hoek|zoom|meent|stede|hove|donk|heuvel|berg|oever|wetering|sloot|tuinen|"
    r"hout|rade|schans|werf|bocht|bolwerk|buorren|wei|dyk|loane|leane|diep|strjitte|str\.|ln\.|"
    # a relative's street in Germany or Austria: "Hauptstraße 71", "Lindengasse 4"
    r"straße|strasse|gasse|platz|plaats|vest|"
    # the diminutives: "Kerklaantje 4", "Achterstraatje 2", "Pastoorshofje 7"
    r"straatje|laantje|pleintje|steegje|hofje|paadje)"
)
_INTERFIX = r"(?:van|de|der|den|het|'t|ter|ten|te|op|in|aan|bij|voor|achter|over|la|le|du|en)"
_CAP_WORD = r"[A-ZÀ-Ý][\w'’-]*\.?"
# the words that say which door or floor: "12 hs", "55-huis", "47 zwart", "3 hoog", "1 boven"
_DOOR_WORDS = (
    r"(?:bis|hs|huis|boven|bov|bv|bg|beneden|rood|rd|zwart|zw|hoog|hg|bovenwoning|"
    r"benedenwoning|woonboot|achterhuis|voorhuis|sous|souterrain|zolder|achter)"
)
_ONE_ADDITION = (
    rf"(?:\s?[-/]\s?(?:\d{{1,4}}|{_DOOR_WORDS}|[A-Za-z]{{1,3}})\b|(?:bis|hs|bg)\b|[a-zA-Z]{{1,2}}\b"
    r"|\sbus\s\d{1,4}\b"
    # "3 kamer 12", "17 app. 3", "12, flat 4", "288 standplaats 14", "3 kavel 22"
    r"|,?\s(?:kamer|k\.|app\.?|appartement|unit|flat|woning|standplaats|ligplaats|kavel|plek|"
    r"chalet)\s?\d{1,4}[a-zA-Z]?\b"
    # "4, 2e etage", "15 3-hoog", "2 t/m 4"
    r"|,?\s\d{1,2}(?:e|ste|de)\s(?:etage|étage|verdieping|verd\.)(?:\s(?:achter|voor|links|rechts)\b)?"
    # "Zeedijk 106 2e, Amsterdam": the floor alone (not "12 2e keer")
    r"|\s\d{1,2}e\b(?![ \t]+[a-zà-ÿ])"
    # "9 1 boven", "22 2hg": the floor and its side
    r"|\s\d{1,2}[-\s]?(?:hoog|hg|boven|bov|beneden)\b"
    r"|\st/m\s?\d{1,4}[a-zA-Z]?\b"
    # "Plein 1944 nr 12": a year in the street's name, then the house number
    r"|\snr\.?\s?\d{1,4}[a-zA-Z]?\b"
    rf"|\s(?:[A-Z]|{_DOOR_WORDS}|I{{1,3}}|IV|[A-Z]-?\d{{1,2}})\b)"
)
# one or two of them: "71-2 hoog", "12a bis"
_ADDITION = rf"(?:{_ONE_ADDITION}){{0,2}}"
# "Kerkstraat nr. 12", "Dorpsweg no 3": the house number after its abbreviation
# ... or across the water from it: "Amsteldijk t.o. 112" (a houseboat)
_HOUSE_NUMBER = r"(?:(?:nr|no|nummer|huisnr|huisnummer)\.?\s?|t\.o\.?\s?)?\d{1,5}"
# a street's side before the number: "Kerkpad ZZ 8"
# ... or after a hyphen: "Ringbaan-Oost 22"
_STREET_SIDE = (
    r"(?:\s+(?:[NOZW]Z|Oost|West|Noord|Zuid|Oostzijde|Westzijde|Noordzijde|Zuidzijde)"
    r"|-(?:Oost|West|Noord|Zuid))?"
)
_STREET = re.compile(
    # every form starts after no letter or hyphen, with a digit, a capital or an apostrophe (the
    # look skips all other positions in one step)
    r"(?<![\w-])(?=[\dA-ZÀ-Ý'’])(?:"
    # "2e Helmersstraat", "St.-Annastraat"
    rf"(?:\d{{1,2}}e\s+)?(?:{_CAP_WORD}\s+(?:{_INTERFIX}\s+)*){{0,3}}"
    rf"(?:(?:St|Sint)\.?-|['’]s-)?[A-ZÀ-Ý][\w'’-]*?{_STREET_SUFFIX}"
    rf"{_STREET_SIDE}\s+{_HOUSE_NUMBER}{_ADDITION}"
    rf"|(?:Laan|Plein|Weg|Straat|Singel|Kade|Dreef|Park|Hof|Gracht)"
    rf"(?:\s+(?:{_INTERFIX}|naar))+\s+{_CAP_WORD}(?:\s+{_CAP_WORD})?\s+\d{{1,5}}{_ADDITION}"
    # "Amstel t.o. 216": a houseboat across from a number on the water's street
    rf"|[A-ZÀ-Ý][\w'’-]+\s+t\.o\.?\s?\d{{1,5}}{_ADDITION}"
    # "Kaya Grandi 12", "Kaya Kapitan 33": a street on Curaçao, Aruba or Bonaire
    rf"|[KC]aya\s+(?:{_CAP_WORD}\s+){{1,3}}\d{{1,5}}{_ADDITION}"
    # "Oude Gracht 110", "Nieuwe Markt 3", and the bare canal and square names "Singel 45"
    rf"|(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?(?:Gracht|Singel|Kade|Markt|Dijk|Haven|Dam|Brink|"
    rf"Wal|Laan|Plein|Weg|Straat|Rokin|Damrak|Coolsingel|Lange\s+Voorhout|Dyk|Buorren|Wei|"
    rf"Leane|Loane|Reed|Hoven|Overtoom)\s+\d{{1,5}}{_ADDITION})"
)
# Tried only where their tell-tale part stands (see `find_streets`):
# "Friedrich-Ebert-Str. 88", "Karl-Marx-Straße 4": a German street of a person's name
_GERMAN_STREET = re.compile(
    rf"(?<![\w-])[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*-(?:Str\.|Straße|Strasse|Weg|Allee|Platz|Ring)"
    rf"\s+\d{{1,5}}{_ADDITION}"
)
# "OOSTERSTRAAT 17 A": a street in capitals, as on a form or an envelope
_SHOUTED_TAILS = ("STRAAT", "WEG", "LAAN", "PLEIN", "GRACHT", "KADE", "SINGEL", "DIJK", "DREEF")
_STREET_SHOUTED = re.compile(
    rf"(?<![\w-])(?:[A-Z]{{2,}}[ \t]+)?[A-Z]{{2,}}(?:{'|'.join(_SHOUTED_TAILS)})"
    r"[ \t]+\d{1,5}(?:[ \t]?[A-Z]{1,2}\b|-\w{1,4})?"
)
# "Bredero straat 7": the street word typed apart
_STREET_WORD_APART = re.compile(
    rf"(?<![\w-])[A-ZÀ-Ý][a-zà-ÿ]{{2,}}\s(?:straat|laan|weg|plein|kade|singel|gracht|dreef)"
    rf"\s+\d{{1,5}}{_ADDITION}"
)
_APART_WORDS = (
    " straat ",
    " laan ",
    " weg ",
    " plein ",
    " kade ",
    " singel ",
    " gracht ",
    " dreef ",
)
_ADDITION_RE = re.compile(_ADDITION)
_STREET_LEAD_TRIM = words_of(
    "sinds op in naar adres adres: nieuw oud tot via bij per vanaf richting tegenover naast "
    "woont wonen woonde woonden woonadres postadres verhuisd verhuist verblijft het een"
)

_POLISH_MONTHS = (
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    r"listopada|grudnia"
)
# Ukrainian and Russian, from a passport: "2 травня 2010" (tried only on text in Cyrillic)
_CYRILLIC_MONTHS = (
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|"
    r"грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
    r"декабря|"
    # Bulgarian: "роден на 3 април 2009"
    r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември"
)
# Turkish, from a nüfus record ("12 Haziran 2011"), and the Levantine months in a translated
# Syrian or Iraqi deed ("15 Shubat 2013"); tried in dates with a day and a year only
_TURKISH_ARABIC_MONTHS = (
    r"ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|"
    r"kasım|kasim|aralık|aralik|kanun|shubat|adhar|ayyar|tammuz|aylul|tishrin|tashrin|"
    # Romanian, from a birth certificate: "născut la 7 martie 2012"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
)
_MONTHS = (
    r"(?:januari|jan|februari|feb|maart|mrt|april|apr|mei|juni|jun|juli|jul|augustus|aug|"
    r"september|sept|sep|oktober|okt|november|nov|december|dec|"
    # Polish, as on an extract from a Polish register: "22 lipca 1985"
    rf"{_POLISH_MONTHS}|"
    # English, for a birth date copied from a passport or an English letter
    r"january|february|march|mar|may|june|july|august|october|oct)"
)
# a date with a Turkish or Levantine month: tried only where such a month stands
_DATE_TURKISH_ARABIC = re.compile(
    rf"(?i)(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])\s+(?:{_TURKISH_ARABIC_MONTHS})\s+(?:19|20)\d{{2}}"
    r"(?!\w)"
)
_TURKISH_ARABIC_WORDS = tuple(_TURKISH_ARABIC_MONTHS.split("|"))
# the months of the Persian and the Ethiopian calendar, with a year of theirs: "1 Farvardin
# 1362", "10 Meskerem 2001" (only ever someone's papers)
_DATE_OTHER_CALENDAR = re.compile(
    r"(?i)(?<![\w/.-])(?:0?[1-9]|[12]\d|30)[ \t]+(?:farvardin|ordibehesht|khordad|mordad|"
    r"shahrivar|mehr|aban|azar|dey|bahman|esfand|meskerem|tikimt|tekemt|hidar|hedar|tahsas|"
    r"tir|ter|yekatit|megabit|miyazya|ginbot|genbot|sene|hamle|nehase|pagume|"
    # the Afghan solar months, from a tazkira: "15 Hoot 1389"
    r"hamal|sawr|saur|jawza|saratan|asad|sonbola|sunbula|mizan|aqrab|qaws|jadi|dalw|hoot|hut|"
    # the Islamic months with a year of the hijra: "17 Ramadan 1431"
    r"muharram|safar|rabi[ʿ'’]?[ \t]+al-?(?:awwal|thani)|jumada[ \t]+al-?(?:ula|akhira)|rajab|"
    r"sha[ʿ'’]?ban|ramadan|ramadhan|shawwal|dhu[ \t]+al-?(?:qi[ʿ'’]?dah|hijjah))[ \t]+"
    r"(?:1[34]\d\d|19\d\d|20[0-2]\d)(?![\w/-])"
)
# "1388/07/14": a date of the Persian solar calendar written year first, as on a tazkira
_DATE_SOLAR_NUMERIC = re.compile(
    r"(?<![\w/.-])1[34]\d\d(?P<ssep>[/-])(?:0?[1-9]|1[0-2])(?P=ssep)(?:0?[1-9]|[12]\d|3[01])"
    r"(?![\w/-])"
)
_NUMBER_WORD_BEFORE = re.compile(r"(?i)\b(?:art|artikel|nr|nummer|kenmerk|zaak\w*)\b\.?\s*$")
# (a pattern that starts with a digit is searched fast: the engine skips to the digits)
_OTHER_CALENDAR_GATE = re.compile(
    r"\d[ \t]+(?:farvardin|ordibehesht|khordad|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand|"
    r"meskerem|tikimt|tekemt|hidar|hedar|tahsas|tir|ter|yekatit|megabit|miyazya|ginbot|genbot|"
    r"sene|hamle|nehase|pagume|hamal|sawr|saur|jawza|saratan|asad|sonbola|sunbula|mizan|aqrab|"
    r"qaws|jadi|dalw|hoot|hut|muharram|safar|rabi|jumada|rajab|sha[ʿ'’]?ban|ramadan|ramadhan|"
    r"shawwal|dhu)\b"
)
# "11 11 2011", "12/25/2007" (the American order, the day past 12): only next to a birth word
_DATE_SPACED = re.compile(
    r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])[ \t](?:0?[1-9]|1[0-2])[ \t](?:19|20)\d\d(?![\w/-])"
    r"|(?<![\w/.-])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d(?![\w/-])"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DATE_NUMERIC = re.compile(
    rf"(?<![\w/.-]){_DAY}(?P<sep>[-/.]| - )(?:0?[1-9]|1[0-2])(?P=sep)(?:(?:19|20)\d{{2}}|'?\d{{2}})"
    r"(?![\w/-]|\.\d)"
)
# the birth word after the date: "is in oktober 2014 geboren", "heeft op 16 oktober haar
# verjaardag", "op Koningsdag 2013 geboren"
_BIRTH_WORD_AFTER = re.compile(
    r"[ \t]+(?:(?:haar|zijn|de|z'n|d'r|is|was|werd)[ \t]+)?(?:geboren|verjaardag|jarig|"
    r"ter[ \t]+wereld)\b"
)
_HOLIDAY_STEMS = (
    "kerst",
    "koningsdag",
    "nieuwjaar",
    "oudejaar",
    "bevrijding",
    "pasen",
    "paas",
    "pinkster",
    "sinterklaas",
    "valentijn",
)
_BIRTH_WORD_BEFORE_IT = re.compile(r"(?i)\b(?:geboren|verjaardag|jarig|ter[ \t]+wereld)\b")
# a holiday's date with its year, before "geboren": "op Koningsdag 2013 geboren", "geboren op
# tweede kerstdag 2011"
_HOLIDAY_YEAR = re.compile(
    r"(?i)\b(?:(?:eerste|tweede)[ \t]+)?(?:kerstdag|kerstmis|koningsdag|nieuwjaarsdag|"
    r"oudejaarsdag|bevrijdingsdag|pasen|paasmaandag|pinksteren|sinterklaas|valentijnsdag)"
    r"[ \t]+(?:19|20)\d\d\b"
)
_DATE_ISO = re.compile(
    r"(?<![\w/.-])(?:19|20)\d{2}(?P<isep>[-/.])(?:0?[1-9]|1[0-2])(?P=isep)"
    + _DAY
    + r"(?![\w/-]|\.\d)"
)
_DATE_TEXT = re.compile(
    # ("14okt2012": run together, as some forms print it)
    rf"(?i)(?<![\w/.-]){_DAY}(?:e|ste|de)?(?:\s*|[-/]){_MONTHS}\.?(?:\s*|[-/])(?:(?:19|20)\d{{2}}|'\d{{2}})"
    r"(?!\w)"
)
# "12-III-2011": the month in Roman numerals
_DATE_ROMAN = re.compile(
    rf"(?<![\w/.-]){_DAY}(?P<rsep>[-/. ])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?P=rsep)"
    r"(?:19|20)\d{2}(?![\w/-])"
)
_DAY_MONTH = re.compile(rf"(?i)(?<![\w/.-]){_DAY}\s*{_MONTHS}\b")
# "March 3, 2011", "June 12th 2009": the English order
_DATE_MONTH_FIRST = re.compile(
    # (the look at the number after the word skips most words in one step)
    rf"(?i)(?<![\w/.-])(?=\w+\.?\s+\d){_MONTHS}\.?\s+{_DAY}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}(?!\w)"
)
# a year in a record's birth field: "geb. 2013", "(geboren 1979)", "geb. '11" (PRIVACY_RULES
# lists '11). A birth year in prose ("Zij is geboren in 2009", "geboortejaar 2010") is a birth
# year alone, which PRIVACY_RULES leaves alone.
_BIRTH_YEAR = re.compile(
    r"(?i)(?:\b(?:geb\.?|geboren)\s*|(?<=\()°\s?)"
    r"(?P<year>(?:19|20)\d{2}|['’]\d{2})(?![\w/-]|\.\d)"
)
_BIRTH_WORDS = (
    r"geboren|geb\.?(?:\s?datum)?|geboortedatum|geboortedata|geboortedag|geboorte|"
    r"geboortejaar|geb\.?dat\.?|verjaardag|verjaardagen|verjaart|jarig|d\.o\.b\.?|dob|born|"
    r"ter wereld|"
    r"date of birth|dates? of birth|birth ?dates?|(?-i:gb\.)|(?-i:gb)(?=[ \t]+(?:\d|$))|"
    r"doğum tarihi|dogum tarihi|doğum|"
    r"дата народження|дата рождения|народився|народилася|родился|родилась|роден|родена|"
    # a date of birth in the papers of Portuguese, Spanish, French, Polish and Romanian speakers
    r"data de nascimento|data de nasc\.?|fecha de nacimiento|date de naissance|n[ée]e? le|"
    r"urodzon[ya]|(?-i:ur\.)|născut[ăa]?|nascut[ăa]?"
)
_BIRTH_WORD = re.compile(
    rf"(?i)(?:\b{led_by_first_letter(_BIRTH_WORDS)}(?!\w)|(?=[°* \t])(?:°"
    # the genealogical star: "Rayan (* 19-02-2015)", "Adam, *4 mei 2016"
    # "Kind: * 1-1-2010", "Adam * 4 mei 2016"; not a bullet opening a line
    # ("Fatma * augustus '95": a month after it too)
    r"|(?<=[(,:])[ \t]?\*(?=[ \t]?(?:\d|\n|$))"
    r"|(?<=[^\s*][ \t])\*(?=[ \t]?(?:\d|\n|$|"
    r"(?i:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)))"
    r"|(?<=[ \t])\*(?=\d|\n|$)))"
)
_DAY_WORDS = (
    r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|zestien|zeventien|achttien|negentien|twintig|(?:een|één|twee|drie|vier|vijf|"
    r"zes|zeven|acht|negen)(?:en|ën)twintig|dertig|eenendertig|eerste|(?:\w+)(?:de|ste))"
)
# birth dates also written "maart 2011", "dertien mei 2012"
_MONTH_YEAR = re.compile(
    rf"(?i)(?<![\w/.-])(?:{_DAY_WORDS}\s+)?{_MONTHS}\.?\s+(?:(?:19|20)\d{{2}}\b|['’]\d{{2}}\b)"
)
# a child, by what it is in its family: "een meisje van 12 maart 2011" is of its birth date
_CHILD_WORDS = (
    r"zoon|zoontje|dochter|dochtertje|meisje|jongen|jongetje|kind|kindje|baby|tweeling|"
    r"jongste|oudste|middelste|pleegkind|pleegzoon|pleegdochter"
)
_CHILD_OF = re.compile(rf"(?i)\b(?:{_CHILD_WORDS})[ \t]+van[ \t]+$")
_OF_OR_LABEL = re.compile(
    r"(?i)\b(?:is|ben|bent|"
    + led_by_first_letter(_CHILD_WORDS)
    + r")(?:[ \t]+(?:pas|zelf|nog|al|dus|toch))?[ \t]+van[ \t]+"
    r"|\b(?:geboortedatum|geboortedata|geb\.?\s?datum|date of birth|dob)\b[^:\n.]{0,60}:[ \t]*"
)
# "Verjaardag: 12/3", "jarig op 3-5", "verj. 22/6", "verjaardag Sophie: 15-01", "op zijn
# verjaardag (21/3)"
_BIRTHDAY_NUMERIC = re.compile(
    r"(?i)\b(?:verjaardag|verj\.|jarig|geb\.|geboren)(?!\w)"
    # ("jarig: Nora 23/6, Vera 8/11": the label, then a name and its day)
    rf"(?:[ \t]*:?[ \t]+(?-i:[A-ZÀ-Ý][\w'’-]+))?[ \t]*[:(]?[ \t]*"
    rf"(?:op[ \t]+)?({_DAY}[/-](?:0?[1-9]|1[0-2]))(?![\w/-])"
)
_MONTH_YEAR_BARE = re.compile(
    rf"(?i)(?<![\w/.-]){_MONTHS}\.?\s+(?:(?:19|20)\d{{2}}\b|['’]\d{{2}}\b)"
)
# "Wang Jie (王杰), 2009年5月3日": a date in Chinese or Japanese writing, from someone's papers
_DATE_CJK = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
# a day and month in words, perhaps with the year in words: "twaalf maart tweeduizend elf"
_DATE_WORDS = re.compile(
    # (the look at a month's first letter after the word skips most words in one step)
    rf"(?i)\b(?=\w+\s+[jfmasondlkcwpg]){_DAY_WORDS}\s+{_MONTHS}\b(?:\s+(?:negentienhonderd|tweeduizend)[a-zë]*"
    # the year's second word is a number ("tweeduizend elf"), never "geboren"
    r"(?:\s+(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|[a-zë]+tien|"
    r"[a-zë]+tig))?)?"
)
_LOOSE_DATE_AFTER_BIRTH = re.compile(
    r"(?i)(?:\b"
    + led_by_first_letter(
        r"geb\.?|geboren|geboortedatum|geb\.?\s?datum|born|date of birth|dob|sinh|"
        # French, Spanish, Portuguese, from a client's papers: "née le 3 mars 2010"
        r"née?|nacid[oa]|nascid[oa]"
    )
    + r"(?:[ \t]+(?:op|on|le|el|em))?[ \t:]*)"
    r"(?P<date>(?:(?:[a-zà-ÿ]+dag|ma|di|wo|do|vr|za|zo|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+)?"
    # a day, a month in any language and a year: "14 berezen 2011", "3 de mayo de 2011"
    r"(?:\d{1,2}(?:e|ste|de|st|nd|rd|th)?(?:[ \t]+(?:of|de|van))?[ \t]+[^\W\d_]{3,12}\.?"
    r"(?:[ \t]+de)?[ \t]+(?:19|20)\d\d"
    # digits with any separators, a letter o for a nought: "6 . 4 . 1994", "14.o3.2012"
    r"|\d[0-9oO]{0,3}(?:[ \t]*[-./][ \t]*[0-9oO]{1,4}){1,2}(?:T[\d:]{5,8})?"
    r"|\d{1,2}[ \t]+\d{1,2}[ \t]+(?:19|20)\d\d"
    r"|ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}"
    # a month first: "Tir 5, 2000"
    r"|[^\W\d_]{3,12}[ \t]+\d{1,2},[ \t]+(?:19|20)\d\d)(?![\w/])"
    r")"
)
_NEXT_BIRTHDAY = re.compile(
    rf"[ \t]*[,;][ \t]*(?:en[ \t]+)?[A-ZÀ-Ý][\w'’-]+[ \t]*:?[ \t]+({_DAY}[/-](?:0?[1-9]|1[0-2]))"
    r"(?![\w/-])"
)
_YEAR_IN_BRACKETS = re.compile(r"(?:19|20)\d\d(?=\))|['’]\d\d(?=\))")  # ("(januari '04)")
_TIME_AFTER = re.compile(r",?[ \t]*(?:om[ \t]+)?\d{1,2}[.:]\d{2}\b")
_NAME_COMMA = re.compile(r"[A-ZÀ-Ý][\w'’-]+,\s*$")
_BIRTH_GAP = re.compile(r"[^\d!?;\n]{0,30}")
# a new clause between the birth word and the date: "geboren in Eritrea en kwam op 12 maart"
_NEW_CLAUSE = re.compile(r"\ben\s+[a-zà-ÿ]")
# a birth field's label, however long: "Geboortedatum van de jongste zoon van moeder: 12-03-2015"
_BIRTH_LABEL = re.compile(
    r"(?i)\b(?:geboortedatum|geboortedata|geb\.?\s?datum|geb\.?\s?dat\.|date of birth|dob)"
    # (a title's dot may stand in between: "Geb.datum dhr. Zwart: 1-1-1942")
    r"(?:\b|(?<=\.))(?:[^:\n.]|(?<=\bdhr)\.|(?<=\bmw)\.|(?<=\bmevr)\.){0,60}:\s*$"
    # "Moeder van drie: 3.4.2011, ...", "Kinderen: 12-03-2011 en ...": the children's dates
    r"|(?i:\b(?:kinderen|kids|(?:moeder|vader|ouders?)[ \t]+van[ \t]+(?:twee|drie|vier|vijf|zes)))"
    r"[ \t]*:\s*$"
)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-Ý]")


def find_phones(text: str) -> Iterator[Candidate]:
    """Dutch numbers in every usual form, and foreign numbers written with +CC or 00CC."""
    pos = 0
    while (match := _PHONE_NL.search(text, pos)) is not None:
        end = _dutch_number_end(match.group())
        if end is None and _PHONE_CUE.search(text, max(0, match.start() - 30), match.start()):
            # "tel 014-9893817": said to be a number, in a made-up or mistyped area code
            end = _dutch_number_end(match.group(), any_area=True)
        if end is None:
            # (try again inside it: "zijn 06 (06 – 2284 7710)" holds the number after a word)
            pos = match.start() + 1
            continue
        # "(06 1234 5678)", "(020) 123 4567": the bracket is the sentence's, not the number's
        raw = match.group()
        start = match.start() + (1 if raw.startswith("(") and ")" not in raw[:6] else 0)
        yield Candidate(start, match.start() + end, "phone")
        pos = match.start() + end  # "0612345678 / 06-87654321": the next number of a list
    for match in _PHONE_INTL.finditer(text):
        end = _foreign_number_end(match.group())
        if end is not None:
            yield Candidate(match.start(), match.start() + end, "phone")
    for match in _SPOKEN_MOBILE.finditer(text) if "zes" in text else ():
        yield Candidate(match.start(), match.end(), "phone")  # "nul zes, 22 83 51 90"


# the first two digits of the Dutch area codes (after the 0): a made-up number in one of them
# still reads as a phone ("047-6663305"), "0123456789" does not
_AREA_HEADS = words_of("""
    10 11 13 15 16 17 18 20 22 23 24 25 26 29 30 31 32 33 34 35 36 38 40 41 43 44 45 46 47 48
    49 50 51 52 53 54 55 56 57 58 59 70 71 72 73 74 75 76 77 78 79
    """)
# a mobile number as said aloud or dictated: "nul zes 22 89 45 10"
_SPOKEN_MOBILE = re.compile(r"(?i)\bnul[ \t-]*zes\b[ \t,:.-]*(?:\d[ \t.-]?){7}\d(?![\d-])")
# what says the number after it is someone's phone: "tel", "belde vanaf", "bereikbaar op"
_PHONE_CUE = re.compile(
    r"(?i)\b(?:tel|telefoon\w*|tel\.?nr|mobiel|mob|gsm|nummer|belt|belde|gebeld|bellen|"
    r"bereikbaar|app|appt|appte|whatsapp|sms|sms't|smste)\b[.:]?(?:[ \t]+[\w.]+){0,3}?[ \t:]*$"
)


def _dutch_number_end(raw: str, any_area: bool = False) -> int | None:
    """Where a valid nine-digit Dutch number written at the start of `raw` ends, if any (with
    `any_area`, also in an area code the numbering plan lacks)."""
    if raw.startswith("(0031"):  # "(0031 6 50 11 88 42)": the bracket is the sentence's
        end = _dutch_number_end(raw[1:], any_area)
        return None if end is None else end + 1
    i = 0
    if raw.startswith("+"):
        i = raw.index("31") + 2
    elif raw.startswith("0031"):
        i = 4
    else:
        i = raw.index("0") + 1
    if raw.startswith(("+", "00")):
        trunk = re.match(r"[ \u00a0]?(?:\(0\)|0)[ \u00a0-]?", raw[i:])
        if trunk:
            i += trunk.end()
    digits: list[str] = []
    run = 0
    for j in range(i, len(raw)):
        ch = raw[j]
        if ch.isdigit():
            digits.append(ch)
            run = 0
            if len(digits) == 9:
                if j + 1 < len(raw) and raw[j + 1].isdigit():
                    return None
                national = "".join(digits)
                if national.startswith(_SERVICE_PREFIXES):
                    return None
                # 06 mobiles and 085/088 lines: any digits (numbers made up for a note are
                # still someone's); area codes: as the numbering plan has them
                if not (
                    (any_area and national[:2] in _AREA_HEADS)
                    or national.startswith(("6", "85", "88"))
                    or _valid("+31" + national)
                ):
                    return None
                return j + 1
        else:
            run += 1
            if run > 3:  # " - ", " – " between groups
                return None
    return None


def _foreign_number_end(raw: str) -> int | None:
    positions = [j for j, ch in enumerate(raw) if ch.isdigit()]
    digits = "".join(raw[j] for j in positions)
    if raw.startswith("00"):
        positions, digits = positions[2:], digits[2:]
    for count in range(min(len(digits), 15), 6, -1):
        if _valid("+" + digits[:count]):
            return positions[count - 1] + 1
    # a number the plan does not (yet) list, but of a length the country uses: still someone's
    # ("+599 9 123 4567", "+44 7700 900123"); all its digits, when they are 8 or more
    if len(digits) >= 8 and _possible("+" + digits):
        return positions[-1] + 1
    return None


def _possible(number: str) -> bool:
    try:
        return bool(phonenumbers.is_possible_number(phonenumbers.parse(number, None)))
    except phonenumbers.NumberParseException:
        return False


def _valid(number: str) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, None)))
    except phonenumbers.NumberParseException:
        return False


def find_bsns(text: str) -> Iterator[Candidate]:
    """Nine digits (dots or spaces allowed) that pass the 11-proef."""
    for match in _BSN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) == 9 and stdnum_bsn.is_valid(digits):
            yield Candidate(match.start(), match.end(), "bsn")
    # "BSN 89693504": an old number of eight digits, its leading zero left off, after its label
    for match in _BSN_EIGHT.finditer(text) if "sn" in text.casefold() else ():
        if stdnum_bsn.is_valid("0" + match.group(1)):
            yield Candidate(match.start(1), match.end(1), "bsn")


def find_ibans(text: str) -> Iterator[Candidate]:
    """IBANs of any country, with or without spaces, whose check digits are right."""
    pos = 0
    while match := _IBAN.search(text, pos):
        # The pattern may run on into the next words (and a second IBAN written there), or
        # start on a word just before one ("op 12 NL91..."): go on right after the valid part,
        # or one character on when there is none.
        raw = match.group()
        positions = [j for j, ch in enumerate(raw) if ch.isalnum()]
        compact = "".join(raw[j] for j in positions).upper()
        pos = match.start() + 1
        passing = _mod97_lengths(compact)
        for count in range(len(compact), 14, -1):
            if count in passing and _iban_format(compact[:count]):
                pos = match.start() + positions[count - 1] + 1
                yield Candidate(match.start(), pos, "iban")
                break


# General addresses of an organisation (info@, klachten@) are no one's personal data.
_GENERAL_MAILBOXES = words_of("""
    info contact secretariaat klachten klacht klachtencommissie klachtenfunctionaris post
    office admin servicedesk helpdesk vragen noreply no-reply receptie algemeen mail team
    support privacy communicatie administratie planning aanmelden aanmelding inschrijving
    vertrouwenspersoon ombudsman hallo hello welkom
    """)


# IBANs outside SWIFT's registry (and so outside stdnum's), used by banks in countries many
# clients send money to or from: their length, and a BBAN of digits only
_IBAN_ELSEWHERE = {"MA": 28, "DZ": 26, "CV": 25, "AO": 25, "IR": 26}


def _iban_format(compact: str) -> bool:
    """The country's IBAN length and layout. Its national check digits are not asked: PRIVACY_RULES
    count an IBAN by mod-97, and a Belgian one typed with a wrong national check is still one."""
    length = _IBAN_ELSEWHERE.get(compact[:2])
    if length is not None:  # "MA64 0115 1900 0001 2050 0053 4921", a Moroccan bank's
        return len(compact) == length and compact[4:].isdigit()
    try:
        stdnum_iban.validate(compact, check_country=False)
    except ValueError:
        return False
    return True


def _mod97_lengths(compact: str) -> set[int]:
    """The lengths n (15 and up) for which `compact[:n]` passes the IBAN check-digit test: the
    number spelled by its letters and digits after the first four, then those four, is 1 modulo
    97. One pass over `compact` for all lengths (the pattern runs on into the next words, and
    every length down to 15 is tried)."""
    if not compact[2:4].isdigit():
        return set()
    try:
        head = [int(ch, 36) for ch in compact[:4]]
    except ValueError:
        return set()
    passing = set()
    rest = 0  # the remainder of compact[4:n]
    for n in range(4, len(compact)):
        try:
            value = int(compact[n], 36)
        except ValueError:
            break  # no longer length passes either
        rest = (rest * (100 if value >= 10 else 10) + value) % 97
        if n + 1 >= 15:
            remainder = rest
            for value in head:
                remainder = (remainder * (100 if value >= 10 else 10) + value) % 97
            if remainder == 1:
                passing.add(n + 1)
    return passing


# typed or copied wrong, still someone's: "r.hummel @ kpnmail.nl", "b.linden@@ziggo.nl",
# "dewi.s@gmail,com"
_EMAIL_MISTYPED = re.compile(
    r"(?<![\w.+-])[\w.%+-]+(?:[ \t]@[ \t]?|@[ \t]|@@)[\w-]+(?:\.[\w-]+)*[.,][A-Za-z]{2,}(?![\w-])"
    r"|(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*,(?:com|nl|net|org|be)\b"
)


_COMMA_DOMAIN = re.compile(r"@[\w.-]+,(?:com|nl|net|org|be)\b")


def find_emails(text: str) -> Iterator[Candidate]:
    """E-mail addresses of persons (not info@..., klachten@...)."""
    for match in _EMAIL.finditer(text) if "@" in text else ():
        if not general_mailbox(match.group()):
            yield Candidate(match.start(), match.end(), "email")
    mistyped = "@" in text and (
        " @" in text or "@ " in text or "@@" in text or _COMMA_DOMAIN.search(text) is not None
    )
    for match in _EMAIL_MISTYPED.finditer(text) if mistyped else ():
        plain = re.sub(r"[ \t]*@+[ \t]*", "@", match.group())
        if not general_mailbox(plain):
            yield Candidate(match.start(), match.end(), "email")
    low = text.casefold()
    for match in _EMAIL_WRITTEN_OUT.finditer(text) if "at" in low else ():
        # "fatima.b (at) hotmail.com": the "@" written out so no program picks it up
        if not general_mailbox(re.sub(r"\s*[\[({]?at[\])}]?\s*", "@", match.group(), count=1)):
            yield Candidate(match.start(), match.end(), "email")


def general_mailbox(address: str) -> bool:
    """Whether the e-mail `address` is an organisation's general or department mailbox
    (info@..., klachten@..., wijkteam@...), no one's own."""
    local, _, domain = address.casefold().partition("@")
    return local in _GENERAL_MAILBOXES or (
        not domain.startswith(_PRIVATE_DOMAINS) and _department_mailbox(local)
    )


# mail providers of private persons: an address there is someone's, whatever its words
_PRIVATE_DOMAINS = (
    "gmail.",
    "hotmail.",
    "outlook.",
    "live.",
    "msn.",
    "yahoo.",
    "icloud.",
    "me.com",
    "ziggo.",
    "kpnmail.",
    "kpnplanet.",
    "planet.",
    "home.nl",
    "xs4all.",
    "telfort.",
    "proton",
    "gmx.",
)


def _department_mailbox(local: str) -> bool:
    """Whether every part of an address's local part is an everyday word and none a name:
    "wijkteam@", "meldpunt.jeugd@", "klantcontact@" belong to a desk, not to a person
    ("bakker@", "fatima.bakker@" do)."""
    from vertrouwen.privacy import lexicon

    parts = [p for p in re.split(r"[._-]", local) if p]
    return bool(parts) and all(
        len(p) >= 4
        and (lexicon.is_dutch_word(p) or lexicon.is_english_word(p))
        and p not in lexicon.first_names()
        and p not in lexicon.surnames()
        for p in parts
    )


def find_postcodes(text: str) -> Iterator[Candidate]:
    """Dutch postcodes (1234 AB, 1234AB, 1234ab), and the town written right after one."""
    for match in _POSTCODE.finditer(text):
        if _POSTBUS_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # an organisation's Postbus address, its postcode and town included
        street = _STREET_RIGHT_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if street is not None and office_address(text, street.start(1)):
            continue  # "Gemeente Zaanstad, ..., Stationsplein 1, 1506 AA Zaandam": an office's
        yield Candidate(match.start(), match.end(), "postcode")
        town = _town_after_postcode(text, match.end())
        if town:
            yield town
    # "8281-AN Genemuiden", "postcode: 3523.CH": with a dash or a dot, only with a town after
    # it, after "postcode" or after a street's number
    for match in _POSTCODE_MARKED.finditer(text):
        if _POSTBUS_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue
        before = text[max(0, match.start() - 30) : match.start()].casefold()
        town = _town_after_postcode(text, match.end())
        if (
            "postcode" in before
            or "pc" in before.split()
            or _NUMBER_BEFORE.search(before)
            or town
            or _MOVE_BEFORE.search(before)
        ):
            yield Candidate(match.start(), match.end(), "postcode")
            if town:
                yield town
    # "1234 ab" typed in lowercase with a space: only after "postcode", an address's comma or
    # a street's number, or before a town (else "1234 en" in a sentence would be one)
    for match in _POSTCODE_LOWER.finditer(text):
        if _POSTBUS_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "postbus 5000, 3500 aa utrecht"
        before = text[max(0, match.start() - 30) : match.start()].casefold()
        town = _town_after_postcode(text, match.end())
        if (
            "postcode" in before
            or "pc" in before.split()
            or _MOVE_BEFORE.search(before)
            or before.rstrip().endswith((",", "("))
            or _NUMBER_BEFORE.search(before)
            or town
        ):
            yield Candidate(match.start(), match.end(), "postcode")
            if town:
                yield town


_STREET_RIGHT_BEFORE = re.compile(
    r"(?<![\w-])([A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}?[ \t]+\d{1,5}[\w-]{0,4}),?[ \t]*$"
)
# "1073 TK; Amsterdam", "1062 AB, Ede", "2273 JL / Voorburg", "2571CL; Den Haag"
_LISTED_TOWN_AFTER_POSTCODE = re.compile(
    r"[ \t]*[,;|/][ \t]*((?:['’]s-)?(?:Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)"
)
# (an addition holds a letter: "stationsweg 14 3hg 8131 bk", not "bel 06 1234 5678 na")
_NUMBER_BEFORE = re.compile(
    r"[a-z]{3,}\s+\d{1,5}[a-z]?(?:-[a-z\d]{1,3})?"
    r"(?:\s+(?!(?:en|of|in|op|te|om|na|is)\s)(?=\d*[a-z])\w{1,4})?,?\s+$"
)
_LOWER_TOWN_AFTER_POSTCODE = re.compile(r"[ \u00a0]{1,2}((?:'s-)?[a-zà-ÿ][a-zà-ÿ'’-]{2,})\b")


def _town_after_postcode(text: str, end: int) -> Candidate | None:
    """The town right after a postcode: capitalised, or typed in lowercase when it is a known
    place or no Dutch word ("9718 as groningen", "7523gk ensch")."""
    town = _TOWN_AFTER_POSTCODE.match(text, end)
    if town:
        return Candidate(town.start(1), town.end(1), "address")
    listed = _LISTED_TOWN_AFTER_POSTCODE.match(text, end)  # "1073 TK; Amsterdam", "1062 AB, Ede"
    if listed:
        from vertrouwen.privacy import lexicon

        if listed.group(1).casefold() in lexicon.places():
            return Candidate(listed.start(1), listed.end(1), "address")
    lower = _LOWER_TOWN_AFTER_POSTCODE.match(text, end)
    if lower:
        from vertrouwen.privacy import lexicon

        word = lower.group(1)
        if word in lexicon.places() or not (
            lexicon.is_dutch_word(word) or lexicon.is_english_word(word)
        ):
            return Candidate(lower.start(1), lower.end(1), "address")
    return None


_POSTBUS_BEFORE = re.compile(r"(?i)\b(?:postbus|antwoordnummer)\s+\d{1,6},?\s*$")
# where someone lives or moves, right before a postcode: "woont in 8424 fv", "verhuist naar"
_MOVE_BEFORE = re.compile(
    r"\b(?:woont|wonen|woonde|verhuist|verhuisd|verhuizen)[ \t]+(?:in|naar)[ \t]+$"
)
_POSTCODE_MARKED = re.compile(
    r"(?<![\w/.-])[1-9]\d{3}[.-](?:(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})(?![\w-])"
)
_POSTCODE_LOWER = re.compile(
    r"(?<![\w-])[1-9]\d{3} (?!en\b|of\b|de\b|in\b|op\b|te\b|om\b|is\b|na\b|nu\b|al\b|zo\b)"
    r"[a-z]{2}(?![\w-])"
)
# after an address label, what is written up to the comma: "Adres oma: Achter de Dom 7"
_LABELLED_ADDRESS = re.compile(
    r"(?i:\b"
    + led_by_first_letter(
        r"(?:adres|woonadres|postadres|verblijfadres)\b[^:\n]{0,30}:[ \t]*"
        # "woonadres Achterom 250a": the label and the street, no colon between
        r"|(?:woonadres|postadres|verblijfadres|verblijfsadres|nieuw[ \t]+adres)[ \t]+"
        r"(?=(?-i:[A-Z]))"
        # "niet naar het oude adres Pagedal 15": an address said to be someone's, old or new
        r"|(?:oude|nieuwe|huidige|vorige)[ \t]+(?:woon)?adres[ \t]+(?:is[ \t]+|was[ \t]+)?"
    )
    + r")"
    r"(?!(?i:postbus))([A-Za-zÀ-ÿ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?[ \t]+\d{1,5}"
    r"(?:[ \t]?(?!(?i:in|te|en|op)\b)[a-zA-Z]{1,2}\b|[-/][ \t]?\w{1,4})?)"
)
# "aan de Amstel 123a": a street without a suffix word after "aan de", with its number
_ALONG = re.compile(
    r"\baan[ \t]+(?:de[ \t]+|(?=['’]t[ \t]))"  # "aan 't Hofje 3": the article is the street's
    r"((?:['’]t[ \t]+)?[A-ZÀ-Ý][\w'’-]+[ \t]+(?:t\.o\.?[ \t]?)?\d{1,5}[a-zA-Z]{0,2})\b"
)
# where someone lives, a street without a suffix word: "woont op de Heuvel 5", "verhuist naar
# de Meent 45", "woont aan het Spui 22"; and a street typed in lowercase: "woont kerkstraat 12"
_STAY_WORD = re.compile(
    r"(?i)\b(?:woon\w*|wonen|verhuis\w*|verblijf\w*|adres\w*|logeer\w*|slaapt|sliep|"
    r"ingeschreven|huisbezoek|"
    # "bij oma op de Achterom 26": at a relative's
    r"bij[ \t]+(?:oma|opa|tante|oom|vader|moeder|zus|broer|vriend|vriendin|pleegouders))\b"
)
_BARE_STREET = re.compile(
    # "woont op Hendrik Mandeweg 12a, vader op Wolfsbergen 6": no article either
    r"\b(?:op|aan|naar)[ \t]+(?:(?:de|het|den)[ \t]+|(?=(?:De|Het|Den)[ \t])|(?=[A-ZÀ-Ý])"
    # "woont op van Heemstraweg 114": a street named after a person, its particles lowercase
    r"|(?=(?:van|ter|ten)[ \t]+(?:(?:der|den|de)[ \t]+)?[A-ZÀ-Ý]))"
    # "woont nog op De Zwaluw 23": a capital article is the street's own
    # "op Zwarte Water 14", "op Sint Servaasklooster 22": two words too
    r"((?:(?:De|Het|Den)[ \t]+|(?:van|ter|ten)[ \t]+(?:(?:der|den|de)[ \t]+)?)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?[ \t]+\d{1,5}"
    r"[a-zA-Z]{0,2})\b"
    r"(?![ \t]*(?:jaar|jr|maanden|maand|weken|week|dagen|dag|uur|keer)\b)"  # "op Texel 3 jaar"
)
# "woont Overtoom 412-III", "Adres: Spui 22": a street without a suffix right after the verb
_STREET_AFTER_STAY = re.compile(
    r"(?i:\b(?:woont|wonen|woonde|woonden|verblijft|verblijven|woonachtig)(?:[ \t]+(?:nu|nog|"
    r"sinds[ \t]+kort|tijdelijk|inmiddels))?)[ \t]+"
    rf"((?:(?:De|Het|Den)[ \t]+)?[A-ZÀ-Ý][\w'’-]+[ \t]+\d{{1,5}}{_ADDITION})"
    r"(?![ \t]*(?:jaar|maanden|maand|weken|week|dagen|dag|uur|keer)\b)"
)
_LOWER_STREET = re.compile(
    # "burg. de withstraat 12", "dr. lelylaan 3": a title and particles typed in lowercase too
    r"(?<![\w-])((?:(?:burg|dr|ds|pr|prof|mr|st|kon|past|gen)\.[ \t]*"
    r"(?:(?:van|de|der|den|het|'t|ter|ten|v\.|vd\.|v\.d\.)[ \t]*)*"
    # "lange nieuwstraat 45-II", "van speijkstraat 22": the street's first word too
    r"|(?:lange|korte|oude|nieuwe|hoge|lage|grote|kleine|van)[ \t]+)?"
    rf"[a-zà-ÿ][a-zà-ÿ'’-]{{2,}}?(?:straat|laan|weg|plein|gracht|kade|singel|dijk|"
    rf"dreef|steeg|hof|park|boulevard|plantsoen|markt|baan|pad|wal|dam|schans|ring|str\.?)"
    rf"[ \t]+\d{{1,5}}{_ADDITION})"
)
# "woont Achter de Kerk 2", "Tussen de Bruggen 7": a street named by a preposition
# "woont alleen op de kerkbuurt 12", "wonen op tussen de vaarten 210": the same in lowercase,
# with the article (or the preposition the street's name opens with)
_BARE_STREET_LOWER = re.compile(
    r"\b(?:op|aan|naar)[ \t]+(?:de|het|den)[ \t]+"
    r"([a-zà-ÿ][\w'’-]{3,}(?:[ \t]+[a-zà-ÿ][\w'’-]{3,})?[ \t]+\d{1,5}[a-zA-Z]{0,2})\b"
    r"|\b(?:op|aan)[ \t]+((?:achter|tussen|binnen|buiten|langs|over|onder|boven|naast)[ \t]+"
    r"(?:de|het|den|'t)[ \t]+[a-zà-ÿ][\w'’-]+[ \t]+\d{1,5}[a-zA-Z]{0,2})\b"
)
_PREP_STREET = re.compile(
    r"(?<![\w-])((?:Achter|Tussen|Binnen|Buiten|Langs|Over|Onder|Boven|Naast)[ \t]+"
    r"(?:de|het|den|'t)[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+\d{1,5}[a-zA-Z]{0,2})\b"
)
# ... capitalised inside a sentence, wherever it stands: "naar Achter de Hoven 27", "wonen Op de
# Kamp 5", "de woning Aan de Vaart 112"
# (it starts with its words, which the engine skips to; what stands before is checked after)
_PREP_STREET_INSIDE = re.compile(
    r"((?:Achter|Tussen|Binnen|Buiten|Langs|Over|Onder|Boven|Naast|Op|Aan|Bij|In)"
    r"[ \t]+(?:de|het|den|'t)[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+\d{1,5}[a-zA-Z]{0,2})\b"
)
_INSIDE_SENTENCE_BEFORE = re.compile(r"[a-zà-ÿ,] $")
_PROVINCES = words_of("""
    drenthe friesland fryslân overijssel gelderland flevoland zeeland limburg brabant
    noord-holland zuid-holland noord-brabant
    """)
# "Purmerend, Gortbroek 40", "in Drachten (Moleneind 44)", "Hoogeveen, Vlinderlaan 8": a street
# of any name right after a known town
# (found from its separator on, the town before it looked up after)
_STREET_AFTER_TOWN = re.compile(
    r"(?:,[ \t]*|[ \t]*\([ \t]*)"
    rf"([A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?[ \t]+\d{{1,5}}{_ADDITION})"
)
_WORD_BEFORE_NUMBER = re.compile(r"(\S+)[ \t]+\d")
_TOWN_BEFORE = re.compile(r"((?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)$")
# a lowercase street's tell-tale: its street word and a number ("oosterweg 40a")
_LOWER_STREET_HINT = re.compile(
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|hof|park|markt|baan|pad|wal|"
    r"dam|schans|ring|str\.?)[ \t]+\d"
)
_LOWER_TOWN_BARE = re.compile(r",?[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{1,})\b")
_POSTCODE_ANY_CASE = re.compile(r"(?<![\w-])[1-9]\d{3}[ \t]?[A-Za-z]{2}(?![\w-])")
_LOWER_TOWN_AFTER_NUMBER = re.compile(r"[ \t]+(?:in|te)[ \t]+([a-zà-ÿ][a-zà-ÿ'’-]{1,})\b")
_NUMBERED_ITEMS = words_of("""
    groep klas bijlage hoofdstuk artikel punt fase stap versie pagina week dag kamer lokaal
    niveau leerjaar jaar stand agenda deel lid nummer
    """)


# a sentence: an abbreviation's dot before a lowercase word ("burg. de withstraat") ends none
_SENTENCE_LOWER_DOTS = re.compile(r"(?:[^.!?\n]|\.(?=[ \t]*[a-zà-ÿ]))+")


# "Oosterdok ligplaats 17", "Zuiderpark standplaats 4": a houseboat's or a caravan's place
_BERTH = re.compile(
    r"(?<![\w-])([A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?[ \t]+(?:ligplaats|standplaats|"
    r"kavel|woonboot)[ \t]+\d{1,4}[a-zA-Z]?)\b"
)
_PARK_PLOT = re.compile(
    r"(?i:\b(?:camping|recreatieoord|recreatiepark|vakantiepark|chaletpark|bungalowpark|"
    r"woonwagenlocatie|woonwagenkamp|woonwagencentrum|woonwagenstandplaats|containerdorp))"
    r"[ \t]+(?:(?:De|Het|['’]t)[ \t]+)?[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2},?[ \t]+"
    r"(?:(?i:kavel|standplaats|ligplaats|plaats|chalet|unit|nr\.?|nummer)[ \t]*)?\d{1,4}[a-zA-Z]?\b"
)
# "Kavel 44 op camping De Bosrand", "in chalet 112 op het park", "standplaats 6": the plot
# alone, in a note about a park (where its number is someone's home)
_PLOT_ALONE = re.compile(
    r"(?i)\b(?:kavel|standplaats|chalet|stacaravan|ligplaats)[ \t]*(?:nr\.?|nummer)?[ \t]*"
    r"\d{1,4}[a-z]?\b"
)
# "flat Kikkenstein 2104": a block of flats by its name, and the number in it
_FLAT = re.compile(
    r"\b(?i:flat|flatgebouw)[ \t]+((?:(?:De|Het)[ \t]+)?[A-ZÀ-Ý][\w'’-]+[ \t]+\d{1,5}[a-zA-Z]?)\b"
)
# "woont op de hoek Kerkstraat / Molenstraat": a corner of two streets
_CORNER = re.compile(
    rf"\bhoek[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?([A-ZÀ-Ý][\w'’-]*?{_STREET_SUFFIX}"
    rf"[ \t]*(?:/|en|&)[ \t]*(?:de[ \t]+)?[A-ZÀ-Ý][\w'’-]*?{_STREET_SUFFIX})(?![\w-])"
)


def find_addresses_where_someone_lives(text: str) -> Iterator[Candidate]:
    """A street without a suffix word or typed in lowercase, in a sentence that says someone
    lives there ("woont op de Heuvel 5", "moeder woont nu kerkstraat 12 in ede")."""
    from vertrouwen.privacy import lexicon

    for match in _PREP_STREET_INSIDE.finditer(text):
        if _INSIDE_SENTENCE_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            yield Candidate(match.start(1), match.end(1), "address")
    for street in _STREET_AFTER_TOWN.finditer(text):
        before = _TOWN_BEFORE.search(text, max(0, street.start() - 40), street.start())
        if before is None:
            continue
        town = before.group(1).casefold()
        # the word before the number ("Gelderse Hout 12": not a numbered "Gelderse ...")
        number = _WORD_BEFORE_NUMBER.search(street.group(1))
        word = number.group(1) if number else street.group(1)
        if (
            town in lexicon.places()
            and town not in _PROVINCES
            and word.casefold() not in ("postbus", "antwoordnummer")
            and not numbered_thing(word)
            and not office_address(text, street.start(1))
        ):
            yield Candidate(street.start(1), street.end(1), "address")
            yield Candidate(before.start(1), before.end(1), "other")
    hint = _LOWER_STREET_HINT.search(text) is not None
    for match in _LOWER_STREET.finditer(text) if hint else ():
        # "vader jan steenlaan 8 zeist", "9723ze groningen, oosterweg 40a": a street in
        # lowercase before a known town or in a line with a postcode, wherever it stands
        town = _LOWER_TOWN_BARE.match(text, match.end(1))
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        # (a town that is a word too, "best", "born", stays a word)
        word = town.group(1) if town else ""
        known = word in lexicon.places() and not lexicon.is_listed_word(word)
        if known or _POSTCODE_ANY_CASE.search(line):
            yield Candidate(match.start(1), match.end(1), "address")
            if town and known:
                yield Candidate(town.start(1), town.end(1), "address")
    # "camping De Vossenburcht, kavel 38", "woonwagenlocatie Klinkenberg, standplaats 6": a plot
    # on a park is where someone lives, said so or not
    low = text.casefold()
    parks = any(
        word in low
        for word in ("camping", "recreati", "park", "woonwagen", "container", "chalet", "caravan")
    )
    for match in _PARK_PLOT.finditer(text) if parks else ():
        yield Candidate(match.start(), match.end(), "address")
    for match in _PLOT_ALONE.finditer(text) if parks else ():
        yield Candidate(match.start(), match.end(), "address")
    for match in _FLAT.finditer(text) if "flat" in low else ():
        yield Candidate(match.start(1), match.end(1), "address")
    for sentence in _SENTENCE_LOWER_DOTS.finditer(text):
        if not _STAY_WORD.search(sentence.group()):
            continue
        for regex in (
            _BARE_STREET,
            _LOWER_STREET,
            _PREP_STREET,
            _STREET_AFTER_STAY,
            _BERTH,
            _CORNER,
            _BARE_STREET_LOWER,
        ):
            for match in regex.finditer(text, sentence.start(), sentence.end()):
                group = 2 if match.group(1) is None else 1
                if _UNIT_AFTER.match(text, match.end(group)):
                    continue  # "woont op de boerderij 2 jaar"
                words = match.group(group).split()
                # "woont op kamer 12", "op dinsdag 12" (the word before the number: "op Sint
                # Servaasklooster 22" is a street)
                if numbered_thing(words[0]) and (len(words) < 3 or numbered_thing(words[-2])):
                    continue
                yield Candidate(match.start(group), match.end(group), "address")
                town = _LOWER_TOWN_AFTER_NUMBER.match(text, match.end(group))
                if town and regex in (_LOWER_STREET, _BARE_STREET_LOWER):
                    from vertrouwen.privacy import lexicon

                    if town.group(1) in lexicon.places():
                        yield Candidate(town.start(1), town.end(1), "address")


# a street without a suffix word, known by the postcode right after it: "Hakfort 618 1102 LB",
# "Slinge 1277 3085 ER"
_STREET_BEFORE_POSTCODE = re.compile(
    # "Lange Delft 12, 4331 AK", "Zes Wielen 17, 5507 HR": a street of two words
    r"(?<![\w-])(?=[A-ZÀ-Ý])((?:(?:St\.|[A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+)?"
    # "Plein 1944 12", "Ravelijn 88 I": a year in the street's name, a Roman floor
    r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:19|20)\d\d)?[ \t]+(?:nr\.?[ \t]?)?\d{1,5}[a-zA-Z]{0,2}"
    r"(?:[-/]\w{1,4}|[ \t]+I{1,3})?)"
    r",?[ \t]+[1-9]\d{3}[ \t]?[A-Z]{2}\b"
)
# ... and typed in lowercase: "vlasakker 102, 3824 vk amersfoort", "lorentzkade 15 b 2313 gb"
_LOWER_STREET_BEFORE_POSTCODE = re.compile(
    r"(?<![\w'’.-])([a-zà-ÿ][\w'’-]{3,}[ \t]+\d{1,5}(?:[a-z]|[ \t][a-z](?=[ \t,])|[-/]\w{1,4})?)"
    r",?[ \t]+[1-9]\d{3}[ \t]?[a-zA-Z]{2}(?![\w-])"
)
# an organisation's office: "Bezoekadres van Samen Veilig is Ravellaan 1", "kantoor: ..."
_OFFICE_BEFORE = re.compile(
    r"(?i)\b(?:bezoekadres|vestigingsadres|kantooradres|correspondentieadres|kantoor|"
    r"hoofdkantoor|vestiging|locatie)\b[^.;\n]*$"
)


# a street whatever its name, its number and the known town after it: "Bovenkruier 17 in
# Schagen", "Oude Rijn 54 (Leiden)", "Laanzicht 14, Ede", "Plein 1944 12, Nijmegen"
_STREET_BEFORE_TOWN = re.compile(
    r"(?<![\w-])(?=[A-ZÀ-Ý])"
    r"((?:(?:Hoge|Lange|Oude|Nieuwe|Kleine|Grote|Korte|Lage|Sint|St\.)[ \t]+)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:19|20)\d\d)?[ \t]+(?:nr\.?[ \t]?)?\d{1,5}"
    rf"{_ADDITION})"
    r"(?:,?[ \t]+(?:in|te)[ \t]+|,[ \t]*(?:beide[ \t]+in[ \t]+)?|[ \t]*\([ \t]*)"
    r"((?:['’]s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+"
    # "Achterom 3, Wijk aan Zee", "Dorpsstraat 1, Ouderkerk aan den IJssel"
    r"(?:[ \t]+(?:aan|bij|op|in|aan[ \t]+de|aan[ \t]+den)[ \t]+[A-ZÀ-Ý][\w'’-]+)?)"
)
# what stands before a number and a town without being a street
_NOT_STREETS = words_of("""
    zaal bus lijn tram route spoor perron hal bed unit locatie ruimte gebouw vleugel blok
    afdeling team regio wijk district sector kantoor vestiging zitting rolzitting
    """)


# a relative's street abroad, written as there: "Rue de la Station 5", "ul. Długa 23/5",
# "Atatürk Caddesi No: 45", "42 Milton Road"
_FOREIGN_STREET = re.compile(
    r"(?<![\w-])((?:Rue|Avenue|Boulevard|Chaussée|Place|Route|Chemin|Via|Viale|Calle|Avenida|"
    r"Rua|ul\.|ulica|Aleja|al\.|Plac|Rruga)[ \t]+"
    r"(?:(?:de|du|des|la|le|l['’]|del|della|da|do|dos|das|van)[ \t]*)*"
    r"[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,3}[ \t]+\d{1,5}[a-zA-Z]?(?:/\d{1,4})?"
    r"|[A-ZÀ-Ýİ][\w'’-]+(?:[ \t]+[A-ZÀ-Ýİ][\w'’-]+)?[ \t]+(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.)"
    # "Atatürk Cad. No: 27 D: 4": the flat (daire) after the number
    r"[ \t]+(?:No[:.]?[ \t]*)?\d{1,4}(?:/\d{1,3})?(?:[ \t]+D[:.][ \t]*\d{1,3})?"
    r"|\d{1,4}[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:Road|Street|Lane|Avenue|"
    r"Close|Drive|Way|Gardens|Crescent|Place|Court|Terrace|Grove|Square))\b"
)
# the postcode of an address abroad: "CB4 1XH" (British, distinctive on its own); and after a
# person's street, a Belgian, German or Polish one before the town: "2018 Antwerpen",
# "52525 Heinsberg", "80-831 Gdańsk"
_UK_POSTCODE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w-])")
_POSTCODE_ABROAD_AFTER = re.compile(
    r",?[ \t]+((?:[A-Z]{1,2}-)?\d{4,5}|\d{2}-\d{3})[ \t]+(?=[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’-]+)"
)


# More streets abroad, tried only where their tell-tale word stands (see `_ABROAD_TELLS`):
_FOREIGN_STREET_MORE = re.compile(
    # "Gocher Str. 31", "Venloer Straße 402": a German street named after a town
    r"(?<![\w-])[A-ZÀ-Ý][\w'’-]+er[ \t]+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring)[ \t]+"
    r"\d{1,5}[a-zA-Z]?"
    # "Str. Mihai Viteazu nr. 22, bl. A3, ap. 14" (Romanian), "Bd Zerktouni 154" (Moroccan),
    # "ul. „Vasil Levski“ 56" (Bulgarian), "вул. Шевченка 21, кв. 9" (Ukrainian)
    r"|(?<![\w-])(?:Str\.|Strada|Bd\.?|Bld\.?|Bulevardul|Calea|Aleea|вул\.|ул\.|ul\.)[ \t]+"
    r"[„\"“]?[A-ZÀ-ÝŁŚŻŹĆŃА-ЯІЇЄ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÝА-ЯІЇЄ][\w'’.-]*){0,3}[“”\"]?,?[ \t]+"
    r"(?:nr\.?[ \t]*|n°[ \t]*|No\.?[ \t]*)?\d{1,5}[a-zA-Z]?(?:/\d{1,4})?"
    r"(?:,?[ \t]+(?:m\.|bl\.|sc\.|et\.|ap\.|кв\.)[ \t]*\w{1,4})*"
    # "37 rue de la République", "12 bis avenue Foch": French, the number first
    r"|(?<![\w-])\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|bd|place|chemin|"
    r"impasse|allée|quai)[ \t]+(?:(?:de|du|des|la|le|l['’])[ \t]*)*[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t]+(?:(?:de|du|des|la|le|l['’])[ \t]*)*[A-ZÀ-Ý][\w'’-]*){0,3}"
    # "Bahçelievler Mah. 1453. Sok. No: 8/2", "Karşıyaka 1715 Sk. No:5": a numbered street
    r"|(?<![\w-])(?:[A-ZÀ-Ýİ][\w'’-]+[ \t]+(?:Mah\.|Mahallesi)[ \t]+)?\d{1,5}\.?[ \t]+"
    r"(?:Sok\.|Sk\.|Sokak|Cad\.)[ \t]+No[:.]?[ \t]*\d{1,4}(?:/\d{1,3})?"
)
_ABROAD_TELLS = (
    "er Str",
    "Str.",
    "Strada",
    "Bd",
    "Bld",
    "Bulevardul",
    "Calea",
    "Aleea",
    "вул.",
    "ул.",
    "ul.",
    "rue ",
    "avenue ",
    "boulevard ",
    "place ",
    "chemin ",
    "impasse ",
    "allée ",
    "quai ",
    "Sok",
    "Sk.",
    "Cad.",
)


def find_addresses_abroad(text: str) -> Iterator[Candidate]:
    for match in _FOREIGN_STREET.finditer(text):
        yield Candidate(match.start(1), match.end(1), "address")
    for match in (
        _FOREIGN_STREET_MORE.finditer(text) if any(t in text for t in _ABROAD_TELLS) else ()
    ):
        yield Candidate(match.start(), match.end(), "address")
    for match in _UK_POSTCODE.finditer(text):
        yield Candidate(match.start(), match.end(), "postcode")


# a postcode abroad written as there, before its town wherever it stands: "D-52062 Aachen",
# "B-3500 Hasselt" (with the country's letter), "31-155 Kraków" (Polish), "1250-146 Lisboa"
_POSTCODE_ABROAD_FORM = re.compile(
    r"(?<![\w/.,-])((?:[A-Z]{1,2}-\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3}))[ \t]+"
    r"(?=[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’-]+)"
)


def postcodes_abroad(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A 4- or 5-digit postcode right after a person's street, and its town (as the town after
    a Dutch postcode, kind "address"); a postcode written in its country's form anywhere."""
    from vertrouwen.privacy import lexicon

    found: list[Candidate] = []
    for form in _POSTCODE_ABROAD_FORM.finditer(text):
        town = _TOWN_WORD.match(text, form.end())
        if town is None:
            continue
        word = town.group()
        low = word.casefold()
        if low in CALENDAR_WORDS or (
            low not in lexicon.places() and word.isascii() and lexicon.is_dutch_word(word)
        ):
            continue  # "12-155 Januari", "10-123 Groep"
        found.append(Candidate(form.start(1), form.end(1), "postcode"))
        found.append(Candidate(town.start(), town.end(), "address"))
    for cand in candidates:
        if cand.kind != "address":
            continue
        m = _POSTCODE_ABROAD_AFTER.match(text, cand.end)
        if m is None:
            continue
        town = _TOWN_WORD.match(text, m.end())
        if town is None or town.group().casefold() in CALENDAR_WORDS:
            continue
        found.append(Candidate(m.start(1), m.end(1), "postcode"))
        found.append(Candidate(town.start(), town.end(), "address"))
    return found


_TOWN_WORD = re.compile(r"[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’-]+")


def numbered_thing(word: str) -> bool:
    """Whether `word` before a number is something numbered, not a street: "groep 8", "zaal
    3", "mei 12", "Wmo 2015", "Ajax 2"."""
    from vertrouwen.privacy import lexicon
    from vertrouwen.privacy.allowlist import CALENDAR_WORDS, LAW_WORDS, ROLE_WORDS

    low = word.casefold()
    return (
        low in _NUMBERED_ITEMS
        or low in _NOT_STREETS
        or low in CALENDAR_WORDS
        or low in LAW_WORDS
        or low in ROLE_WORDS
        or low in DOMAIN_WORDS
        or low in lexicon.not_persons()
    )


# "Lange Voorhout 9", "Grote Beer 6": a street of two words that opens with its kind of street
_LEAD_WORD_STREET = re.compile(
    r"(?<![\w-])((?:Lange|Korte|Oude|Nieuwe|Hoge|Lage|Kleine|Grote)[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+"
    rf"[1-9]\d{{0,3}}{_ADDITION})(?![.,:]\d)"
)


def find_streets_before_town(text: str) -> Iterator[Candidate]:
    """A street whatever its name, with its number, right before a known town; a street of two
    words that opens with its kind ("Lange Voorhout 9") wherever it stands."""
    from vertrouwen.privacy import lexicon

    for lead in _LEAD_WORD_STREET.finditer(text):
        if not _UNIT_AFTER.match(text, lead.end()) and not office_address(text, lead.start()):
            yield Candidate(lead.start(1), lead.end(1), "address")

    for match in _STREET_BEFORE_TOWN.finditer(text):
        town = match.group(2).casefold()
        if town not in lexicon.places() and town.split()[0] not in lexicon.places():
            continue
        word = match.group(1).split()[0]
        low = word.casefold()
        if (
            numbered_thing(word)
            or low in lexicon.first_names()
            # "Team 3": an English word, not a Dutch street
            or (lexicon.is_english_word(word) and not lexicon.is_dutch_word(word))
        ):
            continue
        yield Candidate(match.start(1), match.end(1), "address")


def find_streets_before_postcode(text: str) -> Iterator[Candidate]:
    """A street whatever its name, with its number, right before a postcode."""
    for regex in (_STREET_BEFORE_POSTCODE, _LOWER_STREET_BEFORE_POSTCODE):
        for match in regex.finditer(text):
            word = match.group(1).split()[0].casefold()
            if word in ("postbus", "antwoordnummer") or numbered_thing(word):
                continue
            yield Candidate(match.start(1), match.end(1), "address")


_STAY_WORD_LIVING = re.compile(r"(?i)\b(?:woon\w*|wonen|verblijf\w*|verblijven|logeer\w*)\b")
_BODY_AFTER = re.compile(
    r"[^.;\n]{0,40}?(?:,?[ \t]+(?:in|bij)[ \t]+het[ \t]+(?:gemeentehuis|stadhuis|raadhuis|"
    r"stadskantoor|gerechtsgebouw|wijkcentrum|buurthuis|buurtcentrum|kantoor)\b"
    # "Ravellaan 1 in Utrecht is het kantoor waar de zitting werd gehouden"
    r"|[ \t]+(?:is|was)[ \t]+(?:het|de)[ \t]+(?:kantoor|hoofdkantoor|locatie|vestiging|"
    r"zittingslocatie|gebouw)\b)"
)


def office_address(text: str, start: int) -> bool:
    """Whether the address at `start` is said to be an office by the words right around it
    ("Bezoekadres ...", "... is het kantoor"); whose an address is by its whole sentence is
    `allowlist.organisation_owns`."""
    line_start = text.rfind("\n", 0, start) + 1
    office = _OFFICE_BEFORE.search(text, max(line_start, start - 80), start)
    if office is not None:
        # "verblijft in de AZC-locatie, Klompmakersweg 4": a person stays there
        sentence = max(line_start, text.rfind(". ", 0, office.start()) + 1)
        return not _STAY_WORD_LIVING.search(text, sentence, start)
    return _BODY_AFTER.match(text, start) is not None  # "Stadsplein 1, in het gemeentehuis"


def find_labelled_addresses(text: str) -> Iterator[Candidate]:
    """Addresses written after an "Adres:" label or "aan de", whatever the street's name."""
    for regex in (_LABELLED_ADDRESS, _ALONG):
        for match in regex.finditer(text):
            yield Candidate(match.start(1), match.end(1), "address")


# roles that are offices of a town or region as much as persons
BODY_ROLES = words_of("ombudsman kinderombudsman")


def find_names_after_roles(text: str) -> Iterator[Candidate]:
    """A capitalised word right after a role word or title is a name ("Oma Wilhelmina")."""
    from vertrouwen.privacy import lexicon

    for role in role_words(text):
        match = _NAME_AFTER_ROLE.match(text, role.end())
        if match is None:
            continue
        words = [w.casefold() for w in match.group(1).split()]
        if words[-1] in DOMAIN_WORDS or words[-1] in _NOT_A_NAME or words[0] in DOMAIN_WORDS:
            continue
        if role.group().casefold() in BODY_ROLES and " ".join(words) in lexicon.places():
            continue  # "de gemeentelijke ombudsman Amsterdam": the town's office
        yield Candidate(match.start(1), match.end(1), "name")


def find_residence(text: str) -> Iterator[Candidate]:
    """The place after "woont in", "verhuisd naar", "woonachtig te" ("woont in Leiden").

    Also towns that are everyday words ("Leiden", "Best"), which no lexicon check would allow.
    """
    from vertrouwen.privacy import lexicon

    for match in _RESIDENCE.finditer(text):
        if match.group(1).casefold() in _WHOLE_COUNTRY:
            continue
        quarter = _QUARTER_IN_BRACKETS.match(text, match.end(1))
        if quarter is not None:  # "verhuisd naar Leeuwarden (Bilgaard)": the quarter too
            yield Candidate(quarter.start(1), quarter.end(1), "other")
        number = _HOUSE_AFTER_PLACE.match(text, match.end(1))
        if (
            number is not None
            and not _UNIT_AFTER.match(text, number.end())
            and match.group(1).casefold() not in lexicon.places()
        ):
            # "woont in De Gaarde 14": a street or a block, no town, with its house number
            yield Candidate(match.start(1), number.end(), "address")
            continue
        yield Candidate(match.start(1), match.end(1), "other")


_QUARTER_IN_BRACKETS = re.compile(
    r"[ \t]*\(([A-ZÀ-Ý][a-zà-ÿ'’-]{3,}(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)\)"
)
_HOUSE_AFTER_PLACE = re.compile(rf"[ \t]+\d{{1,5}}{_ADDITION}(?![\w.,:/-]*\d)")


def find_social(text: str) -> Iterator[Candidate]:
    """Links to a personal social-media page (kind "other")."""
    for match in _SOCIAL.finditer(text) if ".com/" in text.lower() else ():
        yield Candidate(match.start(), match.end(), "other")


_LEAD_PREPOSITIONS = words_of("aan op in de het bij naar van")


# A street typed in lowercase, found from its street word and number: "kerkstr 12", "molenwg
# 17a", "gaasperdammerweg 22-b", "jan v galenstr 233 3hg" (the engine skips fast to the tails)
_LOWER_STREET_TAIL = re.compile(
    r"(?:straat|str\.?|laan|ln\.?|weg|wg\.?|plein|pln\.?|gracht|gr\.|kade|singel|dijk|dreef|"
    r"steeg|markt|plantsoen|hof|pad|park|buorren|dyk|loane|leane|strjitte|wei)[ \t]+\d{1,5}"
    r"(?![\d.,:/]\d)"
)
_LOWER_STREET_ABBREVIATED = ("str", "ln", "wg", "pln", "gr")
_FRISIAN_STREET_WORDS = ("strjitte", "buorren", "dyk", "loane", "leane", "wei")
# someone is on the street: "woont op", "zit nu op", "verhuisd naar", "slaapt aan de"
_LIVES_ON_BEFORE = re.compile(
    r"(?i)\b(?:woont|wonen|woonde|verblijft|verblijven|zit|zitten|slaapt|logeert|verhuisd|"
    r"verhuist|ingeschreven|adres)\b[^\n.;:!?]{0,16}?[ \t](?:op|aan|naar)(?:[ \t]+de)?[ \t]+"
    # (then the street's first words: "2e", "van", "dr.", "kon.", "jan")
    r"(?=(?:(?:\d{1,2}e|[a-zà-ÿ]{1,12}\.?)[ \t]+){0,3}$)"
)
# the words a lowercase street's name may start with: "jan v galenstr", "burg de vlugtln",
# "hof van delftln", "oude kijk in t jatstr", "2e oosterparkstr", "pr irenestr"
_LOWER_STREET_LEAD = re.compile(
    r"(?:(?P<word>\d{1,2}e|dr\.?|mr\.?|pr\.?|prof\.?|burg\.?|st\.?|[a-z]{2,})[ \t]+"
    r"(?:van|v|vd|v\.d\.|de|der|den|in[ \t]+t|in[ \t]+'t)(?:[ \t]+(?:de|der|den))?[ \t]+"
    r"|(?:\d{1,2}e|dr\.|pr|burg\.?|prof\.?)[ \t]+)$"
)
# what a number after "onderweg", "snelweg" counts: no house
_LOWER_UNIT_AFTER = re.compile(
    r"[ \t]*(?:uur|u\b|min|minuten|km|kilometer|keer|x\b|dagen|weken|maanden|jaar|jr\b|euro|%)"
)
_POSTCODE_NEAR = re.compile(r"[ \t,]*[1-9]\d{3}[ \t]?[a-zA-Z]{2}\b")


def find_lowercase_streets(text: str) -> Iterator[Candidate]:
    """A street typed in lowercase with its number and addition, in a hurry."""
    from vertrouwen.privacy import lexicon

    for match in _LOWER_STREET_TAIL.finditer(text):
        start = match.start()
        while start > 0 and (text[start - 1].isalpha() and text[start - 1].islower()):
            start -= 1
        word = text[start : match.start()] + match.group().split()[0]
        head = text[start : match.start()]
        tail = word[len(head) :].rstrip(".")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            continue  # part of a longer or capitalised word (found as such, or no street)
        if len(head) < 3 or _LOWER_UNIT_AFTER.match(text, match.end()):
            continue
        end = match.end()
        addition = _ADDITION_RE.match(text, end)
        if addition is not None:
            end = addition.end()
        # "moeder zit op oosterparkstraat 88", "woont aan de hoofdweg 3a", "zit nu op van
        # ostadestraat 245": where someone is, whatever the street's name and its words
        lives = _LIVES_ON_BEFORE.search(text, max(0, start - 60), start)
        if lives is not None:
            yield Candidate(lives.end(), end, "address")
            continue
        if (
            tail not in _LOWER_STREET_ABBREVIATED
            and tail not in _FRISIAN_STREET_WORDS  # ("tsjerkestrjitte 4": no Dutch word's)
            and not _POSTCODE_NEAR.match(text, end)
        ):
            heads = (head, head[:-1]) if head.endswith("s") else (head,)
            if lexicon.is_listed_word(word) or not any(
                lexicon.is_listed_word(h) or h in lexicon.first_names() or h in lexicon.surnames()
                for h in heads
            ):
                continue  # "onderweg 2", "snelweg 3": a word of its own; else no name of one
        lead = _LOWER_STREET_LEAD.search(text, max(0, start - 30), start)
        if lead is not None and (
            lead.group("word") is None or lead.group("word") not in lexicon.common_words()
        ):
            start = lead.start()
        yield Candidate(start, end, "address")


_UNIT_AFTER = re.compile(
    r"[ \t]+(?:weken|week|dagen|maanden|maand|jaar|jaren|jr|uur|uren|minuten|keer|procent)\b"
)
# no house number starts with a nought: "Stijn Veldkamp 04/11/'09" is a name and a date
_NOUGHT_NUMBER = re.compile(r"[ \t]0\d")


def find_streets(text: str) -> Iterator[Candidate]:
    """Street name + house number + optional addition ("Dorpsweg 3-2", "Van Goghlaan 145 bis")."""
    regexes = [_STREET]
    if "-" in text:
        regexes.append(_GERMAN_STREET)
    if any(word in text for word in _APART_WORDS):
        regexes.append(_STREET_WORD_APART)
    if any(word in text for word in _SHOUTED_TAILS):
        regexes.append(_STREET_SHOUTED)
    for match in (m for regex in regexes for m in regex.finditer(text)):
        if "\n" in match.group():
            # a street's words never cross a line: "... Nationale Ombudsman.\nStijn ..."
            again = match.re.match(text, match.start() + match.group().rindex("\n") + 1)
            if again is None or again.end() != match.end():
                continue
            match = again
        if _UNIT_AFTER.match(text, match.end()) or _NOUGHT_NUMBER.search(match.group()):
            continue  # "Levering 4 weken later": a quantity, not a house number
        start = match.start()
        for word in re.finditer(r"\S+", match.group()):
            low = word.group().casefold().rstrip(":")
            # "Woont aan de Prinsengracht 263": the verb and its preposition are no street's
            if low not in _STREET_LEAD_TRIM and not (
                word.group().islower() and low in _LEAD_PREPOSITIONS
            ):
                start = match.start() + word.start()
                break
        yield Candidate(start, match.end(), "address")


def extend_address(text: str, cand: Candidate) -> Candidate:
    """Widen an address ending in a house number by its addition ("12" -> "12-2", "12 bis")."""
    if cand.kind != "address" or not text[cand.start : cand.end][-1:].isalnum():
        return cand
    tail = _ADDITION_RE.match(text, cand.end, cand.end + 24)
    if tail and tail.end() > cand.end and text[cand.end - 1].isdigit():
        return Candidate(cand.start, tail.end(), cand.kind)
    return cand


def find_dates(text: str) -> Iterator[Candidate]:
    """Birth dates and personal events (`_find_dates`); then, in a line that holds a birth
    date, every other full date five years old or more: the same birth date corrected or
    translated, or a brother's or sister's ("geboortedatum volgens rapport: 4 juli 2019.
    Vader zegt dat het 7 april 2019 is", "in de BRP 03-05-2009", "moeder zegt 14.2.13").
    A meeting, letter or hearing is recent; an old event in a life is personal anyway.

    Quote marks count as spaces here (the spans stay the same): a note quotes what a client or
    a document said ("Elijah zegt dat hij 'van 2-2-2012' is", "bij Wessel '2014-09-08'")."""
    text = _dequoted(text)
    full = _full_dates(text)
    found = [_with_part_of_month(text, c) for c in _find_dates(text, full)]
    yield from found
    lines = {text.rfind("\n", 0, c.start) for c in found if c.kind == "birthdate"}
    if not lines:
        return
    # (and a month with its year: "geboren in januari 2008, maar hij zegt zelf maart 2009")
    months = [
        m.span()
        for line in lines
        for m in _MONTH_YEAR_BARE.finditer(text, line + 1, _line_end(text, line + 1))
    ]
    for start, end in sorted(full + months):
        if (
            text.rfind("\n", 0, start) in lines
            and not any(c.start < end and start < c.end for c in found)
            and _old_date(text, start, end, years=5)
        ):
            found.append(Candidate(start, end, "birthdate"))
            yield found[-1]


_QUOTE_CHAR = re.compile(r"[\"“”„«»'‘’]")
_TWO_DIGITS = re.compile(r"\d\d\b")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _dequoted(text: str) -> str:
    """`text` with its quote marks as spaces, not its apostrophes ("'09" a year, "Bo's",
    "d'Souza"); the same length, so every span stays where it is."""

    def space(match: re.Match[str]) -> str:
        mark, at = match.group(), match.start()
        if mark in '"“”„«»':
            return " "
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        opening = not _word_char(before) and _word_char(after)
        if opening and not _TWO_DIGITS.match(text, at + 1):
            return " "
        closing = (_word_char(before) or before in ".!?") and not _word_char(after)
        return " " if closing and mark in "'’" else mark

    return _QUOTE_CHAR.sub(space, text)


_PART_OF_MONTH_BEFORE = re.compile(r"(?i)\b(?:eind|begin|half|medio|midden|rond)[ \t]+$")


def _with_part_of_month(text: str, cand: Candidate) -> Candidate:
    """A month's birth date with the part of the month before it: "eind augustus 2011"."""
    if cand.kind != "birthdate" or not text[cand.start : cand.start + 1].isalpha():
        return cand
    part = _PART_OF_MONTH_BEFORE.search(text, max(0, cand.start - 8), cand.start)
    return Candidate(part.start(), cand.end, cand.kind) if part else cand


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _full_dates(text: str) -> list[tuple[int, int]]:
    """The spans of every full date in `text` (day, month and year), in order."""
    low = text.casefold()
    regexes = [_DATE_NUMERIC, _DATE_ISO, _DATE_TEXT, _DATE_MONTH_FIRST, _DATE_ROMAN]
    if _CYRILLIC.search(text):
        regexes.append(_DATE_CYRILLIC)
    if _OTHER_CALENDAR_GATE.search(low):
        regexes.append(_DATE_OTHER_CALENDAR)
    if "13" in text or "14" in text:
        regexes.append(_DATE_SOLAR_NUMERIC)
    if any(month in low for month in _TURKISH_ARABIC_WORDS):
        regexes.append(_DATE_TURKISH_ARABIC)
    return sorted((m.start(), m.end()) for r in regexes for m in r.finditer(text))


def _find_dates(text: str, full: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Birth dates (full, or day and month next to a birth word), and the date of an event in a
    person's life ("uit huis geplaatst op 2 juni 2024").

    Dates of meetings, letters, hearings and deadlines are left alone: the app keeps those per
    case anyway (shared/PRIVACY_RULES.md). A year is a birth date only right after "geb."
    ("geb. 2013", "geb. '11"); "geboren in 2009" and "geboortejaar 2010" are left alone.
    """
    low = text.casefold()
    birth_end = -1
    for start, end in full:
        kind = date_kind(text, start, end)
        if _DATE_OTHER_CALENDAR.fullmatch(text, start, end) or (
            _DATE_SOLAR_NUMERIC.fullmatch(text, start, end)
            and not _NUMBER_WORD_BEFORE.search(text, max(0, start - 14), start)
        ):
            kind = "birthdate"  # "1 Farvardin 1362", "1388/07/14": only ever someone's papers
        if (
            kind != "birthdate"
            and birth_end >= 0
            and _LIST_GAP.fullmatch(text, birth_end, start)
            and not _MEETING_IN_GAP.search(text, birth_end, start)
        ):
            kind = "birthdate"  # "Geboortedata: 12-03-2011 en 04-05-2013", "...; vader: ..."
        if kind != "birthdate" and _person_before(text, start, end):
            kind = "birthdate"  # "Kwesi 03-03-13, Ama 21-09-15", "Shukri (moeder) 1-7-1992"
        if (
            kind != "birthdate"
            and _ORDER_BEFORE_DATE.search(text, max(0, start - 14), start)
            and _old_date(text, start, end, years=5)  # not "de jongste rapportage: 12-03-2026"
        ):
            # "oudste 05-09-2007, middelste 22-01-2011", "jongste: 13/2/18", "kind 17 aug. '15,
            # moeder 2 mei 1988"
            kind = "birthdate"
        if kind != "birthdate" and _record_field(text, start, end):
            kind = "birthdate"  # "Priya Ramdin - Mozartlaan 7 - 2555 ZR - Den Haag - 20/03/1995"
        if kind == "birthdate":
            birth_end = end
            day = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
            yield Candidate(day.start() if day else start, end, kind)
        elif _personal_event(text, start, end):
            yield Candidate(start, end, kind)
    births = (
        "geb" in low or "jarig" in low or "verjaardag" in low or "dob" in low or "wereld" in low
    )
    starred = "*" in text and _STAR_DIGIT.search(text) is not None  # "Kind: * 12 04 2010"
    for match in _DATE_SPACED.finditer(text) if births or starred else ():
        if is_birth_context(text, match.start(), match.end()):
            yield Candidate(match.start(), match.end(), "birthdate")
    for match in _BIRTH_YEAR.finditer(text):
        yield Candidate(match.start("year"), match.end("year"), "birthdate")
    for year in _YEAR_IN_BRACKETS.finditer(text):
        # "Anjali (mei 2011) wil ...", "Jildou (mei 2010)": a name's month of birth in brackets
        bracketed = _MONTH_YEAR_BARE.search(text, max(0, year.start() - 14), year.end())
        if bracketed is None or bracketed.end() != year.end():
            continue
        at = bracketed.start()
        if text[at - 1 : at] == "(" and (
            _NAME_BRACKET.search(text, max(0, at - 40), at)
            or _first_name_bracket(text, at)
            # "dochter (mrt 2014)": a child's month of birth (not "brief (mei 2025)")
            or (
                _KIN_OR_AGE_BRACKET.search(text, max(0, at - 40), at)
                and _old_date(text, at, bracketed.end(), years=5)
            )
        ):
            yield Candidate(at, bracketed.end(), "birthdate")
    if "oudste" in low or "jongste" in low or "middelste" in low:
        for born in _MONTH_YEAR_BARE.finditer(text):  # "oudste juli '06, was al uit huis"
            if _ORDER_BEFORE_DATE.search(
                text, max(0, born.start() - 14), born.start()
            ) and _old_date(text, born.start(), born.end(), years=5):
                yield Candidate(born.start(), born.end(), "birthdate")
    for lead in _OF_OR_LABEL.finditer(text):  # "Nour is van sept. 2011", "ben van mei '04"
        month = _MONTH_YEAR_BARE.match(text, lead.end())
        if month and (
            _person_of_date(text, month.start(), month.end())
            or _BIRTH_LABEL.search(text, max(0, month.start() - 90), month.start())
            or _child_of_date(text, month.start(), month.end())
        ):
            yield Candidate(month.start(), month.end(), "birthdate")
    for match in _DATE_CJK.finditer(text):
        if _old_date(text, match.start(), match.end()):
            yield Candidate(match.start(), match.end(), "birthdate")
    for word in _BIRTH_WORD.finditer(text):  # "geboren in maart 2011", "geb. dertien mei 2012"
        month = _MONTH_YEAR.search(text, word.end(), word.end() + 45)
        if month and is_birth_context(text, month.start(), month.end()):
            yield Candidate(month.start(), month.end(), "birthdate")
    # the birth word after the date: "is in oktober 2014 geboren", "op 16 oktober haar
    # verjaardag" (looked for only before such a word, which few notes hold)
    for word in _BIRTH_WORD_BEFORE_IT.finditer(text) if births else ():
        lo = max(0, word.start() - 40)
        # ("Hamza heeft 12-12-2016 verjaardag": a whole date too)
        for regex in (_MONTH_YEAR_BARE, _DAY_MONTH, _HOLIDAY_YEAR, _DATE_NUMERIC, _DATE_ISO):
            for match in regex.finditer(text, lo, word.start()):
                if _BIRTH_WORD_AFTER.match(text, match.end()):
                    yield Candidate(match.start(), match.end(), "birthdate")
    holidays = births and any(h in low for h in _HOLIDAY_STEMS)
    for match in _HOLIDAY_YEAR.finditer(text) if holidays else ():  # "op tweede kerstdag 2011"
        if _BIRTH_WORD.search(text, max(0, match.start() - 20), match.start()):
            yield Candidate(match.start(), match.end(), "birthdate")
    if full and births:
        for start, end in full:  # "geboren 1365/04/12 (Perzische kalender), ofwel 3 juli 1986"
            if _old_date(text, start, end) and _birth_earlier_in_sentence(text, start):
                yield Candidate(start, end, "birthdate")
    # right after a birth word, any date however written: "geb 6 . 4 . 1994", "geb. 14.o3.2012",
    # "geboren martes 3 de mayo de 2011", "born 4th of July 2009", "geb. Tir 5, 2000"
    loose = births or any(word in low for word in ("born", "sinh", "né", "nacid", "nascid"))
    for match in _LOOSE_DATE_AFTER_BIRTH.finditer(text) if loose else ():
        yield Candidate(match.start("date"), match.end("date"), "birthdate")
    for match in _BIRTH_SIX_DIGITS.finditer(text) if births else ():
        yield Candidate(match.start(1), match.end(1), "birthdate")
    for match in _BIRTHDAY_NUMERIC.finditer(text):  # "Verjaardag: 12/3", "jarig op 3-5"
        yield Candidate(match.start(1), match.end(1), "birthdate")
        end = match.end(1)
        while more := _NEXT_BIRTHDAY.match(text, end):  # "Jens is jarig 16/11, Lars 29/1"
            yield Candidate(more.start(1), more.end(1), "birthdate")
            end = more.end(1)
    birth_end = -1
    for regex in (_DAY_MONTH, _DATE_WORDS):
        for match in regex.finditer(text):
            if is_birth_context(text, match.start(), match.end()) or (
                # "verjaardag Dewi: 25 mei, Citra: 2 juni": the next of a list of birthdays
                birth_end >= 0
                and _LIST_GAP.fullmatch(text, birth_end, match.start())
                and not _MEETING_IN_GAP.search(text, birth_end, match.start())
            ):
                birth_end = match.end()
                day = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 12), match.start())
                yield Candidate(day.start() if day else match.start(), match.end(), "birthdate")


# between two birth dates: "12-03-2011 en 04-05-2013", "12 mei 1985; vader: 3 juni 1982"
# ("11-02-2013 moet zijn 11-03-2013", "03/09/2011; volgens het verslag 3 sept '11",
# "12 maart 2011 (volgens paspoort 1 januari 2011)")
# (within its line: the next line may open with "Vandaag 26 maart 2026 ...")
_LIST_GAP = re.compile(
    r"[^\S\n]*(?:(?:,|en|&|;|\(|=|\(=|/)[^\S\n]*)?(?:en[^\S\n]+)?"
    r"(?:[^\W\d_][\w'’-]*:?[^\S\n]+){0,3}"
)


# An event in a person's own life. Not a measure's date (a placement, an admission): the app
# keeps those per case, as it keeps hearings and deadlines, and PRIVACY_RULES leaves those alone.
_PERSONAL_EVENT = re.compile(
    r"(?i)\b(?:overleden|overlijden|gestorven|aangehouden|gearresteerd|verhuisd|ingeschreven|"
    r"woont|wonen|bevallen|getrouwd|gescheiden|ontslagen|geschorst|verwijderd van school)\b"
)


# a person's name or role in brackets right before a date: "Kwesi 03-03-13", "Shukri (moeder)
# 1-7-1992", "Salma Abdullahi (moeder), 1 jan 1990"; a bullet's or a record's star: "* 1-1-2010"
_PERSON_BEFORE_DATE = re.compile(
    r"(?:(?:(?P<first>[A-ZÀ-Ý][\w'’-]+)[ \t]+|(?P<initials>(?:[A-Z]\.){1,4})[ \t]*)?"
    r"(?P<word>[A-ZÀ-Ý][\w'’-]+)"
    r"|\((?P<kin>[a-zà-ÿ-]{2,20})\)"
    # "kids: bo 7/8/15, fiene 22/1/18": first names typed in lowercase
    r"|(?<![\w'’-])(?P<low>[a-zà-ÿ]{2,}))"
    # "H. Schenk ; 20-12-1961", "| Jaylano Rozenblad | 04-04-2012 |": a record's fields
    # ("| Kofi Boateng | M | 21/03/2012 |": with the sex's column between)
    r"[ \t]*(?:[,:—–;|]|-(?=[ \t]))?(?:[ \t]*(?-i:[MVFX])[ \t]*[,;|])?[ \t]*\(?"
    # "Loïs — zondag 1 september 2013", "Maud: vr 17 juni 2011"
    r"(?:(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)"
    r"\.?,?[ \t]+)?$"
    r"|(?:^|\n)[ \t]*\*[ \t]*$"
)
_STAR_DIGIT = re.compile(r"\*[ \t]?\d")
# a child's place among its brothers and sisters right before a date: only ever its birth
_ORDER_BEFORE_DATE = re.compile(
    r"(?i)\b(?:oudste|middelste|jongste|kind|moeder|vader|zoon|dochter|broer|zus|baby|tweeling)"
    # ("Kind 1: 12-03-2011, kind 2: 04-07-2014": numbered)
    r"(?:[ \t]*\d{1,2})?[ \t]*[:=]?[ \t]*$"
)
# a date in a language no Dutch note uses for its own meetings: someone's papers
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DATE_CYRILLIC = re.compile(
    rf"(?i)(?<!\w)(?:0?[1-9]|[12]\d|3[01])\s+(?:{_CYRILLIC_MONTHS})\s+(?:19|20)\d\d(?!\w)"
)
_FOREIGN_MONTH = re.compile(
    rf"(?i)\b(?:{_POLISH_MONTHS}|{_CYRILLIC_MONTHS}|{_TURKISH_ARABIC_MONTHS})\b"
)
# a month in English, not in Dutch: a passport's or an English letter's date
_ENGLISH_MONTH = re.compile(r"(?i)\b(?:january|february|march|may|june|july|august|october)\b")


_KIN_WORDS = words_of("""
    moeder vader zoon dochter kind broer zus broertje zusje oma opa tante oom neef nicht
    jongste oudste baby pleegkind pleegzoon pleegdochter stiefzoon stiefdochter ma pa
    """)


# "gb. 2.11.09; gesprek op 14.4.2026": the date after a birth date is a meeting's
_MEETING_IN_GAP = re.compile(
    r"(?i)\b(?:gesprek|afspraak|zitting|hoorzitting|brief|overleg|bezoek|"
    r"melding|klacht|mail|ingeschreven|ingediend|geplaatst|opgenomen|verhuisd)\b"
)


def _old_date(text: str, start: int, end: int, years: int = 2) -> bool:
    """Whether the date at text[start:end] lies `years` or more before today: a birth date
    rather than a meeting's or a letter's (those are recent or coming)."""
    from vertrouwen import clock

    runs = re.findall(r"\d+", text[start:end])
    if not runs:
        return False
    raw = runs[0] if len(runs[0]) == 4 else runs[-1]
    from vertrouwen.errors import UsageError

    try:
        this_year = clock.today().year
    except UsageError:  # a malformed VERTROUWEN_TODAY: the system's year
        import datetime

        this_year = datetime.date.today().year
    if len(raw) == 4:
        year = int(raw)
    elif len(raw) == 2:
        year = 2000 + int(raw) if int(raw) <= this_year % 100 else 1900 + int(raw)
    else:
        return False
    return year <= this_year - years


def _person_before(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end], two years old or more, is someone's birth date by
    what stands right before it: a name, a family role in brackets, a record's star (that one
    eight years old or more: a bullet's date in a chronology is younger), or whether it is
    written as in someone's foreign papers ("22 lipca 1985")."""
    if not _old_date(text, start, end):
        return False
    if _FOREIGN_MONTH.search(text, start, end):
        return True
    if _ENGLISH_MONTH.search(text, start, end) and _old_date(text, start, end, years=8):
        return True  # "op het paspoort staat 1 January 2007"
    m = _PERSON_BEFORE_DATE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    if m.group("kin") is not None:
        return m.group("kin") in _KIN_WORDS
    from vertrouwen.privacy import lexicon

    low = m.group("low")
    if low is not None:
        # ("hamza ouali 01/02/2010": a surname typed in lowercase, or a name no list knows)
        return (
            (low in lexicon.first_names() or low in lexicon.surnames() or len(low) >= 4)
            and low not in lexicon.common_words()
            and not lexicon.is_dutch_word(low)
            and not lexicon.is_english_word(low)
        )
    word = m.group("word")
    if word is None:
        return _old_date(text, start, end, years=8)  # "* 1-1-2010", not "* 12-03-2022 melding"
    if word.isupper():
        return False  # "Melding VT 14-02-2021": an acronym
    if m.group("initials"):
        return True  # "H. Schenk ; 20-12-1961": a surname after initials
    first = m.group("first")
    return any(
        w.casefold() in lexicon.first_names()
        or not (lexicon.is_dutch_word(w) or lexicon.is_english_word(w))
        for w in (word, first)
        if w is not None and not w.isupper()
    )


# a record's fields: the date stands alone between separators in a line that holds someone's
# postcode, phone number or e-mail address ("Priya Ramdin - Mozartlaan 7 - 2555 ZR - Den Haag -
# 06-19 44 72 01 - 20/03/1995", "gegevens: 9 augustus 1991, Kleiweg 155 A 3051 GR Rotterdam")
_FIELD_MARKS = "-–—|;,:"
_CONTACT_IN_RECORD = re.compile(
    r"(?<![\w-])[1-9]\d{3}[ \t]?[A-Z]{2}(?![\w-])|@[\w-]+\.|(?<!\d)(?:\+31|0031|06)[ \t-]*\d"
    r"|\b(?i:bsn)\b"  # "Vader (Stefan Jansen, BSN 331138797, 21 juli 1975)"
)


def _record_field(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 6) : start].rstrip(" \t")
    if before and before[-1] not in _FIELD_MARKS:
        return False  # not a field of its own: "de brief van 12-03-2019"
    after = text[end : end + 6].lstrip(" \t")[:1]
    if after and after not in _FIELD_MARKS + ".)\n":
        return False
    if not _old_date(text, start, end, years=5):
        return False  # a meeting's or a letter's date is recent
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return _CONTACT_IN_RECORD.search(
        text, max(line_start, start - 200), min(line_end, end + 200)
    ) is not None and not _MEETING_IN_GAP.search(text, max(line_start, start - 30), start)


def _birth_earlier_in_sentence(text: str, start: int) -> bool:
    """A birth word earlier in the date's sentence, with no meeting, letter or hearing said
    between: "geb. ... (Vietnamees), op het paspoort 05/03/1990"."""
    lo = max(0, start - 90)
    ends = [m.start() + 1 for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = max([lo, text.rfind("\n", 0, start) + 1, *ends])
    words = list(_BIRTH_WORD.finditer(text, lo, start))
    if not words:
        return False
    gap_start = words[-1].end()
    return not (
        _MEETING_IN_GAP.search(text, gap_start, start) or _NEW_CLAUSE.search(text, gap_start, start)
    )


# "verlengd tot 31-12-2026", "uiterlijk 1 maart 2026": a deadline, never an event in a life
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(?:tot(?:[ \t]+en[ \t]+met)?|t/m|uiterlijk|vóór|voor|deadline|termijn)[ \t:]+$"
)


def _personal_event(text: str, start: int, end: int) -> bool:
    if _DEADLINE_BEFORE.search(text, max(0, start - 16), start):
        return False
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    sentence_end = min(stops) if stops else len(text)
    return bool(_PERSONAL_EVENT.search(text, sentence_start, sentence_end))


def date_kind(text: str, start: int, end: int) -> str:
    """ "birthdate" when the words around the date say it is one, else "date"."""
    return "birthdate" if is_birth_context(text, start, end) else "date"


_AGE_WORDS = (
    r"(?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
    r"veertien|vijftien|zestien|zeventien|achttien|negentien|twintig)"
)
# "wordt op 12 oktober 16 jaar", "wordt op 12 oktober 16, dan ..."
_TURNS_AGE = re.compile(
    rf"(?i)\s+{_AGE_WORDS}(?:\s+(?:jaar|jr)\b|(?=[ \t]*[,.;:!?()\n]|[ \t]*$|\s+(?:en|dan|maar)\b))"
)
# "wordt op 12 oktober", "wordt op vrijdag 14 maart"
_TURNS = re.compile(
    r"(?i)\b(?:wordt|werd|word)\s+(?:op\s+)?"
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?$"
)
_TURNS_AGE_BEFORE = re.compile(
    rf"(?i)\b(?:(?:wordt|werd|word)[ \t]+{_AGE_WORDS}(?:[ \t]+(?:jaar|jr\.?))?"
    rf"|{_AGE_WORDS}(?:[ \t]+jaar)?[ \t]+geworden,?)[ \t]+op[ \t]+$"
)
# after the date, who turns how old: "Op 12 maart wordt hij 15", "op 3 juni werd Sara 12 jaar"
_TURNS_SUBJECT_AGE = re.compile(
    r"(?i),?[ \t]+(?:wordt|werd)[ \t]+(?P<who>hij|zij|ze|(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+))"
    + _TURNS_AGE.pattern.removeprefix("(?i)")
)
# "12 maart jl. 15 geworden", "op 3 oktober 10 jaar wordt"
_AGE_TURNED_AFTER = re.compile(
    rf"(?i)(?:[ \t]+(?:jl|j\.l|as|a\.s)\.?)?[ \t]+{_AGE_WORDS}(?:[ \t]+jaar)?[ \t]+"
    r"(?:geworden|wordt|werd)\b"
)
# "Mila (2-9-2015)", "Lotte en Sem Bakker (tweeling, 12-5-2013)"
# ... or "Amina (38, 01-02-1988)": her age first
_NAME_BRACKET = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+\s*\((?:[a-zà-ÿ]{3,},[ \t]*|\d{1,2}(?:[ \t]*(?:jaar|jr\.?))?,[ \t]*)?$"
)
_LOWER_NAME_BRACKET = re.compile(r"\b([a-zà-ÿ][a-zà-ÿ'’-]+)[ \t]*\($")


def _first_name_bracket(text: str, start: int) -> bool:
    """A first name typed in lowercase before a bracket: "sara (12-3-2011)"."""
    m = _LOWER_NAME_BRACKET.search(text, max(0, start - 30), start)
    if m is None:
        return False
    from vertrouwen.privacy import lexicon

    word = m.group(1)  # (or a surname: "mila de bruijn (2/7/2014)")
    if _TITLE_BEFORE_WORD.search(text, max(0, m.start(1) - 8), m.start(1)):
        return True  # "dhr. ozturk (1 maart 1959)": whatever the word, a person's
    return (
        word in lexicon.first_names() or word in lexicon.surnames()
    ) and word not in lexicon.common_words()


_TITLE_BEFORE_WORD = re.compile(r"(?i)\b(?:dhr|mw|mevr|mevrouw|meneer)\.?[ \t]+$")


_PRONOUN_BRACKET = re.compile(r"(?i)\b(?:hij|zij|ze)[ \t]*\($")
_KIN_OR_AGE = (
    r"(?i:\b(?:moeder|vader|zoon|dochter|kind|broer|zus|broertje|zusje|oma|opa|jongste|"
    r"oudste|baby|pleegkind|pleegzoon|pleegdochter|jongen|meisje|jongere|tiener|kleinkind|"
    # "Jeugdige A (03-11-2012)": a role with the letter the app recommends for it
    r"jeugdige|cliënte?|cliente?|klager|klaagster)(?:[ \t]+[A-Z]\d?)?"
    r"|\b\d{1,2}[ \t]*(?:jaar|jr\.?))"
)
_KIN_OR_AGE_BRACKET = re.compile(_KIN_OR_AGE + r"[ \t]*\($")
# "moeder, 20-02-1972, woont in ...": a relative's date between commas
_KIN_OR_AGE_COMMA = re.compile(_KIN_OR_AGE + r",[ \t]*$")
_AGE_COMMA = re.compile(r"\b\d{1,2}[ \t]*(?:jaar|jr\.?),[ \t]*$")


_WEEKDAY_BEFORE = re.compile(
    r"(?i)\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|(?-i:[mM]a|[dD]i|[wW]o|[dD]o|[vV]r|[zZ]a|[zZ]o)\.?)"
    r",?[ \t]+$"
)
# a record's birth date as six or eight digits: "geb 060312", "gebdat 20110304", "04032011"
_BIRTH_SIX_DIGITS = re.compile(
    r"(?i)\b"
    + led_by_first_letter(r"geb\.?|geboren|geboortedatum|geb\.?\s?dat(?:um|\.)?|gebdat|dob")
    + r"[ \t]*:?[ \t]*"
    r"((?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)?\d\d"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\w/.-])"
)
# "Hij is van 12 mei 2010": a person is of the date of birth
_PRONOUNS = words_of("hij zij ze ik jij je")
_PERSON_OF_DATE = re.compile(
    r"\b((?i:hij|zij|ze|ik|jij|je)|[A-ZÀ-Ý][a-zà-ÿ]+|[a-zà-ÿ]{2,})\)?[ \t]+(?:is|ben|bent|was)"
    # "Koen is pas van februari 2008", "moeder is zelf van 23 juni 1990", "is van zondag ..."
    r"(?:[ \t]+(?:pas|zelf|nog|al|dus|toch))?[ \t]+van[ \t]+"
    r"(?:(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \t]+)?$"
)
_WITH_YEAR = re.compile(r"(?:19|20)\d\d|['’]\d\d|\d[-/.]\d{1,2}[-/.]\d\d")
_IS_NAME_OF = re.compile(
    r"\b(?:is|was)[ \t]+([A-ZÀ-Ý][\w'’-]+|[a-zà-ÿ]{2,})(?:[ \t]+(?:zelf|pas|nog))?[ \t]+van[ \t]+$"
)
_DOCUMENT_WORDS = words_of("""
    melding brief klacht beschikking rapport rapportage verslag uitspraak besluit dossier zaak
    ots machtiging indicatie aanvraag plan contract mail e-mail afspraak zitting vonnis verzoek
    dat dit die het
    """)
# "dat yassin van 10-02-2013 is", "broertje Adam, die van 3/9/'14 is": of the date, said after it
_OF_DATE_THEN_IS = re.compile(r"['’]?[ \t]+(?:is|was)\b")
_WHO_OF_DATE = re.compile(
    r"\b((?i:die|zelf)|[A-ZÀ-Ý][a-zà-ÿ]+|[a-zà-ÿ]{2,})(?P<comma>,)?[ \t]+van[ \t]+['’]?$"
)


def _person_of_date(text: str, start: int, end: int) -> bool:
    """Someone "is van" the date: a pronoun, a name or (for an old date) a child's kin word
    before it ("Hij is van 12 mei 2010", "Koen is pas van februari 2008"; not "De melding is
    van november 2023")."""
    inverted = _IS_NAME_OF.search(text, max(0, start - 30), start)
    if inverted is not None and (
        _person_word(inverted.group(1))
        or (inverted.group(1).casefold() in _KIN_WORDS and _old_date(text, start, end, years=8))
    ):
        return True  # "volgens VT is Nathan van 18.10.12", "is moeder zelf van 23 juni 1990"
    person = _PERSON_OF_DATE.search(text, max(0, start - 40), start)
    if person is None:
        return False
    who = person.group(1)
    if who.casefold() in _PRONOUNS or (
        _person_word(who) or (who.casefold() in _KIN_WORDS and _old_date(text, start, end))
    ):
        return True
    # "Koen rijdt ... en is pas van februari 2008": whoever is of a date eight years old or
    # more, unless a document is ("De melding is van november 2016")
    return (
        who.casefold() not in _DOCUMENT_WORDS
        and _WITH_YEAR.search(text, start, end) is not None
        and _old_date(text, start, end, years=8)
    )


def _child_of_date(text: str, start: int, end: int) -> bool:
    """A child word right before "van" and a date five years old or more: "meisje van 12 maart
    2011" (not "het verslag van 12 maart 2025")."""
    return (
        _CHILD_OF.search(text, max(0, start - 20), start) is not None
        and _WITH_YEAR.search(text, start, end) is not None
        and _old_date(text, start, end, years=5)
    )


def _person_word(word: str) -> bool:
    """A first name, or a capitalised word that is no Dutch word (a name no list holds)."""
    from vertrouwen.privacy import lexicon

    low = word.casefold()
    if word[:1].islower():
        return low in lexicon.first_names() and low not in lexicon.common_words()
    return low in lexicon.first_names() or not lexicon.is_dutch_word(word)


def is_birth_context(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is someone's birth date: a birth word just before,
    or the date in brackets right after a name ("Mila (2-9-2015)")."""
    named = _NAME_BRACKET.search(text, max(0, start - 40), start)
    if text[end : end + 1] == ")" and (
        # (with a word before the date, only an old one: not "Brief (kopie, 12-5-2026)")
        (named is not None and ("," not in named.group() or _old_date(text, start, end)))
        or _first_name_bracket(text, start)
        or (
            _KIN_OR_AGE_BRACKET.search(text, max(0, start - 40), start)
            and _old_date(text, start, end)  # not "gesprek met moeder (12-03-2026)"
        )
        # "dat zij (24-02-2008) al 17 was": a child, by a date eight years old or more
        or (
            _PRONOUN_BRACKET.search(text, max(0, start - 8), start)
            and _old_date(text, start, end, 8)
        )
    ):
        return True  # "Mila (2-9-2015)", "Oudste zoon (2009-11-23)", "Sami, 4 jaar (12-01-2022)"
    named = _NAME_COMMA.search(text, max(0, start - 40), start)
    if (
        named is not None
        and text[end : end + 1] == ","
        # "Keti Koti, 1 juli, ...": a holiday's date
        and named.group().rstrip(", \t").casefold() not in CALENDAR_WORDS
        # "Vandaag, 24 december 2025, kort gebeld": a word that is no name opens the sentence
        # (a surname alone may: "Bakker, 12-03-1980, ...", with a date no note is about)
        and not (
            text[: named.start()].rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n", ":")
            and not _person_word(named.group().rstrip(", \t"))
            and not _old_date(text, start, end, years=8)
        )
        # "de hoorzitting van de commissie van Pluryn, 12 maart, 10.00 uur": a meeting's date
        and not _TIME_AFTER.match(text, end)
        and not _MEETING_IN_GAP.search(
            text, max(text.rfind(c, 0, start) for c in ".!?\n") + 1, start
        )
    ):
        return True
    if (
        (text[end : end + 1] == "," and _KIN_OR_AGE_COMMA.search(text, max(0, start - 30), start))
        # "Daan, 14 jaar, 12-03-2011": after an age, wherever the line goes on
        or _AGE_COMMA.search(text, max(0, start - 14), start)
    ) and _old_date(text, start, end, years=8):
        return True  # "moeder, 20-02-1972, woont in Zwolle" (not a meeting's date)
    before = text[max(0, start - 45) : start]
    words = list(_BIRTH_WORD.finditer(before))
    if words:
        gap = before[words[-1].end() :]
        if (
            _BIRTH_GAP.fullmatch(gap)
            and not _SENTENCE_END.search(gap)
            and not _NEW_CLAUSE.search(gap)
        ):
            return True
    if _BIRTH_LABEL.search(text, max(0, start - 90), start):
        return True
    if _person_of_date(text, start, end):
        return True  # "Hij is van 12 mei 2010", "Jongste is van 2 sept. 2015"; not "Brief"
    said = _WHO_OF_DATE.search(text, max(0, start - 30), start)
    if (
        said
        and (
            _OF_DATE_THEN_IS.match(text, end)
            # "cliënte Nasrin Karimi, van 1 februari 1992, wil ..."
            or (
                said.group("comma")
                and text[end : end + 1] in (",", ")", ";")
                and _old_date(text, start, end, years=8)  # not "De brief van X, van 12-3-2019,"
            )
        )
        and _old_date(text, start, end)
    ):
        who = said.group(1)
        if who.casefold() in ("die", "zelf") or who.casefold() in _PRONOUNS or _person_word(who):
            return True  # "dat yassin van 10-02-2013 is", "Adam, die van 3/9/'14 is"
    if _child_of_date(text, start, end):
        return True  # "een meisje van 12 maart 2011", "de jongste van 3-4-2015"
    turns = _TURNS_SUBJECT_AGE.match(text, end)
    if turns and (turns.group("who").casefold() in _PRONOUNS or _person_word(turns.group("who"))):
        return True  # "Op 12 maart wordt hij 15", "op 3 juni werd Sara 12 jaar"
    if _TURNS_AGE.match(text, end) and _TURNS.search(text, max(0, start - 20), start):
        return True  # "Indy wordt op 8 augustus dertien jaar": a birthday
    if _TURNS_AGE_BEFORE.search(text, max(0, start - 30), start):
        return True  # "hij wordt 18 op 9 april", "is net 16 geworden, op 3 januari"
    if _AGE_TURNED_AFTER.match(text, end):
        return True  # "Stijn is op 10 december 17 geworden", "hij is 30 juni 17 geworden"
    after = text[end : end + 45]
    word = _BORN_AFTER.search(after)
    if word:
        gap = after[: word.start()]
        return bool(_BIRTH_GAP.fullmatch(gap)) and not _SENTENCE_END.search(gap)
    return False


# after the date, within a few words: "op 4 maart 2012 in Aleppo ter wereld kwam", "3 maart
# 2011 (geboortedatum)", "12 mei in het AMC geboren"
_BORN_AFTER = re.compile(
    r"(?i)\b(?:geboren|jarig|geboortedat\w*|geboortedag|bevallen|de[ \t]+verjaardag[ \t]+van|"
    r"ter[ \t]+wereld|het[ \t]+levenslicht)\b"
)


def find_all(text: str) -> list[Candidate]:
    """Every pattern detector's candidates (overlapping; the caller merges them)."""
    found: list[Candidate] = []
    for finder in (
        find_emails,
        find_ibans,
        find_phones,
        find_bsns,
        find_postcodes,
        find_streets,
        find_lowercase_streets,
        find_labelled_addresses,
        find_streets_before_postcode,
        find_streets_before_town,
        find_addresses_abroad,
        find_addresses_where_someone_lives,
        find_names_after_roles,
        find_residence,
        find_dates,
        find_social,
    ):
        found.extend(finder(text))
    return [
        c
        for c in found
        if c.kind not in ("address", "postcode") or not office_address(text, c.start)
    ]
