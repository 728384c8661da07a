"""Which lines of a PDF's first page name the candidate: the largest near the top, a name set
on two lines, or the name the file's properties give leading a line."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.resume.kinds.classifier import WRAPPER, names_kind
from resume_chat.resume.names.labels import CONTACT_TAIL, PAGE_WORD
from resume_chat.resume.names.shape import looks_like_name

if TYPE_CHECKING:
    from resume_chat.resume.pdf.layout import Line


def name_line(lines: list[Line], body: float, known: set[str]) -> tuple[list[int], str]:
    """The largest line near the top of page 1, else the first line, if it reads as a name:
    its lines (a name set large on two lines, "Benjamin" over "Joossens") and the name."""
    # "Resume" or "Curriculum Vitae" over the name titles the page; the name comes next.
    top = [i for i, line in enumerate(lines[:12]) if line.page == 0 and not _titles_page(line.text)]
    if not top:
        return [], ""
    biggest = max(top, key=lambda index: lines[index].size)
    named = biggest if lines[biggest].size >= body * 1.15 else top[0]
    line, text = lines[named], lines[named].text
    # Its second line is the next one set like it, below it: a header's lines in the other
    # column may come between ("Ammishaddai", the address block, "Jacobus").
    after = range(named + 1, min(named + 6, len(lines)))
    second = next((i for i in after if _continues_name(line, lines[i])), None)
    if second is not None and " " not in text and " " not in lines[second].text:
        joined = f"{text} {lines[second].text}"
        if looks_like_name(joined):
            return [named, second], joined
    # "Berufliche Tätigkeiten" set large (and a Word file's title, so in the metadata too)
    # titles a section, not the person.
    if (looks_like_name(text) or text.casefold() in known) and not names_kind(text):
        return [named], text
    # "西田 彩香 · 氏名を記入すること。": the name in its own cell, a form's note in a box
    # beside it on the same baseline (the rest stays a line of the header).
    first = text.split(" · ", 1)[0]
    if line.cells > 1 and first != text and looks_like_name(first) and not names_kind(first):
        return [named], first
    # "Kelly L. Sovacool · a kelly-sovacool": the name the file's metadata gives, then a link
    # set on the same baseline.
    led = [name for name in known if re.match(rf"{re.escape(name)}\s*[·|•–—,]", text.casefold())]
    if led:
        return [named], text[: len(led[0])]
    # "ANH PHAM a8pham@ucsd.edu" under the address, set alike: a top line that is a name with
    # its contacts after it.
    for index in top[:4]:
        cut = CONTACT_TAIL.search(lines[index].text)
        head = lines[index].text[: cut.start()].strip() if cut else ""
        if head and looks_like_name(head) and not names_kind(head):
            return [index], head
    return [], ""


def _continues_name(line: Line, below: Line) -> bool:
    """The next line is set like this one, straight under it: the name's second line."""
    return (
        below.page == line.page
        and abs(below.size - line.size) <= 0.5
        and abs(below.x - line.x) <= line.size
        and 0 < line.y - below.y <= 1.8 * line.size
    )


def _titles_page(text: str) -> bool:
    # "履 歴 書": a form's title spaced out one character a cell.
    words = text.split()
    text = "".join(words) if len(words) > 1 and all(len(word) == 1 for word in words) else text
    return bool(patterns.match(WRAPPER, text) or PAGE_WORD.fullmatch(text))


def running_header(lines: list[Line], named: list[int]) -> set[int]:
    """A later page's header repeating the candidate's name and the line under it on page 1
    ("CLIFFORD B. ANDERSON" over "INFORMATION SCIENCE PROFESSIONAL"): no heading of its own."""
    if not named:
        return set()
    name = _plain(" ".join(lines[index].text for index in named))
    after = named[-1] + 1
    headline = _plain(lines[after].text) if after < len(lines) else ""
    repeated = set()
    seen: dict[str, int] = {}  # a line led by the name, and the page it was first on
    for index, line in enumerate(lines):
        plain = _plain(line.text)
        # "Anass El Mokaouil | Lotterbergstraße 22 | 87439 Kempten | ✆: …" at the foot of
        # every page: said once.
        led = plain.startswith(name) and plain != name
        if led and seen.setdefault(plain, line.page) < line.page:
            repeated.add(index)
        if line.page > 0 and plain == name and index not in named:
            repeated.add(index)
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following and following.page == line.page and _plain(following.text) == headline:
                repeated.add(index + 1)
    return repeated


def _plain(text: str) -> str:
    """A line's words whatever cells they were set in: "INFORMATION · SCIENCE" and
    "Information Science" alike."""
    return " ".join(text.replace("·", " ").split()).casefold()
