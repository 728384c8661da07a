"""A contact block set in the page's second column, level with the name: the header's lines.

A Google Docs resume sets the name and objective at the left and the address, phone and email
at the top of a right-hand column that then holds the skills. Read column by column, the
address would come after the left column's last section (its studies), far from the name. The
lines at the top of a later column, above its first title and level with the first column's
header, go into the header, before the first column's first title.
"""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.pdf.layout import Line, in_capitals

# What a contact line holds: an address's @, a link, a phone's or a street's digits.
_CONTACT = patterns.compile(r"@|https?://|www\.|\d{3}")


def _titled(line: Line) -> bool:
    return line.bold or in_capitals(line.text)


def header_beside(columns: list[list[Line]]) -> list[list[Line]]:
    """The columns with the contact lines topping a later one moved into the first one's
    header (see the module's note); columns set otherwise, unchanged."""
    if len(columns) < 2 or not columns[0] or not columns[1]:
        return columns
    first, second = columns[0], columns[1]
    block = []
    for line in second:
        if _titled(line) or line.page != first[0].page:
            break
        block.append(line)
    # Level with the header: the block starts no lower than the first column's second line.
    top = first[min(1, len(first) - 1)]
    if not block or block[0].y < top.y or not any(_CONTACT.search(line.text) for line in block):
        return columns
    lowest = min(line.y for line in block)
    at = next(
        (i for i, line in enumerate(first) if i and _titled(line) and line.y < lowest),
        None,
    )
    if at is None:
        return columns
    return [[*first[:at], *block, *first[at:]], second[len(block) :], *columns[2:]]
