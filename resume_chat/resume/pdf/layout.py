"""A PDF's positioned lines turned into canonical Markdown: headings, items, wrapped lines joined.

The reader (`pdf.py`) finds the lines on each page; this module judges what each line is, from
its size, weight, case, indent and where it ends, knowing nothing of pypdf.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from resume_chat import patterns
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import DATE_SPAN, dated_cell
from resume_chat.resume.kinds.classifier import names_a_kind, names_kind
from resume_chat.resume.pdf.glyphs import icon
from resume_chat.resume.pdf.names import name_line, running_header

_LEADING_HASH = patterns.compile(r"^(#+)(\s)")
_NARROW, _WIDE = set("ijlI.,:;'!|`"), set("mwMW@%")


@dataclass
class Line:
    """One baseline of one column, its fragments joined; `left`/`right` bound the column."""

    page: int
    x: float  # where the text starts, after any bullet glyph
    y: float
    size: float
    bold: bool
    text: str
    cells: int  # visually separate runs: a table row, or a title with its dates far right
    bullet: bool
    end: float
    marker: str = ""  # the bullet character taken off the front of the text, if any
    left: float = 0.0
    right: float = 0.0
    spans: tuple[tuple[float, float], ...] = ()  # each cell's first and last point


def text_width(text: str, size: float, bold: bool) -> float:
    """A run's width, guessed from its glyphs: pypdf reports where text starts, not ends."""
    ems = sum(
        0.3 if c in _NARROW else 0.85 if c in _WIDE else 0.68 if c.isupper() else 0.52 for c in text
    )
    return ems * size * (1.08 if bold else 1.0)


def in_capitals(text: str) -> bool:
    """Three letters or more, all capitals: "EXPERIENCE", "ASSOCIATE LIBRARIAN · 2019"."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _dated(line: Line) -> bool:
    """A title with its dates set apart at the right margin: "Acme Corp        2019 – 2021"."""
    return line.cells == 2 and dated_cell(line.text.rsplit(" · ", 1)[-1])


def _ends_dated(line: Line) -> bool:
    """A title ending in its dates in one run, pushed right inside it (LaTeX's \\hfill in
    one font): "Bachelor of Technology in Computer Science Aug 2019 – May 2023"."""
    spans = list(patterns.finditer(DATE_SPAN, line.text)) if line.cells == 1 else []
    return bool(spans) and spans[-1].start() > 0 and not line.text[spans[-1].end() :].strip(" .")


def _heading_levels(lines: list[Line], body: float) -> dict[int, int]:
    """Map line index → heading level by rank: larger first, then ALL CAPS, then bold."""
    keys: dict[int, tuple[float, bool, bool]] = {}
    split: list[int] = []  # larger than the body, in cells set apart, no dates among them
    for index, line in enumerate(lines):
        ends = _dated(line) or _ends_dated(line)
        if ends and index > 0 and _pair_above(lines[index - 1], line):
            # "Arista Networks ···· Dublin" over "Kernel engineer ···· 2017 – present": one
            # entry, headed by the line above; the dated line is its first line.
            keys[index - 1] = (round(lines[index - 1].size * 2) / 2, False, True)
            keys.pop(index, None)
            continue
        dated = _dated(line)
        if line.bullet or line.text[-1] in ".,;":
            continue
        if line.cells > 1 and not dated:
            # Under a section's title: above any, a headline ("Savings & Trading · Nordea").
            titled = any(names_kind(lines[i].text) for i in keys)
            split += [index] if titled and _split_title(line, body) else []
            continue
        title = line.text.rsplit(" · ", 1)[0] if dated else line.text
        if len(title) > 80:
            continue
        short = len(title.split()) <= 8
        # Its title's case, not its dates': "LIBRARIAN · 07/2019 – Present" is in capitals.
        caps = in_capitals(title) and "," not in title  # not "SQL, AWS, GCP"
        if _centred(line) and names_kind(line.text):
            # "Experience" centred over its jobs, in their size and weight: a section's title,
            # set above the entries of its size.
            keys[index] = (round(line.size * 2) / 2 + 0.25, caps, True)
        elif line.size >= body * 1.12 or (short and (line.bold or caps)):
            keys[index] = (round(line.size * 2) / 2, caps, line.bold)
    for index in split:
        # "Akkodis · Heerbrugg, Switzerland" in the type of the job titles set under it,
        # further in: the employer heads its jobs. Set level with them, it is a job's line.
        size = round(lines[index].size * 2) / 2
        below = next((i for i in sorted(keys) if i > index and keys[i][0] == size), None)
        inset = lines[index].x + 0.3 * lines[index].size
        if below is not None and lines[below].x > inset:
            keys[index] = (size + 0.25, False, lines[index].bold)
    moved: dict[tuple[float, bool, int], tuple[float, bool, bool]] = {}
    for index in sorted(keys):
        if index > 0 and index - 1 not in keys and _dated_over(lines[index - 1], lines[index]):
            # "KROMATID, Longmont, CO ···· 2022 – 2024" just over a bold "Cell Culture Manager":
            # the employer's dated line heads the entry, the title is its first line.
            keys[index - 1] = keys.pop(index)
            moved[_shape(lines[index - 1])] = keys[index - 1]
    for index, line in enumerate(lines):
        # The other employers' lines set alike head their jobs, whatever stands under them.
        if _dated(line) and not line.bullet and _shape(line) in moved:
            keys[index] = moved[_shape(line)]
    # "UNFPA · Avril 2024 - Mars 2025" over "Assistante … · Nouakchott" over its indented
    # lines, in the body's type: each such block of two or more is an entry, headed so.
    # Not the dated line under an entry's heading (an employer's, "DISTRICT DATA LABS"): it
    # is the entry's first line. (Under a section's title, it is the first entry.)
    headed = {i + 1 for i in keys if not names_kind(lines[i].text)}
    heads = [
        i
        for i in range(len(lines) - 2)
        if i not in keys and i not in headed and _heads_block(lines, i)
    ]
    shapes = Counter(_shape(lines[i]) for i in heads)
    for index in heads:
        if shapes[_shape(lines[index])] >= 2:
            keys[index] = (round(lines[index].size * 2) / 2, False, True)
    tiers = sorted(set(keys.values()), reverse=True)
    return {index: 2 + min(tiers.index(key), 2) for index, key in keys.items()}


def _split_title(line: Line, body: float) -> bool:
    """A line larger than the body's type in cells, no contact among them: "Akkodis · Zug"."""
    text, first = line.text, line.text.split(" · ")[0]
    return (
        line.size >= body * 1.12
        and len(text) <= 80
        and line.cells == 2
        and (text[0].isupper() or text[0].isdigit())  # not "🟤 🟤 · users COLABORATIONS"
        and not patterns.search(r"@|https?:|www\.|:", text)  # not "Tools used: R · Project’s URL"
        and not patterns.search(r"(?i)(,|\band|\bor)$", first)  # not a wrapped sentence
        and not any(names_kind(cell) for cell in text.split(" · "))  # "… · EDUCATION"
    )


