"""What a browser prints around a page: the date and the title above it, the address and the
page count below it ("19.08.2026, 11:54 · CV Gennady Rudchenko", "localhost:63342/CV · 1/2").
They are no part of the resume, and their runs across the page hide its columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_chat import patterns

if TYPE_CHECKING:
    from resume_chat.resume.pdf.columns import Fragment

_PRINTED_AT = patterns.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?\b")
_ADDRESS = patterns.compile(r"(?i)^\s*(?:https?://|file:/|localhost[:/]|about:blank|\S+\.html?\b)")
_PAGE_COUNT = patterns.compile(r"\b\d{1,3}\s*/\s*\d{1,3}\s*$")
_GAP = 1.5  # line heights between the printed line and the page's text


def without_print_chrome(frags: list[Fragment]) -> list[Fragment]:
    """The page's runs less a browser's header row (dated) and footer row (an address and a
    page count), each set apart at the page's top or bottom edge."""
    rows: dict[int, list[Fragment]] = {}
    for frag in frags:
        rows.setdefault(round(frag.y), []).append(frag)
    if len(rows) < 3:
        return frags
    ys = sorted(rows, reverse=True)
    dropped: set[int] = set()
    for edge, inner, pattern in ((ys[0], ys[1], _PRINTED_AT), (ys[-1], ys[-2], _ADDRESS)):
        row = sorted(rows[edge], key=lambda frag: frag.x)
        text = " ".join(frag.text.strip() for frag in row)
        apart = abs(edge - inner) >= _GAP * max(frag.size for frag in row)
        footer = pattern is _PRINTED_AT or _PAGE_COUNT.search(text)
        if apart and footer and pattern.search(text):
            dropped.update(id(frag) for frag in row)
    return [frag for frag in frags if id(frag) not in dropped]
