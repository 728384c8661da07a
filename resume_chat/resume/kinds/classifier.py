"""What a section is about, from its heading words and, failing those, from its content."""

from __future__ import annotations

import re
from functools import cache

from resume_chat import patterns
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.kinds.filler import FILLER
from resume_chat.resume.kinds.folded import unmarked_kind, unmarked_phrase_words, unmarked_stem
from resume_chat.resume.kinds.paths import SCHOOLING_PATH, schooling_path
from resume_chat.resume.kinds.spelling import respelled, unspaced
from resume_chat.resume.kinds.words import CODE_WORD, KIND_WORDS

# Words of a heading that wraps the whole resume rather than naming one section.
WRAPPER = (
    r"(?i)^\W*(my )?(cv|resume|résumé|curr[ií]culum vit(ae|æ)|curriculum|vitae|about|home)\W*$"
)
PROGRAMMING_LANGUAGES = frozenset(
    [
        "python",
        "java",
        "javascript",
        "typescript",
        "go",
        "rust",
        "c",
        "c++",
        "c#",
        "ruby",
        "php",
        "kotlin",
        "swift",
        "scala",
        "sql",
        "r",
        "bash",
        "shell",
        "perl",
        "haskell",
        "elixir",
        "erlang",
        "clojure",
        "lua",
        "matlab",
        "dart",
        "julia",
        "fortran",
        "cobol",
        *("ocaml", "f#", "elm", "zig", "nim", "solidity", "assembly", "verilog", "vhdl"),
        *("prolog", "lisp", "scheme", "racket", "groovy", "objective-c", "delphi", "pascal"),
        *("ada", "apex", "abap", "coq", "sml", "crystal", "powershell", "typescript"),
    ]
)
_DEGREE = (
    r"(?i)\b(universit\w*|college|school|institut\w*|b\.?sc|m\.?sc|ph\.?d|bachelor\w*|master'?s"
    r"|diploma|degree|b\.?a\.|m\.?a\.|mba|b\.?eng|m\.?eng|b\.?tech|m\.?tech)\b"
)
# A heading naming a university in Russian or Ukrainian ("Брестский Государственный Технический
# Университет"): its studies (its lines may name one a job was at).
_SCHOOL_TITLE = r"(?i)(университет|університет|институт|інститут)"


def _lowered(title: str) -> str:
    """The title in small letters, its letters spaced apart joined: "İletişim" lowers to "i"
    and a combining dot, which goes, as Turkish spells it "iletişim" ("EĞİTİM": "eğitim");
    rules drawn around it gone ("-- -------- - pengalaman kerja- -----")."""
    title = _DRAWN.sub("", title) or title
    return unspaced(title).lower().replace("\u0307", "")


# Each run bounded: unbounded, a stranger's title of 10,000 "- " took 2 s (quadratic).
_DRAWN = patterns.compile(
    r"^[\s_=~*-]{0,80}[-_=~]{2,80}[\s_=~*-]{0,80}|[\s_=~*-]{0,80}[-_=~]{2,80}[\s_=~*-]{0,80}$"
    r"|(?<=\w)-\s"
)


# The kinds whose details a title may announce ("Academic Details"); "Personal Details" are
# the contact block's.
_DETAILED = frozenset(
    "education experience projects certifications skills awards volunteering publications".split()  # noqa: SIM905
)


@cache
def section_kind(title: str, body: str = "") -> str:
    """What a section is about, judged from its heading (and, for "Languages", its text); a
    title typed without its accents ("KINH NGHIEM") by the kinds' words without theirs."""
    kind = _spelled_kind(title, body)
    return unmarked_kind(_lowered(title), _holds) if kind == "other" else kind


