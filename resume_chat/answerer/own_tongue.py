"""The languages a resume may be written in, told by its script and its small words.

"Does he speak Spanish?" of a Portuguese resume that names no language at all is answered:
the resume does not mention Spanish. Asked of a Spanish resume, it is not: the person writes
the language the resume is in, named or not. So a language is denied only where the resume is
plainly written in another one, and in none of its close kin (Galician beside Portuguese,
Norwegian beside Danish); where the words do not tell, nothing is.
"""

from __future__ import annotations

from collections import Counter

from resume_chat import patterns
from resume_chat.answerer.language import plain_words
from resume_chat.resume import scripts

# Small words each language writes and its neighbours in this table do not (or rarely): what
# tells Spanish "el", "los", "y" from Portuguese "em", "ao", "não". Keys are the stems of
# translations.LANGUAGE_NAMES, where the language has one there.
_SMALL_WORDS = {
    "english": "the and of to for with is was are",
    "spanish": "el los las y desde hasta también sus",
    "portugues": "em ao aos não pelo pela pelos pelas até com uma às você também",
    "french": "le les du et avec pour dans au aux sur une été leur",
    "german": "der die das und mit für von bei dem im ist zu auf sowie einer eines",
    "italian": "il di della delle dei degli che gli nel nella alla ed presso",
    "catalan": "amb els dels també fins pel",
    "dutch": "het een van voor met bij naar zijn ook",
    "polish": "się oraz dla jest przy też które",
    "czech": "je pro jsem ve se který jako",
    "romanian": "și în cu pentru care sunt din",
    "turkish": "ve ile bir için olarak",
    "swedish": "och för på som av att är till",
    "danish": "og med for på som af til er jeg",
    "finnish": "ja on ovat sekä kanssa",
    "hungarian": "és az egy hogy valamint",
    "indonesian": "dan yang untuk dengan pada dari",
    "filipino": "ang ng mga sa at",
    "swahili": "na ya wa kwa katika",
    "vietnamese": "và của các với trong cho",
}
_WORDS = {word: language for language, words in _SMALL_WORDS.items() for word in words.split()}

# Languages written alike: where the resume is in one, the others are not denied either.
_KIN = {
    "portugues": {"galician"},
    "spanish": {"catalan", "galician", "basqu"},
    "catalan": {"spanish"},
    "danish": {"norwegian", "swedish"},
    "swedish": {"norwegian", "danish"},
    "dutch": {"flemish"},
    "czech": {"slovak"},
    "indonesian": {"malay"},
    "filipino": {"tagalog"},
}

# The languages each script other than Latin letters is written for.
_SCRIPTS = {
    scripts.CYRILLIC: "russian ukrainian bulgarian serbian macedonian belarusian kazakh kyrgyz"
    " mongolian tajik uzbek",
    scripts.GREEK: "greek",
    scripts.HEBREW: "hebrew yiddish",
    scripts.ARABIC: "arabic persian farsi urdu kurdish",
    scripts.THAI: "thai",
    scripts.DEVANAGARI: "hindi marathi nepali sanskrit",
    scripts.BENGALI: "bengali bangla assamese",
    scripts.HANGUL: "korean",
}
_LEAST = 8  # small words a resume must have for its language to be told
_CLEAR = 4  # times more of its own small words than of any language it is not


def own_languages(text: str) -> frozenset[str] | None:
    """The languages the text may be written in (stems as `LANGUAGE_NAMES` keys them), kin
    included; None where the text does not tell."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return None
    for letters_of, languages in _SCRIPTS.items():
        if len(patterns.findall(f"[{letters_of}]", text)) >= 0.3 * len(letters):
            return frozenset(languages.split())
    east = len(patterns.findall(f"[{scripts.HAN}{scripts.KANA}]", text))
    if east >= 0.3 * len(letters):
        # Japanese writes its small words in kana; Chinese has none.
        kana = len(patterns.findall(f"[{scripts.KANA}]", text))
        return frozenset({"japanes"} if kana >= 0.1 * east else {"chines", "cantones", "mandarin"})
    words = plain_words(text)
    counts = Counter(_WORDS[word] for word in words if word in _WORDS)
    if not counts or counts.most_common(1)[0][1] < _LEAST:
        return None
    most = counts.most_common(1)[0][1]
    own = {language for language, count in counts.items() if _CLEAR * count > most}
    return frozenset(own.union(*(_KIN.get(language, set()) for language in own)))


def in_its_script(text: str, language: str) -> bool:
    """Whether the text holds words in the script only `language` (a stem) and its kin are
    written in: "How is his name written in Arabic?" of a page giving "أحمد جابر أشكناني"."""
    return any(
        language in languages.split() and patterns.search(f"[{letters}]{{3}}", text) is not None
        for letters, languages in _SCRIPTS.items()
    )
