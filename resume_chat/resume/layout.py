# ruff: noqa: RUF001, RUF003 - Chinese brackets, as a real CV writes them
"""Lines with headings at any level arranged into canonical Markdown: name, then ## sections."""

from __future__ import annotations

import itertools

from resume_chat import patterns
from resume_chat.resume.dated_titles import (
    dates_over_bold,
    dates_over_headings,
    headings_paired,
    roles_over_employers,
    titles_over_dates,
)
from resume_chat.resume.dates_line import only_dates, open_spans_closed, spread_date_column
from resume_chat.resume.demoted import alone_among_bold, demoted, entry_lines
from resume_chat.resume.glued import commas_rejoined, titles_parted
from resume_chat.resume.implicit import with_implied_sections
from resume_chat.resume.kinds.classifier import WRAPPER, names_a_kind, names_kind, section_kind
from resume_chat.resume.ledger import ledgers
from resume_chat.resume.levels import (
    dated_under_titles,
    degrees_under_studies,
    employers_over_items,
    entries_under_empty,
    lift_main_sections,
    records_out_of_personal,
    sections_over_entries,
)
from resume_chat.resume.listed_entries import items_over_entries
from resume_chat.resume.marks import marked_parts, noted_titles
from resume_chat.resume.names.candidate import HEADING as _HEADING
from resume_chat.resume.names.candidate import heading_level as _level
from resume_chat.resume.names.candidate import take_name
from resume_chat.resume.names.headline import headline_out_of_sections, signed_name
from resume_chat.resume.names.top import lone_top_name
from resume_chat.resume.numbered import numbered_entries
from resume_chat.resume.reading import MAX_RESUME_BYTES, Reading
from resume_chat.resume.siblings import titled_like_the_first
from resume_chat.resume.visible import bounded_lines, visible

# "## · Ahmad Zaki Butmah": a separator a break or a tab left before a heading's first word.
# An item's too ("- \uf058 · Análise…" once its icon is gone).
_HEAD_MARK = patterns.compile(r"^(#{1,6} |\s*[-*] )[·|•]\s+")


def arrange(lines: list[str], fmt: str, name: str = "", extra: list[str] | None = None) -> Reading:
    """Canonical Markdown from lines whose headings keep their source levels."""
    warnings: list[str] = []
    # Zero-width spaces and joiners a browser or Word leaves inside words ("E\u200bXPERIENCE",
    # "M\u200barcus") split them for every search: they go, whatever the format.
    lines = numbered_entries([_HEAD_MARK.sub(r"\1", visible(x)) for x in bounded_lines(lines)])
    lines = titles_parted(marked_parts(noted_titles(ledgers(commas_rejoined(lines)))))
    lines = items_over_entries(lines)
    name = visible(name)
    lines = open_spans_closed(spread_date_column(entry_lines(alone_among_bold(lines))))
    lines = [
        demoted(line)
        for line in _titled_by_bold(
            titles_over_dates(
                dates_over_headings(headings_paired(roles_over_employers(dates_over_bold(lines))))
            )
        )
    ]
    if not name:
        lines, name = lone_top_name(lines)
    lines = sections_over_entries(dated_under_titles(_promote_labels(_plain_titles(lines))))
    lines = lift_main_sections(lines)
    lines = degrees_under_studies(entries_under_empty(lines))
    lines = _dissolve_title(lines)
    lines, found = take_name(lines, name)
    name = name or found or signed_name(lines)
    lines = headline_out_of_sections(lines)
    lines = employers_over_items(with_implied_sections(_shift(lines)))
    lines = titled_like_the_first(records_out_of_personal(_dissolve_wrappers(lines, name)))
    head = [f"# {name}", ""] if name else []
    # Extra header lines (a PDF's link addresses) go after the header's own lines, so its
    # address and headline still open it.
    first = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    lines = [*lines[:first], "", *(extra or []), "", *lines[first:]]
    body = "\n".join(_tidy([*head, *lines]))
    if len(body.encode()) > MAX_RESUME_BYTES:
        body = body.encode()[:MAX_RESUME_BYTES].decode(errors="ignore").rsplit("\n", 1)[0]
        warnings.append(f"the resume is longer than {MAX_RESUME_BYTES:,} bytes; the rest is cut")
    return Reading(body.strip("\n") + "\n", fmt, warnings, name)


