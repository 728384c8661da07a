"""Abroad: "Has he worked abroad?", "Has she studied outside the US?" are answered by the lines
naming a place in another country than the one the resume is set in (the one the question
names, else the one its header and most of its places are in)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.places import COUNTRY_CITIES, PLACE_NAMES, US_STATE_NAMES
from resume_chat.answerer.terms import stem, stems
from resume_chat.answerer.topics import covers

_ASKS = patterns.compile(
    r"(?i)\b(abroad|overseas|in (an)?other countr\w*|foreign countr\w*)\b"
    r"|\boutside (?:of )?(?:the )?(?P<home>(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*)*))"
)
# A country's other names, keyed as its cities are.
_SAME = {
    "england": "uk", "britain": "uk", "scotland": "uk", "wales": "uk", "kingdom": "uk",
    "america": "usa", "holland": "netherland",
}  # fmt: skip
# Names that are also a continent, a sea or a person's or a state's name: no country of its own.
_NOT_COUNTRIES = frozenset(
    """europe africa asia america caribbean pacific atlantic mediterranean scandinavia balkans
    oceania antarctica georgia jordan chad guinea dominica niger mali""".split()  # noqa: SIM905
)

# Towns whose names other countries' towns share ("Lancaster, PA", "Perth, Scotland",
# "Alexandria, VA"): no country by themselves.
_SHARED = frozenset(
    """Lancaster Durham Warwick Newcastle Birmingham Manchester Oxford Exeter Brighton
    Leicester Perth Alexandria Cork Valencia Laval Waterloo Richmond""".split()  # noqa: SIM905
)


def abroad_lines(
    index: ResumeIndex, question: str, kinds: tuple[str, ...], terms: list[str]
) -> list[Quote]:
    """The lines naming a place abroad, for a question asking about abroad, those of the kind
    of entry asked about first ("study abroad": the studies); else none."""
    asked = _ASKS.search(question)
    if asked is None or _countries(question.replace(asked.group(0), "")):
        return []  # "abroad in Germany?": the country named answers it, as any place does
    named = asked.group("home")
    home = _key(named) if named else _home(index)
    if home is None or home not in _patterns():
        return []
    found: list[tuple[tuple[bool, int, int], Quote]] = []
    for number, entry in enumerate(index.entries):
        # A line's own place, else its entry's: "Quetzaltenango, Guatemala" inside a
        # Pennsylvania school's entry, as a plain-text resume runs two jobs together.
        # Under a heading at home, only a place its heading does not name: "Lancaster County"
        # under "Lancaster, PA" is no Lancaster in England.
        titled = _countries(entry.citation)
        lines = tuple(line for line in entry.lines if _abroad(_countries(line), titled, home))
        if lines:
            quote = Quote(entry.citation, lines[:2])
            found.append(((entry.kind not in kinds, -covers(quote, terms), number), quote))
    # "RSAP Study Abroad", "Erasmus exchange": a line saying so in the words, wherever it is.
    said = index.search(stems("abroad overseas erasmus"))
    return [*said[:1], *(quote for _, quote in sorted(found))][:3]


def _abroad(named: set[str], titled: set[str], home: str) -> bool:
    """A line naming a country other than home; or naming none, under a heading that does."""
    if home in titled:
        return bool(named - titled) and home not in named
    countries = named or titled
    return bool(countries) and home not in countries


def _key(name: str) -> str | None:
    """ "the United States", "US", "Russia": the country's key; None for no country."""
    lowered = name.lower().removeprefix("the ").strip(".")
    if lowered in ("united states", "states", "u.s.a", "usa", "us", "u.s"):
        return "usa"
    if lowered in ("united kingdom", "uk", "u.k"):
        return "uk"
    first = lowered.split()[0] if lowered else ""
    key = _SAME.get(first, stem(first))
    return key if key in _patterns() else None


def _home(index: ResumeIndex) -> str | None:
    """The country the header names, else the one most lines name: where the resume is set."""
    header = [e for e in index.entries if e.kind in ("header", "contact")]
    for entry in header:
        countries = _countries(" ".join(entry.lines))
        if len(countries) == 1:
            return next(iter(countries))
    said = {text for e in index.entries for text in (e.citation.split(" › ")[-1], *e.lines)}
    counted = Counter(country for text in said for country in _countries(text))
    ranked = counted.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _countries(text: str) -> set[str]:
    return {
        key
        for key, pattern in _patterns().items()
        if any(found.group(0) not in _SHARED for found in pattern.finditer(text))
    }


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Each country's names and cities, one pattern per country: built on first use."""
    names: dict[str, list[str]] = {}
    for name in PLACE_NAMES - _NOT_COUNTRIES:
        names.setdefault(_SAME.get(name, stem(name)), []).append(re.escape(name.title()))
    names.setdefault("usa", []).extend(["USA", r"U\.S\.A?\.?", "United States"])
    names["usa"].extend(state.title() for state in US_STATE_NAMES)  # "California State"
    names.setdefault("uk", []).extend(["UK", r"U\.K\.", "United Kingdom"])
    keys = set(names) | set(COUNTRY_CITIES)
    patterns = {}
    for key in keys:
        spelled = names.get(key, [])
        # "Guatemala" or "GUATEMALA", never "turkey"; a city as the place tables write it.
        either = [*spelled, *(name.upper() for name in spelled if "\\" not in name)]
        named = rf"(?<![\w-])(?:{'|'.join(either)})(?!\w)" if either else ""
        cities = rf"\b(?:{COUNTRY_CITIES[key]})(?!\w)" if key in COUNTRY_CITIES else ""
        patterns[key] = re.compile("|".join(part for part in (named, cities) if part))
    return patterns
