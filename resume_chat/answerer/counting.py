"""The words of a resume's entries, counted: what the index searches by and weighs with.

Counting stems every line of the resume, which is a good part of an offline answer's start-up,
so the result is plain data (tuples, frozensets, a dict) that `answerer/kept.py` keeps between
runs for the same resume.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from resume_chat.answerer.outline import Entry
from resume_chat.answerer.terms import stem, stems
from resume_chat.answerer.wordforms import romanised, rooted, roots_of
from resume_chat.patterns import sub

# A word in at most this many lines names one thing (a company, a school), whatever the
# resume's length.
RARE_LINES = 3
# A link's address in parentheses after its text: "VizCo (https://www.linkedin.com/company/…)"
# says VizCo, not LinkedIn.
_ADDRESS = r"\((?:https?://|www\.)[^\s)]*\)"


def unlinked(text: str) -> str:
    """The text without the addresses its links show in parentheses."""
    return sub(_ADDRESS, " ", text) if "(" in text else text


class Counted(NamedTuple):
    """Each entry's words (its heading's, its lines') and every word's weight."""

    titles: tuple[frozenset[str], ...]
    lines: tuple[tuple[frozenset[str], ...], ...]
    name_words: frozenset[str]  # the candidate's: in a question they say who, not what
    idf: dict[str, float]
    rare_idf: float  # the weight of a word in RARE_LINES lines


def counted(entries: list[Entry], name: str = "") -> Counted:
    """The words of the entries counted; `name` is the candidate's."""
    # An entry's words include its parents' headings: a job under "DEKA Research" is at DEKA.
    titles = [set(stems(unlinked(entry.citation), parts=True)) for entry in entries]
    lines = [[set(stems(unlinked(line), parts=True)) for line in entry.lines] for entry in entries]
    vocabulary = set().union(*titles, *(line for entry in lines for line in entry))
    roots = roots_of(vocabulary)
    rooted_titles = tuple(frozenset(words | rooted(words, roots)) for words in titles)
    rooted_lines = tuple(tuple(frozenset(w | rooted(w, roots)) for w in entry) for entry in lines)
    counts: dict[str, int] = {}
    total = 0
    for words in [*rooted_titles, *(line for lines in rooted_lines for line in lines)]:
        total += 1
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    name_words = frozenset(
        word
        for i, entry in enumerate(entries)
        if entry.kind == "header"
        for word in rooted_titles[i]
    ) | frozenset(stems(name))
    # "Polina Denisova" asked of "Денисова Полина Павловна": the name in Latin letters.
    name_words |= frozenset(stem(romanised(w)) for w in name_words if not w.isascii())
    idf = {word: math.log((total + 1) / (count + 0.5)) for word, count in counts.items()}
    rare_idf = math.log((total + 1) / (RARE_LINES + 0.5))
    return Counted(rooted_titles, rooted_lines, name_words, idf, rare_idf)
