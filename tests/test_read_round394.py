"""What round394's first run read or answered wrong: a Kirby CMS page, a lone page title over a
dated list, a form's given name and surname, a job's task taken for a title, foreign languages
under their label, years said with "pendant", a DESS, and a Russian employer asked in Latin
letters."""

# ruff: noqa: RUF001 - Russian CV text, in Cyrillic

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.markdown.kirby import kirby_page, kirby_tags
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.model import build_resume
from resume_chat.resume.text import read_text
from tests.test_lookups import answer_text

_KIRBY = """display: tabs
----
order: 2
----
heading:
Lebenslauf
----
icon:
{{icon-app-cv.svg}}
----
matter:

07.19-12.19
: **Mediengestalter, (link: http://fantec.de/ target: _blank text:Fantec GmbH), Hamburg**
Produktfotografie, Bildbearbeitung

05.19-06.19
: **Reinzeichner, (link: https://de.hogarthww.com/ target: _blank text: Hogarth), Hamburg**
Layout, Reinzeichnung
"""


def test_a_kirby_page_s_fields_read_as_its_sections() -> None:
    """Layout fields go, the heading field heads the page, KirbyTags show their text."""
    page = kirby_page(_KIRBY)
    assert page.startswith("## Lebenslauf\n"), page
    assert "display" not in page
    assert "order" not in page
    assert "**Mediengestalter, Fantec GmbH, Hamburg**" in page, page
    assert kirby_tags("(email: a@b.de)") == "a@b.de"
    assert kirby_page("Name: Ann\n\nNo fields here.\n") == "Name: Ann\n\nNo fields here.\n"


def test_a_lone_page_title_over_a_dated_list_is_its_section() -> None:
    """ "## Lebenslauf", the one heading a page has, stays a section: not the title dropped."""
    reading = read_markdown(_KIRBY)
    resume = build_resume(reading, Path("cv.md"))
    assert [section.title for section in resume.sections] == ["Lebenslauf"]
    answer = answer_text(_KIRBY, "Has he worked at Fantec?")
    assert answer.startswith("[Lebenslauf]"), answer
    assert "Fantec GmbH" in answer, answer


_FELIX = (
    "Prénom: Christophe\nNOM: FELIX\n\nemail : felix.christophe@yahoo.fr\n"
    "Présentation : Professionnel dans l'IT pendant 20 ans, j'ai acquis de solides compétences.\n"
    "Langues étrangères: Anglais niveau B2\n\n"
    "Diplômes et Formations :\nBachelor Développeur IA\nDe septembre 2024 à juin 2025\n"
    "EPSI Montpellier\n\nDESS Gestion de la Technologie et de l'Innovation\n1994\n"
    "Paris IX - Dauphine Paris\n\n"
    "Expériences professionnelles en informatiques :\n\n"
    "Poste: DSI\nPériode d'exercice du poste: De septembre 2014 à février 2016\n"
    "Entreprise: Exaprint\nMissions :\nSupervision des prestataires externes\n"
    "Pilotage du budget informatique\nReporting projet\n"
    "Assurer la communication entre les services\n"
)


def test_a_form_s_given_name_and_surname_make_the_name() -> None:
    resume = build_resume(read_text(_FELIX), Path("cv.txt"))
    assert resume.name == "Christophe FELIX"


def test_a_task_in_a_job_s_list_is_no_title() -> None:
    """ "Reporting projet" between two of a job's tasks: no section of projects."""
    titles = [line for line in read_text(_FELIX).markdown.splitlines() if line.startswith("#")]
    assert "## Reporting projet" not in titles, titles


def test_languages_listed_as_foreign_ones_and_years_said_with_pendant() -> None:
    spanish = answer_text(_FELIX, "Does Christophe speak Spanish?", reader="text")
    assert spanish == "The resume does not mention Spanish.", spanish
    years = answer_text(_FELIX, "How many years has he worked in IT?", reader="text")
    assert "pendant 20 ans" in years, years
    diploma = answer_text(_FELIX, "What postgraduate diploma does he hold?", reader="text")
    assert diploma.startswith("[Diplômes et Formations] DESS"), diploma


def test_a_russian_employer_asked_in_latin_letters() -> None:
    resume = (
        "# Емельянов Михаил\n\n## Опыт работы\n\n"
        "С октября 2021 по настоящее время: ООО «Озна», инженер-программист.\n\n"
        "С декабря 2006 г. по март 2010 г.: ФГУП «Завод “Магнетрон”», заместитель "
        "главного конструктора.\n"
    )
    answer = answer_text(resume, "What was his position at the Magnetron plant, and when?")
    assert "заместитель главного конструктора" in answer.split("\n")[0], answer


