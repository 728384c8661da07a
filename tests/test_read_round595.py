"""What round595-606's first runs showed the readers getting wrong: a site's JSON data file
(its person under "user", a section as one titled object) refused as a broken JSON Resume;
org-mode's and DocBook's plain-text exports (a title block between two rules, numbered parts
with a table of contents, rules closing each part); a name broken over two lines of an <h1>;
XeTeX's kerning and undrawn spaces measured into a word's width; employers drawn as a
timeline's items; and, from round607-612's, a blank landscape page that refused the whole PDF
and a site's JSON keeping each value in three languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.model import build_resume
from resume_chat.resume.pdf.columns import Fragment
from resume_chat.resume.pdf.reader import _line, read_pdf
from resume_chat.resume.pdf.spacing import kerning


def _read(text: str, name: str) -> tuple[str, str]:
    path = Path(name)
    reading = read_resume_bytes(text.encode(), path)
    return reading.markdown, build_resume(reading, path).name


def _kinds(text: str, name: str) -> dict[str, str]:
    path = Path(name)
    resume = build_resume(read_resume_bytes(text.encode(), path), path)
    return {section.title: section_kind(section.title, section.body) for section in resume.sections}


def test_a_sites_data_file_whose_skills_break_json_resume_is_read_as_its_own_outline() -> None:
    data = {
        "user": {"name": "Lorenzo Colarieti", "role": "Front-End Developer", "city": "Milano"},
        "sidebar": [
            {"title": "Studi", "content": ["Diploma di perito informatico (ITIS Feltrinelli)"]},
            {"title": "Competenze personali", "content": ["Madrelingua italiano."]},
        ],
        "main": {
            "title": "Esperienze professionali",
            "list": [
                {"company": "BooleServer s.r.l.", "role": "Front-end Developer", "start": "2018"},
                {"company": "M&C Saatchi", "role": "Front-end Developer", "start": "2017"},
            ],
        },
        "skills": ["HTML", "React.js", "Redux"],  # strings: JSON Resume wants objects
    }
    markdown, name = _read(json.dumps(data), "cv.json")
    assert name == "Lorenzo Colarieti", markdown
    assert "## Esperienze professionali" in markdown, markdown
    assert "BooleServer s.r.l." in markdown, markdown
    assert "## Studi" in markdown, markdown
    assert "ITIS Feltrinelli" in markdown, markdown


_ORG_EXPORT = """                           __________________

                            SYSTEMUTVECKLARE

                              Johan Sandén
                           __________________


*E-post:* johan.sanden@gmail.com *Tele:* +46 (0) 79 333 94 03 *Adress:*
                     Hattmursvägen 5, 80648, Gävle
------------------------------------------------------------------------
Detta är kort version av min fullständiga cv.


Kunskaper
=========

  - *Språk:* Java/Kotlin, Python, Bash


Arbetsgivare
============

  Jag har främst arbetat som konsult på företagen Visionite/OneGroup
  (nuvarande)
"""


def test_an_org_mode_title_block_holds_the_name_and_no_title() -> None:
    markdown, name = _read(_ORG_EXPORT, "cv.txt")
    assert name == "Johan Sandén", markdown
    assert "## SYSTEMUTVECKLARE" not in markdown, markdown
    # The address is the last line of the contacts' paragraph, not a title over a rule.
    assert "## Hattmursvägen" not in markdown, markdown
    kinds = _kinds(_ORG_EXPORT, "cv.txt")
    assert kinds.get("Arbetsgivare") == "experience", kinds  # Swedish: the employers


_DOCBOOK_EXPORT = """
Curriculum Vitae

Kai Hendry

   $Id: resume.xml 212 2004-01-08 08:54:34Z hendry $
     _________________________________________________________

   Table of Contents
   1. Personal Details
   2. Education

        2.1. University of Helsinki

   3. Employment

        3.1. University of Helsinki Computer Science Department
        3.2. Siemens Finland

1. Personal Details

   Name: Kai Ian Hendry
   Mobile: +358408367733
     _________________________________________________________

2. Education

2.1. University of Helsinki

   Currently enrolled on a Computer Science Masters program.
     _________________________________________________________

3. Employment

3.1. University of Helsinki Computer Science Department

   Roles: Python/Perl programming
   Duration: From November 2002 till present
     _________________________________________________________

3.2. Siemens Finland

   Roles: Unix administrator
   Duration: Summer 2001
     _________________________________________________________
