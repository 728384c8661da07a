"""Rules drawn in a plain-text resume, and what they tell: a title underlined, a block drawn
between two rules, sections closed by a rule; and the numbering a document's export gives its
parts (a table of contents, "3.1." under "3.")."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.text_lines import MAX_HEADING, RULE

UNDERLINE = patterns.compile(r"^\s*([=\-~_*#])\1{2,}\s*$")
_FRAME_REACH = 6  # lines looked back over for the rule a block drawn between two rules opens with
# "Table of Contents", "Contents", "Innehåll", "Sommaire", "Inhalt", "Índice".
_CONTENTS = patterns.compile(
    r"(?i)^(table of contents|contents|innehåll|sommaire|table des matières|inhalt|"
    r"inhaltsverzeichnis|índice|indice|sisällys|indhold|innhold)$"
)
# "3.1. University of Helsinki", "5.2 Telering Finland": a part numbered under a numbered part.
_SUBSECTION = patterns.compile(r"^(\d{1,2})\.\d{1,2}\.?\s+[^\W\d_]")
_SECTION = patterns.compile(r"^(\d{1,2})[.)]\s+[^\W\d_]")


class Rules:
    """What a file's rules and numbering tell about its lines, worked out once."""

    def __init__(self, lines: list[str], first: int) -> None:
        self.lines = lines
        self.header = _title_block(lines, first)
        self.contents = _contents(lines)
        # Rules that close a paragraph somewhere ("Mobile: +358…" over "_____"): a separator
        # the file draws after each part, under a one-line paragraph too, never an underline.
        self.separators = {
            rule.strip()
            for index, rule in enumerate(lines[1:], 1)
            if UNDERLINE.match(rule) and _closes_paragraph(lines, index)
        }
        self.subsections = _subsections(lines, self.contents)

    def underlines(self, index: int) -> bool:
        """A line a rule underlines as a title: standing alone (not the last line of a
        paragraph, "*Adress:*" over "Hattmursvägen 5, Gävle" over a page-wide rule), not the
        last line of a block drawn between two rules (org-mode's title block: "____", the
        title, the name, "____"), under no rule the file draws to close its parts."""
        lines = self.lines
        following = lines[index + 1] if index + 1 < len(lines) else ""
        rule = UNDERLINE.match(following)
        if not rule or following.strip() in self.separators or _closes_paragraph(lines, index + 1):
            return False
        between = 0
        for at in range(index - 1, max(-1, index - _FRAME_REACH - 1), -1):
            opened = UNDERLINE.match(lines[at])
            if opened and opened.group(1) == rule.group(1):
                # A rule opening a block stands alone; one under "Brancher:" underlines it.
                alone = at == 0 or not lines[at - 1].strip()
                return between == 0 or not alone
            between += bool(lines[at].strip())
        return True


def _closes_paragraph(lines: list[str], index: int) -> bool:
    """The rule at `index` comes under a paragraph's second line or more."""
    if index < 2 or not lines[index - 1].strip():
        return False
    above = lines[index - 2]
    return bool(above.strip()) and not UNDERLINE.match(above) and not RULE.match(above)


def _title_block(lines: list[str], first: int) -> set[int]:
    """The lines of a title block drawn between two rules at the top of the file (org-mode's
    export: "____", "SYSTEMUTVECKLARE", "Johan Sandén", "____"): the page's header, no title."""
    if first < 0 or not (rule := UNDERLINE.match(lines[first])):
        return set()
    for at in range(first + 1, min(len(lines), first + _FRAME_REACH + 2)):
        closed = UNDERLINE.match(lines[at])
        if closed and closed.group(1) == rule.group(1):
            inside = {i for i in range(first + 1, at) if lines[i].strip()}
            # A title and a name, no dates: not a record ruled off from the next (a job's
            # title, employer and dates between two rules).
            dated = any(patterns.search(r"\b(19|20)\d\d\b", lines[i]) for i in inside)
            return inside if 2 <= len(inside) <= 3 and not dated else set()
    return set()


def _contents(lines: list[str]) -> set[int]:
    """A table of contents: its title and the numbered lines under it, up to the first part
    that comes again at the margin, over its text."""
    for index, line in enumerate(lines[:200]):
        if not _CONTENTS.match(line.strip()):
            continue
        entries = [i for i in range(index + 1, min(len(lines), index + 60)) if lines[i].strip()]
        if not entries or not _SECTION.match(lines[entries[0]].strip()):
            return set()
        opening = lines[entries[0]].strip()
        for i in entries[1:]:
            if lines[i].strip() == opening and not lines[i][:1].isspace():
                return {index, *(j for j in entries if j < i)}
        return set()
    return set()


def _subsections(lines: list[str], contents: set[int]) -> set[int]:
    """Lines at the margin numbered under the numbered part above them ("3.1. University of
    Helsinki" under "3. Education"): entries of that part."""
    found: set[int] = set()
    part = ""
    for index, line in enumerate(lines):
        if index in contents or line[:1].isspace() or len(line.strip()) > 2 * MAX_HEADING:
            continue
        if section := _SECTION.match(line):
            part = section.group(1)
        elif (sub := _SUBSECTION.match(line)) and sub.group(1) == part:
            found.add(index)
    return found
