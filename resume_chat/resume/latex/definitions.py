"""A LaTeX source's macro and environment definitions, cut out before it is parsed: they are
the template's, never the resume's words, and one may open an environment it never closes."""

from __future__ import annotations

import re

from resume_chat import patterns

# "\\newcommand{\\resumeSubHeadingListStart}{\\begin{itemize}[leftmargin=*]}": a definition
# may open an environment it does not close, and the parser then takes the whole document
# for its body. Definitions are the template's, never the resume's words: taken out first.
_DEFINITION = patterns.compile(
    r"\\(?:(?:re)?newcommand|providecommand|(?:re)?newenvironment|DeclareRobustCommand)\*?"
    r"\s*(?:\{\s*\\?[\w@]+\s*\}|\\[\w@]+)\s*(?:\[[^\]]{0,40}\]\s*){0,2}"
)


# A macro standing for words ("\\newcommand{\\myname}{Drew Van Kuiken}"): no arguments, and a
# body short and free of environments and parameters.
_WORDS_MACRO = patterns.compile(
    r"\\(?:re)?newcommand\*?\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))\s*$"
)
# A macro of one argument that sets it as a heading, in the margin or as a section
# ("\newcommand{\mhead}[1]{\leavevmode\marginpar{\sffamily\footnotesize #1}}").
_ONE_ARGUMENT = patterns.compile(
    r"\\(?:re)?newcommand\*?\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))\s*\[1\]\s*$"
)
# Or ruled off under it: "\newcommand{\headleft}[1]{\textsc{\textbf{#1}}\par\hrulefill}".
_SETS_HEADING = patterns.compile(
    r"\\(?:marginpar|(?:sub)*section)\b[^#]*#1|#1.*\\(?:hrulefill|hrule|titlerule)\b", re.DOTALL
)
_SECTIONING = frozenset(("part", "chapter", "section", "subsection", "subsubsection", "paragraph"))
# What the word macros may add in all, however often a file uses them.
MAX_EXPANDED = 100_000


def without_definitions(text: str) -> str:
    """The text with each macro and environment definition cut out, bodies and all; a macro
    standing for words is written out where it is used, and one setting its argument as a
    heading is read as a section's title."""
    out: list[str] = []
    words: dict[str, str] = {}
    headings: list[str] = []
    position = 0
    for found in _DEFINITION.finditer(text):
        if found.start() < position:
            continue  # inside a body already cut
        out.append(text[position : found.start()])
        end = found.end()
        bodies = 2 if "environment" in found.group(0) else 1
        for _ in range(bodies):
            end = _group_end(text, end)
        named = _WORDS_MACRO.match(found.group(0))
        # Not LaTeX's own sectioning redefined ("\\renewcommand\\section{\\@startsection…}"):
        # its look, not words; the command keeps its meaning.
        own = named and (named.group(1) or named.group(2)) in _SECTIONING
        said = _words(text[found.end() : end]) if named and not own else ""
        if named and said:
            words.setdefault(named.group(1) or named.group(2), said)
        heading = _ONE_ARGUMENT.match(found.group(0))
        # Ruled off by a macro of its own: "\sezione{…}" ending "\horizline", "\hrule …".
        if heading and _SETS_HEADING.search(_written_out(text[found.end() : end], words)):
            headings.append(heading.group(1) or heading.group(2))
        position = end
    out.append(text[position:])
    written = _written_out("".join(out), words)
    for name in headings:  # "\mhead{Education}" is a section's title
        written = re.sub(rf"\\{name}(?![A-Za-z])\s*(?=\{{)", r"\\section*", written)
    return written


def _words(group: str) -> str:
    """A definition's body as words to write out, or "" when it is more than words."""
    # Its comments go: "…\\hspace{0.7em}%" set mid-line would comment out what follows.
    body = patterns.sub(r"(?<!\\)%[^\n]*\n?\s*", "", group.strip()[1:-1]).strip()
    plain = "\\begin" not in body and "\\end" not in body and "#" not in body
    plain = plain and "\\@" not in body  # a template's internals ("\\@startsection")
    return body if plain and len(body) <= 200 else ""


def _written_out(text: str, words: dict[str, str]) -> str:
    """Each use of a word macro replaced by its words, until MAX_EXPANDED characters are spent."""
    if not words:
        return text
    budget = MAX_EXPANDED
    names = "|".join(re.escape(name) for name in sorted(words, key=len, reverse=True))

    def expand(use: re.Match[str]) -> str:
        nonlocal budget
        body = words[use.group(1)]
        if len(body) > budget:
            return use.group(0)
        budget -= len(body)
        return body

    return re.sub(rf"\\({names})(?![A-Za-z])(?:\{{\}})?", expand, text)


def _group_end(text: str, start: int) -> int:
    """Where the brace group opening at `start` (after spaces) closes; `start` if none opens."""
    index = start
    while index < len(text) and text[index] in " \t\n":
        index += 1
    if index >= len(text) or text[index] != "{":
        return start
    depth = 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        index += 1
        if depth == 0:
            return index
    return len(text)


# Plain TeX's spacing takes its length unbraced ("2013--16 \hskip.5cm{\bf PhD}"): the parser
# knows no argument there and leaves ".5cm" glued to the next word. Cut out with the macro.
# So do a box moved aside and a rule's size: "\moveleft.5\hoffset\centerline{…}" left ".5"
# before the name, "\hrule width\resumewidth height 1pt" a line "widthheight 1pt".
_UNIT = r"(?:cm|mm|pt|em|ex|in|bp|sp|pc|dd|cc|mu|fil{1,3})"
_NUMBER = r"(?:\d+(?:\.\d*)?|\.\d+)"
# A length in units, or in a length's name, times a number or not ("0.5\textwidth").
_LENGTH = rf"[-+]?\s*(?:{_NUMBER}\s*{_UNIT}|(?:{_NUMBER}\s*)?\\[A-Za-z]+(?![A-Za-z{{]))"
_SPACING = patterns.compile(
    rf"\\(?:[hv]skip|kern|[hv]glue|[hv]space\*?|move(?:left|right)|raise|lower)\s*{_LENGTH}"
    rf"(?:\s*(?:plus|minus)\s*{_LENGTH})*"
)
_RULE_SIZE = patterns.compile(rf"(?<=\\[hv]rule)(?:\s*(?:width|height|depth)\s*{_LENGTH})+")


def without_spacing(text: str) -> str:
    """The text with plain TeX's spacing macros and their unbraced lengths cut out, and the
    sizes of its rules."""
    return _RULE_SIZE.sub("", _SPACING.sub(" ", text))


def without_lengths_left(text: str) -> str:
    """The written text less what lengths left of themselves: "\\emergencystretch=5pt"'s value,
    "\\\\[0.25cm]"'s spacing at the next line's start, "\\hrule height 0.1cm"'s size."""
    text = patterns.sub(r"(?<![\w=])=\s?-?[\d.]+ ?(pt|em|ex|cm|mm|in|sp)(?![a-z])", "", text)
    text = patterns.sub(r"(?m)^\[-?[\d.]+ ?(pt|em|ex|cm|mm|in)\] ?", "", text)
    return patterns.sub(r"(?m)^(height|width|depth) ?-?[\d.]+ ?(pt|em|ex|cm|mm|in)", "", text)