"""


def test_docbooks_numbered_parts_are_sections_and_its_subparts_entries() -> None:
    markdown, _ = _read(_DOCBOOK_EXPORT, "cv.txt")
    assert "## 3. Employment" in markdown, markdown
    assert "### 3.2. Siemens Finland" in markdown, markdown
    # The table of contents goes: each title is read once, where its text is.
    assert markdown.count("Siemens Finland") == 1, markdown
    kinds = _kinds(_DOCBOOK_EXPORT, "cv.txt")
    assert kinds.get("3. Employment") == "experience", kinds
    assert kinds.get("2. Education") == "education", kinds


def test_a_rule_drawn_under_one_framed_title_still_underlines_it() -> None:
    text = "Jane Roe\n\n=====\nSKILLS\n=====\n\n- Python\n\nEducation\n---------\n\nMIT, 2010\n"
    markdown, _ = _read(text, "cv.txt")
    assert "## SKILLS" in markdown, markdown
    assert "## Education" in markdown, markdown


def test_a_name_broken_over_two_lines_of_its_heading() -> None:
    page = (
        "<html><head><title>Lebenslauf – Konstantin Glazunov</title></head><body>"
        '<header><h1 class="name-block">KONSTANTIN<br />GLAZUNOV</h1>'
        "<ul><li>glazunov.const@gmail.com</li></ul></header>"
        "<h2>Berufserfahrung</h2><h3>Autovorbereiter</h3><p>2023 – heute</p></body></html>"
    )
    _, name = _read(page, "cv.html")
    assert name.replace(" ", "").upper() == "KONSTANTINGLAZUNOV", name
    assert " " in name, name


def test_kerning_inside_a_run_is_how_much_narrower_it_is_drawn() -> None:
    # XeTeX kerns "V" 80/1000 em into "a"; a word gap (150 or more) is a space pypdf reads; a
    # step back of a letter's width draws an accent over it; an offset before the first
    # glyph moves the run, it does not narrow it.
    assert kerning(["V", 80, "albara"]) == 80
    assert kerning([-300, "V", 80, "alb", -12, "ara"]) == 68
    assert kerning(["M", "a", 500, "\u00b4", "laga"]) == 0
    assert kerning(["Valbara", -333, "kurser"]) == 0


def test_a_word_led_by_an_undrawn_space_ends_where_its_glyphs_do() -> None:
    # XeTeX places each word on its own in a font with no space glyph; pypdf leads the word
    # with a space it measures (4.1 pt) though nothing is drawn there: "Linköpings" ends
    # 1.2 pt (0.15 em) before "Universitet" starts, a word apart.
    size = 7.97
    first = Fragment(492.2, 538.5, size, False, " Linköpings", width=37.98)
    first.undrawn = 4.14
    second = Fragment(527.2, 538.5, size, False, "Universitet", width=34.29)
    assert _line([first, second], set(), [], 0).text == "Linköpings Universitet"


def test_employers_drawn_as_a_timelines_items_head_their_entries() -> None:
    text = (
        "# Muhammad Aqil Audia\n\n## PENGALAMAN KERJA\n\n- PT Semen Padang\n\n"
        "Magang Bidang Unit Penyimpanan Barang\n\nJuni – Juli 2024\n\nPadang, Indonesia\n\n"
        "- Mengelola proses penerimaan dan pengeluaran barang menggunakan sistem SAP Logon.\n"
        "- Laboratorium Desain & Pengembangan Produk\n\nAsisten Laboratorium\n\n"
        "Januari – Mei 2025\n\nBanda Aceh, Indonesia\n\n- Melatih praktikan menggunakan CAD.\n"
    )
    path = Path("cv.md")
    resume = build_resume(read_resume_bytes(text.encode(), path), path)
    section = next(s for s in resume.sections if s.title == "PENGALAMAN KERJA")
    titles = [entry.title for entry in section.children]
    assert "PT Semen Padang" in titles, titles
    assert "Laboratorium Desain & Pengembangan Produk" in titles, titles


def test_a_blank_landscape_page_is_read_as_no_text_not_refused() -> None:
    from fpdf import FPDF

    from tests.documents import _FONT_DIR

    if not (_FONT_DIR / "DejaVuSans.ttf").exists():
        pytest.skip("Debian's fonts-dejavu-core is not installed: no font to draw with")
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page(orientation="L")
    pdf.add_font("DejaVu", "", str(_FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", "", 14)
    pdf.text(40, 60, "José Francisco Mendoza")
    pdf.text(40, 100, "ESTUDIOS")
    pdf.set_font("DejaVu", "", 10)
    pdf.text(40, 120, "Universidad Nacional Mayor de San Marcos, 2019 – 2024")
    pdf.add_page(orientation="L")  # Word's last page, left blank
    reading = read_pdf(bytes(pdf.output()), Path("cv.pdf"))
    assert "Universidad Nacional Mayor de San Marcos" in reading.markdown, reading.markdown
    assert any("page 2 of 2 has no text" in warning for warning in reading.warnings), reading


def test_values_kept_in_several_languages_read_as_one_line_english_first() -> None:
    def job(title: str, place: str, dates: str) -> dict[str, object]:
        return {
            "title": {"en": title, "ru": title + " (ru)", "jp": title + " (jp)"},
            "location": {"en": place, "ru": place + " (ru)", "jp": place + " (jp)"},
            "dates": {"en": dates, "ru": dates, "jp": dates},
        }

    data = {
        "name": "Artur Martirosian",
        "langs": [{"code": "en", "title": "English"}, {"code": "ru", "title": "Русский"}],
        "basic": [
            {
                "key": {"en": "Residence:", "ru": "Местожительство:"},
                "type": "str",
                "value": {"en": "Tokyo, Japan", "ru": "Токио, Япония"},
            }
        ],
        "elements": {
            "experience": {
                "title": {"en": "Experience", "ru": "Опыт работы"},
                "data": [
                    job("Backend Engineer", "Drivemode - Tokyo", "August 2023 - now"),
                    job("Senior Software Engineer", "MERA - Nizhny Novgorod", "2012 - 2016"),
                ],
            },
            "education": {
                "title": {"en": "Education", "ru": "Образование"},
                "data": [job("Bachelor's degree", "RANEPA", "2008 - 2012")],
            },
        },
    }
    markdown, name = _read(json.dumps(data, ensure_ascii=False), "cv.json")
    assert name == "Artur Martirosian", markdown
    assert "Drivemode - Tokyo / Drivemode - Tokyo (ru)" in markdown, markdown
    assert "Residence" in markdown, markdown
    assert "Tokyo, Japan / Токио, Япония" in markdown, markdown
    assert "En:" not in markdown, markdown
