"""What round392's and round395's first runs read or answered wrong: section labels drawn
between dashes, a Korean history of awards, a Korean CV whose papers are in English, and a
form's fields quoted with the one asked first."""

from __future__ import annotations

from resume_chat.resume.implicit import with_implied_sections
from resume_chat.resume.kinds.classifier import names_kind, section_kind
from tests.test_lookups import answer_text

_DASHED = """# Junaidi Abdul Rahman

Nama : Junaidi Abdul Rahman

### ---pendidikan

2014 – 2016 SMKN 1 Batumandi

2016 – Sekarang Politeknik Hasnur

### -- -------- - pengalaman kerja- -----

### 2018 – 2019 Pelatih Bola Voli SMK Sabilal Muhtadin Banjarmasin
"""


def test_section_labels_drawn_between_dashes_name_their_kinds() -> None:
    assert section_kind("-- -------- - pengalaman kerja- -----") == "experience"
    assert names_kind("-- -------- - pengalaman kerja- -----")
    assert section_kind("---------------------------- --- pelatihan - -------") == "education"


def test_dated_lines_under_a_deeper_section_label_get_no_experience_of_their_own() -> None:
    """ "### ---pendidikan" heads the schools below it: no "## Experience" is implied above
    them, and the studies are not denied."""
    assert "## Experience" not in with_implied_sections(_DASHED.splitlines())
    answer = answer_text(_DASHED, "Where is Junaidi studying, and since when?")
    assert "Politeknik Hasnur" in answer, answer


def test_a_korean_history_of_awards_is_the_awards() -> None:
    assert section_kind("수상 경력") == "awards"
    assert section_kind("봉사 경험") == "volunteering"
    assert section_kind("경력") == "experience"


_KOREAN = (
    "# 이다영\n\n## 연락처\n\n- 연구실/ 지도교수 · 시스템 소프트웨어 연구실 · 송민석\n\n"
    "## 학력\n\n- 인하대학교 전기컴퓨터공학과 박사 졸업\n\n## 논문\n\n"
    + "".join(
        f"- Energy management in multimedia authoring systems with display control {n}, "
        "Journal of Information Science and Engineering, 2023\n"
        for n in range(2)
    )
)


def test_a_korean_cv_listing_english_papers_is_not_read_as_english() -> None:
    """A Hangul letter writes as much as three Latin ones: its words in English questions are
    not proof of absence ("lab", "advisor" are "연구실", "지도교수")."""
    answer = answer_text(_KOREAN, "Which lab was she in, and who was her advisor?")
    assert not answer.startswith("The resume does not"), answer


def test_a_field_asked_comes_first_among_its_form_s_fields() -> None:
    resume = (
        "# Marcos K.\n\n## Experience\n\n### Consejo Nacional Electoral\n\n"
        "Position: Analista de Seguridad Informática\nStart date: 2021-03-01\n"
        "Location: Quito\nSummary: Seguridad de la información\n"
    )
    answer = answer_text(resume, "When did he start at the Consejo Nacional Electoral?")
    assert "Position: Analista de Seguridad Informática" in answer, answer
    assert "Start date: 2021-03-01" in answer, answer
