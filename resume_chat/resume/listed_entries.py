"""Entries whose title a layout drew as a list item: a timeline's dot before each employer
("- PT Semen Padang"), then the entry's own lines (the role, "Juni – Juli 2024", the town),
then its bullets. Read as items, the employer stood apart from the dates and duties it heads."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.dates_line import dates_alone
from resume_chat.resume.names.candidate import heading_level

_ITEM = patterns.compile(r"^[-*] (?!\*\*)(\S.{1,79})$")
_OWN_LINES = 4  # the entry's own lines looked at under its title: role, dates, place, a note


def items_over_entries(lines: list[str]) -> list[str]:
    """Each item at the margin over up to four plain lines, one of them its dates, and then
    items again (or a heading, or the end): the title of an entry one level under its
    section's heading. Only where two entries at least are drawn so, each under a heading, and
    the section opens with one (else the item is a job's last duty over the next job's lines)."""
    said = [i for i, line in enumerate(lines) if line.strip()]
    titles: dict[int, int] = {}
    level = 0
    opening = -1  # the section's first line: its first entry's title, where entries are so
    for n, i in enumerate(said):
        line = lines[i]
        if heading := heading_level(line):
            level, opening = heading, said[n + 1] if n + 1 < len(said) else -1
            continue
        found = _ITEM.match(line)
        if not found or not level or _sentence(found.group(1)) or _dated(found.group(1)):
            continue
        own: list[str] = []
        for j in said[n + 1 : n + 2 + _OWN_LINES]:
            if lines[j].startswith(("- ", "* ", "  ")):
                break  # the entry's own items: its duties
            if heading_level(lines[j]):
                own = []  # the lines a heading's entry opens with, over it (a template's)
                break
            own.append(lines[j].strip())
        else:
            continue  # more plain lines than an entry's own: prose, or a list's tail
        # Not a job's last duty over the next job's bold title, its employer and dates.
        plain = all(len(text) <= 100 and not text.startswith("**") for text in own)
        if own and plain and any(map(_span, own)) and (i == opening or opening in titles):
            titles[i] = min(level + 1, 4)
    if len(titles) < 2:
        return lines
    return [
        f"{'#' * titles[i]} {line[2:].strip()}" if i in titles else line
        for i, line in enumerate(lines)
    ]


def _span(text: str) -> bool:
    """A line of an entry's dates, or holding a span of them ("Juni – Juli 2024")."""
    return dates_alone(text) or bool(patterns.search(DATE_SPAN, text))


def _dated(text: str) -> bool:
    """A span, or a year alone ("(completed 11/2012)"): no title of an entry."""
    return _span(text) or bool(patterns.search(r"\b(19|20)\d\d\b", text))


def _sentence(text: str) -> bool:
    return text.rstrip().endswith((".", ":", ";", ",")) or len(text.split()) > 10
