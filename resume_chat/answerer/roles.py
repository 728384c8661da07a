"""Picking jobs by their order: the first one, the one before another, all of them listed (the
one held now: `current`)."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.chronology import (
    earliest,
    earliest_line,
    latest,
    latest_year,
    line_started,
    started,
)
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.named import capitalised
from resume_chat.answerer.outline import Entry
from resume_chat.answerer.posts import roles_within
from resume_chat.answerer.timeframes import begun_before
from resume_chat.resume.date_spans import DATE_SPAN

_NOW = r"(?i)\b(current|present|now)\b"
_BEFORE = r"(?i)\b(previous\w*|prior|before|former\w*|earlier|past|last)\b"
_FIRST = r"(?i)\b(first|earliest|oldest|start\w*|began|begin\w*)\b"
_JOB_LINE_WORDS = 16
_EMPLOYER_WORDS = 12  # an employer's line, with its place: not a paragraph
_AFTER_STUDIES = (
    r"(?i)\bafter (graduat|(his |her |their |the )?"
    r"(universit|college|school|ph|degree|stud|master|bachelor|doctora))"
)


def roles(
    index: ResumeIndex, question: str, numbers: list[int], terms: list[str]
) -> list[Quote] | None:
    """Each job's opening line, newest first; "first" is the oldest, "before X" what followed X."""
    if not numbers:
        return None
    named = [i for i in numbers if any(term in index.titles[i] for term in terms)]
    if patterns.search(_FIRST, question) and patterns.search(_AFTER_STUDIES, question):
        # "First job after his PhD": the oldest job begun once the studies ended.
        ended = latest_year(index.entries, index.of_kinds(("education",)))
        later = [i for i in numbers if (when := started(index.entries[i])) and when[0] >= ended]
        if ended and later:
            numbers = later
    # "… as a staff technical writer, and when did that job start?": when the named job began,
    # not the first job.
    started_named = bool(named) and bool(
        patterns.search(r"(?i)\b(that|this) (job|role|position|post|work|internship)\b", question)
    )
    if patterns.search(_FIRST, question) and not started_named:
        dated = [i for i in numbers if started(index.entries[i]) is not None]
        if len(dated) < 2:
            # One block of jobs (a text CV, a table): the line with the earliest date in it.
            line = earliest_line(index.entries, numbers)
            if line is not None:
                entry = index.entries[line[0]]
                return [Quote(entry.citation, entry.lines[line[1] : line[1] + 2])]
        oldest = earliest(index.entries, numbers)
        first = index.entries[numbers[-1] if oldest is None else oldest]
        line = earliest_line(index.entries, numbers)
        began = started(first)
        if line is not None and began is not None:
            # "Earlier employment" listing one job a line: its oldest line may predate every
            # job that has an entry of its own.
            entry = index.entries[line[0]]
            text = entry.lines[line[1]]
            short = len(text.split()) <= _JOB_LINE_WORDS  # a job's line, not a bullet's prose
            when = line_started(text)
            if short and when is not None and when[0] < began[0]:
                return [Quote(entry.citation, (text,))]
        return [Quote(first.citation, first.lines[:2])]
    held = any(index.entries[i].is_current for i in numbers)
    if not named and not held and patterns.search(r"(?i)\b(last|latest)\b", question):
        # "What was his last job?" of someone holding none now: the latest one, not the one
        # before it.
        newest = latest(index.entries, numbers)
        return index.summary([numbers[0] if newest is None else newest], 2)
    if (before := begun_before(index, question, named or numbers, terms)) is not None:
        return before
    if named and (within := roles_within(index, question, named[0])):
        return within
    if patterns.search(_BEFORE, question):
        anchor = named[0] if named else index.current(numbers)
        if named and not patterns.search(_NOW, question):
            # "Before joining G-Research", three roles there: before the first of them (those
            # naming all the first one does, not "Inventory Coordinator" for "Inventory
            # Analyst"); not "at NUU before his current role", which counts from now.
            said = {term for term in terms if term in index.titles[named[0]]}
            alike = [i for i in named if said <= set(index.titles[i]) and _held(index.entries[i])]
            alike = alike if said & set(capitalised(question)) else []  # a name, not "law"
            anchor = earliest(index.entries, alike) if len(alike) > 1 else anchor
        after = numbers[numbers.index(anchor) + 1 :] if anchor is not None else numbers
        if anchor is not None:
            # The roles under the named employer's heading are there, not before it.
            inside = index.entries[anchor].citation + " › "
            after = [i for i in after if not index.entries[i].citation.startswith(inside)]
            # Jobs listed out of order (a coaching job held beside the teaching one): those
            # begun before it, the latest first.
            began = started(index.entries[anchor])
            earlier = [
                i
                for i in numbers
                if began is not None
                and (when := started(index.entries[i])) is not None
                and when < began
                and not index.entries[i].citation.startswith(inside)
            ]
            after = (
                sorted(earlier, key=lambda i: started(index.entries[i]) or (0, 0))[::-1] or after
            )
        return index.summary(after or numbers, 1)
    if terms:
        everywhere = index.search(terms, ("experience",))
        topic = {index.entries[i].citation for i in numbers}
        focused = [q for q in everywhere if q.citation in topic]
        # "Does he have DynamoDB experience?": the jobs that used it, else wherever it stands.
        # A job's title line found ("Nurse  07/1991 to 10/2013") comes with the employer's line
        # below it.
        if focused:
            return [_with_next(index, quote) for quote in focused]
        if everywhere:
            return everywhere
    return _listed(index, numbers)


