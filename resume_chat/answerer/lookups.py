"""Looking past the section a question's intent points at: the entry it names, the examples
a category word stands for, and every line that witnesses the intent, before "absent"."""

from __future__ import annotations

import re

from resume_chat.answerer.evidence import (
    EVIDENCE,
    EXAMPLES,
    asks_duration,
    named_entry,
    orders_entries,
)
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent

_PERSONAL = frozenset({"salary", "age", "family", "visa", "spoken", "name"})
_JOBLIKE = r"(?i)\b(work\w*|job|role|did|do|long|position|title|at|for)\b"


def about_entry(index: ResumeIndex, intent: Intent, question: str, terms: list[str]) -> list[Quote]:
    """A question naming one job, school or project ("How long at Wipro?") gets that entry."""
    if intent.name in _PERSONAL or orders_entries(question):
        return []
    if intent.name == "contact" and not re.search(_JOBLIKE, question):
        return []
    number = named_entry(index.entries, terms, index.idf)
    if number is None:
        return []
    entry = index.entries[number]
    if asks_duration(question):
        dated = [
            line for line in entry.lines[:4] if re.search(r"\d{4}|present|current", line, re.I)
        ]
        return [Quote(entry.citation, tuple(dated or entry.lines[:2]))]
    others = [term for term in terms if term not in index.titles[number]]
    focused = [q for q in index.search(others) if q.citation == entry.citation] if others else []
    picked = (*entry.lines[:1], *(focused[0].lines if focused else ()), *entry.lines[1:6])
    return [Quote(entry.citation, tuple(dict.fromkeys(picked))[:6])]


def examples(index: ResumeIndex, intent: Intent, terms: list[str]) -> list[Quote]:
    """ "Has she used a cloud platform?": the lines naming one (AWS, GCP), skills first."""
    if intent.name in _PERSONAL or intent.strategy not in ("skills", "programming", "roles"):
        return []
    preferred = index.of_kinds(("skills", "experience", "projects"))
    ordered = preferred + [i for i in range(len(index.entries)) if i not in preferred]
    for term in terms:
        if term in EXAMPLES:
            found = index.lines_where(ordered, EXAMPLES[term])
            if found:
                return found
    return []


def anywhere(index: ResumeIndex, intent: Intent, terms: list[str], specific: bool) -> list[Quote]:
    """Lines anywhere that answer: witnesses of the intent, examples of a category, the terms.

    `specific`: the question named things the resume was searched for and lacks; only a
    category word among them ("cloud") may still be answered by its examples ("AWS").
    """
    everything = list(range(len(index.entries)))
    preferred = index.of_kinds(intent.kinds)
    ordered = preferred + [i for i in everything if i not in preferred]
    for term in terms:
        if term in EXAMPLES:
            found = index.lines_where(ordered, EXAMPLES[term])
            if found:
                return found
    if specific:
        return []
    if intent.name in EVIDENCE:
        found = index.lines_where(ordered, EVIDENCE[intent.name])
        if found:
            return found
    return index.search(terms) if terms else []
