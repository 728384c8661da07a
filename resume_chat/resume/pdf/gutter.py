"""Whether the text on the two sides of a gutter is two columns, or one table's rows read
across: labels level with what they label, dates beside the lines they date, a sidebar."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from resume_chat.resume.kinds.classifier import names_kind
from resume_chat.resume.pdf.glyphs import glyphs_mended
from resume_chat.resume.pdf.layout import in_capitals

if TYPE_CHECKING:
    from resume_chat.resume.pdf.columns import Fragment


def sidebar(left: list[Fragment], right: list[Fragment], gutter: float) -> bool:
    """A few lines set apart right of many (a sidebar's headings and items, its skills drawn
    as pictures): nothing crosses the gutter, and most of its lines keep baselines of their
    own, where a column of dates sits level with the lines it dates. (A few runs in a left
    margin are its titles and marks, level or not.)"""
    if len(right) >= len(left) or any(f.end > gutter for f in left):
        return False
    # A sidebar runs down the page; a table's last column ("Jurusan") is a few rows' height.
    if _height(right) < 0.25 * _height(left):
        return False
    rows, level = shared_rows(right, left)
    return level <= 0.6 * rows


def _height(side: list[Fragment]) -> float:
    return max(f.y for f in side) - min(f.y for f in side)


def dates_beside(left: list[Fragment], right: list[Fragment]) -> bool:
    """Whether the right side is short cells ("2004-08", "Kyiv, Ukraine") set level with the
    lines they belong to, far fewer than those: a column of rows' ends, not a column."""
    if len(right) > 0.25 * len(left):
        return False
    rows, level = shared_rows(right, left)
    short = sum(len(f.text.strip()) for f in right) <= 20 * len(right)
    return short and level >= 0.8 * rows


def _beside(left: list[Fragment], right: list[Fragment]) -> list[Fragment]:
    """Without the lines above or below the other side that run across the page: the prose
    under a table's last row labels nothing (a column's own lines there still count)."""
    if not right:
        return left
    size, gutter = max(f.size for f in right), min(f.x for f in right)
    low, high = min(f.y for f in right) - size, max(f.y for f in right) + size
    across = {round(f.y) for f in left if f.end > gutter + f.size and not low <= f.y <= high}
    return [f for f in left if round(f.y) not in across]


def _untitled(left: list[Fragment], right: list[Fragment]) -> list[Fragment]:
    """Without the lines that name a section, alone on their baseline, and the lines a title
    wraps onto under them ("ÖDÜLLER," over "BURSLAR VE" over "DERECELER")."""
    beside = {round(f.y) + d for f in right for d in (-1, 0, 1)}
    texts: dict[int, list[Fragment]] = {}
    for f in left:
        texts.setdefault(round(f.y), []).append(f)
    titles: set[int] = set()
    above: tuple[int, float] | None = None  # the last title's baseline and type size
    for y in sorted(texts, reverse=True):
        row = sorted(texts[y], key=lambda f: f.x)
        size = max(f.size for f in row)
        if y in beside:
            above = None
        elif names_kind(text := glyphs_mended("".join(f.text for f in row))) or (
            above is not None and above[0] - y <= 1.5 * above[1] and in_capitals(text)
        ):
            titles.add(y)
            above = (y, size) if in_capitals(text) else None
        else:
            above = None
    return [f for f in left if round(f.y) not in titles]


def shared_rows(side: list[Fragment], other: list[Fragment]) -> tuple[int, int]:
    """How many baselines `side` has, and how many of them `other` shares (within a point)."""
    rows = {round(f.y) for f in side}
    others = {round(f.y) for f in other}
    return len(rows), sum(any(y + d in others for d in (-1, 0, 1)) for y in rows)


def labels(left: list[Fragment], right: list[Fragment]) -> bool:
    """Whether the left side is a column of labels ("Name:", "2018-2019", "Studies") each set
    level with the line it labels, fewer than the lines it labels: rows, read across.
    A section's title alone on its line between the rows ("Трудовая деятельность:" over a
    Word table) labels nothing beside it: it is no row."""
    labelling = _untitled(_beside(left, right), right)
    rows, level = shared_rows(labelling, right)
    # "Nama / Name    : Setiawan": values led by a colon are a form's, whatever else is left.
    firsts = {round(f.y): f for f in sorted(right, key=lambda f: -f.x)}
    colons = sum(f.text.lstrip()[:1] == ":" for f in firsts.values())
    form = colons >= 3 and colons >= 0.5 * level
    # A table's rows, one label and one value each, set far apart by the cells' padding
    # ("성명" beside "오진실", 42 points under it "생년월일"): a column's lines run closer.
    celled = level >= 0.9 * rows and _padded(labelling)
    # A two-column table of short labels, each level with its value, nearly one value line a
    # label ("Nationalität" beside "Eritrea", "2021 – 2022*" beside "FMS-Basel"): a form
    # read across, where a sidebar's lines would be longer and not all level with the text.
    # Its rows farther apart than a paragraph's lines: a sidebar of short lines ("Python",
    # "Excel") set on the text's own baselines is a column beside it.
    paired = level >= 0.9 * rows and len(firsts) <= 1.5 * rows and _short(labelling)
    paired = paired and _padded(labelling, lines=1.7)
    return level >= 0.7 * rows and (form or celled or paired or rows <= 0.9 * len(firsts))


def _short(side: list[Fragment]) -> bool:
    """Its lines (eight at least) nearly all three words or fewer, as labels and dates are."""
    lines: dict[int, list[str]] = {}
    for frag in side:
        lines.setdefault(round(frag.y), []).append(frag.text)
    words = [len(" ".join(texts).split()) for texts in lines.values()]
    return len(words) >= 8 and sum(count <= 3 for count in words) >= 0.9 * len(words)


def cells(left: list[Fragment], right: list[Fragment]) -> bool:
    """Whether the right side is a table's last columns: its rows set far apart, each level
    with a row of the left ("남" beside "성명 · 오진실 · 성별")."""
    rows, level = shared_rows(right, left)
    return level >= 0.9 * rows and _padded(right)


def _padded(side: list[Fragment], lines: float = 2.5) -> bool:
    """Its baselines (four at least) mostly so many `lines` of its type apart or more."""
    rows = sorted({round(f.y) for f in side})
    if len(rows) < 4:
        return False
    size = sorted(f.size for f in side)[len(side) // 2]
    gaps = sorted(high - low for low, high in itertools.pairwise(rows))
    return gaps[len(gaps) // 2] >= lines * size


def runs_into(left: list[Fragment], right: list[Fragment], gutter: float) -> int:
    """How many lines of the left side run past the gutter into the right side's, with the
    right side's text going on close after them on the same baseline (a table's next cell;
    a column's text further off is a column's, beside a wide line of the other)."""
    starts: dict[int, list[float]] = {}
    for frag in right:
        for y in (round(frag.y) - 1, round(frag.y), round(frag.y) + 1):
            starts.setdefault(y, []).append(frag.x)
    into = {
        round(f.y)
        for f in left
        if f.end > gutter + f.size
        and any(-f.size <= x - f.end <= 1.5 * f.size for x in starts.get(round(f.y), ()))
    }
    return len(into)
