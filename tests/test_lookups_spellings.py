"""A fact written otherwise than the question asks it: misspelt in the resume, glued into a
longer name, one of a family the question names, a town after a job's dates, a section whose
title only looks like a kind. Rules learned from the thirty-seventh wave of held-out resumes
(round205-208), each on a resume shaped to need it."""

from __future__ import annotations

from resume_chat.answerer.intents import classify
from resume_chat.answerer.wordforms import one_letter_apart
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.names.candidate import name_in
from tests.test_lookups import answer_text, assert_found

_TRAINEE = """# Alexey Sukhovarov

## Projects

- Clinic Management System: a microservice application; Keycloack for authorization,
  Apache Kafka for asynchronous messaging.

## Work Experience

- Full Stack Software Engineer, RiverStone Software, 2017 - present
  - Migrated projects to CircleCI 2.0 for automated unit-testing.
- Freelance Data Analytics Consultant, 2015 - 2017
  - Cleaned 100,000 records for a UNICEF initiative in Nepal.

## Languages

- Punjab University debating society
"""


def test_a_name_misspelt_by_one_letter_in_the_resume_is_no_absence() -> None:
    assert_found(_TRAINEE, "Has he worked with Keycloak?", "Keycloack")


def test_misspelt_means_one_letter_inside_the_word_not_one_more_at_its_end() -> None:
    assert one_letter_apart("keycloak", "keycloack")
    assert one_letter_apart("kubernetes", "kuberentes")  # two letters swapped
    assert not one_letter_apart("punjab", "punjabi")  # the place and the language
    assert one_letter_apart("volleybal", "volleyball")  # a doubled letter dropped
    assert not one_letter_apart("keycloak", "keycloak")
    answer = answer_text(_TRAINEE, "Does he speak Punjabi?")
    assert answer.startswith("The resume does not mention Punjabi"), answer


def test_two_capitals_ending_a_name_are_no_absence() -> None:
    """ "CI" in "CircleCI"; not "ML" in "HTML", where no small letter comes before."""
    assert_found(_TRAINEE, "Which CI service did he move projects to?", "CircleCI")
    answer = answer_text(_TRAINEE + "\n## Skills\n\n- HTML, CSS\n", "Does he know ML?")
    assert answer.startswith("The resume does not mention ML"), answer


def test_a_un_agency_by_its_name() -> None:
    assert_found(_TRAINEE, "Has he done any work for a UN agency?", "UNICEF")


def test_a_town_after_a_jobs_dates_says_where_she_works() -> None:
    """ "Which city does she work in?" of a header with no town, her job's line ending on
    its dates and then "Saratov"; her name, before a comma and her headline, is no town."""
    text = (
        "# Dina Belova, Junior Software Engineer\n\n- Email: me@dbelova.name\n\n"
        "## Work experience\n\n**Junior Software Engineer, Mirantis Inc**, *Oct 2012 - now, "
        "Saratov*\n\n- OpenStack projects research\n"
    )
    assert name_in("Dina Belova, Junior Software Engineer") == (
        "Dina Belova",
        "Junior Software Engineer",
    )
    assert_found(text, "Which city does she work in?", "now, Saratov")


def test_information_is_no_formation() -> None:
    """ "Formation" is French for education; "General Information" is not about it."""
    for title in ("General Information", "Additional Information", "Other Information"):
        assert section_kind(title) != "education", title
    assert section_kind("Formation") == "education"
    assert section_kind("Berufserfahrung") == "experience"


_NO_LICENCE = """# Marek Nowak

## Certifications

- NCFE Level 2 Certificate in Warehousing and Storage
- Licence in Biology, Université de Lille

## Experience

- Delivery Driver, DPD (2019 - 2021)
"""


