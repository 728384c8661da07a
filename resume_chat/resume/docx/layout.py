"""A Word resume drawn as floating text boxes, read in the order its page shows them.

Some templates draw every word in text boxes pinned where the page shows them ("EDUCATION" at
the left, its degree beside it), anchored in whatever paragraph the cursor was in. Read in the
order the XML keeps them, a section's title can come after its content and a name split
across three boxes reads as three headings. When boxes hold nearly all of a file's words, each
box becomes paragraphs of its own in the body, sorted by where the page shows it: top to
bottom by its middle, left to right for boxes level with each other. The body's own
paragraphs keep their place by where the page flows them.
"""

from __future__ import annotations

import zipfile
from typing import Any, NamedTuple
from xml.etree import ElementTree

from resume_chat.resume.docx.anchors import anchors, page_breaks, parents_of
from resume_chat.resume.docx.rules import main_part, parsed_part, serialised, with_part

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_EMU_PER_TWIP = 635
_LINE = 177_800  # EMU: a line of 12-point text, spaced 1.15
_CHARS = 90  # a line's characters at that size across a page's text
_ROW = 114_300  # EMU: boxes whose middles are this close stand level, read left to right
_COLUMN = 0.08  # the share of a page's words each of two columns holds at least
_ACROSS = 0.5  # the share of them boxes across both columns hold at most
_OVERHANG = 0.1  # the share of the page's width a box runs past the gutter to stand across
_BOXED = 0.8  # the share of a file's words in boxes that makes it a drawing of boxes
_MAX_BYTES = 5_000_000


class _Page:
    """A page's size and margins in EMU, from the body's section properties (Letter and one
    inch when it gives none)."""

    def __init__(self, body: ElementTree.Element) -> None:
        size = body.find(f"{_W}sectPr/{_W}pgSz")
        margins = body.find(f"{_W}sectPr/{_W}pgMar")
        self.height = _twips(size, "h", 15_840)
        self.width = _twips(size, "w", 12_240)
        self.top = _twips(margins, "top", 1_440)
        self.left = _twips(margins, "left", 1_440)

    def y(self, anchor: ElementTree.Element, flowed: int, extent: int) -> int:
        """The top of a box on its page: its offset from what it is pinned to."""
        where = anchor.find(f"{_WP}positionV")
        frame = where.get("relativeFrom", "") if where is not None else ""
        base = {"page": 0, "topMargin": 0, "margin": self.top}.get(frame, flowed)
        return base + _offset(where, self.height - base, extent)

    def x(self, anchor: ElementTree.Element, extent: int) -> int:
        where = anchor.find(f"{_WP}positionH")
        frame = where.get("relativeFrom", "") if where is not None else ""
        base = 0 if frame in ("page", "leftMargin") else self.left
        return base + _offset(where, self.width - base, extent)


def _twips(element: ElementTree.Element | None, name: str, default: int) -> int:
    value = element.get(f"{_W}{name}", "") if element is not None else ""
    return (int(value) if value.lstrip("-").isdigit() else default) * _EMU_PER_TWIP


def _offset(where: ElementTree.Element | None, room: int, extent: int) -> int:
    """A position's offset: a number of EMU, or an alignment within the room it has."""
    if where is None:
        return 0
    offset = where.find(f"{_WP}posOffset")
    if offset is not None and (offset.text or "").strip().lstrip("-").isdigit():
        return int((offset.text or "").strip())
    align = where.find(f"{_WP}align")
    said = (align.text or "").strip() if align is not None else ""
    return {"center": (room - extent) // 2, "bottom": room - extent, "right": room - extent}.get(
        said, 0
    )


def _text(element: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_W}t"))


class _Block(NamedTuple):
    """A box, or a paragraph of the body's own, where the page shows it (EMU)."""

    sheet: int
    top: int
    bottom: int
    left: int
    right: int
    order: int  # in the file: ties keep it
    elements: list[ElementTree.Element]

    @property
    def middle(self) -> int:
        return (self.top + self.bottom) // 2

    @property
    def words(self) -> int:
        return sum(len(_text(element)) for element in self.elements)


