"""Questions asked in time: what someone studies now, and when an entry's fact happened."""

from __future__ import annotations

import itertools
import re

from resume_chat.answerer.chronology import details
from resume_chat.answerer.index import Quote, ResumeIndex, trim
from resume_chat.answerer.intents import Intent

_NOW = r"(?i)\b(now|currently|current|at the moment|these days|at present|presently)\b"
_IN_PROGRESS = (
    r"(?i)\b(present|current|currently|ongoing|in progress|expected|anticipated|projected"
    r"|candidate)\b"
)


def studies_now(index: ResumeIndex, intent: Intent, question: str) -> tuple[Quote, ...]:
    """ "What is she studying now?": the degree in progress, by its dates or its words, before
    any word of the question ("moment", "right") picks other lines."""
    if intent.name != "education" or not re.search(_NOW, question):
        return ()
    schooling = index.of_kinds(("education",))
    current = [i for i in schooling if index.entries[i].is_current]
    if current:
        return trim(index.summary(current[:2], 3))
    # Several degrees in one entry: the one marked "Expected August 2026", with the school and
    # the degree written above it.
    quotes = []
    for i in schooling:
        lines = index.entries[i].lines
        found = [n for n, line in enumerate(lines) if re.search(_IN_PROGRESS, line)]
        if found:
            # The lines under it too, up to a dated line or an item: "University of Amsterdam
            # · Sept. 2024 – (expected) Sept. 2028" over "PhD in Economics".
            below = lines[found[0] + 1 : found[0] + 3]
            named = len(lines[found[0]].split()) >= 3  # not a date's last word ("Current")
            after = list(itertools.takewhile(details, below)) if named else []
            above = lines[max(0, found[0] - 3) : found[0] + 1]
            quotes.append(Quote(index.entries[i].citation, (*above, *after)))
    return trim(quotes)


_WHEN = r"(?i)\b(when|what year|which year|since when|how long)\b"
_DATED = r"\b(?:19|20)\d\d\b|(?i:\b(?:present|current)\b)"


def with_dates(index: ResumeIndex, question: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """ "Where and when did he get his bachelor's?": a quote holding no date gets its entry's
    first dated line (a heading's "University of North Alabama | 2012") in front of it."""
    if not re.search(_WHEN, question):
        return quotes
    entries = {entry.citation: entry for entry in index.entries}
    out = []
    for quote in quotes:
        entry = entries.get(quote.citation)
        undated = not any(re.search(_DATED, text) for text in (quote.citation, *quote.lines))
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
            dated = next((line for line in lines if re.search(_DATED, line)), None)
            if dated is not None:
                quote = Quote(quote.citation, (dated, *quote.lines))
        out.append(quote)
    return trim(out)
