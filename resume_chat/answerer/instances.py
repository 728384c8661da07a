"""Looking past the section a question's intent points at, before "absent": the examples a
category word stands for ("cloud" → "AWS"), and every line that witnesses the intent."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.evidence import EVIDENCE
from resume_chat.answerer.examples import LAST_EXAMPLES, examples_of
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent
from resume_chat.answerer.lookups import PERSONAL_INTENTS
from resume_chat.answerer.outline import programming_languages
from resume_chat.answerer.terms import compound_parts, stem, stems


def examples(index: ResumeIndex, intent: Intent, terms: list[str]) -> list[Quote]:
    """ "Has she used a cloud platform?": the lines naming one (AWS, GCP), skills first."""
    if intent.name in PERSONAL_INTENTS or intent.strategy not in (
        "skills",
        "programming",
        "roles",
        "search",
        "topic",
    ):
        return []
    # "Before Docker" names an employer: a job's heading holding the word makes it a name.
    jobs = index.of_kinds(("experience", "education"))
    terms = [term for term in terms if not any(term in index.titles[i] for i in jobs)]
    asked = list(terms)
    if intent.strategy in ("search", "topic"):
        # Any question: only a category the resume never names ("CAD", "K-12", "Germany");
        # "Did he play any college sport?" asks of a sport ("USD Football"), not of college.
        terms = [t for t in terms if not index.known(t)]
    ordered = index.kinds_first(("skills", "experience", "projects"))
    return _instances(index, ordered, terms, asked)


def _instances(
    index: ResumeIndex, ordered: list[int], terms: list[str], asked: list[str] | None = None
) -> list[Quote]:
    """Lines naming an example of a category word among the terms ("cloud" → "AWS"); those
    holding another word the question `asked` first. Of two categories asked, the one fewer
    lines name: "music notation software" is Sibelius, not every line naming music."""
    best: list[Quote] = []
    for term in terms:
        # "machine-monitoring" asked, "machine monitoring" written: its own words, not a family.
        parts = [stem(part) for part in compound_parts(term) if len(part) > 2]
        apart = len(parts) > 1 and all(map(index.known, parts))
        pattern = None if apart else examples_of(term)
        if pattern is not None:
            found = _lines_or_titles(index, ordered, pattern)
            # "drive … in Britain": the UK line that also says driving comes first.
            others = {other for other in (asked or terms) if other != term}
            # "Database: MySQL, PostgreSQL" labels its members by the family: before them all.
            label = rf"(?im)^\W*{re.escape(term)}\w*\s*:"
            found.sort(
                key=lambda quote: (
                    not re.search(label, "\n".join(quote.lines)),
                    -len(others & set(stems(" ".join(quote.lines)))),
                )
            )
            if found and (not best or len(found) < len(best)):
                best = found
    return best


def anywhere(index: ResumeIndex, intent: Intent, terms: list[str], specific: bool) -> list[Quote]:
    """Lines anywhere that answer: witnesses of the intent, examples of a category, the terms.

    `specific`: the question named things the resume was searched for and lacks; only a
    category word among them ("cloud") may still be answered by its examples ("AWS").
    """
    ordered = index.kinds_first(intent.kinds)
    found = _instances(index, ordered, terms)
    if found:
        return found
    if specific and terms:
        # "Has he run his own business?": a word for a family of things ("business") is
        # answered by one of them ("Agile Lab … Own Company") before anything is denied.
        return _last_examples(index, ordered, terms)
    if intent.name in EVIDENCE:
        # Said in a line, or in a heading ("#### Volunteered at the Red Cross 2021-2023").
        found = _lines_or_titles(index, ordered, EVIDENCE[intent.name])
        if found:
            return found
    # "How experienced is he with programming?": the word for the skill asks of its languages.
    if intent.name == "programming" or "programm" in terms:
        # No skills section: the languages named anywhere, in a job, a project, a summary.
        found = index.lines_where(ordered, programming_languages())
        if found:
            return found
    return (index.search(terms) if terms else []) or _last_examples(index, ordered, terms)


def _lines_or_titles(index: ResumeIndex, ordered: list[int], pattern: str) -> list[Quote]:
    """Lines, then headings ("Peek, San Francisco, CA — Account Executive"), the pattern
    finds: a job named only in its heading ("Technical Analyst, The Boeing Company") counts
    as much as a line elsewhere."""
    found = patterns.compile(pattern)  # the package's own: EVIDENCE, LAST_EXAMPLES
    lines = index.lines_where(ordered, found)
    quoted = {quote.citation for quote in lines}
    return lines + [
        Quote(index.entries[i].citation, index.entries[i].lines[:2])
        for i in ordered
        if found.search(index.entries[i].title) and index.entries[i].citation not in quoted
    ]


def _last_examples(index: ResumeIndex, ordered: list[int], terms: list[str]) -> list[Quote]:
    """Lines, else headings ("Agile Lab (2007 - 2009) Own Company"), naming an example of
    what a word of last resort ("business") stands for."""
    for term in terms:
        if term in LAST_EXAMPLES:
            found = _lines_or_titles(index, ordered, LAST_EXAMPLES[term])
            if found:
                return found
    return []
