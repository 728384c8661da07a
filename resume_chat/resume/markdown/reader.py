"""Markdown as people publish it (front matter, HTML, tables, fences) read into canonical form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from resume_chat import patterns
from resume_chat.resume.html.reader import html_lines
from resume_chat.resume.kinds.classifier import names_kind
from resume_chat.resume.layout import arrange
from resume_chat.resume.markdown.deflists import definition_items, labelled_items, line_blocks
from resume_chat.resume.markdown.frontmatter import split_front_matter
from resume_chat.resume.markdown.inline import inline_text
from resume_chat.resume.markdown.kirby import kirby_page
from resume_chat.resume.markdown.pagemeta import as_front_matter
from resume_chat.resume.markdown.pipe_tables import labelled_row, mended_tables
from resume_chat.resume.markdown.shortcodes import shortcodes
from resume_chat.resume.markdown.titles import (
    BOLD_ONLY,
    bold_lead,
    capitals_title,
    labels_list,
    names_section,
    repeated_titles,
    spaced_headings,
)
from resume_chat.resume.markdown.wrappers import commented_resume, has_headings, unwrapped
from resume_chat.resume.reading import Reading
from resume_chat.resume.text import read_text

if TYPE_CHECKING:
    from markdown_it.token import Token

_FENCE_SHARE = 0.6  # a fence holding this much of the text is the resume itself, not a snippet
_HEADING_TAG = patterns.compile(r"^h([1-6])$")
_LEADING_HASH = patterns.compile(r"^(\s*)(#+)(\s)")
_HASHES = patterns.compile(r"^(#{1,6}) ")


def read_markdown(text: str) -> Reading:
    """Read Markdown: front matter as metadata, HTML as structure, a fenced resume as text."""
    text = as_front_matter(kirby_page(text.removeprefix("\ufeff")))
    metadata, body, warnings = split_front_matter(text)
    # Indented HTML is no code block holding the resume; a pipe table typed askew still a table.
    body = definition_items(mended_tables(unwrapped(shortcodes(spaced_headings(body)))))
    body = line_blocks(body)
    tokens = _tokens(body)  # parsed once: the fence test and the rendering share them
    fenced = _wrapping_fence(body, tokens)
    if fenced is not None:
        inner = read_markdown(fenced) if has_headings(fenced) else read_text(fenced)
        inner.warnings.insert(0, "the resume is inside one code block; read it as text")
        inner.format = "markdown"
        return inner if not metadata.name else _named(inner, metadata.name)
    commented = commented_resume(body)
    if commented is not None:
        inner = read_markdown(commented)
        inner.warnings.insert(0, "the resume is inside an HTML comment; read it from there")
        return inner if not metadata.name else _named(inner, metadata.name)
    lines = labelled_items(_render(tokens))
    kinds = {token.type for token in tokens}
    if (
        not metadata.sections
        and not any(line.startswith("#") for line in lines)
        and not (kinds & {"html_block", "table_open"})
    ):
        # "Skills:" and "Work experience:" alone on lines of one paragraph, no heading, no
        # HTML, no table: the text reader finds such titles the way a person does.
        plain = read_text(body)
        if plain.markdown.count("\n## ") >= 2:
            plain.format = "markdown"
            plain.warnings[:0] = [*warnings, "no Markdown headings; read as plain text"]
            return plain if not metadata.name else _named(plain, metadata.name)
    reading = arrange(
        [*lines, *_level_with(lines, metadata.sections)],
        "markdown",
        name=metadata.name,
        extra=metadata.lines,
    )
    reading.warnings[:0] = warnings
    return reading


def _level_with(body: list[str], sections: list[str]) -> list[str]:
    """Front matter's sections ("## Education") at the level of the body's own sections: a body
    titled "# Research Interests" would otherwise hold them all as its sub-sections."""
    if not sections or not any(line.startswith("# ") for line in body):
        return sections
    return [line[1:] if line.startswith("##") else line for line in sections]


def _named(reading: Reading, name: str) -> Reading:
    reading.name = name
    return reading


def _tokens(text: str) -> list[Token]:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"maxNesting": 20}).enable("table")
    return parser.parse(text)


def _wrapping_fence(text: str, tokens: Sequence[Token]) -> str | None:
    """The content of a fenced code block that holds most of the document, if one does."""
    for token in tokens:
        if token.type in ("fence", "code_block") and len(
            token.content.strip()
        ) >= _FENCE_SHARE * len(text.strip()):
            return str(token.content)
    return None


def _render(tokens: Sequence[Token]) -> list[str]:
    """Canonical lines; "" separates blocks. Headings keep their source level for now."""
    out: list[str] = []
    lists: list[str] = []  # open list kinds, for indentation
    item_open = False  # the next paragraph is the first of a list item: it takes the "- "
    cells: list[str] | None = None
    rows: list[list[str]] = []  # the open table's rows, its header first
    heading = 0
    deepest = 1  # the level of the last heading: a bold label below it is its sub-section
    sectioned = False  # the last heading names a kind of section ("Technical Skills:")
    labels = repeated_titles(tokens)
    for number, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            heading = deepest = int(token.tag[1])
        elif kind == "heading_close":
            heading = 0
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists:
                out.append("")
        elif kind == "list_item_open":
            item_open = True
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close" and cells is not None:
            if any(cells):
                out.append("- " + " · ".join(cell for cell in cells if cell))
                rows.append(cells)
            cells = None
        elif kind == "table_close":
            out += [*labelled_row(out, rows), ""]
            rows = []
        elif kind == "inline":
            text = inline_text(token.children or [], addresses=not heading)
            if cells is not None:
                cells.append(" ".join(text.split()))
            elif heading:
                # "# Jérôme Delagnes<br>Leader technique": a break in a heading ends its
                # title; the line after it is the heading's first line, not more of its title.
                first, *rest = [
                    line for line in text.replace("**", "").split("\n") if line.strip()
                ] or [""]
                title = " ".join(first.split())
                sectioned = names_kind(title.rstrip(":"))
                if title:
                    out += [
                        "",
                        "#" * heading + " " + title,
                        "",
                        *_escaped(rest),
                        *([""] if rest else []),
                    ]
            elif lists:
                indent = "  " * (len(lists) - 1)
                lead = "- " if item_open else "  "
                item_open = False
                for number, line in enumerate(_escaped(text.splitlines())):
                    out.append(indent + (lead if number == 0 else "  ") + line.strip())
            elif (bold := BOLD_ONLY.match(text)) and names_section(bold.group(1), labels):
                # "**Education**" alone on its line: Word exports and PDFs-turned-Markdown
                # mark sections by bold type, not by headings. Under a "#### Job" heading,
                # "**Key Projects**:" is that job's, not a section closing the one above.
                out += ["", "#" * min(deepest + 1, 6) + " " + bold.group(1).strip(), ""]
            elif (labelled := bold_lead(text)) and names_section(labelled):
                # "**Interests**" with its text on the next line of the same paragraph.
                hashes = "#" * min(deepest + 1, 6)
                out += ["", f"{hashes} {labelled}", "", *_escaped(text.splitlines()[1:]), ""]
            elif capitals_title(text):
                # "EDUCATION:" alone in plain type after a "TeCHNICAL SKILLS:" heading (pandoc
                # from Word): the next section, beside that one, not inside it.
                level = deepest if sectioned else min(deepest + 1, 6)
                out += ["", "#" * level + " " + text.strip().rstrip(":"), ""]
            elif labels_list(text, tokens[number + 2 : number + 3]):
                # "Companies I worked for:" over a list: a section set in plain type.
                out += ["", "#" * min(deepest + 1, 6) + " " + text.strip().rstrip(":"), ""]
            else:
                out += [*_escaped(text.splitlines()), ""]
        elif kind in ("fence", "code_block"):
            out += [*_escaped(line.rstrip() for line in token.content.splitlines()), ""]
        elif kind == "html_block":
            block = _html_block(token.content)
            if number and tokens[number - 1].type == "heading_close":
                # "## Personal Project" over a <div> holding "<h1>Trade Audit</h1>": the
                # block is that heading's body, its headings sub-sections of it.
                block = _nest(block, deepest)
            out += [*block, ""]
        elif kind == "hr" and not lists:
            # A rule drawn between jobs parts them ("---" over the next job's title).
            out += ["", "---", ""]
    return out


def _nest(lines: list[str], level: int) -> list[str]:
    """Headings moved so that the shallowest is one deeper than `level`, distances kept."""
    levels = [len(found.group(1)) for line in lines if (found := _HASHES.match(line))]
    if not levels or min(levels) > level:
        return lines
    shift = level + 1 - min(levels)
    return [
        "#" * min(len(found.group(1)) + shift, 6) + line[len(found.group(1)) :]
        if (found := _HASHES.match(line))
        else line
        for line in lines
    ]


def _html_block(html: str) -> list[str]:
    return [
        line if line.startswith(("#", "- ", "  ")) else _escape(line) for line in html_lines(html)
    ]


def _escape(line: str) -> str:
    """A text line that would read as a heading in canonical Markdown keeps its `#` as text."""
    return _LEADING_HASH.sub(r"\1\\\2\3", line)


def _escaped(lines: Any) -> list[str]:
    return [_escape(line) for line in lines]
