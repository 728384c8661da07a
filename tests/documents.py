"""Fixture generators: a Markdown resume written out as Word and PDF files, as editors make them."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph
    from fpdf import FPDF

# A realistic resume the fixtures are made from; FACTS are phrases from it every reading keeps.
RESUME = """\
# Priya Raman-Whitfield

Staff Backend Engineer — payments, data pipelines and reliability

Lisbon, Portugal · priya.whitfield@example.com · +351 912 345 678 · github.com/prwhit

## Summary

Backend engineer with twelve years of experience building payment platforms and the data
pipelines behind them. I enjoy turning flaky systems into boring ones.

## Experience

### Staff Backend Engineer — Tidewater Payments

March 2020 – Present, Lisbon

- Led the ledger rewrite in Go that reconciles 9 million transactions a day with zero drift.
- Cut p99 checkout latency from 840 ms to 210 ms by moving fraud scoring off the request path.
- Mentor four engineers; two were promoted to senior within eighteen months.

### Senior Software Engineer — Halvorsen Logistics

June 2016 – February 2020, Oslo

- Built the Kafka-based shipment event pipeline handling 35,000 events per second.
- Introduced contract testing with Pact across 14 services, halving integration incidents.

### Software Engineer — Brightwell Analytics

September 2012 – May 2016, Manchester

- Wrote the PostgreSQL partitioning tool that kept 6 TB of sensor data queryable.
- Ran the on-call rotation handbook and the blameless postmortem practice.

## Education

### MSc Computer Science — University of Edinburgh

2011 – 2012, thesis on consistent hashing under churn

## Skills

- **Languages:** Go, Python, Java, SQL
- **Data:** PostgreSQL, Kafka, Redis, BigQuery
- **Operations:** Kubernetes, Terraform, Prometheus, Grafana

## Certifications

| Certification | Issuer | Year |
| --- | --- | --- |
| Certified Kubernetes Administrator | CNCF | 2021 |
| AWS Solutions Architect Associate | Amazon Web Services | 2019 |
"""
NAME = "Priya Raman-Whitfield"
SECTIONS = ["Summary", "Experience", "Education", "Skills", "Certifications"]
ENTRIES = [
    ("Staff Backend Engineer", "Tidewater Payments"),
    ("Senior Software Engineer", "Halvorsen Logistics"),
    ("Software Engineer", "Brightwell Analytics"),
    ("MSc Computer Science", "University of Edinburgh"),
]
FACTS = [
    "priya.whitfield@example.com",
    "+351 912 345 678",
    "March 2020",
    "9 million transactions a day with zero drift",
    "from 840 ms to 210 ms by moving fraud scoring off the request path",
    "two were promoted to senior within eighteen months",
    "Kafka-based shipment event pipeline handling 35,000 events per second",
    "contract testing with Pact across 14 services",
    "June 2016",
    "kept 6 TB of sensor data queryable",
    "blameless postmortem practice",
    "September 2012",
    "thesis on consistent hashing under churn",
    "Go, Python, Java, SQL",
    "Kubernetes, Terraform, Prometheus, Grafana",
    "Certified Kubernetes Administrator · CNCF · 2021",
    "AWS Solutions Architect Associate · Amazon Web Services · 2019",
]


def headings(markdown: str, level: int) -> list[str]:
    """The titles of a reading's headings of one level, in order."""
    marker = "#" * level + " "
    return [line[len(marker) :] for line in markdown.splitlines() if line.startswith(marker)]


def missing(markdown: str, phrases: list[str]) -> list[str]:
    """The phrases a reading lost (whitespace-insensitive)."""
    text = " ".join(markdown.split())
    return [phrase for phrase in phrases if phrase not in text]


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Block(NamedTuple):
    """One Markdown block: a heading (level 1-6), a list item, a table row or a paragraph."""

    kind: Literal["heading", "item", "row", "paragraph"]
    text: str
    level: int = 0
    cells: tuple[str, ...] = ()