def _heads_block(lines: list[Line], index: int) -> bool:
    """A dated title (a list's item, or not), a line under it starting where it does and no
    item, then lines indented deeper."""
    title, under, then = lines[index : index + 3]
    close = title.page == under.page and 0 < title.y - under.y <= 1.8 * title.size
    return (
        close
        and _dated(title)
        and not under.bullet
        and abs(under.x - title.x) <= 1
        and not _dated(under)
        and then.page == under.page
        and then.x > title.x + 0.3 * title.size
    )


def _centred(line: Line) -> bool:
    """A short line set in the middle of its column, well in from its left edge."""
    middle = (line.left + line.right) / 2
    inset = line.x > line.left + 4 * line.size
    return inset and abs((line.x + line.end) / 2 - middle) < 1.5 * line.size


def _shape(line: Line) -> tuple[float, bool, int]:
    """How a line is set: its size, its weight and where it starts."""
    return round(line.size * 2) / 2, line.bold, round(line.x)


def _dated_over(above: Line, line: Line) -> bool:
    """Whether `above` is an employer's line with its dates set apart, just over `line`, an
    undated title."""
    close = above.page == line.page and 0 < above.y - line.y <= 1.8 * line.size
    # A bold title in the body's size and case; not a section's title ("EXPERIENCE").
    title = line.bold and abs(line.size - above.size) < 0.5 and not in_capitals(line.text)
    return close and title and _dated(above) and not above.bullet and not _dated(line)


def _pair_above(above: Line, line: Line) -> bool:
    """Whether `above` is a two-cell line ("Employer ···· City") set just over `line`, a
    title with its dates ("Kernel engineer ···· 2017 – present"), and neither a table's
    wrapped cells ("Rohatgi, ···· Apr")."""
    if above.cells != 2 or _dated(above) or above.bullet or above.page != line.page:
        return False
    if " · " not in above.text:
        return False  # "Contact Info: 01959551533": a field, its colon's cell joined to it
    (employer, place), title = above.text.split(" · ", 1), line.text.rsplit(" · ", 1)[0]
    whole = not employer.endswith(",") and not title.endswith(",") and len(place) >= 4
    # One word will do in capitals, a position as Awesome-CV sets it: "MEMBER ···· 2020 – Present".
    worded = len(title.split()) >= 2 or in_capitals(title)
    return whole and worded and 0 < above.y - line.y <= 1.8 * line.size


# "EXPERIENCE Software Engineer", or "EXPERIENCE · (KOBO, Forms)": a cell set beside it.
_CAPITAL = f"[{scripts.CAPITALS}]"
_CAPS_LEAD = patterns.compile(
    rf"^((?:{_CAPITAL}[{scripts.CAPITALS}&]{{2,}} ?){{1,3}})\s+(?:·\s+(?=\S)|(?=\S*[a-z]))(.+)$"
)
# "EDUCATION | M.S. Human Centered Design": a rule drawn between them as a bar, in a line of
# body type (a heading "PUBLICATIONS | In refereed journals" stays one).
_BAR_LEAD = patterns.compile(r"^((?:[A-Z][A-Z&]{2,} ?){1,3})\s+\|\s+(?=.*[a-z])(.+)$")


