"""A name asked that the resume writes otherwise, near enough to be the same: one letter
apart, opening a longer word, the stem of a word in its own language, a plus set apart, the
spelling of another language."""

from __future__ import annotations

import re
from functools import cache

from resume_chat.answerer.families.tools import tool_names
from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.places import PLACE_NAMES
from resume_chat.answerer.terms import stem


def near(index: ResumeIndex, name: str) -> bool:
    """A word of the resume one letter from a long name: "Pushto" for "Pashto", or "DGERMAN"
    for "German" (a PDF's stray glyph run into the word); or one ending in a long name, as
    German and its kin build a compound on it ("Realgymnasium" is a Gymnasium)."""
    return len(name) >= 5 and any(
        (word[0] == name[0] and len(word) == len(name) and one_apart(word, name))
        or word[1:] == name
        or (len(name) >= 6 and len(word) > len(name) + 2 and word.endswith(name))
        for word in index.idf
    )


def opens_a_name(index: ResumeIndex, name: str) -> bool:
    """A word of the resume that begins with the name and goes on: "lotocar" of "lot"."""
    return len(name) >= 3 and any(w.startswith(name) and len(w) > len(name) + 2 for w in index.idf)


def one_apart(word: str, other: str) -> bool:
    """Two words of one length that differ in one letter."""
    return sum(a != b for a, b in zip(word, other, strict=True)) == 1


def plus_apart(index: ResumeIndex, name: str) -> bool:
    """ "Erasmus+", "Disney+": a name ending in a plus the resume writes with a space before it."""
    bare = name.rstrip("+")
    if not name.endswith("+") or len(bare) <= 2:
        return False
    return re.search(rf"(?i)\b{re.escape(bare)} \+", index.text) is not None


def inflected(index: ResumeIndex, name: str) -> bool:
    """A word of the resume that is the name and a case's ending: "piszu" of "Pisz" (in Pisz,
    in Polish), "oslos" of "Oslo"."""
    return len(name) >= 3 and any(
        w.startswith(name) and len(name) < len(w) <= len(name) + 3 for w in index.idf
    )


def misspelt(index: ResumeIndex, name: str) -> bool:
    """A word of the resume that opens with the name's first six letters and is no place's
    name: "Portuguais" of "Portuguese" (not "Portugal", a country, not its language)."""
    prefix = name[:6]
    if len(prefix) < 6:
        return False
    found = re.findall(rf"(?i)\b{re.escape(prefix)}[^\W\d_]*", index.text)
    return any(word.lower() not in PLACE_NAMES for word in found)


def cognate(index: ResumeIndex, name: str) -> bool:
    """A word of the resume that opens as a long name does, less its ending: "canario" of
    "Canary", "italia" of "Italian"; its Greek letters spelled as the Romance languages do
    ("olimpiada" of "Olympiad", "fotografia" of "photography", "teologia" of "theology")."""
    if len(name) < 5:
        return False
    opening = _romance(name)[: max(5, len(name) - 2)]
    return any(_romance(word).startswith(opening) for word in index.idf)


def _romance(word: str) -> str:
    return word.replace("ph", "f").replace("th", "t").replace("y", "i")


@cache
def tools() -> frozenset[str]:
    """The stems of the tools' names, which no script translates ("kubernet")."""
    return frozenset(stem(name) for name in tool_names())


def spelled_abroad(index: ResumeIndex, name: str) -> list[str]:
    """A name's words as a resume in another language spells them: "Romeo and Juliet" of a
    Catalan page's "ROMEU I JULIETA", its opening the same, or one letter apart in a longer
    word (not "Figma" for Spanish "firma")."""
    if not index.foreign or name in index.idf or len(name) < 5 or not name.isalpha():
        return []
    opening = name[: max(5, len(name) - 2)]
    return [
        word
        for word in index.idf
        if word[0] == name[0]
        and (
            (len(word) == len(name) >= 6 and one_apart(word, name))
            or (word.startswith(opening) and abs(len(word) - len(name)) <= 2)
        )
    ]
