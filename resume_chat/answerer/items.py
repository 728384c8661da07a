"""A quote's items: those under a line that opens a list, the item a nested one describes."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.shifted import title_item
from resume_chat.resume.date_spans import DATE_SPAN

_LISTED = 8  # the items a line ending in a colon brings with it, at most


def with_its_list(index: ResumeIndex, quote: Quote) -> Quote:
    """A quote ending on a line that opens a list ("Provided aid in courses including:")
    says nothing without the items under it: they come with it."""
    # "**Certifications & Professional Development:**" set bold opens its list as well.
    if not quote.lines or not quote.lines[-1].rstrip(" *").endswith(":"):
        return quote
    number = entry_holding(index, quote.citation, quote.lines[-1:])
    if number is None:
        return quote
    lines = index.entries[number].lines
    items = []
    for line in lines[lines.index(quote.lines[-1]) + 1 :][:_LISTED]:
        if not line.lstrip().startswith(("- ", "* ")) or line in quote.lines:
            break
        items.append(line)
    return Quote(quote.citation, quote.lines + tuple(items))


def with_its_title(index: ResumeIndex, quote: Quote) -> Quote:
    """A job quoted from the line under its title's item ("- Consolidated Edison | November
    2016 - February 2022" under "- System Engineer", carried down to it): the title first."""
    number = entry_holding(index, quote.citation, quote.lines[:1]) if quote.lines else None
    lines = index.entries[number].lines if number is not None else ()
    if len(lines) < 2 or quote.lines[0] != lines[1] or not title_item(lines[0]):
        return quote
    if not patterns.search(DATE_SPAN, lines[1]):
        return quote  # "- Maya, Zbrush" over "- Permiso de conducir": a list, no job's title
    return Quote(quote.citation, (lines[0], *(line for line in quote.lines if line != lines[0])))


def with_its_item(index: ResumeIndex, quote: Quote) -> Quote:
    """A nested item ("  - Deep Learning 向けフレームワーク") quoted without the item it is
    under ("- Keras / TensorFlow / PyTorch"), which it only describes: the item comes first."""
    if not any(line[:1] == " " and line.lstrip()[:2] in ("- ", "* ") for line in quote.lines):
        return quote
    number = entry_holding(index, quote.citation, quote.lines)
    lines = index.entries[number].lines if number is not None else ()
    out: list[str] = []
    for line in quote.lines:
        depth = _depth(line)
        at = lines.index(line) if line[:1] == " " and line.strip() and line in lines else 0
        above = next((lines[i] for i in range(at - 1, -1, -1) if _depth(lines[i]) < depth), "")
        if above.lstrip()[:2] in ("- ", "* ") and above not in out and above not in quote.lines:
            out.append(above)
        out.append(line)
    return Quote(quote.citation, tuple(out))


def _depth(line: str) -> int:
    """A line's indent; a blank line's is deeper than any, so it is never an item's parent."""
    return len(line) - len(line.lstrip()) if line.strip() else 1 << 10


def entry_holding(index: ResumeIndex, citation: str, lines: tuple[str, ...]) -> int | None:
    """The number of the first entry under this citation that holds all these lines."""
    return next(
        (
            number
            for number, entry in enumerate(index.entries)
            if entry.citation == citation and all(line in entry.lines for line in lines)
        ),
        None,
    )
