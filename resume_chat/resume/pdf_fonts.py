"""How wide a PDF text run is drawn, from its font's own glyph widths.

pypdf reports where a run starts, not where it ends. Guessing its width from the letters was
wrong enough, on fonts cut into many small subsets (Chrome's Type 3 fonts hold a few glyphs
each, so one word is drawn in three runs), to split words ("Sp ecia list") and join others.
The font dictionary knows each glyph's width: this reads it, through pypdf's own font parser.
"""

from __future__ import annotations

from typing import Any

# A font that cannot be measured: its runs fall back to the guessed width.
_Measure = tuple[dict[str, float], dict[str, str], float, float] | None


class FontWidths:
    """Glyph widths per font dictionary, parsed once per font for the whole document."""

    def __init__(self) -> None:
        self._fonts: dict[int, _Measure] = {}

    def ems(self, text: str, font: Any) -> float | None:
        """The run's advance in units of its font size, or None when the font says nothing."""
        if font is None:
            return None
        key = id(font)
        if key not in self._fonts:
            self._fonts[key] = _measure(font)
        measure = self._fonts[key]
        if measure is None:
            return None
        widths, codes, default, scale = measure
        total = sum(widths.get(codes.get(char, char), default) for char in text)
        return total * scale if total > 0 else None


def _measure(font: Any) -> _Measure:
    """Widths by character code, the code each character is drawn with, and the glyph scale."""
    try:
        from pypdf.generic._font import Font

        parsed = Font.from_font_resource(font)
        matrix = font.get("/FontMatrix")  # Type 3 fonts draw in their own units (often 1/2048)
        scale = abs(float(matrix[0])) if matrix else 0.001
    except Exception:  # a font pypdf cannot parse: guess its widths, as for any other
        return None
    if not parsed.interpretable or not 0 < scale < 1:
        return None
    codes: dict[str, str] = {}
    if isinstance(parsed.encoding, dict):
        codes.update((char, chr(code)) for code, char in parsed.encoding.items())
    codes.update(
        (char, code)
        for code, char in parsed.character_map.items()
        if isinstance(code, str) and isinstance(char, str) and len(char) == 1
    )
    widths = {code: float(width) for code, width in parsed.character_widths.items()}
    default = widths.pop("default", 500.0 if scale == 0.001 else 0.0)
    widths.setdefault(codes.get(" ", " "), float(parsed.space_width))
    return widths, codes, default, scale
