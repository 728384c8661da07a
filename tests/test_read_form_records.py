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
