"""What round420-423's first runs answered wrong: "Which languages does she know?" of a
resume that lists the languages she speaks, a role held at a named employer before another
there, a supervisor named under a degree, a job with no title of its own, a post sought, a
Russian claim of years, duties at work, a city in a Chinese form's row, Latin and Korean
asked of a resume in another language."""

# ruff: noqa: RUF001 - resume text in Russian and Chinese, as written

from __future__ import annotations

from tests.test_answer_round396 import reply_text as _answer


def test_languages_known_are_the_spoken_ones_a_languages_section_lists() -> None:
    markdown = (
        "# Rosy J\n\n## TECHNICAL SKILLS\n\n- C, JAVA, PYTHON, DBMS\n\n## LANGUAGES KNOWN\n\n"
        "- TAMIL\n- ENGLISH\n"
    )
    answer = _answer(markdown, "Which languages does she know?")
    assert "TAMIL" in answer, answer
    code = _answer(markdown, "Which programming languages does she know?")
    assert "PYTHON" in code, code


def test_languages_known_stay_code_where_no_spoken_language_is_listed() -> None:
    markdown = "# Rosy J\n\n## LANGUAGES\n\n- C++\n- Java\n\n## Experience\n\n- Intern, Acme\n"
    assert "Java" in _answer(markdown, "Which languages does she know?")


def test_a_role_held_at_the_named_employer_before_another() -> None:
    markdown = (
        "# Elbert Ribeiro\n\n## Experiências\n\n### SEFA – Secretaria de Fazenda\n\n"
        "- Arquiteto de soluções, de 01/04/2025 - Atualmente.\n  - Lidero a arquitetura.\n"
        "- Analista Sênior, de 01/07/2023 - 01/04/2025.\n  - Líder técnico.\n\n"
        "### COSANPA\n\n- Estagiário, de 20/08/2018 – 20/08/2020.\n"
    )
    answer = _answer(markdown, "What role did Elbert hold at SEFA before becoming an architect?")
    assert "Analista Sênior" in answer, answer
    before = _answer(markdown, "Where did he work before SEFA?")
    assert "COSANPA" in before, before


def test_the_supervisor_of_the_degree_asked() -> None:
    markdown = (
        "# Jon Doe\n\n## Education\n\n* Ph.D., Chemistry, Oregon State University (2017 – "
        "2022)\n  * Advisor: Dr. May Nyman\n\n## Research Experience\n\n* LLNL – Postdoctoral "
        "Researcher (2022–Present)\n  * Advisors: Dr. Gauthier Deblonde\n"
    )
    answer = _answer(markdown, "Who supervised his doctoral research?")
    assert answer.index("May Nyman") < answer.find("Deblonde") or "Deblonde" not in answer
    assert "May Nyman" in answer, answer


def test_a_job_with_no_title_of_its_own_gets_the_headline() -> None:
    markdown = (
        "# Lead Engineer | SRE / DevOps\n### Сергей Горин\n📍 Россия\n\n## Опыт работы\n"
        "### Clientbase.ru | B2B SaaS Product\n\n**Июнь 2024 – настоящее время**\n\n"
        "### Обязанности\n\n* Развитие инфраструктуры\n"
    )
    answer = _answer(markdown, "What is Sergey's current role?")
    assert "Lead Engineer" in answer, answer
    assert "Июнь 2024" in answer, answer


def test_the_post_sought_is_the_objective_not_denied() -> None:
    markdown = (
        "# Aldrin Francisco\n\n## Objective\n\nTo obtain an intern position in software "
        "development.\n\n## Education\n\n- BS Computer Science, FEU, 2013 - present\n"
    )
    answer = _answer(markdown, "What position is he seeking?")
    assert "intern position in software development" in answer, answer


def test_years_claimed_in_russian() -> None:
    markdown = (
        "# Денис Харченко\n\nForward Deployed Engineer с 15+ годами в разработке.\n\n"
        "## Опыт\n\n### DKH | 2025 – наст. время\n\nСтрою платформу.\n"
    )
    answer = _answer(markdown, "How many years of development experience does he have?")
    assert "15+" in answer, answer


def test_duties_at_work_are_the_jobs_lines() -> None:
    markdown = (
        "# Bundy Manriquez\n\n## Objective\n\nPassionate about web design.\n\n## Experience\n\n"
        "M&S Engineering\n\nTechnician / May 24, 2011- Current\n\n- Manage projects, design "
        "power lines.\n"
    )
    answer = _answer(markdown, "What are his main duties at work?")
    assert "design power lines" in answer, answer


def test_where_she_lives_in_a_chinese_forms_row() -> None:
    markdown = (
        "# 邓书珊\n\n## 资料\n\n- 姓名：邓书珊 · · 籍贯：重庆\n- 学历：本科 · · 现居：重庆永川\n"
        "\n## 教育\n\n- 南京农业大学 · 2013.09 - 2017.06\n"
    )
    answer = _answer(markdown, "Where does she currently live?")
    assert "重庆永川" in answer, answer


def test_latin_in_russian_and_korean_absent_from_a_french_list() -> None:
    russian = (
        "# Анна Лаптева\n\n## Владение иностранными языками\n\nАнглийский язык – уверенное "
        "владение. Читаю по латыни со словарём.\n"
    )
    assert "латыни" in _answer(russian, "Can she read Latin?")
    french = (
        "# Hugo Louge\n\n## Compétences\n\nLangages: Français (natif), Anglais (courant), "
        "Allemand (Intermédiaire)\n\n## Expériences\n\n- Stage, Safran, 2024\n"
    )
    assert "does not mention Korean" in _answer(french, "Does he speak Korean?")
