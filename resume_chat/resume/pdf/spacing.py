"""The spacing a PDF's text is drawn with: word and letter spacing in force ("Tw", "Tc"),
saved and restored by q/Q, and the word gaps TeX and Word set as "TJ" offsets."""

from __future__ import annotations

import math
from typing import Any

MAX_SPACING_DEPTH = 96  # q nested deeper than this is a broken stream: spacing stops nesting
# TeX sets the gap between words as a "TJ" offset (about 0.2 em in Source Sans, 0.33 em in
# Computer Modern), not as a space. pypdf takes a gap for a space only past half the width of
# the font's code 32, which in a subset font is any glyph (a 496-unit "e"), and then runs the
# words together ("TeachingAssistant"). Kerning moves glyphs by far less than this.
WORD_GAP = 150  # thousandths of an em
_TRACKING_SAMPLE = 8_000  # items of a "TJ" array enough to tell its letter-spacing


def spaced_by(spacing: list[tuple[float, float]], op: bytes, args: Any) -> None:
    """The word and letter spacing in force after `op`, kept as the stack's last item."""
    words, letters = spacing[-1]
    if op == b"q" and len(spacing) < MAX_SPACING_DEPTH:
        spacing.append(spacing[-1])
    elif op == b"Q" and len(spacing) > 1:
        spacing.pop()
    elif op in (b"Tw", b"Tc") and args and isinstance(args[0], (int, float)):
        value = float(args[0]) if math.isfinite(float(args[0])) else 0.0
        spacing[-1] = (value, letters) if op == b"Tw" else (words, value)
    elif op == b'"' and len(args) >= 2 and all(isinstance(v, (int, float)) for v in args[:2]):
        spacing[-1] = (float(args[0]), float(args[1]))


def spread(text: str, font: Any, spacing: tuple[float, float], scale: float) -> float:
    """How much wider than its glyphs a run is drawn: each space widened by the word spacing
    (a one-byte font's only: a composite font has no space code), each glyph by the letters'."""
    words, letters = spacing
    composite = bool(font) and str(font.get("/Subtype", "")) == "/Type0"
    extra = letters * len(text) + (0.0 if composite else words * text.count(" "))
    return extra * scale if math.isfinite(extra * scale) else 0.0


def space_word_gaps(items: list[Any], *, kerned: bool = False) -> None:
    """Put a space before each word gap of a "TJ" array, in place, as pypdf walks it next.

    The space goes before the offset, so that pypdf, finding a space there already, adds none of
    its own; a space already there (a page read twice) is not doubled. One pass, rebuilt whole:
    an array of a million offsets costs its length, not its length squared. In a font pypdf
    measured blind (`kerned`), an offset short of a word gap is kerning ("Le Wa" -34 "go"),
    which pypdf would read as a space: it is dropped."""
    spaced: list[Any] = []
    tracking = _tracked(items)
    for item in items:
        offset = isinstance(item, (int, float)) and not isinstance(item, bool)
        if offset and (tracking or kerned) and -item < tracking + WORD_GAP:
            item = 0  # the spacing between letters: pypdf would take it for a word gap
        gap = offset and -item >= WORD_GAP
        if gap and spaced and isinstance(spaced[-1], (str, bytes)) and spaced[-1] != " ":
            spaced.append(" ")
        spaced.append(item)
    if tracking or kerned or len(spaced) != len(items):
        items[:] = spaced


def _tracked(items: list[Any]) -> float:
    """The letter-spacing a "TJ" array sets as offsets between single letters ("K", -370,
    "O", -372, ...: Word's expanded spacing), or 0: an offset that wide there is no word gap.
    """
    glyphs = longer = 0
    wide: list[float] = []
    for item in items[:_TRACKING_SAMPLE]:
        if isinstance(item, (str, bytes)):
            glyphs += 1
            longer += len(item) != 1
        elif isinstance(item, (int, float)) and not isinstance(item, bool) and -item >= WORD_GAP:
            wide.append(-float(item))
    if glyphs < 4 or longer > 0.2 * glyphs or len(wide) < 0.8 * (glyphs - 1):
        return 0.0
    return sorted(wide)[len(wide) // 2]


def kerning(items: list[Any]) -> float:
    """How far a "TJ" array's offsets between its glyphs pull them together, in thousandths of
    an em (negative: pushed apart): kerning and letter spacing, not the word gaps read as
    spaces, nor a step back to draw an accent over its letter, nor an offset before the first
    glyph (where the run starts, not how wide it is).
    A run measured from its glyphs alone is that much narrower as drawn (XeTeX kerns every
    pair: "Valbara" ran into "kurser")."""
    total, started = 0.0, False
    for item in items:
        if isinstance(item, (str, bytes)):
            started = True
        elif started and isinstance(item, (int, float)) and not isinstance(item, bool):
            # Not a pull of a letter's width or more: an accent drawn back over its letter.
            total += item if -WORD_GAP < item < WORD_GAP and math.isfinite(item) else 0
    return total
