"""Countries by name: a resume says where it happened by city ("University of Amsterdam"), so a
country a question names and the resume does not is no proof it never happened there."""

from __future__ import annotations

from functools import lru_cache

from resume_chat import patterns
from resume_chat.answerer.terms import stem

_NAMES = """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia
    congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt england eritrea
    estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guyana haiti holland honduras hungary iceland india indonesia iran
    iraq ireland israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan
    laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
    malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria
    norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar
    romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia slovenia
    somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand
    togo tonga tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan vanuatu venezuela
    vietnam wales yemen zambia zimbabwe usa uk uae america britain europe africa asia
    caribbean pacific atlantic mediterranean scandinavia balkans oceania antarctica
    """.split()  # noqa: SIM905 - a word list reads best as words
# Words that name a place only with another ("South America", "Southeast Asia").
_DIRECTIONS = (
    "south north east west central latin middle southern northern eastern western southeast"
)
# Words a region's name is made of ("the East Coast", "the United States", "the Gulf"): a
# resume names the region's towns instead.
_REGION_WORDS = (
    "coast area pole valley region united states kingdom emirates republic islands gulf"
    " peninsula continent"
)
COUNTRIES = frozenset(
    stem(name) for name in [*_NAMES, *_DIRECTIONS.split(), *_REGION_WORDS.split()]
)  # stemmed as terms
# Countries as their own people write them: "Україна · Remote", "Gdańsk, Polska".
_NATIVE_NAMES = """
    polska deutschland österreich schweiz suisse svizzera česko česká slovensko magyarország
    românia россия україна беларусь қазақстан казахстан türkiye españa méxico brasil italia
    francia frankreich nederland belgië belgique sverige norge danmark suomi ελλάδα hrvatska
    srbija србија български българия lietuva latvija eesti éire 中国 日本 한국
    """.split()  # noqa: SIM905 - a word list reads best as words
# Words that name a place on their own, as written ("Tunisia").
PLACE_NAMES = frozenset([*_NAMES, *_NATIVE_NAMES])

