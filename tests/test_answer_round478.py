"""What round478-483's first runs answered wrong: a Word file's contact details kept only in a
group of text boxes whose fallback is a picture, an .html fragment's comments read as text, a
referee under a "References:" label among the skills, Indonesia's "IPK" (a GPA), and "other
languages" asked of a line "Other Languages · English · German"."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume import load_resume
from resume_chat.resume.docx.reader import read_docx
from tests.test_answer_round396 import reply_text as _answer

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# A group of text boxes ("wpg") as Word writes it: the shapes, and a picture of them as the
# fallback, which holds no text.
_GROUP = (
    f'<w:r xmlns:w="{_W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:anchor><wpg:wgp>'
    "<wps:wsp><wps:txbx><w:txbxContent>"
    "<w:p><w:r><w:t>atarahadad2004@gmail.com</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>054-8476021</w:t></w:r></w:p>"
    "</w:txbxContent></wps:txbx></wps:wsp></wpg:wgp></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:drawing><wp:anchor><pic:pic/></wp:anchor></w:drawing></mc:Fallback>"
    "</mc:AlternateContent></w:r>"
)


def _grouped_docx(path: Path) -> Path:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("פרופיל", level=1)
    heading = document.paragraphs[-1]
    heading._p.append(parse_xml(_GROUP))
    document.add_paragraph("הנדסאית תוכנה בעלת חשיבה לוגית ואסטרטגית, " * 30)
    document.add_heading("ידע מקצועי", level=1)
    document.add_paragraph("צד שרת: C#, C, Python")
    document.save(str(path))
    return path


def test_text_boxes_kept_only_in_the_newer_drawing_are_read(tmp_path: Path) -> None:
    path = _grouped_docx(tmp_path / "grouped.docx")
    reading = read_docx(path.read_bytes(), path)
    assert reading.markdown.count("atarahadad2004@gmail.com") == 1, reading.markdown
    assert "054-8476021" in reading.markdown
    answerer = OfflineAnswerer(load_resume(path))
    answer = "\n".join(format_reply(answerer.answer("What is her phone number?")))
    assert "054-8476021" in answer, answer


def test_an_html_fragment_is_read_as_html_its_comments_dropped(tmp_path: Path) -> None:
    path = tmp_path / "cv.html"
    path.write_text(
        '<div class="CV">\n    <h1>CV:</h1>\n    <table>\n      <tr>\n'
        "        <th><h1>Work experience</h1></th>\n      </tr>\n  \n"
        "        <!--             1           -->\n      <tr>\n"
        "        <th><h2>Company</h2></th>\n        <th>AIG Welding, Pleven</th>\n"
        "      </tr>\n      <tr>\n        <th><h2>Job Position</h2></th>\n"
        "        <th>Intern</th>\n      </tr>\n    </table>\n</div>\n",
        encoding="utf-8",
    )
    resume = load_resume(path)
    assert "<!--" not in resume.markdown, resume.markdown
    assert "AIG Welding" in resume.markdown


def test_a_referee_under_a_references_label_is_answered() -> None:
    markdown = (
        "# Ain Farahin\n\n## EXPERIENCE\n\n- Intern, Universiti Teknologi Mara 2024\n\n"
        "## SKILLS AND INTERESTS\n\n**Technical**: HTML, Python\n\nReferences:\n\n"
        "### Mr. Sharunizam bin Shari\n\nLecturer of Faculty of Computing\n\n"
        "**Email :** shah2shari@gmail.com\n"
    )
    answer = _answer(markdown, "Who is listed as her referee?")
    assert "Sharunizam bin Shari" in answer, answer


def test_an_ipk_is_a_gpa() -> None:
    markdown = (
        "# Ricko Aprilianto\n\n## Education\n\n### Politeknik Negeri Banjarmasin\n\n"
        "Bachelor of Applied Digital Business – IPK 3.86\n\n## Skills\n\n- Excel\n"
    )
    answer = _answer(markdown, "What is his GPA (IPK)?")
    assert "IPK 3.86" in answer, answer


def test_other_languages_asked_of_a_labelled_line_are_spoken_ones() -> None:
    markdown = (
        "# Boris Lichev\n\n## Education\n\n- Institute · Technical University of Sofia\n"
        "- Mother Tongue · Bulgarian\n- Other Languages · English · German\n\n"
        "## Skills\n\n- C, Python, MATLAB\n"
    )
    answer = _answer(markdown, "Which other languages does he know?")
    assert "English · German" in answer, answer
    assert "does not" not in answer


def test_a_full_name_then_the_town_after_a_comma(tmp_path: Path) -> None:
    """A name of three words, then where one lives: the name alone; a surname put first
    ("Garcia Lopez, Maria") stays whole."""
    from resume_chat.resume.names.candidate import name_in

    assert name_in("Исматов Булат Идрисович, Бишкек Кыргызстан") == (
        "Исматов Булат Идрисович",
        "Бишкек Кыргызстан",
    )
    assert name_in("Garcia Lopez, Maria")[0] == "Garcia Lopez, Maria"