def test_a_driving_licence_not_stated_is_said_to_be_missing_not_a_certificate_quoted() -> None:
    """ "Does he have a driving licence?" of certificates and a French "Licence" (a degree):
    neither is a driving licence, and the resume names none."""
    for question in ("Does he have a driving licence?", "Does she hold a driver's license?"):
        answer = answer_text(_NO_LICENCE, question)
        assert answer == "The resume does not mention a driving licence.", answer
    # A job driving is still a job.
    assert_found(_NO_LICENCE, "Has he ever worked as a delivery driver?", "DPD")


def test_a_driving_licence_is_found_in_the_words_of_the_resumes_language() -> None:
    for stated in (
        "Permis B",
        "Führerschein Klasse B",
        "Categoria: B",
        "Full clean UK licence",
        "Vehicle driving",
        "Australian dirver's licence from Queensland",
    ):
        text = _NO_LICENCE + f"\n## Other\n\n- {stated}\n"
        assert_found(text, "Does he have a driving licence?", stated)
    lebenslauf = (
        "# Anna Schmidt\n\n## Berufserfahrung\n\n- 2019 - 2023: Entwicklerin bei der Firma "
        "Articon GmbH in Berlin, für die Gestaltung von Webseiten und für die Pflege der "
        "Datenbanken zuständig\n\n## Sprachkenntnisse\n\n- Deutsch und Englisch, mit "
        "sehr guten Kenntnissen in der Sprache und der Schrift\n"
    )
    answer = answer_text(lebenslauf, "Does she have a driving licence?")
    assert answer == "The resume does not mention a driving licence.", answer


def test_a_heading_naming_the_licence_answers_with_what_it_holds() -> None:
    text = _NO_LICENCE + "\n## Driving Licence\n\n- B1\n- B\n"
    assert_found(text, "Does he have a driver's license?", "B1")
    assert_found(
        _NO_LICENCE + "\n## Other\n\n- Driverś Licence · Class B\n",
        "Is he allowed to drive a car?",
        "Class B",
    )


def test_where_he_studied_is_the_line_naming_his_school() -> None:
    """ "Where did he go to college?" of a joint section listing certificates first."""
    text = (
        "# Thomas Faulkner\n\n## Certifications and Education\n\n- CCNP/CCNA - Cisco Certified "
        "Network Professional\n- MCP - Microsoft Certified Professional\n- CompTIA A+ Certified"
        " Hardware Technician\n- Associates in Applied Science in Computer Networking\n"
        "- 1999 - 2004 Carl Sandburg College. Galesburg, IL\n\n## Work Experience\n\n"
        "- Network Engineer, CenturyLink, 2012 - 2017\n"
    )
    assert_found(text, "Where did he go to college?", "Carl Sandburg College")


def test_a_conference_by_any_of_its_names() -> None:
    text = (
        "# Muhammad Asif\n\n## Education\n\n- M.Phil Physiology, University of Lahore (2013-2015)"
        "\n\n## Extracurricular achievements\n\n- Work as a part of management team in Zoological"
        " congress 2012 held in G.C.U Lahore\n"
    )
    assert_found(text, "Has he helped organise a conference?", "Zoological congress 2012")


def test_a_language_a_french_resume_does_not_list_is_said_to_be_missing() -> None:
    """ "Does he speak German?" of a French CV listing "Anglais" and "Français": no German, in
    English ("German") or French ("Allemand"); the languages it lists are quoted."""
    text = (
        "# Paul Mbarga\n\n## Expériences\n\n- Ingénieur mécatronicien chez Alucam à Edéa, de "
        "2019 à 2023, pour la maintenance des lignes de production et des automates\n\n"
        "## Langues\n\n- Anglais (avancé)\n- Français (courant)\n"
    )
    answer = answer_text(text, "Does he speak German?")
    assert answer == "The resume does not mention German.", answer
    assert_found(text, "Does he speak English?", "Anglais")
    assert_found(text + "- Allemand (notions)\n", "Does he speak German?", "Allemand")
    # "Besides German" asks for the others, not whether German is there.
    others = answer_text(text, "Does he speak any language besides German?")
    assert not others.startswith("The resume does not"), others


