"""Questions asked in time: what someone studies now, and when an entry's fact happened."""

from __future__ import annotations

import itertools
import re

from resume_chat import patterns
from resume_chat.answerer.chronology import details, line_started, started
from resume_chat.answerer.index import Quote, ResumeIndex, trim
from resume_chat.answerer.intents import Intent
from resume_chat.answerer.outline import Entry
from resume_chat.answerer.shifted import dates_beside
from resume_chat.answerer.terms import stems
from resume_chat.resume.date_spans import DATE_SPAN, NOW_WORDS, ends_this_year_or_later
from resume_chat.resume.kinds.classifier import section_kind

_NOW = r"(?i)\b(now|currently|current|at the moment|these days|at present|presently)\b"
# "Which programme does Andrey study?", "Which year of university is he in?": studies now.
_STUDYING = (
    r"(?i)\b(is|are) (\w+ ){1,3}(studying|enrolled)\b|\b(does|do) (\w+ ){1,3}study\??$"
    r"|\bwhich year of (university|college|(his|her|their) (studies|degree|course))\b"
)
_STUDENT = (
    r"(?i)\b(students?|estudantes?|estudiantes?|[ée]tudiant\w*|student(in|ka)|studente"
    r"|студент\w*|öğrenci\w*|mahasiswa)\b"
)
_PURSUING = (
    r"(?i)\b(finishing|completing|pursuing|studying for|currently (studying|enrolled|reading))\b"
    r"[^.;]{0,40}\b(degree|masters?|bachelor'?s?|ph\.?d|m\.?sc|b\.?sc|diploma)\b"
)
# "Expected 2027", and every language's word for now that ends a span ("09.2022 – bis jetzt").
_IN_PROGRESS = (
    rf"(?i)\b({NOW_WORDS}|ongoing|in progress|expected|anticipated|projected|candidate)\b"
)


def studies_now(index: ResumeIndex, intent: Intent, question: str) -> tuple[Quote, ...]:
    """ "What is she studying now?": the degree in progress, by its dates or its words, before
    any word of the question ("moment", "right") picks other lines."""
    now = patterns.search(_NOW, question)
    if intent.name != "education" or not (now or patterns.search(_STUDYING, question)):
        return ()
    schooling = index.of_kinds(("education",))
    # A section headed "Education" before one whose entries only read like schooling (round264's
    # "Teaching › ... UC Irvine, 2026–Present" over "Ph.D. Economics — UC Irvine (Expected 2027)").
    roots = {i: index.entries[i].citation.split(" › ")[0] for i in schooling}
    titled = [i for i in schooling if section_kind(roots[i]) == "education"]
    schooling = titled + [i for i in schooling if i not in titled]
    # "University of Texas at Austin · Anticipated 2030": the heading may say it.
    current = [
        i
        for i in schooling
        if index.entries[i].is_current
        or patterns.search(_IN_PROGRESS, index.entries[i].citation.rsplit(" › ", 1)[-1])
    ]
    marked = _marked(index, schooling)
    if not now:
        # "What is Diogo studying?" of studies all dated past: the header's "Estudante de
        # Análise e Desenvolvimento de Sistemas na Facens" says it, then the studies. Studies
        # in progress answer it the usual way.
        # A profile's "Business administration student.": what, if not where.
        heads = [
            quote
            for quote in index.lines_where(index.of_kinds(("header", "summary")), _STUDENT)
            if len(quote.lines[0].split()) >= 3  # what it is, not "Student" alone
        ]
        # "Finishing an integrated mathematics masters at the University of Warwick": a
        # summary's line saying so.
        heads = heads or index.lines_where(index.of_kinds(("header", "summary")), _PURSUING)[:1]
        if current or marked or not heads or not schooling:
            return ()
        return trim([*heads[:1], *index.summary(schooling[:2], 3)])
    if current and (current[0] in titled or not (marked and marked[0][0] in titled)):
        return trim(index.summary(current[:2], 3))
    return trim([quote for _, quote in marked])


def _in_progress(line: str) -> bool:
    """Marked "Expected 2027", or dated to end this year or later ("LLB, Delhi (2023–26)")."""
    return bool(patterns.search(_IN_PROGRESS, line)) or ends_this_year_or_later(line)


def _marked(index: ResumeIndex, schooling: list[int]) -> list[tuple[int, Quote]]:
    """Several degrees in one entry: the one marked "Expected August 2026", with the school and
    the degree written above it."""
    quotes = []
    for i in schooling:
        lines = index.entries[i].lines
        found = [n for n, line in enumerate(lines) if _in_progress(line)]
        if found:
            # The lines under it too, up to a dated line or an item: "University of Amsterdam
            # · Sept. 2024 – (expected) Sept. 2028" over "PhD in Economics".
            below = lines[found[0] + 1 : found[0] + 3]
            named = len(lines[found[0]].split()) >= 3  # not a date's last word ("Current")
            after = list(itertools.takewhile(details, below)) if named else []
            above = lines[max(0, found[0] - 3) : found[0] + 1]
            quotes.append((i, Quote(index.entries[i].citation, (*above, *after))))
    return quotes


