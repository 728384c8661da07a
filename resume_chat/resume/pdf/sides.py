"""Two sections set side by side under one baseline of titles, read one after the other.

An Italian LaTeX CV ends its second page with "Competenze informatiche" beside "Attività
extracurriculari", then "Lingue" beside "Volontariato e altri Interessi", each title over its
own column of lines, row level with row. Read across, every row joins a skill to a hobby
("Rust, SALOME · Running (maratona di Parigi)") and only the first title is a section's.
Column by column, each title heads its own lines.
"""

from __future__ import annotations

from dataclasses import replace

from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.pdf.layout import Line

_CELL = " · "


def _titles(line: Line) -> tuple[str, str] | None:
    """ "Lingue · Volontariato e altri Interessi": two bold titles, each naming a kind."""
    if not line.bold or line.cells != 2 or line.text.count(_CELL) != 1:
        return None
    first, second = (part.strip() for part in line.text.split(_CELL))
    kinds = {section_kind(first), section_kind(second)}
    # "Website and Address · Contact Information": a header's labels, its lines the header's.
    return (first, second) if not kinds & {"other", "contact"} else None


def sides_split(lines: list[Line]) -> list[Line]:
    """The lines with each block under a row of two titles read left column, then right."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        titles = _titles(line)
        index += 1
        if titles is None:
            out.append(line)
            continue
        start = index
        middle = (line.left + line.right) / 2 if line.right > line.left else line.end / 2
        left = [replace(line, text=titles[0], cells=1, end=middle)]
        right = [replace(line, text=titles[1], cells=1, x=middle)]
        while index < len(lines):
            row = lines[index]
            # The columns go on until a line crosses the middle, or a title as big as theirs
            # ("Habilidades") heads the page again.
            if row.page != line.page or row.cells > 2 or _titles(row) is not None:
                break
            if row.bold and row.size >= line.size - 0.5 and section_kind(row.text) != "other":
                break
            if row.cells == 2 and row.text.count(_CELL) == 1:
                first, second = row.text.split(_CELL)
                left.append(replace(row, text=first, cells=1, end=middle))
                # A row of its own on the right is an item: nothing tells its wraps apart.
                right.append(replace(row, text=second, cells=1, x=middle, bullet=True))
            elif row.cells == 1 and row.x >= middle - row.size:
                right.append(row)
            elif row.cells == 1 and row.end <= middle + row.size:
                left.append(row)
            else:
                break
            index += 1
        if sum(row.cells == 2 for row in lines[start:index]) < 2:
            index = start  # no rows of two cells under the titles: no two columns either
            out.append(line)
            continue
        out += left + right
    return out
