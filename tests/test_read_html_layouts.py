"""HTML pages laid out by hand: a logo's alt text that looks like a tag, and a layout table
whose rows are the resume's sections (round324's designer, round328's game programmer)."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes


def test_text_written_as_a_tag_stays_text_and_the_page_keeps_its_lines(tmp_path: Path) -> None:
    """round324: a logo's `alt="&lt;g&gt;"` became "<g>" in the Markdown the page is read as,
    an HTML block that ran the whole resume into one line with no sections."""
    page = (
        '<html><body><header><a href="#"><img src="/img/g.svg" alt="&lt;g&gt;"></a>'
        "<h1>Garth Braithwaite</h1></header><section><h2>Work History</h2>"
        "<h3>Senior Experience Designer</h3><p>Adobe Systems, 2011-Present</p></section>"
        "<section><h2>Skills</h2><p>HTML 5, &lt;canvas&gt;, Git</p></section></body></html>"
    )
    reading = read_resume_bytes(page.encode(), tmp_path / "resume.html")
    assert "\n## Work History\n" in reading.markdown, reading.markdown
    assert "\n### Senior Experience Designer\n" in reading.markdown, reading.markdown
    assert "HTML 5, <canvas>, Git" in reading.markdown, reading.markdown


def test_a_layout_table_whose_rows_are_sections_reads_a_section_a_row(tmp_path: Path) -> None:
    """round328: a page saved as resume.md, its sections the rows of one table, each titled
    in its first cell: read as one section of loose items, "the resume lists no education"."""
    rows = [
        ("Skills", "Self-teaching Analytical Open-minded"),
        ("Experience", "<b>Game jams</b></td><td>January 2020 - present"),
        ("Education", "<b>Game Programming - Sainte-Foy CEGEP</b></td><td>2018 - 2020"),
    ]
    body = "".join(f"<tr><td>{label}</td><td>{cells}</td></tr>" for label, cells in rows)
    page = f"<html><body><h1>Dominic St-Onge</h1><table><tbody>{body}</tbody></table></body></html>"
    reading = read_resume_bytes(page.encode(), tmp_path / "resume.md")
    assert "\n## Education\n" in reading.markdown, reading.markdown
    assert "Game Programming - Sainte-Foy CEGEP" in reading.markdown.split("## Education")[1]


def test_a_table_s_bold_header_row_is_no_section(tmp_path: Path) -> None:
    """A table's header row in bold ("Language · Spoken · Written", a Word table read through
    HTML) names its columns, not a section of one row."""
    rows = (
        "<tr><td><b>Language</b></td><td><b>Spoken</b></td><td><b>Written</b></td></tr>"
        "<tr><td>English</td><td>Fluent</td><td>Good</td></tr>"
    )
    page = f"<html><body><h1>Ana</h1><h2>Skills</h2><table>{rows}</table></body></html>"
    reading = read_resume_bytes(page.encode(), tmp_path / "resume.html")
    assert "## Language" not in reading.markdown, reading.markdown
    assert "English · Fluent · Good" in reading.markdown, reading.markdown