def _titled_by_bold(lines: list[str]) -> list[str]:
    """ "### Juni 2017 – September 2018" over "**Qualitätsmanager** | Brunner AG": the dates
    head the entry and the bold line under them names it. The bold line becomes the heading
    and the dates its first line, the order every later step reads a job in; demoted alone,
    the dates would stand under the entry before."""
    out = list(lines)
    for i, line in enumerate(lines):
        level = _level(line)
        if not 1 < level < 5 or not only_dates(_title(line)):
            continue  # a reader's level-six line is a list's term, not a heading
        j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), len(lines))
        below = lines[j] if j < len(lines) else ""
        if patterns.match(r"\*\*[^*]{2,}\*\*", below) and len(below) <= 100:
            out[i], out[j] = "#" * level + " " + below.replace("**", "").strip(), _title(line)
        elif below and _level(below) > level and not patterns.search(r"\d{4}", below):
            # "## январь 2013 - март 2021" over "### Национальный музей…": the same, styled.
            out[i], out[j] = "#" * level + " " + _title(below), _title(line)
    return out


def _title(line: str) -> str:
    return line.split(" ", 1)[1]


# "- **EDUCATION**", "- EDUCATION", or a title in a script with no capitals alone in its
# row ("- 学歴" over the schools, "- 職歴" over the jobs: the Japanese form's one table).
_LABEL_ITEM = patterns.compile(
    r"^- (?:\*\*([^*]{3,40})\*\*|([A-Z][A-Z &]{2,39})"
    r"|((?:(?![a-zA-Z])[^\W\d_]){2,4}(?:・(?:(?![a-zA-Z])[^\W\d_]){2,4})?))$"
)
_NOTED_TITLE = patterns.compile(
    r"^\*\*([^*]{2,40})\*\*\s*([（(](?!https?:|www\.)[^）)\d]{1,80}[）)])$"
)


def _plain_titles(lines: list[str]) -> list[str]:
    """A document with no section headings at all (a Word file whose titles are styled by
    hand): paragraphs alone on their line that name a kind of section ("Work experience",
    "Education"), or bold lines that do ("**Education**" over its first entry), are its
    sections, where there are two of them or more. Headings that name no kind (a PDF's
    "(DCOSS)" set large) do not count."""
    if any(_level(line) >= 2 and names_kind(line.split(" ", 1)[1]) for line in lines):
        return lines
    titles = {}
    for i, line in enumerate(lines):
        bold = patterns.fullmatch(r"\s*\*\*([^*]+)\*\*\s*", line)
        alone = bold is not None or not (i + 1 < len(lines) and lines[i + 1].strip())
        # "**SKILLS SUMMARY.**": a title may end in a full stop, as a sentence would.
        title = (bold.group(1) if bold else line).strip().rstrip(":.").strip()
        # "II Education", "IV. Teaching Experiences", "3) Skills": a numbered part.
        title = _PART_NUMBER.sub("", title)
        # "Учебные заведения:" over its schools, a line of its own: a label ending in a colon
        # is a title with no blank line around it.
        labelled = line.rstrip().endswith(":") and not bold
        if (labelled or (not (i and lines[i - 1].strip()) and alone)) and _plain_title(title):
            titles[i] = title
    if len(titles) < 2:
        titles = _listed_titles(lines)
    return [f"## {titles[i]}" if i in titles else line for i, line in enumerate(lines)]


def _listed_titles(lines: list[str]) -> dict[int, str]:
    """A form's left column read as items of one list ("- Osobni podaci", "- Školovanje",
    "- Strani jezici", each among its own fields): the items that name a kind of section, where
    three kinds at least are named so."""
    titles = {}
    for i, line in enumerate(lines):
        item = patterns.fullmatch(r"\s*[-*]\s+([^*#\d][^*#]*?)[:.]?\s*", line)
        if item and _plain_title(item.group(1).strip()):
            titles[i] = item.group(1).strip()
    # A table of contents lists its titles one after another, with nothing between them.
    listed = any(j - i == 1 for i, j in itertools.pairwise(titles))
    kinds = {section_kind(title) for title in titles.values()}
    return titles if len(kinds) >= 3 and not listed else {}


_PART_NUMBER = patterns.compile(r"^(?:[IVX]{1,4}\.?|\d{1,2}[.)]|[A-H][.)])\s+(?=[^\W\d])")


def _plain_title(bare: str) -> bool:
    short = 0 < len(bare.split()) <= 4 and not patterns.search(r"[\d.,;!?*#|·]|^[-•]", bare)
    return short and names_a_kind(bare)


_SECTION_ENDS = frozenset(("experience", "experiences", "employment", "education"))


