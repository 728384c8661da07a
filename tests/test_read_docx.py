"""Reading Word resumes: headings from styles or looks, facts kept, bad files refused."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Literal

import pytest

from resume_chat.errors import ResumeError
from resume_chat.resume.docx.reader import MAX_PARTS, read_docx
from tests.documents import (
    ENTRIES,
    FACTS,
    NAME,
    RESUME,
    SECTIONS,
    headings,
    markdown_to_docx,
    missing,
)


def _written(tmp_path: Path, style: Literal["styles", "bold", "caps"] = "styles") -> bytes:
    path = tmp_path / "resume.docx"
    markdown_to_docx(RESUME, path, style=style)
    return path.read_bytes()


@pytest.mark.parametrize("style", ["styles", "bold", "caps"])
def test_word_resume_keeps_name_sections_entries_and_facts(
    tmp_path: Path, style: Literal["styles", "bold", "caps"]
) -> None:
    """Heading styles, or bold / ALL-CAPS paragraphs alone, give ## sections and ### entries."""
    reading = read_docx(_written(tmp_path, style), Path("resume.docx"))
    assert reading.format == "docx"
    assert reading.name == NAME
    assert reading.warnings == []
    assert reading.markdown.startswith(f"# {NAME}\n")
    assert [title.casefold() for title in headings(reading.markdown, 2)] == [
        title.casefold() for title in SECTIONS
    ]
    assert headings(reading.markdown, 3) == [f"{title} — {org}" for title, org in ENTRIES]
    assert missing(reading.markdown, FACTS) == []
    assert "- Led the ledger rewrite in Go" in reading.markdown
    assert "- Certified Kubernetes Administrator · CNCF · 2021" in reading.markdown


def test_layout_table_is_read_as_the_sections_it_holds(tmp_path: Path) -> None:
    """A two-column template (a table whose cells hold whole sections) is not one table row."""
    import docx

    document = docx.Document()
    document.add_paragraph(NAME, style="Title")
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].add_run("CONTACT").bold = True
    left.add_paragraph("priya.whitfield@example.com")
    left.add_paragraph("Lisbon, Portugal")
    left.add_paragraph().add_run("SKILLS").bold = True
    left.add_paragraph("Go, Python, Java, SQL", style="List Bullet")
    right.paragraphs[0].add_run("EXPERIENCE").bold = True
    right.add_paragraph().add_run("Staff Backend Engineer — Tidewater Payments").bold = True
    right.add_paragraph("March 2020 – Present, Lisbon")
    right.add_paragraph("Led the ledger rewrite in Go.", style="List Bullet")
    path = tmp_path / "template.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert markdown.startswith(f"# {NAME}\n")
    assert headings(markdown, 2) == ["CONTACT", "SKILLS", "EXPERIENCE"]
    assert headings(markdown, 3) == ["Staff Backend Engineer — Tidewater Payments"]
    assert "- Go, Python, Java, SQL\n" in markdown
    assert "- Led the ledger rewrite in Go.\n" in markdown
    assert "priya.whitfield@example.com" in markdown


def test_bold_section_titles_beside_a_few_styled_ones_are_sections(tmp_path: Path) -> None:
    """Two headings styled ("Education" as Heading 2, the skills line as Heading 1) and the
    rest set in bold by hand: every section title on one level, a bold job title none."""
    import docx

    document = docx.Document()
    document.add_paragraph(NAME, style="Title")
    document.add_paragraph("Education", style="Heading 2")
    document.add_paragraph("UNC Chapel Hill – PhD in Economics May 2025", style="List Bullet")
    document.add_paragraph().add_run("Research & Professional Experience").bold = True
    document.add_paragraph("Cornerstone Research – Summer Associate 2023", style="List Bullet")
    document.add_paragraph().add_run("Teaching Experience").bold = True
    document.add_paragraph().add_run("Head TA 2024").bold = True
    document.add_paragraph("Managed 12 TAs.")
    document.add_paragraph("Skills Advanced: R, Stata, Python", style="Heading 1")
    path = tmp_path / "economist.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert headings(markdown, 2) == [
        "Education",
        "Research & Professional Experience",
        "Teaching Experience",
        "Skills Advanced: R, Stata, Python",
    ]
    assert "Head TA 2024" in markdown
    assert headings(markdown, 3) == []


