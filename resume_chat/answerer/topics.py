"""Where a topic's lines are when its section does not hold them: a line elsewhere that
witnesses the topic and shares the question's words, an entry holding more of the question than
the topic's own, a heading naming the topic after another kind."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.evidence import EVIDENCE
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent
from resume_chat.answerer.named import capitalised
from resume_chat.answerer.outline import Entry
from resume_chat.answerer.terms import stem, stems
from resume_chat.answerer.translations import WORD_NAMES
from resume_chat.resume.kinds.classifier import names_kind, section_kind
from resume_chat.resume.kinds.words import KIND_WORDS

# A line listing languages spoken, by its label or by a level.
_LEVELLED = (
    r"(?i)\blanguages?\b|\b(native|fluent|mother tongue|proficien\w*|bilingual|conversational"
    r"|intermediate|beginner|basic|advanced|[abc][12])\b"
)


def covers(quote: Quote, terms: list[str]) -> int:
    """How many of the question's words a quote, heading and lines, holds."""
    return len(set(terms) & set(stems(" ".join((quote.citation, *quote.lines)))))


def shared_witnesses(index: ResumeIndex, intent: Intent, terms: list[str]) -> list[Quote]:
    """Lines anywhere witnessing the intent's topic that hold a word of the question."""
    if intent.name not in EVIDENCE or not terms:
        return []
    return _sharing(_witness_lines(index, intent), terms)


def _witness_lines(index: ResumeIndex, intent: Intent) -> list[Quote]:
    """Every line, in any section, that the intent's evidence pattern finds; a volunteer's
    role alone in its entry with the two lines after it ("Position: Benevole" over what was
    done)."""
    found = index.lines_where(list(range(len(index.entries))), EVIDENCE[intent.name])
    if intent.name != "volunteering":
        return found
    # A lone line saying it in its entry: the role, its details under it.
    lone = {q.citation for q in found if len(q.lines) == 1}
    numbers = [i for i, entry in enumerate(index.entries) if entry.citation in lone]
    around = {q.citation: q for q in index.lines_around(numbers, EVIDENCE[intent.name], after=2)}
    return [around.get(q.citation, q) for q in found]


def _titled_witnesses(index: ResumeIndex, intent: Intent, cited: set[str]) -> list[Quote]:
    """Each entry whose heading alone says it ("Türkçe Öğretmeni (Gönüllü) 2017-Halen"), by
    its first lines: after the lines that say it."""
    return [
        Quote(entry.citation, entry.lines[:2])
        for entry in index.entries
        if entry.lines
        and entry.citation not in cited
        and re.search(EVIDENCE[intent.name], entry.title)
    ]


def _sharing(quotes: list[Quote], terms: list[str]) -> list[Quote]:
    return [q for q in quotes if set(stems(" ".join(q.lines))) & set(terms)]


def whole_entries(index: ResumeIndex, quotes: list[Quote], terms: list[str]) -> list[Quote]:
    """A quote from an entry whose heading holds all the question's words, two or more
    ("courses he was a teaching assistant for" → "Teaching Assistant — UB"), becomes that
    entry, details and all."""
    number = {entry.citation: i for i, entry in enumerate(index.entries)}
    return [
        index.summary([number[q.citation]])[0]
        if len(terms) > 1 and all(term in index.titles[number[q.citation]] for term in terms)
        else q
        for q in quotes
    ]


def titled_after(title: str, kinds: tuple[str, ...]) -> bool:
    """A heading that names one of the kinds after another ("Certifications & Awards"); one
    naming it first ("Languages") was judged by its content already."""
    words = [word for kind, names in KIND_WORDS if kind in kinds for word in names]
    if not words or not names_kind(title) or section_kind(title) in kinds:
        return False
    return any(patterns.search(rf"(?i)\b{re.escape(word)}", title) for word in words)


def witnesses(index: ResumeIndex, intent: Intent, terms: list[str]) -> list[Quote]:
    """No section for the topic: the lines that witness it, those sharing the question's words
    first ("awards for his papers" → "Best paper award"); a word alone ("professional
    certifications") is no witness."""
    found = _witness_lines(index, intent)
    shared = _sharing(found, terms)
    named = index.search(terms) if terms else []  # "Devcon" may stand on a line of its own
    rest = [q for q in found if q not in shared]
    rest += _titled_witnesses(index, intent, {q.citation for q in found})
    if intent.name == "volunteering":
        # "Volunteer at UF Health Shands Hospital" before a summary's "nonprofit": a line
        # saying the word witnesses it best.
        rest.sort(key=lambda quote: stem(intent.name) not in stems(" ".join(quote.lines)))
    if intent.name == "spoken":
        # "Languages: Danish (native)" before "The Danish Agency for Labour Market".
        rest.sort(key=lambda quote: not patterns.search(_LEVELLED, " ".join(quote.lines)))
    return whole_entries(index, shared + named, terms) + rest


# Volunteering said in so many words, in English or in the resume's language.
_VOLUNTEERED = rf"(?i)\b(volunteer\w*|{WORD_NAMES['volunteer']})"


