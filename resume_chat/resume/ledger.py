# ruff: noqa: RUF001, RUF003 - Japanese brackets and marks, as a real 履歴書 writes them
"""A Japanese résumé's ledger (履歴書): rows of year · month · event, read as dated entries.

The JIS form lists schooling and work as one row per event, a year, a month and what
happened: "平成 6 · 8 · 株式会社クボテック 入社" (joined), later "平成7 · 6 · 株式会社クボテック
退職" (left), often in the era's years (平成7 is 1995). A reader sees a job in the two rows;
every later step sees a date on each, never a span. So each organisation's rows become one
entry, its heading the organisation and its first line the span in western years
("1994.08 – 1995.06"), the rows themselves kept under it as written. A table's header row
("年 · 月 · 学歴・職歴", "入社 · 退職 · 職歴") names its section.
"""

from __future__ import annotations

import itertools
from difflib import SequenceMatcher
from typing import NamedTuple

from resume_chat import patterns
from resume_chat.resume.names.candidate import heading_level

# The eras' first years: 平成元年 (its first) is 1989.
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
_YEAR = r"(?:(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)|(?:19|20)\d\d)"
# "- 平成 6 · 8 · 株式会社クボテック 入社", "2009 · 4 サザンウィング… 入学", "2011年04月 · …".
_ROW = patterns.compile(
    rf"^\s*(?:[-*]\s+)?(?P<year>{_YEAR})\s*年?\s*·?\s*(?P<month>\d{{1,2}})\s*月?"
    r"(?:\s*·\s*|\s+)(?P<text>\S.*)$"
)
# "2017~2020 · 4~7 · 『株式会社セラク』 · Data Scientist": a span in one row.
_SPAN_ROW = patterns.compile(
    r"^\s*(?:[-*]\s+)?(?P<start>(?:19|20)\d\d)\s*[~〜～]\s*(?P<end>(?:19|20)\d\d)\s*·\s*"
    r"(?P<first>\d{1,2})\s*[~〜～]\s*(?P<last>\d{1,2})\s*·\s*(?P<text>\S.*)$"
)
# "2011年04月 · 2014年05月 · スーパー三和 (パートタイム)" under "入社 · 退職 · 職歴".
_DATE = r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月"
_PAIR_ROW = patterns.compile(
    rf"^\s*(?:[-*]\s+)?(?P<start>{_DATE})\s*·\s*(?P<end>{_DATE}|現在|在職中)\s*·\s*(?P<text>\S.*)$"
)
_JOINED = "入社|入職|入所|入庁|入行|入局|入学|入団|就職|就任|着任|進学|編入学?|転入学?"
# "フリーランス・エンジニアとして独立": a start whose words say what, not where, kept whole.
_STARTED = patterns.compile(r"(?:開業|設立|独立|起業)$")
_LEFT = (
    "退社|退職|退所|退庁|退行|卒業(?:見込み?)?|修了(?:見込み?)?|中退|退学|満了|閉業|離職|退任"
    "|(?:退社|退職|離職|退任)しました|会社を離れました"
)
# "学期終了に伴い、契約期間満了のため離職。": why one left, not where: the row ends the job
# above it.
_REASON = patterns.compile(r"(?:ため|伴い|により|につき|都合)[、，,]?$|^$")
_NOW = patterns.compile(r"\s*[(（]?(?:現在に至る|在職中|在籍中|在学中)[)）]?\s*$")
_MARK = patterns.compile(rf"\s*(?:·\s*)?(?P<mark>{_JOINED}|{_LEFT})[\s。.]*$")
_LEFT_MARK = patterns.compile(rf"^(?:{_LEFT})$")
# "- 年 · 月 · 学歴・職歴（各別にまとめて書く）", "- 年 · 月 · 学 · 歴", "入社 · 退職 · 職歴".
_HEADER = patterns.compile(
    r"^\s*(?:[-*]\s+)?(?:年[\s·]+月|入社[\s·]+退職)[\s·]+(?P<title>[^\d()（]{1,16}?)"
    r"\s*(?:[(（].*)?$"
)
# A school's marks: the rows of a combined table ("学歴・職歴") that are its schooling.
_SCHOOL_MARK = patterns.compile(r"(?:入学|卒業|修了|中退|退学|進学|編入学?|転入学?)(?:見込み?)?$")
# A spreadsheet's next column on the row, after a wide gap: no part of the event.
_COLUMN_GAP = patterns.compile(r"\t|\s{4,}")
# An organisation's name in a row is short; the fuzzy comparison costs its length squared.
_LONGEST_NAME = 120
_OPEN_AT_ONCE = 20  # organisations joined and not yet left, looked back over
_TITLES = patterns.compile(r"^(?:学歴|職歴|学歴・職歴|免許・資格|資格・免許|免許|資格|賞罰)$")
# The form's fields of free text, each a paragraph of its own: "志望の動機、特技、好きな学科…",
# "本人希望記入欄（特に給料・職種…）", "志望職種" (the post wanted).
_FIELDS = patterns.compile(
    r"^(?:志望の動機|志望動機|本人希望記入欄|自己PR|自己ＰＲ|趣味・特技|通勤時間|志望職種|希望職種)"
)
# "【志望理由】", "- 【称号・受賞・資格】": a title in lenticular brackets, alone on its line.
_BRACKETED = patterns.compile(r"^\s*(?:[-*]\s+)?【(?P<title>[^【】./:]{1,20})】\s*$")


