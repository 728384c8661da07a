"""Letters a PDF's fonts draw but do not map to characters, put back: loose accents, small
capitals and ligatures named by their glyphs, and ligatures mapped to nothing at all."""

from __future__ import annotations

import itertools
import re

from resume_chat import patterns
from resume_chat.resume import scripts

# LaTeX sets an accent as a glyph of its own before the letter ("Universit" U+00B4 "e").
_SPACING_ACCENTS = {
    "\u00b4": "\u0301",  # acute
    "`": "\u0300",  # grave
    "\u02c6": "\u0302",  # circumflex
    "\u02dc": "\u0303",  # tilde
    "\u00a8": "\u0308",  # diaeresis
    "\u00b8": "\u0327",  # cedilla
    "\u02c7": "\u030c",  # caron
    "\u02da": "\u030a",  # ring
    "\u02d8": "\u0306",  # breve ("Do˘gu")
    "\u02d9": "\u0307",  # dot above ("˙Italya")
    "\u02db": "\u0328",  # ogonek
    "\u02dd": "\u030b",  # double acute
}
_ACCENTS = "".join(_SPACING_ACCENTS)
# An accent spaced apart from its letter: only one no icon font draws for its glyph (moderncv's
# "˝ www.linkedin.com": a double acute for its icon).
_LOOSE_ACCENT = patterns.compile(
    f"([{_ACCENTS}])(?:(?<=[\u00b4`\u02c6\u02dc\u00a8\u00b8\u02c7\u02da]) )?([A-Za-z\u0131])"
)


def _accented(found: re.Match[str]) -> str:
    """The letter with its accent, a dotless i dotted by it ("˙I" is "İ")."""
    accent, letter = found.group(1), found.group(2)
    letter = letter if accent == "\u02d9" else letter.replace("\u0131", "i")
    return letter + _SPACING_ACCENTS[accent]


# A cedilla or an ogonek under a capital is set after it (S, cedilla, "ubat"): it marks the
# letter before it, where that is a capital it can go under.
_ACCENT_AFTER = patterns.compile("([CSTGKLNRAE])([\u00b8\u02db])(?: (?=[a-z]))?")


# LaTeX raises an accent over a capital in a run of its own, which pypdf spaces by its own
# guess: a space before it wherever it is drawn ("T ¨UB˙ITAK"), none where a word begins
# ("Veli¨Universitesi"). The word it starts is told by its letters: a capital, then small ones.
_OVER_CAPITAL = "\u00b4`\u02c6\u02dc\u00a8\u02c7\u02da\u02d8\u02d9\u02dd"
_RAISED_SPACE = patterns.compile(f"(?<=\\S) (?=[{_OVER_CAPITAL}][A-Z])")
_RAISED_WORD = patterns.compile(
    f"(?<=[^\\W\\d_]|[,;:)\u00b7])(?=[{_OVER_CAPITAL}][A-Z][a-z\u0131])"
)


# A small capital a font maps to no character, written by its glyph's name ("/d.sc"); a
# ligature so written ("/T_heile": "Th").
_SMALL_CAPITAL = patterns.compile(r"/([a-z])\.sc\b")
_LIGATURE_NAME = patterns.compile(r"/([A-Za-z])_([a-z])")

# A ligature with no character at all comes out as U+0000 ("Certi\0cate", "O\0ce"): the
# letters it stands for, told by the letters around it.
_UNMAPPED = "\x00"
_BROKEN_WORD = patterns.compile(r"[^\W\d_]*\x00[^\W\d_\x00]*(?:\x00[^\W\d_\x00]*)*")
_LIGATURES = ("fi", "ff", "fl", "ffi", "ffl", "ft", "tt", "ti")
_VOWELS = frozenset("aeiouAEIOU")
# A gap making a word of one letter: no ligature stands there.
_LETTER_LOST = patterns.compile(r"(?<![^\W\d_])\x00[a-z](?![^\W\d_])")
# Control characters other than U+0000 (an unmapped ligature, mended below) and line breaks.
_CONTROL = patterns.compile("[ \t]*[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+[ \t]*")


# Arabic letters as a font shapes them, each form its own character ("ﻣﺤﻤﺪ", U+FB50–U+FDFF,
# U+FE70–U+FEFF): the letters a reader types and searches for ("محمد").
_PRESENTATION_FORM = patterns.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")


# A word of six capitals or more: "ITSC2024", "CVPR2024" are conferences' names as written.
_LABEL_ON_YEAR = patterns.compile(r"(?<=[A-ZÀ-Þ]{6})(?=(?:19|20)\d\d\b)")


def _letter(found: re.Match[str]) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", found.group(0))


def glyphs_mended(text: str) -> str:
    """Loose accent glyphs joined to their letters, a dotless i as an i: "Université"; Arabic
    letters' shaped forms as the letters; small capitals named by their glyphs as capitals
    ("E/d.sc/u.sc/c.sc…" → "EDUC…"); a control character a font maps its bullet or icon to
    ("\x88 Helped", "Engineer \x15 Aerospace") a space."""
    text = _CONTROL.sub(" ", text)
    # "NACIMIENTO1992": a label in capitals drawn flush against its year.
    text = _LABEL_ON_YEAR.sub(" ", text)
    text = _PRESENTATION_FORM.sub(_letter, text)
    if "/" in text:
        text = _SMALL_CAPITAL.sub(lambda found: found.group(1).upper(), text)
        text = _LIGATURE_NAME.sub(r"\1\2", text)
    if not any(accent in text for accent in _SPACING_ACCENTS):
        return text
    import unicodedata

    text = _RAISED_WORD.sub(" ", _RAISED_SPACE.sub("", text))
    text = _ACCENT_AFTER.sub(lambda found: found.group(1) + _SPACING_ACCENTS[found.group(2)], text)
    joined = _LOOSE_ACCENT.sub(_accented, text)
    return unicodedata.normalize("NFC", joined)