def _spelled_kind(title: str, body: str) -> str:
    # "Profile Info (학력사항)": a Korean form's own title in brackets after an English gloss,
    # which may be a loose one; the form's word says what the section holds.
    own = _OWN_TITLE.search(title)
    if own and (kind := section_kind(own.group(1))) != "other":
        return kind
    lowered = respelled(_lowered(title))  # "Exeprience" too
    # "Educational Details", "Project details": what the details are of names the kind;
    # "Personal Details" and "Contact Details" alone are the contact block.
    of = patterns.sub(r"\bdetails?\b", " ", lowered).strip(" :-")
    if of != lowered.strip(" :-") and of and (kind := section_kind(of, body)) in _DETAILED:
        return kind
    # "Programovací jazyky", "Języki programowania", "Programlama dilleri", "Programmiersprachen",
    # "Lenguajes de programación": code, not speech.
    coded = r"programming|coding|programov|programowani|programlama|programoz|programmier"
    if patterns.search(coded + r"|programmeer|programmation|programaci|programaç", lowered):
        return "skills"
    # "Especialização", "Especialización", "Pós-graduação": postgraduate studies, not skills.
    if patterns.search(r"especializa[cç]|pós-gradua|pos-gradua|posgrado", lowered):
        return "education"
    # "Volunteer Experience" and "Volunteer Work" are volunteering; "Work History & Volunteer
    # Experience" holds jobs too.
    joined = r"\b(work|employment|jobs?|professional)\b[^&/]*(&|\band\b|/|,)\s*volunt"
    # "Ehrenamtliche Tätigkeiten", "Bénévolat", "Voluntariado", Turkish "Gönüllü".
    volunteered = r"\bvolunt|ehrenamt|b[ée]n[ée]vol|volontar|wolontar|vrijwillig|gönüllü|волонт"
    if patterns.search(volunteered, lowered) and not patterns.search(joined, lowered):
        return "volunteering"
    if patterns.search(SCHOOLING_PATH, lowered):
        return "education"
    # "Extra-Academic Activities", "Activités Extra-Académiques": beside studies, not studies.
    if patterns.search(r"\bextra[- ]?acad", lowered):
        return "volunteering"
    if (alone := lowered.strip(" :")) in _ALONE:
        return _ALONE[alone]
    # "수상 경력" (a history of awards), "봉사 경험": Korean and Japanese name the kind before
    # the word for a history, which alone names jobs.
    history = patterns.sub(r"경력|경험|経歴|履歴", " ", lowered).strip()
    kind = _kind_of_words(history, body) if history and history != lowered.strip() else ""
    if kind not in ("", "other", "experience"):
        return kind
    whole = _kind_of_words(lowered, body)
    if whole == "experience" and schooling_path(lowered, body):
        return "education"
    # "Work Experience & Projects", "Skills & Languages", "Volontariato e altri Interessi":
    # jobs, skills and volunteering named first are what the section holds most, the rest its
    # tail. ("Academic and Professional Positions" is one kind: its first word alone is none.)
    parts = patterns.split(
        "\\s*(?:&|\\b(?:and|e|y|und|et|en|i|та|\u0456|и|ve|și|og|och|oraz|és)\\b|/|\\+)\\s*",
        lowered,
    )
    first = _kind_of_words(parts[0], body) if len(parts) > 1 else whole
    # "Trainings and Certifications" are courses, both: the second word says which.
    courses = patterns.search(r"train|course|formation|kurs", parts[0])
    return first if (first, whole) in _NAMED_FIRST and not courses else whole


# Words that name a kind only alone: a sidebar's "Technical" over "Expert: R, SQL, Tableau"
# (not "Technical Lead", a job).
_ALONE = {"technical": "skills"}

_NAMED_FIRST = {
    *(("experience", "projects"), ("skills", "languages"), ("volunteering", "interests")),
    ("education", "certifications"),  # "Education & Credentials": the degrees, then courses
    ("education", "languages"),  # "Education and Languages": the degrees, then the tongues
    ("education", "skills"),  # "Education & Skills": the degree first
}
# "Summary of Working Experience": the jobs, summed up.
_SUMMED_JOBS = patterns.compile(
    r"\b(summary|overview) of (\w+ )?(work|working|employment|professional)\b"
)


def _kind_of_words(lowered: str, body: str) -> str:
    # "Personal" alone heads interests; beside references or achievements it says whose:
    # "Personal References", "Referencias personales", "Personal Achievements".
    bare = _PERSONAL.sub(" ", lowered)
    if bare != lowered and (kind := _kind_of_words(bare, body)) in ("references", "awards"):
        return kind
    for kind, words in KIND_WORDS:
        if any(_holds(lowered, word) for word in words):
            if kind == "languages" and (
                _mostly_programming(body) or patterns.search(CODE_WORD, lowered)
            ):
                return "skills"  # "PROGRAMMIER-SPRACHEN", "Lenguajes de programación"
            if kind == "summary" and (_dated_lines(body) >= 3 or _SUMMED_JOBS.search(lowered)):
                return "experience"  # "Experience Summary" over dated jobs: no summary
            return kind
    return "other"


# Latin, Greek and Cyrillic, the scripts a title's words are spaced apart in.
_SPACED = patterns.compile(f"[\x00-\x7f{scripts.LATIN_ACCENTED}{scripts.GREEK}{scripts.CYRILLIC}]+")


def _holds(lowered: str, word: str) -> bool:
    """The heading has the word; a short English one at a word's start: "work" is not
    in "Coursework" or "Network", while "erfahrung" is in "Berufserfahrung"."""
    if word not in lowered:
        return False
    if lowered.endswith(f"{word}書"):
        return False  # "職務経歴書": the document itself, a CV of one's career, not a section
    if len(word) <= 4 and not word.isascii() and _SPACED.fullmatch(word):
        # A short Latin, Greek or Cyrillic word starts a word: "мови" (languages) is not the
        # end of "Вадимович". (Hebrew and Arabic join "the" and "and" to the word after.)
        return bool(patterns.search(rf"(?<![^\W\d_]){re.escape(word)}", lowered))
    if len(word) > 5 or not word.isascii():
        # A long word inside a longer one ("Berufserfahrung"), but not the one for its doer:
        # a "Researcher", a "Data Specialist", a "Technologist" heads a job, not a section;
        # nor an English word made with a prefix: "formation" (French) is not "Information".
        return not patterns.search(
            rf"{re.escape(word)}(ers?|i?s?ts?)\b", lowered
        ) and not patterns.search(rf"\b(in|trans|de|re|con)(?={re.escape(word)})", lowered)
    end = r"(?![a-z])" if len(word) <= 3 else ""  # "bio", not "Biology"
    return bool(patterns.search(rf"(?<![a-z]){re.escape(word)}{end}", lowered))