def _boxes(
    anchor: ElementTree.Element, parents: dict[ElementTree.Element, ElementTree.Element]
) -> list[tuple[int, int, int, int, list[Any]]]:
    """A drawing's text boxes: (their offset down and across within it, their height and
    width, their paragraphs); a group's boxes each at its own place, scaled as the group is."""
    group = anchor.find(f".//{_A}xfrm")
    scale = (1.0, 1.0, 0, 0)
    if group is not None and (child := group.find(f"{_A}chExt")) is not None:
        ext, off = group.find(f"{_A}ext"), group.find(f"{_A}chOff")
        high, wide = int(child.get("cy", "0") or 0), int(child.get("cx", "0") or 0)
        if ext is not None and off is not None and high > 0 and wide > 0:
            scale = (int(ext.get("cy", "0")) / high, int(ext.get("cx", "0")) / wide, 0, 0)
            scale = (*scale[:2], int(off.get("y", "0")), int(off.get("x", "0")))
    found = []
    for content in anchor.iter(f"{_W}txbxContent"):
        # The shape a box's text is kept in ("wps:wsp" › "wps:txbx" › the text); not a box
        # drawn inside another box's text (it is read with that box).
        holder = parents.get(content)
        shape = parents.get(holder) if holder is not None else None
        if shape is None or _inside_text(content, anchor, parents):
            continue
        place = shape.find(f"./*/{_A}xfrm/{_A}off")
        size = shape.find(f"./*/{_A}xfrm/{_A}ext")
        if place is None:
            continue
        down = round((int(place.get("y", "0")) - scale[2]) * scale[0])
        across = round((int(place.get("x", "0")) - scale[3]) * scale[1])
        high = round(int(size.get("cy", "0")) * scale[0]) if size is not None else 0
        wide = round(int(size.get("cx", "0")) * scale[1]) if size is not None else 0
        found.append((down, across, high, wide, list(content)))
    return found


def _inside_text(
    element: ElementTree.Element,
    anchor: ElementTree.Element,
    parents: dict[ElementTree.Element, ElementTree.Element],
) -> bool:
    above = parents.get(element)
    while above is not None and above is not anchor:
        if above.tag == f"{_W}txbxContent":
            return True
        above = parents.get(above)
    return False


def in_page_order(raw: bytes, archive: zipfile.ZipFile) -> bytes:
    """The .docx with its text boxes as paragraphs in the order the page shows them, when
    they hold nearly all its words; else unchanged."""
    part_name = main_part(archive)
    info = archive.getinfo(part_name)
    if info.file_size > _MAX_BYTES:
        return raw
    document = archive.read(info)
    if b"txbxContent" not in document:
        return raw
    parsed = parsed_part(document)
    if parsed is None:
        return raw
    root, prefixes = parsed
    body = root.find(f"{_W}body")
    if body is None:
        return raw
    blocks = _blocks(body)
    if blocks is None:
        return raw
    ordered = [element for block in _read_order(blocks) for element in block.elements]
    section = body.find(f"{_W}sectPr")
    body[:] = ordered + ([section] if section is not None else [])
    return with_part(archive, part_name, serialised(root, prefixes))