def _promote_labels(lines: list[str]) -> list[str]:
    """ "- **EDUCATION**" ending a list (a Word table's second column), or a bold title with a
    note in brackets after it, is a section heading, at the level of the one above it."""
    out: list[str] = []
    level = 2
    for line in lines:
        found = _LABEL_ITEM.match(line)
        title = found and (found.group(1) or found.group(2) or found.group(3)).strip().rstrip(":")
        if title and names_a_kind(title):
            out += ["", "#" * level + " " + title, ""]
            continue
        noted = _NOTED_TITLE.match(line)
        if noted and names_a_kind(noted.group(1)):
            # "**项目经验/工作经历**（以下项目…均由我个人独立完成）": a title and a note on it.
            out += ["", "#" * level + " " + noted.group(1).strip(), "", noted.group(2)]
            continue
        heading = _HEADING.match(line)
        if heading and names_kind(heading.group(2)):
            level = len(heading.group(1))
        elif heading and " · " in heading.group(2):
            # "### Chronological Professional Experience · EarthRights International": a
            # section's title and its first entry's, one Word paragraph; the section beside
            # the one above, the entry in it.
            title, entry = heading.group(2).split(" · ", 1)
            # Only a title ending in a word no employer ends in: "Websole Technologies ·
            # Lahore" is a job.
            last = title.lower().split()[-1] if title.split() else ""
            if last in _SECTION_ENDS and len(title.split()) <= 4 and not names_kind(entry):
                depth = len(heading.group(1))
                level = min(level, depth)
                below = "#" * (depth if depth > level else min(depth + 1, 6))
                out += ["", "#" * level + " " + title, "", f"{below} {entry}"]
                continue
        out.append(line)
    return out


def _dissolve_title(lines: list[str]) -> list[str]:
    """A lone "# Resume" / "# CV" heading above everything names the page, not a section."""
    heads = [i for i, line in enumerate(lines) if _level(line)]
    if heads and patterns.match(WRAPPER, lines[heads[0]].split(" ", 1)[1]):
        level = _level(lines[heads[0]])
        if not any(_level(lines[i]) == level for i in heads[1:]):
            return [line for i, line in enumerate(lines) if i != heads[0]]
    return lines


def _shift(lines: list[str]) -> list[str]:
    """Move section headings so the shallowest becomes ##; deeper ones keep their distance.

    A first heading deeper than the one after it ("#### Lake Worth, FL" under the name, then
    "### Education") nests under nothing: it is a header line set in small type; unless both
    name kinds of sections ("## Опыт" from a table's row over "# Образование" from the page's
    type): then the first is a section at the second's level.
    """
    heads = [i for i, line in enumerate(lines) if _level(line)]
    if len(heads) > 1 and _level(lines[heads[0]]) > _level(lines[heads[1]]):
        first, second = (lines[i].split(" ", 1)[1] for i in heads[:2])
        both = names_a_kind(first) and names_a_kind(second)
        line = "#" * _level(lines[heads[1]]) + " " + first if both else first
        lines = [*lines[: heads[0]], line, *lines[heads[0] + 1 :]]
    levels = [_level(line) for line in lines if _level(line)]
    if not levels:
        return lines
    delta = 2 - min(levels)
    return [
        "#" * min(_level(line) + delta, 6) + " " + line.split(" ", 1)[1] if _level(line) else line
        for line in lines
    ]


def _dissolve_wrappers(lines: list[str], name: str) -> list[str]:
    """A "## Curriculum vitae" (or the name again) holding the real sections gives way to them;
    so does a headline set as the page's one big heading over them all ("## Post-Doctoral
    research fellow" over "### Education", "### Skills"), which stays as a header line."""
    out = list(lines)
    index = 0
    only = sum(1 for line in out if _level(line) == 2) == 1
    while index < len(out):
        level = _level(out[index])
        if level != 2:  # only a section heading can wrap: no scan ahead for other lines
            index += 1
            continue
        title = out[index].split(" ", 1)[1].strip()
        wraps = patterns.match(WRAPPER, title) or (name and title.lower() == name.lower())
        end = next((j for j in range(index + 1, len(out)) if _level(out[j]) == 2), len(out))
        inner = [out[j].split(" ", 1)[1] for j in range(index + 1, end) if _level(out[j]) == 3]
        headline = only and not names_kind(title)
        headline = headline and sum(1 for heading in inner if names_kind(heading)) >= 2
        if (wraps or headline) and any(_level(out[j]) > 2 for j in range(index + 1, end)):
            for j in range(index + 1, end):
                if _level(out[j]) > 2:
                    out[j] = out[j][1:]
            if headline:
                out[index] = title  # the headline stays, as a line of the header
                index += 1
            else:
                del out[index]
            continue
        index += 1
    return out


def _tidy(lines: list[str]) -> list[str]:
    """Headings with a blank line on each side, no runs of blank lines, no trailing spaces."""
    out: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        if _level(line):
            if out and out[-1]:
                out.append("")
            out += [line, ""]
        elif line or (out and out[-1]):
            out.append(line)
    while out and not out[0]:
        out.pop(0)
    return out
