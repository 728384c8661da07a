"""Text boxes in a Word file's page header: read once each, before the line they are drawn
on. Learned from round274's LibreOffice resume, whose name is a box over its contact line."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.docx.reader import read_docx

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


def _pinned_box(text: str, offset: int) -> str:
    """A text box drawn `offset` EMU below the page's top, as Word writes it: the drawing,
    and the older picture of the same box as a fallback (which mammoth reads)."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f'<w:r xmlns:w="{_W}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>1397000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page">'
        f"<wp:posOffset>{offset}</wp:posOffset></wp:positionV>"
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_boxes_pinned_to_the_page_top_are_read_first(tmp_path: Path) -> None:
    """round282's student: the name and the address are boxes pinned 1.4 and 1.9 inches from
    the page's top, anchored in the skills paragraph; they were read after the skills, the
    name as a section's title ("no name found", "does not say where the candidate is
    based")."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Profile", level=1)
    document.add_paragraph("A student at Marblehead High School.")
    document.add_heading("Skills", level=1)
    skills = document.add_paragraph("Java, C#, Swift.")
    skills._p.append(parse_xml(_pinned_box("5 Surf st. Marblehead, MA 01945", 1_701_800)))
    skills._p.append(parse_xml(_pinned_box("Michael Kaminsky", 1_270_000)))
    document.add_heading("Education", level=1)
    document.add_paragraph("Marblehead High School, 2012 - present")
    path = tmp_path / "pinned.docx"
    document.save(str(path))
    reading = read_docx(path.read_bytes(), path)
    assert reading.name == "Michael Kaminsky", reading.markdown
    head = reading.markdown.split("## Profile")[0]
    assert "5 Surf st. Marblehead, MA 01945" in head, reading.markdown
