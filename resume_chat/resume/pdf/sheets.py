"""A PDF page's sheet: where its right edge is, and whether it holds two pages side by side."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resume_chat.resume.pdf.columns import Fragment


def two_up(frags: list[Fragment], page: Any) -> list[list[Fragment]]:
    """A landscape sheet printed as two pages side by side (a rirekisho's A3 form: the name
    and schooling left, the self-introduction right): its halves in turn, where no run
    crosses the middle and each half holds a fifth of the runs at least."""
    try:
        box = page.mediabox
        left, width, height = float(box.left), float(box.width), float(box.height)
    except Exception:  # a page with no box, or a broken one: one page
        return [frags] if frags else []
    middle = left + width / 2
    halves = [f for f in frags if f.x < middle], [f for f in frags if f.x >= middle]
    if (
        width < 1.2 * height
        or min(map(len, halves)) < 0.2 * len(frags)
        or any(f.x < middle - 2 and f.end > middle + 2 for f in frags)
    ):
        return [frags] if frags else []
    return list(halves)


def page_edge(page: Any) -> float:
    """The x of the page's right edge (its box need not start at 0)."""
    try:
        box = page.mediabox
        edge = max(float(box.left), float(box.right))
    except Exception:  # a page with no box, or a broken one: no edge to hold lines to
        return math.inf
    return edge if edge > 0 else math.inf
