"""The posts one employer's entry lists, one a line: "Analista Sênior, de 01/07/2023 -
01/04/2025" among the roles held at SEFA."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.terms import stems
from resume_chat.resume.date_spans import DATE_SPAN

_ROLES_AT_ONCE = 6
# "What role did he hold at SEFA before becoming an architect?": a role at the employer named.
_AT_BEFORE = r"(?i)\b(?:at|with|for|in)\s+(.{2,60}?)\s+(?:before|prior to)\b"


def roles_within(index: ResumeIndex, question: str, named: int) -> list[Quote] | None:
    """The dated roles an employer's entry lists one a line, where the question asks of one
    held there before another (not "before joining SEFA", what came before it)."""
    said = patterns.search(_AT_BEFORE, question)
    if said is None or not set(stems(said.group(1))) & index.titles[named]:
        return None
    entry = index.entries[named]
    held = [line for line in entry.lines if patterns.search(DATE_SPAN, line)]
    return [Quote(entry.citation, tuple(held[:_ROLES_AT_ONCE]))] if len(held) > 1 else None
