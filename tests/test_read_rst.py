"""reStructuredText resumes read by docutils: titles, definition lists, line blocks and
field lists keep their shape; comments, link targets and directives stay out; nothing a file
says reaches outside it; a file past what docutils reads quickly goes to the text reader."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.outline import outline
from resume_chat.resume import load_resume
from resume_chat.resume.rst import read_rst
from resume_chat.resume.text import read_text
from tests.imports import modules_after

CV = """\
.. title: Resume
.. slug: resume

=============================
John Nicholas Soutar Gill
=============================

| 12 Harbour Road, Hamilton, Bermuda
| jgill@example.com

:Nationality: British
:Languages: English, French

Career History
==============

March 2013 - current: Risk Solutions Architect, Tokio Millennium Re
    Built the hurricane model in Python; `Rockbox`_ patches on the side.

October 1984 - May 1997, Senior Scientific Officer, GCHQ, Cheltenham
    Signals analysis.

.. Referees are given on request:
.. Dr Gildas Bertho, UMR8601 CNRS

Education
=========

1981 - 1984, University of Warwick
    BSc Mathematics

.. _Rockbox: http://www.rockbox.org
"""


def test_titles_entries_and_fields_keep_their_shape(tmp_path: Path) -> None:
    path = tmp_path / "cv.rst"
    path.write_text(CV, encoding="utf-8")
    resume = load_resume(path)
    assert resume.format == "text"
    assert resume.name == "John Nicholas Soutar Gill"
    assert [section.title for section in resume.sections] == ["Career History", "Education"]
    markdown = resume.markdown
    # A definition list's terms head entries; the field list and line block stay lines.
    citations = [entry.citation for entry in outline(resume)]
    assert any(c.endswith("Risk Solutions Architect, Tokio Millennium Re") for c in citations)
    assert any(c.endswith("Senior Scientific Officer, GCHQ, Cheltenham") for c in citations)
    for line in ("12 Harbour Road, Hamilton, Bermuda", "British", "Rockbox"):
        assert line in markdown, markdown


def test_comments_link_targets_and_metadata_are_no_text() -> None:
    reading = read_rst(CV)
    assert reading is not None
    for hidden in ("slug", "Referees", "Gildas Bertho", ".. _Rockbox"):
        assert hidden not in reading.markdown, reading.markdown


def test_an_include_directive_reads_no_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("OPENROUTER_API_KEY=sk-or-v1-secret\n", encoding="utf-8")
    path = tmp_path / "cv.rst"
    path.write_text(f"{CV}\n.. include:: {secret}\n", encoding="utf-8")
    markdown = load_resume(path).markdown
    assert "sk-or-v1-secret" not in markdown
    assert "Tokio Millennium Re" in markdown


def test_files_past_what_docutils_reads_quickly_go_to_the_text_reader() -> None:
    """Deep nesting (docutils recurses per level), hundreds of titles, or words docutils
    would drop: the text reader takes them, and keeps every line."""
    nested = "".join(" " * level + "- item\n\n" for level in range(200))
    assert read_rst(nested) is None
    titles = "".join(f"Title {n}\n=========\n\nline {n}\n\n" for n in range(300))
    assert read_rst(titles) is None
    # Words docutils would drop: a known directive given content it takes none of.
    dropped = (
        "Jane Roe\n========\n\n.. image:: photo.png\n\n   Senior Engineer at Acme Payments, "
        "2019-2024, built the payment systems and led a team of eight engineers.\n"
    )
    assert read_rst(dropped) is None
    assert "Acme Payments" in read_text(dropped).markdown


def test_a_directive_docutils_does_not_know_keeps_its_words() -> None:
    """A theme's ".. jobentry:: patronus" over the job's fields: read as an item of a
    definition list (docutils would drop it with the job); a known directive stays one."""
    text = (
        "Ilya Karpeev\n------------\n\nExperience\n~~~~~~~~~~\n\n.. jobentry:: patronus\n"
        "    :position: Senior QA Engineer\n    :company: Patronus Group\n    :start: Feb 2023\n"
        "\n.. note:: Not a job.\n"
    )
    reading = read_rst(text)
    assert reading is not None
    for said in ("Senior QA Engineer", "Patronus Group", "Not a job."):
        assert said in reading.markdown, reading.markdown
    assert "jobentry" not in reading.markdown, reading.markdown


def test_raw_html_is_read_as_the_resumes_text_and_reads_no_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<p>sk-or-v1-secret</p>", encoding="utf-8")
    text = (
        'Curriculum Vitae\n################\n\n.. raw:: html\n\n    <div class="mdl-grid '
        'mdl-cell--7-col"><h3>Rapha&euml;l Doursenaud</h3>\n    <p>64000 PAU<br>FRANCE</p>'
        "<h4>Google Cloud Certified Professional Cloud Architect</h4></div>\n"
    )
    reading = read_rst(text)
    assert reading is not None
    assert "Google Cloud Certified Professional Cloud Architect" in reading.markdown
    assert "64000 PAU" in reading.markdown
    assert "mdl-grid" not in reading.markdown
    path = tmp_path / "cv.rst"
    path.write_text(f"{text}\n.. raw:: html\n    :file: {secret}\n", encoding="utf-8")
    assert "sk-or-v1-secret" not in load_resume(path).markdown


def test_docutils_is_not_imported_at_start_up() -> None:
    assert "docutils" not in modules_after("import resume_chat.cli")


def test_a_definition_list_naming_sections_gives_them() -> None:
    """ "Current Work" and "My Projects" as a definition list's terms at the top of the file
    (not titles underlined): sections, as the reader of the file sees them."""
    text = (
        "Kracekumar\n----\n\nCurrent Work\n    I am Associate System Engineer in IBM India Pvt "
        "Ltd, Bangalore.\n\nMy Projects\n    *IPLSaga*\n        Real time tweet analysis.\n\n"
        "        :Technologies: Python, Flask, MongoDB\n"
    )
    reading = read_rst(text)
    assert reading is not None
    assert "## Current Work" in reading.markdown, reading.markdown
    assert "## My Projects" in reading.markdown, reading.markdown
    assert "## Technologies" not in reading.markdown, reading.markdown


def test_a_field_list_job_keeps_each_field_on_its_line_and_opens_at_its_title(
    tmp_path: Path,
) -> None:
    """Jobs written as field lists ("Job Title:", "Company:", "Date:"): each field's name on its
    value's line, every job an entry of its own titled by its job title, also when a date's
    month is typed against its year ("June2017")."""
    text = (
        "Jan Novak\n=========\n\nWork Experience\n---------------\n\n"
        ":Job Title: Office IT and junior DevOps Engineer\n:Company: Payconiq, Netherlands\n"
        ":Date: Jul 2017 – Present\n:Description:\n    * Using Python to automate the office.\n"
        "    * Learning Kubernetes.\n\n"
        ":Job Title:\n    Eclipse support & Office Technician\n:Date:\n    July 2016 - June2017\n"
        ":Company:\n    Sapienza Consulting BV, Netherlands\n:Description:\n"
        "    * First-line support of the product ECLIPSE.\n"
    )
    reading = read_rst(text)
    assert reading is not None
    assert "Company: Payconiq, Netherlands" in reading.markdown, reading.markdown
    path = tmp_path / "cv.rst"
    path.write_text(text, encoding="utf-8")
    resume = load_resume(path)
    jobs = {entry.title: entry.lines for entry in outline(resume) if entry.kind == "experience"}
    assert set(jobs) == {
        "Office IT and junior DevOps Engineer",
        "Eclipse support & Office Technician",
    }, jobs
    assert "Company: Payconiq, Netherlands" in jobs["Office IT and junior DevOps Engineer"]


def test_a_grid_tables_row_of_one_cell_naming_a_section_is_that_section() -> None:
    """A Pelican CV of grid tables, each headed by one cell across it ("Education" over its
    dated rows): sections, not one flat list."""
    text = (
        "CV\n##\n\n.. table::\n\n"
        "   +-------------------+----------------------------------------------+\n"
        "   | Education                                                        |\n"
        "   +===================+==============================================+\n"
        "   | 2014/10 - 2016/10 | M.Sc. Computer Science, University of Passau |\n"
        "   +-------------------+----------------------------------------------+\n\n"
        ".. table::\n\n"
        "   +-------------------+----------------------------------------------+\n"
        "   | Professional Experience                                          |\n"
        "   +===================+==============================================+\n"
        "   | 2017/04 - today   | Software Engineer at One Logic, Passau       |\n"
        "   +-------------------+----------------------------------------------+\n"
    )
    reading = read_rst(text)
    assert reading is not None
    assert "## Education" in reading.markdown, reading.markdown
    assert "## Professional Experience" in reading.markdown, reading.markdown


_CAREER = """\
Jeon Suyeol - Résumé
====================

Career
------

2014-- StyleShare_
   Software Engineer.

   iOS application:
      - Swift & Objective-C
      - ReactorKit

2011--2014 Joyfl_
   CEO & Founder.

.. _StyleShare: https://stylesha.re
.. _Joyfl: http://joyfl.net
"""


def test_dated_terms_head_their_definitions_and_items_keep_their_marks() -> None:
    """round300: a career written as a definition list, each job a dated term ("2011--2014
    Joyfl") over its title; read as loose lines, "What company did he found?" lost "Joyfl"
    for "CEO & Founder." above it; and docutils' "<li><p>…</p></li>" lost each item's "- "."""
    reading = read_rst(_CAREER)
    assert reading is not None
    markdown = reading.markdown
    assert "\n###### 2011--2014 Joyfl (http://joyfl.net)\n\nCEO & Founder.\n" in markdown, markdown
    assert "\n- Swift & Objective-C\n- ReactorKit\n" in markdown, markdown
