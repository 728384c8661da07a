"""Sections that hold two kinds, and facts outside the section a question's intent looks in:
rules learned from the fifty-third wave's first runs (round281-288)."""

from __future__ import annotations

from resume_chat.resume.kinds.classifier import section_kind
from tests.test_lookups import answer_text, assert_found

_STUDENT = (
    "# Vincent Judyanto\n\n## Education\n\n**University of Duisburg-Essen** | B. Sc. Computer "
    "Engineering, October 2022 – September 2025\n\n## Work Experience & Projects\n\n"
    "**Student Research Assistant** | University of Duisburg-Essen, June 2024 – Present\n\n"
    "- Maintained the chair's web services\n\n"
    "**SpoTube Chrome Extension** | Personal Project September 2023\n\n"
    "- Builds a YouTube playlist from a Spotify playlist\n\n## Skills & Languages\n\n"
    "- Python, Java\n- German (C1), English (C2)\n"
)


def test_a_title_joining_jobs_and_projects_holds_jobs() -> None:
    """ "Work Experience & Projects" was read as projects ("What is his current job?" got the
    header's lines); "Skills & Languages" as languages. "Academic and Professional Positions"
    stays one kind of section, not "academic" studies."""
    assert section_kind("WORK EXPERIENCE & PROJECTS") == "experience"
    assert section_kind("SKILLS & LANGUAGES") == "skills"
    assert section_kind("Academic and Professional Positions") == "experience"
    assert_found(_STUDENT, "What is his current job?", "Student Research Assistant")


def test_a_project_among_jobs_is_still_the_project_asked() -> None:
    """ "What does his SpoTube project do?": the entry saying "Personal Project", with its
    lines, though its section is read as jobs."""
    assert_found(_STUDENT, "What does his SpoTube project do?", "Spotify")


def test_how_long_with_an_employer_wherever_the_job_stands() -> None:
    """round281's five-page Word PDF: jobs listed under "Core Competencies › Project
    Portfolio"; "How long was she with Revain?" got the summary's "over 7 years"."""
    resume = (
        "# Tatiana Munteanu\n\n## Professional Summary\n\nAccount Manager with over 7 years of "
        "experience in crypto.\n\n## Core Competencies\n\n### Project Portfolio Remote\n\n"
        "- Paylinkio · Lead Account Manager · 2022–2025\n- Onboarded merchants.\n"
        "- Revain review blockchain platform · Account Manager\n"
        "- https://revain.org/ · 08/2017–11/2021\n\n## Skills\n\n- CRM\n"
    )
    assert_found(resume, "How long was she with Revain?", "08/2017–11/2021")


def test_an_mba_is_not_the_degrees_held() -> None:
    """ "Does he have an MBA?" of a PhD and a BSc: no MBA, said plainly (the degrees were
    quoted as if one were it); an MBA spelled out, or from a business school, is held."""
    resume = (
        "# Andrew Collier\n\n## Education\n\n- PhD · Space Physics · Royal Institute of "
        "Technology · 2006\n- BSc · Physics · University of Natal · 1996\n"
    )
    assert answer_text(resume, "Does he have an MBA?") == "The resume does not mention an MBA."
    spelled = resume + "- Master of Business Administration · Warwick · 2012\n"
    assert_found(spelled, "Does he have an MBA?", "Master of Business Administration")


def test_of_lines_naming_the_same_name_the_one_saying_the_rest_of_the_question() -> None:
    """round282's student: "Cyberpatriot" in Activities (the team) and in Awards ("Placed 3rd
    … in Cyberpatriot competition"); the question's other words pick the award."""
    resume = (
        "# Michael Kaminsky\n\n## Activities\n\nMember of YMCA Swim Team\n\n"
        "Member of MIT-Lincoln Labs Cyberpatriot team\n\n## Awards and Honors\n\n"
        "Honor Roll at Marblehead High School\n\n"
        "Placed 3rd in Massachusetts in Cyberpatriot competition\n"
    )
    assert_found(resume, "How did he place in the Cyberpatriot competition?", "3rd")


def test_a_contact_block_under_another_section_and_its_place_heading() -> None:
    """round282's Word sidebar: "##### CONTACT INFO:" then "##### Red Beach, Auckland, NZ"
    under Education; the block was read as studies ("info" named no kind) and "Where is he
    based?" got the header's summary."""
    assert section_kind("CONTACT INFO:") == "contact"
    resume = (
        "# Ryan Lafferty\n\nData Specialist studying at Auckland University of Technology.\n\n"
        "## Professional Experience\n\n**Auckland Transport,** Auckland\n\nJunior Data "
        "Engineer\n\nMarch 2023 - Current\n\n## Education\n\n"
        "### Auckland University of Technology\n\nMasters, 2024\n\n##### CONTACT INFO:\n\n"
        "##### Red Beach, Auckland, NZ\n\n021–117-9764\n"
    )
    assert_found(resume, "Where is he based?", "Red Beach")


