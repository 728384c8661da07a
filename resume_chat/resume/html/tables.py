"""HTML tables read as lines: a row's cells joined, a cell spanning rows leading the rows below
it, a row of one cell naming a section its title, a table of one cell inside another's cell that
cell's text."""

from __future__ import annotations

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
