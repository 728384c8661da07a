"""Text as every reader hands it on: learned from round344's Vietnamese Word file (its letters
typed with combining marks, its name set as the one top heading below a sidebar's box) and
Spanish one (a typesetter's "ﬁ"), and round347's Russian plain-text CV (an employer in
capitals under its dates)."""

from __future__ import annotations

import unicodedata

from resume_chat.resume.layout import arrange
from resume_chat.resume.text import read_text


def test_letters_typed_with_combining_marks_are_one_letter_each() -> None:
    decomposed = unicodedata.normalize("NFD", "Học vấn")
    reading = arrange(["# Lê Thị Ngọc", "", f"## {decomposed}", "", "Đại Học Công Nghệ"], "docx")
    assert "## Học vấn" in reading.markdown, reading.markdown


def test_a_typesetters_ligature_is_its_letters() -> None:
    reading = arrange(
        ["# Marisol Martinez", "", "## Educación", "", "participación certiﬁcada"], "docx"
    )
    assert "participación certificada" in reading.markdown, reading.markdown


def test_the_one_top_heading_below_a_sidebar_names_the_candidate() -> None:
    """A text box's sidebar first ("## Kỹ năng" and the contact lines), then "# LÊ THỊ HOÀNG
    NGỌC" over her headline: the name, and the headline opens the page."""
    lines = [
        "**03/03/2000**", "", "0396697703", "", "## Kỹ năng", "",
        "# LÊ THỊ HOÀNG NGỌC", "", "**Chuyên viên Quản trị hệ thống mạng**", "",
        "## Học vấn", "", "Đại Học Công Nghệ Tp.HCM",
    ]  # fmt: skip
    reading = arrange(lines, "docx")
    assert reading.name == "LÊ THỊ HOÀNG NGỌC"
    body = reading.markdown.split("## ", 1)[0]  # the header, above the first section
    assert "Chuyên viên Quản trị hệ thống mạng" in body, reading.markdown


def test_an_employer_in_capitals_under_its_dates_is_no_section() -> None:
    text = (
        "Fakhrutdinova Zulfiya\n\nWork experience:\nJuly 2021 - present\ntestbirds.com\nTester\n\n"
        "July 2017 - July 2021\n4 years 1 month\nAK BARS BANK\nakbars.ru\n\nVerifier\n\n"
        "EDUCATION\nKazan University\n"
    )
    markdown = read_text(text).markdown
    assert "## AK BARS BANK" not in markdown, markdown
    assert "## EDUCATION" in markdown, markdown


def test_a_top_heading_is_no_name_where_the_page_names_someone() -> None:
    """Round322's academic CV: "**NAME**: Robert Todd Constable" under the page's first line,
    "# EDITORIAL BOARD" further down: he is the candidate, not the board."""
    lines = [
        "Curriculum Vitae", "", "**NAME**: Robert Todd Constable, Ph.D.", "",
        "## CURRENT ADDRESS:", "", "Yale University", "", "# EDITORIAL BOARD", "",
        "Magnetic Resonance in Medicine 2005 –",
    ]  # fmt: skip
    assert arrange(lines, "docx").name != "EDITORIAL BOARD"
