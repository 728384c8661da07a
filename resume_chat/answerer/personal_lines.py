# ruff: noqa: RUF001, RUF003 - Cyrillic "г.р." (year of birth), as resumes write it
"""Where a resume states a personal matter a question asks about (an age, a birth date, a
licence, a family, pay): in the intent's own words, or as resumes state it without them."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.families.life import DRIVING
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intent import Intent
from resume_chat.answerer.places import DEMONYM_FIELD
from resume_chat.resume.months import MONTH_NAME

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "August 5th, 1987", "5 Aug 1987", "05.08.1987"; "1987/08/05" year first.
_DAY_MONTH_YEAR = (
    rf"(?:(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTH},?\s+"
    r"|\d{1,2}[./-]\d{1,2}[./-])(?:19[3-9]\d|200\d)|(?:19[3-9]\d|200\d)[./-]\d\d?[./-]\d\d?\b)"
)
# A full date alone on its line, or with the town after it ("August 5th, 1987. Derby (UK)",
# "24 December 2000 · Annecy, France").
# "20.08.1993 in Kleve": the place after it, set apart or said with "in".
_BIRTH_DATE = (
    rf"(?i)^\W*(?:[A-Za-z]{{1,2}}\s+)?{_DAY_MONTH_YEAR}(?:(?:\s*[.,·]\s*|\s+(?:in|à|en|em|a|w|в)\s+)"
    r"[^\W\d][\w' -]{1,30}(?:,\s*[^\W\d][\w' -]{1,30})?(?:\s*\(\w{2,3}\))?)?\W*$"
)
# "Toshihiro Yamaguchi 1987/06/10": a full date closing the header's line of the name; or
# right after a name of two to four capitalised words, the address after it ("Franklin
# Mlungwana 15 May 2004 12Mitchelle Street, Johannesburg").
_BIRTH_AFTER_NAME = (
    rf"(?i)^[^\W\d][^\d]{{2,60}}\s{_DAY_MONTH_YEAR}\W*$"
    rf"|^(?-i:(?:[A-Z][\w'’-]+\s+){{1,3}}[A-Z][\w'’-]+)\s+{_DAY_MONTH_YEAR}\s"
)
# "Tellicherry, Kerala · 8th December 2000 · Indian": one cell of a header's line.
_BIRTH_CELL = rf"(?i)(?:^|[·|•])\s*{_DAY_MONTH_YEAR}\s*(?:[·|•]|$)"
# "1982" alone among the header's contacts: the year he was born.
_YEAR_ALONE = r"^\W*(?:19[4-9]\d|200[0-8])\W*$"
# "21 years" alone under the name: an age.
# "49 ans", "32 años", "28 Jahre" alone: an age in the resume's language.
_AGE_ALONE = r"(?i)^\W*(age:?\s*)?[1-9]\d\s*(years|yrs|y\.?o\.?|ans|años|anos|jahre|anni|jaar)\W*$"
# "Nurzhan 19 y.o", "I am 24 years old": an age said in a sentence.
_AGE_SAID = (
    r"(?i)\b[1-9]\d\s*(y\.\s?o\.?|yo\b|years? old\b|yrs? old\b)(?! (company|business|firm))"
    # "Brasileiro, Divorciado, 48 anos": an age among a line's parts, in the resume's language.
    # "36 de ani, necăsătorit": Romanian; Ukrainian, Hungarian, Croatian, Swedish too.
    r"|(?:^|[,;·|]\s*)[1-9]\d\s*(anos|años|ans|jahre|anni|jaar|lat|let|ya[şs]|лет|года?|год|tahun"
    r"|de ani|років|éves|godina|år)"
    r"(?=\s*(?:$|[,;·|(]|\.\s*$))"  # "Анастасия · Шолохова, 20 лет.": a sentence's end too
    # A rirekisho's "2000年　月　日生　(満　25　歳)", a Chinese "25岁", a Korean "25세".
    r"|満\s*[1-9]\d\s*歳|\b[1-9]\d\s*[岁歳세살]|(?:19[3-9]\d|200\d)\s*年[^\n]{0,12}?日生"
)
# An artist's "b. Los Angeles 1986", "b. 1978, New Zealand.": born, abbreviated, with the
# place and the year.
_BORN = (
    r"^\W*b\.\s+(?:(?:[\w'.-]+,?\s+){0,4}(?:19[3-9]\d|200\d)"
    r"|(?:19[3-9]\d|200\d)(?:,?\s+[\w'.-]+){0,4})\W*$"
)
# The German star for "born": "Adrian Regenfuß (*28.10.1997)".
_STARRED = r"\*\s?\d{1,2}\.\s?\d{1,2}\.\s?(?:19[3-9]\d|200\d)\b"
# Family as a resume states it: a marital status (its value may stand on the next line,
# "CIVIL STATUS" over "Single"), or the children an interest is shared with.
_FAMILY = (
    r"(?i)\b(civil status|marital status|estado civil|familienstand|[eé]tat civil|divorced"
    r"|widowed|(my|our) (\d+[- ]years?[- ]old )?(girl|boy|daughter|son|kids|children)"
    r"|daughters?|sons?(?! of))\b"
)

# A birth date's label that also asks for the place: "Geburtsdatum und -ort", "Date and place".
_AND_PLACE = r"(?i)(-ort\b|\bplace\b|\blieu\b|\bluogo\b|\blugar\b|\blocal\b|\bmiejsce\b)"

# Pay as a resume states it without the word: "30 - 35,000 annually or £250 per day".
_PAY = (
    r"(?i)\b(annually|per annum|p\.a\.|per (day|hour|year|month|annum)|day rate|hourly rate"
    r"|a year|/year|/hour|/hr|unpaid|stipend|pro bono|without pay|paid internships?)\b|[£€]\s?\d"
    # Abroad: "Pretensão Salarial: A partir de R$ 1.900,00", "Gehaltsvorstellung", "期望薪资".
    r"|(?i:\b(salarial|sal[áa]rio|sueldo|gehalt\w*|salaire|r[ée]mun[ée]ration|retribuzione"
    r"|заработн\w*|зарплат\w*)\b)|R\$\s?\d|期望薪资|薪资|希望年収|희망연봉|연봉"
)

# A nationality labelled in the resume's own language: "Nationalité : Ukrainienne",
# "Staatsangehörigkeit: deutsch".
_NATIONALITY_LABEL = (
    r"(?i)\b(nationalit(é|e|ät|at|à|eit)|nacionalidade?|nazionalit[àa]"
    r"|staatsangeh\w{1,2}rigkeit|staatsb[üu]rgerschaft|citoyennet[ée]|ciudadan[íi]a|cidadania"
    r"|cittadinanza|obywatelstwo|st[áa]tn[íi] (p[řr][íi]slu[šs]nost|ob[čc]anstv[íi])"
    r"|гражданство|национальность|uyru[ğg]u?|kewarganegaraan|titre de s[ée]jour"
    r"|aufenthalts(titel|erlaubnis)|permiso de residencia"
    # Romanian, Ukrainian, Hungarian, Greek, Vietnamese: "Cetățenie: moldoveană".
    r"|cet[ăa][țt]enie|na[țt]ionalitate|громадянство|állampolgárság|υπηκοότητα|εθνικότητα"
    r"|quốc tịch|国籍|국적)"  # Japanese and Chinese, Korean: "国籍: 韓国"
)

# Pay, relocation and a clearance as resumes state them without the question's words: "30 -
# 35,000 annually or £250 per day"; "Willing to work anywhere in India", "mobilité
# géographique"; "TS/SCI", "Top-Secret SCI", "SC cleared".
_STATED_AS = {
    "salary": _PAY,
    # "set to join the workforce in September 2026", "available from June", "can start in".
    "notice": r"(?i)\b(join(ing)? the workforce|available (from|in|starting|to start)"
    r"|(can|could) start (in|from|on)|starting (in|from) (jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec|summer|fall|autumn|spring|winter))",
    "relocation": r"(?i)\b(relocat\w*|willing to (move|work anywhere)|anywhere in"
    r"|open to (move|moving|remote\w*|travel\w*)|mobilit[yé]\w*|movilidad geogr[aá]fica"
    r"|umzugsbereit\w*|disponibilit[ée] g[ée]ographique)",
    "clearance": r"(?i)\b((?<!customs )clearances?|top[- ]secret|ts/sci|sci\b"
    r"|(sc|dv|nv[12]|security)[- ]cleared|public trust|security vetting|baseline vetting)",
}


def _no_prose_ages(said: list[Quote], pattern: re.Pattern[str]) -> list[Quote]:
    """Not a recommendation's "Given his young age, his charm…": a sentence with no number
    that says "age" alone states no age."""

    def prose(line: str) -> bool:
        words = {found.group(0).lower() for found in pattern.finditer(line)}
        return len(line) > 80 and not patterns.search(r"\d", line) and words <= {"age"}

    kept = [Quote(q.citation, tuple(x for x in q.lines if not prose(x))) for q in said]
    return [quote for quote in kept if quote.lines]


def personal_lines(index: ResumeIndex, intent: Intent) -> list[Quote] | None:
    """The lines stating a personal matter the question asks about, or None: said in the
    intent's own words, or as resumes state an age or a family."""
    everywhere = list(range(len(index.entries)))
    if intent.name == "driving":
        # "Führerschein" over "Kategorie B": a heading naming the licence, and what it holds.
        titled = [i for i in everywhere if patterns.search(DRIVING, index.entries[i].title)]
        return index.lines_where(everywhere, DRIVING)[:2] + index.summary(titled, 2) or None
    # Said in a line, or in a heading a Word file made of it ("### D. O. B: 10TH/OCTOBER").
    said = index.lines_where(everywhere, intent.pattern) or index.title_where(intent.pattern.search)
    if intent.name == "age":
        said = _no_prose_ages(said, intent.pattern)
    # A label alone on its line ("Nato a" over "Palermo, 13 agosto 1975"): its value follows.
    bare = said and not patterns.search(r"\d", said[0].lines[0])
    bare = bare and len(intent.pattern.sub("", said[0].lines[0]).split()) <= 1
    if said and intent.name == "age" and (bare or patterns.search(_AND_PLACE, said[0].lines[0])):
        # "Geburtsdatum und -ort: 30.10.2005" over "in Fes, Marokko": the place follows. (A
        # form's empty "Date of Birth:" over "Phone:" says nothing: the other lines stay.)
        around = index.lines_around(everywhere, f"(?i){intent.pattern.pattern}", after=1)[:1]
        said = [*around, *said[1:]] if around else said
    if said and said[0].lines == (said[0].citation.rsplit(" › ", 1)[-1],):
        # "## SECURITY CLEARANCE" over "Active DoD Top Secret": the heading, and what it holds.
        held = next((e.lines[:2] for e in index.entries if e.citation == said[0].citation), ())
        said = [Quote(said[0].citation, (*said[0].lines, *held))]
    if not said and intent.name == "family":
        return index.lines_around(everywhere, _FAMILY, after=1)[:2] or None
    if not said and intent.name in _STATED_AS:
        return index.lines_where(everywhere, _STATED_AS[intent.name])[:2] or None
    if not said and intent.name == "visa":
        labelled = index.lines_where(everywhere, _NATIONALITY_LABEL)[:2]
        return labelled or index.lines_where(everywhere, DEMONYM_FIELD)[:1] or None
    if said or intent.name != "age":
        return said or None
    # "B August 31, 1981" beside the address (an icon for "born"): a full date standing
    # alone among the contact lines is a birth date, not a job's.
    born = index.lines_where(everywhere, _BIRTH_DATE) or index.lines_where(everywhere, _BORN)
    heads = index.of_kinds(("header", "contact"))
    born = born or index.lines_where(heads, _BIRTH_CELL)
    born = born or index.lines_where(heads, _BIRTH_AFTER_NAME)
    born = born or index.lines_where(index.of_kinds(("header",)), _YEAR_ALONE)
    born = born or index.title_where(patterns.compile(f"(?i){_BIRTH_YEAR_LABEL}").search)
    born = born or index.lines_where(everywhere, _STARRED)
    # A date set as a heading of its own in a Word text box ("###### 09-05-2001").
    born = born or index.title_where(patterns.compile(_BIRTH_DATE).search)
    # "21 years" alone in the header, under the name, is an age; "(Nurzhan 19 y.o)" anywhere.
    born = born or index.lines_where(index.of_kinds(("header",)), _AGE_ALONE)
    born = born or index.title_where(patterns.compile(_AGE_ALONE).search)  # "#### 49 ans"
    return (born or index.lines_where(everywhere, _AGE_SAID))[:1] or None


