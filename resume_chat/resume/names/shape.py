"""Whether words look like a person's name: two to six words of letters, no job title, no
section heading, no sentence."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume import scripts
from resume_chat.resume.kinds.classifier import WRAPPER, section_kind

_NAME = patterns.compile(r"^[^\W\d_][\w.'’-]*(?:[ ,]+[^\W\d_][\w.'’()-]*){1,5}$")

# Words of a job title or a place in a heading, never of a person's name.
NOT_NAME = patterns.compile(
    r"(?i)\b(engineer|developer|intern|manager|scientist|designer|lead|analyst|consultant"
    r"|researcher|student|assistant|director|officer|architect|specialist|university|college"
    r"|school|institute|company|inc|ltd|llc|gmbh|team|department|program|programme"
    # A picture's alt text above the name: "Resume Header", "Profile photo".
    r"|header|banner|logo|photo|foto|bild|image|picture|avatar|headshot|resume|cv"
    # "Daten und Lebenslauf": a page's title in another language.
    r"|lebenslauf|curr[ií]cul(um|o)|hoja de vida|vita|r[eé]sum[eé]|portfolio|ansioluettelo"
    r"|meritf[öo]rteckning"
    # The same in Hebrew, Russian, Chinese and Japanese: "קורות חיים", "резюме", "简历".
    r"|קורות חיים|резюме|简历|履歴書|職務経歴書)\b"
    # "San Diego, CA": a town and its state, the header's address line with the postcode gone.
    r"|,\s*(?-i:[A-Z]{2})$"
)
# A Chinese or Korean name: two or three characters, no spaces ("黄霞琳"); a section title
# in Chinese takes four ("教育背景").
_HAN = patterns.compile(f"^[{scripts.RADICALS}{scripts.HAN}{scripts.HANGUL}]{{2,3}}$")
_ONE_WORD = patterns.compile(r"^[^\W\d_][\w.'’-]*$")


# Lower-case words a name may hold: "Ludwig van Beethoven", "Dr. med. Anna Roth".
_PARTICLES = frozenset(
    (
        *("van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das"),
        *("do", "la", "le", "bin", "binti", "ibn", "al", "el", "y", "e", "ter", "zu", "af"),
        *("av", "med", "rer", "nat", "dipl", "ing"),
    )
)


# Words that join a phrase or a sentence, never a person's names.
_GLUE = frozenset(
    (
        *("and", "or", "in", "to", "from", "with", "the", "of", "for", "a", "an", "on", "at"),
        *("my", "is", "by", "as", "into", "your", "our", "und", "et", "i'm", "im"),
    )
)


def _sentence(plain: str) -> bool:
    """Capitalised words mixed with lower-case ones no name has: "I think with the
    customer’s mind." is a line of prose, not a person."""
    words = plain.split()
    lower = [w for w in words if w[:1].islower() and w.strip(",.").lower() not in _PARTICLES]
    glue = [w for w in lower if w.strip(",.").lower() in _GLUE]
    # "Amy nicole Pate" is a name; "Link to PDF" and "Lampedusa in Winter" are not.
    return bool(glue or len(lower) >= 2) and len(lower) < len(words)


def looks_like_name(text: str, one_word: bool = False) -> bool:
    """Two to six words of letters (one, for a top heading), no digits, not a section heading."""
    plain = text.replace("**", "").strip()
    return (
        bool(_NAME.match(plain) or (one_word and _ONE_WORD.match(plain)) or _HAN.match(plain))
        and len(plain) <= 60
        and not patterns.search(r"[@ǁ‖]", plain)  # an address; a letterhead's separator
        # A surname opens with a capital where the name has any: not "Grupinės parodos".
        and not (plain != plain.lower() and plain.split()[-1][:1].islower())
        and not _sentence(plain)
        and not NOT_NAME.search(plain)
        and section_kind(plain) == "other"
        and not patterns.match(WRAPPER, plain)
    )
