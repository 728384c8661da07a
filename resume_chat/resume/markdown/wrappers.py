"""How a resume is wrapped in a Markdown page: in HTML wrappers that would swallow its
Markdown, or whole in an HTML comment under an embedded PDF."""

from __future__ import annotations

import re

from resume_chat import patterns

# A line holding only a wrapper's tags: `<div class='row'>`, `</div><!-- #experience -->`.
_WRAPPER_LINE = patterns.compile(
    r"(?im)^ {0,3}(?:</?(?:div|section|article|main|header|footer|aside|center|span)\b[^>\n]*>"
    r"[ \t]*|<!--[^\n]*?-->[ \t]*)+$(?=\n {0,3}[^<\s])"
)


# Indented four columns or more: four spaces, or a tab (a tab is four columns to CommonMark).
_INDENTED_TAG = patterns.compile(
    r"(?m)^(?: *\t[ \t]*| {4,})(?=</?(?:h[1-6]|ul|ol|li|div|section|p|table|thead|tbody|tr|td"
    r"|th|dl|dt|dd|header|footer|article|details|summary)\b)"
)


# A heading element alone on its line inside inline tags: `<b><h1>IT Manager</h1></b>`. Not
# an HTML block to CommonMark (the line opens with `<b>`): a paragraph whose heading is lost.
_WRAPPED_HEADING = patterns.compile(
    r"(?im)^ {0,3}(?:<(?:b|strong|i|em|u|span|font|center)\b[^>\n]*>\s*)+"
    r"<h([1-6])\b[^>\n]*>([^<\n]*(?:<(?!/?h\d)[^>\n]*>[^<\n]*)*)</h\1\s*>"
    r"(?:\s*</(?:b|strong|i|em|u|span|font|center)\s*>)*[ \t]*$"
)


def _heading(found: re.Match[str]) -> str:
    words = " ".join(patterns.sub(r"<[^>]*>", " ", found.group(2)).split())
    return f"{'#' * int(found.group(1))} {words}" if words else ""


def unwrapped(text: str) -> str:
    """Markdown written inside HTML wrappers (`<div class='row'>` then `## Experience`, with no
    blank line between) stays Markdown: CommonMark would read it all as one HTML block, whose
    text has lost its lines. A blank line after a wrapper line that Markdown follows ends that
    block there; HTML that HTML follows stays one block."""
    if "<" not in text:
        return text
    text = _WRAPPED_HEADING.sub(_heading, text)
    # HTML indented inside its wrapper, after a blank line, is HTML, not an indented code block.
    text = _INDENTED_TAG.sub("", text)
    return _WRAPPER_LINE.sub(lambda found: found.group(0) + "\n", text)


def has_headings(text: str) -> bool:
    return bool(patterns.search(r"(?m)^ {0,3}#{1,6} \S", text))


# A heading: "## Education", or a line over a "======" or "------" underline.
_ANY_HEADING = patterns.compile(r"(?m)^ {0,3}#{1,6} \S|^ {0,3}\S.*\n {0,3}(=+|-+)[ \t\r]*$")


def commented_resume(text: str) -> str | None:
    """A resume kept whole in an HTML comment while the page shows only an embedded PDF (an
    academicpages CV): the comment, when nothing outside it has a heading and it holds more
    than the rest."""
    spans = []
    start = text.find("<!--")
    while start != -1 and (end := text.find("-->", start + 4)) != -1:  # linear: no regex scans
        spans.append((start + 4, end))
        start = text.find("<!--", end + 3)
    if not spans:
        return None
    inner = max((text[a:b] for a, b in spans), key=len)
    after = [(0, -3), *spans[:-1]]  # each comment's text starts where the one before ended
    outside = "".join(text[b + 3 : a - 4] for (_, b), (a, _) in zip(after, spans, strict=True))
    outside += text[spans[-1][1] + 3 :]
    if _ANY_HEADING.search(outside) or len(_ANY_HEADING.findall(inner)) < 2:
        return None
    return inner if len(inner.strip()) > len(outside.strip()) else None
