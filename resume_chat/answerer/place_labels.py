"""A place a resume labels as one: "Address: …", "Wohnort", "📍", "现居" (a field, in the header
or anywhere), with the line its value runs on to."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex

# Resumes label an address in their language: German, French, Spanish, Portuguese, Italian;
# Polish, Dutch and Turkish "Adres", Czech and Slovak "Adresa" or "Bydlisko", Russian "Адрес",
# Indonesian "Alamat".
ADDRESS_ABROAD = (
    r"anschrift|adresse|adresa|adres|wohnort|direcci[oó]n|domicilio|endere[cç]o|indirizzo"
    r"|miejsce zamieszkania|bydlisko|bydli[šs]t[ěe]|ikamet|alamat|адрес"
    r"|现居|现住址|所在城市"  # Chinese: "现居" (lives now), "所在城市" (city)
    # "Местоположение: Москва", "Ubicación: Coronda", "Localização", "Lokalizacja", "Konum".
    r"|местоположение|местонахождение|место жительства|город проживания|місцезнаходження"
    r"|локация|город|місто|lokace|lokalita|vị trí|địa chỉ|所在地|住所|주소|거주지"
    r"|ubicaci[oó]n|localiza[cç][aã]o|lokalizacja|konum|lieu de r[ée]sidence|residencia"
)
PLACE_LABEL = (
    # "Adress"; not an "Email address" or "Web address".
    r"(?i)\b(location|based (in|near|out of)|lives? (in|near)|living in"
    r"|(?<!mail )(?<!web )ad+r?ess|city|country"
    rf"|{ADDRESS_ABROAD}|ville|localidad|ciudad|morada|residenza|woonplaats|cidade"
    r"|residen(ce|cia|za)|resid[êé]ncia|r[ée]sidence|wohnsitz|miejscowo\w+|miasto|現住所|居住地"
    r"|bairro|barrio|quartier|neighbou?rhood"
    # "Work place: 甘肃兰州", a profile's field for the town one works in.
    r"|work ?place(?=:))\b"
    # "📍 경기도 부천시": the pin a page marks its place with; "25岁现居地： 北京": a Han label  # noqa: RUF003
    # written on from the cell before it, no word's edge between.
    "|\U0001f4cd|(?:现居地?|现住址|所在城市|所在地|居住地)(?=\\s*[:\uff1a])"
)
LABELLED_PLACE = (
    # "学历: 本科 · · 现居: 重庆永川" (full-width colons): a row of fields, the place a cell.
    # Each run of signs bounded: a line of 10,000 "· " took 30 s, every cell scanning the rest.
    rf"(?i)(?:^|[·|]\s)\W{{0,8}}(location|ad+r?ess|city|country of residence|{ADDRESS_ABROAD})"
    r"\W{0,8}(?::|\uff1a|\*\*| · )\s{0,8}\w"
)


def labelled(index: ResumeIndex, numbers: list[int], label: str) -> list[Quote]:
    """Lines labelled as a place; with the line after, where the label's line ends on a house
    number ("Anschrift · Poststraße 22/1" over "72458 Albstadt")."""
    found = index.lines_where(numbers, label)
    # "Földerichstr. 50A": a house number may end in a letter.
    numbered = (patterns.search(r"\d[A-Za-z]?$", line.rstrip()) for q in found for line in q.lines)
    if found and all(numbered):
        return index.lines_around(numbers, label, after=1)
    # "Home Address: 12 The Cobbles street  Park Village" over "Eersteriver  Cape Town 7100":
    # an address field run on to a line that is no field of its own.
    return [_run_on(index, quote) for quote in found]


def _run_on(index: ResumeIndex, quote: Quote) -> Quote:
    lines = next((e.lines for e in index.entries if e.citation == quote.citation), ())
    kept: list[str] = []
    for line in quote.lines:
        kept.append(line)
        at = lines.index(line) if line in lines else -1
        after = lines[at + 1] if 0 <= at < len(lines) - 1 else ""
        # "Endereço" alone on its line over the address: the label, its value below.
        alone = len(line.split()) <= 2 and bool(patterns.search(PLACE_LABEL, line))
        field = alone or patterns.search(_ADDRESS_FIELD, line)
        if field and after and not patterns.match(_FIELD, after):
            kept.append(after)
            # "Gaustr 73" over "67549 Worms": a street's line ends on its number, the town next.
            town = lines[at + 2] if at + 2 < len(lines) else ""
            if alone and town and patterns.search(r"\d[A-Za-z]?$", after.rstrip()):
                kept.append(town)
    return Quote(quote.citation, tuple(dict.fromkeys(kept)))


_ADDRESS_FIELD = r"(?i)\bad+r?ess\s*:"
# A form's field of its own: "Permanent Residence:", "- Email ·".
_FIELD = r"^\W*[^\W\d][\w .()/-]{1,30}(:|\s·\s)|^\s*[-*] "
