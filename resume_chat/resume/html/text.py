"""The text of an HTML page's lines: whitespace collapsed, bold kept where it encloses words, a
"<" that must stay text, and a table row that titles a section."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.resume.kinds.classifier import names_a_kind

_SPACE = patterns.compile(r"[ \t\r\n\f\v\u00a0]+")


def section_row(cells: list[str]) -> bool:
    """A row titled by its first cell, a section's name in plain type, over words of its own;
    not a table's bold header row ("**Language** · **Spoken** · **Written**")."""
    title, words = cells[0], " ".join(cells[1:])
    return len(title) <= 40 and "**" not in title and len(words) >= 15 and names_a_kind(title)


def literal(text: str) -> str:
    """Text a page wrote as "&lt;g&gt;": a "<" the Markdown it becomes must not read as a tag
    (a logo's alt "<g>" opened an HTML block that ran the whole resume into one line)."""
    return patterns.sub(r"<(?=[A-Za-z/!?])", r"\\<", text) if "<" in text else text


def inline(text: str) -> str:
    """Collapse whitespace and drop bold markers that enclose nothing."""
    text = _SPACE.sub(" ", text).strip()
    text = patterns.sub(r"\*\*\s*\*\*", " ", text)
    if text.count("**") % 2:
        text = text.replace("**", "")
    # Space just inside the markers goes just outside them: "<b>PhD\t</b>University" (a tab
    # stop after a bold label) is two words, "**PhD** University".
    text = patterns.sub(r"\*\*(\s*)(.+?)(\s*)\*\*(?=(\S?))", _outside, text)
    text = patterns.sub(r"\s*·\s*(·\s*)*$", "", text)
    return _SPACE.sub(" ", text).strip()


def _outside(bold: re.Match[str]) -> str:
    before, words, after, following = bold.groups()
    lead = " " if before else ""
    trail = " " if after and following and following not in ".,;:!?)" else ""
    return f"{lead}**{words}**{trail}"
