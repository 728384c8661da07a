"""The shapes of pylatexenc's nodes that say how a LaTeX resume is laid out: a group in large
type, a layout argument, a line's end, an argument holding lines of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from resume_chat import patterns

# What may follow a heading set by hand on its line.
BREAKS = frozenset(
    {
        "hrule",
        "par",
        "\\",
        "newline",
        "medskip",
        "smallskip",
        "bigskip",
        "vspace",
        "vskip",
        "rule",
        "titlerule",
        "hline",
        "noindent",
        "hfill",
    }
)


def blocks(arg: Any) -> bool:
    """Whether an argument holds lines of its own: a list, or line breaks."""
    return any(
        type(node).__name__ == "LatexEnvironmentNode"
        or getattr(node, "macroname", "") in ("\\", "newline", "par", "item")
        for node in content(arg)
    )


# Environments that hold no words of the resume: pictures, comments, and res.cls's `format`,
# which lays out the fields of the entries after it ("\title{l}\dates{r}": "lr" was read).
PICTURES = frozenset({"comment", "figure", "tikzpicture", "pgfpicture", "picture", "format"})


def option(node: Any) -> bool:
    """ "[c]", "[itemize]": an optional argument pylatexenc left as text; "[t][5mm][t]" (a
    minipage's position, height and inner position) several."""
    chars = str(getattr(node, "chars", "")).strip()
    return type(node).__name__ == "LatexCharsNode" and bool(
        patterns.fullmatch(r"(?:\[[^\]\n]*\])+", chars)
    )


def layout(node: Any) -> bool:
    """ "{0.75\\textwidth}", "{ll}", "{p{3cm}X}", "{@{} Y{0.05\\textwidth} L{0.95\\textwidth} @{}}":
    a width or a table's columns (a column type of the template's own takes its width too)."""
    if type(node).__name__ != "LatexGroupNode":
        return False
    spec = node.latex_verbatim()[1:-1]
    if patterns.fullmatch(r"\s*\d\s*", spec):
        return True  # "\\begin{multicols}{2}": the number of columns
    # "@{\extracolsep{\fill}}": a column's spacing, a group inside a group.
    column = r"[lcrXmbS|\s]|[A-Za-z@!<>]\{(?:[^{}]|\{[^{}]*\})*\}"
    return width(node) or bool(re.fullmatch(rf"(?:{column})+", spec))


def width(node: Any) -> bool:
    """ "{0.85\\textwidth}", "{2in}", "{-0.05cm}": a length, no word of the page."""
    if type(node).__name__ != "LatexGroupNode":
        return False
    spec = node.latex_verbatim()[1:-1]
    return bool(
        patterns.fullmatch(
            r"\s*-?[\d.]*\s*\\\w*(width|height)|\s*-?[\d.]+\s*(in|cm|mm|pt|em|ex)\s*", spec
        )
    )


def big(node: Any) -> bool:
    """A group opening with the largest type: "{\\Huge …}"; "{\\Large\\bf Étienne Fodor}"."""
    opening = [getattr(n, "macroname", "") for n in node.nodelist if not blank(n)][:2]
    return bool({"Huge", "huge", "LARGE"} & set(opening)) or (
        opening[:1] == ["Large"] and (opening[1:] in (["bf"], ["bfseries"], ["textbf"]))
    )


def sized(node: Any) -> bool:
    """A group opening with larger type, bold or not: "{\\large\\bf Education}"."""
    opening = [getattr(n, "macroname", "") for n in node.nodelist if not blank(n)][:2]
    return bool(set(opening) & {"large", "Large", "LARGE", "huge", "Huge"})


def alone(after: list[Any]) -> bool:
    """Nothing after the group on its line: a line break, a rule or spacing, or the end."""
    for node in after:
        if type(node).__name__ == "LatexCharsNode":
            chars = str(node.chars).lstrip(" \t")
            if chars:
                return chars.startswith("\n")
            continue
        return str(getattr(node, "macroname", "")) in BREAKS
    return True


def blank(node: Any) -> bool:
    """Spaces and at most one line break: no paragraph ends between a macro and its groups."""
    chars = str(getattr(node, "chars", ""))
    return type(node).__name__ == "LatexCharsNode" and not chars.strip() and chars.count("\n") < 2


def content(arg: Any) -> list[Any]:
    """An argument's nodes: a group's insides, or the node itself."""
    nodelist = getattr(arg, "nodelist", None)
    return (
        list(nodelist) if nodelist is not None and type(arg).__name__ == "LatexGroupNode" else [arg]
    )


def star(node: Any) -> bool:
    """ "*" after a macro's name: its starred form."""
    return type(node).__name__ == "LatexCharsNode" and node.chars == "*"


def bracketed(nodes: list[Any], at: int) -> bool:
    """ "[", a group, "]": an optional argument whose content pylatexenc read as a group."""
    return (
        at + 2 < len(nodes)
        and str(getattr(nodes[at], "chars", "")).strip() == "["
        and type(nodes[at + 1]).__name__ == "LatexGroupNode"
        and str(getattr(nodes[at + 2], "chars", "")).strip() == "]"
    )


def groups_after(nodes: list[Any], index: int) -> tuple[list[Any], int]:
    """The groups a macro pylatexenc does not know takes as its arguments, from `index` on,
    and the index past them. "\\entry\n{2010}\n{PhD}": a line break may stand between them,
    an option ("[c]") or a starred form's star ("\titlespacing*{\\section}{0pt}{0pt}{0pt}");
    "[{\titlerule[0.8pt]}]" is an option holding a group, its brackets left as text."""
    groups: list[Any] = []
    while True:
        skip = index
        while skip < len(nodes) and (
            blank(nodes[skip]) or option(nodes[skip]) or star(nodes[skip])
        ):
            skip += 1
        if bracketed(nodes, skip):
            groups.append(nodes[skip + 1])
            index = skip + 3
            continue
        if skip >= len(nodes) or type(nodes[skip]).__name__ != "LatexGroupNode":
            return groups, index
        groups.append(nodes[skip])
        index = skip + 1


def drawn_labels(nodes: list[Any]) -> list[Any]:
    """The text a TikZ picture draws: each "\\node{…}"'s group ("\\node{\\href{mailto:…}{…}};"
    in a matrix of contacts), in the picture's order; its shapes and styles say nothing."""
    labels: list[Any] = []
    for index, node in enumerate(nodes):
        kind = type(node).__name__
        if kind == "LatexMacroNode" and node.macroname == "node":
            labels += groups_after(nodes, index + 1)[0][:1]
        elif kind in ("LatexGroupNode", "LatexEnvironmentNode"):
            labels += drawn_labels(list(node.nodelist))
    return labels


# TeX's own definitions: "\def\arraystretch{1.5}", "\let\oldsection\section".
DEFINING = frozenset({"def", "gdef", "edef", "xdef", "let"})


def defined(nodes: list[Any], index: int) -> int:
    r"""Past what "\def" (or "\let") defines: the macro's name, its parameters ("#1#2") and its
    body; a setting of the page, no word of it."""
    if index < len(nodes) and type(nodes[index]).__name__ == "LatexMacroNode":
        index += 1  # the name defined
    while index < len(nodes) and type(nodes[index]).__name__ != "LatexGroupNode":
        kind = type(nodes[index]).__name__
        if kind == "LatexMacroNode" or (kind == "LatexCharsNode" and "\n" in nodes[index].chars):
            return index + int(kind == "LatexMacroNode")  # "\let\a\b": the second name
        index += 1  # "#1", "="
    return index + 1 if index < len(nodes) else index


def option_closed(node: Any, inner: list[Any]) -> list[Any]:
    r"""An environment's nodes without the rest of an option pylatexenc cut at its bracket:
    "\begin{tabular}[c]{c}" leaves "c]" before the columns' group."""
    argd = getattr(node, "nodeargd", None)
    first = argd.argnlist[0] if argd and argd.argnlist else None
    opened = str(getattr(first, "chars", "")) == "["
    if not (opened and inner and type(inner[0]).__name__ == "LatexCharsNode"):
        return inner
    rest = patterns.match(r"[^\]\n]{0,20}\]", inner[0].chars)
    return inner[1:] if rest and rest.end() == len(inner[0].chars.rstrip()) else inner


SECTIONING = r"(?i)(sub)*section\*?|chapter|\w*section\w*|part"


def labels_skipped(
    text: Callable[[list[Any]], str], node: Any, args: list[Any], nodes: list[Any], index: int
) -> int:
    r"""Past the groups a template's "\section{Experience}{Experience}{PDF:Experience}"
    adds to a known sectioning command: its title again, and a bookmark's label (`text`
    reads a group's words)."""
    if not args or not patterns.fullmatch(SECTIONING, node.macroname):
        return index
    title = text(content(args[-1])).casefold()
    skip = index
    while skip < len(nodes) and blank(nodes[skip]):
        skip += 1
    while skip < len(nodes) and type(nodes[skip]).__name__ == "LatexGroupNode":
        said = text(nodes[skip].nodelist)
        if said.casefold() != title and not patterns.fullmatch(r"\w+:\S+", said):
            break
        index = skip = skip + 1
        while skip < len(nodes) and blank(nodes[skip]):
            skip += 1
    return index
