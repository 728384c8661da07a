"""What is drawn on a page but is no text of the resume: a browser's print header and footer
("19.08.2026, 11:54 · CV Gennady Rudchenko", "localhost:63342/CV · 1/2"), whose runs across
the page hide its columns, and icons from an icon font (Font Awesome's private-use glyphs),
which made a heading's line two cells."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resume_chat.resume.pdf_columns import Fragment

_PRINTED_AT = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?\b")
_ADDRESS = re.compile(r"(?i)^\s*(?:https?://|file:/|localhost[:/]|about:blank|\S+\.html?\b)")
_PAGE_COUNT = re.compile(r"\b\d{1,3}\s*/\s*\d{1,3}\s*$")
_GAP = 1.5  # line heights between the printed line and the page's text
# Private-use characters, less the Symbol and Wingdings bullets Word draws (U+F0B7 "•",
# U+F0A7 "▪", U+F0D8 "➢", U+F076 "❖", U+F0FC "✓"), which mark items.
_ICON = re.compile(
    r"[\ue000-\uf075\uf077-\uf0a6\uf0a8-\uf0b6\uf0b8-\uf0d7\uf0d9-\uf0fb\uf0fd-\uf8ff]+"
)


def without_icons(frags: list[Fragment]) -> list[Fragment]:
    """The page's runs less those drawn in an icon font alone (a person's, a gear's glyph)."""
    return [frag for frag in frags if not _ICON.fullmatch(frag.text.strip())]


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
