"""How wide a PDF text run is drawn, from its font's own glyph widths.

pypdf reports where a run starts, not where it ends. Guessing its width from the letters was
wrong enough, on fonts cut into many small subsets (Chrome's Type 3 fonts hold a few glyphs
each, so one word is drawn in three runs), to split words ("Sp ecia list") and join others.
The font dictionary knows each glyph's width: this reads it, through pypdf's own font parser.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class _Measure(NamedTuple):
    widths: dict[str, float]  # by character code
    codes: dict[str, str]  # the code each character is drawn with
    default: float
    scale: float  # glyph units to ems
    # pypdf read the widths as 0 or 1 (a Type 3 font's in ems): it takes any move of the pen
    # for a word gap, so the spaces it puts around and inside this font's runs are guesses.
    blind: bool
    # The letter a subset font draws with code 32 ("e" in Google Docs' fonts), its code as
    # drawn and its width in ems; "" when code 32 is a space.
    letter32: tuple[str, bytes, float] | None
    # A composite font with no code for a space (XeTeX's fonts): its words placed each on its
    # own, kerned inside ("spaceless").
    spaceless: bool


class FontWidths:
    """Glyph widths per font dictionary, parsed once per font for the whole document."""

    def __init__(self) -> None:
        # A font that cannot be measured (None): its runs fall back to the guessed width.
        self._fonts: dict[int, _Measure | None] = {}

    def _of(self, font: Any) -> _Measure | None:
        key = id(font)
        if key not in self._fonts:
            self._fonts[key] = _measure(font)
        return self._fonts[key]

    def spaced_blindly(self, font: Any) -> bool:
        """Whether pypdf measured this font's glyphs as 0 wide, and so spaced its runs by guess."""
        measure = self._of(font) if font is not None else None
        return measure is not None and measure.blind

    def spaceless(self, font: Any) -> bool:
        """Whether this is a composite font with no code for a space (XeTeX's): each word is
        placed on its own, and what pulls its letters together is only kerning."""
        measure = self._of(font) if font is not None else None
        return measure is not None and measure.spaceless

    def letter32(self, font: Any) -> tuple[str, bytes, float] | None:
        """The letter this font draws with code 32, its code's bytes and its width in ems:
        pypdf measures that letter as a space, too narrow, and puts a space after it wherever
        the next glyph is placed on its own ("de dicate d" for "dedicated")."""
        measure = self._of(font) if font is not None else None
        return measure.letter32 if measure is not None else None

    def ems(self, text: str, font: Any) -> float | None:
        """The run's advance in units of its font size, or None when the font says nothing."""
        if font is None:
            return None
        measure = self._of(font)
        if measure is None:
            return None
        widths, codes, default = measure.widths, measure.codes, measure.default
        total = sum(widths.get(codes.get(char, char), default) for char in text)
        return total * measure.scale if total > 0 else None


def page_fonts(page: Any) -> Any:
    """The page's font resources by name; none where it has no resources."""
    try:
        return page["/Resources"]["/Font"]
    except (KeyError, TypeError):
        return {}


def _measure(font: Any) -> _Measure | None:
    """Widths by character code, the code each character is drawn with, and the glyph scale."""
    try:
        from pypdf.generic._font import Font

        parsed = Font.from_font_resource(font)
        matrix = font.get("/FontMatrix")  # Type 3 fonts draw in their own units (often 1/2048)
        scale = abs(float(matrix[0])) if matrix else 0.001
    except Exception:  # a font pypdf cannot parse: guess its widths, as for any other
        return None
    if not parsed.interpretable or not 0 < scale <= 1:
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
    exact = _type3_widths(font)
    blind = bool(exact) and max(exact.values()) < 10  # in ems: pypdf's whole numbers are 0 or 1
    widths.update(exact)
    default = widths.pop("default", 500.0 if scale == 0.001 else 0.0)
    letter = parsed.character_map.get(" ")
    letter32 = None
    # Only in a font where no code draws a space: pypdf then takes code 32 for one.
    if (
        isinstance(letter, str)
        and len(letter) == 1
        and letter.isalpha()
        and parsed.space_char == " "
    ):
        code = b"\x00 " if font.get("/Subtype") == "/Type0" else b" "
        widths[" "] = widths.get(" ", default)  # its own width, not pypdf's guess of a space's
        letter32 = (letter, code, widths[" "] * scale)
    spaceless = font.get("/Subtype") == "/Type0" and " " not in codes
    widths.setdefault(codes.get(" ", " "), float(parsed.space_width))
    return _Measure(widths, codes, default, scale, blind, letter32, spaceless)


def _type3_widths(font: Any) -> dict[str, float]:
    """A Type 3 font's widths as written: pypdf rounds them to whole numbers, which in Figma's
    fonts (drawn in ems, "0.56392") makes every glyph 0 wide and the widths unknown."""
    if font.get("/Subtype") != "/Type3":
        return {}
    try:
        first = int(font.get("/FirstChar", 0))
        return {chr(first + index): float(width) for index, width in enumerate(font["/Widths"])}
    except (KeyError, TypeError, ValueError):
        return {}
