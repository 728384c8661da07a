"""A contact block set in the page's second column, level with the name: the header's lines.

A Google Docs resume sets the name and objective at the left and the address, phone and email
at the top of a right-hand column that then holds the skills. Read column by column, the
address would come after the left column's last section (its studies), far from the name. The
lines at the top of a later column, above its first title and level with the first column's
header, go into the header, before the first column's first title.
"""

from __future__ import annotations

from collections import Counter

from resume_chat import patterns
from resume_chat.resume.pdf.layout import Line, in_capitals

# What a contact line holds: an address's @, a link, a phone's or a street's digits.
_CONTACT = patterns.compile(r"@|https?://|www\.|\d{3}")
# A header's block beside the title: a date, a name, an address and a phone or two.
_HEADER_LINES = 4


def _titled(line: Line) -> bool:
    return line.bold or in_capitals(line.text)


def header_beside(columns: list[list[Line]]) -> list[list[Line]]:
    """The columns with the contact lines topping a later one moved into the first one's
    header (see the module's note); columns set otherwise, unchanged."""
    if len(columns) < 2 or not columns[0] or not columns[1]:
        return columns
    first, second = columns[0], columns[1]
    # A first column that sets no title bold or in capitals ("■ 職務要約", larger only): the
    # header's few lines beside it end where the column's next lines are set apart.
    untitled = not any(_titled(line) for line in first)
    block: list[Line] = []
    for line in second:
        if _titled(line) or line.page != first[0].page:
            break
        apart = bool(block) and block[-1].y - line.y > 3 * max(line.size, block[-1].size)
        if untitled and apart and len(block) <= _HEADER_LINES:
            break
        block.append(line)
    # Level with the header: the block starts no lower than the first column's second line.
    top = first[min(1, len(first) - 1)]
    if not block or block[0].y < top.y or not any(_CONTACT.search(line.text) for line in block):
        return columns
    lowest = min(line.y for line in block)
    # Before the first title under it, bold or in capitals; in an untitled column, the first
    # line set larger than its text.
    body = Counter(round(line.size) for line in first).most_common(1)[0][0]
    below = [i for i, line in enumerate(first) if i and line.y < lowest]
    at = next((i for i in below if _titled(first[i])), None)
    if at is None and untitled:
        at = next((i for i in below if round(first[i].size) > body), None)
    if at is None:
        return columns
    return [[*first[:at], *block, *first[at:]], second[len(block) :], *columns[2:]]
