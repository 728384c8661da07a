"""Things a question names by their kind or a short name, and the resume by their own: rules
learned from the thirty-third wave of held-out resumes (round189-192), each on a resume
shaped to need it."""

from __future__ import annotations

import re

from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.intents import classify
from resume_chat.answerer.outline import outline
from resume_chat.resume import parse_resume
from tests.test_lookups import answer_text, assert_found

_STUDENT = """# Rustam Kirillov

## Education
- Innopolis University, Bachelor in Computer Science (2019-2023)

## Awards and Achievements
- ICPC 2019 Quarter Finalist - Top 5 among Southern Volga region
- Digital SuperHero Hackathon 2020, Finalist

## Technology Stack
Design Software: Proficient in autoCAD, Rhinoceros, Photoshop
"""

_ECONOMIST = """# Richard Dorsett

## Other roles
- Specialist Adviser to the House of Commons Work and Pensions Committee, 2010
- Fellow, National Institute of Economic and Social Research (2016-)

## Employment
- 2017- Professor of Economic Evaluation, University of Westminster
"""


def test_competitive_programming_by_its_contests() -> None:
    assert_found(_STUDENT, "Has he done competitive programming?", "ICPC 2019")


def test_a_program_by_its_short_name() -> None:
    """Rhino is Rhinoceros, as everyone using it says."""
    assert_found(_STUDENT, "Does he know Rhino?", "Rhinoceros")


def test_parliament_by_its_houses() -> None:
    assert_found(_ECONOMIST, "Has he ever advised Parliament?", "House of Commons")


def test_a_paid_job_is_a_job_not_a_question_of_pay() -> None:
    assert classify("Does he have a paid job anywhere?").name != "salary"
    assert classify("Was the internship paid work?").name != "salary"
    assert classify("How much was he paid?").name == "salary"


def test_a_line_opening_a_list_brings_its_items() -> None:
    """ "Provided aid in courses including:" says which courses only with the items under it."""
    text = (
        "# Adam Li\n\n## Work Experience\n\n"
        "**Computer Science, Economics & Mathematics Tutor** - McGill University\n\n"
        "Provided aid in courses including:\n\n- Programming Languages and Paradigms\n"
        "- Algorithms & Data Structures\n\n"
        "## Education\n\n**B.A. Computer Science** - Minor Mathematics & Economics\n"
    )
    assert_found(text, "Which courses did he tutor?", "Algorithms & Data Structures")


def test_kramdown_attribute_lists_are_no_words_and_an_internship_is_a_current_job() -> None:
    """ "{: .center }" under each heading of an academicpages CV is markup; "Where is he
    interning?" asks where he works now."""
    text = (
        "# Ben Spielman\n\n## Education\n{: .center }\n\n- M.S. in Mechanical Engineering, "
        "Santa Clara University (In Progress)\n\n## Work experience\n{: .center }\n\n"
        "- Fall 2024 - Present: Internship\n  - Aerosol Dynamics Inc.\n  - Duties include:\n"
        "    - Assembling products\n\n## Skills\n{: .center }\n\n- Solidworks\n"
    )
    assert_found(text, "Where is he interning?", "Aerosol Dynamics")
    assert "{:" not in answer_text(text, "What are his skills?")
    assert classify("Where is she interning next?").name != "current"


def test_a_span_left_open_is_the_current_job() -> None:
    """ "2017- Professor of Economic Evaluation": begun, no end after the dash; "2017 - May
    2019" and "2019-21" are ended."""
    from resume_chat.answerer.held_now import CURRENT

    text = (
        "# Richard Dorsett\n\n## Employment\n\n"
        "2017- Professor of Economic Evaluation, University of Westminster\n\n"
        "## Previous employment\n\n2005-2017 Director, National Institute of Economic and "
        "Social Research\n\n2000-2005 Senior Fellow, Policy Studies Institute\n"
    )
    assert_found(text, "What is his current position?", "University of Westminster")
    for open_span in ("2017- Professor of Economic Evaluation", "2023– · Assistant Professor"):
        assert re.search(CURRENT, open_span), open_span
    for ended in ("2017 - May 2019 Engineer", "2019-21 Postdoc", "2017 – 2019", "2019 – SkyEng"):
        assert not re.search(CURRENT, ended), ended


def test_a_name_glued_to_another_or_to_a_number_is_no_absence() -> None:
    """ "Spark" in "PySpark", "AGU" in "AGU100": quoted; "Java" in "JavaScript" stays apart."""
    text = (
        "# Felix Gonzalez\n\n## Software\n\n- PySpark, Pandas, scikit-learn\n- JavaScript\n\n"
        "## Teaching\n\n- Dec 2018 · Workshop at AGU100: Best Practices for Research Codes\n"
    )
    assert_found(text, "Has he used Spark?", "PySpark")
    assert_found(text, "Did he run anything at AGU?", "Best Practices")
    assert answer_text(text, "Does he know Java?").startswith("The resume does not mention Java")


def test_online_certificates_by_the_sites_that_give_them() -> None:
    """ "Any online certificates?" of FreeCodeCamp courses under Education, no word
    "certificate" anywhere."""
    text = (
        "# Aaron Webb\n\n## Education\n\nB.S. Computer Science, 2024\n\n"
        "FreeCodeCamp - Responsive Web Design July 2024\n\n## Experience\n\n"
        "Cashier, Kroger (2016 - 2024)\n"
    )
    assert_found(text, "Does he have any online certificates?", "FreeCodeCamp")


