"""Markdown written for pandoc: its line blocks, and LaTeX commands set alone for its PDF."""

from __future__ import annotations

from resume_chat.resume.markdown.reader import read_markdown

# round299's architectural historian: his posts as headings over line blocks of addresses.
_POSTS = """\
# Pedro P. Palazzo

\\columnsbegin

##### Associate professor

|
| University of Brasilia
| School of Architecture and Urbanism

##### Partner, Consultant

|
| Ábaco Arquitetura & Design Ambiental

| Skill | Level |
|-------|-------|
| Revit | Expert |
"""


def test_a_line_block_reads_as_its_lines_and_a_table_stays_a_table() -> None:
    """ "| University of Brasilia" was read as a table's cell under a row of nothing, and
    "\\\\columnsbegin" as a line of the resume's."""
    markdown = read_markdown(_POSTS).markdown
    assert "\nUniversity of Brasilia\nSchool of Architecture and Urbanism\n" in markdown, markdown
    assert "\nÁbaco Arquitetura & Design Ambiental\n" in markdown, markdown
    assert "columnsbegin" not in markdown, markdown
    assert "Skill: Revit" in markdown, markdown  # a table, read as its fields
