"""Cutting one section's body into its entries: at bold-led paragraphs, nested list items,
dated paragraphs or dated lines, the way people lay jobs out when they use no sub-headings."""

from __future__ import annotations

import itertools

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN, NOW_WORDS, dates_only
from resume_chat.resume.months import MONTH_NAME

# Patterns stay strings, compiled on first use (resume_chat.patterns keeps what it compiled).
# A rule: "---", "* * *"; or a Word file's run of underscores or dashes, bold or not
# ("**______**", "—------").
_RULE = r"^ {0,3}([-*_])( *\1){2,} *$|^\s*(\*\*)?[_=\u2014\u2013-]{5,}(\*\*)?\s*$"
_BOLD_LEAD = r"^\*\*(.+?)\*\*(.*)$"
_BOLD_ALONE = r"\*\*[^*]+\*\*"
_SET_OFF = r"^\*\*[^*]+\*\*\s*[—–|]\s"  # "**Hampshire College** — Bachelor of Arts"
_BULLET_MARK = r"^\s*-\s+"
_MONTH_WORD = rf"(?i)\b{MONTH_NAME}\b\.?"
# "`Current`" alone over "**Postdoctoral Teaching Scholar**": a held job's dates, no year.
_NOW_ALONE = rf"(?i)[^\w]*(?:{NOW_WORDS})[^\w]*"


def lines_of(text: str) -> list[str]:
    """A body's lines with text, rules ("---") left out."""
    return [
        line.rstrip()
        for line in text.splitlines()
        if line.strip() and not patterns.match(_RULE, line)
    ]


def _dates_item(line: str) -> bool:
    """A list item holding dates and nothing else: "- April 2019 - Juli 2019"."""
    rest = patterns.sub(DATE_SPAN, "", line[2:]) if line.startswith("- ") else "-"
    return rest != line[2:] and not patterns.search(
        r"[^\W\d_]", patterns.sub(_MONTH_WORD, "", rest)
    )


