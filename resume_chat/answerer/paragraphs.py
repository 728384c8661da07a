"""Cutting a section's body at its paragraphs: a text CV's dated paragraphs, a form's records
a paragraph per field, and undated projects titled over their items."""

from __future__ import annotations

import itertools

from resume_chat import patterns
from resume_chat.answerer.cutting import heads_dates, heads_next, is_dated, lines_of, title_of
from resume_chat.resume.date_spans import dates_only

# A rule drawn across the page between two jobs: "---", "—------", "_____", "=====".
_RULE_LINE = patterns.compile(r"(?m)^[ \t]*(?:[-—–_=]{3,}|\* \* \*)[ \t]*$")


def split_ruled_entries(body: str) -> list[tuple[str | None, list[str]]]:
    """Cut a section at the rules drawn between its jobs, when each piece between them is
    dated: "Business Development Representative / Better Business Bureau / June 2018 to
    November 2018" after a rule is one job, its title first, not the end of the job above."""
    pieces = [lines_of(piece) for piece in _RULE_LINE.split(body)]
    pieces = [lines for lines in pieces if lines]
    if len(pieces) < 3 or not all(any(map(is_dated, lines[:4])) for lines in pieces):
        return []
    return [(title_of(lines[0]), lines) for lines in pieces]


def split_dated_paragraphs(body: str) -> list[tuple[str | None, list[str]]]:
    """Cut a text CV's section into jobs at paragraphs dated in their first lines.

    "ConnectWise / March 2021 - September 2021 / Senior Developer" is one paragraph; the
    paragraphs of prose after it, undated, belong to the same job.
    """
    paragraphs = [lines_of(block) for block in patterns.split(r"\n[ \t]*\n", body)]
    paragraphs = [lines for lines in paragraphs if lines]
    opens = [_opens_dated(lines) for lines in paragraphs]
    if sum(opens) < 2:
        return []
    records = _records(paragraphs) or _closed_by_dates(paragraphs)
    if records:
        return records
    parts: list[tuple[str | None, list[str]]] = [(None, [])]
    employer: list[str] = []  # "Highspot – Seattle, WA" alone, over its dated title
    for number, (lines, dated) in enumerate(zip(paragraphs, opens, strict=True)):
        if dated:
            parts.append((title_of((employer or lines)[0]), [*employer, *lines]))
            employer = []
        elif (
            # A section opening with its first job's dates gives each job its dates first:
            # a line over the next dates ends the job above, it heads none.
            not opens[0]
            and number + 1 < len(opens)
            and opens[number + 1]
            and heads_dates(lines, paragraphs[number + 1])
            # "09/2008 – 07/2019" alone, then this title: the dates above it are its own; a
            # dated title alone ("`Jun 2024 - Sep 2024` **Intern**"), then its employer.
            and not (len(parts[-1][1]) == 1 and parts[-1][0] is not None)
        ):
            employer = list(lines)
        else:
            parts[-1][1].extend(lines)
    return [part for part in parts if part[1]]


def split_titled_lists(body: str) -> list[tuple[str | None, list[str]]]:
    """Cut a body of undated records at their titles: a short line alone over a list ("Persön-
    liches Projekt: Cookbook" over its items; "Studienprojekt: Serious Games" / "TU Darmstadt"
    over its items), two such at least."""
    paragraphs = [lines_of(block) for block in patterns.split(r"\n[ \t]*\n", body)]
    paragraphs = [lines for lines in paragraphs if lines]
    listed = [all(line.startswith("- ") for line in lines) for lines in paragraphs]
    starts = [
        number
        for number, lines in enumerate(paragraphs)
        if (
            heads_next(lines)
            and (number == 0 or listed[number - 1])
            and any(listed[number + 1 : number + 2])
        )
        or (
            heads_next(lines)
            and (number == 0 or listed[number - 1])
            and number + 2 < len(paragraphs)
            and heads_next(paragraphs[number + 1])
            and listed[number + 2]
        )
    ]
    # The body opens on a title, and each title stands over a list of items, not one item (a
    # degree's line, "- Ph.D. in …", over its school and advisor: the items are the titles).
    lists = [next(p for p in paragraphs[start:] if p[0].startswith("- ")) for start in starts]
    if len(starts) < 2 or starts[0] != 0 or any(len(items) < 2 for items in lists):
        return []
    bounds = zip([0, *starts], [*starts, len(paragraphs)], strict=True)
    parts = [
        (
            title_of(paragraphs[start][0]) if start in starts else None,
            [*itertools.chain(*paragraphs[start:end])],
        )
        for start, end in bounds
    ]
    return [part for part in parts if part[1]]


