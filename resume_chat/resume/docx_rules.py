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


def rules_as_breaks(raw: bytes, archive: zipfile.ZipFile) -> bytes:
    """The .docx with each in-paragraph rule splitting its paragraph; unchanged when it has
    none, or when splitting would not leave well-formed XML."""
    document = archive.read("word/document.xml")
    if b'o:hr="t"' not in document:
        return raw
    split = _RULE_RUN.sub(b"</w:r></w:p><w:p>", document)
    if split == document:
        return raw
    try:
        ElementTree.fromstring(split)
    except ElementTree.ParseError:
        return raw
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rebuilt:
        for part in archive.infolist():
            name = part.filename
            rebuilt.writestr(part, split if name == "word/document.xml" else archive.read(name))
    return out.getvalue()
