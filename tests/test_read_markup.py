"""Marks some files set their titles, links and dates with: underlined Word titles,
reStructuredText links, an item's wrapped line in capitals, an XHTML page's XML declaration,
years in a LaTeX margin."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.text import read_text
from tests.documents import headings


def test_underlined_section_titles_in_word_are_sections(tmp_path: Path) -> None:
    """ "Education" and "Professional Experience" underlined in 12 pt, neither bold nor much
    larger, over bold lines in the body's 11 pt: the underlined are the sections, the bold
    "CGPA 4.88/5" a line of Education's; a label "Key Accomplishments:" is no title."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_paragraph("Parth Kalkar", style="Title")
    for text, look in [
        ("Education", "underline"),
        ("Innopolis University (2019-2023)", "bold"),
        ("CGPA 4.88/5", "bold"),
        ("Bachelors in Computer Science", ""),
        ("Professional Experience", "underline"),
        ("Huawei Technologies Co. Ltd Nov 2021 – Present", "bold"),
        ("Key Accomplishments:", "underline"),
        ("Built a metrics pipeline for natural-language artifacts and graphics.", ""),
    ]:
        run = document.add_paragraph().add_run(text)
        run.bold, run.underline = look == "bold", look == "underline"
        run.font.size = Pt(12 if look == "underline" else 11)
    path = tmp_path / "student.docx"
    document.save(str(path))
    markdown = read_resume_bytes(path.read_bytes(), path).markdown
    assert headings(markdown, 2) == ["Education", "Professional Experience"], markdown
    assert "\nKey Accomplishments:\n" in markdown, markdown


RST = """\
==========================
David Bradway, Ph.D.
==========================

Work Experience
===============

-  **Technical University of Denmark (DTU)** (Kongens Lyngby, Denmark)

   Postdoctoral Researcher, 2013 - 2014

   -  Wrote OpenCL code to process 3-D vector flow imaging data on an
      AMD GPU
   -  Learned `version
      control <http://www.ibm.com/clearcase>`__ and ``git``

Education
=========

-  `B.S. in Electrical and Computer
   Engineering <http://ece.osu.edu/undergrad>`__, The Ohio State University
"""


def test_restructured_text_links_read_as_their_words() -> None:
    markdown = " ".join(read_text(RST).markdown.split())
    assert "B.S. in Electrical and Computer Engineering (http://ece.osu.edu/undergrad)" in markdown
    assert "version control (http://www.ibm.com/clearcase) and git" in markdown
    assert "`" not in markdown, markdown


def test_a_list_items_wrapped_line_in_capitals_is_no_title() -> None:
    """ "AMD GPU" carries on the item above, indented to its text: not a section."""
    markdown = read_text(RST).markdown
    assert headings(markdown, 2) == ["Work Experience", "Education"], markdown
    assert "AMD GPU" in markdown


def test_a_title_indented_under_items_at_the_margin_is_still_a_title() -> None:
    """Bullets with no space after them, then "    Languages Known": a title, not a wrap."""
    text = (
        "Devika Sajeev\n     Education\n•INMCA from SNGIST\n•10th passed\n"
        "    Languages Known\n•English\n"
    )
    assert "Languages Known" in headings(read_text(text).markdown, 2)


def test_an_xhtml_page_opening_with_its_xml_declaration_is_read_as_a_page(tmp_path: Path) -> None:
    """Nim's rst2html writes "<?xml …?>" before the doctype; its style sheet, blank lines and
    all, is no Markdown to read as text."""
    page = (
        '<?xml version="1.0" encoding="utf-8" ?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n'
        "<html><head><style>\nbody {\n  margin: 0;\n}\n\naddress {\n  font-style: normal;\n}\n"
        "</style></head><body>\n"
        "<h1>Rocio Belen Sanchez</h1><h2>Experience:</h2><ul><li>Cashier, Zarate</li></ul>"
        "</body></html>\n"
    )
    path = tmp_path / "cv.html"
    reading = read_resume_bytes(page.encode(), path)
    assert reading.name == "Rocio Belen Sanchez"
    assert "font-style" not in reading.markdown, reading.markdown


def test_years_in_a_latex_margin_stand_apart_from_the_line() -> None:
    """A template's "\\years{2012, 13}Political Science 3321": years, then the course."""
    source = (
        "\\documentclass{article}\n\\newcommand{\\years}[1]{\\marginnote{#1}}\n"
        "\\begin{document}\n\\section*{Teaching}\n"
        "\\years{2012, 13}Political Science 3321: Issues in American Public Policy \\\\\n"
        "\\end{document}\n"
    )
    path = Path("cv.tex")
    markdown = read_resume_bytes(source.encode(), path).markdown
    assert "2012, 13 · Political Science 3321" in markdown, markdown


def test_a_tables_columns_of_the_templates_own_types_are_no_text() -> None:
    """ "\\begin{longtable}{@{} Y{0.05\\textwidth} L{0.95\\textwidth} @{}}": the columns'
    spec, not a line of the CV."""
    source = (
        "\\documentclass{article}\n\\begin{document}\n\\section*{Professional appointments}\n"
        "\\begin{longtable}{@{} Y{0.08\\textwidth} L{0.92\\textwidth} @{}}\n"
        "2023- & Assistant Professor, City College of New York\\\\\n\\end{longtable}\n"
        "\\end{document}\n"
    )
    markdown = read_resume_bytes(source.encode(), Path("cv.tex")).markdown
    assert "Assistant Professor, City College of New York" in markdown, markdown
    assert "textwidth" not in markdown, markdown
    assert "Y0.08" not in markdown, markdown