# Nationalities, said of a thing: "a Brazilian research agency" (FAPESP), "German companies".
_DEMONYMS = frozenset(
    """
    american british canadian mexican brazilian argentinian argentine chilean colombian peruvian
    venezuelan cuban german french spanish italian portuguese dutch belgian swiss austrian swedish
    norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek
    turkish russian ukrainian irish scottish welsh english european african asian chinese
    japanese korean indian pakistani bangladeshi vietnamese thai indonesian filipino malaysian
    singaporean australian nigerian kenyan ghanaian ethiopian egyptian moroccan israeli iranian
    saudi emirati latin nordic scandinavian liberian cameroonian ugandan tanzanian rwandan
    zimbabwean zambian sri lankan nepali nepalese afghan iraqi syrian jordanian lebanese
    palestinian tunisian algerian sudanese somali senegalese ivorian congolese angolan burmese
    cambodian mongolian kazakh uzbek azerbaijani armenian georgian belarusian lithuanian latvian
    estonian slovenian croatian serbian bosnian albanian cypriot maltese ecuadorian bolivian
    paraguayan uruguayan guatemalan honduran panamanian dominican haitian jamaican taiwanese
    qatari kuwaiti omani yemeni libyan
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Faiths said of a thing the same way: "Jewish religious texts", "a Catholic hospital".
_FAITHS = frozenset("jewish christian catholic muslim islamic hindu buddhist sikh".split())  # noqa: SIM905


# A nationality standing as a field of its own: "Egyptian , Married , English fluent",
# "National : Liberian", "Japanese National"; not a line of languages ("Spanish · Italian").
DEMONYM_FIELD = (
    r"(?i)^(?!.*\blanguages?\b)(?:.*[,;|·•:]\s*|\W*)(?:"
    + "|".join(sorted(_DEMONYMS))
    + r")(?:\s+(?:national|citizen))?\s*(?:$|[,;|·•])"
)


@lru_cache(maxsize=64)  # up to three calls per answer; bounded, as strangers ask many
def nationalities(question: str) -> frozenset[str]:
    """Stems of the nationalities a question says of a thing ("a Brazilian research agency"):
    like a country, the resume may name only the thing or its city. "Does he speak German?"
    uses the word alone, as a language's name, and is not among them."""
    said = patterns.findall(r"\b([A-Z][a-z]+)\s+(?=[A-Za-z])", question)
    return frozenset(stem(word.lower()) for word in said if word.lower() in _DEMONYMS | _FAITHS)


def country_languages(question: str) -> frozenset[str]:
    """Stems of the words before "languages" ("local Senegalese languages", "Indian
    languages", "any regional Indian language"): a country's languages asked for, not a
    language's name."""
    found = patterns.findall(
        r"\b([A-Z]\w+) languages\b|\b(?:regional|local|indigenous|tribal) ([A-Z]\w+) language\b",
        question,
    )
    return frozenset(stem(word.lower()) for pair in found for word in pair if word)


# A country's cities and universities as resumes name them: "Has he worked in the UK?" is
# answered by "London". Consulted like the examples table, only where words are missing.
_US_STATES = (
    r", (?:AL|AK|AZ|AR|CA|CO|CT|DC|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE"
    r"|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
)
_BAY_AREA = (
    r"San Francisco|Oakland|San Jose|Palo Alto|Berkeley|Mountain View|Sunnyvale|Menlo Park"
    r"|Redwood City|Santa Clara|Cupertino|Fremont|San Mateo|Emeryville|Stanford|Bay Area"
)
_ANTARCTIC = (
    r"Antarctic\w*|King George Island|South Shetland\w*|McMurdo|Palmer Station|Rothera"
    r"|South Pole|Amundsen-Scott|Ross Sea|Weddell Sea"
)
_EUROPE = (
    r"Austria|Belgium|Bulgaria|Croatia|Cyprus|Czech\w*|Denmark|Estonia|Finland|France|Germany"
    r"|Greece|Hungary|Ireland|Italy|Latvia|Lithuania|Luxembourg|Malta|Netherlands|Poland"
    r"|Portugal|Romania|Slovakia|Slovenia|Spain|Sweden|Norway|Switzerland|UK|United Kingdom"
    r"|Paris|Berlin|Madrid|Rome|Amsterdam|Vienna|Brussels|Lisbon|Munich|Milan|Barcelona"
    r"|Prague|Warsaw|Stockholm|Copenhagen|Dublin|Zurich|Geneva|London|Lausanne|EPFL|ETH"
)
_CITIES = {
    "uk": r"UK|U\.K\.|United Kingdom|Britain|England|Scotland|Wales|London|Manchester|Edinburgh"
    r"|Glasgow|Birmingham|Oxford|Cambridge, UK|Bristol|Leeds"
    r"|Liverpool|Cardiff|Belfast|Sheffield|Nottingham|Aberdeen|Southampton|Imperial College"
    r"|Lancaster|Durham|Exeter|Warwick|Newcastle|Leicester|Brighton|St Andrews|Dundee|Swansea",
    "usa": r"USA|U\.S\.A?\.?|United States|New York|NYC|San Francisco|Los Angeles|Boston"
    r"|Seattle|Chicago|Austin|Washington"
    r"|Atlanta|Denver|Houston|Dallas|Philadelphia|Pittsburgh|Stanford|MIT|UCLA|Berkeley"
    r"|Harvard|Princeton|Yale|" + _US_STATES,
    "canada": r"Toronto|Montr[eé]al|Vancouver|Ottawa|Calgary|Edmonton|Qu[eé]bec|Laval|Waterloo"
    r"|Winnipeg|Halifax|McGill|, (?:ON|BC|QC|AB|MB|NS)\b",
    "germany": r"Berlin|Munich|M[uü]nchen|Hamburg|Frankfurt|Cologne|K[oö]ln|Stuttgart|Heidelberg"
    r"|Leipzig|Dresden|Bonn|G[oö]ttingen|Karlsruhe|Aachen|Freiburg|T[uü]bingen|Charit[eé]|LMU",
    "franc": r"Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Grenoble"
    r"|Montpellier|Sorbonne",
    "netherland": r"Netherlands|Holland|Amsterdam|Rotterdam|Utrecht|Delft|Leiden|Eindhoven"
    r"|Groningen|The Hague"
    r"|Den Haag|Nijmegen|Maastricht",
    "sweden": r"Stockholm|Gothenburg|G[oö]teborg|Uppsala|Lund|Malm[oö]|Link[oö]ping|KTH",
    "spain": r"Madrid|Barcelona|Valencia|Sevill[ea]|Bilbao|Granada|Salamanca|Zaragoza|M[aá]laga",
    "italy": r"Rome|Roma|Milan|Milano|Turin|Torino|Florence|Firenze|Bologna|Naples|Napoli|Padua"
    r"|Padova|Pisa|Venice|Venezia|Trento",
    "switzerland": r"Z[uü]rich|Geneva|Gen[eè]ve|Basel|Bern|Lausanne|Lugano|ETH|EPFL",
    "australia": r"Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Monash",
    "india": r"Bangalore|Bengaluru|Mumbai|Delhi|Hyderabad|Chennai|Pune|Kolkata|Noida|Gurgaon"
    r"|Gurugram|Ahmedabad|Kochi|IIT",
    "china": r"Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Wuhan|Nanjing|Suzhou|Tsinghua",
    "japan": r"Tokyo|Osaka|Kyoto|Nagoya|Yokohama|Sendai|Fukuoka",
    "ireland": r"Dublin|Cork|Galway|Limerick",
    "poland": r"Warsaw|Warszawa|Krak[oó]w|Wroc[lł]aw|Gda[nń]sk|Pozna[nń]|[LŁ][oó]d[zź]",
    "brazil": r"S[aã]o Paulo|Rio de Janeiro|Bras[ií]lia|Belo Horizonte|Porto Alegre|Curitiba"
    r"|Campinas|Recife|Florian[oó]polis",
    "norway": r"Oslo|Bergen|Trondheim|Stavanger",
    "denmark": r"Copenhagen|K[oø]benhavn|Aarhus|Odense|Aalborg",
    "finland": r"Helsinki|Espoo|Tampere|Turku|Oulu",
    "portugal": r"Lisbon|Lisboa|Porto|Coimbra|Braga",
    "austria": r"Vienna|Wien|Graz|Innsbruck|Salzburg|Linz",
    "belgium": r"Brussels|Bruxelles|Antwerp|Ghent|Gent|Leuven|Li[eè]ge",
    "korea": r"Seoul|Busan|Daejeon|KAIST",
    "russia": r"Moscow|Saint Petersburg|St\.? Petersburg|Novosibirsk",
    "ukrain": r"Kyiv|Kiev|Lviv|Kharkiv|Odesa|Odessa",
    "nigeria": r"Lagos|Abuja|Ibadan",
    "kenya": r"Nairobi|Mombasa",
    "egypt": r"Cairo|Alexandria|Giza",
    "mexico": r"Mexico City|CDMX|Guadalajara|Monterrey",
    # Regions a question names and a resume never does: it names their cities or bodies.
    "bay": _BAY_AREA,
    "silicon": _BAY_AREA,
    "eu": r"EU|E\.U\.|European|Europe|Horizon 2020|Horizon Europe|ERC|Erasmus|Marie|MSCA"
    r"|MSC Actions",
    "europ": _EUROPE,
    "scandinavia": r"Sweden|Norway|Denmark|Finland|Iceland|Stockholm|Oslo|Copenhagen|Helsinki",
    # "the frozen continent at the South Pole": its stations and islands.
    "pol": _ANTARCTIC,  # "Pole", as its stem
    "antarctic": _ANTARCTIC,
    "midwest": r", (?:IL|OH|MI|IN|WI|MN|IA|MO|KS|NE|ND|SD)\b|Chicago|Detroit|Minneapolis"
    r"|Columbus|Cleveland|Indianapolis|Milwaukee|St\.? Louis|Kansas City|Madison|Ann Arbor",
}
# Each country's cities (and the bodies that name one), by its key: not the regions above.
COUNTRY_CITIES = {
    key: cities
    for key, cities in _CITIES.items()
    if key not in {"bay", "silicon", "eu", "europ", "scandinavia", "pol", "antarctic", "midwest"}
}
_SAME = {
    "kingdom": "uk",
    "britain": "uk",
    "england": "uk",
    "america": "usa",
    "holland": "netherland",
}
CITY_EXAMPLES = {
    key: rf"\b(?:{_CITIES[country]})(?!\w)"
    for key, country in [*((name, name) for name in _CITIES), *_SAME.items()]
}
# "Which college in Vermont?" of "Landmark College, Putney, VT": a state by its postal code.
# Not Georgia (a country too) nor Washington (a city); states of two words are never one term.
_STATE_CODES = """alabama AL alaska AK arizona AZ arkansas AR california CA colorado CO connecticut
    CT delaware DE florida FL hawaii HI idaho ID illinois IL indiana IN iowa IA kansas KS kentucky
    KY louisiana LA maine ME maryland MD massachusetts MA michigan MI minnesota MN mississippi MS
    missouri MO montana MT nebraska NE nevada NV ohio OH oklahoma OK oregon OR pennsylvania PA
    tennessee TN texas TX utah UT vermont VT virginia VA wisconsin WI wyoming WY""".split()  # noqa: SIM905
US_STATE_NAMES = frozenset(_STATE_CODES[::2])
for _state, _code in zip(_STATE_CODES[::2], _STATE_CODES[1::2], strict=True):
    CITY_EXAMPLES.setdefault(stem(_state), rf"(?:, {_code}\b|\b{_state.title()}\b)")
