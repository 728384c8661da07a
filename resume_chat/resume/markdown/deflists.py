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


_LABEL = patterns.compile(r"^- ([^\W\d_][^:.,;!?()\[\]*#|·]{0,23})$")
_CHILD = patterns.compile(r"^  - (\S.*)$")


def _field(label: str) -> bool:
    """A field's label: in a script with no capitals ("生年月日"), or a few words in sentence
    case ("Date of birth"); not a name ("Inter-American Development Bank" over its job)."""
    words = label.split()
    if not patterns.search(r"[A-Za-z]", label):
        return len(words) <= 2
    return len(words) <= 3 and all(word.islower() for word in words[1:])


def labelled_items(lines: list[str]) -> list[str]:
    """ "- 生年月日" over one nested "  - 1992 年 2 月 4 日", "- 期間" over "  - 2014/04-2019/01":
    a short label and its one value, as a form's fields are written in a list, read as
    "生年月日: 1992 年 2 月 4 日". A label with two values or more is left a list of them."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        label = _LABEL.match(lines[index])
        child = _CHILD.match(lines[index + 1]) if label and index + 1 < len(lines) else None
        after = lines[index + 2] if index + 2 < len(lines) else ""
        if label and child and not after.startswith("  ") and _field(label.group(1)):
            out.append(f"- {label.group(1).strip()}: {child.group(1)}")
            index += 2
            continue
        out.append(lines[index])
        index += 1
    return out
