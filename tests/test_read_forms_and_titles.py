"""A form's table, a title's note in brackets, a name's label: learned from round348 (a
Spanish government-style Word form, a Portuguese Canva PDF, a bioinformatician's Word PDF)
and round349 (an Austrian Markdown page typed with closed headings and no spaces)."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_chat.resume.kinds.classifier import names_kind, section_kind
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.names.candidate import take_name


def _form(tmp_path: Path) -> str:
    """A table whose column names are bold, one with a hint under it in brackets, over a row
    for each school; a name given by the form's "Apellidos y Nombres" label."""
    import docx

    from resume_chat.resume.docx.reader import read_docx

    document = docx.Document()
    document.add_paragraph().add_run("DATOS PERSONALES").bold = True
    label = document.add_paragraph()
    label.add_run("Apellidos y Nombres: ").bold = True
    label.add_run("Barrazueta Quizhpe Kevin Alexander")
    document.add_paragraph().add_run("FORMACIÓN ACADÉMICA").bold = True
    table = document.add_table(rows=3, cols=4)
    names = ("Tipo", "Título Obtenido", "Institución", "Fecha")
    for cell, name in zip(table.rows[0].cells, names, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    table.rows[0].cells[0].add_paragraph("(Secundaria,")
    table.rows[0].cells[0].add_paragraph("Tercer Nivel, Cuarto Nivel)")
    rows = [
        ("Secundaria", "Bachiller", "Unidad educativa Mater Dei", "2021"),
        ("Tercer Nivel", "Ingeniero en Ciencias de la computación", "UTPL", "2025"),
    ]
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(value)
    path = tmp_path / "form.docx"
    document.save(str(path))
    return read_docx(path.read_bytes(), path).markdown


def test_a_forms_columns_named_with_hints_keep_its_rows(tmp_path: Path) -> None:
    markdown = _form(tmp_path)
    assert "Tercer Nivel · Ingeniero en Ciencias de la computación · UTPL · 2025" in markdown
    assert "#### Título Obtenido" not in markdown
    assert "Título Obtenido\n" not in markdown


def test_a_forms_surnames_and_names_label_names_the_candidate(tmp_path: Path) -> None:
    assert _form(tmp_path).startswith("# Barrazueta Quizhpe Kevin Alexander\n")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("EXPERIENCIA LABORAL (3 últimas)", "experience"),  # a note in brackets on the kind
        ("REFERENCIAS PERSONALES (no familiares)", "references"),
        ("Personal References", "references"),  # not interests, for its "personal"
        ("Personal Statement", "summary"),
        ("EXPÉRIENCES PROFESSIONNELLES", "experience"),  # plural adjectives
        ("Esperienze professionali", "experience"),
        ("ENTRE EM CONTATO COMIGO EM", "contact"),  # Portuguese: get in touch with me at
    ],
)
def test_more_titles_name_their_kind(title: str, kind: str) -> None:
    assert names_kind(title), title
    assert section_kind(title) == kind


def test_a_long_note_in_brackets_is_no_kinds_title() -> None:
    assert not names_kind("WORKING PAPERS ( denotes current or former PhD student)")


def test_the_letters_of_a_degree_after_a_name_heading() -> None:
    lines = ["## DR. LUCAS MALDONADO (PhD)", "", "### Bioinformatics Scientist", "", "## EDUCATION"]
    assert take_name(lines, "")[1] == "DR. LUCAS MALDONADO"


def test_a_forms_name_field_wins_over_a_photos_caption() -> None:
    lines = ["# Lebenslauf", "", "Screenshot Durchblicker", "", "## Profil", "",
             "- Name · Markus Tiefenbacher", "- Geburtsort · Krems a.d. Donau"]  # fmt: skip
    assert take_name(lines, "")[1] == "Markus Tiefenbacher"


