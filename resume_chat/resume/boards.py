"""A job board's plain-text export (hh.ru's "Опыт работы"): each job set out as its employer
and city, the employer's industries, the span worked with its length ("Февраль 2024 —
настоящее время 2 года 3 месяца"), then the title alone; no line of it a heading."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN

# The span and the time it lasted: "Май 2023 — Февраль 2024 10 месяцев", "2 года 1 месяц".
_LASTED = patterns.compile(
    rf"(?i)^\S.*?(?:{DATE_SPAN.removeprefix('(?i)')})\s+\d{{1,2}}\s+[^\W\d_]+"
    r"(?:\s+\d{1,2}\s+[^\W\d_]+)?$"
)
_SHORT = 120  # an employer's, a city's or an industry's line; a sentence runs longer
_BULLET = patterns.compile(r"^\s*[•◦▪●■*+\-–—]\s")


@dataclass
class BoardJobs:
    """Where each job starts: its heading and its dates (set first under it, where a reader of
    the entry looks for them) by the line of its employer; the dates' own line, left out where it
    stood; and every line from its employer on, read as the entry's own (an industry is no
    section)."""

    heads: dict[int, tuple[str, str]] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)
    inside: set[int] = field(default_factory=set)


def board_jobs(lines: list[str]) -> BoardJobs:
    """The jobs of a board's export: two at least, each one's dates with their length, a blank
    line, and the title alone on its line; the employer is the first line of the short lines
    above the dates (past the blank lines between them), under a sentence, a bullet or a title."""
    jobs = BoardJobs()
    dated = [index for index, line in enumerate(lines) if _LASTED.match(line.strip())]
    for index in dated:
        title = _title_after(lines, index)
        employer = _employer_above(lines, index)
        if title is None or employer is None:
            continue
        heading = f"{lines[title].strip()} — {lines[employer].strip()}"
        jobs.heads[employer] = (heading, lines[index].strip())
        jobs.moved.add(index)
        jobs.inside.update(range(employer + 1, title + 1))
    # A job's account runs on to the next employer ("Проект для …" is no section);
    # the last one's ends where a title does.
    starts = sorted(jobs.heads)
    for start, after in itertools.pairwise(starts):
        jobs.inside.update(range(start + 1, after))
    return jobs if len(jobs.heads) >= 2 else BoardJobs()


def _title_after(lines: list[str], index: int) -> int | None:
    """The title: the next line that holds words, after one blank line, short and no sentence."""
    if index + 2 >= len(lines) or lines[index + 1].strip():
        return None
    title = lines[index + 2].strip()
    if not title or len(title) > _SHORT or title.endswith((".", ":")) or _BULLET.match(title):
        return None
    return index + 2


def _employer_above(lines: list[str], index: int) -> int | None:
    """The first of the short lines above the dates, back to a sentence, a bullet, a title
    with its colon or its length ("Опыт работы — 11 лет") or the file's start."""
    top = None
    for above in range(index - 1, max(-1, index - 12), -1):
        line = lines[above].strip()
        if not line:
            continue
        if (
            len(line) > _SHORT
            or line.endswith((".", ":", ";", "!"))
            or _BULLET.match(line)
            or patterns.search(r"\s[—–-](\s+\d{1,2}\s+[^\W\d_]+){1,2}$", line)
            or _LASTED.match(line)
        ):
            break
        top = above
    return top
