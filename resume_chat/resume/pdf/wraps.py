"""Whether a PDF line goes on from the one above: a paragraph's or a list item's text wrapped
at the column's edge, or a long heading's; and where it starts anew though it would have fitted
(a field under a field, a dated title after a sentence)."""

from __future__ import annotations

from dataclasses import replace

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN, NOW_WORDS
from resume_chat.resume.months import MONTH_NAME
from resume_chat.resume.pdf.layout import Line, text_width

_FIELD_START = patterns.compile(r"[A-Z][\w&/ .-]{1,30}: ")
_DATED_END = rf"(?i)(?:{DATE_SPAN.removeprefix('(?i)')})\W*$"
_DATED_START = rf"(?i)^(?:{DATE_SPAN.removeprefix('(?i)')}|(?:19|20)\d\d)\s+(?=\w)"


def _full(previous: Line, line: Line) -> bool:
    """Whether `line`'s first word would not have fitted after `previous`: the text wrapped."""
    word = text_width(" " + line.text.split(" ", 1)[0], previous.size, previous.bold)
    return previous.end + word >= previous.left + 0.85 * (previous.right - previous.left)


def continues(previous: Line, line: Line) -> bool:
    """Whether `line` goes on from `previous`: same indent, size and weight; previous full."""
    if not _full(previous, line):
        return False
    if line.bullet or line.cells > 1 or previous.cells > 1:
        return False
    # An address alone on its line ("derbolb@gmail.com" under "Кыргызстан , Бишкек"), too long
    # to have fitted after the line above, is a line of its own: no sentence wraps onto one.
    if patterns.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+", line.text):
        return False
    if abs(previous.size - line.size) > 0.6 or previous.bold != line.bold:
        return False
    # "Programming Languages: Java…" over "Frameworks: Spring…": a field each; a sentence's end
    # over a title dated at its end ("… Aug 2025 – Present"): an entry begins.
    # So is one field after a value that is one word, a link or a handle ("https://…" over
    # "Instagram: @handle" in a sidebar of contacts).
    field = _FIELD_START.match(line.text)
    if field and (_FIELD_START.match(previous.text) or " " not in previous.text.strip()):
        return False
    if previous.text.endswith(".") and patterns.search(_DATED_END, line.text):
        return False
    # A list item's wrapped text hangs under its words, right of where its bullet was measured
    # (a bullet glyph drawn in the text's run is only guessed at), or goes back to the margin.
    # So does a numbered item's ("10. Chen R., Feng J. … Charge Transfer" over "Interactions").
    numbered = previous.bullet or bool(patterns.match(r"\d{1,3}[.)] ", previous.text))
    hanging = numbered and abs(line.x - previous.x) <= 2 * line.size
    hanging = hanging or _under_title(previous, line)
    if abs(line.x - previous.x) >= 0.3 * line.size and not hanging:
        return False
    if line.page != previous.page:
        return line.page == previous.page + 1
    return 0 < previous.y - line.y <= 1.8 * line.size


def _under_title(previous: Line, line: Line) -> bool:
    """moderncv's row: its dates in a margin column ("2025–Présent"), its title after them;
    the title's wrapped text goes on under the title ("de Moncton, Moncton, Canada.")."""
    dates = patterns.match(_DATED_START, previous.text)
    if dates is None:
        return False
    title = previous.x + text_width(dates.group(0), previous.size, previous.bold)
    return title - line.size <= line.x <= title + 2 * line.size


def unwrapped(lines: list[Line], body: float) -> list[Line]:
    """Lines in large or bold type that wrapped, joined back: a long heading is one heading.

    The second line of "Full-Stack Developer at NogginAI (2019 -" / "- 2020)" looks like a
    list item; a dash there is the heading's own text, so it comes back.
    """
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and _heading_wraps(previous, line, body):
            rest = f"{line.marker} {line.text}" if line.marker else line.text
            hyphen = previous.text.endswith("-") and previous.text[-2:-1].isalpha()
            text = previous.text + ("" if hyphen else " ") + rest
            out[-1] = replace(previous, text=text, y=line.y, end=line.end)
        else:
            out.append(line)
    return out


