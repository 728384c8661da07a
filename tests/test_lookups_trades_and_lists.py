"""A person asked about by their trade, a list its heading names, a job in a year, a contact on
a site of its own, a spoken language never named: learned from round353's held-out pages (a
French teacher's page with no name, a Peruvian engineer's, a Paris tech lead's text CV)."""

from __future__ import annotations

from resume_chat.answerer.subjects import by_trade
from tests.test_lookups import answer_text

_TEACHER = (
    "# À propos de moi\n\nBonjour ! Je suis professeur certifié de mathématiques.\n\n"
    "## Enseignement\n\n- 2019-2021 · **Professeur de mathématiques** au Centre Scolaire\n\n"
    "## Parcours\n\n"
    "- 2009-2012 · **Doctorant en Geophysique**\n  Université de Grenoble-Alpes.\n"
    "  (Non défendue)\n"
    "- 2008 · **Master (M2R) Probabilités & Applications**\n"
    "  Université Pierre et Marie Curie , Paris-VI\n  Mention Très Bien.\n"
    "  Mémoire : Marches aléatoires en milieu aléatoire.\n"
    "- 2001 · **Gradué en Ingénieurie**\n  L'École polytechnique - ParisTech\n"
    "  Récompense la validation de la 2ème année d'étude.\n"
    "  Majeures : Mathématiques et Mécanique\n  Stage de recherche à Toulouse.\n"
    "- 1997-2000 · **Classes Prépas Scientifiques**\n  Lycée Louis-le-Grand (Paris)\n"
    "  MPSI. MP*.\n"
)


def test_the_person_asked_about_by_their_trade_is_the_candidate() -> None:
    """ "the teacher" is who, not what: no line need say "teacher" for the PhD to be found."""
    answer = answer_text(_TEACHER, "Did the teacher complete the PhD?")
    assert "Non défendue" in answer, answer


def test_the_trade_asked_by_is_no_word_to_look_for() -> None:
    assert by_trade("Did the teacher complete the PhD?") == "Did the candidate complete the PhD?"
    assert by_trade("What is the engineer's email?") == "What is the candidate's email?"
    for question in (
        "What is the current job?",
        "Where did he do the bachelor's degree?",
        "How big did the user group he founded get?",
    ):
        assert by_trade(question) == question
    answer = answer_text(_TEACHER, "Which engineering school did the teacher attend?")
    assert "polytechnique" in answer, answer


def test_a_bare_path_of_schools_written_as_items_is_studies() -> None:
    """ "Parcours" over items wrapped onto lines naming schools: a school's line answers where."""
    answer = answer_text(_TEACHER, "Where did the teacher attend preparatory classes?")
    assert "Louis-le-Grand" in answer, answer


_ENGINEER = (
    "# Daniel Medina\n\n## Work experience\n\n#### External Consultant\n\n"
    "**TEDI Empresas** | October 2023 - February 2024\n\n- Implemented solutions.\n\n"
    "#### Senior Researcher\n\n**TEDI** | February 2023 - Present\n\n"
    "- Authored research articles and communicated complex topics.\n\n"
    "## Skills\n\n#### Programming & Software Development\n\n- Python Programming\n"
    "- MATLAB and Simulink\n- Lua Scripting\n- PyTorch\n- OpenSeesPy\n\n"
    "#### Software Proficiency\n\n- AutoCAD\n- Revit 2020\n"
)


def test_where_asked_last_brings_the_line_naming_the_employer() -> None:
    answer = answer_text(_ENGINEER, "What is Daniel's current senior research role and where?")
    assert "TEDI" in answer, answer


def test_a_short_list_its_heading_names_is_quoted_whole() -> None:
    answer = answer_text(_ENGINEER, "Which programming/ML tools does Daniel list?")
    assert "PyTorch" in answer, answer
    assert "OpenSeesPy" in answer, answer


