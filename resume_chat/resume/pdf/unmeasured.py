"""Runs of a font whose glyph widths the PDF leaves out, each glyph placed on its own.

Photoshop exports text in composite (Type 0) fonts with no widths at all, and places each glyph
with its own "Td". pypdf then takes every glyph for half an em wide and puts a space after each
one that is drawn wider ("E xp eriencia lab oral"), though the font draws its spaces as glyphs
of their own. Of such a font, the text is read from the glyphs drawn: a space only where one
was drawn.
"""

from __future__ import annotations

from typing import Any

from resume_chat.resume.pdf.fonts import page_fonts

# Glyphs followed at most, per run: a run longer than this is left as pypdf read it.
MAX_DRAWN = 100_000


class Unmeasured:
    """The glyphs drawn since the last run was read, in a font with no widths, as text."""

    def __init__(self, page: Any) -> None:
        self._fonts = page_fonts(page)
        self._maps: dict[str, dict[str, str] | None] = {}  # each font set, parsed once a page
        self._chars: dict[str, str] | None = None  # code -> text, while such a font is set
        self._drawn: list[str] = []

    def drawing(self, op: bytes, args: Any) -> None:
        """Follow the operators: the font set, and each glyph its strings draw."""
        if op == b"Tf" and len(args) == 2:
            name = str(args[0])
            if name not in self._maps:
                self._maps[name] = _unmeasured_map(self._fonts, args[0])
            self._chars = self._maps[name]
        elif self._chars is not None and op in (b"Tj", b"TJ", b"'", b'"') and args:
            drawn = args[-1] if op != b"TJ" else args[0]
            runs = drawn if isinstance(drawn, list) else [drawn]
            for run in runs:
                if isinstance(run, bytes) and len(self._drawn) < MAX_DRAWN:
                    codes = (run[i : i + 2] for i in range(0, len(run) - 1, 2))
                    self._drawn += [
                        self._chars.get(code.decode("latin-1"), "\ufffd") for code in codes
                    ]

    def mended(self, text: str) -> str:
        """The run as its glyphs draw it, where pypdf read the same letters with spaces of its
        own among them (its line breaks kept); else the run as read."""
        drawn, self._drawn = "".join(self._drawn), []
        if not drawn or "\ufffd" in drawn:
            return text
        out: list[str] = [" "] if text[:1] == " " else []
        at, spaced, broken = 0, False, False
        for char in text:
            if char == "\n":
                broken = True
            elif not char.isspace():
                while at < len(drawn) and drawn[at].isspace():
                    spaced, at = True, at + 1
                if at >= len(drawn) or drawn[at] != char:
                    return text  # not the glyphs followed: as pypdf read it
                if out and out[-1] != " ":
                    out.append("\n" if broken else " " if spaced else "")
                out.append(char)
                at, spaced, broken = at + 1, False, False
        if drawn[at:].strip():
            return text
        return "".join(out) + ("\n" if broken else "")


def _unmeasured_map(fonts: Any, name: Any) -> dict[str, str] | None:
    """A Type 0 font's two-byte codes and the text each draws, where the font gives no widths
    (no /W and no /DW); None for any other font."""
    try:
        font = fonts[name].get_object()
        if font.get("/Subtype") != "/Type0" or font.get("/Encoding") != "/Identity-H":
            return None
        descendant = font["/DescendantFonts"][0].get_object()
        if "/W" in descendant or "/DW" in descendant:
            return None
        from pypdf.generic._font import Font

        parsed = Font.from_font_resource(font)
    except Exception:  # a font pypdf cannot parse: read as pypdf reads it
        return None
    chars: dict[str, str] = {}
    for code, char in parsed.character_map.items():
        if isinstance(code, str) and isinstance(char, str) and len(code) == 1:
            chars[ord(code).to_bytes(2, "big").decode("latin-1")] = char
    space = parsed.space_char
    if isinstance(space, str) and len(space) == 1:
        chars[ord(space).to_bytes(2, "big").decode("latin-1")] = " "
    return chars
