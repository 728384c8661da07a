"""The document model: canonical Markdown parsed into a tree of sections by heading."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from resume_chat import patterns
from resume_chat.resume.reading import Reading

# CommonMark: a closing run of # counts only after a space, so "C#" keeps its #.
_ATX = patterns.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
# Emphasis and code marks; an underscore inside a word is part of it ("IDA_Offshore_1"), as
# CommonMark reads it.
_INLINE_MARKUP = patterns.compile(r"[*`]+|(?<![^\W_])_+|_+(?![^\W_])")


class Section(NamedTuple):
    """A heading and what stands under it; `path` names it for citations."""

    title: str
    level: int
    path: tuple[str, ...]
    line: int  # 1-based line of the heading in the file
    body: str
    children: list[Section]  # filled while parsing; nested headings, in order

    @property
    def citation(self) -> str:
        return " › ".join(self.path)

    @property
    def text(self) -> str:
        """The section's own body and every nested entry, as Markdown."""
        parts = [self.body] if self.body else []
        for child in self.children:
            parts.append(f"{'#' * child.level} {child.title}")
            if child.text:
                parts.append(child.text)
        return "\n\n".join(parts)

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()


class Resume(NamedTuple):
    """A parsed resume: the person's name, the text before any section, and the sections.

    `markdown` is the canonical rendering every format is read into (see `reading.Reading`):
    the model's prompt quotes it, so it is byte-identical for the same file.
    """

    path: Path
    markdown: str
    name: str
    preamble: str
    sections: list[Section]
    format: str = "markdown"
    warnings: tuple[str, ...] = ()

    def walk(self) -> Iterator[Section]:
        """Every section in document order, nested ones after their parent."""
        for section in self.sections:
            yield from section.walk()


def _plain(title: str) -> str:
    return _INLINE_MARKUP.sub("", title).strip()


def _headings(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """Yield (line index, level, title) for the ATX headings of canonical Markdown."""
    for index, line in enumerate(lines):
        atx = _ATX.match(line)
        if atx:
            yield index, len(atx.group(1)), _plain(atx.group(2))


def build_resume(reading: Reading, path: Path = Path("<text>")) -> Resume:
    """Split canonical Markdown into sections by heading, deeper headings under shallower ones."""
    markdown = reading.markdown
    lines = markdown.splitlines()
    heads = list(_headings(lines))

    def body(start: int, end: int) -> str:
        return "\n".join(lines[start:end]).strip()

    first_heading = heads[0][0] if heads else len(lines)
    preamble = body(0, first_heading)
    name = reading.name
    if heads and heads[0][1] == 1:
        # The canonical form opens with "# Name"; what follows it up to a section is the header.
        name = name or heads[0][2]
        name_end = heads[1][0] if len(heads) > 1 else len(lines)
        preamble = "\n\n".join(p for p in (preamble, body(heads[0][0] + 1, name_end)) if p)
        heads = heads[1:]

    roots: list[Section] = []
    stack: list[Section] = []
    for position, (index, level, title) in enumerate(heads):
        end = heads[position + 1][0] if position + 1 < len(heads) else len(lines)
        while stack and stack[-1].level >= level:
            stack.pop()
        parent_path = stack[-1].path if stack else ()
        section = Section(title, level, (*parent_path, title), index + 1, body(index + 1, end), [])
        (stack[-1].children if stack else roots).append(section)
        stack.append(section)
    return Resume(
        path=path,
        markdown=markdown,
        name=name,
        preamble=preamble,
        sections=roots,
        format=reading.format,
        warnings=tuple(reading.warnings),
    )