def _heading_wraps(previous: Line, line: Line, body: float) -> bool:
    """Whether `line` is the rest of the heading-type line `previous`, wrapped at the margin."""
    big = min(previous.size, line.size) >= body * 1.12
    if not (big or (previous.bold and line.bold)):
        return False
    # In heading type a leading dash is text ("- 2020)"); in body type, a bold list item.
    if previous.cells > 1 or line.cells > 1 or previous.bullet or (line.bullet and not big):
        return False
    if line.bullet and not line.marker:
        return False
    if abs(previous.size - line.size) > 0.6 or previous.bold != line.bold:
        return False
    if _FIELD_START.match(line.text):
        return False  # "Email: …" under "Mobile number: …", in a sidebar's large type
    same_column = previous.page == line.page and previous.left == line.left
    return same_column and 0 < previous.y - line.y <= 1.8 * line.size and _full(previous, line)


# A start date opening a row ("11/2012 Technicien de Production de vaccins"), and an end date
# alone on a line of its own ("03/2018", "Present"); a dash alone between them.
_STARTS = patterns.compile(r"^((?:\d{1,2}[./])?((?:19|20)\d\d))\b(?!\s*[-\u2013\u2014])\s*\S")
_LONE_END = patterns.compile(
    rf"(?i)^(?:(?:\d{{1,2}}[./])?((?:19|20)\d\d)|(?:{MONTH_NAME})\.? ((?:19|20)\d\d)|{NOW_WORDS})$"
)
_DASH = ("-", "\u2013", "\u2014")


def stacked_spans(lines: list[Line]) -> list[Line]:
    """Dates set one under the other in a narrow column, level with nothing: "11/2012" opening
    its job's row, "–" under it, then "03/2018" (a Word text box of dates beside each job),
    joined into the row's span ("11/2012 – 03/2018 Technicien…"). The other column's lines
    between them stay where they are."""
    out = list(lines)
    gone: set[int] = set()
    for i, line in enumerate(out):
        start = _STARTS.match(line.text)
        if start is None or i in gone:
            continue
        below = [
            j
            for j in range(i + 1, min(i + 12, len(out)))
            if out[j].page == line.page
            and abs(out[j].x - line.x) <= 1
            and 0 < line.y - out[j].y <= 3.5 * line.size
        ]
        dash = bool(below) and out[below[0]].text.strip() in _DASH
        end = below[int(dash)] if len(below) > int(dash) else None
        found = _LONE_END.match(out[end].text.strip()) if end is not None else None
        if end is None or found is None:
            continue
        year = found.group(1) or found.group(2)
        if year and int(year) < int(start.group(2)):
            continue  # a year under a later one: the next entry's, listed newest first
        rest = line.text[len(start.group(1)) :]
        out[i] = replace(line, text=f"{start.group(1)} \u2013 {out[end].text.strip()}{rest}")
        gone |= {end, *([below[0]] if dash else [])}
    return [line for i, line in enumerate(out) if i not in gone]


# A span left open at a row's right cell ("Data Analytics Consultant · 10/24 -") and a word
# for now alone at the right of the row under it ("Gestaltung und Realisierung … · laufend").
_OPEN_END = patterns.compile(r"^(.*\d)\s*[-\u2013\u2014]$")
_NOW_CELL = patterns.compile(rf"(?i)^(.*\S)\s+\u00b7\s+({NOW_WORDS})$")


def open_spans(lines: list[Line]) -> list[Line]:
    """A Chrome print of a two-cell row whose span wrapped: "10/24 -" at the right of the
    title's row, "laufend" at the right of the next; the word is put back after its dash."""
    out = list(lines)
    for i in range(len(out) - 1):
        line, below = out[i], out[i + 1]
        if line.cells < 2 or below.cells < 2 or below.page != line.page:
            continue
        start, end = _OPEN_END.match(line.text), _NOW_CELL.match(below.text)
        if start and end and 0 < line.y - below.y <= 2 * line.size:
            out[i] = replace(line, text=f"{start.group(1)} \u2013 {end.group(2)}")
            out[i + 1] = replace(below, text=end.group(1), cells=below.cells - 1)
    return out