def ligatures_mended(texts: list[str]) -> list[str]:
    """The texts with each ligature their font left unmapped spelled out: "Certificate",
    "Office", "workflow", "Software"; any other glyph left unmapped is U+FFFD, the character
    a reader (and the model) knows as one that could not be read, never a NUL.

    A spelling the document writes whole elsewhere wins ("financial" in a link); otherwise
    the letters around the gap decide (see `_ligature`).
    """
    if not any(_UNMAPPED in text for text in texts):
        return texts
    return [text.replace(_UNMAPPED, "\ufffd") for text in _spelled_out(texts)]


def _spelled_out(texts: list[str]) -> list[str]:
    if any(_LETTER_LOST.search(text) for text in texts):
        return texts  # "\0e Making of…" for "The": its font loses letters, not ligatures
    words = {
        word.casefold() for text in texts for word in patterns.findall(r"[^\W\d_]+", text) if word
    }

    def spelled(found: re.Match[str]) -> str:
        broken = found.group(0)
        parts = broken.split(_UNMAPPED)
        # A ligature's letters run on in lower case ("\0nancial", "Certi\0cate"); a gap
        # before a capital ("\0HTML"), one letter ("\0e" for "The") or beside another gap
        # ("\0\0/\0\0\0\0", digits lost) is some other glyph, left as it is.
        gaps = itertools.pairwise(parts)
        if not all(after[:1].islower() and (before or len(after) > 1) for before, after in gaps):
            return broken
        for letters in _LIGATURES:
            whole = broken.replace(_UNMAPPED, letters)
            if whole.casefold() in words:
                return whole
        return "".join(
            part + (_ligature(part, parts[n + 1]) if n + 1 < len(parts) else "")
            for n, part in enumerate(parts)
        )

    return [_BROKEN_WORD.sub(spelled, text) if _UNMAPPED in text else text for text in texts]


def _ligature(before: str, after: str) -> str:
    """The letters a lost ligature most likely stood for between `before` and `after`."""
    if before and patterns.match(r"(on|ons|ve|ves|vely|vity|vities|se)$", after):
        return "ti"  # "Objec_ve", "informa_on", "exper_se": a font with a "ti" ligature
    if before.endswith("h") and after.startswith("p"):
        return "tt"  # "h_ps://"
    if after.startswith("ware"):
        return "ft"  # "So_ware"
    if before[-1:].lower() in ("o", "u") and after.startswith("c"):
        return "ffi"  # "O_ce", "o_cial", "su_cient"
    if after[:1] in _VOWELS:
        # "e_ective", "di_erent", "A_airs" after a vowel; "_uent", "work_ow" otherwise.
        return "ff" if before[-1:] in _VOWELS else "fl"
    return "fi"  # "Certi_cate", "_nancial", "con_gured", "_les"


# An icon font with no letters mapped shows its glyphs' names: "03 jan 1991 · /_478",
# "## /_549 Werkervaring", "arjen@bos4.nl · /envelope_alt", "Arena /external-link-alt".
_ICON_NAME = patterns.compile(r"(?:\s*·)?\s*(?<!\S)/(?:_\d{2,4}|[a-z]{3,}(?:[_-][a-z]+)*)(?!\S)")
_ICONS_SEEN = 3  # "/usr" or "/bin" once in a line of prose is a path, not a font's icons


def icon_names(texts: list[str]) -> set[int]:
    """Which texts are an icon glyph's name alone ("/mobile_phone" drawn large beside a
    sidebar's phone number), where a page shows several: none of the words' places."""
    named = {i for i, text in enumerate(texts) if _ICON_NAME.fullmatch(text)}
    return named if len(named) >= _ICONS_SEEN else set()


def icon_names_dropped(texts: list[str]) -> list[str]:
    """The texts without the names of icon glyphs, where a document shows several."""
    if sum(len(_ICON_NAME.findall(text)) for text in texts if "/" in text) < _ICONS_SEEN:
        return texts
    return [_dropped(text) if "/" in text else text for text in texts]


def _dropped(text: str) -> str:
    if not _ICON_NAME.search(text):
        return text
    return patterns.sub(r"(?<=\S) {2,}", " ", _ICON_NAME.sub(" ", text)).rstrip()


# An icon font's glyphs are Unicode's private use; Symbol's and Wingdings' bullets are too.
_ICONS = patterns.compile(rf"[{scripts.PRIVATE_USE}\s]+")
_PRIVATE_BULLETS = frozenset(scripts.PRIVATE_BULLETS)


def icon(text: str) -> bool:
    """An icon font's glyphs alone ("\uf173", a briefcase), not a bullet drawn in one."""
    glyphs = text.strip()
    return bool(glyphs) and bool(_ICONS.fullmatch(glyphs)) and glyphs not in _PRIVATE_BULLETS