def blocks(markdown: str) -> Iterator[Block]:
    """Split the small Markdown subset the fixtures use into blocks."""
    paragraph: list[str] = []

    def flush() -> Iterator[Block]:
        if paragraph:
            yield Block("paragraph", " ".join(paragraph))
            paragraph.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        heading = re.match(r"^(#{1,6}) (.+)$", line)
        if not line or heading or line.startswith(("- ", "|")):
            yield from flush()
        if heading:
            yield Block("heading", heading.group(2), level=len(heading.group(1)))
        elif line.startswith("- "):
            yield Block("item", line[2:])
        elif line.startswith("|"):
            cells = tuple(cell.strip() for cell in line.strip("|").split("|"))
            if not all(set(cell) <= set("-: ") for cell in cells):
                yield Block("row", " · ".join(cells), cells=cells)
        elif line:
            paragraph.append(line)
    yield from flush()


def runs(text: str) -> Iterator[tuple[str, bool]]:
    """Yield (text, bold) runs of a line with `**bold**` marks."""
    for index, part in enumerate(_BOLD.split(text)):
        if part:
            yield part, index % 2 == 1


def plain(text: str) -> str:
    """The text without `**` marks."""
    return _BOLD.sub(r"\1", text)


def markdown_to_docx(
    markdown: str, path: Path, *, style: Literal["styles", "bold", "caps"] = "styles"
) -> None:
    """Write a .docx: heading styles, or bold (by size) or bold ALL-CAPS paragraphs as headings."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    table_rows: list[tuple[str, ...]] = []

    def flush_table() -> None:
        if table_rows:
            table = document.add_table(rows=0, cols=len(table_rows[0]))
            for cells in table_rows:
                row = table.add_row().cells
                for cell, text in zip(row, cells, strict=False):
                    cell.text = plain(text)
            table_rows.clear()

    for block in blocks(markdown):
        if block.kind != "row":
            flush_table()
        if block.kind == "row":
            table_rows.append(block.cells)
        elif block.kind == "heading" and style == "styles":
            document.add_heading(plain(block.text), level=block.level)
        elif block.kind == "heading":
            text = plain(block.text)
            caps = style == "caps" and block.level == 2
            run = document.add_paragraph().add_run(text.upper() if caps else text)
            run.bold = True
            if style == "bold" or block.level == 1:
                run.font.size = Pt({1: 20, 2: 14}.get(block.level, 11))
        else:
            bullet = "List Bullet" if block.kind == "item" else None
            _add_text(document.add_paragraph(style=bullet), block.text)
    flush_table()
    document.save(str(path))


def _add_text(paragraph: Paragraph, text: str) -> None:
    """A paragraph's runs: `**bold**`, and `[words](url)` as a Word hyperlink to the url."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for part, bold in runs(text):
        start = 0
        for link in [*_LINK.finditer(part), None]:
            words = part[start : link.start() if link else len(part)]
            if words:
                paragraph.add_run(words).bold = bold or None
            if link is None:
                break
            target = paragraph.part.relate_to(link[2], RELATIONSHIP_TYPE.HYPERLINK, True)
            hyperlink = OxmlElement("w:hyperlink")
            hyperlink.set(qn("r:id"), target)
            run = paragraph.add_run(link[1])
            run.bold, run.underline = bold or None, True
            hyperlink.append(run._r)  # moved from the paragraph into the link
            paragraph._p.append(hyperlink)
            start = link.end()


