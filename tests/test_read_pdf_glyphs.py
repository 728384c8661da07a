"""Letters a PDF's fonts draw but map to no character: ligatures spelled out again."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_chat.resume.pdf.glyphs import ligatures_mended


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("Microsoft Azure Machine Learning Certi\x00cate", "Certificate"),
        ("\x00nancial markets, ef\x00cient models", "financial markets, efficient models"),
        ("Head O\x00ce, o\x00cial partner", "Head Office, official partner"),
        ("e\x00ective di\x00erent A\x00airs", "effective different Affairs"),
        ("\x00uent in French; work\x00ow", "fluent in French; workflow"),
        (
            "h\x00ps://x.org So\x00ware Objec\x00ve informa\x00on",
            "https://x.org Software Objective information",
        ),
        ("\x00 icon", "\x00 icon"),
    ],
)
def test_a_ligature_mapped_to_nothing_is_spelled_out(broken: str, whole: str) -> None:
    """Chrome's and Google Docs' PDFs may map a ligature's glyph to no character at all (pypdf
    reads U+0000): "Certi\\0cate" is a certificate, which a question about certifications finds."""
    assert whole in ligatures_mended([broken])[0]


def test_a_ligature_is_spelled_as_the_document_spells_it_elsewhere() -> None:
    """ "Lea\\0et" after a vowel reads "Leaffet" by the letters alone; "leaflet" written whole on
    another line says which ligature it was."""
    assert ligatures_mended(["Lea\x00et design", "a leaflet"])[0] == "Leaflet design"


def test_a_font_losing_letters_is_left_as_read() -> None:
    """ "\\0e Making of…": the gap stands for "Th", not a ligature, and "Can\\0ares" for a "ti"
    the letters cannot tell; such a document's gaps are not guessed at."""
    texts = ["Taming Teotl: \x00e Making of a Pantheon", "los Can\x00ares mexicanos"]
    assert ligatures_mended(texts) == texts


def test_years_drawn_a_digit_at_a_time_are_one_number() -> None:
    """Canva spaces a year's digits apart ("1 9 8 6 – 1 9 8 9"): a year, which a question
    about dates finds; a phone number in groups stays as it is."""
    from fpdf import FPDF

    from resume_chat.resume.pdf.reader import read_pdf

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(20, 20, "Beatrice Nyamu")
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(20, 35, "Work Experience")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(20, 42, "2 0 0 8 - 2 0 2 2 HOD Counselling, Various schools")
    pdf.text(20, 48, "Phone: 7626 3308")
    markdown = read_pdf(bytes(pdf.output()), Path("canva.pdf")).markdown
    assert "2008 - 2022 HOD Counselling" in markdown, markdown
    assert "7626 3308" in markdown, markdown
