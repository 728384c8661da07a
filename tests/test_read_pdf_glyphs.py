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
        ("\x00 icon", "\ufffd icon"),
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
    assert ligatures_mended(texts) == [text.replace("\x00", "\ufffd") for text in texts]


def test_a_glyph_left_unmapped_is_never_a_nul() -> None:
    """A Turkish Canva font maps every "i" to U+0000 ("B\\0lg\\0sayar M\\0hend\\0s\\0"): no NUL
    reaches the rendering (a terminal drops it, a JSON string escapes it, a prompt carries it),
    each is U+FFFD, the mark for a character that could not be read."""
    texts = ["\x00stanbul \x00l\x00", "Yaz\x00l\x00m M\x00hend\x00s\x00 \x00 B\x00lg\x00sayar"]
    mended = ligatures_mended(texts)
    assert not any("\x00" in text for text in mended)
    assert "\ufffdstanbul" in mended[0]


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


def test_arabic_shaped_forms_are_the_letters_and_a_label_comes_off_its_year() -> None:
    """Canva draws Arabic in its shaped forms ("ﻣﺤﻤﺪ", U+FE00…): the letters a question or a
    search types ("محمد"); Illustrator draws a label flush against its year ("NACIMIENTO1992")."""
    from resume_chat.resume.pdf.glyphs import glyphs_mended

    assert glyphs_mended("\ufee3\ufea4\ufee4\ufeaa") == "\u0645\u062d\u0645\u062f"
    assert glyphs_mended("NACIMIENTO1992") == "NACIMIENTO 1992"
    assert glyphs_mended("Python3 ISO9001 ITSC2024") == "Python3 ISO9001 ITSC2024"


def test_a_cyrillic_word_of_one_letter_is_a_word() -> None:
    """Word's export of an hh.ru page draws each word as a run begun with a space and measured
    with it: " и" between "должность" and "зарплата" is the word "and", not a letter Chrome drew
    from a fallback font ("rozwi" + " ą" + " zań", which are glued)."""
    from resume_chat.resume.pdf.columns import Fragment
    from resume_chat.resume.pdf.words import glued

    word = Fragment(114.4, 603.3, 11.04, False, " должность", width=61.4)
    conjunction = Fragment(172.2, 603.3, 11.04, False, " и", width=12.6)
    assert glued(word, conjunction, conjunction.x - word.end) == " и"
    polish = Fragment(100.0, 600.0, 10.0, False, " rozwi", width=26.0)
    letter = Fragment(123.5, 600.0, 10.0, False, " ą", width=7.5)
    assert glued(polish, letter, letter.x - polish.end) == "ą"