def test_a_bold_title_tabbed_beside_its_first_line_is_a_section(tmp_path: Path) -> None:
    """ "**Work Experience**⇥⇥Davie County Public Library": the title in a column of tabs to
    the left of the section's first line; a bold label before a colon is no section."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run(NAME).bold = True
    for title, first, then in (
        ("Education", "Forsyth Technical Community College", "2014-2017"),
        ("Work Experience", "Davie County Public Library", "May 2018-Present"),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(title).bold = True
        paragraph.add_run("\t\t\t" + first)
        document.add_paragraph("2014-2017\t\t" + then)
    label = document.add_paragraph()
    label.add_run("Skills").bold = True
    label.add_run(": HTML, CSS")
    path = tmp_path / "tabbed.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert headings(markdown, 2) == ["Education", "Work Experience"]
    assert "Davie County Public Library" in markdown.split("## Work Experience")[1]
    assert "HTML, CSS" in markdown


def test_a_heading_beside_an_icon_in_a_layout_table_is_a_section(tmp_path: Path) -> None:
    """Word's resume templates set each section's title in a table, an icon in the cell
    beside it: the title is still a heading, the table no row of text."""
    import docx

    document = docx.Document()
    document.add_paragraph(NAME, style="Title")
    for title, entry in (("Образование", "Магистр | МИЭТ, 2018 – 2020"),
                         ("Опыт работы", "Инженер-программист | Субмикрон")):  # fmt: skip
        icon, cell = document.add_table(rows=1, cols=2).rows[0].cells
        icon.paragraphs[0].add_run("*")
        cell.paragraphs[0].add_run(title)
        cell.paragraphs[0].style = document.styles["Heading 1"]
        document.add_paragraph(entry, style="Heading 2")
    path = tmp_path / "icons.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert headings(markdown, 2) == ["Образование", "Опыт работы"], markdown


def test_a_bookmark_beside_a_layout_tables_cells_is_no_cell(tmp_path: Path) -> None:
    """Word may put a bookmark in a table row among its cells; it has no paragraphs to read."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph(NAME, style="Title")
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    for text in ("EDUCATION", "University of Cambridge", "PhD in Education, 2023 - present"):
        left.add_paragraph(text)
    right.add_paragraph("Cambridge, UK")
    bookmark = OxmlElement("w:bookmarkStart")
    bookmark.set(qn("w:id"), "0")
    bookmark.set(qn("w:name"), "education")
    table.rows[0]._tr.append(bookmark)
    path = tmp_path / "bookmarked.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert "University of Cambridge" in markdown
    assert headings(markdown, 2) == ["EDUCATION"]


def test_custom_heading_style_maps_and_mammoth_messages_stay_out(tmp_path: Path) -> None:
    """A template's own "Section Heading" style is a heading; unknown-style notes never show."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.styles.add_style("Section Heading", WD_STYLE_TYPE.PARAGRAPH)
    document.styles.add_style("Resume Body", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(NAME, style="Resume Body")
    for section, body in (("Experience", "Tidewater Payments, 2020 on."), ("Skills", "Go, SQL")):
        document.add_paragraph(section, style="Section Heading")
        document.add_paragraph(body, style="Resume Body")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    reading = read_docx(path.read_bytes(), path)
    assert headings(reading.markdown, 2) == ["Experience", "Skills"]
    assert reading.name == NAME
    assert reading.warnings == []


def test_name_stated_in_the_file_properties(tmp_path: Path) -> None:
    """A one-word name is taken when the document's properties state it as the title."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Zendaya"
    document.add_paragraph("Zendaya")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Actor and producer, 2009 on.")
    path = tmp_path / "mononym.docx"
    document.save(str(path))
    reading = read_docx(path.read_bytes(), path)
    assert reading.name == "Zendaya"
    assert reading.markdown.startswith("# Zendaya\n\n## Experience\n")


def test_name_and_contacts_in_the_page_header_are_read(tmp_path: Path) -> None:
    """Many Word resumes keep the name and e-mail in the page header, page number beside."""
    import docx

    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    header.add_run("COLIN WILSON")
    header.add_run().add_tab()
    header.add_run("Page 2")
    document.sections[0].header.add_paragraph("(425) 502-5582 · cogawi@gmail.com")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Mechanical engineer, Boeing, 2015 - 2020.")
    path = tmp_path / "header.docx"
    document.save(str(path))
    reading = read_docx(path.read_bytes(), path)
    assert reading.name == "COLIN WILSON"
    assert "cogawi@gmail.com" in reading.markdown
    assert "Page 2" not in reading.markdown