def test_words_guessed_for_a_picture_are_no_text(tmp_path: Path) -> None:
    """Word's automatic alt text ("A child in a white shirt Description automatically
    generated with medium confidence") over the name is no line of the resume."""
    import base64

    import docx

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="
    )
    picture = tmp_path / "photo.png"
    picture.write_bytes(png)
    document = docx.Document()
    document.add_picture(str(picture))
    properties = document.inline_shapes[0]._inline.docPr
    properties.set("descr", "A child in a white shirt\n\nDescription automatically generated")
    document.add_paragraph().add_run("RESUME OF AUNG YE ZAW").bold = True
    document.add_paragraph("Address : Hlaing Tsp, Yangon")
    document.add_paragraph().add_run("Working Experience").bold = True
    document.add_paragraph("Mobile Developer (Flutter), Unity IT Solution Provider, 2022 - 2024")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    markdown = read_resume_bytes(path.read_bytes(), path).markdown
    assert "white shirt" not in markdown, markdown
    assert "Hlaing Tsp, Yangon" in markdown, markdown


def test_a_label_with_a_colon_under_a_jobs_line_is_no_title() -> None:
    """Titles written without colons ("Work Experience"): "Programming and Automation:" right
    under a job's line labels that job's list; the next job is still its own entry."""
    text = (
        "THOMAS FAULKNER\ntom@example.com\nCertifications and Education\n"
        "1999 - 2004 Carl Sandburg College. Galesburg, IL\nWork Experience\n"
        "Network Engineer II\nCenturyLink - Network Augmentation, 2012 - 2017\n"
        "Recognized as Top Performer for 2016\nProgramming and Automation:\n"
        "* Developed tools that improved efficiency fivefold.\nCustomer Engineer II\n"
        "NCR - Field Operations - 2005 - 2011\nAccomplishments\nExceeded goal five years.\n"
    )
    markdown = read_text(text).markdown
    assert "## Programming and Automation" not in markdown, markdown
    assert "## Work Experience" in markdown, markdown
    assert "## Accomplishments" in markdown, markdown


def test_a_paragraph_of_a_bold_section_title_alone_is_a_heading(tmp_path: Path) -> None:
    """A hand-written page sets its sections as "<p><b>Experience Summary: </b></p>": a
    heading; a bold employer leading its line ("<b>Flight.</b> Santa Rosa") is none."""
    page = (
        "<!DOCTYPE html><html><body><h1>Shelby Munsch</h1>"
        '<div class="job"><p class="main"><b>Education: </b></p>'
        '<p class="heading"><b>Santa Rosa Junior College.</b> Santa Rosa CA</p></div>'
        "<p><b>Thank you!</b></p></body></html>"
    )
    markdown = read_resume_bytes(page.encode(), tmp_path / "index.html").markdown
    assert headings(markdown, 2) == ["Education"], markdown
    assert "Santa Rosa Junior College." in markdown


def test_a_page_that_never_closes_its_head_is_read_from_its_body(tmp_path: Path) -> None:
    """ "<title>Aryan's CV</title><body>" with no "</head>": browsers end the head where the
    body opens; the page was read as all head, so empty ("does not mention any education")."""
    page = (
        "<!DOCTYPE html><html><head><meta charset='UTF-8'><title>Aryan's CV</title>\n<body>"
        "<h1>Aryan Singh</h1><h2>Education</h2><p>Meghnad Saha Institute of Technology</p>"
        "</body></html>"
    )
    reading = read_resume_bytes(page.encode(), tmp_path / "index.html")
    assert reading.name == "Aryan Singh"
    assert "Meghnad Saha Institute of Technology" in reading.markdown
    assert "Aryan's CV" not in reading.markdown


def test_a_page_opening_with_a_comment_before_its_doctype_is_a_page(tmp_path: Path) -> None:
    """ "<!--Brian Tucker / Personal Website -->" above "<!DOCTYPE html>": still a page; read as
    Markdown, its head's comments and style links were the resume's first lines and no name."""
    page = (
        "<!--Brian Tucker\n\t\tPersonal Website\n -->\n\n\n<!DOCTYPE html>\n<html lang='en'>\n"
        "<head>\n\t<title>Brian Tucker</title>\n\n\t<!-- Latest compiled and minified CSS -->\n"
        "\t<link rel='stylesheet' href='https://cdn.example/bootstrap.min.css'>\n\n</head>\n"
        "<body>\n<a class='navbar-brand'>Brian Tucker</a>\n<h2>Education</h2>\n"
        "<p>Louisiana State University</p>\n</body></html>\n"
    )
    reading = read_resume_bytes(page.encode(), tmp_path / "index.html")
    assert reading.name == "Brian Tucker"
    assert "Louisiana State University" in reading.markdown
    assert "stylesheet" not in reading.markdown, reading.markdown
    assert "Latest compiled" not in reading.markdown, reading.markdown
