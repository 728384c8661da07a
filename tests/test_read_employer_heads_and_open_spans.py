# ruff: noqa: RUF001 - Russian words, as a real CV writes them
"""An employer's line heading the titles set under it, a span left open in French, dates a
heading above each job in a Word file, and words a question shares with the skills rather than
the studies: learned from round360's held-out files (a JSON Resume theme printed by Chrome, a
LaTeX CV in French, a Word CV in a table, a Finnish student's text boxes, a Spanish CV)."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.layout import arrange
from resume_chat.resume.pdf.reader import read_pdf
from tests.test_lookups import answer_text


def _pdf(lines: list[tuple[float, float, str]], leading: float = 1.6) -> str:
    """A page of (x, size, text) lines, one under another; " | " splits a line in two cells."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 60, "Daniel Castro")
    y = 100.0
    for x, size, text in lines:
        pdf.set_font("Helvetica", "", size)
        first, _, second = text.partition(" | ")
        pdf.text(x, y, first)
        if second:
            pdf.text(x + pdf.get_string_width(first) + 40, y, second)
        y += size * leading
    return read_pdf(bytes(pdf.output()), Path("drawn.pdf")).markdown


def test_an_employers_line_set_out_of_the_titles_under_it_heads_them() -> None:
    """A JSON Resume theme printed by Chrome: "Akkodis · Heerbrugg" in the type of the title
    under it, further out, then its dates, then the title. Left a list's item, each employer
    fell to the job before it."""
    lines: list[tuple[float, float, str]] = [(30, 16, "WORK EXPERIENCE")]
    jobs = (("Akkodis", "Embedded Software Developer", "May 2022 - December 2024"),
            ("Pildo Labs", "Aerospace Engineer", "October 2017 - February 2020"))  # fmt: skip
    for employer, title, dates in jobs:
        lines += [(40, 12.6, f"{employer} | Heerbrugg, Switzerland"), (40, 10.5, dates)]
        lines += [(52, 12.6, title), (52, 10.5, f"Wrote the firmware {employer} shipped.")]
    markdown = _pdf(lines)
    for employer, title, _ in jobs:
        assert f"### {employer} · Heerbrugg, Switzerland" in markdown, markdown
        assert f"#### {title}" in markdown, markdown
    answer = answer_text(markdown, "What was Daniel's role at Akkodis?")
    assert "Embedded Software Developer" in answer, answer
    answer = answer_text(markdown, "Which company did Daniel work for in 2018?")
    assert "Pildo Labs" in answer, answer


def test_a_degree_still_under_way_in_french_pairs_with_its_school() -> None:
    """LaTeX's "Université du Québec à Montréal ···· Montréal" over "DOCTORAT EN ACTUARIAT ····
    En cours": the first school kept no heading, its degree read as no one's."""
    lines: list[tuple[float, float, str]] = [(40, 16, "Éducation")]
    for degree, when in (("DOCTORAT EN ACTUARIAT", "En cours"), ("MAITRISE", "Décembre 2018")):
        lines += [(40, 10, "Université du Québec à Montréal | Montréal")]
        lines += [(40, 8, f"{degree} | {when}")]
    markdown = _pdf(lines, leading=1.4)
    assert markdown.count("### Université du Québec à Montréal · Montréal") == 2, markdown


def test_dates_headings_over_each_job_are_theirs_though_a_later_heading_has_none() -> None:
    """Word's Heading 2 for each job's dates, over its title set alike, then "Other Endeavors"
    undated: the section opens on its first job's dates, so each dates the job under it."""
    lines = [
        "Craig Mcleod",
        "# Career History",
        "## August 2010 onwards",
        "## Website Support Officer – Girls Brigade in Scotland",
        "- Maintained the website.",
        "## August 2015 – September 2023",
        "## Self-Employment – Web Developer",
        "- Ran my own web development business.",
        "## Other Endeavors",
        "- Anime UK News – Reviewer",
    ]
    markdown = arrange(lines, "docx").markdown
    answer = answer_text(markdown, "When did Craig run his own web development business?")
    assert "August 2015 – September 2023" in answer, answer


def test_software_asked_in_english_finds_the_spanish_label() -> None:
    resume = (
        "# María Teresa Valdivia\n\n## Experiencia en Investigación\n\n"
        "- “ALMA resolves molecular clouds”, Astronomy & Astrophysics, 2020.\n\n"
        "## Habilidades\n\nLenguajes de programación: Python, Java\n\n"
        "Programas de Astronomía: CASA, GILDAS\n"
    )
    answer = answer_text(resume, "Which astronomy software packages does María Teresa know?")
    assert "CASA, GILDAS" in answer.split("\n")[0], answer


def test_a_skill_studied_is_quoted_before_the_studies() -> None:
    resume = (
        "# Kaisa Niemi\n\n## IT Skills\n\nI have studied:\n\n- Java\n- Kotlin\n\n"
        "## Education\n\n### Metropolia University of Applied Sciences\n\n"
        "Information and Communications Technology, 2020 –\n"
    )
    answer = answer_text(resume, "Has Kaisa studied Kotlin?")
    assert "Kotlin" in answer.split("\n")[0], answer
    assert "Metropolia" in answer, answer


