"""The lines closest to a question whose common words no line shares: the resume may say it in
its own words, so they are quoted with a sentence saying so, rather than a denial."""

from __future__ import annotations

from resume_chat.answerer.index import Quote, ResumeIndex, trim
from resume_chat.answerer.intents import Intent

NOT_IN_THOSE_WORDS = "No line says that in those words; these may:"


def closest_lines(index: ResumeIndex, intent: Intent) -> tuple[Quote, ...]:
    """ "Has he worked in consulting?", "Does she use screen readers?": common words that no
    line shares. The resume may say it in its own ("Cornerstone Research", "JAWS"), so the
    sections the question points at, and every job by its heading, are quoted, not denied."""
    kinds = intent.kinds or ("interests", "skills")  # a pastime, a tool: where either is kept
    pointed = [i for i in index.of_kinds(kinds) if index.entries[i].kind != "experience"]
    jobs = index.of_kinds(("experience",))
    quotes = [Quote(q.citation, q.lines[:2]) for q in index.summary(pointed[:2])]
    if jobs:
        section = index.entries[jobs[0]].citation.split(" › ")[0]
        quotes.append(Quote(section, tuple(index.entries[i].title for i in jobs)))
    return trim(quotes)
