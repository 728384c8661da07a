"""Entries numbered on lines of their own: a form's jobs, each a number over its fields.

"1" / "Tahun: 2019" / "Instansi / Perusahaan: PT. Ikhsa Media" / … / "2" / "Tahun: 2022" / …
An Indonesian CV (and many forms printed from Word) numbers its jobs so, with no title over
each. Read as one block, the second job's fields run on under the first's; each number is
the heading of its entry, one level under the section's.
"""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.names.candidate import heading_level

_NUMBER = patterns.compile(r"^\s*(\d{1,2})\.?\s*$")
_FIELD = patterns.compile(r"^\s*[-*]?\s*[^\W\d_][^:]{0,40}:")


def _next_text(lines: list[str], index: int) -> str:
    return next((line for line in lines[index + 1 :] if line.strip()), "")


def numbered_entries(lines: list[str]) -> list[str]:
    """The lines with each number that heads a form's fields ("1", then "2"…, at least two
    counting up from 1) made a heading one level under the heading above it."""
    numbers: dict[int, int] = {}
    for index, line in enumerate(lines):
        found = _NUMBER.match(line)
        if found and _FIELD.match(_next_text(lines, index)):
            numbers[index] = int(found.group(1))
    if len(numbers) < 2 or list(numbers.values()) != list(range(1, len(numbers) + 1)):
        return lines
    out = list(lines)
    level = 2
    for index, line in enumerate(lines):
        if depth := heading_level(line):
            level = depth
        elif index in numbers:
            out[index] = "#" * min(level + 1, 6) + " " + line.strip().rstrip(".")
    return out
