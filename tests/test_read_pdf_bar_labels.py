"""A Word CV whose section titles stand in a left column, a bar drawn after each, level with
the section's first line (round321's UX researcher): "EDUCATION | M.S. Human Centered Design"
had been one line of text, and the degree no section's; a heading's own note ("PUBLICATIONS |
In refereed journals", set as a heading) stays one heading."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.pdf.reader import read_pdf


def _markdown(rows: list[tuple[str, float, bool]]) -> str:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 50, "Allie Deford")
    y = 90.0
    for text, size, bold in rows:
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.text(40, y, text)
        y += 1.6 * size
    return read_pdf(bytes(pdf.output()), Path("cv.pdf")).markdown


def test_a_section_title_before_a_bar_heads_the_line_it_leads() -> None:
    markdown = _markdown(
        [
            (
                "EDUCATION | M.S. Human Centered Design and Engineering - Expected June 2016",
                10,
                False,
            ),
            ("University of Washington, Seattle, WA", 10, False),
            ("EXPERIENCE | Boeing - Summer 2013", 10, False),
            ("Software Engineering Intern: Customer Coordination and Deliveries Team", 10, False),
        ]
    )
    assert "## EDUCATION\n\nM.S. Human Centered Design" in markdown, markdown
    assert "## EXPERIENCE\n\nBoeing - Summer 2013" in markdown, markdown


def test_a_bar_between_capitals_alone_divides_no_section() -> None:
    markdown = _markdown(
        [("LANGUAGES | FRAMEWORKS | TOOLS", 10, False), ("Python, Django", 10, False)]
    )
    assert "## LANGUAGES\n" not in markdown, markdown
