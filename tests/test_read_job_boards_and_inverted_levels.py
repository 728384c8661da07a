# ruff: noqa: RUF001 - Russian words, as a real CV writes them
"""A job board's export in plain text (a section's title with the years it spans, industries
between an employer and its dates), a Word file setting its sections smaller than its jobs,
employers with their dates a line above each job: learned from round364 and round367's
held-out files (an hh.ru export, a Colombian engineer's and a developer's Word CVs)."""

from __future__ import annotations

from resume_chat.resume.layout import arrange
from resume_chat.resume.text import read_text


def test_a_sections_title_with_its_span_of_years_is_a_section() -> None:
    text = (
        "Марценюк Наталья\n\nОпыт работы — 11 лет 2 месяца\n\n"
        "Корпоративный университет ОАО «РЖД»\nМосква, rzd.ru\n\n"
        "Тренинговые компании\nБизнес-образование\nФевраль 2024 — настоящее время\n\n"
        "Главный методист\n"
    )
    markdown = read_text(text).markdown
    assert "## Опыт работы\n\n11 лет 2 месяца" in markdown, markdown
    # The board's industry between the employer and the dates names no section of studies.
    assert "# Бизнес-образование" not in markdown, markdown


def test_sections_set_smaller_than_their_jobs_are_lifted_though_one_is_not() -> None:
    """Word's Heading 2 for "Experiencia laboral", Heading 1 for each job; "Personales" under
    "Referencias" set as a Heading 1: the jobs were sections of their own, every one."""
    lines = ["Carlos Caro", "# Ingeniero eléctrico", "Ingeniero eléctrico de la UNAL.",
             "## Experiencia laboral", "# Profesional MEM", "JULIA-RD marzo 2021",
             "# Estudiante auxiliar", "LIAT-er agosto 2020 - diciembre 2021", "## Habilidades",
             "- Python", "## Estudios", "# Ingeniero electricista",
             "Universidad Nacional de Colombia, diciembre 2022", "## Proyectos",
             "# Simulación de subestación", "## Referencias", "# Personales",
             "- Juan Pérez"]  # fmt: skip
    markdown = arrange(lines, "docx").markdown
    assert "## Experiencia laboral\n\n### Profesional MEM" in markdown, markdown
    assert "## Estudios\n\n### Ingeniero electricista" in markdown, markdown


def test_an_employer_and_its_dates_above_each_job_are_that_jobs() -> None:
    """round364's full-stack developer: "Alma del Huila, Garzón Huila **April 2023 - April
    2024**" a line above each bold title; the section opens on the first."""
    lines = ["Kerly Sarrias", "# WORK EXPERIENCE", "Goblin, Remote **December 2023 - March 2024**",
             "## Desarrolladora Front End", "- Built a landing page with React.",
             "Alma del Huila, Garzón Huila **April 2023 - April 2024**",
             "## Production Assistant", "- Led work teams in specialty coffee."]  # fmt: skip
    markdown = arrange(lines, "docx").markdown
    expected = (
        "### Production Assistant\n\nAlma del Huila, Garzón Huila **April 2023 - April 2024**"
    )
    assert expected in markdown, markdown


def test_employers_alone_on_their_lines_over_dated_lists_head_their_jobs() -> None:
    """round366's night manager (Google Docs): each employer a plain line over a list of its
    title and dates; the section was one entry, every job's lines a part of the first."""
    resume = (
        "# Jonathan Morton\n\n## Experience\n\nThe Modern Man\n\n- Store Manager\n"
        "- January 20 2015- May 14 2015\n\nStaples\n\n- Tech Associate\n"
        "- September 21, 2018-August 10, 2019\n- Sales and customer service.\n"
    )
    markdown = arrange(resume.splitlines(), "pdf").markdown
    assert "### Staples\n\n- Tech Associate\n- September 21, 2018" in markdown, markdown


def test_europass_dates_with_their_town_above_each_job_are_that_jobs() -> None:
    """round372's Bangladeshi lecturer (a Europass PDF): "02/01/2021 – 31/01/2023 Chattogram,
    Bangladesh" over each job, with no mark between the dates and the town; the second job's
    dates were read as the first's last line."""
    lines = ["Zannatul Ferdous", "## WORK EXPERIENCE",
             "01/02/2023 – CURRENT Gazipur, Bangladesh",
             "#### ICT LECTURER (PART-TIME) BORMI DEGREE COLLEGE", "Email bormicollege1@gmail.com",
             "02/01/2021 – 31/01/2023 Chattogram, Bangladesh",
             "#### WEB DEVELOPER EREVO TECHNOLOGIES", "Email info@erevo.net"]  # fmt: skip
    markdown = arrange(lines, "pdf").markdown
    expected = "EREVO TECHNOLOGIES\n\n02/01/2021 – 31/01/2023 Chattogram, Bangladesh"
    assert expected in markdown, markdown