def last_word_kind(title: str) -> tuple[str, int]:
    """The kind a heading's last word names ("Teaching Experience" → experience), and how
    many words the heading has: a heading that ends in a kind's word collects entries."""
    words = patterns.findall(r"[^\W\d_]+", _lowered(title))
    return (section_kind(words[-1]) if words else "other"), len(words)


_JOB_COLUMNS = (
    r"(?i)(?:^|[|·] ?)(role|position|employer|company|organi[sz]ation|job title)(?: ?[|·]|$)"
)


def content_kind(title: str, body: str) -> str:
    """A kind for a heading with no telling word: a degree or a dated job, judged by content."""
    head = " ".join([title, *body.splitlines()[:3]])
    # A table of jobs says so in its header row ("Dates | Role | Organization"), whatever its
    # rows mention ("TK-12 School Covid-19 Dashboard").
    if patterns.search(_JOB_COLUMNS, head) and patterns.search(DATE_SPAN, head):
        return "experience"
    if patterns.search(_DEGREE, head) or patterns.search(_SCHOOL_TITLE, title):
        return "education"
    if patterns.search(DATE_SPAN, head):
        return "experience"
    return "other"


def _dated_lines(body: str) -> int:
    return sum(1 for line in body.splitlines() if patterns.search(DATE_SPAN, line))


def _mostly_programming(body: str) -> bool:
    words = patterns.findall(r"[a-z+#]+", body.lower())
    known = sum(1 for word in words if word in PROGRAMMING_LANGUAGES)
    return bool(words) and known >= 2 and known * 4 >= len(words)


_PERSONAL = patterns.compile(r"\bpersonal(?:es|e|i)?\b")
_OWN_TITLE = patterns.compile(
    rf"[(\uff08]\s*([{scripts.HAN}{scripts.KANA}{scripts.HANGUL}][^()\uff08\uff09]{{0,20}})[)\uff09]\s*$"
)
_NOTE = patterns.compile(r"\s*\(\s*[^()\s]+(?:\s+[^()\s]+){0,2}\s*\)\W*$")  # three words at most
_KIND_STEMS = tuple(phrase for _, words in KIND_WORDS for phrase in words if " " not in phrase)
_KIND_PHRASES = tuple(phrase for _, words in KIND_WORDS for phrase in words if " " in phrase)


@cache
def _doer(word: str) -> bool:
    """ "researcher": a kind's word with "-er" on it; "職務経歴書", the document of a career."""
    if word.endswith("書"):
        return True
    single = word.removesuffix("s")
    return single.endswith("er") and single[:-2] in _KIND_STEMS


def names_a_kind(title: str) -> bool:
    """A heading naming a kind of section that has one: "Experience", not "Miscellany"."""
    return names_kind(title) and section_kind(title) != "other"


def names_kind(title: str) -> bool:
    """A heading that names a kind of section ("Work Experience"), not one entry of it.

    Each word is a kind's word ("experience", "skills"), part of a kind's phrase that the
    heading holds whole ("open source"), or filler; "OpenX" is none of them.
    """
    # "EXPERIENCIA LABORAL (3 últimas)": a note in brackets after the kind says which of them.
    title = _NOTE.sub("", title) or title
    # "课程和技能" (courses and skills): Chinese and Japanese write a heading's words together.
    if patterns.fullmatch(rf"[{scripts.HAN}{scripts.KANA}]{{2,8}}", title.strip()):
        return section_kind(title.strip()) != "other"
    lowered = respelled(_lowered(title)).replace("-", " ")
    # "ƃ Expérience Professionnelle": an icon font's glyph read as a letter of Latin's extended
    # ranges before the title (not a word of one letter: "à propos"; nor Cyrillic letters).
    lowered = patterns.sub(r"^\W*(?![àéó])[\u00c0-\u024f]\s+", "", lowered)
    if lowered.strip(" :") in _ALONE:
        return True
    phrased = {word for phrase in _KIND_PHRASES if phrase in lowered for word in phrase.split()}
    phrased |= unmarked_phrase_words(lowered)
    words = patterns.findall(r"[^\W\d_]+", lowered)
    # "Researcher" is a job's title: the word for the one who does a kind's thing is no kind.
    kind_words = [
        word
        for word in words
        if (word.startswith(_KIND_STEMS) and not _doer(word))
        or word in phrased
        or unmarked_stem(word)
    ]
    return bool(kind_words) and all(word in FILLER or word in kind_words for word in words)