def test_headings_typed_closed_and_unspaced() -> None:
    """ "##Beruflicher Werdegang##": CommonMark reads neither mark; a person reads a title."""
    markdown = read_markdown(
        "#Lebenslauf#\n\n##Beruflicher Werdegang##\n\n###Web Developer, YOUSURE 2009-2013 ###\n\n"
        "* Frontend\n\n###Rotes Kreuz Krems 2007-2008###\n\n* Zivildienst\n\n##Skills in C#\n\n"
        "* Java\n"
    ).markdown
    assert "## Beruflicher Werdegang\n" in markdown, markdown
    assert "### Rotes Kreuz Krems 2007-2008\n" in markdown, markdown
    assert "Skills in C#" in markdown, markdown  # one mark after a word is the word's


def test_a_title_with_a_colon_over_dated_lines_in_any_language() -> None:
    """Round351's Lithuanian artist: "Grupinės parodos:" (group exhibitions), a word no list of
    section titles holds, over a year a line; and no name of two words, the second in small
    letters."""
    from resume_chat.resume.text import read_text

    reading = read_text(
        "Salvijus Misevičius\n    g. 1999\n    Gyvena ir dirba Vilniuje\n\nGrupinės parodos:\n"
        "2023 „Ankštis“, galerija Atletika, Vilnius\n2022 „Ne tik akys“, Vilnius\n"
    )
    assert reading.name == "Salvijus Misevičius", reading.markdown
    assert "## Grupinės parodos\n" in reading.markdown, reading.markdown


def test_a_table_inside_a_tables_cell_is_that_cells_text() -> None:
    """Round350's Word file: each school's name in a one-cell table inside its row's cell."""
    from resume_chat.resume.html.pages import html_to_markdown

    html = (
        "<table><tr><td><p><b>Qualification</b></p></td><td><p><b>Institution</b></p></td>"
        "<td><p><b>Percentage</b></p></td></tr><tr><td><p><b>HSC</b></p>"
        "<p><b>(State Board)</b></p></td><td><table><tr><td><p>St. Jude’s School, "
        "Nidamangalam</p></td></tr></table></td><td><p>77.16%</p></td></tr></table>"
    )
    markdown = html_to_markdown(html)
    assert "- **HSC (State Board)** · St. Jude’s School, Nidamangalam · 77.16%" in markdown, (
        markdown
    )


def test_a_tables_last_row_left_open_ends_with_the_table() -> None:
    """Round182's page: a row without its </tr>; the title after the table is no cell of it,
    and the next table is no table inside it."""
    from resume_chat.resume.html.pages import html_to_markdown

    html = (
        "<table><tr><td><b>Date Completed</b></td><td>2013</td></table>"
        "<h2>EMPLOYMENT HISTORY</h2><table><tr><td><b>Company</b></td><td>Cornastone</td></tr>"
        "</table>"
    )
    markdown = html_to_markdown(html)
    assert "- **Date Completed** · 2013\n" in markdown, markdown
    assert "## EMPLOYMENT HISTORY" in markdown, markdown
    assert "- **Company** · Cornastone" in markdown, markdown


def test_a_table_of_rows_inside_a_layout_tables_cell_keeps_its_rows() -> None:
    """Round318's Word file: a layout table whose rows hold a title cell and a table of dated
    rows; those rows stay rows under their title, not one cell's text."""
    from resume_chat.resume.html.pages import html_to_markdown

    html = (
        "<table><tr><td><p>EDUCATION</p></td><td><table><tr><td><p>2019 - 2018</p></td>"
        "<td><p><b>Master of Data Science</b></p></td></tr><tr><td><p>2017 - 2014</p></td>"
        "<td><p><b>Bachelor of Commerce</b></p></td></tr></table></td></tr></table>"
    )
    markdown = html_to_markdown(html)
    assert "- 2017 - 2014 · **Bachelor of Commerce**" in markdown, markdown


def test_a_one_cell_table_on_its_own_is_a_titles_box() -> None:
    """Round48's Polish Word file draws each section's title in a table of one cell: a title,
    not a line of text."""
    from resume_chat.resume.html.pages import html_to_markdown

    markdown = html_to_markdown(
        "<table><tr><td><p>Doświadczenie</p></td></tr></table><p>Serwisant, 2019 - 2021</p>"
    )
    assert "## Doświadczenie" in markdown, markdown
