"""Where the candidate is: places stated in the header, in prose, beside contact links or in a
job's line (how to reach them: `contacts.py`)."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.contact_places import (
    CHANNELS,
    beside_contacts,
    words_among_contacts,
)
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.place_labels import LABELLED_PLACE, PLACE_LABEL, labelled
from resume_chat.answerer.places import COUNTRY_CITIES, PLACE_NAMES

# "City, Country" (labels: place_labels.py); a town and state with the ZIP code ("Doylestown
# Pennsylvania, 18901", "Austin, TX 78701").
# Not "Enseignement, R. & D.": an initial is no region.
_PLACE = (
    r"\b[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*, [A-Z][^\W\d_]"
    r"|\b[A-Z][a-zA-Z]+,? \d{5}(?:-\d{4})?\b"
)
# A line of 18 words at most holding one ("Austin, TX"), not a summary's "specializing in
# JavaScript, TypeScript, Golang".
# Not a labelled list of something else: "Interessen Turnverein, Klavier" (German capitalises
# every noun).
_PLACE_LINE = (
    r"^(?!\W*(?i:interess\w*|interests?|hobb\w*|sprachen|languages?|skills?|kenntnisse"
    r"|familienstand|nationalit\w*|speciali\w*|technolog\w*|tools|tech stack|expertise)\b)"
    rf"(?=(?:\S+\s+){{0,17}}\S*\s*$).*?(?:{_PLACE})"
)
_CONTACT_PLACE = (
    # Anchored, its spaces bounded: tried at every start of a 20,000-letter line, it took 10 s.
    # A site's address in lower case: "Socket.io" in a list of tools is no contact.
    r"^(?=.*(?:https?://|www\.|\S@\S|(?<![\w.])[a-z0-9][\w.-]*\.(?:com|io|dev|app|me|net|org)\b))"
    r"(?=(?:|.*[·•|,] ?)[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:[A-Z]{2}|[A-Z][a-z]+) *(?:$|[·•|])"
    # "marinadotnet.github.io Kwinana, WA 6167": a town, its state's code and its postcode.
    r"|.*\s[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z]{2,3} \d{4,5} *(?:$|[·•|])"
    # "… • Geeha South, Kinvara, Co. Galway, Ireland": an address of three parts or more, last.
    r"|.*[·•|] ?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, (?:Co\. )?[A-Z][a-z]+(?: [A-Z][a-z]+)?){2,4}$)"
)
# A line that could hold an address: parts apart, a number, or two capitalised words.
_ADDRESS_LIKE = r"[,·|•\d]|\b[A-Z]\w+\b.*\b[A-Z]\w+\b"
# A heading that is a place's label alone: "Location", "Address", "居住地址".
_PLACE_HEADING = (
    r"(?i)(?:home |current |postal )?(?:location|address|residence)"
    r"|\w{0,2}(?:地址|住址|居住地|所在地)"
)
# One capitalised word alone: an address set one part a line ends on its town ("Ernakulam").
_WORD_ALONE = r"^\W*[A-Z][a-z]{2,}\W*$"
# A header's line of contacts, one or several in a row ("leon@gmail.com github.com/leon 217
# 255 0626"), or of the person's trade: never where they live.
# Each part bounded (an address's 64 letters before its "@"): a line may be 20,000 long.
_CONTACT = (
    r"[^\s@]{1,64}@\S+|https?://\S+|www\.\S+|[\w-]{1,63}\.(?:com|io|dev|org|net|me|ai|app)\b/?\S*"
    r"|\+?\(?\d[\d ()./-]{5,30}\d"
)
_TRADE_LINE = (
    r"(?i)\b(developer|engineer|designer|manager|analyst|scientist|consultant|specialist"
    r"|architect|intern|student|teacher|nurse|officer|director|technologist|researcher)s?\W*$"
    # A link's label alone ("GitHub" over its address): a site, not a town.
    rf"|^\W*({CHANNELS})\W*$"
)
# Prose that says where someone lives: "currently residing in Turkey", "living in Tokyo".
_LIVES = (
    r"(?i)\b(liv(e|es|ing) in|resid(e|es|ing) in|based (in|out of)|located in|relocat\w* to"
    r"|moved to|home in|grew up in|raised in|native of|originally from|hails? from"
    # "I am a ux designer and front end developer from Sheffield": who they are, from where.
    r"|\bI(?:'m| am)\b[^.!?\n]{0,80}\bfrom)\s+(the )?(?-i:[A-Z])"
)
# In a job's line, a place stands between separators: "LinkedIn, Dublin, Ireland — 2022",
# "· Bangalore, India", not "Developer, Data - @ Acme".
_JOB_PLACE = (
    r"(?:^|[·|—–(]\s*|\s-\s|, )[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)?, (?:[A-Z]{2}\b|[A-Z][a-z]+)"
    r"(?=\s*(?:$|[·|—–)]|\s-\s|,))"
)
# A heading's last part after a separator: "Indeed - Tokyo", "Acme | Lagos".
_TITLE_TOWN = r"(?<![\d(])(?:\s[-–—|@]\s|, )([A-Z][a-z]+(?: [A-Z][a-z]+)?)\W*$"

_PINNED = r"(?:📍|🏠|🏡)\s*[^\W\d_]"
# A house number, a few words, a street's kind: "6416 4 St. NE", "12 Baker Street".
_STREET_ADDRESS = (
    r"(?i)\b\d{1,6}\b[^,\n]{0,40}?\b(st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln"
    r"|lane|way|ct|court|hwy|pkwy)\b\.?(\s|,|$)"
    # The street first, its number after: "C/Cuba 36", "Calle Mayor 5", "Rua Augusta, 120",
    # "Avenida Paulista 1000", "Via Roma 12", "Carrer de Balmes 10".
    r"|(?-i:\b(?:C/|Calle|Avda\.?|Avenida|Av\.|Rua|Via|Viale|Carrer|Rue|Paseo|Plaza|Travessa"
    r"|Largo)\s?[A-ZÁÉÍÓÚ][^,\n\d]{1,40},?\s\d{1,5})\b"
)

# A street, its house's number, then a postcode and its town: "Am Inselpark 9, 21109 Hamburg",
# "Via Roma 5, I-00184 Roma": an address wherever it is set (not "server 2003, 2008 RC2").
_POSTED_ADDRESS = (
    r"\b[A-ZÄÖÜÉ][\w.'-]*\.?\s+\d{1,3}[a-zA-Z]?\s*,\s*(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d\b)\d{4,5}"
    r"\s+[A-ZÄÖÜÉ][\w-]+"
)

# "54 Avonmead · Greenmeadow · Swindon · SN25 3PH": a British postcode closing an address.
_POSTCODE_UK = r"(?<![^\s,·|])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2} *(?:$|[,·|])"


def _town_last(title: str) -> bool:
    """Whether a heading ends on a town or country a reader knows ("Indeed - Tokyo"), not on
    an employer ("Director Product Management - Cribl")."""
    found = patterns.search(_TITLE_TOWN, title)
    return found is not None and _known_place(found.group(1))


def _known_place(place: str) -> bool:
    """A country, or a town of one, the table of places knows ("Tokyo", "Argentina")."""
    return place.lower() in PLACE_NAMES or any(
        re.fullmatch(cities, place) for cities in COUNTRY_CITIES.values()
    )


# Last: a job's line that opens with one name and then its dates, "Christchurch, 2019 -
# present" (a town, or an employer: "Stealth, Jan 2026").
_NAME_DATED = r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)?, (?:[A-Z][a-z]+ )?(?:19|20)\d\d\b"
# A town and its state's code ending a job's or a school's line, or before its dates:
# "University of Central Florida Orlando, FL", "… · Orlando, FL Aug 2023 - May 2027".
_TOWN_STATE_END = (
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z]{2}(?=\s*$|\s+(?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d\d)"
)
# A place named before a job's dates: ", Zambia October 2021", ", Da Nang 2017".
_PLACE_DATED = r",\s*([A-Z][a-z]+(?: [A-Z][a-z]+)??)\s+(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\b"
# Or one that ends on its dates and then its town: "Mirantis Inc, *Oct 2012 - now, Saratov*".
_DATED_TOWN = (
    r"(?:\b(?:19|20)\d\d|\b(?i:present|now|current)),? [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\W*$"
)


def location_lines(index: ResumeIndex, numbers: list[int]) -> list[Quote]:
    """A labelled place in the header, else a sentence anywhere saying where the person lives,
    else a "City, Country" in the header; else the header itself,
    where a location usually stands, and the place of the latest job that names one."""
    jobs = index.of_kinds(("experience",))
    current = index.current(jobs)
    jobs = ([current] if current is not None else []) + [i for i in jobs if i != current]
    everywhere = list(range(len(index.entries)))
    now = [current] if current is not None else []
    return (
        labelled(index, numbers, PLACE_LABEL)
        # "**Adress** Yerevan, …" under Personal information: a labelled line anywhere.
        or labelled(index, everywhere, LABELLED_PLACE)[:1]
        # "📍 Turin, Italy — Sep 2025 – Present": a pin's place, the header's or the current
        # job's first.
        or index.lines_where([*index.of_kinds(("header", "contact")), *jobs], _PINNED)[:1]
        # "## 居住地址" (home address) over "湖南省长沙市": a heading that labels the place.
        or [
            Quote(entry.citation, entry.lines[:1])
            for entry in index.entries
            if entry.lines
            and patterns.fullmatch(_PLACE_HEADING, entry.title.replace("*", "").strip())
        ][:1]
        or index.lines_where(everywhere, _LIVES)[:2]
        # "##### Red Beach, Auckland, NZ" under "##### CONTACT INFO:": a Word sidebar's place.
        or [
            Quote(index.entries[i].citation, (index.entries[i].title,))
            for i in [*index.of_kinds(("contact",)), *_before_sections(index)]
            # "553-00217, Limuru": a postal box's number before the town.
            if patterns.fullmatch(_TOWN_REGION_POSTED, title := index.entries[i].title.strip())
            and title != index.name.strip()  # "Zhian N. Kamvar, PhD" is no town
        ][:1]
        or _few_words(index.lines_where(numbers, _PLACE_LINE))
        # "mukunda-ai.vercel.app • Las Vegas, NV" in a page's footer: a place beside contacts.
        or index.lines_where(everywhere, _CONTACT_PLACE)[:1]
        # "#4 6416 4 St. NE Calgary AB" under a design tool's "CONTACT": a street address.
        or index.lines_where(index.of_kinds(("contact",)), _STREET_ADDRESS)[:1]
        or index.lines_where(everywhere, _POSTED_ADDRESS)[:1]
        or beside_contacts(index)
        # The header, else a Contact section's first lines: an address set one part a line;
        # a greeting alone ("Hello there 👋") says nowhere.
        or [
            quote
            for quote in index.summary((index.of_kinds(("header",)) or numbers)[:1], 4)
            if any(_address_like(line, index.name) for line in quote.lines)
        ]
        + (index.lines_where(jobs, _JOB_PLACE) or index.lines_where(jobs, _NAME_DATED))[:1]
        # Then: a heading that is a place alone ("#### Buenos Aires, Argentina" in a design
        # tool's scrambled export); last, the town after the current job's dates.
        or index.title_where(_titled_place)
        or index.lines_where(now, _DATED_TOWN)[:1]
        # "### AUG 2018 - PRESENT: Indeed - Tokyo": the town the current job's heading ends on,
        # the heading it stands under ("#### Design Technologist" under that), or the dated
        # line under its title.
        or [
            Quote(entry.citation, (text,))
            for entry in (index.entries[i] for i in now)
            for text in (*entry.citation.split(" › ")[1:], *entry.lines[:1])
            if _town_last(text)
        ][:1]
        # Last, the town a job's or a school's line ends on: where the latest of them was.
        or index.lines_where([*jobs, *index.of_kinds(("education",))], _TOWN_STATE_END)[:1]
        # Or a country a reader knows before the current job's dates ("Pegasus Agvet Farm
        # Mkushi, Zambia October 2021 - Present").
        or [
            quote
            for quote in index.lines_where(now or jobs[:1], _PLACE_DATED)[:1]
            if any(_known_place(m[1]) for m in patterns.finditer(_PLACE_DATED, quote.lines[0]))
        ]
        # Never "does not say" while a Contact section holds a line of words beside its
        # e-mail or phone ("Douala pk 17"): that line; nor while a British postcode closes one.
        or words_among_contacts(index)
        or index.lines_where(everywhere, _POSTCODE_UK)[:1]
    )


def _before_sections(index: ResumeIndex) -> list[int]:
    """The entries above the first section of a kind: the header, and its lines set as
    headings of their own ("##### San Pablo, CA" under the name)."""
    kinds = ("header", "contact", "other")
    first = next((i for i, e in enumerate(index.entries) if e.kind not in kinds), 0)
    return list(range(first))


def _address_like(line: str, name: str) -> bool:
    """A line that could hold an address; a word alone only where the name was found and the
    word is not part of it (a name set one part a line, "Audrey" over "Lucia", is no town)."""
    bare = patterns.sub(_CONTACT, " ", line)
    contacts_only = not patterns.search(r"[^\W\d_]", bare)
    if contacts_only or patterns.search(_TRADE_LINE, line):
        return False  # "+81 50 5532 2768", "https://www.lochie.xyz", "Web Developer"
    if patterns.search(_ADDRESS_LIKE, bare):  # not a link's digits ("Link: github.com/d1404")
        return True
    word = line.strip(" .,").lower()
    return (
        bool(name) and word not in name.lower().split() and bool(patterns.search(_WORD_ALONE, line))
    )


# "Red Beach, Auckland, NZ": a town, a region and a country or its letters.
_NAMED = r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}"
_TOWN_REGION = rf"{_NAMED}(?:, {_NAMED}){{1,2}}"
_TOWN_REGION_POSTED = (
    rf"{_TOWN_REGION}|[\d-]{{3,12}}, {_NAMED}(?:, {_NAMED})?"
    # "г. Новосибирск (GMT+7)": a town, as Russian marks one ("город", city).  # noqa: RUF003
    r"|г\.\s?[А-ЯЁ][\w-]+(?: [А-ЯЁ][\w-]+)?(?: \([^()]{1,20}\))?"  # noqa: RUF001
)


def _titled_place(title: str) -> bool:
    """ "Buenos Aires, Argentina": a town and a country the table of places knows."""
    # "Ramallah, West Bank, Palestine": a region between them too.
    found = patterns.fullmatch(rf"{_NAMED}(?:, {_NAMED})?, ([A-Z][a-z]+)", title.strip())
    return found is not None and _known_place(found.group(1))


# A word in small letters standing alone, not a piece of an address ("ezrajhall0@gmail.com").
_SMALL_WORD = r"(?<!\S)[a-z]{3,}(?=[\s,;:]|\.?$|\.\s)"


def _few_words(quotes: list[Quote]) -> list[Quote]:
    """The lines that are no sentence: "Looking for freelancing opportunities in the field of
    WEB DEVELOPMENT, Python Frameworks, APIs" is a goal, though "DEVELOPMENT, Python" reads
    as a town and its region."""
    kept = [
        Quote(quote.citation, lines)
        for quote in quotes
        if (lines := tuple(x for x in quote.lines if len(patterns.findall(_SMALL_WORD, x)) < 5))
    ]
    return kept


# A place asked beside an address: "Where is he located and what is his phone number?".
# "Where is she based and…", "Where is Cláudia Loureiro based, and…": a name may ask it.
_WHERE_AND_HOW = r"(?i)\bwhere (is|does) (\S+ ){1,4}?(based|live|located)\b.*\b(and|,)\b"


def place_asked_too(index: ResumeIndex, question: str, reached: list[Quote]) -> list[Quote]:
    """The lines that reach the person, after the place they are in where that is asked too."""
    if not reached or not patterns.search(_WHERE_AND_HOW, question):
        return reached
    placed = location_lines(index, index.of_kinds(("contact", "header")))[:1]
    return [quote for quote in placed if quote not in reached] + reached
