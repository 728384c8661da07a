"""A telling word of the question ("GPA", "thesis", "open source"): the section named for it,
or the lines saying it, with the entry's other lines that say the question's other words."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.evidence import FOCUS
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent
from resume_chat.answerer.lookups import PERSONAL_INTENTS
from resume_chat.answerer.named import orders_entries
from resume_chat.resume.kinds.classifier import names_kind


def focus(index: ResumeIndex, intent: Intent, question: str, terms: list[str]) -> list[Quote]:
    """The lines a telling word of the question names ("GPA", "open source", "thesis"), with
    those of the same entries that say the question's other words ("doctoral advisor")."""
    found = _focused(index, intent, question)
    said = {quote.citation: quote.lines for quote in index.search(terms)} if found else {}
    # Those saying the other words first: "Adviser - Rob Phillips" before the thesis topics a
    # "doctoral" found, where an answer's eight lines end.
    return [
        Quote(quote.citation, tuple(dict.fromkeys(said.get(quote.citation, ()) + quote.lines)))
        for quote in found
    ]


def _focused(index: ResumeIndex, intent: Intent, question: str) -> list[Quote]:
    if intent.name in PERSONAL_INTENTS:
        return []
    if intent.strategy == "roles" and patterns.search(r"(?i)\b(before|prior to)\b", question):
        return []  # "What internship before Ericsson?": the jobs' order answers, not the word
    ordered = index.kinds_first(intent.kinds)
    lowered = question.lower()
    for words, asked, answers in FOCUS:
        if any(word in lowered for word in words) and patterns.search(asked, question):
            # A section named for it ("Open Source", the jobs under "Internships") first, then
            # lines saying it anywhere.
            named = [
                i
                for i in ordered
                if any(
                    names_kind(part) and patterns.search(answers, part)
                    for part in index.entries[i].citation.split(" › ")
                )
            ]
            found = (
                index.summary(named)
                if named
                else _titled_or_said(index, ordered, answers, titled=not orders_entries(question))
            )
            if found:
                return found
    return []


def _titled_or_said(
    index: ResumeIndex, ordered: list[int], answers: str, *, titled: bool
) -> list[Quote]:
    """Jobs titled for it ("Sole Proprietor — Amy's Cakes"), when `titled`, then the lines that
    say it anywhere."""
    found = patterns.compile(answers)  # FOCUS: the package's own
    around = index.lines_around(ordered, found)
    heads = [i for i in ordered if found.search(index.entries[i].title)][:2] if titled else []
    opening = {index.entries[i].citation: index.entries[i].lines[:3] for i in heads}
    cited = {quote.citation for quote in around}
    # A line of an entry titled for it ("Thesis title: …" under "PhD in Mathematics") comes
    # with the entry's first three lines after it: where and when it was.
    around = [
        Quote(q.citation, tuple(dict.fromkeys(q.lines + opening.get(q.citation, ()))))
        for q in around
    ]
    return [q for q in index.summary(heads) if q.citation not in cited] + around
