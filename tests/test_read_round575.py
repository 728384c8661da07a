# ruff: noqa: RUF001 - a Japanese form's full-width brackets, as the file writes them
"""What round575-590's first runs showed the readers getting wrong: moderncv's wrapped titles
and its marvosym marks, InDesign's bold drawn twice, a Word page's headings in a "Subtitle"
style and its empty paragraphs, a site's menus, a 280 KB academic page refused as too long,
a LaTeX page's \\def and \\fontfamily read as words, and names given by a form's field."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.model import build_resume
from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import _FONT_DIR


def _pdf() -> object:
    from fpdf import FPDF

    if not (_FONT_DIR / "DejaVuSans.ttf").exists():
        pytest.skip("Debian's fonts-dejavu-core is not installed: no font to draw with")
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(_FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", "", 10)
    return pdf


def _read(text: str, name: str) -> tuple[str, str]:
    path = Path(name)
    reading = read_resume_bytes(text.encode(), path)
    return reading.markdown, build_resume(reading, path).name


def test_a_moderncv_title_wrapped_under_itself_goes_on_past_its_dates() -> None:
    pdf = _pdf()
    pdf.text(40, 60, "Marzoug Nabil")  # type: ignore[attr-defined]
    pdf.set_font("DejaVu", "", 14)  # type: ignore[attr-defined]
    pdf.text(110, 100, "Éducation")  # type: ignore[attr-defined]
    pdf.set_font("DejaVu", "", 10)  # type: ignore[attr-defined]
    title = "Maîtrise avec thèse en Informatique - Spécialisation en IA, Université"
    pdf.text(45, 125, "2025–2027")  # type: ignore[attr-defined]
    pdf.text(110, 125, title + " de la ville")  # type: ignore[attr-defined]
    pdf.text(110, 139, "de Moncton, Moncton, Canada.")  # type: ignore[attr-defined]
    pdf.text(45, 160, "2021–2024")  # type: ignore[attr-defined]
    pdf.text(110, 160, "Diplôme d’Ingénieur, École Nationale, Safi, Maroc.")  # type: ignore[attr-defined]
    markdown = read_pdf(bytes(pdf.output()), Path("cv.pdf")).markdown  # type: ignore[attr-defined]
    assert "- de Moncton" not in markdown, markdown
    assert "Université de la ville de Moncton, Moncton, Canada." in markdown, markdown


def test_marks_drawn_in_marvosym_are_no_letters() -> None:
    pdf = _pdf()
    serif = _FONT_DIR / "DejaVuSerif.ttf"
    if not serif.exists():
        pytest.skip("Debian's fonts-dejavu-core is not installed: no second font")
    pdf.add_font("Icons", "", str(serif))  # type: ignore[attr-defined]
    pdf.text(40, 60, "Marzoug Nabil")  # type: ignore[attr-defined]
    pdf.text(52, 80, "+1 506-962-7564")  # type: ignore[attr-defined]
    pdf.set_font("Icons", "", 10)  # type: ignore[attr-defined]
    pdf.text(40, 80, "H")  # type: ignore[attr-defined]
    raw = bytes(pdf.output())  # type: ignore[attr-defined]
    # The second font renamed as moderncv's icon font, the file's length unchanged.
    assert b"DejaVuSerif" in raw
    raw = raw.replace(b"DejaVuSerif", b"MarVoSymXXX")
    markdown = read_pdf(raw, Path("cv.pdf")).markdown
    assert "H" not in markdown.replace("Nabil", ""), markdown
    assert "+1 506-962-7564" in markdown, markdown


def test_a_label_drawn_twice_on_one_spot_is_read_once() -> None:
    pdf = _pdf()
    pdf.text(40, 60, "Karoline Brabenetz")  # type: ignore[attr-defined]
    pdf.text(40, 90, "Freiberufliche Designerin")  # type: ignore[attr-defined]
    pdf.text(40, 90, "Freiberufliche Designerin (Tätigkeit: Entwurf)")  # type: ignore[attr-defined]
    markdown = read_pdf(bytes(pdf.output()), Path("cv.pdf")).markdown  # type: ignore[attr-defined]
    assert markdown.count("Freiberufliche Designerin") == 1, markdown


_WORD_PAGE = """<html><body>
<h1><span>CURRICULUM VITAE</span></h1>
<p class="MsoSubtitle">PERSONALIA</p>
<p class="MsoTitle">Naam &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Cirilo Wortel</p>
<p class="MsoTitle">Geboren&nbsp;&nbsp;&nbsp; November 1969 te Amsterdam</p>
<p class="MsoSubtitle">WERKERVARING</p>
<p class="MsoNormal">2000 – heden&nbsp;&nbsp;<b>ACI Worldwide BV</b></p>
<h1><span>De ACI Smartcard divisie houdt zich bezig met het ontwikkelen van software voor het
uitgeven, beheren en onderhouden van Chipkaarten.</span></h1>
<p class="MsoNormal">- Methodieken:</p>
<p class="MsoNormal">TMAP</p>
<p class="MsoNormal"><span>&nbsp;</span></p>
<p class="MsoNormal">1998 – 2000&nbsp; <b>Chipper</b></p>
<p class="MsoNormal">Software tester</p>
</body></html>
"""


def test_a_word_page_read_as_its_author_set_it() -> None:
    markdown, name = _read(_WORD_PAGE, "cv.htm")
    assert name == "Cirilo Wortel", name
    assert "## WERKERVARING" in markdown, markdown
    assert "# De ACI" not in markdown, markdown
    assert "De ACI Smartcard" in markdown, markdown
    # An empty paragraph ends the item before it: the next job is no item's text.
    assert "\n1998 – 2000 **Chipper**" in markdown, markdown


def test_a_sites_menus_are_no_text() -> None:
    page = (
        "<html><body><nav><ul><li><a href='index.html'>Inicio</a></li>"
        "<li><a href='https://blog.example.org/'>Blog</a></li><li><a href='#cv'>CV</a></li>"
        "</ul></nav><div class='menu'><ul><li><a href='donnees.html'>Données</a></li>"
        "<li><a href='#formations'>Formations</a></li></ul></div>"
        "<h2>Josué Tonelli-Cueto</h2><h2>Puestos</h2><h4>Postdoctoral Fellow en la Johns "
        "Hopkins University</h4><p>2023-2025</p><h2>Idiomas</h2><p>Euskera: A2-B1</p>"
        "<h2>Tesis</h2><ul><li><a href='tesis.html'>Condition and Homology in Semialgebraic "
        "Geometry</a></li></ul></body></html>"
    )
    markdown, name = _read(page, "cv.html")
    assert name == "Josué Tonelli-Cueto", name
    for word in ("Inicio", "Données", "Formations\n"):
        assert word not in markdown, markdown
    assert "Blog (https://blog.example.org/)" in markdown, markdown
    # A title linked to its own page is no menu's entry.
    assert "- Condition and Homology in Semialgebraic Geometry" in markdown, markdown


def test_a_web_page_mostly_markup_is_read_past_a_text_resumes_limit() -> None:
    filler = "<div class='row'><div class='col-md-12 col-sm-12'><span></span></div></div>\n"
    page = (
        "<!DOCTYPE html><html><body><h1>Josué Tonelli-Cueto</h1>"
        + filler * 3000
        + "<h2>Idiomas</h2><p>Euskera: A2-B1</p></body></html>"
    )
    assert 200_000 < len(page.encode()) < 1_000_000
    markdown, _ = _read(page, "cv.html")
    assert "Euskera: A2-B1" in markdown, markdown[-300:]


def test_a_latex_pages_settings_are_no_words() -> None:
    source = r"""\documentclass{article}