def test_his_last_job_when_he_holds_none_now_is_the_latest() -> None:
    """ "What was his last job?" of jobs all ended: the latest, not the one before it."""
    text = (
        "# Erich Erstu\n\n## Experience\n\n### 2017–2022 · Developer · Heathmont OÜ\n\n"
        "Devised double-spend mitigation software.\n\n### 2016–2017 · Game Developer · Pixster "
        "OÜ\n\nDeveloped video slots.\n\n### 2015–2016 · Cyber Lab Technician · NATO CCDCOE\n\n"
        "Devised vulnerable software for exercises.\n"
    )
    answer = answer_text(text, "What was his last job?")
    assert answer.startswith("[Experience › 2017–2022 · Developer · Heathmont OÜ]"), answer


def test_marks_in_higher_secondary_are_a_question_about_studies() -> None:
    text = (
        "# A L Archana\n\n## Educational Qualification\n\n| Course | Board | Year | % of Marks |"
        "\n|---|---|---|---|\n| S.S.L.C | CBSE | 2019 | 74.4% |\n| H.Sc. | State Board | 2021 |"
        " 82% |\n"
    )
    assert_found(text, "What did she score in higher secondary?", "82%")


def test_ci_servers_by_their_names_and_a_birth_date_set_as_a_heading() -> None:
    text = (
        "# Max Usachev\n\n## Experience\n\n- 2013 - 2015, payment systems: configured the build "
        "system. Started from TeamCity, then switched to Jenkins.\n\n## Personal info\n\n"
        "###### 09-05-2001\n\n###### Ma Kok Weng\n"
    )
    assert_found(text, "Which CI servers has he configured?", "TeamCity")
    assert_found(text, "What is his date of birth?", "09-05-2001")


def test_a_bank_named_in_spanish_french_or_italian_is_a_bank() -> None:
    text = (
        "# Carlos Urteaga\n\n## Experience\n\n### Data Scientist, Mercado Libre, 2019 – 2023\n\n"
        "- Recommendation models for the marketplace\n\n### Compartamos Banco / Gentera Sep 2018"
        " – Mar 2019\n\n- Head of Data Science · Mexico City\n\n### Lecturer, ITAM, 2010 – 2018"
        "\n\n- Taught computer networks\n"
    )
    answer = answer_text(text, "Did he work at a bank?")
    assert answer.startswith("[Experience › Compartamos Banco"), answer


def test_relocation_and_a_security_clearance_are_stated_or_said_to_be_missing() -> None:
    """Neither is quoted from the header's town or a certificate: said, or said to be missing;
    "customs clearance" is a job's work, not a security clearance."""
    text = _NO_LICENCE + "\n## Logistics\n\n- Handled customs clearance for imports\n"
    answer = answer_text(text, "Is he willing to relocate?")
    assert answer == "The resume does not say whether the candidate would relocate.", answer
    answer = answer_text(text, "Does he hold a security clearance?")
    assert answer == "The resume does not mention a security clearance.", answer
    assert_found(text, "Has he handled customs clearance?", "customs clearance")
    stated = text + "\n## Other\n\n- Willing to work anywhere in India\n- Top-Secret SCI\n"
    assert_found(stated, "Is he open to relocating?", "anywhere in India")
    assert_found(stated, "Does he hold a government security clearance?", "Top-Secret SCI")
    # "open to remote within EU" says what she would do: quoted, not denied.
    remote = "# Maya Lindqvist\n\nEngineer · Stockholm, Sweden (open to remote within EU)\n"
    assert_found(remote, "Is she willing to relocate?", "open to remote within EU")


