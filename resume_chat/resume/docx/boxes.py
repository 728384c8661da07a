"""Text boxes in a Word file: their paragraphs read once each, and those Word floats at the top
of the first page read first.

A template may draw the name and contact details as boxes pinned to the page ("1.4 inches from
the top"), anchored in whatever paragraph was being typed: mammoth reads them where they are
anchored, after the profile and the skills, and the name is lost among the sections. A box
anchored in one of the first paragraphs and pinned near the page's top is where the page shows
it: above everything else.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from resume_chat import patterns
from resume_chat.resume.docx.rules import main_part

_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_PINNED = ("page", "margin", "topMargin")  # what a box's vertical offset is measured from
_TOP = 2_286_000  # EMU: two and a half inches, where a letterhead ends
_FIRST = 12  # body paragraphs: the first page's top, before a box could be on another page
_LINES, _LINE = 3, 100  # a letterhead box's lines at most, and their length
_MAX_BYTES = 5_000_000  # document.xml of a resume: tens of KB, more with tables


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def paragraphs(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The paragraphs, those of a text box drawn in one before it (a header's name is often
    such a box, anchored to the line of contact details it sits above)."""
    for child in element:
        if child.tag != _FALLBACK:
            yield from paragraphs(child)
            if child.tag == f"{_WORD}p":
                yield child


def _own(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """A paragraph's own elements: not those of a text box drawn in it (its paragraphs are
    read one by one), nor the older drawing Word keeps of the same box as a fallback (a
    header's "LUCHAO QI" was read four times over, as one line)."""
    for child in element:
        if child.tag in (_FALLBACK, f"{_WORD}txbxContent"):
            continue
        yield child
        yield from _own(child)


def paragraph_text(paragraph: ElementTree.Element) -> str:
    """A paragraph's own words, a tab or a line break read as a space."""
    return "".join(
        (element.text or "") if element.tag == f"{_WORD}t" else " "
        for element in _own(paragraph)
        if element.tag in (f"{_WORD}t", f"{_WORD}tab", f"{_WORD}br")
    )


def top_boxes(archive: zipfile.ZipFile) -> list[str]:
    """The paragraphs of the boxes pinned near the first page's top, top to bottom."""
    info = archive.getinfo(main_part(archive))
    if info.file_size > _MAX_BYTES:
        return []
    try:
        body = ElementTree.fromstring(archive.read(info)).find(f"{_WORD}body")
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError, RuntimeError):
        return []
    boxes: list[tuple[int, list[str]]] = []
    for child in list(body if body is not None else [])[:_FIRST]:
        for anchor in child.iter(f"{_DRAWING}anchor"):
            offset = anchor.find(f"{_DRAWING}positionV/{_DRAWING}posOffset")
            where = anchor.find(f"{_DRAWING}positionV")
            if where is None or where.get("relativeFrom") not in _PINNED or offset is None:
                continue
            if (
                not (offset.text or "").strip().lstrip("-").isdigit()
                or int(offset.text or 0) > _TOP
            ):
                continue
            texts = [
                text
                for p in anchor.iter(f"{_WORD}p")
                if (text := " ".join(paragraph_text(p).split()))
            ]
            # A letterhead's box holds a line or three (a name, an address); an infographic's
            # holds a section's paragraphs, which stay where the page flows them.
            if len(texts) <= _LINES and all(len(text) <= _LINE for text in texts):
                boxes.append((int(offset.text or 0), texts))
    return [text for _, texts in sorted(boxes, key=lambda box: box[0]) for text in texts]


def _key(line: str) -> str:
    return patterns.sub(r"\W", "", line.replace("**", "").lstrip("#")).casefold()


def lifted(lines: list[str], boxes: list[str]) -> list[str]:
    """The lines with those of the top boxes moved to the front, in the boxes' order."""
    keys = [_key(text) for text in boxes if _key(text)]
    moved: list[str] = []
    rest = list(lines)
    for key in keys:
        index = next((i for i, line in enumerate(rest) if _key(line) == key), None)
        if index is not None:
            moved.append(rest.pop(index).lstrip("#").strip())
    return [*moved, "", *rest] if moved else lines