# A birth date's question: "What is her date of birth?", "When was he born?"; not an age's nor
# a birthplace's, which resumes state in ways no pattern here knows ("32 gadi", "родом из").
_BIRTH_ASKED = (
    r"(?i)\b(date of birth|birth ?date|birthday|dob|d\. ?o\. ?b|year of birth"
    r"|when (was|is) \w+( \w+)? born|(what|which) year (was|is) \w+( \w+)? born)\b"
)
_YEAR_BORN = r"(?:19[3-9]\d|200[0-8])"
# A year labelled as the birth year: "Birthyear: 2008", "Geburtsjahr 1990", "NACIMIENTO 1992".
_BIRTH_YEAR_LABEL = (
    r"\b(?:birth ?year|year of birth|born|geburtsjahr|geboren|rok urodzenia|год рождения"
    r"|nacimiento|naissance|nascimento|nascita)\W{0,3}(?:19|20)\d\d\b"
)
# Anything that could be a birth date or an age, in any language: "12.03.1990", "1990-03-12",
# "16.07.93", "12 de marzo de 1990", "1990 г.р.", "1990年生", "32 años", "25岁", the German star.
_BORN_HINT = patterns.compile(
    rf"(?i)\b\d{{1,2}} ?[./-] ?\d{{1,2}} ?[./-] ?{_YEAR_BORN}\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d\d\b(?![./-]?\d)"  # "16.07.93": a two-digit year
    rf"|\b{_YEAR_BORN} ?[./-] ?\d{{1,2}} ?[./-] ?\d{{1,2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?[ \t]*(?:de[ \t]+)?{MONTH_NAME}\.?,?[ \t]*(?:de[ \t]+)?"
    rf"{_YEAR_BORN}\b"
    rf"|\b{MONTH_NAME}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+{_YEAR_BORN}\b"
    rf"|{_YEAR_BORN}[ \t]*(?:г\.?[ \t]?р|р\.?[ \t]?н|年生|년생)|出生|\*[ \t]?\d{{1,2}}\."
    r"|\b[1-7]\d[ \t]*(?:years? old|y\.?o\b|ans|años|anos|jahre|jaar|anni|lat|let|лет|года?"
    r"|рок\w*|ya[şs]|tahun|gadi|metai|éves|vjeç|ετών|tuổi|de ani|godina|år|vuotta)\b"
    r"|\b[1-7]\d[ \t]*(?:岁|歳|세|살)|\bage[ \t]*:?[ \t]*[1-7]\d\b"
    # "g. 1999" (Lithuanian "gimė"), "b. 1986", "n. 1990", "r. 1990": born, abbreviated.
    rf"|\b[bgnr]\.[ \t]?{_YEAR_BORN}\b"
    # A year labelled as the birth year: "Birthyear: 2008", "Geburtsjahr 1990".
    rf"|{_BIRTH_YEAR_LABEL}"
    # A year alone on a line (the header's "1982"): maybe the year of birth, not none.
    rf"|(?m:^\W*{_YEAR_BORN}\W*$)"
)


def birth_unstated(text: str, question: str) -> bool:
    """A birth date asked of a resume holding no date a person could be born on and no age:
    in any language, it is silent (a date of birth is digits, whatever words go with it)."""
    return bool(patterns.search(_BIRTH_ASKED, question)) and _BORN_HINT.search(text) is None
