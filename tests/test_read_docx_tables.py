"""Word tables of data, read as rows: learned from round286's Dutch CV, whose jobs are a table
under the column names "Periode | Functie | werkgever", a date range set over three lines of
its cell. Such a cell looked like a layout table's section, the table was unwrapped into loose
lines, the bold column names read as headings, and the employers lost from their jobs ("The
resume does not list any work experience")."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.docx.reader import read_docx
from tests.documents import NAME, headings


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


def test_section_titles_numbered_over_bulleted_items_are_sections(tmp_path: Path) -> None:
    """Learned from round341's Indonesian CV: "1. Pendidikan", "2. Pengalaman Kerja" items of a
    numbered list, each over bulleted items: sections, not items of one list."""
    import docx

    document = docx.Document()
    document.add_paragraph(NAME, style="Title")
    document.add_paragraph("Pendidikan", style="List Number")
    document.add_paragraph("lulusan SMA Negeri 2 Kediri, tahun 2021", style="List Bullet")
    document.add_paragraph("Pengalaman Kerja", style="List Number")
    document.add_paragraph("bekerja di toko roti, Kediri, 2022", style="List Bullet")
    document.add_paragraph("Keahlian", style="List Bullet")  # an item among items: kept
    path = tmp_path / "daftar.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert headings(markdown, 2) == ["Pendidikan", "Pengalaman Kerja"], markdown
    assert "- lulusan SMA Negeri 2 Kediri, tahun 2021\n" in markdown
    assert "- Keahlian\n" in markdown


def test_a_column_of_dates_beside_the_entries_goes_back_under_each(tmp_path: Path) -> None:
    """Learned from round341's French CV: the years in a shaded one-cell table floating left of
    the entries ("2015-2016", "2011-2015") came out stacked above every entry, none dated."""
    import docx

    document = docx.Document()
    document.add_paragraph(NAME, style="Title")
    document.add_paragraph().add_run("FORMATION").bold = True
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.paragraphs[0].add_run("2015-2016")
    for years in ("", "2011-2015", "", "Depuis Septembre 2014"):
        cell.add_paragraph(years)
    for degree, school in [
        ("Master 1 Informatique", "Université Joseph Fourier, Grenoble"),
        ("Licence Informatique", "Université Jean-Monnet, Saint-Etienne"),
        ("Vacataire des Médiathèques", "Médiathèque de Terrenoire"),
    ]:
        document.add_paragraph().add_run(degree).bold = True
        document.add_paragraph(school)
    path = tmp_path / "dates.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert "### Licence Informatique\n\n2011-2015\n\nUniversité Jean-Monnet" in markdown, markdown
    assert "### Vacataire des Médiathèques\n\nDepuis Septembre 2014\n" in markdown, markdown
