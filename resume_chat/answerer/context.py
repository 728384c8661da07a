"""A quote too short to answer, given the lines after it in its entry."""

from __future__ import annotations

import itertools
from functools import partial

from resume_chat import patterns
from resume_chat.answerer.chronology import is_item
from resume_chat.answerer.continued import with_its_end, with_its_start
from resume_chat.answerer.credentials import SCHOOL
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent, normalise
from resume_chat.answerer.items import entry_holding, with_its_item, with_its_list, with_its_title
from resume_chat.answerer.terms import content_terms, stems
from resume_chat.resume.date_spans import DATE_SPAN, dates_only
from resume_chat.resume.dates_line import only_dates

# A question asking at which place or organisation.
_WHERE = (
    r"(?i)\s*(where|at which|for which|which (company|companies|firm|organi[sz]ation|employer"
    r"|school|university|college|lab|hospital|agency)|(for|with) whom|who (did|does|do) \w+ work)\b"
)


# "What did she do between October 2015 and May 2017?": what was done in a time named.
_WHAT_THEN = r"(?i)\bwhat (did|was|were)\b.*\b(do|doing|role|position|job|title)\b.*\b(19|20)\d\d\b"


def _asks_where(question: str) -> bool:
    """ "Where did she…", "Which company…", also last: "What is her current role and where?"."""
    return bool(
        patterns.match(_WHERE, question) or patterns.search(r"(?i)\b(and|or) where\b", question)
    )


