"""LaTeX source (a resume.tex, or one saved as .txt) read into Markdown: its sections become
headings, its items list items, a template's entry macros ("\\cventry{2019}{Engineer}{Acme}")
one line each, and its settings (fonts, colours, spacing) nothing."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from resume_chat import patterns
from resume_chat.errors import ResumeError
from resume_chat.resume.kinds.classifier import names_kind
from resume_chat.resume.latex.definitions import (
    without_definitions,
    without_lengths_left,
    without_spacing,
)
from resume_chat.resume.latex.macros import (
    CONTACT_MACRO,
    CONTACT_MARK,
    NAMES,
    SETTINGS,
    SWITCHES,
    SYMBOLS,
)
from resume_chat.resume.latex.nodes import (
    DEFINING,
    PICTURES,
    SECTIONING,
    alone,
    big,
    blank,
    blocks,
    content,
    defined,
    drawn_labels,
    groups_after,
    labels_skipped,
    layout,
    option,
    option_closed,
    sized,
    width,
)
from resume_chat.resume.reading import Reading

_DATED = r"(?i)\b(19|20)\d\d\b|\b(present|now|today|current)\b"
_WRAPPED = patterns.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")
_YEARS_ALONE = r"[\d\s,.\-–—/]*\b(19|20)\d\d\b[\d\s,.\-–—/]*"
_LISTS = frozenset({"itemize", "enumerate", "description", "compactitem", "cvitems"})


def read_latex(text: str, path: Path) -> Reading:
    """Markdown from LaTeX source, read on as Markdown is."""
    try:
        markdown = _markdown(text)
    except RecursionError:
        # Groups inside groups are read by recursion: a few hundred deep is no CV.
        raise ResumeError(
            f"Resume {path} is LaTeX nested too deeply to read; save it as PDF or Markdown."
        ) from None
    from resume_chat.resume.markdown.reader import read_markdown

    return read_markdown(markdown)


def _markdown(text: str) -> str:
    with warnings.catch_warnings():
        # pylatexenc's own source has escapes Python warns of when it first compiles them.
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        from pylatexenc.latex2text import LatexNodes2Text
        from pylatexenc.latexwalker import LatexWalker, get_default_latex_context_db

    def parsed(source: str) -> list[Any]:
        return list(LatexWalker(source, tolerant_parsing=True).get_latex_nodes()[0])

    source = without_spacing(without_definitions(text))
    # The preamble and the document apart, as TeX reads them: a brace a preamble's own macros
    # leave open ("\\ifnum 0\\ifxetex 1\\fi…") must not take the document into its group.
    begin = patterns.search(r"(?m)^(?:[^%\n]|\\%)*?(\\begin\{document\})", source)
    known = get_default_latex_context_db()
    writer = _Writer(LatexNodes2Text(math_mode="text", strict_latex_spaces=True), known)
    if begin is not None:
        # moderncv names the candidate in the preamble ("\\name{Ana}{Ruiz}"): that, and no
        # other word of the preamble.
        # So are its contact details ("\\email{…}", "\\adcvphone{646.641.7959}"), one a line.
        writer.preamble = True
        writer.nodes(parsed(source[: begin.start(1)]))
        writer.preamble = False
        kept = [p for p in writer.out if p.lstrip("\n").startswith(("# ", CONTACT_MARK))]
        writer.out = [piece.replace(CONTACT_MARK, "") for piece in kept]
        body = source[begin.end(1) :]
        end = body.find("\\end{document}")
        writer.nodes(parsed(body if end < 0 else body[:end]))
    else:
        writer.nodes(parsed(source))
    return writer.markdown()


def _environment(node: Any) -> str:
    return str(getattr(node, "environmentname", "") or "")


class _Writer:
    """Walks the nodes, writing Markdown; leaves (accents, escaped signs, math) to pylatexenc."""

    def __init__(self, leaves: Any, known: Any) -> None:
        self.leaves = leaves
        self.known = known  # the macros pylatexenc knows, with their arguments
        self.out: list[str] = []
        self.asides: list[Any] = []  # sidebars, written after the main column
        self.named = False
        self.preamble = False  # in the preamble, only the name and contact details count

    def markdown(self) -> str:
        for aside in self.asides:
            self.out.append("\n\n")
            self.nodes(aside.nodelist)
        self.asides = []
        spaced = [patterns.sub(r"[ \t]+", " ", line) for line in "".join(self.out).split("\n")]
        lines = [line.strip() if line.strip(" ·") else "" for line in spaced]  # "· ·": cells
        text = without_lengths_left("\n".join(lines))
        return patterns.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

    def text(self, nodes: list[Any]) -> str:
        """The nodes' words on one line."""
        inner = _Writer(self.leaves, self.known)
        inner.nodes(nodes)
        return patterns.sub(r"\s+", " ", "".join(inner.out)).strip(" ·•")

    def nodes(self, nodes: list[Any]) -> None:
        index = 0
        while index < len(nodes):
            node = nodes[index]
            index += 1
            kind = type(node).__name__
            if kind == "LatexMacroNode" and node.macroname in DEFINING:
                index = defined(nodes, index)  # "\def\arraystretch{1.5}": a setting
            elif kind == "LatexMacroNode":
                # A macro pylatexenc does not know takes the groups after it as its arguments.
                args = [arg for arg in (node.nodeargd.argnlist if node.nodeargd else []) if arg]
                # A sign's macro takes none: "\MVAt\ {\small ana@x.org}" (a control space,
                # then words).
                if self.known.get_macro_spec(node.macroname) is None and (
                    node.macroname not in SWITCHES and node.macroname[:1].isalpha()
                ):
                    groups, index = groups_after(nodes, index)
                    args += groups
                self.macro(node, args)
                index = labels_skipped(self.text, node, args, nodes, index)
            elif kind == "LatexEnvironmentNode":
                self.environment(node)
            elif kind == "LatexGroupNode" and big(node) and not self.named:
                # "{\Huge \textbf{Akrem ALAMINE}}" at the top: the name, in the largest type.
                self.named = True
                self.out.append(f"\n\n# {self.text(node.nodelist)}\n\n")
            elif kind == "LatexGroupNode" and sized(node) and alone(nodes[index:]):
                # "\noindent{\large\bf Research experience}\n\hrule": a heading set by hand.
                self.out.append(f"\n\n## {self.text(node.nodelist)}\n\n")
            elif kind == "LatexGroupNode":
                self.nodes(node.nodelist)
            elif kind == "LatexCharsNode":
                # One line break in the source is a space: a paragraph wrapped for the editor
                # ("I teach geomorphology,\namong other subjects, at …") is one line.
                chars = _WRAPPED.sub(" ", node.chars)
                label = self.out[-1][3:-3] if self.out and self.out[-1].startswith("\n- ") else ""
                if label and self.out[-1].endswith(" · ") and not names_kind(label):
                    # "\item[Supervisors:]\n    Prof. Dr. Horst …": the label's line goes on;
                    # "\item[Leadership]" over its entries titles a section (`Reading`).
                    chars = patterns.sub(r"^[ \t]*\n[ \t]*(?=\S)", "", chars)
                self.out.append(chars)
            elif kind == "LatexSpecialsNode":
                self.out.append(" · " if node.specials_chars == "&" else self.leaf(node))
            elif kind == "LatexMathNode":
                self.out.append(self.leaf(node))

    def leaf(self, node: Any) -> str:
        return str(self.leaves.nodelist_to_text([node]))

    def macro(self, node: Any, args: list[Any]) -> None:
        name = node.macroname
        if name in SETTINGS:
            return
        # "\parbox[t]{0.85\textwidth}{…}", "\raisebox{-0.05cm}{…}": a box's size says nothing.
        args = [arg for arg in args if not width(arg)]
        words = [self.text(content(arg)) for arg in args]
        custom = self.known.get_macro_spec(name) is None
        # A template's own macro named for a section but taking an entry's fields
        # ("\\MySectionNoPic{2019}{Analyst}{Istanbul}{…}"), not repeating a title.
        fields = custom and len({word for word in words if word}) >= 3
        if self.preamble and patterns.search(CONTACT_MACRO, name) and any(words):
            said = [word for word in words if word]
            if "mail" in name.lower() and 2 <= len(said) <= 3 and "@" not in said[0]:
                # "\\adcvemail{Cordero080}{gmail}{com}": an address in its parts.
                said = [f"{said[0]}@{'.'.join(said[1:])}"]
            self.out.append(f"\n\n{CONTACT_MARK}" + " · ".join(said) + "\n\n")
            return
        if name == "item" and words and words[0]:
            self.out.append(f"\n- {words[0]} · ")  # "\item[Ph.D.] Economics": its label
        elif name in SYMBOLS:
            self.out.append(SYMBOLS[name])
        elif patterns.fullmatch(SECTIONING, name) and words and not fields:
            depth = 2 + name.lower().count("sub")
            # "\section[Short]{Title}": the title last; a template's own "\Section{Summary}
            # {Summary}{PDF:Summary}" (no spec pylatexenc knows): its first word.
            title = next((word for word in words if word), "") if custom else words[-1]
            # "\datedsubsection{Monash University}{Feb 2020 -- Nov 2020}": its dates too.
            dated = [word for word in words[1:] if word != title and patterns.search(_DATED, word)]
            title = " · ".join([title, *dated[:1]]) if custom else title
            self.out.append(f"\n\n{'#' * min(depth, 4)} {title}\n\n")
        elif name in ("familyname", "lastname", "surname") and words and self.named:
            # moderncv's "\\firstname{Dawid}" then "\\familyname{Majchrzak}": one name.
            last = max(i for i, piece in enumerate(self.out) if piece.lstrip("\n").startswith("# "))
            head, _, rest = self.out[last].partition("\n\n#")[2].partition("\n")
            self.out[last] = f"\n\n#{head.rstrip()} {words[0]}\n{rest}"
        elif name in NAMES and words:
            self.named = True
            self.out.append(f"\n\n# {' '.join(words[:2])}\n\n" + " · ".join(words[2:]) + "\n\n")
        elif name == "href" and len(words) == 2:
            address = words[0].removeprefix("mailto:").removeprefix("tel:")
            shown = words[1]
            self.out.append(shown if address in shown else f"{shown} ({address})")
        elif name in ("textcolor", "colorbox", "hypertarget", "hyperlink") and len(args) == 2:
            # Pandoc's "\hypertarget{biography}{\section{Biography}…}": an anchor's name, then
            # the words; "\colorbox{pink}{…a sidebar…}": a colour, then the words.
            self.nodes(content(args[1]))
        elif name == "fcolorbox" and len(args) == 3:
            self.nodes(content(args[2]))
        elif name in ("centerline", "leftline", "rightline") and len(args) == 1:
            # Plain TeX's line of its own: "\centerline{\LARGE\bf Amanda Pogue}" the name.
            if big(args[0]) and not self.named:
                self.named = True
                self.out.append(f"\n\n# {self.text(content(args[0]))}\n\n")
            else:
                self.out.append("\n\n")
                self.nodes(content(args[0]))
                self.out.append("\n\n")
        elif name == "multicolumn" and len(args) == 3:
            # "\multicolumn{2}{l}{\textbf{Education}}": the cells spanned and their layout,
            # then the words.
            self.nodes(content(args[2]))
        elif not name.isalpha() or (not args and name not in SYMBOLS):
            # "\'e", "\&": a sign pylatexenc knows; a bare "\bodyfontsc" says nothing.
            self.out.append(self.leaf(node) if not name.isalpha() else "")
        elif (
            2 <= len(words) <= 3
            and patterns.fullmatch(r"(19|20)\d\d", words[0])
            and all(patterns.fullmatch(r"\d{1,2}", word) for word in words[1:3])
        ):
            # A template's "\DatestampYM{2012}{08}": a year and its month, one date.
            self.out.append("-".join(words[:3]))
        elif len(words) == 1 or sum(1 for word in words if word) <= 1:
            self.nodes(content(args[-1]) if len(args) == 1 else list(args))
            if len(words) == 1 and patterns.fullmatch(_YEARS_ALONE, words[0]):
                # "\years{2012, 13}Political Science 3321": years set in the margin.
                self.out.append(" · ")
        elif len(words) >= 3 and (blocks(args[-1]) or len(words[-1].split()) > 12):
            # "\entry{2010 - 2015}{Doctor of Philosophy}{University of Brighton}{…items…}": an
            # entry, headed by all but its last argument, which holds its lines (or its prose).
            self.out.append("\n\n### " + " · ".join(word for word in words[:-1] if word) + "\n\n")
            self.nodes(content(args[-1]))
            self.out.append("\n\n")
        else:
            # "\cventry{2019}{Engineer}{Acme}{}{}{}", "\cvitem{Languages}{English}": one line.
            self.out.append("\n\n" + " · ".join(word for word in words if word) + "\n\n")

    def environment(self, node: Any) -> None:
        name = _environment(node).rstrip("*")
        if patterns.match(r"aside|sidebar|margin", name):
            # A sidebar set in the middle of the source ("Referees" between two jobs) would
            # split the section around it: it is read after the main column.
            self.asides.append(node)
        elif name in _LISTS:
            self.out.append("\n\n")
            self.nodes(node.nodelist)
            self.out.append("\n\n")
        elif name == "tikzpicture":
            for label in drawn_labels(list(node.nodelist)):
                self.out.append(f"\n\n{self.text(content(label))}\n\n")
        elif name not in PICTURES:
            # "\begin{minipage}[c]{0.75\textwidth}", "\begin{tabular}{ll}": its layout first.
            inner = option_closed(node, list(node.nodelist))
            while inner and (blank(inner[0]) or option(inner[0]) or layout(inner[0])):
                inner.pop(0)
            # A template's own entry, "\begin{rSubsection}{UCL - London}{2018 - 2024}{Research
            # Fellow}{}": its arguments head it, apart; "\begin{rSection}{Experience}" a section.
            heads: list[Any] = []
            while inner and (blank(inner[0]) or type(inner[0]).__name__ == "LatexGroupNode"):
                heads.append(inner.pop(0))
            words = [self.text(head.nodelist) for head in heads if not blank(head)]
            said = [word for word in words if word]
            if len(words) >= 2 and said:
                self.out.append("\n\n### " + " · ".join(said) + "\n\n")
            elif said and "section" in name.lower():
                self.out.append(f"\n\n## {said[0]}\n\n")
            else:
                inner = heads + inner
            self.nodes(inner)
            self.out.append("\n")
