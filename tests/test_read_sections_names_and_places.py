# ruff: noqa: RUF001 - Russian words, as a real CV writes them
"""A section title from a table's row over one set in the page's type, a name with its job
title run on, a grade and a programme asked in English of a resume in another language, a
place beside a postal box: learned from round354's held-out files (a Russian Word file of
text boxes, a Vietnamese LaTeX PDF, a Greek Europass PDF) and from what their fixes cost."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import format_reply
from resume_chat.resume import parse_resume
from resume_chat.resume.layout import arrange
from resume_chat.resume.names.candidate import name_in
from tests.realworld import answerer
from tests.test_lookups import answer_text

_ROUND354 = Path(__file__).resolve().parent / "round354" / "resumes"


def _asked(path: Path, question: str) -> str:
    """The offline answer to a question about a real file, as `tests.realworld` reads it."""
    return "\n".join(format_reply(answerer(path).answer(question)))


def test_a_section_title_deeper_than_the_next_section_is_a_section_when_both_name_kinds() -> None:
    """ "## Опыт" (a table's row) over "# Образование" (the page's big type): two sections,
    not a header line and one section."""
    lines = [
        "Личный Евгений Андреевич", "", "- theritrs@gmail.com", "", "## Опыт", "",
        "- **Системный администратор, ЛОК «Белая АКАЦИЯ»**", "- Одесса — 2017-2018", "",
        "# Образование", "", "#### Диплом бакалавра", "", "ОНПУ — 2014-2018",
    ]  # fmt: skip
    markdown = arrange(lines, "docx").markdown
    assert "\n## Опыт\n" in markdown, markdown
    answer = answer_text(markdown, "Where did Евгений work as a system administrator?")
    assert "Белая АКАЦИЯ" in answer, answer


def test_a_job_title_run_on_after_the_name_is_the_headline() -> None:
    name, rest = name_in("Nguyễn Hữu Lộc Fresher Backend Developer")
    assert (name, rest) == ("Nguyễn Hữu Lộc", "Fresher Backend Developer")
    assert name_in("Anna Maria Lopez")[0] == "Anna Maria Lopez"


def test_an_average_grade_asked_in_english_of_a_russian_resume() -> None:
    """round354's two-column Word CV: "Средний балл: 4,61." under its university."""
    answer = _asked(
        _ROUND354 / "docx-two-columns-russian-frontend-developer.docx",
        "What is Даниил's average grade?",
    )
    assert "4,61" in answer, answer


def test_a_name_ending_in_a_plus_written_with_a_space_before_it() -> None:
    """round354's Europass PDF: "Erasmus + Blended Intensive Program", a case study under it."""
    question = "Which wind farm was the subject of Konstantinos's Erasmus+ case study?"
    answer = _asked(_ROUND354 / "pdf-europass-civil-engineering-student.pdf", question)
    assert "does not mention" not in answer, answer
    assert "Agios Georgios" in answer, answer


def test_a_town_after_a_postal_box_under_contact() -> None:
    resume = (
        "# Ian Mukuria\n\n## My Contact\n\nianmacharia290@gmail.com\n\n- +254704198294\n\n"
        "#### 553-00217, Limuru\n\n## Hard Skill\n\n- Team work\n- Leadership\n"
    )
    answer = answer_text(resume, "Where is he based?")
    assert "Limuru" in answer, answer


def test_a_headline_and_contacts_say_no_town_the_current_jobs_heading_does() -> None:
    resume = (
        "# Lachlan Bradford\n\n### Web Developer\n\nhttps://www.lochie.xyz\n+81 50 5532 2768\n"
        "bradford.lachlan@gmail.com\n\n---\n\n## Skills\n\n- Javascript\n- React\n\n"
        "## Employment\n\n### AUG 2018 - PRESENT: Indeed - Tokyo\n\n#### Design Technologist\n\n"
        "- Work closely with designers\n\n### JAN 2016 - JUL 2018: Acme - Sydney\n\n"
        "#### Developer\n\n- Built things\n"
    )
    assert "Web Developer" not in [s.title for s in parse_resume(resume).sections]
    answer = answer_text(resume, "Which city is he based in?")
    assert "Tokyo" in answer, answer