class Row(NamedTuple):
    line: int  # its line's number
    start: str  # "1994.08"; "" for a row that only ends something
    end: str  # "1995.06", "現在"; "" while open
    name: str  # the organisation, its mark of joining or leaving gone
    joined: bool
    school: bool = False  # marked as schools mark their rows: joined, graduated


def _year(written: str) -> int:
    era = written[:2]
    if era in ERAS:
        number = written[2:].strip()
        return ERAS[era] + (0 if number == "元" else int(number) - 1)
    return int(written)


def _date(year: str, month: str) -> str:
    return f"{_year(year)}.{int(month):02d}"


def _written_date(text: str) -> str:
    """ "2011年04月" → "2011.04"; "現在" stays."""
    found = patterns.match(r"(\d{4})\s*年\s*(\d{1,2})", text)
    return _date(found.group(1), found.group(2)) if found else text


def _title(header: str) -> str:
    """ "学 · 歴" → "学歴", "学　歴・職　歴" → "学歴・職歴": a title spread over cells; "学歴・職歴
    など" (and so on) the same title."""
    return patterns.sub(r"[\s·]+|(?:など|等)$", "", header)


def _row(number: int, line: str) -> Row | None:
    """The row a line is, with the line's `number`; None for a line that is no row."""
    if found := _SPAN_ROW.match(line):
        start, end = _date(found["start"], found["first"]), _date(found["end"], found["last"])
        return Row(number, start, end, found["text"].strip(), False)
    if found := _PAIR_ROW.match(line):
        start, end = _written_date(found["start"]), _written_date(found["end"])
        return Row(number, start, "現在" if end == "在職中" else end, found["text"].strip(), False)
    found = _ROW.match(line)
    if found is None:
        return None
    date, text = _date(found["year"], found["month"]), found["text"].strip()
    text = _COLUMN_GAP.split(text, maxsplit=1)[0]
    now = _NOW.search(text)
    text = text[: now.start()] if now else text
    mark = _MARK.search(text)
    name = (text[: mark.start()] if mark else text).strip(" ·")
    if not mark and _STARTED.search(text):
        return Row(number, date, "現在" if now else "", text, True)
    school = bool(mark and _SCHOOL_MARK.match(mark["mark"]))
    if now:
        return Row(number, date if name else "", "現在", name, bool(name), school)
    if mark and _LEFT_MARK.match(mark["mark"]):
        return Row(number, "", date, name, False, school)
    return Row(number, date, "", name, bool(mark), school)


def _same(one: str, other: str) -> bool:
    """One organisation written twice, a letter or two apart ("大阪府立に枚方西高等学校"); a
    name past a row's length (a stranger's file) must be written alike."""
    if not one or not other:
        return False
    if one in other or other in one:
        return True
    if max(len(one), len(other)) > _LONGEST_NAME:
        return False
    return SequenceMatcher(None, one, other).ratio() >= 0.75


