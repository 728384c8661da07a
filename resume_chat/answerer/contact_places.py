"""A place set alone among contact lines: a sidebar's "Richmond Hill, ON" over the phone and
the email, wherever the page's columns put that block."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.contacts import EMAIL, PHONE
from resume_chat.answerer.counting import unlinked
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.places import PLACE_NAMES

# A line that is a place alone: "Richmond Hill, ON", "- Lisbon, Portugal".
# "Titay, Zamboanga Sibugay, 7003": and its postcode.
_PLACE_ALONE = (
    r"^[-•·*\s]*[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}, [A-Z][\w.]+(?: [A-Z]\w+)?"
    r"(?:,? \d{4,6})?\W*$"
    # In Cyrillic letters: "Кыргызстан, Бишкек".
    r"|^[-•·*\s]*[\u0400-\u042f][\w'.-]+(?: [\u0400-\u042f][\w'.-]+){0,2}"
    r", [\u0400-\u042f][\w.-]+\W*$"
)


# A town, its state and its ZIP code: "Westport MA, 02790", "Austin, TX 78701".
# With its street before it: "11015 Circle Point Rd. Westminster, CO 80020".
_TOWN_ZIP = (
    r"^[-•·*\s]*(?:\d{1,6}[A-Za-z]? (?:[\w'.-]+ ){1,5})?"
    r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2},? [A-Z]{2},? \d{5}(?:-\d{4})?\W*$"
)


# A postcode before its town, as most of Europe writes it: "44369 Dortmund", "00-950
# Warszawa", "D-80331 München", "1010 Wien".
_POSTCODE_TOWN = (
    r"^[-•·*\s]*(?:[A-Z]{1,2}-)?\d{2}-?\d{2,3}\s+[A-ZÀ-ÞŁŚŻ][\w'.-]+(?: [\w'.-]+){0,2}\W*$"
)
# The street over it: "Willstätterstraße 5", "ul. Długa 12/4", "Rue de Rivoli 12".
_STREET = r"[^\W\d_][\w'. -]{2,40} \d{1,4}[a-z]?(?:/\d{1,4})?"


# A street by its kind's word first, a house number after: "Str. Nadasel, Nr. 68, Cluj-Napoca",
# "ul. Długa 12/4, Warszawa", "Calle Mayor 5, Madrid".
_STREET_FIRST = (
    r"^[-•·*\s]*(?:Str\.|Strada|Calea|Aleea|Bd\.|Bulevardul|Blvd\.|[SȘ]os\.|ul\.|ulica|Calle"
    r"|C/|Avda\.|Av\.|Avenida|Rua|Via|Viale|Rue|Carrer)\s?[A-ZÀ-ÞŁŚŻ][^\n@]{0,60}?\d{1,5}\b"
)


def _place_alone(line: str) -> bool:
    """ "Richmond Hill, ON", or a short address ending in a country: "6, Sfax Airport's Road
    Tunisia"."""
    places = (_PLACE_ALONE, _TOWN_ZIP, _POSTCODE_TOWN, _STREET_FIRST)
    if any(re.search(place, line) for place in places):
        return True
    # "Україна · Remote": the country, and how the work is done from it.
    words = [w for w in patterns.findall(r"[^\W\d_]+", line) if w.lower() not in _WORK_MODES]
    if 0 < len(words) <= 8 and words[-1].istitle() and words[-1].lower() in PLACE_NAMES:
        return True
    # "… (10th Nov 1998) Hasanpur, Uttar Pradesh, India": a town, its region and its country
    # ending a line two columns ran together.
    ending = patterns.search(_TOWN_REGION_COUNTRY, line)
    return ending is not None and ending.group(1).lower() in PLACE_NAMES


# Each name four words at most: unbounded, a line of 20,000 characters of "Abc " was scanned
# to its end from every word (5 s for "Where does she live?").
_TOWN_REGION_COUNTRY = (
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}, ([A-Z][a-z]+)\s*$"
)
_WORK_MODES = frozenset({"remote", "hybrid", "onsite", "relocation", "remoto", "remote-first"})


