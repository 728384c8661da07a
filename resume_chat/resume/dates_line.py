"""Lines that hold only an entry's dates: "#### November 2020 - April 2022" under a job, and
a column of them set apart from the entries they date."""

from __future__ import annotations

from functools import partial
from itertools import pairwise, takewhile

from resume_chat import patterns
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import DATE_SPAN, NOW_WORDS, SPAN_TO
from resume_chat.resume.kinds.classifier import names_kind
from resume_chat.resume.months import MONTH_NAME
from resume_chat.resume.names.candidate import heading_level

# A town and its state's or country's code after the dates.
_CITY_STATE = patterns.compile(r"^[\s,·|(–-]*[A-Za-z][A-Za-z .'-]{1,30},\s*[A-Z]{2,3}\)?\s*$")
_WORK_MODES = frozenset({"Remote", "Hybrid", "Onsite", "On-site", "Full-time", "Part-time"})

_DATES_ONLY = patterns.compile(
    rf"(?i)^[\W_]*(MONTH[\s\W]*(-|–|—|{SPAN_TO})[\s\W]*)?(MONTH)?((19|20)\d\d|\d\d?[./]\d{{4}})"
    rf"[\s\W]*(-|–|—|{SPAN_TO})?[\s\W]*(MONTH)?"
    rf"((19|20)\d\d|\d\d?[./]\d{{4}}|{NOW_WORDS})?\b".replace(
        # "сентябрь/2008": a month and its year joined by a slash.
        "MONTH",
        MONTH_NAME + "[,/]? *",
    )
)


_UNSPACED_SCRIPT = f"[{scripts.KANA}{scripts.HAN}{scripts.HANGUL}]"


def only_dates(title: str) -> bool:
    """ "#### November 2020 - April 2022" under a job is its dates line, not a sub-section."""
    found = _DATES_ONLY.match(title.replace("**", ""))
    rest = title.replace("**", "")[found.end() :] if found else title
    # "2004 | BMW, Ljubljana" names an employer after its year: a job, not a dates line.
    rest = _CITY_STATE.sub("", rest)  # "SEPTEMBER 2018 - PRESENT, HILLSBORO, OR": a place
    names = [name for name in patterns.findall(r"\b[A-Z][\w&.-]+", rest) if name not in _WORK_MODES]
    named = len(names) >= 2 or (bool(names) and bool(patterns.match(r"\s*[|·@]", rest)))
    # "2005 · 3 · 神奈川県立大磯高等学校卒業": a script written without spaces names its school
    # or employer in one run of letters; more than a year's and a month's marks are words.
    written = len(patterns.findall(_UNSPACED_SCRIPT, patterns.sub("[年月日]", "", rest)))
    words = len(patterns.findall(r"[^\W\d_]{3,}", rest))
    return bool(found) and words <= 3 and written < 3 and not named


# "Depuis 2015", "Since 2019", "Seit 2020": a start year alone is a dates line too.
_SINCE = patterns.compile(
    r"(?i)^\W*(depuis|since|seit|desde|dal|od|sejak)\s+(\S+\s+)?(19|20)\d\d\W*$"
)


_BOLD_LINE = patterns.compile(r"^\*\*[^*]{3,120}\*\*\s*$")


def _dates_line(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and not heading_level(text)
        and bool(patterns.search(r"(19|20)\d\d", text))
        and len(text) <= 40
        and (only_dates(text) or bool(_SINCE.match(text)))
    )


def _dated(lines: list[str], head: int) -> bool:
    """The entry shows a year in its heading or in the line under it."""
    after = next((line for line in lines[head + 1 :] if line.strip()), "")
    return bool(patterns.search(r"(19|20)\d\d", lines[head])) or _dates_line(after)


def spread_date_column(lines: list[str]) -> list[str]:
    """ "2015-2016", "2011-2015", "2010-2011" stacked in a column of their own (a Word table
    floating beside the entries) over as many entry headings with no dates under them: each
    date goes back under its entry, in order."""
    out = list(lines)
    i = 0
    while i < len(out):
        run: list[int] = []
        j = i
        while j < len(out) and (not out[j].strip() or _dates_line(out[j])):
            run += [j] if out[j].strip() else []
            j += 1
        kept = out[j] if j < len(out) else ""
        if len(run) >= 2 and _BOLD_LINE.match(kept):
            # The first entry's title set bold, the rest as headings a level under the section.
            level = next((heading_level(x) for x in out[j + 1 :] if heading_level(x)), 3)
            out[j] = "#" * max(level, 3) + " " + out[j].strip().strip("*").strip()
        if len(run) < 2 or not heading_level(out[j] if j < len(out) else ""):
            i = j + 1 if j == i else j
            continue
        level = heading_level(out[j])
        heads: list[int] = []
        k = j
        while k < len(out) and (not heading_level(out[k]) or heading_level(out[k]) >= level):
            heads += [k] if heading_level(out[k]) == level else []
            k += 1
        if len(heads) != len(run) or any(_dated(out, head) for head in heads):
            out[j] = kept
            i = j
            continue
        dates = [out[r].strip() for r in run]
        spread: list[str] = []
        for n, line in enumerate(out[j:k]):
            spread.append(line)
            if j + n in heads:
                spread += ["", dates[heads.index(j + n)]]
        out[run[0] : k] = spread
        i = run[0] + len(spread)
    return out


# A date and the dash after it, the span's end on the next line ("05/2024 -" over "10/2024": a
# Word table's narrow cell of dates, wrapped).
_ONE_DATE = rf"(?:{MONTH_NAME}[,/]? *)?(?:\d\d?[./])?(?:19|20)\d\d"
_OPEN_SPAN = patterns.compile(rf"(?i)^\s*({_ONE_DATE})\s*[-–—]\s*$")
_SPAN_END = patterns.compile(rf"(?i)^\s*({_ONE_DATE}|{NOW_WORDS})\s*$")


def open_spans_closed(lines: list[str]) -> list[str]:
    """ "05/2024 -" with "10/2024" the next line of text: one span, "05/2024 - 10/2024"."""
    out = list(lines)
    text = [i for i, line in enumerate(out) if line.strip()]
    for i, j in pairwise(text):
        start, end = _OPEN_SPAN.match(out[i]), _SPAN_END.match(out[j])
        if start and end:
            out[i], out[j] = f"{start.group(1)} - {end.group(1)}", ""
    return out


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
                _dates_line(_unlisted(lines[above]))
                or _placed_dates(_shown(lines[above]))
                or _dated_employer(lines[above])
            )
            and not patterns.search(r"(19|20)\d\d", lines[head])
            and (opened or below is None or not _dates_line(lines[below]))
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
            dated = [head for head in dated if not _dates_line(lines[before[head]])]
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