def test_teaching_and_reviewing_at_a_university_are_no_questions_about_studies() -> None:
    """ "Has he taught university courses?" is answered by the teaching, not by his degrees;
    "Where did he get his teaching qualification?" still asks about studies."""
    text = (
        "# Kaan Yilmaz\n\n## Education\n\n- PhD Economics, University of Texas at Austin, 2021\n"
        "- BA Economics, Bogazici University, 2015\n\n## Teaching\n\n- Teaching Assistant, "
        "ECO304L Introductory Macroeconomics, Spring 2019\n\n## Service\n\n- Referee for the "
        "Journal of Monetary Economics\n"
    )
    assert classify("Has he taught university courses?").name != "education"
    assert_found(text, "Has he taught an introductory macroeconomics course?", "ECO304L")
    assert_found(text, "Has he reviewed for academic journals?", "Journal of Monetary Economics")
    assert classify("Where did he get his teaching qualification?").name == "education"


def test_a_masters_degree_by_its_letters_without_a_dot_is_held() -> None:
    """ "MCom Econometrics": a master's (denied before: only "M.Com", with its dot, was one)."""
    resume = (
        "# Charl Jooste\n\n## Education\n\n- MCom Econometrics, University of Pretoria, 2010\n"
        "- Ph.D in Economics, University of Pretoria, 2017\n"
    )
    assert_found(resume, "What was his master's degree in?", "Econometrics")


_GRADUATE = """# Tom Berg

## Fellowships

- 09/2023: Science Graduate Student Research Fellowship, U.S. Department of Energy, hosted by
  Oak Ridge National Lab

## Education

- A – Levels: Thomas Rotherham college 2021-2023
- eSports: C

## Skills

- Computer Skills: MS Word, Excel, R-Studio Coding Software

## Projects

- #Investigatips. Video library explaining research methods and statistics.
"""


def test_capitals_the_resume_spells_out_are_no_absence() -> None:
    """ "DOE" asked, "Department of Energy" written ("of" gives its letter)."""
    assert_found(_GRADUATE, "Which national lab hosted his DOE fellowship?", "Oak Ridge")


def test_a_name_hyphened_or_spaced_otherwise_is_no_absence() -> None:
    """ "A-levels" asked, "A – Levels" written; "R" asked, "R-Studio" written."""
    assert_found(_GRADUATE, "Did he take any unusual A-levels?", "A – Levels")
    assert_found(_GRADUATE, "Has he used R?", "R-Studio")


def test_a_language_in_the_name_of_its_own_tool_is_no_absence() -> None:
    """ "Does she program in R?" of "Main: RStudio, including RSQLite" (round281's Quartz PDF:
    "The resume does not mention r." before)."""
    resume = (
        "# Ana Ruiz\n\n## Technical Skills\n\n- Main: RStudio, including RSQLite. Others: Python.\n"
    )
    assert_found(resume, "Does she program in R?", "RStudio")


def test_something_like_a_name_is_not_that_name() -> None:
    """ "A YouTube-style project" asks for something like YouTube: never "does not mention"."""
    answer = answer_text(_GRADUATE, "Does he have a YouTube-style project on statistics?")
    assert not answer.startswith("The resume does not"), answer


def test_a_medal_by_its_metal_is_no_absence() -> None:
    """ "Has he won any medals?" of "competed at Collegiate Nationals in 2019 winning bronze"
    (no section of awards: "The resume does not list any awards" before)."""
    resume = (
        "# Bob Lee\n\n## Experience\n\n- Software Engineer, Amazon, 2020 - present\n\n## Other\n\n"
        "- Leadership: head coach of collegiate taekwondo clubs; competed at Collegiate "
        "Nationals in 2019, winning bronze\n"
    )
    assert_found(resume, "Has he won any medals?", "winning bronze")


def test_a_name_written_as_one_in_an_address_is_no_absence() -> None:
    """ "Hugging Face" asked, "huggingface.co/lgrcia/ballet" written in a link."""
    resume = (
        "# Lionel Garcia\n\n## Experience\n\n- Research Fellow, Flatiron Institute, 2022 - "
        "2024\n\n## Projects\n\n- Released [ballet](https://huggingface.co/lgrcia/ballet) (CNN "
        "for stellar PSF fitting)\n\n## Skills\n\n- Python, JAX\n"
    )
    answer = answer_text(resume, "Has he used Hugging Face?")
    assert not answer.startswith("The resume does not"), answer
