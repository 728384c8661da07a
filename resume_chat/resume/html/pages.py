"""A whole HTML page as the Markdown text the Markdown reader takes."""

from __future__ import annotations

from resume_chat.resume.html.reader import Converter
from resume_chat.resume.html.tables import layout_tables_opened, one_cells_unwrapped


def page_markdown(html: str) -> str:
    """A whole page's text as one Markdown text, for the Markdown reader: a paragraph after a
    list that has ended starts a block of its own (the line under "<li>publications</li></ul>"
    is no lazy continuation of the item, which would take in the page after a navigation
    list); text still inside the list goes on with its item."""
    converter = Converter(bold_titles=True, whole=True, literal=True)
    converter.feed(layout_tables_opened(one_cells_unwrapped(html)))
    converter.close()
    out: list[str] = []
    for number, line in enumerate(converter.lines):
        if number in converter.list_ends and not line.startswith(("- ", "  ", "#")):
            out.append("")
        out.append(line)
    return "\n".join(out)
