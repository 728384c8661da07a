"""Pandoc's definition lists ("2012" over ":   **Ph.D.**, Tohoku University") and line blocks
("| University of Brasilia"), which CommonMark does not know: each definition an item led by
its term, so a year stays with its degree; each line of a block a line of its own."""

from __future__ import annotations

from resume_chat import patterns

_DEFINITION = patterns.compile(r"^ {0,2}[:~][ \t]+(\S.*)$")
_TERM = patterns.compile(r"^ {0,3}(?![-*+>#|]|\d+[.)]\s)(\S.{0,80})$")


def definition_items(text: str) -> str:
    """The text with each definition written "- term · definition"; other lines as they are."""
    if not patterns.search(r"(?m)^ {0,2}[:~][ \t]+\S", text):
        return text
    lines = text.split("\n")
    term = ""
    fence = ""
    for index, line in enumerate(lines):
        opened = patterns.match(r"^ {0,3}(`{3,}|~{3,})", line)
        if opened and (not fence or opened.group(1).startswith(fence)):
            fence = "" if fence else opened.group(1)  # code is kept as written
            continue
        found = None if fence else _DEFINITION.match(line)
        if not found:
            if line.strip() and not line.startswith("    "):
                term = ""  # a line that is no definition ends the term's definitions
            continue
        if not term:
            before = [i for i in range(max(index - 2, 0), index) if lines[i].strip()]
            spelled = _TERM.match(lines[before[-1]]) if before else None
            if spelled is None:
                continue
            term = spelled.group(1).strip().rstrip(":")
            lines[before[-1]] = ""
        said = patterns.sub(r"\[\]\([^()\s]*\)", "", found.group(1)).strip()
        # ": []()", an empty link a template leaves for a logo: no definition.
        lines[index] = f"- {term} · {said}" if patterns.search(r"\w", said) else ""
    return "\n".join(lines)


# A line of a pandoc line block: "| " and its text, or "|" alone (a blank line in the block);
# not a table's row, which closes with "|" too.
_LINE_BLOCK = patterns.compile(r"^\|(?: (.*))?$")


def line_blocks(text: str) -> str:
    """The text with pandoc's line blocks written as lines ("| Universidade NOVA de Lisboa"
    read as a table's cell, "|" alone as a row of nothing), and a LaTeX command alone on its
    line ("\\columnsbegin", for pandoc's PDF) left out."""
    if not patterns.search(r"(?m)^\|(?: |$)", text):
        return text
    out = []
    for line in text.split("\n"):
        found = _LINE_BLOCK.match(line)
        if found and not line.rstrip().endswith(" |"):
            out.append(f"{found.group(1).strip()}  " if found.group(1) else "")
        elif patterns.fullmatch(r"\\[A-Za-z]+", line.strip()):
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)