def volunteered_outright(index: ResumeIndex, numbers: list[int]) -> list[Quote]:
    """ "Volunteer. Main activities: survey work" among a job's lines, outside the sections
    the question looks in (an "Other Activities" naming none): it says it outright, first."""
    inside = {index.entries[i].citation for i in numbers}
    # With the line after it, where the role's organisation stands ("Rock Creek National Park").
    said = index.lines_around(list(range(len(index.entries))), _VOLUNTEERED, after=1)
    return [quote for quote in said if quote.citation not in inside][:2]


def joined(title: str) -> str:
    """A section title that joins two kinds ("Education & Skills"), else nothing."""
    return title if patterns.search(r"&|\+|/|,|\band\b|\bund\b", title) else ""


def named_elsewhere(
    index: ResumeIndex, question: str, terms: list[str], outside: list[Quote]
) -> list[Quote]:
    """ "Has Kaisa studied Kotlin?": her studies do not name it, "IT skills · I have studied:
    … Kotlin" does, and comes before them; not the header naming her (a name the reading did
    not take for hers). Each entry that says it as fully: "Which Cisco courses…" of three
    certificates Cisco issued."""
    best = max(outside, key=lambda q: covers(q, terms), default=None)
    if best is None or not terms:
        return []
    # Every word asked, or every name the question capitalises: "Which MongoDB course did he
    # complete?" is answered by "MongoDb basics M001", whatever "complete" matches.
    names = [term for term in capitalised(question) if term in terms]
    if covers(best, terms) < len(set(terms)) and not (
        names and covers(best, names) == len(set(names))
    ):
        return []
    heads = {entry.citation for entry in index.entries if entry.kind in ("header", "contact")}
    # Others as full only where their headings name what is asked ("Introduction to Data
    # Science — Cisco"): a word as common as "research" shared by three jobs names none of
    # them, nor does a name in their lines (the person's, among a paper's authors).
    alike = [
        q
        for q in outside
        if q is best
        or (
            bool(names)
            and set(names) <= set(stems(q.citation.rpartition(" › ")[2]))
            and covers(q, terms) == covers(best, terms)
        )
    ]
    return [q for q in alike if q.citation not in heads]


def witnessed(entry: Entry, topic: str) -> bool:
    """An entry's heading or lines show the evidence of a topic, where the topic has any."""
    evidence = EVIDENCE.get(topic)
    texts = (entry.citation, *entry.lines)
    return evidence is None or any(re.search(evidence, text) for text in texts)


# A school named as a place: the word alone says where, not that anyone studied there.
_INSTITUTION = (
    r"(?i)universit\w*|college|school|hochschule|faculdade|facultad|uniwersytet\w*"
    r"|университет\w*|üniversite\w*|大学|学院|学校|大學|대학교"
)
# A question about the candidate's own studies, not any school they are connected with.
_STUDYING = (
    r"(?i)\b(stud(y|ied|ies)|degrees?|graduat\w*|attend\w*|alma mater|major\w*|diplomas?"
    r"|bachelor\w*|master'?s|ph\.? ?d|doctorate|(go|went|gone) to (university|college|school))\b"
)
STUDIED_NOWHERE = (
    "The resume has no education listed; the schools it names are places the candidate worked:"
)


# A degree said anywhere: the resume has studies, whether it lists them or not.
_DEGREE_SAID = (
    r"(?i)\b(master'?s?|bachelor'?s?|ph\.? ?d|doctor(ate)? of|mba|m\.? ?sc|b\.? ?sc|degree"
    r"|diplom\w*)\b"
)


def schools_worked_at(
    index: ResumeIndex, intent: Intent, question: str, terms: list[str]
) -> list[Quote]:
    """ "Where did he go to university?" of a resume with no studies, whose only schools are
    ones the candidate worked at ("System Administrator — Hudson Park Primary School"): those
    lines, under a sentence saying so. Nothing when any line says a degree, a course, a study,
    or stands outside a job."""
    if intent.name != "education" or index.of_kinds(intent.kinds):
        return []
    if not patterns.search(_STUDYING, question):
        return []  # "Which university is he connected with?": a workplace answers that
    if any(titled_after(entry.title, intent.kinds) for entry in index.entries):
        return []
    if patterns.search(_DEGREE_SAID, index.text):
        return []  # "Holds a Master of Science in Software Engineering" in the summary
    seen = witnesses(index, intent, terms)
    kinds = {entry.citation: entry.kind for entry in index.entries}
    for quote in seen:
        if kinds.get(quote.citation) not in ("experience", "volunteering"):
            return []
        for line in (quote.citation.split(" › ")[-1], *quote.lines):
            said = patterns.finditer(EVIDENCE["education"], line)
            if any(not patterns.fullmatch(_INSTITUTION, found.group(0)) for found in said):
                return []
    return seen


# Kinds a heading inside another section may stand for on its own; not "Languages" (under
# "Tech Stack", the languages of code) nor "Volunteering" (a job's own word).
_TITLED_KINDS = {
    "projects": r"(?i)project",
    "publications": r"(?i)publication|papers",
    "awards": r"(?i)awards|prizes|honou?rs",
    "certifications": r"(?i)certific|licen[cs]es",
}


def names_kind_of(title: str, kinds: tuple[str, ...]) -> bool:
    """A heading that names one of the kinds itself ("My major projects")."""
    kind = section_kind(title)
    word = _TITLED_KINDS.get(kind)
    short = len(title.split()) <= 6 and len(title) <= 50
    return short and kind in kinds and bool(word and patterns.search(word, title))
