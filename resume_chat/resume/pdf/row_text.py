"""How one baseline's runs read as a line's text: a word in small capitals, a section title
spread across its column, and the letter-spacing a line is set in."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from resume_chat.resume.kinds.classifier import names_kind
from resume_chat.resume.pdf.columns import MAX_EDGES
from resume_chat.resume.pdf.layout import in_capitals

if TYPE_CHECKING:
    from resume_chat.resume.pdf.columns import Fragment


def small_capitals(previous: Fragment, frag: Fragment, gap: float) -> bool:
    """A word in small capitals: its capital in the larger size, the rest in the smaller one
    ("X" "UAN", a Word export's name), drawn a little apart; one word, not two."""
    initial = previous.text.strip()
    return (
        len(initial) == 1
        and initial.isupper()
        and frag.size < 0.95 * previous.size
        and frag.text[:1].isupper()
        and gap < 0.25 * previous.size
    )


def spread_title(row: list[Fragment]) -> str:
    """A section's title in bold capitals whose words are pushed apart across its column
    (justified, or a tab between them: "PROFESSIONAL      SUMMARY", even "PROFESSIONA   L"),
    read as one title; "" when the row is not one. Two titles side by side stay apart."""
    texts = [frag.text for frag in row]
    if (
        len(row) < 2
        or not all(frag.bold for frag in row)
        or any(c.isdigit() for c in "".join(texts))
    ):
        return ""
    # A run's own spaces say where its words end ("PROFESSIONA" "L " "APPOINTMENTS"); where
    # no run has any, each run is a word.
    if sum(names_kind(text.strip()) for text in texts if text.strip()) > 1:
        return ""  # "EDUCATION" and "SKILLS" side by side
    glued = "".join(texts)
    for title in (" ".join(glued.split()), " ".join(" ".join(texts).split())):
        if in_capitals(title) and len(title.split()) <= 4 and names_kind(title):
            return title
    return ""


def tracking(row: list[Fragment]) -> float:
    """The letter-spacing a line is set in (CSS `letter-spacing`), or 0 when it has none.

    A browser draws spaced letters one by one; pypdf joins those of one font into a run whose
    measured width leaves the spacing out, so the gap after a run grows with its length: 1.8
    after "E", 10.6 after "PERIEN". Gaps between words stay the same whatever the word before,
    so spacing shows as gaps in step with their runs' lengths: three or more, after runs of
    lengths at least twice apart, and hardly a run closer to the one before than the spacing.
    """
    pairs = []
    for previous, frag in itertools.pairwise(row):
        gap = frag.x - previous.end
        joined = not previous.text[-1:].isspace() and not frag.text[:1].isspace()
        if previous.width is not None and frag.width is not None and joined:
            pairs.append((len(previous.text), gap))
    if len(pairs) < 3:
        return 0.0
    size, best, spacing = row[0].size, 0, 0.0
    for letters, gap in pairs[:MAX_EDGES]:
        guess = gap / letters
        if not 0.04 * size <= guess <= 0.5 * size:
            continue
        # Glyph widths and positions are rounded: the error grows with the run.
        slack = [0.06 * size + 0.2 * n * guess for n, _ in pairs]
        in_step = [
            (n, g)
            for (n, g), off in zip(pairs, slack, strict=True)
            if abs(g - n * guess) <= off and g >= 0.6 * n * guess
        ]
        closer = sum(g < n * guess * 0.8 - 0.06 * size for n, g in pairs)  # unspaced: many at 0
        if closer > max(1, 0.2 * len(pairs)) or len(in_step) < 3:
            continue
        # In step means growing with the run: after a run twice as long, a gap half as wide
        # again at least, where spaces between words stay the same.
        shortest, longest = min(in_step), max(in_step)
        grows = longest[0] >= 2 * shortest[0] and longest[1] >= 1.5 * shortest[1]
        if grows and len(in_step) > best:
            best, spacing = len(in_step), guess
    return spacing