def test_word_reader_is_not_imported_with_the_module() -> None:
    """Importing the reader does not import mammoth: start-up stays fast."""
    code = "import sys, resume_chat.resume.docx.reader; sys.exit('mammoth' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _refusal(raw: bytes) -> str:
    with pytest.raises(ResumeError) as caught:
        read_docx(raw, Path("bad.docx"))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_random_bytes_after_a_zip_signature_are_refused() -> None:
    """Not a zip at all, for all its PK header: one clear line."""
    raw = b"PK\x03\x04" + random.Random(3).randbytes(3000)
    assert (
        _refusal(raw)
        == "Resume bad.docx is not a readable Word .docx file (File is not a zip file)."
    )


def test_zip_without_a_word_document_is_refused() -> None:
    """A zip that is not a Word file says what it lacks."""
    raw = _zip({"hello.txt": b"hello"})
    assert _refusal(raw) == (
        "Resume bad.docx is not a readable Word .docx file (it has no word/document.xml)."
    )


def test_damaged_document_xml_is_refused(tmp_path: Path) -> None:
    """Broken XML inside a real .docx is a one-line refusal from the mammoth layer."""
    with zipfile.ZipFile(io.BytesIO(_written(tmp_path))) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = b"<w:document xmlns:w='x'><w:body><w:p>"
    assert _refusal(_zip(members)).startswith("Resume bad.docx is not a readable Word .docx file (")


def test_zip_bomb_disguised_as_docx_is_refused_before_unpacking() -> None:
    """200 MB of zeros packed into a few hundred KB is refused from the zip directory alone."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        chunk = bytes(1 << 20)  # written a megabyte at a time: the test stays light
        for _ in range(200):
            member.write(chunk)
    started = time.perf_counter()
    message = _refusal(buffer.getvalue())
    assert time.perf_counter() - started < 0.5
    assert message == "Resume bad.docx expands to more than 30 MB (a zip bomb?)."


def test_one_part_packed_too_tightly_is_refused(tmp_path: Path) -> None:
    """A part over 1 MB packed more than 100:1 is refused even when the total is small."""
    with zipfile.ZipFile(io.BytesIO(_written(tmp_path))) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/media/image1.png"] = bytes(5_000_000)
    assert _refusal(_zip(members)) == (
        "Resume bad.docx expands to more than 100 times its packed size in "
        "word/media/image1.png (a zip bomb?)."
    )


def test_too_many_parts_are_refused() -> None:
    """Thousands of tiny parts are refused before any is read."""
    members = {f"word/part{n}.xml": b"" for n in range(MAX_PARTS)}
    members["word/document.xml"] = b""
    assert _refusal(_zip(members)).endswith(
        f"holds {MAX_PARTS + 1:,} files, more than the {MAX_PARTS:,} a Word file could need "
        "(a zip bomb?)."
    )


def test_word_file_without_text_is_refused(tmp_path: Path) -> None:
    """An empty document (or one of pictures only) has nothing to read: say so."""
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    assert "is a Word file with no text in it" in _refusal(path.read_bytes())


def test_a_rule_drawn_inside_a_paragraph_breaks_it(tmp_path: Path) -> None:
    """A template's horizontal rule (`<v:rect o:hr="t">`) between a summary and the next
    section's title in one paragraph: two paragraphs, the title on its own."""
    from docx import Document
    from docx.oxml import parse_xml

    rule = (
        '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<v:rect id="r1" style="width:451pt;height:.05pt" o:hralign="center" o:hrstd="t" '
        'o:hr="t" fillcolor="#a0a0a0" stroked="f"/></w:pict>'
    )
    document = Document()
    document.add_paragraph("Stephen Daniels")
    summary = document.add_paragraph()
    summary.add_run("Security professional who delivers audits aligned with client needs.")
    summary.add_run()._r.append(parse_xml(rule))
    summary.add_run("Professional Experience")
    document.add_paragraph("Co-Founder, Bleach Cyber, 10/2022 to Present")
    path = tmp_path / "rule.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), Path("rule.docx")).markdown
    assert "needs.Professional" not in markdown, markdown
    assert "\nProfessional Experience\n" in markdown or "# Professional Experience" in markdown


def test_a_line_break_before_the_name_leaves_no_mark_in_it() -> None:
    """A title paragraph that opens with a line break (Word's Shift+Enter above the name):
    the name is read as it is written, with no separator in front of it."""
    import docx

    document = docx.Document()
    title = document.add_paragraph(style="Title")
    title.add_run().add_break()
    title.add_run("David Bonetati")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("Buffalo Wild Wings, Huntsville TX, August 2023 - current")
    buffer = io.BytesIO()
    document.save(buffer)
    reading = read_docx(buffer.getvalue(), Path("resume.docx"))
    assert reading.name == "David Bonetati", reading.markdown


