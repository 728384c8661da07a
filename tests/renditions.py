"""One resume written out in each format the reader takes, as a person would save it.

`tests/documents.py` makes the Word and PDF files from Markdown; this adds the JSON Resume
and plain-text versions of its RESUME, and turns any CommonMark into the small Markdown
subset those writers take, as a browser or an editor would show it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from tests.documents import NAME, blocks, browser_pdf, markdown_to_docx, plain

if TYPE_CHECKING:
    from pathlib import Path

    from markdown_it.token import Token

# The formats a Markdown resume is written out in, as its owner would save or print it.
KINDS = ("pdf", "docx")

# RESUME (tests/documents.py) as the JSON Resume its author would keep: the same facts.
JSON_RESUME: dict[str, Any] = {
    "basics": {
        "name": NAME,
        "label": "Staff Backend Engineer — payments, data pipelines and reliability",
        "email": "priya.whitfield@example.com",
        "phone": "+351 912 345 678",
        "summary": "Backend engineer with twelve years of experience building payment platforms "
        "and the data pipelines behind them. I enjoy turning flaky systems into boring ones.",
        "location": {"city": "Lisbon", "countryCode": "PT"},
        "profiles": [
            {"network": "GitHub", "username": "prwhit", "url": "https://github.com/prwhit"}
        ],
    },
    "work": [
        {
            "name": "Tidewater Payments",
            "position": "Staff Backend Engineer",
            "location": "Lisbon",
            "startDate": "2020-03",
            "highlights": [
                "Led the ledger rewrite in Go that reconciles 9 million transactions a day "
                "with zero drift.",
                "Cut p99 checkout latency from 840 ms to 210 ms by moving fraud scoring off "
                "the request path.",
                "Mentor four engineers; two were promoted to senior within eighteen months.",
            ],
        },
        {
            "name": "Halvorsen Logistics",
            "position": "Senior Software Engineer",
            "location": "Oslo",
            "startDate": "2016-06",
            "endDate": "2020-02",
            "highlights": [
                "Built the Kafka-based shipment event pipeline handling 35,000 events per second.",
                "Introduced contract testing with Pact across 14 services, halving integration "
                "incidents.",
            ],
        },
        {
            "name": "Brightwell Analytics",
            "position": "Software Engineer",
            "location": "Manchester",
            "startDate": "2012-09",
            "endDate": "2016-05",
            "highlights": [
                "Wrote the PostgreSQL partitioning tool that kept 6 TB of sensor data queryable.",
                "Ran the on-call rotation handbook and the blameless postmortem practice.",
            ],
        },
    ],
    "education": [
        {
            "institution": "University of Edinburgh",
            "studyType": "MSc",
            "area": "Computer Science",
            "startDate": "2011",
            "endDate": "2012",
            "courses": ["Thesis on consistent hashing under churn"],
        }
    ],
    "skills": [
        {"name": "Languages", "keywords": ["Go", "Python", "Java", "SQL"]},
        {"name": "Data", "keywords": ["PostgreSQL", "Kafka", "Redis", "BigQuery"]},
        {"name": "Operations", "keywords": ["Kubernetes", "Terraform", "Prometheus", "Grafana"]},
    ],
    "certificates": [
        {"name": "Certified Kubernetes Administrator", "issuer": "CNCF", "date": "2021"},
        {
            "name": "AWS Solutions Architect Associate",
            "issuer": "Amazon Web Services",
            "date": "2019",
        },
    ],
}


def write_as(kind: str, markdown: str, path: Path) -> bool:
    """The Markdown as a browser prints it to PDF, or as saved from a Word editor; False when
    no browser is installed to print with."""
    if kind == "pdf":
        # What a reader sees on the site: front matter is not printed; folded <details> are
        # opened first, as a person printing their resume would, or the PDF lacks their facts.
        shown = re.sub(r"(?i)<details(?=[\s>])", "<details open", without_front_matter(markdown))
        return browser_pdf(shown, path)
    if kind == "docx":
        markdown_to_docx(simple_markdown(markdown), path)
        return True
    raise ValueError(f"no rendition {kind!r}; one of {', '.join(KINDS)}")


def markdown_to_text(markdown: str) -> str:
    """The resume as typed in a text editor: underlined section titles, dashes for list items."""
    out: list[str] = []
    previous = ""
    for block in blocks(markdown):
        text, header = plain(block.text), block.kind == "row" and previous != "row"
        previous = block.kind
        if header:
            continue  # a table's header row: the lines under a section need no column names
        if block.kind == "heading" and block.level == 2:
            out += ["", "", text, "-" * len(text), ""]
        elif block.kind == "heading":
            out += ["", text] if block.level == 3 else [text]
        elif block.kind in ("item", "row"):
            out.append(f"- {text.replace(' · ', ', ')}")
        else:
            out += [text, ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


_HREF = re.compile(r"[^\s()\[\]]+")  # a url the `[words](url)` form can carry
# YAML (`---`) or TOML (`+++`, Hugo's) front matter, which a site generator never prints.
_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?(?:---\r?\n.*?\r?\n(?:---|\.\.\.)|\+\+\+\r?\n.*?\r?\n\+\+\+)\r?\n", re.DOTALL
)


def without_front_matter(markdown: str) -> str:
    """The page a site generator would show: the front matter is not printed."""
    return _FRONT_MATTER.sub("", markdown, count=1)


def simple_markdown(markdown: str) -> str:
    """Any CommonMark as the subset `markdown_to_docx` writes: what a reader of the page sees.

    Headings at their level, one `- ` item per list item at any depth, table rows,
    paragraphs with `**bold**` and links; rules and HTML go, code is text.
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(without_front_matter(markdown))
    out: list[str] = []
    row: list[str] = []
    depth = 0  # list items open around this token
    started = False  # the open list item has its first line already
    for index, token in enumerate(tokens):
        if token.type == "list_item_open":
            depth, started = depth + 1, False
        elif token.type == "list_item_close":
            depth, started = depth - 1, False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            out += [f"| {' | '.join(row)} |", ""]
        elif token.type in ("fence", "code_block"):
            out += [" ".join(token.content.split()), ""]
        elif token.type == "html_block":
            out += [line for text in html_lines(token.content) for line in (text, "")]
        elif token.type == "inline":
            opened = tokens[index - 1]
            # Word headings and table cells here take no links: their words only.
            cell = opened.type in ("heading_open", "th_open", "td_open")
            text = _inline(token.children or [], links=not cell)
            if not text:
                continue
            if opened.type == "heading_open":
                out += [f"{'#' * int(opened.tag[1])} {' '.join(text.split())}", ""]
            elif opened.type in ("th_open", "td_open"):
                row.append(" ".join(text.replace("|", "/").split()))
            elif depth and not started:
                out += [f"- {text}", ""]
                started = True
            else:
                out += [text, ""]
    return "\n".join(out)


