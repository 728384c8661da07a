"""Which language a resume is written in, as far as the offline answerer needs to know: a
resume in another language than the question's shares too few words with it to prove a fact
absent."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.answerer.cities import CITY_NAMES
from resume_chat.answerer.evidence import EVIDENCE
from resume_chat.answerer.outline import programming_languages
from resume_chat.answerer.terms import stem, stems
from resume_chat.answerer.translations import (
    LANGUAGE_NAMES,
    WORD_NAMES,
    language_names,
)
from resume_chat.resume import scripts
from resume_chat.resume.kinds.classifier import section_kind

if TYPE_CHECKING:
    from resume_chat.answerer.index import ResumeIndex

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


def foreign(text: str) -> bool:
    """Written mostly in another language than English: another script (Cyrillic, Greek,
    Chinese…), or Latin letters whose small words are not English ("de", "și", "się")."""
    if other_script(text):
        return True
    # Addresses out first: "github.com" is no Portuguese "com".
    words = patterns.findall(r"[^\W\d_]+", patterns.sub(r"\S*[.@/]\S*", " ", text.lower()))
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
    found = _written_otherwise(text, term)
    return found.re.pattern if found else ""


def written_as(text: str, term: str) -> list[str]:
    """The words the text writes a language or a city in, for a term that names one in
    English: "hagu" (The Hague) → ["den", "haag"] of "DEN HAAG"."""
    found = _written_otherwise(text, term)
    return stems(found.group(0)) if found else []


def _written_otherwise(text: str, term: str) -> re.Match[str] | None:
    names = _other_names().get(term, "")
    return patterns.search(_bounded(names), text) if names else None


def _bounded(names: str) -> str:
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


def unspoken(index: ResumeIndex, question: str, terms: list[str]) -> str:
    """The language a question asks of a resume in another language ("Does he speak German?")
    where the resume's list of languages names others in words read here ("Anglais: C1") and
    the one asked in none ("Allemand"): its name as asked; else ""."""
    asked = [term for term in terms if term in LANGUAGE_NAMES]
    if len(asked) != 1 or re.search(rf"(?i)\b{asked[0]}", index.text):
        return ""
    if _written_otherwise(index.text, asked[0]):
        return ""
    if index.other_script and east_asian(index.text):
        # "熟练的英语读写" (fluent English) of a Chinese page, no 日语 anywhere: the languages
        # it names in its own script, and not the one asked.
        others = [n for n in LANGUAGE_NAMES if n != asked[0] and _written_otherwise(index.text, n)]
        named = re.search(rf"(?i)\b{asked[0]}\w*", question)
        return named.group(0) if others and named else ""
    if index.other_script and not (
        _cyrillic(index.text) and patterns.search(f"[{scripts.CYRILLIC}]", LANGUAGE_NAMES[asked[0]])
    ):
        return ""  # a resume in Cyrillic, asked of a language whose Russian name is known
    # The languages' own section, or one titled for them below another ("KENNTNISSE ›
    # Fremdsprachen"), or an entry whose lines are languages with their levels ("- Deutsch
    # (Muttersprache)", "- Englisch (in Wort und Schrift)") under a heading misread.
    numbers = [
        i
        for i, entry in enumerate(index.entries)
        if entry.kind == "languages"
        or section_kind(entry.title) == "languages"
        or sum(bool(patterns.search(_LEVELLED_NAME, line)) for line in entry.lines) >= 2
    ]
    listed = " ".join(line for i in numbers for line in index.entries[i].lines)
    # "Sprachen: Deutsch (Muttersprache), Englisch (C1)" under "Erfahrung und Kenntnisse": a
    # line that says it lists languages, wherever it stands.
    labelled = [line for line in index.text.splitlines() if patterns.search(_LISTS_TONGUES, line)]
    listed = " ".join([listed, *labelled])
    others = [
        name
        for name in LANGUAGE_NAMES
        if name != asked[0] and re.search(rf"(?i)\b({name}|{LANGUAGE_NAMES[name]})", listed)
    ]
    named = re.search(rf"(?i)\b{asked[0]}\w*", question)
    return named.group(0) if others and named else ""


# "- Deutsch (Muttersprache)", "Englisch: Niveau B2": a language's name opening a line, its
# level after it.
_LEVELLED_NAME = (
    r"(?i)^[-*•·\s]*(?:"
    + "|".join(f"{name}\\w*|{forms}" for name, forms in LANGUAGE_NAMES.items())
    + r")\s*[:(–-]"
)


# A line listing languages under a label: "Sprachen:", "Langues :", "Idiomas:", "Lingue ·";
# or naming one as Polish, Czech and Russian do, "language English": "Język angielski: B2".
_LISTS_TONGUES = (
    # "Langues étrangères:", "Lingue Straniere:", "Fremdsprachen:": foreign ones, a word after.
    r"(?i)\b(languages?|langues?|langages?|lenguas?|fremdsprachen|sprachen|idiomas?|lingue|línguas"
    r"|talen|språk|języki|jazyky|язык\w*|мови|diller)( [^\W\d_]{4,14})?\s*[:–·|-]"
    r"|\b(język|jazyk|язык)\s+\w+"  # "Знание языков:", "Język angielski: B2"
)


# Any word a resume says languages with, in the languages its headings are read in: where one
# stands, the languages are the resume's to answer with, not ours to deny.
_DEUTSCHE = r"\bDeutsche[nrs]?\s+(?=[A-ZÄÖÜ])"
_NOT_SPOKEN = rf"{_DEUTSCHE}|(?i:\b(?:programming|scripting|markup|query)\s+languages?\b)"
_SPEECH = (
    r"(?i)languag|lingu|bilingual|fluen|native|mother ?tongue|spoken|\bspeak|idioma|sprach"
    r"|langue|lingua|\btaal|\btalen\b|spr[aå]k|j[eę]zyk|jazyk|язык|мов|语言|語|언어|\bcefr\b"
    r"|\b[abc][12]\b|\bbahasa\b|\bdil(ler)?\b|nyelv|\blimb[aiă]|l[íi]ngua|ngôn ngữ|ngoại ngữ"
    r"|\bjezi[kc]"  # Slovenian "jeziki", Croatian and Serbian "jezici"
    r"|\bkiel(i|et|taito)|γλώσσ"
    # Bulgarian, Serbian, Macedonian, Kazakh: "Езици", "Језици", "Јазици", "Тілдер"; English
    # in any Cyrillic spelling ("английски", "енглески").
    r"|[еј]з[иі]к|јазик|\bтіл|англ|енгл"  # noqa: RUF001
)


_INSTITUTION = r"\b\w+ (University|Institute|College|Academy|School|Society|Church)\b"


def no_languages(index: ResumeIndex, question: str, terms: list[str]) -> str:
    """ "What languages does she speak?" of a resume that names no language and no word for
    one anywhere: what the question asks, to deny; else "". Of a resume in another language,
    only the list or English: it speaks the language it is written in, named or not."""
    # Not in another script: "英语 CET-6" names English in no spelling of ours; Cyrillic's
    # names we have ("Английский — B2").
    names = language_names()
    asked = [term for term in terms if term in LANGUAGE_NAMES]
    # "Deutsche Gesellschaft für Soziale Arbeit", "Deutsche Bank": a name, not a language; nor
    # the person's own ("Santiago Gallego": Galician in Spanish). "C Programming Language" says
    # no language spoken asked by its name; "which languages" may ask for those of code.
    text = patterns.sub(_NOT_SPOKEN if asked else _DEUTSCHE, " ", _without_code(index.text, names))
    if name := "|".join(map(re.escape, index.name.split())):
        text = re.sub(rf"(?i)\b(?:{name})\b", " ", text)
    unread = index.other_script and not _cyrillic(index.text)
    if index.of_kinds(("languages",)) or patterns.search(_SPEECH, text):
        return ""
    if re.search(rf"(?i)\b({names})", text) or (unread and re.search(_bounded(names), text)):
        return ""
    # "Tamil, Kannada" under Other: the fuller list's names count too, not in an institution's
    # name ("Hebrew University of Jerusalem").
    if patterns.search(EVIDENCE["spoken"], patterns.sub(_INSTITUTION, "", text)):
        return ""
    named = re.search(rf"(?i)\b{asked[0]}\w*", question) if len(asked) == 1 else None
    if index.foreign and patterns.search(r"(?i)\b(ingl|engl|angl|angiel)", index.text):
        return ""  # "inglẽs suficiente para leitura": English, misspelt, is named
    if unread or (index.foreign and asked != ["english"]):
        # Not "Does she speak Indonesian?", a language we have no names of; nor the language
        # the resume is written in, which it need not name ("Spanish" of a Spanish resume).
        listed = patterns.search(r"(?i)\blanguages\b|\b(which|what) language\b", question)
        if listed and not asked:
            return "" if unread else "which languages the person speaks"
        from resume_chat.answerer.own_tongue import own_languages  # for few questions

        own = own_languages(index.text)
        return named.group(0) if named and own is not None and asked[0] not in own else ""
    if named:
        return named.group(0)  # "Does he speak Japanese?": no language at all is named
    return "" if asked else "which languages the person speaks"


def _without_code(text: str, names: str) -> str:
    """The text less its lists of programming languages ("Языки: JavaScript, Java, SQL,
    Python"): two of them at least and no language people speak; such a list says "languages"
    of none a question about speaking asks."""
    code = patterns.compile(programming_languages())
    spoken = patterns.compile(rf"(?i)\b({names})")  # the package's own list of names
    return "\n".join(
        line for line in text.split("\n") if len(code.findall(line)) < 2 or spoken.search(line)
    )


def _cyrillic(text: str) -> bool:
    """Its letters outside the Latin alphabet nearly all Cyrillic: a Russian or a Ukrainian
    resume, whose names of languages `LANGUAGE_NAMES` holds."""
    others = patterns.findall(r"[^\W\d_a-zA-Z\u00c0-\u024f]", text)
    cyrillic = patterns.findall(f"[{scripts.CYRILLIC}]", text)
    return bool(others) and len(cyrillic) >= 0.9 * len(others)
