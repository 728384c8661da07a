"""Lines naming a word the way the resume's own language does: a language's name in that
language ("Französisch: C1" for French), a word's name in Chinese, Japanese or Korean."""

from __future__ import annotations

import re

from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.language import named_in_other_words, unspaced_names


def named_otherwise(index: ResumeIndex, terms: list[str]) -> list[Quote]:
    """The lines naming a language the way the resume's language does ("Französisch: C1" for
    French, "Allemand" for German), for each term that is a language's name."""
    written = [p for p in (named_in_other_words(index.text, term) for term in terms) if p]
    everywhere = list(range(len(index.entries)))
    return [
        quote for pattern in written for quote in index.lines_where(everywhere, re.compile(pattern))
    ]


def glossed_lines(index: ResumeIndex, terms: list[str]) -> list[Quote]:
    """ "Did he receive any scholarship?" of "获得2012学年“国家助学金”": the lines holding a
    word's name in Chinese, Japanese or Korean, which no term can match (those languages
    write no spaces between words)."""
    if not index.other_script:
        return []
    written = [p for p in (unspaced_names(index.text, term) for term in terms) if p]
    everywhere = list(range(len(index.entries)))
    return [
        quote for pattern in written for quote in index.lines_where(everywhere, re.compile(pattern))
    ]