def test_an_institution_asked_in_english_of_a_resume_in_french_is_never_denied() -> None:
    """ "the Ministry of Defence" is "le Ministère de la défense": its words translate."""
    text = (
        "# Xinhui Xu\n\n## Expériences\n\n**Développeur web – Fédération Française de Basketball"
        " – Paris**\n\nRefonte du site et de l'application mobile pour les licenciés.\n\n"
        "**Synoptic** (2012)\n\nRéseau social interne pour le Ministère de la défense, "
        "développé avec une équipe de quatre personnes.\n\n## Loisirs\n\nAlpinisme, escalade\n"
    )
    answer = answer_text(text, "Has he built anything for the Ministry of Defence?")
    assert not answer.startswith("The resume does not"), answer


def test_which_company_of_a_jobs_item_brings_the_lines_heading_its_entry() -> None:
    """ "Which company did she do motion graphics at?": the item says what, the line under the
    job's title ("Market Minds. — Mar 2024 – Dec 2024") says where; it comes with the item."""
    resume = (
        "# Fatima Harmoush\n\n## Professional Experience\n\n### Graphic Designer\n\n"
        "Skudlers — Dec 2024 – Dec 2025\n\n- Designed social media grids and posters.\n\n"
        "### Multimedia Designer\n\nPixel Foundry — Mar 2024 – Dec 2024\n\n"
        "- Edited and animated videos using frame-by-frame techniques.\n"
        "- Designed motion graphics for marketing campaigns and brand storytelling.\n"
    )
    answer = answer_text(resume, "Which company did she do motion graphics for campaigns at?")
    assert "Pixel Foundry" in answer, answer
    assert answer.index("Pixel Foundry") < answer.index("motion graphics for marketing")


def test_a_british_undergraduate_masters_is_an_undergraduate_degree() -> None:
    """ "Where did he do his undergraduate degree?" of a physicist who taught undergraduates:
    Britain's MSci (and MPhys) are undergraduate degrees, quoted before the teaching lines
    that only share the word."""
    resume = (
        "# Louie Corpe\n\n## Education\n\n- 2007–2011 · MSci Mathematics and Physics · "
        "University College London\n- 2003–2007 · French Baccalaureate · Lycée Condorcet\n\n"
        "## Teaching Experience\n\n- 2016 · Undergraduate Summer Projects · Imperial College\n"
        "- 2016 · Undergraduate Labs · Imperial College · Lab demonstrator\n"
    )
    answer = answer_text(resume, "Where did he do his undergraduate degree?")
    assert answer.startswith("[Education"), answer
    assert "University College London" in answer
    mphys = resume.replace("MSci Mathematics and Physics", "MPhys Physics")
    answer = answer_text(mphys, "Where did he study physics as an undergraduate?")
    assert answer.startswith("[Education"), answer


def test_a_project_the_question_names_before_the_studies_its_verb_asks_about() -> None:
    """ "Which material did his twisted bilayer paper study?": "study" asks about studies, but
    the research and the paper the question names answer it."""
    text = (
        "# Haining Pan\n\n## Education\n\n### Ph.D.\n\nUniversity of Maryland, Physics\n\n"
        "## Research Experience\n\n### Twisted bilayer\n\n- Hubbard model in twisted bilayer\n\n"
        "### Majorana nanowires\n\n- Transport in nanowires\n\n"
        "## Publications\n\n- Band topology in twisted bilayer WSe2, PRR (2020)\n"
        "- Majorana nanowire parameters, PRB (2021)\n"
    )
    assert_found(text, "Which material did his twisted bilayer paper study?", "WSe2")


def test_research_under_experience_is_research_jobs() -> None:
    """ "Experience › Research" (pandoc's CV): research jobs, not research papers; the one
    held now answers where she works."""
    text = (
        "# Micheline Campbell\n\n## Experience\n\n### Research\n\n"
        "#### Aug 2024 - present · Research Fellow · Max Planck Institute for Chemistry\n\n"
        "- Reconstructing past fire frequencies from stalagmites.\n\n"
        "#### Jun 2021 - Jun 2024 · Research Associate · University of New South Wales\n\n"
        "- Palaeoclimate records.\n\n## Professional memberships\n\n"
        "### Aug 2021 - Present · European Geosciences Union.\n"
    )
    index = ResumeIndex(outline(parse_resume(text)), "Micheline Campbell")
    assert {e.kind for e in index.entries if "Research ›" in e.citation} == {"experience"}
    assert_found(text, "Where does she work now?", "Max Planck Institute for Chemistry")


def test_a_family_by_the_name_everyone_gives_it_before_a_shared_word() -> None:
    """ "One of the Big Four?": PwC answers it, not "Big Data" in a teaching line."""
    text = (
        "# Ana Novak\n\n## Teaching\n\n- Lectures on Big Data processing at UCL\n\n"
        "## Industry\n\n- PricewaterhouseCoopers (PwC) Czech Republic (2009 - 2011): Consultant\n"
    )
    assert_found(text, "Has she worked at one of the Big Four?", "PwC")


def test_a_span_ending_now_in_any_language_cuts_an_entry_and_marks_it_current() -> None:
    """One list of words for "now" (kinds.NOW_WORDS): "2024-Aujourd'hui" ends a span that cuts
    the studies one a line, as "2018–2023" does, and the entry it ends is the current one."""
    text = (
        "# Janel Laplante\n\n## Éducation\n\n"
        "Maîtrise Science politique. Université Laval. 2024-Aujourd'hui\n\n"
        "Baccalauréat Politique et économie. Université Laval. 2018–2023\n\n"
        "Certificat Langue et monde arabe. Université Laval. 2021- actualmente\n\n"
        "Diploma in Computing. Gretsa University. 2019–2020\n\n"
        "Certificate in Design. Gretsa University. DECEMBER 2022–To-Date\n"
    )
    entries = [e for e in outline(parse_resume(text)) if e.kind == "education"]
    assert [e.is_current for e in entries] == [True, False, True, False, True], entries
