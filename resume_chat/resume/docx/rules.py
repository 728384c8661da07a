"""Horizontal rules Word draws inside a paragraph, read as the paragraph breaks they show.

A template may put a section's title in the same paragraph as the text above it, a rule
(`<v:rect o:hr="t">`) between them: the page shows a line and a new heading, the XML one
paragraph ("...aligned with client needs.Professional Experience"). The rule's run becomes the
end of one paragraph and the start of the next, where it stands between two runs.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

_RULE_RUN = re.compile(
    rb"</w:r>\s*<w:r\b[^>]*>\s*(?:<w:rPr>(?:(?!</w:rPr>).){0,2000}</w:rPr>\s*)?"
    rb'<w:pict\b(?:(?!</w:pict>).){0,4000}?o:hr="t"(?:(?!</w:pict>).){0,4000}</w:pict>\s*</w:r>'
    rb"\s*(?=<w:r\b)",
    re.DOTALL,
)


_MAIN_PART = re.compile(
    rb'<Relationship\b[^>]*?Type="[^"]*/officeDocument"[^>]*?Target="/?([^"]{1,200})"'
    rb'|<Relationship\b[^>]*?Target="/?([^"]{1,200})"[^>]*?Type="[^"]*/officeDocument"'
)


def main_part(archive: zipfile.ZipFile) -> str:
    """The document's own part: word/document.xml, or where _rels/.rels says it is (a
    converter's word/document2.xml)."""
    names = set(archive.namelist())
    if "word/document.xml" in names or "_rels/.rels" not in names:
        return "word/document.xml"
    info = archive.getinfo("_rels/.rels")
    found = _MAIN_PART.search(archive.read(info)) if info.file_size < 100_000 else None
    target = (found.group(1) or found.group(2)).decode("utf-8", "replace") if found else ""
    return target if target in names else "word/document.xml"


def rules_as_breaks(raw: bytes, archive: zipfile.ZipFile) -> bytes:
    """The .docx with each in-paragraph rule splitting its paragraph; unchanged when it has
    none, or when splitting would not leave well-formed XML."""
    part_name = main_part(archive)
    document = archive.read(part_name)
    if b'o:hr="t"' not in document:
        return raw
    split = _RULE_RUN.sub(b"</w:r></w:p><w:p>", document)
    if split == document:
        return raw
    try:
        ElementTree.fromstring(split)
    except ElementTree.ParseError:
        return raw
    return with_part(archive, part_name, split)


def with_part(archive: zipfile.ZipFile, part_name: str, data: bytes) -> bytes:
    """The .docx's bytes with one part's content replaced, every other part as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rebuilt:
        for part in archive.infolist():
            name = part.filename
            rebuilt.writestr(part, data if name == part_name else archive.read(name))
    return out.getvalue()


def parsed_part(document: bytes) -> tuple[ElementTree.Element, list[tuple[str, str]]] | None:
    """A part's XML parsed once, with the prefixes it declares (for `serialised`); None when
    it is not well-formed."""
    try:
        parsing = ElementTree.iterparse(io.BytesIO(document), events=("start-ns",))
        prefixes = [found for _, found in parsing]
    except ElementTree.ParseError:
        return None
    return parsing.root, prefixes  # type: ignore[attr-defined]


def serialised(root: ElementTree.Element, prefixes: list[tuple[str, str]]) -> bytes:
    """A part's XML written back, keeping the prefixes it declared (Word's "w:", "mc:")."""
    for prefix, uri in prefixes:
        if prefix and not prefix.startswith("ns"):
            ElementTree.register_namespace(prefix, uri)
    written: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return written
