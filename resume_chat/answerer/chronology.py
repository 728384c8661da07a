"""When entries began: dates read from a job's heading and first lines, and the first, the
latest and the oldest listed line picked by them."""

from __future__ import annotations

import time
from collections.abc import Iterator

from resume_chat import patterns
from resume_chat.answerer.held_now import CURRENT
from resume_chat.answerer.outline import Entry
from resume_chat.resume.date_spans import DATE_SPAN, NOW_WORDS, dates_only
from resume_chat.resume.months import MONTH_NAME, MONTH_NUMBERS

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for name in names.split()
} | {"winter": 1, "spring": 3, "summer": 6, "fall": 9, "autumn": 9}  # "Fall 2009": a term
MONTHS |= MONTH_NUMBERS  # "Fevereiro de 2021", "März 2019": months in the resume's language
_DATE = (  # "May 2019", "April/2019", "Fevereiro de 2021", "05/2019", "2019-05", "2019"
    r"(?i)\b(?:(?P<month>[^\W\d_]{3,12})(?:\.?,? |/| de | del )"
    r"(?P<year1>(?:19|20)\d\d|['\u2019\u2018]\d\d\b)"
    r"|(?P<num>\d{1,2})[./](?P<year2>(?:19|20)\d\d)"
    r"|(?P<year3>(?:19|20)\d\d)(?:[-/.](?P<num2>\d{1,2})\b|年\s?(?P<num3>\d{1,2})\s?月)?)"
)


def started(entry: Entry) -> tuple[int, int] | None:
    """When an entry began: the first date in its heading or its first lines, as (year, month)."""
    for text in (entry.title, *entry.head_lines, *entry.parents):
        if _prose(text) and not patterns.search(DATE_SPAN, text):
            continue  # "- … counterfactuals calculated back to 1970 …" dates no job
        if (begun := line_started(text)) is not None:
            return begun
    return None


def _prose(text: str) -> bool:
    """A bullet of twenty words or more: a sentence about the work, not the line dating it."""
    return text.lstrip().startswith("- ") and len(text.split()) >= 20


def line_started(text: str) -> tuple[int, int] | None:
    """The first date in one line, as (year, month); month 0 when it names none."""
    return next(_dates(text), None)


def finished(entry: Entry) -> tuple[int, int] | None:
    """When an entry ended: the last date of the first span of dates in its heading or its
    first lines ("Ene. 2016 – Abr. 2020": April 2020); None for a span open to now."""
    for text in (entry.title, *entry.head_lines, *entry.parents):
        found = patterns.search(DATE_SPAN, text)
        if found is not None:
            return None if entry.is_current else max(_dates(found.group(0)), default=None)
    return None


def _dates(text: str) -> Iterator[tuple[int, int]]:
    """The dates in one line, in order, as (year, month); month 0 when it names none."""
    date, position = patterns.compile(_DATE), 0
    while (found := date.search(text, position)) is not None:
        position = found.end()
        month_name = (found.group("month") or "").lower()
        if month_name and month_name not in MONTHS:
            # "Since 2025 Associate Professor": a word before the year, not a month; the
            # year may still stand as a date.
            position = found.start("year1")
            continue
        if found.group("year3") and not _stands_as_date(text, found.start()):
            continue  # "Visual Studio 2005": a version, not when a job began
        year = found.group("year1") or found.group("year2") or found.group("year3")
        month = MONTHS.get(month_name) or int(
            found.group("num") or found.group("num2") or found.group("num3") or 0
        )
        yield _full_year(year), month if 0 < month <= 12 else 0


def _full_year(year: str) -> int:
    """ "2017", or "'17" (2017) and "'98" (1998): a short year is of the last hundred."""
    digits = int(year.lstrip("'\u2019\u2018"))
    if digits >= 100:
        return digits
    now = time.localtime().tm_year
    return 2000 + digits if 2000 + digits <= now + 1 else 1900 + digits


def _stands_as_date(text: str, start: int) -> bool:
    """A bare year opens the text, follows a separator or a preposition, or opens a span:
    "Acme, 2019", "(2019)", "since 2019", "2019 - 2021"; not "Visual Studio 2005"."""
    before = text[:start].rstrip(" *_`")
    if not before or before[-1] in "(,·•|–—-:[":
        return True
    word = before.rsplit(None, 1)[-1].lower()
    return word in _DATE_PREPOSITIONS or bool(patterns.match(DATE_SPAN, text[start:]))


_DATE_PREPOSITIONS = frozenset("since seit depuis desde from in of until till to and".split())  # noqa: SIM905


def earliest(entries: list[Entry], numbers: list[int]) -> int | None:
    """The entry that began first, when the entries carry dates; else the last in the file."""
    dated = [(start, i) for i in numbers if (start := started(entries[i])) is not None]
    if dated:
        return min(dated)[1]
    return numbers[-1] if numbers else None


def earliest_line(entries: list[Entry], numbers: list[int]) -> tuple[int, int] | None:
    """(entry, line) of the dated line that began first, within the given entries."""
    best: tuple[tuple[int, int], int, int] | None = None
    for number in numbers:
        for position, line in enumerate(entries[number].lines):
            if not patterns.search(DATE_SPAN, line) and not ends_dated(line):
                continue
            start = line_started(line)
            if start is not None and (best is None or start < best[0]):
                best = (start, number, position)
    return (best[1], best[2]) if best else None


def ends_dated(line: str) -> bool:
    """A short list item ending in its date: "- Manual labour, P/F Beta, summer 2004"."""
    return (
        line.startswith("- ")
        and len(line.split()) <= 16
        and bool(patterns.search(r"\b(19|20)\d\d\W*$", line))
    )


