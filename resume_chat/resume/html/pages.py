"""HTML as Markdown: a whole page as the text the Markdown reader takes, and a fragment (a
Word file's body, as mammoth writes it) as canonical Markdown."""

from __future__ import annotations

from resume_chat.resume.html.reader import Converter, html_lines
from resume_chat.resume.html.tables import layout_tables_opened, one_cells_unwrapped


def page_markdown(html: str) -> str:
    """A whole page's text as one Markdown text, for the Markdown reader: a paragraph after a
    list that has ended starts a block of its own (the line under "<li>publications</li></ul>"
    is no lazy continuation of the item, which would take in the page after a navigation
    list); text still inside the list goes on with its item, up to an empty paragraph."""
    converter = Converter(bold_titles=True, whole=True, literal=True)
    converter.feed(layout_tables_opened(one_cells_unwrapped(html)))
    converter.close()
    out: list[str] = []
    for number, line in enumerate(converter.lines):
        ended = number in converter.list_ends
        # An empty paragraph after an item (Word's "<p>&nbsp;</p>") ends it too.
        ended = ended or (number in converter.gaps and out[-1:] != [""] and _in_item(out))
        if ended and not line.startswith(("- ", "  ", "#")):
            out.append("")
        out.append(line)
    return "\n".join(out)


def _in_item(lines: list[str]) -> bool:
    """Whether the last block begun is a list item (its lines may follow it unindented)."""
    for line in reversed(lines):
        if not line:
            return False
        if line.startswith(("- ", "#")):
            return line.startswith("- ")
    return False


def html_to_markdown(html: str) -> str:
    """An HTML document or fragment as canonical Markdown: headings, items, rows, paragraphs."""
    blocks: list[str] = []
    for line in html_lines(html, whole=True):
        if line.startswith("#") or not blocks:
            blocks.append(line)
        elif line.startswith(("- ", "  ")) and blocks[-1].splitlines()[-1].startswith(("- ", "  ")):
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    return "\n\n".join(blocks) + "\n" if blocks else ""
