"""Languages a resume does not speak of: "Does he speak German?" of a resume whose list of
languages names others and not German, and "What languages does she speak?" of one that names
none and has no word for one anywhere. Only those are denied; any doubt answers from the lines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.answerer.evidence import EVIDENCE
from resume_chat.answerer.language import bounded, east_asian, written_otherwise
from resume_chat.answerer.language_names import LANGUAGE_NAMES, language_names
from resume_chat.answerer.outline import programming_languages
from resume_chat.resume import scripts
from resume_chat.resume.kinds.classifier import section_kind

if TYPE_CHECKING:
    from resume_chat.answerer.index import Quote, ResumeIndex
    from resume_chat.answerer.intents import Intent


def unspoken(index: ResumeIndex, question: str, terms: list[str]) -> str:
    """The language a question asks of a resume in another language ("Does he speak German?")
    where the resume's list of languages names others in words read here ("Anglais: C1") and
    the one asked in none ("Allemand"): its name as asked; else ""."""
    asked = [term for term in terms if term in LANGUAGE_NAMES]
    # Its first six letters too: "Portuguais: courant", a French "Portugais" misspelt.
    if len(asked) != 1 or re.search(rf"(?i)\b({asked[0]}|{asked[0][:6]})", index.text):
        return ""
    if written_otherwise(index.text, asked[0]):
        return ""
    if index.other_script and east_asian(index.text):
        # "熟练的英语读写" (fluent English) of a Chinese page, no 日语 anywhere: the languages
        # it names in its own script, and not the one asked.
        others = [n for n in LANGUAGE_NAMES if n != asked[0] and written_otherwise(index.text, n)]
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
    # "ES | EN | FR" under the phone number: languages by their codes, a line of them alone.
    if patterns.search("(?m)" + _CODES_LINE, index.text):
        return ""
    if re.search(rf"(?i)\b({names})", text) or (unread and re.search(bounded(names), text)):
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


# A line of two-letter language codes alone, English's among them ("ES | EN | FR", "EN / DE").
_CODES = r"(?:EN|ES|FR|DE|IT|PT|RU|ZH|JA|KO|AR|NL|PL|TR|SV|EL|HE|HI|UK|VI|CA|RO|CS|HU)"
# Bounded: over a stranger's line of 20,000 "· " an unbounded lead and look-ahead backtracked
# across the whole line at every step (7.7 s).
_CODES_LINE = (
    rf"^[\W_]{{0,4}}(?=[^\n]{{0,60}}\bEN\b){_CODES}"
    rf"(?:[ \t]{{0,3}}[|/·,][ \t]{{0,3}}{_CODES}){{1,8}}[\W_]{{0,4}}$"
)


def coded_languages(index: ResumeIndex, intent: Intent) -> list[Quote]:
    """ "Which languages does she speak?" of a resume with no languages section whose header
    lists them by their codes ("ES | EN | FR"): that line."""
    if intent.name != "spoken" or index.of_kinds(("languages",)):
        return []
    every = list(range(len(index.entries)))
    return index.lines_where(every, _CODES_LINE)
