"""What round444-455's first runs read wrong in names: a town and its state over the name taken
for it, the name before "Website: …", a Russian "Имя:" holding the whole name (and "мови",
languages, found at the end of "Вадимович"), a page's name joined by underscores to its post,
and a JSON profile's "firstname", "lastname" and "secondSurname"."""

# ruff: noqa: RUF001 - resume text in Russian and Chinese, as written

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.resume.jsonresume.profile import person
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.model import build_resume
from resume_chat.resume.names.candidate import name_in
from resume_chat.resume.names.shape import looks_like_name


def _name(markdown: str) -> str:
    return build_resume(read_markdown(markdown), Path("cv.md")).name


def test_a_town_and_its_state_is_no_name() -> None:
    assert not looks_like_name("San Diego, CA")
    assert looks_like_name("Anh Pham")


def test_the_name_before_a_labelled_contact() -> None:
    markdown = (
        "Richard Castaneda Website: richdatalab.com\n\nData Analyst | ML Engineer\n\n"
        "## Experience\n\n- Analyst, Acme (2020 - 2023)\n"
    )
    assert _name(markdown) == "Richard Castaneda"


def test_a_whole_name_under_its_russian_label() -> None:
    assert section_kind("Бунаков Егор Вадимович") == "other"
    assert section_kind("Знання мови") == "languages"
    markdown = (
        "**Имя**: Бунаков Егор Вадимович\n\n**Дата рождения:** 25.06.2003\n\n"
        "## Опыт работы:\n\n- 12.01.2022 – наст.вр · Лаборант\n"
    )
    assert _name(markdown) == "Бунаков Егор Вадимович"


def test_a_name_joined_to_its_post_by_underscores() -> None:
    assert name_in("廖海沙_网页美工设计师_2年", one_word=True) == ("廖海沙", "网页美工设计师 2年")


def test_a_json_profiles_name_in_parts() -> None:
    parts = json.loads('{"firstname": "Diego", "lastname": "Arce", "secondSurname": "Espinoza"}')
    assert person(parts) == "Diego Arce Espinoza"
    assert person({"nome": "Carlos Alexandre Cavalheiro", "idade": "40"}) == (
        "Carlos Alexandre Cavalheiro"
    )


def test_a_pdfs_name_beside_its_email_under_the_address() -> None:
    """Apple Pages sets the address line and "ANH PHAM a8pham@ucsd.edu" alike at the top: the
    name is the line that is a name with a contact after it, the e-mail kept as a line."""
    from fpdf import FPDF

    from resume_chat.resume.pdf.reader import read_pdf

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.text(20, 20, "San Diego, CA 92093 408-464-5567")
    pdf.text(20, 27, "ANH PHAM a8pham@ucsd.edu")
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(20, 40, "EDUCATION")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(20, 47, "University of California, San Diego - B.S. Computer Science 2019 - 2021")
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(20, 60, "EXPERIENCE")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(20, 67, "Software Intern, Acme Corp - June 2020 - August 2020")
    reading = read_pdf(bytes(pdf.output()), Path("pages.pdf"))
    assert reading.name == "ANH PHAM"
    assert "a8pham@ucsd.edu" in reading.markdown
