"""Looking past the section a question's intent points at: the entry it names, or the line
that names it (the examples a category word stands for are in `instances.py`)."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.chronology import started
from resume_chat.answerer.cutting import is_dated
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent
from resume_chat.answerer.named import (
    asks_duration,
    named_entries,
    names_in,
    orders_entries,
    proper_names,
)
from resume_chat.answerer.roles import employer_above
from resume_chat.answerer.terms import stems
from resume_chat.resume.date_spans import holds_span

# Questions about the person, not the resume's entries: no entry's word answers them.
PERSONAL_INTENTS = frozenset({"salary", "age", "family", "visa", "spoken", "name"})
_DATED = r"(?i)\d{4}|present|current"
# Kinds of entry a named employer, school or client can stand in.
_PLACES = ("experience", "education", "projects", "volunteering", "other", "awards", "header")
_JOBLIKE = r"(?i)\b(work\w*|job|role|did|do|long|position|title|at|for)\b"
_JOINED = r"(?i)\b(join\w*|start\w*|beg[ai]n\w*)\b"
_FIRST_AT = r"(?i)\b(first|earliest)\b.*\b(at|with|for|in)\s+(the\s+)?[A-Z]"


def _says(index: ResumeIndex, number: int, intent: Intent) -> bool:
    """The entry's heading or first line names the intent's kind ("Personal Project")."""
    entry = index.entries[number]
    head = " ".join((entry.title, *entry.lines[:1]))
    return bool(re.search(rf"(?i)\b{re.escape(intent.name[:6])}", head))


_AS_WHAT = (
    r"(?i)\b(as what|in what (role|position|capacity)|what (was )?(his|her|their )?(role|position"
    r"|title|job)|which (role|position|title))\b"
)


def about_entry(index: ResumeIndex, intent: Intent, question: str, terms: list[str]) -> list[Quote]:
    """A question naming one job, school or project ("How long at Wipro?") gets that entry;
    failing an entry, the line that names it and the lines after it (a table row, a text CV)."""
    first_at = bool(patterns.search(_FIRST_AT, question))  # "her first role at the Association"
    if intent.name in PERSONAL_INTENTS or (orders_entries(question) and not first_at):
        return []
    if intent.strategy in ("skills", "programming"):
        # "Has she worked with Kafka?" names a skill, not an employer; "Which technologies did
        # he use for the student information management software?" names a project by its
        # title, whose lines list them.
        return _titled_by(index, terms)
    if intent.name == "contact" and not patterns.search(_JOBLIKE, question):
        return []
    numbers = named_entries(index.entries, terms, index.idf, index.rare_idf, names_in(question))
    # "… intern in summer 2025?": a year alone names no entry ("Compilers and Interpreters ·
    # 2025, 2023"); beside a name ("at RWTH Aachen from 2003 to 2007") it says which.
    years = [term for term in terms if patterns.fullmatch(r"(19|20)\d\d", term)]
    if years:
        words = [term for term in terms if term not in years]
        named = named_entries(index.entries, words, index.idf, index.rare_idf, names_in(question))
        numbers = [
            n
            for n in numbers
            if n in named
            or any(term in index.titles[n] for term in words)
            or (len(years) > 1 and all(year in index.titles[n] for year in years))
        ]
    if intent.strategy == "topic":
        # "Does he hold a PostgreSQL certification?" is about certificates, not a job at one.
        # An entry of another section saying it is one ("SpoTube | Personal Project" among
        # "Work Experience & Projects") counts too.
        numbers = [
            n for n in numbers if index.entries[n].kind in intent.kinds or _says(index, n, intent)
        ]
    if not numbers:
        return _about_line(index, question, terms, intent.kinds)
    # "Advanced Mechatronics Solutions" named whole on a job's "Company:" line, and only in
    # part by a degree's heading ("…Robotics, Mechatronics…"): the line's job.
    given = [term for term in terms if term in names_in(question) and len(term) > 2]
    heading = max(sum(term in index.titles[n] for term in given) for n in numbers)
    if heading < len(given):
        lined = _about_line(index, question, terms, intent.kinds)
        # Its lines where a heading of another entry names it in part ("- 4-month internship
        # at Juliand Digital", quoted after the two lines above it, and "Digital care system"),
        # else its first.
        said: set[str] = set()
        if lined:
            proper = proper_names(question)
            part = max(sum(t in index.titles[n] for t in given if t in proper) for n in numbers)
            elsewhere = part > 0 and lined[0].citation not in {
                index.entries[n].citation for n in numbers
            }
            said = set(stems(" ".join(lined[0].lines if elsewhere else lined[0].lines[:1])))
        if sum(term in said for term in given) > heading:
            return lined
    duration = asks_duration(question)
    if first_at or patterns.search(_JOINED, question):
        # "When did he join Daxko?": of his roles there (those under its heading too), the
        # one he began with comes first.
        heads = tuple(index.entries[n].citation + " › " for n in numbers)
        numbers += [
            n
            for n, e in enumerate(index.entries)
            if e.citation.startswith(heads) and n not in numbers
        ]
        numbers = sorted(numbers, key=lambda n: started(index.entries[n]) or (9999, 0))
    quotes = []
    for number in numbers:
        entry = index.entries[number]
        above = employer_above(index, number)  # the dated employer line over an undated role
        if duration:
            dated = [line for line in entry.lines[:4] if is_dated(line)] or [
                line for line in entry.lines[:4] if patterns.search(_DATED, line)
            ]
            # "How long did he work at Servitec, and as what?": the role under the employer's
            # heading too.
            role = [
                line
                for line in entry.lines[:2]
                if line.strip() != entry.title.strip() and not is_dated(line)
            ][:1]
            role = role if patterns.search(_AS_WHAT, question) else []
            picked = (*above, *role, *(dated or entry.lines[:2]))
            quotes.append(Quote(entry.citation, tuple(dict.fromkeys(picked))))
            continue
        others = [term for term in terms if term not in index.titles[number]]
        hits = [q for q in index.search(others) if q.citation == entry.citation] if others else []
        picked = (*above, *entry.lines[:1], *(hits[0].lines if hits else ()), *entry.lines[1:6])
        quotes.append(Quote(entry.citation, tuple(dict.fromkeys(picked))[:6]))
        if len(entry.lines) < 3:
            # A job heading over sub-sections ("Front-end", "Back-end"): the work is in them.
            below = [e for e in index.entries if e.citation.startswith(entry.citation + " › ")]
            quotes += [Quote(e.citation, e.lines[:3]) for e in below[:2]]
    return quotes


def _titled_by(index: ResumeIndex, terms: list[str]) -> list[Quote]:
    """The one entry whose own heading holds three of the question's words or more, all but
    one of them: the project or job the question names by its title."""
    held = [
        n
        for n, entry in enumerate(index.entries)
        if entry.kind in ("experience", "projects", "volunteering")
        and len(got := [t for t in terms if t in stems(entry.title)]) >= 3
        and len(got) >= len(set(terms)) - 1
    ]
    if len(held) != 1:
        return []
    entry = index.entries[held[0]]
    return [Quote(entry.citation, entry.lines[:6])]


_DONE_AT = r"(?i)\b(do|doing|work\w*|job|role|position)\b.*\b(at|for)\b"


_TIED_ENTRIES = 3


def _about_line(
    index: ResumeIndex, question: str, terms: list[str], kinds: tuple[str, ...] = ()
) -> list[Quote]:
    """ "What did he do at Salsify?" where Salsify is a line, not a heading: that line and on."""
    named = proper_names(question)
    rare = [term for term in terms if term in named and index.rare(term)]
    if not rare:
        return []
    # (names matched, other words in the entry's heading, other words in the line, entry,
    # line): "the research internship at X" is the line under "Research Intern", not X under
    # Education.
    best: tuple[int, int, int, bool, int, int] | None = None
    tied: dict[int, int] = {}  # entries naming it as well as the best, and the line where
    others = [term for term in terms if term not in named]
    # "What did he do at Mississippi State University?": a job there, before the studies.
    working = bool(patterns.search(_DONE_AT, question))
    starting = bool(patterns.search(_JOINED, question))
    # The kinds the question asks about first: "written for the OED" is a blog post there,
    # before a membership of its advisory group.
    places = set(_PLACES) | set(kinds)
    for number in index.kinds_first(kinds):
        if index.entries[number].kind not in places:
            continue
        extra = sum(1 for term in others if term in index.titles[number])
        for position, words in enumerate(index.lines[number]):
            matched = sum(1 for term in named if term in words)
            # Then the line saying the question's other words: "Placed 3rd in Cyberpatriot
            # competition" for "How did he place in the Cyberpatriot competition?", not the
            # team's line in Activities.
            said = sum(1 for term in others if term in words)
            job = working and index.entries[number].kind == "experience"
            # "When did she start at Moringa School?": the line a span follows ("Feb 2025 –
            # Present", her job there), before "Moringa School | 2025" under Education.
            job = job or (
                starting and holds_span(index.entries[number].lines[position : position + 2])
            )
            if not any(term in words for term in rare):
                continue
            if best is None or (matched, extra, said, job) > best[:4]:
                best = (matched, extra, said, job, number, position)
                tied = {number: position}
            elif (matched, extra, said, job) == best[:4] and index.entries[
                number
            ].kind == "experience":
                tied.setdefault(number, position)  # two jobs at the employer named
    if best is None:
        return []
    entry, start = index.entries[best[4]], best[5]
    if asks_duration(question):
        # The entry's own dates, at its head, when the name stands lower down in it.
        dated = [line for line in entry.lines[: min(start, 4)] if is_dated(line)]
        return [
            Quote(entry.citation, tuple(dict.fromkeys([*dated, *entry.lines[start : start + 2]])))
        ]
    # A role often stands just above its employer's line, the work just below it; two jobs
    # at Funcom, each its own entry, both.
    if entry.kind != "experience":
        tied = {best[4]: start}
    return [
        Quote(index.entries[n].citation, index.entries[n].lines[max(at - 2, 0) : at + 4])
        for n, at in list(tied.items())[:_TIED_ENTRIES]
    ]