_LABELLED = r"^[A-Z][\w. /]{1,30}:\s+\S"


def _records(paragraphs: list[list[str]]) -> list[tuple[str | None, list[str]]]:
    """A form's records, each a paragraph per field: "Empresa: SysMap Solutions", "Cargo: …",
    "Período: Maio/2022 - agora", "Atividades: …". The field the section opens on, met again,
    opens the next record (its dates come after the record's first fields, not before them)."""
    first = patterns.match(_LABELLED, paragraphs[0][0]) if paragraphs[0] else None
    if first is None or len(paragraphs[0]) > 1:
        return []
    label = paragraphs[0][0].split(":", 1)[0]
    starts = [
        number
        for number, lines in enumerate(paragraphs)
        if len(lines) == 1 and lines[0].split(":", 1)[0] == label
    ]
    if len(starts) < 2:
        return []
    return [
        (_record_title(paragraphs[start:end]), [*itertools.chain(*paragraphs[start:end])])
        for start, end in zip(starts, [*starts[1:], len(paragraphs)], strict=True)
    ]


def _closed_by_dates(paragraphs: list[list[str]]) -> list[tuple[str | None, list[str]]]:
    """Records of a few short lines each closing on their dates alone ("Bootcamp de desarrollo
    de software" / "HolbertonSchool" / "febrero 2019 - abril 2022"), a line a paragraph: each
    record is cut after its dates, its title its first line; [] for any other body."""
    lines = [lines[0] for lines in paragraphs]
    closing = [number for number, line in enumerate(lines) if dates_only(line)]
    if (
        any(len(lines) != 1 for lines in paragraphs)
        or len(closing) < 2
        or closing[-1] != len(lines) - 1
        or any(line.startswith("- ") or len(line.split()) > 12 for line in lines)
        or any(not 2 <= end - start - 1 <= 4 for start, end in itertools.pairwise(closing))
    ):
        return []
    bounds = zip([0, *(end + 1 for end in closing[:-1])], [end + 1 for end in closing], strict=True)
    return [(title_of(lines[start]), lines[start:end]) for start, end in bounds]


def _record_title(paragraphs: list[list[str]]) -> str:
    """The field that opens a record, and the role under it when a short line of its own:
    "DonDoctor · Lider de area de soporte" (one employer may hold two such records)."""
    title = title_of(paragraphs[0][0].split(":", 1)[1])
    role = paragraphs[1][0].lstrip("-* ").strip() if len(paragraphs) > 1 else ""
    if role and ":" not in role and len(role.split()) <= 8 and not is_dated(role):
        return f"{title} · {role}"
    return title


def _opens_dated(lines: list[str]) -> bool:
    """Dated in its first lines, or after a run of labelled fields ("Position Title: …",
    "Employer Name: …", "Dates: January 2022 - Present") or of short names ("Front-End
    developer" / "Lynks" / "Alexandria, Egypt" / "Jan 2022 - May 2023")."""
    for number, line in enumerate(lines[:6]):
        if is_dated(line):
            above = lines[:number]
            return (
                number < 3
                or all(patterns.match(_LABELLED, field) for field in above)
                or all(heads_next([name]) for name in above)
            )
    return False
