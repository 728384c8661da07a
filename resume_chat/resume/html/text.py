"""The text of an HTML page's lines: whitespace collapsed, bold kept where it encloses words, a
"<" that must stay text, a link's address, and a table row that titles a section."""

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


# A link to a page of the site itself: "default.htm", "/about", "../cv.html".
_OWN_PAGE = r"(?i)^(\.{0,2}/(?!/)|[\w-]+\.(html?|php|aspx?|jsp)([?#]|$))"
# A link to a document to download: a resume's other formats.
_DOCUMENT = r"(?i)\.(pdf|docx?|odt|rtf)(\?[^#]*)?(#.*)?$"


def within_site(href: str) -> bool:
    """A link to a part of the page ("#formations") or to another page of the site itself
    ("competences.html", "/about"), not to a document to download."""
    target = href.strip()
    own = patterns.match(_OWN_PAGE, target) and not patterns.search(_DOCUMENT, target)
    return target.startswith("#") or bool(own)


def link_ended(text: list[str], href: str, start: int, *, heading: bool) -> None:
    """A link ends, its text from `start` on: keep its address after the text, unless the text
    shows it already or it is a page of the site itself ("Jennifer Mason <a href=default.htm>");
    a heading's download button ("Maykel Suarez <a href="/cv.pdf">PDF</a>") is no words of it.
    """
    target = href.removeprefix("mailto:").removeprefix("tel:").strip()
    if not target or target.startswith("javascript:") or within_site(target):
        return
    if heading and len("".join(text[start:]).split()) <= 3 and patterns.search(_DOCUMENT, target):
        del text[start:]
        return
    bare = patterns.sub(r"^https?://(www\.)?", "", target).rstrip("/")
    if bare and bare.lower() not in "".join(text).lower():
        text.append(f" ({target})")
