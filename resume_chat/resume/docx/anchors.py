"""Where a Word body paragraph pins its floating text boxes: which drawings it anchors, and
the page breaks typed before each."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def parents_of(root: ElementTree.Element) -> dict[ElementTree.Element, ElementTree.Element]:
    return {child: parent for parent in root.iter() for child in parent}


def anchors(
    block: ElementTree.Element, parents: dict[ElementTree.Element, ElementTree.Element]
) -> Iterator[ElementTree.Element]:
    """The floating drawings holding text in a body paragraph: not a fallback's copy of one,
    nor a box drawn inside another box (it is read with the box)."""
    for anchor in block.iter(f"{_WP}anchor"):
        if next(anchor.iter(f"{_W}txbxContent"), None) is None:
            continue
        above, inside = parents.get(anchor), False
        while above is not None and above is not block:
            inside = inside or above.tag in (_FALLBACK, f"{_W}txbxContent")
            above = parents.get(above)
        if not inside:
            yield anchor


def page_breaks(
    block: ElementTree.Element, parents: dict[ElementTree.Element, ElementTree.Element]
) -> dict[ElementTree.Element, int]:
    """For each drawing in a body paragraph, the page breaks typed before it there (a
    template's second page pinned to the paragraph that holds the first's); the breaks in
    all under the key `block` itself."""
    count, seen = 0, {}
    for element in block.iter():
        if element.tag == f"{_WP}anchor":
            seen[element] = count
        elif element.tag == f"{_W}br" and element.get(f"{_W}type") == "page":
            above = parents.get(element)
            while above is not None and above is not block and above.tag != f"{_W}txbxContent":
                above = parents.get(above)
            count += above is block
    if count:
        seen[block] = count
    return seen if count else {}
