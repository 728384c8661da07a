"""Section titles set in a page's left margin, level with the first line of their section."""

from __future__ import annotations

import itertools
from collections import Counter

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.pdf.columns import Fragment

MAX_DATED = 40  # dates looked at for their rows, so a page of many stays quick
_MOST_WORDS = 5  # "Refereed Publications": a title is a few words, not a sidebar's sentence


def _titles(left: list[Fragment]) -> list[list[Fragment]]:
    """The margin's runs grouped into titles: rows close under each other are one title
    ("Research" over "Interests"), top first."""
    rows: dict[int, list[Fragment]] = {}
    for frag in left:
        rows.setdefault(round(frag.y), []).append(frag)
    groups: list[list[Fragment]] = []
    previous: int | None = None
    for y in sorted(rows, reverse=True):
        size = max(f.size for f in rows[y])
        if previous is not None and previous - y <= 1.6 * size:
            groups[-1].extend(rows[y])
        else:
            groups.append(list(rows[y]))
        previous = y
    return groups


def margin_titles(left: list[Fragment], right: list[Fragment]) -> list[list[Fragment]] | None:
    """The page read title by title when the left side is a margin of section titles
    ("Employment", "Research Interests") each level with its section's first line: the
    title, then the right side's lines down to the next title. None for any other left side
    (a sidebar of skills, a column of dates)."""
    if not right:
        return None
    top = max(f.y + f.size for f in right)
    above = [f for f in left if f.y > top]  # the name, over both sides
    beside = [f for f in left if f.y <= top]
    if len(beside) > 0.35 * len(right):  # a title or two per section, not a column of text
        return None
    groups = _titles(beside)
    # Titles in a margin share its left edge; a job's employer indented under its section's
    # title ("Skills" at 54, "Parallels" at 69) is a layout of one column.
    lefts = [min(f.x for f in group) for group in groups]
    if len(groups) < 3 or max(lefts) - min(lefts) > 2:
        return None
    texts = [" ".join(" ".join(f.text for f in group).split()) for group in groups]
    named = sum(
        len(text.split()) <= _MOST_WORDS and section_kind(text) != "other" for text in texts
    )
    starts: dict[int, float] = {}  # where each of the right side's lines begins
    for f in right:
        starts[round(f.y)] = min(f.x, starts.get(round(f.y), f.x))
    # Level with a line of its section, a gutter apart: a bold run-in title ("Rising Star
    # Award Human Behavior…") is a space from its words, not a gutter.
    level = sum(
        any(starts.get(round(f.y) + d, -1e9) - f.end >= f.size for f in group for d in (-1, 0, 1))
        for group in groups
    )
    if named < 0.5 * len(groups) or level < 0.6 * len(groups):
        return None
    edges = [max(f.y + 0.8 * f.size for f in group) for group in groups] + [float("-inf")]
    ordered = [above + [f for f in right if f.y > edges[0]]]
    for group, (high, low) in zip(groups, itertools.pairwise(edges), strict=True):
        ordered += [group, [f for f in right if low < f.y <= high]]
    return [part for part in ordered if part]


def side_titles(left: list[Fragment], right: list[Fragment]) -> list[list[Fragment]] | None:
    """The page read band by band when the left side holds the sections' titles, set larger
    than the text ("Werkervaring", "Opleiding"), and each entry's dates level with it
    ("2023 - Heden" beside "Lesassistent bij Codefever"), the right side no title at all: each
    title, then its band's lines of both sides, read across. None for a sidebar of its own
    sections beside a column of untitled text: its titles name neither work nor studies, or
    its lines keep baselines of their own, or the other column sets titles as large."""
    if not right or not left:
        return None
    body = Counter(round(f.size, 1) for f in right).most_common(1)[0][0]
    rows = _titles(left)
    texts = [" ".join(" ".join(f.text for f in group).split()) for group in rows]
    named = [
        (group, section_kind(text))
        for group, text in zip(rows, texts, strict=True)
        if min(f.size for f in group) >= 1.2 * body and len(text.split()) <= _MOST_WORDS
    ]
    titles = [group for group, kind in named if kind != "other"]
    if len(titles) < 3 or not {kind for _, kind in named} & {"experience", "education"}:
        return None
    top = max(max(f.y for f in group) for group in titles)
    if any(f.size >= 1.2 * body for f in right if f.y <= top + 1):
        return None  # the right side has titles of its own beside them: two columns
    # Dates level with the entries they date ("2023 - Heden" | "Lesassistent bij Codefever"),
    # two at least: a sidebar's lines keep baselines of their own.
    spans = [f for f in left if patterns.search(DATE_SPAN, f.text)][:MAX_DATED]
    dated = [f for f in spans if any(abs(f.y - g.y) <= 0.3 * f.size for g in right)]
    if len(dated) < 2:
        return None
    # Each title's band: from its baseline down to the next title's; the header above them.
    edges = [max(f.y for f in group) + 0.5 for group in titles]
    chosen = {id(f) for group in titles for f in group}
    rest = [f for f in [*left, *right] if id(f) not in chosen]
    ordered = [[f for f in rest if f.y > edges[0]]]
    for group, (high, low) in zip(titles, itertools.pairwise([*edges, -1e9]), strict=True):
        ordered += [group, [f for f in rest if low < f.y <= high]]
    return [part for part in ordered if part]
