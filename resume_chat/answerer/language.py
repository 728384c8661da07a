"""Which language a resume is written in, as far as the offline answerer needs to know: a
resume in another language than the question's shares too few words with it to prove a fact
absent."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.answerer.cities import CITY_NAMES
from resume_chat.answerer.language_names import LANGUAGE_NAMES
from resume_chat.answerer.terms import stem, stems
from resume_chat.answerer.translations import WORD_NAMES
from resume_chat.resume import scripts

if TYPE_CHECKING:
    pass

# Small words each language writes everywhere: enough to tell a resume's language apart.
_ENGLISH_GLUE = frozenset("the and of in to for with at on from by as is an".split())  # noqa: SIM905
# Portuguese, Spanish, French, Italian, Romanian, Polish, German, Dutch, Indonesian, Swedish,
# Danish and Norwegian, Turkish, Latvian and Lithuanian ("i", "e", "o", "a" and "man" left
# out: English writes them too).
_OTHER_WORDS = (
    "de da do das dos em para os uma um na no pela pelo el la los las y en del con por et le "
    "les des du au aux pour avec il di della delle per și în cu pentru din w z na się oraz dla "
    "od und der die das mit für von zu im auf het een van voor met "
    "dan yang untuk dengan dari pada sebagai dalam saya och för att av till är jag inom vid "
    "og til af jeg ve ile için bir olarak "
    "un ir ar kā arī esmu bet yra kad buvo"  # Latvian, Lithuanian
)
_OTHER_GLUE = frozenset(_OTHER_WORDS.split())
_GLUE_FLOOR = 8  # a few French words in an English resume do not make it French


def other_script(text: str) -> bool:
    """Written largely in another script than Latin letters (Cyrillic, Greek, Chinese…): a
    third of its letters or more, as a Chinese resume that keeps its tools' names in English
    (a Chinese word takes two letters, an English one six)."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c < "\u0250")
    return bool(letters) and latin < 0.7 * len(letters)


def east_asian(text: str) -> bool:
    """Written largely in Chinese, Japanese or Korean: a quarter of its writing or more, a
    Hangul, Han or kana letter counting as three Latin ones (a Korean CV listing its papers in
    English is Korean too). Their degrees have few names ("硕士", "修士", "석사"), all known
    here."""
    east = len(patterns.findall(f"[{scripts.HAN}{scripts.KANA}{scripts.HANGUL}]", text))
    latin = sum(1 for char in text if char.isalpha() and char < "\u0250")
    return bool(east) and 3 * east >= 0.25 * (latin + 3 * east)


def plain_words(text: str) -> list[str]:
    """The text's words in small letters, addresses out first ("github.com" is no Portuguese
    "com"), each taken from its word's start: tried from every letter, 10 s on a long word."""
    return patterns.findall(r"[^\W\d_]+", patterns.sub(r"(?<!\S)\S*[.@/]\S*", " ", text.lower()))


def foreign(text: str) -> bool:
    """Written mostly in another language than English: another script (Cyrillic, Greek,
    Chinese…), or Latin letters whose small words are not English ("de", "și", "się")."""
    if other_script(text):
        return True
    words = plain_words(text)
    english = sum(1 for word in words if word in _ENGLISH_GLUE)
    other = sum(1 for word in words if word in _OTHER_GLUE)
    if other > _GLUE_FLOOR and other > 2 * english:
        return True
    # A resume of lists has few small words; its letters still tell: "ş", "ğ", "ä" in one
    # letter of 66 or more, and hardly an English "the" or "and" (a Turkish or German CV).
    letters = sum(len(word) for word in words)
    accented = sum(1 for word in words for char in word if char > "\x7f")
    return accented >= 0.015 * letters and english < 0.02 * len(words)