# Tags that start a line of their own on the page (the rest flow inside a line).
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "li", "tr", "br", "summary"}
    | {"details", "dt", "dd", "table", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5"}
    | {"h6"}
)
_SKIPPED_TAGS = frozenset({"script", "style"})


def html_lines(html: str) -> list[str]:
    """An HTML block as a browser shows it, one line per block element: headings as Markdown
    headings, list items as `- ` items, a table row's cells joined by ` · `."""
    from html.parser import HTMLParser

    lines: list[str] = []
    current: list[str] = []
    prefix = [""]
    skipping = [0]

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(prefix[0] + text)
        current.clear()
        prefix[0] = ""

    class Page(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIPPED_TAGS:
                skipping[0] += 1
            elif tag in _BLOCK_TAGS:
                flush()
                if tag[0] == "h" and tag[1:].isdigit():
                    prefix[0] = "#" * int(tag[1]) + " "
                elif tag == "li":
                    prefix[0] = "- "
            elif tag in ("td", "th") and current:
                current.append(" · ")

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIPPED_TAGS:
                skipping[0] = max(0, skipping[0] - 1)
            elif tag in _BLOCK_TAGS:
                flush()

        def handle_data(self, data: str) -> None:
            if not skipping[0]:
                current.append(data)

    page = Page(convert_charrefs=True)
    page.feed(html)
    page.close()
    flush()
    return lines


def _inline(children: list[Token], *, links: bool = True) -> str:
    """An inline run as text with `**` for strong and `[words](url)` for links (or their words
    alone, where the writer takes no links); a <br> parts lines."""
    parts: list[str] = []
    targets: list[str] = []  # hrefs of the open links, "" where kept as words only
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":  # a <br>: the next words start a line of their own
            parts.append("\n")
        elif child.type in ("strong_open", "strong_close") and not any(targets):
            parts.append("**")
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            targets.append(href if links and _HREF.fullmatch(href) else "")
            parts.append("[" if targets[-1] else "")
        elif child.type == "link_close" and targets:
            href = targets.pop()
            parts.append(f"]({href})" if href else "")
        elif child.type == "image":
            parts.append(child.content)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