def test_a_section_title_and_its_first_employer_in_one_paragraph_are_split() -> None:
    """ "Chronological Professional Experience" and "EarthRights International" in one
    heading paragraph (a line break between): the section, then its first job, not one more
    entry of the summary above; "Websole Technologies" over "Lahore" stays one job."""
    import docx

    document = docx.Document()
    document.add_paragraph("Teletha McJunkin", style="Title")
    document.add_paragraph("Professional Summary", style="Heading 1")
    document.add_paragraph("Monitoring and Evaluation", style="Heading 2")
    document.add_paragraph("15+ years in monitoring and evaluation for NGOs")
    heading = document.add_paragraph("Chronological Professional Experience", style="Heading 2")
    heading.add_run().add_break()
    heading.add_run("EarthRights International")
    document.add_paragraph("Senior Strategy Advisor - Jan 2024 to Now - Remote")
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("Master of Public Administration")
    buffer = io.BytesIO()
    document.save(buffer)
    markdown = read_docx(buffer.getvalue(), Path("resume.docx")).markdown
    assert "## Chronological Professional Experience\n" in markdown, markdown
    assert "### EarthRights International\n" in markdown, markdown


def test_a_document_part_named_as_the_package_relationships_say_is_read() -> None:
    """A converter's .docx keeps its text in word/document2.xml, which _rels/.rels names as
    the office document: read from there, not refused for lacking word/document.xml."""
    import docx

    document = docx.Document()
    document.add_paragraph("Tyler Coady", style="Title")
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("First year student at St Lawrence College, Game Programming")
    buffer = io.BytesIO()
    document.save(buffer)
    renamed = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(renamed, "w") as target:
        for part in source.infolist():
            data = source.read(part)
            name = part.filename.replace("word/document.xml", "word/document2.xml")
            name = name.replace("word/_rels/document.xml.rels", "word/_rels/document2.xml.rels")
            if part.filename in ("_rels/.rels", "[Content_Types].xml"):
                data = data.replace(b"/word/document.xml", b"/word/document2.xml")
                data = data.replace(b'"word/document.xml"', b'"word/document2.xml"')
            target.writestr(name, data)
    reading = read_docx(renamed.getvalue(), Path("resume.docx"))
    assert "St Lawrence College" in reading.markdown, reading.markdown
    assert reading.name == "Tyler Coady"


def test_a_row_of_short_cells_in_a_layout_table_keeps_its_label_by_its_value(
    tmp_path: Path,
) -> None:
    """A consultancy's CV of tables: "Client | Brussels Airport" rows beside a cell holding a
    whole section stay one line each, the label beside its value, not two loose lines."""
    import docx

    document = docx.Document()
    document.add_paragraph(NAME, style="Title")
    table = document.add_table(rows=3, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("EXPERIENCE").bold = True
    left.add_paragraph("Software Engineer at Axxes")
    left.add_paragraph("Built REST APIs in Java.")
    right.paragraphs[0].add_run("Since 2018")
    for row, (label, value) in zip(
        table.rows[1:],
        [("Client", "Brussels Airport"), ("Period", "10/2018 - Present")],
        strict=True,
    ):
        row.cells[0].paragraphs[0].add_run(label)
        row.cells[1].paragraphs[0].add_run(value)
    path = tmp_path / "tables.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert "Client · Brussels Airport" in markdown
    assert "Period · 10/2018 - Present" in markdown
    assert "Built REST APIs in Java." in markdown


def test_a_page_titled_cv_is_no_name(tmp_path: Path) -> None:
    """A Word file titled "CV" (its properties and its first line) over "Seth Watts": the
    candidate is Seth Watts, not "CV"."""
    import docx

    document = docx.Document()
    document.core_properties.title = "CV"
    document.core_properties.author = "Seth Watts"
    document.add_paragraph("CV", style="Title")
    document.add_paragraph("Seth Watts")
    document.add_paragraph("Education", style="Heading 1")
    document.add_paragraph("PhD, Criminology, Arizona State University 2024")
    document.add_paragraph("Academic Positions", style="Heading 1")
    document.add_paragraph("Assistant Professor | Texas State University 2025-")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    reading = read_docx(path.read_bytes(), path)
    assert reading.name == "Seth Watts", reading.markdown
