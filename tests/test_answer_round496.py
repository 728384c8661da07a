"""What round496-501's first runs answered wrong: a skills question denied where a sidebar's
"Technical" over "Expert: R, SQL, Tableau" said it, a Hungarian "különdíja" (a special prize)
not read as an award, "At which university does he work?" asked of his studies, a long item's
"(Feb. 2022 – now)" read as prose, a degree dated "(2023–26)" not in progress, a heading's
download buttons read as words of the name, a JSON group "category"/"items" written as two
fields, "What languages does he list?" asked of code, and Spanish jobs whose "Title – Company,
City." line ends with a full stop."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume import load_resume
from resume_chat.resume.date_spans import end_years
from tests.test_answer_round396 import reply_text as _answer


def _first_quote(answer: str) -> str:
    """The first quote of an answer: its citation and the lines up to the next citation."""
    lines = answer.splitlines()
    cut = next((n for n, line in enumerate(lines[1:], 1) if line.startswith("[")), len(lines))
    return "\n".join(lines[:cut])


def test_a_skill_line_labelled_expert_answers_without_a_skills_section() -> None:
    markdown = (
        "# Ben Wolfe\n\n## Esurance\n\nOctober 2011–current\n\nLed the analytics team.\n\n"
        "## Farmers Insurance Group\n\nOctober 2006–October 2011\n\nAutomated reporting.\n\n"
        "- Expert: R, SQL, Tableau, Excel\n"
    )
    answer = _answer(markdown, "Which tools is he an expert in?")
    assert "Tableau" in answer, answer
    assert "does not" not in answer


def test_technical_alone_heads_skills() -> None:
    markdown = (
        "# Ben Wolfe\n\n## Esurance\n\nOctober 2011–current\n\nLed the analytics team.\n\n"
        "### Technical\n\n- R: tidyverse, devtools\n- SQL: T-SQL, Redshift\n"
    )
    answer = _answer(markdown, "What are his skills?")
    assert "tidyverse" in answer, answer


def test_a_hungarian_special_prize_is_an_award() -> None:
    markdown = (
        "# Torma István\n\n## Tanulmányok\n\n- Debreceni Egyetem (2024-)\n\n"
        "## Egyéb\n\n- Kazánkezelő - 2024\n- Az oktatói testület különdíja 2023\n"
    )
    answer = _answer(markdown, "Has he received any award?")
    assert "különdíja" in _first_quote(answer), answer


def test_which_university_he_works_at_is_his_employer() -> None:
    markdown = (
        "# Ethan Weed\n\n## Positions\n\n"
        "2015- present: Associate Professor, Linguistics, Aarhus University\n"
        "2011-2014: Assistant Professor, Linguistics, Aarhus University\n\n"
        "## Education\n\n2011: PhD in Linguistics from Aarhus University\n\n"
        "## Peer-reviewed articles\n\n"
        "Weed, E. (2016). A verbal illusion. Journal of psycholinguistic research, 45(3).\n"
    )
    answer = _answer(markdown, "At which university does he work?")
    assert "Associate Professor" in _first_quote(answer), answer


def test_now_ending_a_long_items_dates_is_a_date() -> None:
    markdown = (
        "# Sébastien Combéfis\n\n## Professional experiences\n\n"
        "- **Attaché**, Fédération Wallonie-Bruxelles (FWB), Full-Time, Molenbeek-Saint-Jean,"
        " Belgium. (Feb. 2022 – now)\n"
        "- **Professor**, Institut Technique Supérieur Cardinal Mercier (ITSCM), Part-Time,"
        " Schaerbeek, Belgium. (Sep. 2011 – Jun. 2015, Jan. 2017 – now)\n"
        "- **Head Advisory Board**, EDITx, Part-Time, Etterbeek, Belgium. (Jul. 2017 – now)\n"
        "- **Lecturer**, ECAM Brussels Engineering School, Full-Time, Brussels, Belgium."
        " (Sep. 2014 – Apr. 2020)\n"
    )
    answer = _answer(markdown, "What is his current job?")
    assert "Attaché" in _first_quote(answer), answer


def test_a_degree_dated_to_end_this_year_is_in_progress() -> None:
    markdown = (
        "# Himanshu Soni\n\n## Summary\n\nLaw student with experience in litigation. Pursuing"
        " Company Secretary qualification.\n\n## Education\n\n"
        "- **LLB**, Faculty of Law, University of Delhi (2023–99)\n"
        "- **BSc (Hons) Agriculture**, Rama University (2019–23)\n"
    )
    answer = _answer(markdown, "What degree is he currently pursuing?")
    assert "LLB" in answer, answer


def test_a_headings_download_buttons_are_no_words_of_the_name(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(
        "<h3>\n    Maykel Suarez &nbsp;\n"
        '    <a href="/resume_msuarz.pdf" class="btn"> PDF </a>\n'
        '    <a href="/resume_msuarz.doc" class="btn"> DOC </a>\n</h3>\n\n'
        "1200 Brickell Bay Dr PH4202, Miami, FL 33131  \n(786) 797-3547 mikemps@gmail.com\n\n"
        "### Experience\n\n`2008-present` UKG: Principal Software Engineer.\n",
        encoding="utf-8",
    )
    resume = load_resume(path)
    assert resume.name == "Maykel Suarez"
    answer = "\n".join(format_reply(OfflineAnswerer(resume).answer("Which city does he live in?")))
    assert "Miami" in answer, answer


def test_a_named_group_of_items_reads_as_its_name_and_items(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    data = {
        "basics": {"name": "Juan Paredes", "label": "Developer"},
        "skills": [
            {"category": "Idiomas / Languages", "items": "Español (Nativo), Inglés (C1)"},
            {"category": "Backend", "items": "Python (Django), MySQL, Java"},
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    resume = load_resume(path)
    assert "Idiomas / Languages: Español (Nativo), Inglés (C1)" in resume.markdown
    answer = "\n".join(
        format_reply(OfflineAnswerer(resume).answer("Does Juan Paredes speak German?"))
    )
    assert answer == "The resume does not mention German.", answer


def test_languages_listed_are_those_spoken_where_a_section_names_them() -> None:
    markdown = (
        "# Israel Messias\n\n## Habilidades\n\nPHP, CSS, SQL, JavaScript\n\n"
        "## Idiomas\n- Inglês\n- Português\n\n## Outras Competências\n\nPHP, Git, Linux\n"
    )
    answer = _answer(markdown, "What languages does he list?")
    assert "Inglês" in _first_quote(answer), answer


def test_a_title_and_employer_line_ending_in_a_full_stop_heads_its_job() -> None:
    markdown = (
        "# José María Ila\n\n## EXPERIENCIA LABORAL\n\n"
        "Analista – Vector ITC Group, Madrid.\n\nMarzo 2016 – Actualidad.\n\n"
        "Responsable del equipo de iOS.\n\n"
        "Analista – Planet Media Studios / RTVE, Madrid.\n\nAgosto 2015 – Marzo 2016.\n\n"
        "Desarrollo de aplicaciones para iOS.\n\n"
        "Programador Junior – Enala S. L., Madrid.\n\nJulio 2013 – Enero 2015.\n\n"
        "Desarrollo de aplicaciones web.\n"
    )
    answer = _answer(markdown, "When was he a Programador Junior at Enala?")
    first = _first_quote(answer)
    assert "Programador Junior" in first, answer
    assert "Julio 2013" in first, answer


def test_a_workshop_given_is_found_in_the_resumes_words() -> None:
    markdown = (
        "# Luis Silva\n\n## Experiencia laboral\n\n### Ruby on Rails Developer, Zentiglo\n\n"
        "Ag. 2019 – Actualidad\n\nAgregando funcionalidad al sistema principal.\n\n"
        "## Talleres y Cursos\n\n### Ponente\n\n"
        "2015 · Taller · Introducción a Ruby · Oaxaca de Juárez\n"
    )
    answer = _answer(markdown, "Has he given a workshop? Which one and when?")
    assert "Introducción a Ruby" in answer, answer


def test_a_spans_end_year_may_be_shortened() -> None:
    assert end_years("LLB, University of Delhi (2023–26)") == [2026]
    assert end_years("May 2019 to Jun 2021") == [2021]
    assert end_years("2024-03 – 2026-01") == []  # a year and its month, twice
    assert end_years("1990-95") == [1995]


def test_a_line_with_a_dash_does_not_head_a_dated_line_with_its_own_title() -> None:
    markdown = (
        "# Alec Kranig\n\n## Experience:\n\n"
        "Choose My College – created a website that could look through colleges. Java.\n\n"
        "Personal projects – AI in video feeds and word prediction.\n\n"
        "Computer Science TA, Saint John’s University. 09/2022 – Current.\n\n"
        "- Teacher’s assistant for the Computer Science department at SJU.\n"
        "- Assist in professor-led labs.\n\n"
        "Davanni’s, Coon Rapids, MN. 09/2017 – Current.\n\n"
        "- Delivery driver from 2019 – current.\n"
    )
    answer = _answer(markdown, "Does he have experience as a teaching assistant?")
    assert _first_quote(answer).startswith("[Experience: › Computer Science TA"), answer


def test_a_restaurant_is_known_by_its_chains_name() -> None:
    markdown = (
        "# Dan Edens\n\n## Work Experience\n\n### Minim - QA Automation Engineer\n\n"
        "- Automated firmware tests for Linux servers.\n\n"
        "### Chili's Grill and Bar – Test Kitchen Lead Prep Cook\n\n"
        "- Lead Prep team, Chili's Test location in Castle Hills, TX.\n"
    )
    answer = _answer(markdown, "Did Dan ever work in a restaurant?")
    assert "Chili's Grill and Bar" in _first_quote(answer), answer


def test_a_word_files_title_with_resume_after_the_name_names_the_person(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Victor Delaplaine Resume"
    document.add_paragraph("Victor Delaplaine Resume")
    document.add_paragraph("Victor Delaplaine")
    document.add_heading("Experience", level=1)
    document.add_paragraph("QA Engineer, Acme, 2019 – 2021.")
    document.add_heading("Skills", level=1)
    document.add_paragraph("Python, Selenium")
    path = tmp_path / "resume.docx"
    document.save(str(path))
    assert load_resume(path).name == "Victor Delaplaine"
