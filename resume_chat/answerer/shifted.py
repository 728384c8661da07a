"""Entries whose heading matter a layout set in the entry before: a job's dates last in the
job above it, each degree's title over the school before."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN, YEAR, dates_only, holds_span

if TYPE_CHECKING:
    from resume_chat.answerer.outline import Entry

_DATED_KINDS = frozenset({"experience", "education", "volunteering"})


def titles_carried_down(entries: list[Entry]) -> list[Entry]:
    """ "Ingénieur DevOps - EFFICITY (Apprentissage)" last in the entry above, after a rule of
    stars ("⋆⋆") or alone, over a heading that is the job's dates ("11/2021–10/2023 (2ans) |
    Paris, FRANCE"): the job's title, set above the line the reading took for its heading."""
    out = list(entries)
    for i in range(len(out) - 1):
        above, below = out[i], out[i + 1]
        if (
            below.kind not in _DATED_KINDS
            or not above.lines
            or not patterns.search(DATE_SPAN, below.title)
        ):
            continue
        if not below.citation.startswith(above.citation.rsplit(" › ", 1)[0]):
            continue  # not in the same section
        last = above.lines[-1]
        before = above.lines[-2] if len(above.lines) > 1 else ""
        # "- System Engineer" after the job above's last sentence, over "- Consolidated Edison
        # | November 2016 - February 2022": a list of jobs each opened by its title's item.
        # The first job's, the section's own line (not a job's only line, its own title).
        opening = below.citation.startswith(above.citation + " › ") and len(above.lines) == 1
        titled = title_item(last) and (opening or before.rstrip().endswith("."))
        if (
            (last.startswith(("- ", "* ", "> ")) and not titled)
            or patterns.search(DATE_SPAN, last)
            or len(last) > 90
        ):
            continue
        # Set apart by a rule of stars, or the section's own line over its first job, a title
        # and an employer ("Consultant Informatique - OULCAID CLOUD SOLUTIONS"); not a
        # school's only line, its degree.
        ruled = bool(before.strip()) and not patterns.search(r"[^\W_]", before)
        if not ruled and not titled and not (opening and patterns.search(r"\S \W \S", last)):
            continue
        out[i] = above._replace(lines=above.lines[:-1])
        out[i + 1] = below._replace(lines=(last, *below.lines))
    return [entry for entry in out if entry.lines]  # a section's own line, gone to its job


def title_item(line: str) -> bool:
    """An item of a few capitalised words, no sentence: "- System Engineer"."""
    words = line[2:].split() if line.startswith(("- ", "* ")) else []
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and line[-1:].isalpha()


def dates_carried_down(entries: list[Entry]) -> list[Entry]:
    """ "05/2018 – 03/2019" last in one job and the next job's heading undated ("Werkstudent
    im Bereich Validierung"), its own lines too: a PDF's dates column set each job's dates a
    line above its title, and they are the next job's. Not where the next job closes on its
    own dates line (dates after each job)."""
    out = list(entries)
    for i in range(len(out) - 1):
        above, below = out[i], out[i + 1]
        # Dates among the first three lines are the entry's own ("**Course** **DCI**" over
        # "2019-Current", then "**Main Highlights**").
        if above.kind not in _DATED_KINDS or below.kind != above.kind or len(above.lines) < 4:
            continue
        if above.citation.rsplit(" › ", 1)[0] != below.citation.rsplit(" › ", 1)[0]:
            continue  # not in the same section
        if not dates_only(above.lines[-1]) or any(dates_only(line) for line in above.lines[:1]):
            continue
        head = (below.title, *below.lines[:3])
        if any(patterns.search(DATE_SPAN, text) for text in head) or dates_only(below.lines[-1]):
            continue
        # A form's records, each opened by the same field ("Empresa: DonDoctor"): each closes
        # on its own dates.
        field = above.lines[0].split(":", 1)[0] + ":"
        if ":" in above.lines[0] and len(field) <= 20 and below.lines[0].startswith(field):
            continue
        out[i] = above._replace(lines=above.lines[:-1])
        out[i + 1] = below._replace(lines=(above.lines[-1], *below.lines))
    return out


