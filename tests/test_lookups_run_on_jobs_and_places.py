"""Rules learned from round376's first run (files nobody here had seen): a later job run on
into an earlier one's entry (a Word export), an address line in a moderncv header, a
recommendation's "young age", French software libraries."""

from __future__ import annotations

from tests.test_lookups import answer_text


def test_a_later_job_run_on_into_an_earlier_entry_is_the_latest() -> None:
    """round376's welding project manager: "- January 2012 – July 2023 Welding Technician •
    Project Manager • GB Linings Ltd." among the items of his 2010 job."""
    resume = (
        "# Andrew Roscoe\n\n## Employment History\n\n### August 2009 – February 2010 Sales "
        "Assistant\n\n- Pitsea Market\n\n### February 2010 – November 2011 Computer Technician\n\n"
        "### Technician • Advanced Elite PC Solutions\n\n"
        "- At Advanced Elite PC Solutions, I served as a Computer\n"
        "- Technician. I conducted computer repairs, performed IT systems\n"
        "- maintenance for businesses, and handled antivirus installation.\n"
        "- January 2012 – July 2023 Welding Technician • Project Manager • GB Linings Ltd.\n"
        "- During my time at GB Linings Ltd., I began as a Welding Technician.\n"
    )
    answer = answer_text(resume, "Where did Andrew work most recently?")
    assert "GB Linings Ltd." in answer, answer


def test_a_line_with_an_initial_after_its_comma_names_no_place() -> None:
    """ "(c) | Enseignement, R. & D." is no "Town, Region": the address line under it is."""
    resume = (
        "# Ludovic Bocken\n\n- (c) | Enseignement, R. & D.\n"
        "- 2222 Rue Hochelaga – H2K 4N8 Montréal – Canada\n\n✉ lbocken@gmail.com\n\n"
        "## Expérience\n\n### Packt Montréal\n\nAuteur 2021–2020\n"
    )
    answer = answer_text(resume, "In which city does Ludovic live?")
    assert "Montréal – Canada" in answer, answer
    assert "Enseignement" not in answer, answer


def test_a_recommendations_young_age_states_no_age() -> None:
    resume = (
        "# Ludovic Bocken\n\n## Experience\n\n### Consultant · 2018 – 2021\n\n- Data science\n\n"
        "## Recommendations\n\nMarc: I had the pleasure to work with Ludovic. Given his young "
        "age, his charm and what he has done, he is a brilliant mind.\n"
    )
    answer = answer_text(resume, "What is Ludovic's date of birth?")
    assert answer == "The resume does not give an age or date of birth.", answer


def test_software_libraries_named_in_french_are_the_skills_line_saying_so() -> None:
    """ "Bibliothèques logicielles: Spacy, quanteda": "logicielles" is software too."""
    resume = (
        "# Ludovic Bocken\n\n## Compétences informatiques\n\n"
        "Langages: XML, HTML, R, Python\n\nTâches: AI, ML, NLP\n\n"
        "Bibliothèques logicielles: Spacy, quanteda\n"
    )
    answer = answer_text(resume, "Which software libraries does Ludovic list?")
    assert answer.startswith("[Compétences informatiques] Bibliothèques logicielles"), answer


def test_a_project_named_by_its_title_is_quoted_whole_for_its_technologies() -> None:
    """round376's Colombian student: the technologies are the line under the description
    ("Mysql – PHP – HTML"), which shares no word with the question."""
    resume = (
        "# Julian Ariza\n\n## Experience\n\n##### STUDENT INFORMATION MANAGEMENT SOFTWARE\n\n"
        "Universidad UDCA / 2021\n\nCreate a system that manages the information of graduate "
        "students\n\nMysql – PHP – HTML\n\n##### UDCA ALUMNI WEBSITE\n\nUniversidad UDCA / 2022\n\n"
        "Create a web page to manage the information of news\n\nWordPress – CSS\n"
    )
    question = "Which technologies did Julian use for the student information management software?"
    answer = answer_text(resume, question)
    assert "Mysql – PHP – HTML" in answer, answer
    assert "WordPress" not in answer, answer


def test_the_languages_known_best_are_those_the_skills_say_so_of() -> None:
    """round376's game programmer: "know best" found the profile's "best student overall"."""
    resume = (
        "# Marco Longo\n\n## Profile\n\nI was named the best student overall in my programme.\n\n"
        "## Technical Skills\n\n- Unity\n- Git\n\n"
        "Excellent knowledge of the C++ and C# programming languages.\n"
    )
    answer = answer_text(resume, "Which programming languages does Marco know best?")
    assert answer.startswith("[Technical Skills] Excellent knowledge of the C++"), answer


def test_a_computer_proficiency_section_lists_the_programming_languages() -> None:
    """round376's Indian student: "## COMPUTER PROFICIENCY" over "Languages: C, C++, Java,
    Python3" read as no kind of section, and "Natural Language Processing" among her skills
    came first for the word "language"."""
    resume = (
        "# Vallari Rastogi\n\n## Skills & Abilities\n\n- Deep learning for Image Recognition and "
        "Natural Language Processing\n\n## COMPUTER PROFICIENCY\n\n"
        "- **Languages**: C, C++, Java, Python3\n- **Technologies:** Tensorflow, Keras\n"
    )
    answer = answer_text(resume, "Which programming languages does Vallari know?")
    assert answer.startswith("[COMPUTER PROFICIENCY] - **Languages**: C, C++, Java"), answer


def test_where_asked_of_an_item_without_its_space_brings_the_entrys_head() -> None:
    """round376's Canva CV: "-Développer des compétences…" is an item; the school over it
    ("Simplon (01/03/2023-19/04/2023)") answers where."""
    resume = (
        "# Julie Charles\n\n## ÉDUCATION\n\n#### Développeur/Intégrateur Web\n\n"
        "Simplon (01/03/2023-19/04/2023)\n\n-Développer des compétences d'applications web\n\n"
        "#### Formation Technicienne SPA\n\nThalass'sun - Coudekerque (2009)\n"
    )
    answer = answer_text(resume, "Where is Julie doing her web developer training?")
    assert "Simplon" in answer, answer