def beside_contacts(index: ResumeIndex) -> list[Quote]:
    """A place alone on its line in a block of contact lines (a sidebar's "Richmond Hill, ON"
    over the phone and the email), wherever the page's columns put that block."""
    # In reading order across entries: a sidebar's place may head an entry of its own, its
    # phone and email the next one.
    lines = [(entry.citation, line) for entry in index.entries for line in entry.lines]
    # Then with the headings among the lines: a Word template's "San Pablo, CA" is read as one.
    headed = [
        (entry.citation, line)
        for entry in index.entries
        for line in ((entry.title,) if entry.title not in entry.lines else ()) + entry.lines
    ]
    return _place_near_contacts(lines) or _place_near_contacts(headed)


def _place_near_contacts(flat: list[tuple[str, str]]) -> list[Quote]:
    for number, (citation, line) in enumerate(flat):
        near = flat[max(0, number - 2) : number + 3]
        # "Kyiv, Ukraine (https://goo.gl/maps/…)": the place, linked to its map.
        if _place_alone(unlinked(line)) and any(
            patterns.search(EMAIL, other) or patterns.search(PHONE, other) for _, other in near
        ):
            # "Thika" over "Kenya": a town a line above its country, one word of its own.
            above = flat[number - 1] if number else ("", "")
            # "Willstätterstraße 5" over "44369 Dortmund": the street above its town; "33600
            # Pessac" over "France": the town, by its postcode, above its country.
            over = unlinked(above[1]).strip("-*• ")
            town = above[0] == citation and (
                patterns.fullmatch(rf"[A-ZÀ-Þ][a-zß-ÿ]{{2,}}|{_STREET}", over) is not None
                or any(re.search(place, over) for place in (_POSTCODE_TOWN, _TOWN_ZIP))
            )
            # "Rua Jaime Vasconcelos, 170" over "60165-260 | Mucuripe | Fortaleza": a street
            # given first, its town on the line after.
            below = flat[number + 1] if number + 1 < len(flat) else ("", "")
            street = below[0] == citation and bool(re.search(_STREET_FIRST, line))
            street = street and bool(re.search(r"\d{1,5}[a-zA-Z]?\W*$", line))  # no town on it
            return [Quote(citation, (above[1], line) if town else (line, below[1])[: 1 + street])]
    return []


# A link's label or a channel's name alone on its line: "LinkedIn", "Portfolio", "Skype".
CHANNELS = (
    r"github|gitlab|linkedin|twitter|website|portfolio|blog|telegram|facebook|instagram"
    r"|medium|behance|dribbble|kaggle|youtube|skype|whatsapp|orcid"
)
_CHANNEL = rf"(?i)^({CHANNELS}|e-?mail|phone|mobile|tel)$"


def words_among_contacts(index: ResumeIndex) -> list[Quote]:
    """Last of all, a short line of words in a Contact section that holds an e-mail or a
    phone ("Douala pk 17", an address given by its milestone): the place it gives, whether
    read here as a town or not; [] where no such line stands."""
    for i in index.of_kinds(("contact",)):
        entry = index.entries[i]
        if not any(patterns.search(EMAIL, x) or patterns.search(PHONE, x) for x in entry.lines):
            continue
        for line in entry.lines:
            text = unlinked(line).strip(" -•·*")
            words = patterns.findall(r"[^\W\d_]+", text)
            if (
                text[:1].isupper()
                and 0 < len(words) <= 6
                and not patterns.search(r"@|https?:|www\.|\.(com|org|net|io)\b|:\s*$", text)
                and not patterns.search(PHONE, text)
                and not patterns.fullmatch(_CHANNEL, text)
            ):
                return [Quote(entry.citation, (line,))]
    return []