def _entries(rows: list[Row]) -> list[list[Row]]:
    """The rows grouped by organisation: a joining row with the row that ends it."""
    groups: list[list[Row]] = []
    open_groups: list[list[Row]] = []
    for row in rows:
        if not row.start and not row.name and open_groups:  # "2025 · 3 在職中": the last one
            open_groups[-1].append(row)
            open_groups.pop()
            continue
        unended = next((g for g in reversed(groups[-_OPEN_AT_ONCE:]) if not g[-1].end), None)
        if not row.start and _REASON.search(row.name) and unended and not unended[0].school:
            # "…のため、会社を離れました。" under "令和 5年 7 · フリーランス": its end.
            unended.append(row)
            if unended in open_groups:
                open_groups.remove(unended)
            continue
        if not row.start:
            # The latest few still open: a form holds a handful; a stranger's file of ten
            # thousand joinings would cost every pair's comparison.
            recent = reversed(open_groups[-_OPEN_AT_ONCE:])
            opened = next((g for g in recent if _same(g[0].name, row.name)), None)
            if opened is not None:
                opened.append(row)
                open_groups.remove(opened)
                continue
        groups.append([row])
        if row.joined and not row.end:
            open_groups.append(groups[-1])
    return groups


def _heading(group: list[Row], level: int) -> list[str]:
    start = next((row.start for row in group if row.start), "")
    end = next((row.end for row in group if row.end), "")
    span = f"{start} – {end}" if start and end else start or end
    return ["#" * min(level + 1, 6) + " " + group[0].name, span]


def _section_rows(lines: list[str], first: int, last: int) -> list[Row]:
    return [row for i in range(first, last) if (row := _row(i, lines[i])) is not None]


def _headed(lines: list[str]) -> list[str]:
    """Each header row a heading of the section it names, a repeated one (the form's next
    page) dropped so that its rows run on in the section before it; the form's free-text fields
    and bracketed titles headings too."""
    out: list[str] = []
    seen: set[str] = set()
    level = 2  # a form's parts are the résumé's sections, however deep the form's headings
    for line in lines:
        found = _HEADER.match(line)
        title = _title(found["title"]) if found else ""
        # "- 学 歴", "- 職 歴": a combined table's row naming the part under it.
        spread = patterns.fullmatch(r"\s*(?:[-*]\s+)?(\S(?:[\s·\u3000]+\S){1,4})\s*", line)
        if not title and spread and _TITLES.match(_title(spread[1])):
            out.append("#" * level + " " + _title(spread[1]))
            continue
        if not _TITLES.match(title):
            out.append(line)
            if _FIELDS.match(line) and len(line) <= 80:
                out[-1] = "#" * level + " " + line.strip()
            elif bracketed := _BRACKETED.match(line):
                out[-1] = "#" * level + " " + bracketed["title"].strip()
            # "免許・資格" alone under "年" and "月", each a paragraph of its own.
            above = [text.strip() for text in out[-6:-1] if text.strip()]
            if _TITLES.match(line.strip()) and above[-2:] == ["年", "月"]:
                out[-1] = "#" * level + " " + line.strip()
            continue
        out.append("" if title in seen else "#" * level + " " + title)
        seen.add(title)
    return out


def ledgers(lines: list[str]) -> list[str]:
    """The lines with each section of dated event rows (two at least, one marked as joining
    or leaving, or spans) made one entry per organisation under the section's heading."""
    shapes = (_ROW, _SPAN_ROW, _PAIR_ROW)
    if not any(shape.match(line) for line in lines for shape in shapes):
        return lines
    lines = _headed(lines)
    bounds = [i for i, line in enumerate(lines) if heading_level(line)] + [len(lines)]
    out = lines[: bounds[0]]
    for first, last in itertools.pairwise(bounds):
        rows = _section_rows(lines, first + 1, last)
        marked = [row for row in rows if row.end or row.joined]
        if len(rows) < 2 or not marked:
            out += lines[first:last]
            continue
        out += _entries_placed(lines, first, last, _entries(rows))
    return out


def _entries_placed(lines: list[str], first: int, last: int, grouped: list[list[Row]]) -> list[str]:
    """The section's lines, each group's rows under a heading where its first row was. A
    table of both ("学歴・職歴") with no row naming its parts is parted by the rows' marks."""
    level = heading_level(lines[first])
    combined = lines[first].split(" ", 1)[-1] == "学歴・職歴"
    schools = {group[0].line for group in grouped if any(row.school for row in group)}
    out = [f"{'#' * level} 学歴" if combined and schools else lines[first]]
    placed = {group[0].line: group for group in grouped}
    moved = {row.line for group in grouped for row in group[1:]}
    parted = not combined or not schools
    for i in range(first + 1, last):
        if i in placed:
            if not parted and i not in schools:
                out += ["", f"{'#' * level} 職歴"]
                parted = True
            group = placed[i]
            out += ["", *_heading(group, level), *(lines[row.line] for row in group), ""]
        elif i not in moved:
            out.append(lines[i])
    return out