def dejavu_page(size: float = 10) -> FPDF:
    """An A4 page in points, DejaVu Sans set at `size`; the test skips where Debian's
    fonts-dejavu-core is not installed. Output it: fpdf2 closes the font's file only then."""
    import pytest
    from fpdf import FPDF

    if not (_FONT_DIR / "DejaVuSans.ttf").exists():
        pytest.skip("Debian's fonts-dejavu-core is not installed: no font to draw with")
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(_FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", "", size)
    return pdf


def markdown_to_pdf(markdown: str, path: Path, *, sidebar: str = "") -> None:
    """Write a PDF with fpdf2 (bold, larger headings; 10.5 pt body); a sidebar adds a column."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    family = "Helvetica"
    if (_FONT_DIR / "DejaVuSans.ttf").exists():
        family = "DejaVu"
        pdf.add_font(family, "", str(_FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font(family, "B", str(_FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    if sidebar:
        pdf.set_margins(12, 16, 210 - 70)
        _render(pdf, family, sidebar)
        pdf.set_margins(80, 16, 14)
        pdf.set_xy(80, 16)
    _render(pdf, family, markdown)
    pdf.output(str(path))


def _render(pdf: FPDF, family: str, markdown: str) -> None:
    """Lay the Markdown out between the current margins, from the current position."""

    def text_of(text: str) -> str:
        if family == "DejaVu":
            return text
        # The core fonts speak Latin-1 only.
        dashes = text.replace("\u2014", "-").replace("\u2013", "-")
        return dashes.encode("latin-1", "replace").decode("latin-1")

    sizes = {1: 20.0, 2: 14.0, 3: 11.5}
    rows: list[tuple[str, ...]] = []

    def flush_table() -> None:
        if rows:
            pdf.set_font(family, "", 10.5)
            widths = (3, 2, 1)[: len(rows[0])] if len(rows[0]) <= 3 else None
            with pdf.table(line_height=6, col_widths=widths) as table:
                for cells in rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(text_of(plain(cell)))
            rows.clear()

    for block in blocks(markdown):
        if block.kind != "row":
            flush_table()
        if block.kind == "row":
            rows.append(block.cells)
        elif block.kind == "heading":
            size = sizes[min(block.level, 3)]
            pdf.ln(2 if block.level >= 3 else 4)
            pdf.set_font(family, "B", size)
            pdf.multi_cell(0, size * 0.5, text_of(plain(block.text)))
            pdf.ln(1)
        elif block.kind == "item":
            pdf.set_font(family, "", 10.5)
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(5, 5.2, "•" if family == "DejaVu" else "-")
            pdf.multi_cell(0, 5.2, text_of(block.text), markdown=True)
        else:
            pdf.set_font(family, "", 10.5)
            pdf.multi_cell(0, 5.2, text_of(block.text), markdown=True)
            pdf.ln(1)
    flush_table()


def chromium() -> str | None:
    """The path of a headless-capable Chromium or Chrome binary, if one is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


_PAGE_STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; margin: 0 1cm; }
h1 { font-size: 22pt; margin-bottom: 2pt; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 14pt; }
h3 { font-size: 11.5pt; margin-bottom: 2pt; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 2pt 6pt; }
"""


def browser_pdf(markdown: str, path: Path, *, css: str = "") -> bool:
    """Print the Markdown, rendered as HTML, to PDF with headless Chromium; False without one."""
    from markdown_it import MarkdownIt

    binary = chromium()
    if binary is None:
        return False
    body = MarkdownIt("commonmark").enable("table").render(markdown)
    page = f'<!doctype html><html><head><meta charset="utf-8"><style>{_PAGE_STYLE}{css}</style>'
    page += f"</head><body>{body}</body></html>"
    with tempfile.TemporaryDirectory() as scratch:
        html = Path(scratch) / "resume.html"
        html.write_text(page, encoding="utf-8")
        command = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={scratch}/profile",
            f"--print-to-pdf={path}",
            "--no-pdf-header-footer",
            html.as_uri(),
        ]
        subprocess.run(command, capture_output=True, timeout=120, check=True)
    return path.exists() and path.stat().st_size > 0


def assemble_pdf(objects: list[str]) -> bytes:
    """A PDF file of these objects, numbered from 1, with its cross-reference table."""
    body, offsets = "%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n{obj}\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    body += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return body.encode()


def helvetica_page(content: str) -> bytes:
    """A one-page PDF drawing `content` (its text operators) with Helvetica as /F1."""
    return assemble_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R"
        " >> >> /Contents 5 0 R >>", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ])  # fmt: skip
