"""HTML tables read as lines: a row's cells joined, a cell spanning rows leading the rows below
it, a row of one cell naming a section its title, a table of one cell inside another's cell that
cell's text."""

from __future__ import annotations

import itertools
from typing import NamedTuple

from resume_chat import patterns
from resume_chat.resume.html.text import section_row
from resume_chat.resume.kinds.classifier import names_kind

# A rowspan past this is someone's typo or an attack; a resume table has a few rows.
_MAX_SPAN = 50
# A table of one cell that is all of another table's cell (Word's box around a school's name
# in a row): its text, that cell's. (A one-cell table on its own, a title's box, stays.)
_ONE_CELL = patterns.compile(
    r"(?is)(<t[dh][^>]*>)\s*<table[^>]*>\s*(?:<tbody[^>]*>\s*)?<tr[^>]*>\s*<t[dh][^>]*>"
    r"((?:(?!<t[dhr][\s>]|<table|</t[dh]>).)*)</t[dh]>\s*</tr>\s*(?:</tbody>\s*)?</table>"
    r"\s*(?=</t[dh]>)"
)


# The tags that make a table.
_TABLE_TAG = patterns.compile(r"(?i)<(/?)(table|tbody|thead|tfoot|tr|td|th)\b[^>]*>")


def layout_tables_opened(html: str) -> str:
    """The HTML with each table that lays out a page written as blocks, so that its cells keep
    their lines, headings and items: a table of one column (a page laid out a section a table,
    "<table><tr><td><p class=title>Formation</p><ul><li>…"), or one a cell of which holds a
    column of the page (Google Docs' two columns). A table of fields ("Date · 01.07.2021";
    headings set in its cells as labels) stays one, as does a table inside a layout."""
    opened: list[_Table] = []
    layout: list[tuple[int, int, str]] = []  # the tags to write as blocks: start, end, "<"/"</"
    for tag in _TABLE_TAG.finditer(html):
        mark, name = "</" if tag.group(1) else "<", tag.group(2).lower()
        if name == "table" and mark == "<":
            opened.append(_Table([(tag.start(), tag.end(), mark)], [0]))
        elif opened and name != "table":
            opened[-1].tags.append((tag.start(), tag.end(), mark))
            if name in ("td", "th") and mark == "<":
                opened[-1].cells[-1] += 1
            elif name == "tr" and mark == "<":
                opened[-1].cells.append(0)
        elif opened:
            table = opened.pop()
            table.tags.append((tag.start(), tag.end(), mark))
            if max(table.cells) <= 1 or _cell_of_blocks(html, table.tags):
                layout += table.tags
    if not layout:
        return html
    out: list[str] = []
    last = 0
    for start, end, mark in sorted(layout):
        # A cell's own first words are a title when they name a section, as a row of one
        # cell's are ("Education" over the rows).
        cell = mark == "<" and patterns.match(r"(?i)<t[dh]\b", html[start:end])
        out += [html[last:start], '<div class="cell-title">' if cell else f"{mark}div>"]
        last = end
    return "".join(out) + html[last:]


# A cell holding a column of a page, not a value: paragraphs, items or headings, many.
_BLOCK = patterns.compile(r"(?i)<(?:p|li|h[1-6])\b")
_PAGE_CELL = 8


def _cell_of_blocks(html: str, tags: list[tuple[int, int, str]]) -> bool:
    """A cell of the table holds a page's column: eight paragraphs or more ("<td><p>EXPÉRIENCES
    </p><p>Lead Développeur…</p>…", Google Docs' two columns); a form's cell holds a value."""
    for (_, end, mark), (start, _, _) in itertools.pairwise(tags):
        if mark == "<" and len(_BLOCK.findall(html, end, start)) >= _PAGE_CELL:
            return True
    return False


class _Table(NamedTuple):
    tags: list[tuple[int, int, str]]  # its own tags (not a nested table's): start, end, mark
    cells: list[int]  # the cells of each of its rows so far


def one_cells_unwrapped(html: str) -> str:
    """The HTML with each one-cell table that fills another table's cell replaced by its text."""
    return _ONE_CELL.sub(r"\1\2", html)


class TableRows:
    """The tables open at a point of a page, and the row in progress: its cells so far and the
    cells above it that span down into it."""

    def __init__(self) -> None:
        self.cells: list[str] | None = None  # the cells of the row in progress, if one is open
        self.tables = 0  # open <table> elements: a stray </table> ends nothing
        self._span = 1  # rowspan of the cell in progress
        self._spanning: list[tuple[str, int]] = []  # (text, rows it still spans)
        self._fresh: set[int] = set()  # which of them opened in the row in progress

    def cell_opened(self, rowspan: str | None) -> None:
        """A <td> or <th> opens, spanning `rowspan` rows."""
        span = rowspan or "1"
        self._span = min(int(span), _MAX_SPAN) if span.isdigit() else 1

    def cell_closed(self, text: str) -> None:
        """The cell in progress ends with this text (none: an empty cell, not counted)."""
        if text and self.cells is not None:
            self.cells.append(text)
            if self._span > 1:
                self._fresh.add(len(self._spanning))
                self._spanning.append((text, self._span - 1))
        self._span = 1

    def row_closed(self, text: str) -> list[str]:
        """The row ends, its last cell holding `text`: its lines, carried cells first."""
        self.cell_closed(text)
        cells, self.cells = self.cells or [], None
        carried = [
            span for place, (span, _) in enumerate(self._spanning) if place not in self._fresh
        ]
        self._spanning = [
            (span, left if place in self._fresh else left - 1)
            for place, (span, left) in enumerate(self._spanning)
        ]
        self._spanning = [(span, left) for span, left in self._spanning if left > 0]
        self._fresh = set()
        if len(cells) == 1 and not carried and names_kind(cells[0]):
            # A row of one cell across the table naming a section ("Education" over the
            # dated rows, as reStructuredText grid tables of CVs set it): that section.
            return ["## " + cells[0]]
        if len(cells) >= 2 and not carried and section_row(cells):
            # A layout table whose rows are sections, each titled in its first cell ("Skills ·
            # Self-teaching …", "Education · IT - La Camaradière …"): a section a row.
            return ["## " + cells[0], " · ".join(cells[1:])]
        return ["- " + " · ".join([*carried, *cells])] if cells else []