def in_context(
    index: ResumeIndex, question: str, intent: Intent, quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """One quote of a line or two that leaves a word of the question unsaid ("Which course did
    he assist with at Sharif?" of "Teaching Assistant, Sharif University"): the two lines after
    it in its entry come with it, where the rest of its entry usually says it."""
    quotes = tuple(
        with_its_list(index, with_its_end(index, with_its_start(index, with_its_item(index, q))))
        for q in map(partial(with_its_title, index), quotes)
    )
    quotes = tuple(q for quote in quotes for q in _with_what_it_dates(index, quote))
    quotes = tuple(_with_its_body(index, quote) for quote in quotes)
    quotes = tuple(_with_its_school(index, quote) for quote in quotes)
    if patterns.search(_WHAT_THEN, question):
        quotes = tuple(_with_its_title(index, quote) for quote in quotes)
    where = _asks_where(question)
    if where:
        quotes = tuple(_with_its_head(index, quote) for quote in quotes)
    if len(quotes) != 1 or len(quotes[0].lines) > 2:
        return quotes
    quote = quotes[0]
    said = set(stems(" ".join((quote.citation, *quote.lines)), parts=True))
    asked = [
        t for t in content_terms(normalise(question), intent.words) if t not in index.name_words
    ]
    # The quote's entry, found once; a heading quoted alone has nothing under it in its entry
    # ("2007 – 2009 - BT Lynx").
    number = entry_holding(index, quote.citation, quote.lines)
    bare = number is not None and index.entries[number].lines == quote.lines
    # A title and its dates ("**Postdoctoral Researcher**", "**Feb 2025 – Present**") are a
    # title alone.
    alone = sum(not dates_only(line) for line in quote.lines) <= 1
    # The entry's heading line alone ("Persönliches Projekt: Cookbook"): what the question
    # asks of it ("built with") is in the lines under it.
    own = index.entries[number] if number is not None else None
    headed = own is not None and quote.lines[:1] == own.lines[:1] and own.title in quote.lines[0]
    headed = headed and not bare
    # A label alone ("References:"): what it labels is on the lines or the heading after it.
    label = len(quote.lines) == 1 and quote.lines[0].rstrip().endswith(":")
    if all(term in said for term in asked) and not (alone and (bare or where or headed or label)):
        # Every word asked is in the quote: it answers as it stands; but a "where" asked of a
        # title alone ("Jun 2024 - Sep 2024 Software Engineering Intern") is answered by the
        # employer on the line under it, and a heading alone by what follows it.
        return quotes
    if number is None:
        return quotes
    entry = index.entries[number]
    last = max(entry.lines.index(x) for x in quote.lines)
    more = tuple(x for x in entry.lines[last + 1 : last + 3] if x not in quote.lines)
    if more or number + 1 == len(index.entries):
        return (Quote(quote.citation, quote.lines + more),)
    # An entry that is its heading alone ("2007 – 2009 - BT Lynx, Chesterfield") is continued
    # by the heading after it, in the same section ("Position held: Service Desk Agent").
    after = index.entries[number + 1]
    if after.citation.split(" › ")[0] == quote.citation.split(" › ")[0]:
        return (quote, Quote(after.citation, after.lines[:2]))
    return quotes


_HELD = frozenset({"experience", "education", "volunteering", "projects"})


# A line opening on its dates ("2020–25 Assistant Professor", "- März 2022 - …"): a record.
_OPENS_ON_A_YEAR = r"^[-*•·\s]*(?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d\b"


def _with_its_body(index: ResumeIndex, quote: Quote) -> Quote:
    """An entry's dated title quoted alone ("- März 2022 - Sept. 2022 · Entwicklungsprojekt")
    says when, not what was done: up to two lines under it come with it, not the next record."""
    if len(quote.lines) != 1 or not patterns.search(DATE_SPAN, quote.lines[0]):
        return quote
    number = entry_holding(index, quote.citation, quote.lines)
    lines = index.entries[number].lines if number is not None else ()
    if len(lines) < 2 or lines[0] != quote.lines[0]:
        return quote
    # Not the next records of a list of dated lines ("2020–25 Assistant Professor, …").
    body = itertools.takewhile(lambda line: not patterns.search(_OPENS_ON_A_YEAR, line), lines[1:3])
    return Quote(quote.citation, (lines[0], *body))


def _with_its_head(index: ResumeIndex, quote: Quote) -> Quote:
    """ "Which company did she do motion graphics at?" of a job's item: the lines heading its
    entry ("Market Minds. — Mar 2024 – Dec 2024" under "Multimedia Designer") come first."""
    number = entry_holding(index, quote.citation, quote.lines)
    if number is None or index.entries[number].kind not in _HELD or not quote.lines:
        return quote
    lines = index.entries[number].lines
    first = lines.index(quote.lines[0])
    after = lines[first + 1] if first + 1 < len(lines) else ""
    if quote.lines == (quote.lines[0],) and only_dates(quote.lines[0]) and after:
        # "Junho/2020 – setembro/2020" alone: the line under the dates names the place.
        return Quote(quote.citation, (quote.lines[0], after))
    dated = [bool(patterns.search(_YEAR, line)) for line in (quote.lines[0], after)]
    flat = first > 1 and not is_item(quote.lines[0])  # a dated line deep in its entry
    if flat and after and not is_item(after) and dated == [1, 0]:
        # A flat list of entries written a dated line each ("Master's of Science,
        # Radiological Physics · May 2012" over "Wayne State University"): the line under it
        # says where, not the first entry's head.
        if after in quote.lines:
            return quote
        return Quote(quote.citation, (quote.lines[0], after, *quote.lines[1:]))
    if flat and dated[0] and is_item(after):
        # A job of a flat list, its own dated line over its items ("Junior Software Developer
        # · Alstom · February/2023 – Present"): the list's first line heads another job.
        return quote
    head = []
    for line in lines[:2]:
        # An item, also one set without its space ("-Développer des compétences…", Canva).
        if patterns.match(r"\s*(?:[-*•]\s|[-•](?=[^\W\d_]))", line):
            break
        head.append(line)
    missing = [line for line in head if line not in quote.lines]
    if not missing:
        return quote
    # The title quoted, the employer under it not ("INOVA IT Systems" under a quoted "Mobile
    # App Developer | Feb.2016 – Aug.2016"); not the line of another event over a quoted line
    # dated first, a record of its own ("**1946** in Offenbach geboren" over "**1966 – 1973**
    # Studium in Freiburg").
    if patterns.match(r"\W*(19|20)\d\d\b", quote.lines[0]) and quote.lines[0] in head:
        return quote
    # Nor the dates alone over a quoted title ("Mai 2024 - Juli 2024" over "Werkstudent
    # Marketing"): the employer under the title says where, the dates do not.
    if len(missing) < len(head) and all(only_dates(line) for line in missing):
        return quote
    return Quote(quote.citation, (*head, *(line for line in quote.lines if line not in head)))


_YEAR = r"\b(19|20)\d\d\b"


def _with_its_school(index: ResumeIndex, quote: Quote) -> Quote:
    """A degree quoted from studies written a line each ("BS in Mathematics", "Bachelor of
    Science …, Expected May 2022") with no school in it: the nearest line of its entry naming
    one, the school a text CV sets above the degree, or a LaTeX one below it."""
    number = entry_holding(index, quote.citation, quote.lines)
    if number is None or index.entries[number].kind != "education" or not quote.lines:
        return quote
    entry = index.entries[number]
    if patterns.search(SCHOOL, entry.citation):
        return quote
    first = entry.lines.index(quote.lines[0])
    if any(patterns.search(SCHOOL, x) for x in quote.lines):
        # "Bachelor of Science …" quoted down to the next school ("- Skagit Valley College"):
        # the school above it, where schools head their degrees, is the one it was taken at.
        heads = patterns.search(SCHOOL, entry.lines[0]) and not patterns.search(
            SCHOOL, quote.lines[0]
        )
        up = range(first - 1, max(first - 3, -1), -1)
        school = next((j for j in up if patterns.search(SCHOOL, entry.lines[j])), None)
        if heads and school is not None:
            return Quote(quote.citation, (entry.lines[school], *quote.lines))
        return quote
    last = entry.lines.index(quote.lines[-1])
    # Where the entry's first line names a school, schools head their degrees; else they
    # follow them ("Master's of Science · May 2012" over "Wayne State University").
    above = list(range(first - 1, max(first - 4, -1), -1))
    below = list(range(last + 1, last + 3))
    heads = patterns.search(SCHOOL, entry.lines[0]) is not None
    near = [*above, *below] if heads else [*below, *above]
    school = next(
        (j for j in near if j < len(entry.lines) and patterns.search(SCHOOL, entry.lines[j])), None
    )
    # An item of its own is another record's school, unless right above an item that goes on
    # with it ("- University of Dundee - BSc …" over "- Expected Graduation: June 2027"), or
    # right above its degree where schools head their degrees ("- **Shahid Chamran University
    # of Ahvaz**" over "B.Sc Computer Engineering").
    below_it = school is not None and school == first - 1 and (is_item(quote.lines[0]) or heads)
    if school is None or (is_item(entry.lines[school]) and not below_it):
        return quote
    if school < first:
        return Quote(quote.citation, (entry.lines[school], *quote.lines))
    return Quote(quote.citation, (*quote.lines, entry.lines[school]))


def _with_what_it_dates(index: ResumeIndex, quote: Quote) -> tuple[Quote, ...]:
    """A quote of dates alone ("2022-present") says when, not what: the lines naming the job
    come with it — the line before it in its entry ("Maths Tutor, Prime Tuition" over
    "(December 2020 -)"), the two after it when it opens its entry, or, for an entry headed
    by the dates alone, the lines closing the entry before it ("Earthview Management Limited"
    over "2022-present")."""
    number = entry_holding(index, quote.citation, quote.lines) if quote.lines else None
    if number is None:
        return (quote,)
    entry = index.entries[number]
    first = entry.lines.index(quote.lines[0])
    dates = dates_only(" ".join(quote.lines))
    if dates and first > 0 and not entry.lines[first - 1].lstrip().startswith(("- ", "* ")):
        return (Quote(quote.citation, (entry.lines[first - 1], *quote.lines)),)
    if dates and first == 0:
        # "Sep 2022 / To / May 2023" opening a table's row: the job follows its dates.
        after = entry.lines[len(quote.lines) : len(quote.lines) + 2]
        return (Quote(quote.citation, (*quote.lines, *after)),)
    # A heading of dates and a place ("Jan 2025 – March 2025 | Durban") heads no job either.
    when = patterns.split(r"\s[|·]\s", entry.title)[0]
    if not dates_only(when) or len(entry.title.split()) - len(when.split()) > 4 or number == 0:
        return (quote,)
    # "Mai 2024 - Juli 2024" over the title, then "Busch Media Group GmbH & Co.KG": the
    # employer stands under the title, not at the foot of the job before.
    below = entry.lines[first + len(quote.lines) : first + len(quote.lines) + 1]
    named = bool(below) and len(below[0].split()) <= 8 and not below[0].rstrip().endswith(".")
    titled = first == 1 and dates_only(entry.lines[0]) and not dates  # the title under them
    if titled and named and not below[0].lstrip().startswith(("- ", "* ")):
        return (Quote(quote.citation, (*quote.lines, *below)),)
    before = index.entries[number - 1]
    if before.citation.split(" › ")[0] != quote.citation.split(" › ")[0]:
        return (quote,)
    head: list[str] = []
    for line in reversed(before.lines[-3:]):
        if line.lstrip().startswith(("- ", "* ")):
            break
        head.insert(0, line)
    # A heading with its title alone under it ("BET Software", "- Junior Software
    # Development Engineer"): both, the heading named in the citation.
    sibling = before.citation.count(" › ") == quote.citation.count(" › ")
    head = head or list(before.lines if len(before.lines) <= 2 and sibling else ())
    return (Quote(before.citation, tuple(head)), quote) if head else (quote,)


def _with_its_title(index: ResumeIndex, quote: Quote) -> Quote:
    """A quote of one line naming a place and its dates ("The Piano Van – New Zealand ·
    October 2015 - May 2017") says where, not as what: a short undated line under it, the
    job's title ("Self Employed – Pianist"), comes with it."""
    number = entry_holding(index, quote.citation, quote.lines) if quote.lines else None
    if number is None or len(quote.lines) != 1 or not patterns.search(DATE_SPAN, quote.lines[0]):
        return quote
    lines = index.entries[number].lines
    at = lines.index(quote.lines[0]) + 1
    title = lines[at] if at < len(lines) else ""
    if not title or patterns.search(r"\b(19|20)\d\d\b", title) or len(title.split()) > 10:
        return quote
    return Quote(quote.citation, (*quote.lines, title))
