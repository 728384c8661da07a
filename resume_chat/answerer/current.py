"""The job held now: the one marked present, the latest by its dates, with the employer above
it, the role below it and, where the job says no role of its own, the headline."""

from __future__ import annotations

import itertools

from resume_chat import patterns
from resume_chat.answerer.affiliations import affiliation, with_organisation
from resume_chat.answerer.chronology import current_lines, later_job, latest, started
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.outline import Entry
from resume_chat.answerer.roles import employer_above, role_below
from resume_chat.resume.date_spans import dates_only
from resume_chat.resume.dates_line import only_dates
from resume_chat.resume.kinds.classifier import names_kind
from resume_chat.resume.kinds.spelling import unspaced

# "What does Becky do?", "What is Rhys currently doing?": a headline as much as a job, not
# "What does she do at Acme?".
_DOES = r"(?i)\bwhat (does \w+ do|(is|are) (\w+ ){1,4}doing)\b(?! (at|for|in|with))"
# "Where does he work now?", "Which company…", "current job and company": the place too.
_WHERE = r"(?i)^\W*where\b|\bwhich (company|employer|organi[sz]ation)|\b(job|role) and company"
# "What is her professional title?", "How does Kristen describe herself?": the headline.
_HEADLINE = r"(?i)\b(professional title|headline|(describ|present)\w* (him|her|them)sel(f|ves))\b"


def current_jobs(index: ResumeIndex, numbers: list[int], question: str) -> list[Quote] | None:
    """The job or jobs held now among `numbers` (a degree in progress, for a student), each
    with its employer above and its role below where they stand apart."""
    held = any(index.entries[i].is_current for i in numbers)
    jobs = numbers
    if not held:
        # "What is Paul doing now?": a degree in progress is what a student is doing.
        studying = [i for i in index.of_kinds(("education",)) if index.entries[i].is_current]
        numbers = studying[:1] + numbers
    current = index.current(numbers)
    header = _headline(index)
    if current is None:
        # No jobs as such: a document read with no sections keeps its jobs one per line in
        # its header ("Globurg HQ - Product Owner" over "March 2013 - present"); else the
        # header's headline says what the person does.
        listed = [
            Quote(index.entries[i].citation, _titled(index.entries[i], lines))
            for i in index.of_kinds(("header",))
            if (lines := current_lines(index.entries[i]))
        ]
        return [*listed, *header] or None
    # Jobs at once ("Present" on a side project and on the main job), two or three; and the
    # latest job by its dates too, when a student's "Present" (or a degree in progress) stands
    # above it.
    marked = [i for i in numbers if index.entries[i].is_current] or [current]
    newest = latest(index.entries, jobs)
    begun = started(index.entries[newest]) if newest is not None else None
    # A later job run on into another's entry ("- January 2012 – July 2023 … GB Linings Ltd."
    # under a 2010 job): its entry is the newest.
    run_on = {i: lines for i in numbers if (lines := later_job(index.entries[i], begun))}
    newest = next((i for i in run_on if i in jobs), newest)
    if newest is not None and newest not in marked[:2]:
        marked = [*marked[:2], newest]
    marked = marked[:3]  # a third job marked held now where the newest is among the first two
    # "Where does he work now?" of a job whose fourth line names the place: "Brown University,
    # Providence, RI" under a title and two fellowships.
    where = bool(patterns.search(_WHERE, question))
    # A list of jobs one per line, in one entry: the line marked present.
    job = [
        Quote(
            index.entries[i].citation, with_organisation(index.entries[i], said) if where else said
        )
        for i in marked
        for lines in [
            current_lines(index.entries[i]) or run_on.get(i) or index.entries[i].lines[:3]
        ]
        for said in [employer_above(index, i) + lines + role_below(index, i)]
    ]
    if patterns.search(_HEADLINE, question):
        # A headline set as a heading of its own under the name ("### Software Developer"),
        # and the summary's first line ("Self-motivated Data Scientist and … Project
        # Manager"): how the person is described, before the job held.
        leading = list(itertools.takewhile(lambda e: e.kind in ("header", "other"), index.entries))
        titled = [Quote(e.citation, e.lines[:1]) for e in leading[1:] if len(e.title.split()) <= 4]
        summary = index.summary(index.of_kinds(("summary",)), 1)
        return [*header, *titled, *summary, *job]
    # "What does Becky do?" asks for a headline as much as for the latest job; so does a
    # question about now when no job is marked as held now and one is quoted (it may have
    # ended; the headline says what the person does now).
    # Not "What was her most recent job?": the past asked, the job answers it.
    past = patterns.search(r"(?i)\b(was|were|most recent|last|latest)\b", question)
    # (Two jobs quoted, with none held: the one that ended last and the one begun last.)
    headline = patterns.search(_DOES, question) or (not held and len(job) <= 2 and not past)
    # A job quoted by its dates alone, under its employer's name: the headline after it says
    # the role.
    if not headline and all(_undescribed(index, i, job) for i in marked):
        return [*job, *header]
    if where:
        # An academic's affiliation under the name ("Instituto Geofísico y Sismológico Volponi,
        # Universidad Nacional de San Juan"): where the person works, after any job held.
        job += affiliation(index)[:1]
    return [*header, *job] if headline else job


