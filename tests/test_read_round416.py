"""What round416-419's first runs read wrong: a Word form's two columns of short labels and
their values, one value line a label, read across; a Korean form's own title in brackets after
a loose English one; "이력서" and "履歴書" as what the page is, not whose."""

# ruff: noqa: RUF001 - resume text in Korean and Japanese, as written

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import helvetica_page

_ROWS = [
    ("Name", "Amanuel Isaak"),
    ("Adresse", "Birsstrasse 10, 4052 Basel"),
    ("Mobile", "078 760 62 02"),
    ("Geburtsdatum", "27. April 2005"),
    ("Heimatort", "Asmara, Eritrea"),
    ("Nationalitat", "Eritrea"),
    ("Portfolio", "amanuel-isaak.vercel.app"),
    ("2022 - jetzt", "Informatikmittelschule Basel, Ausbildung als"),
    (None, "Applikationentwickler EFZ, Abschluss 2026"),
    ("2021 - 2022", "FMS-Basel, abgebrochen"),
    ("2018 - 2021", "Sekundarschule De-Wette, Basel"),
]


def _form() -> bytes:
    lines, y = ["BT /F1 14 Tf 1 0 0 1 70 720 Tm (Amanuel Isaak) Tj ET"], 690.0
    for label, value in _ROWS:
        if label:
            lines.append(f"BT /F1 11 Tf 1 0 0 1 70.8 {y} Tm ({label}) Tj ET")
        lines.append(f"BT /F1 11 Tf 1 0 0 1 212.4 {y} Tm ({value}) Tj ET")
        y -= 22.5
    return helvetica_page("\n".join(lines))


def test_a_forms_label_column_level_with_its_values_reads_across() -> None:
    """Short labels each level with a value, nearly one value line a label: a form's rows, not
    two columns read one after the other (every label first, then every value)."""
    markdown = read_pdf(_form(), Path("cv.pdf")).markdown
    assert "Heimatort · Asmara, Eritrea" in markdown, markdown
    assert "2021 - 2022 · FMS-Basel, abgebrochen" in markdown, markdown


def test_a_korean_forms_own_title_in_brackets_says_the_kind() -> None:
    assert section_kind("Profile Info (학력사항)") == "education"
    assert section_kind("Technology (보유기술)") == "skills"
    assert section_kind("Projects (selected)") == "projects"
    assert section_kind("学歴・職歴（各別にまとめて書く）") == "experience"


def test_the_pages_own_word_in_korean_or_japanese_names_no_one() -> None:
    markdown = "## 이력서\n\n#### 박기둥\n\n그림 그리길 좋아하다\n\n## 경력\n\n- 2021 · 회사\n"
    assert read_markdown(markdown).name == "박기둥"
    assert read_markdown("# 履歴書\n\n## 山田 竜輝\n\n## 学歴\n\n- 2021年 卒業\n").name != "履歴書"