def _held(entry: Entry) -> bool:
    """A post held for a span of time ("2018-05-01 – 2021-12-31"), not a talk given once."""
    return any(patterns.search(DATE_SPAN, text) for text in (entry.title, *entry.head_lines))


def _listed(index: ResumeIndex, numbers: list[int]) -> list[Quote]:
    """Each job's opening line; jobs cut from one list ("- PayPal (2017-2018)", a table's
    rows) are quoted together under the list's heading, so that all of them fit."""
    if len(numbers) < 2:
        return index.summary(numbers, 1)
    quotes: list[Quote] = []
    for i in numbers:
        entry = index.entries[i]
        parent, _, own = entry.citation.rpartition(" › ")
        if own and len(entry.lines) <= 2 and all(line.startswith("- ") for line in entry.lines):
            if quotes and quotes[-1].citation == parent:
                quotes[-1] = Quote(parent, quotes[-1].lines + entry.lines)
            else:
                quotes.append(Quote(parent, entry.lines))
        else:
            quotes.append(Quote(entry.citation, entry.lines[:1]))
    return quotes


def _with_next(index: ResumeIndex, quote: Quote) -> Quote:
    """A quote of one line from a job, with the line after it in the entry."""
    if len(quote.lines) != 1:
        return quote
    for entry in index.entries:
        if entry.citation == quote.citation and quote.lines[0] in entry.lines:
            at = entry.lines.index(quote.lines[0])
            return Quote(quote.citation, entry.lines[at : at + 2])
    return quote


def employer_above(index: ResumeIndex, number: int) -> tuple[str, ...]:
    """A section's own line or two just above its first job ("Water Utility Authority ·
    Albuquerque, NM" over "Data Analyst, November 2022 - Present"): the employer, set apart."""
    entry = index.entries[number]
    before = index.entries[number - 1] if number else None
    if before is None:
        return ()
    # "JOHNS HOPKINS UNIVERSITY SAIS Washington, DC" set as a heading alone, undated, just
    # above "Instructional Technologist 2021-Present": the employer's heading.
    siblings = before.citation.rsplit(" › ", 1)[0] == entry.citation.rsplit(" › ", 1)[0]
    # Alone, or with its place: "**Ekohealth** Oakland, CA" over "Data Scientist Intern".
    alone = siblings and len(before.lines) == 1
    alone = alone and before.lines[0].replace("**", "").startswith(before.title)
    if alone and line_started(before.title) is None and started(entry) is not None:
        return (before.title,)
    # "UNITED STATES NAVY – Kaneohe Bay · 2014 – 2015", an entry of its own, over the undated
    # role "Maintenance Manager": the employer and the dates, set apart.
    if alone and line_started(before.title) is not None and started(entry) is None:
        return (before.title,)
    if not entry.citation.startswith(before.citation + " › "):
        return ()
    lines = before.lines
    short = all(len(line.split()) <= _EMPLOYER_WORDS for line in lines)
    return tuple(lines) if 0 < len(lines) <= 2 and short else ()


def role_below(index: ResumeIndex, number: int) -> tuple[str, ...]:
    """A job's dated employer line set as an entry of its own, and the role under it its own
    undated heading ("UNITED STATES NAVY – Patuxent River · Sep 2022 – Present" over "Port
    Operation Director"): the role, which the employer's entry does not hold."""
    entry = index.entries[number]
    after = index.entries[number + 1] if number + 1 < len(index.entries) else None
    if after is None or entry.lines != (entry.title,) or started(entry) is None:
        return ()
    siblings = after.citation.rsplit(" › ", 1)[0] == entry.citation.rsplit(" › ", 1)[0]
    titled = len(after.title.split()) <= _JOB_LINE_WORDS and line_started(after.title) is None
    return (after.title,) if siblings and titled and after.title != entry.title else ()


_NOT_JOBS = ("education", "certifications", "awards", "publications", "header", "languages")


def latest_dated(index: ResumeIndex) -> list[Quote]:
    """The entry that began last among those headed by a span of dates, outside the sections
    that hold dated things other than jobs; nothing when no such entry is dated. For a resume
    whose jobs heading the reading lost ("E X P … E R I E N C E" split by a column)."""
    dated = [
        i
        for i, entry in enumerate(index.entries)
        if entry.kind not in _NOT_JOBS
        and any(patterns.search(DATE_SPAN, text) for text in (entry.title, *entry.lines[:2]))
    ]
    last = latest(index.entries, dated) if dated else None
    return index.summary([last], 3) if last is not None else []
