"""Organisations a resume names where someone works: a job's line holding one, an academic's
affiliation under the name."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.outline import Entry


def affiliation(index: ResumeIndex) -> list[Quote]:
    """The header's lines naming an organisation, not an address nor a link."""
    return [
        Quote(entry.citation, (line,))
        for i in index.of_kinds(("header",))
        for entry in [index.entries[i]]
        for line in entry.lines[:6]
        if patterns.search(_ORGANISATION, line) and not patterns.search(r"@|https?:|www\.", line)
    ]


def with_organisation(entry: Entry, lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines, and the entry's first line naming an organisation if they name none."""
    if any(patterns.search(_ORGANISATION, text) for text in (entry.citation, *lines)):
        return lines
    return lines + tuple([line for line in entry.lines if patterns.search(_ORGANISATION, line)][:1])


# Words an organisation's name holds: where someone works.
_ORGANISATION = (
    r"(?i)\b(universit\w*|college|institut\w*|cent(er|re)|school|hospital|clinic|company"
    r"|inc|ltd|llc|gmbh|corp\w*|group|lab\w*|agency|bank|foundation|ministry|department)\b"
)
