"""Entry titles and the lines of dates that go with them, set apart: dates a line above the
heading they date, and a plain title over a heading of dates and a place."""

from __future__ import annotations

from functools import partial
from itertools import pairwise, takewhile

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.dates_line import dates_alone, only_dates
from resume_chat.resume.kinds.classifier import names_a_kind, names_kind
from resume_chat.resume.names.candidate import heading_level


def dates_over_headings(lines: list[str]) -> list[str]:
    """ "январь 2013 - март 2021" over "#### Национальный музей…", each entry of a section
    so: the dates a line above their entry's heading, where the entry before seems to end
    with them. Each goes under its heading, the order every later step reads an entry in;
    only where every heading of that level in the section is dated so, two at least."""
    text = [i for i, line in enumerate(lines) if line.strip()]
    before = {b: a for a, b in pairwise(text)}
    after = {a: b for a, b in pairwise(text)}

    def dated_above(head: int, opened: bool = False) -> bool:
        above, below = before.get(head), after.get(head)
        return (
            above is not None
            # "2019-01 - 2023-09, Frankfurt": its place after it, a town or a few.
            # "- 07/2022 - 01/2023" too: the list's last item, set in under its entry's lines.
            and (
                dates_alone(_unlisted(lines[above]))
                or _placed_dates(_shown(lines[above]))
                or _dated_employer(lines[above])
            )
            and not patterns.search(r"(19|20)\d\d", lines[head])
            and (opened or below is None or not dates_alone(lines[below]))
        )

    def opened_by_dates(first: int) -> bool:
        """The section's first line is the first entry's dates ("## Pendidikan" over
        "2011-2017" over "### SDIT NURUL ILMI"): each heading's dates are above it, though
        the next one's follow it."""
        title = before.get(before.get(first, -1), -1)
        level = heading_level(lines[title]) if title >= 0 else 0
        return 0 < level < heading_level(lines[first])

    moves: dict[int, int] = {}  # a heading: its dates line above it
    # Headings of one level under one parent: the jobs of "# Career History" (Word's Heading 2
    # under Heading 1), of "### Berufliche Tätigkeiten" under a page's title.
    groups: dict[tuple[int, int], list[int]] = {}
    parents: list[tuple[int, int]] = []  # (level, line) of the headings open above
    # A Word file may set its sections' titles and its jobs' in one style ("### Work
    # Experience" over "### Hometown Industries"): the jobs then fall under the title before.
    kinds: dict[int, int] = {}  # level → the last heading of that level naming a section
    flat: set[int] = set()  # such titles: a job's line above its heading names it and its dates
    for i in text:
        level = heading_level(lines[i])
        if not level or only_dates(_shown(lines[i])):  # "### 2023-SEKARANG" dates one
            continue
        while parents and parents[-1][0] >= level:
            parents.pop()
        parent = parents[-1][1] if parents else -1
        kinds = {at: head for at, head in kinds.items() if head > parent}
        if names_kind(_shown(lines[i])):
            kinds[level] = i
        elif level in kinds:
            parent = kinds[level]
            flat.add(parent)
        # Not a section with no title above it; but a page whose jobs are its top headings
        # ("# IT Manager", "📅 07/2023 – Oggi" over it) dates them so too.
        if level > 2 or parent >= 0 or not names_kind(_shown(lines[i])):
            groups.setdefault((parent, level), []).append(i)
        parents.append((level, i))
    for (parent, _), heads in groups.items():
        opened = opened_by_dates(heads[0])
        dated = list(takewhile(partial(dated_above, opened=opened), heads))
        if parent in flat:  # "account manager | August 2020 to Current", not dates alone
            dated = [head for head in dated if not dates_alone(lines[before[head]])]
        # Its parent opened by its first entry's dates, a group may end on headings with none
        # ("Other Endeavors" after two dated jobs): the dated ones before them are read so.
        titled = opened and before.get(before[heads[0]]) == parent
        if len(dated) >= 2 and (titled or len(dated) == len(heads)):
            moves.update({head: before[head] for head in dated})
    if not moves:
        return lines
    taken = set(moves.values())
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in taken:
            continue
        out.append(line)
        if i in moves:
            out += ["", lines[moves[i]]]
    return out