def test_a_profile_named_nowhere_is_not_given() -> None:
    resume = "## Personalia\n\nVoornaam Olivier\n\nE-mail olivier.deleye@gmail.com\n"
    answer = answer_text(resume, "What is Olivier's LinkedIn profile?")
    assert answer == "The resume does not give a LinkedIn profile.", answer
    answer = answer_text(resume + "\nin/olivier-deleye\n", "What is Olivier's LinkedIn profile?")
    assert "in/olivier-deleye" in answer, answer


def test_an_isbn_is_no_phone_number() -> None:
    """round363's Korean engineer: a book's link "…?isbn=978-89-6848-153-6" was his phone."""
    resume = (
        "# 경욱\n\n## Publications\n\n### 라즈베리 파이 쿡북 — 한빛미디어\n\n"
        "Website: http://www.hanbit.co.kr/book/look.html?isbn=978-89-6848-153-6\n"
    )
    answer = answer_text(resume, "What is 경욱's phone number?")
    assert answer == "The resume does not give a phone number.", answer


def test_a_links_number_is_no_phone_number() -> None:
    """round369's Korean founder: a news link's "view.php?ud=20150209000278" was his phone."""
    resume = (
        "# Benjamin Oh\n\n## Awards\n\n### Hackathon 1st\n\n"
        "Highlights: closed - http://news.heraldcorp.com/view.php?ud=20150209000278\n"
    )
    answer = answer_text(resume, "What is Benjamin's phone number?")
    assert answer == "The resume does not give a phone number.", answer


def test_a_chinese_name_copied_into_the_question_finds_its_entry() -> None:
    resume = (
        "# Abraham\n\n## Experience\n\n### 高级前端工程师 — Trajectry\n\n2023-05-01 – Present\n\n"
        "- 使用Taro和React。\n\n### 前端工程师 — 阳狮璞砺\n\n2019-04-01 – 2020-11-30\n\n"
        "- 开发响应式活动网站。\n"
    )
    answer = answer_text(resume, "When did Abraham work at 阳狮璞砺?")
    assert "2019-04-01 – 2020-11-30" in answer.split("\n")[0], answer


def test_a_specialty_asked_in_english_finds_the_russian_label() -> None:
    resume = (
        "# Арсений Фурман\n\n## Опыт работы\n\n### Разработчик / Учебный проект\n\n2024 – 2025.\n\n"
        "Работал в команде из 8 человек по методологии Scrum.\n\n"
        "### Стажёр / Контур\n\n2023 – 2024.\n\nПисал тесты на Python.\n\n"
        "## Образование\n\n2022 – наст. вр.\n\n"
        "Уральский Федеральный Университет\n\n"
        "Специальность: Информационно-аналитические системы безопасности (3 курс)\n"
    )
    answer = answer_text(resume, "What is Арсений's specialty?")
    assert "Информационно-аналитические" in answer, answer


def test_a_degree_set_as_a_section_is_an_entry_of_the_studies() -> None:
    """round362's Russian student: Word's Heading 1 for "ОБРАЗОВАНИЕ", its dates and
    "Бакалавриат" alike; the degree read as a section of its own left her university out."""
    lines = ["Мария Ильина", "# ОБРАЗОВАНИЕ", "# 2023 - 2027", "# Бакалавриат",
             "**Инженерия информационных систем**", "Университет Иннополис", "# SKILLS",
             "- Python"]  # fmt: skip
    markdown = arrange(lines, "docx").markdown
    assert "### Бакалавриат" in markdown, markdown
    answer = answer_text(markdown, "Where does Maria study?")
    assert "Университет Иннополис" in answer, answer


def test_a_name_run_together_in_the_question_is_never_denied() -> None:
    """round367's full-stack developer, "TengYan's Resume" only in the front matter: "What
    English qualification does TengYan have?" said the resume did not mention TengYan."""
    resume = (
        "## Skills\n\n- English: CET-6\n\n## Work Experience\n\n### Redhat (2016.05 - 2016.10)\n"
    )
    answer = answer_text(resume, "What English qualification does TengYan have?")
    assert "does not mention" not in answer, answer
    assert "CET-6" in answer, answer


def test_a_span_of_dates_year_first_is_no_phone_number() -> None:
    """round367's Korean student: "2025.12 - 2026.02" under each job read as his phone."""
    resume = (
        "# 진수\n\n## 경력\n\n### R&D Engineer Intern @Rideflux\n\n2025.12 - 2026.02\n\n"
        "## 프로젝트 경험\n\n### 국방 AI 경진대회\n\n2023.11.30 - 2023.12.02\n\n"
        "- Frontend Part Member (2024.03 - 2025.02)\n"
    )
    answer = answer_text(resume, "What is 진수's phone number?")
    assert answer == "The resume does not give a phone number.", answer