\begin{document}
{\fontfamily{qag}\selectfont
\begin{tabular}{l|c}
\def\arraystretch{1.5}
\begin{tabular}[c]{c}
Belgrade, Palilula \\
Category B
\end{tabular}
\end{tabular}
\fancyfoot[L]{Created}
{\fontfamily{phv}\selectfont \Large Goran Cvijanovic}
\section*{Work Experience}
2019 - Current: Freelance
}
\end{document}
"""
    markdown, _ = _read(source, "cv.tex")
    for word in ("qag", "phv", "1.5", "c]", "Created"):
        assert word not in markdown, (word, markdown)
    assert "Category B" in markdown, markdown
    assert "## Work Experience" in markdown, markdown


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("- Name · 李堯（リ・ヤオ, Li Yao） Gender 男", "李堯 (Li Yao)"),
        ("Soumaïla · COULIBALY", "Soumaïla COULIBALY"),
        ("## Contact\n\n- Name: Hidemoto Nakada (中田 秀基)", "Hidemoto Nakada"),
    ],
)
def test_a_name_given_by_a_forms_cells(first: str, expected: str) -> None:
    text = f"{first}\n\n- E-mail · someone@example.com\n\n## Education\n\n- Jilin University\n"
    _, name = _read(text, "cv.md")
    assert name == expected, name


def test_personal_details_one_n_short_are_the_contact_block() -> None:
    from resume_chat.resume.kinds.classifier import names_kind, section_kind

    for title in ("Données personelles", "Informations personnelles"):
        assert section_kind(title) == "contact", title
        assert names_kind(title), title


def test_a_manfred_profile_names_the_person_from_name_and_surnames() -> None:
    text = (
        '{"settings": {"language": "EN"}, "aboutMe": {"profile": {"name": "Gonzalo", '
        '"surnames": "Fernández de Aguirre", "title": "Pythonista", "location": '
        '{"country": "España", "municipality": "Madrid"}}}, "experience": {"jobs": '
        '[{"organization": {"name": "Twilio"}, "roles": [{"name": "Senior Backend Developer", '
        '"startDate": "2018-09-01", "finishDate": "2021-10-01"}]}]}, "knowledge": '
        '{"languages": [{"name": "English", "level": "full professional proficiency"}]}}'
    )
    _, name = _read(text, "cv.json")
    assert name == "Gonzalo Fernández de Aguirre", name


def test_headings_typed_without_their_accents_name_their_kinds() -> None:
    from resume_chat.resume.kinds.classifier import names_kind, section_kind

    for title, kind in (("KINH NGHIEM", "experience"), ("HOC VAN", "education")):
        assert section_kind(title) == kind, title
        assert names_kind(title), title
    assert section_kind("Random Title") == "other"


def test_a_resume_json_with_an_object_left_open_is_mended_and_read() -> None:
    text = (
        '{\n  "contact": {\n    "nom": "Alexandre Blanchet",\n    "courriel": "ab@example.com",\n'
        '    "addresse": {\n      "ville": "Québec",\n      "pays": "Canada"\n    },\n'
        '  "emplois": [\n    {"compagnie": "Solotech", "profile": "Technicien Éclairagiste", '
        '"date_debut": "2016"},\n    {"compagnie": "Exo Shop", "profile": "Vendeur", '
        '"dateDebut": "2014", "dateFin": "2016"}\n  ],\n  "etudes": [\n    {"institution": '
        '"Cégep de Sainte-Foy", "programme": "Techniques d\'intégration multimédia"}\n  ]\n}\n'
    )
    path = Path("cv.json")
    reading = read_resume_bytes(text.encode(), path)
    assert any("mended" in warning for warning in reading.warnings), reading.warnings
    assert build_resume(reading, path).name == "Alexandre Blanchet"
    assert "Solotech" in reading.markdown, reading.markdown


def test_a_broken_json_past_mending_is_refused() -> None:
    from resume_chat.errors import ResumeError

    # 100 KB of open braces: past what json-repair is given (its time grows as its square).
    with pytest.raises(ResumeError, match="not valid JSON"):
        read_resume_bytes(b"{" * 100_000, Path("cv.json"))
    with pytest.raises(ResumeError, match="not valid JSON"):
        read_resume_bytes(b"{" * 1_000, Path("cv.json"))  # mended in vain: no resume in it
