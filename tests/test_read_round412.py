"""What round412-415's first runs read wrong: a section's title run into its first entry or its
paragraph, a Europass form's left column read as list items, numbered titles, a role and its
employer each set as a heading, a place split at its commas, Japanese section marks, records
titled like the first, a name spelled by the e-mail address, and a justified line's spaces."""

# ruff: noqa: RUF001 - resume text in Japanese and Korean, as written

from __future__ import annotations

import io

from resume_chat.resume.glued import commas_rejoined, titles_parted
from resume_chat.resume.layout import arrange
from resume_chat.resume.marks import marked_parts
from resume_chat.resume.pdf.fonts import FontWidths
from resume_chat.resume.pdf.stream import page_runs
from resume_chat.resume.text import read_text
from tests.documents import helvetica_page


def test_a_kind_run_into_its_first_entry_is_parted() -> None:
    lines = [
        "## 경력 에임트 2019.7 ~ 2022.6",
        "품질관리 / 사원",
        "## 학력 창원대학교 2013.3 ~ 2019.8",
    ]
    assert titles_parted(lines) == [
        "## 경력",
        "",
        "### 에임트 2019.7 ~ 2022.6",
        "품질관리 / 사원",
        "## 학력",
        "",
        "### 창원대학교 2013.3 ~ 2019.8",
    ]


def test_a_latin_title_that_opens_with_a_kinds_word_stays_whole() -> None:
    """ "Research Assistant 2019 – Present" is one job, whatever its first word names."""
    lines = ["### Research Assistant 2019 – Present", "### Volunteer Tutor (2017 - 2019)"]
    assert titles_parted(lines) == lines


def test_a_sections_title_run_into_its_paragraph_is_parted() -> None:
    lines = ["## Research/Academic Experience: I have research experience in arithmetic dynamics"]
    assert titles_parted(lines) == [
        "## Research/Academic Experience",
        "",
        "I have research experience in arithmetic dynamics",
    ]
    entry = ["### Education: Bachelor of Science in Physics"]  # an entry's heading, left
    assert titles_parted(entry) == entry


def test_a_place_split_at_its_commas_is_one_line() -> None:
    lines = ["# Pradeep", "", "Pune", "", ",", "", "Maharashtra", "", ",", "", "India", "", "x@y.z"]
    assert commas_rejoined(lines) == ["# Pradeep", "", "Pune, Maharashtra, India", "", "x@y.z"]
    assert commas_rejoined(["## Skills", "", ",", "Go"]) == ["## Skills", "", ",", "Go"]


def test_a_forms_left_column_of_titles_in_a_list_makes_sections() -> None:
    lines = [
        "- Osobni podaci",
        "- Adresa Hrastova 65, 10000 Zagreb",
        "- Radno iskustvo",
        "- --",
        "- Školovanje",
        "- U tijeku Fakultet elektrotehnike i računarstva, Zagreb",
        "- Strani jezici",
        "- Engleski jezik",
    ]
    markdown = arrange(lines, "pdf", name="Krešimir Kuren").markdown
    for title in ("Osobni podaci", "Školovanje", "Strani jezici"):
        assert f"## {title}" in markdown, markdown


def test_a_table_of_contents_makes_no_sections() -> None:
    lines = ["- Education", "- Teaching Experience", "- Publications", "", "## Education", "BA"]
    markdown = arrange(lines, "markdown", name="Ann Lee").markdown
    assert "- Teaching Experience" in markdown, markdown


def test_numbered_titles_in_roman_numerals_are_sections() -> None:
    text = (
        "Dyne Kim\n\nI Research Interests\n\nGeometric Analysis, Complex Geometry.\n\n"
        "II Education\n\nMaster of Science, KAIST\n\nIV Teaching Experiences\n\n"
        "2025S Teaching Assistant for MAS420 Analysis on Manifolds\n"
    )
    markdown = arrange(text.split("\n"), "docx").markdown
    assert "## Research Interests" in markdown, markdown
    assert "## Teaching Experiences" in markdown, markdown


