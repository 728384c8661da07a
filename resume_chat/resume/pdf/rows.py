# ruff: noqa: RUF002 - Russian table cells, as a real CV writes them
"""A table's row whose cells wrap: Word exports "01.07.2006 – 30.07.2006 | ООО «Очаковский
молочный | оператор по обработке" and, on the baselines under it, the rest of each cell
("завод», отдел по работе с | документов"). Read line by line, the employer and the position are
cut in two; joined cell by cell, the row says what a person reads across it."""

from __future__ import annotations

from dataclasses import replace

from resume_chat import patterns
from resume_chat.resume.date_spans import dated_cell
from resume_chat.resume.pdf.layout import Line, text_width

_CELL = " · "
_BROKEN = patterns.compile(r"[^\W\d_]-$")  # "Ma-" over "nagement": one word


def rows_joined(lines: list[Line]) -> list[Line]:
    """Each dated row of cells with the lines that go on its cells, joined cell by cell."""
    joined: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        cells = _cells(line)
        if cells is None or len(cells) < 2 or not dated_cell(cells[0]):
            joined.append(line)
            index += 1
            continue
        texts, last = [[cell] for cell in cells], line
        ends = [end for _, end in line.spans]
        index += 1
        while index < len(lines):
            columns = _columns(lines[index], line, last, ends)
            if columns is None:
                break
            cells_below = zip(_cells(lines[index]) or [], lines[index].spans, strict=True)
            for column, (cell, (_, end)) in zip(columns, cells_below, strict=True):
                texts[column].append(cell)
                ends[column] = end
            last = lines[index]
            index += 1
        text = _CELL.join(_joined(parts) for parts in texts)
        joined.append(replace(line, text=text, end=max(line.end, last.end)))
    return joined


def _cells(line: Line) -> list[str] | None:
    cells = line.text.split(_CELL)
    return cells if line.spans and len(cells) == len(line.spans) else None


def _columns(line: Line, row: Line, last: Line, ends: list[float]) -> list[int] | None:
    """Which of the row's columns each cell of `line` goes on, if it goes on the row: straight
    under the last line, no bullet, no new dates, each cell under a column's edge (the first
    column's may be centred), and one of them where the text above it ran to the next column."""
    cells = _cells(line)
    if cells is None or line.bullet or line.page != row.page or line.bold != row.bold:
        return None
    if not 0 < last.y - line.y <= 1.5 * row.size or abs(line.size - row.size) > 0.6:
        return None
    if line.spans[0][0] < row.spans[1][0] - row.size and dated_cell(cells[0]):
        return None  # the next row's dates
    starts = [first for first, _ in row.spans]
    columns: list[int] = []
    for first, _ in line.spans:
        found = next((k for k, x in enumerate(starts) if abs(first - x) <= 2), None)
        if found is None and first < starts[1] - row.size:
            found = 0  # a centred first column: its lines start where they fit
        if found is None or (columns and found <= columns[-1]):
            return None
        columns.append(found)
    bounds = [*starts[1:], row.right]
    wrapped = any(
        column > 0
        and ends[column] + text_width(" " + cell.split(" ", 1)[0], row.size, row.bold)
        >= bounds[column] - 0.5 * row.size
        for column, cell in zip(columns, cells, strict=True)
    )
    return columns if wrapped else None


def _joined(parts: list[str]) -> str:
    text = parts[0]
    for part in parts[1:]:
        glued = _BROKEN.search(text) and part[:1].islower()
        text = text[:-1] + part if glued else f"{text} {part}"
    return text
