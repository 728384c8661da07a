"""Which of the studies answer first: the line naming the degree and field asked, the entries
naming the degree a question asks about, those at a school when it asks which school, and a
second degree set further down one entry."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.chronology import is_item
from resume_chat.answerer.credentials import DEGREE_WORDS, SCHOOL
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.outline import Entry
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.kinds.paths import DEGREE_TITLE


def degree_named(index: ResumeIndex, held: list[int], terms: list[str]) -> list[Quote]:
    """ "Where did she earn her MA in Developmental Psychology?": of studies listed line by
    line, the degree's line naming most of the field asked (words beyond its letters), and the
    line after it, where its school stands."""
    field = [term for term in terms if len(term) > 3]
    scored = [
        (sum(1 for term in field if term in words), i, n)
        for i in held
        for n, words in enumerate(index.lines[i])
    ]
    best, i, n = max(scored, key=lambda score: score[0], default=(0, 0, 0))
    if not field or best < min(2, len(field)):
        return []
    return [Quote(index.entries[i].citation, tuple(index.entries[i].lines[n : n + 2]))]


# A high school asked, and the lines naming one: "I.T.s.T. «Arturo Malignani»", "Liceo",
# "Gymnasium", "Nivel Secundario", "高中" (not "Colegio", a primary school as often).
_HIGH_SCHOOL = (
    r"(?i)\bhigh[- ]schools?\b|\bsecondary (school|education)\b",
    r"(?i)high[- ]school|secondary|secundari|secondaire|\bliceo|lyc[ée]e|gymnas|realschule"
    r"|abitur|istituto|\bi\.?\s?t\.?\s?[is]|ensino m[ée]dio|bachillerato|preparatoria"
    r"|\blise|школ|средн|高中|高校|고등학교|\bsm[ak]\b",
)
# Germany's doctorates by their letters: "Dr. rer. nat.", "Dr.-Ing."; not a title before a name
# ("Prof. Dr.-Ing. Enzo Frazzon", the advisor; "Dr. rer. nat. Hans Müller").
GERMAN_DOCTORATE = (
    r"(?<!prof\. )\bdr\.?[ -]?(?:rer|phil|med|ing|jur|oec|sc)\b"
    r"(?!\.?(?: \w+\.)? (?-i:[A-Z][a-z]))"
)
_DEGREES_ASKED = (
    (
        r"(?i)\bmaster'?s\b",
        r"(?i)(?<!scrum )\bmaster\b|\bmaster'?s\b|\bm\.? ?sc\b|\bmba\b|\bm\.[as]\."
        # "Магистратура, Прикладная математика…", "Maestría", "Mestrado", "硕士".
        r"|магист|магіст|maestr[íi]a|mestrado|magister|硕士|碩士|修士|석사"
        # Italy's "Laurea magistrale", a Spanish or French "Máster", a German "Masterstudium".
        r"|magistrale|m[áa]ster\w*|magistr\w*|mastère",
    ),
    (
        r"(?i)\bbachelor'?s\b",
        r"(?i)\bbachelor|\bb\.? ?(sc|a|s|eng|tech)\b|бакалавр|licenciatura|bacharelado"
        r"|\blicence\b|学士|本科|학사|laurea triennale|\bgrado\b|\blaurea\b(?! magistrale)",
    ),
    (
        r"(?i)\bph\.? ?d\b|\bdoctora(te|l)\b",
        r"(?i)\bph\.? ?d\b|\bdoctor|аспирантур|кандидат\w* наук|doutorado|doctorado|dottorato"
        r"|promotion|博士|박사"
        rf"|{GERMAN_DOCTORATE}",
    ),
    _HIGH_SCHOOL,
    (r"(?i)\bdegrees?\b", DEGREE_WORDS),
)


def degree_first(index: ResumeIndex, numbers: list[int], question: str) -> list[int]:
    """ "What degree did he earn?", "What was his master's in?": the studies naming that degree
    first, not the primary school or the doctorate a list begins with."""
    asked = next((said for ask, said in _DEGREES_ASKED if patterns.search(ask, question)), None)
    if asked is None and patterns.search(_SCHOOL_ASKED, question):
        # "Which university did he attend?" of six online courses, then his engineering degree
        # at a Universidad: the studies at a school first.
        # A university asked for: one named so before an English academy.
        university = patterns.search(r"(?i)\buniversit", question) is not None
        return sorted(
            numbers,
            key=lambda i: (
                university and not _names(index.entries[i], _UNIVERSITY),
                not _at_school(index.entries[i]),
            ),
        )
    if asked is None:
        return numbers
    return sorted(numbers, key=lambda i: not _names(index.entries[i], asked))


def degree_named_below(index: ResumeIndex, numbers: list[int], question: str) -> list[Quote]:
    """ "Which secondary school did he attend?" of studies read as one entry, the university
    first, "Glenrothes High School" twenty lines down: that line and the next."""
    asked = next((said for ask, said in _DEGREES_ASKED[:-1] if patterns.search(ask, question)), "")
    top = index.entries[numbers[0]] if numbers else None
    if not asked or top is None or _names_at_top(top, asked):
        return []
    for entry in (index.entries[i] for i in numbers):
        if section_kind(entry.citation.split(" › ")[0]) == "education":
            below = [n for n, line in enumerate(entry.lines) if patterns.search(asked, line)]
            if below:
                return [Quote(entry.citation, tuple(entry.lines[below[0] : below[0] + 2]))]
    return []


def _names_at_top(entry: Entry, degree: str) -> bool:
    return any(patterns.search(degree, text) for text in (entry.citation, *entry.lines[:3]))


def degree_held(index: ResumeIndex, numbers: list[int], question: str) -> bool:
    """The studies hold the degree or school the question names ("Which high school…?" of
    "I.T.s.T. «Arturo Malignani»"): a line elsewhere sharing its words ("High Performance
    Computing") does not go before them."""
    ask, said = _HIGH_SCHOOL  # not a master's: "Master Project: …" is said outside them
    return bool(patterns.search(ask, question)) and any(
        _names(index.entries[i], said) for i in numbers
    )


# "Which university…?", and "What did she study at university?" (of two online courses, then
# her degree at a Universidade).
_SCHOOL_ASKED = (
    r"(?i)\b(which|what) (university|universities|college|school|institution)"
    r"|\b(study|studied|major|majored) (\w+ )?(at|in) (a )?(university|college)\b"
)


_UNIVERSITY = (
    r"(?i)universi|uniwersytet|univerzit|üniversite|университет|університет|hochschule"
    r"|polytechn|politecnic|politechnik|大学|대학"
)


def _at_school(entry: Entry) -> bool:
    return any(patterns.search(SCHOOL, text) for text in (entry.citation, *entry.lines[:3]))


def _names(entry: Entry, degree: str) -> bool:
    """The entry is one of the studies (not a course taught on an M.Sc. program) and names
    the degree."""
    studies = section_kind(entry.citation.split(" › ")[0]) == "education"
    return studies and any(patterns.search(degree, text) for text in (entry.citation, *entry.lines))


def with_later_degrees(index: ResumeIndex, quotes: list[Quote]) -> list[Quote]:
    """An entry's opening lines, and the lines further down it opening with another degree
    ("B.Sc. in **Aeronautical Engineering**" under the first degree's courses: a double major
    listed in one Education section)."""
    entries = {entry.citation: entry for entry in index.entries}
    out = []
    for quote in quotes:
        entry = entries.get(quote.citation)
        rest = entry.lines[len(quote.lines) :] if entry else ()
        more = [line for line in rest if patterns.search(DEGREE_TITLE, line.lstrip("-*• "))]
        if not more and not any(patterns.search(DEGREE_WORDS, line) for line in quote.lines):
            # A list of courses opening the studies, the degree further down: "- **Universidad
            # Complutense de Madrid** - Grado en Física" under "Ciencia de Datos (Online)".
            more = [
                line
                for line in rest
                if is_item(line)
                and patterns.search(DEGREE_WORDS, line)
                and not line.rstrip("*").endswith(":")
            ]
        out.append(Quote(quote.citation, (*quote.lines, *more[:2])))
    return out
