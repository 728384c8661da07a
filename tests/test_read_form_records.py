"""A text CV written as a form, a paragraph per field ("Empresa: SysMap Solutions",
"Cargo: …", "Período: Maio/2022 - agora"), its sections numbered and one indented: learned
from round371's Brazilian front-end developer, whose jobs ran together, each one's first
fields read as the job above's, and whose studies stood under the jobs."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume.model import build_resume
from resume_chat.resume.text import read_text

HEAD = """Curriculum Vitae

1. Dados Pessoais:

Nome: Thiago Silva

Email: thiago@example.com

2. Experiência Profissional:

"""
SYSMAP = """Empresa: SysMap Solutions

Regime: Remoto

Cargo: Front-end Mobile Developer

Período:  Maio/2022 - agora

Atividades: Trabalho no projeto da Sem Parar como Desenvolvedor Front-end.

"""
ATOS = """Empresa: Atos Tecnologia S.E

Regime:  Remoto

Cargo: Front-end Developer

Período: Julho/2021 - Maio/2022

Atividades: Utilizando tecnologias baseadas em JavaScript, HTML e CSS.

"""
STUDIES = """   3. Educação:

Instituição: UNIVALI - Universidade do Vale do Itajaí

Curso: Design de Interação (UX & UI)

Período: 2016 - 2018
"""
FORM = HEAD + SYSMAP + ATOS + STUDIES


def _answer(question: str, form: str = FORM) -> str:
    resume = build_resume(read_text(form), Path("cv.txt"))
    return "\n".join(format_reply(OfflineAnswerer(resume).answer(question)))


def test_each_record_of_a_form_opens_on_the_field_the_section_opens_on() -> None:
    answer = _answer("What was Thiago's position at Atos Tecnologia?")
    assert answer.startswith("[2. Experiência Profissional › Atos Tecnologia S.E]"), answer
    assert "Cargo: Front-end Developer" in answer, answer


def test_a_span_open_in_portuguese_is_the_job_held_now() -> None:
    """ "Maio/2022 - agora": "agora" is Portuguese's "now", as "ahora" is Spanish's; the job
    held now, though listed after the one that ended."""
    upturned = HEAD + ATOS + SYSMAP + STUDIES
    answer = _answer("Where does Thiago work now?", upturned)
    assert answer.startswith("[2. Experiência Profissional › SysMap Solutions]"), answer


def test_a_numbered_title_indented_is_a_section_as_the_numbers_before_it() -> None:
    markdown = read_text(FORM).markdown
    assert "\n## 3. Educação\n" in markdown, markdown


ATS = """Name: Ag Ibragimov
Email: ag@example.com

# Work history:
---
Company: Qlik
Job Title: Senior Software Developer
From: 07/2024
Description:
- Key role in implementing QCDI.
---
Company: Funding Circle
Job Title: Senior Software Developer
From: 02/2016
To: 11/2018
Description:
- Fixed multiple vulnerabilities.
---
Company: Mobitor
Job Title: Lead Frontend Developer
From: 04/2015
To: 02/2016
"""


def test_a_from_field_and_the_to_field_under_it_are_one_span() -> None:
    """round375's plain text "for automated parsers": "From: 02/2016" over "To: 11/2018"."""
    markdown = read_text(ATS).markdown
    assert "From: 02/2016 – 11/2018" in markdown, markdown
    answer = _answer("Which company did Ag work for in 2017?", ATS)
    assert "Funding Circle" in answer.split("\n", 1)[0], answer


def test_a_list_item_over_a_rule_is_no_title() -> None:
    """ "- Key role in implementing QCDI." over "---": the record's end, not a setext title."""
    assert "# - Key role" not in read_text(ATS).markdown
    assert "## Key role" not in read_text(ATS).markdown