_WHEN = r"(?i)\b(when|(what|which) (years?|dates?|period)|since when|how long)\b"
_DATED = r"\b(?:19|20)\d\d\b|(?i:\b(?:present|current)\b)"


def with_dates(index: ResumeIndex, question: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """ "Where and when did he get his bachelor's?": a quote holding no date gets its entry's
    first dated line (a heading's "University of North Alabama | 2012") in front of it."""
    if not patterns.search(_WHEN, question):
        return quotes
    out = []
    for quote in quotes:
        # Of two entries one citation names ("Cientista de Dados", at two employers), the one
        # whose lines are quoted.
        same = [entry for entry in index.entries if entry.citation == quote.citation]
        entry = next((e for e in same if set(quote.lines) <= set(e.lines)), None)
        entry = entry or (same[-1] if same else None)
        undated = not any(patterns.search(_DATED, text) for text in (quote.citation, *quote.lines))
        if entry is not None and undated:
            # An employer's own lines undated, its roles under it dated ("Cisco Systems, Inc."
            # over "Senior Software Engineer" and "June 2014 - April 2018"): theirs.
            # Only under a heading of its own with an address at most: a citation two entries
            # share (a Europass PDF's name over every block) heads no one job.
            alone = sum(e.citation == quote.citation for e in index.entries) == 1
            head = quote.citation + " › "
            own = len(entry.lines) <= 2 and alone
            below = [e for e in index.entries if e.citation.startswith(head)] if own else []
            lines = [line for e in (entry, *below) for line in e.lines]
            beside = dates_beside(entry.lines, quote.lines)
            if beside is not None:
                quote = Quote(quote.citation, beside)
            elif (
                dated := next((x for x in lines if patterns.search(_DATED, x)), None)
            ) is not None:
                quote = Quote(quote.citation, (dated, *quote.lines))
        out.append(quote)
    return trim(out)


# "Where did he teach in 2024?": a year the question is about, not one it counts from.
# "in 2024", "in early 2024", "during the summer of 2019".
_IN_YEAR = (
    r"(?i)\b(?:in|during)\s+(?:(?:the\s+)?(?:early|late|mid|spring|summer|fall|autumn|winter)"
    r"(?:\s+of)?[\s-]+)?((?:19|20)\d\d)\b(?!\s*[-–])"
)
_BETWEEN = (
    r"(?i)\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until|till|-|–)\s+((?:19|20)\d\d)\b"
)
_HELD = ("experience", "education", "volunteering", "projects")


# A question about a job: for whom one worked, and as what.
_AT_WORK = r"(?i)\b(work(ed|ing)?|employ\w*|compan(y|ies)|employer|firm|job|role|position)\b"


def in_year(index: ResumeIndex, question: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Quotes of entries held in the year a question names first; where none is, the jobs or
    studies of that year (at most two) before them: "Senior Lecturer — Tashkent State Transport
    University · 2024-01-01 – 2025-01-01" for "Where did he teach in 2024?"."""
    asked = patterns.search(_IN_YEAR, question) or patterns.search(_BETWEEN, question)
    if asked is None or not quotes:
        return quotes
    # "between 2009 and 2013": held in both years, not only the last (a job since 2013).
    years = [int(found) for found in asked.groups() if found]
    year = years[0]
    entries = {entry.citation: entry for entry in index.entries}
    held = [
        q
        for q in quotes
        if (e := entries.get(q.citation)) is not None and all(_held_in(e, y) for y in years)
    ]
    if (
        held
        and patterns.search(_AT_WORK, question)
        and not any(entries[q.citation].kind == "experience" for q in held)
    ):
        # "Which company did he work for in 2017?" of studies dated 2017 and a job from 2015
        # to 2019: the job, then the studies.
        jobs = _entries_held(index, {"experience"}, years)
        if 0 < len(jobs) <= 3:
            return trim([*index.summary(jobs[:2], 2), *held, *(q for q in quotes if q not in held)])
    if held:
        if patterns.search(_AT_WORK, question):
            held = [_with_employer(entries[q.citation], q) for q in held]
            # The other jobs held that year, though no line of theirs matched the question.
            cited = {q.citation for q in held}
            jobs = _entries_held(index, {"experience"}, years)
            more = [i for i in jobs if index.entries[i].citation not in cited]
            held += index.summary(more, 2) if 0 < len(jobs) <= 3 else []
        shown = {q.citation for q in held}
        return trim([*held, *(q for q in quotes if q.citation not in shown)])
    kinds = {entries[q.citation].kind for q in quotes if q.citation in entries} & set(_HELD)
    then = _entries_held(index, kinds or {"experience"}, [year])
    return trim([*index.summary(then[:2], 2), *quotes]) if 0 < len(then) <= 3 else quotes


def _with_employer(entry: Entry, quote: Quote) -> Quote:
    """A job's quote with the lines above its dates (the employer's "IDEX Corporation - Kansas
    City, MO" under the title), where the quote has its dates but not them."""
    dated = next((n for n, line in enumerate(entry.lines) if patterns.search(DATE_SPAN, line)), 0)
    above = tuple(line for line in entry.lines[:dated][:2] if line not in quote.lines)
    return (
        quote._replace(lines=above + quote.lines) if above and entry.kind == "experience" else quote
    )


def _entries_held(index: ResumeIndex, kinds: set[str], years: list[int]) -> list[int]:
    """The entries of these kinds held in every one of the years, in document order."""
    return [
        i
        for i, entry in enumerate(index.entries)
        if entry.kind in kinds and all(_held_in(entry, year) for year in years)
    ]


# A year, also one glued to its sign: "2016年07月".
_YEAR = r"\b(?:19|20)\d\d(?:\b|(?=年))"


def _held_in(entry: Entry, year: int) -> bool:
    """Its span of dates (in its heading or first lines) holds the year, an open one running
    on; or the year stands there alone ("Summer 2023")."""
    if any(re.search(rf"\b{year}(\b|年)", text) for text in (entry.title, *entry.head_lines)):
        return True
    for text in (entry.title, *entry.head_lines):
        found = patterns.search(DATE_SPAN, text)
        years = [int(y) for y in patterns.findall(_YEAR, found.group(0))] if found else []
        if years:
            end = 9999 if entry.is_current else max(years)
            return years[0] <= year <= end
    return False


_ASKED_WHEN = (
    r"(?i)^\s*(when\b(?! (was|is) \w+( \w+)? born)|(in |during )?(what|which) (years?|dates?)\b"
    r"|since when\b)"
)
# Anything that could date an entry or measure it: a year, "'19", "03/21", a span, "2 years".
_ANY_DATE = (
    rf"(?i)\b(19|20)\d\d\b|['’]\d\d\b|\b\d{{1,2}}/\d\d\b|{DATE_SPAN.removeprefix('(?i)')}"
    rf"|\b({NOW_WORDS})\b|\b\d+\+?\s*(years?|yrs?|months?|mos?|semesters?)\b"
)
_DATABLE = ("experience", "education", "projects", "volunteering")
NO_DATE = "The resume does not give a date for that; what it says of it:"


def undated(index: ResumeIndex, quotes: list[Quote], question: str, terms: list[str]) -> bool:
    """ "When did he start at AccuWeather?" of a job the resume dates nowhere: neither its
    entry nor any other holding its name has a year, a span or a length, and at most one line
    of its jobs, studies and projects does."""
    cited = {quote.citation for quote in quotes}
    numbers = [n for n, entry in enumerate(index.entries) if entry.citation in cited]
    if not numbers or not patterns.search(_ASKED_WHEN, question):
        return False
    names = {term for n in numbers for term in terms if term in index.titles[n]}
    holding = [
        n
        for n, words in enumerate(index.lines)
        if n in numbers or any(term in line for line in words for term in names)
    ]
    texts = [text for n in holding for text in (index.entries[n].citation, *index.entries[n].lines)]
    if not names or any(patterns.search(_ANY_DATE, text) for text in texts):
        return False
    # A resume dating its other entries may date this one where its reading did not see (a
    # column of dates read apart from its jobs): only one dating almost nothing says so.
    held = index.of_kinds(_DATABLE)
    entries = [index.entries[n] for n in held]
    dated = [t for e in entries for t in (e.title, *e.lines) if patterns.search(_ANY_DATE, t)]
    return len(dated) <= 1


_BEFORE_YEAR = r"(?i)\b(?:before|prior to)\s+((?:19|20)\d\d)\b"


def begun_before(
    index: ResumeIndex, question: str, numbers: list[int], terms: list[str]
) -> list[Quote] | None:
    """ "Where did he work as an IT architect before 2011?": of `numbers` (the jobs naming the
    question's words, or all), those begun before that year; none read as jobs, the lines
    naming its words that begin before it. None where no year is asked so, or none is found."""
    year = patterns.search(_BEFORE_YEAR, question)
    if year is None:
        return None
    begun = [(i, started(index.entries[i])) for i in numbers]
    earlier = [i for i, when in begun if when is not None and when[0] < int(year[1])]
    if earlier:
        return index.summary(earlier[:3], 2)
    words = [term for term in terms if term.isalpha()]
    lined = [
        Quote(entry.citation, (text,))
        for entry in index.entries
        for text in entry.lines
        if (when := line_started(text)) is not None
        and when[0] < int(year[1])
        and any(word in stems(text) for word in words)
    ]
    return lined[:3] or None
