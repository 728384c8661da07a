"""Records written alike, read as one record each (round377's and round380-383's first runs):
a plain-text CV's "Title / Employer / Place / Dates" paragraphs, school lines each with its own
year, bold lines set off alike, projects titled over their items, and a list of values with
their levels that runs on past a section's word."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.outline import outline
from resume_chat.resume import parse_resume
from resume_chat.resume.model import build_resume
from resume_chat.resume.text import read_text
from tests.test_lookups import answer_text, reply_text


def _titles(text: str) -> list[str]:
    return [entry.citation for entry in outline(build_resume(read_text(text), Path("c")))]


def test_a_pair_under_pairs_is_one_of_them_not_a_title() -> None:
    """ "Spanisch - Grundkenntnisse" under "Deutsch - Muttersprache": "-kenntnisse" names
    skills, yet the line is the list's third language."""
    text = (
        "Name: Roman Podolski\n\nBesondere Kenntnisse\nSprachkenntnisse:\n"
        "Englisch - Verhandlungssicher\nDeutsch - Muttersprache\nSpanisch - Grundkenntnisse\n \n"
        "Programmiersprachen und Datenbanken:\nJava       - 3,5 Jahre\nRuby       - 1 Jahr\n"
    )
    assert "Spanisch - Grundkenntnisse" not in " ".join(_titles(text))
    assert "Spanisch" in answer_text(text, "Which languages does Roman speak?", "text")
    # Programming languages are skills, not tongues; their years answer "how long".
    assert "3,5 Jahre" in answer_text(text, "How long has Roman used Java?", "text")


def test_school_lines_each_with_its_year_are_each_a_record() -> None:
    text = (
        "Dani Vorobiev\n\nEDUCATION\n---------\nLa Salle BCN — Java Development (2025)\n"
        "Universitat de Barcelona — B.A. Philosophy (2013–2017)\n"
        "Universitat Autònoma de Barcelona — B.A. Musicology (2011–2015)\n"
    )
    answer = answer_text(text, "What did Dani study at the Universitat de Barcelona?", "text")
    assert answer.startswith("[EDUCATION › Universitat de Barcelona — B.A. Philosophy"), answer


_RECORDS = (
    "Mahmoud Ashraf\n\n EXPERIENCE\n Front-End developer\n Lynks\n Alexandria, Egypt\n"
    " Jan 2022 - May 2023\n - Tech: typescript, next.js\n - build a custom e-commerce website\n\n"
    " Front-End developer\n Swvl\n Alexandria, Egypt\n Nov 2021 - Jan 2022\n"
    " - contribute in swvl UI design system\n\n"
    " React Arabic translation maintainer\n React community\n FEB 2019 - JULY 2019\n"
    " - Code review/ Merge pull requests.\n\n SKILLS\n - javascript\n"
)


def test_a_paragraph_of_names_over_its_dates_is_one_record() -> None:
    """Title, employer and place over the dates: each paragraph a job, headed by its title, not
    the place line just above the dates."""
    titles = _titles(_RECORDS)
    assert "EXPERIENCE › Front-End developer" in titles, titles
    assert not any(title.endswith("Alexandria, Egypt") for title in titles), titles
    assert "Jan 2022" in answer_text(_RECORDS, "When did Mahmoud work at Lynks?", "text")


def test_an_employer_with_a_sections_word_inside_a_record_is_no_section() -> None:
    """ "React community" between its role and its dates: the record's employer."""
    assert "React community" not in [title.split(" › ")[0] for title in _titles(_RECORDS)]
    answer = answer_text(_RECORDS, "What role did Mahmoud have in the React community?", "text")
    assert "React Arabic translation maintainer" in answer, answer


def test_each_job_headed_by_title_and_employer_keeps_both() -> None:
    """ "Software Instructor" / "Akademi, Istanbul" over the first dates: every job's two
    lines above its dates are its own, not the end of the job before."""
    text = (
        "BEDIRHAN GIDEN\n\nEXPERIENCE\nSoftware Instructor\nAkademi, Istanbul\n"
        "Jan 2025– Present\n• Delivered courses on Flutter.\nReact Native Developer\n"
        "UNCTAD, Switzerland– Remote (Contract)\nOct 2022– Oct 2023\n"
        "• Developed a decentralized identity app.\nFull Stack Developer Intern\n"
        "Mavinci, Ankara\nAug 2022– Sep 2022\n• Built an internal map tool.\n"
        "• Applied Docker to containerize services.\n"
    )
    titles = _titles(text)
    assert "EXPERIENCE › React Native Developer" in titles, titles
    answer = answer_text(text, "What was Bedirhan's role at UNCTAD?", "text")
    assert "React Native Developer" in answer, answer
    assert "Mavinci" in answer_text(text, "Where did Bedirhan do his internship?", "text")


def test_bold_lines_set_off_alike_are_each_a_record() -> None:
    """ "**Recurse Center** — Certificate…" over "**Bradfield…** — … 2022-2023": two schools,
    not an employer over its job; a list item's "**Postgres**, **Typescript**)." no title."""
    resume = (
        "# Asa Needle\n\n## Experience\n\n**Last Call Media**  \nSoftware Engineer  \n"
        "September 2020 — Present  \n- Built a data pipeline (**Snowflake**,\n"
        "  **Postgres**, **Typescript**).\n- Built a portal.\n\n**Freelance**  \n"
        "Software Developer  \nJuly 2020 — August 2020  \n- Built a CMS.\n\n## Education\n\n"
        "**Hampshire College** — Bachelor of Arts, Anthropology\n"
        "**Recurse Center** — Certificate in Software Development\n"
        "**Bradfield School of Computer Science** — Computer Science Intensive 2022-2023\n"
    )
    citations = [entry.citation for entry in outline(parse_resume(resume))]
    assert "Education › Bradfield School of Computer Science" in citations, citations
    assert not any("Postgres" in citation for citation in citations), citations


def test_projects_titled_over_their_items_are_each_an_entry() -> None:
    """ "Persönliches Projekt: Cookbook" over its items, undated: one entry each, so a
    project asked by name is quoted with its items."""
    resume = (
        "# Tatiana G\n\n## Praktische Erfahrungen\n\nStudienprojekt: Serious Games\n\n"
        "TU Darmstadt\n\n- 3D-Modelle in Blender erstellt\n- UI-Logik mit C# in Unity\n\n"
        "Persönliches Projekt: Cookbook\n\n- Webanwendung mit Java, Spring Boot und MySQL\n"
        "- REST-API für CRUD-Operationen\n\nPersönliches Projekt: Portfolio\n\n"
        "- Frontend mit HTML und CSS\n- Backend mit JavaScript\n"
    )
    answer = reply_text(resume, "What was the Cookbook project built with?")
    assert "Spring Boot und MySQL" in answer, answer


def test_a_degree_item_over_its_school_is_no_title_of_a_list() -> None:
    """ "- Ph.D. …" over "Georgia Tech" over "Advisor: …": the items head, the lines under
    them are theirs (not titles of one-item lists)."""
    resume = (
        "# A K\n\n## Education\n\n- Ph.D. in Electrical Engineering · January 2020 - Present\n\n"
        "Georgia Institute of Technology\n\nAdvisor: Dr. Angelos Keromytis\n\n"
        "- M.S. in Electrical Engineering · December 2021\n\nGeorgia Institute of Technology\n"
    )
    answer = reply_text(resume, "Who is his PhD advisor?")
    assert "Keromytis" in answer, answer
