"""A PDF page's text runs, and the columns they are set in."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from resume_chat.resume.pdf.gutter import (
    cells,
    dates_beside,
    labels,
    runs_into,
    shared_rows,
    sidebar,
)
from resume_chat.resume.pdf.layout import text_width

# Bound on the gutter search, so a page of a million glyphs stays linear.
MAX_EDGES = 40
_HEADER_LINES = 5  # a name, a headline and contact lines across the page, over two columns


@dataclass
class Fragment:
    """A piece of text drawn at one position, in one font."""

    x: float
    y: float
    size: float
    bold: bool
    text: str
    placed: bool = True  # False when its x is a guess: it followed the last run unplaced
    width: float | None = None  # from the font's glyph widths; None: guessed from the letters
    blind: bool = False  # its font's widths pypdf read as 0 (Figma's): its spaces are guesses
    lead: float = 0.0  # drawn this far past the last run's end, where it follows it unplaced
    # Its width's share that is pypdf's leading space, in a font with no space to draw (XeTeX's
    # words, each placed on its own): the glyphs end this much before `end`.
    undrawn: float = 0.0

    @property
    def end(self) -> float:
        if self.width is None:
            return self.x + text_width(self.text, self.size, self.bold)
        return self.x + self.width


def columns(frags: list[Fragment]) -> list[list[Fragment]]:
    """A page's runs in reading order: split at a gutter that text runs beside but never across
    (else one column), and read by section bands where the sections run across both."""
    from resume_chat.resume.pdf.margins import margin_titles, side_titles  # built on this

    edges = Counter(round(f.x) for f in frags)  # a column's left edge starts many lines
    gutters = sorted(x for x, count in edges.most_common(MAX_EDGES) if count >= 3)
    # A column of centred lines (Canva's sidebar on the right) has no edge that recurs: the
    # gutter is where the text beside it ends, an empty band down the page.
    band = _empty_band(frags)
    gutters = sorted({*gutters, band}) if band is not None else gutters
    for gutter in gutters:
        left = [f for f in frags if f.x < gutter - 1]
        right = [f for f in frags if f.x >= gutter - 1]
        # The first edge is the page's margin, unless a column of its own lies left of it,
        # its lines centred (Canva): no edge of theirs recurs. Titles in the margin are none.
        page_margin = gutter == gutters[0] and len(left) < 0.25 * len(frags)
        if (
            page_margin
            or min(len(left), len(right)) < 4
            or (min(len(left), len(right)) < 0.1 * len(frags) and not sidebar(left, right, gutter))
        ):
            continue
        titled = margin_titles(left, right) or side_titles(left, right)
        if titled:
            return titled
        # Text running across the gutter beside the right column: one column. A header of a
        # few short lines above both columns (the name, the address) does not count; prose
        # running to the right margin above them (a summary) does.
        # The right column's top is its first line of its own: a header line whose words run
        # on past the gutter ("J A N A  M A R A") is drawn on both sides of it.
        across = {round(f.y) for f in left if f.end > gutter + f.size}
        goes_on = _goes_on(left, right)
        body = [f for f in right if round(f.y) not in across and id(f) not in goes_on] or right
        top, margin = max(f.y + f.size for f in body), max(f.end for f in body)
        above = [f for f in left if f.y > top and f.end > gutter + f.size]
        # A line in bigger type than the text's is a header's even where it runs far (the
        # name in 26 points, across both columns of a Canva page): prose is in body type.
        body_size = _body(frags)
        header = len({round(f.y) for f in above}) <= _HEADER_LINES and all(
            f.end < margin - 2 * f.size or f.size >= 1.3 * body_size for f in above
        )
        beside = [f for f in left if f.y <= top] if header else left
        if header:  # the header's lines stay whole: their ends past the gutter go with them
            left = left + [f for f in right if f.y > top]
            right = [f for f in right if f.y <= top]
        if sum(f.end > gutter + f.size for f in beside) > 0.05 * len(beside):
            continue
        # Nor one whose left side's lines run on into the right one's, level with its text
        # after them ("福岡情報 IT クリエイター専門学校 · ゲームクリエイターコース · 入学"): a
        # table's rows, where one column's line stops short of the next column's on its row.
        if runs_into(beside, right, gutter) >= 2:
            continue
        # Nor one that cuts a line where its words run on ("720-" | "309-6467"): two columns
        # leave a gap between them on every line they share. A run may start a little before
        # the last one's measured end: Chrome draws a theme's kerned text in pieces ("Comput"
        # "ing"), each measured from its glyphs alone.
        ends = {(round(f.y), round(f.end)) for f in left}
        joined = sum(
            any(
                (round(f.y), round(f.x) - gap) in ends
                for gap in range(-round(0.5 * f.size), round(0.5 * f.size) + 1)
            )
            for f in right
        )
        if joined > 0.05 * len(right):
            continue
        if labels(left, right) or labels(beside, right) or dates_beside(left, right):
            continue  # dates or labels level with what they label, a header above them
        if cells(left, right):
            continue  # dates or labels level with what they label, a header above them
        # Side by side, not one under the other: the shorter one sits beside the other.
        spans = [(min(f.y for f in side), max(f.y for f in side)) for side in (left, right)]
        overlap = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
        if overlap >= 0.5 * min(high - low for low, high in spans):
            # The column with the biggest type (the name, on page 1) reads first.
            biggest = max(f.size for f in frags)
            pair = (left, right) if any(f.size == biggest for f in left) else (right, left)
            return bands(*pair)
    return [frags]


def _empty_band(frags: list[Fragment]) -> int | None:
    """The left edge of the text right of the widest band down the middle of the page that
    no run crosses but the header's few (a name in big type), if any is two ems wide."""
    if len(frags) < 20:
        return None
    low, high = min(f.x for f in frags), max(f.end for f in frags)
    width = round(high - low)
    if width <= 0:
        return None
    best = _widest_open(frags, low, width, max(1, len(frags) // 50))
    if best is None or best[1] - best[0] < 1.5 * _body(frags):
        return None
    edge = min((f.x for f in frags if f.x >= low + best[1]), default=high)
    # Two columns keep baselines of their own; cells level with their rows ("DynACof" and
    # "R LANGUAGE · 2016 – today") are rows read across.
    rows, level = shared_rows([f for f in frags if f.x >= edge], [f for f in frags if f.x < edge])
    return round(edge) if level <= 0.5 * rows else None


def _inked_end(frag: Fragment) -> float:
    """Where a run's last glyph ends: InDesign pads its lines with spaces ("… US and UK     "),
    which reach across the gutter but draw nothing."""
    padding = len(frag.text) - len(frag.text.rstrip(" "))
    return frag.end - text_width(" " * padding, frag.size, frag.bold) if padding else frag.end


def _widest_open(
    frags: list[Fragment], low: float, width: int, allowed: int
) -> tuple[int, int] | None:
    """The widest run of points across the middle three fifths that at most `allowed` runs
    cover, as (first, last) points from `low`. Swept over the runs' sorted edges, so its cost
    is the runs', not the page's width (a run drawn a billion points off the page is one edge).
    """
    steps: dict[int, int] = {}
    for f in frags:
        first, last = max(0, round(f.x - low)), min(width, round(_inked_end(f) - low))
        if first <= last:
            steps[first] = steps.get(first, 0) + 1
            steps[last + 1] = steps.get(last + 1, 0) - 1
    lo, hi = width // 5, 4 * width // 5 + 1  # the points lo … hi - 1
    edges = sorted({*steps, lo, hi})
    best: tuple[int, int] | None = None
    start, covering = None, 0
    for here, there in itertools.pairwise(edges):
        covering += steps.get(here, 0)
        first, last = max(here, lo), min(there, hi) - 1
        if first > last:
            continue
        if covering <= allowed:
            start = first if start is None else start
            if best is None or last - start > best[1] - best[0]:
                best = (start, last)
        else:
            start = None
    return best


def _goes_on(left: list[Fragment], right: list[Fragment]) -> set[int]:
    """The right side's runs that carry on a line of the left side: on its baseline, a space
    after its end ("Jana Mara" | "Garo"), by id."""
    ends: dict[int, list[Fragment]] = {}
    for f in left:
        ends.setdefault(round(f.y), []).append(f)
    return {
        id(frag)
        for frag in right
        if any(
            -f.size < frag.x - f.end <= f.size
            for row in (round(frag.y) - 1, round(frag.y), round(frag.y) + 1)
            for f in ends.get(row, [])[:MAX_EDGES]
        )
    }


def _body(frags: list[Fragment]) -> float:
    """The size most runs are set in."""
    return Counter(round(f.size, 1) for f in frags).most_common(1)[0][0]


def bands(first: list[Fragment], second: list[Fragment]) -> list[list[Fragment]]:
    """Two columns, or one page's sections set in bands across both halves.

    Some templates start each section's heading in the left half and carry its entries on
    into the right half, level with it: the right half has entries in the same type but no
    heading of its own. Read as two columns, its entries would land under the left half's last
    section; read band by band, each stays in its own.
    """
    body = _body(first)
    tiers: dict[float, set[float]] = {}  # type larger than the body's → the lines set in it
    for f in first:
        if f.size > body * 1.05:
            tiers.setdefault(round(f.size, 1), set()).add(round(f.y))
    # Section headings: the first half's biggest type that comes back (a name comes once).
    heading = max((size for size, lines in tiers.items() if len(lines) >= 2), default=0.0)
    right = {round(f.size, 1) for f in second if f.size > body * 1.05}
    widths = [max(f.end for f in side) - min(f.x for f in side) for side in (first, second)]
    entries = right & {size for size in tiers if size < heading}
    if not heading or heading in right or not entries or round(_body(second), 1) != body:
        return [first, second]
    if min(widths) < 0.75 * max(widths):  # a narrow sidebar is a column of its own
        return [first, second]
    tops = sorted({f.y for f in first if round(f.size, 1) == heading}, reverse=True)
    # A band runs from the top of its heading's letters to the top of the next heading's.
    edges = [y + 0.8 * heading for y in tops] + [float("-inf")]
    ordered = [[f for f in first + second if f.y > edges[0]]]  # above the first: name, contacts
    for high, low in itertools.pairwise(edges):
        ordered.extend([f for f in side if low < f.y <= high] for side in (first, second))
    return [group for group in ordered if group]