def test_a_role_and_its_employer_each_a_heading_are_one_title() -> None:
    lines = [
        "## Beruflicher Werdegang",
        "##### Ausbildung zum Verkäufer",
        "##### Edeka M. Bahrs",
        "Kassieren, Ware verräumen",
        "01.08.2018 – 19.06.2019",
        "##### Ausbildung zum Einzelhandelskaufmann",
        "##### Globus Baumarkt Wolfsburg",
        "Kundenberatung im Sanitärbereich",
        "15.08.2019 – 09.07.2020",
    ]
    markdown = arrange(lines, "docx", name="Benjamin Rocha").markdown
    assert "Ausbildung zum Einzelhandelskaufmann · Globus Baumarkt Wolfsburg" in markdown, markdown
    # Headings of skills with no dates under them stay two things.
    skills = ["## Skills", "### HTML", "### CSS", "Five years of each", "### SQL", "### Go", "Some"]
    assert "HTML · CSS" not in arrange(skills, "docx", name="Ann Lee").markdown


def test_japanese_marks_open_sections_and_entries() -> None:
    lines = [
        "■**職務要約**",
        "2010年8月よりフリーランスとして開発。",
        "■**職務経歴**",
        "□2003年4月～2009年9月　新日鉄ソリューションズ株式会社",
        "証券会社取引システムの保守",
        "□2010年8月～現在 フリーランス(ソフトウェア開発業)",
        "■資格など",
        "- ネットワークスペシャリスト(2009年12月)",
    ]
    out = marked_parts(lines)
    assert out[0] == "## 職務要約", out
    assert out[3] == "### 2003年4月～2009年9月　新日鉄ソリューションズ株式会社", out
    assert out[5] == "### 2010年8月～現在 フリーランス(ソフトウェア開発業)", out
    assert out[6] == "## 資格など", out
    assert marked_parts(["■ one mark alone", "text"]) == ["■ one mark alone", "text"]


def test_records_titled_like_the_first_with_dates_under_each() -> None:
    lines = [
        "## Experiência profissional",
        "#### Lojas Renner S.A. — Cientista de Dados Pleno",
        "Porto Alegre, RS · ago. 2025 – atual",
        "- Modelos preditivos",
        "Grendene S.A. — Analista de Dados Sênior",
        "Farroupilha, RS · abr. 2024 – ago. 2025",
        "- Pipelines de dados",
        "GetNet Tecnologia — Analista de Dados",
        "Porto Alegre, RS · fev. 2010 – ago. 2015",
    ]
    markdown = arrange(lines, "pdf", name="Cheila Santos").markdown
    assert "#### GetNet Tecnologia — Analista de Dados" in markdown, markdown
    assert "#### Grendene S.A. — Analista de Dados Sênior" in markdown, markdown


def test_a_name_found_by_the_address_it_spells() -> None:
    """A LinkedIn profile printed to text: the contact column first, the name further down."""
    text = (
        "Contact\n+381698015343 (Mobile)\nandreydunaev1@gmail.com\n\nTop Skills\nPython\n\n"
        "Andrej Dunajev\n\nChief Engineering Expert\nBelgrade, Serbia\n\nSummary\n"
        "Energy infrastructure expert with 18+ years of experience.\n"
    )
    assert read_text(text).name == "Andrej Dunajev"


def test_a_justified_lines_widened_spaces_are_measured() -> None:
    """Word sets a justified line's spaces wider ("3 Tw") and spreads letters ("Tc"): a run
    ends where those spaces end it, where the next run on the line starts."""
    import pypdf

    content = (
        "BT /F1 10 Tf 3 Tw 1 0 0 1 72 700 Tm (more than 1) Tj ET\n"
        "q BT /F1 10 Tf 0.5 Tc 1 0 0 1 72 680 Tm (seventeen) Tj ET Q\n"
        "BT /F1 10 Tf 1 0 0 1 72 660 Tm (seventeen) Tj ET"
    )
    page = pypdf.PdfReader(io.BytesIO(helvetica_page(content))).pages[0]
    runs, _ = page_runs(page, FontWidths())
    ends = {run.y: run.end for run in runs}
    # Helvetica's "more than 1" is 53.36 points at 10 pt; its two spaces 3 points wider each.
    assert abs(ends[700] - (72 + 53.36 + 6)) < 0.01, ends
    # Nine letters half a point apart each; restored by "Q", so the last line is as drawn.
    assert abs(ends[680] - ends[660] - 4.5) < 0.01, ends
