"""Lines that hold only an entry's dates: "#### November 2020 - April 2022" under a job, and
a column of them set apart from the entries they date."""

from __future__ import annotations

from itertools import pairwise

from resume_chat import patterns
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import NOW_WORDS, SPAN_TO
from resume_chat.resume.months import MONTH_NAME
from resume_chat.resume.names.candidate import heading_level

# A town and its state's or country's code after the dates.
_CITY_STATE = patterns.compile(r"^[\s,·|(–-]*[A-Za-z][A-Za-z .'-]{1,30},\s*[A-Z]{2,3}\)?\s*$")
_WORK_MODES = frozenset({"Remote", "Hybrid", "Onsite", "On-site", "Full-time", "Part-time"})

# "Da giugno 2018 a oggi", "From May 2019": the word a span starts with.
_FROM = r"(?:(?:from|da|dal|dalla|de|desde|von|vom|du|od|depuis|since|seit|van|dès)\s+)?"
# "Estate 2014 e Estate 2016", "Summer 2019": a season for a month.
_SEASON = (
    r"summer|winter|spring|autumn|fall|estate|inverno|primavera|autunno|verano|invierno|otoño"
    r"|été|hiver|automne|printemps|sommer|frühling|herbst"
)
_DATES_ONLY = patterns.compile(
    rf"(?i)^[\W_]*{_FROM}(MONTH[\s\W]*(-|–|—|{SPAN_TO})[\s\W]*)?(MONTH)?"
    rf"((19|20)\d\d|\d\d?[./]\d{{4}})[\s\W]*(-|–|—|{SPAN_TO}|(?:and|e|y|und|et)\b|&)?[\s\W]*(MONTH)?"
    rf"((19|20)\d\d|\d\d?[./]\d{{4}}|{NOW_WORDS})?\b".replace(
        # "сентябрь/2008": a month and its year joined by a slash.
        "MONTH",
        f"(?:{MONTH_NAME}|(?:{_SEASON})\\b)[,/]? *",
    )
)

# "06/23 – 09/23", "09/23 – Present": months with two-digit years, only as a span (alone,
# "06/23" may be a score or a day).
_SHORT_SPAN = patterns.compile(
    rf"(?i)^[\W_]*(0?[1-9]|1[0-2])/\d\d\s*(-|–|—|{SPAN_TO})\s*((0?[1-9]|1[0-2])/\d\d|{NOW_WORDS})\b"
)

_UNSPACED_SCRIPT = f"[{scripts.KANA}{scripts.HAN}{scripts.HANGUL}]"


def only_dates(title: str) -> bool:
    """ "#### November 2020 - April 2022" under a job is its dates line, not a sub-section."""
    plain = title.replace("**", "")
    found = _DATES_ONLY.match(plain) or _SHORT_SPAN.match(plain)
    rest = plain[found.end() :] if found else title
    # "2004 | BMW, Ljubljana" names an employer after its year: a job, not a dates line.
    rest = _CITY_STATE.sub("", rest)  # "SEPTEMBER 2018 - PRESENT, HILLSBORO, OR": a place
    names = [name for name in patterns.findall(r"\b[A-Z][\w&.-]+", rest) if name not in _WORK_MODES]
    named = len(names) >= 2 or (bool(names) and bool(patterns.match(r"\s*[|·@]", rest)))
    # "2005 · 3 · 神奈川県立大磯高等学校卒業": a script written without spaces names its school
    # or employer in one run of letters; more than a year's and a month's marks are words.
    written = len(patterns.findall(_UNSPACED_SCRIPT, patterns.sub("[年月日]", "", rest)))
    words = len(patterns.findall(r"[^\W\d_]{3,}", rest))
    # "Summer 2025: TEM laboratory practice" is a title with its season: by a season, only
    # the dates themselves are a dates line ("Estate 2014 e Estate 2016").
    if found is None:
        return False
    seasonal = bool(patterns.search(rf"(?i)\b({_SEASON})\b", found.group(0)))
    return words <= (0 if seasonal else 3) and written < 3 and not named


# "2년 9개월", "1 yr 3 mos", "(2 years 9 months)", "3 года 2 месяца": how long a job lasted.
_DURATION = patterns.compile(
    r"(?i)^[\W_]*(?:\d+(?:[.,]\d)?\s*(?:years?|yrs?|months?|mos?|년|개월|年|ヶ月|か月|个月|лет|года?"
    r"|год|месяц\w*|мес\.?|anos?|años?|ans?|mois|jahre?|monate?|anni|mesi|lat|miesi\w+|y\u0131l|ay)"
    r"\s*(?:,|and|e|y|et|und|и|i)?\s*){1,2}[\W_]*$"
)


def only_duration(text: str) -> bool:
    """A job's length alone, set beside or under its dates ("2년 9개월"): never a title."""
    return bool(_DURATION.match(text.replace("**", "")))


# "Depuis 2015", "Since 2019", "Seit 2020": a start year alone is a dates line too.
_SINCE = patterns.compile(
    r"(?i)^\W*(depuis|since|seit|desde|dal|od|sejak)\s+(\S+\s+)?(19|20)\d\d\W*$"
)


_BOLD_LINE = patterns.compile(r"^\*\*[^*]{3,120}\*\*\s*$")


def dates_alone(line: str) -> bool:
    """A plain line of an entry's dates and nothing else ("Since 2019" too)."""
    text = line.strip()
    return (
        bool(text)
        and not heading_level(text)
        and bool(patterns.search(r"(19|20)\d\d", text) or _SHORT_SPAN.match(text))
        and len(text) <= 40
        and (only_dates(text) or bool(_SINCE.match(text)))
    )


def _dated(lines: list[str], head: int) -> bool:
    """The entry shows a year in its heading or in the line under it."""
    after = next((line for line in lines[head + 1 :] if line.strip()), "")
    return bool(patterns.search(r"(19|20)\d\d", lines[head])) or dates_alone(after)


def spread_date_column(lines: list[str]) -> list[str]:
    """ "2015-2016", "2011-2015", "2010-2011" stacked in a column of their own (a Word table
    floating beside the entries) over as many entry headings with no dates under them: each
    date goes back under its entry, in order."""
    out = list(lines)
    i = 0
    while i < len(out):
        run: list[int] = []
        j = i
        while j < len(out) and (not out[j].strip() or dates_alone(out[j])):
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
