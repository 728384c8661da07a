"""Sections a resume implies without naming them: jobs set straight under the header."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.dates_line import only_dates
from resume_chat.resume.kinds.classifier import content_kind, names_a_kind

_BOLD_LEAD = patterns.compile(r"^\*\*[^*]+\*\*")
# How far below its bold line a job's dates may stand ("**CVS** - Technician" / "*2024 -*").
_DATES_WITHIN = 2
_JOB_WORDS = 12  # an employer's line with its place and dates, not a sentence


def _first_section(lines: list[str]) -> int:
    """The first section's heading: "## Skills", or a deeper one that names a kind of section
    ("### ---pendidikan", a Word file's dashed label); else the end."""
    return next(
        (
            i
            for i, line in enumerate(lines)
            if line.startswith("## ")
            or (patterns.match(r"#{3,6} ", line) and names_a_kind(line.split(" ", 1)[1]))
        ),
        len(lines),
    )


def with_implied_sections(lines: list[str]) -> list[str]:
    """Jobs written as bold lines with dates under them, above the first section heading (no
    "Experience" heading at all), get one: "## Experience" before the first of them."""
    first_section = _first_section(lines)
    content = [i for i in range(first_section) if lines[i].strip()]
    entries = [
        i
        for n, i in enumerate(content)
        if _BOLD_LEAD.match(lines[i])
        and any(patterns.search(DATE_SPAN, lines[j]) for j in content[n : n + 1 + _DATES_WITHIN])
    ]
    if len(entries) < 2:
        openers = [i for n, i in enumerate(content) if n == 0 or not lines[i - 1].strip()]
        return _dated_paragraphs(lines, openers)
    start = entries[0]
    opening = content.index(start)  # its lines of text: a blank line may stand before its dates
    head = "\n".join(lines[i] for i in content[opening : opening + 1 + _DATES_WITHIN])
    if content_kind("", head) != "experience":
        return lines  # degrees, not jobs: left as they are
    return [*lines[:start], "", "## Experience", "", *lines[start:]]


def _dated_paragraphs(lines: list[str], openers: list[int]) -> list[str]:
    """A PDF's text pasted into a .txt: "Amazon, Seattle, Washington 7/2021 – present" opening
    a paragraph, then "Tableau Software, Seattle 4/2020 – 7/2021", before any heading: each a
    job's heading, under an "Experience" of their own."""
    first_section = _first_section(lines)
    dated = [
        i
        for i in openers
        if i < first_section
        and not lines[i].startswith(("#", "-", "*"))
        and len(lines[i].split()) <= _JOB_WORDS
        and patterns.search(DATE_SPAN, lines[i])
        # An employer named beside the dates, not the dates alone.
        and len(patterns.findall(r"[^\W\d_]{2,}", patterns.sub(DATE_SPAN, "", lines[i]))) >= 2
    ]
    if len(dated) < 2:
        return _dates_over_titles(lines, [i for i in openers if i < first_section])
    body = "\n".join(lines[dated[0] : dated[1]])
    if content_kind("", body) != "experience":
        return lines
    out = [*lines]
    for i in dated:
        out[i] = f"### {lines[i]}"
    return [*out[: dated[0]], "", "## Experience", "", *out[dated[0] :]]


def _dates_over_titles(lines: list[str], openers: list[int]) -> list[str]:
    """ "Octobre 2012 à Février 2015" over "Programmeur développeur" over "(société MEISON
    INNOVATIONS)", paragraph after paragraph before any heading: each a job, its title the
    line under its dates, under an "Experience" of their own."""
    dated = [
        i
        for i in openers
        if i + 1 < len(lines)
        and only_dates(lines[i].strip())
        and lines[i + 1].strip()
        and not lines[i + 1].startswith(("#", "-", "*"))
        and len(lines[i + 1].split()) <= _JOB_WORDS
        and not only_dates(lines[i + 1].strip())
    ]
    if len(dated) < 2 or content_kind("", "\n".join(lines[dated[0] : dated[1]])) != "experience":
        return lines
    out = [*lines]
    for i in dated:
        out[i], out[i + 1] = f"### {lines[i + 1].strip()}", lines[i]
    return [*out[: dated[0]], "", "## Experience", "", *out[dated[0] :]]
