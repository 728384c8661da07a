"""Sections a resume implies without naming them: jobs set straight under the header."""

from __future__ import annotations

import re

from resume_chat.resume.kinds import DATE_SPAN, content_kind

_BOLD_LEAD = re.compile(r"^\*\*[^*]+\*\*")
# How far below its bold line a job's dates may stand ("**CVS** - Technician" / "*2024 -*").
_DATES_WITHIN = 2


def with_implied_sections(lines: list[str]) -> list[str]:
    """Jobs written as bold lines with dates under them, above the first section heading (no
    "Experience" heading at all), get one: "## Experience" before the first of them."""
    first_section = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    content = [i for i in range(first_section) if lines[i].strip()]
    entries = [
        i
        for n, i in enumerate(content)
        if _BOLD_LEAD.match(lines[i])
        and any(re.search(DATE_SPAN, lines[j]) for j in content[n : n + 1 + _DATES_WITHIN])
    ]
    if len(entries) < 2:
        return lines
    start = entries[0]
    head = "\n".join(lines[start : start + 1 + _DATES_WITHIN])
    if content_kind("", head) != "experience":
        return lines  # degrees, not jobs: left as they are
    return [*lines[:start], "", "## Experience", "", *lines[start:]]
