"""Examples that stand for a category word: "cloud" is answered by "AWS", "statistics software"
by "SPSS", "the United Nations" by "UNHCR". World knowledge a reader brings to a resume, kept
as a table, consulted only where the question's own words are missing from the resume."""

from __future__ import annotations

from functools import lru_cache

from resume_chat.answerer.families import ALIASES, FAMILIES
from resume_chat.answerer.places import CITY_EXAMPLES
from resume_chat.answerer.terms import compound_parts, stem

# Words that stand for a family of things a resume names one by one.
# Consulted only before saying a fact is absent, never ahead of the question's own words:
# "lead" is also what "configuration management" stems to.
_OWN_BUSINESS = (
    r"(?i)\b(founder|co-?founder|founded|owner|co-?owner|self-employed|proprietor"
    r"|entrepreneur\w*|own (company|business|firm|studio|practice|consultancy)"
    r"|(started|launched|ran) (a|an|my|his|her|their) (company|business|firm|studio|startup))\b"
)
LAST_EXAMPLES: dict[str, str] = {
    # "Has he run his own business?": a company someone founded or owns is one.
    "business": _OWN_BUSINESS,
    "entrepreneur": _OWN_BUSINESS,
    "startup": _OWN_BUSINESS,
    # "Has he held leadership positions?": a role that leads is one, whatever its name.
    "lead": (
        r"(?i)\b(lead\w*|led|president|captain|chair\w*|head of|founder|co-?founder"
        r"|organi[sz]er|coordinator|director)\b"
    ),
}

EXAMPLES = {stem(key): pattern for key, pattern in FAMILIES.items()}  # keyed as terms are
for alias, key in ALIASES:
    EXAMPLES[stem(alias)] = EXAMPLES[stem(key)]
_THINGS = frozenset(EXAMPLES)
# A country asked, its cities written: "Has he worked in the UK?" meets "London".
EXAMPLES.update({key: pattern for key, pattern in CITY_EXAMPLES.items() if key not in EXAMPLES})


@lru_cache(maxsize=256)  # a few calls per answer; bounded, as strangers ask many
def examples_of(term: str) -> str | None:
    """The pattern of the things a term stands for, also for the table's stem with an ending:
    "agricultural" finds the table's "agricultur"."""
    if term in EXAMPLES:
        return EXAMPLES[term]
    # "health-sciences" asks what "health" stands for; "knockout.js" names one library, not
    # JavaScript's family.
    for part in map(stem, compound_parts(term) if "." not in term else ()):
        if part in _THINGS:
            return EXAMPLES[part]
    # Not a place's: "Japanese" asks of a language, not of Japan's cities; not another word
    # on the same letters: "hospitality" is no "hospital".
    for ending in _ENDINGS:
        key = term.removesuffix(ending)
        if key != term and len(key) >= 5 and key in _THINGS:
            return EXAMPLES[key]
    return None


_ENDINGS = ("al", "ally", "ical", "ic", "ed", "ing", "s", "ization", "isation", "iz", "is")
