"""A form printed a letter at a time: labels, a column of colons, values, numbered jobs.

Modelled on a real Indonesian CV (round343): every glyph is a run of its own, the labels sit
left of a colon column, the education table's last column wraps, and the jobs are numbered
"1", "2" over their fields.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume import parse_resume
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.pdf.reader import read_pdf

if TYPE_CHECKING:
    from collections.abc import Callable

    from fpdf import FPDF

_FIELDS = [("Nama / Name", "Setiawan"), ("Alamat / Address", "Jl. Embong Raya"),
           ("", "Desa Jerukwangi, Kab. Jepara"),
           ("Nomor Telepon / Phone", "08995861929/085641342353"),
           ("Email", "setiawan@example.com"), ("Warga Negara / Nationality", "Indonesia"),
           ("Agama / Religion", "Islam")]  # fmt: skip
_JOBS = [[("Tahun", "2019"), ("Instansi / Perusahaan", "PT. Ikhsa Media Indonesia"),
          ("Posisi", "Karyawan"), ("Penghasilan Terakhir", ""), ("Job Deskripsi", "Editing")],
         [("Tahun", "2022"), ("Instansi / Perusahaan", "PT. Anam Sinergi Indonesia"),
          ("Posisi", "Operator Emboss"), ("Penghasilan Terakhir", "2.100.000"),
          ("Job Deskripsi", "Emboss")]]  # fmt: skip


def _letters(pdf: FPDF, x: float, y: float, text: str) -> None:
    """Draw `text` a glyph at a time, each placed where the last one ended."""
    for letter in text:
        if letter != " ":
            pdf.text(x, y, letter)
        x += pdf.get_string_width(letter)


def _title(pdf: FPDF, draw: Callable[[FPDF, float, float, str], None], y: float, text: str) -> None:
    """A section's title in bold at the margin; the body's font after it."""
    pdf.set_font("Helvetica", "B", 12)
    draw(pdf, 90, y, text)
    pdf.set_font("Helvetica", "", 12)


def _form(*, one_run_each: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    draw = _letters if one_run_each else (lambda p, x, y, t: p.text(x, y, t))
    pdf.set_font("Helvetica", "B", 16)
    draw(pdf, 205, 60, "DAFTAR RIWAYAT HIDUP")
    pdf.set_font("Helvetica", "", 14)
    draw(pdf, 246, 78, "Curriculum Vitae")
    _title(pdf, draw, 140, "Data Pribadi / Personal Details")
    y = 168.0
    for label, value in _FIELDS:
        if label:
            draw(pdf, 90, y, label)
            draw(pdf, 270, y, ":")
        draw(pdf, 297, y, value)
        y += 14
    y += 20
    _title(pdf, draw, y, "Riwayat Pendidikan")
    y += 28
    for year, school, major in (("Tahun", "Sekolah", "Jurusan"), ("2014", "SMPN 3 KEMBANG", ""),
                                ("2017", "SMKN 1 BANGSRI", "Rekayasa")):  # fmt: skip
        draw(pdf, 130, y, year)
        draw(pdf, 280, y, school)
        draw(pdf, 463, y, major)
        y += 14
    for wrapped in ("Perangkat", "Lunak"):
        draw(pdf, 463, y, wrapped)
        y += 14
    y += 40
    _title(pdf, draw, y, "Summary of Working Experience")
    for number, job in enumerate(_JOBS, start=1):
        y += 28
        draw(pdf, 90, y, str(number))
        for label, value in job:
            y += 14
            draw(pdf, 90, y, label)
            draw(pdf, 270, y, ":" + value)
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def markdown() -> str:
    pytest.importorskip("fpdf", reason="fpdf2 (dev group) draws the test PDF")
    return read_pdf(_form(), Path("cv.pdf")).markdown


def _ask(markdown: str, question: str) -> str:
    return "\n".join(format_reply(OfflineAnswerer(parse_resume(markdown)).answer(question)))


def test_a_page_drawn_a_letter_at_a_time_reads_as_words_in_one_column(markdown: str) -> None:
    """Read letter by letter, no word crossed the colon column's edge and the page split
    into labels and values ("Curr" | "iculum Vitae", a section of its own)."""
    assert "iculum" not in markdown, markdown  # the page's title, read whole and dropped
    assert "Nama / Name: Setiawan" in markdown, markdown
    assert "Agama / Religion: Islam" in markdown, markdown


def test_the_same_form_drawn_a_word_at_a_time_reads_alike() -> None:
    """Joining letters changes nothing a generator drawing whole runs would have given."""
    pytest.importorskip("fpdf", reason="fpdf2 (dev group) draws the test PDF")
    whole = read_pdf(_form(one_run_each=False), Path("cv.pdf")).markdown
    lettered = read_pdf(_form(), Path("cv.pdf")).markdown
    assert whole == lettered


def test_a_form_names_the_candidate_by_one_name(markdown: str) -> None:
    """ "Nama / Name: Setiawan": a bilingual label, and one name (as many Indonesians have)."""
    assert markdown.startswith("# Setiawan\n"), markdown


def test_a_wrapped_last_column_of_a_table_stays_in_its_row(markdown: str) -> None:
    """A table's last column, three rows high, is no sidebar read after the page."""
    assert "2017 · SMKN 1 BANGSRI · Rekayasa" in markdown, markdown


def test_numbered_jobs_are_entries_of_their_own(markdown: str) -> None:
    """ "1" and "2" over each job's fields head an entry each, under a section read as jobs
    ("Summary of Working Experience" is no summary)."""
    resume = parse_resume(markdown)
    (jobs,) = [section for section in resume.sections if section.title.startswith("Summary")]
    assert section_kind(jobs.title, jobs.body) == "experience"
    assert [child.title for child in jobs.children] == ["1", "2"], markdown


def test_a_form_job_is_quoted_with_all_its_fields(markdown: str) -> None:
    """The position and the salary are fields three and four: one field alone is no job."""
    latest = _ask(markdown, "Where did Setiawan work most recently and in what position?")
    assert "PT. Anam Sinergi Indonesia" in latest, latest
    assert "Operator Emboss" in latest, latest
    salary = _ask(markdown, "What was Setiawan's last salary at PT. Anam Sinergi Indonesia?")
    assert "2.100.000" in salary, salary


def test_two_phone_numbers_joined_by_a_slash_are_a_phone(markdown: str) -> None:
    answer = _ask(markdown, "What is Setiawan's phone number?")
    assert "08995861929/085641342353" in answer, answer


def test_a_label_joined_to_its_colon_over_a_dated_title_reads() -> None:
    """Round293's biodata: "Contact Info ···· : 01959551533" over a dated line. Joined into
    one cell, the field no longer passes for an employer beside its town."""
    from resume_chat.resume.pdf.columns import Fragment
    from resume_chat.resume.pdf.layout import to_markdown
    from resume_chat.resume.pdf.reader import _lines

    runs = [(90.0, 700.0, "Contact Info", 60.0), (200.0, 700.0, ": 01959551533", 70.0),
            (90.0, 688.0, "Research Assistant", 90.0),
            (400.0, 688.0, "2019 – 2021", 50.0)]  # fmt: skip
    frags = [Fragment(x, y, 10.0, False, text, width=width) for x, y, text, width in runs]
    markdown = "\n".join(to_markdown(_lines(frags, [], 0), set())[0])
    assert "Contact Info: 01959551533" in markdown, markdown