def titles_over_dates(lines: list[str]) -> list[str]:
    """ "FPT Software - AI Solutions Architect" in plain type over "#### Feb 2022 - Present |
    Osaka, Japan" set bold (a browser's print of an HTML resume): the plain line names the job
    its dates head. It becomes the heading and the dates its first line; left so, each job's
    title would fall to the job before, under the dates heading before it."""
    out = list(lines)
    said = [i for i, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(said):
        level = heading_level(lines[i])
        if not 1 < level < 6 or n == 0 or not _dates_and_place(lines[i].split(" ", 1)[1]):
            continue
        j = said[n - 1]
        above = lines[said[n - 2]].lstrip() if n >= 2 else "#"
        # Above it, the section's title or the last job's last item; under an entry's own
        # heading ("### Lehre als …" over "Abschlussarbeit: …"), the line is that entry's.
        section = heading_level(above) and names_kind(above.split(" ", 1)[-1])
        if _plain_title(lines[j]) and (section or above.startswith(("- ", "* "))):
            out[j], out[i] = "#" * level + " " + lines[j].strip(), lines[i].split(" ", 1)[1]
    return out


def _plain_title(line: str) -> bool:
    """A short line of plain text, no item, no date, no sentence."""
    text = line.strip()
    return (
        not heading_level(text)
        and not text.startswith(("- ", "* ", "• ", "|", ">", "**"))
        and len(text) <= 100
        and not text.endswith((".", ":", ","))
        and not patterns.search(r"(19|20)\d\d", text)
    )


def _dates_and_place(title: str) -> bool:
    """ "Feb 2022 - Present | Osaka, Japan": a span of dates, and a place at most after it."""
    text = title.replace("**", "").strip()
    if only_dates(text):
        return True
    found = patterns.search(DATE_SPAN, text)
    if (
        found is None
        or len(text[: found.start()].split()) > 1
        or patterns.search(r"\d", text[: found.start()])
    ):
        return False
    rest = patterns.sub(r"^[./-]\d{1,2}\b", "", text[found.end() :])  # the end's month: "2024-06"
    # Europass: "02/01/2021 – 31/01/2023 Chattogram, Bangladesh", a town and its country.
    if patterns.fullmatch(r" [A-Z][^\W\d_]+(?: [^\W\d_]+)?, [A-Z][^\W\d_]+(?: [^\W\d_]+)?", rest):
        return True
    return (
        bool(patterns.fullmatch(r"\s*[|·,]\s*[^\W\d_][^|·\d]{1,50}", rest))
        and len(rest.split()) <= 6
    )


def _placed_dates(line: str) -> bool:
    """A plain line of dates and the places they were spent in, no heading, no item."""
    text = line.strip()
    return (
        bool(text)
        and not heading_level(text)
        and not text.startswith("- ")
        and _dates_and_place(text)
    )


def _shown(line: str) -> str:
    """A line as the reader sees it: a heading's title, set large or not."""
    return line.split(" ", 1)[1] if heading_level(line) else line


def _unlisted(line: str) -> str:
    """A line as the reader sees it, no heading's or list's mark before it."""
    return _shown(line).removeprefix("- ")


def _dated_employer(line: str) -> bool:
    """ "Alma del Huila, Garzón Huila **April 2023 - April 2024**": where, then when, ending the
    line; a plain line, no item, no sentence."""
    text = line.replace("**", "").strip()
    found = next(reversed(list(patterns.finditer(DATE_SPAN, text))), None)
    if found is None or text[found.end() :].strip() or heading_level(line):
        return False
    if text.startswith(("- ", "* ")):
        return False
    before = text[: found.start()].strip(" ,|·–-")
    return 0 < len(before.split()) <= 8 and not patterns.search(r"[.;:]\s|\d", before)


def dates_over_bold(lines: list[str]) -> list[str]:
    """ "2022 - 2024" over "**Pipeline Developer** | Ynput, Prague": a record's dates alone on a
    line, its title set bold on the next (a site theme's two columns, dates on the left). Each
    bold line becomes the record's heading, its dates under it, where two records at least are
    written so under one section."""
    said = [i for i, line in enumerate(lines) if line.strip()]
    before = {b: a for a, b in pairwise(said)}  # each line of text's previous one
    pairs = []
    for i, j in pairwise(said):
        text, title = lines[i].strip(), lines[j].strip()
        above = lines[before[i]].strip() if i in before else ""
        if (
            j > i + 1  # a paragraph apart; one paragraph of both is read where bold lines are
            # "**|Master Degree in Labor Law|**" over its dates: titled already, and the bold
            # line after them ("**Main Highlights**") a part of that record.
            and not above.startswith("**")
            and not heading_level(text)
            and not text.startswith(("- ", "* "))
            and only_dates(text)
            and title.startswith("**")
            and len(title) <= 160
            and "**" in title[2:]
            # "**SKILLS**" under the last job's dates: the next section, no record.
            and not names_a_kind(title.split("**")[1].strip(" :|"))
        ):
            pairs.append((i, j))
    if len(pairs) < 2:
        return lines
    level = next(
        (
            heading_level(lines[k]) + 1
            for k in range(pairs[0][0], -1, -1)
            if heading_level(lines[k])
        ),
        3,
    )
    out = list(lines)
    for i, j in pairs:
        out[i], out[j] = "#" * min(level, 6) + " " + lines[j].strip().replace("**", ""), lines[i]
    return out


_BOLD_ITEM = patterns.compile(r"^- \*\*([^*]{2,100})\*\*\s*$")


def roles_over_employers(lines: list[str]) -> list[str]:
    """ "- **Estagiário de Desenvolvimento**" over "#### IBM (Remoto)": a role set as a bold
    item over its employer's heading, two records at least written so. Each pair is one
    heading, "Estagiário de Desenvolvimento · IBM (Remoto)"; left so, each role fell to the
    record before."""
    said = [i for i, line in enumerate(lines) if line.strip()]
    pairs = [
        (i, j, role)
        for i, j in pairwise(said)
        if (role := _BOLD_ITEM.match(lines[i])) and heading_level(lines[j]) >= 3
    ]
    if len(pairs) < 2:
        return lines
    out = list(lines)
    for i, j, role in pairs:
        level = heading_level(lines[j])
        out[i], out[j] = "", "#" * level + f" {role.group(1).strip()} · {_shown(lines[j])}"
    return out


def headings_paired(lines: list[str]) -> list[str]:
    """ "##### Ausbildung zum Einzelhandelskaufmann" right over "##### Globus Baumarkt
    Wolfsburg", the entry's text under the second: a role and its employer, each set as a
    heading of the same level (a text box each). Where two records at least are written so,
    each pair is one heading, "Ausbildung zum Einzelhandelskaufmann · Globus Baumarkt
    Wolfsburg"; left so, the role is an entry with nothing in it. Only where a span of dates
    follows before the next heading: two headings over a skill's text ("HTML", "CSS") or a
    list's ("Under review", "In press") are two things."""
    said = [i for i, line in enumerate(lines) if line.strip()]
    pairs = [
        (i, j)
        for i, j, k in zip(said, said[1:], said[2:], strict=False)
        if heading_level(lines[i]) >= 3
        and heading_level(lines[i]) == heading_level(lines[j])
        and not heading_level(lines[k])
        and not names_kind(_shown(lines[i]))
        and not names_kind(_shown(lines[j]))
        and _dated_below(lines, j)
        # "Technical Skills: KDB/Q" over "Asset Class: FX": labels and their values; "VIII
        # 2011" over "CRM": a dated title has its own.
        and not any(
            patterns.search(r"\S:|(?<!\d)(19|20)\d\d(?!\d)", _shown(lines[n])) for n in (i, j)
        )
    ]
    if len(pairs) < 2:
        return lines
    out = list(lines)
    for i, j in pairs:
        level = heading_level(lines[j])
        out[i], out[j] = "", "#" * level + f" {_shown(lines[i])} · {_shown(lines[j])}"
    return out


def _dated_below(lines: list[str], index: int) -> bool:
    """A span of dates among the lines after `index`, before the next heading."""
    below = takewhile(lambda line: not heading_level(line), lines[index + 1 :])
    return any(patterns.search(DATE_SPAN, line) for line in below)
