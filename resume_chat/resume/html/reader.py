"""HTML (in Markdown, or from a Word file) as canonical Markdown: structure kept, markup gone."""

from __future__ import annotations

from html.parser import HTMLParser

from resume_chat import patterns
from resume_chat.resume.html.tables import TableRows, one_cells_unwrapped
from resume_chat.resume.html.text import inline, link_ended, literal, within_site
from resume_chat.resume.kinds.classifier import names_kind
from resume_chat.resume.pictures import PHOTO, badge_label

# Elements whose content is never resume text.
_DROPPED = frozenset({"script", "style", "template", "head", "svg", "math", "iframe", "object"})
# What a page's <head> holds; any other element opens its body.
_HEAD_CONTENT = frozenset(
    "title meta link style script base noscript template".split()  # noqa: SIM905
)
# Elements that end a line of text where they open and where they close.
_BLOCKS = frozenset(
    """p div section article header footer main aside nav ul ol dl dt dd table thead tbody
    tfoot blockquote pre details figure figcaption address center hr caption
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
# Elements with no end tag (HTML's void elements).
_VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()  # noqa: SIM905
)
# An HTML element nested deeper than this is treated as text of its ancestor: bounded work.
_MAX_DEPTH = 200


_YEAR = r"\b(?:19|20)\d\d\b"


class Converter(HTMLParser):
    """Collects lines: headings, list items, table rows and paragraphs, in document order."""

    def __init__(
        self, bold_titles: bool = False, whole: bool = False, literal: bool = False
    ) -> None:
        super().__init__(convert_charrefs=True)
        self.literal = literal  # the lines are read as Markdown again: a "<" stays text
        self.bold_titles = bold_titles  # a page's "<p><b>Education:</b></p>" is a heading
        # A whole document, not one of the blocks a Markdown page is cut into (a definition
        # list there may be cut after its first term): its dated terms head entries.
        self.whole = whole
        self.lines: list[str] = []
        self._text: list[str] = []
        self._prefix = ""  # what the line in progress starts with: "## ", "- "
        self._dropping = 0
        self._rows = TableRows()
        self._links: list[tuple[str, int]] = []  # open <a> elements: href, where their text starts
        self._depth = 0
        self._lists = 0
        self._titled = False  # inside <div class="section-title">: its text may be a heading
        self._term = False  # inside a top definition list's term ("2011--2014 Joyfl")
        self._terms: list[bool] = []  # open <dl> elements: a definition list (not fields)?
        self._field = ""  # a field's name ("Company:") waiting for its value's first line
        self._in_head = False  # inside <head>, which a page may leave open
        # Open <section> and <article> elements, each with the count of lines at its start; a
        # <header> first in one titles it ("<section><header>Perfil</header>"), at its depth.
        self._sections: list[int] = []
        self._header_level = 0
        self.list_ends: set[int] = set()  # where a list at the top ended: the next line's index
        self.gaps: set[int] = set()  # where an empty paragraph ("<p>&nbsp;</p>") stood
        self._navs = 0  # open <nav> elements: a site's menu
        self._anchor = ""  # the text of a link to a part of the page, the whole of its line

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._in_head and tag not in _HEAD_CONTENT:
            # "<title>…<body>" with no </head>: the body opens, and the head ends, as browsers
            # read it (the whole page was dropped as head).
            self._in_head = False
            self._dropping = max(self._dropping - 1, 0)
            self._depth = max(self._depth - 1, 0)
        if tag not in _VOID:
            self._depth += 1  # <br> and <img> never close: they nest nothing
        self._in_head = self._in_head or (tag == "head" and not self._dropping)
        if tag in _DROPPED:
            self._dropping += 1
        if self._dropping or self._depth > _MAX_DEPTH:
            return
        if tag in _HEADINGS or tag == "summary":
            # A <details> block's <summary> names what it folds away: a section, in a README.
            self._flush()
            self._prefix = "#" * _HEADINGS.get(tag, 2) + " "
        elif tag == "li" and self._rows.cells is not None:
            # Items in a cell ("<td><ul><li>Jérôme Lapostolet<li>Paris") stay apart on its line.
            if "".join(self._text).strip():
                self._text.append(" · ")
        elif tag == "li":
            self._flush()
            self._prefix = "  " * max(self._lists - 1, 0) + "- "
        elif tag in ("ul", "ol"):
            self._flush()
            self._lists += 1
        elif tag == "table":
            self._rows.tables += 1
        elif tag == "tr":
            if self._rows.cells is not None:
                self._end_row()  # a row left open (its </tr> inside a comment) ends here
            self._flush()
            self._rows.cells = []
        elif tag in ("td", "th") and self._rows.cells is not None:
            self._cell()
            self._rows.cell_opened(dict(attrs).get("rowspan"))
        elif tag == "br":
            self._line_break()
        elif tag in ("strong", "b"):
            self._text.append("**")
        elif tag == "a":
            self._links.append((dict(attrs).get("href") or "", len(self._text)))
        elif tag == "img":
            alt = (dict(attrs).get("alt") or "").strip() or badge_label(
                dict(attrs).get("src") or ""
            )
            if alt and not PHOTO.fullmatch(alt):
                self._text.append(f" {literal(alt) if self.literal else alt} ")
        elif tag == "span" and patterns.search(
            r"(?i)tooltip-?text", dict(attrs).get("class") or ""
        ):
            # "Korean<span class="tooltiptext">TOPIK 5급</span>": the hint apart from its word.
            self._text.append(" · ")
        elif tag in _BLOCKS:
            self._flush()
            self._navs += tag == "nav"
            if tag not in _VOID:  # an <hr> inside the title's block keeps it a title
                self._titled = bool(
                    patterns.search(r"(?i)title|heading|\bbold\b", dict(attrs).get("class") or "")
                )
            if tag == "dl":
                # A list of fields, or of the fields docutils reads after a title ("docinfo").
                kind = dict(attrs).get("class") or ""
                self._terms.append("field" not in kind and "docinfo" not in kind)
            # A term of a definition list at the top, "Current Work" over its paragraphs (as
            # reStructuredText writes sections): a section's title when it names one; not a
            # field's name ("Languages:" in a list of fields).
            top = self._terms == [True] and not self._lists
            self._titled = self._titled or (tag == "dt" and top)
            self._term = tag == "dt" and top
            opened = bool(self._sections) and self._sections[-1] == len(self.lines)
            if tag == "header" and opened:
                self._header_level = min(len(self._sections) + 1, 6)
            if tag in ("section", "article"):
                self._sections.append(len(self.lines))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head" and not self._in_head:
            return  # closed already, where the body opened
        self._in_head = self._in_head and tag != "head"
        if tag not in _VOID:
            self._depth = max(self._depth - 1, 0)
        if tag in _DROPPED:
            self._dropping = max(self._dropping - 1, 0)
            return
        if self._dropping:
            return
        if tag in _HEADINGS or tag in ("li", "summary"):
            self._flush()
        elif tag in ("ul", "ol"):
            self._flush()
            self._lists = max(self._lists - 1, 0)
            if not self._lists:
                self.list_ends.add(len(self.lines))
        elif tag == "table" and self._rows.tables:
            self._rows.tables -= 1
            if self._rows.cells is not None:
                self._end_row()  # its last row left open (no </tr>) ends with it
        elif tag in ("td", "th") and self._rows.cells is not None:
            self._cell()
        elif tag == "tr":
            self._end_row()
        elif tag in ("strong", "b"):
            self._text.append("**")
        elif tag == "a" and self._links:
            href, start = self._links.pop()
            if within_site(href) and not "".join(self._text[:start]).strip():
                said = "".join(self._text[start:]).strip()  # "#formations", "cv.html"
                # Another page's link is a menu's entry in a word or three, not a paper's title.
                short = href.strip().startswith("#") or len(said.split()) <= 3
                self._anchor = said if short else ""
            link_ended(self._text, href, start, heading=self._prefix.startswith("#"))
        elif tag == "dt" and self._terms and not self._terms[-1]:
            # A field's name goes on its value's line: "Company: Payconiq, Netherlands".
            if self._field:
                self.lines.append(self._field)  # the field before had no value
            self._field, self._text = inline("".join(self._text)), []
        elif tag in _BLOCKS:
            self._flush()
            self._navs = max(self._navs - (tag == "nav"), 0)
            if tag == "dl" and self._terms:
                self._terms.pop()
            if tag in ("section", "article") and self._sections:
                self._fielded(self._sections.pop())
            self._header_level = 0 if tag == "header" else self._header_level

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self._text.append(literal(data) if self.literal else data)

    def _cell(self) -> None:
        text = inline("".join(self._text))
        self._text = []
        self._rows.cell_closed(text)

    def _end_row(self) -> None:
        """A row as one line; cells spanning rows from above (rowspan) lead the rows below."""
        text = inline("".join(self._text))
        self._text = []
        self.lines += self._rows.row_closed(text)
        self._prefix = ""  # an item's mark inside a cell ("<td><ul><li>") is the row's

    def _line_break(self) -> None:
        """<br>: a heading or a table cell goes on; elsewhere the line ends, an item continues."""
        if self._prefix.startswith("#") or self._rows.cells is not None:
            if "".join(self._text).strip():  # a break before any word separates nothing
                self._text.append(" · ")
            return
        item = self._prefix.endswith("- ") or self._prefix.endswith("  ")
        indent = "  " * max(self._lists - 1, 0) + "  " if item else ""
        self._flush()
        self._prefix = indent

    def _fielded(self, start: int) -> None:
        """ "<article><header>Telefone</header>(21) 994543810</article>": a field, its name on
        its value's line ("Telefone: (21) 994543810"), not a heading over one line."""
        said = self.lines[start:]
        heading = (
            patterns.fullmatch(r"#{3,6} (\S+(?: \S+){0,2})", said[0]) if len(said) == 2 else None
        )
        if heading and len(said[1]) <= 80 and not said[1].startswith(("#", "- ")):
            self.lines[start:] = [f"{heading.group(1).rstrip(':')}: {said[1]}"]

    def _flush(self) -> None:
        if self._rows.cells is not None:
            self._text.append(" ")  # inside a table row, blocks only part words ("Ann</p><p>Lee")
            return
        raw = "".join(self._text)
        text = inline(raw)
        self._text = []
        if "\xa0" in raw and not raw.strip():
            self.gaps.add(len(self.lines))  # a line left empty on purpose, as Word pages do
        # A menu: an item, or a <nav>'s line, linking to a part of the page or another of the
        # site ("Formations", "Inicio"): no fact. An address is kept wherever it stands.
        anchored, self._anchor = bool(text) and text == self._anchor, ""
        menu = anchored and (self._prefix.startswith("- ") or self._navs > 0)
        if menu and not patterns.search(r"://|\S@\S", text):
            self._prefix = ""
            return
        if self._field and (text or self._prefix):
            # Its value a paragraph: one line; a list: the name over its items.
            field, self._field = self._field, ""
            if text and not self._prefix:
                text = f"{field} {text}"
            else:
                self.lines.append(field)
        if text and self._titled and not self._prefix and names_kind(text):
            # A page's own section title set in a styled block ("Work Experience" between rules).
            self._prefix = "## "
        if text and self._header_level and not self._prefix:
            self._prefix, self._header_level = "#" * self._header_level + " ", 0
        dated = self._term and self.whole and patterns.search(_YEAR, text) and len(text) < 120
        if text and dated and not self._prefix:
            # A dated term over its definition ("2011--2014 Joyfl" over "CEO & Founder."): a
            # job or a degree, headed by its term, under the section it stands in.
            self._prefix = "###### "
        bold = patterns.fullmatch(r"\*\*([^*]{2,60}?):?\*\*:?", text)
        if bold and self.bold_titles and not self._prefix and names_kind(bold.group(1)):
            # "<p><b>Experience Summary: </b></p>": a paragraph of a bold title alone, in a
            # page written by hand (a Word file's bold lines are ranked by how they look).
            self._prefix, text = "## ", bold.group(1)
        if text:
            self.lines.append(self._prefix + text)
            self._titled = self._term = False
        elif self._prefix.lstrip().startswith("- "):
            return  # "<li><p>Swift</p></li>": the item's mark waits for its paragraph's words
        self._prefix = ""

    def close(self) -> None:
        super().close()
        if self._rows.cells is not None:
            self._end_row()
        self._flush()
        if self._field:
            self.lines.append(self._field)


def html_lines(
    html: str, bold_titles: bool = False, whole: bool = False, literal: bool = False
) -> list[str]:
    """The text of an HTML fragment as canonical Markdown lines (no blank lines); with
    `bold_titles`, a paragraph of a bold section title alone is a heading; `whole`, for a
    whole document, a definition list's dated terms head their definitions; `literal`, for
    lines read as Markdown again, a "<" in the text is escaped as one."""
    converter = Converter(bold_titles, whole, literal)
    converter.feed(one_cells_unwrapped(html))
    converter.close()
    return converter.lines
