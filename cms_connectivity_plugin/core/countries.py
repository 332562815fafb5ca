"""Country names and common non-ISO codes, so that "GER", "Allemagne" or "Alemania" find DEU.

Users type IOC or FIFA codes (GER, SUI, NED, RSA), two-letter codes (DE, UK), frequent slips
(SPA for Spain) or a country's name in English, French or Spanish. :func:`resolve_country`
turns any of those into the ISO 3166-1 alpha-3 code when only one country fits, and
:func:`suggest_countries` ranks the codes of a border layer for a message ("GER (DEU
Germany?)"). Matching ignores case, accents, punctuation and a leading article ("la France",
"El Salvador", "The Gambia").

Codes of one system can be another system's code for a different country (IOC LIB is Lebanon,
not Libya; IOC NIG is Niger, not Nigeria; CHI is Chile, not China), so a short code other than
ISO3 is a *suggestion* for the user to confirm, never silently replaced; full names are
unambiguous and may be replaced (see :func:`resolve_name`). Aliases that are the ISO3 code of
another country (IOC BRN is Bahrain, ISO3 BRN is Brunei) are left out: ISO3 always wins.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping

# One country per line: ISO3 | ISO2 | other codes | English | French | Spanish | more names.
# "Other codes" are IOC and FIFA codes where they differ from ISO3, old or World Bank codes
# and frequent slips; "=CODE" marks a code that border layers use for the same country
# (Natural Earth's KOS and the World Bank's KSV for Kosovo), accepted as that country.
# "More names" are ";"-separated. A line starting with "+" continues the line above.
# Accents and case do not matter.
_TABLE = """
AFG|AF||Afghanistan|Afghanistan|Afganistán|
ALA|AX||Åland Islands|Åland|Åland|Aland
ALB|AL||Albania|Albanie|Albania|
DZA|DZ|ALG|Algeria|Algérie|Argelia|
AND|AD|ADO|Andorra|Andorre|Andorra|
AGO|AO|ANG|Angola|Angola|Angola|
AIA|AI||Anguilla|Anguilla|Anguila|
ATA|AQ||Antarctica|Antarctique|Antártida|
ATG|AG|ANT|Antigua and Barbuda|Antigua-et-Barbuda|Antigua y Barbuda|Antigua and Barb.
ARG|AR||Argentina|Argentine|Argentina|
ARM|AM||Armenia|Arménie|Armenia|
ABW|AW|ARU|Aruba|Aruba|Aruba|
AUS|AU||Australia|Australie|Australia|
AUT|AT||Austria|Autriche|Austria|Österreich
AZE|AZ||Azerbaijan|Azerbaïdjan|Azerbaiyán|
BHS|BS|BAH|Bahamas|Bahamas|Bahamas|
BHR|BH||Bahrain|Bahreïn|Baréin|Bahrein;Bahréin
BGD|BD|BAN|Bangladesh|Bangladesh|Bangladés|
BRB|BB|BAR|Barbados|Barbade|Barbados|
BLR|BY||Belarus|Biélorussie|Bielorrusia|Bélarus;Byelorussia
BEL|BE||Belgium|Belgique|Bélgica|België
BLZ|BZ|BIZ|Belize|Belize|Belice|
BEN|BJ||Benin|Bénin|Benín|
BMU|BM|BER|Bermuda|Bermudes|Bermudas|
BTN|BT|BHU|Bhutan|Bhoutan|Bután|
BOL|BO||Bolivia|Bolivie|Bolivia|
BIH|BA||Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia y Herzegovina|Bosnia;Bosnie
+;Bosnia and Herz.
BWA|BW|BOT|Botswana|Botswana|Botsuana|
IOT|IO||British Indian Ocean Territory|Territoire britannique de l'océan Indien
+|Territorio Británico del Océano Índico|Chagos
BRA|BR||Brazil|Brésil|Brasil|
VGB|VG|IVB|British Virgin Islands|Îles Vierges britanniques|Islas Vírgenes Británicas|
BRN|BN|BRU|Brunei|Brunei|Brunéi|Brunei Darussalam
BGR|BG|BUL|Bulgaria|Bulgarie|Bulgaria|
BFA|BF|BUR|Burkina Faso|Burkina Faso|Burkina Faso|
BDI|BI||Burundi|Burundi|Burundi|
CPV|CV||Cape Verde|Cap-Vert|Cabo Verde|
KHM|KH|CAM|Cambodia|Cambodge|Camboya|
CMR|CM||Cameroon|Cameroun|Camerún|
CAN|CA||Canada|Canada|Canadá|
CYM|KY|CAY|Cayman Islands|Îles Caïmans|Islas Caimán|
CAF|CF|CTA|Central African Republic|République centrafricaine|República Centroafricana|Centrafrique
+;Central African Rep.
TCD|TD|CHA|Chad|Tchad|Chad|
CHL|CL|CHI|Chile|Chili|Chile|
CHN|CN|PRC|China|Chine|China|People's Republic of China
COK|CK||Cook Islands|Îles Cook|Islas Cook|
COL|CO||Colombia|Colombie|Colombia|
COM|KM||Comoros|Comores|Comoras|
COG|CG|CGO|Republic of the Congo|République du Congo|República del Congo|Congo;Congo-Brazzaville
COD|CD|ZAR DRC RDC|Democratic Republic of the Congo|République démocratique du Congo
+|República Democrática del Congo|Congo;DR Congo;RD Congo;Dem. Rep. Congo;Congo-Kinshasa
+;Zaire
CRI|CR|CRC|Costa Rica|Costa Rica|Costa Rica|
CIV|CI||Côte d'Ivoire|Côte d'Ivoire|Costa de Marfil|Ivory Coast
HRV|HR|CRO|Croatia|Croatie|Croacia|Hrvatska
CUB|CU||Cuba|Cuba|Cuba|
CUW|CW||Curaçao|Curaçao|Curazao|
CYP|CY||Cyprus|Chypre|Chipre|
CZE|CZ||Czechia|Tchéquie|Chequia|Czech Republic;République tchèque;República Checa
DNK|DK|DEN|Denmark|Danemark|Dinamarca|Danmark
DJI|DJ||Djibouti|Djibouti|Yibuti|
DMA|DM||Dominica|Dominique|Dominica|
DOM|DO||Dominican Republic|République dominicaine|República Dominicana|Dominican Rep.
ECU|EC||Ecuador|Équateur|Ecuador|
EGY|EG||Egypt|Égypte|Egipto|
SLV|SV|ESA|El Salvador|Salvador|El Salvador|
GNQ|GQ|GEQ EQG|Equatorial Guinea|Guinée équatoriale|Guinea Ecuatorial|Eq. Guinea
ERI|ER||Eritrea|Érythrée|Eritrea|
EST|EE||Estonia|Estonie|Estonia|
SWZ|SZ||Eswatini|Eswatini|Esuatini|Swaziland;Suazilandia
ETH|ET||Ethiopia|Éthiopie|Etiopía|
FLK|FK||Falkland Islands|Îles Malouines|Islas Malvinas|Falklands;Malouines;Malvinas
FRO|FO||Faroe Islands|Îles Féroé|Islas Feroe|Faeroe Is.;Faroes
FJI|FJ|FIJ|Fiji|Fidji|Fiyi|
FIN|FI||Finland|Finlande|Finlandia|Suomi
ATF|TF||French Southern and Antarctic Lands|Terres australes et antarctiques françaises
+|Tierras Australes y Antárticas Francesas|TAAF
FRA|FR||France|France|Francia|
GUF|GF||French Guiana|Guyane|Guayana Francesa|Guyane française
PYF|PF|TAH|French Polynesia|Polynésie française|Polinesia Francesa|Tahiti
GAB|GA||Gabon|Gabon|Gabón|
GMB|GM|GAM|Gambia|Gambie|Gambia|
GEO|GE||Georgia|Géorgie|Georgia|
DEU|DE|GER|Germany|Allemagne|Alemania|Deutschland
GHA|GH||Ghana|Ghana|Ghana|
GIB|GI||Gibraltar|Gibraltar|Gibraltar|
GRC|GR|GRE EL|Greece|Grèce|Grecia|Hellas
GRL|GL||Greenland|Groenland|Groenlandia|
GRD|GD|GRN|Grenada|Grenade|Granada|
GLP|GP||Guadeloupe|Guadeloupe|Guadalupe|
GUM|GU||Guam|Guam|Guam|
GTM|GT|GUA|Guatemala|Guatemala|Guatemala|
GGY|GG||Guernsey|Guernesey|Guernsey|
GIN|GN|GUI|Guinea|Guinée|Guinea|Guinea-Conakry;Guinée-Conakry
GNB|GW|GBS|Guinea-Bissau|Guinée-Bissau|Guinea-Bisáu|
GUY|GY||Guyana|Guyana|Guyana|
HTI|HT|HAI|Haiti|Haïti|Haití|
VAT|VA||Vatican City|Vatican|Ciudad del Vaticano|Holy See;Saint-Siège;Santa Sede;Vaticano
+;Cité du Vatican
HMD|HM||Heard Island and McDonald Islands|Îles Heard-et-MacDonald|Islas Heard y McDonald|
HND|HN|HON|Honduras|Honduras|Honduras|
HKG|HK||Hong Kong|Hong Kong|Hong Kong|
HUN|HU||Hungary|Hongrie|Hungría|Magyarország
ISL|IS||Iceland|Islande|Islandia|
IND|IN||India|Inde|India|
IDN|ID|INA|Indonesia|Indonésie|Indonesia|
IRN|IR|IRI|Iran|Iran|Irán|Islamic Republic of Iran;Persia
IRQ|IQ||Iraq|Irak|Irak|
IRL|IE|IRE|Ireland|Irlande|Irlanda|Eire;Republic of Ireland
IMN|IM|IMY|Isle of Man|Île de Man|Isla de Man|
ISR|IL||Israel|Israël|Israel|
ITA|IT||Italy|Italie|Italia|
JAM|JM||Jamaica|Jamaïque|Jamaica|
JPN|JP||Japan|Japon|Japón|
JEY|JE||Jersey|Jersey|Jersey|
JOR|JO||Jordan|Jordanie|Jordania|
KAZ|KZ||Kazakhstan|Kazakhstan|Kazajistán|Kazajstán
KEN|KE||Kenya|Kenya|Kenia|
KIR|KI||Kiribati|Kiribati|Kiribati|
XKX|XK|=KOS =KSV KVX|Kosovo|Kosovo|Kosovo|
KWT|KW|KUW|Kuwait|Koweït|Kuwait|
KGZ|KG||Kyrgyzstan|Kirghizistan|Kirguistán|Kyrgyz Republic;Kirguizistán
LAO|LA||Laos|Laos|Laos|Lao PDR
LVA|LV|LAT|Latvia|Lettonie|Letonia|
LBN|LB|LIB|Lebanon|Liban|Líbano|
LSO|LS|LES|Lesotho|Lesotho|Lesoto|
LBR|LR||Liberia|Liberia|Liberia|
LBY|LY|LBA|Libya|Libye|Libia|
LIE|LI||Liechtenstein|Liechtenstein|Liechtenstein|
LTU|LT||Lithuania|Lituanie|Lituania|
LUX|LU||Luxembourg|Luxembourg|Luxemburgo|
MAC|MO||Macao|Macao|Macao|Macau
MDG|MG|MAD|Madagascar|Madagascar|Madagascar|
MWI|MW|MAW|Malawi|Malawi|Malaui|
MYS|MY|MAS|Malaysia|Malaisie|Malasia|
MDV|MV||Maldives|Maldives|Maldivas|
MLI|ML||Mali|Mali|Malí|
MLT|MT||Malta|Malte|Malta|
MHL|MH||Marshall Islands|Îles Marshall|Islas Marshall|
MTQ|MQ||Martinique|Martinique|Martinica|
MRT|MR|MTN|Mauritania|Mauritanie|Mauritania|
MUS|MU|MRI|Mauritius|Maurice|Mauricio|Île Maurice
MYT|YT||Mayotte|Mayotte|Mayotte|
MEX|MX||Mexico|Mexique|México|
FSM|FM||Micronesia|Micronésie|Micronesia|Federated States of Micronesia
MDA|MD||Moldova|Moldavie|Moldavia|Republic of Moldova
MCO|MC|MON|Monaco|Monaco|Mónaco|
MNG|MN|MGL|Mongolia|Mongolie|Mongolia|
MNE|ME||Montenegro|Monténégro|Montenegro|
MSR|MS||Montserrat|Montserrat|Montserrat|
MAR|MA|MOR|Morocco|Maroc|Marruecos|
MOZ|MZ||Mozambique|Mozambique|Mozambique|
MMR|MM|MYA|Myanmar|Birmanie|Birmania|Burma
NAM|NA||Namibia|Namibie|Namibia|
NRU|NR||Nauru|Nauru|Nauru|
NPL|NP|NEP|Nepal|Népal|Nepal|
NLD|NL|NED HOL|Netherlands|Pays-Bas|Países Bajos|Holland;Hollande;Holanda;Nederland
NCL|NC||New Caledonia|Nouvelle-Calédonie|Nueva Caledonia|
NZL|NZ||New Zealand|Nouvelle-Zélande|Nueva Zelanda|
NIC|NI|NCA|Nicaragua|Nicaragua|Nicaragua|
NER|NE|NIG|Niger|Niger|Níger|
NIU|NU||Niue|Niue|Niue|
NFK|NF||Norfolk Island|Île Norfolk|Isla Norfolk|
MNP|MP||Northern Mariana Islands|Îles Mariannes du Nord|Islas Marianas del Norte|
NGA|NG|NGR|Nigeria|Nigeria|Nigeria|
PRK|KP||North Korea|Corée du Nord|Corea del Norte|Korea;Corée;Corea;DPRK
+;Democratic People's Republic of Korea
MKD|MK||North Macedonia|Macédoine du Nord|Macedonia del Norte|Macedonia;Macédoine
NOR|NO||Norway|Norvège|Noruega|Norge
OMN|OM|OMA|Oman|Oman|Omán|
PAK|PK||Pakistan|Pakistan|Pakistán|
PLW|PW||Palau|Palaos|Palaos|
PSE|PS|PLE =WBG|Palestine|Palestine|Palestina|State of Palestine;West Bank;Gaza
PAN|PA||Panama|Panama|Panamá|
PNG|PG||Papua New Guinea|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea|
PRY|PY|PAR|Paraguay|Paraguay|Paraguay|
PCN|PN||Pitcairn Islands|Îles Pitcairn|Islas Pitcairn|
PER|PE||Peru|Pérou|Perú|
PHL|PH|PHI|Philippines|Philippines|Filipinas|
POL|PL||Poland|Pologne|Polonia|Polska
PRT|PT|POR|Portugal|Portugal|Portugal|
PRI|PR|PUR|Puerto Rico|Porto Rico|Puerto Rico|
QAT|QA||Qatar|Qatar|Catar|
REU|RE||Réunion|La Réunion|Reunión|
ROU|RO|ROM|Romania|Roumanie|Rumania|Rumanía
RUS|RU||Russia|Russie|Rusia|Russian Federation;Fédération de Russie;Federación de Rusia
RWA|RW||Rwanda|Rwanda|Ruanda|
SHN|SH||Saint Helena|Sainte-Hélène|Santa Elena|
BLM|BL||Saint Barthélemy|Saint-Barthélemy|San Bartolomé|
KNA|KN|SKN|Saint Kitts and Nevis|Saint-Christophe-et-Niévès|San Cristóbal y Nieves|
MAF|MF||Saint Martin|Saint-Martin|San Martín|
LCA|LC||Saint Lucia|Sainte-Lucie|Santa Lucía|
SPM|PM||Saint Pierre and Miquelon|Saint-Pierre-et-Miquelon|San Pedro y Miquelón|
VCT|VC|VIN|Saint Vincent and the Grenadines|Saint-Vincent-et-les-Grenadines
+|San Vicente y las Granadinas|
WLF|WF||Wallis and Futuna|Wallis-et-Futuna|Wallis y Futuna|
WSM|WS|SAM|Samoa|Samoa|Samoa|
ASM|AS|ASA|American Samoa|Samoa américaines|Samoa Americana|
SMR|SM||San Marino|Saint-Marin|San Marino|
STP|ST||São Tomé and Príncipe|Sao Tomé-et-Principe|Santo Tomé y Príncipe|
SAU|SA|KSA|Saudi Arabia|Arabie saoudite|Arabia Saudita|Arabia Saudí
SEN|SN||Senegal|Sénégal|Senegal|
SRB|RS||Serbia|Serbie|Serbia|Srbija
SYC|SC|SEY|Seychelles|Seychelles|Seychelles|
SLE|SL||Sierra Leone|Sierra Leone|Sierra Leona|
SXM|SX||Sint Maarten|Saint-Martin (partie néerlandaise)|San Martín (parte neerlandesa)|
SGP|SG|SIN|Singapore|Singapour|Singapur|
SVK|SK||Slovakia|Slovaquie|Eslovaquia|Slovak Republic
SVN|SI|SLO|Slovenia|Slovénie|Eslovenia|
SGS|GS||South Georgia and the South Sandwich Islands|Géorgie du Sud-et-les îles Sandwich du Sud
+|Islas Georgias del Sur y Sandwich del Sur|South Georgia
SLB|SB||Solomon Islands|Îles Salomon|Islas Salomón|
SOM|SO||Somalia|Somalie|Somalia|
ZAF|ZA|RSA|South Africa|Afrique du Sud|Sudáfrica|Republic of South Africa
KOR|KR||South Korea|Corée du Sud|Corea del Sur|Korea;Corée;Corea;Republic of Korea
SSD|SS||South Sudan|Soudan du Sud|Sudán del Sur|S. Sudan
ESP|ES|SPA|Spain|Espagne|España|
LKA|LK|SRI|Sri Lanka|Sri Lanka|Sri Lanka|Ceylon
SDN|SD|SUD|Sudan|Soudan|Sudán|
SUR|SR||Suriname|Suriname|Surinam|
SJM|SJ||Svalbard and Jan Mayen|Svalbard et Jan Mayen|Svalbard y Jan Mayen|Svalbard
SWE|SE||Sweden|Suède|Suecia|Sverige
CHE|CH|SUI SWI|Switzerland|Suisse|Suiza|Schweiz;Svizzera
SYR|SY||Syria|Syrie|Siria|Syrian Arab Republic
TWN|TW|TPE|Taiwan|Taïwan|Taiwán|Chinese Taipei
TJK|TJ||Tajikistan|Tadjikistan|Tayikistán|
TZA|TZ|TAN|Tanzania|Tanzanie|Tanzania|
THA|TH||Thailand|Thaïlande|Tailandia|
TLS|TL|TMP|Timor-Leste|Timor oriental|Timor Oriental|East Timor
TGO|TG|TOG|Togo|Togo|Togo|
TON|TO|TGA|Tonga|Tonga|Tonga|
TTO|TT||Trinidad and Tobago|Trinité-et-Tobago|Trinidad y Tobago|
TUN|TN||Tunisia|Tunisie|Túnez|
TUR|TR||Turkey|Turquie|Turquía|Türkiye
TKM|TM||Turkmenistan|Turkménistan|Turkmenistán|
TCA|TC||Turks and Caicos Islands|Îles Turques-et-Caïques|Islas Turcas y Caicos|
TUV|TV||Tuvalu|Tuvalu|Tuvalu|
UGA|UG||Uganda|Ouganda|Uganda|
UMI|UM||United States Minor Outlying Islands|Îles mineures éloignées des États-Unis
+|Islas Ultramarinas Menores de los Estados Unidos|
UKR|UA||Ukraine|Ukraine|Ucrania|
ARE|AE|UAE EAU|United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos|Emirates
GBR|GB|UK ENG SCO WAL NIR|United Kingdom|Royaume-Uni|Reino Unido|Great Britain;Britain;England
+;Scotland;Wales;Northern Ireland;Grande-Bretagne;Angleterre;Écosse;Pays de Galles;Irlande du Nord
+;Gran Bretaña;Inglaterra;Escocia;Gales;Irlanda del Norte
USA|US||United States|États-Unis|Estados Unidos|United States of America;EEUU;EE. UU.
VIR|VI|ISV|United States Virgin Islands|Îles Vierges des États-Unis
+|Islas Vírgenes de los Estados Unidos|U.S. Virgin Islands
URY|UY|URU|Uruguay|Uruguay|Uruguay|
UZB|UZ||Uzbekistan|Ouzbékistan|Uzbekistán|
VUT|VU|VAN|Vanuatu|Vanuatu|Vanuatu|
VEN|VE||Venezuela|Venezuela|Venezuela|
VNM|VN|VIE|Vietnam|Viêt Nam|Vietnam|Viet Nam
ESH|EH||Western Sahara|Sahara occidental|Sahara Occidental|W. Sahara
YEM|YE||Yemen|Yémen|Yemen|
ZMB|ZM|ZAM|Zambia|Zambie|Zambia|
ZWE|ZW|ZIM|Zimbabwe|Zimbabwe|Zimbabue|
"""

#: Leading words dropped from names: "la France", "El Salvador", "The Gambia", "l'Inde".
_ARTICLES = frozenset({"the", "le", "la", "les", "l", "el", "los", "las"})
#: Abbreviations written out in names of two words or more (Natural Earth writes "Cayman Is.").
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "is": "islands", "i": "island"}
#: Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ł": "l", "ı": "i"})


def _key(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, no leading article, "St." -> saint."""
    text = unicodedata.normalize("NFKD", str(text).casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("&", " and ")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    if len(words) > 1:  # abbreviations in names ("St. Lucia", "Cayman Is."), not codes ("ST")
        words = [_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words)


def _load() -> tuple[
    dict[str, tuple[str, str, str]], dict[str, str], dict[str, set[str]], dict[str, set[str]]
]:
    names: dict[str, tuple[str, str, str]] = {}  # ISO3 -> (English, French, Spanish)
    same: dict[str, str] = {}  # layer code of the same country -> ISO3
    codes: dict[str, set[str]] = {}  # lower-case alias code -> ISO3s
    by_name: dict[str, set[str]] = {}  # name key -> ISO3s
    rows: list[str] = []
    for line in _TABLE.strip().splitlines():
        if line.startswith("+"):
            rows[-1] += line[1:]
        else:
            rows.append(line)
    for row in rows:
        iso3, iso2, others, en, fr, es, more = row.split("|")
        names[iso3] = (en, fr, es)
        codes.setdefault(iso2.lower(), set()).add(iso3)
        for code in others.split():
            if code.startswith("="):
                same[code[1:]] = iso3
            else:
                codes.setdefault(code.lower(), set()).add(iso3)
        for name in (en, fr, es, *filter(None, more.split(";"))):
            by_name.setdefault(_key(name), set()).add(iso3)
    return names, same, codes, by_name


_NAMES, _SAME, _CODES, _BY_NAME = _load()

#: Every ISO3 code of the table.
ISO3_CODES: frozenset[str] = frozenset(_NAMES)


def country_name(iso3: str, language: str = "en") -> str:
    """The country's name in ``language`` ("en", "fr" or "es"; English for any other);
    "" for a code not listed."""
    names = _NAMES.get(_SAME.get(iso3, iso3))
    languages = ("en", "fr", "es")
    return names[languages.index(language) if language in languages else 0] if names else ""


def reader_name(code: str, fallback: str = "") -> str:
    """The country's name in the reader's language (``core.i18n.language``); ``fallback``
    (default: the code itself) for a code not listed."""
    from .i18n import language

    return country_name(code, language()) or fallback or code


def _in_layer(iso3: str, known: frozenset[str] | None) -> str | None:
    """``iso3`` as ``known`` spells it (itself or a layer code of the same country)."""
    if known is None or iso3 in known:
        return iso3
    return next((code for code, target in _SAME.items() if target == iso3 and code in known), None)


def _candidates(text: str) -> set[str]:
    """ISO3 codes that ``text`` names exactly (ISO3, layer code, alias code or name)."""
    code = str(text).strip().upper()
    if code in ISO3_CODES:
        return {code}
    if code in _SAME:
        return {_SAME[code]}
    key = _key(text)
    return set(_CODES.get(key, ())) | set(_BY_NAME.get(key, ()))


def resolve_country(text: str, known_iso3: Iterable[str] | None = None) -> str | None:
    """The ISO3 code that ``text`` stands for, or None when none or several countries fit.

    ``text`` may be an ISO3 code, an IOC/FIFA/two-letter/frequent code ("GER", "SUI", "UK",
    "SPA") or a name in English, French or Spanish, in any case, with or without accents. With
    ``known_iso3`` (a border layer's codes) the answer is a code of that layer: a code of the
    layer is taken as it is, Kosovo is given as the layer writes it (XKX, KOS or KSV), and a
    country missing from the layer gives None.
    """
    known = None if known_iso3 is None else frozenset(known_iso3)
    code = str(text).strip().upper()
    if known is not None and code in known:
        return code
    found = _candidates(text)
    if len(found) != 1:
        return None
    return _in_layer(found.pop(), known)


def resolve_name(text: str) -> str | None:
    """The ISO3 code of an unambiguous country *name* ("Allemagne", "Côte d'Ivoire"), else None.

    Codes ("GER", "FR") give None: a short code can mean another country in another system
    (LIB is Lebanon for the IOC), so it is shown as a suggestion rather than replaced.
    """
    found = _BY_NAME.get(_key(text), set())
    return next(iter(found)) if len(found) == 1 else None


def list_items(value) -> tuple[str, ...]:
    """Items of a list setting: a list from JSON or a form, or one text separated by commas
    or semicolons from the command line ("FRA, ESP;MAR"), stripped, empty ones dropped."""
    if isinstance(value, str):
        value = value.replace(";", ",").split(",")
    return tuple(str(v).strip() for v in (value or ()) if str(v).strip())


def country_codes(value) -> tuple[str, ...]:
    """ISO3 codes of a country list (:func:`list_items`): codes upper-cased, a country's
    *name* ("Allemagne") read as its code. The one reading of a country list for the dock,
    the scenario file, the command line and the Processing algorithms."""
    return tuple(resolve_name(v) or v.upper() for v in list_items(value))


def alias_of(text: str) -> str | None:
    """The ISO3 code meant by a non-ISO3 *code* ("GER" -> "DEU", "UK" -> "GBR"), else None."""
    code = str(text).strip().upper()
    if code in ISO3_CODES or code in _SAME:
        return None
    found = _CODES.get(code.lower(), set())
    return next(iter(found)) if len(found) == 1 else None


def suggest_countries(
    text: str,
    known_iso3: Iterable[str],
    n: int = 3,
    names: Mapping[str, str] | None = None,
) -> list[str]:
    """Up to ``n`` codes of ``known_iso3`` that ``text`` may mean, the likeliest first.

    Exact matches come first (an alias code such as GER, a name such as "Alemania"; an
    ambiguous name such as "Congo" gives every country it names), then names that start with
    ``text`` ("Allem"), then the closest codes and names by :mod:`difflib`. ``names`` (ISO3 ->
    name, e.g. the border layer's own names) are matched as well.
    """
    known = frozenset(c for c in known_iso3 if c)
    code = str(text).strip().upper()
    key = _key(text)
    layer_names = {_key(v): k for k, v in (names or {}).items() if k in known and v}
    out: list[str] = []

    def add(iso3s: Iterable[str]) -> None:
        for iso3 in sorted(iso3s):
            found = _in_layer(iso3, known)
            if found and found not in out:
                out.append(found)

    if code in known:
        add([code])
    add(_candidates(text))
    if key in layer_names:
        add([layer_names[key]])
    if len(key) >= 3:  # names with a word that starts with the text ("Allem", "ivoire")
        starts = [
            (len(name), iso3s)
            for name, iso3s in [*_BY_NAME.items(), *((k, {v}) for k, v in layer_names.items())]
            if any(word.startswith(key) for word in name.split()) or name.startswith(key)
        ]
        for _, iso3s in sorted(starts, key=lambda item: item[0]):
            add(iso3s)
    scored: list[tuple[float, str]] = []
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(key)

    def score(candidate: str, cutoff: float, iso3s: Iterable[str]) -> None:
        matcher.set_seq1(candidate)
        if (
            matcher.real_quick_ratio() >= cutoff
            and matcher.quick_ratio() >= cutoff
            and matcher.ratio() >= cutoff
        ):
            scored.extend((matcher.ratio(), iso3) for iso3 in iso3s)

    if len(key) == 3:  # a code: compare with the layer's codes and the alias codes
        for candidate in sorted(known):
            score(candidate.lower(), 0.5, [candidate])
        for candidate, iso3s in _CODES.items():
            if len(candidate) == len(key):
                score(candidate, 0.5, iso3s)
    if len(key) >= 3:
        for candidate, iso3s in _BY_NAME.items():
            score(candidate, 0.6, iso3s)
        for candidate, iso3 in layer_names.items():
            score(candidate, 0.6, [iso3])
    scored.sort(key=lambda item: -item[0])
    add_ordered = [iso3 for _, iso3 in scored]
    for iso3 in add_ordered:
        if len(out) >= n:
            break
        add([iso3])
    return out[:n]


def equivalent_code(code: str, known_iso3: Iterable[str]) -> str | None:
    """The layer's code for the same country when ``code`` is another official code of it.

    Only codes that name exactly the same country count (Kosovo is XKX, Natural Earth's KOS
    or the World Bank's KSV); alias codes such as GER do not.
    """
    known = frozenset(known_iso3)
    code = str(code).strip().upper()
    if code in known:
        return code
    iso3 = _SAME.get(code, code if code in ISO3_CODES else None)
    return _in_layer(iso3, known) if iso3 else None


def meant_countries(
    text: str, known_iso3: Iterable[str], names: Mapping[str, str] | None = None
) -> list[str]:
    """``["DEU Germany"]``: the codes of ``known_iso3`` that ``text`` may mean, with names.

    The countries ``text`` names exactly ("GER", "Alemania"; both Congos for "Congo") are
    given alone, otherwise up to three closest ones; none when nothing is close. Names come
    from ``names`` (ISO3 -> name, e.g. the border layer's) or else are in English.
    """
    known = frozenset(c for c in known_iso3 if c)
    exact = [_in_layer(iso3, known) for iso3 in sorted(_candidates(text))]
    close = [c for c in exact if c] or suggest_countries(text, known, n=3, names=names)
    labels = []
    for iso3 in close:
        name = (names or {}).get(iso3, "")
        name = name if name and name != iso3 else country_name(iso3)
        labels.append(f"{iso3} {name}".strip())
    return labels


def country_hint(
    text: str, known_iso3: Iterable[str], names: Mapping[str, str] | None = None
) -> str:
    """``GER (DEU Germany?)``: ``text`` with :func:`meant_countries`, or ``text`` alone."""
    labels = meant_countries(text, known_iso3, names)
    return f"{text} ({', '.join(labels)}?)" if labels else str(text)
