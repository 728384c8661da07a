"""Text boxes in a Word file's page header: read once each, before the line they are drawn
on. Learned from round274's LibreOffice resume, whose name is a box over its contact line."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.docx import read_docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BOX = (
    f'<w:r xmlns:w="{_W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
    "<w:txbxContent><w:p><w:r><w:t>LUCHAO QI</w:t></w:r></w:p></w:txbxContent>"
    "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
    "<w:txbxContent><w:p><w:r><w:t>LUCHAO QI</w:t></w:r></w:p></w:txbxContent>"
    "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_a_name_in_a_header_text_box_is_read_once_before_its_line(tmp_path: Path) -> None:
    """Word keeps a text box twice (the drawing and an older fallback) inside the paragraph
    it is anchored to: "LUCHAO QILUCHAO QI… luchaoqi.com" was read as one line. The box's
    text is one line of its own, once, before the contact line."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    line = document.sections[0].header.paragraphs[0]
    line.add_run("luchaoqi.com +1 (443)-839-9129")
    line._p.append(parse_xml(_BOX))
    document.add_heading("Experience", level=1)
    document.add_paragraph("Data Scientist Intern, Ekohealth, 09/2020 – 01/2021")
    path = tmp_path / "boxed.docx"
    document.save(str(path))
    reading = read_docx(path.read_bytes(), path)
    assert reading.name == "LUCHAO QI", reading.markdown
    assert reading.markdown.count("LUCHAO QI") == 1, reading.markdown
    assert "luchaoqi.com +1 (443)-839-9129" in reading.markdown
