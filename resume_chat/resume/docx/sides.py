"""Section titles a Word resume sets beside their first line, in a left column made of tabs:
"**Education**⇥⇥⇥Forbush High School", the title bold and the line it starts plain."""

from __future__ import annotations

from typing import Any

from resume_chat import patterns
from resume_chat.resume.docx.elements import children_of, kind_of, plain_text
from resume_chat.resume.kinds.classifier import (
    last_word_kind,
    names_a_kind,
    names_kind,
    section_kind,
)


def _leaves(element: Any) -> list[Any]:
    """The Text, Tab and Break elements of a run, in order."""
    if kind_of(element) in ("Text", "Tab", "Break"):
        return [element]
    return [leaf for child in children_of(element) for leaf in _leaves(child)]


def _tab_first(elements: list[Any]) -> bool:
    """A tab before any word: the rest of the line sits in a column of its own."""
    for leaf in [leaf for element in elements for leaf in _leaves(element)]:
        if kind_of(leaf) == "Tab":
            return True
        if kind_of(leaf) != "Text" or str(leaf.value).strip():
            return False
    return False


def names_section(text: str) -> bool:
    """ "Teaching Experience", "Publications": a section's title, no job's ("Head TA", 2024)."""
    kind, words = last_word_kind(text)
    return not patterns.search(r"\d", text) and (
        names_kind(text) or (kind != "other" and words <= 4)
    )


def split_side_titles(children: list[Any]) -> list[Any]:
    """Each paragraph that opens with a bold section title followed by tabs, split in two:
    the title a paragraph of its own (a heading by its looks), the line it started after it."""
    out: list[Any] = []
    for child in children:
        parts = children_of(child) if kind_of(child) == "Paragraph" else []
        bold = 0
        while bold < len(parts) and kind_of(parts[bold]) == "Run" and parts[bold].is_bold:
            bold += 1
        title = " ".join("".join(map(plain_text, parts[:bold])).split())
        rest = parts[bold:]
        line = "".join(map(plain_text, rest)).strip()
        if title and line and _tab_first(rest) and names_section(title):
            out += [child.copy(children=parts[:bold]), child.copy(children=rest)]
        else:
            out.append(child)
    return out


def _list_title(child: Any) -> bool:
    """A short numbered paragraph naming a kind of section: "1. Pendidikan"."""
    text = " ".join(plain_text(child).split())
    return (
        kind_of(child) == "Paragraph"
        and getattr(child, "numbering", None) is not None
        and 0 < len(text.split()) <= 4
        and not patterns.search(r"[\d.,;:]", text)
        and section_kind(text) != "other"
    )


def unlisted_titles(children: list[Any]) -> tuple[list[Any], set[int]]:
    """Section titles typed as items of one numbered list, each over items of another kind
    ("1. Pendidikan" over "- lulusan SMP …, 2019"): out of the list, and where they stand.
    Two at least, so that a lone "Leadership" among a list of skills stays an item."""
    titles = {
        index
        for index, child in enumerate(children[:-1])
        if _list_title(child)
        and (after := getattr(children[index + 1], "numbering", None)) is not None
        and after != child.numbering
        and not _list_title(children[index + 1])
    }
    # Titles of sections of two kinds at least, one named in so many words ("Pendidikan"):
    # not "Research Sharing" over "Research and Development Intern".
    texts = [plain_text(children[index]).strip().rstrip(":") for index in titles]
    kinds = {section_kind(text) for text in texts}
    if len(titles) < 2 or len(kinds) < 2 or not any(map(names_a_kind, texts)):
        return children, set()
    out = [child.copy(numbering=None) if i in titles else child for i, child in enumerate(children)]
    return out, titles


def over_table(children: list[Any], index: int) -> bool:
    """A few plain words naming a section ("학력사항", "자격증") with a table right after it:
    a form's title over the rows it heads, however plainly it is set."""
    child = children[index]
    text = " ".join(plain_text(child).split()) if kind_of(child) == "Paragraph" else ""
    # Words alone, joined by "/", "&" or "·" at most: not "C++ (Training)", a course.
    if not patterns.fullmatch(r"[^\W\d_]+(?:\s*[/&·]?\s*[^\W\d_]+){0,3}", text):
        return False
    if not names_section(text) and section_kind(text) == "other":
        return False
    after = (c for c in children[index + 1 :] if kind_of(c) == "Table" or plain_text(c).strip())
    return kind_of(next(after, child)) == "Table"