def _blocks(body: ElementTree.Element) -> list[_Block] | None:
    """Each box and each of the body's own paragraphs with words, where the page shows it;
    None when the boxes hold too few of the words to be the page's layout."""
    page = _Page(body)
    parents = parents_of(body)
    blocks: list[_Block] = []
    flowed, sheet, boxed, own = page.top, 0, 0, 0
    for block in list(body):
        if block.tag == f"{_W}sectPr":
            continue
        breaks = page_breaks(block, parents)
        for anchor in list(anchors(block, parents)):
            extent = anchor.find(f"{_WP}extent")
            high = int(extent.get("cy", "0")) if extent is not None else 0
            wide = int(extent.get("cx", "0")) if extent is not None else 0
            turned = breaks.get(anchor, 0)  # pinned after a page break: on a page further on
            top = page.y(anchor, page.top if turned else flowed, high)
            left = page.x(anchor, wide)
            drawn = _boxes(anchor, parents) or [(0, 0, high, wide, [])]
            for down, across, tall, broad, content in drawn:
                if not content:  # a box Word drew with no shape of its own around it
                    content = list(next(anchor.iter(f"{_W}txbxContent")))
                y, x = top + down, left + across
                box = _Block(sheet + turned, y, y + tall, x, x + broad, len(blocks), content)
                boxed += box.words
                blocks.append(box)
            _remove(anchor, block, parents)
        if breaks:
            flowed, sheet = page.top, sheet + max(breaks.values())
        words = len(_text(block))
        height = _LINE * max(1, -(-words // _CHARS))
        if words:
            own += words
            right = page.width - page.left
            blocks.append(
                _Block(sheet, flowed, flowed + height, page.left, right, len(blocks), [block])
            )
        flowed += height
        if flowed > page.height - page.top:
            flowed, sheet = page.top, sheet + 1
    return blocks if boxed and boxed >= _BOXED * (boxed + own) else None


def _read_order(blocks: list[_Block]) -> list[_Block]:
    """Page by page: two columns, where a gutter parts the page's boxes, each top to bottom
    (a box across both, such as a banner with the name, between them as it stands); else
    top to bottom by the boxes' middles, left to right for boxes level with each other."""
    ordered: list[_Block] = []
    for sheet in sorted({block.sheet for block in blocks}):
        on = [block for block in blocks if block.sheet == sheet and block.words]
        gutter = _gutter(on)
        if gutter is None:
            ordered += sorted(on, key=lambda b: (b.middle // _ROW, b.left, b.order))
            continue
        low, high = min(b.left for b in on), max(b.right for b in on)
        crossing = [b for b in on if b.left < gutter < b.right]
        first = min((b.top for b in on if b not in crossing), default=0)
        # A box across both columns reaches well into each, or heads the page above them (a
        # banner with the name, a headline); one that overhangs the gutter a little further
        # down (a sidebar's name set wide) is its column's.
        across = sorted(
            (
                b
                for b in crossing
                if min(gutter - b.left, b.right - gutter) > _OVERHANG * (high - low)
                or b.middle < first
            ),
            key=lambda b: b.middle,
        )
        bands = [b.middle for b in across] + [1 << 62]
        for index, edge in enumerate(bands):
            above = bands[index - 1] if index else -(1 << 62)
            band = [b for b in on if above <= b.middle < edge and b not in across]
            left = [b for b in band if gutter - b.left >= b.right - gutter]
            ordered += sorted(left, key=lambda b: b.middle)
            ordered += sorted((b for b in band if b not in left), key=lambda b: b.middle)
            ordered += across[index : index + 1]
    return ordered


def _gutter(blocks: list[_Block]) -> int | None:
    """Where a page's boxes part into two columns: an edge of a box that no box of the
    columns crosses, each side holding two boxes and a share of the words (a column of
    section titles beside their sections is no column: its titles are too few words)."""
    total = sum(block.words for block in blocks) or 1
    best: tuple[int, int] | None = None
    for edge in sorted({block.right for block in blocks} | {block.left for block in blocks}):
        left = [b for b in blocks if b.right <= edge]
        right = [b for b in blocks if b.left >= edge]
        crossing = sum(b.words for b in blocks if b.left < edge < b.right)
        words = min(sum(b.words for b in left), sum(b.words for b in right))
        if (
            min(len(left), len(right)) >= 2
            and words >= _COLUMN * total
            and crossing <= _ACROSS * total
            and (best is None or words > best[0])
        ):
            best = (words, edge)
    return best[1] if best else None


def _remove(
    anchor: ElementTree.Element,
    block: ElementTree.Element,
    parents: dict[ElementTree.Element, ElementTree.Element],
) -> None:
    """The drawing taken out of the run that holds it (with the fallback copy beside it)."""
    child = anchor
    while (parent := parents.get(child)) is not None and parent is not block:
        if parent.tag in (f"{_W}r", f"{_W}p"):
            parent.remove(child)
            return
        child = parent
