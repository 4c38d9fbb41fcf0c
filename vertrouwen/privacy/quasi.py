"""Quasi-identifiers (kind "other"): licence plates, social-media handles, court case numbers,
the school a child attends, the group or home where someone lives, a person's club or employer.

Each is found by its own strict pattern, so these candidates skip the organisation screen in
`allowlist` (a school's name often ends in "College" or "Lyceum", which that screen drops).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vertrouwen.privacy.findings import Candidate, words_of

_L = r"[A-Za-z]"
# The Dutch sidecodes 1-14 (XX-99-99 ... 999-XX-9), dashes required; at least one letter.
_PLATE_SHAPES = (
    rf"{_L}{{2}}-\d{{2}}-\d{{2}}",
    rf"\d{{2}}-\d{{2}}-{_L}{{2}}",
    rf"\d{{2}}-{_L}{{2}}-\d{{2}}",
    rf"{_L}{{2}}-\d{{2}}-{_L}{{2}}",
    rf"{_L}{{2}}-{_L}{{2}}-\d{{2}}",
    rf"\d{{2}}-{_L}{{2}}-{_L}{{2}}",
    rf"\d{{2}}-{_L}{{3}}-\d",
    rf"\d-{_L}{{3}}-\d{{2}}",
    rf"{_L}{{2}}-\d{{3}}-{_L}",
    rf"{_L}-\d{{3}}-{_L}{{2}}",
    rf"{_L}{{3}}-\d{{2}}-{_L}",
    rf"{_L}-\d{{2}}-{_L}{{3}}",
    rf"\d-{_L}{{2}}-\d{{3}}",
    rf"\d{{3}}-{_L}{{2}}-\d",
)
_PLATE = re.compile("|".join(_PLATE_SHAPES))
# the cheap shape every plate has; each match is then checked against the sidecodes
_PLATE_LIKE = re.compile(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])")
# the same sidecodes written without dashes ("tvz12p", "GJ123X") or with spaces ("s 12 ftr"):
# only right after "kenteken", where a word of six letters and digits can be nothing else
_PLATE_BARE = re.compile(
    "|".join(re.sub(r"-(?![^\[]*\])", "", shape) for shape in _PLATE_SHAPES)  # not "A-Z"
)
_PLATE_AFTER = re.compile(
    r"(?i:kenteken(?:nummer|plaat)?(?:[ \t]+(?:is|was|van[ \t]+\w+)){0,2}[ \t]*:?[ \t]*)"
    r"([A-Za-z0-9]{1,3}(?:[ \t]?[A-Za-z0-9]{1,3}){1,2})(?![\w-])"
)
# "@lisa_2009", "@dewi.x": not the @ inside an e-mail address
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
# "haar account heet meidvanmeppel2009", "gamet als xXSniperIvoXx op Fortnite": a handle by
# what is said of it (a digit, dot, underscore or capital inside a word)
_ACCOUNT_NAMED = re.compile(
    r"(?i:(?:account|gebruikersnaam|accountnaam|gamertag|gametag|gamernaam|bijnaam online|"
    r"psn-naam|psn|xbox-naam|steam-naam|fortnite-naam|roblox-naam)[ \t]+(?:heet|is)"
    r"[ \t]+|(?:gamet|speelt|game)[ \t]+(?:als|onder)[ \t]+(?:de[ \t]+naam[ \t]+)?"
    # "zijn handle ruubje_2009"
    r"|(?:handle|username|gebruikersnaam)[ \t]*(?:[:=][ \t]*|[ \t]+(?:is[ \t]+)?))"
    r"((?=[\w.]*(?:\d|_|\.\w)|[\w.]*[a-z][A-Z])[A-Za-z][\w.]{2,29}[\w])"
)
_UNDERSCORED = re.compile(r"(?<![\w@./-])[^\W\d_][\w.]*_[\w.]*[^\W_](?![\w@/-])")
_PLATFORM_BEFORE = re.compile(
    r"(?i)\b(?:instagram|insta|tiktok|snapchat|snap|facebook|discord|telegram|twitch|roblox|"
    r"account|profiel|gebruikersnaam)\b[^.!?\n]*$"
)
_HANDLE_AFTER = re.compile(
    r"(?i)(?:instagram|insta|tiktok|snapchat|snap|facebook|fb|twitter|x|discord|telegram|"
    r"twitch|roblox|psn|steam|youtube)"
    # "op tiktok (ebru.ylmz.06)"
    r"(?:[ \t]*\((@?[\w][\w.]{1,29}[\w])\)|"
    r"(?:[- ](?:account|naam|profiel|handle))?"
    r"(?:(?:[ \t]+(?:van|voor)[ \t]+(?:de|het|haar|zijn)?[ \t]*[a-zà-ÿ]+)?"
    r"[ \t]*[:=][ \t]*(@?[\w][\w.]{1,29}[\w](?:#\d{4})?)"
    # "haar TikTok is lisa.xoxo", "op Instagram als bram.vd.berg", "op TikTok heet ze
    # lisa.xoxo", "Discord-naam is ShadowWolf#1234": a handle has a dot, an underscore, a
    # digit or a Discord tag, which a word after "is" or "als" has not
    r"|[ \t]+(?:is|als|heet)[ \t]+(?:(?:ze|hij|zij)[ \t]+)?"
    r"(@?[\w]*[._\d][\w.]*[\w]|@[\w.]+[\w]|[\w.]+#\d{4})"
    # "Snapchat mila.pns staat ...", "op tiktok sannetje2009": right after the platform, a
    # word that starts with a letter and has a dot, an underscore or a digit
    r"|[ \t]+(?=[\w.]*[^\W\d_])(?!www\.|[\w.]*\.(?:com|nl|org|net|be|eu)\b)"
    r"([^\W\d_][\w]*[._\d][\w.]*[\w])))"
)
# C/16/512345 / JE RK 21-1234, C/13/123456 FA RK 22-789, 8765432 CV EXPL 21-1234,
# 200.123.456/01 (a court of appeal), ECLI:NL:RBMNE:2023:1234, parketnummer 13/123456-21
_COURT = re.compile(
    # (every one starts with a capital or a digit: the look skips the rest in one step)
    r"(?=[A-Z\d])(?:"
    r"(?<![\w/])[A-Z]/\d{2}/\d{5,7}(?:[ \t]*/[ \t]*[A-Z]{2}[ \t]+[A-Z]{2,4}[ \t]+\d{2}[-/]\d{1,6})?"
    r"|(?<![\w/])(?:\d{5,8}[ \t]*[\\/]?[ \t]*)?[A-Z]{2}[ \t]+(?:RK|RQ|EXPL|ZA|KG|VERZ)[ \t]+"
    r"\d{2}[-/]\d{1,6}"
    r"|(?<![\w.])\d{3}\.\d{3}\.\d{3}/\d{2}(?![\w])"
    r"|\bECLI:NL:[A-Z]{2,6}:\d{4}:[A-Z0-9]{1,8}"
    # administrative court numbers: "UTR 22/1234", "SGR 21/4567"
    r"|\b(?:AMS|UTR|SGR|ROT|HAA|ZWO|ARN|BRE|SHE|LEE|GRO|ALK|MAA|ROE|DOR|ZUT|LEL|AWB)"
    r"[ \t]+\d{2}/\d{3,6}\b)"
)
_CASE_NUMBER_AFTER = re.compile(
    r"(?i:(?:parketnummer|parketnr\.?|zaaknummer|zaaknr\.?|rolnummer|zaak nr\.?)"
    # "Parketnr. vader: 10/960123-24"
    r"(?:[ \t]+(?:van[ \t]+)?(?:de[ \t]+)?(?:vader|moeder|zoon|dochter|cliënt|client|jongere))?"
    # (within its sentence: "Zaaknummer van de gemeente staat op de brief. Factuurnummer ...")
    r"(?:[ \t]+(?:van|bij)[ \t]+(?:[^:\n\d.]|\.(?!\s)){0,60}?)?[ \t]*:?[ \t]*)"
    # "204817/2025", "GCZ-2025-10221" (not the app's own case codes, "VP-2026-00417", nor a
    # complaints committee's, "KC-2026-041")
    r"(\d{4,7}/(?:19|20)\d\d(?!\d)|(?!VP-|KC|KL)[A-Z]{2,5}-(?:19|20)\d\d-\d{3,6}"
    r"|\d{3}\.\d{3}\.\d{3}(?:/\d{2})?|\d{2,3}[/.-]\d{3,9}(?:[-/]\d{2,3})?"
    # bare digits only for a court's own numbers: an organisation's "zaaknummer 123456780"
    # is its file, which the app keeps anyway
    r"|(?<=[Pp]arketnummer[ \t])\d{6,10}|(?<=[Rr]olnummer[ \t])\d{6,10}"
    r"|(?<=[Pp]arketnummer:[ \t])\d{6,10}|(?<=[Rr]olnummer:[ \t])\d{6,10})"
)
# the number an ombudsman or the Geschilleninstantie gave the client's own complaint:
# "Nationale ombudsman, dossiernummer 2025/06233", "Kinderombudsman ... onder 2025.04118"
_COMPLAINT_NUMBER = re.compile(
    r"(?i:(?:kinder)?ombudsman|geschilleninstantie|geschillencommissie|klachtencommissie|skj)"
    r"\b[^.\n]{0,60}?"
    r"\b(?:dossiernummer|dossiernr\.?|zaaknummer|kenmerk|registratienummer|nummer|onder)"
    r"(?:[ \t]+is)?[ \t]*:?[ \t]*"
    # "2025/06233", "2025.221T", "GZ-2025-04871" (never the app's VP- code, nor a complaints
    # committee's own KC- or KL- number: notes cite those as they cite the app's)
    r"((?:19|20)\d\d[/.-]\d{3,6}[A-Z]?|(?!VP-|KC|KL)[A-Z]{2,4}(?:-[A-Z]{2,4})?-(?:19|20)\d\d-\d{3,6}"
    r"|\d{5,8})(?![\w/-]|\.\d)"
)
# a number that identifies a person at a school or provider: "studentnummer 5068123",
# "cliëntnummer P 221873", "Clientnummer bij de zorgaanbieder van Bo: CL-0039218"
_ID_NUMBER_AFTER = re.compile(
    r"(?i:(?:student|leerling|cliënt|client|patiënt|patient|lid|lidmaatschaps|pas)"
    r"(?:nummer|nr\.?)"
    r"(?:[ \t]+[^:\n\d]{0,40}?)?[ \t]*:?[ \t]*)"
    # "LV-204118", "2024-JB-0718"
    r"((?:[A-Za-z]{1,3}[ \t-]?)?\d{4,10}|(?:19|20)\d\d-[A-Z]{1,4}-\d{3,6})\b"
)
# "basisschool De Regenboog in Zeist", "OBS De Klimop", "het Dalton Lyceum Dordrecht",
# "woongroep De Horizon", "voetbalclub VV Zeist": the kind word and the capitalised name after it
_SCHOOL_WORDS = (
    r"(?:basisschool|basisscholen|school|obs|cbs|rkbs|pcbs|bs|sbo|so-school|vso-school|csg|rsg|"
    r"osg|isk|crisisplek|crisisgroep|pi|jji|gevangenis|kliniek|camping|beschermd wonen|"
    r"pleeggezin|woonwagenkamp|vakantiepark|"
    r"vso|sbao|kindcentrum|ikc|montessorischool|daltonschool|jenaplanschool|vrije school|"
    r"middelbare school|scholengemeenschap|praktijkschool|mavo|havo|vmbo|vwo|atheneum|"
    r"gymnasium|lyceum|college|mbo|roc|kinderopvang|bso|kdv|peuterspeelzaal|crèche|creche|"
    r"woongroep|leefgroep|gezinshuis|groep|zorgboerderij|verpleeghuis|verzorgingshuis|"
    r"woonvorm|woonvoorziening|woonlocatie|logeerhuis|opvanghuis|wooncomplex|woonzorgcentrum|"
    r"zorgcentrum|behandelgroep|crisisopvang|opvanglocatie|huize|logeervoorziening|gastgezin|"
    r"kamertraining|"
    r"azc|voetbalclub|voetbalvereniging|vereniging|sportclub|sportvereniging|korfbalclub|"
    r"hockeyclub|judoclub|zwemclub|muziekschool|moskee|kerk|vv|sv|rkvv|rksv|vv\.|sv\.)"
)
_CAP = r"(?:[A-ZÀ-Ý](?:[\w'’&-]|\.(?=\w))*)"  # no dot at the end: a sentence stops there
# the town a school, employer or club stands in: "..., in Nunspeet", "te Zeist"
_IN_TOWN = r"(?:,?[ \t]+(?:in|te)[ \t]+[A-ZÀ-Ý][\w'’-]+)?"
_NAMED_PLACE = re.compile(
    rf"((?i:{_SCHOOL_WORDS})[ \t]+"
    # ("cbs de Fontein": the article typed in lowercase)
    rf"(?:(?:De|Het|'t|Den|St\.|Sint|de|het)[ \t]+)?{_CAP}"
    rf"(?:[ \t]+(?:(?:van|de|der|het|en|op|aan)[ \t]+)?{_CAP}){{0,3}}"
    r"(?:,?[ \t]+(?:in|te)[ \t]+(?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+"
    # "in Wijk bij Duurstede", "in Alphen aan den Rijn"
    r"(?:[ \t]+(?:bij|op|aan|aan[ \t]+den|aan[ \t]+de|in|over)[ \t]+[A-ZÀ-Ý][\w'’-]+)?)?)"
)
# after a school's label, a name with its article: "School: Het Baken Almere"
_LABELLED_SCHOOL = re.compile(
    rf"[ \t]*:[ \t]*((?:De|Het|'t)[ \t]+{_CAP}(?:[ \t]+(?:(?:van|de|der|het)[ \t]+)?{_CAP}){{0,2}}"
    r"(?:,?[ \t]+(?:(?:in|te)[ \t]+)?(?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)?)"
)
# "het Christelijk Lyceum Zeist", "Stedelijk Gymnasium Leiden" after "zit op", "gaat naar"
_SCHOOL_TAIL = re.compile(
    r"(?i:(?:zit|zat|gaat|ging|gaan|zitten|fietst|leerling|ingeschreven|stage|stagiair|studeert|studeerde|"
    r"student|mentor|mentrix|klas|broer|zus|broertje|zusje|zoon|dochter|kind|kinderen)\b"
    r"[^.;\n]{0,20}?"
    r"\b(?:op|naar|van|bij|aan)[ \t]+|school[ \t]+(?:is|was)[ \t]+|school:[ \t]*)"
    # "het Jan van Brabant College", "het Willem de Zwijger College": a person's name in it
    rf"((?:(?:het|de|Het|De)[ \t]+)?(?:(?:St|Dr|Mr)\.[ \t]+)?"
    rf"(?:{_CAP}[ \t]+(?:(?:van|de|der|den|ten|ter)[ \t]+)?){{0,3}}"
    r"(?:Lyceum|College|Gymnasium|School|Scholengemeenschap|Academie|Campus|Kindcentrum|ROC|"
    r"Hogeschool|Universiteit|[A-Z][\w-]*(?:school|college|lyceum|gymnasium))"
    r"(?:[ \t]+(?:in[ \t]+|te[ \t]+|van[ \t]+)?(?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)?)"
)
_PLACE_SAID_AFTER = re.compile(
    rf"((?:De|Het|'t)[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
    r"(?=,[ \t]+(?:een|de|hun|haar|zijn)[ \t]+(?:woongroep|leefgroep|groep|school|basisschool|"
    r"gezinshuis|behandelgroep|crisisgroep|logeerhuis)\b)"
)
_IN_BEFORE = re.compile(r"(?i)\b(?:in|op|bij|naar|uit|van)(?:[ \t]+(?:de|het))?[ \t]+$")
# (found from its bracket, which few notes hold; what it names is looked for before it)
_PLACE_IN_BRACKETS = re.compile(
    r"\(" + rf"((?:(?:De|Het|'t|Villa|Huize)[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
    r"(?=[ \t]*(?:\)|,|[ \t]van[ \t]|[ \t]in[ \t]))"
)
_SCHOOL_OR_GROUP_BEFORE = re.compile(
    r"(?i)\b(?:school|basisschool|groep|woongroep|leefgroep|gezinshuis)"
    r"(?:[ \t]+van[ \t]+[^\W\d_]+)?[ \t]*$"
)
# "dat Rafael op het Vathorst College zit": the school before the verb
_SCHOOL_THEN_VERB = re.compile(
    r"\b(?:op|naar)[ \t]+"
    rf"((?:het|de)[ \t]+(?:{_CAP}[ \t]+(?:(?:van|de|der|den|ten|ter)[ \t]+)?){{1,3}}"
    r"(?:Lyceum|College|Gymnasium|Scholengemeenschap|Academie|Kindcentrum)"
    r"(?:[ \t]+(?:in|te)[ \t]+[A-ZÀ-Ý][\w'’-]+)?)"
    r"(?=[ \t]+(?:zit|zat|zitten|zaten)\b)"
)
_LOWER_ARTICLE_NAME = re.compile(r"[ \t]+(?:de|het)[ \t]+([A-ZÀ-Ý][\w'’-]*)")
_SCHOOL_HEADS = ("Lyceum", "College", "Gymnasium", "Scholengemeenschap", "Academie", "Kindcentrum")
_ATTENDS = re.compile(
    r"(?i:(?:zit|zat|gaat|ging|zitten|zaten|gaan|gingen)[ \t]+"
    r"(?:nu[ \t]+|sinds[ \t]+\w+[ \t]+|al[ \t]+\w+[ \t]+\w+[ \t]+)?"
    r"(?:op|naar)[ \t]+"
    # "School is De Regenboog in Schiedam", "zijn school heet Het Baken"
    r"|school[ \t]+(?:is|was|heet|heette)[ \t]+"
    # "Berfin's school, De Regenboog in Almere Haven, heeft ...": the school in apposition
    r"|school[ \t]*,[ \t]*)"
    rf"((?:(?:De|Het|'t)[ \t]+){_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    rf"{_IN_TOWN}"
    # "zit op het Trevianum", "gaat naar de Sterrenwachter": the article in lowercase, one
    # capitalised word that is no Dutch word
    rf"|(?:de|het)[ \t]+(?-i:[A-ZÀ-Ý][a-zà-ÿ]{{3,}}){_IN_TOWN})"
)
_WORKS_AT = re.compile(
    r"(?i:(?:werkt|werkte|werken|werkzaam|voetbalt|speelt|traint|sport|hockeyt|danst|turnt|"
    r"zwemt|judoot|korfbalt|tennist|schaakt|"
    r"vrijwilliger|stage|stageplek|bijbaan|bijbaantje)(?:[ \t]+(?:als|nu|al|sinds)[ \t]+\w+)?"
    # "werkt nachten op de champignonkwekerij in Grubbenvorst"
    r"(?:[ \t]+(?:nachten|overdag|parttime|fulltime|ook|daar|weer|sinds[ \t]+kort))?"
    r"[ \t]+(?:bij|voor|op)[ \t]+)"
    # "bij kebabzaak Anatolia in Winschoten": the kind of business may come first
    r"((?:(?:de|het)[ \t]+)?(?:[a-zà-ÿ]*(?:zaak|winkel|bedrijf|garage|bakkerij|slagerij|kapsalon|"
    r"restaurant|supermarkt|fabriek|kwekerij|boerderij|hotel|café|snackbar|camping)[ \t]+)?"
    rf"(?:(?:De|Het|'t|de|het)[ \t]+)?{_CAP}"
    rf"(?:[ \t]+(?:(?:van|de|der|het|en|op|aan)[ \t]+)?{_CAP}){{0,3}}"
    rf"{_IN_TOWN}"
    # "op de champignonkwekerij in Grubbenvorst": an unnamed business, by its town
    r"|(?:de|het)[ \t]+[a-zà-ÿ]*(?:bakkerij|slagerij|fabriek|kwekerij|boerderij|wasserij|"
    r"visafslag|veiling|zagerij|drukkerij|garage)[ \t]+(?:in|te)[ \t]+(?!Nederland\b|Holland\b)"
    r"[A-ZÀ-Ý][\w'’-]+)"
)
# a job at a named employer: "Moeder is juf op De Zonnewijzer in Nunspeet", "Vader is
# buschauffeur bij Qbuzz in Groningen" (not "is boos op Karakter": no profession)
_JOB_AT = re.compile(
    r"(?i:(?:is|was)[ \t]+(?:een[ \t]+|de[ \t]+)?"
    r"[a-zà-ÿ-]*(?:juf|meester|leerkracht|docent|docente|conciërge|chauffeur|monteur|"
    r"kapper|kapster|verpleegkundige|verzorgende|schoonmaker|schoonmaakster|kok|bezorger|"
    r"medewerker|medewerkster|verkoper|verkoopster|magazijnmedewerker|beveiliger|agent|"
    r"brandweerman|loodgieter|elektricien|timmerman|schilder|tandarts|huisarts|apotheker|"
    r"fysiotherapeut|leidster|pedagogisch[ \t]+medewerker)"
    r"[ \t]+(?:bij|op|in|van)[ \t]+)"
    rf"((?:(?:De|Het|'t|de|het)[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
    rf"{_IN_TOWN})"
)
# "groep 6 van De Regenboog", "klas 2b op het Vathorst College"
_CLASS_OF = re.compile(
    r"(?i:(?:groep|klas)[ \t]+\d{1,2}[a-z]?[ \t]+(?:van|op|bij)[ \t]+)"
    rf"((?:(?:De|Het|'t|de|het)[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
    rf"{_IN_TOWN})"
)
# A sport or hobby and the club: "zit op judo bij Budo Ryu Zeist"
_CLUB = re.compile(
    r"(?i:(?:judo|voetbal|hockey|turnen|dansles|dans|zwemles|zwemmen|karate|kickboksen|boksen|"
    r"muziekles|scouting|atletiek|basketbal|tennis|korfbal|handbal|volleybal|paardrijden)"
    r"[ \t]+(?:bij|op)[ \t]+)"
    rf"((?:(?:De|Het|'t|de|het)[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
    rf"{_IN_TOWN})"
)
# a club by its abbreviation, with its youth team: "HC Bloemendaal", "KV Wartburg", "GV Olympia
# Hardenberg", "ONS Sneek JO17-1"; a youth team on its own: "JO13-2", "MO17-1"
# (both start with their letters, so the engine skips fast to where they may stand; what may
# stand before them is checked in `find_quasi`)
_CLUB_ABBREVIATED = re.compile(
    r"((?:HC|MHC|KV|CKV|GV|FC|AV|ZV|HV|KC|TC|LTC|RKVV|RKSV|ONS)"
    r"[ \t]+[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?"
    r"(?:[ \t]+(?:[JM]O\d{1,2}(?:-\d{1,2})?|O\d{2}))?)(?![\w-])"
)
_YOUTH_TEAM = re.compile(r"[JM]O\d{1,2}-\d{1,2}(?![\w-])")
_CLUB_TEAM = re.compile(
    r"(?<![\w-])(?:[A-ZÀ-Ý][\w'’-]*[ \t]+){1,4}(?=[JMU]O?\d)"
    r"(?:[JM]O\d{1,2}(?:-\d{1,2})?|U\d{1,2})(?![\w-])"
)
_JONG_BEFORE = re.compile(r"(?:Jong|jong)[ \t]+$")
# not a postcode's letters ("1076 AV Amsterdam"), not inside a word or code
_NOT_CLUB_BEFORE = re.compile(r"(?:[\w-]|\d[ \u00a0])$")
_FAN_BEFORE = re.compile(
    r"(?i)\b(?:fan|supporter|wedstrijd|wedstrijden|tegen|kijkt|keek|kijken|keken)\b[^.\n]{0,15}$"
)
# A rare job that pins a person down: "de enige huisarts op Urk", "wethouder in Almere"
_RARE_JOB = re.compile(
    r"(?i:(?:is|was|werkt[ \t]+als|werkte[ \t]+als)[ \t]+)"
    r"((?:de[ \t]+|een[ \t]+)?(?:(?:enige[ \t]+)?"
    r"(?i:huisarts|wethouder|burgemeester|imam|dominee|pastoor|predikant|rabbijn|raadslid|"
    r"notaris|tandarts|apotheker|dierenarts|schoolleider|schooldirecteur|rector|wijkagent|"
    r"politiecommissaris|brandweercommandant|voorganger|kinderrechter|rechter|"
    r"officier van justitie|voorzitter|eigenaar|hoofd|directeur|trainer|koster|"
    r"kerkenraadslid|ouderling|diaken|beheerder|uitbater|secretaris|penningmeester|conciërge|"
    r"schipper|sluiswachter|veearts|verloskundige))"
    # "voorzitter van de ijsclub", "eigenaar van de bakkerij", "de koster van de Sint-Jan",
    # "de dominee van de Hervormde gemeente"
    r"(?:[ \t]+van[ \t]+(?:de|het)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+)?"
    r"[ \t]+(?:in|op|te|van)[ \t]+(?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)"
)
# "het enige Chinese afhaalrestaurant in Oosterwolde", "de enige vrouwelijke schoorsteenveger
# in Winterswijk": the only one of a kind in a known town
_ONLY_ONE = re.compile(
    r"(?i:enige)(?:[ \t]+[\w-]+){0,2}?[ \t]+(?P<what>[\w-]+)[ \t]+(?:in|op|te|van)[ \t]+"
    r"((?:'s-|Den[ \t]+)?[A-ZÀ-Ý][\w'’-]+)"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|een)[ \t]+$", re.IGNORECASE)
# ... not an organisation: "de enige instelling in Utrecht met een klachtencommissie"
_ORGANISATION_NOUNS = words_of("""
    instelling instellingen aanbieder aanbieders zorgaanbieder organisatie organisaties stichting
    gemeente gemeenten jeugdhulpaanbieder klachtencommissie commissie locatie vestiging regio
    provincie plek plaats
    """)
# Organisations of the trade are never a child's school, group or employer as meant here
_TRADE = re.compile(
    r"(?i)^(?:veilig thuis|de raad|raad voor|gi|het wijkteam|wijkteam|gemeente|jeugdbescherming|"
    r"de gemeente|ggz|jeugdzorg|politie|rechtbank|akj|jeugdstem|de gi|het akj)\b"
)


# The word each pattern above starts with: the patterns are tried only where one stands
# (one pass over the words instead of a case-insensitive alternation at every position).
_WORD = re.compile(r"[^\W\d_][\w-]*")
_TRIGGERS: dict[str, tuple[re.Pattern[str], ...]] = {}
for _regex, _words in (
    (
        _HANDLE_AFTER,
        "instagram insta tiktok snapchat snap facebook fb twitter x discord telegram twitch "
        "roblox psn steam youtube",
    ),
    (_CASE_NUMBER_AFTER, "parketnummer parketnr zaaknummer zaaknr rolnummer zaak"),
    (
        _COMPLAINT_NUMBER,
        "ombudsman kinderombudsman geschilleninstantie geschillencommissie klachtencommissie skj",
    ),
    (
        _ACCOUNT_NAMED,
        "account gebruikersnaam accountnaam gamertag gametag gamernaam bijnaam gamet speelt game "
        "psn-naam psn xbox-naam steam-naam fortnite-naam roblox-naam handle username",
    ),
    (
        _ID_NUMBER_AFTER,
        "studentnummer leerlingnummer cliëntnummer clientnummer patiëntnummer patientnummer "
        "lidnummer lidmaatschapsnummer pasnummer studentnr leerlingnr cliëntnr clientnr "
        "patiëntnr patientnr lidnr pasnr",
    ),
    (
        _SCHOOL_TAIL,
        "zit zat gaat ging gaan zitten fietst leerling ingeschreven stage stagiair studeert "
        "studeerde student school mentor mentrix klas broer zus broertje zusje zoon dochter kind "
        "kinderen",
    ),
    (
        _CLUB,
        "judo voetbal hockey turnen dansles dans zwemles zwemmen karate kickboksen boksen "
        "muziekles scouting atletiek basketbal tennis korfbal handbal volleybal paardrijden",
    ),
    (_RARE_JOB, "is was werkt werkte"),
    (_JOB_AT, "is was"),
    (_ONLY_ONE, "enige"),
    (_CLASS_OF, "groep klas"),
    (_ATTENDS, "zit zat gaat ging zitten zaten gaan gingen school"),
    (_PLATE_AFTER, "kenteken kentekennummer kentekenplaat"),
    (
        _WORKS_AT,
        "werkt werkte werken werkzaam voetbalt speelt traint sport hockeyt danst vrijwilliger "
        "turnt zwemt judoot korfbalt tennist schaakt "
        "stage stageplek bijbaan bijbaantje",
    ),
):
    for _w in _words.split():
        _TRIGGERS[_w] = (*_TRIGGERS.get(_w, ()), _regex)
_SCHOOL_SET = frozenset(
    w.replace("\\", "") for w in _SCHOOL_WORDS[3:-1].split("|") if " " not in w
) | frozenset({"vrije", "middelbare"})


def find_quasi(text: str) -> Iterator[Candidate]:
    """Every quasi-identifier candidate in `text` (kind "other")."""
    if "-" in text:
        for match in _PLATE_LIKE.finditer(text):
            raw = match.group()
            if (
                _PLATE.fullmatch(raw)
                and any(c.isalpha() for c in raw)
                and any(c.isdigit() for c in raw)
            ):
                yield Candidate(match.start(), match.end(), "other")
    if "_" in text:
        # "kan je mn snap toevoegen, mauro_vdl07": a handle with its underscore, a platform
        # named just before it
        for match in _UNDERSCORED.finditer(text):
            if _PLATFORM_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                yield Candidate(match.start(), match.end(), "other")
    if "@" in text:
        for match in _HANDLE.finditer(text):
            if not _organisation_handle(match.group()):
                yield Candidate(match.start(), match.end(), "other")
    for match in _COURT.finditer(text):
        yield Candidate(match.start(), match.end(), "other")
    if "groep" in text or "school" in text or "gezinshuis" in text:
        # "hij zit bij De Kijkuit, een groep van de aanbieder": a named place, said what it is
        for match in _PLACE_SAID_AFTER.finditer(text):
            yield from _named(match)
        # "school van Tarek (De Octopus)", "op de groep (Villa Hazelaar van Ambiq)"
        for match in _PLACE_IN_BRACKETS.finditer(text):
            if _SCHOOL_OR_GROUP_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            ) and not _provider(match.group(1)):  # (not "op de groep (Horizon)")
                yield from _named(match)
    if any(head in text for head in _SCHOOL_HEADS):
        for match in _SCHOOL_THEN_VERB.finditer(text):
            yield Candidate(match.start(1), match.end(1), "other")
    for match in _CLUB_ABBREVIATED.finditer(text):
        lead = max(0, match.start() - 30)
        if _NOT_CLUB_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            continue
        if not _FAN_BEFORE.search(text, lead, match.start()):
            jong = _JONG_BEFORE.search(text, max(0, match.start() - 6), match.start())
            for cand in _named(match):  # "Jong FC Twente O15"
                yield Candidate(jong.start(), cand.end, cand.kind) if jong else cand
    for match in _YOUTH_TEAM.finditer(text):
        if not _NOT_CLUB_BEFORE.search(text, max(0, match.start() - 1), match.start()):
            yield Candidate(match.start(), match.end(), "other")
    for match in _CLUB_TEAM.finditer(text) if "O1" in text or "U1" in text else ():
        # "SC Feyenoord JO17-2", "ADO Den Haag JO13", "Tilburg Trappers U16": a club, then its
        # youth team (not "Uitspraak U16": a word of its own, no club's name)
        from vertrouwen.privacy import lexicon

        words = match.group().split()[:-1]
        if any(not lexicon.is_dutch_word(w) or w.isupper() for w in words):
            yield Candidate(match.start(), match.end(), "other")
    for word in _WORD.finditer(text):
        low = word.group().casefold()
        if low in _SCHOOL_SET and not (
            # "Huize Johanna heeft nieuwe bezoekregels": a home as the body it is, unless
            # someone is in it ("woont in Huize Sonnevanck", "bij Huize Avondrood")
            low == "huize" and not _IN_BEFORE.search(text, max(0, word.start() - 16), word.start())
        ):
            place = _NAMED_PLACE.match(text, word.start())
            lower = _LOWER_ARTICLE_NAME.match(text, word.end())
            if lower is None or not _body_word(lower.group(1).casefold()):
                # (not "de school de Raad heeft ...": a lowercase article before a body)
                yield from _named(place)
            # "School: Het Baken, Almere", "basisschool: De Wegwijzer in Ede": a record's field
            yield from _named(_LABELLED_SCHOOL.match(text, word.end()))
        # "Discord-naam", "Insta-account": the platform opens the compound
        triggers = _TRIGGERS.get(low)
        if triggers is None:
            triggers = _TRIGGERS.get(low.split("-", 1)[0], ()) if "-" in low else ()
        for regex in triggers:
            hit = regex.match(text, word.start())
            if hit is None:
                continue
            if regex is _ONLY_ONE:
                from vertrouwen.privacy import lexicon

                if (
                    hit.group(2).casefold() in lexicon.places()
                    and hit.group("what").casefold() not in _ORGANISATION_NOUNS
                ):
                    article = _ARTICLE_BEFORE.search(text, max(0, hit.start() - 5), hit.start())
                    start = article.start() if article else hit.start()  # "de enige ..."
                    yield Candidate(start, hit.end(), "other")
            elif regex is _ATTENDS and hit.group(1)[:1].islower():
                # "zit op het Trevianum": no Dutch word, place, body or provider
                if not _common_or_known(hit.group(1).split()[1].casefold()):
                    yield from _named(hit)
            elif regex is _JOB_AT:
                if _client_before(text, hit.start()):  # "Moeder is juf op ...", not "De mentor"
                    yield from _named(hit)
            elif regex is _PLATE_AFTER:
                raw = hit.group(1)
                bare = raw.replace(" ", "").replace("\t", "")
                if (
                    _PLATE_BARE.fullmatch(bare)
                    and any(c.isalpha() for c in bare)
                    and any(c.isdigit() for c in bare)
                ):
                    yield Candidate(hit.start(1), hit.end(1), "other")
            elif regex in (_HANDLE_AFTER, _CASE_NUMBER_AFTER, _ACCOUNT_NAMED, _COMPLAINT_NUMBER):
                group = next((g for g in range(1, regex.groups + 1) if hit.group(g)), 1)
                if regex is _HANDLE_AFTER and _plain_word(hit.group(group)):
                    continue  # "Snapchat en TikTok: pleegouders hebben ...": a note's topic
                yield Candidate(hit.start(group), hit.end(group), "other")
            else:
                yield from _named(hit)


_KIN_BEFORE = re.compile(
    r"(?i:\b(?:moeder|vader|ouder|ouders|oma|opa|broer|zus|tante|oom|zoon|dochter|pleegmoeder|"
    r"pleegvader|stiefmoeder|stiefvader|partner|vriend|vriendin|hij|zij|ze)\b[ \t]*$)"
    r"|(?P<name>\b[A-ZÀ-Ý][a-zà-ÿ'’-]+)[ \t]*$"
)


def _body_word(word: str) -> bool:
    """Whether a lowercased word names a body, a provider or a place ("raad", "horizon")."""
    from vertrouwen.privacy import lexicon
    from vertrouwen.privacy.allowlist import DOMAIN_WORDS

    return word in DOMAIN_WORDS or _provider(word) or word in lexicon.places()


def _common_or_known(word: str) -> bool:
    """Whether a lowercased word is a Dutch or English word, a place, a body or a provider."""
    from vertrouwen.privacy import lexicon

    return lexicon.is_dutch_word(word) or lexicon.is_english_word(word) or _body_word(word)


def _provider(name: str) -> bool:
    """Whether `name` is a care provider the guard knows by name ("Horizon", "Levvel")."""
    from vertrouwen.privacy import lexicon

    low = name.casefold()
    return low in lexicon.providers() or low in lexicon.not_persons()


def _plain_word(handle: str) -> bool:
    """Whether a handle is a lowercase Dutch word with no mark of a handle (no "@", dot,
    underscore or digit): "Instagram: foto van ...", "TikTok: pleegouders hebben ..."."""
    from vertrouwen.privacy import lexicon

    return handle.isalpha() and handle.islower() and lexicon.is_dutch_word(handle)


def _client_before(text: str, start: int) -> bool:
    """Whether a family member, a pronoun or a name stands right before `start` (the job's
    "is"): the job pins the client's family down, not a professional's."""
    m = _KIN_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    name = m.group("name")
    if name is None:
        return True
    from vertrouwen.privacy.allowlist import DOMAIN_WORDS

    return name.casefold() not in DOMAIN_WORDS and name not in ("De", "Het", "Die", "Dit")


def _organisation_handle(handle: str) -> bool:
    """ "@VeiligThuisNL", "@jeugdstem": an organisation's public account, not a person's."""
    from vertrouwen.privacy import lexicon
    from vertrouwen.privacy.allowlist import ORGANISATION_PHRASES, ORGANISATION_WORDS

    low = handle.lstrip("@").casefold()
    for tail in ("_nl", "nl", "_official", "official"):
        if low.endswith(tail) and len(low) > len(tail) + 2:
            low = low[: -len(tail)]
            break
    return (
        low in ORGANISATION_WORDS
        or low in lexicon.providers()
        or low in lexicon.not_persons()
        or any(low == p.replace(" ", "").replace("-", "") for p in ORGANISATION_PHRASES)
    )


# what an organisation does, said right after its name: "OBS De Regenboog organiseert ..."
_ACTS_AS_ORGANISATION = re.compile(
    r"[ \t]+(?:organiseert|organiseerde|biedt|bood|heeft[ \t]+een[ \t]+(?:\w+[ \t]+)?"
    r"(?:programma|aanbod|wachtlijst|klachtenregeling|project)|is[ \t]+een[ \t]+"
    r"(?:\w+[ \t]+)?(?:school|club|vereniging|organisatie|instelling)"
    # "Zorgcentrum Sint Jozef reageert niet op de brief", "Gezinshuis X is onderdeel van Y":
    # the home as the body that answers letters, not where someone lives
    r"|reageert|reageerde|antwoordt|antwoordde|is[ \t]+onderdeel[ \t]+van"
    r"|heeft[ \t]+(?:\w+[ \t]+)?(?:plekken|plaatsen|bedden))\b"
)


def _named(match: re.Match[str] | None) -> Iterator[Candidate]:
    if match is None:
        return
    if _ACTS_AS_ORGANISATION.match(match.string, match.end(1)):
        return  # "Voetbalclub SC Heerenveen heeft een maatschappelijk programma"
    name = match.group(1).rstrip(".")
    if _chain(name):
        return  # "werkt bij Albert Heijn", "bijbaantje bij de Jumbo": a chain pins no one down
    if _language_after_noun(name):
        return  # "op school Nederlands, thuis Turks": the language spoken there
    if not _TRADE.match(name):
        end = match.start(1) + len(name)
        year = _FOUNDED.match(match.string, end)  # "VV Zwaluwen '30": the club's year
        yield Candidate(match.start(1), year.end() if year else end, "other")


_FOUNDED = re.compile(r"[ \t]+['’]\d{2}\b")
_ARTICLE = re.compile(r"(?i)^(?:de|het|'t)[ \t]+")


def _language_after_noun(name: str) -> bool:
    """Whether `name` is a lowercase noun and a language or people ("school Nederlands")."""
    from vertrouwen.privacy import lexicon

    words = name.split()
    return (
        len(words) == 2
        and words[0].islower()
        and words[1].casefold() in lexicon.not_persons()
        and words[1].casefold() not in lexicon.places()
    )


def _chain(name: str) -> bool:
    """Whether `name` is a chain, brand or app the guard knows ("Albert Heijn", "de HEMA")."""
    from vertrouwen.privacy import lexicon
    from vertrouwen.privacy.allowlist import ORGANISATION_PHRASES

    low = _ARTICLE.sub("", name).casefold()
    return low in ORGANISATION_PHRASES or low in lexicon.not_persons()