def test_a_professional_engineer_licence_is_denied_only_with_no_word_of_one() -> None:
    """ "Is he a licensed Professional Engineer (PE)?" was answered with the degrees held (15
    such questions across the sets expect none); any word of a licence keeps it from being
    denied ("EIT", "Fundamentals of Engineering", "Mongolian Professional Engineer")."""
    resume = (
        "# Weijia Li\n\n## Education\n\n- PhD, Mechanical Engineering, Purdue University, "
        "2021\n\n## Experience\n\n- Research Engineer, Ford, 2021 - present\n"
    )
    denied = answer_text(resume, "Is he a licensed Professional Engineer (PE)?")
    assert denied.startswith("The resume does not mention a professional licence"), denied
    for held in ("- Engineer in Training (EIT), Michigan, 2020", "- Passed the FE exam, 2019"):
        answer = answer_text(resume + held + "\n", "Is he a licensed Professional Engineer (PE)?")
        assert not answer.startswith("The resume does not"), answer


def test_an_address_field_run_on_to_the_next_line() -> None:
    """round287's form CV: the town of "Home Address:" is on the line under it."""
    resume = (
        "Curriculum Vitae\n\nSurname:\t\tFortuin\n\nFirst Name:\t\tJody\n\n"
        "Home Address:\t\t12 The Cobbles street\t\t\tPark Village\n"
        "\t\t\t\tEersteriver\t\t\tCape Town\t\t7100\n\nPermanent Residence:\tYes\n\n"
        "Employment History\n\nPosition:\tFreelance Content Writer\n\n"
        "Personal contact details\n\nEmail address: jodifortuin@gmail.com\n"
    )
    assert_found(resume, "Where does he live?", "Cape Town")


def test_the_job_before_one_is_the_one_begun_before_it() -> None:
    """round287's teacher: a coaching job listed after the teaching one but held beside it;
    the job before Newton North is the one begun before it, not the next one listed."""
    resume = (
        "# Ethan Peritz\n\n## Experience\n\n### Newton North High School – Newton, MA "
        "(2015–Present)\n\nMathematics Teacher\n\n- Taught 100+ students\n\n"
        "### Dreamfar High School Marathon – Boston, MA (2015–Present)\n\nCoach, Mentor\n\n"
        "### BMC Durfee High School – Fall River, MA (2013–2015)\n\nMath & Statistics Teacher\n\n"
        "### Newton North Puzzle Day – Newton, MA (2018–Present)\n\nEvent Organizer\n"
    )
    answer = answer_text(resume, "Where did he work before Newton North?")
    assert answer.startswith("[Experience › BMC Durfee High School"), answer


def test_now_asked_in_spanish_is_the_current_job() -> None:
    """ "¿Dónde trabaja Candela actualmente?" of round285's Spanish Canva PDF: the job held
    now ("JUL 2023 - TODAY"), not the profile's first lines."""
    resume = (
        "# Candela del Pos\n\n## Perfil profesional\n\nProject Manager con 5 años de "
        "experiencia.\n\n## Últimas experiencias profesionales\n\n### @BRAVENT | JUL 2023 - "
        "TODAY\n\nProject Manager\n\n### @EVERIS | ENE 2019 - JUN 2023\n\nConsultora\n"
    )
    answer = answer_text(resume, "¿Dónde trabaja Candela actualmente?")
    assert answer.startswith("[Últimas experiencias profesionales › @BRAVENT"), answer


def test_a_licence_to_practise_is_denied_only_with_no_word_of_one() -> None:
    """ "Is he a licensed CPA?", "Is he admitted to the bar?", "a teaching licence?" were
    answered with the degrees held; with no word of any such licence the resume is silent,
    and a word of one ("Certified Public Accountant, Utah", "Professional Educator's
    Certificate") keeps it from being denied."""
    resume = (
        "# Dustin Lack\n\n## Education\n\n- Master's of Accounting, University of Northern "
        "Colorado, 2017\n\n## Experience\n\n- Staff Accountant, Deloitte, 2018 - present\n"
    )
    for question in (
        "Is he a licensed CPA?",
        "Is he admitted to the bar?",
        "Does he hold a state teaching license?",
        "Is he licensed to practise medicine?",
    ):
        answer = answer_text(resume, question)
        assert answer.startswith("The resume does not mention"), (question, answer)
    held = resume + "\n## Licences\n\n- Certified Public Accountant, Utah, 2020\n"
    assert_found(held, "Is he a licensed CPA?", "Certified Public Accountant")
