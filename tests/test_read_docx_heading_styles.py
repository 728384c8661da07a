"""Word's heading styles used for an entry's own lines: learned from round344's Russian CV, a
layout table whose right cells set each job's title in Heading 2 and its dates and employer in
Heading 3, "Функциональные обязанности:" in Heading 4, and whose first title cell
("Образование") kept a plain style beside an empty Heading 1. Read as nested sections, a job's
employer was a section of its own and the job held now was none."""

# ruff: noqa: RUF001 - resume text in Cyrillic, Vietnamese and Chinese, as written

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.demoted import entry_lines
from resume_chat.resume.docx.reader import read_docx


def _cv(tmp_path: Path) -> str:
    import docx

    document = docx.Document()
    document.add_paragraph("Ярина Наталья Владимировна", style="Title")
    table = document.add_table(rows=2, cols=2)
    title = table.rows[0].cells[0]
    title.paragraphs[0].add_run("Образование")
    title.add_paragraph("", style="Heading 1")  # the title's own style, left empty
    school = table.rows[0].cells[1]
    school.paragraphs[0].style = document.styles["Heading 2"]
    school.paragraphs[0].add_run("Специальность")
    school.add_paragraph("сентябрь/1993 - май/1998", style="Heading 3")
    school.add_paragraph("Факультет журналистики, Уральский университет", style="Heading 3")
    table.rows[1].cells[0].paragraphs[0].style = document.styles["Heading 1"]
    table.rows[1].cells[0].paragraphs[0].add_run("Опыт работы")
    jobs = table.rows[1].cells[1]
    jobs.paragraphs[0].style = document.styles["Heading 2"]
    jobs.paragraphs[0].add_run("Редактор")
    jobs.add_paragraph("сентябрь/2008 - текущее время", style="Heading 3")
    jobs.add_paragraph("ООО «Сысерть Медиа», город Сысерть", style="Heading 3")
    jobs.add_paragraph("Функциональные обязанности:", style="Heading 4")
    jobs.add_paragraph("Подготовка номера газеты")
    jobs.add_paragraph("Менеджер", style="Heading 2")
    jobs.add_paragraph("ООО «Легион», город Екатеринбург", style="Heading 3")
    jobs.add_paragraph("май/2007 - август/2008", style="Heading 3")
    jobs.add_paragraph("Работа со СМИ")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    return read_docx(path.read_bytes(), path).markdown


def test_a_jobs_dates_and_employer_in_heading_styles_are_its_lines(tmp_path: Path) -> None:
    markdown = _cv(tmp_path)
    lines = markdown.splitlines()
    assert "### Редактор" in lines, markdown
    assert "### Менеджер" in lines, markdown
    for line in ("ООО «Сысерть Медиа», город Сысерть", "Функциональные обязанности:"):
        assert line in lines, markdown  # a line of the job, no heading of its own
    assert "ООО «Легион», город Екатеринбург" in lines, markdown


def test_a_plain_title_over_a_styled_heading_is_a_section(tmp_path: Path) -> None:
    markdown = _cv(tmp_path)
    assert "## Образование" in markdown.splitlines(), markdown


def test_a_section_beside_a_dates_heading_under_a_stray_heading_stays() -> None:
    """Round265's Illustrator PDF: "#### E D U C A TION" beside "#### 2020 - 2024", under a
    stray "## A" two levels up: a section's title, kept."""
    lines = ["## A", "", "#### E D U C A TION", "", "#### 2020 - 2024", "", "#### Bachelor"]
    assert entry_lines(lines)[2] == "#### E D U C A TION"


def test_jobs_beside_their_dates_headings_under_a_section_stay_jobs() -> None:
    """Round334's Word CV: "### 1.Lead Software Engineer, …" over "### ( July 2022 - present )"
    under "## Work History (2018 - Present):", a section; and a job after one the author set a
    level up ("## 2.Lead …", its text, then "### 3.Senior …"): jobs, kept as headings."""
    lines = [
        "## Work History (2018 - Present):", "", "### 1.Lead Software Engineer, Leighton Ltd",
        "", "### ( July 2022 - present )", "", "Consultancy work.", "",
        "## 2.Lead Software Engineer, EPAM Systems Ltd", "", "### ( October 2021 - July 2022 )",
        "", "Mercedes Benz work.", "", "### 3.Senior Development Team Lead, Unilink", "",
        "### ( January 2020 - October 2021 )",
    ]  # fmt: skip
    kept = entry_lines(lines)
    assert kept[2] == "### 1.Lead Software Engineer, Leighton Ltd"
    assert kept[14] == "### 3.Senior Development Team Lead, Unilink"


def test_a_links_label_over_a_styled_heading_is_no_section(tmp_path: Path) -> None:
    """Round132's Word table: "| Portfolio |" (a link) beside the contact lines, a styled
    heading under it: a link's label, not a section's title."""
    import docx

    document = docx.Document()
    document.add_paragraph("Neil Supillo", style="Title")
    document.add_paragraph("| Portfolio |")  # a link, its address kept apart
    document.add_paragraph("IT Intern", style="Heading 2")
    document.add_paragraph("April, 2024 - July 2024")
    document.add_paragraph("Experience", style="Heading 1")
    document.add_paragraph("Technical Skills", style="Heading 1")
    path = tmp_path / "cv.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert not any(line.startswith("## ") and "Portfolio" in line for line in markdown.splitlines())
