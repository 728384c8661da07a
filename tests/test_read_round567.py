"""What round567-570's first runs showed the readers getting wrong: Skia's Google Docs export
drawing a zero-width space after each space as a run of its own, and a page titled
"Currículo para Transição de Carreira" taken for the candidate's name."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.model import build_resume
from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import _FONT_DIR


def test_zero_width_spaces_drawn_between_words_are_no_text() -> None:
    from fpdf import FPDF

    font = _FONT_DIR / "DejaVuSans.ttf"
    if not font.exists():
        import pytest

        pytest.skip("Debian's fonts-dejavu-core is not installed: no font draws U+200B")
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(font))
    pdf.set_font("DejaVu", "", 10)

    def words(y: float, x: float, said: list[str]) -> float:
        for word in said:
            pdf.text(x, y, " " + word)
            x += pdf.get_string_width(" " + word)
            pdf.text(x - 2.3, y, " \u200b")  # a space, then a zero-width space, drawn apart
        return x

    x = words(60, 40, ["PERSONAL", "INFORMATION"])
    words(60, x + 30, ["Terlan", "Abdullayev"])
    words(90, 40, ["WORK", "EXPERIENCE"])
    words(110, 40, ["2015.09", "Programmer", "at", "Prospect", "Bank"])
    markdown = read_pdf(bytes(pdf.output()), Path("cv.pdf")).markdown
    assert "\u200b" not in markdown, repr(markdown)
    assert "## WORK EXPERIENCE\n" in markdown, markdown
    assert "2015.09 Programmer at Prospect Bank" in markdown, markdown


def test_a_page_titled_curriculo_is_no_name() -> None:
    text = (
        "# Currículo para Transição de Carreira\n\nDesenvolvedor para Engenheiro de Dados\n\n"
        "## Informações Pessoais\n\nNome: Anselmo Xavier de Oliveira\n\n"
        "E-mail: anselmo@example.com\n\n## Experiência\n\n### Desenvolvedor — Empresa XYZ\n"
    )
    path = Path("cv.md")
    resume = build_resume(read_resume_bytes(text.encode(), path), path)
    assert resume.name == "Anselmo Xavier de Oliveira", resume.name