# Small words of a question in German, French or Spanish ("Wann hat er …", "Où a-t-elle …"),
# and of one in English; words both write ("in", "a", "was") are in neither.
_QUESTION_OTHER = frozenset(
    """er sie hat ist sind war wann wo welche welcher welches wie seine seiner sein ihre ihr
    einen eine ein der die das dem den des und bei mit auf im schon kann il elle est quel
    quelle quels quelles où quand comment son sa ses le la les des du une un et avec chez dans
    él ella es ha cuál cuáles dónde cuándo cómo su sus el los las una y con en""".split()  # noqa: SIM905
)
_QUESTION_ENGLISH = frozenset(
    """the is does did has have he she they his her their what where when which who how of at
    for to any ever with and do are were can could""".split()  # noqa: SIM905
)


def asked_in_english(question: str) -> bool:
    """Whether a question is in English: in German or French its words are not ours to
    judge, so nothing it names is ever said to be absent."""
    words = patterns.findall(r"[^\W\d_]+", question.lower())
    other = sum(1 for word in words if word in _QUESTION_OTHER)
    english = sum(1 for word in words if word in _QUESTION_ENGLISH)
    return other < 2 or other <= english


@cache
def _other_names() -> dict[str, str]:
    """Languages', cities', countries' and a trade's common words' other names, keyed as terms are:
    built on first use."""
    from resume_chat.answerer.country_names import COUNTRY_NAMES  # on first use: a big table

    others = {**CITY_NAMES, **COUNTRY_NAMES, **WORD_NAMES}
    return {**LANGUAGE_NAMES, **{stem(word): names for word, names in others.items()}}


def named_in_other_words(text: str, term: str) -> str:
    """The pattern of a language's or a city's name in other languages where the text has
    it, else ""."""
    found = written_otherwise(text, term)
    return found.re.pattern if found else ""


def written_as(text: str, term: str) -> list[str]:
    """The words the text writes a language or a city in, for a term that names one in
    English: "hagu" (The Hague) → ["den", "haag"] of "DEN HAAG"."""
    found = written_otherwise(text, term)
    return stems(found.group(0)) if found else []


def written_otherwise(text: str, term: str) -> re.Match[str] | None:
    names = _other_names().get(term, "")
    return patterns.search(bounded(names), text) if names else None


def bounded(names: str) -> str:
    """The names as whole words: no letter of a spaced script against them; Chinese and
    Japanese write their words together ("国家助学金" holds "助学金")."""
    edge = rf"[^\W{scripts.EAST_ASIAN}{scripts.HANGUL}]"
    return rf"(?i)(?<!{edge})({names})(?!{edge})"


def unspaced_names(text: str, term: str) -> str:
    """The pattern of a word's names in Chinese, Japanese or Korean (a term such as
    "scholarship": "奖学金", "助学金") that the text holds, else ""."""
    names = [
        name
        for name in _other_names().get(term, "").split("|")
        if patterns.search(f"[{scripts.EAST_ASIAN}{scripts.HANGUL}]", name)
    ]
    found = [name for name in names if re.search(name, text)]
    return "|".join(found)


# The common nouns of an institution's name, which a resume in another language translates:
# "Ministry of Defence" is "Ministère de la défense", not a name spelled alike everywhere.
_INSTITUTION_WORDS = (
    "ministry department defence defense health education justice finance interior foreign "
    "affairs agriculture government council city state national federal republic bank court "
    "police army navy hospital university school institute academy society federation "
    "association chamber commerce office agency authority"
    # The letters of a trade, which other languages spell from their own words: "HR" is
    # "RR. HH." in Spanish and "RH" in French, "AI" is "IA", "IT" is "TI" or "EDV"; "HPC" is
    # "calcul intensif", "ECG" "electrocardiografía", "CPR" "RCP", "ICU" "UCI" or "UTI".
    " hr ai it pr hpc ecg ekg cpr icu ml nlp"
)


@cache
def _institution_stems() -> frozenset[str]:
    return frozenset(stems(_INSTITUTION_WORDS))


def translated_words(words: set[str]) -> set[str]:
    """Those of the (stemmed) words another language translates: an institution's nouns, a
    trade's letters."""
    return words & _institution_stems()