def split_bold_entries(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """Cut a body at paragraphs that open with bold text (`**Acme** — Engineer, 2020-now`)."""
    parts: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in lines:
        lead = patterns.match(_BOLD_LEAD, line.strip())
        # "  **Postgres**, **Typescript**)." carries on a list item: no entry's title.
        carried = line[:1].isspace() and lead and patterns.match(r"\s*[,;)]", lead.group(2))
        if lead and not lead.group(1).rstrip().endswith(":") and not carried:
            title = lead.group(1).strip().rstrip(" ,·|\u2014\u2013-")
            last_title, last = parts[-1]
            # "**ABE College,** Tacloban City" alone over "**Instructor,** June 2016 – …": the
            # employer's line and the job it employs, one entry.
            employer = len(last) == 1 and not is_dated(last[0]) and is_dated(line)
            employer = employer and not dates_only(title)  # bold dates alone date it (below)
            # "**Recurse Center** — Certificate…" over "**Bradfield…** — … 2022-2023": two
            # records written alike, not an employer over its job.
            employer = employer and not (
                patterns.match(_SET_OFF, last[0]) and patterns.match(_SET_OFF, line)
            )
            alone = last and all(patterns.fullmatch(_BOLD_ALONE, x.strip()) for x in last)
            if last_title and (alone or employer):
                # "**Engineer**" then "**Acme - City**" on the next line: one entry; so too
                # "**ABB**" / "**Vadodara, India**" over "**Operations Planner (2014 - 2019)**".
                parts[-1] = (f"{last_title} \u2014 {title}", [*last, line])
                continue
            # "**CAIS Group**: Senior Backend Developer" over "**Oct 2021 – Present**": the
            # bold dates under an undated title are that entry's.
            undated = not any(is_dated(x) or dates_only(x) for x in last)
            if last_title and 0 < len(last) <= 2 and dates_only(title) and undated:
                last.append(line)
                continue
            # "`Jan 2019-Present`" just above "**Security Engineer**, Ethereum" dates it, when
            # the entry above it is dated already (or there is none): else it dates that one.
            previous = parts[-1][1]
            dates = bool(previous) and (
                dates_only(previous[-1])
                or patterns.fullmatch(_NOW_ALONE, previous[-1].strip()) is not None
                or _employer_dated(previous[-1], line)
            )
            above = previous[:-1]
            dated_above = not last_title or any(is_dated(x) or dates_only(x) for x in above)
            # The entry above opened on a line moved to it from above its bold title: each
            # entry's dated line stands over its title ("Zertifizierung … 12.2020" over
            # "**Landesmedienzentrum**").
            dated_above = dated_above or bool(above and not above[0].startswith("**"))
            moved = [previous.pop()] if dates and dated_above else []
            parts.append((title, [*moved, line]))
        else:
            parts[-1][1].append(line)
    return [part for part in parts if part[1]]


def _employer_dated(above: str, line: str) -> bool:
    """ "Motley Motley Inc, Pullman, WA ..... July 2023 – April 2024" in plain type over an
    undated "**Project Manager.** Motley Motley Inc. is…": the employer and dates of the job
    its bold title opens, not the last line of the job before."""
    text = patterns.sub(r"[.…]{4,}", " ", above).strip()
    return (
        (is_dated(text) or bool(patterns.search(r"\b(\d{1,2}[./])?(19|20)\d\d$", text)))
        and not text.startswith(("- ", "* "))
        and len(text.split()) <= 14
        and not is_dated(line)
    )


def is_dated(line: str) -> bool:
    """A line that dates one job or degree: a span of years, not a year inside a bullet's prose."""
    found = patterns.search(DATE_SPAN, line)
    if found is None:
        return False
    if not line.lstrip().startswith("- "):
        return True
    # A table row ("- Acme · Engineer · 2019 - 2021"), an item opening with its dates, or a
    # short item that is a job of its own ("- Intern at ESALab (Feb 2022 - May 2022)").
    item = line[line.index("- ") :]
    return " · " in line or found.start() - line.index("- ") <= 20 or len(item.split()) <= 14


def split_list_items(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """Cut a list of jobs written as items with their details nested under each ("- Engineer @
    Acme" over "  - Duration: 2017 to 2022"), when every item has details and one is dated."""
    tops = [i for i, line in enumerate(lines) if line.startswith("- ")]
    if len(tops) < 2 or tops[0] != 0:
        return []
    blocks = [lines[start:end] for start, end in zip(tops, [*tops[1:], len(lines)], strict=True)]
    nested = all(len(block) > 1 and block[1].startswith("  ") for block in blocks)
    if not nested or not any(is_dated(line) for block in blocks for line in block):
        return []
    return [(title_of(block[0]), block) for block in blocks]


def split_dated_items(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """Cut a flat list of jobs at the items that are dates alone ("- **19 November 2018 –
    Present**" over "- Netaş", "- Test and Automation Engineer", its tasks): each such item
    opens a job, titled by the item under it."""
    tops = [
        i
        for i, line in enumerate(lines)
        if line.startswith("- ") and dates_only(line[2:].replace("**", "").strip())
    ]
    if len(tops) < 2 or tops[0] != 0 or not all(line.startswith("- ") for line in lines):
        return []
    ends = [*tops[1:], len(lines)]
    blocks = [lines[start:end] for start, end in zip(tops, ends, strict=True)]
    return [(title_of(block[1]) if len(block) > 1 else None, block) for block in blocks]


# A field that names what an entry is, by its label: "Job Title: …", "Company: …".
_NAMING_FIELD = (
    r"(?i)^(job title|title|position|role|company|employer|organi[sz]ation|institution"
    r"|university|school|college|degree|project( name)?|name)\s*:\s+(?=\S)"
)


def heads_next(lines: list[str]) -> bool:
    """A paragraph of one short line, no sentence: the employer over the dated job below it."""
    line = lines[0].strip()
    # Up to twelve words: "International Organization for Migration; Nairobi, Kenya — …".
    return (
        len(lines) == 1
        and len(line.split()) <= 12
        and not line.startswith("- ")
        and not line.endswith((".", ",", ";", ":"))
    )


def heads_dates(lines: list[str], dates: list[str]) -> bool:
    """A paragraph heading the bare dates below it: one that `heads_next`, or a title and its
    employer ending in a full stop over dates alone ("Analista – Planet Media Studios / RTVE,
    Madrid." over "Agosto 2015 – Marzo 2016."), where a sentence would have no dash."""
    if heads_next(lines):
        return True
    line = lines[0].strip()
    bare = len(dates) == 1 and dates_only(dates[0])
    return (
        bare
        and len(lines) == 1
        and len(line.split()) <= 12
        and line.endswith(".")
        and bool(patterns.search(r" [–—-] \S", line))
    )


def split_dated_entries(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """Cut a body into jobs by their dates, when it has no headings or bold to cut it by.

    Text CVs and tables list jobs as "Company / dates / title / bullets" or "dates  COMPANY,
    title": a job starts at its dated line, or at the short line just above it.
    """
    dated = [i for i, line in enumerate(lines) if is_dated(line)]
    if len(dated) < 2:
        return [(None, lines)]
    rows = any(" · " in lines[i] for i in dated)  # table rows carry their own dates
    if dated[0] >= 2 and len(lines) - 1 - dated[-1] <= 1 and not rows:
        # Dates close each record ("Role: / School, / City (2019-2021)"): cut after them.
        ends = [*dated[:-1], len(lines) - 1]
        bounds = zip([0, *(end + 1 for end in ends[:-1])], [end + 1 for end in ends], strict=True)
        return [(title_of(lines[start]), lines[start:end]) for start, end in bounds]
    starts: list[int] = []
    # The first job opens the body with its dated line: the lines under each dated line are
    # its own (its employer, its place), none heads the job below.
    opened = dated[0] == 0
    two_heads = dated[0] == 2 and all(heads_next([line]) for line in lines[:2])
    for i in dated:
        above = lines[i - 1].strip() if i > 0 else ""
        header = (
            not opened
            and i > 0
            and (not starts or i - 1 > starts[-1])
            and i - 1 not in dated
            # An item may head one whose only words are its dates: "- Hochschule Darmstadt"
            # over "- Oktober 2020-bis heute".
            and (not above.startswith("- ") or _dates_item(lines[i]))
            and not above.endswith((".", ",", ";", ":"))  # prose ends a sentence; a name does not
            # "Asa Branca Rocket Design - Embedded Systems & Telemetry Engineer  Aerospace
            # Subsystems": a name and a title set apart by a dash may run longer.
            and len(above.split()) <= (14 if patterns.search(r"\s[-–—|]\s", above) else 8)
        )
        # "La Salle BCN — Java Development (2025)" over "Universitat de Barcelona — B.A.
        # Philosophy (2013–2017)": a line with a year of its own is a record, not a heading.
        if header and patterns.search(r"\((19|20)\d\d\)\s*$", above):
            header = False
            starts.append(i - 1)
        start = i - 1 if header else i
        # "Job Title: …" over "Company: …" over "Date: …": the fields naming the job all open it.
        while (
            header
            and start - 1 > (starts[-1] if starts else -1)
            and patterns.match(_NAMING_FIELD, lines[start - 1])
            and patterns.match(_NAMING_FIELD, lines[start])
        ):
            start -= 1
        # "Software Instructor" / "Happencode" over "Mar 2024– Jan 2025", as the first: each
        # job is headed by its title and its employer, the title over the employer.
        if header and two_heads and start - 1 > (starts[-1] if starts else -1):
            start -= 1 if heads_next([lines[start - 1]]) else 0
        starts.append(start)
    parts: list[tuple[str | None, list[str]]] = [(None, lines[: starts[0]])]
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        parts.append((title_of(lines[start]), lines[start:end]))
    return [part for part in parts if part[1]]


def split_year_headed(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """A list by year: "2013" alone, then that year's records, then "2012"… Each year heads
    the lines under it, titled by the first of them; [] where the lines are no such list
    (fewer than two years alone, or the first line no year)."""
    years = [i for i, line in enumerate(lines) if patterns.fullmatch(_YEAR_ALONE, line.strip())]
    bounds = itertools.pairwise([*years, len(lines)])
    if len(years) < 2 or years[0] != 0 or any(end - start < 2 for start, end in bounds):
        return []  # a year with no record under it: no such list
    ends = [*years[1:], len(lines)]
    return [
        (title_of(lines[start + 1]), lines[start:end])
        for start, end in zip(years, ends, strict=True)
    ]


_YEAR_ALONE = r"\**(19|20)\d\d\**:?"


def title_of(line: str) -> str:
    """An entry's title from its first line: no bullet, no bold, no trailing colon, no field
    name ("Job Title: Engineer" is titled "Engineer")."""
    title = patterns.sub(_BULLET_MARK, "", line).replace("**", "").strip().rstrip(":").strip()
    return patterns.sub(_NAMING_FIELD, "", title).strip()[:80] or title[:80]


def nested_under(lines: tuple[str, ...], index: int) -> list[int]:
    """The list items an indented item is nested under, outermost first."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    found = []
    for j in range(index - 1, -1, -1):
        if indent == 0:
            break
        line = lines[j]
        depth = len(line) - len(line.lstrip())
        if depth < indent and line.lstrip().startswith(("- ", "* ", "+ ")):
            found.append(j)
            indent = depth
    return found[::-1]