def _section_led(text: str, lead: re.Pattern[str] = _CAPS_LEAD) -> tuple[str, str] | None:
    """(heading, rest) of a line opening with an ALL-CAPS section name and going on in
    mixed case: "EXPERIENCE Software Engineer · August 2018 - Present"."""
    found = lead.match(text)
    if found is None or not names_kind(found.group(1).strip()):
        return None
    return found.group(1).strip(), found.group(2).strip()


# "Education · Sorbonne Université": a label column's title, read across with its first row.
_LABEL_LEAD = patterns.compile(r"^([A-Z][a-z]+(?: (?:[A-Z][a-z]+|&|and)){0,2}) · (.+)$")


def _label_led(text: str) -> tuple[str, str] | None:
    """(heading, rest) of a row led by a label naming a kind of section: a page whose section
    titles stand in a margin column, level with their first lines, and are nothing else."""
    found = _LABEL_LEAD.match(text)
    if found is None or not names_a_kind(found.group(1)):
        return None
    return found.group(1), found.group(2).strip()


def _sections_alike(lines: list[Line], levels: dict[int, int]) -> dict[int, int]:
    """Section titles in capitals ("EDUCATION") at the level of the highest one, or of one
    leading its line ("EXPERIENCE · ≈ 8 years"): a later page may set one beside job titles
    of its own size and case, which would put it under the last job."""
    named = [i for i, line in enumerate(lines) if in_capitals(line.text) and names_kind(line.text)]
    found = [levels[i] for i in named if i in levels]
    found += [2 for line in lines if _section_led(line.text) is not None]
    top = min(found, default=0)
    return {i: top if i in named and top else level for i, level in levels.items()}


def to_markdown(lines: list[Line], known: set[str]) -> tuple[list[str], str]:
    """Markdown lines with headings and items, and the name if the metadata states it."""
    from resume_chat.resume.pdf.sides import sides_split  # they build on this module
    from resume_chat.resume.pdf.wraps import continues, open_spans, stacked_spans, unwrapped

    # A line of icons alone (a briefcase beside an entry, set apart) says nothing.
    lines = open_spans(stacked_spans([line for line in lines if not icon(line.text)]))
    sizes = Counter[float]()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    body = sizes.most_common(1)[0][0]
    lines = unwrapped(sides_split(lines), body)
    named, name = name_line(lines, body, known)
    blocks = [f"# {name}"] if name else []
    dropped = set(named) | running_header(lines, named)
    others = [line for index, line in enumerate(lines) if index not in dropped]
    rest = lines[named[0]].text[len(name) :].strip(" ·|•–—,") if len(named) == 1 else ""
    if rest:  # the link set beside the name stays a line of the header
        others.insert(named[0], replace(lines[named[0]], text=rest))
    levels = _sections_alike(others, _heading_levels(others, body))
    # "FRONTEND WEB DEVELOPER" set over the name: the header's headline, no section.
    above = [i for i in levels if named and i < named[0] and not names_kind(others[i].text)]
    levels = {i: level for i, level in levels.items() if i not in above}
    # No heading set apart names a section: the titles may stand in a margin column (LaTeX's
    # "Education" beside "Sorbonne Université"), read across into each section's first row.
    titled = any(names_kind(others[i].text) for i in levels)
    flat = not titled and not any(_section_led(line.text) for line in others)
    last: Line | None = None  # the latest line of the open paragraph or list item
    for index, line in enumerate(others):
        led = _section_led(line.text) or (_label_led(line.text) if flat else None)
        led = led or (_section_led(line.text, _BAR_LEAD) if index not in levels else None)
        if led is not None:
            # "EDUCATION University of Washington · 2018": a left-column heading set on the
            # baseline of its section's first line.
            blocks.append(f"## {led[0]}")
            line = replace(line, text=led[1])
            last = None
        elif index in levels:
            blocks.append(f"{'#' * levels[index]} {line.text}")
            last = None
            continue
        if last is not None and continues(last, line):
            # A break after a hyphen keeps it ("Kafka-based"); a soft hyphen goes.
            soft = blocks[-1].endswith("\u00ad")
            hyphen = blocks[-1].endswith("-") and blocks[-1][-2:-1].isalpha()
            joiner = "" if soft or hyphen else " "
            blocks[-1] = blocks[-1].removesuffix("\u00ad") + joiner + line.text
        elif line.bullet or line.cells > 1 or line.x > line.left + 1.5 * line.size:
            blocks.append(f"- {line.text}")
        else:
            blocks.append(_LEADING_HASH.sub(r"\\\1\2", line.text))
        last = line
    out: list[str] = []  # a blank line between blocks, none between the items of one list
    for block in blocks:
        listed = block.startswith("- ") and bool(out) and out[-1].startswith("- ")
        out += [block] if listed else ["", block]
    return out, name if name.casefold() in known else ""