def test_a_development_team_led_in_spanish() -> None:
    resume = (
        "# Aitor Llamas\n\n## Experience\n\n### Frontend Developer — Acme\n\n- Angular, RxJS\n\n"
        "### Programador Senior Fullstack — PFS Group S.L.\n\n"
        "- Enseñar y liderar un equipo de desarrollo\n"
    )
    answer = answer_text(resume, "Has he led a development team, and where?")
    assert answer.startswith("[Experience › Programador Senior Fullstack"), answer


def test_the_job_held_now_in_a_block_of_plain_lines_with_its_dates_in_portuguese() -> None:
    """Employer, "Função:" and "Fevereiro de 2023 – Presente" for each job, one entry: the
    block the marked dates close."""
    resume = (
        "# Sabrina Ribeiro\n\n## EXPERIÊNCIAS PROFISSIONAIS\n\n"
        "COPASA (Companhia de Saneamento de Minas Gerais)\n\nFunção: Auxiliar de Escritório\n\n"
        "Fevereiro de 2021 - Dezembro de 2022 (1 ano 11 meses)\n\n"
        "Mascarenhas Barbosa Roscoe S/A Construções\n\nFunção: Programador Visual\n\n"
        "Fevereiro de 2023 – Presente (2 meses)\n"
    )
    answer = answer_text(resume, "Where does Sabrina work now and in what role?")
    assert "Mascarenhas Barbosa Roscoe" in answer, answer
    assert "Programador Visual" in answer, answer


def test_what_someone_is_doing_now_is_their_headline_first() -> None:
    resume = (
        "# Rhys Shaw\n\n- Astrophysics PhD Student | Data Scientist\n\n## Other Experience\n\n"
        "### DataAid Committee Member · 2024-2026\n\nDataAid, Bristol\n"
    )
    answer = answer_text(resume, "What is Rhys Shaw currently doing?")
    assert answer.startswith("[Rhys Shaw] - Astrophysics PhD Student"), answer


def test_a_common_word_in_cyrillic_letters_is_no_name_asked() -> None:
    """ "деплоя" (a deploy, spelled from English) is not "deploy" asked; "Магнетрон", a
    name, is "Magnetron"."""
    from resume_chat.answerer.spellings import Spellings

    lines = ["добавить CI/CD для автоматической сборки и деплоя", "Завод “Магнетрон”"]
    spellings = Spellings({"деплоя": 1.0, "магнетрон": 1.0}, lines)
    assert "деплоя" not in spellings.expand(["deploy"])
    assert "магнетрон" in spellings.expand(["magnetron"])


_SEMANTIC = """<html lang="en"><head><title>CV</title></head><body>
<nav>
  <header><h1>Bruno Silva Nobre</h1><h4>Tech Lead</h4></header>
  <section>
    <header>Dados Pessoais</header>
    <article><header>Endereço</header><span>Jardim Umuarama/SP</span></article>
    <article><header>Telefone</header><span>(21) 994543810</span></article>
    <article><header>E-mail</header><a href="mailto:b@yahoo.com.br">b@yahoo.com.br</a></article>
  </section>
</nav>
<main>
  <section>
    <header>Experiência Profissional</header>
    <article>
      <header><section class="title">Desenvolvedor Sr, Rastreabilidade Brasil</section>
      <aside class="local">São Paulo / Remoto</aside></header>
      <section class="subtitle">2016 - Presente</section>
      Desenvolvendo soluções de rastreabilidade.
    </article>
  </section>
</main></body></html>
"""


def test_html5_sections_titled_by_their_header_and_fields_in_articles() -> None:
    """ "<section><header>Perfil</header>" is a section; an article of one header and one
    value a field ("Telefone: (21) 994543810"); a job's article header its heading."""
    markdown = read_markdown(_SEMANTIC).markdown
    assert "## Dados Pessoais" in markdown, markdown
    assert "Telefone: (21) 994543810" in markdown, markdown
    assert "### Desenvolvedor Sr, Rastreabilidade Brasil" in markdown, markdown
    both = answer_text(_SEMANTIC, "What is his phone or email?")
    assert "994543810" in both, both
    assert "b@yahoo.com.br" in both, both


def test_since_a_month_in_russian_is_held_now() -> None:
    text = (
        "Капранов Алексей, alex@kapranoff.ru.\n\nОпыт работы и проекты:\n\n"
        "     июнь 2003 - май 2004 --- веб-разработчик в АО Первый канал.\n\n"
        '     с июля 2001 --- системный программист в ОАО "Рамблер".\n\n'
        "     март 2002 - март 2003 --- перл-разработчик в компании AGAVA.\n"
    )
    answer = answer_text(text, "Where does Alexey work now and in what role?", reader="text")
    assert "Рамблер" in answer.split("\n")[0], answer  # begun before the job after it, held now
