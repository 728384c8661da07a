"""What round535-540's first runs read wrong: an HTML page laid out a section a table (read as
one line a section), a list inside a table's cell (its items run together, its mark leaking to
the next line), a field given in two languages beside a placeholder ("ZZ"), a JSON Resume kept
per language beside a site's strings, Word's guessed alt text in Russian, a name with the age
after it, a name in katakana in a form's name field, "Currículum Vitæ" as a name, "Educational
Details" as contacts, and a PDF's header block at the right beside its title (read last)."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.names.candidate import is_page_title, name_in, take_name
from resume_chat.resume.pdf.header import header_beside
from resume_chat.resume.pdf.layout import Line
from resume_chat.resume.pictures import PHOTO

_TABLED_PAGE = """<!DOCTYPE html><html><head><title>CV</title></head><body>
<table class="header"><tr>
  <td><ul><li class="name">Jeanne Morel</li><li>Lyon | France</li></ul></td>
  <td><ul><li>Github : https://github.com/jmorel</li></ul></td>
</tr></table>
<table class="work"><tr><td>
  <p class="title">Expérience Professionnelle</p>
  <ul>
    <li><div class="date">Août 2019 - Actuel</div>
        <div><span>Marshmallow</span> | Londres - <span>Technical Lead.</span></div></li>
    <li><div class="date">Juillet 2016 - Novembre 2018</div>
        <div><span>TransferWise</span> | Tallinn - <span>Ingénieur logiciel.</span></div></li>
  </ul>
</td></tr></table>
<table class="education"><tr><td>
  <p class="title">Formation</p>
  <ul><li><div class="date">2013 - 2017</div><div>Grenoble INP – Ensimag</div></li></ul>
