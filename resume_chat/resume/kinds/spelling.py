"""Kind words people misspell, put right before a heading's kind is looked up."""

from __future__ import annotations

import re
from functools import lru_cache

from resume_chat import patterns

# The words of section titles people misspell most: "Work Exeprience", "Educaton".
_OFTEN_MISSPELT = (
    *("experience", "education", "employment", "professional", "certifications"),
    *("certification", "achievements", "publications", "references", "qualifications"),
    *("languages", "volunteering", "interests", "projects"),
)


@lru_cache(maxsize=4096)
def respelled(text: str) -> str:
    """The text with a misspelt kind word put right: two letters swapped, one letter wrong
    or missing or doubled ("Exeprience", "Experiance", "Educaton"), in words of seven letters
    or more; any other word as it is."""
    return patterns.sub(r"[^\W\d_]{7,}", _right_word, text)


def _right_word(found: re.Match[str]) -> str:
    word = found.group(0)
    lowered = word.lower()
    for right in _OFTEN_MISSPELT:
        if lowered == right or abs(len(lowered) - len(right)) > 1:
            continue
        if len(lowered) == len(right):
            apart = [i for i, (a, b) in enumerate(zip(lowered, right, strict=True)) if a != b]
            swapped = len(apart) == 2 and sorted(lowered) == sorted(right)
            if swapped or (len(apart) == 1 and len(right) >= 8):
                return right
        else:
            short, long = sorted((lowered, right), key=len)
            if len(long) >= 8 and any(long[:i] + long[i + 1 :] == short for i in range(len(long))):
                return right
    return word


# Words typed with a space after each letter ("S P R A C H E N"), two spaces apart, and
# whatever marks stand around them ("/ C O N T A C T").
_LETTER_SPACED = patterns.compile(r"(\W*?)((?:[^\W\d_] {1,3}){3,}[^\W\d_])(\W*)")


# A design tool's letter-spaced capitals, some pairs kerned together: "E DU C AT ION".
_TRACKED = patterns.compile(r"(?=[A-Z ]*\b[A-Z]\b)[A-Z]{1,3}(?: [A-Z]{1,3}){2,}")


def unspaced(text: str) -> str:
    """ "J A N A  M A R A" read as "JANA MARA": letters typed a space apart, as a heading's
    or a name's are for looks; other text as it is."""
    if _TRACKED.fullmatch(text):
        return text.replace(" ", "")
    spaced = _LETTER_SPACED.fullmatch(text)
    if not spaced:
        return text
    words = " ".join(word.replace(" ", "") for word in patterns.split(r" {2,}", spaced.group(2)))
    return spaced.group(1) + words + spaced.group(3)
