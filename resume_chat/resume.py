"""The resume: a Markdown file, validated and parsed into a tree of sections by heading."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from resume_chat.blocks import CodeFence
from resume_chat.errors import ResumeError

# A resume is a few pages; 200 KB leaves room for a long one and keeps the prompt affordable.
MAX_RESUME_BYTES = 200_000

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_INLINE_MARKUP = re.compile(r"[*_`]+")


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
    """A parsed resume: the person's name, the text before any section, and the sections."""

    path: Path
    markdown: str
    name: str
    preamble: str
    sections: list[Section]

    def walk(self) -> Iterator[Section]:
        """Every section in document order, nested ones after their parent."""
        for section in self.sections:
            yield from section.walk()


def _plain(title: str) -> str:
    return _INLINE_MARKUP.sub("", title).strip()


def _headings(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """Yield (line index, level, title) for ATX and setext headings outside code fences."""
    fences = CodeFence()
    for index, line in enumerate(lines):
        if fences.code(line):
            continue
        atx = _ATX.match(line)
        if atx:
            yield index, len(atx.group(1)), _plain(atx.group(2))
        elif (
            index > 0
            and _SETEXT.match(line)
            and lines[index - 1].strip()
            and not _ATX.match(lines[index - 1])
            and not lines[index - 1].lstrip().startswith(("-", "*", ">", "|"))
        ):
            yield index - 1, 1 if line.strip()[0] == "=" else 2, _plain(lines[index - 1])


def parse_resume(markdown: str, path: Path = Path("<text>")) -> Resume:
    """Split Markdown into sections by heading, nesting deeper headings under shallower ones."""
    lines = markdown.splitlines()
    heads = list(_headings(lines))
    setext_underlines = {
        index + 1
        for index, _, _ in heads
        if index + 1 < len(lines) and _SETEXT.match(lines[index + 1])
    }

    def body(start: int, end: int) -> str:
        kept = [lines[i] for i in range(start, end) if i not in setext_underlines]
        return "\n".join(kept).strip()

    first_heading = heads[0][0] if heads else len(lines)
    preamble = body(0, first_heading)
    # One level-1 heading that opens the file is the person's name, not a section.
    top_level = [h for h in heads if h[1] == 1]
    name = ""
    if heads and len(top_level) == 1 and heads[0][1] == 1:
        name = heads[0][2]
        name_end = heads[1][0] if len(heads) > 1 else len(lines)
        preamble = "\n\n".join(p for p in (preamble, body(heads[0][0] + 1, name_end)) if p)
        heads = heads[1:]
    if not name:
        first_line = next((line for line in lines if line.strip()), "")
        name = _plain(first_line.lstrip("#").strip())[:80]

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
    return Resume(path=path, markdown=markdown, name=name, preamble=preamble, sections=roots)


def load_resume(path: Path) -> Resume:
    """Read and parse a resume file; every failure is a `ResumeError` naming the file."""
    try:
        if path.is_dir():
            raise ResumeError(f"Resume {path} is a directory; pass a Markdown file with --resume.")
        # Read at most one byte past the limit: the path may be a pipe or a device (/dev/zero).
        with path.open("rb") as file:
            raw = file.read(MAX_RESUME_BYTES + 1)
    except FileNotFoundError:
        raise ResumeError(
            f"Resume {path} does not exist; pass a Markdown file with --resume "
            "or set RESUME_CHAT_RESUME."
        ) from None
    except PermissionError:
        raise ResumeError(f"Resume {path} cannot be read: permission denied.") from None
    except OSError as exc:
        raise ResumeError(f"Resume {path} cannot be read: {exc.strerror or exc}.") from None
    if len(raw) > MAX_RESUME_BYTES:
        raise ResumeError(
            f"Resume {path} is over {MAX_RESUME_BYTES:,} bytes, the limit. "
            "Trim it or point --resume at the Markdown resume itself."
        )
    try:
        markdown = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ResumeError(
            f"Resume {path} is not UTF-8 text (bad byte at offset {exc.start}); "
            "save it as UTF-8 Markdown."
        ) from None
    if "\x00" in markdown:
        raise ResumeError(f"Resume {path} looks binary, not Markdown text; save it as Markdown.")
    if not markdown.strip():
        raise ResumeError(f"Resume {path} is empty; write the resume in it as Markdown.")
    return parse_resume(markdown, path)
