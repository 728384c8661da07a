# ruff: noqa: RUF001, RUF002 - Chinese brackets and colons, as a real CV writes them
"""An icon font's glyphs set apart from an entry's lines, dates as a list's last item above
each job, Chinese spaced out one character at a time, a section's title with a note beside it:
learned from round364 and round366's held-out files (a German job agency's page printed by
Chrome, a French Figma CV, a Chinese engineer's Word text boxes)."""

from __future__ import annotations

from resume_chat.resume.layout import arrange
from resume_chat.resume.pdf.columns import Fragment
from resume_chat.resume.pdf.layout import Line, to_markdown
from resume_chat.resume.pdf.reader import _line
from resume_chat.resume.pdf.words import overprinted_once
from tests.test_lookups import answer_text


def test_an_icon_set_apart_is_no_heading_and_no_size_of_its_line() -> None:
    """Font Awesome's briefcase (U+F173) in 18 pt beside each job, once on its own baseline,
    once beside the employer: it read as an empty heading and made "Floatility GmbH" one."""
    beside = _line([Fragment(56.6, 50, 18, False, "\uf173"),
                    Fragment(85.1, 50, 12, False, "Floatility GmbH")], set(), [], 0)  # fmt: skip
    assert (beside.text, beside.size, beside.x) == ("Floatility GmbH", 12, 85.1), beside

    def line(y: float, size: float, text: str, x: float = 85.1) -> Line:
        return Line(0, x, y, size, size == 14, text, 1, False, x + 200, left=30, right=560)

    lines = [line(700, 16, "Berufliche Tätigkeiten", 55.5), line(670, 12, "Gütersloh")]
    for y in (640, 560):
        lines += [line(y, 14, f"Helfer {y}"), line(y - 12, 18, "\uf173", 56.6)]
        lines += [line(y - 20, 12, "TEMPTON GmbH"), line(y - 40, 12, "Bielefeld, Deutschland")]
    markdown = "\n".join(to_markdown(lines, set())[0])
    assert "### Helfer 640\n\n- TEMPTON GmbH" in markdown, markdown


def test_dates_a_list_item_above_each_job_are_that_jobs() -> None:
    """A job agency's page: each job's dates the last item of the job before, the section
    opening on the first job's; its jobs under a sub-section of the page's title."""
    lines = [
        "## Ihre Abschlüsse und Berufserfahrung",
        "### Berufliche Tätigkeiten",
        "- 01/2023 - 04/2024",
        "#### Helfer/in - Metallbearbeitung",
        "- Randstadt",
        "- 07/2017 - 01/2021",
        "#### Projektleiter/in",
        "- Floatility GmbH",
        "### Sonstige Tätigkeiten",
        "#### (Keine Angabe)",
    ]
    markdown = arrange(lines, "pdf", name="Lukas Finkeldey").markdown
    assert "#### Projektleiter/in\n\n- 07/2017 - 01/2021\n- Floatility GmbH" in markdown, markdown
    assert "#### Helfer/in - Metallbearbeitung\n\n- 01/2023 - 04/2024" in markdown, markdown


def test_chinese_spaced_out_is_read_as_its_words() -> None:
    """ "**学 校：**桂林航天工业学院": the label spaced for looks; "**项 目 经 验/工 作 经 历**
    （以下…）": a section's title with a note. Neither was found: each answer quoted the header."""
    lines = [
        "**姓 名：**吴学纯",
        "**毕 业：**2023",
        "**项 目 经 验/工 作 经 历**（以下项目均由我个人独立完成）",
        "**学 校：**桂林航天工业学院 **专 业：**电子信息工程",
        "2023.9-至今 广西代达科技有限公司 嵌入式工程师",
        "# 自 我 评 价",
        "作为一名嵌入式工程师，我具备2年专业技能。",
    ]
    markdown = arrange(lines, "docx").markdown
    assert "## 项目经验/工作经历" in markdown, markdown
    answer = answer_text(markdown, "Which university did 学纯 graduate from?")
    assert "桂林航天工业学院" in answer, answer


def test_a_name_in_brackets_copied_from_the_resume_finds_its_line() -> None:
    resume = (
        "# 吴学纯\n\n## 项目经验\n\n- 4G 无线声光灯报警系统\n\n该系统基于4G Air724UG模组。\n\n"
        "- 4G 船舶智能控制系统\n\n该系统基于Air8000模组，使用LuatOS开发。\n"
    )
    answer = answer_text(
        resume, "Which module was the 4G boat control system (4G 船舶智能控制系统) based on?"
    )
    assert "Air8000" in answer.split("\n")[0], answer


def test_runs_drawn_twice_at_one_place_are_read_once() -> None:
    """round364's Figma CV draws some runs twice: "2021 - 2023" read "2200221- 1- 2200 2323"."""
    runs = [Fragment(527.0 + 5 * n, 348.0, 8.0, False, digit) for n, digit in enumerate("2021")]
    assert [f.text for f in overprinted_once(runs + runs)] == list("2021")


def test_a_study_asked_from_a_year_is_no_question_of_origin() -> None:
    resume = (
        "# Clément Lavaud\n\n## Contact\n\n2 Allée des Tamaris, Mérignac (33)\n\n## Formation\n\n"
        "- Politecnico di Milano · 2021-2023\n- Ecole Centrale de Nantes · 2019-2021\n"
    )
    answer = answer_text(resume, "Where did Clément study from 2021 to 2023?")
    assert "Politecnico di Milano" in answer, answer
