"""A LaTeX source's macro and environment definitions, cut out before it is parsed: they are
the template's, never the resume's words, and one may open an environment it never closes."""

from __future__ import annotations

import re

# "\\newcommand{\\resumeSubHeadingListStart}{\\begin{itemize}[leftmargin=*]}": a definition
# may open an environment it does not close, and the parser then takes the whole document
# for its body. Definitions are the template's, never the resume's words: taken out first.
_DEFINITION = re.compile(
    r"\\(?:(?:re)?newcommand|providecommand|(?:re)?newenvironment|DeclareRobustCommand)\*?"
    r"\s*(?:\{\s*\\?[\w@]+\s*\}|\\[\w@]+)\s*(?:\[[^\]]{0,40}\]\s*){0,2}"
)


def without_definitions(text: str) -> str:
    """The text with each macro and environment definition cut out, bodies and all."""
    out: list[str] = []
    position = 0
    for found in _DEFINITION.finditer(text):
        if found.start() < position:
            continue  # inside a body already cut
        out.append(text[position : found.start()])
        end = found.end()
        bodies = 2 if "environment" in found.group(0) else 1
        for _ in range(bodies):
            end = _group_end(text, end)
        position = end
    out.append(text[position:])
    return "".join(out)


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