def test_a_question_naming_a_vietnamese_person_is_in_latin_letters() -> None:
    """ "Lộc" is written in Latin letters: the question is English, the resume Vietnamese, and
    its silence in English words denies nothing."""
    resume = (
        "# Nguyễn Hữu Lộc\n\nFresher Backend Developer\n\n## Học vấn\n\n"
        "09/2022 - 02/2026 Đại học Sài Gòn\n\n- Cử nhân Công nghệ Thông tin\n\n## Thành tích\n\n"
        "- Bài báo nghiên cứu: Adaptive Learning Optimization for Reinforcement Learning, công bố"
        " và trình bày trực tiếp tại FJCAI 2026 (Hội thảo về Trí tuệ Nhân tạo Quốc tế 2026).\n"
        "- Khóa luận tốt nghiệp: Xây dựng hệ thống AI tích hợp Moodle, đạt điểm 10/10.\n"
    )
    answer = answer_text(resume, "At which conference was Lộc's research paper presented?")
    assert not answer.startswith("The resume does not"), answer


def test_a_rirekishos_rows_of_year_month_and_school_stay_in_their_section() -> None:
    """ "2005 · 3 · 神奈川県立大磯高等学校卒業" names a school in one run of letters: no dates
    line to carry under the next section's title."""
    resume = (
        "# 履歴書\n\n## 学歴\n\n| 年 | 月 | 学歴 |\n| :--- | ---- | ---- |\n"
        "| 2005 | 3 | 神奈川県立大磯高等学校卒業 |\n| 2006 | 4 | 早稲田大学政治経済学部入学 |\n"
        "| 2011 | 3 | 早稲田大学政治経済学部卒業 |\n\n## 職歴\n\n| 入社 | 退職 | 職歴 |\n"
        "| :--- | --- | --- |\n| 2011年04月 | 2014年05月 | スーパー三和 (パートタイム) |\n"
        "| 2014年06月 | 2016年06月 | 一蘭平塚店 (パートタイム) |\n\n## 免許\n\n"
        "| 年 | 月 | 免許 |\n| :--- | ---- | --- |\n| 2017 | 10 | 小型自動二輪AT限定 |\n\n"
        "## 資格\n\n| 年 | 月 | 資格 |\n| :--- | ---- | ---- |\n| | | 無し |\n"
    )
    markdown = parse_resume(resume).markdown
    assert markdown.index("早稲田大学政治経済学部卒業") < markdown.index("## 職歴"), markdown
    assert markdown.index("一蘭平塚店") < markdown.index("## 免許"), markdown


def test_a_name_copied_from_a_resume_in_another_script_leaves_the_question_english() -> None:
    """ "Has Дмитрий published any articles?" is asked in English: the Russian resume's silence
    in English words denies nothing."""
    resume = (
        "# Дмитрий Логвиненко\n\nData Engineer\n\n## Опыт работы\n\n### Сбер, 2021 — н.в.\n\n"
        "- Разработка ETL на Apache Airflow\n\n## Статьи\n\n"
        "- Apache Airflow: делаем ETL проще (Хабр, 2020)\n"
    )
    answer = answer_text(resume, "Has Дмитрий published any articles? Name one.")
    assert not answer.startswith("The resume does not"), answer


def test_a_phone_system_is_no_phone_number() -> None:
    resume = (
        "# Ann Lee\n\n## Experience\n\n### Application Support Analyst\n\n09/2018 - 05/2019\n\n"
        "- Remedied problems transitioning ROV to the Cisco Finesse phone system\n"
    )
    answer = answer_text(resume, "Which phone system did Ann help migrate to?")
    assert "Cisco Finesse" in answer, answer


def test_a_headline_over_a_line_of_town_and_profiles_stays_in_the_header() -> None:
    """ "ENGINEERING · PRODUCT" over the town, an address and two profiles' addresses (round19):
    a line of ways to reach him, so the headline is no section and the town answers where."""
    resume = (
        "CONNOR CLOSE\nENGINEERING · PRODUCT\nFishtown, Philadelphia PA · cclosework@gmail.com"
        " · (603) 933-1290 · linkedin.com/in/c0nn0r-cl0se · github.com/K3lloggs\n\n"
        "EXPERIENCE\nShreve, Crump & Low\tBOSTON, MA\n"
        "Project Lead, Engineer & Product Strategy\tNov 2024 — Jun 2025\n"
        "—\tLed mobile commerce app end-to-end as the sole engineer\n"
    )
    answer = answer_text(resume, "Where is he based?", "text")
    assert "Fishtown" in answer, answer
