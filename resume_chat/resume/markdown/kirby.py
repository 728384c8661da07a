"""A Kirby CMS page: fields ("Heading: Lebenslauf", "Text: …") parted by lines of "----", its
links written as KirbyTags ("(link: https://fantec.de target: _blank text: Fantec GmbH)")."""

from __future__ import annotations

import re

from resume_chat import patterns

_SEPARATOR = patterns.compile(r"^----\s*$", re.MULTILINE)
_FIELD = patterns.compile(r"^([A-Za-z][\w-]{0,40}):[ \t]*(.*)$")
# A field that lays the page out, or holds a picture's file name: nothing a reader reads.
_LAYOUT = frozenset(
    {"display", "order", "icon", "template", "uuid", "cover", "image", "thumbnail", "layout"}
)
# "(link: URL text: Fantec GmbH)", "(email: a@b.de)": the words a reader sees, bounded.
_TAG = patterns.compile(r"\((link|email|tel|file):\s*([^\s()]{1,500})([^()]{0,500})\)")
_TEXT = patterns.compile(r"\btext:\s*(.+?)\s*(?:\b(?:target|class|title|rel|popup):|$)")


def kirby_page(text: str) -> str:
    """The page's fields as Markdown: a one-line heading or title as a heading, a field of
    several lines as it is, a one-line field as "Key: value"; layout fields dropped. Any
    other text as it is."""
    blocks = _SEPARATOR.split(text)
    if len(blocks) < 3:
        return text
    fields = [_field(block) for block in blocks if block.strip()]
    if not all(fields):
        return text
    out: list[str] = []
    for key, value in (field for field in fields if field):
        lowered = key.lower()
        if lowered in _LAYOUT or not patterns.search(r"[^\W\d_]", value):
            continue
        if lowered in ("title", "heading", "headline") and "\n" not in value:
            out += [f"## {value}", ""]
        elif "\n" in value:
            out += [value, ""]
        else:
            out += [f"{key}: {value}", ""]
    return kirby_tags("\n".join(out))


def _field(block: str) -> tuple[str, str] | None:
    lines = block.strip("\n").split("\n")
    found = _FIELD.match(lines[0])
    if not found:
        return None
    value = "\n".join([found.group(2), *lines[1:]]).strip()
    return found.group(1), value


def kirby_tags(text: str) -> str:
    """ "(link: http://fantec.de/ target: _blank text:Fantec GmbH)" → "Fantec GmbH"."""
    if "(link:" not in text and "(email:" not in text and "(tel:" not in text:
        return text

    def words(found: re.Match[str]) -> str:
        shown = _TEXT.search(found.group(3))
        return shown.group(1) if shown else found.group(2)

    return _TAG.sub(words, text)
