"""Text a Word file keeps only in a drawing's newer form.

Word writes a drawing twice: as the shapes of today (`mc:Choice`) and as an older fallback
(`mc:Fallback`) for programs that lack them; mammoth reads the fallback. Where a group of text
boxes ("wpg") falls back to a picture of itself, the boxes' text (a header's e-mail and phone)
is in the newer form alone: it is copied into the fallback, where mammoth reads it.
"""

from __future__ import annotations

import copy
import zipfile
from xml.etree import ElementTree

from resume_chat.resume.docx.rules import main_part, parsed_part, serialised, with_part

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MAX_BYTES = 5_000_000  # document.xml of a resume: tens of KB, more with tables


def choices_read(raw: bytes, archive: zipfile.ZipFile) -> bytes:
    """The .docx with each drawing's text in its fallback too, where only its newer form held
    it; else unchanged."""
    part_name = main_part(archive)
    info = archive.getinfo(part_name)
    if info.file_size > _MAX_BYTES:
        return raw
    document = archive.read(info)
    if b"txbxContent" not in document or b"Fallback" not in document:
        return raw
    parsed = parsed_part(document)
    if parsed is None:
        return raw
    root, prefixes = parsed
    changed = False
    for alternate in root.iter(f"{_MC}AlternateContent"):
        choice, fallback = alternate.find(f"{_MC}Choice"), alternate.find(f"{_MC}Fallback")
        if choice is None or fallback is None or _words(fallback):
            continue
        boxes = _outermost(choice)
        if any(_words(box) for box in boxes):
            fallback.extend(copy.deepcopy(box) for box in boxes)
            changed = True
    return with_part(archive, part_name, serialised(root, prefixes)) if changed else raw


def _words(element: ElementTree.Element) -> str:
    return "".join(text.text or "" for text in element.iter(f"{_W}t")).strip()


def _outermost(element: ElementTree.Element) -> list[ElementTree.Element]:
    """The text boxes in an element, not those drawn inside another's text."""
    found: list[ElementTree.Element] = []
    for child in element:
        if child.tag == f"{_W}txbxContent":
            found.append(child)
        else:
            found.extend(_outermost(child))
    return found
