"""Word tables of data, read as rows: learned from round286's Dutch CV, whose jobs are a table
under the column names "Periode | Functie | werkgever", a date range set over three lines of
its cell. Such a cell looked like a layout table's section, the table was unwrapped into loose
lines, the bold column names read as headings, and the employers lost from their jobs ("The
resume does not list any work experience")."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.docx import read_docx
from tests.documents import NAME


def test_a_table_under_a_row_of_column_names_keeps_its_rows(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(NAME, style="Title")
    document.add_paragraph().add_run("Werkervaring").bold = True
    jobs = [
        (("April 2015", "-", "Heden"), "Technieker ademlucht", "G4S"),
        (("2014", "-", "2015"), "Magazijn beheer", "DnD computers"),
    ]
    table = document.add_table(rows=len(jobs) + 1, cols=3)
    for cell, title in zip(table.rows[0].cells, ("Periode", "Functie", "werkgever"), strict=True):
        cell.paragraphs[0].add_run(title).bold = True
    for row, (period, role, employer) in zip(table.rows[1:], jobs, strict=True):
        row.cells[0].paragraphs[0].add_run(period[0])
        for line in period[1:]:
            row.cells[0].add_paragraph(line)
        row.cells[1].paragraphs[0].add_run(role)
        row.cells[2].paragraphs[0].add_run(employer)
    path = tmp_path / "werkervaring.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert "## Periode" not in markdown, markdown
    assert "## werkgever" not in markdown, markdown
    row = next(line for line in markdown.splitlines() if "G4S" in line)
    for cell in ("April 2015", "Heden", "Technieker ademlucht"):
        assert cell in row, markdown
