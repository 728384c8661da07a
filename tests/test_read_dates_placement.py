# ruff: noqa: RUF001 - Russian CV text, in Cyrillic
"""Dates set apart from the entry they date, and a headline set as a heading, read back into
place: learned from round341's Word CVs (a French one's years in a column beside the entries,
a Russian one's dates styled as headings over each job, its wanted role a heading of its own
with nothing under it)."""

from __future__ import annotations

from resume_chat.resume import parse_resume
from tests.test_lookups import answer_text


def test_a_dates_heading_over_a_deeper_heading_dates_that_entry() -> None:
    markdown = parse_resume(
        "# Мария Токарева\n\nг. Ижевск\n\n# Опыт работы\n\n"
        "## январь 2013 - март 2021 (8 лет)\n\n### Национальный музей – научный сотрудник\n\n"
        "- оформляла документацию\n\n## сентябрь 2011 - декабрь 2012\n\n"
        "### ЗАО Эр-Телеком – специалист технической поддержки\n\n- консультировала клиентов\n"
    ).markdown
    assert (
        "### ЗАО Эр-Телеком – специалист технической поддержки\n\nсентябрь 2011 - декабрь 2012\n"
    ) in markdown, markdown
    assert "### Национальный музей – научный сотрудник\n\nянварь 2013 - март 2021" in markdown


def test_plain_dates_above_every_heading_of_a_section_go_under_each() -> None:
    markdown = parse_resume(
        "# Ana Berg\n\n## Experience\n\nMarch 2019 – present\n\n### Analyst, Acme Bank\n\n"
        "- Built the risk model.\n\nJan 2016 – Feb 2019\n\n### Clerk, Tidewater Ltd\n\n"
        "- Filed the claims.\n\n## Education\n\n### BSc Economics, Leeds, 2015\n"
    ).markdown
    assert "### Analyst, Acme Bank\n\nMarch 2019 – present\n" in markdown, markdown
    assert "### Clerk, Tidewater Ltd\n\nJan 2016 – Feb 2019\n" in markdown, markdown
    answer = answer_text(markdown, "When did she work at Tidewater?")
    assert "Jan 2016 – Feb 2019" in answer, answer


def test_one_entry_dated_below_keeps_every_date_where_it_is() -> None:
    """The dates under the first heading: the line above the second is the first's end."""
    source = (
        "# Ana Berg\n\n## Experience\n\n### Analyst, Acme Bank\n\nMarch 2019 – present\n\n"
        "- Built the risk model.\n\n### Clerk, Tidewater Ltd\n\nJan 2016 – Feb 2019\n"
    )
    markdown = parse_resume(source).markdown
    assert "### Analyst, Acme Bank\n\nMarch 2019 – present\n" in markdown, markdown
    assert "### Clerk, Tidewater Ltd\n\nJan 2016 – Feb 2019\n" in markdown, markdown


def test_a_headline_heading_with_nothing_under_it_is_the_headers() -> None:
    source = (
        "# Мария Токарева\n\nг. Ижевск\n\n# Python-разработчик\n\n# Навыки\n\n"
        "Python • Git • SQL\n\n# Опыт работы\n\n### Нетология, 2024\n\n- учебные проекты\n"
    )
    markdown = parse_resume(source).markdown
    assert "## Python-разработчик" not in markdown, markdown
    assert "Python-разработчик" in markdown.split("## ")[0], markdown
    # An empty section that names a kind stays a section.
    markdown = parse_resume(source.replace("# Python-разработчик", "# Awards")).markdown
    assert "## Awards\n" in markdown, markdown


def test_a_jobs_labelled_fields_set_as_headings_stay_in_the_job() -> None:
    """Round341's Portuguese CV: "Função:" and "Atividades:" set larger than the "Empresa:"
    line they belong to, read as headings, split each job from its employer."""
    markdown = parse_resume(
        "# Gustavo Lima\n\n## Experiência\n\n#### Empresa: FONTE TV (janeiro de 2011 – "
        "setembro de 2013)\n\n### Função: Administrador de Redes\n\n#### Atividades:\n\n"
        "- Gerenciamento de servidores\n"
    ).markdown
    assert "\nFunção: Administrador de Redes\n" in markdown, markdown
    answer = answer_text(markdown, "Where did Gustavo work as a network administrator?")
    assert "FONTE TV" in answer, answer


def test_a_span_wrapped_in_a_narrow_cell_is_one_span() -> None:
    """round376's German DevOps engineer: a Word table's cell of dates holds "05/2024 -" over
    "10/2024"; the end was moved under the title as the job's dates and the start left on the
    job before."""
    text = (
        "# Florian Kasper\n\n## Project History\n\n### Staff Developer for Wilde-IT\n\n"
        "10/2024 -\n\n- Go services\n\n05/2024 -\n\n10/2024\n\n"
        "### Platform Engineer for Teleson AG\n\n- AWS\n"
    )
    markdown = parse_resume(text).markdown
    assert "05/2024 - 10/2024" in markdown, markdown