def latest(entries: list[Entry], numbers: list[int]) -> int | None:
    """The entry that began last, when the entries carry dates; else the first in the file."""
    dated = [(start, -i) for i in numbers if (start := started(entries[i])) is not None]
    if dated:
        return -max(dated)[1]
    return numbers[0] if numbers else None


def latest_year(entries: list[Entry], numbers: list[int]) -> int:
    """The latest year the given entries' headings and first lines name (a degree's end), or
    0 when none does."""
    years = [
        int(year)
        for i in numbers
        for text in (entries[i].title, *entries[i].lines[:4])
        for year in patterns.findall(r"\b(?:19|20)\d\d\b", text)
    ]
    return max(years, default=0)


def _job_line(line: str) -> bool:
    """A job's title and employer on its dated line ("Засновник · MD Academy · 2026 –
    дотепер"), not the dates alone ("Jan 2025 - Present")."""
    rest = patterns.sub(DATE_SPAN, "", line)
    return (
        bool(patterns.search(r"\s[·|–—-]\s", rest))
        and len(patterns.findall(r"[^\W\d_]+", rest)) >= 3
    )


def current_lines(entry: Entry) -> tuple[str, ...]:
    """The lines of a list of jobs kept in one entry, one per line ("[2011-present] New York
    University :: Teaching Assistant"), that are marked present; else the one begun last.
    Nothing when the entry is one job (fewer than three dated lines)."""
    if patterns.search(CURRENT, entry.title) and not dates_only(entry.title):
        return ()  # "Research Analyst · 1 October 2024 - Present" over the jobs before it
    found = [(at, line, line_started(line)) for at, line in enumerate(entry.lines)]
    dated = [(begun, at, line) for at, line, begun in found if begun is not None]
    # Two jobs, each a dated line of its title and employer over its items ("Software
    # Developer · RoboFEI · April/2019 – November/2022", "- …", "Junior Software Developer ·
    # Alstom · February/2023 – Present"); not one job's dates and a line of its own dated.
    heads = [at for _, at, line in dated if not is_item(line) and len(line.split()) >= 5]
    two = (
        len(dated) == 2 == len(heads)
        and heads[1] > heads[0] + 1
        and all(is_item(line) for line in entry.lines[heads[0] + 1 : heads[1]])
        and all(patterns.search(r"\s[·|–—-]\s", entry.lines[at]) for at in heads)
    )
    marked = [line for _, _, line in dated if patterns.search(CURRENT, line)]
    # "- En cours : Ingénieur … chez CDVI" over dated jobs: held now, though no date says so.
    marked = marked or [line for line in entry.lines if patterns.match(_OPENED_NOW, line)]
    # Two jobs as items, one marked held now: "- Засновник · MD Academy · 2026 – дотепер".
    one_held = len(dated) == 2 and len(marked) == 1
    one_held = one_held and all(_job_line(line) for _, _, line in dated)
    if len(dated) == 2 and len(marked) == 1 and all(_dates_alone(line) for _, _, line in dated):
        # "COPASA" / "Função: Auxiliar" / "Fevereiro de 2021 - Dezembro de 2022", then the job
        # held now the same way: the lines of the block its dates close.
        at = next(at for _, at, line in dated if line in marked)
        earlier = min(a for _, a, _ in dated)
        start = earlier + 1 if at > earlier else 0  # not into the block above
        return tuple(entry.lines[max(start, at - 2) : at + 1])
    if len(dated) < 3 and not two and not one_held:
        return ()
    # Of two lines begun the same year, the one written first: a CV lists the newest first.
    newest = max(dated, key=lambda date: (date[0], -date[1]))
    held = tuple(marked[:2]) or (newest[2],)
    # '"Accenture Brasil": [' over '{"role": "AI & ML Associate Manager", … "Presente"}': the
    # employer standing alone on the line above, undated.
    at = entry.lines.index(held[0])
    above = entry.lines[at - 1] if at else ""
    plain = above and not line_started(above) and not is_item(above) and len(above) <= 80
    return (above, *held) if plain else held


# A line opening on the word that it is held now: "- En cours :", "Actuellement :", "Present -".
_OPENED_NOW = rf"(?i)^[-*]?\s*({NOW_WORDS})\s*[:–—-]"


def _dates_alone(line: str) -> bool:
    """ "Fevereiro de 2023 – Presente (2 meses)": a line of dates, in any language, its length
    in brackets after them; no item."""
    return (
        not is_item(line)
        and len(line.split()) <= 12
        and bool(patterns.match(rf"(?i)\W*({MONTH_NAME}|\d)", line))
    )


def details(line: str) -> bool:
    """A line saying more of the dated line above it: no date of its own, no item."""
    return line_started(line) is None and not is_item(line)


# Words that date a line without saying what it dates: months, "Present", "To".
def is_item(line: str) -> bool:
    """A list item's line ("- …"), not a line of an entry's own."""
    return line.lstrip().startswith(("- ", "* "))


_HEAD_LINES = 3


def later_job(entry: Entry, after: tuple[int, int] | None = None) -> tuple[str, ...]:
    """A job an entry's item opens with its span, begun after `after` (by default the entry's
    own start): "- January 2012 – July 2023 Welding Technician • GB Linings Ltd." in a 2010
    job, a Word export's list run on. The one such, with the line under it."""
    begun = after or started(entry)
    spans = [
        (start, at)
        for at, line in enumerate(entry.lines)
        if at >= _HEAD_LINES  # the entry's own first lines say it already
        and (span := patterns.search(DATE_SPAN, line)) is not None
        and span.start() <= 16  # the span opens the line
        and (start := line_started(line)) is not None
        and begun is not None
        and start > begun
    ]
    if len(spans) != 1:
        return ()  # none; or a list of dated rows, the job held now marked among them
    at = spans[0][1]
    return tuple(entry.lines[at : at + 2])