def _undescribed(index: ResumeIndex, number: int, job: list[Quote]) -> bool:
    """The job quoted by its dates alone, under its employer's name ("Clientbase.ru", not
    "Experience", whose next entry says the role)."""
    entry = index.entries[number]
    said = [line for quote in job if quote.citation == entry.citation for line in quote.lines]
    # "E X P ERIENCE": a section's title letter-spaced unevenly, its letters run together.
    title = entry.title
    title = title.replace(" ", "") if sum(len(w) == 1 for w in title.split()) >= 2 else title
    return bool(said) and all(map(only_dates, said)) and not names_kind(unspaced(title))


def _titled(entry: Entry, lines: tuple[str, ...]) -> tuple[str, ...]:
    """Dated lines, each after the line it dates where it dates nothing itself ("March 2013 -
    present" under "Globurg HQ - Product Owner")."""
    out: list[str] = []
    for line in lines:
        at = entry.lines.index(line)
        before = entry.lines[at - 1] if at else ""
        if before and dates_only(line):
            out.append(before)
        out.append(line)
    return tuple(dict.fromkeys(out))


# Prose saying what the person does now: "atualmente estou estudando … em um estágio na
# empresa GIR", "currently interning at Acme".
_SAID_NOW = (
    r"(?i)\b(currently|at present|presently|atualmente|actualmente|derzeit|zurzeit"
    r"|actuellement|attualmente|obecnie|momenteel)\b"
)


def said_now(index: ResumeIndex, numbers: list[int]) -> list[Quote]:
    """Where no job among `numbers` is held now, a line of the summary or header saying what
    the person does now: the current job may be told only there."""
    if any(index.entries[i].is_current for i in numbers):
        return []
    told = index.of_kinds(("summary", "header"))
    return index.lines_where(told, _SAID_NOW)[:1]


# A header's lines that say what the page is, not what the person does: "Last Updated
# January, 2022", "Curriculum vitae", a link alone.
_PAGE_LINE = (
    r"(?i)^\W*(curriculum vitae|cv|resume|résumé|lebenslauf|currículum)\W*$"
    r"|^\W*(last )?(updated|revised)\b|^\W*(https?://|www\.)\S+\W*$"
)


def _headline(index: ResumeIndex) -> list[Quote]:
    """The header's opening lines that say something of the person (an academic CV's
    "Assistant Professor of Sociology" under "Last Updated …" and "Curriculum vitae"), as
    many as `index.summary` gives."""
    heads = index.of_kinds(("header",))
    each = 6 if len(heads) == 1 else 4
    return [
        Quote(entry.citation, lines)
        for entry in (index.entries[i] for i in heads)
        if (lines := tuple(x for x in entry.lines if not patterns.search(_PAGE_LINE, x))[:each])
    ]