</td></tr></table>
</body></html>
"""


def _read(text: str, name: str) -> str:
    return read_resume_bytes(text.encode(), Path(name)).markdown


def test_a_page_laid_out_a_section_a_table_keeps_its_sections_and_items() -> None:
    markdown = _read(_TABLED_PAGE, "cv.html")
    assert "## Expérience Professionnelle" in markdown, markdown
    assert "## Formation" in markdown, markdown
    # Each job its own item, not the whole section one table row.
    assert "\n- Août 2019 - Actuel" in markdown, markdown
    assert "\n- Juillet 2016 - Novembre 2018" in markdown, markdown


def test_a_list_in_a_cell_keeps_its_items_apart_and_its_mark_inside() -> None:
    reading = read_resume_bytes(_TABLED_PAGE.encode(), Path("cv.html"))
    assert reading.name == "Jeanne Morel", reading.markdown
    assert "Jeanne Morel · Lyon | France" in reading.markdown, reading.markdown
    # The cell's last item mark does not open the section's title as an item.
    assert "- Expérience" not in reading.markdown, reading.markdown


def test_a_table_whose_cells_are_a_pages_columns_keeps_their_sections() -> None:
    jobs = "".join(
        f"<p>Développeur {n} (CDI)</p><p>SCIFORMA - MARSEILLE – {2010 + n}</p><p></p>"
        for n in range(4)
    )
    page = (
        "<html><body><p class='title'>Saidina Mohamed Ali</p><table><tr>"
        f"<td><p class='c10'><span>EXPÉRIENCES</span></p>{jobs}</td>"
        "<td><p>COMPÉTENCES</p><p>Python</p><p>React</p><p>AWS</p></td>"
        "</tr></table></body></html>"
    )
    markdown = _read(page, "cv.html")
    assert "EXPÉRIENCES" in markdown, markdown
    assert "\nDéveloppeur 2 (CDI)\n" in markdown, markdown  # a line of its own, not a row's part
    assert "Développeur 0 (CDI) SCIFORMA" not in markdown, markdown


def test_a_table_of_fields_stays_rows() -> None:
    fields = (
        "<table><tr><th><h2>Date</h2></th><th>01.07.2021-26.09.2021</th></tr>"
        "<tr><th><h2>Company</h2></th><th>AIG Welding, Sofia</th></tr></table>"
    )
    markdown = _read(f"<html><body><h1>Boris Lichev</h1>{fields}</body></html>", "cv.html")
    assert "Date · 01.07.2021-26.09.2021" in markdown, markdown


def test_a_field_in_two_languages_and_a_placeholder_is_one_value() -> None:
    data = {
        "name": "Lucas Duarte",
        "experience": [
            {
                "role": {"PT": "Consultor Sênior", "EN": "Senior Consultant", "ZZ": ""},
                "enterprise": "Thoughtworks",
                "start": "2019-10",
            }
        ],
        "academic": [{"school": "FATEC", "course": {"PT": "Análise", "EN": "Analysis", "ZZ": ""}}],
    }
    markdown = _read(json.dumps(data), "cv.json")
    assert "Consultor Sênior / Senior Consultant" in markdown, markdown
    assert "ZZ" not in markdown, markdown
    assert "PT:" not in markdown, markdown


def test_a_json_resume_kept_per_language_beside_a_sites_strings_is_read() -> None:
    version = {
        "strings": {"work": "Experience", "address": "Address"},
        "resume": {
            "basics": {"name": "Eduardo Gahete", "location": {"city": "Seville"}},
            "work": [{"name": "Netex", "position": "Senior Backend Engineer"}],
        },
    }
    data = {"en": version, "es": {**version, "strings": {"work": "Experiencia"}}}
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert reading.name == "Eduardo Gahete", reading.markdown
    assert "Seville" in reading.markdown, reading.markdown
    assert "Address: Address" not in reading.markdown, reading.markdown


def test_words_guessed_alt_text_in_other_languages_says_nothing() -> None:
    guessed = "Изображение выглядит как кот, силуэт Автоматически созданное описание"
    assert PHOTO.fullmatch(guessed)
    assert PHOTO.fullmatch("Un dibujo de un perro Descripción generada automáticamente")
    assert not PHOTO.fullmatch("Novosibirsk State University")


def test_an_age_after_the_name_is_not_part_of_it() -> None:
    assert name_in("Алексей Холин 34 года") == ("Алексей Холин", "34 года")
    assert name_in("Jane Doe, 29 years old")[0] == "Jane Doe"
    assert name_in("Jane Doe")[0] == "Jane Doe"


def test_a_katakana_name_in_a_forms_name_field_names_the_candidate() -> None:
    lines = [
        "- 2025 年 12 月 20 日現在",
        "",
        "氏名 : ティラポーン・ティーゴエン",
        "",
        "## 職務要約",
    ]
    assert take_name(lines, "")[1] == "ティラポーン・ティーゴエン"


def test_curriculum_vitae_with_its_ligature_is_a_page_title() -> None:
    assert is_page_title("Currículum Vitæ")
    assert is_page_title("Curriculum Vitae")
    assert not is_page_title("Fernando Gularte")


def test_details_of_a_kind_are_that_kind() -> None:
    assert section_kind("Educational Details") == "education"
    assert section_kind("Academic Details") == "education"
    assert section_kind("Project details") == "projects"
    assert section_kind("Personal Details") == "contact"
    assert section_kind("Contact Details") == "contact"


def _line(text: str, x: float, y: float, size: float = 10.0) -> Line:
    return Line(0, x, y, size, False, text, 1, False, x + 6 * len(text))


def test_a_header_block_at_the_right_joins_the_header_when_no_title_is_bold() -> None:
    first = [
        _line("職 務 経 歴 書", 272, 785, 14),
        _line("職務要約", 75, 709, 12),
        _line("フルスタック開発者として", 57, 696),
        _line("く、システムが正常に動作しない場合", 57, 683),
    ]
    second = [
        _line("2025 年 12 月 20 日現在", 442, 753),
        _line("氏名 : ティラポーン・ティーゴエン", 381, 740),
        _line("正社員", 493, 593),  # a table's cell far below: no header line
    ]
    merged = header_beside([first, second])
    texts = [line.text for line in merged[0]]
    assert texts[:3] == [
        "職 務 経 歴 書",
        "2025 年 12 月 20 日現在",
        "氏名 : ティラポーン・ティーゴエン",
    ]
    assert [line.text for line in merged[1]] == ["正社員"]
