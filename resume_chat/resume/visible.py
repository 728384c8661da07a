# ruff: noqa: RUF003 - Chinese labels, as a real CV writes them
"""Text as a reader sees it, whatever the format drew: the same letters every search spells."""

from __future__ import annotations

import unicodedata

from resume_chat import patterns
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import NOW_WORDS

# U+FFFC is where a picture was anchored in a Word paragraph ("￼Christopher H. Harvey"): no text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\ufffc"))
# A typesetter's ligatures are two or three letters: "certiﬁcada" is "certificada".
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl"}
# A no-break space (Word puts one between every word of some pages) is a space to a reader.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " ")
_SPELLED: dict[int, str | None] = {**_INVISIBLE, **_LIGATURES, **_SPACES}
# A soft hyphen is a place a word may break, never a letter: "WSe\u00ad2" is "WSe2".
_SOFT_HYPHEN = patterns.compile(r"(?<=\S)\u00ad+(?=\S)")
# An icon font's glyphs (Font Awesome's map pin, envelope, calendar) are Unicode's private
# use: no letter of any language, they say nothing a question can ask.
_PRIVATE = f"[{scripts.PRIVATE_USE}]"
_ICON = patterns.compile(_PRIVATE + r"\s*")
# An icon between a date and the next ("Mayo 2022 \uf178 Septiembre 2022") is the span's dash.
_ICON_DASH = patterns.compile(
    rf"(?i)(?<=\d)\s*{_PRIVATE}\s*(?=(?:[^\W\d_]{{3,12}}\.? )?(?:19|20)\d\d|{NOW_WORDS})"
)

# Chinese characters spaced out one by one for looks ("学 校：", "项 目 经 验"): one word, as a
# reader reads it. Not words of two or more ("山田 太郎", a name's two parts).
_HAN = f"[{scripts.HAN}]"
_HAN_SPACED = patterns.compile(rf"(?<!{_HAN}){_HAN}(?: {_HAN})+(?!{_HAN})")


def visible(text: str) -> str:
    """The text as a reader sees it: invisible marks and soft hyphens gone, ligatures and
    no-break spaces spelled out, Chinese characters spaced apart joined, an icon font's glyphs
    gone (a dash where one stood between two dates)."""
    if not text.isascii():
        # "THỊ" typed as "THI" and a combining dot below: one letter, as every search spells it.
        text = unicodedata.normalize("NFC", text)
    text = _SOFT_HYPHEN.sub("", text.translate(_SPELLED))
    if not text.isascii():
        text = _HAN_SPACED.sub(lambda found: found.group().replace(" ", ""), text)
    return _ICON.sub("", _ICON_DASH.sub(" – ", text))


# A line of a resume is at most a page (a Google Docs export's is 12,000 characters); a
# stranger's file may hold one of 200,000, and some patterns a line is read with backtrack
# over a long run of spaces or over the whole line. Runs of spaces are cut to this many (wider
# than a page) and a longer line is broken at a space into lines of at most `_LONGEST_LINE`.
_WIDEST_GAP = 120
_LONGEST_LINE = 20_000
_GAP = patterns.compile(rf"[ \t]{{{_WIDEST_GAP + 1},}}")


def bounded_lines(lines: list[str]) -> list[str]:
    """The lines, each short enough that a 200 KB file of them reads in seconds (one line of
    190,000 spaces took hours before)."""
    out: list[str] = []
    for line in lines:
        if len(line) <= _WIDEST_GAP:
            out.append(line)
            continue
        line = _GAP.sub(" " * _WIDEST_GAP, line)
        while len(line) > _LONGEST_LINE:
            cut = line.rfind(" ", 0, _LONGEST_LINE)
            cut = cut if cut > 0 else _LONGEST_LINE
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return out