_TECH_LEAD = (
    "Daniel Saadia\nStaff Engineer & Tech Lead\nParis, France\n\nEXPERIENCE\n\n"
    "Tech Lead — Keolis, Paris\nMay 2021 — Present\n"
    "Used by stakeholders critical to the group: reliability and polish are non-negotiable.\n\n"
    "Co-founder & CTO — Les Sherpas, Paris\nJune 2015 — December 2019\n"
    "- React Native mobile app; managed 3 developers.\n\n"
    "EDUCATION\n\nDigital Architect — École 42, Paris\nSept. 2017 — Jan. 2020\n\n"
    "Master in Management — ESCP, Paris\nSept. 2014 — Jan. 2020\n"
)


def test_a_job_asked_in_a_year_is_the_job_held_then_before_studies_dated_that_year() -> None:
    answer = answer_text(_TECH_LEAD, "Which company did Daniel work for in 2017?", "text")
    assert "Les Sherpas" in answer.splitlines()[0], answer


def test_react_native_and_a_polished_product_name_no_spoken_language() -> None:
    answer = answer_text(_TECH_LEAD, "Which spoken languages does Daniel speak?", "text")
    assert answer.startswith("The resume does not"), answer


def test_a_span_of_months_is_no_phone_number() -> None:
    resume = (
        "# Sebastian Rücker\n\n## Berufserfahrung\n\n### Consultant, EXXETA AG\n\n"
        "*06/2010 - 11/2013, Karlsruhe, Deutschland*\n\n- Leitung der Transformation\n"
    )
    answer = answer_text(resume, "What is Sebastian's phone number?")
    assert "06/2010" not in answer, answer
    assert "does not" in answer, answer


def test_a_profile_on_a_site_named_is_found_in_the_header() -> None:
    resume = (
        "# Матвей Жучков\n\nEmail: m@example.ru\nTelegram: Alikkuc — https://t.me/Alikkuc\n\n"
        "## Projects\n\n### Школьный проект: VPN на базе Telegram\n\n"
        "- Telegram Bot API, Python\n- Работа на базе Telegram\n"
    )
    answer = answer_text(resume, "What is Матвей's Telegram username?")
    assert "Alikkuc" in answer.splitlines()[0], answer


def test_an_instrument_in_the_resumes_own_language() -> None:
    resume = (
        "# Hugo Pauthier\n\n## Experience\n\n### Développeur logiciel — Orange\n\n"
        "Au sein de la DSI d'Orange, j'ai pu participer à la refonte complète de l'application"
        " de médiation des usages clients, depuis la phase de conception.\n\n"
        "## Interests\n\n### Jeux vidéo\n\n### Musique\n\n"
        "- 11 ans de clarinette au sein d'un orchestre\n"
    )
    answer = answer_text(resume, "Which instrument does Hugo play?")
    assert "clarinette" in answer, answer


def test_a_course_certificate_is_a_certificate() -> None:
    resume = (
        "# Jannael Hernández\n\n## Educación\n\n"
        "Tecnico en Mecatronica - CECYTEM (08/21 - 07/24)\n\n## Certificaciones\n\n"
        "- Constancia AWS Cloud Practitioner Essentials Santander\n- Claude Code in Action\n\n"
        "## Habilidades\n\nHTML | CSS | AWS\n"
    )
    answer = answer_text(resume, "Which AWS course certificate does Jannael have?")
    assert "Cloud Practitioner" in answer.splitlines()[0], answer


def test_a_headline_over_contact_lines_in_a_ruled_banner_stays_in_the_header() -> None:
    from resume_chat.resume.text import read_text

    resume = (
        "=" * 40
        + "\nJANNAEL ORLANDO HERNÁNDEZ MACEDO\nDesarrollador Frontend\n"
        + "=" * 40
        + "\n\norlandojannael@gmail.com | +52 56 3368 3040 | Estado de México\n"
        "LinkedIn: https://www.linkedin.com/in/jannael\n\n"
        + "-" * 40
        + "\nDESCRIPCIÓN\n"
        + "-" * 40
        + "\nDesarrollador Frontend especializado en landing pages.\n\n"
        + "-" * 40
        + "\nEXPERIENCIA PROFESIONAL\n"
        + "-" * 40
        + "\n\nEstudiante - Universidad (08/23 - 08/24)\n"
    )
    markdown = read_text(resume).markdown
    assert "## Desarrollador Frontend" not in markdown, markdown
    assert "\nDesarrollador Frontend\n" in markdown, markdown
