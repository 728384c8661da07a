"""What round551-554's first runs missed: a town after a job's open span ("Present,
Saint-Petersburg") below a header of links, a course named outside Education, jobs each opened by
"Empresa:" with their dates last, records closing on their dates, an internship told only in
the profile, a labelled "Professional Title", a Swedish "f. 1958", and a moderncv entry whose
description is one line of prose."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes
from tests.answering import answer_text


def test_a_town_after_the_current_jobs_span_is_where_he_is_based() -> None:
    # The header holds an address, a phone and links: a link's digits ("Danielto1404") are no
    # street number, "GitHub" alone is no town.
    resume = (
        "# Daniil Korolev\n\ndaniil@example.com\n\n- +79817221196\n\nGitHub\n\n"
        "Link: https://github.com/Danielto1404\n\n## Employment history\n\n"
        "### Data Scientist, VK, RecSys Team\n\n- Sep 2022 – · Present, Saint-Petersburg\n"
        "- Built a model of banners.\n\n### Intern, Yandex\n\n- Jun 2021 – Aug 2021\n"
    )
    answer = answer_text(resume, "In which city is he based?")
    assert "Saint-Petersburg" in answer, answer
    assert "Danielto1404" not in answer, answer


def test_a_course_named_outside_education_comes_first() -> None:
    resume = (
        "# Daniele Castrovilli\n\n## Education\n\n### Universita di Verona\n\n"
        "- Master degree in Bioinformatics · 2014 – 2017\n\n## Certifications\n\n"
        "### MongoDb basics M001\n\n#### MONGODB · Nov. 2017\n\n"
        "- Url: http://university.mongodb.com/course_completion/bc97c088\n"
    )
    answer = answer_text(resume, "Which MongoDB course did he complete and when?")
    assert answer.index("M001") < answer.index("Verona"), answer


_FORM_JOBS = """# Santiago Gallego

## Experiencia laboral

Empresa: DonDoctor

- Lider de area de soporte

Gestion y seguimiento de tickets.

Apoyo en solucion de incidentes al area de TI.

2024-10-01 - hasta la actualidad

Empresa: DonDoctor

- Tecnico en soporte y mesa de ayuda

Analista de datos en el gestor de bases de datos.

2022-04-18 - 2024-10-01

Proyectos:

- Simple Shell: un intérprete de comandos.

## Estudios

Diplomado Desarrollo de software

Universidad Sergio Arboleda

Mayo 2022 - diciembre 2022

Bootcamp de desarrollo de software

HolbertonSchool

febrero 2019 - abril 2022
"""


def test_jobs_opened_by_their_employers_field_close_on_their_dates() -> None:
    current = answer_text(_FORM_JOBS, "What is his current position and at which company?")
    first = current.split("\n\n")[0]
    assert "Lider de area de soporte" in first, current
    assert "DonDoctor" in first, current
    assert "Tecnico" not in first, current
    before = answer_text(_FORM_JOBS, "What was his previous role and when did it start?")
    assert "Tecnico en soporte y mesa de ayuda" in before, before
    assert "2022-04-18" in before, before


def test_records_closing_on_their_dates_keep_their_school() -> None:
    answer = answer_text(_FORM_JOBS, "Which bootcamp did he attend?")
    assert "HolbertonSchool" in answer, answer
    assert "febrero 2019" in answer, answer


def test_a_spanish_resume_naming_no_language_does_not_say_english() -> None:
    # "C Programming Language" is code, and "Gallego" (Galician, in Spanish) is his name.
    resume = _FORM_JOBS.replace("Proyectos:", "Proyectos:\n\nC Programming Language, Linux:")
    answer = answer_text(resume, "Does Santiago speak English?")
    assert answer == "The resume does not mention English.", answer


def test_an_internship_told_only_in_the_profile_is_the_current_one() -> None:
    resume = (
        "# Iury Tenório\n\nDesenvolvedor Web Front-end\n\n## Perfil\n\n"
        "Já atuei durante 4 meses como desenvolvedor. Atualmente estou estudando React em "
        "um estágio na empresa GIR – Gestão Inteligente de Resíduos.\n\n"
        "## Histórico profissional\n\n"
        "**Infor House (Estagiário – agosto/2022 a dezembro/2022)**\n\n"
        "Atuei na área de desenvolvimento web.\n"
    )
    answer = answer_text(resume, "Where is he currently doing an internship?")
    assert "GIR – Gestão Inteligente de Resíduos" in answer, answer


def test_a_labelled_professional_title_answers_the_title() -> None:
    resume = (
        "# Mohammadreza Rezaie\n\n## Personal details\n\nNationality: Iranian\n"
        "Professional Title: Movement Science Researcher and Data Analyst\n"
        "Current Affiliation: Ph.D. Student\n\n## Education\n\n"
        "**Ph.D. Student (Spring 2025-2028)**\nUniversity of Basel, Switzerland\n"
    )
    answer = answer_text(resume, "What is his professional title?")
    first_line = answer.split("\n")[1]
    assert first_line.endswith("Professional Title: Movement Science Researcher and Data Analyst")


def test_a_swedish_f_before_a_year_says_born() -> None:
    resume = (
        "---\ntitle: CV\nsubtitle: 'Målare och skulptör f, 1958 Stockholm'\n---\n"
        "## Utbildning\n\nGerlesborgsskolan -76.\n\n## Styrelseuppdrag\n\n"
        "- Ordförande i föreningen, Smålandsgatan 7 Stockholm, 2006-2015\n"
    )
    answer = answer_text(resume, "In what year and city was she born?")
    assert "1958 Stockholm" in answer.split("\n\n")[0], answer


def test_a_moderncv_entry_of_one_line_of_prose_is_an_entry() -> None:
    resume = (
        "\\documentclass{moderncv}\n\\name{Markus}{Pettersson}\n\\begin{document}\n"
        "\\section{Education}\n"
        "\\cventry{2022--2022}{Master Thesis}{Chalmers University of Technology}{Gothenburg}{}{{}\n"
        "Sensitivity computation for user-defined functions.\\\\\n"
        "\\textit{Thesis available at \\url{https://odr.chalmers.se/handle/305877}}\n}\n"
        "\\cventry{2020--present}{M.Sc. Computer Science - Algorithms, languages and logic}"
        "{Chalmers University of Technology}{Gothenburg}{}{{}Computer Science is a master degree"
        " program with the main focus on the foundations in the science of programming.}\n"
        "\\cventry{2017--2020}{B.Sc Software Engineering}{Chalmers University of Technology}"
        "{Gothenburg}{}{{}}\n\\end{document}\n"
    )
    markdown = read_resume_bytes(resume.encode(), Path("cv.tex")).markdown
    heading = "### 2020–present · M.Sc. Computer Science - Algorithms, languages and logic · "
    assert heading in markdown, markdown
    answer = answer_text(
        resume, "Where is he doing his master's degree and in which track?", name="cv.tex"
    )
    assert "Algorithms, languages and logic" in answer, answer
