"""What round555-558's first runs denied or missed: a Cameroonian address by its milestone
("Douala pk 17"), "Portuguais" misspelt, an academic CV's post under "Last Updated" and
"Curriculum vitae", a PhD "Started September 2019", a school's item over its remark, tools
asked by their kind (infrastructure as code, e-learning authoring), a post-doctoral job no
doctorate, icon-font glyphs before a section's title, and a language of code asked by name
that the resume never writes."""

from __future__ import annotations

from tests.answering import answer_text


def test_a_contact_line_of_words_is_where_she_lives_never_nowhere() -> None:
    resume = (
        "# Kaldjob Cecile\n\nCOMPUTER SCIENCE STUDENT\n\n## Formation\n\n"
        "- 2025 - Genie Informatique a IUT\n\n## Contact\n\n- Douala pk 17\n"
        "- kaldjob@example.com\n- +237653-54-91-64\n"
    )
    answer = answer_text(resume, "Which city does she live in?")
    assert "does not say" not in answer, answer
    assert "Douala pk 17" in answer, answer


def test_a_language_misspelt_in_a_french_list_is_not_denied() -> None:
    resume = (
        "# Kevin Cazelles\n\n## Langues\n\n- Français: langue maternelle\n"
        "- Englais: courant\n- Portuguais: courant\n- German: débutant\n"
    )
    answer = answer_text(resume, "What level of Portuguese does he have?")
    assert "does not mention" not in answer, answer
    assert "Portuguais: courant" in answer, answer


def test_an_academic_cvs_post_under_its_page_lines_is_the_current_one() -> None:
    resume = (
        "# Patrick Trent Greiner\n\nLast Updated January, 2022\n\nCurriculum vitae\n\n"
        "https://www.example.com/\n\nAssistant Professor of Sociology\n\n"
        "Vanderbilt University\n\n## Degrees earned\n\n2018 PhD, Sociology, University of Oregon\n"
    )
    answer = answer_text(resume, "What is Patrick Trent Greiner's current position?")
    assert answer.split("\n")[1] == "> Assistant Professor of Sociology", answer


def test_a_phd_started_and_not_ended_is_what_he_studies_now() -> None:
    resume = (
        "# Javier Blanco\n\n## Education\n\n#### Stanford University · Palo Alto, CA\n\n"
        "- PhD in Biology (Ecology & Evolution, 2nd Year) · Started September 2019\n\n"
        "#### LANGEBIO · Guanajuato, Mexico\n\n- M. Sc. in Integrative Biology · July 2019\n\n"
        "## Research Experience\n\n### Stanford University August 2015 - Present\n\n"
        "- Human Evolutionary Genetics, Bustamante Lab\n"
    )
    answer = answer_text(resume, "What is Javier currently studying, and where?")
    assert answer.split("\n\n")[0].startswith("[Education › Stanford University"), answer
    assert "PhD in Biology" in answer, answer


def test_a_remark_under_a_schools_item_brings_the_school() -> None:
    resume = (
        "# Ahmed Ikram\n\n## Education\n\n"
        "- University of Dundee - BSc (Hons) Computer Science · Sep 2023 - Present\n"
        "- On track for a First-Class Honours degree. Expected Graduation: June 2027\n\n"
        "## Skills\n\nPython · SQL\n"
    )
    answer = answer_text(
        resume, "Which university does Ahmed Ikram attend and when does he expect to graduate?"
    )
    assert "University of Dundee" in answer, answer
    assert "June 2027" in answer, answer


_TOOLS = """# Katherine Harley

Microsoft Programmes (Advanced Excel) | SharePoint | Adobe Captivate | Articulate Rise

## Experience

### Learning & Development Lead

- Designed learning playlists for the online platform.

## Technical skills

Cloud & DevOps: AWS (ECS, S3) · Terraform · Docker · GitHub Actions
"""


def test_tools_asked_by_their_kind_are_found_by_name() -> None:
    authoring = answer_text(_TOOLS, "Which e-learning authoring tools has she used?")
    assert "Adobe Captivate" in authoring, authoring
    infrastructure = answer_text(_TOOLS, "Which infrastructure-as-code tool does she use?")
    assert "Terraform" in infrastructure, infrastructure


def test_a_post_doctoral_job_is_not_asked_as_a_doctorate() -> None:
    resume = (
        "# Kevin Cazelles\n\n## Formation\n\n- 2012–2016 · Thèse de Doctorat, Université du "
        "Québec à Rimouski\n\n## Expérience Professionnelle\n\n"
        "- Juin 2017 - Octobre 2020 · McCann Lab, University of Guelph\n"
        "- Chercheur post-doctoral: travaux sur les communautés de poissons.\n"
    )
    answer = answer_text(resume, "Who was his employer as a post-doctoral researcher?")
    assert answer.startswith("[Expérience Professionnelle]"), answer


def test_an_icon_fonts_glyph_before_a_title_leaves_the_section_named() -> None:
    resume = (
        "# Kevin Cazelles\n\n## Docteur en écologie théorique\n\n- Ingénieur agronome\n\n"
        "### ƃ Expérience Professionnelle\n\n"
        "**Chercheur post-doctoral**\n\nMcCann Lab, University of Guelph · 2017 – 2020\n\n"
        "**Ingénieur de recherche**\n\nEcole Normale Supérieure · 2012\n"
    )
    answer = answer_text(resume, "Where did he work as Ingénieur de recherche?")
    assert "› Ingénieur de recherche]" in answer, answer


def test_a_language_of_code_asked_by_name_and_never_written_is_unmentioned() -> None:
    resume = (
        "# Mohammadreza Rezaie\n\n## Experience\n\n- Research assistant, Shiraz University "
        "(2019–2023)\n\n## Technical skills\n\n- Visual3D (C-Motion Inc.)\n- Python\n- MATLAB\n"
    )
    absent = answer_text(resume, "Does he have experience programming in C++?")
    assert absent == "The resume does not mention C++.", absent
    held = answer_text(resume, "Does he have experience programming in Python?")
    assert "does not mention" not in held, held


def test_a_german_list_of_interests_is_no_town_beside_a_street_address() -> None:
    # round559-562: German capitalises every noun, so "Turnverein, Klavier" read as a town and
    # its region, before the header's street and postcode.
    resume = (
        "# Marc Borer\n\nHirzengarten 2, CH-4226 Breitenbach\n\n+41 79 960 9691\n\n"
        "## Profil\n\nSenior ICT Systems Engineer.\n\n## Persönliche Angaben\n\n"
        "Geburtsdatum 22. Januar 1992\n\nInteressen Turnverein, Klavier, Wandern, Skifahren\n"
    )
    answer = answer_text(resume, "Where does he live?")
    assert "Breitenbach" in answer, answer
    assert "Turnverein" not in answer, answer