def dated_above(own: Entry, jobs: list[Entry]) -> list[Entry]:
    """Jobs whose dates and title stand above their employer's heading (a LaTeX template's
    "SEPTEMBER 2018 - DECEMBER 2021 / Software Engineer" over "### ANSYS Optis"): the lines
    the section opens with are the first job's, and each job's closing dates the next one's.
    Nothing when the section is not laid out so."""
    if len(own.lines) > 3 or not dates_only(own.lines[0]):
        return []
    if len(jobs) == 1 and all(map(dates_only, own.lines)):
        # One job, its dates over its heading ("Dec 2019 – Feb 2020" over "### Chemical
        # Engineering – Internship, TSL Ltd", a Word template's table), none under it.
        job = jobs[0]
        return [] if holds_span(job.lines) else [job._replace(lines=(*own.lines, *job.lines))]
    if len(jobs) < 2:
        return []
    tails = []
    for job in jobs[:-1]:
        last = max((i for i, line in enumerate(job.lines) if dates_only(line)), default=-1)
        if last < 1 or len(job.lines) - last > 3:
            return []
        tails.append(last)
    heads = [
        list(own.lines),
        *(list(job.lines[cut:]) for job, cut in zip(jobs, tails, strict=False)),
    ]
    ends = [*tails, len(jobs[-1].lines)]
    bodies = [job.lines[:cut] for job, cut in zip(jobs, ends, strict=True)]
    return [
        job._replace(lines=(*head, *body))
        for job, head, body in zip(jobs, heads, bodies, strict=True)
    ]


def titled_above(own: Entry, schools: list[Entry]) -> list[Entry]:
    """Degrees written each above its school's heading ("BA(Hons) Architectural Studies," over
    "### Newcastle University, 2001-2004"), the last heading left with nothing under it: each
    heading takes the line above it. Nothing when the section is not laid out so."""
    if len(schools) < 2 or len(own.lines) != 1 or dates_only(own.lines[0]):
        return []
    if own.kind not in ("education", "experience") or schools[-1].lines != (schools[-1].title,):
        return []
    if any(len(school.lines) != 1 for school in schools[:-1]):
        return []
    heads = [own.lines, *(school.lines for school in schools[:-1])]
    return [school._replace(lines=head) for school, head in zip(schools, heads, strict=True)]


_PAIRED_KINDS = frozenset({"experience", "education", "volunteering", "projects", "awards"})


def paired_headings(entries: list[Entry]) -> list[Entry]:
    """ "#### Master Recherche en Aerospace Engineering", nothing under it, over "#### University
    of Illinois at Urbana-Champaign (UIUC)" and its dates (AltaCV, awesome-cv): one record, its
    title and its school set as two headings. The empty heading becomes the first line of the
    record below it, in the same section."""
    pairs = [
        above.citation.rsplit(" › ", 1)[0]
        for above, entry in itertools.pairwise(entries)
        if _paired(above, entry)
    ]
    out: list[Entry] = []
    for entry in entries:
        above = out[-1] if out else None
        # A layout's habit, so at least twice in a section: one empty heading over a dated one
        # may as well close the record above ("Secondary School" after "Belmont Academy").
        if (
            above is not None
            and pairs.count(above.citation.rsplit(" › ", 1)[0]) >= 2
            and _paired(above, entry)
        ):
            out[-1] = entry._replace(lines=(above.title, *entry.lines))
            continue
        out.append(entry)
    return out


def _paired(above: Entry, entry: Entry) -> bool:
    """An empty heading over a heading of the same kind, in the same section, dated first."""
    return bool(
        above.lines == (above.title,)
        and above.kind == entry.kind
        and entry.kind in _PAIRED_KINDS
        and entry.lines
        and entry.lines[0] != entry.title
        and len(entry.lines[0]) <= 80
        and patterns.search(YEAR, entry.lines[0])  # "📅 2015 Illinois", "Oct 2016 – Paris"
        and not patterns.search(YEAR, above.title)
        and above.citation.rsplit(" › ", 1)[0] == entry.citation.rsplit(" › ", 1)[0]
    )


def dates_beside(lines: tuple[str, ...], quoted: tuple[str, ...]) -> tuple[str, ...] | None:
    """The quoted lines with the dates line beside them, in a list whose items each have one
    ("Alteryx Designer Advanced" over "Mar 2024", one of four certificates): the line after
    each item, or the one before where the list opens on its dates; None where none is."""
    if quoted[0] not in lines or sum(dates_only(line) for line in lines) < 2:
        return None
    at = lines.index(quoted[0])
    before = dates_only(lines[0])
    near = at - 1 if before else at + len(quoted)
    if not 0 <= near < len(lines) or not dates_only(lines[near]):
        return None
    return (lines[near], *quoted) if before else (*quoted, lines[near])
